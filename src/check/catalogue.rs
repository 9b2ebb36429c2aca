//! The rule catalogue: every rule the check stage can raise, with its stable id, default
//! severity, legal citation (and how well that citation is verified), applicability
//! condition, message, help text, rationale and a bad and a good example. The catalogue is
//! data: `src/law/rules.yaml` (completeness, national, consistency, translation, coverage)
//! and `src/law/lint.yaml` (outdated wording, with its patterns), embedded in the binary so
//! a lawyer can review the rules without reading Rust.

use crate::diagnostics::sarif::RuleMeta;
use crate::diagnostics::Severity;
use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;
use crate::prefilter::Prefilter;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const RULES: &str = include_str!("../law/rules.yaml");
const LINT: &str = include_str!("../law/lint.yaml");

/// Where the documentation of every rule lives (SARIF `helpUri`).
pub const DOCS: &str = "docs/check.md";

/// Rule families, as listed in `privgen explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Art. 13/14 items, 9(2)(h) with its national hook, 12(3), 21(4), 7(3).
    Completeness,
    /// National rules, judged by the law data on the profile's `effective` date.
    National,
    /// Facts in the profile that contradict each other or the law.
    Consistency,
    /// Outdated or wrong wording in the profile's free text.
    Wording,
    /// Every text in every published language.
    Translation,
    /// The rendered document covers every applicable item.
    Coverage,
    /// Suppressions (`allow:`).
    Meta,
}

impl Family {
    pub fn key(self) -> &'static str {
        match self {
            Family::Completeness => "completeness",
            Family::National => "national",
            Family::Consistency => "consistency",
            Family::Wording => "wording",
            Family::Translation => "translation",
            Family::Coverage => "coverage",
            Family::Meta => "meta",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Sev {
    Error,
    Warning,
    Info,
}

/// How well a citation is verified (the research's tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Tag {
    /// Verified against a primary or official source.
    V,
    /// Verified against a secondary source only.
    S,
    /// From memory, not verified.
    M,
}

/// One rule of the catalogue.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub family: Family,
    pub severity: Severity,
    /// Article and paragraph, or guideline and paragraph.
    pub citation: String,
    pub tag: Tag,
    /// When the rule applies.
    pub applies: String,
    /// The finding; `{name}` placeholders are filled in by the check.
    pub message: String,
    /// What to write instead; may use the same placeholders.
    pub help: String,
    pub rationale: String,
    /// Examples: YAML profile excerpts for structural rules, sentences for wording rules.
    pub bad: String,
    pub good: String,
    /// Jurisdictions the rule is limited to (empty: all).
    pub jurisdictions: Vec<Jurisdiction>,
    /// The pattern side of a wording rule.
    pub lint: Option<Lint>,
    /// Values the check compares against (e.g. a national age), kept with the rule.
    pub params: BTreeMap<String, String>,
    /// The jurisdiction the examples are written for, when the rule applies everywhere.
    pub example_jurisdiction: Option<Jurisdiction>,
    /// Whether a profile's `allow:` may suppress it. A rule whose finding means the page
    /// would mislead (no contact route at all, no purpose) is not allowable: the finding
    /// stays an error, and only a draft (`draft: true`) is spared publication.
    pub allowable: bool,
}

/// The pattern side of a wording rule.
#[derive(Debug, Clone)]
pub struct Lint {
    /// Id of the defect in the project's catalogue of outdated wording (EU-02, NL-05, …);
    /// used to group rules, never shown to users.
    pub reference: String,
    pub pattern: Regex,
    /// The rule does not fire when this also matches the same text.
    pub unless: Option<Regex>,
    /// The rule fires only when this also matches the same text.
    pub requires: Option<Regex>,
    /// The rule does not fire when this matches the sentence of the match: a historical
    /// mention ("de Wbp geldt niet meer", "vroeger de Privacycommissie"), or a context that
    /// makes the phrase right there (consent asked for a newsletter, not for care). Unlike `unless`,
    /// which `audit` judges on the paragraph and the two after it, this is judged on the one
    /// sentence, so a repealed act cited as current stays flagged when a later paragraph
    /// tells its history. In a profile's text it is judged on the whole text, as `unless`.
    pub unless_sentence: Option<Regex>,
    /// Languages of the text it applies to (empty: all); `nl` covers `nl-BE`.
    pub languages: Vec<Lang>,
    /// Fields it skips, as paths without indices (`retention[].criterion`).
    pub except_fields: Vec<String>,
    pub replacement: String,
    /// Whether `pattern` (and `unless`) are matched case-sensitively.
    pub case_sensitive: bool,
    /// The date from which the wording is outdated; a text of an earlier date was right.
    pub outdated_since: Option<crate::load::text::Date>,
    /// Read in the profile's own texts only, not on generated pages (a fact a structured
    /// field holds, written as free text: the page states it from the field).
    pub profile_only: bool,
    /// More sentences the rule must fire on, and must not fire on, than the one `bad` and
    /// `good` example (variants of the wording seen in real statements); tested, not shown.
    pub also_bad: Vec<String>,
    pub also_good: Vec<String>,
    /// The pattern as written in the catalogue (`pattern` is compiled from it with ASCII word
    /// boundaries where it is ASCII); what `privgen explain` shows.
    pub written: String,
}

impl Lint {
    /// Whether the rule judges a text of this date: it has no date, or the text is not
    /// older than the date from which the wording is outdated.
    pub fn judges(&self, date: Option<crate::load::text::Date>) -> bool {
        match (self.outdated_since, date) {
            (Some(since), Some(d)) => d >= since,
            _ => true,
        }
    }
}

impl Rule {
    /// The citation with its verification status, stated plainly (docs/law-sources.md
    /// lists what would confirm it).
    pub fn cited(&self) -> String {
        self.cited_as(&self.citation)
    }

    /// `citation` (a finding's own, narrower provision) with this rule's verification note.
    pub fn cited_as(&self, citation: &str) -> String {
        match self.tag {
            Tag::V => citation.to_string(),
            Tag::S => format!("{citation} (confirmed only in a secondary source)"),
            Tag::M => format!("{citation} (not yet confirmed against the official text)"),
        }
    }

    pub fn applies_to(&self, j: Jurisdiction) -> bool {
        self.jurisdictions.is_empty() || self.jurisdictions.contains(&j)
    }

    /// Anchor of the rule in `docs/check.md`.
    pub fn anchor(&self) -> String {
        self.id.replace('/', "-")
    }

    pub fn meta(&self) -> RuleMeta {
        RuleMeta {
            id: self.id.clone(),
            short: self.applies.clone(),
            help: format!("{}\n{}", strip_args(&self.help), self.rationale),
            citation: Some(self.cited()),
            help_uri: Some(format!("{DOCS}#{}", self.anchor())),
            severity: self.severity,
        }
    }
}

/// A message template without its placeholders (for text that has no values to fill in).
fn strip_args(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        match rest[i..].find('}') {
            Some(j) => {
                out.push('…');
                rest = &rest[i + j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut s = template.to_string();
    for (k, v) in args {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    family: Family,
    severity: Sev,
    citation: String,
    source: Tag,
    applies: String,
    message: String,
    help: String,
    rationale: String,
    bad: String,
    good: String,
    #[serde(default)]
    jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    params: BTreeMap<String, String>,
    #[serde(default)]
    example_jurisdiction: Option<Jurisdiction>,
    #[serde(default = "yes")]
    allowable: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLint {
    id: String,
    #[serde(rename = "ref")]
    reference: String,
    pattern: String,
    #[serde(default)]
    unless: Option<String>,
    #[serde(default)]
    requires: Option<String>,
    #[serde(default)]
    unless_sentence: Option<String>,
    #[serde(default)]
    case_sensitive: bool,
    #[serde(default)]
    languages: Vec<Lang>,
    #[serde(default)]
    jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    except_fields: Vec<String>,
    #[serde(default)]
    outdated_since: Option<crate::load::text::Date>,
    #[serde(default)]
    profile_only: bool,
    #[serde(default)]
    also_bad: Vec<String>,
    #[serde(default)]
    also_good: Vec<String>,
    severity: Sev,
    source: Tag,
    message: String,
    replacement: String,
    citation: String,
    rationale: String,
    bad: String,
    good: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    rules: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LintFile {
    rules: Vec<RawLint>,
}

/// Errors in the embedded rule data: bugs in this repository, never user errors.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CatalogueError {
    #[error("rule data {file}: {message}")]
    Invalid { file: &'static str, message: String },
}

/// Every rule, by id.
#[derive(Debug)]
pub struct Catalogue {
    pub rules: BTreeMap<String, Rule>,
    /// Which lint rules can match a text, for all lint rules at once.
    pub prefilter: Prefilter,
}

fn sev(s: Sev) -> Severity {
    match s {
        Sev::Error => Severity::Error,
        Sev::Warning => Severity::Warning,
        Sev::Info => Severity::Info,
    }
}

fn regex(p: &str, case_sensitive: bool, id: &str) -> Result<Regex, CatalogueError> {
    RegexBuilder::new(&crate::prefilter::ascii_boundaries(p))
        .case_insensitive(!case_sensitive)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| CatalogueError::Invalid {
            file: "src/law/lint.yaml",
            message: format!("{id}: bad pattern: {e}"),
        })
}

fn describe_scope(langs: &[Lang], js: &[Jurisdiction]) -> String {
    let l = if langs.is_empty() {
        "text in any language".to_string()
    } else {
        format!(
            "text in {}",
            langs
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let j = if js.is_empty() {
        "any jurisdiction".to_string()
    } else {
        js.iter().map(|j| j.code()).collect::<Vec<_>>().join(", ")
    };
    format!("every free-text field of a profile ({l}; {j})")
}

impl Catalogue {
    pub fn parse() -> Result<Catalogue, CatalogueError> {
        let rf: RulesFile = serde_saphyr::from_str(RULES).map_err(|e| CatalogueError::Invalid {
            file: "src/law/rules.yaml",
            message: e.to_string(),
        })?;
        let lf: LintFile = serde_saphyr::from_str(LINT).map_err(|e| CatalogueError::Invalid {
            file: "src/law/lint.yaml",
            message: e.to_string(),
        })?;
        let mut rules = BTreeMap::new();
        let mut add = |r: Rule, file: &'static str| -> Result<(), CatalogueError> {
            let id = r.id.clone();
            if rules.insert(id.clone(), r).is_some() {
                return Err(CatalogueError::Invalid {
                    file,
                    message: format!("rule `{id}` is defined twice"),
                });
            }
            Ok(())
        };
        for r in rf.rules {
            add(
                Rule {
                    id: r.id,
                    family: r.family,
                    severity: sev(r.severity),
                    citation: r.citation,
                    tag: r.source,
                    applies: r.applies,
                    message: r.message,
                    help: r.help,
                    rationale: r.rationale,
                    bad: r.bad,
                    good: r.good,
                    jurisdictions: r.jurisdictions,
                    lint: None,
                    params: r.params,
                    example_jurisdiction: r.example_jurisdiction,
                    allowable: r.allowable,
                },
                "src/law/rules.yaml",
            )?;
        }
        // The patterns are compiled on scoped threads (most of the catalogue's start-up time;
        // not on the rayon pool: a worker waiting here could take a profile's job, which asks
        // for the catalogue being built). Rules are added in file order, so the first bad one
        // is the one reported.
        // The prefilter is built from the patterns as written, by rule id (the order of
        // `lints`), beside the compiling.
        let mut by_id: Vec<(&str, &str, bool)> = lf
            .rules
            .iter()
            .map(|r| (r.id.as_str(), r.pattern.as_str(), r.case_sensitive))
            .collect();
        by_id.sort();
        let prefilter_input: Vec<(String, bool)> = by_id
            .into_iter()
            .map(|(_, p, c)| (p.to_string(), c))
            .collect();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let per = lf.rules.len().div_ceil(threads).max(1);
        let mut chunks: Vec<Vec<RawLint>> = Vec::new();
        let mut rest = lf.rules;
        while !rest.is_empty() {
            let tail = rest.split_off(per.min(rest.len()));
            chunks.push(std::mem::replace(&mut rest, tail));
        }
        let compile = |r: RawLint| -> Result<Rule, CatalogueError> {
            let lint = Lint {
                reference: r.reference,
                pattern: regex(&r.pattern, r.case_sensitive, &r.id)?,
                written: r.pattern,
                unless: r
                    .unless
                    .as_deref()
                    .map(|p| regex(p, r.case_sensitive, &r.id))
                    .transpose()?,
                requires: r
                    .requires
                    .as_deref()
                    .map(|p| regex(p, false, &r.id))
                    .transpose()?,
                unless_sentence: r
                    .unless_sentence
                    .as_deref()
                    .map(|p| regex(p, false, &r.id))
                    .transpose()?,
                languages: r.languages,
                except_fields: r.except_fields,
                replacement: r.replacement,
                case_sensitive: r.case_sensitive,
                outdated_since: r.outdated_since,
                profile_only: r.profile_only,
                also_bad: r.also_bad,
                also_good: r.also_good,
            };
            Ok(Rule {
                applies: describe_scope(&lint.languages, &r.jurisdictions),
                help: format!("write instead: {}", lint.replacement),
                id: r.id,
                family: Family::Wording,
                severity: sev(r.severity),
                citation: r.citation,
                tag: r.source,
                message: r.message,
                rationale: r.rationale,
                bad: r.bad,
                good: r.good,
                jurisdictions: r.jurisdictions,
                lint: Some(lint),
                params: BTreeMap::new(),
                example_jurisdiction: None,
                allowable: true,
            })
        };
        let (lints, prefilter) = std::thread::scope(|s| {
            let prefilter =
                s.spawn(|| Prefilter::new(prefilter_input.iter().map(|(p, c)| (p.as_str(), *c))));
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|c| s.spawn(move || c.into_iter().map(compile).collect::<Vec<_>>()))
                .collect();
            let lints: Vec<Result<Rule, CatalogueError>> = handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect();
            let prefilter = prefilter
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (lints, prefilter)
        });
        for rule in lints {
            add(rule?, "src/law/lint.yaml")?;
        }
        Ok(Catalogue { rules, prefilter })
    }

    /// The rule `id`. A national rule of a jurisdiction without its own entry
    /// (`dk/retention-minimum`, for a jurisdiction added as law data) is the generic
    /// `national/<rule>`: the check is written once and reads the jurisdiction's law data.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.get(id).or_else(|| {
            let (j, rest) = id.split_once('/')?;
            let code = j.to_ascii_uppercase();
            if j.len() != 2 || code.to_ascii_lowercase() != j {
                return None;
            }
            crate::load::profile::Jurisdiction::parse(&code)?;
            self.rules
                .get(&format!("national/{rest}"))
                .filter(|r| r.family == Family::National)
        })
    }

    pub fn lints(&self) -> impl Iterator<Item = &Rule> {
        self.rules.values().filter(|r| r.lint.is_some())
    }
}

/// The catalogue, parsed once.
pub fn catalogue() -> Result<&'static Catalogue, CatalogueError> {
    static CAT: OnceLock<Result<Catalogue, CatalogueError>> = OnceLock::new();
    CAT.get_or_init(Catalogue::parse)
        .as_ref()
        .map_err(Clone::clone)
}

/// SARIF metadata for a diagnostic code, when it is a catalogue rule.
pub fn meta(code: &str) -> Option<RuleMeta> {
    catalogue().ok()?.get(code).map(Rule::meta)
}

/// The text `privgen explain RULE` prints.
pub fn explain(rule: &Rule) -> String {
    let mut s = String::new();
    let sev = rule.severity.key();
    s.push_str(&format!(
        "{}  ({}, {sev} by default)\n\n",
        rule.id,
        rule.family.key()
    ));
    s.push_str(&format!("Applies to: {}\n", rule.applies));
    if !rule.jurisdictions.is_empty() {
        let js: Vec<&str> = rule.jurisdictions.iter().map(|j| j.code()).collect();
        s.push_str(&format!("Jurisdictions: {}\n", js.join(", ")));
    }
    s.push_str(&format!("Citation: {}\n", rule.cited()));
    if let Some(l) = &rule.lint {
        s.push_str(&format!("Pattern: {}\n", l.written));
    }
    s.push_str(&format!("\nWhy:\n  {}\n", rule.rationale.trim()));
    s.push_str(&format!("\nFinding:\n  {}\n", strip_args(&rule.message)));
    s.push_str(&format!("\nWhat to do:\n  {}\n", strip_args(&rule.help)));
    if let Some(j) = rule.example_jurisdiction {
        s.push_str(&format!(
            "\nExamples (a profile of jurisdiction {}):\n",
            j.code()
        ));
    }
    s.push_str("\nBad:\n");
    for l in rule.bad.trim_end().lines() {
        s.push_str(&format!("  {l}\n"));
    }
    s.push_str("\nGood:\n");
    for l in rule.good.trim_end().lines() {
        s.push_str(&format!("  {l}\n"));
    }
    s.push_str(&format!("\nSuppress (with a reason):\n  allow:\n    - rule: {}\n      reason: \"…why this does not apply…\"\n", rule.id));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_pattern_in_ascii_matches_with_ascii_word_boundaries() {
        let re = regex(r"\bnieuwe wet\b", false, "t").unwrap();
        assert!(re.is_match("De AVG is de Nieuwe wet, één nieuwe wet."));
        assert!(!re.is_match("vernieuwe wetten"));
    }

    #[test]
    fn the_catalogue_parses_and_every_rule_is_documented() {
        let c = catalogue().expect("rule data");
        assert!(c.rules.len() > 80, "{}", c.rules.len());
        for r in c.rules.values() {
            assert!(!r.citation.trim().is_empty(), "{}", r.id);
            assert!(!r.help.trim().is_empty(), "{}", r.id);
            assert!(
                !r.bad.trim().is_empty() && !r.good.trim().is_empty(),
                "{}",
                r.id
            );
            assert!(r.id.contains('/'), "{}", r.id);
        }
        assert!(c.lints().count() >= 50);
    }

    /// What check output, SARIF and `explain` show of a rule is in English, in English
    /// citation style, and names no private verification tag and no file outside the
    /// repository (issue 14, items 2 and 6).
    #[test]
    fn rule_texts_shown_to_users_are_english_and_name_nothing_private() {
        let c = catalogue().expect("rule data");
        let private = Regex::new(
            r"(?i)\[unverified|from memory|\[secondary source\]|research/|/work/|domain\.md|\bseed\b|\[[VSM]\]",
        )
        .unwrap();
        let dutch_or_norwegian = Regex::new(
            r"\blid\b|\bsub\b|Verordening|\bBS\b|\bStb\.|\bjf\.|faktaark|\bartikel\b|\bartikkel\b|\bbijlage\b|\bledd\b|\bWet van\b|\bWet \d|gewijzigd|\bart\. \d|\bAVG art",
        )
        .unwrap();
        let mut bad = Vec::new();
        for r in c.rules.values() {
            let cited = r.cited();
            if let Some(m) = dutch_or_norwegian.find(&cited) {
                bad.push(format!("{}: citation `{}`: {cited}", r.id, m.as_str()));
            }
            let explained = explain(r);
            let meta = r.meta();
            for (what, text) in [
                ("explain", explained.as_str()),
                ("sarif help", meta.help.as_str()),
                ("message", r.message.as_str()),
            ] {
                if let Some(m) = private.find(text) {
                    bad.push(format!("{}: {what} shows `{}`", r.id, m.as_str()));
                }
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
        let m = c.rules.values().find(|r| r.tag == Tag::M).unwrap();
        assert!(m
            .cited()
            .ends_with("(not yet confirmed against the official text)"));
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("a {x} b", &[("x", "1".into())]), "a 1 b");
        assert_eq!(strip_args("a {x} b"), "a … b");
    }

    /// Every rule the prefilter leaves out of `text` is one whose pattern does not match it.
    fn prefilter_is_sound(c: &Catalogue, text: &str) -> Result<(), String> {
        let candidates = c.prefilter.candidates(text);
        for (i, r) in c.lints().enumerate() {
            let l = r.lint.as_ref().unwrap();
            if l.pattern.is_match(text) && !candidates[i] {
                return Err(format!("{} matches but was filtered out of: {text}", r.id));
            }
        }
        Ok(())
    }

    #[test]
    fn the_lint_prefilter_keeps_every_rule_whose_example_matches() {
        let c = catalogue().unwrap();
        let mut kept_out = 0;
        let mut matched = 0;
        for r in c.lints() {
            let bad = &r.bad;
            matched += usize::from(r.lint.as_ref().unwrap().pattern.is_match(bad));
            for text in [
                bad.clone(),
                bad.to_uppercase(),
                bad.to_lowercase(),
                format!("x {bad}\n\0\nmore"),
            ] {
                prefilter_is_sound(c, &text).unwrap();
            }
            // The good example usually leaves some rules out: the filter does filter.
            let n = c
                .prefilter
                .candidates(&r.good)
                .iter()
                .filter(|x| !**x)
                .count();
            kept_out += n;
        }
        assert!(kept_out > 1000, "{kept_out}");
        assert!(matched * 10 >= c.lints().count() * 9, "{matched}");
        // A text that holds a character folding to ASCII turns the filter off.
        assert!(c.prefilter.candidates("\u{212A}").iter().all(|x| *x));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn the_lint_prefilter_is_sound_on_mixed_case_fragments(
            picks in proptest::collection::vec((0usize..1000, 0usize..200, 1usize..60, proptest::bool::ANY), 1..6),
        ) {
            let c = catalogue().unwrap();
            let bads: Vec<&str> = c.lints().map(|r| r.bad.as_str()).collect();
            let mut text = String::new();
            for (which, from, len, upper) in picks {
                let b = bads[which % bads.len()];
                let chars: Vec<char> = b.chars().collect();
                let from = from % chars.len().max(1);
                let piece: String = chars.iter().skip(from).take(len).collect();
                text.push_str(&if upper { piece.to_uppercase() } else { piece });
                text.push(' ');
            }
            proptest::prop_assert!(prefilter_is_sound(c, &text).is_ok(), "{:?}", prefilter_is_sound(c, &text));
        }
    }
}
