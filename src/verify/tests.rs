//! The page review's own tests: every "never on a page" rule fires on the defect it quotes
//! and not on the correct wording; the scope fields (languages, jurisdictions, kinds,
//! sections, page and profile conditions) do what the catalogue says; the outdated-wording
//! catalogue is read over page text too.

use super::rules::{page_rules, PageRule};
use super::*;
use crate::check::catalogue::catalogue;
use crate::model::{Meta, Rich, Section};

fn scope_of(r: &PageRule) -> Scope<'static> {
    Scope {
        lang: r.languages.first().copied().unwrap_or(Lang::Nl),
        kind: Some(r.kinds.first().copied().unwrap_or(DocumentKind::Statement)),
        jurisdiction: r.jurisdictions.first().copied(),
        profile: None,
        effective: None,
    }
}

fn fires(rule: &str, text: &str, scope: &Scope) -> bool {
    review_text(text, scope)
        .unwrap()
        .iter()
        .any(|f| f.rule == rule)
}

fn nl(kind: DocumentKind, j: Jurisdiction) -> Scope<'static> {
    Scope {
        lang: Lang::Nl,
        kind: Some(kind),
        jurisdiction: Some(j),
        profile: None,
        effective: None,
    }
}

#[test]
fn the_catalogue_parses_and_every_rule_gives_its_reason() {
    let rules = page_rules().expect("page rule data");
    assert!(rules.len() >= 40, "{}", rules.len());
    for r in rules {
        assert!(r.id.starts_with("page/"), "{}", r.id);
        for (what, v) in [
            ("review", &r.review),
            ("reason", &r.reason),
            ("citation", &r.citation),
            ("message", &r.message),
            ("help", &r.help),
        ] {
            assert!(!v.trim().is_empty(), "{}: no {what}", r.id);
        }
        // A page rule's id never collides with a check rule's.
        assert!(catalogue().unwrap().get(&r.id).is_none(), "{}", r.id);
    }
}

#[test]
fn every_rule_fires_on_the_quoted_defect_and_not_on_the_right_wording() {
    let mut failures = Vec::new();
    for r in page_rules().unwrap() {
        let scope = scope_of(r);
        for bad in &r.bad {
            if !fires(&r.id, bad, &scope) {
                failures.push(format!("{} does not fire on: {bad}", r.id));
            }
        }
        for good in &r.good {
            if fires(&r.id, good, &scope) {
                failures.push(format!("{} fires on the good example: {good}", r.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every must-fix item of both reviews is a page rule, or (where the defect is a missing
/// fact of the profile, not words on a page) a rule of the profile check.
#[test]
fn every_must_fix_item_of_the_reviews_has_a_rule() {
    let rules = page_rules().unwrap();
    let cites = |item: &str| {
        rules.iter().any(|r| {
            r.review.split(';').any(|part| {
                let part = part.trim();
                let Some(rest) = part.strip_prefix(item.split(' ').next().unwrap()) else {
                    return false;
                };
                let want = item.split(' ').nth(1).unwrap();
                rest.split([',', ' ']).any(|n| n.trim() == want)
            })
        })
    };
    let mut missing = Vec::new();
    for n in 1..=17 {
        let item = format!("review-nl {n}");
        if !cites(&item) {
            missing.push(item);
        }
    }
    for n in 1..=14 {
        let item = format!("review-nb M{n}");
        if !cites(&item) {
            missing.push(item);
        }
    }
    assert!(missing.is_empty(), "no rule for: {missing:?}");
    // review-nl 18 (controller identity) and 19 (Art. 13(2)(e)) are facts the profile must
    // give: the profile check has the rules.
    let cat = catalogue().unwrap();
    for id in [
        "gdpr/art13-1a-controller-address",
        "gdpr/art13-1a-controller-contact",
        "gdpr/art13-2e-provision",
    ] {
        assert!(cat.get(id).is_some(), "{id}");
    }
}

#[test]
fn scope_languages_jurisdictions_and_kinds() {
    let text = "Dit recht geldt niet voor gegevens die wij moeten bewaren, zoals het medisch dossier volgens de WGBO.";
    let id = "page/nl-erasure-denies-record";
    assert!(fires(
        id,
        text,
        &nl(DocumentKind::Statement, Jurisdiction::NL)
    ));
    // Belgian law has no destruction right: the same sentence is right for a Belgian clinic.
    assert!(!fires(
        id,
        text,
        &nl(DocumentKind::Statement, Jurisdiction::BE)
    ));
    // Kinds: a reglement may say "deze privacyverklaring" of nothing else, a statement may not
    // call itself a reglement.
    let id = "page/reglement-calls-itself-statement";
    let text = "Dit is versie 2.0 van deze privacyverklaring.";
    assert!(fires(
        id,
        text,
        &nl(DocumentKind::Reglement, Jurisdiction::NL)
    ));
    assert!(!fires(
        id,
        text,
        &nl(DocumentKind::Statement, Jurisdiction::NL)
    ));
    // Languages: `nl` covers `nl-BE`, unless the rule names exact languages.
    let be = Scope {
        lang: Lang::NlBe,
        ..nl(DocumentKind::Reglement, Jurisdiction::NL)
    };
    assert!(fires(id, text, &be));
    let text = "Dit reglement is opgesteld in uitvoering van:\n- de AVG";
    assert!(fires(
        "page/nl-in-uitvoering-van",
        text,
        &nl(DocumentKind::Reglement, Jurisdiction::NL)
    ));
    assert!(!fires("page/nl-in-uitvoering-van", text, &be));
}

#[test]
fn a_page_may_say_what_the_profile_states_and_no_more() {
    let id = "page/camera-purpose-not-stated";
    let text = "Wij gebruiken camera's voor de veiligheid van personen en goederen.";
    let mut scope = nl(DocumentKind::Statement, Jurisdiction::NL);
    scope.profile = Some("cameras:\n  purpose:\n    nl: de veiligheid van patiënten\n");
    assert!(fires(id, text, &scope));
    scope.profile = Some("cameras:\n  purpose:\n    nl: de veiligheid van personen en goederen\n");
    assert!(!fires(id, text, &scope));
    // when_profile: the ombudsdienst rule is about hospitals.
    let id = "page/be-hospital-without-ombudsdienst";
    let text = "Met klachten over de zorg kunt u terecht bij de bevoegde rechter.";
    let mut scope = nl(DocumentKind::Statement, Jurisdiction::BE);
    scope.profile = Some("controller:\n  kind: rehabilitation_hospital\n");
    assert!(fires(id, text, &scope));
    scope.profile = Some("controller:\n  kind: physiotherapy_practice\n");
    assert!(!fires(id, text, &scope));
}

#[test]
fn a_statute_cited_elsewhere_on_the_page_counts() {
    let id = "page/nl-research-without-7-458";
    let scope = nl(DocumentKind::Statement, Jurisdiction::NL);
    let lead = "Rechtsgrond: wetenschappelijk onderzoek met passende waarborgen (artikel 9 lid 2 sub j AVG).";
    assert!(fires(id, lead, &scope));
    let page = format!("{lead}\nZonder uw toestemming alleen onder de voorwaarden van artikel 7:458 BW en artikel 24 UAVG.");
    assert!(!fires(id, &page, &scope));
}

#[test]
fn the_outdated_wording_catalogue_reads_page_text() {
    let scope = nl(DocumentKind::Statement, Jurisdiction::NL);
    let f = review_text(
        "Wij volgen de Wet bescherming persoonsgegevens (Wbp).",
        &scope,
    )
    .unwrap();
    assert!(f.iter().any(|f| f.rule.starts_with("lint/")), "{f:?}");
    // "As long as necessary" is fine in a section that gives the periods.
    let f = review_text(
        "Wij bewaren uw gegevens niet langer dan nodig.\nUw dossier bewaren wij 20 jaar na de laatste wijziging.",
        &scope,
    )
    .unwrap();
    assert!(
        !f.iter().any(|f| f.rule == "lint/as-long-as-necessary-nl"),
        "{f:?}"
    );
    let f = review_text("Wij bewaren uw gegevens niet langer dan nodig.", &scope).unwrap();
    assert!(
        f.iter().any(|f| f.rule == "lint/as-long-as-necessary-nl"),
        "{f:?}"
    );
}

fn doc(blocks: Vec<Block>, kind: DocumentKind) -> Document {
    let mut d = sketch("", Lang::Nl, kind);
    d.meta = Meta {
        title: "Privacyverklaring".into(),
        ..d.meta
    };
    d.sections = vec![Section {
        id: "complaints".into(),
        number: None,
        heading: "Klachten".into(),
        blocks,
        covers: Vec::new(),
    }];
    d
}

#[test]
fn a_lead_sentence_needs_its_list() {
    let p = |t: &str| Block::Paragraph {
        text: Rich::text(t),
    };
    let list = |items: &[&str]| Block::List {
        ordered: false,
        items: items.iter().map(|i| Rich::text(*i)).collect(),
    };
    let hanging = doc(
        vec![p("Over de zorg zelf kunt u ook terecht bij:"), list(&[])],
        DocumentKind::Statement,
    );
    let f = review(
        &hanging,
        "x/nl/index.html",
        None,
        Some(Jurisdiction::NL),
        None,
    )
    .unwrap();
    let rules: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"page/lead-without-list"), "{rules:?}");
    assert!(rules.contains(&"page/empty-block"), "{rules:?}");
    assert_eq!(f[0].page, "x/nl/index.html");
    // The lead as the section's last block hangs too; with its item it does not.
    let last = doc(vec![p("Reglementet bygger på:")], DocumentKind::Reglement);
    let f = review(&last, "p", None, None, None).unwrap();
    assert!(f.iter().any(|f| f.rule == "page/lead-without-list"));
    let fine = doc(
        vec![
            p("Over de zorg zelf kunt u ook terecht bij:"),
            list(&["de ombudsdienst"]),
        ],
        DocumentKind::Statement,
    );
    assert!(review(&fine, "p", None, Some(Jurisdiction::NL), None)
        .unwrap()
        .is_empty());
    // The list may come under subheadings (KEI's file structure); a subheading alone is no list.
    let sub = |t: &str| Block::Subheading {
        text: t.to_string(),
        number: None,
    };
    let grouped = doc(
        vec![
            p("Onze patiëntenbestanden bestaan uit de volgende onderdelen:"),
            sub("Administratieve gegevens"),
            list(&["identificatiegegevens"]),
        ],
        DocumentKind::Statement,
    );
    let f = review(&grouped, "p", None, Some(Jurisdiction::NL), None).unwrap();
    assert!(f.is_empty(), "{f:?}");
    let headings_only = doc(
        vec![
            p("Onze patiëntenbestanden bestaan uit de volgende onderdelen:"),
            sub("Administratieve gegevens"),
        ],
        DocumentKind::Statement,
    );
    let f = review(&headings_only, "p", None, Some(Jurisdiction::NL), None).unwrap();
    assert!(f.iter().any(|f| f.rule == "page/lead-without-list"));
}

#[test]
fn the_html_page_is_read_with_its_chrome_and_source() {
    let d = doc(Vec::new(), DocumentKind::Statement);
    let html = "<html><body><nav><a href=\"../reglement/\">Privacyverklaring</a></nav>\
                <p>Zie research/domain.md</p><dl>\n</dl></body></html>";
    let f = review(
        &d,
        "x/nl/index.html",
        Some(html),
        Some(Jurisdiction::NL),
        None,
    )
    .unwrap();
    let rules: Vec<&str> = f.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"page/private-tag"), "{rules:?}");
    assert!(rules.contains(&"page/empty-html-element"), "{rules:?}");
}

#[test]
fn the_same_words_on_one_page_are_one_finding_with_a_count() {
    let scope = nl(DocumentKind::Reglement, Jurisdiction::NL);
    let f = review_text(
        "Dit is versie 1 van deze privacyverklaring.\nWij kunnen Deze privacyverklaring wijzigen.",
        &scope,
    )
    .unwrap();
    let f: Vec<&Finding> = f
        .iter()
        .filter(|f| f.rule == "page/reglement-calls-itself-statement")
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].count, 2);
    assert!(f[0].to_string().contains("(×2)"), "{}", f[0]);
}

#[test]
fn explain_prints_the_reason_and_the_quotes() {
    let r = rules::get("page/nl-erasure-denies-record").unwrap();
    let s = rules::explain(r);
    assert!(s.contains("7:455 BW"), "{s}");
    assert!(s.contains("Never on a page:"), "{s}");
    assert!(s.contains("review-nl 1"), "{s}");
    assert!(!s.contains("[unverified"), "{s}");
}

#[test]
fn docs_check_md_lists_every_page_rule() {
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/check.md"),
    )
    .unwrap();
    for r in page_rules().unwrap() {
        let anchor = format!("<a id=\"{}\"></a>", r.anchor());
        assert!(docs.contains(&anchor), "docs/check.md lacks {}", r.id);
    }
}
