//! The version archive (issue 8, item 4): `build` publishes each version under
//! `<id>/archive/<version>/` and carries earlier versions from the output folder it
//! replaces, so a link to a version once published keeps working.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn build(site: &Path) -> assert_cmd::assert::Assert {
    Command::cargo_bin("privgen")
        .unwrap()
        .args(["-C"])
        .arg(site)
        .args(["-q", "build"])
        .assert()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn set_version(site: &Path, version: &str, effective: &str, text: &str) {
    let p = site.join("content/linde.yaml");
    let src = common::MINIMAL
        .replace("version: \"1.0\"", &format!("version: \"{version}\""))
        .replace("effective: 2026-01-01", &format!("effective: {effective}"))
        .replace("Kliniek De Linde B.V.", text);
    std::fs::write(p, src).unwrap();
}

/// Every relative link of every HTML page under `public` points at a file of the site.
fn links_resolve(public: &Path) {
    for entry in walkdir::WalkDir::new(public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = read(entry.path());
        let here = entry.path().parent().unwrap();
        for part in html.split("href=\"").skip(1) {
            let href = part.split('"').next().unwrap();
            // Only relative links: site-absolute ones (canonical, hreflang) name URLs.
            if ["http", "#", "/", "mailto:", "tel:"]
                .iter()
                .any(|p| href.starts_with(p))
            {
                continue;
            }
            let href = href.split('#').next().unwrap();
            let mut target = here.join(href);
            if href.is_empty() || href.ends_with('/') {
                target = target.join("index.html");
            }
            assert!(
                target.exists(),
                "{} links to {href}, which is missing",
                entry.path().display()
            );
        }
    }
}

#[test]
fn earlier_versions_stay_reachable_after_the_statement_changes() {
    let dir = common::site(&[]);
    let site = dir.path();
    let public = site.join("public");
    set_version(site, "1.0", "2026-01-01", "Kliniek De Linde B.V.");
    build(site).success();
    let v1 = public.join("linde/archive/1.0/nl/index.html");
    assert!(v1.is_file());
    let current = read(&public.join("linde/nl/index.html"));
    assert!(
        current.contains("href=\"../../linde/archive/\""),
        "footer link to the archive"
    );

    // Version 2.0 with a different name: the 1.0 copy is carried over unchanged.
    let v1_before = read(&v1);
    set_version(site, "2.0", "2026-06-01", "Kliniek De Linde Zorg B.V.");
    build(site).success();
    assert_eq!(
        read(&v1),
        v1_before,
        "the archived 1.0 page is kept byte for byte"
    );
    let v2 = read(&public.join("linde/archive/2.0/en/index.html"));
    assert!(v2.contains("De Linde Zorg") && v2.contains("noindex"));
    assert!(
        v2.contains("class=\"archived\""),
        "archived copies carry the banner"
    );
    assert!(!current.contains("class=\"archived\""));
    assert!(v1_before.contains("<link rel=\"canonical\" href=\"/linde/archive/1.0/nl/\">"));

    // The archive page lists both, newest first, with working links.
    let index = read(&public.join("linde/archive/index.html"));
    let (p2, p1) = (
        index.find("Versie 2.0").unwrap(),
        index.find("Versie 1.0").unwrap(),
    );
    assert!(p2 < p1, "newest first");
    assert!(index.contains("href=\"1.0/en/\""));
    links_resolve(&public);

    // A third build with no change keeps both, and so does one with another version.
    build(site).success();
    set_version(site, "2.1", "2026-09-01", "Kliniek De Linde Zorg B.V.");
    build(site).success();
    for v in ["1.0", "2.0", "2.1"] {
        assert!(
            public
                .join(format!("linde/archive/{v}/nl/index.html"))
                .is_file(),
            "{v}"
        );
    }
    links_resolve(&public);
}

#[test]
fn a_failed_build_and_check_leave_the_archive_alone() {
    let dir = common::site(&[]);
    let site = dir.path();
    let public = site.join("public");
    set_version(site, "1.0", "2026-01-01", "Kliniek De Linde B.V.");
    build(site).success();
    let before = common::files(&public);
    // A broken profile: nothing is written, the archive is untouched.
    std::fs::write(
        site.join("content/linde.yaml"),
        "jurisdiction: NL\nversion: [",
    )
    .unwrap();
    build(site).code(1);
    assert_eq!(common::files(&public), before);
    set_version(site, "2.0", "2026-06-01", "Kliniek De Linde B.V.");
    Command::cargo_bin("privgen")
        .unwrap()
        .arg("-C")
        .arg(site)
        .args(["-q", "check"])
        .assert()
        .success();
    assert_eq!(common::files(&public), before, "check writes nothing");
}

#[test]
fn a_version_that_is_no_folder_name_is_refused_at_load() {
    let dir = common::site(&[]);
    let site = dir.path();
    set_version(site, "1.0 (draft)", "2026-01-01", "Kliniek De Linde B.V.");
    let out = build(site).code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("load/invalid-version"), "{err}");
    assert!(
        err.contains("linde.yaml:4"),
        "points at the version line: {err}"
    );
    assert!(!site.join("public").exists());
}

#[test]
fn the_archive_can_be_turned_off_and_foreign_manifests_are_ignored() {
    let dir = common::site(&[]);
    let site = dir.path();
    let public = site.join("public");
    set_version(site, "1.0", "2026-01-01", "Kliniek De Linde B.V.");
    build(site).success();
    // A folder that is no archived version (no manifest, or one naming another version).
    std::fs::create_dir_all(public.join("linde/archive/0.9/nl")).unwrap();
    std::fs::create_dir_all(public.join("linde/archive/0.8")).unwrap();
    std::fs::write(
        public.join("linde/archive/0.8/version.json"),
        read(&public.join("linde/archive/1.0/version.json")),
    )
    .unwrap();
    set_version(site, "2.0", "2026-06-01", "Kliniek De Linde B.V.");
    build(site).success();
    assert!(public.join("linde/archive/1.0/nl/index.html").is_file());
    assert!(!public.join("linde/archive/0.9").exists());
    assert!(!public.join("linde/archive/0.8").exists());

    std::fs::write(site.join("privgen.toml"), "archive = false\n").unwrap();
    build(site).success();
    assert!(!public.join("linde/archive").exists());
    assert!(!read(&public.join("linde/nl/index.html")).contains("/archive/"));
}
