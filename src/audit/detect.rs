//! Detection: the statement's language and jurisdiction, then every facet of the lexicon
//! over every sentence, then each item's verdict from its facets (rules in `items.yaml`).
//! Deterministic: the same text and lexicon give the same report.

use super::lexicon::{Facet, Item, LangLexicon, Lexicon, Scope};
use super::text::{Doc, Sentence};
use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

/// How a value was decided: given on the command line, or detected (with the reason).
#[derive(Debug, Clone, Serialize)]
pub struct Decided<T> {
    pub value: T,
    pub detected: bool,
    /// What the detection counted, for the report ("nl 212, nb 3, en 9 stopwords").
    pub reason: String,
    /// When the detection found a tie: the values that scored equally (`value` is then the
    /// first of them, and the report says it is undecided).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tie: Vec<T>,
}

fn count_words(text: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(200_000)
    {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// The language of `doc`: the lexicon whose stopwords occur most often, among every lexicon
/// file (`src/audit/lexicon/<language>.yaml`).
pub fn language(doc: &Doc, lex: &'static Lexicon) -> Decided<&'static str> {
    let all: String = doc
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let counts = count_words(&all);
    let mut scores: Vec<(&'static str, usize)> = Vec::new();
    for code in lex.codes() {
        let n = lex
            .stopwords(code)
            .iter()
            .map(|w| counts.get(&w.to_lowercase()).copied().unwrap_or(0))
            .sum();
        scores.push((code, n));
    }
    let best = scores
        .iter()
        .max_by_key(|(c, n)| (*n, *c == "nl"))
        .map_or(("nl", 0), |b| *b);
    let reason = scores
        .iter()
        .map(|(c, n)| format!("{c} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    // equal counts are a tie, reported as such: the value is then the default (nl) when it
    // is among them, and the report asks for --lang
    let mut tie: Vec<&'static str> = scores
        .iter()
        .filter(|(_, n)| best.1 > 0 && *n == best.1)
        .map(|(c, _)| *c)
        .collect();
    if tie.len() < 2 {
        tie.clear();
    } else {
        tie.sort_by_key(|c| (*c != best.0, *c));
    }
    Decided {
        value: best.0,
        detected: true,
        reason: format!("common words counted: {reason}"),
        tie,
    }
}

/// The jurisdiction of a statement in `lang`: Norwegian text is NO; otherwise the markers
/// of each country are weighed (lexicon `jurisdiction`: an authority, statute or national
/// number weighs 3, a domain or a word mostly used there 1; each marker counts once, so a
/// word repeated on every line does not outweigh one statute). Words both countries use
/// (huisarts, AVG) are not markers. Equal scores are reported as a tie.
///
/// A text with no marker is assumed to be of the one jurisdiction whose law data list the
/// language among the country's (`country.languages`: French is read in Belgium only), else
/// of the lexicon's `default_jurisdiction` (Dutch: the Netherlands and Belgium both read it).
/// When such a text shows the markers of a country without law data (lexicon `foreign`:
/// France's CNIL, its loi Informatique et Libertés), that country's name is returned too: the
/// text is then read with the assumed jurisdiction's language, but judged by no national rule.
pub fn jurisdiction(
    doc: &Doc,
    l: &LangLexicon,
    law: &crate::law::Law,
) -> (Decided<Jurisdiction>, Option<String>) {
    if let Some(j) = l.only_jurisdiction {
        let d = Decided {
            value: j,
            detected: true,
            reason: format!("text in `{}`, read only in {j}", l.code),
            tie: Vec::new(),
        };
        return (d, None);
    }
    let scores = weigh(doc, &l.jurisdiction);
    let said = |s: &[(Jurisdiction, usize, Vec<String>)]| {
        s.iter()
            .filter(|x| x.1 > 0)
            .map(|(j, n, seen)| format!("{} {n} ({})", j.code(), seen.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match scores.as_slice() {
        [(j, n, _), (k, m, _), ..] if *n > 0 && n == m => {
            let d = Decided {
                value: *j,
                detected: true,
                reason: format!(
                    "tie between {} and {}: markers {}; pass --jurisdiction",
                    j.code(),
                    k.code(),
                    said(&scores)
                ),
                tie: scores.iter().filter(|x| x.1 == *n).map(|x| x.0).collect(),
            };
            (d, None)
        }
        [(j, n, _), ..] if *n > 0 => {
            let d = Decided {
                value: *j,
                detected: true,
                reason: format!("markers {}", said(&scores)),
                tie: Vec::new(),
            };
            (d, None)
        }
        _ => {
            let (value, why) = assumed(l, law);
            let foreign = weigh(doc, &l.foreign).into_iter().find(|(_, n, _)| *n > 0);
            let reason = match &foreign {
                Some((country, _, seen)) => format!(
                    "no country markers found; markers of {country} ({}), which has no law \
                     data: read as {value} ({why}) but judged by no national rule (pass \
                     --jurisdiction)",
                    seen.join(", ")
                ),
                None => {
                    format!(
                        "no country markers found; {value} assumed ({why}; pass --jurisdiction)"
                    )
                }
            };
            let d = Decided {
                value,
                detected: true,
                reason,
                tie: Vec::new(),
            };
            (d, foreign.map(|f| f.0))
        }
    }
}

/// The jurisdiction a text without markers is assumed to be of, and why: the only one whose
/// country reads the language (law data `country.languages`), else the lexicon's
/// `default_jurisdiction`, else the first it has markers for.
fn assumed(l: &LangLexicon, law: &crate::law::Law) -> (Jurisdiction, String) {
    let lang = Lang::parse(&l.code);
    let reading: Vec<Jurisdiction> = law
        .jurisdictions()
        .into_iter()
        .filter(|j| {
            law.try_get(*j).is_some_and(|d| {
                d.country
                    .languages
                    .iter()
                    .any(|c| lang.is_some_and(|lang| c.is_variant_of(lang)))
            })
        })
        .collect();
    if let [only] = reading.as_slice() {
        let why = format!("the only country of the law data that reads `{}`", l.code);
        return (*only, why);
    }
    let value = l
        .default_jurisdiction
        .or_else(|| l.jurisdiction.keys().next().copied())
        .unwrap_or(Jurisdiction::NL);
    (value, "the lexicon's default".to_string())
}

/// Each key's markers found in `doc`: (key, weight, the first four found), best first.
fn weigh<K: Clone + Ord>(
    doc: &Doc,
    markers: &BTreeMap<K, Vec<super::lexicon::Marker>>,
) -> Vec<(K, usize, Vec<String>)> {
    let mut scores: Vec<(K, usize, Vec<String>)> = Vec::new();
    for (key, markers) in markers {
        let mut n = 0;
        let mut seen = Vec::new();
        for m in markers {
            if let Some(found) = doc.sentences.iter().find_map(|s| m.re.find(&s.text)) {
                n += m.weight;
                if seen.len() < 4 {
                    // a pattern may take the comma before an address line with it
                    let shown = found.as_str().trim_start_matches([',', ';']).trim();
                    seen.push(shown.to_string());
                }
            }
        }
        scores.push((key.clone(), n, seen));
    }
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scores
}

/// The `Lang` a report uses: the variant of `code` read in the jurisdiction's country, as
/// its law data list them (`nl` in Belgium is `nl-BE`), else `code` itself.
pub fn report_lang(code: &str, j: Jurisdiction, law: &crate::law::Law) -> Lang {
    let base = Lang::parse(code).unwrap_or(Lang::En);
    law.try_get(j)
        .and_then(|d| {
            d.country
                .languages
                .iter()
                .find(|l| **l != base && l.is_variant_of(base))
                .copied()
        })
        .unwrap_or(base)
}

/// A sentence that states (part of) a facet.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Evidence {
    pub line: usize,
    /// The sentence, shortened to 240 characters around the match.
    pub quote: String,
    /// The words that matched.
    pub matched: String,
    #[serde(skip)]
    pub sentence: usize,
    #[serde(skip)]
    pub alt: usize,
    #[serde(skip)]
    pub label: bool,
}

/// The text a sentence is judged in: itself plus the introduction of its list.
fn context(doc: &Doc, i: usize) -> (&str, Option<&str>) {
    let s = &doc.sentences[i];
    (
        s.text.as_str(),
        s.intro
            .and_then(|j| doc.sentences.get(j))
            .map(|x| x.text.as_str()),
    )
}

fn quote(s: &str, at: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= 240 {
        return s.to_string();
    }
    let pos = s[..at.min(s.len())].chars().count();
    let start = pos.saturating_sub(100);
    let end = (start + 240).min(chars.len());
    let mut q: String = chars[start..end].iter().collect();
    if start > 0 {
        q = format!("…{q}");
    }
    if end < chars.len() {
        q.push('…');
    }
    q
}

/// Every match of `f` in `doc`, in sentence order.
pub fn find(doc: &Doc, f: &Facet) -> Vec<Evidence> {
    find_in(doc, f, &[])
}

/// The sentences that are not evidence of any item (lexicon `not_evidence`): announcements,
/// table-of-contents lines, definitions, enumerations of processing operations; judged on
/// the sentence and the introduction of its list.
pub fn not_evidence(doc: &Doc, l: &LangLexicon) -> Vec<bool> {
    let ne = &l.not_evidence;
    let hit = |t: &str| {
        ne.patterns.iter().any(|r| r.is_match(t))
            || ne.operations.iter().filter(|r| r.is_match(t)).count() >= ne.operations_min
    };
    let page_number = |i: usize| {
        doc.sentences.get(i).is_some_and(|s| {
            let t = s.text.trim();
            !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
        })
    };
    let mut skip: Vec<bool> = (0..doc.sentences.len())
        .map(|i| {
            let (own, intro) = context(doc, i);
            hit(own) || intro.is_some_and(hit) || ne.headings.iter().any(|r| r.is_match(own))
        })
        .collect();
    // a table-of-contents line, split into "Dine rettigheter." and "3"
    for i in 0..doc.sentences.len() {
        if page_number(i + 1) && doc.sentences[i + 1].line == doc.sentences[i].line {
            skip[i] = true;
            skip[i + 1] = true;
        }
    }
    skip
}

/// [`find`], leaving out the sentences marked in `skip`.
pub fn find_in(doc: &Doc, f: &Facet, skip: &[bool]) -> Vec<Evidence> {
    let mut out = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if skip.get(i).copied().unwrap_or(false) {
            continue;
        }
        let (own, intro) = context(doc, i);
        let any = |res: &[regex::Regex]| {
            res.iter()
                .any(|r| r.is_match(own) || intro.is_some_and(|t| r.is_match(t)))
        };
        for (k, alt) in f.alts.iter().enumerate() {
            let Some(m) = alt.find(&s.text) else {
                continue;
            };
            if any(&f.unless) || (!f.requires.is_empty() && !any(&f.requires)) {
                break;
            }
            out.push(Evidence {
                line: s.line,
                quote: quote(&s.text, m.start()),
                matched: m.as_str().trim().to_string(),
                sentence: i,
                alt: k,
                label: s.label,
            });
        }
    }
    out
}

/// Whether `a` (the dependent, sentence `ai`) is near `b` (the anchor, sentence `bi`) within
/// `scope`; `follows` when `b` is a sentence that continues an anchor (`Derived::follow`),
/// which introduces what is below it as a label does.
fn near(a: &Sentence, ai: usize, b: &Sentence, bi: usize, scope: Scope, follows: bool) -> bool {
    match scope {
        Scope::Sentence => ai == bi || a.intro == Some(bi) || b.intro == Some(ai),
        Scope::Block => a.block == b.block,
        Scope::Label => {
            if ai == bi {
                return true;
            }
            // `a` (the dependent) at most five sentences below the label `b`, in its block. A
            // sentence that ends in a colon ("U kan de DPO bereiken op volgende manieren:")
            // introduces what follows as a label does. Another label in between is not
            // checked: five sentences bound how far a label reaches.
            if ai < bi || ai - bi > 5 || !(b.label || follows || b.text.ends_with(':')) {
                return false;
            }
            // (a list of ways to reach the officer, one per block, under "... op volgende
            // manieren:" counts up to three blocks down)
            a.block == b.block || (b.text.ends_with(':') && a.block <= b.block + 3)
        }
    }
}

/// The facets found in `doc`: plain facets of the language, then derived ones.
pub fn facets(doc: &Doc, lex: &Lexicon, l: &LangLexicon) -> BTreeMap<String, Found> {
    let mut out = BTreeMap::new();
    let skip = not_evidence(doc, l);
    for (name, f) in &l.facets {
        // contact details are contact details wherever they stand, and a provider named in an
        // announcement ("Denne erklæringen redegjør for Naturkrafta sin behandling av
        // personopplysninger") is named all the same
        let ev = if name == "contact" || name == "entity_named" {
            find(doc, f)
        } else {
            find_in(doc, f, &skip)
        };
        let found = if f.together {
            Found::together(ev, f.min, doc)
        } else {
            Found::new(ev, f.min)
        };
        out.insert(name.clone(), found);
    }
    for (name, d) in &lex.derived {
        let Some(words) = out.get(&d.words_of) else {
            continue;
        };
        let none = Found::new(Vec::new(), 1);
        let anchor = match out.get(&d.near) {
            Some(a) => a,
            None if d.apart => &none,
            None => continue,
        };
        let mut anchors: Vec<(usize, bool)> = anchor
            .evidence
            .iter()
            .map(|a| (a.sentence, false))
            .collect();
        if let Some(f) = d.follow.as_ref().and_then(|f| out.get(f)) {
            for e in &f.evidence {
                let i = e.sentence;
                let continues = i > 0
                    && anchors.iter().any(|(a, _)| *a + 1 == i)
                    && doc.sentences[i].block == doc.sentences[i - 1].block;
                if continues {
                    anchors.push((i, true));
                }
            }
        }
        let ev: Vec<Evidence> = words
            .evidence
            .iter()
            .filter(|w| {
                let is_near = anchors.iter().any(|&(a, follows)| {
                    near(
                        &doc.sentences[w.sentence],
                        w.sentence,
                        &doc.sentences[a],
                        a,
                        d.scope,
                        follows,
                    )
                });
                is_near != d.apart
            })
            .cloned()
            .collect();
        out.insert(name.clone(), Found::new(ev, 1));
    }
    out
}

/// What was found of one facet.
#[derive(Debug, Clone)]
pub struct Found {
    pub evidence: Vec<Evidence>,
    /// Enough different terms matched (`min`).
    pub found: bool,
    /// How many different terms matched (in one paragraph or list, for a facet whose terms
    /// stand `together`).
    pub kinds: usize,
}

impl Found {
    fn new(evidence: Vec<Evidence>, min: usize) -> Found {
        let mut alts: Vec<usize> = evidence.iter().map(|e| e.alt).collect();
        alts.sort_unstable();
        alts.dedup();
        Found {
            found: alts.len() >= min,
            kinds: alts.len(),
            evidence,
        }
    }
    /// The most different terms in one paragraph, a list item counting in the paragraph of
    /// the sentence that introduces its list.
    fn together(evidence: Vec<Evidence>, min: usize, doc: &Doc) -> Found {
        let group = |i: usize| {
            let s = &doc.sentences[i];
            s.intro.map_or(s.block, |j| doc.sentences[j].block)
        };
        let mut pairs: Vec<(usize, usize)> = evidence
            .iter()
            .map(|e| (group(e.sentence), e.alt))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut best: Option<(usize, usize)> = None; // (kinds, group)
        let mut i = 0;
        while i < pairs.len() {
            let n = pairs[i..].iter().take_while(|p| p.0 == pairs[i].0).count();
            if best.is_none_or(|(k, _)| n > k) {
                best = Some((n, pairs[i].0));
            }
            i += n;
        }
        let kinds = best.map_or(0, |b| b.0);
        // the evidence is the list itself, not the words scattered elsewhere
        let evidence = match best {
            Some((_, g)) => evidence
                .into_iter()
                .filter(|e| group(e.sentence) == g)
                .collect(),
            None => evidence,
        };
        Found {
            found: kinds >= min,
            kinds,
            evidence,
        }
    }
    pub fn any(&self) -> bool {
        !self.evidence.is_empty()
    }
}

fn found_label(e: &Evidence) -> bool {
    e.label
}

/// The verdict on one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Present,
    Partial,
    Missing,
    NotApplicable,
}

impl Verdict {
    /// Every verdict, in the order of the enum.
    pub const ALL: [Verdict; 4] = [
        Verdict::Present,
        Verdict::Partial,
        Verdict::Missing,
        Verdict::NotApplicable,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Verdict::Present => "present",
            Verdict::Partial => "partial",
            Verdict::Missing => "missing",
            Verdict::NotApplicable => "not_applicable",
        }
    }
}

/// A verdict written as its key (`present`, `partial`, `missing`, `not_applicable`), as the
/// annotations of the audit's corpora write it.
impl std::str::FromStr for Verdict {
    type Err = String;

    fn from_str(s: &str) -> Result<Verdict, String> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.key() == s)
            .ok_or_else(|| format!("not a verdict: {s:?}"))
    }
}

/// The finding for one item.
#[derive(Debug, Clone, Serialize)]
pub struct ItemResult {
    pub id: String,
    /// `13(1)(a)`, `14(1)(a)`, or both (`13(1)(a) / 14(1)(a)`).
    pub article: String,
    pub title: String,
    pub verdict: Verdict,
    /// Why the item is partial, missing or not applicable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Sentences that state it, best first (at most 4).
    pub evidence: Vec<Evidence>,
    /// Missing because the text says nothing of the item's condition (whether legitimate
    /// interest is relied on, whether data leave the EEA, where the data come from), not
    /// because the condition is stated and the information is not.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub silent: bool,
}

/// Judges every item. `indirect`: the text says data come from others (Art. 14 applies).
pub fn items(lex: &Lexicon, found: &BTreeMap<String, Found>) -> (bool, Vec<ItemResult>) {
    let is = |f: &str| found.get(f).is_some_and(|x| x.found);
    let indirect = is("indirect") || is("source_named");
    let mut out = Vec::new();
    for it in &lex.items {
        out.push(judge(it, indirect, found));
    }
    (indirect, out)
}

fn judge(it: &Item, indirect: bool, found: &BTreeMap<String, Found>) -> ItemResult {
    let get = |f: &str| found.get(f);
    let is = |f: &str| found.get(f).is_some_and(|x| x.found);
    let any = |f: &str| found.get(f).is_some_and(Found::any);
    let article = match (&it.art13, &it.art14, indirect) {
        (Some(a), Some(b), true) => format!("{a} / {b}"),
        (Some(a), _, _) => a.clone(),
        (None, Some(b), _) => b.clone(),
        (None, None, _) => String::new(),
    };
    let mut r = ItemResult {
        id: it.id.clone(),
        article,
        title: it.title.clone(),
        verdict: Verdict::Missing,
        reason: None,
        evidence: Vec::new(),
        silent: false,
    };
    let cite = |names: &[String], r: &mut ItemResult| {
        for n in names {
            if let Some(f) = get(n) {
                // sentences before labels and headings (a table of contents names topics)
                let mut ev: Vec<&Evidence> = f.evidence.iter().collect();
                ev.sort_by_key(|e| (found_label(e), e.line));
                for e in ev.into_iter().take(2) {
                    if r.evidence.len() < 4 && !r.evidence.iter().any(|x| x.sentence == e.sentence)
                    {
                        r.evidence.push(e.clone());
                    }
                }
            }
        }
    };
    // The item's condition (legitimate interest relied on, data from others, ...) is neither
    // found nor shown absent: the text is silent on it, and the item is judged on what it
    // states, `missing` with the `silent` reason when that is nothing.
    // (an item with a `gate` has a `silent` reason: items::check_names)
    let silent = !it.gate.is_empty() && !it.gate.iter().any(|g| is(g));
    if silent && !it.present_alone.iter().any(|f| is(f)) {
        if let Some(a) = it.shown_absent.iter().find(|f| is(f)) {
            r.verdict = Verdict::NotApplicable;
            r.reason = it.not_applicable.clone();
            cite(std::slice::from_ref(a), &mut r);
            return r;
        }
    }
    if let Some(a) = it.present_alone.iter().find(|f| is(f)) {
        r.verdict = Verdict::Present;
        cite(std::slice::from_ref(a), &mut r);
        return r;
    }
    if !it.present.is_empty() && it.present.iter().all(|f| is(f)) {
        r.verdict = Verdict::Present;
        cite(&it.present, &mut r);
        return r;
    }
    let enough = it.partial_min.unwrap_or(1);
    let partial: Vec<String> = it
        .partial
        .iter()
        .filter(|f| get(f).is_some_and(|x| x.any() && x.kinds >= enough))
        .cloned()
        .collect();
    let gate: Vec<String> = it.gate.iter().filter(|f| any(f)).cloned().collect();
    if !partial.is_empty() {
        r.verdict = Verdict::Partial;
        let mut reason = it
            .partial_reason
            .clone()
            .unwrap_or_else(|| it.missing.clone());
        let lacking: Vec<&String> = it.present.iter().filter(|f| !is(f)).collect();
        if !lacking.is_empty() {
            let names: Vec<String> = lacking.iter().map(|f| f.replace('_', " ")).collect();
            reason.push_str(&format!(" (not found: {})", names.join(", ")));
        }
        r.reason = Some(reason);
        cite(&partial, &mut r);
        return r;
    }
    r.silent = silent;
    r.reason = Some(match (&it.silent, silent) {
        (Some(why), true) => why.clone(),
        _ => it.missing.clone(),
    });
    cite(&gate, &mut r);
    r
}

#[cfg(test)]
mod tests {
    use super::Verdict;

    #[test]
    fn a_verdict_parses_from_its_key_and_nothing_else() {
        for v in Verdict::ALL {
            assert_eq!(v.key().parse::<Verdict>(), Ok(v));
        }
        assert!("absent".parse::<Verdict>().is_err());
        assert!("Present".parse::<Verdict>().is_err());
        assert!("".parse::<Verdict>().is_err());
    }
}
