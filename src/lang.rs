//! The two types every stage shares: a [`Lang`] and a [`Jurisdiction`]. Neither is a list in
//! Rust. A language is a folder, `locales/<code>/`, with a `language.toml` that gives its
//! name in itself and the language it falls back to (`nl-BE` → `nl`); a jurisdiction is a
//! law data file (`src/law/<code>.yaml`, or a site's own `law/<code>.yaml`). Both are
//! registered when their data are read: the built-in ones (embedded in the binary) on first
//! use, a site's own ones when its `locales/` and `law/` folders are loaded, so a site adds a
//! language or a jurisdiction without a Rust change or a recompile.
//!
//! A value is a code interned once for the life of the process (at most [`MAX_LANGS`]
//! languages and [`MAX_JURISDICTIONS`] jurisdictions, so hostile folders cannot grow it
//! without bound); it is `Copy`, compares and orders by its code, and is never created from
//! a code that was not registered.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::{OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Most languages one process knows (built-in and every site's own).
pub const MAX_LANGS: usize = 64;
/// Most jurisdictions one process knows.
pub const MAX_JURISDICTIONS: usize = 64;

/// A language a document can be published in, by its BCP 47 tag (`nl`, `nl-BE`, `nb`, `en`).
/// A regional variant falls back to its base message by message, and a `LocalizedText` with a
/// base value serves the variant too (same language, regional usage).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lang(&'static str);

/// The built-in languages, for tests and examples. Code never branches on a language: what
/// differs between languages is wording (`locales/`) or law data (`src/law/`).
#[allow(non_upper_case_globals)]
impl Lang {
    pub const Nl: Lang = Lang("nl");
    pub const NlBe: Lang = Lang("nl-BE");
    pub const Nb: Lang = Lang("nb");
    pub const En: Lang = Lang("en");
}

/// What `locales/<code>/language.toml` says of its language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// The language's name in itself ("Nederlands (België)"), in the language switcher.
    pub name: String,
    /// The language whose messages (and a profile's texts) fill in what this one lacks:
    /// `nl` for `nl-BE`.
    #[serde(default)]
    pub fallback: Option<String>,
}

#[derive(Debug, Clone)]
struct LangInfo {
    name: String,
    fallback: Option<&'static str>,
}

type LangTable = BTreeMap<&'static str, LangInfo>;

fn lang_table() -> &'static RwLock<LangTable> {
    static TABLE: OnceLock<RwLock<LangTable>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = LangTable::new();
        let mut files = Vec::new();
        for (path, bytes) in crate::assets::ASSETS {
            let Some(code) = path
                .strip_prefix("locales/")
                .and_then(|p| p.strip_suffix("/language.toml"))
            else {
                continue;
            };
            let text = std::str::from_utf8(bytes).unwrap_or_default();
            // The embedded files are proven valid by the tests; a broken one is left out.
            if let Ok(f) = toml::from_str::<LanguageFile>(text) {
                files.push((code.to_string(), f));
            }
        }
        let _ = register_into(&mut t, &files);
        RwLock::new(t)
    })
}

fn read_langs() -> RwLockReadGuard<'static, LangTable> {
    lang_table().read().unwrap_or_else(|e| e.into_inner())
}

fn write_langs() -> RwLockWriteGuard<'static, LangTable> {
    lang_table().write().unwrap_or_else(|e| e.into_inner())
}

/// Whether `code` is a language tag privgen accepts: a language subtag of two or three
/// lower-case letters, optionally a region of two upper-case letters or three digits
/// (`nl`, `nl-BE`, `es-419`).
pub fn valid_lang_code(code: &str) -> bool {
    let (lang, region) = match code.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (code, None),
    };
    let lang_ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    let region_ok = match region {
        None => true,
        Some(r) => {
            (r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
                || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
        }
    };
    lang_ok && region_ok
}

/// Registers `files` (code, metadata) in `t`: names first, then fallbacks, so a language may
/// fall back to one registered in the same call. Every problem is returned, by code.
fn register_into(t: &mut LangTable, files: &[(String, LanguageFile)]) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    let mut added = Vec::new();
    for (code, f) in files {
        if !valid_lang_code(code) {
            problems.push((
                code.clone(),
                "is not a language tag privgen accepts: two or three lower-case letters, \
                 optionally `-` and a region (`nl`, `nl-BE`, `fr-BE`)"
                    .to_string(),
            ));
            continue;
        }
        if crate::load::guard::is_blank(&f.name) || f.name.chars().count() > 80 {
            problems.push((
                code.clone(),
                "its `name` must be the language's name in itself, 1 to 80 characters".into(),
            ));
            continue;
        }
        let key = match t.get_key_value(code.as_str()) {
            Some((k, _)) => *k,
            None if t.len() >= MAX_LANGS => {
                problems.push((
                    code.clone(),
                    format!("more than {MAX_LANGS} languages; this one is not read"),
                ));
                continue;
            }
            None => &*Box::leak(code.clone().into_boxed_str()),
        };
        t.insert(
            key,
            LangInfo {
                name: f.name.trim().to_string(),
                fallback: None,
            },
        );
        added.push((key, f));
    }
    for (key, f) in added {
        let Some(fb) = &f.fallback else {
            continue;
        };
        let Some((&fb_key, _)) = t.get_key_value(fb.as_str()) else {
            problems.push((
                key.to_string(),
                format!("falls back to `{fb}`, which is not a known language"),
            ));
            continue;
        };
        // No cycle: the fallback's own chain must not lead back here.
        let mut at = Some(fb_key);
        let mut steps = 0;
        let mut cycle = false;
        while let Some(c) = at {
            if c == key || steps > MAX_LANGS {
                cycle = true;
                break;
            }
            at = t.get(c).and_then(|i| i.fallback);
            steps += 1;
        }
        if cycle {
            problems.push((
                key.to_string(),
                format!("falls back to `{fb}`, which falls back to it: a cycle"),
            ));
            continue;
        }
        if let Some(info) = t.get_mut(key) {
            info.fallback = Some(fb_key);
        }
    }
    problems
}

impl Lang {
    /// Registers languages read from a site's `locales/<code>/language.toml` files (or
    /// re-reads changed ones). Returns each language refused, with the reason.
    pub fn register(files: &[(String, LanguageFile)]) -> Vec<(String, String)> {
        register_into(&mut write_langs(), files)
    }

    /// Every known language, ordered by code.
    pub fn all() -> Vec<Lang> {
        read_langs().keys().map(|k| Lang(k)).collect()
    }

    /// The BCP 47 tag, used for folder names, `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language's name in itself ("Norsk bokmål"), from its `language.toml`.
    pub fn name(self) -> String {
        read_langs()
            .get(self.0)
            .map(|i| i.name.clone())
            .unwrap_or_else(|| self.0.to_string())
    }

    /// The language this one falls back to, message by message (`nl-BE` → `nl`).
    pub fn base(self) -> Option<Lang> {
        read_langs().get(self.0).and_then(|i| i.fallback).map(Lang)
    }

    /// This language, then its fallbacks in order (`nl-BE`, `nl`).
    pub fn chain(self) -> Vec<Lang> {
        let t = read_langs();
        let mut out = vec![self];
        let mut at = t.get(self.0).and_then(|i| i.fallback);
        while let Some(c) = at {
            if out.len() > MAX_LANGS || out.contains(&Lang(c)) {
                break;
            }
            out.push(Lang(c));
            at = t.get(c).and_then(|i| i.fallback);
        }
        out
    }

    /// Whether this language is `other` or falls back to it (`nl-BE` is `nl`'s).
    pub fn is_variant_of(self, other: Lang) -> bool {
        self.chain().contains(&other)
    }

    /// The registered language with this tag.
    pub fn parse(s: &str) -> Option<Lang> {
        read_langs().get_key_value(s).map(|(k, _)| Lang(k))
    }

    /// The known tags, for error messages: "en, nb, nl, nl-BE".
    pub fn expected() -> String {
        read_langs().keys().copied().collect::<Vec<_>>().join(", ")
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Lang::parse(&s).ok_or_else(|| {
            de::Error::custom(format!(
                "unknown language `{}`, expected one of {} (a language is a folder \
                 locales/<code>/ with a language.toml)",
                crate::load::guard::printable(&s),
                Lang::expected()
            ))
        })
    }
}

impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        schemars::json_schema!({
            "description": "A language: the name of a folder of locales/ (BCP 47 tag).",
            "type": "string",
            "enum": codes,
        })
    }
}

/// A jurisdiction: the country whose law data judge and complete a profile, by the code of
/// its law data file (`NL` for `nl.yaml`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jurisdiction(&'static str);

/// The built-in jurisdictions, for tests and examples. Code never branches on a
/// jurisdiction: what differs is law data (`src/law/<code>.yaml`).
impl Jurisdiction {
    pub const NL: Jurisdiction = Jurisdiction("NL");
    pub const NO: Jurisdiction = Jurisdiction("NO");
    pub const BE: Jurisdiction = Jurisdiction("BE");
}

fn jur_table() -> &'static RwLock<Vec<&'static str>> {
    static TABLE: OnceLock<RwLock<Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| RwLock::new(Vec::new()))
}

/// Whether `code` is a jurisdiction code privgen accepts: two upper-case letters (ISO 3166).
pub fn valid_jurisdiction_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

impl Jurisdiction {
    /// Registers a jurisdiction whose law data file is being read. The built-in ones are
    /// registered by [`crate::law::Law::builtin`].
    pub fn register(code: &str) -> Result<Jurisdiction, String> {
        if !valid_jurisdiction_code(code) {
            return Err(format!(
                "`{}` is not a jurisdiction code: two upper-case letters (ISO 3166), the law \
                 file's name in lower case (`nl.yaml` is `NL`)",
                crate::load::guard::printable(code)
            ));
        }
        let mut t = jur_table().write().unwrap_or_else(|e| e.into_inner());
        if let Some(k) = t.iter().find(|k| **k == code) {
            return Ok(Jurisdiction(k));
        }
        if t.len() >= MAX_JURISDICTIONS {
            return Err(format!("more than {MAX_JURISDICTIONS} jurisdictions"));
        }
        let k: &'static str = Box::leak(code.to_string().into_boxed_str());
        t.push(k);
        t.sort_unstable();
        Ok(Jurisdiction(k))
    }

    /// Every jurisdiction with law data, ordered by code.
    pub fn all() -> Vec<Jurisdiction> {
        crate::law::Law::builtin_codes();
        let t = jur_table().read().unwrap_or_else(|e| e.into_inner());
        t.iter().map(|k| Jurisdiction(k)).collect()
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    /// The jurisdiction with law data and this code (case-insensitive: `be` is `BE`).
    pub fn parse(s: &str) -> Option<Jurisdiction> {
        crate::law::Law::builtin_codes();
        let up = s.to_ascii_uppercase();
        let t = jur_table().read().unwrap_or_else(|e| e.into_inner());
        t.iter().find(|k| **k == up).map(|k| Jurisdiction(k))
    }

    /// The known codes, for error messages: "BE, NL, NO".
    pub fn expected() -> String {
        Jurisdiction::all()
            .into_iter()
            .map(Jurisdiction::code)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl fmt::Debug for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Jurisdiction {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Jurisdiction {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        // Exact code only in a file (`NL`); the command line also accepts lower case.
        match Jurisdiction::parse(&s) {
            Some(j) if j.code() == s => Ok(j),
            _ => Err(de::Error::custom(format!(
                "unknown jurisdiction `{}`, expected one of {} (a jurisdiction is a law data \
                 file, src/law/<code>.yaml or the site's law/<code>.yaml)",
                crate::load::guard::printable(&s),
                Jurisdiction::expected()
            ))),
        }
    }
}

impl schemars::JsonSchema for Jurisdiction {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Jurisdiction".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Jurisdiction::all()
            .into_iter()
            .map(Jurisdiction::code)
            .collect();
        schemars::json_schema!({
            "description": "A jurisdiction: the code of a law data file.",
            "type": "string",
            "enum": codes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_languages_come_from_the_embedded_folders() {
        let all: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        for c in ["en", "nb", "nl", "nl-BE"] {
            assert!(all.contains(&c), "{c} in {all:?}");
        }
        assert_eq!(Lang::NlBe.base(), Some(Lang::Nl));
        assert_eq!(Lang::Nl.base(), None);
        assert_eq!(Lang::NlBe.chain(), vec![Lang::NlBe, Lang::Nl]);
        assert!(Lang::NlBe.is_variant_of(Lang::Nl));
        assert!(!Lang::Nl.is_variant_of(Lang::NlBe));
        assert_eq!(Lang::parse("nl-BE"), Some(Lang::NlBe));
        assert_eq!(Lang::parse("nl-be"), None);
        assert_eq!(Lang::Nb.name(), "Norsk bokmål");
    }

    #[test]
    fn tags_are_validated() {
        for ok in ["nl", "nl-BE", "fr-BE", "es-419", "gsw"] {
            assert!(valid_lang_code(ok), "{ok}");
        }
        for bad in [
            "", "n", "NL", "nl-be", "nl_BE", "nl-BEL", "../x", "nl-", "abcd",
        ] {
            assert!(!valid_lang_code(bad), "{bad}");
        }
    }

    #[test]
    fn registration_refuses_bad_tags_unknown_fallbacks_and_cycles() {
        let mut t = LangTable::new();
        let f = |name: &str, fb: Option<&str>| LanguageFile {
            name: name.into(),
            fallback: fb.map(str::to_string),
        };
        let p = register_into(
            &mut t,
            &[
                ("qa".into(), f("Qa", Some("qb"))),
                ("qb".into(), f("Qb", Some("qa"))),
                ("qc".into(), f("Qc", Some("zz"))),
                ("Q!".into(), f("bad", None)),
                ("qd".into(), f("  ", None)),
                ("qe-QE".into(), f("Qe", Some("qa"))),
            ],
        );
        let codes: Vec<&str> = p.iter().map(|(c, _)| c.as_str()).collect();
        assert!(codes.contains(&"qb") || codes.contains(&"qa"), "{p:?}");
        assert!(codes.contains(&"qc"), "{p:?}");
        assert!(codes.contains(&"Q!"), "{p:?}");
        assert!(codes.contains(&"qd"), "{p:?}");
        assert_eq!(t.get("qe-QE").and_then(|i| i.fallback), Some("qa"));
    }

    #[test]
    fn jurisdictions_come_from_the_law_files() {
        let all: Vec<&str> = Jurisdiction::all()
            .into_iter()
            .map(Jurisdiction::code)
            .collect();
        for c in ["BE", "NL", "NO"] {
            assert!(all.contains(&c), "{c} in {all:?}");
        }
        assert_eq!(Jurisdiction::parse("be"), Some(Jurisdiction::BE));
        assert!(Jurisdiction::parse("XX").is_none());
        assert!(Jurisdiction::register("nl").is_err());
        assert!(Jurisdiction::register("../").is_err());
    }
}
