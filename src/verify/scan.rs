//! Where the text rules of both catalogues match in one piece of page text: every pattern at
//! once, found with one prefilter pass ([`Prefilter`]) and remembered by the text.
//!
//! A page is read piece by piece (a paragraph, a list item, a table row: [`super::text`]);
//! what a pattern finds in a piece depends on the piece alone, never on the page, the profile
//! or the scope, which the caller applies afterwards. Generated pages repeat most of their
//! pieces (a statement and a reglement share their wording; profiles of one site share
//! sentences), so each thread remembers the hits of the pieces it has read, up to
//! [`CACHE_BYTES`] of text, and starts afresh when that is full.

use super::rules::{page_rules, PageRule, Target};
use crate::check::catalogue::{catalogue, CatalogueError, Rule};
use crate::prefilter::Prefilter;
use regex::Regex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

/// The text each thread's memory of hits may hold before it is cleared.
pub const CACHE_BYTES: usize = 16 << 20;

/// A text rule of either catalogue.
#[derive(Debug, Clone, Copy)]
pub enum TextRule {
    Page(&'static PageRule),
    Lint(&'static Rule),
}

impl TextRule {
    fn pattern(self) -> Option<&'static Regex> {
        match self {
            TextRule::Page(r) => r.pattern.as_ref(),
            TextRule::Lint(r) => r.lint.as_ref().map(|l| &l.pattern),
        }
    }

    fn case_sensitive(self) -> bool {
        match self {
            TextRule::Page(r) => r.case_sensitive,
            TextRule::Lint(r) => r.lint.as_ref().is_some_and(|l| l.case_sensitive),
        }
    }
}

/// One match: the rule (its index in [`TextRules::rules`]) and the words it matched.
pub type Hit = (usize, Box<str>);

/// The text rules: the page rules that read text, then the lint rules, each in its
/// catalogue's order.
#[derive(Debug)]
pub struct TextRules {
    pub rules: Vec<TextRule>,
    prefilter: Prefilter,
}

/// The text rules, gathered once.
pub fn text_rules() -> Result<&'static TextRules, CatalogueError> {
    static RULES: OnceLock<Result<TextRules, CatalogueError>> = OnceLock::new();
    RULES
        .get_or_init(|| {
            let page = page_rules()?;
            let cat = catalogue()?;
            let rules: Vec<TextRule> = page
                .iter()
                .filter(|r| r.target == Target::Text && r.pattern.is_some())
                .map(TextRule::Page)
                .chain(
                    cat.lints()
                        .filter(|r| r.lint.as_ref().is_some_and(|l| !l.profile_only))
                        .map(TextRule::Lint),
                )
                .collect();
            let prefilter = Prefilter::new(
                rules
                    .iter()
                    .map(|r| (r.pattern().map_or("", Regex::as_str), r.case_sensitive())),
            );
            Ok(TextRules { rules, prefilter })
        })
        .as_ref()
        .map_err(Clone::clone)
}

#[derive(Default)]
struct Cache {
    hits: HashMap<Box<str>, Rc<[Hit]>>,
    bytes: usize,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

impl TextRules {
    /// Every match of every text rule in `text`, by rule then position.
    pub fn hits(&self, text: &str) -> Rc<[Hit]> {
        if let Some(h) = CACHE.with(|c| c.borrow().hits.get(text).cloned()) {
            return h;
        }
        let hits: Rc<[Hit]> = self.find(text).into();
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.bytes + text.len() > CACHE_BYTES {
                c.hits.clear();
                c.bytes = 0;
            }
            if text.len() <= CACHE_BYTES {
                c.bytes += text.len();
                c.hits.insert(text.into(), Rc::clone(&hits));
            }
        });
        hits
    }

    /// The matches, without the memory.
    fn find(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        for (i, candidate) in self.prefilter.candidates(text).into_iter().enumerate() {
            if !candidate {
                continue;
            }
            if let Some(p) = self.rules[i].pattern() {
                out.extend(p.find_iter(text).map(|m| (i, m.as_str().into())));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::profile::DocumentKind;
    use crate::load::text::Lang;

    /// The prefilter and the memory change nothing: for every rule's quoted defects and
    /// correct wording, the hits are those of running every pattern, also when asked again.
    #[test]
    fn hits_are_those_of_every_pattern_run_alone() {
        let tr = text_rules().unwrap();
        let mut texts: Vec<String> = Vec::new();
        for r in &tr.rules {
            match r {
                TextRule::Page(p) => texts.extend(p.bad.iter().chain(&p.good).cloned()),
                TextRule::Lint(l) => texts.extend([l.bad.clone(), l.good.clone()]),
            }
        }
        texts.push("ÆØÅ æøå \u{212A}ELVIN ſ".into());
        assert!(texts.len() > 200, "{}", texts.len());
        for t in &texts {
            let slow: Vec<Hit> = tr
                .rules
                .iter()
                .enumerate()
                .flat_map(|(i, r)| {
                    r.pattern()
                        .into_iter()
                        .flat_map(move |p| p.find_iter(t).map(move |m| (i, m.as_str().into())))
                })
                .collect();
            assert_eq!(&*tr.hits(t), slow.as_slice(), "{t}");
            assert_eq!(&*tr.hits(t), slow.as_slice(), "again: {t}");
        }
    }

    /// A fact a structured field holds, written as prose, is a finding in the profile only:
    /// the page states it from the field (issue 16).
    #[test]
    fn profile_only_rules_do_not_read_pages() {
        let tr = text_rules().unwrap();
        let cat = catalogue().unwrap();
        let only: Vec<&str> = cat
            .lints()
            .filter(|r| r.lint.as_ref().is_some_and(|l| l.profile_only))
            .map(|r| r.id.as_str())
            .collect();
        assert!(only.contains(&"lint/free-text-exchange"), "{only:?}");
        for r in &tr.rules {
            if let TextRule::Lint(l) = r {
                assert!(!only.contains(&l.id.as_str()), "{}", l.id);
            }
        }
        let page =
            "Wij delen uw gegevens via het Landelijk Schakelpunt (LSP) als u toestemming geeft.";
        assert!(tr.hits(page).iter().all(|(k, _)| match tr.rules[*k] {
            TextRule::Lint(l) => !only.contains(&l.id.as_str()),
            TextRule::Page(_) => true,
        }));
    }

    #[test]
    fn every_bad_quote_of_a_text_rule_is_found() {
        let tr = text_rules().unwrap();
        for (i, r) in tr.rules.iter().enumerate() {
            let TextRule::Page(p) = r else { continue };
            for b in &p.bad {
                // A quote is read as a page of one section (`super::sketch`).
                let doc = super::super::sketch(b, Lang::En, DocumentKind::Statement);
                let found = super::super::text::units(&doc)
                    .iter()
                    .any(|u| tr.hits(&u.text).iter().any(|(k, _)| *k == i));
                assert!(found, "{}: {b}", p.id);
            }
        }
    }
}
