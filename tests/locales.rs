//! Locale parity: every locale has the reference locale's message ids with the same
//! variables, and every vocabulary term has a label. Proven on the real locales and on
//! broken copies, so the check itself can fail.

mod common;

use privgen::check::i18n::parity;
use privgen::load::locales;

#[test]
fn the_shipped_locales_are_complete_and_consistent() {
    let (loc, diags) = locales::load(&common::repo());
    assert!(diags.is_empty(), "{diags:#?}");
    for l in ["nl", "nl-BE", "nb", "en"] {
        assert!(
            loc.by_lang.keys().any(|k| k.code() == l),
            "locales/{l}/ is missing"
        );
    }
    let problems = parity(&loc);
    assert!(problems.is_empty(), "{problems:#?}");
    let nl = &loc.by_lang[&privgen::load::text::Lang::Nl];
    let nb = &loc.by_lang[&privgen::load::text::Lang::Nb];
    let en = &loc.by_lang[&privgen::load::text::Lang::En];
    assert_eq!(
        nl.messages.keys().collect::<Vec<_>>(),
        nb.messages.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        nl.messages.keys().collect::<Vec<_>>(),
        en.messages.keys().collect::<Vec<_>>()
    );
}

#[test]
fn parity_catches_missing_messages_and_variable_mismatches() {
    let dir = common::site(&[]);
    let en = dir.path().join("locales/en/statement.ftl");
    let src = std::fs::read_to_string(&en).unwrap();
    // Drop one message and rename a variable in another.
    let broken: String = src
        .lines()
        .filter(|l| !l.starts_with("heading-rights ="))
        .map(|l| {
            if l.starts_with("controller-is =") {
                l.replace("{ $name }", "{ $nam }")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&en, broken).unwrap();
    let (loc, _) = locales::load(dir.path());
    let problems = parity(&loc);
    let text = format!("{problems:#?}");
    assert!(
        text.contains("`heading-rights` is in locales/nl/ but missing in locales/en/"),
        "{text}"
    );
    assert!(
        text.contains(
            "message `controller-is` uses {$nam} in locales/en/ but {$name} in locales/nl/"
        ),
        "{text}"
    );
}

#[test]
fn flemish_overrides_must_exist_in_dutch() {
    let dir = common::site(&[]);
    std::fs::write(
        dir.path().join("locales/nl-BE/extra.ftl"),
        "bogus-message = Iets\n",
    )
    .unwrap();
    let (loc, _) = locales::load(dir.path());
    let text = format!("{:#?}", parity(&loc));
    assert!(
        text.contains("`bogus-message` in locales/nl-BE/ does not exist in locales/nl/"),
        "{text}"
    );
}

#[test]
fn syntax_errors_are_located() {
    let dir = common::site(&[]);
    std::fs::write(
        dir.path().join("locales/nl/broken.ftl"),
        "ok = fine\nbroken = { $x\n",
    )
    .unwrap();
    let (_, diags) = locales::load(dir.path());
    assert!(
        diags.iter().any(|d| d.code == "i18n/syntax"
                && d.file.as_deref() == Some(std::path::Path::new("locales/nl/broken.ftl"))
                // The parser reports the unclosed placeable where it gives up.
                && matches!(d.line, Some(2 | 3))),
        "{diags:#?}"
    );
}
