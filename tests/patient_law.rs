//! The patient law's rules on destroying the record and on representation (issue 16, items
//! 1 and 5), end to end: the fixture clinics of `tests/fixtures/patient-law/` are checked and
//! built by the binary; the rights, representation and requests sections of their plain-text
//! exports are snapshots in every language each publishes; the mistakes fixtures are reported
//! at file, line and field; an unknown term in a new field is a load error with its position.

mod common;

fn fixture(name: &str) -> String {
    common::fixture("patient-law", name)
}

use common::run;

const CLINICS: [(&str, &[&str]); 3] = [
    ("linde-nl", &["nl", "nl-BE", "en", "nb"]),
    ("linde-be", &["nl-BE", "en"]),
    ("linde-no", &["nb", "en"]),
];

/// The text export from the rights heading up to the complaints heading.
fn rights_to_complaints(txt: &str, lang: &str) -> String {
    let (from, to) = match lang {
        "nl" | "nl-BE" => ("Uw rechten", "Klachten"),
        "nb" => ("Dine rettigheter", "Klager"),
        _ => ("Your rights", "Complaints"),
    };
    let lines: Vec<&str> = txt.lines().collect();
    let start = lines
        .iter()
        .position(|l| {
            l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ') == from
        })
        .unwrap_or_else(|| panic!("no heading {from:?} in:\n{txt}"));
    let end = lines[start..]
        .iter()
        .position(|l| {
            l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ') == to
        })
        .map_or(lines.len(), |e| start + e);
    lines[start..end].join("\n")
}

#[test]
fn the_fixture_clinics_check_clean_and_build_in_every_language() {
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
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(code, 0, "{stderr}\n{v:#}");
    let out = dir.path().join("out");
    let (code, _, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    // The page self-review (src/law/page-rules.yaml) finds nothing on any page either.
    assert!(!stderr.contains("warning["), "{stderr}");
    // The reglement and the notice of the Belgian clinic carry the section too.
    let reglement =
        std::fs::read_to_string(out.join("linde-be/nl-BE/reglement/index.html")).unwrap();
    assert!(reglement.contains("Minderjarigen, vertegenwoordigers en overleden patiënten"));
    for (id, langs) in CLINICS {
        for lang in langs {
            let txt = std::fs::read_to_string(out.join(id).join(lang).join("privacy.txt"))
                .unwrap_or_else(|e| panic!("{id}/{lang}: {e}"));
            let part = rights_to_complaints(&txt, lang);
            assert!(
                !part.contains("{ $"),
                "{id}/{lang}: a placeable left: {part}"
            );
            insta::assert_snapshot!(format!("patient-law-{id}-{lang}"), part);
        }
    }
}

#[test]
fn each_mistake_is_reported_at_its_field() {
    let names = ["mistakes-nl.yaml", "mistakes-be.yaml", "mistakes-no.yaml"];
    let files: Vec<(&str, String)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let dir = common::site(&refs);
    let (code, stdout, _) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1, "the destruction deadline is an error");
    let found = common::findings(&stdout);
    let want = [
        "law/erasure-deadline content/mistakes-nl.yaml:42 erasure.deadline error",
        "law/erasure-ground-not-in-law content/mistakes-nl.yaml:43 erasure.exceptions[0] warning",
        "law/erasure-no-statutory-right content/mistakes-be.yaml:38 erasure.deadline warning",
        "law/representation-not-in-law-data content/mistakes-no.yaml:36 representation[1] warning",
        "law/on-behalf-role-not-in-law content/mistakes-be.yaml:40 rights.on_behalf[0] warning",
        "law/on-behalf-parents-without-ages content/mistakes-nl.yaml:45 rights.on_behalf[0] info",
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
    let src = fixture("linde-nl.yaml")
        .replace("kept: [request,", "kept: [invoice,")
        .replace("representation: [minors,", "representation: [children,");
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
    let kept = at("erasure.kept[0]");
    assert_eq!(kept["file"], "content/clinic.yaml");
    assert_eq!(kept["line"], 45);
    let rep = at("representation[0]");
    assert_eq!(rep["line"], 46);
    assert!(
        rep["message"].as_str().unwrap().contains("children"),
        "{rep:#}"
    );
}
