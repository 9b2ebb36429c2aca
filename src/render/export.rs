//! Exports of a document, from the same model as the HTML page:
//! - Markdown (CommonMark): text escaped for Markdown; the clinic's own markdown is
//!   re-emitted through a safe subset (emphasis, code, links to http, https, mailto, tel
//!   and in-page anchors only; raw HTML becomes text);
//! - plain text, wrapped at 72 columns, for e-mail;
//! - JSON: the model itself, with a versioned envelope (`docs/document-json.md`).

use super::walk::{walk, Writer};
use crate::i18n::Wording;
use crate::model::{Document, DocumentKind, Rich, Section, Span};
use serde::{Deserialize, Serialize};

/// Version of the JSON export's schema; bump on any incompatible change.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// File name (without extension) of a document kind's exports.
pub fn base_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Statement => "privacy",
        DocumentKind::Reglement => "reglement",
        DocumentKind::Notice => "notice",
    }
}

/// The JSON export: a versioned envelope around the document model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonExport {
    /// Always `privgen.document`.
    pub schema: String,
    pub version: u32,
    pub document: Document,
}

/// [`JsonExport`] as written: the same fields, the document borrowed.
#[derive(Serialize)]
struct JsonExportRef<'a> {
    schema: &'a str,
    version: u32,
    document: &'a Document,
}

pub fn json(doc: &Document) -> String {
    let env = JsonExportRef {
        schema: "privgen.document",
        version: JSON_SCHEMA_VERSION,
        document: doc,
    };
    let mut s = serde_json::to_string_pretty(&env).unwrap_or_default();
    s.push('\n');
    s
}

/// Reads a JSON export back into the model (round trip), refusing other schema versions.
pub fn read_json(src: &str) -> Result<Document, String> {
    let env: JsonExport = serde_json::from_str(src).map_err(|e| e.to_string())?;
    if env.schema != "privgen.document" || env.version != JSON_SCHEMA_VERSION {
        return Err(format!(
            "unsupported export: schema `{}` version {}",
            env.schema, env.version
        ));
    }
    Ok(env.document)
}

// ---------------------------------------------------------------- Markdown

/// Escapes text so Markdown shows it literally.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    md_escape_into(&mut out, s);
    out
}

/// [`md_escape`] appended to `out`.
fn md_escape_into(out: &mut String, s: &str) {
    let special = |b: u8| {
        matches!(
            b,
            b'\\'
                | b'`'
                | b'*'
                | b'_'
                | b'{'
                | b'}'
                | b'['
                | b']'
                | b'('
                | b')'
                | b'<'
                | b'>'
                | b'#'
                | b'+'
                | b'-'
                | b'.'
                | b'!'
                | b'|'
                | b'~'
                | b'&'
        )
    };
    // The special characters are ASCII, so the text is copied in runs between them.
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        if special(b) {
            out.push_str(&s[from..i]);
            out.push('\\');
            from = i;
        }
    }
    out.push_str(&s[from..]);
}

fn md_safe_url(u: &str) -> bool {
    let l = u.trim().to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| l.starts_with(p))
        || (l.starts_with('#')
            && l[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    ok && !u
        .chars()
        .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '(' || c == ')')
}

/// The clinic's markdown, re-emitted through a safe inline subset.
fn md_from_markdown(src: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    let mut link: Vec<Option<String>> = Vec::new();
    for ev in Parser::new(src) {
        match ev {
            Event::Text(t) => md_escape_into(&mut out, &t),
            Event::Code(t) => out.push_str(&format!("`{}`", t.replace('`', "'"))),
            Event::Html(t) | Event::InlineHtml(t) => md_escape_into(&mut out, &t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("  \n"),
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => out.push('*'),
            Event::Start(Tag::Strong) | Event::End(TagEnd::Strong) => out.push_str("**"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if md_safe_url(&dest_url) {
                    out.push('[');
                    link.push(Some(dest_url.to_string()));
                } else {
                    link.push(None);
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(url)) = link.pop() {
                    out.push_str(&format!("]({url})"));
                }
            }
            Event::End(TagEnd::Paragraph) => out.push_str("\n\n"),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::End(TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim_end().to_string()
}

fn md_rich(r: &Rich) -> String {
    let mut out = String::new();
    for s in &r.0 {
        match s {
            Span::Text { text } => md_escape_into(&mut out, text),
            Span::Strong { text } => {
                out.push_str("**");
                md_escape_into(&mut out, text);
                out.push_str("**");
            }
            Span::Link { text, href } => {
                if md_safe_url(href) {
                    out.push('[');
                    md_escape_into(&mut out, text);
                    out.push_str("](");
                    out.push_str(href);
                    out.push(')');
                } else {
                    md_escape_into(&mut out, text);
                }
            }
            Span::Markdown { text } => out.push_str(&md_from_markdown(text)),
            Span::Ref { target } => md_escape_into(&mut out, target),
        }
    }
    out
}

pub fn markdown(doc: &Document, wording: &Wording) -> String {
    let mut out = format!("# {}\n\n", md_escape(&doc.meta.title));
    out.push_str(&format!("{}\n\n", md_escape(&doc.meta.version_line)));
    let mut w = Md(out, sep_label(doc, wording));
    walk(doc, wording, &mut w);
    let mut out = w.0;
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// What goes between a label and its value in this language (`sep-label`: ": ", French
/// "\u{a0}: ").
fn sep_label(doc: &Document, wording: &Wording) -> String {
    wording
        .format(doc.lang, "sep-label", &[])
        .unwrap_or_else(|_| ": ".to_string())
}

/// The Markdown of each part of the document, with the language's label separator.
struct Md(String, String);

impl Writer for Md {
    fn section(&mut self, _: &Section, heading: &str) {
        self.0.push_str(&format!("## {}\n\n", md_escape(heading)));
    }

    fn subheading(&mut self, _: &Section, _: Option<u32>, shown: &str) {
        self.0.push_str(&format!("### {}\n\n", md_escape(shown)));
    }

    fn paragraph(&mut self, text: &Rich) {
        self.0.push_str(&format!("{}\n\n", md_rich(text)));
    }

    fn list(&mut self, ordered: bool, items: &[Rich]) {
        let out = &mut self.0;
        for (i, it) in items.iter().enumerate() {
            if ordered {
                out.push_str(&format!("{}. {}\n", i + 1, md_rich(it)));
            } else {
                out.push_str(&format!("- {}\n", md_rich(it)));
            }
        }
        out.push('\n');
    }

    fn table(&mut self, head: &[String], rows: &[Vec<Rich>]) {
        let out = &mut self.0;
        let cell = |s: String| s.replace('\n', " ");
        out.push_str(&format!(
            "| {} |\n",
            head.iter()
                .map(|h| md_escape(h))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
        out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
        for row in rows {
            out.push_str(&format!(
                "| {} |\n",
                row.iter()
                    .map(|c| cell(md_rich(c)))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
        out.push('\n');
    }

    fn definitions(&mut self, items: &[(Rich, Rich)]) {
        for (a, b) in items {
            self.0.push_str(&format!(
                "- **{}**{}{}\n",
                md_rich(a).trim_matches('*'),
                self.1,
                md_rich(b)
            ));
        }
        self.0.push('\n');
    }

    fn address(&mut self, lines: &[Rich]) {
        let l: Vec<String> = lines.iter().map(md_rich).collect();
        self.0.push_str(&format!("{}\n\n", l.join("  \n")));
    }
}

// ---------------------------------------------------------------- plain text

/// Width of the plain-text export.
pub const TEXT_WIDTH: usize = 72;

fn text_rich(r: &Rich) -> String {
    let mut out = String::new();
    for s in &r.0 {
        match s {
            Span::Text { text } | Span::Strong { text } => out.push_str(text),
            Span::Link { text, href } => {
                let shown = href
                    .trim_start_matches("mailto:")
                    .trim_start_matches("tel:");
                if href.starts_with('#')
                    || text == shown
                    || href.trim_end_matches('/').ends_with(text.as_str())
                {
                    out.push_str(text);
                } else {
                    out.push_str(&format!("{text} <{href}>"));
                }
            }
            Span::Markdown { text } => out.push_str(&strip_markdown(text)),
            Span::Ref { target } => out.push_str(target),
        }
    }
    out
}

fn strip_markdown(src: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    let mut link = Vec::new();
    for ev in Parser::new(src) {
        match ev {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) => link.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                if let Some(u) = link.pop() {
                    // Only addresses a reader can use; never a `javascript:` target.
                    if !u.starts_with('#') && md_safe_url(&u) {
                        out.push_str(&format!(" <{u}>"));
                    }
                }
            }
            Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// Whether a line may break at `c`: any white space but the no-break spaces (U+00A0, the
/// narrow U+202F, the figure space U+2007), which stay inside a word and are kept as written
/// ("Adresse postale\u{a0}: …" never ends a line before its colon).
fn breaks_at(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Wraps `text` at [`TEXT_WIDTH`], the first line prefixed by `first`, later ones by `rest`.
fn wrap(text: &str, first: &str, rest: &str) -> String {
    let mut out =
        String::with_capacity(text.len() + text.len() / TEXT_WIDTH * (rest.len() + 1) + 8);
    out.push_str(first);
    // Width in characters of the line being filled, and where it starts in `out`.
    let mut width = first.chars().count();
    let mut start = 0;
    let mut empty = true;
    let rest_width = rest.chars().count();
    for word in text.split(breaks_at).filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        if !empty && width + 1 + w > TEXT_WIDTH {
            let trimmed = out[start..].trim_end_matches(breaks_at).len();
            out.truncate(start + trimmed);
            out.push('\n');
            start = out.len();
            out.push_str(rest);
            width = rest_width;
            empty = true;
        }
        if !empty {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += w;
        empty = false;
    }
    let trimmed = out[start..].trim_end_matches(breaks_at).len();
    out.truncate(start + trimmed);
    out.push('\n');
    out
}

/// A heading, wrapped, underlined with `c` as long as its longest line.
fn underline(s: &str, c: char) -> String {
    let wrapped = wrap(s, "", "");
    let width = wrapped
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    format!("{wrapped}{}\n", c.to_string().repeat(width))
}

pub fn text(doc: &Document, wording: &Wording) -> String {
    let mut out = underline(&doc.meta.title, '=');
    out.push('\n');
    out.push_str(&wrap(&doc.meta.version_line, "", ""));
    let mut w = Text(out, sep_label(doc, wording));
    walk(doc, wording, &mut w);
    w.0
}

/// The plain text of each part of the document, a blank line before each, with the
/// language's label separator.
struct Text(String, String);

impl Writer for Text {
    fn section(&mut self, _: &Section, heading: &str) {
        self.0.push('\n');
        self.0.push_str(&underline(heading, '-'));
    }

    fn block_start(&mut self) {
        self.0.push('\n');
    }

    fn subheading(&mut self, _: &Section, _: Option<u32>, shown: &str) {
        self.0.push_str(&wrap(shown, "", ""));
    }

    fn paragraph(&mut self, text: &Rich) {
        self.0.push_str(&wrap(&text_rich(text), "", ""));
    }

    fn list(&mut self, ordered: bool, items: &[Rich]) {
        for (i, it) in items.iter().enumerate() {
            let bullet = if ordered {
                format!("{}. ", i + 1)
            } else {
                "- ".to_string()
            };
            let pad = " ".repeat(bullet.len());
            self.0.push_str(&wrap(&text_rich(it), &bullet, &pad));
        }
    }

    fn table(&mut self, head: &[String], rows: &[Vec<Rich>]) {
        for (r, row) in rows.iter().enumerate() {
            if r > 0 {
                self.0.push('\n');
            }
            for (h, c) in head.iter().zip(row) {
                let v = text_rich(c);
                if !v.trim().is_empty() {
                    self.0
                        .push_str(&wrap(&format!("{h}{}{v}", self.1), "", "  "));
                }
            }
        }
    }

    fn definitions(&mut self, items: &[(Rich, Rich)]) {
        for (a, b) in items {
            self.0.push_str(&wrap(
                &format!("{}{}{}", text_rich(a), self.1, text_rich(b)),
                "",
                "  ",
            ));
        }
    }

    fn address(&mut self, lines: &[Rich]) {
        for l in lines {
            self.0.push_str(&text_rich(l));
            self.0.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_and_filters_links() {
        assert_eq!(
            md_escape("*a* [b](c) <x>"),
            "\\*a\\* \\[b\\]\\(c\\) \\<x\\>"
        );
        let m = md_from_markdown(
            "Zie [hier](javascript:alert(1)) en [site](https://a.example/) <b>x</b>",
        );
        assert!(!m.contains("javascript"), "{m}");
        assert!(m.contains("[site](https://a.example/)"), "{m}");
        assert!(m.contains("\\<b\\>"), "{m}");
    }

    #[test]
    fn text_export_drops_unsafe_link_targets() {
        let t = strip_markdown("Zie [hier](javascript:alert(1)) en [site](https://a.example/).");
        assert!(!t.contains("javascript"), "{t}");
        assert!(t.contains("site <https://a.example/>"), "{t}");
    }

    #[test]
    fn text_never_breaks_at_a_no_break_space() {
        // "Adresse postale\u{a0}:" falls across column 72: the colon stays with its word.
        let t = format!(
            "{} Adresse postale\u{a0}: rue de la Presse 35",
            "mot ".repeat(14)
        );
        let w = wrap(&t, "", "  ");
        assert!(w.contains("postale\u{a0}:"), "{w:?}");
        for line in w.lines() {
            assert!(line.chars().count() <= TEXT_WIDTH, "{line:?}");
            assert!(!line.trim_start().starts_with([':', '\u{a0}']), "{line:?}");
            assert!(!line.ends_with('\u{a0}'), "{line:?}");
        }
        // A narrow no-break space (U+202F) holds too; ordinary spaces still break.
        let w = wrap(&format!("{}a\u{202f}?", "b ".repeat(35)), "", "");
        assert_eq!(w.lines().last(), Some("a\u{202f}?"), "{w:?}");
    }

    #[test]
    fn text_wraps_at_72_columns() {
        let long = "woord ".repeat(40);
        for line in wrap(&long, "- ", "  ").lines() {
            assert!(line.chars().count() <= TEXT_WIDTH, "{line}");
        }
    }
}
