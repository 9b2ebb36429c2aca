//! The tool reviews its own pages (issue 14, item 7): every example profile in `content/`,
//! in every language it can be built in (see [`findings`]) and every document kind (statement, reglement,
//! notice), rendered in memory; the text of every page is read against the "never on a
//! page" catalogue (`src/law/page-rules.yaml`) and the outdated-wording catalogue
//! (`src/law/lint.yaml`). Zero findings is the only pass. A new defect found in a review
//! becomes a rule there, never an exception here.

mod common;

use privgen::load::text::Lang;
use privgen::verify::Finding;
use std::collections::BTreeMap;
use std::path::Path;

/// The example site with every profile publishing every document kind.
fn every_kind_site() -> tempfile::TempDir {
    let dir = common::example_site();
    let content = dir.path().join("content");
    for e in std::fs::read_dir(&content).unwrap() {
        let p = e.unwrap().path();
        let src = std::fs::read_to_string(&p).unwrap();
        let mut found = false;
        let out: Vec<String> = src
            .lines()
            .map(|l| {
                if l.starts_with("documents:") {
                    found = true;
                    "documents: [statement, reglement, notice]".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect();
        let mut out = out.join("\n");
        if !found {
            out.push_str("\ndocuments: [statement, reglement, notice]");
        }
        out.push('\n');
        std::fs::write(&p, out).unwrap();
    }
    dir
}

/// Every profile in every language it can be built in: every language it publishes, and
/// every other language privgen has wording for unless the profile has no texts in it (a
/// language added as a folder; then only missing translations may be reported).
fn findings(root: &Path) -> (Vec<Finding>, usize) {
    let law = privgen::law::Law::load().unwrap();
    let mut out = Vec::new();
    let mut pages = 0;
    let content = root.join("content");
    let mut paths: Vec<_> = std::fs::read_dir(&content)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let shown = path.strip_prefix(root).unwrap().to_path_buf();
        let lp = privgen::load::load_profile(&path, &shown).unwrap();
        for lang in Lang::all() {
            let opts = privgen::site::Options {
                langs: vec![lang],
                only: vec![lp.id.clone()],
                drafts: true,
                ..Default::default()
            };
            let res = privgen::site::build(root, &law, &opts);
            let errors: Vec<&privgen::diagnostics::Diagnostic> =
                res.diagnostics.iter().filter(|d| d.is_error()).collect();
            if !errors.is_empty() {
                assert!(
                    !lp.profile.languages.contains(&lang)
                        && errors.iter().all(|d| d.code == "text/missing-translation"),
                    "{} does not build in {lang}:\n{errors:#?}",
                    lp.id
                );
                continue;
            }
            let tree = res.tree.expect("a built site");
            let docs: Vec<_> = res
                .documents
                .iter()
                .filter(|d| d.profile == lp.id)
                .cloned()
                .collect();
            // A draft's missing texts are warnings, and its pages in that language are not
            // built: only in a language it does not publish.
            if docs.is_empty()
                && !lp.profile.languages.contains(&lang)
                && res
                    .diagnostics
                    .iter()
                    .any(|d| d.code == "build/draft-incomplete")
            {
                continue;
            }
            // Every kind was built.
            assert_eq!(docs.len(), 3, "{} in {lang}", lp.id);
            pages += docs.len();
            out.extend(privgen::verify::profile_findings(&lp, &docs, &tree).unwrap());
        }
    }
    (out, pages)
}

#[test]
fn every_generated_page_passes_its_own_review() {
    let dir = every_kind_site();
    let (found, pages) = findings(dir.path());
    // The five example profiles in at least the four languages they all have texts in.
    assert!(pages >= 5 * 4 * 3, "{pages} pages");
    if found.is_empty() {
        return;
    }
    // Per rule, then page: what is left, and where.
    let mut by_rule: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &found {
        by_rule.entry(&f.rule).or_default().push(f);
    }
    let mut report = format!(
        "{} finding(s) on {} of {pages} pages, {} rule(s):\n",
        found.len(),
        found
            .iter()
            .map(|f| &f.page)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        by_rule.len()
    );
    for (rule, fs) in &by_rule {
        report.push_str(&format!("\n== {rule} ({} finding(s))\n", fs.len()));
        for f in fs {
            report.push_str(&format!("{f}\n"));
        }
    }
    if let Ok(p) = std::env::var("PRIVGEN_SELF_REVIEW_REPORT") {
        std::fs::write(p, &report).unwrap();
    }
    panic!("{report}");
}
