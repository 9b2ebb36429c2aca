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
    use crate::law::Law;
    use crate::load::{parse_profile, LoadedProfile};

    /// The codes of this module's rules (and the criterion rule) that `check` reports for a
    /// small profile of `jurisdiction` with `retention` rows and `extra` keys.
    fn codes(jurisdiction: &str, retention: &str, extra: &str) -> Vec<String> {
        let src = format!(
            "jurisdiction: {jurisdiction}\nlanguages: [en]\nversion: \"1\"\neffective: 2026-01-01\n\
             controller: {{name: X, email: x@x.example}}\ndata: []\n\
             purposes: [{{id: care, basis: {{art6: contract}}}}]\n\
             retention: [{retention}]\n{extra}"
        );
        let p = parse_profile(&src).unwrap();
        let lp = LoadedProfile::new("t".into(), "t.yaml".into(), src, p);
        let law = Law::load().unwrap();
        crate::check::profile(&lp, law.get(lp.profile.jurisdiction), &[])
            .into_iter()
            .map(|d| d.code)
            .filter(|c| {
                c.contains("closure")
                    || c.contains("website-retention")
                    || c == "law/retention-criterion-for-minimum"
            })
            .collect()
    }

    const MARKETING: &str = "{record: marketing, criterion: until_unsubscribe}";

    #[test]
    fn a_criterion_cannot_stand_in_for_a_statutory_period() {
        let nl = "{record: medical_record, criterion: until_treatment_ends, statute: wgbo}";
        assert_eq!(codes("NL", nl, ""), ["law/retention-criterion-for-minimum"]);
        let be = "{record: medical_record, criterion: {en: Until you ask.}}";
        assert_eq!(codes("BE", be, ""), ["law/retention-criterion-for-minimum"]);
        // Norway sets a purpose test for the journal: the criterion is the right answer.
        let no = "{record: patient_journal, criterion: care_need, statute: pasientjournalloven}";
        assert!(codes("NO", no, "").is_empty());
        // Data without a statutory period may have a criterion.
        assert!(codes("NL", MARKETING, "").is_empty());
    }

    #[test]
    fn the_keeper_after_closure_is_one_the_law_data_allow() {
        let ok = "closure: {handover: [successor, chosen_provider, former_holder]}\n";
        assert!(codes("NL", MARKETING, ok).is_empty());
        let c = codes("NL", MARKETING, "closure: {handover: [national_scheme]}\n");
        assert_eq!(c, ["law/closure-handover-not-in-law"]);
        // Norway: a business that closes cannot keep the records itself (pjf § 17).
        let c = codes(
            "NO",
            MARKETING,
            "closure: {handover: [successor, former_holder]}\n",
        );
        assert_eq!(c, ["law/closure-handover-not-in-law"]);
        let c = codes(
            "NO",
            MARKETING,
            "closure: {handover: [national_scheme], archive_deposit: true}\n",
        );
        assert!(c.is_empty(), "{c:?}");
        let c = codes(
            "BE",
            MARKETING,
            "closure: {handover: [colleague], archive_deposit: true}\n",
        );
        assert_eq!(c, ["law/closure-archive-not-in-law"]);
        let c = codes(
            "BE",
            MARKETING,
            "closure: {handover: [colleague], objection_period: 4 weeks}\n",
        );
        assert_eq!(c, ["consistency/closure-objection-uninformed"]);
    }

    #[test]
    fn website_data_need_a_row_when_the_site_measures_its_visitors() {
        let stats = "cookies: {categories: [functional, statistics], consent: banner}\n";
        assert_eq!(
            codes("NL", MARKETING, stats),
            ["gdpr/art13-2a-website-retention"]
        );
        let rows = format!("{MARKETING}, {{record: website_statistics, criterion: session}}");
        assert!(codes("NL", &rows, stats).is_empty());
        let functional = "cookies: {categories: [functional], consent: banner}\n";
        assert!(codes("NL", MARKETING, functional).is_empty());
    }
}
