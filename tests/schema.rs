//! `privgen schema` against the profiles we ship: every seed profile in `content/`, every
//! `privgen init` starter (each jurisdiction, each language), and the complete example of
//! `docs/profile.md` validate against the schema. YAML is read into a `serde_json::Value`
//! with serde-saphyr, as an editor's YAML server sees it.

use privgen::init::{self, starter};
use privgen::load::profile::Jurisdiction;
use privgen::load::text::Lang;
use serde_json::Value;
use std::path::Path;

fn validator() -> jsonschema::Validator {
    let schema = privgen::schema::profile_schema();
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

/// YAML as a YAML 1.2 editor reads it: only `true` and `false` are booleans (`NO` is the
/// jurisdiction, not `false`).
fn yaml(src: &str) -> Value {
    let mut opts = serde_saphyr::Options::default();
    opts.strict_booleans = true;
    serde_saphyr::from_str_with_options(src, opts).expect("valid YAML")
}

fn errors(v: &jsonschema::Validator, src: &str) -> Vec<String> {
    let doc = yaml(src);
    v.iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn the_schema_is_valid_draft_07() {
    let schema = privgen::schema::profile_schema();
    assert!(jsonschema::draft7::meta::is_valid(&schema));
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
}

#[test]
fn seed_profiles_validate() {
    let v = validator();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("yaml") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let errs = errors(&v, &src);
        assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
        n += 1;
    }
    assert!(n >= 5, "only {n} profiles found");
}

#[test]
fn init_starters_validate_in_every_language() {
    let v = validator();
    for j in Jurisdiction::all() {
        let mut sets: Vec<Vec<Lang>> = Lang::all().iter().map(|l| vec![*l]).collect();
        sets.push(Lang::all());
        sets.push(init::default_langs(j));
        for langs in sets {
            let src = starter::render(j, &langs);
            let errs = errors(&v, &src);
            assert!(errs.is_empty(), "{j:?} {langs:?}: {errs:#?}");
        }
    }
}

#[test]
fn exchange_fixtures_validate_and_a_system_is_a_closed_term() {
    let v = validator();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exchange");
    for name in ["huisarts-nl.yaml", "huisarts-be.yaml", "legekontor-no.yaml"] {
        let src = std::fs::read_to_string(dir.join(name)).unwrap();
        let errs = errors(&v, &src);
        assert!(errs.is_empty(), "{name}: {errs:#?}");
    }
    let defs = &privgen::schema::profile_schema()["definitions"];
    let systems = defs["ExchangeSystem"]["enum"].as_array().unwrap();
    assert!(systems.contains(&Value::from("kjernejournal")));
    assert!(defs["RecipientKind"]["enum"]
        .as_array()
        .unwrap()
        .contains(&Value::from("infectious_disease_authority")));
    let src = std::fs::read_to_string(dir.join("huisarts-nl.yaml"))
        .unwrap()
        .replace("system: mitz", "system: epd")
        .replace("form: pseudonymised", "form: encrypted");
    assert_eq!(errors(&v, &src).len(), 2, "{:#?}", errors(&v, &src));
}

/// The first YAML block of section 2 of docs/profile.md (the complete example).
fn docs_example() -> String {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/profile.md"))
            .unwrap();
    let section = doc
        .split("\n## 2. ")
        .nth(1)
        .expect("docs/profile.md has a section 2");
    let block = section
        .split("```yaml\n")
        .nth(1)
        .expect("section 2 has a yaml block");
    block.split("\n```").next().unwrap().to_string()
}

#[test]
fn the_docs_example_validates() {
    let v = validator();
    let src = docs_example();
    assert!(src.contains("jurisdiction:"), "not the example: {src}");
    let errs = errors(&v, &src);
    assert!(errs.is_empty(), "docs/profile.md §2: {errs:#?}");
}

/// The codes of the company (`of` 0) or professional (1) registers of every law data file.
fn known_registers(law: &privgen::law::Law, of: usize) -> Vec<String> {
    let mut v: Vec<String> = law
        .jurisdictions()
        .into_iter()
        .flat_map(|j| {
            let r = &law.get(j).registers;
            let list = if of == 0 { &r.company } else { &r.professional };
            list.iter().map(|r| r.code.clone()).collect::<Vec<_>>()
        })
        .collect();
    v.sort();
    v.dedup();
    assert!(!v.is_empty());
    v
}

#[test]
fn vocabularies_are_enums_and_texts_are_string_or_map() {
    let s = privgen::schema::profile_schema();
    let defs = &s["definitions"];
    let jur = defs["Jurisdiction"]["enum"].as_array().unwrap();
    let known = privgen::law::Law::load().unwrap().jurisdictions();
    assert_eq!(jur.len(), known.len());
    for j in known {
        assert!(jur.contains(&Value::from(j.code())), "{j}");
    }
    assert!(defs["Channel"]["enum"]
        .as_array()
        .unwrap()
        .contains(&Value::from("signed_letter")));
    // The registers are those the law data declare (issue 17), every one and no other.
    let law = privgen::law::Law::load().unwrap();
    for (def, of) in [("RegistrationScheme", 0usize), ("ProfessionalRegister", 1)] {
        let declared = known_registers(&law, of);
        let listed: Vec<String> = defs[def]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(listed, declared, "{def}");
    }
    let lt = &defs["LocalizedText"]["anyOf"];
    assert_eq!(lt[0]["type"], "string");
    assert_eq!(lt[1]["$ref"], "#/definitions/LanguageMap");
    let map = &defs["LanguageMap"];
    let keys: Vec<&String> = map["properties"].as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), privgen::load::text::Lang::all().len());
    assert_eq!(map["additionalProperties"], false);
    assert!(defs["RoleOrLabel"]["anyOf"][0]["$ref"]
        .as_str()
        .unwrap()
        .ends_with("/Role"));
    assert!(defs["Date"]["pattern"].is_string());
    assert!(defs["Period"]["pattern"].is_string());
    // Descriptions come from the doc comments.
    assert!(s["properties"]["effective"]["description"]
        .as_str()
        .is_some_and(|d| !d.is_empty()));
}

#[test]
fn schema_command_prints_and_writes_the_same_schema() {
    let out = assert_cmd::Command::cargo_bin("privgen")
        .unwrap()
        .arg("schema")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        privgen::schema::profile_schema_json()
    );
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("profile.schema.json");
    assert_cmd::Command::cargo_bin("privgen")
        .unwrap()
        .args(["schema", "--out"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        privgen::schema::profile_schema_json()
    );
}
