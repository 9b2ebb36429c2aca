//! Retention beyond periods and sections with a validity window (issue 16, items 9 and 11),
//! end to end: the fixture clinics of `tests/fixtures/retention/` are checked and built by the
//! binary; the retention section of their plain-text exports is a snapshot in every language
//! each publishes (criteria as sentences, website rows, who keeps the records after closure,
//! Norsk helsearkiv); entries outside their window are missing from every page and reported;
//! the mistakes fixtures are reported at file, line and field; an unknown term is located.
//! Also the informal register (issue 16 item 10): the same clinic with `document.address:
//! informal` says "je" (every profile and every text export: tests/informal.rs).

mod common;

use std::path::Path;

fn fixture(name: &str) -> String {
    common::fixture("retention", name)
}

use common::run;

const CLINICS: [(&str, &[&str]); 3] = [
    ("kade-nl", &["nl", "nl-BE", "en", "nb"]),
    ("kade-be", &["nl-BE", "en"]),
    ("kade-no", &["nb", "en"]),
];

/// The text export of the retention section: from its heading to the next heading.
fn retention_section(txt: &str, lang: &str) -> String {
    let from = match lang {
        "nl" | "nl-BE" => "Hoe lang bewaren wij uw gegevens?",
        "nb" => "Hvor lenge lagrer vi opplysningene dine?",
        _ => "How long do we keep your data?",
    };
    let lines: Vec<&str> = txt.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == from)
        .unwrap_or_else(|| panic!("no heading {from:?} in:\n{txt}"));
    // A heading is underlined ("-----"); the next one ends the section.
    let end = (start + 2..lines.len().saturating_sub(1))
        .find(|&i| lines[i + 1].starts_with("---") && !lines[i].trim().is_empty())
        .unwrap_or(lines.len());
    lines[start..end].join("\n")
}

#[test]
fn the_fixture_clinics_check_and_build_in_every_language() {
    let files: Vec<(String, String)> = CLINICS
        .iter()
        .map(|(id, _)| (format!("{id}.yaml"), fixture(&format!("{id}.yaml"))))
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = common::site(&refs);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0, "{stderr}\n{stdout}");
    // The two entries outside their window, and nothing else.
    assert_eq!(
        common::findings(&stdout),
        [
            "window/expired content/kade-nl.yaml:33 purposes[2].valid_until info",
            "window/not-yet-valid content/kade-nl.yaml:43 processors[1].valid_from warning",
        ]
    );
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    // The page self-review (src/law/page-rules.yaml) finds nothing on any page either.
    assert!(!stderr.contains("[page/"), "{stderr}");
    for (id, langs) in CLINICS {
        for lang in langs {
            let dir = out.join(id).join(lang);
            let txt = std::fs::read_to_string(dir.join("privacy.txt"))
                .unwrap_or_else(|e| panic!("{id}/{lang}: {e}"));
            let part = retention_section(&txt, lang);
            assert!(
                !part.contains("{ $"),
                "{id}/{lang}: a placeable left: {part}"
            );
            insta::assert_snapshot!(format!("retention-{id}-{lang}"), part);
            // Entries outside their window are on no page: not the booking system from June.
            for page in ["index.html", "privacy.txt", "privacy.md"] {
                let text = std::fs::read_to_string(dir.join(page)).unwrap();
                assert!(!text.contains("AfspraakNu"), "{id}/{lang}/{page}");
            }
        }
    }
    let nl = std::fs::read_to_string(out.join("kade-nl/nl/privacy.txt")).unwrap();
    assert!(nl.contains("Praktijkdata B.V."));
    // Register (issue 16 item 10): the practitioner with her number, the site with its kind.
    assert!(
        nl.contains("J. van der Kade, BIG-nummer 19012345601"),
        "{nl}"
    );
    let be = std::fs::read_to_string(out.join("kade-be/nl-BE/privacy.txt")).unwrap();
    assert!(
        be.contains("Dagverzorging De Kaai, een dagverzorgingscentrum, Kaai 4"),
        "{be}"
    );
    assert!(
        be.contains("L. Kaaiman, RIZIV-nummer 5-12345-67-890"),
        "{be}"
    );
    let be_en = std::fs::read_to_string(out.join("kade-be/en/privacy.txt")).unwrap();
    assert!(
        be_en.contains("L. Kaaiman, RIZIV/INAMI number 5-12345-67-890"),
        "{be_en}"
    );
    // The Belgian reglement carries the closure sentence too.
    let reglement =
        std::fs::read_to_string(out.join("kade-be/nl-BE/reglement/index.html")).unwrap();
    assert!(
        reglement.contains("collega met dezelfde bevoegdheid"),
        "{reglement}"
    );
}

#[test]
fn an_expired_purpose_is_on_no_page_and_returns_when_the_window_covers_effective() {
    let src = fixture("kade-nl.yaml");
    let dir = common::site(&[("kade-nl.yaml", &src)]);
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let quality = |out: &Path| {
        let txt = std::fs::read_to_string(out.join("kade-nl/en/privacy.txt")).unwrap();
        txt.to_lowercase().contains("quality of care")
    };
    assert!(!quality(&out), "the expired quality purpose is on the page");
    let src = src.replace("valid_until: 2025-12-31", "valid_until: 2026-12-31");
    let dir = common::site(&[("kade-nl.yaml", &src)]);
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        quality(&out),
        "the quality purpose in force is not on the page"
    );
}

#[test]
fn each_mistake_is_reported_at_its_field() {
    let names = ["mistakes-nl.yaml", "mistakes-no.yaml"];
    let files: Vec<(&str, String)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let dir = common::site(&refs);
    let (code, stdout, _) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1, "a criterion for a statutory period is an error");
    let found = common::findings(&stdout);
    let want = [
        "window/inverted content/mistakes-nl.yaml:30 purposes[1].valid_until error",
        "gdpr/art13-2a-website-retention content/mistakes-nl.yaml:39 cookies info",
        "law/retention-criterion-for-minimum content/mistakes-nl.yaml:43 retention[0].criterion error",
        "law/closure-handover-not-in-law content/mistakes-nl.yaml:46 closure.handover[1] warning",
        "consistency/closure-objection-uninformed content/mistakes-nl.yaml:47 closure.objection_period warning",
        "law/closure-archive-not-in-law content/mistakes-nl.yaml:48 closure.archive_deposit warning",
        "law/retention-criterion-for-minimum content/mistakes-no.yaml:35 retention[1].criterion error",
        "law/closure-handover-not-in-law content/mistakes-no.yaml:37 closure.handover[0] warning",
    ];
    for w in want {
        assert!(
            found.iter().any(|f| f == w),
            "missing {w}\nfound:\n{found:#?}"
        );
    }
    assert_eq!(found.len(), want.len(), "{found:#?}");
}

#[test]
fn an_unknown_term_in_a_new_field_is_located() {
    let src = fixture("kade-nl.yaml")
        .replace(
            "criterion: until_unsubscribe",
            "criterion: until_unsubscribed",
        )
        .replace("handover: [successor,", "handover: [heirs,");
    let dir = common::site(&[("clinic.yaml", &src)]);
    let (code, stdout, _) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let d = v["diagnostics"].as_array().unwrap();
    let at = |field: &str| {
        d.iter()
            .find(|x| x["field"] == field)
            .unwrap_or_else(|| panic!("no diagnostic at {field}: {d:#?}"))
            .clone()
    };
    let criterion = at("retention[2].criterion");
    assert_eq!(criterion["file"], "content/clinic.yaml");
    assert_eq!(criterion["line"], 54);
    assert!(
        criterion["message"]
            .as_str()
            .unwrap()
            .contains("until_unsubscribed"),
        "{criterion:#}"
    );
    let handover = at("closure.handover[0]");
    assert_eq!(handover["line"], 64);
}

/// The text export from `from` (a heading) to `to` (a later heading).
fn between(txt: &str, from: &str, to: &str) -> String {
    let start = txt
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in:\n{txt}"));
    let end = txt[start..].find(to).map_or(txt.len(), |e| start + e);
    txt[start..end].to_string()
}

#[test]
fn the_informal_register_says_je_in_the_converted_sentences() {
    let src = fixture("kade-nl.yaml").replace(
        "document:\n  change_notice: [email, website]",
        "document:\n  address: informal\n  change_notice: [email, website]",
    );
    let dir = common::site(&[("kade-nl.yaml", &src)]);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0, "{stderr}\n{stdout}");
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("[page/"), "{stderr}");
    let formal = regex::Regex::new(r"\b([Uu]w?|[Uu] )\b").unwrap();
    for lang in ["nl", "nl-BE"] {
        let txt =
            std::fs::read_to_string(out.join("kade-nl").join(lang).join("privacy.txt")).unwrap();
        let part = between(
            &txt,
            "Hoe lang bewaren wij je gegevens?",
            "Wijzigingen en versies",
        );
        insta::assert_snapshot!(format!("informal-kade-nl-{lang}"), part);
        // The converted sentences: the requests section says "je" throughout.
        let requests = between(&txt, "Hoe dien je een verzoek in", "Klachten\n");
        assert!(!formal.is_match(&requests), "{lang}: {requests}");
    }
    // English and Norwegian have one form: the page is the same as the formal one.
    let formal_dir = common::site(&[("kade-nl.yaml", &fixture("kade-nl.yaml"))]);
    let formal_out = formal_dir.path().join("out");
    let (code, _, _) = run(
        formal_dir.path(),
        &["build", "--out", formal_out.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    for lang in ["en", "nb"] {
        let a =
            std::fs::read_to_string(out.join("kade-nl").join(lang).join("privacy.txt")).unwrap();
        let b = std::fs::read_to_string(formal_out.join("kade-nl").join(lang).join("privacy.txt"))
            .unwrap();
        assert_eq!(a, b, "{lang}");
    }
}
