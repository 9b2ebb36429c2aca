//! Reproducible output: the same input gives byte-identical files on every run and
//! machine. privgen reads no clock — every date on a page comes from the profile
//! (`effective`, `changes`) — so `SOURCE_DATE_EPOCH`, the time zone and the locale of the
//! machine change nothing; neither do the absolute path of the site, the output folder or
//! the order in which the profiles were written to disk.

mod common;

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::Path;

/// A copy of the example site whose profiles are written in `order`.
fn example_copy(reverse: bool) -> tempfile::TempDir {
    let site = common::site(&[]);
    let mut names: Vec<_> = std::fs::read_dir(common::repo().join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    if reverse {
        names.reverse();
    }
    for p in names {
        std::fs::copy(&p, site.path().join("content").join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(
        common::repo().join("privgen.toml"),
        site.path().join("privgen.toml"),
    )
    .unwrap();
    site
}

fn build(site: &Path, out: &Path, env: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    let mut cmd = Command::cargo_bin("privgen").unwrap();
    cmd.env_remove("SOURCE_DATE_EPOCH")
        .env_remove("PRIVGEN_BASE_URL")
        .arg("-C")
        .arg(site)
        .args(["build", "--out"])
        .arg(out);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.assert().success();
    common::files(out)
}

#[test]
/// The second build stands for another machine: another path, another output folder,
/// profiles written in the opposite order, `SOURCE_DATE_EPOCH`, `TZ` and the locale set.
fn two_builds_on_different_machines_are_byte_identical() {
    let a = example_copy(false);
    let b = example_copy(true);
    let first = build(a.path(), &a.path().join("public"), &[]);
    let second = build(
        b.path(),
        &b.path().join("elsewhere/site"),
        &[
            ("SOURCE_DATE_EPOCH", "1700000000"),
            ("TZ", "Pacific/Kiritimati"),
            ("LC_ALL", "nb_NO.UTF-8"),
            ("LANG", "nb_NO.UTF-8"),
        ],
    );
    assert!(first.len() > 10, "{} files", first.len());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(second[path] == *bytes, "{path} differs between the builds");
    }
    // No machine detail leaks into a file: not the site's path, not the output's.
    for (path, bytes) in &first {
        let text = String::from_utf8_lossy(bytes);
        for dir in [a.path(), b.path()] {
            let d = dir.to_string_lossy();
            assert!(!text.contains(d.as_ref()), "{path} holds the path {d}");
        }
    }
}

#[test]
fn the_in_memory_tree_is_the_same_every_time() {
    let law = privgen::law::Law::load().unwrap();
    let opts = privgen::site::Options::default();
    let a = privgen::site::build(&common::repo(), &law, &opts)
        .tree
        .unwrap();
    let b = privgen::site::build(&common::repo(), &law, &opts)
        .tree
        .unwrap();
    assert!(a == b);
    // The tree iterates in path order, so writing and listing are ordered too.
    let paths: Vec<_> = a.paths().collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}
