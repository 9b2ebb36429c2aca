//! How long and how safely: retention periods, deletion, the file structure, security.

use crate::load::profile::{Qualifier, Retention};
use crate::load::text::Term;
use crate::load::vocab::*;
use crate::model::build::{join_and, join_or, list, para, section, NO_BREAK_SPACES};
use crate::model::{Block, Ctx, Rich, Section, Span};

/// A retention period as the reader reads it: "20 jaar", "ten minste 7 jaar", "30 tot 50 jaar".
/// With an extension ("of langer als …") the qualifier is left out: "ten minste 20 jaar of
/// langer" says twice that there is no end, and "ten hoogste 4 weken of langer" contradicts
/// itself (review-nl items 3 and 30).
pub(in crate::model) fn retention_period(cx: &mut Ctx, r: &Retention) -> String {
    match r.period {
        Some(pe) => {
            let p = cx.period(pe);
            match (r.qualifier, r.extension.is_some()) {
                (_, true) | (Qualifier::Exactly, _) => p,
                (Qualifier::AtLeast, false) => cx.t("qualifier-at-least", &[("period", p.into())]),
                (Qualifier::AtMost, false) => cx.t("qualifier-at-most", &[("period", p.into())]),
            }
        }
        None => String::new(),
    }
}

/// One row of a retention table; `field` is the row's path (`retention[2]`,
/// `others[0].retention[1]`).
pub(in crate::model) fn retention_row(cx: &mut Ctx, field: &str, r: &Retention) -> Vec<Rich> {
    let what = cx.term(&r.record, Record::msg, &format!("{field}.record"));
    let mut period = retention_period(cx, r);
    if let Some(c) = &r.criterion {
        let t = cx.term(c, RetentionCriterion::msg, &format!("{field}.criterion"));
        period = if period.is_empty() {
            t
        } else {
            format!("{period}{}{t}", cx.sep_list())
        };
    }
    // Where the law sets a purpose test and guidance recommends a period (NO: Normen,
    // faktaark 25), the recommendation is shown as guidance, never as the legal basis (M2).
    if r.period.is_none() {
        let rule = match &r.record {
            Term::Known(rec) => cx
                .law
                .retention_rule(*rec, cx.lp.profile.effective)
                .cloned(),
            Term::Custom(_) => None,
        };
        if let Some((rule, g)) = rule.and_then(|x| x.guidance.clone().map(|g| (x, g))) {
            let source = cx.cite(&g, &rule.statute);
            let p = cx.period(rule.period);
            let p = match rule.qualifier {
                Qualifier::AtLeast => cx.t("qualifier-at-least", &[("period", p.into())]),
                Qualifier::AtMost => cx.t("qualifier-at-most", &[("period", p.into())]),
                Qualifier::Exactly => p,
            };
            let from = cx.t0(&rule.from.msg());
            let t = cx.t(
                "retention-guidance",
                &[
                    ("source", source.into()),
                    ("period", p.into()),
                    ("from", from.into()),
                ],
            );
            period = if period.is_empty() {
                t
            } else {
                format!("{period} {t}")
            };
        }
    }
    let mut period_cell = Rich::text(period);
    if let Some(e) = r.extension {
        let t = cx.t0(&e.msg());
        period_cell.push_text(format!(", {t}"));
    }
    if let Some(n) = &r.note {
        let t = cx.lt(n, &format!("{field}.note"));
        let sep = cx.sep_list();
        period_cell.push_text(sep).push(Span::Markdown { text: t });
    }
    let from = match r.from {
        Some(f) => cx.t0(&f.msg()),
        None => String::new(),
    };
    let basis = match &r.statute {
        Some(s) => {
            let name = cx.statute(s);
            // Cite the article when the law data has the rule for this record.
            let article = match &r.record {
                Term::Known(rec) => cx
                    .law
                    .retention_rule(*rec, cx.lp.profile.effective)
                    .filter(|rule| &rule.statute == s)
                    .map(|rule| rule.article.clone()),
                Term::Custom(_) => None,
            };
            match article {
                // "pasientjournalloven § 25" names its statute: no "pasientjournalloven (…)".
                Some(a) if cx.cite(&a, s).contains(&name) => cx.cite(&a, s),
                Some(a) => {
                    let cited = cx.cite(&a, s);
                    cx.t(
                        "cite-basis",
                        &[("statute", name.into()), ("article", cited.into())],
                    )
                }
                None => name,
            }
        }
        None => String::new(),
    };
    vec![
        Rich(vec![Span::Strong { text: what }]),
        period_cell,
        Rich::text(from),
        Rich::text(basis),
    ]
}

pub(in crate::model) fn retention(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    // A draft transcribed from a statement that gives no periods has no rows: no lead
    // promising a table and no empty table (check reports the gap).
    if !p.retention.is_empty() {
        let lead = cx.t0("retention-lead");
        blocks.push(para(lead));
        let head = vec![
            cx.t0("col-data"),
            cx.t0("col-period"),
            cx.t0("col-from"),
            cx.t0("col-basis"),
        ];
        let rows = p
            .retention
            .iter()
            .enumerate()
            .map(|(i, r)| retention_row(cx, &format!("retention[{i}]"), r))
            .collect();
        blocks.push(Block::Table { head, rows });
    }
    if let Some(d) = &p.destruction {
        let within = cx.period(d.within);
        let t = cx.t("destruction-within", &[("period", within.into())]);
        blocks.push(para(t));
        if !d.approved_by.is_empty() {
            let roles: Vec<String> = d
                .approved_by
                .iter()
                .enumerate()
                .map(|(i, r)| cx.term(r, Role::msg, &format!("destruction.approved_by[{i}]")))
                .collect();
            let roles = join_or(cx, roles);
            let t = cx.t("destruction-approval", &[("roles", roles.into())]);
            blocks.push(para(t));
        }
        if !d.exceptions.is_empty() {
            let t = cx.t0("destruction-exceptions");
            blocks.push(para(t));
            let items = d
                .exceptions
                .iter()
                .map(|e| Rich::text(cx.t0(&format!("{}-case", e.msg()))))
                .collect();
            blocks.push(list(items));
        }
        if d.anonymised_kept {
            let t = cx.t0("destruction-anonymised");
            blocks.push(para(t));
        }
    }
    closure(cx, &mut blocks);
    Some(section(cx, "retention", blocks, &["13(2)(a)", "14(2)(a)"]))
}

/// Who keeps the records when the practice closes, and their deposit in a national archive
/// (issue 16 item 9). Routes and the deposit the law data do not hold are reported by
/// `check` and left out of the page.
fn closure(cx: &mut Ctx, blocks: &mut Vec<Block>) {
    let Some(c) = cx.lp.profile.closure.clone() else {
        return;
    };
    let Some(law) = cx.law.closure_on(cx.lp.profile.effective).cloned() else {
        return;
    };
    let to: Vec<String> = c
        .handover
        .iter()
        .filter(|h| law.allows(**h))
        .map(|h| cx.t0(&h.msg()))
        .collect();
    if !to.is_empty() {
        let to = join_or(cx, to);
        let t = match &law.basis {
            Some(b) => {
                let basis = cx.cite(&b.article, &b.statute);
                cx.t(
                    "closure-handover-cited",
                    &[("to", to.into()), ("basis", basis.into())],
                )
            }
            None => cx.t("closure-handover", &[("to", to.into())]),
        };
        let mut text = t;
        if c.patients_informed {
            text.push(' ');
            text.push_str(&cx.t0("closure-informed"));
            if let Some(p) = c.objection_period {
                let p = cx.period(p);
                text.push(' ');
                text.push_str(&cx.t("closure-objection", &[("period", p.into())]));
            }
        }
        blocks.push(para(text));
    }
    if let (true, Some(a)) = (c.archive_deposit, &law.archive_deposit) {
        let period = cx.period(a.after_death);
        let basis = cx.cite(&a.article, &a.statute);
        let t = cx.t(
            "closure-archive",
            &[("period", period.into()), ("basis", basis.into())],
        );
        blocks.push(para(t));
    }
}

pub(in crate::model) fn deletion(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.deletion_triggers.is_empty() {
        return None;
    }
    let retention = cx.xref("retention");
    let t = cx.t("deletion-lead", &[("retention", retention.into())]);
    // Each label ends with its list punctuation; the list's own order decides it: ";"
    // after every item but the last, "." after the last.
    // The ";" is the language's (French puts a no-break space before it).
    let n = p.deletion_triggers.len();
    let semicolon = cx.sep_list().trim_end().to_string();
    let items = p
        .deletion_triggers
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let label = cx.t0(&d.msg());
            let bare = label
                .trim_end()
                .trim_end_matches([';', '.'])
                .trim_end_matches(|c: char| c.is_whitespace() || NO_BREAK_SPACES.contains(&c));
            let end = if i + 1 == n { "." } else { semicolon.as_str() };
            Rich::text(format!("{bare}{end}"))
        })
        .collect();
    Some(section(cx, "deletion", vec![para(t), list(items)], &[]))
}

pub(in crate::model) fn file_structure(cx: &mut Ctx) -> Option<Section> {
    let f = cx.lp.profile.file_structure.as_ref()?;
    let mut blocks = Vec::new();
    let lead = if f.mixed_media {
        cx.t0("file-structure-mixed")
    } else {
        cx.t0("file-structure-lead")
    };
    blocks.push(para(lead));
    for (i, m) in f.modules.iter().enumerate() {
        let name = cx.lt(&m.name, &format!("file_structure.modules[{i}].name"));
        blocks.push(Block::Subheading {
            text: name,
            number: None,
        });
        let items = m
            .elements
            .iter()
            .enumerate()
            .map(|(j, e)| cx.lt_rich(e, &format!("file_structure.modules[{i}].elements[{j}]")))
            .collect();
        blocks.push(list(items));
    }
    if !f.linkage_keys.is_empty() {
        let keys: Vec<String> = f
            .linkage_keys
            .iter()
            .enumerate()
            .map(|(i, k)| cx.lt(k, &format!("file_structure.linkage_keys[{i}]")))
            .collect();
        let keys = join_and(cx, keys);
        let t = cx.t("file-structure-linkage", &[("keys", keys.into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "file-structure", blocks, &[]))
}

pub(in crate::model) fn security(cx: &mut Ctx) -> Option<Section> {
    let s = cx.lp.profile.security.as_ref()?;
    let mut blocks = Vec::new();
    let lead = cx.t0("security-lead");
    blocks.push(para(lead));
    if !s.measures.is_empty() {
        let items = s
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| Rich::text(cx.term(m, Measure::msg, &format!("security.measures[{i}]"))))
            .collect();
        blocks.push(list(items));
    }
    for st in &s.standards {
        let t = cx.t0(&st.msg());
        blocks.push(para(t));
    }
    if let Some(b) = &s.breach {
        let authority = cx
            .law
            .authority_on(cx.lp.profile.effective)
            .name
            .get(cx.lang)
            .to_string();
        if b.notify_authority {
            let t = cx.t("breach-authority", &[("authority", authority.into())]);
            blocks.push(para(t));
        }
        if b.notify_subjects {
            let t = cx.t0("breach-subjects");
            blocks.push(para(t));
        }
        if b.report_to_dpo {
            let t = cx.t0("breach-report");
            blocks.push(para(t));
        }
        if b.anonymous_reports {
            let t = cx.t0("breach-anonymous");
            blocks.push(para(t));
        }
    }
    Some(section(cx, "security", blocks, &[]))
}
