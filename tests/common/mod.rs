//! Helpers shared by the integration tests: temporary sites built from the repository's own
//! locales and theme, and page text extraction.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder tree (a test site, a built site).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// A temporary site with the repository's locales and theme and the given profiles.
pub fn site(profiles: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("locales"), &dir.path().join("locales"));
    copy_dir(&repo().join("themes"), &dir.path().join("themes"));
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    for (name, src) in profiles {
        std::fs::write(dir.path().join("content").join(name), src).unwrap();
    }
    dir
}

/// A temporary site holding copies of the five example profiles.
pub fn example_site() -> tempfile::TempDir {
    let dir = site(&[]);
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    std::fs::copy(repo().join("privgen.toml"), dir.path().join("privgen.toml")).unwrap();
    dir
}

/// The ids of the example profiles in `content/`.
pub const EXAMPLES: [&str; 5] = [
    "optimal-care",
    "pure-aesthetics",
    "dermamedispa",
    "kei",
    "mst",
];

/// A small valid Dutch profile.
pub const MINIMAL: &str = r#"
jurisdiction: NL
languages: [nl, en]
version: "1.0"
effective: 2026-01-01
controller:
  name: Kliniek De Linde B.V.
  email: privacy@delinde.example
data:
  - category: identification
  - category: health
purposes:
  - id: care
    basis: { art6: contract, art9: health_care, national: [wgbo] }
retention:
  - { record: medical_record, period: 20 years, qualifier: at_least, from: last_change, statute: wgbo }
provision: { contractual: true }
"#;

/// Visible text of an HTML page: tags removed, entities decoded, whitespace collapsed.
pub fn page_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page as the default build renders it: with the `pdf` feature, pages link their PDF in
/// the footer (`<p class="downloads">`); the snapshots describe the build without it, so the
/// line is taken out here and the same snapshots hold for both builds (`tests/pdf.rs`
/// checks the link and the PDF).
pub fn as_default_build(html: String) -> String {
    if !cfg!(feature = "pdf") {
        return html;
    }
    html.split_inclusive('\n')
        .filter(|l| !l.trim_start().starts_with("<p class=\"downloads\">"))
        .collect()
}

/// Every file under `dir`: relative path (with `/`) → bytes, sorted.
pub fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A fixture file: `tests/fixtures/<folder>/<name>`.
pub fn fixture(folder: &str, name: &str) -> String {
    std::fs::read_to_string(repo().join("tests/fixtures").join(folder).join(name))
        .unwrap_or_else(|e| panic!("tests/fixtures/{folder}/{name}: {e}"))
}

/// Runs `privgen -C dir args…`: exit code, stdout, stderr.
pub fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = assert_cmd::Command::cargo_bin("privgen")
        .unwrap()
        .arg("-C")
        .arg(dir)
        .args(args)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The findings of a `--format json` run, each as `code file:line field severity`.
pub fn findings(stdout: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(stdout).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{} {} {}",
                d["code"].as_str().unwrap_or(""),
                d["file"].as_str().unwrap_or(""),
                d["line"],
                d["field"].as_str().unwrap_or(""),
                d["severity"].as_str().unwrap_or(""),
            )
        })
        .collect()
}
