//! Outdated, wrong and vague wording: the lint catalogue of `privgen check`
//! (`src/law/lint.yaml`, read through [`crate::check::catalogue`]) run over the statement's
//! paragraphs. A rule's `unless` and `requires` patterns are judged on the paragraph of the
//! match and the two after it, so "as long as necessary" followed by a table of periods does
//! not fire. Every rule keeps its id, severity, replacement and citation, so `audit` and
//! `check` report the same phrase the same way.

use super::dated::Dated;
use super::text::Doc;
use crate::check::catalogue::{catalogue, Rule};
use crate::diagnostics::Severity;
use crate::load::profile::Jurisdiction;
use crate::load::text::Date;
use crate::load::text::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

/// One phrase the catalogue flags.
#[derive(Debug, Clone, Serialize)]
pub struct WordingFinding {
    /// The rule id of the lint catalogue (`lint/ssl`).
    pub rule: String,
    /// Id in the research catalogue (`EU-07`).
    pub reference: String,
    pub severity: Severity,
    pub line: usize,
    /// 1-based column of the phrase in its logical line, when found there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub found: String,
    pub message: String,
    pub replacement: String,
    pub citation: String,
    /// Vague rather than outdated (EU-08 … EU-11).
    pub vague: bool,
    /// The date from which the phrase is outdated (`outdated_since` in `src/law/lint.yaml`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outdated_since: Option<Date>,
}

/// Judges each finding against the date the statement gives itself: a phrase that was right
/// when the text was written (its date before the rule's `since`) is lowered to information
/// and says so; the others say since when the phrase is outdated.
pub fn judge_dates(
    findings: &mut [WordingFinding],
    dated: Option<Dated>,
    since: &BTreeMap<String, Date>,
) {
    for f in findings {
        let Some(s) = since.get(&f.rule).copied() else {
            continue;
        };
        f.outdated_since = Some(s);
        match dated {
            Some(d) if d.date < s => {
                f.severity = Severity::Info;
                f.message.push_str(&format!(
                    " — correct when the text was written (dated {} on line {}); outdated since {s}",
                    d.date, d.line
                ));
            }
            Some(d) => f.message.push_str(&format!(
                " (outdated since {s}; the text is dated {})",
                d.date
            )),
            None => f
                .message
                .push_str(&format!(" (outdated since {s}; the text gives no date)")),
        }
    }
}

fn lang_matches(rule: &[Lang], lang: Lang) -> bool {
    rule.is_empty() || rule.contains(&lang) || lang.base().is_some_and(|b| rule.contains(&b))
}

/// A paragraph: its text, and where each of its sentences starts in it (byte offset,
/// sentence index).
struct Block {
    text: String,
    starts: Vec<(usize, usize)>,
}

/// The paragraphs of `doc`, in order.
fn blocks(doc: &Doc) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut last = usize::MAX;
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.block != last {
            out.push(Block {
                text: String::new(),
                starts: Vec::new(),
            });
            last = s.block;
        }
        if let Some(b) = out.last_mut() {
            if !b.text.is_empty() {
                b.text.push(' ');
            }
            b.starts.push((b.text.len(), i));
            b.text.push_str(&s.text);
        }
    }
    out
}

/// Runs every wording rule of the catalogue for `lang` and `j` over `doc`; with no `j` (a
/// text of a country without law data), only the rules of every jurisdiction. When the
/// catalogue cannot be read (a bug in its data), the error is returned for the report.
pub fn run(doc: &Doc, lang: Lang, j: Option<Jurisdiction>) -> Result<Vec<WordingFinding>, String> {
    let cat = catalogue().map_err(|e| e.to_string())?;
    let rules: Vec<&Rule> = cat
        .lints()
        .filter(|r| match j {
            Some(j) => r.applies_to(j),
            None => r.jurisdictions.is_empty(),
        })
        .filter(|r| {
            // A rule about the profile's own fields says nothing of a published statement.
            r.lint
                .as_ref()
                .is_some_and(|l| lang_matches(&l.languages, lang) && !l.profile_only)
        })
        .collect();
    let blocks = blocks(doc);
    let mut out = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        let text = &block.text;
        let window: String = blocks
            .iter()
            .skip(bi)
            .take(3)
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        for r in &rules {
            let Some(l) = &r.lint else { continue };
            if l.unless.as_ref().is_some_and(|u| u.is_match(&window))
                || l.requires.as_ref().is_some_and(|q| !q.is_match(&window))
            {
                continue;
            }
            for m in l.pattern.find_iter(text) {
                // the sentence holding the match gives its line (a phrase repeated in a
                // paragraph is reported on each of its lines)
                let sentence = block
                    .starts
                    .iter()
                    .take_while(|(at, _)| *at <= m.start())
                    .last()
                    .and_then(|(_, i)| doc.sentences.get(*i));
                // a historical mention, or a context that makes the phrase right, is judged on
                // its own sentence
                if let (Some(h), Some(s)) = (&l.unless_sentence, sentence) {
                    if h.is_match(&s.text) {
                        continue;
                    }
                }
                let line = sentence.map_or(0, |s| s.line);
                let found = m.as_str().to_string();
                if out
                    .iter()
                    .any(|f: &WordingFinding| f.rule == r.id && f.line == line && f.found == found)
                {
                    continue;
                }
                out.push(WordingFinding {
                    rule: r.id.clone(),
                    reference: l.reference.clone(),
                    severity: r.severity,
                    line,
                    column: None,
                    message: format!("“{found}”: {}", r.message),
                    found,
                    replacement: l.replacement.clone(),
                    citation: r.cited(),
                    vague: ["EU-08", "EU-09", "EU-10", "EU-11"].contains(&l.reference.as_str()),
                    outdated_since: None,
                });
            }
        }
    }
    out.sort_by(|a, b| (a.line, &a.rule).cmp(&(b.line, &b.rule)));
    Ok(out)
}

/// The column of `found` in the source line, when the phrase is on it unchanged.
pub fn columns(findings: &mut [WordingFinding], source: &str) {
    let lines: Vec<&str> = source.lines().collect();
    for f in findings {
        if let Some(l) = f.line.checked_sub(1).and_then(|i| lines.get(i)) {
            if let Some(b) = l.find(&f.found) {
                f.column = Some(l[..b].chars().count() + 1);
            }
        }
    }
}
