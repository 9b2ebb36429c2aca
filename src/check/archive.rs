//! Family (b) and (a), retention beyond periods (issue 16 item 9): who keeps the records when
//! the practice closes (`closure.handover` against the law data `record_closure`), the deposit
//! in a national archive (`closure.archive_deposit`), and a retention row for the data a
//! website collects. The criterion that replaces a statutory minimum is judged with the other
//! retention rules in [`super::national`].

use super::engine::Checker;
use crate::load::text::Term;
use crate::load::vocab::{CookieCategory, Record};

pub fn run(cx: &mut Checker) {
    closure(cx);
    website(cx);
}

fn closure(cx: &mut Checker) {
    let Some(c) = cx.p.closure.clone() else {
        return;
    };
    let country = cx.j().code().to_string();
    let law = cx.law.closure_on(cx.p.effective).cloned();
    let allowed = law.as_ref().map_or_else(
        || "none in the law data".to_string(),
        |l| {
            l.handover
                .iter()
                .map(|h| format!("`{}`", h.key()))
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    for (i, h) in c.handover.iter().enumerate() {
        if law.as_ref().is_none_or(|l| !l.allows(*h)) {
            cx.fire(
                "law/closure-handover-not-in-law",
                &format!("closure.handover[{i}]"),
                &[
                    ("handover", h.key().to_string()),
                    ("country", country.clone()),
                    ("allowed", allowed.clone()),
                ],
            );
        }
    }
    if c.objection_period.is_some() && !c.patients_informed {
        cx.fire(
            "consistency/closure-objection-uninformed",
            "closure.objection_period",
            &[],
        );
    }
    if c.archive_deposit && law.as_ref().is_none_or(|l| l.archive_deposit.is_none()) {
        cx.fire(
            "law/closure-archive-not-in-law",
            "closure.archive_deposit",
            &[("country", country)],
        );
    }
}

/// Records that hold what a website collects.
const WEBSITE: [Record; 3] = [
    Record::WebsiteLogs,
    Record::WebForms,
    Record::WebsiteStatistics,
];

fn website(cx: &mut Checker) {
    let Some(cookies) = &cx.p.cookies else {
        return;
    };
    let measures = cookies
        .categories
        .iter()
        .copied()
        .chain(cookies.list.iter().map(|c| c.category))
        .any(|c| c != CookieCategory::Functional);
    let has_row =
        cx.p.retention
            .iter()
            .any(|r| matches!(r.record, Term::Known(rec) if WEBSITE.contains(&rec)));
    if measures && !has_row && !cx.p.retention.is_empty() {
        cx.fire("gdpr/art13-2a-website-retention", "cookies", &[]);
    }
}

#[cfg(test)]
mod tests {
    use super::WEBSITE;
    use crate::load::vocab::Record;

    #[test]
    fn website_records_are_their_own_terms() {
        for r in WEBSITE {
            assert!(r.key().starts_with("web"), "{}", r.key());
        }
        assert!(!WEBSITE.contains(&Record::Account));
    }
}
