//! Stage 3: the document model. A [`Document`] is one statement in one language: sections
//! with stable ids and headings, holding typed blocks (paragraph, list, table, definitions,
//! address) of rich text. All wording comes from Fluent messages and the profile's own
//! `LocalizedText`; every section records the GDPR items it covers. Renderers (HTML,
//! Markdown, text, JSON) all read this one model.

mod build;
mod parts;

pub use build::build_statement;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Wording};
use crate::law::LawData;
use crate::load::locate::PathIndex;
use crate::load::text::{Date, Lang, LocalizedText, Period, Term};
use crate::load::LoadedProfile;
use serde::Serialize;

/// A span of rich text.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
}

/// A run of spans, rendered inline.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
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
            })
            .collect()
    }
}

/// A block of a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        text: Rich,
    },
    Subheading {
        text: String,
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

/// A section of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Stable id, used as the anchor (`#retention`).
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
    /// GDPR information items this section provides (`13(1)(a)`, `14(2)(f)` …).
    pub covers: Vec<&'static str>,
}

/// Facts shown around the body: title, version, dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    pub title: String,
    pub controller: String,
    pub version: String,
    pub effective: String,
    pub effective_iso: String,
    /// "Version 1.0, in force from 1 January 2026".
    pub version_line: String,
}

/// One statement in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub kind: &'static str,
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

/// Everything a builder needs, and where its diagnostics go.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub wording: &'a Wording,
    pub law: &'a LawData,
    pub lp: &'a LoadedProfile,
    index: PathIndex,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    pub fn new(lang: Lang, wording: &'a Wording, law: &'a LawData, lp: &'a LoadedProfile) -> Self {
        Ctx {
            lang,
            wording,
            law,
            lp,
            index: PathIndex::new(&lp.source),
            diags: Vec::new(),
        }
    }

    /// A message in the document's language. A missing message or variable is recorded as
    /// an error (the build then fails) and yields an empty string.
    pub fn t(&mut self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.wording.format(self.lang, id, args) {
            Ok(s) => s,
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

    /// The clinic's own text for this language; a missing language is an error at `field`.
    pub fn lt(&mut self, text: &LocalizedText, field: &str) -> String {
        match text.get(self.lang) {
            Some(s) => s.to_string(),
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
                if let Some((l, c)) = self.index.find(field) {
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
                ("day", Arg::Str(d.day.to_string())),
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

    /// The controller's name as used in running text.
    pub fn we(&self) -> String {
        let c = &self.lp.profile.controller;
        c.short_name.clone().unwrap_or_else(|| c.name.clone())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
