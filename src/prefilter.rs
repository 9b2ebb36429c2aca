//! Which of many regex rules can match a text at all, in one pass: the literal prefixes of
//! every pattern in one Aho–Corasick automaton. Used by the outdated-wording lint
//! (`check::catalogue`) and the review of generated pages (`verify`), which would otherwise
//! run each rule's pattern over every text. Also [`ascii_boundaries`], which keeps a pattern
//! of the lint or of the audit lexicon on the regex engine's fast automaton.

/// A pattern written only in ASCII with its word boundaries made ASCII ones (`(?-u:\b)`): a
/// Unicode `\b` makes the regex engine leave its fast automaton for any text that holds a
/// character outside ASCII (é, ë, ’), and a rule of many alternatives then costs a hundred
/// times more. For an ASCII pattern the two boundaries differ only where a letter outside
/// ASCII touches the word the pattern names ("één" before "nieuwe" with no space), which a
/// rule's or a lexicon's phrases do not meet. A pattern with letters outside ASCII keeps
/// Unicode boundaries (`\bår\b` needs them), and so does an ASCII pattern with a boundary
/// next to a letter outside ASCII written as an escape (`\b\x{f8}konomiske`, `sant\x{e9}\b`):
/// an ASCII boundary never stands between a space and `ø`.
pub fn ascii_boundaries(p: &str) -> std::borrow::Cow<'_, str> {
    if !p.is_ascii() || !p.contains("\\b") || boundary_at_escaped_letter(p) {
        return std::borrow::Cow::Borrowed(p);
    }
    let mut out = String::with_capacity(p.len() + 32);
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("(?-u:\\b)"),
            Some(n) => {
                out.push(c);
                out.push(n);
            }
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `p` has a word boundary right before or after an escape (`\x{..}`, `\u{..}`) of
/// a character outside ASCII.
fn boundary_at_escaped_letter(p: &str) -> bool {
    let b = p.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if matches!(b[i + 1], b'x' | b'u') && b.get(i + 2) == Some(&b'{') {
            if let Some(len) = p[i + 3..].find('}') {
                let code = u32::from_str_radix(&p[i + 3..i + 3 + len], 16).unwrap_or(0);
                let end = i + 3 + len + 1;
                let before = i >= 2 && &p[i - 2..i] == "\\b" && (i < 3 || b[i - 3] != b'\\');
                let after = p[end..].starts_with("\\b");
                if code > 0x7f && (before || after) {
                    return true;
                }
                i = end;
                continue;
            }
        }
        i += 2;
    }
    false
}

/// One pass over a text that tells which of a list of rules can match in it at all. Every match
/// of a pattern starts with one of the prefixes regex-syntax extracts from the pattern as
/// written; they are searched ignoring ASCII case, and for a case-insensitive pattern each
/// non-ASCII letter is spelled in each of its cases (Unicode simple case folding, as the
/// pattern matches). A
/// rule none of whose prefixes occurs in the text is skipped without running its pattern;
/// a pattern without a finite set of non-empty prefixes always runs. The two characters
/// outside ASCII that fold to ASCII letters (U+212A KELVIN SIGN to `k`, U+017F LONG S to
/// `s`) turn the prefilter off for a text that holds them.
#[derive(Debug)]
pub struct Prefilter {
    prefixes: Option<aho_corasick::AhoCorasick>,
    /// The rule (index in the list it was built from) of each prefix.
    owner: Vec<usize>,
    /// Rules that run on every text.
    always: Vec<bool>,
}

/// The spellings of a prefix in every case of its non-ASCII letters (ASCII letters are
/// folded by the search); a prefix with too many is cut before the letter that would make
/// more than 64. A prefix cut inside a character ends before it.
fn case_variants(lit: &[u8]) -> Vec<Vec<u8>> {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    let valid = match std::str::from_utf8(lit) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&lit[..e.valid_up_to()]).unwrap_or_default(),
    };
    let mut out: Vec<Vec<u8>> = vec![Vec::new()];
    for c in valid.chars() {
        let mut buf = [0u8; 4];
        if c.is_ascii() {
            out.iter_mut()
                .for_each(|v| v.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()));
            continue;
        }
        let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
        class.case_fold_simple();
        let cases: Vec<char> = class.iter().flat_map(|r| r.start()..=r.end()).collect();
        if out.len() * cases.len() > 64 {
            break;
        }
        out = out
            .iter()
            .flat_map(|v| {
                cases.iter().map(move |k| {
                    let mut v = v.clone();
                    v.extend_from_slice(k.encode_utf8(&mut [0u8; 4]).as_bytes());
                    v
                })
            })
            .collect();
    }
    out
}

impl Prefilter {
    /// From the rules' patterns as written and whether each is case-sensitive, in the
    /// order `candidates` answers in.
    pub fn new<'a>(lints: impl Iterator<Item = (&'a str, bool)>) -> Prefilter {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let mut prefixes: Vec<Vec<u8>> = Vec::new();
        let mut owner = Vec::new();
        let mut always = Vec::new();
        for (i, (pattern, case_sensitive)) in lints.enumerate() {
            let seq = regex_syntax::Parser::new()
                .parse(pattern)
                .ok()
                .map(|h| Extractor::new().kind(ExtractKind::Prefix).extract(&h));
            let lits: Option<Vec<Vec<u8>>> = seq.as_ref().and_then(|s| s.literals()).map(|lits| {
                lits.iter()
                    .flat_map(|x| {
                        if case_sensitive {
                            vec![x.as_bytes().to_vec()]
                        } else {
                            case_variants(x.as_bytes())
                        }
                    })
                    .collect()
            });
            match lits {
                Some(lits) if !lits.is_empty() && lits.iter().all(|x| !x.is_empty()) => {
                    // Prefixes of prefixes serve as well, and short ones make a small
                    // automaton: at most 12 bytes, each once.
                    let mut short: Vec<Vec<u8>> = lits
                        .into_iter()
                        .map(|mut x| {
                            x.truncate(12);
                            x.make_ascii_lowercase();
                            x
                        })
                        .collect();
                    short.sort();
                    short.dedup();
                    for x in short {
                        prefixes.push(x);
                        owner.push(i);
                    }
                    always.push(false);
                }
                _ => always.push(true),
            }
        }
        let prefixes = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&prefixes)
            .ok()
            .filter(|_| !prefixes.is_empty());
        if prefixes.is_none() {
            always.iter_mut().for_each(|a| *a = true);
        }
        Prefilter {
            prefixes,
            owner,
            always,
        }
    }

    /// How many rules it answers for.
    pub fn len(&self) -> usize {
        self.always.len()
    }

    /// Whether it was built from no rules.
    pub fn is_empty(&self) -> bool {
        self.always.is_empty()
    }

    /// For each rule (in the order of [`Prefilter::new`]), whether it can match in `text`.
    pub fn candidates(&self, text: &str) -> Vec<bool> {
        let mut hit = self.always.clone();
        if text.contains(['\u{212A}', '\u{17F}']) {
            return vec![true; hit.len()];
        }
        if let Some(ac) = &self.prefixes {
            for m in ac.find_overlapping_iter(text) {
                hit[self.owner[m.pattern().as_usize()]] = true;
            }
        }
        hit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_patterns_get_ascii_word_boundaries_and_others_keep_unicode_ones() {
        assert_eq!(ascii_boundaries(r"\bnieuwe\b"), r"(?-u:\b)nieuwe(?-u:\b)");
        // an escaped backslash before b is a literal backslash and a b, not a boundary
        assert_eq!(ascii_boundaries(r"a\\b"), r"a\\b");
        assert_eq!(ascii_boundaries(r"\bår\b"), r"\bår\b");
        // a boundary at an escaped letter outside ASCII stays a Unicode one
        assert_eq!(ascii_boundaries(r"\b\x{f8}k\b"), r"\b\x{f8}k\b");
        assert_eq!(ascii_boundaries(r"sant\x{e9}\b"), r"sant\x{e9}\b");
        assert_eq!(
            ascii_boundaries(r"\bdonn\x{e9}es\b"),
            r"(?-u:\b)donn\x{e9}es(?-u:\b)"
        );
        for (pat, text) in [
            (r"\b\x{e5} oppgi", "nettsiden å oppgi"),
            (r"sant\x{e9}\b", "de santé."),
        ] {
            let re = regex::Regex::new(&ascii_boundaries(pat)).unwrap();
            assert!(re.is_match(text), "{pat} on {text}");
        }
    }
}
