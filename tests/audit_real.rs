//! `privgen audit` on the corpus of real statements (tests/fixtures/audit/real.yaml): privacy
//! statements of Dutch, Belgian (Dutch- and French-language) and Norwegian healthcare
//! providers, and of French ones as negative jurisdiction cases, annotated item by item before
//! the audit was run on them, split 60/40 into a tuning and a test set.
//!
//! The French part (`fr-BE`, `fr`; issue 20 item 3) is scored apart: its totals and floors
//! are printed and checked on their own, so the figures of the first corpus keep their meaning.
//!
//! `cargo test --test audit_real -- --nocapture` prints, per split and language: "missing"
//! precision and recall, exact verdicts, language and jurisdiction accuracy, and the recall and
//! false alarms of the wording rules on the annotated outdated phrases; then the
//! disagreements on the tuning set. Disagreements on the test set are printed only with
//! `AUDIT_SHOW_TEST=1`: the lexicon is never changed for a test statement.

use privgen::audit::{self, detect::Verdict, Options};
use privgen::lang::Jurisdiction;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

#[derive(Deserialize)]
struct Corpus {
    /// Each wording kind of the annotation → the lint rules (regular expressions over the
    /// rule id) whose finding on the point's lines counts as catching it.
    kinds: BTreeMap<String, Vec<String>>,
    statements: Vec<Statement>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct Statement {
    file: String,
    name: String,
    kind: String,
    lang: String,
    jurisdiction: String,
    split: String,
    source: String,
    truncated: bool,
    #[serde(default)]
    effective: Option<String>,
    /// The round of extra tuning statements a statement was added in (none: the first);
    /// each later round's first-run figures are printed apart (docs/audit.md).
    #[serde(default)]
    batch: Option<u32>,
    items: BTreeMap<String, String>,
    #[serde(default)]
    wording: Vec<String>,
}

/// The audit of a plain text given inline (the tests of single mechanisms).
fn audit_str(s: &str) -> audit::Report {
    audit::audit_text(
        Path::new("x.txt"),
        s.to_string(),
        privgen::audit::text::Format::Text,
        Options::default(),
    )
    .unwrap()
}

fn corpus() -> Corpus {
    let src = std::fs::read_to_string(fixtures().join("real.yaml")).expect("real.yaml");
    serde_saphyr::from_str(&src).expect("real.yaml parses")
}

fn gold(s: &str) -> (Verdict, Option<usize>) {
    let mut it = s.split_whitespace();
    let v = match it.next() {
        Some("present") => Verdict::Present,
        Some("partial") => Verdict::Partial,
        Some("missing") => Verdict::Missing,
        Some("not_applicable") => Verdict::NotApplicable,
        other => panic!("bad verdict {other:?}"),
    };
    (v, it.next().and_then(|l| l.parse().ok()))
}

/// A wording point: `<line>[-<line>] <kind>: <quote>`.
struct Point {
    from: usize,
    to: usize,
    kind: String,
}

/// A finding matches a point on its lines or one line around them: the audit joins
/// hard-wrapped lines, and a sentence inside a joined line reports the line it starts on.
const SLACK: usize = 1;

/// Vague phrases: flagged by a reviewer, but not outdated.
const VAGUE: &[&str] = &["check-regularly", "vague-retention"];

impl Point {
    fn covers(&self, line: usize) -> bool {
        line + SLACK >= self.from && line <= self.to + SLACK
    }

    /// A finding catches the point when it stands on the point's lines and its rule is one
    /// of the point's kind (`kinds` in real.yaml): a finding of another rule on the same line
    /// is a false alarm, not a hit.
    fn caught_by(&self, f: &privgen::audit::wording::WordingFinding, kinds: &Kinds) -> bool {
        self.covers(f.line)
            && kinds
                .get(&self.kind)
                .unwrap_or_else(|| panic!("wording kind {} is not in real.yaml `kinds`", self.kind))
                .iter()
                .any(|re| re.is_match(&f.rule))
    }
}

/// The compiled `kinds` table.
type Kinds = BTreeMap<String, Vec<regex::Regex>>;

fn kinds(c: &Corpus) -> Kinds {
    c.kinds
        .iter()
        .map(|(k, v)| {
            let res = v
                .iter()
                .map(|p| regex::Regex::new(p).expect("kind pattern"))
                .collect();
            (k.clone(), res)
        })
        .collect()
}

fn point(s: &str) -> Point {
    let (head, _) = s.split_once(':').expect("point has ':'");
    let (lines, kind) = head.split_once(' ').expect("point has a kind");
    let (a, b) = lines.split_once('-').unwrap_or((lines, lines));
    Point {
        from: a.parse().expect("line"),
        to: b.parse().expect("line"),
        kind: kind.trim().to_string(),
    }
}

#[derive(Default, Clone, Copy)]
struct Score {
    texts: usize,
    m_tp: usize,
    m_fp: usize,
    m_fn: usize,
    exact: usize,
    items: usize,
    lang_ok: usize,
    jur_ok: usize,
    // outdated points caught / annotated
    w_hit: usize,
    w_total: usize,
    // of those, the points of the catch-all kinds `wrong-term` and `wrong-date` (errors of one
    // text: a misnamed act, a wrong date), which no catalogue of outdated wording foresees
    w_hit_adhoc: usize,
    w_total_adhoc: usize,
    // wording findings on no annotated point / all findings
    w_false: usize,
    w_found: usize,
    // of the false alarms, those of severity warning or error
    w_false_strong: usize,
    // of the false alarms, those on the lines of an annotated point of another kind
    w_false_other_kind: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.texts += o.texts;
        self.m_tp += o.m_tp;
        self.m_fp += o.m_fp;
        self.m_fn += o.m_fn;
        self.exact += o.exact;
        self.items += o.items;
        self.lang_ok += o.lang_ok;
        self.jur_ok += o.jur_ok;
        self.w_hit += o.w_hit;
        self.w_total += o.w_total;
        self.w_hit_adhoc += o.w_hit_adhoc;
        self.w_total_adhoc += o.w_total_adhoc;
        self.w_false += o.w_false;
        self.w_found += o.w_found;
        self.w_false_strong += o.w_false_strong;
        self.w_false_other_kind += o.w_false_other_kind;
    }
    /// Fails when a figure is below its floor (or the false alarms above theirs).
    fn assert_floor(&self, label: &str, floor: &Floor) {
        for (what, v, min) in [
            ("exact", self.exact_r(), floor.exact),
            ("missing precision", self.missing_p(), floor.missing_p),
            ("missing recall", self.missing_r(), floor.missing_r),
            ("jurisdiction", self.jur(), floor.jurisdiction),
            ("outdated recall", self.wording_r(), floor.wording_recall),
        ] {
            assert!(v >= min, "{label}: {what} {v:.3} < {min:.3}");
        }
        assert!(
            self.w_false_strong <= floor.strong_false_alarms,
            "{label}: {} wording false alarms of severity warning or error",
            self.w_false_strong
        );
        assert!(
            self.false_alarms() <= floor.false_alarms,
            "{label}: wording false alarms {:.3} > {:.3}",
            self.false_alarms(),
            floor.false_alarms
        );
    }
    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 {
            1.0
        } else {
            a as f64 / b as f64
        }
    }
    fn missing_p(&self) -> f64 {
        Self::ratio(self.m_tp, self.m_tp + self.m_fp)
    }
    fn missing_r(&self) -> f64 {
        Self::ratio(self.m_tp, self.m_tp + self.m_fn)
    }
    fn exact_r(&self) -> f64 {
        Self::ratio(self.exact, self.items)
    }
    fn jur(&self) -> f64 {
        Self::ratio(self.jur_ok, self.texts)
    }
    fn wording_r(&self) -> f64 {
        Self::ratio(self.w_hit, self.w_total)
    }
    fn false_alarms(&self) -> f64 {
        if self.w_found == 0 {
            0.0
        } else {
            self.w_false as f64 / self.w_found as f64
        }
    }
    fn row(&self, label: &str) -> String {
        let f = |a: usize, b: usize| format!("{:.2} ({a}/{b})", Self::ratio(a, b));
        format!(
            "| {label} | {} | {} | {} | {} | {} | {} | {} | {:.2} ({}/{}) | {} |",
            self.texts,
            f(self.m_tp, self.m_tp + self.m_fp),
            f(self.m_tp, self.m_tp + self.m_fn),
            f(self.exact, self.items),
            f(self.lang_ok, self.texts),
            f(self.jur_ok, self.texts),
            f(self.w_hit, self.w_total),
            self.false_alarms(),
            self.w_false,
            self.w_found,
            self.w_false_strong,
        )
    }
}

/// The split is the one the corpus file states: per language, files sorted by name, index
/// i % 5 in {1, 3} is test.
#[test]
fn split_is_deterministic() {
    let c = corpus();
    let mut by: BTreeMap<&str, Vec<&Statement>> = BTreeMap::new();
    for s in &c.statements {
        if s.file.starts_with("real/extra/") {
            // added after the baseline, outside the drawn split: a tuning round, or a batch
            // held out whole for the test set (decided before it was collected)
            let held_out = s.batch.is_some_and(|b| HELD_OUT.contains(&b));
            let want = if held_out { "test" } else { "tune" };
            assert_eq!(s.split, want, "{}: batch {:?}", s.file, s.batch);
            continue;
        }
        by.entry(s.lang.as_str()).or_default().push(s);
    }
    for list in by.values_mut() {
        list.sort_by(|a, b| a.file.cmp(&b.file));
        for (i, s) in list.iter().enumerate() {
            let want = if i % 5 == 1 || i % 5 == 3 {
                "test"
            } else {
                "tune"
            };
            assert_eq!(s.split, want, "{}: split", s.file);
        }
    }
    assert!(by.values().map(Vec::len).sum::<usize>() >= 40);
    for lang in ["nl", "nl-BE", "nb"] {
        assert!(by[lang].len() >= 12, "{lang}: at least 12 statements");
    }
}

#[derive(Clone, Copy)]
struct Floor {
    exact: f64,
    missing_p: f64,
    missing_r: f64,
    per_lang_exact: f64,
    jurisdiction: f64,
    wording_recall: f64,
    false_alarms: f64,
    /// False alarms of severity warning or error (not information).
    strong_false_alarms: usize,
}

/// The figures reached on the tuning set (docs/audit.md); a drop below them fails.
/// `false_alarms` is 0.03 since a finding must be of its point's kind (real.yaml `kinds`):
/// MeeDoc's second "sensitive personopplysninger" no longer hides behind an implied-consent
/// point on its line. `per_lang_exact` is 0.95 since the blind re-annotation of the
/// controller item: Råholt's provider, named only in "Dette gjelder også ved Råholt
/// Kiropraktorsenter – ... beskyttelse av dine personlige opplysninger", is now `partial`,
/// which no nb pattern reads without also reading "klage hos Datatilsynet" as a controller.
/// With batch 5 (tuned on in part: unmarked one-item-per-line lists, purposes "worden
/// uitsluitend gebruikt om", the heading "Verantwoordelijke voor gegevensverwerking") exact is
/// 0.97 (1164 of 1204, 0.967), missing R 0.987 and nb 0.939. With batch 6 (nine texts chosen
/// for their outdated wording, tuned on for four general fixes only) the set of 95 reaches
/// exact 0.954 (1269/1330), missing P 0.962, R 0.975, nb 0.926 and outdated recall 0.93
/// (69/74). With batches 10 to 12 (28 texts, first run 0.81 to 0.87, tuned on for general
/// fixes) the set of 123 reaches exact 0.949 (1634/1722), missing P 0.961, R 0.960, nl 0.93,
/// nb 0.94, outdated recall 0.94 (84/89). With batches 16 to 18 (26 texts, first run 0.85,
/// tuned on for general fixes) the set of 149 reaches exact 0.939 (1959/2086), missing P and
/// R 0.956 (779/815), nl 0.92, nb 0.93, nl-BE 0.96, outdated recall 0.92 (93/101), false
/// alarms 2 of 117. With batches 22 to 24 (24 texts, first run 0.78, tuned on for general
/// fixes: the set's hardest batches) the set of 173 reaches exact 0.924 (2237/2422), missing P
/// and R 0.94, nl 0.90, nb 0.92, nl-BE 0.94, outdated recall 0.92 (108/117), false alarms 3
/// of 134. After the general fixes of the session of 2026-12-06 22:58 (provider names with
/// `not_names`, record periods, grounds, provision, complaint, consent, sharing, nl retention
/// only with a time): exact 0.941 (2279/2422), missing P 0.959 (904/943), R 0.953 (904/949),
/// nb 0.930, nl 0.933, nl-BE 0.959. With tuning batches 31 to 33 (24 texts, first run exact
/// 0.85, outdated recall 15 of 21, false alarms 3 of 21; tuned on for general fixes) the set of
/// 197 reaches exact 0.936 (2581/2758), missing P 0.962, R 0.948, nb 0.922, nl 0.926, nl-BE
/// 0.958, outdated recall 0.92 (127/138), false alarms 5 of 159, two of them warnings that are
/// right but not in the annotation (a third "persoonsregistratie" in Madeliefje's
/// definitions; Medicura's "die geldt vanaf 25 mei 2018", which other annotators list as
/// transitional): the floors are those. The session of 2026-12-07 added a third warning of
/// that sort: `lint/implied-consent-nl-act` on Sint-Amandsberg's "Door in te schrijven in ons
/// centrum, geef je toestemming om een gezamenlijk medisch dossier over jou bij te houden"
/// (enrolment taken as consent to the record, which rests on Art. 9(2)(h); the annotation
/// lists no point there).
/// The session of 2026-12-07 03:52 UTC re-annotated the six conditional items of every text
/// under the issue's rule ("not applicable only where the item's condition is absent and the
/// text shows that"; docs/audit.md, "One rule for not applicable") and changed the audit to
/// match: the floors are what the set of 214 (batches 37 and 38 now in) reaches then, exact
/// 0.895 (2681/2996), missing P 0.942 (1928/2046), R 0.951, nb 0.873, nl 0.882, nl-BE 0.930,
/// outdated recall 0.91 (130/143), false alarms 10 of 172 (6 warnings).
const TUNE: Floor = Floor {
    exact: 0.89,
    missing_p: 0.94,
    missing_r: 0.95,
    per_lang_exact: 0.87,
    jurisdiction: 1.0,
    wording_recall: 0.90,
    false_alarms: 0.06,
    strong_false_alarms: 6,
};

/// The floor of the tuning texts of rounds 1 to 3 (the 63 the tuning floors were first reached
/// on), kept while batches 4 to 6 join the tuning set with lower figures: later work may not
/// buy a new batch's figures with these. `per_lang_exact` is not checked on this set. Reached:
/// exact 0.975 (860/882), missing P 0.978 (350/358; 0.98 before the blind re-annotation of the
/// controller item changed four of its verdicts), R 0.994, outdated recall 0.98 (52/53), false
/// alarms 2 of 67 (info).
/// Re-annotated under the one rule for not applicable (session of 2026-12-07 03:52 UTC): exact
/// 0.923 (814/882), missing P 0.949, R 0.962.
const OLDER_TUNE: Floor = Floor {
    exact: 0.92,
    missing_p: 0.94,
    missing_r: 0.96,
    per_lang_exact: 0.0,
    jurisdiction: 1.0,
    wording_recall: 0.98,
    false_alarms: 0.03,
    strong_false_alarms: 0,
};

/// Rounds of extra statements added to the tuning set that nobody has tuned on yet: they print
/// in every row and as their own batch row (their first run, docs/audit.md), but the tuning
/// floors above are checked without them until a tuning round on them removes them from here
/// (the floors are what tuning reached; an untuned round cannot have reached them). Batch 5
/// was added by a helper who could not change `src/` (its first-run figures in
/// docs/audit.md), and then tuned on. Batch 6 (nine statements chosen for the wording rules)
/// was added the same way and then tuned on for four general fixes: its first run is in
/// docs/audit.md. Batches 37 and 38 (session of 2026-12-07 01:16 UTC) were kept here while
/// their annotators read "not applicable" the way and the rest of the corpus the other
/// way; since every text was re-annotated under the rule (session of 2026-12-07 03:52
/// UTC, docs/audit.md, "One rule for not applicable") they are in the floors.
const UNTUNED_BATCHES: &[u32] = &[];

/// Batches collected for the test set and held out whole: annotated blind by helpers who read
/// none of privgen's rules, lexicon or figures, and frozen before the audit first ran on them
/// (docs/audit.md, "The held-out batches"). Nobody tunes on them. Other batches are tuning.
/// Batches 28 to 30 were declared here before they were collected (session of 2026-12-06
/// 22:58 UTC), to measure the tuning of that session on statements nobody tuned on; batches
/// 34 to 36 the same way in the session of 2026-12-07 01:16 UTC; batches 39 to 41 in the
/// session of 2026-12-07 03:52 UTC, to measure the one rule for "not applicable" and that
/// session's changes on statements annotated under it from the start.
const HELD_OUT: &[u32] = &[
    7, 8, 9, 13, 14, 15, 19, 20, 21, 25, 26, 27, 28, 29, 30, 34, 35, 36, 39, 40, 41,
];

/// The floor on the whole test set (the 17 drawn texts and the held-out batches; 178 texts),
/// which is never tuned on: what it reached when held-out batches 34 to 36 first ran
/// (session of 2026-12-07 01:16 UTC, rules at f2b5881; docs/audit.md, "The held-out
/// batches"): exact 0.868 (2163 of 2492), missing P 0.900 (920/1022), R 0.895 (920/1028), nb
/// 0.851, nl 0.871, nl-BE 0.883, jurisdiction 176 of 178, outdated recall 0.59 (66 of 111),
/// false alarms 9 of 86 (0.10, all of severity warning or error). Batches 34 to 36 alone
/// scored exact 0.76 on that first run. (Before them, on 155 texts with the same rules: exact
/// 0.884, missing P 0.899, R 0.920, jurisdiction 154 of 155, outdated recall 0.63, false
/// alarms 9 of 79; at the last stop: exact 0.884, outdated recall 0.59, false alarms 10 of 76.)
/// The targets are higher (exact and missing P/R 0.90, jurisdiction on every text,
/// outdated recall 0.70, false alarms 5%): these floors guard against a drop, they do not
/// claim the targets.
/// Re-annotated under the one rule for not applicable (session of 2026-12-07 03:52 UTC, rules
/// of that session, docs/audit.md): exact 0.833 (2075/2492), missing P 0.891 (1591/1786), R
/// 0.930 (1591/1710), nb 0.820, nl 0.830, nl-BE 0.850; jurisdiction, wording and false alarms
/// unchanged. The same rules before the re-annotation cannot be compared item for item: the
/// annotations they were scored against were of the other convention.
/// Held-out batches 39 to 41 (21 texts, annotated under the one rule from the start; rules
/// frozen at a2db565) first ran at exact 0.79 (231/294; NL 0.82, BE 0.79, NO 0.74), missing P
/// 0.87, R 0.91, jurisdiction 20 of 21, outdated recall 7 of 15, false alarms 5 of 12: the
/// whole test set of 199 texts then scores exact 0.829 (2310/2786), missing P 0.889
/// (1783/2005), R 0.929 (1783/1919), nb 0.813, nl 0.829, nl-BE 0.849, jurisdiction 196 of 199,
/// outdated recall 0.58 (73/126), false alarms 14 of 98 (0.14, all warnings or errors): the
/// floor is that first run.
const TEST: Floor = Floor {
    exact: 0.82,
    missing_p: 0.88,
    missing_r: 0.92,
    per_lang_exact: 0.81,
    jurisdiction: 0.98,
    wording_recall: 0.57,
    false_alarms: 0.15,
    strong_false_alarms: 14,
};

/// The floor on the 17 drawn test texts alone, as the earlier rounds reported them.
/// `missing_r` was 0.97 (89 of 92) after batch 3; the facet tuning on batch 4 cost one test
/// item, so 0.95. `missing_p` was 0.91 (86 of 95), 0.896 (86 of 96) after the tuning on
/// batches 10 to 12, and 0.915 (86 of 94) after the tuning on batches 16 to 18; exact 0.916
/// (218 of 238). All changes made on tuning texts, none by looking at the test split. The
/// wording floors are those of the stricter scoring (a finding catches a point only when its
/// rule is of the point's kind): 0.60 and 0.20 (2 of 10, both warning/error).
/// Re-annotated under the one rule for not applicable: exact 0.866 (206/238), P 0.922, R 0.939.
const DRAWN_TEST: Floor = Floor {
    exact: 0.86,
    missing_p: 0.91,
    missing_r: 0.93,
    per_lang_exact: 0.0,
    jurisdiction: 1.0,
    wording_recall: 0.60,
    false_alarms: 0.20,
    strong_false_alarms: 2,
};

/// The French part (`fr-BE` and `fr`): the figures reached on its tuning set (docs/audit.md,
/// "The French part"); a drop below them fails. Three outdated points: one missed is 0.67.
/// Re-annotated under the one rule for not applicable: exact 0.948 (146/154), fr 0.93.
const FR_TUNE: Floor = Floor {
    exact: 0.94,
    missing_p: 0.96,
    missing_r: 0.97,
    per_lang_exact: 0.92,
    jurisdiction: 0.95,
    wording_recall: 0.66,
    false_alarms: 0.34,
    strong_false_alarms: 0,
};

/// A lower floor on the French test set, which is never tuned on.
const FR_TEST: Floor = Floor {
    exact: 0.90,
    missing_p: 0.88,
    missing_r: 0.90,
    per_lang_exact: 0.85,
    jurisdiction: 0.80,
    wording_recall: 0.60,
    false_alarms: 0.34,
    strong_false_alarms: 1,
};

/// Whether a statement's language is French (Belgian French or French from France).
fn french(lang: &str) -> bool {
    lang == "fr" || lang.starts_with("fr-")
}

#[test]
fn real_corpus_scores() {
    let c = corpus();
    let kinds = kinds(&c);
    let show_test = std::env::var_os("AUDIT_SHOW_TEST").is_some();
    let mut by: BTreeMap<(String, String), Score> = BTreeMap::new();
    // the same without the untuned rounds: what the floors are checked on
    let mut floor_by: BTreeMap<(String, String), Score> = BTreeMap::new();
    let mut untuned = Score::default();
    let mut errors: Vec<String> = Vec::new();
    // (split, wording kind) -> (points caught, points annotated), the Dutch and Norwegian texts
    let mut kind_recall: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    // (split or batch) -> [annotated missing / audit not applicable, the reverse]
    let mut applies: BTreeMap<String, [usize; 2]> = BTreeMap::new();
    // (split) -> (dates found right, dates annotated)
    let mut dates: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // the statements added to the tuning set after the baseline (also counted in tune)
    let mut extra = Score::default();
    // the tuning texts of rounds 1 to 3 (no batch, batch 2 or 3): the set the floors were
    // first reached on, held to its own floor while later batches join the tuning set
    let mut older = Score::default();
    // of those, the later rounds (`batch`), each printed apart: its first run estimates the
    // audit on statements it was not tuned to
    let mut batches: BTreeMap<u32, Score> = BTreeMap::new();
    // the test set in its two parts: the 17 drawn texts, and the held-out batches
    let mut drawn_test = Score::default();
    let mut held_out = Score::default();
    // French statements read as French (any variant), of all French statements
    let mut french_read = (0usize, 0usize);
    for st in &c.statements {
        let path = fixtures().join(&st.file);
        let r = audit::audit_file(&path, Options::default()).expect("audit");
        let mut s = Score {
            texts: 1,
            ..Score::default()
        };
        let show = st.split == "tune" || show_test;
        let mut err = |e: String| {
            if show {
                errors.push(format!("{} [{}] {e}", st.file, st.split));
            }
        };
        if r.language.value.code() == st.lang {
            s.lang_ok = 1;
        } else {
            err(format!(
                "language {} ({})",
                r.language.value.code(),
                r.language.reason
            ));
        }
        // A country privgen has no law data for (France, `FR`): right when the audit reads no
        // jurisdiction from the text's markers (it reports its assumption and asks for
        // --jurisdiction); `french_texts_from_france_are_not_read_as_belgian` checks the rest.
        let jur_right = if Jurisdiction::parse(&st.jurisdiction).is_some() {
            r.jurisdiction.value.code() == st.jurisdiction && r.jurisdiction.tie.is_empty()
        } else {
            // France: read with no national rule because the text shows France's markers.
            r.jurisdiction
                .reason
                .starts_with("no country markers found; markers of France")
        };
        if french(&st.lang) {
            french_read.1 += 1;
            if r.language.value.code() == "fr" || r.language.value.code().starts_with("fr-") {
                french_read.0 += 1;
            }
        }
        if jur_right {
            s.jur_ok = 1;
        } else {
            err(format!(
                "jurisdiction {} ({})",
                r.jurisdiction.value.code(),
                r.jurisdiction.reason
            ));
        }
        if let Some(e) = &st.effective {
            let d = dates.entry(st.split.clone()).or_default();
            d.1 += 1;
            let got = r.dated.map(|x| x.date.to_string());
            if got.as_deref() == Some(e.as_str()) {
                d.0 += 1;
            } else {
                err(format!("text date {got:?}, annotated {e}"));
            }
        }
        assert_eq!(st.items.len(), 14, "{}: annotate every item", st.file);
        for it in &r.items {
            let (g, _) = gold(
                st.items
                    .get(&it.id)
                    .unwrap_or_else(|| panic!("{}: no {}", st.file, it.id)),
            );
            let d = it.verdict;
            // the conditional items where annotation and audit differ only on whether the item
            // applies: "missing" (the text is silent on the item's condition, or states it)
            // against "not applicable" (the text shows the condition absent), per split
            if !french(&st.lang) && g != d {
                let key = match (g, d) {
                    (Verdict::Missing, Verdict::NotApplicable) => Some(0),
                    (Verdict::NotApplicable, Verdict::Missing) => Some(1),
                    _ => None,
                };
                if let Some(k) = key {
                    applies.entry(st.split.clone()).or_insert([0, 0])[k] += 1;
                }
            }
            s.items += 1;
            if g == d {
                s.exact += 1;
            } else {
                let ev: Vec<String> = it
                    .evidence
                    .iter()
                    .take(2)
                    .map(|e| format!("{}: {}", e.line, e.matched))
                    .collect();
                err(format!(
                    "{}: annotated {}, audit says {} [{}]",
                    it.id,
                    st.items[&it.id],
                    d.key(),
                    ev.join("; ")
                ));
            }
            match (g == Verdict::Missing, d == Verdict::Missing) {
                (true, true) => s.m_tp += 1,
                (false, true) => s.m_fp += 1,
                (true, false) => s.m_fn += 1,
                _ => {}
            }
        }
        let points: Vec<Point> = st.wording.iter().map(|p| point(p)).collect();
        for p in &points {
            if VAGUE.contains(&p.kind.as_str()) {
                continue;
            }
            s.w_total += 1;
            let adhoc = p.kind == "wrong-term" || p.kind == "wrong-date";
            s.w_total_adhoc += usize::from(adhoc);
            let caught = r.wording.iter().any(|f| p.caught_by(f, &kinds));
            if !french(&st.lang) {
                let k = kind_recall
                    .entry((st.split.clone(), p.kind.clone()))
                    .or_default();
                k.0 += usize::from(caught);
                k.1 += 1;
            }
            if caught {
                s.w_hit += 1;
                s.w_hit_adhoc += usize::from(adhoc);
            } else {
                err(format!(
                    "wording not caught: {}-{} {}",
                    p.from, p.to, p.kind
                ));
            }
        }
        for f in &r.wording {
            s.w_found += 1;
            if !points.iter().any(|p| p.caught_by(f, &kinds)) {
                s.w_false += 1;
                // on the lines of an annotated point of another kind: a wrong reason for a
                // phrase the annotator also found wrong, not a phrase nobody would change
                s.w_false_other_kind += usize::from(points.iter().any(|p| p.covers(f.line)));
                if f.severity != privgen::diagnostics::Severity::Info {
                    s.w_false_strong += 1;
                }
                err(format!(
                    "wording false alarm: line {} {} «{}»",
                    f.line, f.rule, f.found
                ));
            }
        }
        by.entry((st.split.clone(), st.lang.clone()))
            .or_default()
            .add(&s);
        if st.batch.is_some_and(|b| UNTUNED_BATCHES.contains(&b)) {
            untuned.add(&s);
        } else {
            floor_by
                .entry((st.split.clone(), st.lang.clone()))
                .or_default()
                .add(&s);
        }
        if st.split == "tune" && !french(&st.lang) && st.batch.is_none_or(|b| b <= 3) {
            older.add(&s);
        }
        if st.split == "test" && !french(&st.lang) {
            if st.batch.is_some() {
                held_out.add(&s);
            } else {
                drawn_test.add(&s);
            }
        }
        if st.file.starts_with("real/extra/") {
            if st.split == "tune" {
                extra.add(&s);
            }
            if let Some(b) = st.batch {
                batches.entry(b).or_default().add(&s);
            }
        }
    }
    println!(
        "\n| split / language | texts | missing P | missing R | exact (incl. n/a) | language | jurisdiction | outdated recall | false alarms | of which warning/error |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut totals: BTreeMap<String, Score> = BTreeMap::new();
    let mut fr_totals: BTreeMap<String, Score> = BTreeMap::new();
    for ((split, lang), s) in &by {
        println!("{}", s.row(&format!("{split} {lang}")));
        let t = if french(lang) {
            &mut fr_totals
        } else {
            &mut totals
        };
        t.entry(split.clone()).or_default().add(s);
    }
    for (split, s) in &totals {
        println!("{}", s.row(&format!("**{split}, all (nl, nl-BE, nb)**")));
    }
    let mut by_kind = String::new();
    for (split, s) in &totals {
        by_kind.push_str(&format!(
            "\n{split}: of the {} wording false alarms, {} stand on the lines of an annotated point of another kind (a wrong reason for a phrase the annotator also marked), {} on lines with no annotated point",
            s.w_false,
            s.w_false_other_kind,
            s.w_false - s.w_false_other_kind
        ));
        by_kind.push_str(&format!(
            "\n{split}: outdated recall on the catalogue's kinds {}/{}, on `wrong-term` and `wrong-date` (errors of one text) {}/{}",
            s.w_hit - s.w_hit_adhoc,
            s.w_total - s.w_total_adhoc,
            s.w_hit_adhoc,
            s.w_total_adhoc
        ));
    }
    println!(
        "{}",
        drawn_test.row("test, of which drawn (the 17 of the first split)")
    );
    println!("{}", held_out.row("test, of which held-out batches"));
    println!("{}", extra.row("tune, of which extra"));
    for (b, s) in &batches {
        let split = if HELD_OUT.contains(b) { "test" } else { "tune" };
        println!("{}", s.row(&format!("{split}, of which extra batch {b}")));
    }
    println!(
        "{}",
        older.row("tune, rounds 1 to 3 (tuned on before batch 4; their own floor)")
    );
    for (split, s) in &fr_totals {
        println!("{}", s.row(&format!("**{split}, French (fr-BE, fr)**")));
    }
    // the totals the floors are checked on: without the rounds nobody has tuned on yet
    let mut floor_totals: BTreeMap<String, Score> = BTreeMap::new();
    let mut floor_fr_totals: BTreeMap<String, Score> = BTreeMap::new();
    for ((split, lang), s) in &floor_by {
        let t = if french(lang) {
            &mut floor_fr_totals
        } else {
            &mut floor_totals
        };
        t.entry(split.clone()).or_default().add(s);
    }
    if untuned.texts > 0 {
        println!(
            "{}",
            floor_totals["tune"].row(&format!(
                "tune, all without untuned batch {UNTUNED_BATCHES:?} (the floors)"
            ))
        );
    }
    println!("{by_kind}");
    for (group, [m_na, na_m]) in &applies {
        println!(
            "\n{group}: items annotated missing where the audit says not applicable {m_na}, annotated not applicable where it says missing {na_m}"
        );
    }
    for split in ["test", "tune"] {
        let row: Vec<String> = kind_recall
            .iter()
            .filter(|((sp, _), _)| sp == split)
            .map(|((_, kind), (hit, n))| format!("{kind} {hit}/{n}"))
            .collect();
        println!(
            "\n{split}: outdated recall by kind (nl, nl-BE, nb): {}",
            row.join(", ")
        );
    }
    println!(
        "\nFrench statements read as French: {} of {}",
        french_read.0, french_read.1
    );
    for (split, (ok, n)) in &dates {
        println!("\n{split}: the text's own date found on {ok} of {n} dated statements");
    }
    println!("\nDisagreements{}:", if show_test { "" } else { " (tune)" });
    for e in &errors {
        println!("  {e}");
    }
    assert_eq!(
        french_read.0, french_read.1,
        "every French statement is read as French"
    );
    older.assert_floor("tune, rounds 1 to 3", &OLDER_TUNE);
    drawn_test.assert_floor("test, drawn 17", &DRAWN_TEST);
    for (split, floor, part) in [
        ("tune", TUNE, &floor_totals),
        ("test", TEST, &floor_totals),
        ("tune", FR_TUNE, &floor_fr_totals),
        ("test", FR_TEST, &floor_fr_totals),
    ] {
        let is_fr = std::ptr::eq(part, &floor_fr_totals);
        let label = if is_fr {
            format!("{split} (French)")
        } else {
            split.to_string()
        };
        part[split].assert_floor(&label, &floor);
        let split = label.as_str();
        for ((s, lang), sc) in &floor_by {
            if split.starts_with(s.as_str()) && french(lang) == is_fr {
                assert!(
                    sc.exact_r() >= floor.per_lang_exact,
                    "{split} {lang}: exact {:.2} < {:.2}",
                    sc.exact_r(),
                    floor.per_lang_exact
                );
            }
        }
    }
}

/// A French text from France is not read as Belgian: it has no Belgian marker, so the audit
/// assumes a jurisdiction and says so, and the Belgian rules (the CNIL named as a foreign
/// authority) do not judge it. A Belgian French text is BE by its markers, and France's
/// authority in it is flagged.
#[test]
fn french_texts_from_france_are_not_read_as_belgian() {
    let c = corpus();
    let france: Vec<&Statement> = c
        .statements
        .iter()
        .filter(|s| s.jurisdiction == "FR")
        .collect();
    assert!(france.len() >= 2);
    for st in france {
        let r = audit::audit_file(&fixtures().join(&st.file), Options::default()).unwrap();
        assert_eq!(r.language.value.code(), "fr", "{}", st.file);
        // Read with the one jurisdiction that reads French (BE), but as a text of France,
        // which has no law data: no national rule judges it.
        assert!(
            r.jurisdiction
                .reason
                .starts_with("no country markers found; markers of France")
                && r.jurisdiction.reason.contains("judged by no national rule"),
            "{}: {}",
            st.file,
            r.jurisdiction.reason
        );
        assert!(
            r.wording.iter().all(|f| !f.rule.starts_with("lint/be-")),
            "{}: a Belgian rule judged a text from France",
            st.file
        );
    }
    let run = audit_str;
    let be = run(
        "Le cabinet est le responsable du traitement de vos données. Nous demandons votre \
         numéro de registre national et votre mutualité. Vous pouvez introduire une plainte \
         auprès de la CNIL.",
    );
    assert_eq!(be.language.value.code().split('-').next(), Some("fr"));
    assert_eq!(
        be.jurisdiction.value.code(),
        "BE",
        "{}",
        be.jurisdiction.reason
    );
    assert!(
        be.wording
            .iter()
            .any(|f| f.rule == "lint/be-fr-foreign-authority"),
        "{:?}",
        be.wording
    );
    // A French text that names no country: Belgium, the only country of the law data that
    // reads French, is assumed (derived from `country.languages`, not from the lexicon), and
    // its Belgian rules apply ("loi vie privée" of 1992 is outdated there).
    let plain = run(
        "Le cabinet est le responsable du traitement de vos données. Nous traitons vos \
         données conformément à la loi vie privée. Vous pouvez nous contacter à tout moment.",
    );
    assert_eq!(plain.jurisdiction.value.code(), "BE");
    assert!(
        plain
            .jurisdiction
            .reason
            .contains("BE assumed (the only country of the law data that reads `fr`"),
        "{}",
        plain.jurisdiction.reason
    );
    assert_eq!(plain.language.value.code(), "fr-BE");
    assert!(
        plain
            .wording
            .iter()
            .any(|f| f.rule.starts_with("lint/be-fr-")),
        "{:?}",
        plain.wording
    );
    // The same text naming France's authority and statute is of France: no Belgian rule.
    let france = run(
        "Le cabinet est le responsable du traitement de vos données. Nous traitons vos \
         données conformément à la loi Informatique et Libertés. Vous pouvez saisir la CNIL.",
    );
    assert!(france.jurisdiction.reason.contains("markers of France"));
    assert_eq!(france.language.value.code(), "fr");
    assert!(
        france
            .wording
            .iter()
            .all(|f| !f.rule.starts_with("lint/be-")),
        "{:?}",
        france.wording
    );
}

/// Belgian markers outweigh words both countries use; equal weights are a tie, not NL.
#[test]
fn jurisdiction_weighs_markers_and_reports_a_tie() {
    let run = audit_str;
    let be = run(
        "Uw huisarts verwerkt uw gegevens volgens de AVG. De huisarts bewaart uw dossier. \
         Wij vragen uw rijksregisternummer en uw ziekenfonds.",
    );
    assert_eq!(
        be.jurisdiction.value.code(),
        "BE",
        "{}",
        be.jurisdiction.reason
    );
    assert_eq!(be.language.value.code(), "nl-BE");
    assert!(be.jurisdiction.tie.is_empty());
    let tie = run("Wij vragen uw BSN. Wij vragen ook uw rijksregisternummer.");
    assert_eq!(tie.jurisdiction.tie.len(), 2, "{}", tie.jurisdiction.reason);
    assert!(tie.jurisdiction.reason.starts_with("tie between"));
    let text = audit::report::human(&tie);
    assert!(text.contains("undecided, BE or NL"), "{text}");
}

/// A text that names no Belgian authority or statute is still placed by how it writes its
/// address, phone and enterprise number; the Dutch notations place a text in the Netherlands;
/// a year in a sentence is no postcode.
#[test]
fn jurisdiction_from_address_phone_and_enterprise_number() {
    let run = audit_str;
    let body = "Wij verwerken uw gegevens volgens de AVG. De praktijk bewaart uw dossier.";
    let cases = [
        (
            "Praktijk De Linde\nKerkstraat 5\n3000 Leuven\n\n",
            "BE",
            "3000 Leuven",
        ),
        (
            "Praktijk De Linde, Kerkstraat 5, B-9000 Gent.\n\n",
            "BE",
            "9000 Gent",
        ),
        ("Bel ons op 014/21.44.44.\n\n", "BE", "014/21.44.44"),
        ("Ondernemingsnr. 0811.227.232\n\n", "BE", "0811.227.232"),
        ("BTW BE 0811 227 232\n\n", "BE", "BE 0811 227 232"),
        ("Bel ons op 02 123 45 67.\n\n", "BE", "02 123 45 67"),
        ("Tel. 011.12.34.56\n\n", "BE", "011.12.34.56"),
        ("Wij werken samen met UZ Leuven.\n\n", "BE", "UZ Leuven"),
        ("Bel ons op 0172-477935.\n\n", "NL", "0172-477935"),
        ("Wij zijn gevestigd in Nederland.\n\n", "NL", "Nederland"),
        ("Btw-nummer NL123456789B01\n\n", "NL", "NL123456789B01"),
    ];
    for (head, want, marker) in cases {
        let r = run(&format!("{head}{body}"));
        let reason = &r.jurisdiction.reason;
        assert_eq!(r.jurisdiction.value.code(), want, "{head}: {reason}");
        assert!(reason.contains(marker), "{head}: {reason}");
        assert!(!reason.contains(", 9000"), "{reason}");
    }
    // a year followed by a capitalised word inside a sentence is not an address line
    let year = run(&format!(
        "Sinds de Wet van 1992 Beheer wij uw gegevens zorgvuldig. {body}"
    ));
    assert!(
        year.jurisdiction.reason.starts_with("no country markers"),
        "{}",
        year.jurisdiction.reason
    );
    // the language is no country: a Flemish text that gives the GDPR's name "in het
    // Nederlands" or calls itself "Nederlandstalig" is not placed in the Netherlands by it
    let language = run(&format!(
        "De GDPR, in het Nederlands de AVG, geldt ook hier. Deze Nederlandstalige versie \
         is de enige. U kan ons contacteren. {body}"
    ));
    let reason = &language.jurisdiction.reason;
    assert_eq!(language.jurisdiction.value.code(), "BE", "{reason}");
    assert!(!reason.contains("NL "), "{reason}");
}

/// A historical mention of a repealed act or a former authority ("vervangt de privacywet",
/// "vroeger de Privacycommissie", "het voormalige CBP") is no outdated wording; the same name
/// cited as current is.
#[test]
fn historical_mentions_of_former_acts_and_authorities_are_silent() {
    let run = audit_str;
    let rules = |s: &str| -> Vec<String> { run(s).wording.into_iter().map(|f| f.rule).collect() };
    let be = "Wij vragen uw rijksregisternummer en uw ziekenfonds.";
    for old in [
        "De AVG vervangt sinds 2018 de privacywet van 8 december 1992.",
        "Tot 25 mei 2018 gold de wet van 8 december 1992.",
        "De Gegevensbeschermingsautoriteit (vroeger de Privacycommissie) ziet erop toe.",
        "De Gegevensbeschermingsautoriteit, de voormalige Privacycommissie, ziet erop toe.",
        "De Gegevensbeschermingsautoriteit (ex-Privacycommissie) ziet erop toe.",
        "Wij volgen de toepasselijke privacywet- en regelgeving zoals de AVG.",
        "Wij volgen de privacywet van 30 juli 2018.",
    ] {
        let found = rules(&format!("{be} {old}"));
        assert!(
            !found.iter().any(|r| r.starts_with("lint/be-privac")),
            "{old}: {found:?}"
        );
    }
    for current in [
        "Wij verwerken uw gegevens volgens de wet van 8 december 1992.",
        "U kunt een klacht indienen bij de Privacycommissie.",
    ] {
        let found = rules(&format!("{be} {current}"));
        assert!(
            found.iter().any(|r| r.starts_with("lint/be-privac")),
            "{current}: {found:?}"
        );
    }
    let nl = "Wij vragen uw BSN volgens de WGBO.";
    for old in [
        "De Autoriteit Persoonsgegevens (het voormalige CBP) ziet toe op de AVG.",
        "De AVG heeft de Wet bescherming persoonsgegevens vervangen.",
        "Per 25 mei 2018 is de AVG van toepassing. De Wbp geldt dan niet meer.",
    ] {
        let found = rules(&format!("{nl} {old}"));
        assert!(
            !found
                .iter()
                .any(|r| r == "lint/nl-wbp" || r.starts_with("lint/nl-c")),
            "{old}: {found:?}"
        );
    }
    let found = rules(&format!(
        "{nl} Wij houden ons aan de Wet bescherming persoonsgegevens."
    ));
    assert!(found.iter().any(|r| r == "lint/nl-wbp"), "{found:?}");
    // the history told in a later paragraph does not silence the current citation before it
    let r = run(&format!(
        "{nl} Op deze registratie is de Wet bescherming persoonsgegevens van toepassing.\n\n\
         Per 25 mei 2018 geldt de AVG. De Wbp geldt dan niet meer."
    ));
    let lines: Vec<usize> = r
        .wording
        .iter()
        .filter(|f| f.rule == "lint/nl-wbp")
        .map(|f| f.line)
        .collect();
    assert_eq!(lines, [1], "{:?}", r.wording);
}

/// A phrase that was right when the text was written is information, with both dates; the
/// same phrase in a text dated after the change is an error.
#[test]
fn wording_is_judged_against_the_texts_date() {
    use privgen::diagnostics::Severity;
    let run = audit_str;
    let body = "Huisartsenpraktijk Test is de verwerkingsverantwoordelijke. \
                Wij bewaren uw medisch dossier 15 jaar, zoals de WGBO voorschrijft. Uw BSN gebruiken wij.";
    let old = run(&format!("Laatst bijgewerkt: 12 maart 2018\n\n{body}"));
    let d = old.dated.expect("dated");
    assert_eq!(d.date.to_string(), "2018-03-12");
    let f = old
        .wording
        .iter()
        .find(|f| f.rule == "lint/nl-wgbo-15-years")
        .expect("15 years flagged");
    assert_eq!(f.severity, Severity::Info, "{}", f.message);
    assert!(
        f.message.contains("correct when the text was written"),
        "{}",
        f.message
    );
    let new = run(&format!("Laatst bijgewerkt: 1 september 2025\n\n{body}"));
    let f = new
        .wording
        .iter()
        .find(|f| f.rule == "lint/nl-wgbo-15-years")
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message.contains("outdated since 2020-01-01"),
        "{}",
        f.message
    );
    // no date in the text: the finding says so and keeps its severity
    let none = run(body);
    assert!(none.dated.is_none());
    // Norwegian: "Sist oppdatert: 26/6-2018"
    let nb = run("Sist oppdatert: 26/6-2018\n\nVi er behandlingsansvarlig.");
    assert_eq!(nb.dated.unwrap().date.to_string(), "2018-06-26");
}

/// The dated wording rules (`outdated_since` in src/law/lint.yaml) reach the audit.
#[test]
fn since_dates_come_from_the_wording_catalogue() {
    let since = audit::dated::since().unwrap();
    assert!(since.len() >= 40, "{}", since.len());
    assert_eq!(
        since
            .get("lint/privacy-shield")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2020-07-16")
    );
}

/// A heading that asks what its section answers ("Waarom worden uw persoonsgegevens
/// verwerkt?") is no evidence of the item (an announcement); the answer below it is. A page
/// cut after the heading states no purpose.
#[test]
fn a_question_heading_is_no_evidence_but_its_answer_is() {
    let purposes = |s: &str| verdict_of(s, "purposes");
    let head = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n\
                Waarom worden uw persoonsgegevens verwerkt?\n\n";
    assert_eq!(purposes(head), Verdict::Missing);
    let nb = "Legekontoret Linde, Storgata 1, 0155 Oslo.\n\n\
              Hvorfor behandler vi personopplysninger om deg?\n\n";
    assert_eq!(purposes(nb), Verdict::Missing);
    let answered = format!("{head}Het doel van de verwerking is de patiëntenzorg.\n");
    assert_ne!(purposes(&answered), Verdict::Missing);
    // a numbered section heading, as in a table of contents, is no evidence either
    let toc = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n\
               2.1 Doeleinden en gebruik van persoonsgegevens\n\n";
    assert_eq!(purposes(toc), Verdict::Missing);
}

/// The audit's verdict on one item of `text`.
fn verdict_of(text: &str, item: &str) -> Verdict {
    audit_str(text)
        .items
        .into_iter()
        .find(|i| i.id == item)
        .map(|i| i.verdict)
        .expect("the item is in every report")
}

/// An officer named in one sentence and reached through the next ("Hij/zij is bereikbaar op
/// ..."), or through the lines below a sentence that refers back to them: the contact is the
/// officer's (items.yaml `follow`); the same contact after an unrelated sentence is not.
#[test]
fn an_officers_contact_in_the_sentence_that_refers_back_is_the_officers() {
    let dpo = |s: &str| verdict_of(s, "dpo");
    let head = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n";
    let next = format!(
        "{head}De praktijk heeft een functionaris voor gegevensbescherming (DPO) benoemd. \
         Hij/zij is bereikbaar op het volgende e-mailadres: dpo@delinde.nl.\n"
    );
    assert_eq!(dpo(&next), Verdict::Present);
    let below = format!(
        "{head}Lisa de Vries is de Functionaris Gegevensbescherming van De Linde. Zij is te \
         bereiken via onderstaande contactgegevens.\nE-mail: dpo@delinde.nl\n"
    );
    assert_eq!(dpo(&below), Verdict::Present);
    let nb = "Legekontoret Linde, Storgata 1, 0155 Oslo.\n\n\
              Vi har et personvernombud. Hun kan nås på personvern@linde.no.\n";
    assert_eq!(dpo(nb), Verdict::Present);
    // a sentence that does not refer back does not carry the officer's contact
    let unrelated = format!(
        "{head}De praktijk heeft een functionaris voor gegevensbescherming (DPO) benoemd. \
         De praktijk is bereikbaar op het volgende e-mailadres: info@delinde.nl.\n"
    );
    assert_eq!(dpo(&unrelated), Verdict::Partial);
}

/// "Not applicable only where the item's condition is absent and the text shows that"
/// (issue 19): a text silent on a conditional item's condition gets it `missing`, marked
/// silent, with what to add; a text that shows the condition absent gets it not applicable.
#[test]
fn not_applicable_only_where_the_text_shows_the_condition_absent() {
    let item = |text: &str, id: &str| {
        audit_str(text)
            .items
            .into_iter()
            .find(|i| i.id == id)
            .expect("the item is in every report")
    };
    // silent: no legal basis, nothing on transfers, automated decisions or sources
    let silent = "Praktijk Zonnig verwerkt uw persoonsgegevens om u te kunnen behandelen.\n\
                  Wij bewaren uw dossier twintig jaar.\n";
    for id in [
        "legitimate_interest",
        "withdraw_consent",
        "transfers",
        "automated_decisions",
        "source",
    ] {
        let r = item(silent, id);
        assert_eq!(r.verdict, Verdict::Missing, "{id}: {r:?}");
        assert!(r.silent, "{id}: {r:?}");
        assert!(
            r.reason.as_deref().is_some_and(|w| w.contains("does not")),
            "{id}: {r:?}"
        );
    }
    // the bases stated, neither legitimate interest nor consent among them; the data from the
    // patient alone: shown absent
    let shown = "Praktijk Zonnig verwerkt uw persoonsgegevens op grond van de \
                 behandelingsovereenkomst en een wettelijke verplichting (WGBO).\n\
                 Wij verwerken alleen de gegevens die u zelf aan ons verstrekt.\n";
    for id in [
        "legitimate_interest",
        "withdraw_consent",
        "categories",
        "source",
    ] {
        let r = item(shown, id);
        assert_eq!(r.verdict, Verdict::NotApplicable, "{id}: {r:?}");
        assert!(!r.silent, "{id}");
    }
    // a heading that names the basis without giving it states no basis
    let heading =
        "RECHTSGROND\n\nPraktijk Zonnig verwerkt uw persoonsgegevens om u te behandelen.\n";
    assert!(item(heading, "legitimate_interest").silent);
    let given = "Grondslag: de behandelingsovereenkomst (artikel 6 lid 1 onder b AVG).\n";
    assert_eq!(
        verdict_of(given, "legitimate_interest"),
        Verdict::NotApplicable
    );
    // a denial settles transfers and automated decisions: present, never not applicable
    let denied = "Wij geven uw gegevens niet door aan landen buiten de EER.\n\
                  Wij nemen geen besluiten op basis van geautomatiseerde verwerking.\n";
    assert_eq!(verdict_of(denied, "transfers"), Verdict::Present);
    assert_eq!(verdict_of(denied, "automated_decisions"), Verdict::Present);
    // consent relied on, no withdrawal: missing, and not silent
    let consent = "Met uw toestemming sturen wij uw gegevens naar uw huisarts.\n";
    let r = item(consent, "withdraw_consent");
    assert_eq!(r.verdict, Verdict::Missing);
    assert!(!r.silent);
    // data words scattered over the text are no list of the data processed; a list is
    let scattered =
        "Bel ons op telefoonnummer 030 123 4567.\n\nUw medische gegevens zijn veilig.\n";
    assert_eq!(verdict_of(scattered, "categories"), Verdict::Missing);
    let listed = "Wij verwerken de volgende gegevens: naam, adres, geboortedatum en BSN.\n";
    assert_eq!(verdict_of(listed, "categories"), Verdict::Present);
}
