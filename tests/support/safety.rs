//! Checks that an exported file carries nothing executable, per format. Shared by the
//! escaping tests and the property tests (`#[path = "support/safety.rs"] mod safety;`).
#![allow(dead_code)]

/// Link targets a page may use: the web, e-mail, telephone, and in-site links.
fn safe_link(url: &str) -> bool {
    let l: String = url
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = l.find(':');
    let first_sep = l.find(['/', '?', '#']);
    let has_scheme = match (scheme_end, first_sep) {
        (Some(c), Some(s)) => c < s,
        (Some(_), None) => true,
        _ => false,
    };
    !has_scheme
        || ["http:", "https:", "mailto:", "tel:"]
            .iter()
            .any(|p| l.starts_with(p))
}

/// Decodes the HTML entities an attacker could use to hide `javascript:` in an attribute.
fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e < 12);
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "colon" => Some(':'),
                "Tab" | "tab" => Some('\t'),
                "NewLine" => Some('\n'),
                _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                    u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Elements no generated page may hold: script and anything that loads or embeds active
/// content, plus inline styles (the Content-Security-Policy allows only `style.css`).
const FORBIDDEN_TAGS: [&str; 14] = [
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg",
    "math", "style", "img", "template",
];

/// What makes `html` carry executable or active content, if anything.
pub fn html_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lower = html.to_ascii_lowercase();
    if !lower.contains("content-security-policy") {
        problems.push("no Content-Security-Policy".into());
    }
    let b = html.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let rest = &html[i + 1..];
        let closing = rest.starts_with('/');
        let name: String = rest
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // `<` followed by neither a name nor `/`, `!`: text, though it should be escaped.
            if !rest.starts_with('!') {
                problems.push(format!("unescaped `<` before {:?}", snippet(rest)));
            }
            i += 1;
            continue;
        }
        // Read attributes up to the tag's end, minding quotes.
        let mut j = i + 1 + usize::from(closing) + name.len();
        let mut attrs = Vec::new();
        loop {
            while j < b.len() && (b[j].is_ascii_whitespace() || b[j] == b'/') {
                j += 1;
            }
            if j >= b.len() || b[j] == b'>' {
                break;
            }
            let start = j;
            while j < b.len() && !b[j].is_ascii_whitespace() && !b"=>/".contains(&b[j]) {
                j += 1;
            }
            let aname = html[start..j].to_ascii_lowercase();
            let mut value = String::new();
            if j < b.len() && b[j] == b'=' {
                j += 1;
                if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                    let q = b[j];
                    let vstart = j + 1;
                    j = vstart;
                    while j < b.len() && b[j] != q {
                        j += 1;
                    }
                    value = html[vstart..j.min(b.len())].to_string();
                    j += 1;
                } else {
                    let vstart = j;
                    while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                        j += 1;
                    }
                    value = html[vstart..j].to_string();
                }
            }
            if aname.is_empty() {
                j += 1;
                continue;
            }
            attrs.push((aname, decode_entities(&value)));
        }
        if !closing {
            if FORBIDDEN_TAGS.contains(&name.as_str()) {
                problems.push(format!("<{name}> element"));
            }
            for (a, v) in &attrs {
                if a.starts_with("on") {
                    problems.push(format!("event handler {a}={v:?} on <{name}>"));
                }
                if a == "style" || a == "srcdoc" || a == "formaction" {
                    problems.push(format!("{a} attribute on <{name}>"));
                }
                if matches!(
                    a.as_str(),
                    "href" | "src" | "action" | "xlink:href" | "poster"
                ) && !safe_link(v)
                {
                    problems.push(format!("{a}={v:?} on <{name}>"));
                }
                if name == "meta" && a == "http-equiv" && v.eq_ignore_ascii_case("refresh") {
                    problems.push("meta refresh".into());
                }
            }
        }
        i = j + 1;
    }
    problems
}

fn snippet(s: &str) -> String {
    s.chars().take(30).collect()
}

/// Markdown links and images `[text](url)`, autolinks `<url>` and raw HTML tags.
pub fn markdown_problems(md: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // Raw HTML is passed through by Markdown renderers: no tag may come from the profile.
    // Every `<` a privgen export writes is escaped (`\<`), so any unescaped `<` that opens
    // a tag or autolink is a finding.
    let b = md.as_bytes();
    for (i, _) in md.match_indices('<') {
        let escaped = i > 0 && b[i - 1] == b'\\';
        let next = md[i + 1..].chars().next().unwrap_or(' ');
        if !escaped && (next.is_ascii_alphabetic() || next == '/' || next == '!' || next == '?') {
            problems.push(format!("raw HTML or autolink {:?}", snippet(&md[i..])));
        }
    }
    // Inline links: the destination after `](`.
    for (i, _) in md.match_indices("](") {
        if i > 0 && b[i - 1] == b'\\' {
            continue;
        }
        let rest = &md[i + 2..];
        let url: String = rest
            .chars()
            .take_while(|c| *c != ')' && !c.is_whitespace())
            .collect();
        if !safe_link(&url) {
            problems.push(format!("link to {url:?}"));
        }
    }
    problems
}

/// Plain text is inert (no renderer runs it), but it is read in terminals and e-mail: it
/// must hold no control characters other than line breaks and tabs (no terminal escapes).
pub fn text_problems(txt: &str) -> Vec<String> {
    txt.chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        .map(|c| vec![format!("control character U+{:04X}", c as u32)])
        .unwrap_or_default()
}

/// JSON must parse.
pub fn json_problems(json: &str) -> Vec<String> {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(_) => Vec::new(),
        Err(e) => vec![format!("invalid JSON: {e}")],
    }
}

/// Findings for one file of the output tree, by its extension.
pub fn file_problems(path: &str, bytes: &[u8]) -> Vec<String> {
    // A PDF (the `pdf` feature) is binary; its text is read and checked by tests/pdf.rs.
    if path.ends_with(".pdf") {
        return if bytes.starts_with(b"%PDF-") {
            Vec::new()
        } else {
            vec![format!("{path}: not a PDF")]
        };
    }
    let Ok(s) = std::str::from_utf8(bytes) else {
        return if path.ends_with(".css") {
            Vec::new()
        } else {
            vec!["not UTF-8".into()]
        };
    };
    let found = if path.ends_with(".html") {
        html_problems(s)
    } else if path.ends_with(".md") {
        markdown_problems(s)
    } else if path.ends_with(".txt") {
        text_problems(s)
    } else if path.ends_with(".json") {
        json_problems(s)
    } else {
        Vec::new()
    };
    found.into_iter().map(|p| format!("{path}: {p}")).collect()
}

#[cfg(test)]
mod self_test {
    use super::*;

    #[test]
    fn the_checker_finds_what_it_must() {
        let csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">";
        assert!(html_problems(&format!("{csp}<p>&lt;script&gt;</p>")).is_empty());
        for bad in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x61;script&colon;alert(1)\">x</a>",
            "<a href=' JAVASCRIPT:alert(1)'>x</a>",
            "<p style=\"x\">",
            "<svg/onload=alert(1)>",
            "<a href=data:text/html,x>",
        ] {
            assert!(!html_problems(&format!("{csp}{bad}")).is_empty(), "{bad}");
        }
        assert!(html_problems("<p>x</p>").contains(&"no Content-Security-Policy".to_string()));
        assert!(safe_link("../nl/"));
        assert!(safe_link("https://a.example/x:y"));
        assert!(!safe_link("vbscript:x"));
        assert!(markdown_problems("a \\<script> [x](https://a.example)").is_empty());
        assert!(!markdown_problems("<script>").is_empty());
        assert!(!markdown_problems("[x](javascript:alert(1))").is_empty());
        assert!(!text_problems("a\u{1b}[2J").is_empty());
    }
}
