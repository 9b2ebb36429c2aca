//! Every rule of the catalogue, table-driven from its own data: each rule's `bad` example
//! (a profile excerpt, or a sentence for wording rules) applied to a base profile that the
//! check finds clean must raise the rule, and its `good` example must not. The examples
//! `privgen explain` prints are thereby proven.

use privgen::check::{self, catalogue};
use privgen::diagnostics::Diagnostic;
use privgen::law::Law;
use privgen::load::profile::Jurisdiction;
use privgen::load::{parse_profile, LoadedProfile};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The built-in law data, and a trial jurisdiction `QZ` added as a site adds one (a copy of
/// the Belgian file under another code), which has no national rules of its own in the
/// catalogue: the generic `national/<rule>` entries are tested under it.
fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| {
        let be = privgen::law::LAW_FILES
            .iter()
            .find(|f| f.0 == "be")
            .unwrap()
            .2
            .replacen("jurisdiction: BE", "jurisdiction: QZ", 1);
        let (law, problems) = Law::load()
            .expect("law data")
            .with_site_files(&[("law/qz.yaml".into(), be)]);
        assert!(problems.is_empty(), "{problems:?}");
        law
    })
}

fn trial() -> Jurisdiction {
    law();
    Jurisdiction::parse("QZ").unwrap()
}

/// The id a rule fires under: a generic national rule as the trial jurisdiction's.
fn fired_id(r: &catalogue::Rule) -> String {
    match r.id.strip_prefix("national/") {
        Some(rest) => format!("qz/{rest}"),
        None => r.id.clone(),
    }
}

fn base(j: Jurisdiction) -> Value {
    if j == trial() {
        let mut v = base(Jurisdiction::BE);
        v["jurisdiction"] = Value::from("QZ");
        return v;
    }
    let name = format!("base-{}.yaml", j.code().to_ascii_lowercase());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name);
    let src = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&src).unwrap()
}

/// Replaces top-level keys of `base` with those of `patch`; `~` removes a key.
fn patched(mut base: Value, patch: &str) -> Value {
    let text = patch;
    let patch: Value = serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let (Value::Object(b), Value::Object(p)) = (&mut base, patch) else {
        panic!("patch is not a mapping: {text}");
    };
    for (k, v) in p {
        if v.is_null() {
            b.remove(&k);
        } else {
            b.insert(k, v);
        }
    }
    base
}

fn run(profile: &Value) -> Vec<Diagnostic> {
    // JSON is YAML: the patched profile is loaded as the tool loads any profile.
    let source = serde_json::to_string_pretty(profile).unwrap();
    let parsed = parse_profile(&source).unwrap_or_else(|d| panic!("{d:?}\n{source}"));
    let j = parsed.jurisdiction;
    let lp = LoadedProfile::new(
        "clinic".into(),
        PathBuf::from("content/clinic.yaml"),
        source,
        parsed,
    );
    check::profile(&lp, law().get(j), &[])
}

fn jurisdiction(r: &catalogue::Rule) -> Jurisdiction {
    if r.id.starts_with("national/") {
        return trial();
    }
    r.jurisdictions
        .first()
        .copied()
        .or(r.example_jurisdiction)
        .unwrap_or(Jurisdiction::NL)
}

fn fired(diags: &[Diagnostic], id: &str) -> bool {
    diags.iter().any(|d| d.code == id)
}

#[test]
fn the_base_profiles_are_clean() {
    for j in [
        Jurisdiction::NL,
        Jurisdiction::BE,
        Jurisdiction::NO,
        trial(),
    ] {
        let d = run(&base(j));
        assert!(d.is_empty(), "{j:?}: {d:#?}");
    }
}

#[test]
fn every_structural_rule_fires_on_its_bad_example_and_not_on_its_good_one() {
    let cat = catalogue::catalogue().unwrap();
    let mut tested = 0;
    for r in cat.rules.values() {
        if r.lint.is_some() || r.family == catalogue::Family::Coverage {
            continue;
        }
        let b = base(jurisdiction(r));
        let id = fired_id(r);
        let bad = run(&patched(b.clone(), &r.bad));
        assert!(
            fired(&bad, &id),
            "{}: bad example did not fire: {bad:#?}",
            r.id
        );
        let d = bad.iter().find(|d| d.code == id).unwrap();
        assert_eq!(d.severity, r.severity, "{}", r.id);
        assert!(
            d.citation.as_deref().is_some_and(|c| !c.is_empty()),
            "{}",
            r.id
        );
        assert!(d.help.is_some() && d.file.is_some(), "{}", r.id);
        assert!(!d.message.contains('{'), "{}: unfilled {}", r.id, d.message);
        let good = run(&patched(b, &r.good));
        assert!(
            !fired(&good, &id),
            "{}: good example fired: {good:#?}",
            r.id
        );
        tested += 1;
    }
    assert!(tested >= 55, "{tested}");
}

#[test]
fn every_wording_rule_fires_on_its_bad_sentence_and_not_on_its_good_one() {
    let cat = catalogue::catalogue().unwrap();
    let mut tested = 0;
    for r in cat.lints() {
        let lint = r.lint.as_ref().unwrap();
        let lang = lint.languages.first().map_or("en", |l| l.code());
        let b = base(jurisdiction(r));
        let with = |text: &str| {
            let intro = serde_json::json!({ lang: text });
            let mut v = b.clone();
            v["document"]["intro"] = intro;
            v
        };
        let bad = run(&with(&r.bad));
        let hit = bad.iter().find(|d| d.code == r.id);
        let hit = hit.unwrap_or_else(|| panic!("{}: `{}` did not fire: {bad:#?}", r.id, r.bad));
        assert_eq!(hit.field.as_deref(), Some("document.intro"), "{}", r.id);
        assert!(
            hit.help.as_deref().unwrap().starts_with("write instead: "),
            "{}",
            r.id
        );
        let good = run(&with(&r.good));
        assert!(!fired(&good, &r.id), "{}: `{}` fired", r.id, r.good);
        // the variants real statements write, each on its own
        for s in &lint.also_bad {
            assert!(fired(&run(&with(s)), &r.id), "{}: `{s}` did not fire", r.id);
        }
        for s in &lint.also_good {
            assert!(!fired(&run(&with(s)), &r.id), "{}: `{s}` fired", r.id);
        }
        tested += 1;
    }
    assert!(tested >= 50, "{tested}");
}

#[test]
fn wording_rules_respect_language_and_jurisdiction() {
    // The Wbp is Dutch law: not flagged in a Belgian profile, and the Dutch "bewerker"
    // rule does not read English text.
    let mut v = base(Jurisdiction::BE);
    v["document"]["intro"] = serde_json::json!({"nl": "Wij volgen de Wbp.", "en": "Our bewerker."});
    let d = run(&v);
    assert!(
        !fired(&d, "lint/nl-wbp") && !fired(&d, "lint/nl-bewerker"),
        "{d:#?}"
    );
    // A text written once for every language is read in each published language.
    let mut v = base(Jurisdiction::NL);
    v["document"]["intro"] = Value::String("Wij werken met een bewerker.".into());
    assert!(fired(&run(&v), "lint/nl-bewerker"));
    // Flemish text is read by the Dutch-language rules.
    let mut v = base(Jurisdiction::BE);
    v["document"]["intro"] = serde_json::json!({
        "nl-BE": "Het verdient aanbeveling om dit privacyreglement geregeld te raadplegen.",
        "en": "x"
    });
    assert!(fired(&run(&v), "lint/check-regularly-nl"));
    // A Belgian "bewerker" is a staff member, not the Wbp's processor (issue 19).
    let mut v = base(Jurisdiction::BE);
    v["document"]["intro"] = serde_json::json!({"nl-BE": "Elke bewerker tekent.", "en": "x"});
    assert!(!fired(&run(&v), "lint/nl-bewerker"));
}

#[test]
fn wording_is_checked_in_every_free_text_field() {
    let mut v = base(Jurisdiction::NL);
    v["recipients"] = serde_json::json!([{
        "kind": "health_insurer",
        "note": {"nl": "Volgens de Wbp.", "en": "Under the Privacy Shield."}
    }]);
    v["retention"][0]["note"] = serde_json::json!({"nl": "Zie de WKCZ.", "en": "x"});
    let d = run(&v);
    let at = |id: &str| {
        d.iter()
            .find(|x| x.code == id)
            .and_then(|x| x.field.clone())
    };
    assert_eq!(at("lint/nl-wbp").as_deref(), Some("recipients[0].note"));
    assert_eq!(
        at("lint/privacy-shield").as_deref(),
        Some("recipients[0].note")
    );
    assert_eq!(at("lint/nl-wkcz").as_deref(), Some("retention[0].note"));
}

#[test]
fn translations_are_reported_with_their_field_and_position() {
    let src = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/base-nl.yaml"),
    )
    .unwrap()
    .replace(
        "provision:\n  contractual: true\n",
        "provision:\n  contractual: true\n  consequence:\n    nl: Zonder gegevens geen zorg.\n",
    );
    let lp = LoadedProfile::new(
        "clinic".into(),
        PathBuf::from("content/clinic.yaml"),
        src.clone(),
        parse_profile(&src).unwrap(),
    );
    let d = check::profile(&lp, law().get(Jurisdiction::NL), &[]);
    let t = d
        .iter()
        .find(|d| d.code == "text/missing-translation")
        .expect("missing translation");
    assert_eq!(t.field.as_deref(), Some("provision.consequence"));
    let line = src
        .lines()
        .position(|l| l.contains("consequence:"))
        .unwrap()
        + 1;
    assert_eq!((t.line, t.column), (Some(line), Some(3)));
    assert!(t.message.contains("no `en` text"), "{}", t.message);
    // Checked in the languages asked for: nb is then missing too, nl-BE is served by nl.
    let d = check::profile(
        &lp,
        law().get(Jurisdiction::NL),
        &[
            privgen::load::text::Lang::Nb,
            privgen::load::text::Lang::NlBe,
        ],
    );
    let n = d
        .iter()
        .filter(|d| d.code == "text/missing-translation")
        .count();
    assert_eq!(n, 1, "{d:#?}");
}

#[test]
fn national_rules_are_judged_on_the_effective_date() {
    // 15 years from the end of treatment was the WGBO rule until 2019.
    let retention = r#"
retention:
  - {record: medical_record, period: 15 years, qualifier: at_least, from: end_of_treatment, statute: wgbo}
  - {record: financial, period: 7 years, qualifier: at_least, from: end_of_financial_year, statute: awr}
"#;
    let old = patched(
        patched(base(Jurisdiction::NL), retention),
        "effective: 2019-06-01",
    );
    let d = run(&old);
    assert!(
        !fired(&d, "nl/retention-minimum") && !fired(&d, "nl/retention-start"),
        "{d:#?}"
    );
    let new = patched(base(Jurisdiction::NL), retention);
    let d = run(&new);
    let min = d.iter().find(|d| d.code == "nl/retention-minimum").unwrap();
    assert!(min.message.contains("at least 20 years"), "{}", min.message);
    assert!(min
        .citation
        .as_deref()
        .unwrap()
        .starts_with("Article 7:454(3) of the Dutch Civil Code (Burgerlijk Wetboek, BW)"));
    assert!(fired(&d, "nl/retention-start"));
}

#[test]
fn allowed_rules_are_kept_with_their_reason_and_stale_allows_are_reported() {
    let v = patched(
        base(Jurisdiction::NL),
        r#"
provision: ~
allow:
  - rule: gdpr/art13-2e-provision
    reason: {nl: De kliniek vult dit aan., en: The clinic will add this.}
  - rule: gdpr/art12-3-deadline
    reason: {nl: Niet van toepassing., en: Not applicable.}
"#,
    );
    let d = run(&v);
    let a = d
        .iter()
        .find(|d| d.code == "gdpr/art13-2e-provision")
        .unwrap();
    assert_eq!(a.allowed.as_deref(), Some("De kliniek vult dit aan."));
    assert!(!a.is_error());
    assert!(fired(&d, "check/unused-allow"));
    assert!(!d.iter().any(Diagnostic::is_error), "{d:#?}");
}

/// docs/check.md's rule tables are the catalogues' (issue 17 item 5): a rule added, changed
/// or removed without the reference fails here. `PRIVGEN_BLESS_DOCS=1 cargo test --test
/// check_rules docs_check_md` rewrites them.
#[test]
fn docs_check_md_rule_tables_are_generated_from_the_catalogues() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/check.md");
    let docs = std::fs::read_to_string(&path).unwrap();
    let at = docs.find("\n## Rules\n").expect("a `## Rules` section") + 1;
    let generated = privgen::verify::docs::rules_section().unwrap();
    if std::env::var_os("PRIVGEN_BLESS_DOCS").is_some() {
        std::fs::write(&path, format!("{}{generated}", &docs[..at])).unwrap();
        return;
    }
    assert!(
        docs[at..] == generated,
        "docs/check.md's rule tables differ from the catalogues; run \
         PRIVGEN_BLESS_DOCS=1 cargo test --test check_rules docs_check_md"
    );
    for r in catalogue::catalogue().unwrap().rules.values() {
        let anchor = format!("<a id=\"{}\"></a>`{}`", r.anchor(), r.id);
        assert!(docs.contains(&anchor), "docs/check.md lacks {}", r.id);
    }
}

/// Issue 19: the wording check judges a profile by its `effective` date: wording that was
/// right then (the Privacy Shield before 16 July 2020) is not flagged, on the profile or on
/// its pages.
#[test]
fn wording_is_judged_on_the_profiles_date() {
    let mut v = base(Jurisdiction::NL);
    v["document"]["intro"] = serde_json::json!({
        "nl": "Wij doen gegevens over aan een bedrijf onder het EU-US Privacy Shield.",
        "en": "We transfer data to a company under the EU-US Privacy Shield."
    });
    assert!(fired(&run(&v), "lint/privacy-shield"));
    v["effective"] = Value::String("2019-06-01".into());
    let d = run(&v);
    assert!(!fired(&d, "lint/privacy-shield"), "{d:#?}");
}
