//! Family (c), sections with a validity window (issue 16 item 11): every entry whose
//! `valid_from` / `valid_until` does not include the profile's `effective` date is left out
//! of the pages (src/load/window.rs), and reported here at the date that excludes it. A
//! window that ends before it begins is an error. The build date plays no part: a statement
//! speaks as of its `effective` date.

use super::engine::Checker;
use crate::load::window::{entries, standing, Standing};

pub fn run(cx: &mut Checker) {
    // The profile as written (`cx.p` has the entries outside their window left out), with
    // its own positions: the renumbering of the in-force profile does not apply here.
    let p = &cx.lp.profile;
    let date = p.effective;
    let effective = date.to_string();
    let renumber = std::mem::take(&mut cx.renumber);
    for w in entries(p) {
        if let (Some(f), Some(u)) = (w.from, w.until) {
            if f > u {
                cx.fire(
                    "window/inverted",
                    &format!("{}.valid_until", w.field),
                    &[
                        ("field", w.field.clone()),
                        ("from", f.to_string()),
                        ("until", u.to_string()),
                    ],
                );
                continue;
            }
        }
        match standing(w.from, w.until, date) {
            Standing::InForce => {}
            Standing::Expired => cx.fire(
                "window/expired",
                &format!("{}.valid_until", w.field),
                &[
                    ("field", w.field.clone()),
                    ("until", w.until.map(|u| u.to_string()).unwrap_or_default()),
                    ("effective", effective.clone()),
                ],
            ),
            Standing::NotYet => cx.fire(
                "window/not-yet-valid",
                &format!("{}.valid_from", w.field),
                &[
                    ("field", w.field.clone()),
                    ("from", w.from.map(|f| f.to_string()).unwrap_or_default()),
                    ("effective", effective.clone()),
                ],
            ),
        }
    }
    cx.renumber = renumber;
}

#[cfg(test)]
mod tests {

    /// The window findings for a profile effective on 2026-03-01 with `extra` keys, as
    /// (code, field).
    fn findings(extra: &str) -> Vec<(String, String)> {
        let src = format!(
            "jurisdiction: NL\nlanguages: [en]\nversion: \"1\"\neffective: 2026-03-01\n\
             controller: {{name: X, email: x@x.example}}\ndata: []\n\
             retention: [{{record: marketing, period: 1 years}}]\n{extra}"
        );
        crate::check::check_source(src)
            .into_iter()
            .filter(|d| d.code.starts_with("window/"))
            .map(|d| (d.code, d.field.unwrap_or_default()))
            .collect()
    }

    fn pair(code: &str, field: &str) -> (String, String) {
        (code.to_string(), field.to_string())
    }

    #[test]
    fn each_entry_outside_its_window_is_reported_at_the_date_that_excludes_it() {
        let f = findings(
            "purposes:\n\
             - {id: care, basis: {art6: contract}, valid_from: 2026-03-01}\n\
             - {id: research, basis: {art6: consent}, valid_until: 2026-02-28}\n\
             - {id: quality, basis: {art6: legal_obligation}, valid_from: 2026-03-02}\n\
             - {id: billing, basis: {art6: contract}, valid_from: 2026-05-01, valid_until: 2026-04-01}\n",
        );
        assert_eq!(
            f,
            [
                pair("window/expired", "purposes[1].valid_until"),
                pair("window/not-yet-valid", "purposes[2].valid_from"),
                pair("window/inverted", "purposes[3].valid_until"),
            ]
        );
    }

    #[test]
    fn windows_on_cameras_research_and_transfers_are_judged_too() {
        let f = findings(
            "purposes: [{id: care, basis: {art6: contract}}]\n\
             research: {pseudonymised: true, valid_until: 2025-12-31}\n\
             transfers: {outside_eea: true, list: [{recipient: Y, country: US, mechanism: adequacy, valid_from: 2027-01-01}]}\n",
        );
        assert_eq!(
            f,
            [
                pair("window/not-yet-valid", "transfers.list[0].valid_from"),
                pair("window/expired", "research.valid_until"),
            ]
        );
    }
}

#[cfg(test)]
mod in_force_tests {
    use crate::law::Law;
    use crate::load::{parse_profile, LoadedProfile};

    #[test]
    fn the_rules_judge_the_entries_in_force_and_report_at_the_file_position() {
        let src = "jurisdiction: NL\nlanguages: [en]\nversion: \"1\"\neffective: 2026-03-01\n\
             controller: {name: X, visiting_address: {street: Laan 1, postcode: 1234 AB, city: Utrecht}}\ndata: []\n\
             retention: [{record: marketing, period: 1 years}]\n\
             purposes:\n\
             - {id: care, basis: {art6: contract}}\n\
             - {id: marketing, basis: {art6: consent}, valid_until: 2026-02-28}\n\
             - {id: contact, basis: {art6: legitimate_interest}}\n"
            .to_string();
        let law = Law::load().unwrap();
        let run = |src: &str| {
            let p = parse_profile(src).unwrap();
            let lp = LoadedProfile::new("t".into(), "t.yaml".into(), src.to_string(), p);
            crate::check::profile(&lp, law.get(lp.profile.jurisdiction), &[])
        };
        // In force, the consent purpose needs a withdrawal route the profile lacks.
        let current = run(&src.replace(", valid_until: 2026-02-28", ""));
        assert!(current.iter().any(|x| x.code.starts_with("gdpr/art7-3")));
        let d = run(&src);
        let found: Vec<(String, String)> = d
            .iter()
            .map(|x| (x.code.clone(), x.field.clone().unwrap_or_default()))
            .collect();
        // The expired consent purpose asks for no withdrawal route.
        assert!(
            !found.iter().any(|(c, _)| c.starts_with("gdpr/art7-3")),
            "{found:#?}"
        );
        // The purpose after it is reported where it is in the file.
        let interest = found
            .iter()
            .find(|(c, _)| c == "gdpr/art13-1d-interest")
            .unwrap_or_else(|| panic!("{found:#?}"));
        assert!(interest.1.starts_with("purposes[2]"), "{interest:?}");
        let line = d
            .iter()
            .find(|x| x.code == "gdpr/art13-1d-interest")
            .and_then(|x| x.line);
        assert_eq!(line, Some(11));
    }
}
