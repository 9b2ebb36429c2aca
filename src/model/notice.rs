//! The first layer (WP260 §35–38): who we are, what we use data for, the processing with
//! the most impact, the rights in one line each, how to complain, and where the full text
//! is. Built from the same profile and wording as the statement, so it cannot contradict it.

use super::build::{finish, join_and, list, meta, para};
use super::{mail, web, Block, Ctx, Document, DocumentKind, Rich, Section, Span};
use crate::diagnostics::Diagnostic;
use crate::i18n::Wording;
use crate::law::LawData;
use crate::load::profile::DocumentKind as Kind;
use crate::load::text::{Lang, Term};
use crate::load::vocab::{Art6, Art9, Category, CookieCategory, PurposeId, Record};
use crate::load::LoadedProfile;

pub fn build_notice(
    lp: &LoadedProfile,
    law: &LawData,
    wording: &Wording,
    lang: Lang,
) -> Result<Document, Vec<Diagnostic>> {
    let mut cx = Ctx::new(lang, wording, law, lp, DocumentKind::Notice);
    let meta = meta(&mut cx);
    let sections = vec![
        who(&mut cx),
        purposes(&mut cx),
        impact(&mut cx),
        rights(&mut cx),
        complaint(&mut cx),
        more(&mut cx),
    ]
    .into_iter()
    .flatten()
    .collect();
    finish(cx, meta, sections)
}

fn section(cx: &mut Ctx, id: &str, blocks: Vec<Block>, covers: &[&'static str]) -> Section {
    Section {
        id: id.to_string(),
        number: None,
        heading: cx.t0(&format!("heading-notice-{id}")),
        blocks,
        covers: covers.to_vec(),
    }
}

fn who(cx: &mut Ctx) -> Option<Section> {
    let c = &cx.lp.profile.controller;
    let mut r = Rich::text(cx.t("notice-who", &[("controller", (&c.name).into())]));
    let mut contacts = Vec::new();
    if let Some(e) = &c.email {
        contacts.push(mail(e));
    }
    if let Some(p) = &c.phone {
        contacts.push(cx.phone(p));
    }
    // A website alone is no way to reach the controller: without e-mail or phone the
    // notice gives the address, as the full text does.
    if contacts.is_empty() {
        if let Some(a) = c.postal_address.as_ref().or(c.visiting_address.as_ref()) {
            contacts.push(Span::Text {
                text: super::build::address_inline(a),
            });
        }
    }
    if let Some(w) = &c.website {
        contacts.push(web(w));
    }
    if !contacts.is_empty() {
        r.push_text(format!(" {} ", cx.t0("notice-contact")));
        for (i, s) in contacts.into_iter().enumerate() {
            if i > 0 {
                r.push_text(" · ");
            }
            r.push(s);
        }
        r.push_text(".");
    }
    let mut blocks = vec![Block::Paragraph { text: r }];
    let mut covers = vec!["13(1)(a)"];
    if let Some(d) = &cx.lp.profile.dpo {
        let route = d
            .email
            .as_deref()
            .map(mail)
            .or_else(|| d.phone.as_deref().map(|p| cx.phone(p)));
        if let Some(route) = route {
            let lead = cx.t0("notice-dpo");
            blocks.push(Block::Paragraph {
                text: Rich::text(format!("{lead} ")).with(route).then("."),
            });
            covers.push("13(1)(b)");
        }
    }
    Some(section(cx, "who", blocks, &covers))
}

fn purposes(cx: &mut Ctx) -> Option<Section> {
    let nid = cx.law.national_id.name.get(cx.lang).to_string();
    let we = cx.we();
    let mut items = Vec::new();
    for (i, pu) in cx.lp.profile.purposes.iter().enumerate() {
        let label = match &pu.id {
            Term::Known(k) => cx.t(
                &k.msg(),
                &[
                    ("national_id", nid.clone().into()),
                    ("controller", we.clone().into()),
                ],
            ),
            Term::Custom(t) => cx.lt(t, &format!("purposes[{i}].id")),
        };
        // A purpose that rests on consent only says so in the first layer: the reader learns
        // there that it is a choice (explicit consent for health data, Art. 9(2)(a)). One with
        // another ground beside consent (research on no objection) is not "only with consent".
        let consent = match &pu.basis {
            Some(b) if b.art6_alternative.is_some() || b.art9_alternative.is_some() => None,
            Some(b) if b.art9 == Some(Art9::ExplicitConsent) => {
                Some("notice-purpose-explicit-consent")
            }
            Some(b) if b.art6 == Art6::Consent => Some("notice-purpose-consent"),
            _ => None,
        };
        let label = match consent {
            Some(id) => {
                let c = cx.t0(id);
                cx.t(
                    "notice-purpose-with",
                    &[("purpose", label.into()), ("consent", c.into())],
                )
            }
            None => label,
        };
        items.push(Rich::text(label));
    }
    let lead = cx.t0("notice-purposes");
    Some(section(
        cx,
        "purposes",
        vec![para(lead), list(items)],
        &["13(1)(c)"],
    ))
}

/// The processing with the most impact on patients, or that could surprise them (WP260 §36).
fn impact(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut items = Vec::new();
    if p.data
        .iter()
        .any(|d| matches!(d.category, Term::Known(Category::Health)))
    {
        items.push(Rich::text(cx.t0("notice-impact-health")));
    }
    let record = p.retention.iter().find(|r| {
        matches!(
            r.record,
            Term::Known(Record::MedicalRecord | Record::PatientJournal)
        )
    });
    // The period as the full text states it: qualifier, start event and extension (WP260
    // para 35: the layers must not conflict).
    if let Some(r) = record.filter(|r| r.period.is_some()) {
        let period = super::parts::retention_period(cx, r);
        let from = match r.from {
            Some(f) => cx.t0(&f.msg()),
            None => "none".to_string(),
        };
        let extension = match r.extension {
            Some(e) => cx.t0(&e.msg()),
            None => "none".to_string(),
        };
        items.push(Rich::text(cx.t(
            "notice-impact-retention",
            &[
                ("period", period.into()),
                ("from", from.into()),
                ("extension", extension.into()),
            ],
        )));
    }
    if let Some(c) = &p.cameras {
        let places: Vec<String> = c
            .locations
            .iter()
            .enumerate()
            .map(|(i, l)| cx.lt(l, &format!("cameras.locations[{i}]")))
            .collect();
        let places = join_and(cx, places);
        items.push(Rich::text(
            cx.t("notice-impact-cameras", &[("places", places.into())]),
        ));
    }
    if let Some(c) = &p.call_recording {
        // As the full text has it: on (explicit) consent, with a right to refuse, or plainly.
        let consent = p.purposes.iter().any(|pu| {
            matches!(pu.id, Term::Known(PurposeId::CallRecording))
                && (pu.uses_art9(Art9::ExplicitConsent)
                    || pu.basis.as_ref().is_some_and(|b| b.art6 == Art6::Consent))
        });
        let id = if consent {
            "notice-impact-calls-consent"
        } else if c.opt_out {
            "notice-impact-calls"
        } else {
            "notice-impact-calls-plain"
        };
        items.push(Rich::text(cx.t0(id)));
    }
    if p.research.is_some() {
        // The condition the full text states: research only with consent, or with a right to
        // object that must be flagged at first contact (GDPR Art. 21(4); review-nl item 13).
        let research = p
            .purposes
            .iter()
            .find(|pu| matches!(pu.id, Term::Known(PurposeId::Research)));
        let basis = match research {
            Some(pu) if pu.opt_out => "objection",
            Some(pu)
                if pu.uses_art6(Art6::LegitimateInterest) || pu.uses_art6(Art6::PublicTask) =>
            {
                "objection"
            }
            Some(pu) if pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent) => {
                "consent"
            }
            _ => "other",
        };
        items.push(Rich::text(
            cx.t("notice-impact-research", &[("basis", basis.into())]),
        ));
    }
    if p.marketing.is_some() {
        items.push(Rich::text(cx.t0("notice-impact-marketing")));
    }
    if p.cookies.as_ref().is_some_and(|c| {
        c.categories
            .iter()
            .chain(c.list.iter().map(|k| &k.category))
            .any(|k| {
                matches!(
                    k,
                    CookieCategory::Tracking
                        | CookieCategory::Marketing
                        | CookieCategory::Analytics
                )
            })
    }) {
        items.push(Rich::text(cx.t0("notice-impact-tracking")));
    }
    if p.transfers.as_ref().is_some_and(|t| t.outside_eea) {
        items.push(Rich::text(cx.t0("notice-impact-transfers")));
    }
    // National exchange (issue 16 item 7), when the clinic takes part in a system of its
    // jurisdiction; whether consent is needed is in the full text.
    if p.exchange
        .iter()
        .any(|e| cx.law.exchange_rule(e.system).is_some())
    {
        items.push(Rich::text(cx.t0("notice-impact-exchange")));
    }
    if items.is_empty() {
        return None;
    }
    Some(section(cx, "impact", vec![list(items)], &[]))
}

fn rights(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut ids = vec![
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
    ];
    if p.purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::LegitimateInterest) || pu.uses_art6(Art6::PublicTask))
        || p.marketing.is_some()
    {
        ids.push("objection");
    }
    let consent = p
        .purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent));
    if consent {
        ids.push("withdraw");
    }
    // Direct marketing is named only for a clinic that does marketing (review-nl item 34).
    let marketing = if p.marketing.is_some() { "yes" } else { "no" };
    let items = ids
        .iter()
        .map(|id| {
            let t = if *id == "objection" {
                cx.t("notice-right-objection", &[("marketing", marketing.into())])
            } else {
                cx.t0(&format!("notice-right-{id}"))
            };
            Rich::text(t)
        })
        .collect();
    let lead = cx.t0("notice-rights");
    let mut covers = vec!["13(2)(b)"];
    if consent {
        covers.push("13(2)(c)");
    }
    Some(section(
        cx,
        "rights",
        vec![para(lead), list(items)],
        &covers,
    ))
}

fn complaint(cx: &mut Ctx) -> Option<Section> {
    let a = cx.law.authority_on(cx.lp.profile.effective).clone();
    let name = a.name.get(cx.lang).to_string();
    let site = a.website_for(cx.lang).to_string();
    // "Contact us first" only when the profile says how (review-nb M1).
    let c = &cx.lp.profile.controller;
    let contact = c.email.is_some()
        || c.phone.is_some()
        || c.postal_address.is_some()
        || c.visiting_address.is_some();
    let id = if contact {
        "notice-complaint"
    } else {
        "notice-complaint-authority"
    };
    let t = cx.t(id, &[("authority", name.into())]);
    let text = Rich::text(format!("{t} ")).with(web(&site)).then(".");
    let mut blocks = vec![Block::Paragraph { text }];
    // A hospital's ombudsdienst (BE: art. 11 Wet patiëntenrechten) is named in the first layer
    // too, as in the full text (review-nl item 8).
    let ombuds = cx
        .lp
        .profile
        .complaints
        .internal
        .contains(&crate::load::vocab::ComplaintBody::Ombudsservice);
    if let Some(pc) = cx.law.patient_complaints.clone().filter(|_| ombuds) {
        let article = cx.cite(&pc.article, &pc.statute);
        let t = cx.t("complaints-ombuds", &[("article", article.into())]);
        blocks.push(Block::Paragraph {
            text: Rich::text(t),
        });
    }
    Some(section(cx, "complaint", blocks, &["13(2)(d)"]))
}

fn more(cx: &mut Ctx) -> Option<Section> {
    let docs = &cx.lp.profile.documents;
    let mut items = Vec::new();
    if docs.contains(&Kind::Statement) {
        let label = cx.t0("notice-more-statement");
        items.push(Rich(vec![Span::Link {
            text: label,
            href: "../".into(),
        }]));
    }
    if docs.contains(&Kind::Reglement) {
        let label = cx.t0("notice-more-reglement");
        items.push(Rich(vec![Span::Link {
            text: label,
            href: "../reglement/".into(),
        }]));
    }
    if items.is_empty() {
        return None;
    }
    Some(section(cx, "more", vec![list(items)], &[]))
}
