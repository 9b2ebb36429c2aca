//! `privgen serve` over HTTP: pages come from memory with the reload script, edits show up,
//! a broken edit shows the same diagnostics as `privgen check` over the last good page,
//! the compare view, and the path guard. Every server binds 127.0.0.1 port 0 and is
//! stopped at the end of its test; every wait is bounded.
#![cfg(feature = "serve")]

mod common;
mod serve_support;

use privgen::serve::{Notice, Scope};
use serve_support::{get, overlay_text, request, start, wait_for, Events};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);
const PAGE: &str = "/linde/nl/";

fn site() -> tempfile::TempDir {
    common::site(&[("linde.yaml", common::MINIMAL)])
}

fn edit(dir: &std::path::Path, from: &str, to: &str) {
    let p = dir.join("content/linde.yaml");
    let src = std::fs::read_to_string(&p).unwrap();
    assert!(src.contains(from), "profile lacks {from}");
    std::fs::write(&p, src.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_the_site_from_memory_with_the_reload_script() {
    let dir = site();
    let (server, _) = start(dir.path());
    let addr = server.addr();

    let page = get(addr, PAGE);
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("X-Content-Type-Options"), Some("nosniff"));
    assert!(page.body.contains("Kliniek De Linde B.V."));
    assert!(
        page.body
            .contains("<script src=\"../../__privgen/reload.js\""),
        "script addressed relative to the page"
    );
    assert!(page.body.contains("script-src 'self'; connect-src 'self'"));
    assert!(!page.body.contains("<script>"), "no inline script");
    assert!(!page.body.contains("privgen-overlay"));

    let index = get(addr, "/");
    assert_eq!(index.status, 200);
    assert!(index.body.contains("src=\"__privgen/reload.js\""));
    for (path, ct) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/__privgen/reload.js", "text/javascript; charset=utf-8"),
        ("/__privgen/privgen.css", "text/css; charset=utf-8"),
        ("/linde/en/index.html", "text/html; charset=utf-8"),
    ] {
        let r = get(addr, path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("Content-Type"), Some(ct), "{path}");
    }
    // HEAD answers without a body.
    let head = request(addr, "HEAD", PAGE);
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(request(addr, "POST", PAGE).status, 405);

    server.stop();
    assert!(!dir.path().join("public").exists(), "serve writes nothing");
}

#[test]
fn build_output_stays_free_of_script() {
    let dir = site();
    let res = privgen::site::build(
        dir.path(),
        &privgen::law::Law::load().unwrap(),
        &Default::default(),
    );
    let tree = res.tree.expect("builds");
    for p in tree.paths().filter(|p| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(tree.get(p).unwrap());
        assert!(!html.contains("<script"), "{p} has a script");
        assert!(!html.contains("__privgen"), "{p} mentions the server");
    }
}

#[test]
fn an_edit_changes_the_served_page_and_only_its_clinic_is_rebuilt() {
    let dir = common::site(&[
        ("linde.yaml", common::MINIMAL),
        ("eik.yaml", &common::MINIMAL.replace("De Linde", "De Eik")),
    ]);
    let (server, log) = start(dir.path());
    let addr = server.addr();
    let before = get(addr, "/eik/nl/").body;

    edit(
        dir.path(),
        "privacy@delinde.example",
        "privacy@nieuw.example",
    );
    let page = wait_for(LIMIT, || {
        let r = get(addr, PAGE);
        r.body.contains("privacy@nieuw.example").then_some(r)
    })
    .expect("the served page shows the edit");
    assert!(!page.body.contains("privacy@delinde.example"));
    // The other clinic's page is untouched.
    assert_eq!(
        get(addr, "/eik/nl/")
            .body
            .replace(|c: char| c.is_ascii_digit(), ""),
        before.replace(|c: char| c.is_ascii_digit(), "")
    );
    let scopes: Vec<Scope> = log
        .lock()
        .unwrap()
        .iter()
        .filter_map(|n| match n {
            Notice::Built(r) => Some(r.scope.clone()),
            Notice::Warning(_) => None,
        })
        .collect();
    assert_eq!(scopes.first(), Some(&Scope::Full));
    assert!(
        scopes.contains(&Scope::Profiles(vec!["linde".into()])),
        "one profile edited → that clinic rebuilt: {scopes:?}"
    );
    server.stop();
}

#[test]
fn a_broken_edit_shows_the_check_diagnostics_over_the_last_good_page_and_recovers() {
    let dir = site();
    let (server, log) = start(dir.path());
    let addr = server.addr();

    edit(
        dir.path(),
        "languages: [nl, en]",
        "languages: [nl, en]\nfavourite_colour: blue",
    );
    let page = wait_for(LIMIT, || {
        let r = get(addr, PAGE);
        r.body.contains("privgen-overlay").then_some(r)
    })
    .expect("the overlay appears");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Kliniek De Linde B.V."),
        "the last good version stays underneath"
    );
    let shown = overlay_text(&page.body).expect("overlay text");
    assert!(shown.contains("content/linde.yaml:"), "{shown}");
    assert!(shown.contains("favourite_colour"), "{shown}");
    // Every page shows it, the index and our own pages too.
    assert!(get(addr, "/").body.contains("privgen-overlay"));
    assert!(get(addr, "/linde/compare/")
        .body
        .contains("privgen-overlay"));
    assert!(get(addr, "/nope/").body.contains("privgen-overlay"));

    // The overlay says exactly what `privgen check` prints.
    let check = assert_cmd::Command::cargo_bin("privgen")
        .unwrap()
        .arg("-C")
        .arg(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&check.stderr);
    // The diagnostics themselves, without the closing count lines (whose wording differs:
    // `check` adds "nothing was written").
    let body = |s: &str| -> Vec<String> {
        let count = |l: &str| {
            l.split_once(" error(s)")
                .is_some_and(|(n, _)| n.trim_start_matches("error: ").parse::<usize>().is_ok())
        };
        s.lines()
            .filter(|l| !count(l))
            .map(str::to_string)
            .collect()
    };
    // The overlay opens with the errors (warnings are folded below them); each error reads
    // exactly as `check` prints it.
    let errors = |lines: Vec<String>| -> Vec<String> {
        let mut out = Vec::new();
        let mut keep = false;
        for l in lines {
            if l.starts_with("error[") {
                keep = true;
            } else if l.starts_with("warning[")
                || l.starts_with("info[")
                || l.starts_with("allowed[")
            {
                keep = false;
            }
            if keep {
                out.push(l);
            }
        }
        out
    };
    let opened = errors(body(&shown));
    assert!(!opened.is_empty(), "{shown}");
    assert_eq!(opened, errors(body(&printed)));

    // The server lives on and recovers on the next good save.
    edit(dir.path(), "\nfavourite_colour: blue", "");
    let fixed = wait_for(LIMIT, || {
        let r = get(addr, PAGE);
        (!r.body.contains("privgen-overlay")).then_some(r)
    })
    .expect("the overlay goes away");
    assert!(fixed.body.contains("Kliniek De Linde B.V."));
    let failed = log
        .lock()
        .unwrap()
        .iter()
        .any(|n| matches!(n, Notice::Built(r) if !r.ok));
    assert!(failed, "the failed build was reported");
    server.stop();
}

#[test]
fn the_event_stream_announces_changed_pages() {
    let dir = site();
    let (server, _) = start(dir.path());
    let addr = server.addr();
    let mut events = Events::open(addr, Duration::from_secs(20));
    let (kind, data) = events.next().expect("hello");
    assert_eq!(kind, "hello");
    assert_eq!(data, format!("{{\"gen\":{}}}", server.generation()));

    edit(
        dir.path(),
        "privacy@delinde.example",
        "privacy@nieuw.example",
    );
    let reload =
        wait_for(LIMIT, || events.next().filter(|(k, _)| k == "reload")).expect("a reload event");
    assert!(reload.1.contains("\"linde/nl/index.html\""), "{}", reload.1);
    assert!(reload.1.contains("\"all\":false"), "{}", reload.1);
    server.stop();
}

#[test]
fn compare_view_shows_two_languages_section_by_section() {
    let dir = site();
    let (server, _) = start(dir.path());
    let addr = server.addr();
    let r = get(addr, "/linde/compare/?a=nl&b=en");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("Content-Type"), Some("text/html; charset=utf-8"));
    assert!(r
        .body
        .contains("<th scope=\"col\" lang=\"nl\">nl</th><th scope=\"col\" lang=\"en\">en</th>"));
    for id in ["controller", "retention"] {
        assert!(
            r.body.contains(&format!("<tr id=\"s-{id}\">")),
            "section {id}"
        );
    }
    assert!(r.body.contains("Privacyverklaring") && r.body.contains("Privacy statement"));
    assert!(r.body.contains("__privgen/reload.js"));
    assert!(!r.body.contains("<script>"));
    assert!(r.header("Content-Security-Policy").is_some());
    // Defaults, a redirect for the slashless form, errors for bad choices.
    assert_eq!(get(addr, "/linde/compare/").status, 200);
    let moved = get(addr, "/linde/compare");
    assert_eq!(moved.status, 308);
    assert_eq!(moved.header("Location"), Some("compare/"));
    assert_eq!(get(addr, "/linde/compare/?a=nl&b=xx").status, 400);
    assert_eq!(get(addr, "/nobody/compare/").status, 404);
    server.stop();
}

#[test]
fn only_files_of_the_built_site_are_served() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "TOP-SECRET").unwrap();
    let dir = site();
    std::fs::write(dir.path().join("secret.txt"), "TOP-SECRET").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("themes/default/static/leak.txt"),
    )
    .unwrap();
    let (server, _) = start(dir.path());
    let addr = server.addr();
    for target in [
        "/../secret.txt",
        "/linde/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/c:/windows/win.ini",
        "/./secret.txt",
    ] {
        let r = get(addr, target);
        assert_eq!(r.status, 403, "{target}");
        assert!(!r.body.contains("TOP-SECRET"), "{target}");
    }
    for target in ["http://127.0.0.1/secret.txt", "/%zz"] {
        let r = get(addr, target);
        assert!(r.status == 400 || r.status == 404, "{target}: {}", r.status);
        assert!(!r.body.contains("TOP-SECRET"));
    }
    for target in [
        "/secret.txt",
        "/leak.txt",
        "/content/linde.yaml",
        "/privgen.toml",
        "/%252e%252e/secret.txt",
    ] {
        let r = get(addr, target);
        assert_eq!(r.status, 404, "{target}");
        assert!(!r.body.contains("TOP-SECRET"), "{target}");
    }
    // No listings: a folder without index.html is not found; a page folder without its
    // slash is redirected (relatively) to the slashed URL.
    assert_eq!(get(addr, "/linde/").status, 404);
    let moved = get(addr, "/linde/nl");
    assert_eq!(moved.status, 308);
    assert_eq!(moved.header("Location"), Some("nl/"));
    server.stop();
}
