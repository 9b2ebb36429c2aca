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
    ("kei", &["nl-BE", "en"]),
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
    String::from_utf8(bytes.to_vec()).unwrap()
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
