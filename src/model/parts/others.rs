//! People other than the patients (issue 16 item 2): one sub-part per group, with its data,
//! purposes and their basis, recipients and retention, written with the same pieces as the
//! patients' sections.

use crate::load::text::Term;
use crate::model::build::{join_and, labelled, list, para, section};
use crate::model::{Block, Ctx, Rich, Section, Span};

use super::{basis_text, data_items, retention_row};

pub(in crate::model) fn others(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.others.is_empty() {
        return None;
    }
    let mut blocks = vec![para(cx.t0("others-lead"))];
    let mut legitimate = false;
    for (j, g) in p.others.iter().enumerate() {
        let field = format!("others[{j}]");
        let subjects: Vec<String> = g.subjects.iter().map(|s| cx.t0(&s.msg())).collect();
        let subjects = join_and(cx, subjects);
        blocks.push(Block::Subheading {
            text: capitalised(&subjects),
            number: None,
        });
        if !g.data.is_empty() {
            let lead = cx.t("others-data", &[("subjects", subjects.clone().into())]);
            blocks.push(para(lead));
            let items = data_items(cx, &g.data, &format!("{field}.data"));
            blocks.push(list(items));
        }
        if !g.purposes.is_empty() {
            blocks.push(para(cx.t0("others-purposes")));
            let mut items = Vec::new();
            for (i, pu) in g.purposes.iter().enumerate() {
                let path = format!("{field}.purposes[{i}]");
                let label = match &pu.id {
                    Term::Known(k) => cx.t0(&k.msg()),
                    Term::Custom(t) => cx.lt(t, &format!("{path}.id")),
                };
                let mut r = Rich(vec![Span::Strong { text: label }]);
                let mut ended = false;
                if let Some(d) = &pu.description {
                    let t = cx.lt(d, &format!("{path}.description"));
                    ended = t.trim_end().ends_with(['.', '!', '?']);
                    let sep = cx.sep_label();
                    r.push_text(sep).push(Span::Markdown { text: t });
                }
                // Without a basis (a draft) the item states the purpose only.
                if let Some(b) = basis_text(cx, pu) {
                    r.push_text(if ended { " " } else { ". " });
                    r.0.extend(b.0);
                }
                if let Some(li) = &pu.legitimate_interest {
                    legitimate = true;
                    let label = cx.t0("label-legitimate-interest");
                    let t = cx.lt(li, &format!("{path}.legitimate_interest"));
                    r.push_text(" ");
                    r.0.extend(labelled(label, " ", t).0);
                }
                items.push(r);
            }
            blocks.push(list(items));
        }
        if !g.recipients.is_empty() {
            blocks.push(para(cx.t0("others-recipients")));
            let items = g
                .recipients
                .iter()
                .map(|r| {
                    let mut rich = Rich(vec![Span::Strong {
                        text: cx.t0(&r.kind.msg()),
                    }]);
                    if let Some(n) = &r.name {
                        rich.push_text(format!(" ({n})"));
                    }
                    rich
                })
                .collect();
            blocks.push(list(items));
        }
        if !g.retention.is_empty() {
            blocks.push(para(cx.t0("others-retention")));
            let head = vec![
                cx.t0("col-data"),
                cx.t0("col-period"),
                cx.t0("col-from"),
                cx.t0("col-basis"),
            ];
            let rows = g
                .retention
                .iter()
                .enumerate()
                .map(|(i, r)| retention_row(cx, &format!("{field}.retention[{i}]"), r))
                .collect();
            blocks.push(Block::Table { head, rows });
        }
    }
    let mut covers = vec!["13(1)(c)", "13(1)(e)", "13(2)(a)"];
    if legitimate {
        covers.push("13(1)(d)");
    }
    Some(section(cx, "others", blocks, &covers))
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
