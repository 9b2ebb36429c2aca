//! Every citation renders in every language, in its legal system's style.

use super::*;
use crate::law::Law;
use crate::load::profile::Jurisdiction;
use regex::Regex;

/// The repository's wording (not the embedded copy, so an edit is tested at once).
fn wording() -> Wording {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (locales, diags) = crate::load::locales::load(root);
    assert!(
        diags.iter().all(|d| !d.is_error()),
        "{:?}",
        diags.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    Wording::new(&locales).0
}

/// Words that give away another language's citation style, per language of the page.
fn tell_tales(lang: Lang) -> Regex {
    let p = match lang {
        Lang::En => {
            r"\blid\b|\bsub\b|Verordening|\bBS\b|\bStb\.|\bStcrt\.|PbEU|\bjf\.|faktaark|\bartikel\b|\bartikkel\b|\bbijlage\b|\bvedlegg|\bledd\b|\bbokstav\b|gewijzigd|endret|\(oud\)|\bKB\b|\bBVR\b|\bWet van\b|\blov av\b|\bnr\.|\bart\.\s"
        }
        Lang::Nb => {
            r"\blid\b|\bsub\b|Verordening|\bBS\b|\bStb\.|PbEU|\bartikel\b|\bbijlage\b|gewijzigd|\(oud\)|\bKB\b|\bBVR\b|\b[Ww]et van\b|\bArticles?\b|\bsections?\b|\bof the\b|\bAct of\b|fact ?sheet|\bOJ\b|\bNo\.|\bart\.\s"
        }
        // A language added as data has no tell-tales here until someone writes them.
        _ if !lang.is_variant_of(Lang::Nl) => return Regex::new("$^").unwrap(),
        _ => {
            r"\bjf\.|\bledd\b|\bbokstav\b|\bartikkel\b|faktaark|\bArticles?\b|\bsections?\b|\bAct of\b|\bof the\b|\bOJ\b|[Ff]orordning|\bendret\b|\blov av\b|\bNo\.|EUT\b"
        }
    };
    Regex::new(p).unwrap()
}

/// Private tags and paths outside the repository, never shown to a user.
fn private() -> Regex {
    Regex::new(r"(?i)\[unverified|from memory|research/|/work/|domain\.md|\[V\]|\[S\]|\[M\]")
        .unwrap()
}

fn check(what: &str, lang: Lang, text: &str, bad: &mut Vec<String>) {
    if text.trim().is_empty() {
        bad.push(format!("{what} [{lang}]: empty"));
    }
    if let Some(m) = tell_tales(lang).find(text) {
        bad.push(format!("{what} [{lang}]: `{}` in: {text}", m.as_str()));
    }
    if let Some(m) = private().find(text) {
        bad.push(format!(
            "{what} [{lang}]: private `{}` in: {text}",
            m.as_str()
        ));
    }
    if text.contains("  ") || text.starts_with(' ') || text.ends_with(' ') {
        bad.push(format!("{what} [{lang}]: stray space in: {text:?}"));
    }
}

/// Every statute (name, short form, name cited after an article, official citation),
/// every retention rule's and the access right's article, in every language: present,
/// in that language's citation style, without private tags.
#[test]
fn every_citation_renders_in_every_language_without_other_languages_tell_tales() {
    let law = Law::load().unwrap();
    let w = wording();
    let mut bad = Vec::new();
    let mut n = 0;
    for j in Jurisdiction::all() {
        let data = law.get(j);
        for lang in Lang::all() {
            let mut sp = WordingSpeaker { wording: &w, lang };
            for (id, s) in &data.statutes {
                let at = format!("{}: statutes.{id}", j.code());
                check(&format!("{at}.name"), lang, s.name.get(lang), &mut bad);
                if let Some(short) = &s.short {
                    check(&format!("{at}.short"), lang, short.get(lang), &mut bad);
                }
                check(
                    &format!("{at}.cited_as"),
                    lang,
                    s.cited_name(lang),
                    &mut bad,
                );
                if let Some(c) = data.official(id, lang, &mut sp) {
                    check(&format!("{at}.citation"), lang, &c, &mut bad);
                    n += 1;
                }
                // The statute's articles in its style: every statute can be cited.
                let c = Cite {
                    statute: None,
                    art: "2".into(),
                    to: None,
                    par: Some(3),
                    point: Some("b".into()),
                    former: false,
                };
                let t = data.cite(&c, id, lang, &mut sp);
                check(&format!("{at} article"), lang, &t, &mut bad);
            }
            for (at, c, default) in data.all_cites() {
                let t = data.cite(c, default, lang, &mut sp);
                check(&format!("{}: {at}", j.code()), lang, &t, &mut bad);
                assert!(t.contains(c.art.as_str()), "{t}");
                n += 1;
            }
            for (i, r) in data.retention.iter().enumerate() {
                let t = data.cites(&r.article, &r.statute, lang, &mut sp);
                check(&format!("{}: retention[{i}]", j.code()), lang, &t, &mut bad);
            }
            // Other names a page shows beside citations.
            for (i, a) in data.authority.iter().enumerate() {
                let at = format!("{}: authority[{i}]", j.code());
                check(&format!("{at}.name"), lang, a.name.get(lang), &mut bad);
                check(
                    &format!("{at}.complaint_route"),
                    lang,
                    a.complaint_route.get(lang),
                    &mut bad,
                );
            }
            for (id, b) in &data.bodies {
                check(
                    &format!("{}: bodies.{id}", j.code()),
                    lang,
                    b.name.get(lang),
                    &mut bad,
                );
            }
            check(
                &format!("{}: national_id", j.code()),
                lang,
                data.national_id.name.get(lang),
                &mut bad,
            );
            check(
                &format!("{}: camera_retention.source", j.code()),
                lang,
                data.camera_retention.source.get(lang),
                &mut bad,
            );
        }
    }
    assert!(n > 100, "{n}");
    assert!(
        bad.is_empty(),
        "{} problems:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

fn render(lang: Lang, j: Jurisdiction, c: Cite) -> String {
    let law = Law::load().unwrap();
    let w = wording();
    let mut sp = WordingSpeaker { wording: &w, lang };
    let id = c.statute.clone().unwrap();
    law.get(j).cite(&c, &id, lang, &mut sp)
}

fn c(statute: &str, art: &str, par: Option<u32>, point: Option<&str>) -> Cite {
    Cite {
        statute: Some(statute.into()),
        art: art.into(),
        to: None,
        par,
        point: point.map(Into::into),
        former: false,
    }
}

#[test]
fn each_language_cites_in_its_own_style() {
    const NL: Jurisdiction = Jurisdiction::NL;
    const NO: Jurisdiction = Jurisdiction::NO;
    const BE: Jurisdiction = Jurisdiction::BE;
    let wgbo = || c("wgbo", "7:454", Some(3), None);
    assert_eq!(render(Lang::Nl, NL, wgbo()), "art. 7:454 lid 3 BW");
    assert_eq!(
        render(Lang::En, NL, wgbo()),
        "Article 7:454(3) of the Dutch Civil Code (Burgerlijk Wetboek, BW)"
    );
    assert_eq!(
        render(Lang::Nb, NL, wgbo()),
        "artikkel 7:454 tredje ledd i den nederlandske sivillovboken (Burgerlijk Wetboek, BW)"
    );
    let gdpr = || c("gdpr", "6", Some(1), Some("f"));
    assert_eq!(render(Lang::Nl, NL, gdpr()), "artikel 6 lid 1 sub f AVG");
    assert_eq!(render(Lang::NlBe, BE, gdpr()), "artikel 6.1.f) AVG");
    assert_eq!(render(Lang::En, NL, gdpr()), "Article 6(1)(f) GDPR");
    assert_eq!(
        render(Lang::Nb, NO, gdpr()),
        "personvernforordningen artikkel 6 nr. 1 bokstav f"
    );
    let pbrl = || c("pasient_og_brukerrettighetsloven", "5-1", Some(2), None);
    assert_eq!(
        render(Lang::Nb, NO, pbrl()),
        "pasient- og brukerrettighetsloven § 5-1 andre ledd"
    );
    assert_eq!(
        render(Lang::En, NO, pbrl()),
        "section 5-1(2) of the Patients' and Users' Rights Act"
    );
    let mut range = c("helsepersonelloven", "39", None, None);
    range.to = Some("43".into());
    assert_eq!(
        render(Lang::Nb, NO, range.clone()),
        "helsepersonelloven §§ 39–43"
    );
    assert_eq!(
        render(Lang::En, NO, range),
        "sections 39–43 of the Health Personnel Act"
    );
    let be = || c("patientenrechtenwet", "9", Some(2), None);
    assert!(render(Lang::NlBe, BE, be()).starts_with("art. 9, § 2 "));
    let mut old = c("wgbo", "7:454", Some(3), None);
    old.former = true;
    assert_eq!(render(Lang::Nl, NL, old), "art. 7:454 lid 3 BW (oud)");
}

#[test]
fn official_citations_per_language() {
    let law = Law::load().unwrap();
    let w = wording();
    let off = |j: Jurisdiction, id: &str, lang: Lang| {
        let mut sp = WordingSpeaker { wording: &w, lang };
        law.get(j).official(id, lang, &mut sp).unwrap()
    };
    const NL: Jurisdiction = Jurisdiction::NL;
    const NO: Jurisdiction = Jurisdiction::NO;
    const BE: Jurisdiction = Jurisdiction::BE;
    assert_eq!(
        off(NL, "uavg", Lang::Nl),
        "Wet van 16 mei 2018, Stb. 2018, 144"
    );
    assert_eq!(
        off(NL, "uavg", Lang::En),
        "Act of 16 May 2018, Bulletin of Acts and Decrees (Staatsblad) 2018, no. 144"
    );
    assert_eq!(
        off(NO, "personopplysningsloven", Lang::Nb),
        "lov 15. juni 2018 nr. 38, LOV-2018-06-15-38"
    );
    assert_eq!(
        off(NO, "personopplysningsloven", Lang::En),
        "Act of 15 June 2018 No. 38, LOV-2018-06-15-38"
    );
    assert_eq!(
        off(BE, "patientenrechtenwet", Lang::NlBe),
        "wet van 22 augustus 2002, BS 26 september 2002, gewijzigd bij wet van 6 februari 2024"
    );
    assert!(off(NO, "gdpr", Lang::Nb).ends_with("jf. personopplysningsloven § 1"));
}

#[test]
fn a_citation_of_an_unknown_statute_is_refused_when_the_law_loads() {
    let mut data = Law::load().unwrap().get(Jurisdiction::NL).clone();
    data.retention[0].article.0[0].statute = Some("nope".into());
    let e = data.validate_cites().unwrap_err();
    assert!(e.contains("unknown statute `nope`"), "{e}");
}

#[test]
fn article_numbers_are_read_as_written() {
    let c: Cites = serde_saphyr::from_str("{art: 35, par: 2}").unwrap();
    assert_eq!(c.0[0].art, "35");
    let c: Cites =
        serde_saphyr::from_str("[{statute: a, art: \"7:454\"}, {statute: b, art: 5-1}]").unwrap();
    assert_eq!(c.0[1].art, "5-1");
    assert!(serde_saphyr::from_str::<Cites>("[]").is_err());
    assert!(serde_saphyr::from_str::<Cites>("{art: 1, bogus: 2}").is_err());
}
