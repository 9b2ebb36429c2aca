//! Strict wording over `fluent-bundle`: one bundle per language, built once, where a
//! missing message or a missing variable is an error, never text on a page. `nl-BE`
//! layers its own messages over `nl`.

use crate::diagnostics::Diagnostic;
use crate::load::locales::Locales;
use crate::load::text::Lang;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;

pub type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// Bundles for every language that has wording.
pub struct Wording {
    bundles: BTreeMap<Lang, Bundle>,
    /// Every message (and attribute) that needs no variable, formatted once when the
    /// bundles are built: most lookups while modelling a document are of these.
    plain: BTreeMap<Lang, rustc_hash::FxHashMap<String, String>>,
}

/// Variables the model passes to every message (document kind, jurisdiction, form of
/// address); a locale may select on them or not, so the parity check leaves them out.
pub const IMPLICIT_VARS: [&str; 3] = ["doc", "jurisdiction", "register"];

/// An argument value.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}

impl Wording {
    /// Builds the bundles; syntax errors were reported by the loader, overriding errors
    /// (a message defined twice) are reported here.
    pub fn new(locales: &Locales) -> (Wording, Vec<Diagnostic>) {
        let mut bundles = BTreeMap::new();
        let mut plain_ids = BTreeMap::new();
        let mut diags = Vec::new();
        for &lang in locales.by_lang.keys() {
            // The fallbacks first (`nl` under `nl-BE`), the language's own files last.
            let layers: Vec<_> = lang
                .chain()
                .into_iter()
                .rev()
                .filter_map(|l| locales.by_lang.get(&l))
                .collect();
            let langid: unic_langid::LanguageIdentifier = match lang.code().parse() {
                Ok(l) => l,
                Err(_) => continue,
            };
            let mut bundle: Bundle = Bundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut ids = std::collections::BTreeSet::new();
            for layer in layers {
                for f in &layer.files {
                    let res = match FluentResource::try_new(f.source.clone()) {
                        Ok(r) => r,
                        Err((r, _)) => r,
                    };
                    for entry in res.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            ids.insert(m.id.name.to_string());
                            for a in &m.attributes {
                                ids.insert(format!("{}.{}", m.id.name, a.id.name));
                            }
                        }
                    }
                    bundle.add_resource_overriding(res);
                }
            }
            bundles.insert(lang, bundle);
            plain_ids.insert(lang, ids);
        }
        let mut wording = Wording {
            bundles,
            plain: BTreeMap::new(),
        };
        for (lang, ids) in plain_ids {
            let plain = ids
                .into_iter()
                .filter_map(|id| {
                    let text = wording.format_uncached(lang, &id, &[]).ok()?;
                    Some((id, text))
                })
                .collect();
            wording.plain.insert(lang, plain);
        }
        let bundles = &wording.bundles;
        if bundles.is_empty() {
            diags.push(
                Diagnostic::error("i18n/no-locales", "no wording found under locales/")
                    .help("the site folder needs locales/<lang>/*.ftl"),
            );
        }
        (wording, diags)
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.bundles.contains_key(&lang)
    }

    /// Formats message `id` (or `id.attr`) in `lang`. Any missing message, attribute or
    /// variable is an `Err` naming it.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        if args.is_empty() {
            if let Some(text) = self.plain.get(&lang).and_then(|m| m.get(id)) {
                return Ok(text.clone());
            }
        }
        self.format_uncached(lang, id, args)
    }

    /// Like [`Wording::format`], with the implicit variables ([`IMPLICIT_VARS`]) in `args`:
    /// when the caller gave no argument of its own (`plain`), a message that does not use
    /// an implicit variable is served from the cache of plain messages.
    pub fn format_with_implicit(
        &self,
        lang: Lang,
        id: &str,
        plain: bool,
        args: &[(&str, Arg)],
    ) -> Result<String, String> {
        if plain {
            if let Some(text) = self.plain.get(&lang).and_then(|m| m.get(id)) {
                return Ok(text.clone());
            }
        }
        self.format_uncached(lang, id, args)
    }

    fn format_uncached(
        &self,
        lang: Lang,
        id: &str,
        args: &[(&str, Arg)],
    ) -> Result<String, String> {
        let bundle = self
            .bundles
            .get(&lang)
            .ok_or_else(|| format!("no wording for language `{lang}` (locales/{lang}/)"))?;
        let (mid, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let msg = bundle
            .get_message(mid)
            .ok_or_else(|| format!("message `{mid}` is missing in locales/{lang}/"))?;
        let pattern = match attr {
            Some(a) => msg
                .get_attribute(a)
                .map(|a| a.value())
                .ok_or_else(|| format!("attribute `{id}` is missing in locales/{lang}/"))?,
            None => msg
                .value()
                .ok_or_else(|| format!("message `{mid}` has no value in locales/{lang}/"))?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(format!("message `{id}` in locales/{lang}/: {e}"));
        }
        Ok(out.into_owned())
    }
}
