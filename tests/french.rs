//! French typography on the pages and exports privgen writes: a no-break space (U+00A0)
//! before `:` `;` `?` `!` and inside « », in the wording (`locales/fr*/`) and in the
//! separators the program itself puts between a label and its value (`sep-label`) or between
//! the parts of one item (`sep-list`); the plain-text export never breaks a line there.

mod common;

use privgen::law::Law;
use privgen::output::OutputTree;
use privgen::site::{self, Options};
use regex::Regex;
use std::sync::OnceLock;

const NBSP: char = '\u{a0}';

fn example() -> &'static OutputTree {
    static TREE: OnceLock<OutputTree> = OnceLock::new();
    TREE.get_or_init(|| {
        let law = Law::load().unwrap();
        let res = site::build(&common::repo(), &law, &Options::default());
        let errors: Vec<_> = res.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        res.tree.unwrap()
    })
}

fn file(path: &str) -> String {
    let bytes = example()
        .get(path)
        .unwrap_or_else(|| panic!("no file {path}"));
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Places in `text` where French typography is broken: a high punctuation mark (`:` `;` `?`
/// `!`) that ends a clause with a plain space or no space before it, « or » with a plain
/// space inside, a no-break space left before "." or "," (a list's last ";" turned into "."
/// keeps none). Web addresses (`https://`, `mailto:`) are not prose.
fn typography_faults(text: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?m)(\S|^) [:;?!»]|[^\s\x{a0}\x{202f}][:;?!](\s|$)|« |[\x{a0}\x{202f}][.,]")
            .unwrap()
    });
    re.find_iter(text)
        .filter(|m| {
            let before = &text[..m.start()];
            let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
            !(word.contains("http") || word.ends_with("mailto") || word.ends_with("tel"))
        })
        .map(|m| {
            let from = text[..m.start()]
                .char_indices()
                .rev()
                .nth(30)
                .map_or(0, |(i, _)| i);
            let to = text[m.end()..]
                .char_indices()
                .nth(20)
                .map_or(text.len(), |(i, _)| m.end() + i);
            text[from..to].replace(NBSP, "⍽")
        })
        .collect()
}

#[test]
fn the_fault_finder_sees_each_kind_of_fault() {
    for bad in [
        "Adresse postale: rue",
        "Adresse postale : rue",
        "internes;\n- la suite",
        "Qui êtes-vous ?",
        "la partie « Qui »",
        "de conserver les données\u{a0}.",
    ] {
        assert!(!typography_faults(bad).is_empty(), "{bad:?}");
    }
    for good in [
        "Adresse postale\u{a0}: rue",
        "internes\u{a0};\n- la suite",
        "Qui êtes-vous\u{a0}?",
        "la partie «\u{a0}Qui\u{a0}»",
        "voir https://www.autoriteprotectiondonnees.be/citoyen ou mailto:dpo@kei.be",
        "6.1.f) du RGPD",
    ] {
        assert_eq!(typography_faults(good), Vec::<String>::new(), "{good:?}");
    }
}

/// The French wording itself: every message value of every French locale.
#[test]
fn french_wording_puts_a_no_break_space_before_high_punctuation() {
    let mut faults = Vec::new();
    for entry in std::fs::read_dir(common::repo().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        let tag = dir.file_name().unwrap().to_string_lossy().to_string();
        if tag != "fr" && !tag.starts_with("fr-") {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let path = f.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for (i, line) in src.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                // The message's value (after `id =`), or a continuation line.
                let value = match line.split_once(" = ") {
                    Some((id, v)) if !id.starts_with(' ') => v,
                    _ => line,
                };
                // A quoted separator writes its no-break space as an escape: `{"\u00A0: "}`.
                let value = value.replace("\\u00A0", "\u{a0}");
                for f in typography_faults(&value) {
                    faults.push(format!("{}:{}: {f}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The text of an HTML page as a reader sees it, no-break spaces kept (unlike
/// `common::page_text`, which collapses every white space): tags become spaces.
fn visible_text(html: &str) -> String {
    let body = html.split("<body>").nth(1).unwrap_or(html);
    let no_comments = Regex::new(r"(?s)<!--.*?-->").unwrap().replace_all(body, "");
    let no_tags = Regex::new(r"<[^>]*>")
        .unwrap()
        .replace_all(&no_comments, " ");
    no_tags
        .replace("&nbsp;", "\u{a0}")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn separators_on_kei_french_pages_and_exports_are_french() {
    let txt = file("kei/fr-BE/privacy.txt");
    assert!(txt.contains("Adresse postale\u{a0}: "), "{txt}");
    assert!(txt.contains("Numéro d'entreprise (BCE)\u{a0}: "), "{txt}");
    let md = file("kei/fr-BE/privacy.md");
    assert!(md.contains("**Adresse postale**\u{a0}: "), "{md}");
    let html = file("kei/fr-BE/index.html");
    assert!(
        html.contains("content=\"Déclaration de confidentialité\u{a0}: Koningin"),
        "meta description"
    );
    assert!(html.contains("<strong>le médecin en chef</strong>\u{a0}: "));
    // "(article 9.2.h) et 9.3 du RGPD) ; dispositions nationales applicables : …"
    assert!(html.contains("du RGPD)\u{a0}; dispositions nationales"));
    let reglement = file("kei/fr-BE/reglement/reglement.txt");
    assert!(
        reglement.contains("Article 1er\u{a0}: Objet"),
        "{reglement}"
    );

    let mut faults = Vec::new();
    for (path, bytes) in example().iter() {
        // JSON keeps the model's values; a PDF (the `pdf` feature) is read by tests/pdf.rs.
        if !path.starts_with("kei/fr-BE/") || path.ends_with(".json") || path.ends_with(".pdf") {
            continue;
        }
        let s = String::from_utf8(bytes.to_vec()).unwrap();
        let text = if path.ends_with(".html") {
            visible_text(&s)
        } else {
            s
        };
        for f in typography_faults(&text) {
            faults.push(format!("{path}: {f}"));
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_french_text_export_never_breaks_a_line_at_a_no_break_space() {
    let mut seen = 0;
    for (path, bytes) in example().iter() {
        if !path.starts_with("kei/fr-BE/") || !path.ends_with(".txt") {
            continue;
        }
        let s = String::from_utf8(bytes.to_vec()).unwrap();
        seen += s.matches(NBSP).count();
        for (i, line) in s.lines().enumerate() {
            let t = line.trim_start();
            assert!(
                !t.starts_with([':', ';', '?', '!', '»', NBSP]) && !line.ends_with(['«', NBSP]),
                "{path}:{}: {line:?}",
                i + 1
            );
        }
    }
    // The no-break spaces are kept as written (the wrapper once turned them into spaces).
    assert!(seen > 100, "{seen} no-break spaces in the text exports");
}

#[test]
fn english_separators_stay_english() {
    let txt = file("kei/en/privacy.txt");
    assert!(txt.contains("Postal address: "), "{txt}");
    assert!(!txt.contains(NBSP));
    let html = file("kei/en/index.html");
    assert!(html.contains("</strong>: "));
    assert!(!html.contains(NBSP));
}

/// France's law and the repealed Belgian law on a generated Belgian page in French are
/// caught by the page's self-review: by the wording catalogue (`lint/…`, read over every page)
/// or, for the forms it misses, by the "never on a page" rules (`page/be-fr-…`). Each phrase
/// is reported once.
#[test]
fn french_and_repealed_law_on_a_belgian_french_page_is_caught() {
    use privgen::load::profile::{DocumentKind, Jurisdiction};
    use privgen::load::text::Lang;
    use privgen::verify::{review_text, Scope};
    let scope = Scope {
        lang: Lang::parse("fr-BE").unwrap(),
        kind: Some(DocumentKind::Statement),
        jurisdiction: Jurisdiction::parse("BE"),
        profile: None,
        effective: None,
    };
    let cases = [
        (
            "Vous pouvez introduire une plainte auprès de la CNIL.",
            "lint/be-fr-foreign-authority",
        ),
        (
            "Votre dossier est conservé conformément au Code de la santé publique.",
            "lint/be-fr-french-law",
        ),
        (
            "Vos données sont traitées conformément à la loi du 8 décembre 1992.",
            "lint/be-fr-loi-vie-privee-1992",
        ),
        (
            "Vous pouvez vous adresser à la Commission de la protection de la vie privée.",
            "lint/be-fr-commission-vie-privee",
        ),
        (
            "Vos données sont traitées conformément à la directive 95/46/CE.",
            "lint/directive-95-46-fr",
        ),
        (
            "Vos données sont traitées conformément à la directive 95/46.",
            "page/be-fr-directive-95-46",
        ),
        (
            "Vos données sont traitées conformément à la loi Informatique et Libertés.",
            "lint/be-fr-french-law",
        ),
        (
            "Vos données sont traitées conformément à la loi «\u{a0}Informatique et Libertés\u{a0}».",
            "page/be-fr-informatique-et-libertes",
        ),
    ];
    for (text, rule) in cases {
        let found = review_text(text, &scope).unwrap();
        let rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, vec![rule], "{text}");
    }
    let right =
        "Vous pouvez introduire une plainte auprès de l'Autorité de protection des données \
                 (APD), qui a succédé à la Commission de la protection de la vie privée. Vos \
                 données sont traitées conformément au RGPD et à la loi du 30 juillet 2018.";
    assert_eq!(review_text(right, &scope).unwrap().len(), 0);
}

/// KEI's pages in Belgian French (statement, reglement, notice) pass their own review.
#[test]
fn kei_french_pages_pass_their_own_review() {
    let law = Law::load().unwrap();
    let root = common::repo();
    let path = root.join("content/kei.yaml");
    let lp = privgen::load::load_profile(&path, std::path::Path::new("content/kei.yaml")).unwrap();
    let fr_be = privgen::load::text::Lang::parse("fr-BE").unwrap();
    let opts = Options {
        langs: vec![fr_be],
        only: vec![lp.id.clone()],
        ..Options::default()
    };
    let res = site::build(&root, &law, &opts);
    let tree = res.tree.expect("built");
    let docs: Vec<_> = res
        .documents
        .iter()
        .filter(|d| d.profile == lp.id)
        .cloned()
        .collect();
    assert_eq!(docs.len(), 3, "statement, reglement and notice");
    let found = privgen::verify::profile_findings(&lp, &docs, &tree).unwrap();
    assert!(found.is_empty(), "{found:#?}");
}
