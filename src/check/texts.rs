//! Every piece of free text in a profile, found by walking its serialized form rather than
//! a hand-kept list of fields, so a field added to the profile is checked without touching
//! this module. A `LocalizedText` written per language is a map whose keys are all language
//! tags; a text written once for every language is a plain string. Family (e): every
//! per-language text must exist in every published language.

use super::engine::Checker;
use crate::load::text::Lang;
use serde_json::Value;

/// One string of the profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// Field path, e.g. `purposes[2].legitimate_interest`.
    pub path: String,
    /// The language it is written in; `None` when it serves every language.
    pub lang: Option<Lang>,
    pub text: String,
}

/// A text written per language, with the languages it has.
#[derive(Debug, Clone, PartialEq)]
pub struct PerLang {
    pub path: String,
    pub langs: Vec<Lang>,
}

/// Fields whose strings are ids (statutes, bodies, rules) or codes, not text.
const ID_FIELDS: &[&str] = &[
    "id",
    "version",
    "effective",
    "languages[]",
    "jurisdiction",
    "documents[]",
    "document.legal_framework[]",
    "purposes[].basis.national[]",
    "retention[].statute",
    "patient_record.statutes[]",
    "controller.mandataries[].statute",
    "security_officer.statute",
    "supervision.sector[]",
    "changes[].date",
    "changes[].version",
    "allow[].rule",
];

/// A path without its indices: `purposes[2].id` → `purposes[].id`.
pub fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut skip = false;
    for c in path.chars() {
        match c {
            '[' => {
                out.push('[');
                skip = true;
            }
            ']' => {
                out.push(']');
                skip = false;
            }
            _ if skip => {}
            _ => out.push(c),
        }
    }
    out
}

fn per_lang(map: &serde_json::Map<String, Value>) -> Option<Vec<(Lang, &str)>> {
    if map.is_empty() {
        return None;
    }
    map.iter()
        .map(|(k, v)| Some((Lang::parse(k)?, v.as_str()?)))
        .collect()
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn walk(v: &Value, path: &str, texts: &mut Vec<Text>, maps: &mut Vec<PerLang>) {
    match v {
        Value::String(s) if !ID_FIELDS.contains(&shape(path).as_str()) => {
            texts.push(Text {
                path: path.to_string(),
                lang: None,
                text: s.clone(),
            });
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                walk(x, &format!("{path}[{i}]"), texts, maps);
            }
        }
        Value::Object(map) => {
            if let Some(entries) = per_lang(map) {
                maps.push(PerLang {
                    path: path.to_string(),
                    langs: entries.iter().map(|(l, _)| *l).collect(),
                });
                for (l, s) in entries {
                    texts.push(Text {
                        path: path.to_string(),
                        lang: Some(l),
                        text: s.to_string(),
                    });
                }
            } else {
                for (k, x) in map {
                    walk(x, &join(path, k), texts, maps);
                }
            }
        }
        _ => {}
    }
}

/// Every string of the profile (as the loader's value tree, `LoadedProfile::tree`) and
/// every per-language text.
pub fn collect(tree: &Value) -> (Vec<Text>, Vec<PerLang>) {
    let mut texts = Vec::new();
    let mut maps = Vec::new();
    walk(tree, "", &mut texts, &mut maps);
    (texts, maps)
}

/// Family (e): a per-language text that lacks a language the profile is checked in.
/// `nl-BE` is served by an `nl` text.
pub fn translations(cx: &mut Checker, maps: &[PerLang]) {
    for m in maps {
        for lang in cx.langs.clone() {
            let has = m.langs.contains(&lang) || lang.base().is_some_and(|b| m.langs.contains(&b));
            if !has {
                let present: Vec<&str> = m.langs.iter().map(|l| l.code()).collect();
                cx.fire(
                    "text/missing-translation",
                    &m.path,
                    &[
                        ("lang", lang.code().to_string()),
                        ("present", present.join(", ")),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_drop_indices() {
        assert_eq!(
            shape("purposes[12].basis.national[0]"),
            "purposes[].basis.national[]"
        );
    }
}
