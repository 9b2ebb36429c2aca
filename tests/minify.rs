//! `build --minify` and `minify = true` (issue 18 item 7): every page of the example site
//! minified keeps its visible text, its links, its ids and its landmarks; nothing but the
//! HTML pages changes; the output is the same from one build to the next.
#![cfg(feature = "minify")]

mod common;

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::Path;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

fn build(site: &Path, out: &Path, extra: &[&str]) {
    privgen()
        .arg("-C")
        .arg(site)
        .args(["-q", "build", "--drafts", "--out"])
        .arg(out)
        .args(extra)
        .assert()
        .success();
}

/// Values of one attribute in document order (quoted or not).
fn attrs(html: &str, name: &str) -> Vec<String> {
    let re =
        regex::Regex::new(&format!(r#"\s{name}=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))"#)).unwrap();
    re.captures_iter(html)
        .map(|c| {
            c.get(1)
                .or(c.get(2))
                .or(c.get(3))
                .map_or(String::new(), |m| m.as_str().replace("&amp;", "&"))
        })
        .collect()
}

/// The element names in document order.
fn tags(html: &str) -> Vec<String> {
    let re = regex::Regex::new(r"<([a-zA-Z][a-zA-Z0-9]*)").unwrap();
    re.captures_iter(html)
        .map(|c| c[1].to_ascii_lowercase())
        .collect()
}

#[test]
fn minified_pages_keep_their_text_links_ids_and_elements() {
    let site = common::example_site();
    let plain = site.path().join("plain");
    let min = site.path().join("min");
    build(site.path(), &plain, &[]);
    build(site.path(), &min, &["--minify"]);
    let a = common::files(&plain);
    let b = common::files(&min);
    assert_eq!(
        a.keys().collect::<BTreeSet<_>>(),
        b.keys().collect::<BTreeSet<_>>(),
        "the same files"
    );
    let (mut before, mut after, mut pages) = (0usize, 0usize, 0usize);
    for (path, x) in &a {
        let y = &b[path];
        if !path.ends_with(".html") {
            // The build marker holds no time; exports, sitemap and CSS are untouched.
            assert_eq!(x, y, "{path} changed");
            continue;
        }
        pages += 1;
        let (x, y) = (
            std::str::from_utf8(x).unwrap(),
            std::str::from_utf8(y).unwrap(),
        );
        assert!(y.len() < x.len(), "{path}: not smaller");
        before += x.len();
        after += y.len();
        assert_eq!(common::page_text(x), common::page_text(y), "{path}: text");
        for attr in [
            "href",
            "id",
            "lang",
            "hreflang",
            "aria-label",
            "aria-labelledby",
            "rel",
        ] {
            assert_eq!(attrs(x, attr), attrs(y, attr), "{path}: {attr}");
        }
        assert_eq!(tags(x), tags(y), "{path}: elements");
        assert!(
            y.to_ascii_lowercase().starts_with("<!doctype html>"),
            "{path}"
        );
        assert!(!y.contains("\n  <"), "{path}: still indented");
    }
    assert!(pages > 40, "{pages} pages");
    // The example's pages shrink by about a tenth (measured: see docs/performance.md).
    assert!(after * 100 < before * 97, "{after} of {before} bytes");

    // The same bytes from a second build.
    let again = site.path().join("again");
    build(site.path(), &again, &["--minify"]);
    assert_eq!(
        b,
        common::files(&again),
        "minified output differs between builds"
    );
}

#[test]
fn minify_true_in_privgen_toml_minifies_every_build() {
    let site = common::example_site();
    let toml = site.path().join("privgen.toml");
    let mut cfg = std::fs::read_to_string(&toml).unwrap();
    cfg.push_str("minify = true\n");
    std::fs::write(&toml, cfg).unwrap();
    let out = site.path().join("out");
    build(site.path(), &out, &[]);
    let page = std::fs::read_to_string(out.join("kei/nl-BE/index.html")).unwrap();
    assert!(!page.contains("\n  <"), "not minified");
    assert!(page.contains("Koningin Elisabeth Instituut"));
}
