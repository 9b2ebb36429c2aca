//! The vocabulary terms added for the real statements of the coverage corpus (issue 16;
//! docs/coverage.md), end to end: a Belgian care home that uses every one of them checks clean
//! and builds in all six languages; each page carries the term's wording (the Belgian words in
//! nl-BE and fr-BE); the deletion list is punctuated by its order, whatever the terms' own
//! punctuation; the Dutch labels follow `document.address: informal`.

mod common;

use common::run;

fn profile() -> String {
    common::fixture("vocab", "terms-be.yaml")
}

/// Builds `src` as `id.yaml` and returns the text export of each language, its lines joined
/// (the export wraps them).
fn build(id: &str, src: &str, langs: &[&str]) -> Vec<(String, String)> {
    let dir = common::site(&[(&format!("{id}.yaml"), src)]);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0, "{stderr}\n{stdout}");
    // Only the warnings on the base profile's 30-year row in the languages other than nl-BE
    // and en (the Belgian maximum and the wording lint); nothing on the new terms.
    let findings: Vec<String> = common::findings(&stdout)
        .into_iter()
        .filter(|f| {
            !f.starts_with("lint/be-30-years ")
                && !f.starts_with("lint/be-fr-30-years ")
                && !f.starts_with("page/be-record-without-maximum ")
        })
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    langs
        .iter()
        .map(|l| {
            let txt = std::fs::read_to_string(out.join(id).join(l).join("privacy.txt"))
                .unwrap_or_else(|e| panic!("{l}: {e}"));
            let txt = txt.split_whitespace().collect::<Vec<_>>().join(" ");
            (l.to_string(), txt)
        })
        .collect()
}

#[test]
fn every_new_term_checks_clean_and_is_worded_in_every_language() {
    let pages = build(
        "terms-be",
        &profile(),
        &["nl-BE", "nl", "en", "fr", "fr-BE", "nb"],
    );
    for (lang, txt) in &pages {
        let expect: &[&str] = match lang.as_str() {
            "nl-BE" => &[
                "kandidaat-bewoners",
                "uw elektronische identiteitskaart (eID), die wij elektronisch inlezen",
                "uw ziekenfonds",
                "een controlearts",
                "doorverwijzingen naar andere zorgverstrekkers",
                "een logopediepraktijk",
            ],
            "nl" => &[
                "toekomstige bewoners",
                "die wij elektronisch uitlezen",
                "uw zorgverzekeraar",
                "uw zorgvraag",
                "achter slot en grendel",
            ],
            "en" => &[
                "prospective residents",
                "your electronic identity card (eID)",
                "a physician who assesses your incapacity for work",
                "a speech and language therapy practice",
            ],
            "fr" => &[
                "des proches aidants",
                "un cabinet d'orthophonie",
                "votre assureur santé",
            ],
            "fr-BE" => &[
                "des aidants proches",
                "un cabinet de logopédie",
                "votre mutualité",
                "un médecin-contrôleur",
            ],
            "nb" => &[
                "fremtidige beboere",
                "en helse- og omsorgstjeneste",
                "det elektroniske ID-kortet ditt",
            ],
            _ => unreachable!(),
        };
        for e in expect {
            assert!(txt.contains(e), "{lang}: no {e:?} in:\n{txt}");
        }
    }
}

#[test]
fn the_deletion_list_is_punctuated_by_its_order() {
    // court_order's label ends in "." and consent_withdrawn's in ";": listed before the new
    // term, the first gets ";" and the last ".".
    let pages = build("terms-be", &profile(), &["en", "nl-BE", "nb", "fr"]);
    for (lang, txt) in &pages {
        let (court, withdrawn) = match lang.as_str() {
            "en" => (
                "pursuant to a court decision",
                "only on the basis of your consent",
            ),
            "nl-BE" => (
                "ingevolge een rechterlijke beslissing",
                "alleen op basis van uw toestemming verwerken",
            ),
            "nb" => (
                "etter en rettsavgjørelse",
                "bare behandler på grunnlag av samtykke",
            ),
            _ => (
                "en exécution d'une décision judiciaire",
                "uniquement sur la base de votre consentement",
            ),
        };
        // French puts a (no-break) space before the ";"; the text is read with its white space
        // collapsed.
        let semicolon = if lang == "fr" { " ;" } else { ";" };
        assert!(
            txt.contains(&format!("{court}{semicolon}")),
            "{lang}:\n{txt}"
        );
        assert!(txt.contains(&format!("{withdrawn}.")), "{lang}:\n{txt}");
        assert!(!txt.contains(&format!("{court}.")), "{lang}:\n{txt}");
        assert!(
            !txt.contains(&format!("{withdrawn}{semicolon}")),
            "{lang}:\n{txt}"
        );
        assert!(!txt.contains(&format!("{withdrawn} .")), "{lang}:\n{txt}");
    }
}

#[test]
fn the_dutch_labels_follow_the_informal_register() {
    let src = profile()
        .replace(
            "languages: [nl-BE, nl, en, fr, fr-BE, nb]",
            "languages: [nl, nl-BE]",
        )
        .replace(
            "document:\n  change_notice",
            "document:\n  address: informal\n  change_notice",
        );
    let pages = build("terms-be", &src, &["nl", "nl-BE"]);
    for (lang, txt) in &pages {
        for e in [
            "je zorgvraag",
            "het verloop van je behandeling",
            "wat je ons schrijft in een bericht of formulier",
            "je elektronische identiteitskaart",
            "wanneer je je toestemming intrekt",
        ] {
            assert!(txt.contains(e), "{lang}: no {e:?} in:\n{txt}");
        }
        for f in [
            "uw zorgvraag",
            "uw elektronische",
            "wanneer u uw toestemming",
        ] {
            assert!(!txt.contains(f), "{lang}: {f:?} in:\n{txt}");
        }
    }
}
