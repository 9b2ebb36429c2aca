//! Sentences: the logical lines of a statement split into sentences, list items, labels and
//! headings, each with its source line and paragraph (hard-wrapped paragraphs joined).

use super::text::{Line, MAX_SENTENCES, MAX_SENTENCE_CHARS};

/// A sentence (or a list item, label or heading) of the statement.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    /// 1-based line in the source where it starts.
    pub line: usize,
    /// Index of its paragraph.
    pub block: usize,
    /// A short line on its own, a heading, or a line ending in `:`.
    pub label: bool,
    /// When it is a list item: the sentence introducing the list.
    pub intro: Option<usize>,
}

/// The statement as the audit reads it.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub sentences: Vec<Sentence>,
    /// Sentences beyond [`MAX_SENTENCES`] that were not analysed.
    pub skipped: usize,
}

fn list_marker(t: &str) -> bool {
    let t = t.trim_start();
    if t.starts_with(['•', '-', '*', '–', '·', '▪', '\u{f0b7}']) {
        return true;
    }
    let digits = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .count();
    let mut cs = t.chars();
    let letter = matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), Some(' ')) if a.is_ascii_lowercase());
    (digits > 0 && t[digits..].starts_with(' ') && t[..digits].ends_with('.')) || letter
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The longest line (in words) read as an item of a list without markers.
const UNMARKED_ITEM_WORDS: usize = 12;

/// The longest line (in words) read as an item of a list without markers whose items are
/// separated by blank lines (a web page's list items, each a paragraph of its own).
const LOOSE_ITEM_WORDS: usize = 6;

/// Splits logical lines into blocks and sentences.
pub fn sentences(lines: &[Line]) -> Doc {
    let mut doc = Doc::default();
    let mut block = 0usize;
    let mut prev_blank = true;
    let mut intro: Option<usize> = None;
    // Whether the current list's first item came after a blank line: then its items may be
    // separated by blank lines ("Dette kan inkludere:" / "" / "Navn" / "" / "Telefonnummer").
    let mut loose: Option<bool> = None;
    // The lists a nested list interrupts: (the outer list's introduction, its looseness, the
    // indentation of the item that opened the nested list). A list item no deeper than that
    // item is its sibling: the nested list has ended, and the outer list goes on.
    let mut outer: Vec<(Option<usize>, Option<bool>, usize)> = Vec::new();
    // A line continues the previous sentence when that one did not end and this one starts
    // in lower case (a hard-wrapped paragraph).
    let mut open = false;
    let mut prev_len = 0usize;
    for l in lines {
        let t = l.text.trim();
        if t.is_empty() {
            prev_len = 0;
            if !prev_blank {
                block += 1;
            }
            prev_blank = true;
            open = false;
            continue;
        }
        let after_blank = prev_blank;
        prev_blank = false;
        let indent = l.text.chars().take_while(|c| c.is_whitespace()).count();
        while let Some(&(o, lo, at)) = outer.last() {
            if list_marker(t) && indent <= at {
                intro = o;
                loose = lo;
                outer.pop();
            } else {
                break;
            }
        }
        // a list written one item per line without markers: short lines right under a line
        // that ends in ":" ("Wij bewaren uw gegevens gedurende de volgende termijnen:" /
        // "Medische dossiers: 30 jaar"), up to the next blank line
        let unmarked_item = intro.is_some()
            && !after_blank
            && loose != Some(true)
            && !l.heading
            && words(t) <= UNMARKED_ITEM_WORDS;
        // ... or each under a blank line, when the list began so: short lines that end no
        // sentence ("Navn", "E-postadresse;"); a line right under such an item ends the list
        // (a contact block under "via onderstaande contactgegevens:" is no list), and a
        // "label: value" line is a contact block's line ("E-post: post@…"), not an item
        let loose_item = intro.is_some()
            && after_blank
            && loose != Some(false)
            && !l.heading
            && words(t) <= LOOSE_ITEM_WORDS
            && !t.ends_with(['.', '!', '?', ':'])
            && !t.contains(": ");
        let item = list_marker(t) || unmarked_item || loose_item;
        if item && intro.is_some() && loose.is_none() {
            loose = Some(after_blank);
        }
        let starts_lower = t.chars().next().is_some_and(|c| c.is_lowercase());
        // a hard-wrapped line: the previous one was long and did not end a sentence
        let wrapped = open && (starts_lower || prev_len >= 50) && !l.heading;
        prev_len = t.chars().count();
        if wrapped && !item && !doc.sentences.is_empty() {
            // the line's first part ends the open sentence; a sentence that starts later on
            // the line is a sentence of its own, on this line ("... volgens de / wet. Sinds
            // 2018 geldt ...")
            let mut parts = split_sentences(t).into_iter();
            if let (Some(first), Some(last)) = (parts.next(), doc.sentences.last_mut()) {
                let room = MAX_SENTENCE_CHARS.saturating_sub(last.text.chars().count() + 1);
                if room > 0 {
                    last.text.push(' ');
                    last.text.extend(first.chars().take(room));
                }
                last.label = false;
            }
            for p in parts {
                push(&mut doc, &p, l.line, block, false, None);
            }
            open = !ends_sentence(t);
            continue;
        }
        if !item {
            intro = None;
            outer.clear();
        }
        let label =
            l.heading || t.ends_with(':') || (words(t) <= 6 && !t.ends_with(['.', ';', ',']));
        let parts = split_sentences(t);
        let n = parts.len();
        for (k, p) in parts.into_iter().enumerate() {
            let is_label = (label && n == 1) || (k + 1 == n && p.ends_with(':'));
            push(
                &mut doc,
                &p,
                l.line,
                block,
                is_label,
                intro.filter(|_| item),
            );
        }
        // a line that ends in ":" introduces the lines below it; so does a list item that
        // ends so ("• Vi lagrer:" above its own items: a nested list)
        if t.ends_with(':') && (!item || list_marker(t)) {
            // (an item under an introduction: any other line has ended the lists above, and
            // `outer` with them)
            if intro.is_some() {
                outer.push((intro, loose, indent));
            }
            intro = Some(doc.sentences.len().saturating_sub(1));
            loose = None;
        } else if !item && !l.heading {
            intro = None;
        }
        open = !ends_sentence(t) && !t.ends_with(':') && !l.heading && words(t) > 6;
    }
    doc
}

/// Adds a sentence of at most [`MAX_SENTENCE_CHARS`], or counts it as skipped once the
/// statement has [`MAX_SENTENCES`].
fn push(doc: &mut Doc, text: &str, line: usize, block: usize, label: bool, intro: Option<usize>) {
    if doc.sentences.len() >= MAX_SENTENCES {
        doc.skipped += 1;
        return;
    }
    doc.sentences.push(Sentence {
        text: text.chars().take(MAX_SENTENCE_CHARS).collect(),
        line,
        block,
        label,
        intro,
    });
}

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', ';', ':'])
}

/// Splits a line at `.`, `!`, `?` followed by a space and an upper-case letter, digit or
/// bullet; abbreviations like `bv.`, `o.a.` and initials (`E. Rombout`) are kept together.
fn split_sentences(t: &str) -> Vec<String> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if matches!(c, '.' | '!' | '?' | '•') && k + 1 < chars.len() {
            let mut j = k + 1;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            let spaced = j > k + 1 || c == '•';
            let next = chars.get(j).copied().unwrap_or(' ');
            let word_before: String = chars[start..k]
                .iter()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            // an initial ("E. Rombout")
            let short = c == '.'
                && word_before.chars().count() == 1
                && word_before.chars().all(char::is_uppercase);
            let abbrev = [
                "bv", "vb", "nr", "art", "mevr", "dhr", "tel", "ca", "evt", "bijv", "jf", "f.eks",
                "dvs", "etc", "e.g", "i.e",
            ]
            .contains(
                &word_before
                    .chars()
                    .rev()
                    .collect::<String>()
                    .to_lowercase()
                    .as_str(),
            );
            if c == '•' {
                let s: String = chars[start..k].iter().collect();
                if !s.trim().is_empty() {
                    out.push(s.trim().to_string());
                }
                start = k;
            } else if spaced
                && (next.is_uppercase() || next.is_ascii_digit() || next == '•')
                && !short
                && !abbrev
            {
                let s: String = chars[start..=k].iter().collect();
                out.push(s.trim().to_string());
                start = j;
                k = j;
                continue;
            }
        }
        k += 1;
    }
    let s: String = chars[start.min(chars.len())..].iter().collect();
    if !s.trim().is_empty() {
        out.push(s.trim().to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::text::lines_text;

    #[test]
    fn sentences_lists_and_labels() {
        let doc = sentences(&lines_text("Wij bewaren gegevens als volgt:\n\n- 30 jaar voor medische gegevens;\n- 7 jaar voor facturen.\nDit is zo. Mevr. E. Rombout is FG.\n\nFunctionaris gegevensbescherming\nE-mail: fg@x.nl"));
        let t: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t[1], "- 30 jaar voor medische gegevens;");
        assert_eq!(doc.sentences[1].intro, Some(0));
        assert_eq!(t[3], "Dit is zo.");
        assert_eq!(t[4], "Mevr. E. Rombout is FG.");
        assert!(doc.sentences[5].label);
        assert_eq!(doc.sentences[6].line, 8);
    }

    #[test]
    fn unmarked_list_under_a_colon() {
        let doc = sentences(&lines_text(
            "Wij bewaren uw gegevens gedurende de volgende termijnen:\nMedische dossiers: 30 jaar\nFactuurgegevens: 10 jaar\n\nDaarna wissen wij ze.",
        ));
        let t: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t[1], "Medische dossiers: 30 jaar");
        assert_eq!(doc.sentences[1].intro, Some(0));
        assert_eq!(doc.sentences[2].intro, Some(0));
        // after the blank line the list is over
        assert_eq!(doc.sentences[3].intro, None);
        // a list whose items are each under a blank line (a web page's list) stays a list,
        // up to a line that ends a sentence
        let doc = sentences(&lines_text(
            "Dette kan inkludere:\n\nNavn\n\nTelefonnummer\n\nE-postadresse\n\nVi lagrer dem trygt.",
        ));
        let intros: Vec<Option<usize>> = doc.sentences.iter().map(|s| s.intro).collect();
        assert_eq!(intros, [None, Some(0), Some(0), Some(0), None]);
        let doc = sentences(&lines_text(
            "Vragen? Neem contact op via onderstaande contactgegevens:\n\nPraktijk Linde\nTelefoon: 03 217 21 00\nE-mail: info@linde.be",
        ));
        let intros: Vec<Option<usize>> = doc.sentences.iter().map(|s| s.intro).collect();
        assert_eq!(intros, [None, None, Some(1), None, None]);
        let doc = sentences(&lines_text(
            "Kontaktinformasjonen til oss er:\n\nE-post: post@linde.no\n\nTelefon: 69 25 76 07",
        ));
        assert!(doc.sentences.iter().all(|s| s.intro.is_none()));
        // a list that began right under its introduction ends at a blank line, as before
        let doc = sentences(&lines_text("Contact:\nPraktijk Linde\n\nOpeningstijden"));
        assert_eq!(doc.sentences[1].intro, Some(0));
        assert_eq!(doc.sentences[2].intro, None);
        // a long line under a colon is a paragraph of its own, not an item
        let doc = sentences(&lines_text(
            "Let op:\nDeze verklaring geldt voor alle patiënten van de praktijk en voor iedereen die onze website bezoekt of ons mailt.",
        ));
        assert_eq!(doc.sentences[1].intro, None);
    }

    #[test]
    fn a_list_item_that_ends_in_a_colon_introduces_its_own_items() {
        let doc = sentences(&lines_text(
            "Slik behandler vi opplysninger:\n\n• Vi lagrer:\n\n  • Fullt navn: for timeboken.\n\n  • Telefonnummer: for påminnelser.\n\n• Vi deler ingenting.",
        ));
        let t: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(t[1], "• Vi lagrer:");
        assert_eq!(doc.sentences[1].intro, Some(0));
        // the nested items belong to the item above them, not to the opening line
        assert_eq!(doc.sentences[2].intro, Some(1));
        assert_eq!(doc.sentences[3].intro, Some(1));
        // the next item as deep as "• Vi lagrer:" is its sibling, under the opening line
        assert_eq!(t[4], "• Vi deler ingenting.");
        assert_eq!(doc.sentences[4].intro, Some(0));
    }

    #[test]
    fn a_hard_wrapped_paragraph_keeps_its_sentences_and_their_lines() {
        let doc = sentences(&lines_text(
            "Wij verwerken uw gegevens zorgvuldig en volgens de regels van de\nwet. Sinds 2018 geldt de AVG voor alle zorgverleners in heel Europa en\nook voor ons. Vragen? Mail ons.",
        ));
        let t: Vec<(&str, usize)> = doc
            .sentences
            .iter()
            .map(|s| (s.text.as_str(), s.line))
            .collect();
        assert_eq!(
            t[0],
            (
                "Wij verwerken uw gegevens zorgvuldig en volgens de regels van de wet.",
                1
            )
        );
        assert_eq!(
            t[1],
            (
                "Sinds 2018 geldt de AVG voor alle zorgverleners in heel Europa en ook voor ons.",
                2
            )
        );
        assert_eq!(t[2], ("Vragen?", 3));
        assert_eq!(t[3], ("Mail ons.", 3));
    }

    #[test]
    fn a_wrapped_paragraph_without_an_end_does_not_grow_without_bound() {
        let line = "en dan nog een regel tekst zonder punt die maar doorgaat en doorgaat";
        let text = format!(
            "Dit is het begin van een lange alinea die nergens eindigt\n{}",
            [line; 500].join("\n")
        );
        let doc = sentences(&lines_text(&text));
        assert!(doc
            .sentences
            .iter()
            .all(|s| s.text.chars().count() <= MAX_SENTENCE_CHARS + 1));
    }
}
