//! Stage 5: verify. The tool reviews its own pages: after render, the text of every generated
//! page (the document model and the visible text of its HTML page, chrome included) is read
//! against two catalogues of data:
//!
//! - the "never on a page" rules ([`rules`], `src/law/page-rules.yaml`): the defects legal
//!   reviews found in generated pages, each with its legal reason, citation and review item,
//!   as text patterns, HTML patterns or named structural checks (a lead sentence whose list is
//!   empty);
//! - the outdated-wording catalogue of the check (`src/law/lint.yaml`), which the check
//!   applies to a profile's own text, applied here to everything the wording and the law
//!   data put on the page.
//!
//! A rule may say `unless_profile`: the page may repeat what the clinic's profile states,
//! never more. This stage reads the model and the rendered pages and never reaches back into
//! an earlier stage; `site` calls it, and reports its findings with the check's (docs/check.md).

pub mod coverage;
pub mod docs;
pub mod rules;
pub mod scan;
pub mod text;

use crate::check::catalogue::CatalogueError;
use crate::diagnostics::{Diagnostic, Severity};
use crate::load::profile::{DocumentKind, Jurisdiction};
use crate::load::text::Lang;
use crate::load::LoadedProfile;
use crate::model::{Block, Document};
use crate::output::OutputTree;
use regex::Regex;
use rules::{PageRule, Structure, Target};
use scan::{TextRule, TextRules};
use text::Unit;

/// One finding: a rule that a page breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The page, relative to the site root (`optimal-care/nl/index.html`).
    pub page: String,
    /// The rule id (`page/…` or `lint/…`).
    pub rule: String,
    pub severity: Severity,
    /// What matched.
    pub found: String,
    /// The piece of text it was found in (cut to about 200 characters).
    pub text: String,
    /// How often the same words break the rule on this page.
    pub count: usize,
    pub message: String,
    pub help: String,
    pub citation: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} [{}] “{}”{}: {}\n    in: {}",
            self.page,
            self.rule,
            self.found,
            if self.count > 1 {
                format!(" (×{})", self.count)
            } else {
                String::new()
            },
            self.message,
            self.text
        )
    }
}

/// What a page is, for the rules' scope.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub lang: Lang,
    pub kind: Option<DocumentKind>,
    pub jurisdiction: Option<Jurisdiction>,
    /// The profile's source, for `unless_profile`.
    pub profile: Option<&'a str>,
    /// The profile's `effective` date: wording that was right then is not flagged.
    pub effective: Option<crate::load::text::Date>,
}

/// A rule of either catalogue, as the reviewer uses it.
/// A text rule that applies to the page being read.
struct Matcher<'a> {
    rule: TextRule,
    id: &'a str,
    severity: Severity,
    unless: Option<&'a Regex>,
    requires: Option<&'a Regex>,
    /// A lint rule's `unless_sentence`: read over the unit (the sentence or list item) only.
    unless_sentence: Option<&'a Regex>,
    /// Fields the rule skips (a lint rule's `except_fields`): their first segment is a
    /// section id.
    skip: &'a [String],
    /// Only these sections (empty: all).
    only: &'a [String],
    unless_page: Option<&'a Regex>,
    requires_page: Option<&'a Regex>,
    /// `unless` is read over the whole section (a lint rule: "as long as necessary" is
    /// fine in a section that gives the periods).
    unless_in_section: bool,
}

impl Matcher<'_> {
    fn skips(&self, at: &str) -> bool {
        self.skip
            .iter()
            .any(|f| f.split(['[', '.']).next() == Some(at))
            || (!self.only.is_empty() && !self.only.iter().any(|o| o == at))
    }

    fn message(&self) -> &str {
        match self.rule {
            TextRule::Page(r) => &r.message,
            TextRule::Lint(r) => &r.message,
        }
    }

    fn help(&self) -> &str {
        match self.rule {
            TextRule::Page(r) => &r.help,
            TextRule::Lint(r) => &r.help,
        }
    }

    fn citation(&self) -> String {
        match self.rule {
            TextRule::Page(r) => r.cited(),
            TextRule::Lint(r) => r.cited(),
        }
    }
}

fn lang_matches(rule: &[Lang], lang: Lang) -> bool {
    rule.is_empty() || rule.contains(&lang) || lang.base().is_some_and(|b| rule.contains(&b))
}

fn cut(s: &str) -> String {
    let mut t: String = s.chars().take(200).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// A text rule as a matcher, when it applies to a page of this scope.
fn matcher(rule: TextRule, scope: &Scope) -> Option<Matcher<'static>> {
    match rule {
        TextRule::Page(r) => {
            if !r.applies(scope.lang, scope.jurisdiction, scope.kind)
                || profile_excludes(r, scope.profile)
            {
                return None;
            }
            Some(Matcher {
                rule,
                id: &r.id,
                severity: r.severity,
                unless: r.unless.as_ref(),
                requires: r.requires.as_ref(),
                unless_sentence: None,
                skip: &[],
                only: &r.sections,
                unless_page: r.unless_page.as_ref(),
                requires_page: r.requires_page.as_ref(),
                unless_in_section: false,
            })
        }
        TextRule::Lint(r) => {
            let l = r.lint.as_ref()?;
            if scope.jurisdiction.is_some_and(|j| !r.applies_to(j))
                || !lang_matches(&l.languages, scope.lang)
                || !l.judges(scope.effective)
            {
                return None;
            }
            Some(Matcher {
                rule,
                id: &r.id,
                severity: r.severity,
                unless: l.unless.as_ref(),
                requires: l.requires.as_ref(),
                unless_sentence: l.unless_sentence.as_ref(),
                skip: &l.except_fields,
                only: &[],
                unless_page: None,
                requires_page: None,
                unless_in_section: true,
            })
        }
    }
}

/// The profile states what the page says (`unless_profile`), or is not the kind of
/// profile the rule is about (`when_profile`). Without a profile, neither.
fn profile_excludes(r: &PageRule, profile: Option<&str>) -> bool {
    let Some(src) = profile else { return false };
    r.unless_profile.as_ref().is_some_and(|p| p.is_match(src))
        || r.when_profile.as_ref().is_some_and(|p| !p.is_match(src))
}

/// Findings of the text rules over `units`, then of the HTML and structure rules.
fn run(
    page: &str,
    units: &[Unit],
    html: Option<&str>,
    doc: Option<&Document>,
    scope: &Scope,
    page_rules: &[PageRule],
    text_rules: &TextRules,
) -> Vec<Finding> {
    let mut found: Vec<Finding> = Vec::new();
    let mut add = |rule: &str,
                   severity: Severity,
                   m: &str,
                   text: &str,
                   message: &str,
                   help: &str,
                   citation: &dyn Fn() -> String| {
        let key = m.to_lowercase();
        if let Some(f) = found
            .iter_mut()
            .find(|f| f.rule == rule && f.found.to_lowercase() == key)
        {
            f.count += 1;
            return;
        }
        found.push(Finding {
            page: page.to_string(),
            rule: rule.to_string(),
            severity,
            found: m.to_string(),
            text: cut(text),
            count: 1,
            message: message.to_string(),
            help: help.to_string(),
            citation: citation(),
        });
    };

    // Every piece of text in one haystack, separated by a NUL line, for the rules that read
    // the whole page (`unless_page`, `requires_page`); made when one is needed.
    let joined = std::cell::OnceCell::new();
    let joined = || {
        joined.get_or_init(|| {
            const SEP: &str = "\n\0\n";
            let mut j = String::with_capacity(units.iter().map(|u| u.text.len() + 3).sum());
            for u in units {
                j.push_str(&u.text.replace('\0', " "));
                j.push_str(SEP);
            }
            j
        })
    };
    // The text of each section, for rules that read a whole section; made when needed.
    let sections = std::cell::OnceCell::new();
    let sections = || {
        sections.get_or_init(|| {
            let mut m: std::collections::HashMap<&str, String> = Default::default();
            for u in units {
                let s = m.entry(u.at.as_str()).or_default();
                s.push_str(&u.text);
                s.push('\n');
            }
            m
        })
    };

    // Where each text rule matches, piece by piece (rule, piece, words), in the rules' order.
    let mut hits: Vec<(usize, usize, Box<str>)> = Vec::new();
    for (i, u) in units.iter().enumerate() {
        hits.extend(
            text_rules
                .hits(&u.text)
                .iter()
                .map(|(k, m)| (*k, i, m.clone())),
        );
    }
    hits.sort_by_key(|(k, i, _)| (*k, *i));
    let mut rest = hits.as_slice();
    while let Some(&(key, _, _)) = rest.first() {
        let n = rest.iter().take_while(|h| h.0 == key).count();
        let (these, after) = rest.split_at(n);
        rest = after;
        let Some(m) = matcher(text_rules.rules[key], scope) else {
            continue;
        };
        // The page-wide conditions, only for a rule that found something.
        if m.unless_page.is_some_and(|r| r.is_match(joined()))
            || m.requires_page.is_some_and(|r| !r.is_match(joined()))
        {
            continue;
        }
        for (_, i, hit) in these {
            let u = &units[*i];
            if m.skips(&u.at) {
                continue;
            }
            let unless_in = if m.unless_in_section {
                sections()
                    .get(u.at.as_str())
                    .map_or(u.text.as_str(), String::as_str)
            } else {
                u.text.as_str()
            };
            if m.unless.is_some_and(|r| r.is_match(unless_in))
                || m.unless_sentence.is_some_and(|r| r.is_match(&u.text))
                || m.requires.is_some_and(|r| !r.is_match(&u.text))
            {
                continue;
            }
            add(
                m.id,
                m.severity,
                hit.trim(),
                &u.text,
                m.message(),
                m.help(),
                &|| m.citation(),
            );
        }
    }

    for r in page_rules.iter().filter(|r| r.target != Target::Text) {
        if !r.applies(scope.lang, scope.jurisdiction, scope.kind)
            || profile_excludes(r, scope.profile)
            || r.unless_page.as_ref().is_some_and(|p| p.is_match(joined()))
            || r.requires_page
                .as_ref()
                .is_some_and(|p| !p.is_match(joined()))
        {
            continue;
        }
        match (r.target, &r.pattern, r.check) {
            (Target::Html, Some(p), _) => {
                if let Some(html) = html {
                    for x in p.find_iter(html) {
                        add(
                            &r.id,
                            r.severity,
                            x.as_str(),
                            x.as_str(),
                            &r.message,
                            &r.help,
                            &|| r.cited(),
                        );
                    }
                }
            }
            (Target::Structure, _, Some(check)) => {
                if let Some(doc) = doc {
                    for (text, section) in structure(doc, check) {
                        let shown = format!("{} (section {section})", cut(&text));
                        add(
                            &r.id,
                            r.severity,
                            &cut(&text),
                            &shown,
                            &r.message,
                            &r.help,
                            &|| r.cited(),
                        );
                    }
                }
            }
            _ => {}
        }
    }
    found
}

fn has_items(b: &Block) -> Option<bool> {
    match b {
        Block::List { items, .. } => Some(!items.is_empty()),
        Block::Table { rows, .. } => Some(!rows.is_empty()),
        Block::Definitions { items } => Some(!items.is_empty()),
        Block::Address { lines } => Some(!lines.is_empty()),
        Block::Paragraph { .. } | Block::Subheading { .. } => None,
    }
}

/// The places in `doc` that fail a structural check: (the text, the section id).
fn structure(doc: &Document, check: Structure) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for s in &doc.sections {
        for (i, b) in s.blocks.iter().enumerate() {
            match check {
                Structure::EmptyBlock => {
                    if has_items(b) == Some(false) {
                        let lead = s.blocks[..i]
                            .iter()
                            .rev()
                            .find_map(|b| match b {
                                Block::Paragraph { text } => Some(text.plain()),
                                _ => None,
                            })
                            .unwrap_or_else(|| s.heading.clone());
                        out.push((format!("{lead} [empty]"), s.id.clone()));
                    }
                }
                Structure::LeadWithoutList => {
                    let Block::Paragraph { text } = b else {
                        continue;
                    };
                    let t = text.plain();
                    if !t.trim_end().ends_with(':') {
                        continue;
                    }
                    // The list may follow under subheadings ("consists of: / Administrative
                    // data / – …").
                    let next = s.blocks[i + 1..]
                        .iter()
                        .find(|b| !matches!(b, Block::Subheading { .. }));
                    if next.and_then(has_items) != Some(true) {
                        out.push((t, s.id.clone()));
                    }
                }
            }
        }
    }
    out
}

/// Reviews one document and its HTML page (when rendered) against both catalogues.
pub fn review(
    doc: &Document,
    page: &str,
    html: Option<&str>,
    jurisdiction: Option<Jurisdiction>,
    profile: Option<&str>,
) -> Result<Vec<Finding>, CatalogueError> {
    let scope = Scope {
        lang: doc.lang,
        kind: Some(doc.kind),
        jurisdiction,
        profile,
        effective: None,
    };
    review_in(doc, page, html, &scope)
}

/// [`review`] in a scope (which also gives the profile's date).
fn review_in(
    doc: &Document,
    page: &str,
    html: Option<&str>,
    scope: &Scope,
) -> Result<Vec<Finding>, CatalogueError> {
    let page_rules = rules::page_rules()?;
    let text_rules = scan::text_rules()?;
    let mut units = text::units(doc);
    if let Some(h) = html {
        units.extend(text::html_units(h));
    }
    Ok(run(
        page,
        &units,
        html,
        Some(doc),
        scope,
        page_rules,
        text_rules,
    ))
}

/// Reviews a piece of page text alone (tests, `explain`'s examples): the text rules of both
/// catalogues, and the structure rules on a text written as blocks (see [`sketch`]).
pub fn review_text(text: &str, scope: &Scope) -> Result<Vec<Finding>, CatalogueError> {
    let page_rules = rules::page_rules()?;
    let text_rules = scan::text_rules()?;
    let doc = sketch(
        text,
        scope.lang,
        scope.kind.unwrap_or(DocumentKind::Statement),
    );
    let units = text::units(&doc);
    Ok(run(
        "text",
        &units,
        Some(text),
        Some(&doc),
        scope,
        page_rules,
        text_rules,
    ))
}

/// A one-section document from a sketch: each line is a paragraph, except lines starting
/// with `- ` (items of one list), a line `[]` (an empty list) and a line `# …` (the title).
pub fn sketch(text: &str, lang: Lang, kind: DocumentKind) -> Document {
    use crate::model::{Meta, Rich, Section};
    let mut blocks: Vec<Block> = Vec::new();
    let mut title = String::new();
    for line in text.lines() {
        if let Some(t) = line.strip_prefix("# ") {
            title = t.to_string();
        } else if let Some(item) = line.strip_prefix("- ") {
            if let Some(Block::List { items, .. }) = blocks.last_mut() {
                items.push(Rich::text(item));
            } else {
                blocks.push(Block::List {
                    ordered: false,
                    items: vec![Rich::text(item)],
                });
            }
        } else if line.trim() == "[]" {
            blocks.push(Block::List {
                ordered: false,
                items: Vec::new(),
            });
        } else if !line.trim().is_empty() {
            blocks.push(Block::Paragraph {
                text: Rich::text(line),
            });
        }
    }
    Document {
        kind,
        lang,
        profile: "text".into(),
        meta: Meta {
            title,
            controller: String::new(),
            version: String::new(),
            effective: String::new(),
            effective_iso: String::new(),
            version_line: String::new(),
            allowed: Vec::new(),
            draft: false,
            register: Default::default(),
        },
        sections: vec![Section {
            id: "text".into(),
            number: None,
            heading: String::new(),
            blocks,
            covers: Vec::new(),
        }],
    }
}

/// Family (f): every document of one profile (`docs`), as modelled and as rendered in
/// `tree`, covers the GDPR items that apply to the profile ([`coverage`]).
pub fn coverage(lp: &LoadedProfile, docs: &[Document], tree: &OutputTree) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for doc in docs {
        out.extend(coverage::document(doc, lp));
        let page = crate::output::paths::page_path(&lp.id, doc.lang, doc.kind);
        if let Some(html) = tree.get(&page) {
            out.extend(coverage::rendered(doc, &page, html, lp));
        }
    }
    crate::check::allow::apply(lp, &mut out, false);
    out
}

/// Reviews every document of one profile (`docs`) with its rendered page in `tree`.
pub fn profile_findings(
    lp: &LoadedProfile,
    docs: &[Document],
    tree: &OutputTree,
) -> Result<Vec<Finding>, CatalogueError> {
    let mut out = Vec::new();
    for doc in docs {
        let page = crate::output::paths::page_path(&lp.id, doc.lang, doc.kind);
        let html = tree.get(&page).and_then(|b| std::str::from_utf8(b).ok());
        let scope = Scope {
            lang: doc.lang,
            kind: Some(doc.kind),
            jurisdiction: Some(lp.profile.jurisdiction),
            profile: Some(&lp.source),
            effective: Some(lp.profile.effective),
        };
        out.extend(review_in(doc, &page, html, &scope)?);
    }
    Ok(out)
}

/// The page review of one profile as diagnostics of its file (the `build` and `check`
/// output). A page finding is at most a warning: the page is generated from the site's
/// wording and the law data, which the profile does not hold; `--deny warnings` fails on it.
pub fn documents(lp: &LoadedProfile, docs: &[Document], tree: &OutputTree) -> Vec<Diagnostic> {
    let findings = match profile_findings(lp, docs, tree) {
        Ok(f) => f,
        Err(e) => return vec![Diagnostic::error("verify/catalogue", e.to_string())],
    };
    // Outdated wording the page took over from the profile's own text is already reported by
    // `check` at its line in the profile; the page review reports what the wording and the law
    // data put on the page.
    let source = lp.source.to_lowercase();
    let mut out: Vec<Diagnostic> = findings
        .into_iter()
        .filter(|f| !(f.rule.starts_with("lint/") && source.contains(&f.found.to_lowercase())))
        .map(|f| {
            let times = if f.count > 1 {
                format!(" ({} times)", f.count)
            } else {
                String::new()
            };
            let mut d = Diagnostic::warning(
                &f.rule,
                format!("page {}: “{}”{times}: {}", f.page, f.found, f.message),
            )
            .file(&lp.path)
            .help(format!("{}; in: {}", f.help, f.text));
            if f.severity == Severity::Info {
                d.severity = Severity::Info;
            }
            d.citation = Some(f.citation);
            d
        })
        .collect();
    crate::check::allow::apply(lp, &mut out, false);
    out
}

#[cfg(test)]
mod tests;
