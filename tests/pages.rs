//! The rendered pages: insta snapshots of every example clinic in every language it
//! publishes, every seed fact on its page, no message id or unescaped input on any page,
//! and the multilingual plumbing (lang, hreflang, x-default, sitemap).

mod common;

use privgen::law::Law;
use privgen::output::OutputTree;
use privgen::site::{self, Options};
use std::sync::OnceLock;

const CLINICS: [(&str, &[&str]); 5] = [
    ("optimal-care", &["nl", "en"]),
    ("pure-aesthetics", &["nl", "en"]),
    ("dermamedispa", &["nb", "en"]),
    ("kei", &["nl-BE", "en", "fr-BE"]),
    ("mst", &["nl", "en"]),
];

/// The example site (the repository root), built once in memory, drafts included (the
/// DermaMediSpa profile is a draft: its pages carry the draft banner).
fn example() -> &'static OutputTree {
    static TREE: OnceLock<OutputTree> = OnceLock::new();
    TREE.get_or_init(|| {
        let law = Law::load().unwrap();
        let opts = Options {
            drafts: true,
            ..Options::default()
        };
        let res = site::build(&common::repo(), &law, &opts);
        let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        res.tree.unwrap()
    })
}

fn page(id: &str, lang: &str) -> String {
    let bytes = example()
        .get(&format!("{id}/{lang}/index.html"))
        .unwrap_or_else(|| panic!("no page {id}/{lang}"));
    common::as_default_build(String::from_utf8(bytes.to_vec()).unwrap())
}

#[test]
fn snapshots_of_every_statement() {
    for (id, langs) in CLINICS {
        for lang in langs {
            insta::assert_snapshot!(format!("{id}-{lang}"), page(id, lang));
        }
    }
}

#[test]
fn every_seed_fact_is_on_its_page() {
    let mut report = Vec::new();
    let mut missing = Vec::new();
    for (id, langs) in CLINICS {
        let facts =
            std::fs::read_to_string(common::repo().join(format!("tests/seed_facts/{id}.txt")))
                .unwrap();
        let text = common::page_text(&page(id, langs[0]));
        let mut n = 0;
        for fact in facts
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            n += 1;
            if !text.contains(fact) {
                missing.push(format!("{id}/{}: `{fact}`", langs[0]));
            }
        }
        assert!(n >= 15, "{id}: only {n} facts listed");
        report.push(format!("{id}: {n}"));
    }
    assert!(
        missing.is_empty(),
        "facts missing from their page:\n{}",
        missing.join("\n")
    );
    eprintln!("seed facts verified: {}", report.join(", "));
}

#[test]
fn no_message_id_or_template_syntax_on_any_page() {
    let ids: Vec<String> = std::fs::read_to_string(common::repo().join("locales/nl/statement.ftl"))
        .unwrap()
        .lines()
        .chain(
            std::fs::read_to_string(common::repo().join("locales/nl/vocab.ftl"))
                .unwrap()
                .lines()
                .collect::<Vec<_>>(),
        )
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string()))
        .filter(|id| id.contains('-') && !id.starts_with('#'))
        .collect();
    assert!(ids.len() > 300, "{}", ids.len());
    for path in example().paths().filter(|p| p.ends_with(".html")) {
        let html = String::from_utf8(example().get(path).unwrap().to_vec()).unwrap();
        let text = common::page_text(&html);
        for word in text.split(|c: char| c.is_whitespace() || ",.;:()".contains(c)) {
            assert!(
                !ids.iter().any(|id| id == word),
                "{path}: message id `{word}` on the page"
            );
        }
        for bad in ["{{", "{%", "{ $", "}}"] {
            assert!(!text.contains(bad), "{path}: `{bad}` on the page");
        }
    }
}

#[test]
fn pages_declare_language_and_alternates() {
    for (id, langs) in CLINICS {
        for lang in langs {
            let html = page(id, lang);
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{id}/{lang}"
            );
            for other in langs {
                assert!(
                    html.contains(&format!(
                        "<link rel=\"alternate\" hreflang=\"{other}\" href=\"https://privacy.example.org/{id}/{other}/\">"
                    )),
                    "{id}/{lang} lacks alternate {other}"
                );
            }
            assert!(html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://privacy.example.org/{id}/{}/\">",
                langs[0]
            )));
            assert!(
                !html.contains("<script"),
                "{id}/{lang}: no script on a page"
            );
            assert!(html.contains("Content-Security-Policy"));
        }
    }
    let sitemap = String::from_utf8(example().get("sitemap.xml").unwrap().to_vec()).unwrap();
    assert!(sitemap.contains("<loc>https://privacy.example.org/kei/nl-BE/</loc>"));
    assert!(sitemap
        .contains("hreflang=\"x-default\" href=\"https://privacy.example.org/dermamedispa/nb/\""));
    let index = String::from_utf8(example().get("index.html").unwrap().to_vec()).unwrap();
    for (id, langs) in CLINICS {
        for l in langs {
            assert!(
                index.contains(&format!("href=\"{id}/{l}/")),
                "index links {id}/{l}"
            );
        }
    }
}

#[test]
fn every_statement_has_the_required_sections() {
    for (id, langs) in CLINICS {
        for lang in langs {
            let html = page(id, lang);
            for s in [
                "controller",
                "purposes",
                "retention",
                "rights",
                "complaints",
                "changes",
            ] {
                assert!(
                    html.contains(&format!("<section id=\"{s}\"")),
                    "{id}/{lang} lacks {s}"
                );
                assert!(
                    html.contains(&format!("<a href=\"#{s}\">")),
                    "{id}/{lang} TOC lacks {s}"
                );
            }
        }
    }
}

#[test]
fn hostile_text_is_escaped_or_sanitised() {
    let p = common::MINIMAL
        .replace("name: Kliniek De Linde B.V.", "name: \"<script>alert(1)</script> De Linde\"")
        .replace(
            "    basis: { art6: contract",
            "    description: \"Zie [hier](javascript:alert(1)) <img src=x onerror=alert(2)> **vet**\"\n    basis: { art6: contract",
        )
        .replace(
            "  email: privacy@delinde.example",
            "  email: privacy@delinde.example\n  website: \"https://delinde.example/?q=a&b=c\"",
        );
    let dir = common::site(&[("linde.yaml", &p)]);
    let law = Law::load().unwrap();
    let res = site::build(dir.path(), &law, &Options::default());
    assert!(
        res.diagnostics.iter().all(|d| !d.is_error()),
        "{:#?}",
        res.diagnostics
    );
    let tree = res.tree.unwrap();
    for lang in ["nl", "en"] {
        let html = String::from_utf8(
            tree.get(&format!("linde/{lang}/index.html"))
                .unwrap()
                .to_vec(),
        )
        .unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; De Linde"));
        assert!(!html.contains("javascript:"), "javascript: URL survived");
        assert!(!html.contains("onerror"), "event handler survived");
        assert!(html.contains("<strong>vet</strong>"));
    }
}

fn text_of(path: &str) -> String {
    String::from_utf8(
        example()
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .to_vec(),
    )
    .unwrap()
}

/// The `(opening tag, inner HTML)` of every `<tag …>…</tag>` in `html` (not nested).
fn elements<'a>(html: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        // `<td` must not match `<tdx`.
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let gt = after.find('>').unwrap();
        let end = after.find(&close).unwrap();
        out.push((&after[..gt], &after[gt + 1..end]));
        rest = &after[end + close.len()..];
    }
    out
}

/// Every table of `html` with a column whose cells are all empty, every empty `<dd>`, an
/// empty `<dl>`, and every empty cell that carries a label (shown bare on a phone).
fn empty_parts(name: &str, html: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for (_, table) in elements(html, "table") {
        let rows: Vec<Vec<(&str, &str)>> = elements(table, "tr")
            .into_iter()
            .map(|(_, tr)| elements(tr, "td"))
            .filter(|cells| !cells.is_empty())
            .collect();
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for col in 0..width {
            if rows
                .iter()
                .all(|r| r.get(col).is_none_or(|(_, c)| c.trim().is_empty()))
            {
                bad.push(format!("{name}: column {col} of a table is empty"));
            }
        }
        for (attrs, cell) in rows.iter().flatten() {
            if cell.trim().is_empty() && attrs.contains("data-label") {
                bad.push(format!("{name}: an empty cell carries a label ({attrs})"));
            }
        }
    }
    for (_, dd) in elements(html, "dd") {
        if dd.trim().is_empty() {
            bad.push(format!("{name}: an empty <dd>"));
        }
    }
    for (_, dl) in elements(html, "dl") {
        if dl.trim().is_empty() {
            bad.push(format!("{name}: an empty <dl>"));
        }
    }
    bad
}

#[test]
fn sparse_profiles_show_no_empty_columns_or_bare_labels() {
    // The example site (DermaMediSpa names a processor without country or statement, and
    // retention rows without a start or a statute) and the minimal profile.
    let mut bad = Vec::new();
    for path in example().paths().filter(|p| p.ends_with(".html")) {
        bad.extend(empty_parts(path, &text_of(path)));
    }
    let dir = common::site(&[("linde.yaml", common::MINIMAL)]);
    let res = site::build(dir.path(), &Law::load().unwrap(), &Options::default());
    let tree = res.tree.expect("the minimal profile builds");
    for lang in ["nl", "en"] {
        let path = format!("linde/{lang}/index.html");
        let html = String::from_utf8(tree.get(&path).unwrap().to_vec()).unwrap();
        bad.extend(empty_parts(&path, &html));
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // The column is gone from the page and from the Markdown export, header included.
    let page = page("dermamedispa", "nb");
    assert!(page.contains("<th scope=\"col\">Databehandler</th>"));
    assert!(
        !page.contains("<th scope=\"col\">Land</th>"),
        "empty column kept"
    );
    let md = text_of("dermamedispa/nb/privacy.md");
    assert!(md.contains("| Databehandler | Tjeneste |\n"), "{md}");
    assert!(!md.contains("| Land |"), "{md}");
    // The JSON export keeps the model whole.
    let json = text_of("dermamedispa/nb/privacy.json");
    assert!(json.contains("\"Land\""), "{json}");
}

#[test]
fn print_stylesheet_uses_a4_runs_articles_on_and_prints_a_url_once() {
    let css = text_of("style.css");
    assert!(css.contains("@page { size: A4;"), "no A4 page size");
    assert!(
        !css.contains("break-before: page"),
        "a forced page break before articles"
    );
    assert!(css.contains("h2, h3 { break-after: avoid;"));
    assert!(css.contains("tr, dt, dd, li, address { break-inside: avoid; }"));
    // In print a definition list is not a grid (Chromium moves a grid to the next page
    // whole, which left a page with one sentence before KEI's definitions).
    let print = &css[css.find("@media print").unwrap()..];
    assert!(print.contains("dl { display: block; }"));
    assert!(css.contains("main a[href^=\"http\"]:not(.url)::after"));
    assert!(
        !css.contains("a[href^=\"http\"]::after"),
        "every web link prints its URL"
    );
    // Links whose text is their address are marked, others are not.
    let mst = page("mst", "nl");
    assert!(
        mst.contains("<a href=\"mailto:privacy@mst.nl\" class=\"url\">privacy@mst.nl</a>"),
        "e-mail link not marked"
    );
    let urls = elements(&mst, "a")
        .into_iter()
        .filter(|(attrs, _)| attrs.contains("class=\"url\""))
        .count();
    assert!(urls >= 3, "{urls} links marked url");
    for (attrs, text) in elements(&mst, "a") {
        if attrs.contains("class=\"url\"") {
            let href = attrs.split('"').nth(1).unwrap();
            let bare = |s: &str| {
                s.trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_start_matches("mailto:")
                    .trim_start_matches("tel:")
                    .trim_end_matches('/')
                    .replace(' ', "")
                    .to_lowercase()
            };
            assert_eq!(bare(href), bare(text), "{attrs} {text}");
        }
    }
}

#[test]
fn index_language_links_have_distinct_accessible_names() {
    let index = text_of("index.html");
    let names: Vec<String> = elements(&index, "a")
        .into_iter()
        .map(|(attrs, inner)| {
            assert!(!attrs.contains("aria-label"), "{attrs}");
            common::page_text(inner)
        })
        .collect();
    assert!(names.len() >= 10, "{names:?}");
    let mut seen = std::collections::BTreeSet::new();
    for n in &names {
        assert!(seen.insert(n.clone()), "two links named `{n}` on the index");
    }
    // The visible text starts the name (WCAG 2.5.3), the clinic follows for screen readers.
    assert!(
        names
            .iter()
            .any(|n| n == "English — Optimal Care Pijnklinieken"),
        "{names:?}"
    );
    // The clinic's name is marked in the clinic's language inside an English link.
    assert!(index.contains(
        "English<span class=\"vh\" lang=\"nl\"> — Optimal Care Pijnklinieken</span></a>"
    ));
    assert!(text_of("style.css").contains(".vh { position: absolute;"));
}

#[test]
fn statement_footer_offers_patients_no_developer_formats() {
    for (id, langs) in CLINICS {
        for lang in langs {
            let html = page(id, lang);
            let footer = &html[html.find("<footer class=\"site\">").unwrap()..];
            for ext in [".md\"", ".json\"", ".txt\""] {
                assert!(!footer.contains(ext), "{id}/{lang} footer links {ext}");
            }
            // The files are still written beside the page, for webmasters.
            for ext in ["md", "txt", "json"] {
                assert!(
                    example()
                        .get(&format!("{id}/{lang}/privacy.{ext}"))
                        .is_some(),
                    "{id}/{lang}/privacy.{ext}"
                );
            }
        }
    }
}

/// Chromium, or a reason to skip (the test runs in CI, where `.ci/run` installs it).
fn chromium() -> Option<std::path::PathBuf> {
    let found = std::env::var_os("PRIVGEN_CHROMIUM")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
                .iter()
                .map(std::path::PathBuf::from)
                .find(|p| p.is_file())
        });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium was not found"
        );
        eprintln!(
            "SKIPPED: chromium not found (apt-get install chromium, or set PRIVGEN_CHROMIUM)"
        );
    }
    found
}

/// WCAG 1.4.10: at 320 CSS px no page scrolls sideways. Headless Chromium loads every
/// page of the example site in a 320 px wide frame of a wrapper page and reports each
/// page's `scrollWidth` in the wrapper's title, read back with `--dump-dom`.
#[test]
fn pages_reflow_at_320_px() {
    let Some(bin) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    // Besides the example site, a profile with very long unbroken addresses: a website, a
    // processor's privacy statement (a table cell) and an e-mail address.
    let long = "https://www.zorggroep-regionaal-samenwerkingsverband-gezondheidscentra-oost-nederland.example/privacyverklaring-en-cookiebeleid-voor-patienten";
    let profile = common::MINIMAL
        .replace(
            "  email: privacy@delinde.example",
            &format!("  email: functionarisgegevensbescherming-privacyzaken@kliniekdelinde-gezondheidscentrum.example\n  website: {long}"),
        )
        .replace(
            "provision:",
            &format!("processors:\n  - name: Boekingssysteemleverancier\n    service: booking\n    policy: {long}\nprovision:"),
        );
    let site_dir = common::site(&[("linde.yaml", &profile)]);
    let res = site::build(site_dir.path(), &Law::load().unwrap(), &Options::default());
    let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let linde = res.tree.unwrap();
    let linde_page = String::from_utf8(linde.get("linde/nl/index.html").unwrap().to_vec()).unwrap();
    assert!(
        linde_page.contains(&format!(
            "<td data-label=\"Privacyverklaring van de verwerker\"><a href=\"{long}\""
        )),
        "the long URL is in a table cell"
    );
    let tree = example();
    let mut pages: Vec<&str> = tree.paths().filter(|p| p.ends_with(".html")).collect();
    for (t, path) in tree.paths().map(|p| (tree, p)).chain(
        linde
            .paths()
            .filter(|p| p.starts_with("linde/"))
            .map(|p| (&linde, p)),
    ) {
        let to = dir.path().join(path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(&to, t.get(path).unwrap()).unwrap();
    }
    pages.extend(["linde/nl/index.html", "linde/en/index.html"]);
    let frames: String = pages
        .iter()
        .map(|p| {
            format!("<iframe src=\"{p}\" style=\"width:320px;height:600px;border:0\"></iframe>\n")
        })
        .collect();
    let wrapper = format!(
        "<!DOCTYPE html><html><head><title>waiting</title></head><body>\n{frames}<script>
window.addEventListener('load', function () {{
  var wide = [];
  document.querySelectorAll('iframe').forEach(function (f) {{
    var d = f.contentDocument.documentElement;
    if (d.scrollWidth > 320) wide.push(f.getAttribute('src') + ' ' + d.scrollWidth);
  }});
  document.title = 'checked ' + document.querySelectorAll('iframe').length + ': ' + wide.join(', ');
}});
</script></body></html>"
    );
    std::fs::write(dir.path().join("wrapper-320.html"), wrapper).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--allow-file-access-from-files",
            "--virtual-time-budget=20000",
            "--timeout=60000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!(
            "file://{}",
            dir.path().join("wrapper-320.html").display()
        ))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_default();
    assert_eq!(
        title,
        format!("checked {}: ", pages.len()),
        "pages wider than 320 px (path, scrollWidth)"
    );
}
