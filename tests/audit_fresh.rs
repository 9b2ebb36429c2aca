//! The fresh wording study (docs/audit.md, "A fresh wording study"): 54 statements that no one
//! had annotated before, in two rounds, their outdated or wrong phrases listed by seven helpers
//! before the audit was run on them (`tests/fixtures/audit/fresh/points.tsv`). The study's first run is
//! the estimate on unseen texts; the rules were then mended for its misses, so its figures now
//! are a floor that keeps those cases caught, not a second test set.
//!
//! The same 54 statements annotated item by item, blind to privgen, by four helpers
//! (`fresh/items.tsv`; docs/audit.md, "A fresh item study"): the audit's item verdicts are
//! scored against that annotation the same way.
//!
//! A second fresh round (docs/audit.md, "A second fresh round"): 32 more statements, collected
//! and annotated (items and wording) by four other helpers blind to privgen; a third (docs/audit.md,
//! "A third fresh round"): 21 Norwegian and Belgian statements, by two more; a fourth (31 nb,
//! nl-BE and fr-BE statements), a fifth (26 nl and 12 fr-BE statements, three helpers) and a
//! sixth (26 nl statements, two helpers) the same way; a wording point may cover lines "a-b". In `items.tsv` and
//! `points.tsv` each round follows the line that opens with its [`ROUND_MARKS`] entry; every
//! figure is printed for all texts and for each round.
//!
//! `cargo test --release --test audit_fresh -- --nocapture` prints the figures.

use privgen::audit::{self, detect::Verdict, Options};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The comment lines in `items.tsv` after which the second to the sixth round's texts
/// are listed.
const ROUND_MARKS: [&str; 5] = [
    "# The second fresh round",
    "# The third fresh round",
    "# The fourth fresh round",
    "# The fifth fresh round",
    "# The sixth fresh round",
];

/// Texts of the first round (the wording and item studies), and of the second to the sixth.
const TEXTS: [usize; 6] = [54, 32, 21, 31, 38, 26];

// Floors of the item study (set after the fixes that followed its first run; see the test).
const FLOOR_EXACT: f64 = 0.87;
const FLOOR_MISSING_P: f64 = 0.89;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

/// Only the `kinds` table of real.yaml: which rules name the problem of a point's kind.
#[derive(Deserialize)]
struct Kinds {
    kinds: BTreeMap<String, Vec<String>>,
}

/// A wording point over the lines `line..=end` (one line unless points.tsv gives "a-b").
struct Point {
    file: String,
    line: usize,
    end: usize,
    kind: String,
}

fn points() -> Vec<Point> {
    let text = std::fs::read_to_string(fixtures().join("fresh/points.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            // a text with no point is listed as `<file> - none - -`
            (c[2] != "none").then(|| {
                let (a, b) = c[1].split_once('-').unwrap_or((c[1], c[1]));
                Point {
                    file: c[0].to_string(),
                    line: a.parse().expect("line"),
                    end: b.parse().expect("end line"),
                    kind: c[2].to_string(),
                }
            })
        })
        .collect()
}

/// The language and jurisdiction a file name gives (`nl-BE-…`, `fr-BE-…`, `nb-…`, `nl-…`).
fn expected(file: &str) -> (&'static str, &'static str) {
    if file.starts_with("nl-BE-") {
        ("nl-BE", "BE")
    } else if file.starts_with("fr-BE-") {
        ("fr-BE", "BE")
    } else if file.starts_with("nb-") {
        ("nb", "NO")
    } else {
        ("nl", "NL")
    }
}

#[test]
fn fresh_statements_outdated_wording_is_caught_without_false_alarms() {
    let kinds: Kinds =
        serde_saphyr::from_str(&std::fs::read_to_string(fixtures().join("real.yaml")).unwrap())
            .unwrap();
    let kinds: BTreeMap<String, Vec<regex::Regex>> = kinds
        .kinds
        .into_iter()
        .map(|(k, v)| (k, v.iter().map(|p| regex::Regex::new(p).unwrap()).collect()))
        .collect();
    let points = points();
    let mut files: Vec<String> = std::fs::read_dir(fixtures().join("fresh"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        TEXTS.iter().sum::<usize>(),
        "the texts of every round"
    );
    let round = rounds();
    // per round: points caught, points, findings, false alarms
    let mut by_round = [[0usize; 4]; TEXTS.len()];
    let (mut caught, mut findings, mut alarms) = (0, 0, 0);
    let mut read_right = 0;
    let mut notes = Vec::new();
    for file in &files {
        let r = audit::audit_file(&fixtures().join("fresh").join(file), Options::default())
            .expect("audit");
        let (lang, juris) = expected(file);
        // a tie (of languages or of jurisdictions) counts as wrong
        if r.language.value.code() == lang
            && r.jurisdiction.value.code() == juris
            && r.language.tie.is_empty()
            && r.jurisdiction.tie.is_empty()
        {
            read_right += 1;
        } else {
            notes.push(format!(
                "{file}: read as {:?} / {:?}",
                r.language.value, r.jurisdiction.value
            ));
        }
        let mine: Vec<&Point> = points.iter().filter(|p| &p.file == file).collect();
        let r_of = round
            .get(file.as_str())
            .unwrap_or_else(|| panic!("{file}: not annotated in items.tsv"));
        let rr = &mut by_round[r_of - 1];
        rr[1] += mine.len();
        let near = |p: &Point, line: usize| line + 1 >= p.line && line <= p.end + 1;
        for p in &mine {
            let re = kinds
                .get(&p.kind)
                .unwrap_or_else(|| panic!("kind {} is not in real.yaml `kinds`", p.kind));
            if r.wording
                .iter()
                .any(|f| near(p, f.line) && re.iter().any(|k| k.is_match(&f.rule)))
            {
                caught += 1;
                rr[0] += 1;
            } else {
                notes.push(format!("{file}:{} {} not caught", p.line, p.kind));
            }
        }
        // vague phrases are another study: the helpers listed outdated or wrong ones only; a
        // phrase the audit itself judges correct at the text's own date (lowered to information,
        // "correct when the text was written") is no alarm, as the helpers judged each text
        // at its date
        let right_when_written = |f: &&privgen::audit::wording::WordingFinding| {
            r.dated
                .is_some_and(|d| f.outdated_since.is_some_and(|s| d.date < s))
        };
        for f in r
            .wording
            .iter()
            .filter(|f| !f.vague && !right_when_written(f))
        {
            findings += 1;
            rr[2] += 1;
            if !mine.iter().any(|p| near(p, f.line)) {
                alarms += 1;
                rr[3] += 1;
                notes.push(format!(
                    "{file}:{} false alarm {} «{}»",
                    f.line, f.rule, f.found
                ));
            }
        }
    }
    let recall = caught as f64 / points.len() as f64;
    let false_alarms = alarms as f64 / findings.max(1) as f64;
    println!(
        "fresh study: outdated recall {recall:.2} ({caught}/{}), false alarms {false_alarms:.2} \
         ({alarms}/{findings}), language and jurisdiction read right {read_right}/{}",
        points.len(),
        files.len()
    );
    for (i, [c, p, f, a]) in by_round.iter().enumerate() {
        println!(
            "  round {}: outdated recall {c}/{p}, false alarms {a}/{f}",
            i + 1
        );
    }
    for n in &notes {
        println!("  {n}");
    }
    // each round's first run, before any rule was mended for its texts: 34/50 caught and 2 of
    // 34 findings false alarms (round 1), 34/56 caught and no false alarm of 40 findings
    // (round 2, counting the seven findings its helper judged right); 7/18 caught and 2 of 9
    // findings false alarms (round 3, before the two rows the lead added after the run); 5/19
    // caught and 2 of 7 findings false alarms (round 4); 22/31 caught and 3 of 36 findings
    // false alarms (round 5: the three are further lines of a Wpr-era definitions block whose
    // other lines the helper listed); 10/21 caught and 2 of 14 findings false alarms (round 6,
    // both the Wbp named in a text dated July 2017, which the audit itself calls correct when
    // written: no alarm since findings so judged are set aside). The floors keep what the mending
    // reached over all rounds (0.79 before round 4's harder texts were added).
    assert!(recall >= 0.74, "outdated recall {recall:.2} < 0.74");
    assert!(
        false_alarms <= 0.05,
        "false alarms {false_alarms:.2} > 0.05"
    );
    assert_eq!(
        read_right,
        files.len(),
        "every text's language and jurisdiction"
    );
}

/// Each annotated text's round (1 to 6).
fn rounds() -> BTreeMap<String, usize> {
    item_annotations()
        .into_iter()
        .map(|(f, (r, _))| (f, r))
        .collect()
}

/// The blind item annotation: file → (round, item → verdict).
fn item_annotations() -> BTreeMap<String, (usize, BTreeMap<String, Verdict>)> {
    let text = std::fs::read_to_string(fixtures().join("fresh/items.tsv")).unwrap();
    let mut out: BTreeMap<String, (usize, BTreeMap<String, Verdict>)> = BTreeMap::new();
    let mut round = 1;
    for (n, line) in text.lines().enumerate() {
        if let Some(i) = ROUND_MARKS.iter().position(|m| line.starts_with(m)) {
            round = i + 2;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert!(c.len() >= 3, "items.tsv:{}: fewer than three fields", n + 1);
        let v: Verdict = c[2]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .parse()
            .unwrap_or_else(|e: String| panic!("items.tsv:{}: {e}", n + 1));
        let entry = out
            .entry(c[0].to_string())
            .or_insert((round, BTreeMap::new()));
        assert_eq!(
            entry.0,
            round,
            "items.tsv:{}: {} in two rounds",
            n + 1,
            c[0]
        );
        let old = entry.1.insert(c[1].to_string(), v);
        assert!(old.is_none(), "items.tsv:{}: {} twice", n + 1, c[1]);
    }
    out
}

/// Exact verdicts and the "missing" verdict's precision and recall.
#[derive(Default)]
struct ItemScore {
    n: usize,
    exact: usize,
    both_missing: usize,
    audit_missing: usize,
    gold_missing: usize,
}

impl ItemScore {
    fn add(&mut self, gold: Verdict, audit: Verdict) {
        self.n += 1;
        self.exact += usize::from(gold == audit);
        let (g, a) = (gold == Verdict::Missing, audit == Verdict::Missing);
        self.both_missing += usize::from(g && a);
        self.audit_missing += usize::from(a);
        self.gold_missing += usize::from(g);
    }
    fn ratio(k: usize, n: usize) -> f64 {
        k as f64 / n.max(1) as f64
    }
    fn line(&self) -> String {
        format!(
            "exact {:.2} ({}/{}), missing P {:.2} ({}/{}) R {:.2} ({}/{})",
            Self::ratio(self.exact, self.n),
            self.exact,
            self.n,
            Self::ratio(self.both_missing, self.audit_missing),
            self.both_missing,
            self.audit_missing,
            Self::ratio(self.both_missing, self.gold_missing),
            self.both_missing,
            self.gold_missing
        )
    }
}

/// The same statements, item by item: the annotation of helpers blind to privgen against the
/// audit's verdicts. `FRESH_SHOW=1` prints every disagreement.
#[test]
fn fresh_statements_items_agree_with_a_blind_annotation() {
    let gold = item_annotations();
    for (i, n) in TEXTS.iter().enumerate() {
        let annotated = gold.values().filter(|(r, _)| *r == i + 1).count();
        assert_eq!(annotated, *n, "every text of round {} annotated", i + 1);
    }
    let mut by: BTreeMap<String, ItemScore> = BTreeMap::new();
    let mut per_item: BTreeMap<String, ItemScore> = BTreeMap::new();
    let show = std::env::var_os("FRESH_SHOW").is_some();
    for (file, (round, items)) in &gold {
        let r = audit::audit_file(&fixtures().join("fresh").join(file), Options::default())
            .expect("audit");
        // the annotation names exactly the items the audit judges (the lexicon's 14)
        let mut judged: Vec<&str> = r.items.iter().map(|i| i.id.as_str()).collect();
        judged.sort_unstable();
        let annotated: Vec<&str> = items.keys().map(String::as_str).collect();
        assert_eq!(annotated, judged, "{file}: the annotated items");
        let (lang, _) = expected(file);
        for item in r.items.iter() {
            let (g, a) = (items[&item.id], item.verdict);
            by.entry(lang.to_string()).or_default().add(g, a);
            by.entry("all".to_string()).or_default().add(g, a);
            by.entry(format!("round {round}")).or_default().add(g, a);
            per_item.entry(item.id.clone()).or_default().add(g, a);
            if show && g != a {
                println!(
                    "  {file} {}: annotated {}, audit {}",
                    item.id,
                    g.key(),
                    a.key()
                );
            }
        }
    }
    for (lang, s) in &by {
        println!("fresh items {lang}: {}", s.line());
    }
    for (item, s) in &per_item {
        println!("  {item:20} {}/{}", s.exact, s.n);
    }
    // Round 1's first run, before any word was changed for its texts: exact 0.80 (603/756),
    // missing P 0.83 (458/553) R 0.93 (458/491); nb 0.81, nl 0.80, nl-BE 0.76. Round 2's first
    // run (the rules of ff0e10b, which include round 1's fixes): exact 0.83 (372/448), missing
    // P 0.88 (277/314) R 0.93 (277/298). Round 3's first run (11 nb, 10 nl-BE; the rules of
    // df9d4e3): exact 0.84 (248/294), missing P 0.90 (192/213) R 0.93 (192/207); nb 131/154,
    // nl-BE 117/140. Round 4's first run (10 nb, 8 nl-BE, 13 fr-BE; the rules of a2223ee):
    // exact 0.80 (347/434), missing P 0.85 (274/323) R 0.94 (274/293); nb 103/140, nl-BE
    // 86/112, fr-BE 158/182. The floors keep what the general fixes made after each reached
    // (exact 0.88 before round 4 was added).
    let all = &by["all"];
    let exact = ItemScore::ratio(all.exact, all.n);
    let precision = ItemScore::ratio(all.both_missing, all.audit_missing);
    assert!(exact >= FLOOR_EXACT, "fresh items: exact {exact:.3}");
    assert!(
        precision >= FLOOR_MISSING_P,
        "fresh items: missing precision {precision:.3}"
    );
}
