//! The "never on a page" catalogue (`src/law/page-rules.yaml`): sentences and structures a
//! generated page must never contain, each with its legal reason, citation and the review
//! item it comes from. The data is embedded in the binary and parsed once; a bad rule is a
//! bug in this repository ([`CatalogueError`]), never a user error.

use crate::check::catalogue::{CatalogueError, Tag};
use crate::diagnostics::Severity;
use crate::load::profile::{DocumentKind, Jurisdiction};
use crate::load::text::Lang;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::sync::OnceLock;

const PAGE_RULES: &str = include_str!("../law/page-rules.yaml");
const FILE: &str = "src/law/page-rules.yaml";

/// What a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// The text of the page, a paragraph, list item, table row or heading at a time.
    #[default]
    Text,
    /// The page's HTML source as written (empty elements and the like).
    Html,
    /// The document's structure: a named check ([`Structure`]).
    Structure,
}

/// Named structural checks (the `check:` of a `target: structure` rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Structure {
    /// A paragraph that ends in a colon (a lead sentence) with no list, table, definitions
    /// or address after it, or with an empty one.
    LeadWithoutList,
    /// A list, table, definition list or address block with nothing in it.
    EmptyBlock,
}

/// One rule of the catalogue.
#[derive(Debug, Clone)]
pub struct PageRule {
    pub id: String,
    /// The review item it comes from (`review-nl 1`, `review-nb M6`).
    pub review: String,
    pub target: Target,
    pub pattern: Option<Regex>,
    /// The rule does not fire when this also matches the same piece of text.
    pub unless: Option<Regex>,
    /// The rule fires only when this also matches the same piece of text.
    pub requires: Option<Regex>,
    /// The rule does not fire when some other text of the same page matches this (a
    /// statute the page must cite wherever it says something).
    pub unless_page: Option<Regex>,
    /// The rule fires only when some text of the same page matches this.
    pub requires_page: Option<Regex>,
    /// The rule does not fire when the profile's own source says this (the page may say
    /// what the clinic stated, never more).
    pub unless_profile: Option<Regex>,
    /// The rule applies only to profiles whose source matches this (e.g. a hospital).
    pub when_profile: Option<Regex>,
    /// Only text of these sections (section ids; `title` is the title and version line,
    /// `page` the HTML page's own text); empty: all.
    pub sections: Vec<String>,
    /// `languages` name exactly the page languages (`nl` does not cover `nl-BE`).
    pub exact_languages: bool,
    pub check: Option<Structure>,
    /// `pattern`, `unless` and `unless_page` match case-sensitively.
    pub case_sensitive: bool,
    /// Page languages it applies to (empty: all); `nl` covers `nl-BE`.
    pub languages: Vec<Lang>,
    /// Jurisdictions of the profile (empty: all).
    pub jurisdictions: Vec<Jurisdiction>,
    /// Document kinds (empty: all).
    pub kinds: Vec<DocumentKind>,
    pub severity: Severity,
    pub message: String,
    /// Why the law forbids it.
    pub reason: String,
    pub citation: String,
    pub tag: Tag,
    pub help: String,
    /// Quoted defects: each must raise the rule.
    pub bad: Vec<String>,
    /// The correct wording: none may raise it.
    pub good: Vec<String>,
}

impl PageRule {
    /// The citation with how well it is verified, in plain words.
    pub fn cited(&self) -> String {
        match self.tag {
            Tag::V => self.citation.clone(),
            Tag::S => format!("{} (confirmed only in a secondary source)", self.citation),
            Tag::M => format!(
                "{} (not yet confirmed against the official text)",
                self.citation
            ),
        }
    }

    pub fn applies(&self, lang: Lang, j: Option<Jurisdiction>, kind: Option<DocumentKind>) -> bool {
        (self.languages.is_empty()
            || self.languages.contains(&lang)
            || (!self.exact_languages && lang.base().is_some_and(|b| self.languages.contains(&b))))
            && (self.jurisdictions.is_empty() || j.is_none_or(|j| self.jurisdictions.contains(&j)))
            && (self.kinds.is_empty() || kind.is_none_or(|k| self.kinds.contains(&k)))
    }

    /// Anchor of the rule in `docs/check.md`.
    pub fn anchor(&self) -> String {
        self.id.replace('/', "-")
    }
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Sev {
    Error,
    Warning,
    Info,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: String,
    review: String,
    #[serde(default)]
    target: Target,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    unless: Option<String>,
    #[serde(default)]
    requires: Option<String>,
    #[serde(default)]
    unless_page: Option<String>,
    #[serde(default)]
    requires_page: Option<String>,
    #[serde(default)]
    unless_profile: Option<String>,
    #[serde(default)]
    when_profile: Option<String>,
    #[serde(default)]
    sections: Vec<String>,
    #[serde(default)]
    exact_languages: bool,
    #[serde(default)]
    check: Option<Structure>,
    #[serde(default)]
    case_sensitive: bool,
    #[serde(default)]
    languages: Vec<Lang>,
    #[serde(default)]
    jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    kinds: Vec<DocumentKind>,
    severity: Sev,
    message: String,
    reason: String,
    citation: String,
    source: Tag,
    help: String,
    bad: Vec<String>,
    good: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    rules: Vec<Raw>,
}

fn invalid(message: String) -> CatalogueError {
    CatalogueError::Invalid {
        file: FILE,
        message,
    }
}

fn regex(p: &str, case_sensitive: bool, id: &str) -> Result<Regex, CatalogueError> {
    RegexBuilder::new(p)
        .case_insensitive(!case_sensitive)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| invalid(format!("{id}: bad pattern: {e}")))
}

fn compile(r: Raw) -> Result<PageRule, CatalogueError> {
    let id = r.id.clone();
    if !id.starts_with("page/") {
        return Err(invalid(format!(
            "{id}: a page rule's id starts with `page/`"
        )));
    }
    let rx = |p: &Option<String>, cs: bool| p.as_deref().map(|p| regex(p, cs, &id)).transpose();
    let pattern = rx(&r.pattern, r.case_sensitive)?;
    match (r.target, &pattern, r.check) {
        (Target::Structure, None, Some(_)) => {}
        (Target::Text | Target::Html, Some(_), None) => {}
        _ => {
            return Err(invalid(format!(
                "{id}: a text or html rule has a `pattern`, a structure rule a `check`"
            )))
        }
    }
    if r.bad.is_empty() || r.good.is_empty() {
        return Err(invalid(format!(
            "{id}: every rule quotes at least one bad and one good example"
        )));
    }
    Ok(PageRule {
        unless: rx(&r.unless, r.case_sensitive)?,
        requires: rx(&r.requires, false)?,
        unless_page: rx(&r.unless_page, r.case_sensitive)?,
        requires_page: rx(&r.requires_page, false)?,
        unless_profile: rx(&r.unless_profile, false)?,
        when_profile: rx(&r.when_profile, false)?,
        sections: r.sections,
        exact_languages: r.exact_languages,
        pattern,
        id: r.id,
        review: r.review,
        target: r.target,
        check: r.check,
        case_sensitive: r.case_sensitive,
        languages: r.languages,
        jurisdictions: r.jurisdictions,
        kinds: r.kinds,
        severity: match r.severity {
            Sev::Error => Severity::Error,
            Sev::Warning => Severity::Warning,
            Sev::Info => Severity::Info,
        },
        message: r.message,
        reason: r.reason,
        citation: r.citation,
        tag: r.source,
        help: r.help,
        bad: r.bad,
        good: r.good,
    })
}

/// Parses the catalogue (every call parses anew; use [`page_rules`]).
pub fn parse() -> Result<Vec<PageRule>, CatalogueError> {
    let raw: RawFile = serde_saphyr::from_str(PAGE_RULES).map_err(|e| invalid(e.to_string()))?;
    let mut out: Vec<PageRule> = Vec::with_capacity(raw.rules.len());
    for r in raw.rules {
        let rule = compile(r)?;
        if out.iter().any(|o| o.id == rule.id) {
            return Err(invalid(format!("rule `{}` is defined twice", rule.id)));
        }
        out.push(rule);
    }
    Ok(out)
}

/// The catalogue, parsed once.
pub fn page_rules() -> Result<&'static [PageRule], CatalogueError> {
    static RULES: OnceLock<Result<Vec<PageRule>, CatalogueError>> = OnceLock::new();
    RULES
        .get_or_init(parse)
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// One rule by id.
pub fn get(id: &str) -> Option<&'static PageRule> {
    page_rules().ok()?.iter().find(|r| r.id == id)
}

/// SARIF metadata for a page rule.
pub fn meta(code: &str) -> Option<crate::diagnostics::sarif::RuleMeta> {
    let r = get(code)?;
    Some(crate::diagnostics::sarif::RuleMeta {
        id: r.id.clone(),
        short: r.message.clone(),
        help: format!("{}\n{}", r.help, r.reason),
        citation: Some(r.cited()),
        help_uri: Some(format!("{}#{}", crate::check::catalogue::DOCS, r.anchor())),
        severity: r.severity,
    })
}

/// The text `privgen explain page/…` prints.
pub fn explain(rule: &PageRule) -> String {
    let mut s = format!(
        "{}  (page review, {} by default)\n\n",
        rule.id,
        rule.severity.key()
    );
    s.push_str("Applies to: the text of every generated page");
    let mut scope = Vec::new();
    if !rule.languages.is_empty() {
        let l: Vec<&str> = rule.languages.iter().map(|l| l.code()).collect();
        scope.push(format!("pages in {}", l.join(", ")));
    }
    if !rule.jurisdictions.is_empty() {
        let j: Vec<&str> = rule.jurisdictions.iter().map(|j| j.code()).collect();
        scope.push(format!("clinics in {}", j.join(", ")));
    }
    if !rule.kinds.is_empty() {
        let k: Vec<&str> = rule.kinds.iter().map(|k| k.key()).collect();
        scope.push(format!("documents: {}", k.join(", ")));
    }
    if !scope.is_empty() {
        s.push_str(&format!(" ({})", scope.join("; ")));
    }
    s.push('\n');
    s.push_str(&format!("Citation: {}\n", rule.cited()));
    s.push_str(&format!("Review: {}\n", rule.review));
    if let Some(p) = &rule.pattern {
        s.push_str(&format!("Pattern: {}\n", p.as_str()));
    }
    s.push_str(&format!("\nWhy:\n  {}\n", rule.reason.trim()));
    s.push_str(&format!("\nFinding:\n  {}\n", rule.message.trim()));
    s.push_str(&format!("\nWhat to do:\n  {}\n", rule.help.trim()));
    s.push_str("\nNever on a page:\n");
    for b in &rule.bad {
        s.push_str(&format!("  {}\n", b.trim_end().replace('\n', "\n  ")));
    }
    s.push_str("\nRight:\n");
    for g in &rule.good {
        s.push_str(&format!("  {}\n", g.trim_end().replace('\n', "\n  ")));
    }
    s
}
