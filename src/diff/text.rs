//! Free text, sentence by sentence: splits a clinic's text into sentences (without breaking
//! at `art.`, `o.a.`, `bv.`, initials or `7:455`), aligns the old and new sentences and
//! tells a typo fix from a change of wording.
//!
//! Every step is bounded: the alignment is quadratic only up to [`MAX_ALIGN`] sentence
//! pairs (beyond that the changed middle is shown as removed and added), and the edit
//! distance is computed in a band of width [`TYPO_CHARS`], so no text can make the diff slow.

/// Abbreviations (lower case, without the final dot) after which a dot does not end a
/// sentence, in Dutch, Norwegian and English.
const ABBREVIATIONS: &[&str] = &[
    // Dutch
    "art", "artt", "o.a", "bv", "bijv", "d.w.z", "m.b.t", "i.v.m", "nr", "jo", "jº", "vgl", "z.g.a",
    "zgn", "dhr", "mw", "mevr", "mr", "dr", "drs", "ir", "prof", "ca", "incl", "excl", "evt",
    "t.a.v", "m.a.w", "e.d", "e.a", "enz", "resp", "stb", "stcrt", "o.b.v", "a.s", "i.p.v",
    "t.b.v", "m.i.v", "p.a", "tel", "bzw", "par", "sub", "lid", // Norwegian
    "f.eks", "bl.a", "jf", "jfr", "osv", "mv", "m.m", "pkt", "ca", "tlf", "nr", "kap", "ltr",
    "hhv", "dvs", "iht", "ifm", "mht", "pga", // English
    "e.g", "i.e", "etc", "cf", "vs", "no", "nos", "para", "sec", "ch", "p", "pp", "mr", "mrs",
    "ms", "st", "approx", "incl", "art", "arts",
];

/// Words that turn a sentence around; a change in one of them is never a typo fix.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nor", "cannot", "can't", "without", "niet", "geen", "nooit",
    "zonder", "noch", "ikke", "ingen", "aldri", "uten", "verken", "intet",
];

/// Sentence pairs the alignment may compare; above this the middle is not aligned.
pub const MAX_ALIGN: usize = 250_000;

/// A typo fix changes at most this many characters in a word.
pub const TYPO_CHARS: usize = 2;

/// A typo fix changes at most this many words in a sentence.
const TYPO_WORDS: usize = 2;

/// The text with runs of white space made one space, and trimmed.
pub fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the dot ending `word` (the text since the last space, dot included) is part
/// of an abbreviation or an initial rather than a sentence end.
fn abbreviation(word: &str) -> bool {
    let w = word
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches('.')
        .to_lowercase();
    if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
        return true; // an initial: "J. Jansen"
    }
    ABBREVIATIONS.contains(&w.as_str())
}

/// Splits `text` into sentences (normalized). A sentence ends at `.`, `!` or `?`
/// (closing quotes and brackets kept with it) followed by white space and a character that
/// is not a lower-case letter or a digit, unless the dot ends an abbreviation or an
/// initial; a blank line or a Markdown list item always starts a new sentence.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in blocks(text) {
        let chars: Vec<char> = block.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if matches!(c, '.' | '!' | '?' | '…') {
                let mut end = i + 1;
                while end < chars.len() && matches!(chars[end], '.' | '!' | '?' | '…') {
                    end += 1;
                }
                while end < chars.len()
                    && matches!(
                        chars[end],
                        ')' | ']' | '"' | '\'' | '”' | '’' | '»' | '*' | '_'
                    )
                {
                    end += 1;
                }
                let followed_by_space = end < chars.len() && chars[end].is_whitespace();
                let next = chars[end..].iter().find(|c| !c.is_whitespace());
                let boundary = followed_by_space
                    && next.is_some_and(|n| !n.is_lowercase() && !n.is_ascii_digit())
                    && !(c == '.' && {
                        let word_start = chars[start..i]
                            .iter()
                            .rposition(|c| c.is_whitespace())
                            .map_or(start, |p| start + p + 1);
                        let word: String = chars[word_start..=i].iter().collect();
                        // "1. Eerst": the number of a list item.
                        let list_number = chars[..word_start].iter().all(|c| c.is_whitespace())
                            && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit());
                        list_number || abbreviation(&word)
                    });
                if boundary {
                    push(&mut out, chars[start..end].iter().collect());
                    start = end;
                }
                i = end;
            } else {
                i += 1;
            }
        }
        push(&mut out, chars[start..].iter().collect());
    }
    out
}

fn push(out: &mut Vec<String>, s: String) {
    let s = normalize(&s);
    if !s.is_empty() {
        out.push(s);
    }
}

/// Paragraphs and list items of a (Markdown) text.
fn blocks(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        let item = t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with("+ ")
            || t.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if t.is_empty() || item {
            if !cur.trim().is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.clear();
        }
        cur.push_str(line);
        cur.push('\n');
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// One difference between two texts: a sentence changed (both), removed (`was` only) or
/// added (`now` only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk {
    pub was: Option<String>,
    pub now: Option<String>,
}

impl Hunk {
    /// A sentence rewritten so little that it reads the same: at most [`TYPO_WORDS`]
    /// words differ, each by at most [`TYPO_CHARS`] characters and each at least four
    /// letters long (short words such as "may"/"must" or "not"/"now" carry meaning), with
    /// no digit and no negation among them; or only punctuation or letter case changed.
    pub fn is_typo_fix(&self) -> bool {
        let (Some(a), Some(b)) = (&self.was, &self.now) else {
            return false;
        };
        let wa = words(a);
        let wb = words(b);
        if wa.len() != wb.len() {
            return false;
        }
        let differing: Vec<(&String, &String)> =
            wa.iter().zip(&wb).filter(|(x, y)| x != y).collect();
        differing.len() <= TYPO_WORDS
            && differing.iter().all(|(x, y)| {
                let ok = |w: &str| {
                    w.chars().count() >= 4
                        && !w.chars().any(|c| c.is_ascii_digit())
                        && !NEGATIONS.contains(&w)
                };
                ok(x) && ok(y) && within(x, y, TYPO_CHARS)
            })
    }
}

/// The words of a sentence, lower case, without punctuation.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the edit distance of `a` and `b` (in characters) is at most `k`; computed in a
/// band of width `2k + 1`, so it takes time and memory linear in the length.
pub fn within(a: &str, b: &str, k: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > k {
        return false;
    }
    const FAR: usize = usize::MAX / 2;
    let w = 2 * k + 1;
    // Cell `d` of row `i` is column `j = i + d - k`.
    let col = |i: usize, d: usize| (i + d).checked_sub(k).filter(|&j| j <= m);
    let mut prev = vec![FAR; w];
    for (d, p) in prev.iter_mut().enumerate() {
        if let Some(j) = col(0, d) {
            *p = j;
        }
    }
    for i in 1..=n {
        let mut cur = vec![FAR; w];
        for d in 0..w {
            let Some(j) = col(i, d) else { continue };
            if j == 0 {
                cur[d] = i;
                continue;
            }
            let sub = prev[d] + usize::from(a[i - 1] != b[j - 1]);
            let del = if d + 1 < w { prev[d + 1] + 1 } else { FAR };
            let ins = if d >= 1 { cur[d - 1] + 1 } else { FAR };
            cur[d] = sub.min(del).min(ins);
        }
        if cur.iter().all(|&x| x > k) {
            return false;
        }
        prev = cur;
    }
    prev[m + k - n] <= k
}

/// The sentences that differ between `old` and `new`, in reading order. Unchanged
/// sentences are left out; within a run of changes, removed and added sentences are
/// paired in order as "was / now", the rest shown as removed or added.
pub fn diff(old: &str, new: &str) -> Vec<Hunk> {
    let a = sentences(old);
    let b = sentences(new);
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    // Edit script over the middle: (removed, added) runs between kept sentences.
    let mut runs: Vec<(Vec<&String>, Vec<&String>)> = Vec::new();
    if a.len().saturating_mul(b.len()) > MAX_ALIGN {
        runs.push((a.iter().collect(), b.iter().collect()));
    } else {
        // Longest common subsequence, table of suffix lengths.
        let (n, m) = (a.len(), b.len());
        let mut t = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                t[i * (m + 1) + j] = if a[i] == b[j] {
                    t[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        let mut run: (Vec<&String>, Vec<&String>) = (Vec::new(), Vec::new());
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                if !run.0.is_empty() || !run.1.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                i += 1;
                j += 1;
            } else if j < m && (i == n || t[i * (m + 1) + j + 1] >= t[(i + 1) * (m + 1) + j]) {
                run.1.push(&b[j]);
                j += 1;
            } else {
                run.0.push(&a[i]);
                i += 1;
            }
        }
        if !run.0.is_empty() || !run.1.is_empty() {
            runs.push(run);
        }
    }
    let mut out = Vec::new();
    for (removed, added) in runs {
        pair_up(&removed, &added, &mut out);
    }
    out
}

/// How many sentences ahead a removed sentence looks for its rewritten form.
const PAIR_WINDOW: usize = 20;

/// The words of a sentence as a set, for [`similar`].
fn word_set(s: &str) -> std::collections::HashSet<String> {
    words(s).into_iter().collect()
}

/// Whether two sentences (as word sets) share at least half the words of the shorter one:
/// then one is shown as the rewritten form of the other ("was / now").
fn similar(a: &std::collections::HashSet<String>, b: &std::collections::HashSet<String>) -> bool {
    let shorter = a.len().min(b.len());
    shorter > 0 && 2 * a.intersection(b).count() >= shorter
}

/// The hunks of one run of removed and added sentences, in reading order: a removed
/// sentence is paired with a similar added one (within [`PAIR_WINDOW`]), added sentences
/// before it are shown as added, and a removed sentence without a similar one as removed.
fn pair_up(removed: &[&String], added: &[&String], out: &mut Vec<Hunk>) {
    let added_words: Vec<_> = added.iter().map(|a| word_set(a)).collect();
    let mut j = 0;
    for r in removed {
        let rw = word_set(r);
        let end = (j + PAIR_WINDOW).min(added.len());
        match (j..end).find(|&k| similar(&rw, &added_words[k])) {
            Some(k) => {
                for a in &added[j..k] {
                    out.push(Hunk {
                        was: None,
                        now: Some(a.to_string()),
                    });
                }
                out.push(Hunk {
                    was: Some(r.to_string()),
                    now: Some(added[k].to_string()),
                });
                j = k + 1;
            }
            None => out.push(Hunk {
                was: Some(r.to_string()),
                now: None,
            }),
        }
    }
    for a in &added[j.min(added.len())..] {
        out.push(Hunk {
            was: None,
            now: Some(a.to_string()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_sentence_ends_only() {
        assert_eq!(
            sentences("Wij bewaren uw dossier. U kunt het inzien!  Vragen? Mail ons."),
            [
                "Wij bewaren uw dossier.",
                "U kunt het inzien!",
                "Vragen?",
                "Mail ons."
            ]
        );
        // Abbreviations, article numbers, initials and decimals stay inside the sentence.
        let nl = "Wij delen gegevens met o.a. de huisarts, bv. bij verwijzing. Zie art. 7:455 BW \
                  en art. 9 lid 2 AVG. Contact: dhr. J. Jansen, tel. 020-1234567. Dat is 2.5 keer.";
        assert_eq!(
            sentences(nl),
            [
                "Wij delen gegevens met o.a. de huisarts, bv. bij verwijzing.",
                "Zie art. 7:455 BW en art. 9 lid 2 AVG.",
                "Contact: dhr. J. Jansen, tel. 020-1234567.",
                "Dat is 2.5 keer."
            ]
        );
        let nb = "Vi deler f.eks. med fastlegen, jf. pasientjournalloven § 25. Se bl.a. punkt 3.";
        assert_eq!(
            sentences(nb),
            [
                "Vi deler f.eks. med fastlegen, jf. pasientjournalloven § 25.",
                "Se bl.a. punkt 3."
            ]
        );
        // The price of not splitting after abbreviations: a sentence that ends in one is
        // joined with the next (documented in docs/diff.md).
        assert_eq!(
            sentences("Wij delen met artsen, apothekers enz. Wij bewaren niets."),
            ["Wij delen met artsen, apothekers enz. Wij bewaren niets."]
        );
        assert_eq!(
            sentences("Zie www.delinde.nl. Vi møtes 1. januar. Hun sa: \"Ja.\" Daarna niets."),
            [
                "Zie www.delinde.nl.",
                "Vi møtes 1. januar.",
                "Hun sa: \"Ja.\"",
                "Daarna niets."
            ]
        );
        assert_eq!(
            sentences("See e.g. Art. 13 GDPR. (We reply within a month.) Next."),
            [
                "See e.g. Art. 13 GDPR.",
                "(We reply within a month.)",
                "Next."
            ]
        );
    }

    #[test]
    fn paragraphs_and_list_items_are_sentences_of_their_own() {
        assert_eq!(
            sentences("Wij delen met:\n- de huisarts\n- de apotheek\n\nVerder niet"),
            [
                "Wij delen met:",
                "- de huisarts",
                "- de apotheek",
                "Verder niet"
            ]
        );
        assert_eq!(sentences("1. Eerst\n2. dan"), ["1. Eerst", "2. dan"]);
        assert!(sentences(" \n\n ").is_empty());
    }

    #[test]
    fn shows_the_sentences_that_changed() {
        let old = "Wij bewaren uw dossier. Wij delen niets. Vragen? Mail ons.";
        let new = "Wij bewaren uw dossier. Wij delen uw gegevens met iedereen. Vragen? Bel ons. \
                   Of schrijf.";
        assert_eq!(
            diff(old, new),
            [
                Hunk {
                    was: Some("Wij delen niets.".into()),
                    now: Some("Wij delen uw gegevens met iedereen.".into())
                },
                Hunk {
                    was: Some("Mail ons.".into()),
                    now: Some("Bel ons.".into())
                },
                Hunk {
                    was: None,
                    now: Some("Of schrijf.".into())
                },
            ]
        );
        assert_eq!(
            diff("Een. Twee. Drie.", "Een. Drie."),
            [Hunk {
                was: Some("Twee.".into()),
                now: None
            }]
        );
        // Only white space changed: nothing to report.
        assert!(diff("Een  zin.\nNog een.", "Een zin. Nog\n een.").is_empty());
    }

    #[test]
    fn only_similar_sentences_are_shown_as_rewritten() {
        let d = diff(
            "We keep your record. Questions? Email us.",
            "We keep your record. We share nothing. Questions? Call us.",
        );
        assert_eq!(
            d,
            [
                Hunk {
                    was: None,
                    now: Some("We share nothing.".into())
                },
                Hunk {
                    was: Some("Email us.".into()),
                    now: Some("Call us.".into())
                },
            ]
        );
        let d = diff("Old one. Gone too.", "Entirely different. Brand new text.");
        assert_eq!(
            d.iter()
                .map(|h| (h.was.is_some(), h.now.is_some()))
                .collect::<Vec<_>>(),
            [(true, false), (true, false), (false, true), (false, true)]
        );
    }

    #[test]
    fn typo_fixes_are_told_from_changes_of_meaning() {
        let h = |a: &str, b: &str| Hunk {
            was: Some(a.into()),
            now: Some(b.into()),
        };
        assert!(h("Wij bewaaren uw gegevns.", "Wij bewaren uw gegevens.").is_typo_fix());
        assert!(h("wij delen, niets", "Wij delen niets.").is_typo_fix());
        // Numbers, negations, short words and whole-word swaps are changes of meaning.
        assert!(!h("Wij bewaren 20 jaar.", "Wij bewaren 15 jaar.").is_typo_fix());
        assert!(!h("Wij delen niets.", "Wij delen alles.").is_typo_fix());
        assert!(!h("We may share.", "We must share.").is_typo_fix());
        assert!(!h("We do share it.", "We do not share it.").is_typo_fix());
        assert!(!h("Wij delen geen gegevens.", "Wij delen gene gegevens.").is_typo_fix());
        assert!(!h("Een twee drie vier vijf.", "Eén tweee driee vierr vijf.").is_typo_fix());
        assert!(!Hunk {
            was: None,
            now: Some("Nieuw.".into())
        }
        .is_typo_fix());
    }

    #[test]
    fn banded_edit_distance() {
        assert!(within("gegevens", "gegevns", 1));
        assert!(within("kitten", "sitting", 3));
        assert!(!within("kitten", "sitting", 2));
        assert!(within("", "ab", 2));
        assert!(!within("", "abc", 2));
        assert!(within("abc", "abc", 0));
        // Long words take linear time.
        let long = "a".repeat(200_000);
        assert!(within(&long, &format!("{long}b"), 2));
        assert!(!within(&long, &"b".repeat(200_000), 2));
    }

    #[test]
    fn large_texts_stay_fast() {
        let old: String = (0..20_000).map(|i| format!("Zin {i} is hier. ")).collect();
        let new: String = (0..20_000)
            .map(|i| format!("Regel {i} staat hier. "))
            .collect();
        let start = std::time::Instant::now();
        let d = diff(&old, &new);
        assert_eq!(d.len(), 20_000);
        assert!(start.elapsed().as_secs() < 20);
    }
}
