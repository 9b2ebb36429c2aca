//! Unit tests of the generic pass.

use super::super::diff;
use super::*;
use crate::diff::test_profile as profile;

/// Every leaf of `v`: (dotted path as the walk writes it, JSON pointer).
fn leaves(v: &J, path: &str, ptr: &str, out: &mut Vec<(String, String)>) {
    match v {
        J::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, &format!("{path}[{i}]"), &format!("{ptr}/{i}"), out);
            }
        }
        J::Object(o) if !leaf(v) => {
            for (k, x) in o {
                leaves(x, &child(path, k), &format!("{ptr}/{k}"), out);
            }
        }
        J::Null => {}
        _ => out.push((path.to_string(), ptr.to_string())),
    }
}

/// The walk finds a change to any single value of a real profile, at that value's path
/// (or the list entry holding it), and nothing else.
#[test]
fn the_walk_misses_no_value_of_the_example_profiles() {
    for src in [
        include_str!("../../../content/kei.yaml"),
        include_str!("../../../content/mst.yaml"),
        include_str!("../../../content/optimal-care.yaml"),
        include_str!("../../../content/dermamedispa.yaml"),
        include_str!("../../../content/pure-aesthetics.yaml"),
    ] {
        let p = crate::load::parse_profile(src).unwrap();
        let t = tree(&p);
        let mut all = Vec::new();
        leaves(&t, "", "", &mut all);
        assert!(all.len() > 50, "{}", all.len());
        for (path, ptr) in all {
            let mut m = t.clone();
            let v = m.pointer_mut(&ptr).unwrap();
            *v = match v.take() {
                J::Bool(b) => J::Bool(!b),
                J::Number(n) => J::from(n.as_u64().unwrap_or(0) + 1),
                J::String(s) => J::String(format!("{s} Extra zin.")),
                J::Object(mut o) => {
                    if let Some(max) = o.get("max").and_then(J::as_u64) {
                        o.insert("max".into(), J::from(max + 1));
                    } else if let Some((_, J::String(s))) = o.iter_mut().next() {
                        s.push_str(" Extra zin.");
                    }
                    J::Object(o)
                }
                other => panic!("{path}: {other:?}"),
            };
            let mut raws = Vec::new();
            walk("", "", &t, &m, &mut raws);
            assert!(!raws.is_empty(), "a change at {path} was not found");
            for r in &raws {
                assert!(
                    path.starts_with(&r.path) || r.path.starts_with(&path),
                    "a change at {path} was reported at {}",
                    r.path
                );
            }
        }
    }
}

#[test]
fn every_vocabulary_has_labels_in_the_wording() {
    let nl = include_str!("../../../locales/nl/vocab.ftl");
    for (pattern, prefix) in VOCABULARIES {
        assert!(
            nl.lines().any(|l| l.starts_with(&format!("{prefix}-"))),
            "{pattern}: no `{prefix}-…` label in locales/nl/vocab.ftl"
        );
    }
    assert_eq!(vocabulary("data[].examples[]"), Some("example"));
    assert_eq!(vocabulary("data[].examples"), None);
}

#[test]
fn described_fields_cover_what_is_inside_them() {
    let d: HashSet<(Side, &str)> = [(Side::New, "purposes[1]"), (Side::Old, "data[0]")]
        .into_iter()
        .collect();
    assert!(described_by(&d, Side::New, "purposes[1]"));
    assert!(described_by(&d, Side::New, "purposes[1].basis.art6"));
    assert!(!described_by(&d, Side::New, "purposes[10]"));
    assert!(!described_by(&d, Side::Old, "purposes[1]"));
    assert!(described_by(&d, Side::Old, "data[0].examples[2]"));
    assert!(!described_by(&d, Side::New, "data[0]"));
}

#[test]
fn tables_match_whole_path_segments() {
    assert!(in_table(EDITORIAL, "version"));
    assert!(!in_table(EDITORIAL, "versions"));
    assert!(in_table(NARROWS_WHEN_FALSE, "staff_access.logging"));
    assert!(in_table(NARROWS_WHEN_FALSE, "purposes[].opt_out"));
    assert_eq!(entry_class("rights.refusal_grounds[]", true), Substantive);
    assert_eq!(entry_class("rights.refusal_grounds[]", false), Editorial);
    assert_eq!(entry_class("security.measures[]", false), Substantive);
    assert_eq!(entry_class("security.measures[]", true), Editorial);
    assert_eq!(entry_class("something.new[]", true), Substantive);
}

#[test]
fn free_text_changes_come_per_language_with_the_sentences() {
    let a = profile(
        "document: {intro: {nl: 'Wij delen niets. Vragen? Mail ons.', en: 'We share nothing.'}}\n",
    );
    let b = profile("document: {intro: {nl: 'Wij delen uw gegevens met iedereen. Vragen? Mail ons.', en: 'We share nothing.'}}\n");
    let d = diff(&a, &b);
    // nl, and nl-BE, which reads the nl text.
    assert_eq!(
        d.iter().map(|c| c.lang).collect::<Vec<_>>(),
        [Some(Lang::Nl), Some(Lang::NlBe)],
        "{d:#?}"
    );
    assert_eq!(d[0].class, Substantive);
    assert_eq!(d[0].field, "document.intro");
    assert_eq!(
        d[0].details,
        [text::Hunk {
            was: Some("Wij delen niets.".into()),
            now: Some("Wij delen uw gegevens met iedereen.".into())
        }]
    );
    // A typo fix is editorial; a text written once serves every language.
    let typo = profile(
        "document: {intro: {nl: 'Wij delen nietss. Vragen? Mail ons.', en: 'We share nothing.'}}\n",
    );
    let d = diff(&typo, &a);
    assert_eq!((d.len(), d[0].class), (2, Editorial), "{d:#?}");
    let same = profile("document: {intro: 'One text.'}\n");
    let same2 = profile("document: {intro: 'One other text.'}\n");
    let d = diff(&same, &same2);
    assert_eq!(
        d.iter().map(|c| c.lang).collect::<Vec<_>>(),
        Lang::all().into_iter().map(Some).collect::<Vec<_>>()
    );
}

#[test]
fn every_other_field_is_reported_with_was_and_now() {
    let a = profile("staff_access: {logging: true}\n");
    let b = profile("staff_access: {logging: false}\n");
    let d = diff(&a, &b);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        (d[0].class, d[0].field.as_str()),
        (Substantive, "staff_access.logging")
    );
    assert_eq!(diff(&b, &a)[0].class, Editorial);
    // A field nobody classified is substantive, not waved through.
    let c = profile("minors: {age: 16}\n");
    let e = profile("minors: {age: 12}\n");
    let d = diff(&c, &e);
    assert_eq!(
        (d.len(), d[0].class, d[0].message.as_str()),
        (1, Substantive, "diff-value-changed")
    );
    // Reformatting a text, or writing a default, changes nothing.
    let f = profile("document: {intro: \"Een  zin.\\nNog een.\"}\nno_publication: false\n");
    let g = profile("document: {intro: 'Een zin. Nog een.'}\n");
    assert!(diff(&f, &g).is_empty(), "{:#?}", diff(&f, &g));
}

#[test]
fn list_entries_are_matched_by_key_not_position() {
    let a = profile("processors: [{name: A, service: hosting, country: NL}, {name: B, service: email, country: NL, policy: 'https://b.example/p'}]\n");
    let b = profile("processors: [{name: B, service: email, country: NL, policy: 'https://b.example/privacy'}]\n");
    let d = diff(&a, &b);
    let fields: Vec<(&str, &str)> = d
        .iter()
        .map(|c| (c.message.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("diff-processor-removed", "processors[0]"),
            ("diff-value-changed", "processors[0].policy")
        ],
        "{d:#?}"
    );
}
