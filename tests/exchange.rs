//! National exchange and consent systems and the statutory recipients (issue 16, items 7 and
//! 8), end to end: the fixture clinics of `tests/fixtures/exchange/` are checked and built by
//! the binary; the section on national exchange and the recipients of their plain-text
//! exports are snapshots in every language each publishes; the mistakes fixtures are reported
//! at file, line and field; an unknown system is a load error with its position.

mod common;

fn fixture(name: &str) -> String {
    common::fixture("exchange", name)
}

use common::run;

const CLINICS: [(&str, &[&str]); 3] = [
    ("huisarts-nl", &["nl", "nl-BE", "en", "nb"]),
    ("huisarts-be", &["nl-BE", "en"]),
    ("legekontor-no", &["nb", "en"]),
];

fn bare(l: &str) -> &str {
    l.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
}

/// The text export from the purposes heading up to the heading after the exchange section
/// (purposes, recipients, exchange), so the data form, the recipients and the exchange
/// section are read together.
fn purposes_to_after_exchange(txt: &str, lang: &str) -> String {
    let (from, exchange) = match lang {
        "nl" => (
            "Waarvoor gebruiken wij uw gegevens en op welke grondslag?",
            "Landelijke uitwisseling van uw medische gegevens",
        ),
        "nl-BE" => (
            "Waarvoor gebruiken wij uw gegevens en op welke grondslag?",
            "Elektronische uitwisseling van uw gezondheidsgegevens",
        ),
        "nb" => (
            "Hva bruker vi opplysningene dine til, og hva er behandlingsgrunnlaget?",
            "Nasjonal deling av helseopplysningene dine",
        ),
        _ => (
            "Why do we use your data, and on what lawful basis?",
            "National exchange of your medical data",
        ),
    };
    let lines: Vec<&str> = txt.lines().collect();
    let start = lines
        .iter()
        .position(|l| bare(l) == from)
        .unwrap_or_else(|| panic!("no heading {from:?} in:\n{txt}"));
    let ex = lines
        .iter()
        .position(|l| bare(l) == exchange)
        .unwrap_or_else(|| panic!("no heading {exchange:?} in:\n{txt}"));
    // The next section heading (a line underlined with dashes) ends the part.
    let end = (ex + 2..lines.len().saturating_sub(1))
        .find(|&k| {
            !lines[k].is_empty()
                && lines[k + 1].chars().all(|c| c == '-')
                && !lines[k + 1].is_empty()
        })
        .unwrap_or(lines.len());
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
    // The Belgian reglement carries the section as a part of the recipients article.
    let reglement =
        std::fs::read_to_string(out.join("huisarts-be/nl-BE/reglement/index.html")).unwrap();
    assert!(reglement.contains("Elektronische uitwisseling van gezondheidsgegevens"));
    // The first layer names the exchange and points to the full text.
    let notice = std::fs::read_to_string(out.join("huisarts-be/nl-BE/notice/index.html")).unwrap();
    assert!(notice
        .contains("elektronisch uitwisselen met andere zorgverstrekkers via nationale systemen"));
    for (id, langs) in CLINICS {
        for lang in langs {
            let txt = std::fs::read_to_string(out.join(id).join(lang).join("privacy.txt"))
                .unwrap_or_else(|e| panic!("{id}/{lang}: {e}"));
            let part = purposes_to_after_exchange(&txt, lang);
            assert!(
                !part.contains("{ $"),
                "{id}/{lang}: a placeable left: {part}"
            );
            insta::assert_snapshot!(format!("exchange-{id}-{lang}"), part);
        }
    }
}

#[test]
fn each_mistake_is_reported_at_its_field() {
    let names = ["mistakes-nl.yaml", "mistakes-be.yaml"];
    let files: Vec<(&str, String)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let dir = common::site(&refs);
    let (code, stdout, _) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1, "a system of another jurisdiction is an error");
    let found = common::findings(&stdout);
    let want = [
        "law/recipient-not-in-law content/mistakes-nl.yaml:36 recipients[2].kind warning",
        "law/exchange-system-not-in-law content/mistakes-nl.yaml:49 exchange[1].system error",
        "law/exchange-no-channel content/mistakes-be.yaml:44 exchange[1].system warning",
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
fn an_unknown_system_or_channel_is_located() {
    let src = fixture("huisarts-nl.yaml")
        .replace("  - system: mitz", "  - system: epd")
        .replace("[practice, consent_form,", "[desk, consent_form,");
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
    let ch = at("exchange[0].channels[0]");
    assert_eq!(ch["file"], "content/clinic.yaml");
    assert_eq!(ch["line"], 49);
    let sys = at("exchange[1].system");
    assert_eq!(sys["line"], 51);
}
