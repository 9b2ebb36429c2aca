//! The reglement, the notice and the exports: article numbering and the table of contents,
//! cross-references, snapshots of KEI's reglement, the JSON round trip, and that every
//! document kind builds for every example clinic in every language.

mod common;

use privgen::law::Law;
use privgen::load::text::Lang;
use privgen::model::{self, Block, DocumentKind, Span};
use privgen::output::OutputTree;
use privgen::render::export;
use privgen::site::{self, Options};
use std::sync::OnceLock;

fn example() -> &'static OutputTree {
    static TREE: OnceLock<OutputTree> = OnceLock::new();
    TREE.get_or_init(|| {
        let law = Law::load().unwrap();
        // Drafts included (DermaMediSpa is one): their exports exist in a preview build.
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

fn file(path: &str) -> String {
    common::as_default_build(
        String::from_utf8(
            example()
                .get(path)
                .unwrap_or_else(|| panic!("no {path}"))
                .to_vec(),
        )
        .unwrap(),
    )
}

#[test]
fn kei_reglement_has_18_numbered_articles_with_a_linked_toc() {
    for lang in ["nl-BE", "en"] {
        let html = file(&format!("kei/{lang}/reglement/index.html"));
        let word = if lang == "en" { "Article" } else { "Artikel" };
        for n in 1..=18 {
            assert!(
                html.contains(&format!("{word} {n}: ")),
                "{lang}: no article {n}"
            );
        }
        assert!(
            !html.contains(&format!("{word} 19: ")),
            "{lang}: more than 18 articles"
        );
        // Every TOC link points at a section on the page, in order.
        let toc = html
            .split("<nav class=\"toc\"")
            .nth(1)
            .unwrap()
            .split("</nav>")
            .next()
            .unwrap();
        let targets: Vec<&str> = toc
            .split("href=\"#")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        assert_eq!(targets.len(), 18);
        let mut last = 0;
        for t in &targets {
            let pos = html
                .find(&format!("<section id=\"{t}\""))
                .unwrap_or_else(|| panic!("{lang}: TOC link #{t} has no section"));
            assert!(pos > last, "{lang}: sections out of TOC order at {t}");
            last = pos;
        }
        // Every in-page link resolves.
        for href in html
            .split("href=\"#")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
        {
            assert!(
                html.contains(&format!("id=\"{href}\"")),
                "{lang}: dangling #{href}"
            );
        }
    }
}

#[test]
fn cross_references_are_numbered_links() {
    let html = file("kei/nl-BE/reglement/index.html");
    // The scope article refers to the persons, data and purposes articles by number.
    assert!(
        html.contains("<a href=\"#persons\">artikel 4</a>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"#data\">artikel 5</a>"));
    assert!(html.contains("<a href=\"#purposes\">artikel 6</a>"));
    // The deletion article refers to the retention article (the seed said "artikel 15").
    assert!(html.contains("<a href=\"#retention\">artikel 14</a>"));
    // A reference written in the profile ({ref:staff}).
    assert!(html.contains("<a href=\"#staff\" rel=\"noopener noreferrer\">artikel 9</a>"));
    let en = file("kei/en/reglement/index.html");
    assert!(en.contains("<a href=\"#retention\">Article 14</a>"));
    // In the unnumbered statement the same reference names the section.
    let st = file("kei/nl-BE/index.html");
    assert!(
        st.contains("<a href=\"#retention\">‘Hoe lang bewaren wij uw gegevens?’</a>"),
        "statement xref"
    );
}

#[test]
fn paragraphs_are_numbered_within_articles() {
    let html = file("kei/nl-BE/reglement/index.html");
    let article = html
        .split("<section id=\"file-structure\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    for n in 1..=3 {
        assert!(
            article.contains(&format!("id=\"file-structure-p{n}\">§ {n}. ")),
            "§{n}"
        );
    }
}

#[test]
fn an_unknown_cross_reference_is_a_build_error() {
    let p = common::MINIMAL.replace(
        "    basis: { art6: contract",
        "    description: \"Zie {ref:bewaring}.\"\n    basis: { art6: contract",
    );
    let dir = common::site(&[("linde.yaml", &p)]);
    let law = Law::load().unwrap();
    let res = site::build(dir.path(), &law, &Options::default());
    let d = res
        .diagnostics
        .iter()
        .find(|d| d.code == "profile/unknown-reference")
        .unwrap_or_else(|| panic!("{:#?}", res.diagnostics));
    assert!(d.message.contains("{ref:bewaring}"), "{}", d.message);
    assert_eq!(d.field.as_deref(), Some("purposes[0].description"));
    assert_eq!(d.line, Some(14));
    assert!(res.tree.is_none());
}

#[test]
fn every_kind_builds_for_every_clinic_in_nl_nb_and_en() {
    let law = Law::load().unwrap();
    let (locales, _) = privgen::load::locales::load(&common::repo());
    let (wording, _) = privgen::i18n::Wording::new(&locales);
    for id in common::EXAMPLES {
        let path = common::repo().join(format!("content/{id}.yaml"));
        let lp = privgen::load::load_profile(&path, std::path::Path::new("x.yaml")).unwrap();
        let data = law.get(lp.profile.jurisdiction);
        for lang in Lang::all() {
            // A language the profile does not publish may lack its texts (a language added
            // as a folder): then only those are reported missing.
            let r = match model::build_reglement(&lp, data, &wording, lang) {
                Ok(r) => r,
                Err(e)
                    if !lp.profile.languages.contains(&lang)
                        && e.iter().all(|d| d.code == "profile/missing-translation") =>
                {
                    continue
                }
                Err(e) => panic!("{id} reglement {lang}: {e:#?}"),
            };
            let numbers: Vec<u32> = r.sections.iter().map(|s| s.number.unwrap()).collect();
            assert_eq!(
                numbers,
                (1..=r.sections.len() as u32).collect::<Vec<_>>(),
                "{id}/{lang}"
            );
            assert_eq!(r.sections[0].id, "purpose");
            assert_eq!(r.sections.last().unwrap().id, "changes");
            // No unresolved reference survives.
            for s in &r.sections {
                for b in &s.blocks {
                    if let Block::Paragraph { text } = b {
                        assert!(!text.0.iter().any(|x| matches!(x, Span::Ref { .. })));
                        assert!(
                            !text.plain().contains('\u{E000}'),
                            "{id}/{lang}: raw xref token"
                        );
                    }
                }
            }
            let n = model::build_notice(&lp, data, &wording, lang)
                .unwrap_or_else(|e| panic!("{id} notice {lang}: {e:#?}"));
            assert!(
                n.section("who").is_some()
                    && n.section("rights").is_some()
                    && n.section("complaint").is_some()
            );
            model::build_statement(&lp, data, &wording, lang).unwrap();
        }
    }
}

#[test]
fn notice_links_to_the_full_texts_and_matches_the_statement() {
    let html = file("kei/nl-BE/notice/index.html");
    assert!(html.contains("href=\"../\""), "link to the statement");
    assert!(
        html.contains("href=\"../reglement/\""),
        "link to the reglement"
    );
    assert!(html.contains("Gegevensbeschermingsautoriteit"));
    let html = file("pure-aesthetics/nl/notice/index.html");
    assert!(
        html.contains("camera"),
        "cameras are high-impact processing"
    );
    assert!(
        html.contains("20 jaar"),
        "the record retention is in the notice"
    );
    assert!(
        !html.contains("href=\"../reglement/\""),
        "Pure Aesthetics publishes no reglement"
    );
}

#[test]
fn exports_exist_for_every_document_and_round_trip() {
    let tree = example();
    let mut n = 0;
    for page in tree.paths().filter(|p| {
        p.ends_with("/index.html") && p.matches('/').count() >= 2 && !p.contains("/archive/")
    }) {
        let dir = page.trim_end_matches("index.html");
        let base = if dir.ends_with("reglement/") {
            "reglement"
        } else if dir.ends_with("notice/") {
            "notice"
        } else {
            "privacy"
        };
        let json = file(&format!("{dir}{base}.json"));
        let doc = export::read_json(&json).unwrap_or_else(|e| panic!("{dir}: {e}"));
        assert_eq!(export::json(&doc), json, "{dir}: JSON does not round-trip");
        let md = file(&format!("{dir}{base}.md"));
        assert!(md.starts_with("# "), "{dir}");
        assert!(
            !md.contains("<script") && !md.contains("javascript:"),
            "{dir}"
        );
        let txt = file(&format!("{dir}{base}.txt"));
        for line in txt.lines() {
            // A single word longer than the width (a URL) may overflow; nothing else does.
            assert!(
                line.chars().count() <= export::TEXT_WIDTH || !line.trim().contains(' '),
                "{dir}: line too long: {line}"
            );
        }
        assert_eq!(
            doc.kind.key(),
            if base == "privacy" { "statement" } else { base }
        );
        n += 1;
    }
    assert_eq!(
        n,
        5 * 2 + 2 * 2 + 5 * 2 + 3,
        "statement+notice for 5 clinics, reglement for 2, 2 languages each, and KEI's third (fr-BE)"
    );
}

#[test]
fn json_refuses_other_schema_versions() {
    let json = file("kei/en/reglement/reglement.json");
    let other = json.replacen("\"version\": 1", "\"version\": 99", 1);
    assert!(export::read_json(&other)
        .unwrap_err()
        .contains("version 99"));
}

#[test]
fn reglement_snapshots() {
    insta::assert_snapshot!(
        "kei-reglement-nl-BE",
        file("kei/nl-BE/reglement/index.html")
    );
    insta::assert_snapshot!("kei-reglement-en", file("kei/en/reglement/index.html"));
    insta::assert_snapshot!("kei-notice-nl-BE", file("kei/nl-BE/notice/index.html"));
    insta::assert_snapshot!(
        "kei-reglement-nl-BE-txt",
        file("kei/nl-BE/reglement/reglement.txt")
    );
    insta::assert_snapshot!("kei-reglement-en-md", file("kei/en/reglement/reglement.md"));
    insta::assert_snapshot!(
        "kei-reglement-fr-BE",
        file("kei/fr-BE/reglement/index.html")
    );
    insta::assert_snapshot!("kei-notice-fr-BE", file("kei/fr-BE/notice/index.html"));
    insta::assert_snapshot!(
        "kei-reglement-fr-BE-txt",
        file("kei/fr-BE/reglement/reglement.txt")
    );
}

#[test]
fn kinds_have_their_own_paths() {
    let _ = DocumentKind::Reglement;
    for p in [
        "kei/nl-BE/reglement/index.html",
        "kei/nl-BE/notice/index.html",
        "kei/nl-BE/index.html",
        "optimal-care/nl/reglement/index.html",
        "optimal-care/en/notice/index.html",
    ] {
        assert!(example().get(p).is_some(), "{p}");
    }
    let sitemap = file("sitemap.xml");
    assert!(sitemap.contains("<loc>https://privacy.example.org/kei/nl-BE/reglement/</loc>"));
    assert!(
        sitemap.contains("hreflang=\"en\" href=\"https://privacy.example.org/kei/en/reglement/\"")
    );
}

/// The notice says no more than the profile: Pure Aesthetics records calls only with
/// explicit consent, so its notice says so and offers no "you can refuse" opt-out, and
/// names no purpose ("for training") the profile does not give (review-nl item 10 in the
/// first layer).
#[test]
fn the_notice_states_call_recording_as_the_profile_does() {
    let law = Law::load().unwrap();
    let (locales, _) = privgen::load::locales::load(&common::repo());
    let (wording, _) = privgen::i18n::Wording::new(&locales);
    let path = common::repo().join("content/pure-aesthetics.yaml");
    let lp = privgen::load::load_profile(&path, std::path::Path::new("x.yaml")).unwrap();
    let data = law.get(lp.profile.jurisdiction);
    let n = model::build_notice(&lp, data, &wording, Lang::Nl).unwrap();
    let text: String = n
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Paragraph { text } => Some(text.plain()),
            Block::List { items, .. } => Some(
                items
                    .iter()
                    .map(|i| i.plain())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("Telefoongesprekken met onze medewerkers nemen wij alleen met uw uitdrukkelijke toestemming op."),
        "{text}"
    );
    assert!(!text.contains("u kunt dat weigeren"), "{text}");
    assert!(!text.contains("voor training"), "{text}");
    assert!(
        text.contains("Opnemen van telefoongesprekken (alleen met uw uitdrukkelijke toestemming)"),
        "{text}"
    );
}

/// A purpose with a ground beside consent (MST's research: consent, or no objection under
/// art. 7:458 BW) is not labelled "only with your consent" in the notice (review-nl item 13).
#[test]
fn the_notice_labels_only_purposes_that_rest_on_consent_alone() {
    let law = Law::load().unwrap();
    let (locales, _) = privgen::load::locales::load(&common::repo());
    let (wording, _) = privgen::i18n::Wording::new(&locales);
    let path = common::repo().join("content/mst.yaml");
    let lp = privgen::load::load_profile(&path, std::path::Path::new("x.yaml")).unwrap();
    let n = model::build_notice(&lp, law.get(lp.profile.jurisdiction), &wording, Lang::Nl).unwrap();
    let purposes = n.section("purposes").unwrap();
    let items: Vec<String> = purposes
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List { items, .. } => Some(items.iter().map(|i| i.plain()).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(
        items.iter().any(|i| i == "Wetenschappelijk onderzoek"),
        "{items:?}"
    );
    assert!(
        !items.iter().any(|i| i.contains("alleen met uw")),
        "{items:?}"
    );
}
