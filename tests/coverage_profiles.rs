//! The coverage measurement of issue 16 (docs/coverage.md): every profile written for a real
//! statement in `tests/fixtures/coverage/` loads without a load error, so the table cannot rot
//! as the format changes. Drafts may still have check findings (errors reported as warnings);
//! those are not load errors and are not asserted here.

use std::path::Path;

#[test]
fn every_coverage_profile_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coverage");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 15,
        "issue 16 asks for at least 15 statements, found {}",
        paths.len()
    );
    let mut failures = Vec::new();
    for path in &paths {
        let shown = Path::new("content").join(path.file_name().unwrap());
        if let Err(diags) = privgen::load::load_profile(path, &shown) {
            failures.push(format!("{}: {diags:?}", path.display()));
        }
    }
    assert!(failures.is_empty(), "load errors:\n{}", failures.join("\n"));
}

#[test]
fn every_coverage_profile_lists_its_facts() {
    // Each profile carries its fact list as comments, one fact a line, tagged S (structured
    // field), F (free text) or N (not expressible); docs/coverage.md counts them.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/coverage");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let facts = text
            .lines()
            .filter(|l| l.starts_with("# S ") || l.starts_with("# F ") || l.starts_with("# N "))
            .count();
        assert!(facts > 0, "{} lists no facts", path.display());
    }
}
