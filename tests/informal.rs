//! The informal register (issue 16 item 10) end to end: every Dutch and Flemish profile of the
//! repository (the examples in `content/`, the concept and vocabulary fixtures, the retention
//! clinics) is built with `document.address: informal` in nl and nl-BE, and no sentence of the
//! wording (`locales/`) in its text exports (statement, reglement, notice) addresses the reader
//! with "u", "uw" or "uzelf". What the register cannot reach is exempt, each occurrence by its
//! source: the profile's own free text (the provider wrote it) and law data (a supervisory
//! authority's `complaint_route` in `src/law/*.yaml`, which has one Dutch text). An occurrence is
//! exempt only when the words around it stand verbatim in one of those sources.
//!
//! The Norwegian profiles (`dermamedispa`, `legekontor-no`, `kade-no`) are left out: their free
//! texts have no Dutch version, so they cannot be built in nl (`text/missing-translation`).

mod common;

use common::run;

/// (folder under the repository, file): the profiles built in nl and nl-BE.
const PROFILES: [(&str, &str); 8] = [
    ("content", "optimal-care.yaml"),
    ("content", "pure-aesthetics.yaml"),
    ("content", "kei.yaml"),
    ("content", "mst.yaml"),
    ("tests/fixtures/concepts", "groepspraktijk-nl.yaml"),
    ("tests/fixtures/vocab", "terms-be.yaml"),
    ("tests/fixtures/retention", "kade-nl.yaml"),
    ("tests/fixtures/retention", "kade-be.yaml"),
];

/// The profile published in nl and nl-BE, formal or informal.
fn variant(src: &str, informal: bool) -> String {
    assert!(src.contains("\ndocument:\n"), "no `document:` block");
    let mut out = String::new();
    let mut langs = 0;
    for line in src.lines() {
        if line.starts_with("languages:") {
            out.push_str("languages: [nl, nl-BE]\n");
            langs += 1;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if informal && line == "document:" {
            out.push_str("  address: informal\n");
        }
    }
    assert_eq!(langs, 1, "one `languages:` line");
    out
}

/// The text of YAML sources without their comment lines, whitespace collapsed.
fn normalise(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds the profiles; the text exports of nl and nl-BE: (path, text, the sources the
/// register cannot reach: that profile's own text and the authorities' complaint routes).
fn build(informal: bool) -> (tempfile::TempDir, Vec<(String, String, String)>) {
    let profiles: Vec<(String, String)> = PROFILES
        .iter()
        .map(|(folder, name)| {
            let path = common::repo().join(folder).join(name);
            let src = std::fs::read_to_string(&path).unwrap();
            (name.to_string(), variant(&src, informal))
        })
        .collect();
    let refs: Vec<(&str, &str)> = profiles
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    let dir = common::site(&refs);
    let out = dir.path().join("out");
    let (code, stdout, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}\n{stdout}");
    let mut routes = String::new();
    for e in std::fs::read_dir(common::repo().join("src/law")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "yaml") {
            let law: serde_json::Value =
                serde_saphyr::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            complaint_routes(&law, &mut routes);
        }
    }
    let mut texts = Vec::new();
    for (rel, bytes) in common::files(&out) {
        let mut parts = rel.split('/');
        let (id, lang) = (parts.next().unwrap(), parts.next());
        if matches!(lang, Some("nl" | "nl-BE")) && rel.ends_with(".txt") {
            let (_, src) = profiles
                .iter()
                .find(|(n, _)| n.strip_suffix(".yaml") == Some(id))
                .unwrap_or_else(|| panic!("{rel}: no profile {id}"));
            let sources = normalise(&format!("{src}\n{routes}"));
            texts.push((rel, String::from_utf8(bytes).unwrap(), sources));
        }
    }
    (dir, texts)
}

/// The texts of every `complaint_route` in law data (an authority's own procedure, in one
/// Dutch text for every register).
fn complaint_routes(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if k == "complaint_route" {
                    for t in x.as_object().into_iter().flat_map(|o| o.values()) {
                        out.push('\n');
                        out.push_str(t.as_str().unwrap_or_default());
                    }
                } else {
                    complaint_routes(x, out);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| complaint_routes(x, out)),
        _ => {}
    }
}

/// A word that addresses the reader formally.
fn is_formal(token: &str) -> bool {
    if ["://", "@", "www."].iter().any(|x| token.contains(x)) {
        return false;
    }
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(word, "u" | "U" | "uw" | "Uw" | "uzelf" | "Uzelf")
}

/// Each formal word of `txt` with the words around it: those not verbatim in `sources`, and
/// those exempt.
fn formal_words(txt: &str, sources: &str) -> (Vec<String>, Vec<String>) {
    let mut found = Vec::new();
    let mut exempt = Vec::new();
    // A paragraph or list item of the text export, unwrapped.
    let mut blocks: Vec<String> = vec![String::new()];
    for line in txt.lines() {
        let t = line.trim();
        if t.is_empty() || t.starts_with("- ") {
            blocks.push(String::new());
        }
        let last = blocks.last_mut().unwrap();
        last.push(' ');
        last.push_str(t.strip_prefix("- ").unwrap_or(t));
    }
    for block in &blocks {
        let tokens: Vec<&str> = block.split_whitespace().collect();
        for (i, t) in tokens.iter().enumerate() {
            if !is_formal(t) {
                continue;
            }
            let before = tokens[i.saturating_sub(4)..=i].join(" ");
            let after = tokens[i..(i + 5).min(tokens.len())].join(" ");
            let quoted = |w: &String| w.split(' ').count() >= 4 && sources.contains(w.as_str());
            let at = format!("{before} | {after}");
            if quoted(&before) || quoted(&after) {
                exempt.push(at);
            } else {
                found.push(at);
            }
        }
    }
    (found, exempt)
}

#[test]
fn the_informal_register_leaves_no_u_in_the_wording() {
    let (_dir, texts) = build(true);
    // Each profile has a statement in both languages; notices and reglementen where published.
    let statements = texts
        .iter()
        .filter(|(p, _, _)| p.ends_with("/privacy.txt"))
        .count();
    assert_eq!(statements, 2 * PROFILES.len());
    assert!(texts.iter().any(|(p, _, _)| p.ends_with("/notice.txt")));
    assert!(texts.iter().any(|(p, _, _)| p.ends_with("/reglement.txt")));
    let mut problems = Vec::new();
    let mut exempt = Vec::new();
    for (path, txt, sources) in &texts {
        assert!(txt.contains(" je "), "{path}: no \"je\"");
        let (found, ex) = formal_words(txt, sources);
        exempt.extend(ex.into_iter().map(|e| format!("{path}: {e}")));
        problems.extend(found.into_iter().map(|f| format!("{path}: {f}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The same check on the formal build finds "u" in every text (it can fail), and exempts
    // every occurrence exempt here (the register changed none of the providers' or the law's
    // text); there it also exempts wording that happens to match a complaint route ("U kunt
    // een klacht indienen"), which the informal wording no longer does.
    let (_formal_dir, formal) = build(false);
    assert_eq!(
        formal.iter().map(|t| &t.0).collect::<Vec<_>>(),
        texts.iter().map(|t| &t.0).collect::<Vec<_>>()
    );
    let mut formal_exempt = Vec::new();
    for (path, txt, sources) in &formal {
        let (found, ex) = formal_words(txt, sources);
        formal_exempt.extend(ex.into_iter().map(|e| format!("{path}: {e}")));
        assert!(found.len() >= 5, "{path}: {found:?}");
    }
    for e in &exempt {
        let i = formal_exempt
            .iter()
            .position(|f| f == e)
            .unwrap_or_else(|| panic!("exempt only in the informal build: {e}"));
        formal_exempt.swap_remove(i);
    }
}

#[test]
fn exemption_needs_the_words_around_it_in_a_source() {
    let sources = normalise("Wij verwerken en beveiligen uw persoonsgegevens daarom met zorg.");
    let txt = "Wij verwerken en beveiligen uw\npersoonsgegevens daarom met zorg.\n\n\
               - Wij bewaren uw gegevens.\n\nU kunt een klacht indienen.";
    let (found, exempt) = formal_words(txt, &sources);
    assert_eq!(exempt.len(), 1);
    assert_eq!(
        found,
        [
            "Wij bewaren uw | uw gegevens.",
            "U | U kunt een klacht indienen."
        ]
        .map(String::from)
        .to_vec()
    );
    // A URL or an e-mail address is not a word.
    let (found, _) = formal_words("Zie https://u.example/uw of u@x.example.", "");
    assert!(found.is_empty(), "{found:?}");
}

/// The page's own messages follow the register too: the banner of an archived copy and the
/// archive page ("Wat nu geldt, lees je in de geldende versie").
#[test]
fn the_archive_pages_follow_the_register() {
    let src = std::fs::read_to_string(common::repo().join("content/optimal-care.yaml")).unwrap();
    for (informal, want, not) in [(true, "lees je", "leest u"), (false, "leest u", "lees je")] {
        let profile = variant(&src, informal);
        let dir = common::site(&[("optimal-care.yaml", profile.as_str())]);
        let out = dir.path().join("out");
        let (code, stdout, stderr) = run(dir.path(), &["build", "--out", out.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}\n{stdout}");
        let files = common::files(&out);
        let pages: Vec<(&String, String)> = files
            .iter()
            .filter(|(p, _)| {
                p.as_str() == "optimal-care/archive/index.html"
                    || (p.starts_with("optimal-care/archive/")
                        && (p.contains("/nl/") || p.contains("/nl-BE/"))
                        && p.ends_with("index.html"))
            })
            .map(|(p, b)| (p, common::page_text(&String::from_utf8_lossy(b))))
            .collect();
        // The archive page and an archived copy of each document in nl and nl-BE.
        assert!(
            pages.len() >= 3,
            "{:?}",
            pages.iter().map(|p| p.0).collect::<Vec<_>>()
        );
        for (path, text) in &pages {
            assert!(
                text.contains(&format!("Wat nu geldt, {want} in de")),
                "{path}: {text}"
            );
            assert!(!text.contains(not), "{path}: {text}");
        }
    }
}
