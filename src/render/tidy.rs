//! The seam between the model and every rendered form (HTML, Markdown, text, PDF): what a
//! sparse profile leaves empty is not shown. A table column whose cells are all empty is
//! dropped with its header; a definition with an empty value is dropped with its term; a
//! definition list or address left with nothing is dropped. Done once here, so no template
//! or export has to remember it.

use crate::model::{Block, Document, Rich};

fn blank(r: &Rich) -> bool {
    r.plain().trim().is_empty()
}

/// `block` without its empty parts; `None` when nothing is left to show.
pub fn block(b: &Block) -> Option<Block> {
    match b {
        Block::Table { head, rows } => {
            let keep: Vec<usize> = (0..head.len())
                .filter(|&i| rows.iter().any(|r| r.get(i).is_some_and(|c| !blank(c))))
                .collect();
            if rows.is_empty() || keep.is_empty() {
                return None;
            }
            Some(Block::Table {
                head: keep.iter().map(|&i| head[i].clone()).collect(),
                rows: rows
                    .iter()
                    .map(|r| {
                        keep.iter()
                            .map(|&i| r.get(i).cloned().unwrap_or_default())
                            .collect()
                    })
                    .collect(),
            })
        }
        Block::Definitions { items } => {
            let items: Vec<(Rich, Rich)> =
                items.iter().filter(|(_, v)| !blank(v)).cloned().collect();
            (!items.is_empty()).then_some(Block::Definitions { items })
        }
        Block::Address { lines } => {
            let lines: Vec<Rich> = lines.iter().filter(|l| !blank(l)).cloned().collect();
            (!lines.is_empty()).then_some(Block::Address { lines })
        }
        Block::List { ordered, items } => {
            let items: Vec<Rich> = items.iter().filter(|l| !blank(l)).cloned().collect();
            (!items.is_empty()).then_some(Block::List {
                ordered: *ordered,
                items,
            })
        }
        other => Some(other.clone()),
    }
}

/// `doc` as it is shown: every block through [`block`].
pub fn document(doc: &Document) -> Document {
    let mut out = doc.clone();
    for s in &mut out.sections {
        s.blocks = s.blocks.iter().filter_map(block).collect();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Rich {
        if s.is_empty() {
            Rich::default()
        } else {
            Rich::text(s)
        }
    }

    #[test]
    fn a_column_empty_in_every_row_is_dropped_with_its_header() {
        let b = Block::Table {
            head: vec!["Processor".into(), "Country".into(), "Statement".into()],
            rows: vec![
                vec![t("PasientSky"), t(""), t("")],
                vec![t("Mail"), t(" "), t("x")],
            ],
        };
        let Some(Block::Table { head, rows }) = block(&b) else {
            panic!("table dropped")
        };
        assert_eq!(head, ["Processor", "Statement"]);
        assert_eq!(
            rows,
            vec![vec![t("PasientSky"), t("")], vec![t("Mail"), t("x")]]
        );
    }

    #[test]
    fn a_definition_without_value_is_dropped_and_an_empty_list_disappears() {
        let b = Block::Definitions {
            items: vec![(t("E-mail"), t("a@b.example")), (t("Phone"), t(""))],
        };
        assert_eq!(
            block(&b),
            Some(Block::Definitions {
                items: vec![(t("E-mail"), t("a@b.example"))]
            })
        );
        let empty = Block::Definitions {
            items: vec![(t("Phone"), t("  "))],
        };
        assert_eq!(block(&empty), None);
        assert_eq!(block(&Block::Definitions { items: vec![] }), None);
    }

    #[test]
    fn full_blocks_are_kept_as_they_are() {
        let b = Block::Table {
            head: vec!["A".into(), "B".into()],
            rows: vec![vec![t("1"), t("2")]],
        };
        assert_eq!(block(&b), Some(b.clone()));
        let p = Block::Paragraph { text: t("x") };
        assert_eq!(block(&p), Some(p.clone()));
    }
}
