//! Family (d): outdated or wrong wording, from research/domain.md §3, over every string of
//! the profile in each language it is written in. The rules are data (`src/law/lint.yaml`):
//! a pattern (Rust `regex`, no look-around), optional `unless` and `requires` patterns on
//! the same text, languages, jurisdictions, fields to skip, the replacement and the citation.
//! A text written once for every language is read in each published language.

use super::catalogue::{catalogue, Rule};
use super::engine::Checker;
use super::texts::{shape, Text};
use crate::load::text::Lang;

fn lang_matches(rule_langs: &[Lang], text_langs: &[Lang]) -> bool {
    rule_langs.is_empty()
        || text_langs
            .iter()
            .any(|l| rule_langs.contains(l) || l.base().is_some_and(|b| rule_langs.contains(&b)))
}

pub fn run(cx: &mut Checker, texts: &[Text]) {
    let Ok(cat) = catalogue() else { return };
    let j = cx.j();
    // Every text of the profile in one haystack, separated by a NUL line (the loader refuses
    // control characters, so NUL is never in a text), so each rule's pattern runs once over
    // the profile instead of once per text.
    const SEP: &str = "\n\0\n";
    let mut joined = String::with_capacity(texts.iter().map(|t| t.text.len() + SEP.len()).sum());
    let mut starts = Vec::with_capacity(texts.len());
    for t in texts {
        starts.push(joined.len());
        joined.push_str(t.text);
        joined.push_str(SEP);
    }
    let text_langs: Vec<Vec<Lang>> = texts
        .iter()
        .map(|t| match t.lang {
            Some(l) => vec![l],
            None => cx.langs.clone(),
        })
        .collect();
    // (text, rule order, rule, the first match in that text)
    let mut found: Vec<(usize, usize, &Rule, String)> = Vec::new();
    let candidates = cat.prefilter.candidates(&joined);
    for (order, rule) in cat.lints().enumerate() {
        let Some(l) = &rule.lint else { continue };
        // Wording that was right on the profile's date is not flagged.
        if !rule.applies_to(j) || !candidates[order] || !l.judges(Some(cx.p.effective)) {
            continue;
        }
        // The first match in each text, as `find` on that text alone would give it; a
        // pattern that can match across the separator is run text by text instead.
        let mut first: Vec<(usize, &str)> = Vec::new();
        let mut crossed = false;
        for m in l.pattern.find_iter(&joined) {
            if m.as_str().contains('\0') {
                crossed = true;
                break;
            }
            let i = starts.partition_point(|&s| s <= m.start()) - 1;
            if first.last().is_none_or(|(last, _)| *last != i) {
                first.push((i, m.as_str()));
            }
        }
        if crossed {
            first = texts
                .iter()
                .enumerate()
                .filter_map(|(i, t)| l.pattern.find(t.text).map(|m| (i, m.as_str())))
                .collect();
        }
        for (i, m) in first {
            let t = &texts[i];
            if !lang_matches(&l.languages, &text_langs[i])
                || l.except_fields.contains(&shape(&t.path))
                || l.unless.as_ref().is_some_and(|u| u.is_match(t.text))
                || l.unless_sentence
                    .as_ref()
                    .is_some_and(|u| u.is_match(t.text))
                || l.requires.as_ref().is_some_and(|r| !r.is_match(t.text))
            {
                continue;
            }
            found.push((i, order, rule, m.to_string()));
        }
    }
    // In the order of the texts, then of the rules.
    found.sort_by_key(|(i, order, ..)| (*i, *order));
    for (i, _, rule, found) in found {
        let t = &texts[i];
        let key = match t.lang {
            Some(l) => format!("{}.{}", t.path, l.code()),
            None => t.path.clone(),
        };
        let pos = exact(&cx.lp.source, cx.locate(&key), &found);
        cx.fire(&rule.id, &t.path, &[("found", found.clone())]);
        if let Some(d) = cx.out.last_mut() {
            d.message = format!("“{found}”: {}", d.message);
            if let Some(lang) = t.lang {
                d.message.push_str(&format!(" (text in `{lang}`)"));
            }
            if let Some((line, col)) = pos {
                d.line = Some(line);
                d.column = Some(col);
            }
        }
    }
}

/// The line and column of `found` in the source, searching from the field's line on (the
/// text may be a block scalar below its key); `None` when it is not on one line.
fn exact(source: &str, from: Option<(usize, usize)>, found: &str) -> Option<(usize, usize)> {
    let (line, _) = from?;
    for (i, l) in source
        .lines()
        .enumerate()
        .skip(line.saturating_sub(1))
        .take(60)
    {
        if let Some(b) = l.find(found) {
            return Some((i + 1, l[..b].chars().count() + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_phrase_below_its_key() {
        let src = "a: 1\nintro:\n  nl: >-\n    Wij volgen de Wbp.\n";
        assert_eq!(exact(src, Some((3, 3)), "Wbp"), Some((4, 19)));
        assert_eq!(exact(src, None, "Wbp"), None);
    }

    #[test]
    fn flemish_text_is_read_by_dutch_rules() {
        assert!(lang_matches(&[Lang::Nl], &[Lang::NlBe]));
        assert!(!lang_matches(&[Lang::Nb], &[Lang::En]));
        assert!(lang_matches(&[], &[Lang::En]));
    }
}
