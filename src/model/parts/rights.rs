//! The rights of the data subject, how requests and complaints are made, third parties, changes.

use crate::load::vocab::*;
use crate::model::build::{contact_lines, join_and, join_or, list, para, reachable, section};
use crate::model::{link, mail, Block, Ctx, DocumentKind, Rich, Section, Span};

fn right(cx: &mut Ctx, blocks: &mut Vec<Block>, id: &str, args: &[(&str, crate::i18n::Arg)]) {
    let heading = cx.t0(&format!("right-{id}"));
    blocks.push(Block::Subheading {
        text: heading,
        number: None,
    });
    let t = cx.t(&format!("right-{id}-desc"), args);
    blocks.push(para(t));
}

pub(in crate::model) fn rights(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = vec![para(cx.t0("rights-lead"))];
    let pa = cx.law.patient_access.clone();
    let statute = cx.statute_full_ref(&pa.statute);
    let article = cx.cite(&pa.article, &pa.statute);
    right(cx, &mut blocks, "access", &[]);
    let mut t = cx.t(
        "right-access-patient-law",
        &[("statute", statute.into()), ("article", article.into())],
    );
    if let Some(d) = pa.deadline {
        let d = cx.period(d);
        t = format!(
            "{t} {}",
            cx.t("right-access-deadline", &[("period", d.into())])
        );
    }
    if let Some(age) = pa.own_access_age {
        t = format!(
            "{t} {}",
            cx.t("right-access-age", &[("age", u32::from(age).into())])
        );
    }
    if let Some(body) = pa.appeal.as_deref().and_then(|id| cx.law.bodies.get(id)) {
        let body = body.name.get(cx.lang).to_string();
        t = format!(
            "{t} {}",
            cx.t("right-access-appeal", &[("body", body.into())])
        );
    }
    blocks.push(para(t));
    if p.rights.access_details {
        let t = cx.t0("right-access-details");
        blocks.push(para(t));
    }
    right(cx, &mut blocks, "rectification", &[]);
    if p.rights.rectification_assessed_by_practitioner {
        let t = cx.t0("right-rectification-practitioner");
        blocks.push(para(t));
    }
    // Where national law has its own regime for the record (NO: helsepersonelloven §§ 42–43),
    // correction is stated with the rectification right and erasure with the erasure right.
    let record_changes = cx.law.record_changes.clone();
    if let Some(rc) = &record_changes {
        let article = cx.cite(&rc.correction, &rc.statute);
        let t = cx.t("right-record-correction", &[("article", article.into())]);
        blocks.push(para(t));
    }
    // Erasure is limited by the statutory retention of the medical record.
    let record_rule = [Record::MedicalRecord, Record::PatientJournal]
        .into_iter()
        .find_map(|r| {
            cx.law
                .retention_rule(r, p.effective)
                .map(|x| x.statute.clone())
        });
    let limit = match record_rule {
        Some(s) => cx.statute_ref(&s),
        None => cx.t0("right-erasure-law"),
    };
    right(cx, &mut blocks, "erasure", &[("statute", limit.into())]);
    if let Some(rc) = &record_changes {
        let article = cx.cite(&rc.erasure, &rc.statute);
        let demand = cx.cite(&rc.demand, &rc.statute);
        let mut t = cx.t(
            "right-record-erasure",
            &[("article", article.into()), ("right", demand.into())],
        );
        if let Some(c) = super::erasure::deletion_conditions(cx) {
            t = format!("{t} {c}");
        }
        if let Some(body) = rc.appeal.as_deref().and_then(|id| cx.law.bodies.get(id)) {
            let body = body.name.get(cx.lang).to_string();
            t = format!(
                "{t} {}",
                cx.t("right-record-appeal", &[("body", body.into())])
            );
        }
        blocks.push(para(t));
    }
    // Where the patient law gives a right to have the record destroyed (NL: art. 7:455 BW),
    // it is stated with its deadline and exceptions, never denied.
    super::erasure::law_right(cx, &mut blocks);
    right(cx, &mut blocks, "restriction", &[]);
    if p.rights.restriction_exceptions {
        let t = cx.t0("right-restriction-exceptions");
        blocks.push(para(t));
    }
    right(cx, &mut blocks, "portability", &[]);
    let objection = p
        .purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::LegitimateInterest) || pu.uses_art6(Art6::PublicTask));
    if objection || p.marketing.is_some() {
        right(cx, &mut blocks, "objection", &[]);
        if p.marketing.is_some() {
            let t = cx.t0("right-objection-marketing");
            blocks.push(para(t));
        }
    }
    let consent = p
        .purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent));
    if consent {
        right(cx, &mut blocks, "withdraw", &[]);
    }
    right(cx, &mut blocks, "automated", &[]);
    right(cx, &mut blocks, "complaint", &[]);
    if p.rights.representative {
        let t = cx.t0("rights-representative");
        blocks.push(para(t));
    }
    if p.rights.journal_questions_to_practitioner {
        let t = cx.t0("rights-journal-practitioner");
        blocks.push(para(t));
    }
    if let Some(url) = &p.rights.patient_rights_url {
        let lead = cx.t0("rights-patient-rights");
        let mut r = Rich::text(format!("{lead} "));
        r.push(link(url.clone(), url)).push_text(".");
        blocks.push(Block::Paragraph { text: r });
    }
    let mut covers = vec!["13(2)(b)", "14(2)(c)"];
    if consent {
        covers.extend(["13(2)(c)", "14(2)(d)", "7(3)"]);
    }
    if objection {
        covers.push("21(4)");
    }
    Some(section(cx, "rights", blocks, &covers))
}

pub(in crate::model) fn requests(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let r = &p.rights;
    let mut blocks = Vec::new();
    // Only channels with an address behind them (review-nb M1).
    let listed: Vec<Channel> = if r.channels.is_empty() {
        vec![Channel::Email, Channel::Letter]
    } else {
        r.channels.clone()
    };
    let channels: Vec<String> = listed
        .into_iter()
        .filter(|c| reachable(p, *c))
        .map(|c| cx.t0(&c.msg()))
        .collect();
    let mut rich = Rich::default();
    if !channels.is_empty() {
        let channels = join_or(cx, channels);
        let t = cx.t("requests-channels", &[("channels", channels.into())]);
        rich.push_text(t);
    }
    let email = r
        .email
        .clone()
        .or_else(|| p.dpo.as_ref().and_then(|d| d.email.clone()))
        .or_else(|| p.controller.email.clone());
    if let Some(e) = email {
        let lead = cx.t0("requests-email");
        rich.push_text(format!(" {lead} "))
            .push(mail(&e))
            .push_text(".");
    }
    if !rich.is_empty() {
        blocks.push(Block::Paragraph { text: rich });
    }
    super::representation::request_routes(cx, &mut blocks);
    if r.identification {
        let t = cx.t0("requests-identification");
        blocks.push(para(t));
    }
    if r.acknowledgement {
        let t = cx.t0("requests-acknowledgement");
        blocks.push(para(t));
    }
    let t = match r.deadline {
        Some(d) => {
            let d = cx.period(d);
            cx.t("requests-deadline-own", &[("period", d.into())])
        }
        None => cx.t0("requests-deadline"),
    };
    blocks.push(para(t));
    for id in ["requests-extension", "requests-free", "requests-unclear"] {
        let t = cx.t0(id);
        blocks.push(para(t));
    }
    super::representation::copy_delivery(cx, &mut blocks);
    for (on, id) in [
        (r.transfer_to_new_provider, "requests-transfer"),
        (r.longer_retention_on_request, "requests-longer-retention"),
        (r.shielding, "requests-shielding"),
    ] {
        if on {
            let t = cx.t0(id);
            blocks.push(para(t));
        }
    }
    if !r.refusal_grounds.is_empty() {
        let grounds: Vec<String> = r.refusal_grounds.iter().map(|g| cx.t0(&g.msg())).collect();
        let grounds = join_and(cx, grounds);
        let t = cx.t("requests-refusal", &[("grounds", grounds.into())]);
        blocks.push(para(t));
    }
    if r.appeal_explained {
        let t = cx.t0("requests-appeal");
        blocks.push(para(t));
    }
    super::erasure::procedure(cx, &mut blocks);
    Some(section(cx, "requests", blocks, &["12(3)"]))
}

/// A complaint route by name; the professional association's scheme names the association.
fn complaint_body(cx: &mut Ctx, b: ComplaintBody) -> String {
    let label = cx.t0(&b.msg());
    match (&cx.lp.profile.complaints.association, b) {
        (Some(name), ComplaintBody::ProfessionalAssociation) => format!("{label} ({name})"),
        _ => label,
    }
}

pub(in crate::model) fn complaints(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    let internal: Vec<String> = p
        .complaints
        .internal
        .iter()
        .map(|b| complaint_body(cx, *b))
        .collect();
    let t = if internal.is_empty() {
        cx.t(
            "complaints-internal-default",
            &[("controller", cx.we().into())],
        )
    } else {
        // The patient may turn to any of them: "of", not "en" (review-nl item 49).
        let who = join_or(cx, internal);
        cx.t("complaints-internal", &[("bodies", who.into())])
    };
    blocks.push(para(t));
    // A hospital's ombudsdienst is the patient law's first route for complaints about patient
    // rights, including access to and a copy of the file (BE: art. 11 Wet patiëntenrechten).
    if p.complaints
        .internal
        .contains(&ComplaintBody::Ombudsservice)
    {
        if let Some(pc) = cx.law.patient_complaints.clone() {
            let article = cx.cite(&pc.article, &pc.statute);
            let t = cx.t("complaints-ombuds", &[("article", article.into())]);
            blocks.push(para(t));
        }
    }
    let a = cx.law.authority_on(p.effective).clone();
    let name = a.name.get(cx.lang).to_string();
    let t = cx.t(
        "complaints-authority",
        &[("authority", name.clone().into())],
    );
    blocks.push(para(t));
    let mut items: Vec<(Rich, Rich)> = Vec::new();
    // A page read from abroad names the country after the authority's addresses (M14).
    let country = cx.country_line();
    let with_country = |lines: &[String]| {
        let mut v = lines.to_vec();
        v.extend(country.clone());
        v.join(", ")
    };
    let label = cx.t0("label-postal-address");
    items.push((
        Rich::text(label),
        Rich::text(with_country(a.postal_for(cx.lang))),
    ));
    if !a.visiting_for(cx.lang).is_empty() {
        let label = cx.t0("label-visiting-address");
        items.push((
            Rich::text(label),
            Rich::text(with_country(a.visiting_for(cx.lang))),
        ));
    }
    let site = a.website_for(cx.lang).to_string();
    let contacts = contact_lines(cx, None, a.phone.as_deref(), Some(&site));
    items.extend(contacts);
    blocks.push(Block::Definitions { items });
    blocks.push(para(a.complaint_route.get(cx.lang).to_string()));
    let t = cx.t0("complaints-residence");
    blocks.push(para(t));
    if !p.complaints.external.is_empty() {
        let t = cx.t0("complaints-external");
        blocks.push(para(t));
        let items = p
            .complaints
            .external
            .iter()
            .map(|b| Rich::text(complaint_body(cx, *b)))
            .collect();
        blocks.push(list(items));
    }
    Some(section(cx, "complaints", blocks, &["13(2)(d)", "14(2)(e)"]))
}

pub(in crate::model) fn third_party(cx: &mut Ctx) -> Option<Section> {
    if !cx.lp.profile.third_party_websites {
        return None;
    }
    let t = cx.t0("third-party-websites");
    Some(section(cx, "third-party", vec![para(t)], &[]))
}

pub(in crate::model) fn changes(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    let eff = cx.date(p.effective);
    let t = cx.t(
        "changes-effective",
        &[("version", (&p.version).into()), ("date", eff.into())],
    );
    blocks.push(para(t));
    if let Some(a) = &p.document.amended_by {
        let who = cx.lt(a, "document.amended_by");
        let t = cx.t("changes-amended-by", &[("who", who.into())]);
        blocks.push(para(t));
    }
    let channels: Vec<String> = p
        .document
        .change_notice
        .iter()
        .map(|c| cx.t0(&c.msg()))
        .collect();
    let t = if channels.is_empty() {
        cx.t0("changes-notice-default")
    } else {
        let c = join_and(cx, channels);
        cx.t("changes-notice", &[("channels", c.into())])
    };
    blocks.push(para(t));
    if !p.document.channels.is_empty() {
        let c: Vec<String> = p
            .document
            .channels
            .iter()
            .map(|c| cx.t0(&c.msg()))
            .collect();
        let c = join_and(cx, c);
        let t = cx.t("changes-informed-via", &[("channels", c.into())]);
        blocks.push(para(t));
    }
    if p.document.copy_at_reception {
        let t = cx.t0("changes-copy-reception");
        blocks.push(para(t));
    }
    if p.document.latest_online {
        let t = cx.t0("changes-latest-online");
        let mut r = Rich::text(t);
        if let Some(u) = &p.document.url {
            r.push_text(" ").push(link(u.clone(), u));
        }
        blocks.push(Block::Paragraph { text: r });
    }
    if !p.changes.is_empty() {
        blocks.push(Block::Subheading {
            text: cx.t0("changes-history"),
            number: None,
        });
        let head = vec![cx.t0("col-version"), cx.t0("col-date"), cx.t0("col-change")];
        let mut rows = Vec::new();
        for (i, c) in p.changes.iter().enumerate() {
            let date = cx.date(c.date);
            let mut summary = cx.lt_rich(&c.summary, &format!("changes[{i}].summary"));
            if c.substantive {
                let note = cx.t0("changes-substantive");
                summary.push_text(" ").push(Span::Strong { text: note });
            }
            rows.push(vec![
                Rich::text(c.version.clone()),
                Rich::text(date),
                summary,
            ]);
        }
        blocks.push(Block::Table { head, rows });
    }
    // A reglement lists the acts once, in its first article (review-nb M10).
    if !p.document.legal_framework.is_empty() && cx.kind != DocumentKind::Reglement {
        let t = cx.t0("changes-legal-framework");
        blocks.push(para(t));
        let items = p
            .document
            .legal_framework
            .iter()
            .map(|s| Rich::text(cx.statute_cited(s)))
            .collect();
        blocks.push(list(items));
    }
    Some(section(cx, "changes", blocks, &[]))
}
