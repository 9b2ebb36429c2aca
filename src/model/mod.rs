//! Stage 3: the document model. A [`Document`] is one statement in one language: sections
//! with stable ids and headings, holding typed blocks (paragraph, list, table, definitions,
//! address) of rich text. All wording comes from Fluent messages and the profile's own
//! `LocalizedText`; every section records the GDPR items it covers. Renderers (HTML,
//! Markdown, text, JSON) all read this one model.

mod build;
mod notice;
mod parts;
mod reglement;
mod xref;

pub use build::build_statement;
pub use notice::build_notice;
pub use reglement::build_reglement;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Wording};
use crate::law::LawData;
pub use crate::load::profile::AddressForm;
use crate::load::text::{Date, Lang, LocalizedText, Period, Term};
use crate::load::LoadedProfile;
use serde::{Deserialize, Serialize};

/// A span of rich text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Span {
    /// Plain text (escaped by every renderer).
    Text { text: String },
    /// A link; only http(s), mailto and tel targets are produced.
    Link { text: String, href: String },
    /// Emphasised text (names, defined terms).
    Strong { text: String },
    /// Markdown the clinic wrote (a `LocalizedText`): sanitised when rendered.
    Markdown { text: String },
    /// A cross-reference to a section by id, resolved to a numbered link ("artikel 14")
    /// before the document leaves the model stage; never present in a finished document.
    Ref { target: String },
}

/// A run of spans, rendered inline.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Span>);

impl Rich {
    pub fn text(s: impl Into<String>) -> Rich {
        Rich(vec![Span::Text { text: s.into() }])
    }
    pub fn push_text(&mut self, s: impl Into<String>) -> &mut Self {
        let s = s.into();
        if !s.is_empty() {
            self.0.push(Span::Text { text: s });
        }
        self
    }
    pub fn push(&mut self, span: Span) -> &mut Self {
        self.0.push(span);
        self
    }
    pub fn then(mut self, s: impl Into<String>) -> Rich {
        self.push_text(s);
        self
    }
    pub fn with(mut self, span: Span) -> Rich {
        self.0.push(span);
        self
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Plain text of the run (markdown is kept as written).
    pub fn plain(&self) -> String {
        self.0
            .iter()
            .map(|s| match s {
                Span::Text { text } | Span::Strong { text } | Span::Markdown { text } => {
                    text.as_str()
                }
                Span::Link { text, .. } => text.as_str(),
                Span::Ref { target } => target.as_str(),
            })
            .collect()
    }
}

/// A block of a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: Rich,
    },
    /// A heading inside a section; in a reglement, a numbered paragraph ("§ 2").
    Subheading {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<u32>,
    },
    List {
        ordered: bool,
        items: Vec<Rich>,
    },
    Table {
        head: Vec<String>,
        rows: Vec<Vec<Rich>>,
    },
    Definitions {
        items: Vec<(Rich, Rich)>,
    },
    Address {
        lines: Vec<Rich>,
    },
}

/// A section of the document (an article, in a reglement).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Stable id, used as the anchor (`#retention`).
    pub id: String,
    /// Article number in a reglement (1..N in order); none in a statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    pub heading: String,
    pub blocks: Vec<Block>,
    /// GDPR information items this section provides (`13(1)(a)`, `14(2)(f)` …).
    #[serde(deserialize_with = "items::deserialize")]
    pub covers: Vec<&'static str>,
}

/// Facts shown around the body: title, version, dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub controller: String,
    pub version: String,
    pub effective: String,
    pub effective_iso: String,
    /// "Version 1.0, in force from 1 January 2026".
    pub version_line: String,
    /// Check rules the profile allows, each as "rule: reason" in this language; shown as
    /// a comment in the page source, never as page text (docs/check.md).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed: Vec<String>,
    /// The profile is a draft (`draft: true`): the page shows a "not for publication" banner.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// How the text addresses the reader (`document.address`): the page's own messages (the
    /// archive banner) follow it. Left out of the JSON export when formal, the default.
    #[serde(default, skip_serializing_if = "AddressForm::is_formal")]
    pub register: AddressForm,
}

/// The kinds of document a profile can publish.
pub use crate::load::profile::DocumentKind;

/// One document (statement, reglement or notice) in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocumentKind,
    pub lang: Lang,
    pub profile: String,
    pub meta: Meta,
    pub sections: Vec<Section>,
}

impl Document {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// Variables every message may use without the parity check requiring them in each locale:
/// the document kind and the jurisdiction (see [`Ctx::t`]).
pub use crate::i18n::IMPLICIT_VARS;

/// Everything a builder needs, and where its diagnostics go.
pub struct Ctx<'a> {
    pub lang: Lang,
    /// The document being built (wording differs slightly: "this statement" / "this reglement").
    pub kind: DocumentKind,
    /// Cross-references found in the clinic's own text, with the field they came from.
    pub refs: Vec<(String, String)>,
    pub wording: &'a Wording,
    pub law: &'a LawData,
    pub lp: &'a LoadedProfile,
    /// Built on first use: most documents never need a position.
    pub diags: Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        lang: Lang,
        wording: &'a Wording,
        law: &'a LawData,
        lp: &'a LoadedProfile,
        kind: DocumentKind,
    ) -> Self {
        Ctx {
            lang,
            kind,
            refs: Vec::new(),
            wording,
            law,
            lp,
            diags: Vec::new(),
        }
    }

    /// A message in the document's language. A missing message or variable is recorded as
    /// an error (the build then fails) and yields an empty string.
    ///
    /// Every message may also select on two implicit variables, set here for each call:
    /// `$doc` (`statement`, `reglement`, `notice`: "deze privacyverklaring" / "dit
    /// reglement"), `$jurisdiction` (`NL`, `NO`, `BE`: a national variant of a shared
    /// sentence, such as the erasure right) and `$register` (`formal`, `informal`: "u" or
    /// "je", `document.address`). The parity check does not require them.
    pub fn t(&mut self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut all: Vec<(&str, Arg)> = Vec::with_capacity(args.len() + 3);
        all.extend(args.iter().cloned());
        all.push((IMPLICIT_VARS[0], Arg::Str(self.kind.key().into())));
        all.push((
            IMPLICIT_VARS[1],
            Arg::Str(self.lp.profile.jurisdiction.code().into()),
        ));
        all.push((
            IMPLICIT_VARS[2],
            Arg::Str(self.lp.profile.document.address.key().into()),
        ));
        match self
            .wording
            .format_with_implicit(self.lang, id, args.is_empty(), &all)
        {
            Ok(s) => single_stop(s, args),
            Err(e) => {
                self.diags.push(
                    Diagnostic::error("i18n/missing-message", e)
                        .help("add the message to every locale (nl is the reference)"),
                );
                String::new()
            }
        }
    }

    pub fn t0(&mut self, id: &str) -> String {
        self.t(id, &[])
    }

    /// What goes between a label and its value ("Postal address: …"), as the language writes
    /// it (`sep-label`: French puts a no-break space before the colon).
    pub fn sep_label(&mut self) -> String {
        self.t0("sep-label")
    }

    /// What goes between the parts of one item ("…; national provisions …"): `sep-list`.
    pub fn sep_list(&mut self) -> String {
        self.t0("sep-list")
    }

    /// A position in the profile for `field`, for diagnostics.
    pub fn locate(&self, field: &str) -> Option<(usize, usize)> {
        self.lp.locate(field)
    }

    /// The clinic's own text for this language; a missing language is an error at `field`.
    /// Cross-references written `{ref:retention}` are recorded for resolution.
    pub fn lt(&mut self, text: &LocalizedText, field: &str) -> String {
        match text.get(self.lang) {
            Some(s) => {
                for target in xref::refs_in(s) {
                    self.refs.push((target, field.to_string()));
                }
                s.to_string()
            }
            None => {
                let mut d = Diagnostic::error(
                    "profile/missing-translation",
                    format!("no `{}` text", self.lang),
                )
                .file(&self.lp.path)
                .field(field)
                .help(format!(
                    "every text must be given in each published language; add `{}: …`",
                    self.lang
                ));
                if let Some((l, c)) = self.lp.locate(field) {
                    d = d.at(l, c);
                }
                self.diags.push(d);
                String::new()
            }
        }
    }

    /// The clinic's text as a markdown span.
    pub fn lt_rich(&mut self, text: &LocalizedText, field: &str) -> Rich {
        let s = self.lt(text, field);
        Rich(vec![Span::Markdown { text: s }])
    }

    /// Label of a vocabulary term, or the clinic's own label.
    pub fn term<T: Copy>(
        &mut self,
        term: &Term<T>,
        msg: impl Fn(T) -> String,
        field: &str,
    ) -> String {
        match term {
            Term::Known(t) => {
                let id = msg(*t);
                self.t0(&id)
            }
            Term::Custom(text) => self.lt(text, field),
        }
    }

    /// "1 januari 2026" / "1. januar 2026" / "1 January 2026".
    pub fn date(&mut self, d: Date) -> String {
        let month = self.t0(&format!("month-{}", d.month));
        self.t(
            "date",
            &[
                ("day", Arg::Num(f64::from(d.day))),
                ("month", month.into()),
                ("year", Arg::Str(d.year.to_string())),
            ],
        )
    }

    /// "20 jaar", "4 weken", "5–10 jaar".
    pub fn period(&mut self, p: Period) -> String {
        if p.is_range() {
            let unit = self.t(&format!("unit-{}", p.unit.key()), &[("n", p.max.into())]);
            self.t(
                "period-range",
                &[
                    ("min", p.min.into()),
                    ("max", p.max.into()),
                    ("unit", unit.into()),
                ],
            )
        } else {
            let unit = self.t(&format!("unit-{}", p.unit.key()), &[("n", p.min.into())]);
            self.t("period", &[("n", p.min.into()), ("unit", unit.into())])
        }
    }

    /// The name of a statute (short form where one exists, e.g. "WGBO").
    pub fn statute(&mut self, id: &str) -> String {
        match self.law.statute(id) {
            Some(s) => s
                .short
                .as_ref()
                .map(|n| n.get(self.lang).to_string())
                .unwrap_or_else(|| s.name.get(self.lang).to_string()),
            None => id.to_string(),
        }
    }

    /// A statute as referred to in running text: "de WGBO" / "WGBO" / "the WGBO".
    pub fn statute_ref(&mut self, id: &str) -> String {
        let name = self.statute(id);
        let neuter = self.neuter(id);
        self.t(
            "statute-ref",
            &[("name", name.into()), ("neuter", neuter.into())],
        )
    }

    fn neuter(&self, id: &str) -> &'static str {
        if self.law.statute(id).is_some_and(|s| s.neuter) {
            "yes"
        } else {
            "no"
        }
    }

    /// The full name with its article in running text: "de Wet … (WGBO)".
    pub fn statute_full_ref(&mut self, id: &str) -> String {
        let name = self.statute_full(id);
        let neuter = self.neuter(id);
        self.t(
            "statute-ref",
            &[("name", name.into()), ("neuter", neuter.into())],
        )
    }

    /// The full name with its official citation, rendered by `cite.ftl`, unless the name
    /// already contains its head: "Uitvoeringswet AVG (UAVG), Wet van 16 mei 2018, Stb.
    /// 2018, 144".
    pub fn statute_cited(&mut self, id: &str) -> String {
        let name = self.statute_full(id);
        let law = self.law;
        let lang = self.lang;
        let Some(mut parts) = law.official_parts(id, lang, self) else {
            return name;
        };
        // "Wet van 21 maart 2007 tot regeling …, Wet van 21 maart 2007": the form and date
        // often repeat the name.
        if parts
            .first()
            .is_some_and(|h| name.to_lowercase().contains(&h.to_lowercase()))
        {
            parts.remove(0);
        }
        parts.insert(0, name);
        let sep = self.t0("cite-sep");
        parts.join(&sep)
    }

    /// Articles of a statute in the document's language: "art. 7:454 lid 3 BW" / "Article
    /// 7:454(3) of the Dutch Civil Code (BW)"; `statute` is the one they default to.
    pub fn cite(&mut self, article: &crate::law::Cites, statute: &str) -> String {
        let law = self.law;
        let lang = self.lang;
        law.cites(article, statute, lang, self)
    }

    /// The full name of a statute, with its short form: "Wet op de geneeskundige
    /// behandelingsovereenkomst (WGBO)".
    pub fn statute_full(&mut self, id: &str) -> String {
        match self.law.statute(id) {
            Some(s) => {
                let name = s.name.get(self.lang).to_string();
                match &s.short {
                    Some(short) if short.get(self.lang) != name => {
                        format!("{name} ({})", short.get(self.lang))
                    }
                    _ => name,
                }
            }
            None => id.to_string(),
        }
    }

    /// A cross-reference to section `id`, embedded in wording; resolved to "artikel 14" /
    /// "Article 14" with a link once the document is numbered.
    pub fn xref(&self, id: &str) -> String {
        xref::token(id)
    }

    /// Whether the page is in a language not read in the jurisdiction's country (an nb or en
    /// page of a Dutch clinic): contact details are then written for a reader abroad.
    pub fn abroad(&self) -> bool {
        !self.law.country.languages.contains(&self.lang)
    }

    /// A phone number as a link; on a page read from abroad in international form
    /// ("(053) 487 20 00" → "+31 53 487 20 00"). The link is always international.
    pub fn phone(&self, num: &str) -> Span {
        let c = &self.law.country;
        let intl = international(num, &c.calling_code, c.trunk_prefix.as_deref());
        let shown = if self.abroad() {
            intl.clone()
        } else {
            num.trim().to_string()
        };
        let digits: String = intl
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        link(shown, &format!("tel:{digits}"))
    }

    /// The country's name, to follow an address on a page read from abroad.
    pub fn country_line(&mut self) -> Option<String> {
        if !self.abroad() {
            return None;
        }
        let code = self.law.country.code.clone();
        Some(self.t0(&format!("country-{code}")))
    }

    /// The controller's name as used in running text.
    pub fn we(&self) -> String {
        let c = &self.lp.profile.controller;
        c.short_name.clone().unwrap_or_else(|| c.name.clone())
    }
}

impl crate::law::cite::Speak for Ctx<'_> {
    fn say(&mut self, id: &str, args: &[(&str, Arg)]) -> String {
        self.t(id, args)
    }
    fn day(&mut self, d: Date) -> String {
        self.date(d)
    }
}

/// A phone number in international form: a number written with "+" or "00" is kept; a
/// national one gets the calling code, without the trunk prefix and the brackets around it.
pub fn international(num: &str, calling_code: &str, trunk: Option<&str>) -> String {
    let t = num.trim();
    if t.starts_with('+') {
        return t.to_string();
    }
    if let Some(rest) = t.strip_prefix("00") {
        return format!("+{}", rest.trim_start());
    }
    let cleaned: String = t.chars().filter(|c| *c != '(' && *c != ')').collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let rest = match trunk {
        Some(tp) => cleaned.strip_prefix(tp).unwrap_or(&cleaned),
        None => cleaned.as_str(),
    };
    format!("+{calling_code} {}", rest.trim_start())
}

/// Only http(s), mailto and tel links are produced; anything else stays plain text.
pub fn safe_href(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p));
    (ok && !u.chars().any(|c| c.is_whitespace() || c.is_control())).then(|| u.to_string())
}

/// A link span, or plain text when the URL is not safe.
pub fn link(text: impl Into<String>, href: &str) -> Span {
    let text = text.into();
    match safe_href(href) {
        Some(href) => Span::Link { text, href },
        None => Span::Text { text },
    }
}

/// A link to a web address, shown without the scheme.
pub fn web(url: &str) -> Span {
    let shown = url
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/');
    link(shown, url)
}

pub fn mail(addr: &str) -> Span {
    link(addr, &format!("mailto:{}", addr.trim()))
}

pub fn tel(num: &str) -> Span {
    let digits: String = num
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    link(num, &format!("tel:{digits}"))
}

/// A name that ends in a full stop ("Zorggroep B.V.", "Munt Dental N.V.") put before the
/// message's own full stop would read "B.V..": the sentence ends with the name's stop.
fn single_stop(mut s: String, args: &[(&str, Arg)]) -> String {
    for (_, a) in args {
        if let Arg::Str(v) = a {
            if v.ends_with('.') && !v.ends_with("..") && s.contains(&format!("{v}.")) {
                s = s.replace(&format!("{v}."), v);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_ending_in_a_full_stop_ends_the_sentence_once() {
        let args = [("group", super::Arg::Str("Brug Zorggroep B.V.".into()))];
        let s = super::single_stop(
            "De Brug maakt deel uit van Brug Zorggroep B.V..".into(),
            &args,
        );
        assert_eq!(s, "De Brug maakt deel uit van Brug Zorggroep B.V.");
        // Names without a stop are left as they are.
        let none = [("name", super::Arg::Str("De Brug".into()))];
        assert_eq!(
            super::single_stop("Zie De Brug.".into(), &none),
            "Zie De Brug."
        );
    }

    use super::*;

    #[test]
    fn phone_numbers_in_international_form() {
        assert_eq!(
            international("(053) 487 20 00", "31", Some("0")),
            "+31 53 487 20 00"
        );
        assert_eq!(
            international("088 1805 250", "31", Some("0")),
            "+31 88 1805 250"
        );
        assert_eq!(
            international("+47 22 39 69 00", "47", None),
            "+47 22 39 69 00"
        );
        assert_eq!(
            international("0032 2 274 48 00", "32", Some("0")),
            "+32 2 274 48 00"
        );
        assert_eq!(international("22 39 69 00", "47", None), "+47 22 39 69 00");
    }

    #[test]
    fn unsafe_links_become_text() {
        assert!(matches!(
            link("x", "javascript:alert(1)"),
            Span::Text { .. }
        ));
        assert!(matches!(link("x", "https://a.example/"), Span::Link { .. }));
        assert!(matches!(mail("a@b.example"), Span::Link { .. }));
        assert_eq!(
            tel("(053) 487 20 00"),
            Span::Link {
                text: "(053) 487 20 00".into(),
                href: "tel:0534872000".into()
            }
        );
    }
}

/// The closed set of GDPR information items a section can cover, so that a document read
/// back from JSON gets the same `&'static str` values.
pub mod items {
    use serde::{Deserialize, Deserializer};

    pub const ALL: &[&str] = &[
        "7(3)", "12(3)", "13(1)(a)", "13(1)(b)", "13(1)(c)", "13(1)(d)", "13(1)(e)", "13(1)(f)",
        "13(2)(a)", "13(2)(b)", "13(2)(c)", "13(2)(d)", "13(2)(e)", "13(2)(f)", "14(1)(a)",
        "14(1)(b)", "14(1)(c)", "14(1)(d)", "14(1)(e)", "14(1)(f)", "14(2)(a)", "14(2)(b)",
        "14(2)(c)", "14(2)(d)", "14(2)(e)", "14(2)(f)", "14(2)(g)", "21(4)",
    ];

    /// The static spelling of an item, if it is one.
    pub fn get(s: &str) -> Option<&'static str> {
        ALL.iter().copied().find(|x| *x == s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
        let raw = Vec::<String>::deserialize(d)?;
        raw.iter()
            .map(|s| {
                get(s).ok_or_else(|| serde::de::Error::custom(format!("unknown GDPR item `{s}`")))
            })
            .collect()
    }
}
