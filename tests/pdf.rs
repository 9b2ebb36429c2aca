//! The PDF exports (cargo feature `pdf`): written for the statement and the reglement,
//! byte-identical across builds, a table of contents that lists every article with the page
//! it is really on, the footer, and hostile text printed literally.
#![cfg(feature = "pdf")]

mod common;

use privgen::i18n::Wording;
use privgen::law::Law;
use privgen::load::text::Lang;
use privgen::model::{self, Block, Document, Rich, Section, Span};
use privgen::render::pdf;
use privgen::site::{self, Options};
use std::sync::OnceLock;

fn wording() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    W.get_or_init(|| {
        let (locales, _) = privgen::load::locales::load(&common::repo());
        Wording::new(&locales).0
    })
}

fn law() -> &'static Law {
    static L: OnceLock<Law> = OnceLock::new();
    L.get_or_init(|| Law::load().unwrap())
}

fn kei_reglement(lang: Lang) -> Document {
    let path = common::repo().join("content/kei.yaml");
    let lp = privgen::load::load_profile(&path, std::path::Path::new("kei.yaml")).unwrap();
    let data = law().get(lp.profile.jurisdiction);
    model::build_reglement(&lp, data, wording(), lang).unwrap()
}

/// A page's text as one line: whitespace collapsed, dot leaders and word joiners removed.
fn flat(page: &str) -> String {
    page.replace('\u{2060}', "")
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c == '.'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every article is listed in the table of contents, in order, followed by the number of the
/// page (1-based) its heading is on in the body.
fn check_toc(doc: &Document, word: &str, pages: &[String], lang: &str) {
    let n = pages.len();
    let labels: Vec<String> = doc
        .sections
        .iter()
        .map(|s| format!("{word} {}: {}", s.number.unwrap(), s.heading))
        .collect();
    // The body starts on the page that last shows article 1's heading; before it, the TOC.
    let body = (0..n)
        .rev()
        .find(|&i| pages[i].contains(&labels[0]))
        .unwrap();
    assert!(body >= 1, "{lang}: no table of contents before article 1");
    let toc = pages[..body].join(" ");
    let mut from = 0;
    for label in &labels {
        let on = (body..n)
            .find(|&i| pages[i].contains(label.as_str()))
            .unwrap_or_else(|| panic!("{lang}: `{label}` is not in the body"));
        let at = toc[from..]
            .find(label.as_str())
            .unwrap_or_else(|| panic!("{lang}: TOC lacks `{label}` (in order): {toc}"))
            + from;
        from = at + label.len();
        let number = toc[from..].split_whitespace().next().unwrap_or("");
        assert_eq!(
            number,
            (on + 1).to_string(),
            "{lang}: TOC page of `{label}`"
        );
    }
}

/// The table of contents of KEI's reglement lists all 18 articles, in order, each with the
/// number of the page its heading is really on; the footer says "Pagina i van n" and names
/// the clinic and the version on every page.
#[test]
fn toc_lists_every_article_with_its_page() {
    for (lang, word, page_of) in [
        (Lang::NlBe, "Artikel", "Pagina {i} van {n}"),
        (Lang::En, "Article", "Page {i} of {n}"),
    ] {
        let doc = kei_reglement(lang);
        assert_eq!(doc.sections.len(), 18);
        let pages: Vec<String> = pdf::page_texts(&doc, wording())
            .unwrap()
            .iter()
            .map(|p| flat(p))
            .collect();
        let n = pages.len();
        assert!(n >= 4, "{lang}: only {n} pages");
        for (i, p) in pages.iter().enumerate() {
            let footer = page_of
                .replace("{i}", &(i + 1).to_string())
                .replace("{n}", &n.to_string());
            assert!(
                p.ends_with(&footer),
                "{lang}: page {} does not end with `{footer}`: {p}",
                i + 1
            );
            let version = format!("{} · {}", doc.meta.controller, doc.meta.version_line);
            assert!(
                p.contains(&version),
                "{lang}: page {} lacks `{version}`",
                i + 1
            );
        }
        check_toc(&doc, word, &pages, &lang.to_string());
        // No 19th article.
        assert!(!pages.iter().any(|p| p.contains(&format!("{word} 19:"))));
    }
}

/// With poppler's `pdftotext` installed (Debian: poppler-utils), the same from the PDF file.
#[test]
fn pdftotext_reads_the_toc_and_footer_when_available() {
    let doc = kei_reglement(Lang::NlBe);
    let bytes = pdf::pdf(&doc, wording()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("reglement.pdf");
    std::fs::write(&file, &bytes).unwrap();
    let Ok(out) = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
    else {
        // CI installs poppler-utils (.ci/run); elsewhere the layout test above suffices.
        assert!(std::env::var_os("CI").is_none(), "CI must have pdftotext");
        eprintln!("pdftotext not installed: skipped (the layout test above covers the TOC)");
        return;
    };
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let pages: Vec<String> = text
        .split('\u{c}')
        .map(flat)
        .filter(|p| !p.is_empty())
        .collect();
    check_toc(&doc, "Artikel", &pages, "pdftotext");
    assert!(
        pages[0].contains(&format!("Pagina 1 van {}", pages.len())),
        "{}",
        pages[0]
    );
    // Links are links: URI actions for the web and mail addresses.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/URI"), "no link annotations");
}

/// A build in this process and one by the CLI in another give identical PDF bytes, dated by
/// the profile (no clock); the statement and the reglement have a PDF and a link to it, the
/// notice has neither.
#[test]
fn pdf_bytes_are_deterministic() {
    let opts = Options {
        only: vec!["kei".into()],
        langs: vec![Lang::NlBe],
        ..Options::default()
    };
    let res = site::build(&common::repo(), law(), &opts);
    let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let a = res.tree.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_privgen"))
        .arg("-C")
        .arg(common::repo())
        .args(["-q", "build", "--only", "kei", "--lang", "nl-BE", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let pdfs: Vec<&str> = a.paths().filter(|p| p.ends_with(".pdf")).collect();
    assert_eq!(
        pdfs,
        ["kei/nl-BE/privacy.pdf", "kei/nl-BE/reglement/reglement.pdf"]
    );
    for p in pdfs {
        let bytes = a.get(p).unwrap();
        assert!(
            bytes == std::fs::read(out.join(p)).unwrap(),
            "{p} differs between builds"
        );
        let raw = String::from_utf8_lossy(bytes);
        assert!(raw.contains("D:20260101"), "{p}: not dated by the profile");
    }
    let page = |p: &str| String::from_utf8(a.get(p).unwrap().to_vec()).unwrap();
    let link = "<a href=\"reglement.pdf\" download>PDF</a>";
    assert!(
        page("kei/nl-BE/reglement/index.html").contains(link),
        "no PDF link"
    );
    assert!(page("kei/nl-BE/index.html").contains("<a href=\"privacy.pdf\" download>PDF</a>"));
    assert!(
        !page("kei/nl-BE/notice/index.html").contains(".pdf\""),
        "the notice has no PDF"
    );
}

const HOSTILE: &str = r#"#let x = 1 $$ *b* _i_ <l> @r \ [x] // c /* d */ `e` ~ -- = h"#;

/// A clinic name full of Typst syntax prints literally, on the title page and in the footer.
#[test]
fn hostile_clinic_name_prints_literally() {
    let profile = common::MINIMAL.replace(
        "name: Kliniek De Linde B.V.",
        &format!("name: '{HOSTILE}'\n  short_name: '$$ #x'"),
    );
    // The model is built directly: this test is about the PDF, not the profile checks.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("linde.yaml");
    std::fs::write(&path, profile).unwrap();
    let lp = privgen::load::load_profile(&path, std::path::Path::new("linde.yaml")).unwrap();
    let data = law().get(lp.profile.jurisdiction);
    let doc = &model::build_statement(&lp, data, wording(), Lang::Nl).unwrap();
    assert_eq!(doc.meta.controller, HOSTILE);
    assert!(pdf::pdf(doc, wording()).unwrap().starts_with(b"%PDF-"));
    let src = pdf::source(doc, wording());
    // In markup the name only appears escaped; unescaped only inside the metadata strings.
    assert!(src.contains(&pdf::escape(HOSTILE)));
    for line in src.lines() {
        let bare = line
            .match_indices("#let x")
            .any(|(i, _)| i == 0 || line.as_bytes()[i - 1] != b'\\');
        assert!(
            !bare || line.starts_with("#set document(title: \""),
            "unescaped: {line}"
        );
    }
    let pages = pdf::page_texts(doc, wording()).unwrap();
    // On the title page and in every footer.
    for (i, p) in pages.iter().enumerate() {
        let text = p.split_whitespace().collect::<Vec<_>>().join(" ");
        let footer = format!("{HOSTILE} · {}", doc.meta.version_line);
        assert!(
            text.contains(&footer),
            "page {}: no literal `{footer}`: {text}",
            i + 1
        );
    }
}

/// The bundled font has a glyph for every character of every example document, in every
/// language.
#[test]
fn the_font_covers_every_example_document() {
    for id in common::EXAMPLES {
        let path = common::repo().join(format!("content/{id}.yaml"));
        let lp = privgen::load::load_profile(&path, std::path::Path::new("x.yaml")).unwrap();
        let data = law().get(lp.profile.jurisdiction);
        for lang in Lang::all() {
            let built = [
                model::build_statement(&lp, data, wording(), lang),
                model::build_reglement(&lp, data, wording(), lang),
            ];
            // A language the profile does not publish may lack its texts (a language added
            // as a folder): then only those are missing, and there is no document to set.
            if !lp.profile.languages.contains(&lang)
                && built.iter().any(|b| {
                    b.as_ref()
                        .is_err_and(|e| e.iter().all(|d| d.code == "profile/missing-translation"))
                })
            {
                continue;
            }
            for doc in built.into_iter().map(Result::unwrap) {
                let text = serde_json::to_string(&doc).unwrap();
                let missing = pdf::uncovered(&text);
                assert!(missing.is_empty(), "{id}/{lang}: no glyph for {missing:?}");
            }
        }
    }
}

/// A document too long to typeset in reasonable time (docs/limits.md, 200,000 characters) is
/// refused by `check` as by `build`, at once, naming the document; the one just under it is
/// not refused for its length.
#[test]
fn a_document_too_long_for_a_pdf_is_refused_quickly() {
    let with = |n: usize| {
        common::MINIMAL.replacen(
            "  - id: care\n",
            &format!("  - id: care\n    description: \"{}\"\n", "word ".repeat(n)),
            1,
        )
    };
    // The longest real document is far from the limit: KEI's reglement in every language.
    for lang in [Lang::NlBe, Lang::En, Lang::parse("fr-BE").unwrap()] {
        let chars = pdf::markup_chars(&kei_reglement(lang), wording());
        assert!(chars * 4 < pdf::MAX_CHARS, "{lang}: {chars}");
    }
    let long = common::site(&[("linde.yaml", &with(51_000))]);
    for cmd in ["check", "build"] {
        let started = std::time::Instant::now();
        let (code, _, stderr) = common::run(long.path(), &[cmd]);
        assert_eq!(code, 1, "{cmd}: {stderr}");
        assert!(
            stderr.contains("error[render/pdf-too-long]: the statement of `linde` in nl is"),
            "{cmd}: {stderr}"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "{cmd}"
        );
    }
    assert!(!long.path().join("public").exists());
    let short = common::site(&[("linde.yaml", &with(2_000))]);
    let (_, _, stderr) = common::run(short.path(), &["check"]);
    assert!(!stderr.contains("pdf-too-long"), "{stderr}");
}

// The markup layer (these ran as unit tests of `render::pdf`; here, the `pdf` feature's tests
// need one build of the library instead of two).

#[test]
fn escape_covers_typst_syntax() {
    assert_eq!(pdf::escape("#let x = 1"), "\\#let x \\= 1");
    assert_eq!(
        pdf::escape("$$ *a* _b_ `c`"),
        "\\$\\$ \\*a\\* \\_b\\_ \\`c\\`"
    );
    assert_eq!(
        pdf::escape("<x> @y \\ [z] // w"),
        "\\<x\\> \\@y \\\\ \\[z\\] \\/\\/ w"
    );
    assert_eq!(pdf::escape("a\nb\tc\u{7}"), "a b c");
    assert_eq!(pdf::escape("æøå ë §"), "æøå ë §");
    assert_eq!(pdf::string("a \"b\" \\c"), "\"a \\\"b\\\" \\\\c\"");
}

/// A reglement section with one paragraph of `spans`.
fn section(id: &str, spans: Vec<Span>) -> Section {
    Section {
        id: id.into(),
        number: Some(1),
        heading: "H".into(),
        blocks: vec![Block::Paragraph { text: Rich(spans) }],
        covers: vec![],
    }
}

#[test]
fn links_to_missing_or_ambiguous_anchors_stay_text() {
    let link = |href: &str| Span::Link {
        text: "to".into(),
        href: href.into(),
    };
    let md = || Span::Markdown {
        text: "<script>x</script> [m](#nowhere)".into(),
    };
    // `a` twice: no label, so the link to it is text; `#nowhere` too.
    let mut d = kei_reglement(Lang::En);
    d.sections = vec![
        section("a", vec![link("#a"), md()]),
        section("a", vec![link("#b"), md()]),
        section("b", vec![link("#nowhere"), md()]),
    ];
    let src = pdf::source(&d, wording());
    assert!(
        !src.contains("<a>") && src.contains("#link(<b>)[to]"),
        "{src}"
    );
    assert!(
        !src.contains("script") && !src.contains("<nowhere>"),
        "{src}"
    );
    let pages = pdf::page_texts(&d, wording()).unwrap();
    assert!(pages.concat().contains("Page 1 of "), "{pages:?}");
}

#[test]
fn markdown_keeps_emphasis_and_safe_links_and_drops_html() {
    let mut d = kei_reglement(Lang::En);
    d.sections = vec![
        section(
            "intro",
            vec![Span::Markdown {
                text: "*Zie* **ook** [hier](https://a.example/) en [art](#retention), [x](javascript:alert(1)) [y](#nope) <b>weg</b>".into(),
            }],
        ),
        section("retention", vec![Span::Text { text: "t".into() }]),
    ];
    let src = pdf::source(&d, wording());
    assert!(
        src.contains(
            "#emph[Zie] #strong[ook] #link(\"https://a.example/\")[hier] en #link(<retention>)[art]\\, x y weg"
        ),
        "{src}"
    );
}
