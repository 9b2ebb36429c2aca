//! The text of a generated page, in pieces a rule reads one at a time: the title and
//! version line, each heading, paragraph, list item, table row (its cells as "head: cell",
//! joined by " | "), definition and address line of the document; and the visible text of
//! the HTML page (its chrome too: navigation, language switcher, footer), a block element
//! at a time.

use crate::model::{Block, Document, Rich, Span};

/// One piece of page text and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub text: String,
    /// The section id, or `title` / `page` (the HTML chrome).
    pub at: String,
}

/// Plain text of a rich run: markdown marks and link targets dropped.
fn plain(r: &Rich) -> String {
    let mut out = String::new();
    for s in &r.0 {
        match s {
            Span::Text { text } | Span::Strong { text } => out.push_str(text),
            Span::Link { text, .. } => out.push_str(text),
            Span::Markdown { text } => out.push_str(&strip_markdown(text)),
            Span::Ref { target } => out.push_str(target),
        }
    }
    out
}

/// Markdown the clinic wrote, as a reader sees it (emphasis marks and link targets gone).
fn strip_markdown(src: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::new();
    for ev in Parser::new(src) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_))
                if !out.ends_with(' ') && !out.is_empty() =>
            {
                out.push(' ')
            }
            _ => {}
        }
    }
    out.trim_end().to_string()
}

/// The document's text, piece by piece.
pub fn units(doc: &Document) -> Vec<Unit> {
    let mut out = vec![
        Unit {
            text: doc.meta.title.clone(),
            at: "title".into(),
        },
        Unit {
            text: doc.meta.version_line.clone(),
            at: "title".into(),
        },
    ];
    for s in &doc.sections {
        let mut push = |text: String| {
            if !text.trim().is_empty() {
                out.push(Unit {
                    text,
                    at: s.id.clone(),
                })
            }
        };
        push(s.heading.clone());
        for (n, b) in s.blocks.iter().enumerate() {
            match b {
                Block::Paragraph { text } => push(plain(text)),
                Block::Subheading { text, .. } => push(text.clone()),
                Block::List { items, .. } => {
                    let items: Vec<String> = items.iter().map(plain).collect();
                    // The list with its lead sentence, as one piece ("X consists of: a; b").
                    if let Some(Block::Paragraph { text }) = n.checked_sub(1).map(|p| &s.blocks[p])
                    {
                        push(format!("{} {}", plain(text), items.join("; ")));
                    }
                    items.into_iter().for_each(&mut push);
                }
                Block::Table { head, rows } => {
                    for row in rows {
                        let cells: Vec<String> = head
                            .iter()
                            .zip(row)
                            .map(|(h, c)| (h, plain(c)))
                            .filter(|(_, c)| !c.trim().is_empty())
                            .map(|(h, c)| format!("{h}: {c}"))
                            .collect();
                        push(cells.join(" | "));
                    }
                }
                Block::Definitions { items } => items
                    .iter()
                    .for_each(|(a, b)| push(format!("{}: {}", plain(a), plain(b)))),
                Block::Address { lines } => lines.iter().for_each(|l| push(plain(l))),
            }
        }
    }
    out
}

/// Elements that end a piece of text; any other tag (a, strong, em, span, abbr …) is inline.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// The visible text of an HTML page, a block element at a time: tags removed, character
/// references decoded, whitespace collapsed; `script` and `style` contents and comments
/// skipped.
pub fn html_units(html: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut flush = |cur: &mut String| {
        let t = collapse(&decode(cur));
        if !t.is_empty() {
            out.push(Unit {
                text: t,
                at: "page".into(),
            });
        }
        cur.clear();
    };
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        cur.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}");
            rest = rest
                .to_ascii_lowercase()
                .find(&close)
                .map_or("", |e| &rest[e..]);
            continue;
        }
        if BLOCK.contains(&name.as_str()) {
            flush(&mut cur);
        }
    }
    cur.push_str(rest);
    flush(&mut cur);
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes the character references a page holds (named ones the escaper writes, `&nbsp;`,
/// and numeric ones); anything else is kept as written.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => {
                    let n = name.strip_prefix('#')?;
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(v)
                }
            }?;
            Some((c, e))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_text_is_cut_at_block_elements_and_decoded() {
        let u = html_units(
            "<html><head><title>A &amp; B</title><style>p{}</style></head><body><!-- c -->\
             <p>Wij <strong>bewaren</strong> het&#32;dossier&nbsp;20 jaar.</p><ul><li>een</li><li>twee &#x2013; drie</li></ul>\
             <script>var x = '<p>niet</p>';</script><dl></dl></body></html>",
        );
        let t: Vec<&str> = u.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            t,
            [
                "A & B",
                "Wij bewaren het dossier 20 jaar.",
                "een",
                "twee – drie"
            ]
        );
    }

    #[test]
    fn markdown_reads_as_text() {
        assert_eq!(
            strip_markdown("Zie **onze** [site](https://a.example/)."),
            "Zie onze site."
        );
    }
}
