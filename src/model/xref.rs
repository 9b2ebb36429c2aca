//! Cross-references by id. Wording and the clinic's own text refer to sections by id
//! (`{ref:retention}` in a profile; [`token`] in messages); once the document's sections are
//! known and numbered, every reference becomes a link reading "artikel 14" / "artikkel 14" /
//! "Article 14" (or the section's title in an unnumbered statement). A reference to an id the
//! document does not have is a build error: the numbers are never typed by hand.

use super::{Block, Ctx, Rich, Section, Span};
use crate::diagnostics::Diagnostic;
use std::collections::BTreeMap;

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The placeholder a message argument carries for a reference to section `id`.
pub fn token(id: &str) -> String {
    format!("{OPEN}{id}{CLOSE}")
}

/// Ids referenced as `{ref:id}` in clinic-written text.
pub fn refs_in(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find("{ref:") {
        let after = &rest[i + 5..];
        match after.find('}') {
            Some(j) => {
                out.push(after[..j].trim().to_string());
                rest = &after[j + 1..];
            }
            None => break,
        }
    }
    out
}

struct Target {
    label: String,
    id: String,
}

/// Replaces every reference in `sections` by a link, recording an error for each unknown id.
pub fn resolve(cx: &mut Ctx, sections: &mut [Section]) {
    let mut targets: BTreeMap<String, Target> = BTreeMap::new();
    for s in sections.iter() {
        let label = match s.number {
            Some(n) => cx.t("ref-article", &[("n", n.into())]),
            None => cx.t("ref-section", &[("heading", s.heading.clone().into())]),
        };
        targets.insert(
            s.id.clone(),
            Target {
                label,
                id: s.id.clone(),
            },
        );
    }
    let known: Vec<String> = targets.keys().cloned().collect();
    // References in the clinic's text: report them where they were written.
    for (target, field) in std::mem::take(&mut cx.refs) {
        if !targets.contains_key(&target) {
            let mut d = Diagnostic::error(
                "profile/unknown-reference",
                format!(
                    "`{{ref:{target}}}` refers to a section this {} does not have",
                    cx.kind.key()
                ),
            )
            .file(&cx.lp.path)
            .field(field.clone())
            .help(format!("use one of: {}", known.join(", ")));
            if let Some((l, c)) = cx.locate(&field) {
                d = d.at(l, c);
            }
            cx.diags.push(d);
        }
    }
    let mut missing = Vec::new();
    for s in sections.iter_mut() {
        for b in &mut s.blocks {
            for r in rich_in(b) {
                link_refs(r, &targets, &mut missing);
            }
        }
    }
    for id in missing {
        cx.diags.push(
            Diagnostic::error(
                "model/unknown-reference",
                format!(
                    "the wording refers to section `{id}`, which this {} does not have",
                    cx.kind.key()
                ),
            )
            .help("a message or template refers to a section by id that was not built"),
        );
    }
}

fn rich_in(b: &mut Block) -> Vec<&mut Rich> {
    match b {
        Block::Paragraph { text } => vec![text],
        Block::List { items, .. } | Block::Address { lines: items } => items.iter_mut().collect(),
        Block::Table { rows, .. } => rows.iter_mut().flatten().collect(),
        Block::Definitions { items } => items.iter_mut().flat_map(|(a, b)| [a, b]).collect(),
        Block::Subheading { .. } => Vec::new(),
    }
}

fn link_refs(r: &mut Rich, targets: &BTreeMap<String, Target>, missing: &mut Vec<String>) {
    let mut out = Vec::with_capacity(r.0.len());
    for span in r.0.drain(..) {
        match span {
            Span::Text { text } if text.contains(OPEN) => {
                split_tokens(&text, targets, missing, &mut out)
            }
            Span::Ref { target } => match targets.get(&target) {
                Some(t) => out.push(Span::Link {
                    text: t.label.clone(),
                    href: format!("#{}", t.id),
                }),
                None => {
                    missing.push(target.clone());
                    out.push(Span::Text { text: target });
                }
            },
            Span::Markdown { text } if text.contains("{ref:") || text.contains(OPEN) => {
                out.push(Span::Markdown {
                    text: markdown_refs(&text, targets, missing),
                });
            }
            other => out.push(other),
        }
    }
    r.0 = out;
}

fn split_tokens(
    text: &str,
    targets: &BTreeMap<String, Target>,
    missing: &mut Vec<String>,
    out: &mut Vec<Span>,
) {
    let mut rest = text;
    while let Some(i) = rest.find(OPEN) {
        if i > 0 {
            out.push(Span::Text {
                text: rest[..i].to_string(),
            });
        }
        let after = &rest[i + OPEN.len_utf8()..];
        let Some(j) = after.find(CLOSE) else {
            out.push(Span::Text {
                text: after.to_string(),
            });
            return;
        };
        let id = &after[..j];
        match targets.get(id) {
            Some(t) => out.push(Span::Link {
                text: t.label.clone(),
                href: format!("#{}", t.id),
            }),
            None => {
                missing.push(id.to_string());
                out.push(Span::Text {
                    text: id.to_string(),
                });
            }
        }
        rest = &after[j + CLOSE.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Span::Text {
            text: rest.to_string(),
        });
    }
}

/// `{ref:id}` in markdown becomes a markdown link `[artikel 14](#id)`.
fn markdown_refs(
    text: &str,
    targets: &BTreeMap<String, Target>,
    missing: &mut Vec<String>,
) -> String {
    let mut s = text.to_string();
    for id in refs_in(text) {
        let pat = format!("{{ref:{id}}}");
        match targets.get(&id) {
            Some(t) => s = s.replace(&pat, &format!("[{}](#{})", t.label, t.id)),
            // Unknown ids in the clinic's text were reported with their field above.
            None => s = s.replace(&pat, &id),
        }
    }
    if s.contains(OPEN) {
        let mut spans = Vec::new();
        split_tokens(&s, targets, missing, &mut spans);
        s = spans
            .into_iter()
            .map(|sp| match sp {
                Span::Link { text, href } => format!("[{text}]({href})"),
                Span::Text { text } => text,
                _ => String::new(),
            })
            .collect();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_refs_in_clinic_text() {
        assert_eq!(
            refs_in("zie {ref:retention} en {ref: rights}."),
            ["retention", "rights"]
        );
        assert!(refs_in("geen verwijzing {ref:").is_empty());
    }

    #[test]
    fn tokens_become_links_and_unknown_ids_are_reported() {
        let mut targets = BTreeMap::new();
        targets.insert(
            "retention".to_string(),
            Target {
                label: "artikel 14".into(),
                id: "retention".into(),
            },
        );
        let mut r = Rich::text(format!("zoals bepaald in {}.", token("retention")));
        let mut missing = Vec::new();
        link_refs(&mut r, &targets, &mut missing);
        assert_eq!(
            r.0,
            vec![
                Span::Text {
                    text: "zoals bepaald in ".into()
                },
                Span::Link {
                    text: "artikel 14".into(),
                    href: "#retention".into()
                },
                Span::Text { text: ".".into() },
            ]
        );
        let mut r = Rich::text(format!("zie {}", token("nope")));
        link_refs(&mut r, &targets, &mut missing);
        assert_eq!(missing, ["nope"]);
    }
}
