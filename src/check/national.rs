//! Family (b): national rules, judged by the law data (`src/law/{nl,no,be}.yaml`) in force
//! on the profile's `effective` date: statutory retention (minimum, start event, maximum,
//! records the law requires), camera footage against the national limit, statutes not in
//! force, the national consent age for information-society services, and the patient-law
//! access deadline. Rule ids start with the jurisdiction (`nl/retention-minimum`); the
//! citation of the law data is put before the rule's own.

use super::engine::Checker;
use crate::law::RetentionRule;
use crate::load::profile::{Profile, Qualifier};
use crate::load::text::{Lang, Period, Term};
use crate::load::vocab::*;

pub fn run(cx: &mut Checker) {
    effective_date(cx);
    statutes(cx);
    retention(cx);
    record_missing(cx);
    cameras(cx);
    child_age(cx);
    access_deadline(cx);
}

/// Every statute id the profile cites, with its field path.
pub fn statute_refs(p: &Profile) -> Vec<(String, &str)> {
    let mut refs: Vec<(String, &str)> = Vec::new();
    for (i, s) in p.document.legal_framework.iter().enumerate() {
        refs.push((format!("document.legal_framework[{i}]"), s));
    }
    for (i, pu) in p.purposes.iter().enumerate() {
        for (j, s) in pu.national().iter().enumerate() {
            refs.push((format!("purposes[{i}].basis.national[{j}]"), s));
        }
    }
    for (i, r) in p.retention.iter().enumerate() {
        if let Some(s) = &r.statute {
            refs.push((format!("retention[{i}].statute"), s));
        }
    }
    if let Some(pr) = &p.patient_record {
        for (i, s) in pr.statutes.iter().enumerate() {
            refs.push((format!("patient_record.statutes[{i}]"), s));
        }
    }
    for (i, m) in p.controller.mandataries.iter().enumerate() {
        if let Some(s) = &m.statute {
            refs.push((format!("controller.mandataries[{i}].statute"), s));
        }
    }
    if let Some(s) = p.security_officer.as_ref().and_then(|s| s.statute.as_ref()) {
        refs.push(("security_officer.statute".into(), s));
    }
    refs
}

/// The id of national rule `rule` in the profile's jurisdiction (`nl/retention-minimum`):
/// the jurisdiction's own catalogue entry, or the generic `national/<rule>` entry for a
/// jurisdiction that has none (one added as law data), which the catalogue serves under
/// that id.
fn jid(cx: &Checker, rule: &str) -> String {
    format!("{}/{rule}", cx.j().code().to_ascii_lowercase())
}

fn effective_date(cx: &mut Checker) {
    let Some(first) = cx.law.authority.iter().map(|a| a.valid_from).min() else {
        return;
    };
    if cx.p.effective < first {
        cx.fire(
            "law/effective-date",
            "effective",
            &[("effective", cx.p.effective.iso()), ("from", first.iso())],
        );
    }
}

fn statutes(cx: &mut Checker) {
    let date = cx.p.effective;
    for (field, id) in statute_refs(cx.p) {
        let Some(s) = cx.law.statute(id) else {
            continue; // unknown ids are reported by `profile/unknown-statute`
        };
        if !cx.law.statute_in_force(id, date) {
            let when = match (s.valid_from, s.valid_until) {
                (Some(f), _) if date < f => format!("in force from {}", f.iso()),
                (_, Some(u)) => format!("repealed after {}", u.iso()),
                _ => "not in force".to_string(),
            };
            cx.fire(
                "law/statute-not-in-force",
                &field,
                &[
                    ("statute", id.to_string()),
                    ("name", s.name.get(Lang::En).to_string()),
                    ("when", when),
                    ("effective", date.iso()),
                    (
                        "law_citation",
                        crate::law::cite::english_official(cx.law, id),
                    ),
                ],
            );
        }
    }
}

fn shown(p: Period) -> String {
    if p.is_range() {
        format!("{}-{} {}", p.min, p.max, p.unit.key())
    } else {
        format!("{} {}", p.min, p.unit.key())
    }
}

fn law_args(cx: &Checker, rule: &RetentionRule) -> Vec<(&'static str, String)> {
    let statute = cx
        .law
        .statute(&rule.statute)
        .map(|s| {
            s.short
                .as_ref()
                .map(|n| n.get(Lang::En).to_string())
                .unwrap_or_else(|| s.name.get(Lang::En).to_string())
        })
        .unwrap_or_else(|| rule.statute.clone());
    vec![
        ("record", rule.record.key().to_string()),
        ("law_period", shown(rule.period)),
        ("law_from", rule.from.key().to_string()),
        ("statute", statute.clone()),
        (
            "article",
            crate::law::cite::english_cites(cx.law, &rule.article, &rule.statute),
        ),
        (
            "law_citation",
            crate::law::cite::english_cites(cx.law, &rule.article, &rule.statute),
        ),
    ]
}

fn retention(cx: &mut Checker) {
    let date = cx.p.effective;
    for (i, r) in cx.p.retention.iter().enumerate() {
        let Term::Known(record) = r.record else {
            continue;
        };
        let Some(rule) = cx.law.retention_rule(record, date).cloned() else {
            continue;
        };
        let mut args = law_args(cx, &rule);
        let field = format!("retention[{i}]");
        // The statute cited for the period is not the one the law data take it from.
        if let Some(given) = r.statute.as_deref() {
            if given != rule.statute
                && !rule.also.iter().any(|a| a == given)
                && cx.law.statute(given).is_some()
            {
                let mut a = args.clone();
                a.push(("given", given.to_string()));
                a.push(("statute_id", rule.statute.clone()));
                cx.fire("law/retention-statute", &format!("{field}.statute"), &a);
            }
        }
        match r.period {
            // Where the law sets a purpose test and the period is only guidance (NO: Normen),
            // a criterion is the right answer; the guidance is shown beside it (review-nb M2).
            None if rule.guidance.is_some() && r.criterion.is_some() => {}
            // A criterion in place of the statutory period: the law allows criteria only
            // where no period can be given (Art. 13(2)(a)); this one can (issue 16 item 9).
            None if r.criterion.is_some() => {
                cx.fire(
                    "law/retention-criterion-for-minimum",
                    &format!("{field}.criterion"),
                    &args,
                );
            }
            None => {
                args.push(("period", "without a period".into()));
                cx.fire(
                    &jid(cx, "retention-minimum"),
                    &format!("{field}.record"),
                    &args,
                );
            }
            Some(p) => {
                args.push(("period", format!("for {}", shown(p))));
                let short = p.min_days() + 0.5 < rule.period.min_days()
                    || (r.qualifier == Qualifier::AtMost
                        && p.max_days() + 0.5 < rule.period.min_days());
                // A statutory minimum written as a maximum ("ten hoogste 7 jaar", art. 52 lid 4
                // AWR) inverts the law, whatever the number (review-nl item 5).
                if rule.qualifier == Qualifier::AtLeast && r.qualifier == Qualifier::AtMost {
                    cx.fire(
                        "law/retention-at-most-minimum",
                        &format!("{field}.qualifier"),
                        &args,
                    );
                }
                if rule.qualifier == Qualifier::AtLeast && short {
                    cx.fire(
                        &jid(cx, "retention-minimum"),
                        &format!("{field}.period"),
                        &args,
                    );
                }
                if let Some(max) = rule.max {
                    if p.max_days() > max.max_days() + 0.5 {
                        args.push(("law_max", shown(max)));
                        cx.fire(
                            &jid(cx, "retention-maximum"),
                            &format!("{field}.period"),
                            &args,
                        );
                        args.pop();
                    }
                }
                // Start events are verified for the clinical record only (research §2.6).
                if group(record) == 1 && r.from != Some(rule.from) {
                    let from = r
                        .from
                        .map_or("no start event".to_string(), |f| format!("`{}`", f.key()));
                    args.push(("from", from));
                    let at = if r.from.is_some() { "from" } else { "period" };
                    cx.fire(&jid(cx, "retention-start"), &format!("{field}.{at}"), &args);
                }
            }
        }
    }
}

/// Records that count as the same kind for "is it in the table at all".
fn group(r: Record) -> u8 {
    match r {
        Record::MedicalRecord | Record::PatientJournal | Record::NursingRecord => 1,
        Record::Financial | Record::Billing | Record::Accounting => 2,
        _ => 0,
    }
}

fn record_missing(cx: &mut Checker) {
    let date = cx.p.effective;
    let money =
        cx.p.data
            .iter()
            .any(|d| matches!(d.category, Term::Known(Category::Financial)))
            || cx.p.purposes.iter().any(|pu| {
                matches!(
                    pu.id,
                    Term::Known(PurposeId::Billing | PurposeId::Bookkeeping)
                )
            });
    let mut seen = Vec::new();
    for lr in &cx.law.retention {
        let g = group(lr.record);
        if g == 0 || seen.contains(&g) {
            continue;
        }
        let Some(rule) = cx.law.retention_rule(lr.record, date).cloned() else {
            continue;
        };
        seen.push(g);
        let needed = match g {
            1 => cx.health(),
            _ => money,
        };
        let present =
            cx.p.retention
                .iter()
                .any(|r| matches!(r.record, Term::Known(x) if group(x) == g));
        if needed && !present {
            let args = law_args(cx, &rule);
            cx.fire(&jid(cx, "retention-record-missing"), "retention", &args);
        }
    }
}

fn cameras(cx: &mut Checker) {
    let Some(c) = &cx.p.cameras else { return };
    if !c.stored {
        return;
    }
    let mut periods: Vec<(String, Period)> = Vec::new();
    if let Some(p) = c.retention {
        periods.push(("cameras.retention".into(), p));
    }
    for (i, r) in cx.p.retention.iter().enumerate() {
        if let (Term::Known(Record::CameraFootage), Some(p)) = (&r.record, r.period) {
            periods.push((format!("retention[{i}].period"), p));
        }
    }
    let limit = cx.law.camera_retention.clone();
    for (field, p) in periods {
        if p.max_days() > limit.max.max_days() + 0.5 {
            cx.fire(
                &jid(cx, "camera-retention"),
                &field,
                &[
                    ("period", shown(p)),
                    ("limit", shown(limit.max)),
                    ("source", limit.source.get(Lang::En).to_string()),
                    ("law_citation", limit.source.get(Lang::En).to_string()),
                ],
            );
        }
    }
}

fn child_age(cx: &mut Checker) {
    let Some(m) = &cx.p.minors else { return };
    let Some(law) = cx.law.digital_consent_age.clone() else {
        return;
    };
    if m.age != law.age {
        let citation = crate::law::cite::english_cites(cx.law, &law.article, &law.statute);
        cx.fire(
            &jid(cx, "child-consent-age"),
            "minors.age",
            &[
                ("age", m.age.to_string()),
                ("law_age", law.age.to_string()),
                ("law_citation", citation),
            ],
        );
    }
}

fn access_deadline(cx: &mut Checker) {
    let (Some(own), Some(law)) = (cx.p.rights.deadline, cx.law.patient_access.deadline) else {
        return;
    };
    if own.max_days() > law.max_days() + 0.5 {
        cx.fire(
            "law/patient-access-deadline",
            "rights.deadline",
            &[
                ("deadline", shown(own)),
                ("law_deadline", shown(law)),
                (
                    "law_citation",
                    crate::law::cite::english_cites(
                        cx.law,
                        &cx.law.patient_access.article,
                        &cx.law.patient_access.statute,
                    ),
                ),
            ],
        );
    }
}
