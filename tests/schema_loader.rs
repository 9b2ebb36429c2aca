//! The schema against the loader: a profile the schema accepts, the loader reads without
//! error; and profiles the schema rejects (misspelt keys, words outside a vocabulary, bad
//! dates, periods, languages, booleans) the loader rejects too. Each case is a small edit
//! of one base profile.

use serde_json::Value;

const BASE: &str = r#"jurisdiction: NL
languages: [nl, en]
version: "1.0"
effective: 2026-01-01
controller:
  name: Voorbeeldkliniek B.V.
  email: info@voorbeeldkliniek.example.nl
data:
  - category: identification
  - category: health
purposes:
  - id: care
    basis: { art6: contract, art9: health_care, national: [wgbo] }
retention:
  - { record: medical_record, period: 20 years, qualifier: at_least, from: last_change, statute: wgbo }
"#;

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&privgen::schema::profile_schema())
        .expect("the schema compiles")
}

/// (schema accepts, loader accepts, first schema error or loader error) for `src`.
fn verdicts(v: &jsonschema::Validator, src: &str) -> (bool, bool, String) {
    // YAML 1.2 booleans, as an editor reads them: `yes` stays a string.
    let mut opts = serde_saphyr::Options::default();
    opts.strict_booleans = true;
    let doc: Value = serde_saphyr::from_str_with_options(src, opts).expect("valid YAML");
    let schema_err = v.iter_errors(&doc).next().map(|e| e.to_string());
    let loader = privgen::load::parse_profile(src);
    let why = match (&schema_err, &loader) {
        (Some(e), _) => format!("schema: {e}"),
        (None, Err(d)) => format!("loader: {}", d.message),
        (None, Ok(_)) => String::new(),
    };
    (schema_err.is_none(), loader.is_ok(), why)
}

fn with(extra: &str) -> String {
    format!("{BASE}{extra}")
}

fn accepted() -> Vec<(&'static str, String)> {
    vec![
        ("the base profile", BASE.to_string()),
        (
            "one string for every language",
            with("document:\n  intro: Wij zorgen goed voor uw gegevens.\n"),
        ),
        (
            "a language map with nl-BE",
            with("document:\n  intro: {nl: Hallo, nl-BE: Dag, nb: Hei, en: Hello}\n"),
        ),
        (
            "a label where a term or label is allowed",
            with(
                "staff_access:\n  roles:\n    - role: {nl: de balie, en: the reception}\n      \
                 scope: {nl: afspraken, en: appointments}\n",
            ),
        ),
        (
            "a range and a singular unit",
            with("cameras:\n  locations: [hal]\n  purpose: veiligheid.\n  stored: true\n  retention: 1 week\n")
                .replace("period: 20 years", "period: 20-25 years")
                .replace("qualifier: at_least, ", ""),
        ),
        (
            "a leap day",
            BASE.replace("effective: 2026-01-01", "effective: 2024-02-29"),
        ),
        ("null for an optional section", with("dpo: null\nsupervision: ~\n")),
        (
            "every document kind",
            with("documents: [statement, reglement, notice]\n"),
        ),
        ("the bounds of a whole number", with("minors: {age: 255}\n")),
        ("the lower bound of a whole number", with("minors: {age: 0, cannot_verify: false}\n")),
        (
            "a criterion instead of a period",
            BASE.replace(
                "period: 20 years, qualifier: at_least, ",
                "criterion: {nl: tot u zich afmeldt, en: until you unsubscribe}, ",
            ),
        ),
        (
            "an allow entry with its reason",
            with("allow:\n  - rule: gdpr/art13-2e-provision\n    reason: {nl: Geen plicht., en: No duty.}\n"),
        ),
    ]
}

fn rejected() -> Vec<(&'static str, String)> {
    vec![
        ("an unknown top-level key", with("colour: blue\n")),
        (
            "a misspelt nested key",
            BASE.replace("  email: info@", "  emial: info@"),
        ),
        (
            "a word outside the vocabulary",
            BASE.replace("art6: contract", "art6: agreement"),
        ),
        (
            "a single string where a term or label is allowed",
            with("staff_access:\n  roles:\n    - role: de balie\n      scope: afspraken\n"),
        ),
        (
            "a date that does not exist",
            BASE.replace("effective: 2026-01-01", "effective: 2023-02-29"),
        ),
        (
            "a date in another notation",
            BASE.replace("effective: 2026-01-01", "effective: 1-3-2026"),
        ),
        (
            "a year out of range",
            BASE.replace("effective: 2026-01-01", "effective: 1850-01-01"),
        ),
        (
            "a period in words",
            BASE.replace("period: 20 years", "period: twenty years"),
        ),
        (
            "a period of zero",
            BASE.replace("period: 20 years", "period: 0 years"),
        ),
        (
            "an unknown unit",
            BASE.replace("period: 20 years", "period: 20 decades"),
        ),
        (
            "a missing required field",
            BASE.replace("version: \"1.0\"\n", ""),
        ),
        (
            "an unknown language in a map",
            with("document:\n  intro: {nl: Hallo, zz: Hej}\n"),
        ),
        (
            "an unknown published language",
            BASE.replace("[nl, en]", "[nl, zz]"),
        ),
        ("an empty text", with("document:\n  intro: \"  \"\n")),
        ("an empty language map", with("document:\n  intro: {}\n")),
        ("yes for true", with("no_publication: yes\n")),
        ("a whole number too large", with("minors: {age: 256}\n")),
        ("a negative whole number", with("minors: {age: -1}\n")),
        (
            "a lowercase jurisdiction",
            BASE.replace("jurisdiction: NL", "jurisdiction: nl"),
        ),
        (
            "a list where a text belongs",
            BASE.replace("name: Voorbeeldkliniek B.V.", "name: [a, b]"),
        ),
    ]
}

#[test]
fn what_the_schema_accepts_the_loader_reads() {
    let v = validator();
    let cases = accepted();
    assert!(cases.len() >= 10);
    for (what, src) in cases {
        let (schema_ok, loader_ok, why) = verdicts(&v, &src);
        assert!(schema_ok && loader_ok, "{what}: {why}\n{src}");
    }
}

#[test]
fn what_the_schema_rejects_the_loader_rejects() {
    let v = validator();
    let cases = rejected();
    assert!(cases.len() >= 10);
    for (what, src) in cases {
        let (schema_ok, loader_ok, _) = verdicts(&v, &src);
        assert!(!schema_ok, "{what}: the schema accepts it\n{src}");
        assert!(!loader_ok, "{what}: the loader accepts it\n{src}");
    }
}
