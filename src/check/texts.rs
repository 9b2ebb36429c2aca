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
pub struct Text<'a> {
    /// Field path, e.g. `purposes[2].legitimate_interest`.
    pub path: String,
    /// The language it is written in; `None` when it serves every language.
    pub lang: Option<Lang>,
    pub text: &'a str,
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

/// The field path and its shape (the path without indices) of the node being walked,
/// extended and cut back as the walk goes down and up, so no path is built for a node
/// that holds no text.
struct Cursor {
    path: String,
    shape: String,
}

impl Cursor {
    /// Goes down to the field `key`; returns where to cut back to.
    fn key(&mut self, key: &str) -> (usize, usize) {
        let at = (self.path.len(), self.shape.len());
        if !self.path.is_empty() {
            self.path.push('.');
            self.shape.push('.');
        }
        self.path.push_str(key);
        self.shape.push_str(key);
        at
    }

    /// Goes down to item `index` of a list; returns where to cut back to.
    fn item(&mut self, index: usize) -> (usize, usize) {
        use std::fmt::Write;
        let at = (self.path.len(), self.shape.len());
        let _ = write!(self.path, "[{index}]");
        self.shape.push_str("[]");
        at
    }

    fn leave(&mut self, (path, shape): (usize, usize)) {
        self.path.truncate(path);
        self.shape.truncate(shape);
    }
}

fn walk<'a>(v: &'a Value, at: &mut Cursor, texts: &mut Vec<Text<'a>>, maps: &mut Vec<PerLang>) {
    match v {
        Value::String(s) if !ID_FIELDS.contains(&at.shape.as_str()) => {
            texts.push(Text {
                path: at.path.clone(),
                lang: None,
                text: s,
            });
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                let mark = at.item(i);
                walk(x, at, texts, maps);
                at.leave(mark);
            }
        }
        Value::Object(map) => {
            if let Some(entries) = per_lang(map) {
                maps.push(PerLang {
                    path: at.path.clone(),
                    langs: entries.iter().map(|(l, _)| *l).collect(),
                });
                for (l, s) in entries {
                    texts.push(Text {
                        path: at.path.clone(),
                        lang: Some(l),
                        text: s,
                    });
                }
            } else {
                for (k, x) in map {
                    let mark = at.key(k);
                    walk(x, at, texts, maps);
                    at.leave(mark);
                }
            }
        }
        _ => {}
    }
}

/// Every string of the profile (as the loader's value tree, `LoadedProfile::tree`) and
/// every per-language text.
pub fn collect(tree: &Value) -> (Vec<Text<'_>>, Vec<PerLang>) {
    let mut texts = Vec::new();
    let mut maps = Vec::new();
    let mut at = Cursor {
        path: String::new(),
        shape: String::new(),
    };
    walk(tree, &mut at, &mut texts, &mut maps);
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
    fn texts_carry_paths_languages_and_skip_ids() {
        let tree = serde_json::json!({
            "id": "x",
            "purposes": [{"id": "care", "basis": {"national": ["wgbo"]}, "name": {"nl": "Zorg", "en": "Care"}}],
            "intro": "Hello",
        });
        let (texts, maps) = collect(&tree);
        let got: Vec<(String, Option<Lang>, &str)> = texts
            .iter()
            .map(|t| (t.path.clone(), t.lang, t.text))
            .collect();
        assert_eq!(
            got,
            [
                ("intro".to_string(), None, "Hello"),
                ("purposes[0].id".to_string(), None, "care"),
                ("purposes[0].name".to_string(), Some(Lang::En), "Care"),
                ("purposes[0].name".to_string(), Some(Lang::Nl), "Zorg"),
            ]
        );
        assert_eq!(maps.len(), 1);
        assert_eq!(maps[0].path, "purposes[0].name");
    }

    #[test]
    fn shapes_drop_indices() {
        assert_eq!(
            shape("purposes[12].basis.national[0]"),
            "purposes[].basis.national[]"
        );
    }
}
