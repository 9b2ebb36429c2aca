//! Translation parity: every locale has the same message ids as the reference locale (`nl`),
//! with the same variables and attributes. A regional variant (`nl-BE`, with a `fallback` in
//! its language.toml) holds only what differs from its base, so it is checked the other way:
//! each of its messages must exist in the reference with the same variables. Every term of every closed vocabulary must have a label.

use crate::diagnostics::Diagnostic;
use crate::load::locales::{Locale, Locales};
use crate::load::text::Lang;

/// Reference locale: the legal source text.
pub const REFERENCE: Lang = Lang::Nl;

pub fn parity(locales: &Locales) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Some(reference) = locales.by_lang.get(&REFERENCE) else {
        out.push(Diagnostic::error(
            "i18n/no-reference",
            "locales/nl/ is missing: nl is the reference locale",
        ));
        return out;
    };
    for id in super::vocab_ids() {
        if !reference.messages.contains_key(&id) {
            out.push(
                Diagnostic::error(
                    "i18n/missing-message",
                    format!("vocabulary label `{id}` is missing in locales/nl/"),
                )
                .help("every term of the profile vocabularies needs a label in each locale"),
            );
        }
    }
    for (lang, locale) in &locales.by_lang {
        // A refused file or a syntax error was reported where it is; comparing the
        // incomplete locale would bury that error under every message it holds.
        if *lang == REFERENCE || locale.incomplete || reference.incomplete {
            continue;
        }
        // A regional variant (`nl-BE`, `en-IE`) holds only what differs from the language it
        // falls back to, which is checked in full itself.
        if lang.base().is_some() {
            compare(locale, reference, *lang, REFERENCE, false, &mut out);
        } else {
            compare(reference, locale, REFERENCE, *lang, true, &mut out);
            compare(locale, reference, *lang, REFERENCE, false, &mut out);
        }
    }
    out
}

/// Most parity findings reported for one pair of locales (and direction); the rest are
/// counted in one more finding. A wording file of a million messages that exist in one
/// language only would otherwise give millions of findings.
pub const MAX_PARITY_FINDINGS: usize = 100;

/// Reports ids of `from` missing in `to` (when `missing`), or extra ids / variable
/// mismatches; at most [`MAX_PARITY_FINDINGS`], then one finding that counts the rest.
fn compare(
    from: &Locale,
    to: &Locale,
    from_lang: Lang,
    to_lang: Lang,
    missing: bool,
    out: &mut Vec<Diagnostic>,
) {
    let mut found = Vec::new();
    let mut more = 0;
    compare_all(from, to, from_lang, to_lang, missing, &mut |d| {
        if found.len() < MAX_PARITY_FINDINGS {
            found.push(d);
        } else {
            more += 1;
        }
    });
    out.append(&mut found);
    if more > 0 {
        out.push(
            Diagnostic::error(
                "i18n/too-many-differences",
                format!(
                    "locales/{from_lang}/ and locales/{to_lang}/ differ in {more} more message(s) than the {MAX_PARITY_FINDINGS} reported"
                ),
            )
            .help("the two locales hold different sets of messages; is a file missing or misplaced?"),
        );
    }
}

fn compare_all(
    from: &Locale,
    to: &Locale,
    from_lang: Lang,
    to_lang: Lang,
    missing: bool,
    out: &mut dyn FnMut(Diagnostic),
) {
    for (id, shape) in &from.messages {
        match to.messages.get(id) {
            None if missing => {
                let mut d = Diagnostic::error(
                    "i18n/missing-message",
                    format!("message `{id}` is in locales/{from_lang}/ but missing in locales/{to_lang}/"),
                )
                .help(format!("translate it in locales/{to_lang}/"));
                d = d.file(&shape.file).at(shape.line, 1);
                out(d);
            }
            None => out(Diagnostic::error(
                "i18n/unknown-message",
                format!(
                    "message `{id}` in locales/{from_lang}/ does not exist in locales/{to_lang}/"
                ),
            )
            .file(&shape.file)
            .at(shape.line, 1)
            .help("remove it, or add it to the reference locale first")),
            Some(other) if !missing => {
                // `$doc` and `$jurisdiction` are passed to every message by the model: a
                // locale may select on them where its wording differs, without the others.
                let explicit = |v: &std::collections::BTreeSet<String>| {
                    v.iter()
                        .filter(|x| !crate::i18n::IMPLICIT_VARS.contains(&x.as_str()))
                        .cloned()
                        .collect::<std::collections::BTreeSet<String>>()
                };
                if explicit(&other.variables) != explicit(&shape.variables) {
                    let fmt = |v: &std::collections::BTreeSet<String>| {
                        v.iter()
                            .map(|x| format!("${x}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    out(
                        Diagnostic::error(
                            "i18n/variables",
                            format!(
                                "message `{id}` uses {{{}}} in locales/{from_lang}/ but {{{}}} in locales/{to_lang}/",
                                fmt(&shape.variables),
                                fmt(&other.variables)
                            ),
                        )
                        .file(&shape.file)
                        .at(shape.line, 1),
                    );
                }
                if other.attributes != shape.attributes {
                    out(
                        Diagnostic::error(
                            "i18n/attributes",
                            format!("message `{id}` has different attributes in locales/{from_lang}/ and locales/{to_lang}/"),
                        )
                        .file(&shape.file)
                        .at(shape.line, 1),
                    );
                }
            }
            Some(_) => {}
        }
    }
}
