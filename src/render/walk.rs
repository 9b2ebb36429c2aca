//! The document walk the text outputs share: Markdown and plain text ([`super::export`]) and
//! the Typst source of the PDF (`super::pdf`, feature `pdf`). The walk visits the sections
//! in order and each section's blocks, and gives every output the headings as shown: a
//! section's "Artikel 14: Bewaartermijnen" in a reglement (message `article-title`) and a
//! numbered subheading's "§ 2 …" (message `paragraph-label`). Each output says only how it
//! writes a part ([`Writer`]).

use crate::i18n::Wording;
use crate::lang::Lang;
use crate::model::{Block, Document, Rich, Section};

/// How one output writes each part of a document.
pub trait Writer {
    /// A section starts; `heading` as shown.
    fn section(&mut self, section: &Section, heading: &str);
    /// Before each block of a section.
    fn block_start(&mut self) {}
    /// A subheading of `section`; `shown` with its paragraph label where it has a number.
    fn subheading(&mut self, section: &Section, number: Option<u32>, shown: &str);
    fn paragraph(&mut self, text: &Rich);
    fn list(&mut self, ordered: bool, items: &[Rich]);
    fn table(&mut self, head: &[String], rows: &[Vec<Rich>]);
    fn definitions(&mut self, items: &[(Rich, Rich)]);
    fn address(&mut self, lines: &[Rich]);
}

/// Walks `doc`'s sections and blocks in order, calling `w` for each.
pub fn walk(doc: &Document, wording: &Wording, w: &mut impl Writer) {
    for s in &doc.sections {
        w.section(s, &section_heading(wording, doc.lang, s.number, &s.heading));
        for b in &s.blocks {
            w.block_start();
            match b {
                Block::Paragraph { text } => w.paragraph(text),
                Block::Subheading { text, number } => {
                    let shown = match number {
                        Some(n) => paragraph_label(wording, doc.lang, *n, text),
                        None => text.clone(),
                    };
                    w.subheading(s, *number, &shown);
                }
                Block::List { ordered, items } => w.list(*ordered, items),
                Block::Table { head, rows } => w.table(head, rows),
                Block::Definitions { items } => w.definitions(items),
                Block::Address { lines } => w.address(lines),
            }
        }
    }
}

/// A section heading as shown: "Artikel 14: Bewaartermijnen" in a reglement (numbered
/// sections), the heading itself otherwise. The HTML page shows the same.
pub(super) fn section_heading(
    wording: &Wording,
    lang: Lang,
    number: Option<u32>,
    heading: &str,
) -> String {
    match number {
        Some(n) => wording
            .format(
                lang,
                "article-title",
                &[("n", n.into()), ("title", heading.into())],
            )
            .unwrap_or_else(|_| heading.to_string()),
        None => heading.to_string(),
    }
}

/// A numbered subheading as shown: "§ 2 Toegang". The HTML page shows the same.
pub(super) fn paragraph_label(wording: &Wording, lang: Lang, n: u32, text: &str) -> String {
    let p = wording
        .format(lang, "paragraph-label", &[("n", n.into())])
        .unwrap_or_else(|_| format!("§ {n}"));
    format!("{p} {text}")
}
