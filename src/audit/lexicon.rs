//! The audit lexicon: which facets each GDPR item needs (`lexicon/items.yaml`) and the words
//! and phrase patterns that state each facet, per language (`lexicon/{nl,nb,en}.yaml`, plus
//! `lexicon/common.yaml` for every language). Data, not code: embedded in the binary, parsed
//! and compiled once, and checked by the tests (every facet an item names has words in every
//! language, every pattern compiles).

use crate::load::profile::Jurisdiction;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

const ITEMS: &str = include_str!("lexicon/items.yaml");
use super::items::{check_names, ItemsFile};
pub use super::items::{Derived, Item, Scope};
const COMMON: &str = include_str!("lexicon/common.yaml");
/// The languages the audit reads are the lexicon files: `lexicon/<language>.yaml`, embedded
/// by build.rs (`LEXICON_FILES`).
use crate::law::LEXICON_FILES;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFacet {
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
    #[serde(default)]
    min: Option<usize>,
    /// The `min` different terms must stand together, in one paragraph or one list (a list
    /// of the kinds of data processed), not scattered over the text (a phone number in the
    /// contact block, "medische gegevens" in a purpose).
    #[serde(default)]
    together: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    language: String,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    jurisdiction: BTreeMap<Jurisdiction, RawMarkers>,
    /// Text in this language is always of this jurisdiction (Norwegian Bokmål: NO).
    #[serde(default)]
    only_jurisdiction: Option<Jurisdiction>,
    /// The jurisdiction assumed when a text shows no marker of any (reported as assumed) and
    /// the law data do not settle it (more than one country, or none, reads the language).
    #[serde(default)]
    default_jurisdiction: Option<Jurisdiction>,
    /// Markers of countries privgen has no law data for (France, for French), by the
    /// country's name: a text that shows them and no marker of a jurisdiction is of such a
    /// country.
    #[serde(default)]
    foreign: BTreeMap<String, RawMarkers>,
    /// Named pieces of pattern, written `<<NAME>>` in the facets' patterns, `unless` and
    /// `requires` (a provider's name, a list of professions), so that a long piece is written
    /// once.
    #[serde(default)]
    fragments: BTreeMap<String, String>,
    /// Words that never begin a provider's name (pronouns, articles, the words a sentence
    /// opens with: "Wij", "Deze", "Uw") and names that are never the provider's (a platform
    /// whose privacy policy a cookie section cites): a pattern that captures `(?P<name>…)`
    /// does not match where the name begins with, or is, one of them.
    #[serde(default)]
    not_names: Vec<String>,
    facets: BTreeMap<String, RawFacet>,
    /// Sentences that are not evidence of any item (announcements, definitions).
    #[serde(default)]
    not_evidence: RawNotEvidence,
    /// Draft-profile extraction (optional per language).
    #[serde(default)]
    draft: DraftWords,
    /// How the language gives a statement's own date (`dated.rs`).
    #[serde(default)]
    dates: RawDates,
}

/// The words with which a statement gives its own date ("Laatst bijgewerkt op 3 maart 2021",
/// "Mise à jour le 1er janvier 2026").
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDates {
    /// Patterns (regular expressions, matched as whole words) that make a sentence give the
    /// text's own date: "bijgewerkt", "mis(e)? à jour".
    #[serde(default)]
    cues: Vec<String>,
    /// Patterns whose text is no cue, taken out before the cues are looked for: "entré en
    /// vigueur" (the GDPR's date, not the text's) must not count as "en vigueur".
    #[serde(default)]
    not_cues: Vec<String>,
    /// Month names and abbreviations, lower case → month (1–12).
    #[serde(default)]
    months: BTreeMap<String, u8>,
    /// What may follow the day's number before the month: "er" ("1er septembre").
    #[serde(default)]
    day_suffixes: Vec<String>,
}

/// The compiled form of [`RawDates`]: `cue`, `named` ("3 maart 2021", "1er septembre
/// 2023", "mai 2020") and `alone` (a line that is only a date) are `None` without words.
#[derive(Debug, Default)]
pub struct DateWords {
    pub cue: Option<Regex>,
    pub not_cues: Vec<Regex>,
    pub named: Option<Regex>,
    pub alone: Option<Regex>,
    pub months: BTreeMap<String, u8>,
}

fn compile_dates(raw: &RawDates) -> Result<DateWords, String> {
    let mut months = BTreeMap::new();
    for (name, m) in &raw.months {
        if !(1..=12).contains(m) || name.trim().is_empty() {
            return Err(format!(
                "month `{name}: {m}`: a name and a month from 1 to 12"
            ));
        }
        months.insert(name.to_lowercase(), *m);
    }
    let cue = match raw.cues.is_empty() {
        true => None,
        false => Some(build(&format!(r"\b({})\b", raw.cues.join("|")))?),
    };
    let not_cues = raw
        .not_cues
        .iter()
        .map(|p| build(p))
        .collect::<Result<_, _>>()?;
    // Longest first, so "septembre" is tried before "sept".
    let mut names: Vec<&String> = months.keys().collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let names = names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|");
    let suffix = match raw.day_suffixes.is_empty() {
        true => String::new(),
        false => {
            let s: Vec<String> = raw.day_suffixes.iter().map(|s| regex::escape(s)).collect();
            format!("(?:{})?", s.join("|"))
        }
    };
    let (named, alone) = if months.is_empty() {
        (None, None)
    } else {
        (
            Some(build(&format!(
                r"\b((?P<d>[0-3]?\d){suffix}\.?\s*)?(?P<m>{names})\.?\s+(?P<y>(19|20)\d\d)\b"
            ))?),
            Some(build(&format!(
                r"^\W*((([0-3]?\d){suffix}\.?\s+)?({names})\.?\s+|[0-3]?\d[-/.][01]?\d[-/.])(19|20)\d\d\W*$"
            ))?),
        )
    };
    Ok(DateWords {
        cue,
        not_cues,
        named,
        alone,
        months,
    })
}

/// The words that point at one jurisdiction: `strong` ones (an authority, a statute, a
/// national number: weight 3), `weak` ones (a domain, a phone prefix, a word used mostly
/// there: weight 1), `patterns` (regular expressions, weight 2) and `weak_patterns` (regular
/// expressions of weight 1: a weak word that only counts whole, as the country's name
/// "Nederland" and not the language's "Nederlands").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkers {
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    weak_patterns: Vec<String>,
}

/// Sentences that state nothing about the controller's own processing: announcements of what
/// the text will explain ("In dit privacybeleid leggen wij uit ..."), table-of-contents lines,
/// definitions ("'Verwerking': elke bewerking ..."), and sentences that enumerate at least
/// `operations_min` processing operations (a definition of processing, even when worded
/// "wij verzamelen, bewaren, raadplegen en verstrekken"). `headings` are judged on the sentence
/// alone: a heading that asks what its section answers ("Waarom worden uw persoonsgegevens
/// verwerkt?") is no evidence, but the answer below it, whose intro it is, still is.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotEvidence {
    #[serde(default)]
    announcements: Vec<String>,
    #[serde(default)]
    headings: Vec<String>,
    #[serde(default)]
    definitions: Vec<String>,
    #[serde(default)]
    operations: Vec<String>,
    #[serde(default)]
    operations_min: Option<usize>,
}

/// The compiled form of [`RawNotEvidence`].
#[derive(Debug, Default)]
pub struct NotEvidence {
    pub patterns: Vec<Regex>,
    /// Judged on the sentence itself, not on the sentences it introduces.
    pub headings: Vec<Regex>,
    pub operations: Vec<Regex>,
    pub operations_min: usize,
}

/// One compiled jurisdiction marker.
#[derive(Debug)]
pub struct Marker {
    pub re: Regex,
    pub weight: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonFile {
    facets: BTreeMap<String, RawFacet>,
}

/// Words the draft profile uses to classify what it extracts.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftWords {
    /// Record vocabulary id (`medical_record`, `financial`, …) → terms that name it.
    #[serde(default)]
    pub records: BTreeMap<String, Vec<String>>,
    /// Processor service id (`billing`, …) → terms that describe it.
    #[serde(default)]
    pub services: BTreeMap<String, Vec<String>>,
    /// Number words → value (`twintig: 20`).
    #[serde(default)]
    pub numbers: BTreeMap<String, u32>,
    /// Unit words → `years`, `months`, `weeks`, `days`, `hours`.
    #[serde(default)]
    pub units: BTreeMap<String, String>,
    /// Words for "at least" / "at most".
    #[serde(default)]
    pub at_least: Vec<String>,
    #[serde(default)]
    pub at_most: Vec<String>,
    /// Patterns with a `name` group that name the controller.
    #[serde(default)]
    pub controller_name: Vec<String>,
}

/// One alternative of a facet: a term or a pattern, with the text shown as evidence.
#[derive(Debug)]
pub struct Alt {
    pub source: String,
    pub re: Regex,
    /// For a pattern that captures a provider's `name`: the language's `not_names`,
    /// lowercased.
    pub not_names: Option<Arc<BTreeSet<String>>>,
}

impl Alt {
    /// The first match in `text`; for a pattern that captures a provider's `name`, the first
    /// whose name neither begins with nor is one of the language's `not_names` ("Wij hechten
    /// veel waarde aan uw privacy" names no one).
    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        let Some(no) = &self.not_names else {
            return self.re.find(text);
        };
        self.re.captures_iter(text).find_map(|c| {
            let name = name_key(c.name("name")?.as_str());
            let first = name.split(' ').next().unwrap_or_default();
            let named = !no.contains(first) && !no.contains(&name);
            if named {
                c.get(0)
            } else {
                None
            }
        })
    }
}

/// A name as `not_names` holds it: lower case, words separated by one space.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A facet compiled for one language.
#[derive(Debug, Default)]
pub struct Facet {
    pub alts: Vec<Alt>,
    pub unless: Vec<Regex>,
    pub requires: Vec<Regex>,
    pub min: usize,
    /// The different terms are counted in one paragraph or list (`RawFacet::together`).
    pub together: bool,
}

/// The compiled lexicon of one language.
#[derive(Debug)]
pub struct LangLexicon {
    pub code: String,
    pub stopwords: Vec<String>,
    pub jurisdiction: BTreeMap<Jurisdiction, Vec<Marker>>,
    /// Text in this language is always of this jurisdiction.
    pub only_jurisdiction: Option<Jurisdiction>,
    /// The jurisdiction assumed when no marker is found and the law data do not settle it.
    pub default_jurisdiction: Option<Jurisdiction>,
    /// Markers of countries without law data, by the country's name.
    pub foreign: BTreeMap<String, Vec<Marker>>,
    pub facets: BTreeMap<String, Facet>,
    pub not_evidence: NotEvidence,
    pub draft: DraftWords,
    /// How the language gives a statement's own date.
    pub dates: DateWords,
}

/// The whole lexicon. A language's patterns are compiled on first use.
#[derive(Debug)]
pub struct Lexicon {
    pub items: Vec<Item>,
    pub derived: BTreeMap<String, Derived>,
    raw: Vec<(String, LangFile)>,
    common: BTreeMap<String, RawFacet>,
    compiled: Vec<OnceLock<Result<LangLexicon, String>>>,
}

impl Lexicon {
    /// The languages the audit reads.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.raw.iter().map(|(c, _)| c.as_str())
    }

    /// The stopwords of a language (detection needs no compiled pattern).
    pub fn stopwords(&self, code: &str) -> &[String] {
        self.raw
            .iter()
            .find(|(c, _)| c == code)
            .map_or(&[], |(_, l)| l.stopwords.as_slice())
    }

    /// The compiled lexicon that reads `lang`: its own, or that of the language it falls
    /// back to (`nl` reads `nl-BE`).
    pub fn for_lang(&self, lang: crate::load::text::Lang) -> Result<&LangLexicon, String> {
        let code = lang
            .chain()
            .into_iter()
            .map(|l| l.code())
            .find(|c| self.raw.iter().any(|(r, _)| r == c))
            .ok_or_else(|| format!("the audit has no lexicon for `{lang}`"))?;
        self.lang(code)
    }

    /// The compiled lexicon of `code` (`nl`, `nb`, `en`).
    pub fn lang(&self, code: &str) -> Result<&LangLexicon, String> {
        let i = self
            .raw
            .iter()
            .position(|(c, _)| c == code)
            .ok_or_else(|| format!("no lexicon for `{code}`"))?;
        let slot = self.compiled.get(i).ok_or("lexicon slot")?;
        slot.get_or_init(|| compile_lang(&self.raw[i].0, &self.raw[i].1, &self.common))
            .as_ref()
            .map_err(Clone::clone)
    }
}

fn compile_lang(
    code: &str,
    lf: &LangFile,
    common: &BTreeMap<String, RawFacet>,
) -> Result<LangLexicon, String> {
    let file = format!("lexicon/{code}.yaml");
    let not_names: Arc<BTreeSet<String>> =
        Arc::new(lf.not_names.iter().map(|n| name_key(n)).collect());
    let mut facets = BTreeMap::new();
    let names: std::collections::BTreeSet<&String> =
        lf.facets.keys().chain(common.keys()).collect();
    for name in names {
        let raw = match (lf.facets.get(name), common.get(name)) {
            (Some(a), b) => merge(a, b),
            (None, Some(b)) => b.clone(),
            (None, None) => continue,
        };
        facets.insert(
            name.clone(),
            compile(name, &raw, &lf.fragments, &not_names).map_err(|e| format!("{file}: {e}"))?,
        );
    }
    let mut jurisdiction = BTreeMap::new();
    for (j, m) in &lf.jurisdiction {
        let res = markers(m).map_err(|e| format!("{file}: jurisdiction: {e}"))?;
        jurisdiction.insert(*j, res);
    }
    let mut foreign = BTreeMap::new();
    for (country, m) in &lf.foreign {
        let res = markers(m).map_err(|e| format!("{file}: foreign: {e}"))?;
        foreign.insert(country.clone(), res);
    }
    for p in &lf.draft.controller_name {
        build(p).map_err(|e| format!("{file}: draft: {e}"))?;
    }
    Ok(LangLexicon {
        code: code.to_string(),
        stopwords: lf.stopwords.clone(),
        jurisdiction,
        only_jurisdiction: lf.only_jurisdiction,
        default_jurisdiction: lf.default_jurisdiction,
        foreign,
        facets,
        not_evidence: compile_not_evidence(&lf.not_evidence)
            .map_err(|e| format!("{file}: not_evidence: {e}"))?,
        draft: lf.draft.clone(),
        dates: compile_dates(&lf.dates).map_err(|e| format!("{file}: dates: {e}"))?,
    })
}

/// Compiled markers: strong terms weigh 3, weak ones and weak patterns 1, patterns 2.
fn markers(m: &RawMarkers) -> Result<Vec<Marker>, String> {
    let terms = m.strong.iter().map(|t| (term_pattern(t), 3));
    let weak = m.weak.iter().map(|t| (term_pattern(t), 1));
    let pats = m.patterns.iter().map(|p| (p.clone(), 2));
    let weak_pats = m.weak_patterns.iter().map(|p| (p.clone(), 1));
    let mut res = Vec::new();
    for (p, weight) in terms.chain(weak).chain(pats).chain(weak_pats) {
        res.push(Marker {
            re: build(&p)?,
            weight,
        });
    }
    Ok(res)
}

fn compile_not_evidence(own: &RawNotEvidence) -> Result<NotEvidence, String> {
    let mut ne = NotEvidence {
        operations_min: own.operations_min.unwrap_or(3).max(2),
        ..NotEvidence::default()
    };
    for p in own.announcements.iter().chain(&own.definitions) {
        ne.patterns.push(build(p)?);
    }
    for p in &own.headings {
        ne.headings.push(build(p)?);
    }
    for t in &own.operations {
        ne.operations
            .push(build(&format!(r"{}\b", term_pattern(t)))?);
    }
    Ok(ne)
}

/// A lexicon pattern compiled case-insensitively; written only in ASCII, with ASCII word
/// boundaries (`prefilter::ascii_boundaries`: the same matches, on the fast automaton).
fn build(p: &str) -> Result<Regex, String> {
    RegexBuilder::new(&crate::prefilter::ascii_boundaries(p))
        .case_insensitive(true)
        .unicode(true)
        .size_limit(1 << 23)
        .build()
        .map_err(|e| format!("bad pattern `{p}`: {e}"))
}

/// A term as a pattern: case-insensitive, at the start of a word (a whole word when it has at
/// most three letters), spaces matching any whitespace or none.
pub fn term_pattern(term: &str) -> String {
    let parts: Vec<String> = term.split_whitespace().map(regex::escape).collect();
    let body = parts.join(r"\s*");
    let starts_word = term.chars().next().is_some_and(|c| c.is_alphanumeric());
    let ends_word = term.chars().last().is_some_and(|c| c.is_alphanumeric());
    let lead = if starts_word { r"\b" } else { "" };
    let short = term.chars().filter(|c| c.is_alphanumeric()).count() <= 3;
    let tail = if short && ends_word { r"\b" } else { "" };
    format!("{lead}{body}{tail}")
}

/// `p` with each `<<NAME>>` replaced by the language file's fragment of that name.
fn expand(p: &str, fragments: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = p;
    while let Some(i) = rest.find("<<") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let j = after
            .find(">>")
            .ok_or_else(|| format!("unclosed `<<` in `{p}`"))?;
        let name = &after[..j];
        let fragment = fragments
            .get(name)
            .ok_or_else(|| format!("unknown fragment `<<{name}>>` in `{p}`"))?;
        out.push_str(fragment);
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn compile(
    name: &str,
    raw: &RawFacet,
    fragments: &BTreeMap<String, String>,
    not_names: &Arc<BTreeSet<String>>,
) -> Result<Facet, String> {
    let pattern = |p: &str, what: &str| {
        expand(p, fragments)
            .and_then(|p| build(&p))
            .map_err(|e| format!("facet `{name}`{what}: {e}"))
    };
    let mut f = Facet {
        min: raw.min.unwrap_or(1).max(1),
        together: raw.together,
        ..Facet::default()
    };
    for t in &raw.terms {
        if t.trim().is_empty() {
            return Err(format!("facet `{name}`: empty term"));
        }
        f.alts.push(Alt {
            source: t.clone(),
            re: build(&term_pattern(t)).map_err(|e| format!("facet `{name}`: {e}"))?,
            not_names: None,
        });
    }
    for p in &raw.patterns {
        let re = pattern(p, "")?;
        let names = re.capture_names().any(|n| n == Some("name"));
        f.alts.push(Alt {
            source: p.clone(),
            re,
            not_names: names.then(|| Arc::clone(not_names)),
        });
    }
    for p in &raw.unless {
        f.unless.push(pattern(p, " unless")?);
    }
    for p in &raw.requires {
        f.requires.push(pattern(p, " requires")?);
    }
    Ok(f)
}

fn merge(a: &RawFacet, b: Option<&RawFacet>) -> RawFacet {
    let mut m = a.clone();
    if let Some(b) = b {
        m.terms.extend(b.terms.iter().cloned());
        m.patterns.extend(b.patterns.iter().cloned());
        m.unless.extend(b.unless.iter().cloned());
        m.requires.extend(b.requires.iter().cloned());
        m.min = m.min.or(b.min);
    }
    m
}

impl Lexicon {
    pub fn parse() -> Result<Lexicon, String> {
        let items: ItemsFile =
            serde_saphyr::from_str(ITEMS).map_err(|e| format!("lexicon/items.yaml: {e}"))?;
        let common: CommonFile =
            serde_saphyr::from_str(COMMON).map_err(|e| format!("lexicon/common.yaml: {e}"))?;
        let mut raw = Vec::new();
        for (code, _, src) in LEXICON_FILES {
            let file = format!("lexicon/{code}.yaml");
            let lf: LangFile = serde_saphyr::from_str(src).map_err(|e| format!("{file}: {e}"))?;
            if lf.language != *code {
                return Err(format!("{file}: `language` is `{}`", lf.language));
            }
            raw.push((code.to_string(), lf));
        }
        let lex = Lexicon {
            items: items.items,
            derived: items.derived,
            compiled: raw.iter().map(|_| OnceLock::new()).collect(),
            raw,
            common: common.facets,
        };
        lex.validate()?;
        Ok(lex)
    }

    /// Every facet an item or derived facet names exists in every language.
    fn validate(&self) -> Result<(), String> {
        for (code, l) in &self.raw {
            let plain = |f: &str| l.facets.contains_key(f) || self.common.contains_key(f);
            check_names(&self.items, &self.derived, plain)
                .map_err(|e| format!("lexicon/{code}.yaml: {e}"))?;
        }
        Ok(())
    }
}

/// The lexicon, parsed once. An error is a bug in the embedded data.
pub fn lexicon() -> Result<&'static Lexicon, String> {
    static LEX: OnceLock<Result<Lexicon, String>> = OnceLock::new();
    LEX.get_or_init(Lexicon::parse)
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_expand_and_an_unknown_one_is_an_error() {
        let f: BTreeMap<String, String> = [("N".to_string(), r"\p{Lu}\w+".to_string())].into();
        assert_eq!(
            expand(r"(?-i:<<N>> verwerkt)", &f).unwrap(),
            r"(?-i:\p{Lu}\w+ verwerkt)"
        );
        assert_eq!(
            expand("a{0,3}<<N>><<N>>", &f).unwrap(),
            r"a{0,3}\p{Lu}\w+\p{Lu}\w+"
        );
        assert!(expand("<<M>> x", &f)
            .unwrap_err()
            .contains("unknown fragment `<<M>>`"));
        assert!(expand("<<N x", &f).unwrap_err().contains("unclosed"));
    }

    #[test]
    fn a_captured_name_that_is_a_pronoun_or_a_platform_names_no_one() {
        let raw = RawFacet {
            patterns: vec![
                r"(?-i:^(?P<name>\p{Lu}\w+(\s\p{Lu}\w+)?)\s(hecht|hechten)\s)".into(),
                r"(?-i:\bprivacybeleid\svan\s(?P<name>\p{Lu}\w+))".into(),
            ],
            ..RawFacet::default()
        };
        let no: Arc<BTreeSet<String>> = Arc::new(["wij", "google"].map(String::from).into());
        let f = compile("entity_named", &raw, &BTreeMap::new(), &no).unwrap();
        fn first<'t>(f: &Facet, t: &'t str) -> Option<&'t str> {
            f.alts.iter().find_map(|a| a.find(t)).map(|m| m.as_str())
        }
        let hit = |t: &'static str| first(&f, t);
        assert_eq!(
            hit("Psychologennet hecht groot belang"),
            Some("Psychologennet hecht ")
        );
        assert_eq!(hit("Wij hechten groot belang"), None);
        assert_eq!(hit("Lees het privacybeleid van Google."), None);
        // a later name in the same text still counts
        assert_eq!(
            hit("zie het privacybeleid van Google en het privacybeleid van Zorgpunt"),
            Some("privacybeleid van Zorgpunt")
        );
        assert!(f.alts.iter().all(|a| a.not_names.is_some()));
        // a pattern without a captured name is matched as it is
        let plain = RawFacet {
            patterns: vec![r"(?-i:^\p{Lu}\w+\shecht)".into()],
            ..RawFacet::default()
        };
        let p = compile("entity_named", &plain, &BTreeMap::new(), &no).unwrap();
        assert!(p.alts[0].not_names.is_none());
        assert!(p.alts[0].find("Wij hecht").is_some());
    }

    #[test]
    fn the_lexicon_parses_and_every_facet_is_defined() {
        let lex = lexicon().expect("lexicon");
        for code in ["nl", "nb", "en"] {
            lex.lang(code).expect("every pattern compiles");
        }
        assert!(lex.items.len() >= 14);
    }

    #[test]
    fn every_language_has_date_words_and_a_bad_month_is_refused() {
        let lex = lexicon().expect("lexicon");
        for code in lex.codes() {
            let d = &lex.lang(code).expect("compiles").dates;
            assert!(
                d.cue.is_some() && d.named.is_some() && d.alone.is_some(),
                "{code}"
            );
            assert!(d.months.values().all(|m| (1..=12).contains(m)), "{code}");
            assert_eq!(
                d.months
                    .values()
                    .collect::<std::collections::BTreeSet<_>>()
                    .len(),
                12,
                "{code}: every month has a name"
            );
        }
        let bad = RawDates {
            months: [("brumaire".to_string(), 13)].into(),
            ..RawDates::default()
        };
        assert!(compile_dates(&bad).is_err());
        let bad = RawDates {
            cues: vec!["(unclosed".to_string()],
            ..RawDates::default()
        };
        assert!(compile_dates(&bad).is_err());
    }

    #[test]
    fn terms_match_word_starts_and_lost_spaces() {
        let re = build(&term_pattern("gerechtvaardigd belang")).unwrap();
        assert!(re.is_match("een gerechtvaardigdbelangbijdat"));
        assert!(re.is_match("een Gerechtvaardigd  belang"));
        let fg = build(&term_pattern("FG")).unwrap();
        assert!(fg.is_match("de FG van"));
        assert!(!fg.is_match("FGX"));
        let b = build(&term_pattern("bewaartermijn")).unwrap();
        assert!(b.is_match("bewaartermijnen"));
        assert!(!b.is_match("xbewaartermijn"));
    }
}
