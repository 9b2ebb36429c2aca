//! One run reports every load error; the messages are plain words.

/// Newcomer trial case 13b: a key indented five spaces among keys indented four.
#[test]
fn a_key_indented_deeper_than_its_siblings_is_named() {
    let src = GOOD.replace(
        "controller:\n  name: X\n  email: a@b.nl\n",
        "controller:\n  name: X\n   email: a@b.nl\n",
    );
    let p = super::parse(&src).unwrap_err();
    let d = &p.diagnostics[0];
    assert_eq!((d.line, d.column), (Some(7), Some(4)), "{d:#?}");
    assert_eq!(d.field.as_deref(), Some("controller.email"), "{d:#?}");
    assert!(
        d.message
            .contains("`email:` is indented deeper than `name:`"),
        "{d:#?}"
    );
    assert!(
        d.help
            .as_deref()
            .unwrap()
            .contains("indented 3 spaces and `name:` (line 6) 2"),
        "{d:#?}"
    );
    // A value holding `: ` is told to be quoted.
    let src = GOOD.replace("name: X", "name: X: Y");
    let d = &super::parse(&src).unwrap_err().diagnostics[0];
    assert!(d.help.as_deref().unwrap().contains("quotes"), "{d:#?}");
}

#[test]
fn dates_from_days() {
    assert_eq!(super::date_of(0), "1970-01-01");
    assert_eq!(super::date_of(11_016), "2000-02-29");
    assert_eq!(super::date_of(20_793), "2026-12-06");
    assert!(super::today().as_str() >= "2026-12-06");
}

/// Newcomer trial case 16: a bad date no longer hides the profile's other errors.
#[test]
fn a_bad_date_does_not_hide_the_other_findings() {
    let src = GOOD
        .replace("effective: 2026-01-01", "effective: 2026-13-45")
        .replace("a@b.nl", "info@@b.nl");
    let partial = super::parse(&src).unwrap_err();
    assert_eq!(partial.diagnostics.len(), 1, "{:#?}", partial.diagnostics);
    let p = partial.profile.expect("the rest is read");
    assert_eq!(p.controller.email.as_deref(), Some("info@@b.nl"));
    assert!(
        partial.removed.iter().any(|r| r == "effective"),
        "{:?}",
        partial.removed
    );
}

use super::*;

const GOOD: &str = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
    controller:\n  name: X\n  email: a@b.nl\ndata: []\npurposes: []\nretention: []\n";

fn errors(src: &str) -> Partial {
    parse(src).expect_err("errors expected")
}

#[test]
fn every_unknown_key_and_bad_value_in_one_run() {
    let src = GOOD
        .replace("  name: X\n", "  name: X\n  emial: a@b.nl\n  phon: 1\n")
        .replace("version: '1'\n", "version: '1'\nno_publication: yes\n");
    let p = errors(&src);
    let found: Vec<(Option<usize>, &str)> = p
        .diagnostics
        .iter()
        .map(|d| (d.line, d.field.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some(4), "no_publication"),
            (Some(8), "controller.emial"),
            (Some(9), "controller.phon"),
        ],
        "{:#?}",
        p.diagnostics
    );
    assert_eq!(
        p.diagnostics[1].help.as_deref(),
        Some("did you mean `email`?")
    );
    assert_eq!(
        p.diagnostics[2].help.as_deref(),
        Some("did you mean `phone`?")
    );
    assert_eq!(
        p.diagnostics[0].help.as_deref(),
        Some("write `true` or `false`")
    );
    // What could be read is returned: the checks run on it.
    let profile = p.profile.expect("the profile reads without the bad nodes");
    assert_eq!(profile.controller.name, "X");
}

#[test]
fn a_bad_required_value_does_not_also_report_it_missing() {
    // The only item of a list, in flow style: the list is left out, and not reported.
    let src = GOOD.replace(
        "retention: []",
        "retention:\n  - { record: medical_record, period: 20 eons }",
    );
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
    assert_eq!(
        p.diagnostics[0].field.as_deref(),
        Some("retention[0].period")
    );
    let src = GOOD.replace("effective: 2026-01-01", "effective: 2026-02-30");
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
    assert!(p.diagnostics[0].message.contains("calendar date"));
    // The rest is read, with a stand-in date, and checked.
    assert!(p.profile.is_some());
    // A value inside a one-line list: the list's key is left out, and not reported.
    let src = GOOD.replace("[nl]", "[nl, de]");
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
    assert_eq!(p.diagnostics[0].field.as_deref(), Some("languages[1]"));
}

#[test]
fn a_misspelt_required_key_is_one_error_with_a_suggestion() {
    let src = GOOD.replace("retention: []", "retension: []");
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
    assert_eq!(
        p.diagnostics[0].message,
        "unknown key `retension` at the top level"
    );
    assert_eq!(
        p.diagnostics[0].help.as_deref(),
        Some("did you mean `retention`?")
    );
}

#[test]
fn a_missing_section_is_placed_where_it_belongs() {
    let src = GOOD.replace("purposes: []\n", "");
    let p = errors(&src);
    let d = &p.diagnostics[0];
    assert_eq!(
        d.message,
        "the profile has no `purposes:`, which every profile needs"
    );
    // `retention` follows `purposes` in the reference order.
    assert_eq!(d.line, Some(9), "{d:?}");
    assert!(
        d.help.as_deref().unwrap().contains("before `retention:`"),
        "{d:?}"
    );
}

#[test]
fn a_misindented_key_is_named_with_its_line() {
    let src = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
        controller:\n  name: X\n  visiting_address:\n    street: A 1\n    postcode: 1234 AB\n   city: U\n\
        data: []\npurposes: []\nretention: []\n";
    let p = errors(src);
    let d = &p.diagnostics[0];
    assert_eq!((d.line, d.column), (Some(10), Some(4)), "{d:?}");
    assert!(
        d.help.as_deref().unwrap().contains("indented 3 spaces")
            && d.help.as_deref().unwrap().contains("indented 4"),
        "{d:?}"
    );
}

#[test]
fn parser_jargon_becomes_plain_words_with_a_help() {
    let p = errors(&GOOD.replace("[nl]", "nl, en"));
    let d = &p.diagnostics[0];
    assert_eq!(d.message, "`languages` takes a list, not a single value");
    assert!(d.help.as_deref().unwrap().contains("`languages: [a, b]`"));
    let src = GOOD.replace("  name: X", "  name: X\n  short_name:\n    nl: [a, b]");
    let d = &errors(&src).diagnostics[0];
    assert!(d.message.contains("takes text"), "{d:?}");
    assert!(d.help.is_some());
    let d = &errors(&GOOD.replace("  email: a@b.nl", "  email a@b.nl")).diagnostics[0];
    assert_eq!(
        d.message,
        "this line is neither `key: value` nor a list item `- …`"
    );
    assert_eq!(d.line, Some(7), "{d:?}");
    assert!(d.help.as_deref().unwrap().contains("`email: …`"), "{d:?}");
}

#[test]
fn a_tab_is_reported_on_its_own_line() {
    let src = GOOD.replace("  email: a@b.nl", "\temail: a@b.nl");
    let d = &errors(&src).diagnostics[0];
    assert_eq!((d.line, d.column), (Some(7), Some(1)), "{d:?}");
    assert!(d.message.contains("tab"));
    assert_ne!(d.field.as_deref(), Some("controller.name"));
}

#[test]
fn an_unclosed_quote_is_reported_where_it_opens() {
    let src = GOOD.replace("version: '1'", "version: \"1.0");
    let d = &errors(&src).diagnostics[0];
    assert_eq!((d.line, d.column), (Some(3), Some(10)), "{d:?}");
    assert!(d.message.contains("not closed"), "{d:?}");
}

#[test]
fn a_duplicate_key_is_reported_and_the_rest_still_read() {
    let src = GOOD.replace(
        "  email: a@b.nl",
        "  email: a@b.nl\n  email: c@d.nl\n  emial: x",
    );
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), 2, "{:#?}", p.diagnostics);
    assert!(p.diagnostics[0].message.contains("duplicate"));
    assert_eq!(p.diagnostics[1].field.as_deref(), Some("controller.emial"));
}

#[test]
fn blanking_keeps_lines_and_columns() {
    let mut t = "a:\n  b: 1\n  c:\n    - x\n    - y\n  d: 2\ne:\n- 1\n- 2\nf: 3\n".to_string();
    assert_eq!(blank(&mut t, "a.c").as_deref(), Some("a.c"));
    assert_eq!(
        t,
        "a:\n  b: 1\n    \n       \n       \n  d: 2\ne:\n- 1\n- 2\nf: 3\n"
    );
    // An indentless list under its key goes with it.
    assert_eq!(blank(&mut t, "e").as_deref(), Some("e"));
    assert_eq!(
        t,
        "a:\n  b: 1\n    \n       \n       \n  d: 2\n  \n   \n   \nf: 3\n"
    );
    let mut t = "l:\n  - k: 1\n    m: 2\n  - k: 3\n".to_string();
    assert_eq!(blank(&mut t, "l[0].k").as_deref(), Some("l[0].k"));
    assert_eq!(t, "l:\n  -     \n    m: 2\n  - k: 3\n");
    assert_eq!(blank(&mut t, "l[1]").as_deref(), Some("l[1]"));
    assert_eq!(t, "l:\n  -     \n    m: 2\n        \n");
}

#[test]
fn suggestions_are_near_misses_only() {
    let keys: Vec<String> = ["retention", "recipients", "rights", "name"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(nearest("retension", &keys), Some("retention"));
    assert_eq!(nearest("retnetion", &keys), Some("retention"));
    assert_eq!(nearest("Rights", &keys), Some("rights"));
    assert_eq!(nearest("nmae", &keys), Some("name"));
    assert_eq!(nearest("colour", &keys), None);
    assert_eq!(distance("kitten", "sitting"), 3);
}

#[test]
fn the_loop_ends_on_any_number_of_errors() {
    let mut src = GOOD.to_string();
    for i in 0..200 {
        src.push_str(&format!("unknown{i}: 1\n"));
    }
    let p = errors(&src);
    assert_eq!(p.diagnostics.len(), MAX_ROUNDS);
}
