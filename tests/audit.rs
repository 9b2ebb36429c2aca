//! `privgen audit`: the scored corpus (tests/fixtures/audit/corpus.yaml), the draft
//! profile, hostile input and the output formats.
//!
//! `cargo test --test audit -- --nocapture` prints the precision and recall per language and
//! split (the figures in docs/audit.md).

use assert_cmd::Command;
use privgen::audit::{self, detect::Verdict, Options};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit")
}

#[derive(Deserialize)]
struct Corpus {
    statements: Vec<Statement>,
}

#[derive(Deserialize)]
struct Statement {
    file: String,
    name: String,
    lang: String,
    jurisdiction: String,
    split: String,
    items: BTreeMap<String, String>,
    #[serde(default)]
    wording: Vec<String>,
}

fn corpus() -> Corpus {
    let src = std::fs::read_to_string(fixtures().join("corpus.yaml")).expect("corpus.yaml");
    serde_saphyr::from_str(&src).expect("corpus.yaml parses")
}

fn gold(s: &str) -> (Verdict, Option<usize>) {
    let mut it = s.split_whitespace();
    let v = it
        .next()
        .unwrap_or_default()
        .parse()
        .unwrap_or_else(|e: String| panic!("{e}"));
    (v, it.next().and_then(|l| l.parse().ok()))
}

#[derive(Default, Clone, Copy)]
struct Score {
    // "missing" findings
    m_tp: usize,
    m_fp: usize,
    m_fn: usize,
    // item verdicts on applicable items
    correct: usize,
    judged: usize,
    annotated: usize,
    // all items, n/a included
    exact: usize,
    items: usize,
    // evidence line agreement on present/partial items both agree on
    ev_hit: usize,
    ev_total: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.m_tp += o.m_tp;
        self.m_fp += o.m_fp;
        self.m_fn += o.m_fn;
        self.correct += o.correct;
        self.judged += o.judged;
        self.annotated += o.annotated;
        self.exact += o.exact;
        self.items += o.items;
        self.ev_hit += o.ev_hit;
        self.ev_total += o.ev_total;
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
    fn verdict_p(&self) -> f64 {
        Self::ratio(self.correct, self.judged)
    }
    fn verdict_r(&self) -> f64 {
        Self::ratio(self.correct, self.annotated)
    }
    fn row(&self, label: &str) -> String {
        format!(
            "| {label} | {} | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) |",
            self.items / 14,
            self.missing_p(),
            self.m_tp,
            self.m_tp + self.m_fp,
            self.missing_r(),
            self.m_tp,
            self.m_tp + self.m_fn,
            self.verdict_p(),
            self.correct,
            self.judged,
            self.verdict_r(),
            self.correct,
            self.annotated,
            Self::ratio(self.exact, self.items),
            self.exact,
            self.items,
            Self::ratio(self.ev_hit, self.ev_total),
            self.ev_hit,
            self.ev_total,
        )
    }
}

#[test]
fn corpus_precision_and_recall() {
    let c = corpus();
    let mut by: BTreeMap<(String, String), Score> = BTreeMap::new();
    let mut table: Vec<String> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    for st in &c.statements {
        let path = fixtures().join(&st.file);
        let r = audit::audit_file(&path, Options::default()).expect("audit");
        assert_eq!(r.language.value.code(), st.lang, "{}: language", st.file);
        assert_eq!(
            r.jurisdiction.value.code(),
            st.jurisdiction,
            "{}: jurisdiction",
            st.file
        );
        assert_eq!(st.items.len(), 14, "{}: annotate every item", st.file);
        let mut s = Score::default();
        let mut row = format!("| {} |", st.name);
        for it in &r.items {
            let (g, line) = gold(
                st.items
                    .get(&it.id)
                    .unwrap_or_else(|| panic!("{}: no {}", st.file, it.id)),
            );
            let d = it.verdict;
            s.items += 1;
            if g == d {
                s.exact += 1;
            } else {
                errors.push(format!(
                    "{} {}: annotated {}, audit says {}",
                    st.file,
                    it.id,
                    g.key(),
                    d.key()
                ));
            }
            match (g == Verdict::Missing, d == Verdict::Missing) {
                (true, true) => s.m_tp += 1,
                (false, true) => s.m_fp += 1,
                (true, false) => s.m_fn += 1,
                _ => {}
            }
            if g != Verdict::NotApplicable {
                s.annotated += 1;
            }
            if d != Verdict::NotApplicable {
                s.judged += 1;
            }
            if g == d && g != Verdict::NotApplicable {
                s.correct += 1;
            }
            if let (Some(l), true) = (
                line,
                g == d && matches!(g, Verdict::Present | Verdict::Partial),
            ) {
                s.ev_total += 1;
                if it.evidence.iter().any(|e| e.line == l) {
                    s.ev_hit += 1;
                }
            }
            row.push_str(&format!(" {} |", short(d, g)));
        }
        table.push(row);
        let lang = if st.lang == "nl-BE" {
            "nl".to_string()
        } else {
            st.lang.clone()
        };
        by.entry((st.split.clone(), lang)).or_default().add(&s);
        for w in &st.wording {
            assert!(
                r.wording.iter().any(|f| &f.rule == w),
                "{}: expected wording rule {w}; found {:?}",
                st.file,
                r.wording.iter().map(|f| &f.rule).collect::<Vec<_>>()
            );
        }
    }
    println!("\n| split / language | statements | missing P | missing R | verdict P | verdict R | exact (incl. n/a) | evidence line |");
    println!("|---|---|---|---|---|---|---|---|");
    let mut tune = Score::default();
    let mut held = Score::default();
    for ((split, lang), s) in &by {
        println!("{}", s.row(&format!("{split} {lang}")));
        if split == "tune" {
            tune.add(s);
        } else {
            held.add(s);
        }
    }
    println!("{}", tune.row("tune, all"));
    println!("{}", held.row("held-out, all"));
    let mut all = tune;
    all.add(&held);
    println!("{}", all.row("all"));
    println!("\nVerdicts (audit, with the annotation when it differs):");
    for t in &table {
        println!("{t}");
    }
    println!("\nDisagreements:");
    for e in &errors {
        println!("  {e}");
    }
    for (what, v) in [
        ("missing precision", tune.missing_p()),
        ("missing recall", tune.missing_r()),
        ("verdict precision", tune.verdict_p()),
        ("verdict recall", tune.verdict_r()),
    ] {
        assert!(v >= 0.9, "tune set: {what} {v:.2} < 0.90");
    }
    for (what, v) in [
        ("held-out verdict recall", held.verdict_r()),
        ("held-out missing recall", held.missing_r()),
    ] {
        assert!(v >= 0.6, "{what} {v:.2} fell below 0.60");
    }
}

fn short(d: Verdict, g: Verdict) -> String {
    let k = |v: Verdict| match v {
        Verdict::Present => "present",
        Verdict::Partial => "partial",
        Verdict::Missing => "MISSING",
        Verdict::NotApplicable => "n/a",
    };
    if d == g {
        k(d).to_string()
    } else {
        format!("{} (annot. {})", k(d), k(g))
    }
}

/// The draft of every statement loads: either cleanly, or with errors only on lines that
/// hold a TODO placeholder; once the placeholders are filled in it loads cleanly.
#[test]
fn draft_profiles_load_with_errors_only_at_todos() {
    let dir = tempfile::tempdir().unwrap();
    for st in corpus().statements {
        let r = audit::audit_file(&fixtures().join(&st.file), Options::default()).unwrap();
        let y = audit::draft::draft(&r);
        assert!(y.contains("# TODO"), "{}: no TODO in\n{y}", st.file);
        let path = dir.path().join("draft.yaml");
        std::fs::write(&path, &y).unwrap();
        let lines: Vec<&str> = y.lines().collect();
        if let Err(diags) = privgen::load::load_profile(&path, Path::new("draft.yaml")) {
            for d in &diags {
                let line = d.line.and_then(|l| lines.get(l - 1)).copied().unwrap_or("");
                assert!(
                    line.contains("TODO"),
                    "{}: error not at a TODO: {d:?}\n{y}",
                    st.file
                );
            }
        }
        let filled = y
            .replace("effective: TODO", "effective: 2026-01-01")
            .replace("name: TODO", "name: \"Kliniek\"")
            .replace("service: TODO", "service: billing");
        std::fs::write(&path, &filled).unwrap();
        if let Err(d) = privgen::load::load_profile(&path, Path::new("draft.yaml")) {
            panic!("{}: filled draft does not load: {d:?}\n{filled}", st.file);
        }
    }
}

#[test]
fn draft_holds_what_the_text_states() {
    let r = audit::audit_file(
        &fixtures().join("seeds/004_dc88cbb319788320.txt"),
        Options::default(),
    )
    .unwrap();
    let y = audit::draft::draft(&r);
    for fact in [
        "Medisch Spectrum Twente",
        "Koningsplein 1",
        "7512 KZ",
        "Enschede",
        "privacy@mst.nl",
        "(053) 487 20 00",
        "Postbus 50 000",
    ] {
        assert!(y.contains(fact), "missing {fact} in\n{y}");
    }
    let r = audit::audit_file(
        &fixtures().join("seeds/000_9c1aa2f8609155e6.txt"),
        Options::default(),
    )
    .unwrap();
    let y = audit::draft::draft(&r);
    for fact in [
        "Optimal Care Pijnklinieken",
        "Hoofdweg 60",
        "info@optimalcare.nl",
        "Infomedics",
        "https://www.infomedics.nl/privacy",
        "E. Rombout",
        "salutation: ms",
        "period: 20 years",
        "qualifier: at_least",
    ] {
        assert!(y.contains(fact), "missing {fact} in\n{y}");
    }
    let r = audit::audit_file(
        &fixtures().join("seeds/003_7b4d935986744572.txt"),
        Options::default(),
    )
    .unwrap();
    let y = audit::draft::draft(&r);
    for fact in [
        "Koningin Elisabeth Instituut",
        "Dewittelaan 1",
        "privacy@kei.be",
        "Jurryt Laleeuwe",
        "record: medical_record",
        "period: 30 years",
        "record: nursing_record",
        "effective: 2018-05-25",
    ] {
        assert!(y.contains(fact), "missing {fact} in\n{y}");
    }
}

#[test]
fn hostile_input_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, vec![b'a'; (audit::text::MAX_BYTES + 1) as usize]).unwrap();
    assert_eq!(
        audit::audit_file(&big, Options::default())
            .unwrap_err()
            .code,
        "audit/too-large"
    );
    let bin = dir.path().join("x.bin");
    std::fs::write(&bin, [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    assert_eq!(
        audit::audit_file(&bin, Options::default())
            .unwrap_err()
            .code,
        "audit/binary"
    );
    let empty = dir.path().join("e.txt");
    std::fs::write(&empty, "  \n").unwrap();
    assert_eq!(
        audit::audit_file(&empty, Options::default())
            .unwrap_err()
            .code,
        "audit/empty"
    );
    assert_eq!(
        audit::audit_file(dir.path(), Options::default())
            .unwrap_err()
            .code,
        "audit/io"
    );
    let weird = [
        "<",
        "<<<<>>>>",
        "&#;&#x;&",
        "# \n## \n[](",
        "•••••",
        "....",
        ":\n:\n:",
        "a\u{202e}b",
        "<script>",
        "<!--",
        "\u{feff}x",
        "Functionaris gegevensbescherming:\n\n\n",
    ];
    for w in weird {
        for f in [
            audit::text::Format::Text,
            audit::text::Format::Markdown,
            audit::text::Format::Html,
        ] {
            let r =
                audit::audit_text(Path::new("w"), w.to_string(), f, Options::default()).unwrap();
            let _ = audit::draft::draft(&r);
            let _ = audit::report::human(&r);
        }
    }
    // one long line, more sentences than are read
    let long = "Wij bewaren uw gegevens. ".repeat(audit::text::MAX_SENTENCES + 10);
    let doc = audit::text::sentences(&audit::text::lines_text(&long));
    assert_eq!(doc.sentences.len(), audit::text::MAX_SENTENCES);
    assert_eq!(doc.skipped, 10);
}

#[test]
fn language_and_jurisdiction_can_be_given() {
    let p = fixtures().join("own/en-wellness-spa.txt");
    let r = audit::audit_file(
        &p,
        Options {
            lang: None,
            jurisdiction: Some(privgen::load::profile::Jurisdiction::BE),
        },
    )
    .unwrap();
    assert_eq!(r.jurisdiction.value.code(), "BE");
    assert!(!r.jurisdiction.detected);
    assert!(r.language.detected);
}

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

#[test]
fn cli_formats() {
    let seed = fixtures().join("seeds/000_9c1aa2f8609155e6.txt");
    let out = privgen()
        .args(["audit"])
        .arg(&seed)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("language nl (detected"), "{text}");
    assert!(text.contains("MISSING  Art. 13(2)(c)"), "{text}");
    assert!(text.contains("lint/ssl"), "{text}");
    assert!(
        text.contains("does not say whether personal data leave the EU/EEA"),
        "{text}"
    );

    let out = privgen()
        .args(["--format", "json", "audit"])
        .arg(&seed)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["statements"][0]["language"]["value"], "nl");
    // a text silent on transfers: missing, marked silent, with what to add
    let items = v["statements"][0]["items"].as_array().unwrap();
    let item = |id: &str| items.iter().find(|i| i["id"] == id).unwrap().clone();
    assert_eq!(item("transfers")["verdict"], "missing");
    assert_eq!(item("transfers")["silent"], true);
    assert!(item("transfers")["reason"]
        .as_str()
        .unwrap()
        .contains("say that they do not"));
    assert!(item("withdraw_consent").get("silent").is_none());
    assert!(v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "audit/withdraw-consent"));

    let out = privgen()
        .args(["--format", "github", "audit"])
        .arg(&seed)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let gh = String::from_utf8(out).unwrap();
    assert!(
        gh.lines()
            .any(|l| l.starts_with("::error ") && l.contains("title=audit/withdraw-consent")),
        "{gh}"
    );
    assert!(
        gh.lines()
            .any(|l| l.starts_with("::warning ") && l.contains("line=51")),
        "{gh}"
    );

    let out = privgen()
        .args(["--format", "sarif", "audit"])
        .arg(&seed)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let rules = v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(
        rules.iter().any(|r| r["id"] == "audit/withdraw-consent"),
        "{rules:?}"
    );
    assert!(rules.iter().any(|r| r["id"] == "lint/ssl"), "{rules:?}");

    privgen()
        .args(["audit", "--lang", "xx"])
        .arg(&seed)
        .assert()
        .code(2);
    privgen()
        .args(["audit", "--jurisdiction", "DE"])
        .arg(&seed)
        .assert()
        .code(2);
    privgen()
        .args(["audit", "/nonexistent/statement.txt"])
        .assert()
        .code(2);
}

#[test]
fn cli_writes_a_draft_profile() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.yaml");
    let seed = fixtures().join("seeds/004_dc88cbb319788320.txt");
    privgen()
        .args(["audit", "-q"])
        .arg(&seed)
        .arg("--draft-profile")
        .arg(&out)
        .assert()
        .code(1);
    let y = std::fs::read_to_string(&out).unwrap();
    assert!(y.contains("Medisch Spectrum Twente"));
    privgen()
        .args(["audit"])
        .arg(&seed)
        .arg(&seed)
        .arg("--draft-profile")
        .arg(&out)
        .assert()
        .code(2);
}
