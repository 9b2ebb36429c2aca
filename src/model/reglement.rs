//! The numbered reglement (the Belgian *privacyreglement* genre): the same facts as the
//! statement, regrouped into articles in the genre's order, numbered 1..N, with
//! §-paragraphs numbered within each article, a definitions article built from the terms
//! the document uses, and cross-references resolved from ids.

use super::build::{finish, meta, para, statement_sections};
use super::{Block, Ctx, Document, DocumentKind, Rich, Section, Span};
use crate::diagnostics::Diagnostic;
use crate::i18n::Wording;
use crate::law::LawData;
use crate::load::text::Lang;
use crate::load::vocab::{Art6, Art9, Category, Defined};
use crate::load::LoadedProfile;
use std::collections::BTreeMap;

/// One article: its id, and the statement sections it is made of (in order).
struct Plan {
    id: &'static str,
    parts: &'static [&'static str],
}

/// The genre's order. Articles whose parts are all absent are left out.
const PLAN: &[Plan] = &[
    Plan {
        id: "purpose",
        parts: &[],
    },
    Plan {
        id: "definitions",
        parts: &[],
    },
    Plan {
        id: "scope",
        parts: &[],
    },
    Plan {
        id: "persons",
        parts: &["sources"],
    },
    Plan {
        id: "data",
        parts: &["data"],
    },
    Plan {
        id: "purposes",
        parts: &["purposes"],
    },
    Plan {
        id: "controller",
        parts: &["controller"],
    },
    Plan {
        id: "supervision",
        parts: &["dpo"],
    },
    Plan {
        id: "staff",
        parts: &["staff"],
    },
    Plan {
        id: "recipients",
        parts: &["recipients", "exchange", "transfers"],
    },
    Plan {
        id: "data-flow",
        parts: &["data-flow"],
    },
    Plan {
        id: "anonymisation",
        parts: &["anonymisation"],
    },
    Plan {
        id: "security",
        parts: &["security", "communication"],
    },
    Plan {
        id: "retention",
        parts: &["retention"],
    },
    Plan {
        id: "others",
        parts: &["others"],
    },
    Plan {
        id: "file-structure",
        parts: &["file-structure"],
    },
    Plan {
        id: "deletion",
        parts: &["deletion"],
    },
    Plan {
        id: "cameras",
        parts: &["cameras"],
    },
    Plan {
        id: "cookies",
        parts: &["cookies"],
    },
    Plan {
        id: "call-recording",
        parts: &["call-recording"],
    },
    Plan {
        id: "research",
        parts: &["research"],
    },
    Plan {
        id: "marketing",
        parts: &["marketing"],
    },
    Plan {
        id: "minors",
        parts: &["minors"],
    },
    Plan {
        id: "automated",
        parts: &["automated"],
    },
    Plan {
        id: "third-party",
        parts: &["third-party"],
    },
    Plan {
        id: "rights",
        parts: &["rights", "representation", "requests", "complaints"],
    },
    Plan {
        id: "changes",
        parts: &["changes"],
    },
];

/// Builds the reglement of `lp` in `lang`.
pub fn build_reglement(
    lp: &LoadedProfile,
    law: &LawData,
    wording: &Wording,
    lang: Lang,
) -> Result<Document, Vec<Diagnostic>> {
    let mut cx = Ctx::new(lang, wording, law, lp, DocumentKind::Reglement);
    let meta = meta(&mut cx);
    let mut from: BTreeMap<String, Section> = statement_sections(&mut cx)
        .into_iter()
        .map(|s| (s.id.clone(), s))
        .collect();
    // The statement's introduction and definitions are replaced by the reglement's own.
    from.remove("introduction");
    from.remove("definitions");
    let mut articles = Vec::new();
    for plan in PLAN {
        let article = match plan.id {
            "purpose" => Some(purpose(&mut cx)),
            "definitions" => Some(definitions(&mut cx)),
            "scope" => Some(scope(&mut cx)),
            "persons" => Some(persons(&mut cx, &mut from)),
            _ => compose(&mut cx, plan, &mut from),
        };
        if let Some(a) = article {
            articles.push(a);
        }
    }
    for (n, a) in articles.iter_mut().enumerate() {
        a.number = Some(n as u32 + 1);
        let mut p = 0;
        for b in &mut a.blocks {
            if let Block::Subheading { number, .. } = b {
                p += 1;
                *number = Some(p);
            }
        }
    }
    finish(cx, meta, articles)
}

fn article(cx: &mut Ctx, id: &str, blocks: Vec<Block>, covers: Vec<&'static str>) -> Section {
    Section {
        id: id.to_string(),
        number: None,
        heading: cx.t0(&format!("article-{id}")),
        blocks,
        covers,
    }
}

/// Joins statement sections into one article. With several parts, each part opens with a
/// subheading so it becomes a numbered paragraph.
fn compose(cx: &mut Ctx, plan: &Plan, from: &mut BTreeMap<String, Section>) -> Option<Section> {
    let parts: Vec<Section> = plan.parts.iter().filter_map(|p| from.remove(*p)).collect();
    if parts.is_empty() {
        return None;
    }
    let several = parts.len() > 1;
    let mut blocks = Vec::new();
    let mut covers = Vec::new();
    for (i, mut part) in parts.into_iter().enumerate() {
        // The data subjects open the statement's data section; the reglement states them in
        // the persons article instead.
        if part.id == "data" && !cx.lp.profile.data_subjects.is_empty() && !part.blocks.is_empty() {
            part.blocks.remove(0);
        }
        // The first part of "rights" keeps its lead unnumbered; later parts get a heading.
        if several && !(i == 0 && plan.id == "rights") {
            blocks.push(Block::Subheading {
                text: cx.t0(&format!("part-{}", part.id)),
                number: None,
            });
        }
        blocks.extend(part.blocks);
        covers.extend(part.covers);
    }
    Some(article(cx, plan.id, blocks, covers))
}

/// Whose data are processed (the data subjects, else the audience, else patients) and
/// where the data come from. Always present: the scope article refers to it.
fn persons(cx: &mut Ctx, from: &mut BTreeMap<String, Section>) -> Section {
    let p = &cx.lp.profile;
    let subjects: Vec<String> = if !p.data_subjects.is_empty() {
        p.data_subjects.iter().map(|s| cx.t0(&s.msg())).collect()
    } else if !p.document.audience.is_empty() {
        p.document
            .audience
            .iter()
            .map(|a| cx.t0(&a.msg()))
            .collect()
    } else {
        vec![cx.t0(&crate::load::vocab::Subject::Patients.msg())]
    };
    let subjects = super::build::join_and(cx, subjects);
    let mut blocks = vec![para(
        cx.t("data-subjects", &[("subjects", subjects.into())]),
    )];
    let mut covers = Vec::new();
    if let Some(s) = from.remove("sources") {
        blocks.extend(s.blocks);
        covers.extend(s.covers);
    }
    article(cx, "persons", blocks, covers)
}

fn purpose(cx: &mut Ctx) -> Section {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    if let Some(t) = &p.document.intro {
        blocks.push(Block::Paragraph {
            text: cx.lt_rich(t, "document.intro"),
        });
    }
    // The clinic's own opening words replace the standard purpose sentence.
    if p.document.intro.is_none() {
        let we = cx.we();
        blocks.push(para(
            cx.t("reglement-purpose", &[("controller", we.into())]),
        ));
    }
    if !p.document.legal_framework.is_empty() {
        blocks.push(para(cx.t0("reglement-issued-under")));
        let items = p
            .document
            .legal_framework
            .iter()
            .map(|s| Rich::text(cx.statute_cited(s)))
            .collect();
        blocks.push(super::build::list(items));
    }
    article(cx, "purpose", blocks, Vec::new())
}

/// The terms this reglement uses, plus those the profile adds, in a fixed order.
fn definitions(cx: &mut Ctx) -> Section {
    let p = &cx.lp.profile;
    let mut terms = vec![
        Defined::PersonalData,
        Defined::Processing,
        Defined::FilingSystem,
        Defined::Controller,
        Defined::Recipient,
        Defined::Patient,
    ];
    if p.data
        .iter()
        .any(|d| matches!(d.category, crate::load::text::Term::Known(Category::Health)))
    {
        terms.push(Defined::HealthData);
    }
    if !p.processors.is_empty() || p.processors_general.is_some() {
        terms.push(Defined::Processor);
    }
    if p.anonymisation.is_some()
        || p.transfers
            .as_ref()
            .is_some_and(|t| t.otherwise_anonymous_only)
    {
        terms.push(Defined::AnonymousData);
    }
    if p.research.as_ref().is_some_and(|r| r.pseudonymised) {
        terms.push(Defined::PseudonymisedData);
    }
    if p.purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent))
    {
        terms.push(Defined::Consent);
    }
    if p.staff_access.is_some() {
        terms.push(Defined::AuthorisedPerson);
    }
    terms.extend(p.definitions.terms.iter().copied());
    terms.sort();
    terms.dedup();
    let mut items = Vec::new();
    for t in terms {
        let term = cx.t0(&t.msg());
        let def = cx.t0(&format!("{}-def", t.msg()));
        items.push((Rich(vec![Span::Strong { text: term }]), Rich::text(def)));
    }
    for (i, c) in p.definitions.custom.iter().enumerate() {
        let term = cx.lt(&c.term, &format!("definitions.custom[{i}].term"));
        let def = cx.lt_rich(
            &c.definition,
            &format!("definitions.custom[{i}].definition"),
        );
        items.push((Rich(vec![Span::Strong { text: term }]), def));
    }
    let lead = cx.t0("reglement-definitions-lead");
    article(
        cx,
        "definitions",
        vec![para(lead), Block::Definitions { items }],
        Vec::new(),
    )
}

fn scope(cx: &mut Ctx) -> Section {
    let we = cx.we();
    let args = [
        ("persons", cx.xref("persons").into()),
        ("data", cx.xref("data").into()),
        ("purposes", cx.xref("purposes").into()),
        ("controller", we.into()),
    ];
    let mut t = cx.t("reglement-scope", &args);
    if cx.lp.profile.document.self_employed_practitioners {
        let we = cx.we();
        let staff = cx.t("reglement-scope-staff", &[("controller", we.into())]);
        t = format!("{t} {staff}");
    }
    article(cx, "scope", vec![para(t)], Vec::new())
}
