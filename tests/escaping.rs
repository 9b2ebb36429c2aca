//! Escaping: an attacker's text in every free-text field of the five example profiles —
//! names, LocalizedText, custom vocabulary labels, addresses, phone numbers, cookie and
//! processor names, and (where the loader accepts it) URLs — must reach every exported
//! format inert: HTML without script, event handlers or unsafe links (and with a strict
//! Content-Security-Policy), Markdown without raw HTML or unsafe links, plain text without
//! control characters, JSON that parses.
//!
//! Which fields are free text is found, not listed: the payload is appended to every
//! string in a profile, and each string the loader or the checks refuse with it (a
//! vocabulary word, a date, an id, an e-mail address) is put back, until the profile
//! loads. So a field added to the profile format is covered without editing this test.

mod common;
#[path = "support/safety.rs"]
mod safety;

use privgen::law::Law;
use privgen::site::{self, Options};
use serde_json::Value;

/// Every attack at once: HTML, attribute breakout, script URLs (inline, reference-style
/// and autolink Markdown), template and shell syntax, a terminal-looking sequence.
const PAYLOAD: &str = " <script>alert(1)</script><img src=x onerror=alert(2)> \
    \"'><svg onload=alert(3)> [click](javascript:alert(4)) <javascript:alert(5)> \
    [ref][r] <a href=\"javascript:alert(6)\" onclick=\"alert(7)\">a</a> \
    <style>*{}</style><iframe src=//evil.example></iframe> {{ 7*7 }} {% raw %} ${HOME}\n\n\
    [r]: javascript:alert(8)\n\n<div onmouseover=alert(9)>x</div>";

/// For fields that must be web addresses: passes the URL check, tries to break out of the
/// `href` attribute with a quote, and smuggles `javascript:` into the fragment.
const URL_PAYLOAD: &str =
    "https://evil.example/'onmouseover='alert(1)'/?x=&amp;#javascript:alert(1)";

type Path = Vec<Seg>;
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

fn leaves(v: &Value, path: &mut Path, out: &mut Vec<Path>) {
    match v {
        Value::String(_) => out.push(path.clone()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                leaves(item, path, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                path.push(Seg::Key(k.clone()));
                leaves(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn get_mut<'a>(v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, s| match s {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}

/// `purposes[0].basis.national[1]` → segments.
fn parse_field(field: &str) -> Path {
    let mut out = Vec::new();
    for part in field.split('.') {
        let mut it = part.split('[');
        if let Some(k) = it.next().filter(|k| !k.is_empty()) {
            out.push(Seg::Key(k.to_string()));
        }
        for idx in it {
            if let Ok(i) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Index(i));
            }
        }
    }
    out
}

/// The errors of a site build with `yaml` as its only profile, as (code, field).
fn errors(site: &std::path::Path, law: &Law, name: &str, yaml: &str) -> Vec<(String, String)> {
    // Loading is the cheap filter; the full build catches what the checks refuse.
    if let Err(d) = privgen::load::parse_profile(yaml) {
        return vec![(d.code, d.field.unwrap_or_default())];
    }
    std::fs::write(site.join("content").join(name), yaml).unwrap();
    let res = site::build(site, law, &Options::default());
    std::fs::remove_file(site.join("content").join(name)).unwrap();
    res.diagnostics
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code, d.field.unwrap_or_default()))
        .collect()
}

/// The example profile `name` with the payload in every string the loader accepts it in.
fn poisoned(site: &std::path::Path, law: &Law, name: &str) -> (String, usize) {
    let src = std::fs::read_to_string(common::repo().join("content").join(name)).unwrap();
    let mut opts = serde_saphyr::Options::default();
    opts.strict_booleans = true; // `NO` is Norway, not false
    let original: Value = serde_saphyr::from_str_with_options(&src, opts).unwrap();
    let mut all = Vec::new();
    leaves(&original, &mut Vec::new(), &mut all);
    // Vocabulary words, ids, rule ids, codes, dates and periods never take the payload;
    // skipping them up front only saves time (the loop below would put them back).
    let text_of = |p: &Path| {
        get_mut(&mut original.clone(), p)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    all.retain(|p| {
        let s = text_of(p);
        let word = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-/.".contains(&b));
        let code = s.len() <= 5 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
        let period = s.split_whitespace().count() == 2
            && s.split_whitespace()
                .next()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
        !(word || code || period)
    });
    let poison = |v: &mut Value, p: &Path| {
        let s = get_mut(v, p).unwrap();
        let orig = s.as_str().unwrap().to_string();
        *s = Value::String(if orig.starts_with("http") {
            URL_PAYLOAD.to_string()
        } else {
            format!("{orig}{PAYLOAD}")
        });
    };
    let restore = |v: &mut Value, p: &Path| {
        *get_mut(v, p).unwrap() = get_mut(&mut original.clone(), p).unwrap().clone();
    };
    let mut v = original.clone();
    let mut poisoned: Vec<Path> = all.clone();
    for p in &poisoned {
        poison(&mut v, p);
    }
    for _ in 0..=all.len() {
        let yaml = serde_saphyr::to_string(&v).unwrap();
        let errs = errors(site, law, name, &yaml);
        let Some(first) = errs.first().cloned() else {
            return (yaml, poisoned.len());
        };
        // Put back every poisoned string at or under the field the error names.
        let at = parse_field(&first.1);
        let before = poisoned.len();
        poisoned.retain(|p| {
            let hit = !at.is_empty() && p.starts_with(&at);
            if hit {
                restore(&mut v, p);
            }
            !hit
        });
        if poisoned.len() < before {
            continue;
        }
        // The error is reported elsewhere than the string that causes it (a rule about a
        // section, say): find the string by bisection over the poisoned ones.
        let still = |n: usize| {
            let mut w = v.clone();
            for p in &poisoned[..n] {
                restore(&mut w, p);
            }
            errors(site, law, name, &serde_saphyr::to_string(&w).unwrap()).contains(&first)
        };
        assert!(
            !still(poisoned.len()),
            "{name}: {first:?} is not caused by the payload"
        );
        let (mut lo, mut hi) = (0, poisoned.len());
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if still(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let culprit = poisoned.remove(hi - 1);
        restore(&mut v, &culprit);
    }
    unreachable!()
}

#[test]
fn attacker_text_in_every_field_is_inert_in_every_format() {
    let law = Law::load().unwrap();
    let names = [
        "optimal-care.yaml",
        "pure-aesthetics.yaml",
        "dermamedispa.yaml",
        "kei.yaml",
        "mst.yaml",
    ];
    let profiles: Vec<(String, usize)> = std::thread::scope(|s| {
        let hs: Vec<_> = names
            .iter()
            .map(|n| {
                let law = &law;
                s.spawn(move || {
                    let scratch = common::site(&[]);
                    poisoned(scratch.path(), law, n)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for ((_, count), n) in profiles.iter().zip(names) {
        assert!(*count >= 25, "{n}: only {count} fields took the payload");
    }
    let site = common::site(
        &names
            .iter()
            .zip(&profiles)
            .map(|(n, (y, _))| (*n, y.as_str()))
            .collect::<Vec<_>>(),
    );
    let res = site::build(site.path(), &law, &Options::default());
    let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let tree = res.tree.unwrap();
    let mut problems = Vec::new();
    let mut formats = std::collections::BTreeSet::new();
    for (path, bytes) in tree.iter() {
        formats.insert(path.rsplit('.').next().unwrap_or_default().to_string());
        problems.extend(safety::file_problems(path, bytes));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(formats.contains("html"), "{formats:?}");
    // The text is shown, escaped, not silently dropped: a controller name is plain text.
    let page = String::from_utf8(tree.get("mst/nl/index.html").unwrap().to_vec()).unwrap();
    assert!(
        common::page_text(&page).contains("<script>alert(1)</script>"),
        "the payload is not shown as text"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn html_output_has_a_strict_content_security_policy() {
    let law = Law::load().unwrap();
    let res = site::build(&common::repo(), &law, &Options::default());
    let tree = res.tree.expect("the example site builds");
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let page = String::from_utf8_lossy(bytes);
        let csp = page
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_else(|| panic!("{path}: no CSP"));
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("script-src"),
            "{path}: {csp}"
        );
        assert!(!page.contains("<script"), "{path} has a script element");
    }
}
