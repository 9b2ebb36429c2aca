//! Reading a statement: bytes → text (UTF-8, UTF-16 with a byte-order mark, or
//! Windows-1252), plain text / Markdown / HTML → logical lines that keep the line number of
//! the source, and lines → blocks (paragraphs) and sentences. Nothing here panics on any
//! input; limits are enforced before any work and reported as errors.

use std::path::Path;

pub use super::sentences::{sentences, Doc, Sentence};

/// Statements larger than this are refused (the longest seed is 34 KB).
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;
/// At most this many sentences are analysed; the rest is reported as skipped.
pub const MAX_SENTENCES: usize = 5_000;
/// Sentences longer than this (in characters) are cut for matching.
pub const MAX_SENTENCE_CHARS: usize = 4_000;

/// The format a statement is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// A problem reading the input; the file is not audited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Io(String),
    TooLarge(u64),
    Empty,
    Binary,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot be read: {e}"),
            ReadError::TooLarge(n) => write!(
                f,
                "is {n} bytes; the limit is {MAX_BYTES} bytes (a privacy statement is well under 100 KB)"
            ),
            ReadError::Empty => write!(f, "holds no text"),
            ReadError::Binary => write!(
                f,
                "is not text (binary content); save the statement as plain text, Markdown or HTML"
            ),
        }
    }
}

/// Reads a file under [`MAX_BYTES`] and decodes it.
pub fn read(path: &Path) -> Result<(String, Option<&'static str>), ReadError> {
    use std::io::Read;
    // Checked before opening: opening a named pipe waits for a writer, and a device may
    // never end. Checked again on the opened file, in case it was swapped in between.
    let kind = |meta: &std::fs::Metadata| {
        if meta.is_dir() {
            Err(ReadError::Io("it is a directory".into()))
        } else if !meta.is_file() {
            Err(ReadError::Io(
                "it is not a regular file (a pipe, socket or device); save the text to a file"
                    .into(),
            ))
        } else {
            Ok(())
        }
    };
    kind(&std::fs::metadata(path).map_err(|e| ReadError::Io(e.to_string()))?)?;
    let f = std::fs::File::open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let meta = f.metadata().map_err(|e| ReadError::Io(e.to_string()))?;
    kind(&meta)?;
    let mut bytes = Vec::new();
    f.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ReadError::TooLarge(meta.len().max(bytes.len() as u64)));
    }
    decode(&bytes)
}

/// Decodes bytes; the second value names a non-UTF-8 encoding that was assumed.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>), ReadError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    let (text, note) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), None)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), Some("UTF-16LE"))
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), Some("UTF-16BE"))
    } else if bytes.contains(&0) {
        return Err(ReadError::Binary);
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), None),
            Err(_) => (
                bytes.iter().map(|&b| cp1252(b)).collect(),
                Some("Windows-1252"),
            ),
        }
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 50 > text.chars().count().max(1) || text.contains('\0') {
        return Err(ReadError::Binary);
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok((text, note))
}

fn utf16(b: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = b.chunks_exact(2).map(|c| f([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Guesses the format from the file name and the content.
pub fn detect_format(path: &Path, text: &str) -> Format {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => return Format::Html,
        "md" | "markdown" => return Format::Markdown,
        _ => {}
    }
    let head: String = text.chars().take(2000).collect::<String>().to_lowercase();
    let tags = [
        "<html",
        "<!doctype html",
        "<body",
        "<p>",
        "<div",
        "<h1",
        "<h2",
        "<li>",
    ];
    if tags.iter().filter(|t| head.contains(*t)).count() >= 2
        || head.trim_start().starts_with("<!doctype")
    {
        return Format::Html;
    }
    let md = text
        .lines()
        .take(400)
        .filter(|l| {
            let t = l.trim_start();
            t.starts_with("# ")
                || t.starts_with("## ")
                || t.starts_with("### ")
                || t.contains("](http")
        })
        .count();
    if md >= 2 {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// One logical line of the statement with its 1-based line in the source file.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub line: usize,
    /// A heading (Markdown `#`, HTML `<h1>`–`<h6>`).
    pub heading: bool,
}

/// Plain text: every source line is a logical line (form feeds and tabs become spaces).
pub fn lines_text(text: &str) -> Vec<Line> {
    text.lines()
        .enumerate()
        .map(|(i, l)| Line {
            text: l.replace(['\t', '\u{c}', '\u{a0}'], " "),
            line: i + 1,
            heading: false,
        })
        .collect()
}

/// Markdown: markers are removed, links keep their text and address, lines stay 1:1.
pub fn lines_markdown(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut fence = false;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = !fence;
            out.push(Line {
                text: String::new(),
                line: i + 1,
                heading: false,
            });
            continue;
        }
        let mut heading = false;
        let mut s = t;
        if !fence {
            let hashes = s.chars().take_while(|&c| c == '#').count();
            if (1..=6).contains(&hashes) && s[hashes..].starts_with(' ') {
                heading = true;
                s = &s[hashes..];
            }
            while let Some(r) = s.strip_prefix('>') {
                s = r.trim_start();
            }
        }
        let mut line = String::with_capacity(s.len());
        let chars: Vec<char> = s.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            if c == '[' {
                // [text](url) → text (url)
                if let Some(close) = chars[k..].iter().position(|&x| x == ']').map(|p| p + k) {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(end) = chars[close..]
                            .iter()
                            .position(|&x| x == ')')
                            .map(|p| p + close)
                        {
                            let label: String = chars[k + 1..close].iter().collect();
                            let url: String = chars[close + 2..end].iter().collect();
                            line.push_str(&label);
                            if !url.is_empty() && url != label {
                                line.push_str(&format!(" ({url})"));
                            }
                            k = end + 1;
                            continue;
                        }
                    }
                }
            }
            if matches!(c, '*' | '_' | '`') && !fence {
                // emphasis and code markers; a lone `_` inside a word is kept
                let inside = k > 0
                    && k + 1 < chars.len()
                    && chars[k - 1].is_alphanumeric()
                    && chars[k + 1].is_alphanumeric();
                if c != '_' || !inside {
                    k += 1;
                    continue;
                }
            }
            line.push(c);
            k += 1;
        }
        out.push(Line {
            text: line,
            line: i + 1,
            heading,
        });
    }
    out
}

/// HTML: tags are removed, block elements end a logical line, `<script>`, `<style>` and
/// comments are dropped, entities decoded. Each logical line keeps the source line where its
/// text starts. Malformed markup never panics: an unclosed tag runs to the end of input.
pub fn lines_html(text: &str) -> Vec<Line> {
    const BLOCK: [&str; 30] = [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "main",
        "aside",
        "blockquote",
        "dt",
        "dd",
        "dl",
        "hr",
        "address",
        "title",
    ];
    const SKIP: [&str; 6] = ["script", "style", "noscript", "template", "svg", "head"];
    let mut out: Vec<Line> = Vec::new();
    let mut cur = String::new();
    let mut cur_line = 1usize;
    let mut heading = false;
    let mut line = 1usize;
    let mut skip: Option<String> = None;
    let mut title = false;
    let b = text.as_bytes();
    let mut i = 0usize;
    let flush = |out: &mut Vec<Line>, cur: &mut String, at: usize, h: bool, blank: bool| {
        let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            out.push(Line {
                text: t,
                line: at,
                heading: h,
            });
            if blank {
                out.push(Line {
                    text: String::new(),
                    line: at,
                    heading: false,
                });
            }
        }
        cur.clear();
    };
    while i < b.len() {
        if b[i] == b'<' {
            // comment
            if text[i..].starts_with("<!--") {
                let end = text[i..].find("-->").map_or(b.len(), |p| i + p + 3);
                line += text[i..end].matches('\n').count();
                i = end;
                continue;
            }
            let end = text[i..].find('>').map_or(b.len(), |p| i + p + 1);
            let tag = &text[i..end];
            line += tag.matches('\n').count();
            let inner = tag.trim_start_matches('<').trim_end_matches('>').trim();
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            i = end;
            if let Some(s) = &skip {
                if closing && *s == name {
                    skip = None;
                }
                continue;
            }
            if name == "title" {
                title = !closing;
            }
            if !closing && SKIP.contains(&name.as_str()) && !inner.ends_with('/') {
                if name == "head" {
                    // keep <title> inside <head>
                    continue;
                }
                skip = Some(name);
                continue;
            }
            if BLOCK.contains(&name.as_str()) {
                let h = name.len() == 2 && name.starts_with('h') && name != "hr" && name != "br";
                let para = matches!(
                    name.as_str(),
                    "p" | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "table"
                        | "ul"
                        | "ol"
                        | "section"
                        | "article"
                        | "title"
                );
                flush(&mut out, &mut cur, cur_line, heading, closing && para);
                heading = h && !closing;
            } else if name == "a" && !closing {
                // keep the address of a link: named processors are found by it
                if let Some(href) = attr(inner, "href") {
                    if href.starts_with("http") || href.starts_with("mailto:") {
                        cur.push_str(&format!(" {} ", href.trim_start_matches("mailto:")));
                    }
                }
            } else {
                cur.push(' ');
            }
            continue;
        }
        let next = text[i..].find('<').map_or(b.len(), |p| i + p);
        let chunk = &text[i..next];
        if skip.is_none() || title {
            for (k, part) in chunk.split('\n').enumerate() {
                if k > 0 {
                    line += 1;
                    cur.push(' ');
                }
                if cur.trim().is_empty() && !part.trim().is_empty() {
                    cur_line = line;
                }
                cur.push_str(&entities(part));
            }
        } else {
            line += chunk.matches('\n').count();
        }
        i = next;
    }
    flush(&mut out, &mut cur, cur_line, heading, false);
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))?;
    let rest = &tag[at + name.len() + 1..];
    let (q, rest) = match rest.chars().next()? {
        '"' => ('"', &rest[1..]),
        '\'' => ('\'', &rest[1..]),
        _ => (' ', rest),
    };
    let end = rest.find(q).unwrap_or(rest.len());
    Some(entities(&rest[..end]))
}

/// Decodes the HTML entities a statement uses (numeric, and the common named ones).
pub fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    const NAMED: [(&str, char); 34] = [
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("nbsp", ' '),
        ("euml", 'ë'),
        ("eacute", 'é'),
        ("egrave", 'è'),
        ("iuml", 'ï'),
        ("ouml", 'ö'),
        ("uuml", 'ü'),
        ("auml", 'ä'),
        ("aring", 'å'),
        ("Aring", 'Å'),
        ("oslash", 'ø'),
        ("Oslash", 'Ø'),
        ("aelig", 'æ'),
        ("AElig", 'Æ'),
        ("ecirc", 'ê'),
        ("ccedil", 'ç'),
        ("agrave", 'à'),
        ("aacute", 'á'),
        ("oacute", 'ó'),
        ("Eacute", 'É'),
        ("ndash", '–'),
        ("mdash", '—'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("bull", '•'),
        ("euro", '€'),
        ("sect", '§'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                v.and_then(char::from_u32)
                    .filter(|c| !c.is_control() || *c == '\n')
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
            }
        });
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads the logical lines of a statement in `format`.
pub fn lines(text: &str, format: Format) -> Vec<Line> {
    match format {
        Format::Text => lines_text(text),
        Format::Markdown => lines_markdown(text),
        Format::Html => lines_html(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_keeps_source_lines_and_drops_scripts() {
        let h = "<html><head><title>Privacy</title><script>var a='<p>x</p>';</script></head>\n<body>\n<h1>Privacyverklaring</h1>\n<p>Wij zijn de\nverwerkingsverantwoordelijke &amp; meer.</p><p>Mail <a href=\"mailto:a@b.nl\">ons</a></p>\n<!-- <p>weg</p> -->\n</body>";
        let ls = lines_html(h);
        let texts: Vec<(&str, usize)> = ls
            .iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.text.as_str(), l.line))
            .collect();
        assert_eq!(texts[0], ("Privacy", 1));
        assert_eq!(texts[1], ("Privacyverklaring", 3));
        assert_eq!(
            texts[2],
            ("Wij zijn de verwerkingsverantwoordelijke & meer.", 4)
        );
        assert!(texts[3].0.contains("a@b.nl"), "{texts:?}");
        assert!(!texts
            .iter()
            .any(|t| t.0.contains("weg") || t.0.contains("var")));
    }

    #[test]
    fn broken_html_and_entities_do_not_panic() {
        for s in [
            "<",
            "<p",
            "&",
            "&#xFFFFFFFF;",
            "&#0;",
            "<!--",
            "<script>",
            "a<b>c</",
            "&amp",
            "</p>",
        ] {
            let _ = lines_html(s);
            let _ = lines_markdown(s);
            let _ = sentences(&lines_text(s));
        }
        assert_eq!(entities("&euml;&#233;&#x41;&bogus;"), "ëéA&bogus;");
    }

    #[test]
    fn markdown_links_and_headings() {
        let ls = lines_markdown(
            "# Privacy\n\nZie [Infomedics](https://www.infomedics.nl/privacy) en **dit**.",
        );
        assert!(ls[0].heading);
        assert_eq!(
            ls[2].text,
            "Zie Infomedics (https://www.infomedics.nl/privacy) en dit."
        );
    }

    #[test]
    fn decoding() {
        assert_eq!(decode(b"").unwrap_err(), ReadError::Empty);
        assert_eq!(decode(b"ab\0cd").unwrap_err(), ReadError::Binary);
        assert_eq!(decode(b"caf\xe9 \x80").unwrap().0, "café €");
        assert_eq!(decode(&[0xFF, 0xFE, b'h', 0, b'i', 0]).unwrap().0, "hi");
        assert_eq!(decode(&[0x01; 100]).unwrap_err(), ReadError::Binary);
    }
}
