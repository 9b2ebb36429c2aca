//! Property tests: mutate the five example profiles — delete, duplicate, retype and garble
//! keys and values, in the YAML tree and in the raw text — and run the whole pipeline on
//! each mutant. Whatever the input:
//! - nothing panics;
//! - the build either reports errors (and yields no site) or is clean (and yields one);
//! - every error names its file, and a YAML error its line;
//! - a clean build's files are all safe (`support/safety.rs`), and publishing them
//!   replaces the previous site completely: the folder holds exactly the new files, never
//!   a mix or a part.
//!
//! Case counts: `PRIVGEN_PROPTEST_CASES` (default 8 per property, so `cargo test` stays
//! fast). The long run:
//! `PRIVGEN_PROPTEST_CASES=50000 cargo test --release --test proptest` — two properties
//! of 50,000 cases each, 100,000 in all, run in parallel.

mod common;
#[path = "support/safety.rs"]
mod safety;

use privgen::law::Law;
use privgen::output::{self, OutputTree, WriteOptions};
use privgen::site::{self, Options};
use proptest::prelude::*;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

const PROFILES: [&str; 5] = [
    "optimal-care",
    "pure-aesthetics",
    "dermamedispa",
    "kei",
    "mst",
];

fn cases() -> u32 {
    std::env::var("PRIVGEN_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        // Shrinking re-runs the pipeline many times; keep it bounded in the long run.
        max_shrink_iters: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| Law::load().unwrap())
}

fn source(i: usize) -> &'static str {
    static SOURCES: OnceLock<Vec<String>> = OnceLock::new();
    &SOURCES.get_or_init(|| {
        PROFILES
            .iter()
            .map(|p| {
                std::fs::read_to_string(common::repo().join(format!("content/{p}.yaml"))).unwrap()
            })
            .collect()
    })[i]
}

fn tree_of(i: usize) -> Value {
    let mut opts = serde_saphyr::Options::default();
    opts.strict_booleans = true;
    serde_saphyr::from_str_with_options(source(i), opts).unwrap()
}

// ------------------------------------------------------------------ mutations

/// Strings an attacker or a careless editor might type.
fn garbage() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" ".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\" onerror=\"alert(1)".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("{{ 7*7 }}{% raw %}".to_string()),
        Just("${HOME}".to_string()),
        Just("../../etc/passwd".to_string()),
        Just("-3 years".to_string()),
        Just("10000 years".to_string()),
        Just("0000-01-01".to_string()),
        Just("2026-02-30".to_string()),
        Just("yes".to_string()),
        Just("~".to_string()),
        Just("1e999".to_string()),
        Just("\u{202E}reversed".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("nl".to_string()),
        Just("legitimate_interest".to_string()),
        Just("https://a.example/".to_string()),
        Just("a@b.example".to_string()),
        "[a-z_]{1,12}",
        "\\PC{0,40}",
        "[ -~]{0,60}",
        (1usize..5000).prop_map(|n| "A".repeat(n)),
    ]
}

/// A value of some YAML type, to put where another type belongs.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        garbage().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(garbage(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

#[derive(Debug, Clone)]
enum TreeOp {
    /// Delete the node at the n-th path (a key of a mapping or an item of a list).
    Delete(usize),
    /// Duplicate the n-th list item.
    Duplicate(usize),
    /// Put a value of another type at the n-th path.
    Retype(usize, Value),
    /// Replace the n-th string.
    Garble(usize, String),
    /// Append to the n-th string that reads as text (has a space or a capital), so the
    /// mutant often still builds and the garbage reaches the pages.
    GarbleText(usize, String),
    /// Rename the n-th key.
    RenameKey(usize, String),
    /// Swap two subtrees.
    Swap(usize, usize),
}

fn tree_op() -> impl Strategy<Value = TreeOp> {
    prop_oneof![
        any::<usize>().prop_map(TreeOp::Delete),
        any::<usize>().prop_map(TreeOp::Duplicate),
        (any::<usize>(), any_value()).prop_map(|(n, v)| TreeOp::Retype(n, v)),
        (any::<usize>(), garbage()).prop_map(|(n, s)| TreeOp::Garble(n, s)),
        (any::<usize>(), garbage()).prop_map(|(n, s)| TreeOp::GarbleText(n, s)),
        (any::<usize>(), garbage()).prop_map(|(n, s)| TreeOp::RenameKey(n, s)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| TreeOp::Swap(a, b)),
    ]
}

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

fn paths(v: &Value, at: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push(Seg::Index(i));
                paths(item, at, out);
                at.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                at.push(Seg::Key(k.clone()));
                paths(item, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, s| match s {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}

fn apply(v: &mut Value, op: &TreeOp) {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    let all: Vec<_> = all.into_iter().filter(|p| !p.is_empty()).collect();
    if all.is_empty() {
        return;
    }
    let pick = |n: usize| all[n % all.len()].clone();
    match op {
        TreeOp::Delete(n) => {
            let p = pick(*n);
            let (last, parent) = p.split_last().unwrap();
            match (node(v, parent), last) {
                (Some(Value::Object(m)), Seg::Key(k)) => {
                    m.remove(k);
                }
                (Some(Value::Array(a)), Seg::Index(i)) => {
                    a.remove(*i);
                }
                _ => {}
            }
        }
        TreeOp::Duplicate(n) => {
            let p = pick(*n);
            let (last, parent) = p.split_last().unwrap();
            if let (Some(Value::Array(a)), Seg::Index(i)) = (node(v, parent), last) {
                let item = a[*i].clone();
                a.insert(*i, item);
            }
        }
        TreeOp::Retype(n, new) => {
            if let Some(x) = node(v, &pick(*n)) {
                *x = new.clone();
            }
        }
        TreeOp::Garble(n, s) | TreeOp::GarbleText(n, s) => {
            let text = matches!(op, TreeOp::GarbleText(..));
            let mut copy = v.clone();
            let strings: Vec<_> = all
                .iter()
                .filter(|p| {
                    node(&mut copy, p)
                        .and_then(|x| x.as_str())
                        .is_some_and(|x| {
                            !text || x.contains(' ') || x.chars().any(char::is_uppercase)
                        })
                })
                .cloned()
                .collect();
            if !strings.is_empty() {
                let p = strings[n % strings.len()].clone();
                let x = node(v, &p).unwrap();
                let new = if text {
                    format!("{}{s}", x.as_str().unwrap_or_default())
                } else {
                    s.clone()
                };
                *x = Value::String(new);
            }
        }
        TreeOp::RenameKey(n, k) => {
            let p = pick(*n);
            let (last, parent) = p.split_last().unwrap();
            if let (Some(Value::Object(m)), Seg::Key(old)) = (node(v, parent), last) {
                if let Some(x) = m.remove(old) {
                    m.insert(k.clone(), x);
                }
            }
        }
        TreeOp::Swap(a, b) => {
            let (pa, pb) = (pick(*a), pick(*b));
            // Not a node with its own ancestor.
            if pa.starts_with(&pb) || pb.starts_with(&pa) {
                return;
            }
            let va = node(v, &pa).unwrap().clone();
            let vb = std::mem::replace(node(v, &pb).unwrap(), va);
            *node(v, &pa).unwrap() = vb;
        }
    }
}

#[derive(Debug, Clone)]
enum TextOp {
    DeleteLine(usize),
    /// Duplicates a line: a `key: value` line becomes a duplicate key.
    DuplicateLine(usize),
    SwapLines(usize, usize),
    /// Replaces what follows the first `: ` of a line.
    ReplaceValue(usize, String),
    /// Inserts text at a byte offset (on a character boundary).
    Insert(usize, String),
    Truncate(usize),
    /// Changes a line's indentation.
    Indent(usize, u8),
    /// Replaces leading spaces with a tab.
    Tab(usize),
}

fn text_op() -> impl Strategy<Value = TextOp> {
    let yamlish = prop_oneof![
        garbage(),
        Just("&a".to_string()),
        Just("*a".to_string()),
        Just("[".to_string()),
        Just("{".to_string()),
        Just("- ".to_string()),
        Just(": ".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("|".to_string()),
        Just("\n---\n".to_string()),
        Just("!!binary ".to_string()),
        Just("<<: *a".to_string()),
        Just("? ".to_string()),
        Just("#".to_string()),
    ];
    prop_oneof![
        any::<usize>().prop_map(TextOp::DeleteLine),
        any::<usize>().prop_map(TextOp::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| TextOp::SwapLines(a, b)),
        (any::<usize>(), garbage()).prop_map(|(n, s)| TextOp::ReplaceValue(n, s)),
        (any::<usize>(), yamlish).prop_map(|(n, s)| TextOp::Insert(n, s)),
        any::<usize>().prop_map(TextOp::Truncate),
        (any::<usize>(), 0u8..12).prop_map(|(n, i)| TextOp::Indent(n, i)),
        any::<usize>().prop_map(TextOp::Tab),
    ]
}

fn apply_text(src: &str, op: &TextOp) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return src.to_string();
    }
    let n = lines.len();
    let boundary = |s: &str, at: usize| {
        let mut at = at % (s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    match op {
        TextOp::DeleteLine(i) => {
            lines.remove(i % n);
        }
        TextOp::DuplicateLine(i) => {
            let l = lines[i % n].clone();
            lines.insert(i % n, l);
        }
        TextOp::SwapLines(a, b) => lines.swap(a % n, b % n),
        TextOp::ReplaceValue(i, v) => {
            let l = &mut lines[i % n];
            if let Some(at) = l.find(": ") {
                l.truncate(at + 2);
                l.push_str(v);
            }
        }
        TextOp::Insert(at, s) => {
            let at = boundary(src, *at);
            return format!("{}{s}{}", &src[..at], &src[at..]);
        }
        TextOp::Truncate(at) => return src[..boundary(src, *at)].to_string(),
        TextOp::Indent(i, by) => {
            let l = &mut lines[i % n];
            *l = format!("{}{}", " ".repeat(*by as usize), l.trim_start());
        }
        TextOp::Tab(i) => {
            let l = &mut lines[i % n];
            let body = l.trim_start().to_string();
            if body.len() < l.len() {
                *l = format!("\t{body}");
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

// ------------------------------------------------------------------ the property

/// A scratch site (locales, theme, one profile) per test thread, and its published output.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            dir: common::site(&[]),
        }
    }
    fn out(&self) -> std::path::PathBuf {
        self.dir.path().join("public")
    }
}

/// Runs the pipeline on `yaml` as `content/<id>.yaml`, and publishes a clean build.
fn check(scratch: &Scratch, id: &str, yaml: &str) -> Result<(), TestCaseError> {
    let content = scratch.dir.path().join("content");
    for e in std::fs::read_dir(&content).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let file = format!("{id}.yaml");
    std::fs::write(content.join(&file), yaml).unwrap();
    let res = site::build(scratch.dir.path(), law(), &Options::default());
    let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
    prop_assert_eq!(
        res.tree.is_some(),
        errors.is_empty(),
        "a site together with errors, or neither"
    );
    let shown = Path::new("content").join(&file);
    for d in &errors {
        let named = d.file.as_deref() == Some(shown.as_path())
            || d.message.contains(id)
            || d.file.as_deref().is_some_and(|f| f.starts_with("locales"));
        prop_assert!(named, "error names no file: {:?}", d);
        if d.code == "load/yaml" {
            prop_assert!(d.line.is_some(), "YAML error without a line: {:?}", d);
        }
    }
    let Some(tree) = res.tree else {
        return Ok(());
    };
    let problems: Vec<String> = tree
        .iter()
        .flat_map(|(p, b)| safety::file_problems(p, b))
        .collect();
    prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    publish(scratch, &tree)
}

/// Publishes over the previous site and checks the folder holds exactly the new one.
fn publish(scratch: &Scratch, tree: &OutputTree) -> Result<(), TestCaseError> {
    let out = scratch.out();
    output::write(tree, &out, &WriteOptions::default())
        .map_err(|e| TestCaseError::fail(format!("publishing failed: {e}")))?;
    let mut expected: BTreeMap<String, Vec<u8>> = tree
        .iter()
        .map(|(p, b)| (p.to_string(), b.to_vec()))
        .collect();
    let on_disk = common::files(&out);
    expected.insert(
        output::MARKER.to_string(),
        on_disk.get(output::MARKER).cloned().unwrap_or_default(),
    );
    prop_assert!(
        on_disk == expected,
        "the published folder is not the new site"
    );
    Ok(())
}

thread_local! {
    static SCRATCH: Scratch = Scratch::new();
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn mutated_profile_trees(
        which in 0..PROFILES.len(),
        ops in prop::collection::vec(tree_op(), 1..5),
    ) {
        let mut v = tree_of(which);
        for op in &ops {
            apply(&mut v, op);
        }
        let yaml = serde_saphyr::to_string(&v);
        prop_assume!(yaml.is_ok());
        SCRATCH.with(|s| check(s, PROFILES[which], &yaml.unwrap()))?;
    }

    #[test]
    fn mutated_profile_texts(
        which in 0..PROFILES.len(),
        ops in prop::collection::vec(text_op(), 1..5),
    ) {
        let mut src = source(which).to_string();
        for op in &ops {
            src = apply_text(&src, op);
        }
        SCRATCH.with(|s| check(s, PROFILES[which], &src))?;
    }
}

#[test]
fn the_unmutated_examples_build_and_publish() {
    let scratch = Scratch::new();
    for (i, id) in PROFILES.iter().enumerate() {
        check(&scratch, id, source(i)).unwrap();
    }
}
