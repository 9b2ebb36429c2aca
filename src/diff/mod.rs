//! Semantic diff of two versions of a profile: what changes for the reader, in plain words
//! per language, each change classed *substantive* or *editorial*, with what it was and
//! what it is now.
//!
//! WP260 rev.01 §29–31: changes to the purposes, the controller's identity, how rights are
//! exercised, new recipients or new transfers must be brought to the data subject's
//! attention actively and in advance ("substantive"); corrections of spelling or style
//! need not ("editorial"). We take a demanding data protection officer's view: whatever
//! adds processing or weakens the patient's position is substantive (a new purpose,
//! recipient, processor, transfer or data category; a shorter retention period; a removed
//! contact, complaint or rights route; a new restriction on a right; a sentence of free
//! text rewritten). A change that only improves the patient's position (a longer retention
//! of the medical record, a new contact route, a dropped purpose) or fixes a typo is
//! editorial. The full table is in docs/diff.md.
//!
//! Two passes make sure nothing is missed: [`rules`] describes the changes a reader
//! cares most about in plain words, and [`walk`] compares every other field of the two
//! profiles, reporting free text sentence by sentence ([`text`]) and any other value as
//! "was / now".

pub mod report;
mod rules;
pub mod text;
mod walk;

use crate::i18n::{Arg, Wording};
use crate::load::profile::{Profile, Qualifier};
use crate::load::text::{Lang, LocalizedText, Period, Unit};
use serde::Serialize;

/// The wording changes are described in: layers tried in order, message by message. The
/// command puts the site's wording (when it has `locales/`) over the built-in one, so a
/// site without wording, or with an older copy of `diff.ftl`, still gets every message.
pub struct Words {
    layers: Vec<Wording>,
}

impl Words {
    pub fn new(layers: Vec<Wording>) -> Words {
        Words { layers }
    }

    /// The message `id` formatted by the first layer that can; else the first error.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let mut first = None;
        for w in &self.layers {
            match w.format(lang, id, args) {
                Ok(s) => return Ok(s),
                Err(e) => {
                    first.get_or_insert(e);
                }
            }
        }
        Err(first.unwrap_or_else(|| format!("no wording for language `{lang}`")))
    }
}

/// How a change must be announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Needs active notice to patients before it takes effect (WP260 §29–30).
    Substantive,
    /// May be published without advance notice.
    Editorial,
}

/// Which version of the profile a path counts its list positions in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Side {
    Old,
    New,
}

/// One change, as a message id and its arguments (rendered per language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub class: Class,
    /// Fluent message id (`diff-purpose-added`).
    pub message: String,
    /// The profile field the change is about (list positions of the new version, or of the
    /// old one for something removed).
    pub field: String,
    /// Set when the change is to the text of one language only: it is shown to readers of
    /// that language.
    pub lang: Option<Lang>,
    /// The sentences that changed, for a change of free text.
    #[serde(skip)]
    pub details: Vec<text::Hunk>,
    /// Message arguments, rendered in the reader's language.
    #[serde(skip)]
    args: Vec<(String, Value)>,
    /// The jurisdiction and the register of the version the change is shown in: labels that
    /// select on them (a Belgian "ziekenfonds", an informal "je") read as on the page.
    #[serde(skip)]
    implicit: Implicit,
    /// The fields this change describes (the generic pass skips them).
    #[serde(skip)]
    covers: Vec<(Side, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Plain(String),
    /// A vocabulary label, by message id.
    Label(String),
    Text(LocalizedText),
    Period(Option<Period>, Qualifier),
    /// A country code, named in the reader's language when the wording knows it.
    Country(Option<String>),
    /// Any value of the profile, as the generic pass found it, with the path pattern of
    /// its field (`data[].examples[]`), which names the vocabulary of its terms.
    Json(String, serde_json::Value),
}

/// The changes between two versions of a profile, either of which may be missing (a profile
/// added or removed), with the version the changes are shown in; `None` when both are.
pub fn versions<'a>(
    old: Option<&'a Profile>,
    new: Option<&'a Profile>,
) -> Option<(Vec<Change>, &'a Profile)> {
    match (old, new) {
        (Some(o), Some(n)) => Some((diff(o, n), n)),
        // A new profile: everything in it is new to the reader.
        (None, Some(n)) => {
            let mut c = vec![Change::new(Class::Substantive, "diff-profile-added", "")];
            c.extend(diff(&empty_like(n), n));
            Some((c, n))
        }
        // A profile removed: its readers lose the statement.
        (Some(o), None) => Some((
            vec![Change::removed(
                Class::Substantive,
                "diff-profile-removed",
                "",
            )],
            o,
        )),
        (None, None) => None,
    }
}

/// A profile with nothing processed: what a profile that is new is compared with.
fn empty_like(p: &Profile) -> Profile {
    let mut e = p.clone();
    e.purposes.clear();
    e.data.clear();
    e.recipients.clear();
    e.processors.clear();
    e.retention.clear();
    e.cameras = None;
    e.call_recording = None;
    e.cookies = None;
    e.research = None;
    e.marketing = None;
    e.transfers = None;
    e
}

impl Change {
    fn new(class: Class, message: &str, field: impl Into<String>) -> Change {
        let field = field.into();
        Change {
            class,
            message: message.to_string(),
            covers: vec![(Side::New, field.clone())],
            field,
            lang: None,
            details: Vec::new(),
            args: Vec::new(),
            implicit: Implicit::default(),
        }
    }
    /// A change about something removed: its field counts positions in the old version.
    fn removed(class: Class, message: &str, field: impl Into<String>) -> Change {
        let mut c = Change::new(class, message, field);
        c.covers[0].0 = Side::Old;
        c
    }
    /// Also describes `field` (of the new version).
    fn covers(mut self, field: impl Into<String>) -> Self {
        self.covers.push((Side::New, field.into()));
        self
    }
    fn plain(mut self, k: &str, v: impl Into<String>) -> Self {
        self.args.push((k.into(), Value::Plain(v.into())));
        self
    }
    fn label(mut self, k: &str, msg: String) -> Self {
        self.args.push((k.into(), Value::Label(msg)));
        self
    }
    fn arg(mut self, k: &str, v: Value) -> Self {
        self.args.push((k.into(), v));
        self
    }
    fn period(self, k: &str, p: Option<Period>, q: Qualifier) -> Self {
        self.arg(k, Value::Period(p, q))
    }

    /// The change in plain words, in `lang`.
    pub fn render(&self, wording: &Words, lang: Lang) -> Result<String, String> {
        let mut args: Vec<(&str, Arg)> = Vec::new();
        for (k, v) in &self.args {
            args.push((
                k.as_str(),
                Arg::Str(value_text(v, &self.implicit, wording, lang)?),
            ));
        }
        // The change is described to the reader as the page addresses them (`$register`).
        args.push(("register", Arg::Str(self.implicit.register.clone())));
        args.push(("jurisdiction", Arg::Str(self.implicit.jurisdiction.clone())));
        wording.format(lang, &self.message, &args)
    }
}

/// The jurisdiction (`NL`) and register (`formal`) labels are formatted with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Implicit {
    jurisdiction: String,
    register: String,
}

impl Default for Implicit {
    fn default() -> Self {
        Implicit {
            jurisdiction: String::new(),
            register: "formal".into(),
        }
    }
}

impl Implicit {
    fn of(p: &Profile) -> Implicit {
        Implicit {
            jurisdiction: p.jurisdiction.code().to_string(),
            register: p.document.address.key().to_string(),
        }
    }
    /// The arguments a vocabulary label may use, with no national id or controller name.
    fn label_args(&self) -> [(&'static str, Arg); 4] {
        [
            ("national_id", Arg::Str(String::new())),
            ("controller", Arg::Str(String::new())),
            ("register", Arg::Str(self.register.clone())),
            ("jurisdiction", Arg::Str(self.jurisdiction.clone())),
        ]
    }
}

fn value_text(v: &Value, imp: &Implicit, wording: &Words, lang: Lang) -> Result<String, String> {
    Ok(match v {
        Value::Plain(s) => s.clone(),
        Value::Label(id) => wording.format(lang, id, &imp.label_args())?,
        Value::Text(t) => t
            .get(lang)
            .or_else(|| t.all().first().copied())
            .unwrap_or_default()
            .to_string(),
        Value::Country(None) => "—".to_string(),
        Value::Country(Some(code)) => wording
            .format(
                lang,
                &format!("country-{}", code.trim().to_lowercase()),
                &[],
            )
            .unwrap_or_else(|_| code.clone()),
        Value::Period(None, _) => "—".to_string(),
        Value::Period(Some(p), q) => period_text(*p, *q, wording, lang)?,
        Value::Json(pattern, v) => json_text(v, pattern, imp, wording, lang)?,
    })
}

fn period_text(p: Period, q: Qualifier, wording: &Words, lang: Lang) -> Result<String, String> {
    let unit = wording.format(
        lang,
        &format!("unit-{}", p.unit.key()),
        &[("n", p.max.into())],
    )?;
    let base = if p.is_range() {
        wording.format(
            lang,
            "period-range",
            &[
                ("min", p.min.into()),
                ("max", p.max.into()),
                ("unit", unit.into()),
            ],
        )?
    } else {
        wording.format(
            lang,
            "period",
            &[("n", p.min.into()), ("unit", unit.into())],
        )?
    };
    Ok(match q {
        Qualifier::AtLeast => {
            wording.format(lang, "qualifier-at-least", &[("period", base.into())])?
        }
        Qualifier::AtMost => {
            wording.format(lang, "qualifier-at-most", &[("period", base.into())])?
        }
        Qualifier::Exactly => base,
    })
}

/// A period as the profile serialises it (`{min, max, unit}`).
fn json_period(o: &serde_json::Map<String, serde_json::Value>) -> Option<Period> {
    if o.len() != 3 {
        return None;
    }
    let n = |k: &str| o.get(k)?.as_u64().and_then(|n| u32::try_from(n).ok());
    let unit = match o.get("unit")?.as_str()? {
        "hours" => Unit::Hours,
        "days" => Unit::Days,
        "weeks" => Unit::Weeks,
        "months" => Unit::Months,
        "years" => Unit::Years,
        _ => return None,
    };
    Some(Period {
        min: n("min")?,
        max: n("max")?,
        unit,
    })
}

/// A text of one language per key (`{nl: …, en: …}`).
fn json_lang_map(o: &serde_json::Map<String, serde_json::Value>) -> bool {
    !o.is_empty()
        && o.iter()
            .all(|(k, v)| Lang::parse(k).is_some() && v.is_string())
}

/// The text `v` reads as in `lang`: a localized text in that language (or `nl` for
/// `nl-BE`), a period in words.
fn json_lang(v: &serde_json::Value, lang: Lang) -> Option<&str> {
    match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(o) if json_lang_map(o) => o
            .get(lang.code())
            .or_else(|| lang.base().and_then(|b| o.get(b.code())))
            .and_then(|v| v.as_str()),
        _ => None,
    }
}

/// A register's name for a reader of `lang`, from the law data that declare it (registers
/// are law data, not wording: `registers:` of src/law/<code>.yaml).
fn register_name(pattern: &str, code: &str, lang: Lang) -> Option<String> {
    use crate::law::register::{ProfessionalRegister, RegistrationScheme};
    match pattern {
        "controller.registration.scheme" => {
            let r = RegistrationScheme::parse(code)?;
            Some(r.name(lang, *r.homes().first()?))
        }
        "practitioners[].register" => {
            let r = ProfessionalRegister::parse(code)?;
            Some(r.name(lang, *r.homes().first()?))
        }
        _ => None,
    }
}

/// Any profile value in words: yes/no, a period, the reader's language of a text, the
/// label of a vocabulary term (its key when the wording has no label), the fields of an
/// entry.
fn json_text(
    v: &serde_json::Value,
    pattern: &str,
    imp: &Implicit,
    wording: &Words,
    lang: Lang,
) -> Result<String, String> {
    use serde_json::Value as J;
    Ok(match v {
        J::Null => "—".to_string(),
        J::Bool(b) => wording.format(lang, if *b { "diff-yes" } else { "diff-no" }, &[])?,
        J::Number(n) => n.to_string(),
        J::String(s) => match walk::vocabulary(pattern) {
            _ if register_name(pattern, s, lang).is_some() => {
                register_name(pattern, s, lang).unwrap_or_default()
            }
            Some(prefix) => {
                let id = format!("{prefix}-{}", s.replace('_', "-"));
                wording
                    .format(lang, &id, &imp.label_args())
                    .unwrap_or_else(|_| text::normalize(s))
            }
            None => text::normalize(s),
        },
        J::Array(a) if a.is_empty() => "—".to_string(),
        J::Array(a) => {
            let item = format!("{pattern}[]");
            a.iter()
                .map(|x| json_text(x, &item, imp, wording, lang))
                .collect::<Result<Vec<_>, _>>()?
                .join(", ")
        }
        J::Object(o) => {
            if let Some(p) = json_period(o) {
                period_text(p, Qualifier::Exactly, wording, lang)?
            } else if json_lang_map(o) {
                json_lang(v, lang)
                    .or_else(|| o.values().next().and_then(|v| v.as_str()))
                    .map(text::normalize)
                    .unwrap_or_default()
            } else {
                let mut parts = Vec::new();
                for (k, x) in o {
                    if walk::is_default(x) {
                        continue;
                    }
                    let field = if pattern.is_empty() {
                        k.clone()
                    } else {
                        format!("{pattern}.{k}")
                    };
                    parts.push(format!(
                        "{k}: {}",
                        json_text(x, &field, imp, wording, lang)?
                    ));
                }
                parts.join("; ")
            }
        }
    })
}

/// Everything that differs between `old` and `new`, substantive changes first. Free-text
/// changes are given for every language (each marked with its language; a report shows
/// those of the languages it describes).
///
/// Both versions are compared as their pages read them: entries whose validity window does
/// not include the version's `effective` date are left out first (src/load/window.rs), so an
/// entry that comes into force with the new version is "added" and one that has expired is
/// "dropped"; list positions count in those in-force lists.
pub fn diff(old: &Profile, new: &Profile) -> Vec<Change> {
    let old = crate::load::window::profile_in_force(old);
    let new = crate::load::window::profile_in_force(new);
    let (old, new) = (old.as_ref(), new.as_ref());
    let mut out = rules::changes(old, new);
    let generic = walk::changes(old, new, &Lang::all(), &out);
    out.extend(generic);
    out.sort_by_key(|c| c.class);
    let imp = Implicit::of(new);
    for c in &mut out {
        c.implicit = imp.clone();
    }
    out
}

/// Whether any change needs advance notice.
pub fn substantive(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.class == Class::Substantive)
}

/// A minimal profile with `extra` YAML appended, for the unit tests of the rules and the walk.
#[cfg(test)]
fn test_profile(extra: &str) -> Profile {
    let src = format!(
        "jurisdiction: NL\nlanguages: [nl, en]\nversion: '1'\neffective: 2026-01-01\n\
         controller: {{name: X, email: a@x.nl}}\ndata: [{{category: identification}}]\n\
         purposes: [{{id: care, basis: {{art6: contract}}}}]\n\
         retention: [{{record: medical_record, period: 20 years}}]\n{extra}"
    );
    crate::load::parse_profile(&src).unwrap()
}
