//! Section builders, one per topic of the statement. Each returns `None` when the profile
//! states nothing on the topic, except the sections the law always requires.

use super::build::{
    address_inline, address_lines, arg, contact_lines, join_and, join_lines, join_or, labelled,
    list, para, reachable, section,
};
use super::{link, mail, web, Block, Ctx, DocumentKind, Rich, Section, Span};
use crate::load::profile::{Qualifier, Retention};
use crate::load::text::Term;
use crate::load::vocab::*;

pub(super) fn dpo(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.dpo.is_none() && p.security_officer.is_none() && p.supervision.is_none() {
        return None;
    }
    let mut blocks = Vec::new();
    let mut covers = Vec::new();
    if let Some(d) = &p.dpo {
        covers.extend(["13(1)(b)", "14(1)(b)"]);
        let text = match &d.name {
            Some(n) => {
                let name = match d.salutation {
                    Some(sal) => format!("{} {n}", cx.t0(&sal.msg())),
                    None => n.clone(),
                };
                cx.t("dpo-appointed-named", &[("name", name.into())])
            }
            None => cx.t0("dpo-appointed"),
        };
        blocks.push(para(text));
        let mut items = contact_lines(cx, d.email.as_deref(), d.phone.as_deref(), None);
        if let Some(a) = &d.address {
            let label = cx.t0("label-postal-address");
            let lines = address_lines(cx, a, "dpo.address");
            items.push((Rich::text(label), join_lines(lines)));
        }
        if !items.is_empty() {
            blocks.push(Block::Definitions { items });
        }
        if !d.tasks.is_empty() {
            let lead = cx.t0("dpo-tasks");
            blocks.push(para(lead));
            let items = d
                .tasks
                .iter()
                .map(|t| Rich::text(cx.t0(&t.msg())))
                .collect();
            blocks.push(list(items));
        }
    }
    if let Some(so) = &p.security_officer {
        let text = match &so.statute {
            Some(st) => {
                let name = cx.statute_full_ref(st);
                cx.t("security-officer-statute", &[("statute", name.into())])
            }
            None => cx.t0("security-officer"),
        };
        blocks.push(para(text));
    }
    if let Some(sup) = &p.supervision {
        if sup.health_professional {
            let text = cx.t0("supervision-health-professional");
            blocks.push(para(text));
        }
        if let Some(lead) = &sup.lead {
            let role = cx.term(lead, Role::msg, "supervision.lead");
            let text = cx.t("supervision-lead", &[("role", role.into())]);
            blocks.push(para(text));
            let mut items = Vec::new();
            for (i, a) in sup.assisted_by.iter().enumerate() {
                let role = cx.term(
                    &a.role,
                    Role::msg,
                    &format!("supervision.assisted_by[{i}].role"),
                );
                let scope = cx.lt(&a.scope, &format!("supervision.assisted_by[{i}].scope"));
                items.push(labelled(role, ": ", scope));
            }
            if !items.is_empty() {
                blocks.push(list(items));
            }
        }
        for id in &sup.sector {
            let Some(body) = cx.law.bodies.get(id) else {
                continue;
            };
            let name = body.name.get(cx.lang).to_string();
            let text = cx.t(
                "supervision-sector",
                &[("body", name.into()), ("controller", cx.we().into())],
            );
            let mut r = Rich::default();
            match &body.website {
                Some(w) => {
                    let text = text.strip_suffix('.').unwrap_or(&text).to_string();
                    r.push_text(format!("{text} ("))
                        .push(web(w))
                        .push_text(").");
                }
                None => {
                    r.push_text(text);
                }
            }
            blocks.push(Block::Paragraph { text: r });
        }
        let ap = cx
            .law
            .authority_on(p.effective)
            .name
            .get(cx.lang)
            .to_string();
        let text = cx.t("supervision-authority", &[("authority", ap.into())]);
        blocks.push(para(text));
    }
    Some(section(cx, "dpo", blocks, &covers))
}

pub(super) fn definitions(cx: &mut Ctx) -> Option<Section> {
    let d = &cx.lp.profile.definitions;
    if d.terms.is_empty() && d.custom.is_empty() {
        return None;
    }
    let lead = cx.t0("definitions-lead");
    let mut items = Vec::new();
    for t in &d.terms {
        let term = cx.t0(&t.msg());
        let def = cx.t0(&format!("{}-def", t.msg()));
        items.push((Rich(vec![Span::Strong { text: term }]), Rich::text(def)));
    }
    for (i, c) in d.custom.iter().enumerate() {
        let term = cx.lt(&c.term, &format!("definitions.custom[{i}].term"));
        let def = cx.lt_rich(
            &c.definition,
            &format!("definitions.custom[{i}].definition"),
        );
        items.push((Rich(vec![Span::Strong { text: term }]), def));
    }
    Some(section(
        cx,
        "definitions",
        vec![para(lead), Block::Definitions { items }],
        &[],
    ))
}

fn national_id_name(cx: &Ctx) -> String {
    cx.law.national_id.name.get(cx.lang).to_string()
}

pub(super) fn data(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    if !p.data_subjects.is_empty() {
        let subjects: Vec<String> = p.data_subjects.iter().map(|s| cx.t0(&s.msg())).collect();
        let subjects = join_and(cx, subjects);
        let text = cx.t("data-subjects", &[("subjects", subjects.into())]);
        blocks.push(para(text));
    }
    let lead = cx.t0("data-lead");
    blocks.push(para(lead));
    let nid = national_id_name(cx);
    let mut items = Vec::new();
    let mut health = false;
    for (i, c) in p.data.iter().enumerate() {
        let label = match &c.category {
            Term::Known(k) => {
                health |= *k == Category::Health;
                cx.t(&k.msg(), &[("national_id", (&nid).into())])
            }
            Term::Custom(t) => cx.lt(t, &format!("data[{i}].category")),
        };
        let mut r = Rich(vec![Span::Strong { text: label }]);
        if !c.examples.is_empty() {
            let ex: Vec<String> = c
                .examples
                .iter()
                .enumerate()
                .map(|(j, e)| cx.term(e, Example::msg, &format!("data[{i}].examples[{j}]")))
                .collect();
            let ex = ex.join(", ");
            r.push_text(format!(": {ex}"));
        }
        items.push(r);
    }
    blocks.push(list(items));
    if health {
        let text = cx.t0("data-health-special");
        blocks.push(para(text));
    }
    if let Some(n) = &p.national_id {
        let purpose = p
            .purposes
            .iter()
            .any(|pu| matches!(pu.id, Term::Known(PurposeId::NationalId)));
        if n.uses.is_empty() && !purpose {
            // No uses listed and no purpose of its own: the statute that governs the number,
            // never a hanging "to:".
            let statute = cx.law.national_id.statute.clone();
            let statute = cx.statute_full_ref(&statute);
            let text = cx.t(
                "national-id-basis",
                &[("national_id", (&nid).into()), ("statute", statute.into())],
            );
            blocks.push(para(text));
        } else if !n.uses.is_empty() {
            let text = cx.t("national-id-lead", &[("national_id", (&nid).into())]);
            blocks.push(para(text));
            let items = n.uses.iter().map(|u| Rich::text(cx.t0(&u.msg()))).collect();
            blocks.push(list(items));
        }
        if n.id_check {
            let text = cx.t("national-id-check", &[("national_id", (&nid).into())]);
            blocks.push(para(text));
        }
    }
    if let Some(rec) = &p.patient_record {
        // The statute that sets the duty is cited with its sections (NO: helsepersonelloven
        // §§ 39–40; review-nb M8).
        let duty = cx.law.record_duty.clone();
        let names: Vec<String> = rec
            .statutes
            .iter()
            .map(|s| match &duty {
                Some(d) if &d.statute == s => cx.cite(&d.article, s),
                _ => cx.statute_ref(s),
            })
            .collect();
        let text = if names.is_empty() {
            cx.t0("patient-record-duty")
        } else {
            let names = join_and(cx, names);
            cx.t(
                "patient-record-duty-statutes",
                &[("statutes", names.into())],
            )
        };
        blocks.push(para(text));
        if let Some(sys) = &rec.system {
            let text = cx.t("patient-record-system", &[("system", sys.into())]);
            blocks.push(para(text));
        }
    }
    if let Some(acc) = &p.account {
        if acc.stored_after_registration {
            let text = cx.t0("account-stored");
            blocks.push(para(text));
        }
        if let Some(f) = &acc.consent_form {
            let mut parts = Vec::new();
            if f.electronic_communication {
                parts.push(cx.t0("consent-form-electronic"));
            }
            if f.patient_information_read {
                parts.push(cx.t0("consent-form-information"));
            }
            let what = join_and(cx, parts);
            let text = cx.t("consent-form", &[("what", what.into())]);
            blocks.push(para(text));
            if let Some(st) = &f.stored_in {
                let s = cx.lt(st, "account.consent_form.stored_in");
                let text = cx.t("consent-form-stored", &[("system", s.into())]);
                blocks.push(para(text));
            }
        }
    }
    Some(section(cx, "data", blocks, &["14(1)(d)"]))
}

pub(super) fn sources(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.sources.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    let indirect = p.sources.iter().any(|s| s.source != Source::Patient);
    let lead = if indirect {
        cx.t0("sources-lead")
    } else {
        cx.t0("sources-only-patient")
    };
    blocks.push(para(lead));
    let mut items = Vec::new();
    for s in &p.sources {
        // The lead already says most data come from the patient.
        if s.source == Source::Patient && s.condition.is_none() {
            continue;
        }
        let label = cx.t0(&s.source.msg());
        let text = match s.condition {
            Some(c) => {
                let cond = cx.t0(&c.msg());
                format!("{label} ({cond})")
            }
            None => label,
        };
        items.push(Rich::text(text));
    }
    if !items.is_empty() {
        blocks.push(list(items));
    }
    let covers: &[&'static str] = if indirect { &["14(2)(f)"] } else { &[] };
    Some(section(cx, "sources", blocks, covers))
}

/// "artikel 6 lid 1 sub b AVG: …" for a purpose.
fn basis_text(cx: &mut Ctx, i: usize) -> Rich {
    let pu = &cx.lp.profile.purposes[i];
    let mut grounds = vec![cx.t0(&pu.basis.art6.msg())];
    if let Some(alt) = pu.basis.art6_alternative {
        grounds.push(cx.t0(&alt.msg()));
    }
    let mut parts = vec![join_or(cx, grounds)];
    if let Some(a9) = pu.basis.art9 {
        let mut conditions = vec![cx.t0(&a9.msg())];
        if let Some(alt) = pu.basis.art9_alternative {
            conditions.push(cx.t0(&alt.msg()));
        }
        parts.push(join_or(cx, conditions));
    }
    // The provision on cookies (NO: ekomloven § 3-15) is cited by its article where the
    // website is the purpose; other national statutes by name.
    let cookies = cx
        .law
        .cookie_consent
        .clone()
        .filter(|_| matches!(pu.id, Term::Known(PurposeId::Website)));
    let statutes: Vec<String> = pu
        .basis
        .national
        .clone()
        .iter()
        .map(|s| match &cookies {
            Some(c) if &c.statute == s => cx.cite(&c.article, s),
            _ => cx.statute_full_ref(s),
        })
        .collect();
    let mut text = join_and(cx, parts);
    if !statutes.is_empty() {
        let list = join_and(cx, statutes);
        let with = cx.t("basis-national", &[("statutes", list.into())]);
        text = format!("{text}; {with}");
    }
    let label = cx.t0("label-legal-basis");
    Rich(vec![Span::Strong { text: label }]).then(format!(" {text}."))
}

pub(super) fn purposes(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    let lead = cx.t0("purposes-lead");
    blocks.push(para(lead));
    let nid = national_id_name(cx);
    let we = cx.we();
    for (i, pu) in p.purposes.iter().enumerate() {
        let (label, standard) = match &pu.id {
            Term::Known(k) => {
                let args = [("national_id", arg(&nid)), ("controller", arg(&we))];
                (
                    cx.t(&k.msg(), &args),
                    Some(cx.t(&format!("{}-desc", k.msg()), &args)),
                )
            }
            Term::Custom(t) => (cx.lt(t, &format!("purposes[{i}].id")), None),
        };
        blocks.push(Block::Subheading {
            text: label,
            number: None,
        });
        let mut r = Rich::default();
        // The camera purpose is the clinic's own (cameras.purpose); the standard sentence
        // states none. Where the purpose is not already given as the legitimate interest
        // below, it is the description.
        let camera_purpose = match (&pu.id, &p.cameras) {
            (Term::Known(PurposeId::CameraSecurity), Some(c))
                if pu.description.is_none() && pu.legitimate_interest.is_none() =>
            {
                Some(cx.lt(&c.purpose, "cameras.purpose"))
            }
            _ => None,
        };
        if let Some(s) = standard {
            r.push_text(s);
        }
        if let Some(t) = camera_purpose {
            r.push_text(" ").push(Span::Markdown { text: t });
        }
        if let Some(d) = &pu.description {
            let t = cx.lt(d, &format!("purposes[{i}].description"));
            if !r.is_empty() {
                r.push_text(" ");
            }
            r.push(Span::Markdown { text: t });
        }
        if !r.is_empty() {
            blocks.push(Block::Paragraph { text: r });
        }
        let basis = basis_text(cx, i);
        blocks.push(Block::Paragraph { text: basis });
        if let Some(li) = &pu.legitimate_interest {
            let label = cx.t0("label-legitimate-interest");
            let t = cx.lt(li, &format!("purposes[{i}].legitimate_interest"));
            blocks.push(Block::Paragraph {
                text: labelled(label, " ", t),
            });
        }
        if pu.opt_out {
            let t = cx.t0("purpose-opt-out");
            blocks.push(para(t));
        }
        if pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent) {
            let t = cx.t0("purpose-consent-withdraw");
            blocks.push(para(t));
        }
    }
    if let Some(pv) = &p.provision {
        blocks.push(Block::Subheading {
            text: cx.t0("provision-heading"),
            number: None,
        });
        if pv.contractual {
            let t = cx.t0("provision-contractual");
            blocks.push(para(t));
        }
        if pv.statutory {
            let t = cx.t("provision-statutory", &[("national_id", arg(&nid))]);
            blocks.push(para(t));
        }
        if pv.patient_duty {
            let t = cx.t0("provision-patient-duty");
            blocks.push(para(t));
        }
        if let Some(c) = &pv.consequence {
            let r = cx.lt_rich(c, "provision.consequence");
            blocks.push(Block::Paragraph { text: r });
        }
    }
    let mut covers = vec!["13(1)(c)", "14(1)(c)"];
    if p.purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::LegitimateInterest))
    {
        covers.extend(["13(1)(d)", "14(2)(b)"]);
    }
    if p.provision.is_some() {
        covers.push("13(2)(e)");
    }
    Some(section(cx, "purposes", blocks, &covers))
}

pub(super) fn staff(cx: &mut Ctx) -> Option<Section> {
    let s = cx.lp.profile.staff_access.as_ref()?;
    let mut blocks = Vec::new();
    if s.confidentiality {
        let t = cx.t0("staff-confidentiality");
        blocks.push(para(t));
    }
    if s.secrecy_includes_non_medical {
        let t = cx.t0("staff-secrecy-non-medical");
        blocks.push(para(t));
    }
    if !s.roles.is_empty() {
        let lead = cx.t0("staff-roles-lead");
        blocks.push(para(lead));
        let mut items = Vec::new();
        for (i, r) in s.roles.iter().enumerate() {
            let role = cx.term(&r.role, Role::msg, &format!("staff_access.roles[{i}].role"));
            let scope = cx.lt(&r.scope, &format!("staff_access.roles[{i}].scope"));
            items.push(labelled(role, ": ", scope));
        }
        blocks.push(list(items));
    }
    if s.need_to_know {
        let t = cx.t0("staff-need-to-know");
        blocks.push(para(t));
    }
    if s.logging {
        let t = cx.t0("staff-logging");
        blocks.push(para(t));
    }
    if s.compliance_checks {
        let t = cx.t0("staff-compliance-checks");
        blocks.push(para(t));
    }
    if s.undertaking {
        let t = cx.t0("staff-undertaking");
        blocks.push(para(t));
    }
    Some(section(cx, "staff", blocks, &[]))
}

pub(super) fn recipients(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.recipients.is_empty()
        && p.processors.is_empty()
        && p.processors_general.is_none()
        && !p.no_publication
    {
        return None;
    }
    let mut blocks = Vec::new();
    if !p.recipients.is_empty() {
        let lead = cx.t("recipients-lead", &[("controller", cx.we().into())]);
        blocks.push(para(lead));
        let mut items = Vec::new();
        for (i, r) in p.recipients.iter().enumerate() {
            let label = cx.t0(&r.kind.msg());
            let mut rich = Rich(vec![Span::Strong { text: label }]);
            if let Some(n) = &r.name {
                rich.push_text(format!(" ({n})"));
            }
            let conditions: Vec<String> = r.conditions.iter().map(|c| cx.t0(&c.msg())).collect();
            let mut details = Vec::new();
            // The data this recipient gets, when the profile limits them (review-nl item 11).
            if !r.data.is_empty() {
                let nid = national_id_name(cx);
                let data: Vec<String> = r
                    .data
                    .iter()
                    .enumerate()
                    .map(|(j, d)| {
                        let label = match d {
                            Term::Known(c) => cx.t(&c.msg(), &[("national_id", arg(&nid))]),
                            Term::Custom(t) => cx.lt(t, &format!("recipients[{i}].data[{j}]")),
                        };
                        lower_first(&label)
                    })
                    .collect();
                details.push(join_and(cx, data));
            }
            if !conditions.is_empty() {
                details.push(if r.all_conditions {
                    join_and(cx, conditions)
                } else {
                    join_or(cx, conditions)
                });
            }
            if let Some(f) = r.form {
                details.push(cx.t0(&f.msg()));
            }
            if !details.is_empty() {
                let d = details.join(", ");
                rich.push_text(format!(": {d}"));
            }
            if let Some(n) = &r.note {
                let t = cx.lt(n, &format!("recipients[{i}].note"));
                rich.push_text(". ").push(Span::Markdown { text: t });
            }
            items.push(rich);
        }
        blocks.push(list(items));
    }
    if p.no_publication {
        let t = cx.t0("recipients-no-publication");
        blocks.push(para(t));
    }
    if !p.processors.is_empty() || p.processors_general.is_some() {
        blocks.push(Block::Subheading {
            text: cx.t0("processors-heading"),
            number: None,
        });
        let lead = cx.t0("processors-lead");
        blocks.push(para(lead));
    }
    if let Some(g) = &p.processors_general {
        if !g.kinds.is_empty() {
            let kinds: Vec<String> = g.kinds.iter().map(|k| cx.t0(&k.msg())).collect();
            let kinds = join_and(cx, kinds);
            let t = cx.t("processors-kinds", &[("kinds", kinds.into())]);
            blocks.push(para(t));
        }
        if g.agreement {
            let t = if g.confidentiality {
                cx.t0("processors-agreement-confidentiality")
            } else {
                cx.t0("processors-agreement")
            };
            blocks.push(para(t));
        }
        if g.same_security {
            let t = cx.t0("processors-same-security");
            blocks.push(para(t));
        }
    }
    if !p.processors.is_empty() {
        let head = vec![
            cx.t0("col-processor"),
            cx.t0("col-service"),
            cx.t0("col-country"),
            cx.t0("col-policy"),
        ];
        let mut rows = Vec::new();
        for (i, pr) in p.processors.iter().enumerate() {
            let service = cx.term(
                &pr.service,
                Service::msg,
                &format!("processors[{i}].service"),
            );
            let country = match &pr.country {
                Some(c) => cx.t0(&format!("country-{}", c.to_ascii_lowercase())),
                None => String::new(),
            };
            let policy = match &pr.policy {
                Some(u) => Rich(vec![web(u)]),
                None => Rich::default(),
            };
            rows.push(vec![
                Rich(vec![Span::Strong {
                    text: pr.name.clone(),
                }]),
                Rich::text(service),
                Rich::text(country),
                policy,
            ]);
        }
        blocks.push(Block::Table { head, rows });
    }
    Some(section(cx, "recipients", blocks, &["13(1)(e)", "14(1)(e)"]))
}

pub(super) fn transfers(cx: &mut Ctx) -> Option<Section> {
    let t = cx.lp.profile.transfers.as_ref()?;
    let mut blocks = Vec::new();
    if !t.outside_eea {
        let s = cx.t0("transfers-none");
        blocks.push(para(s));
    } else {
        let s = cx.t0("transfers-lead");
        blocks.push(para(s));
        let mut items = Vec::new();
        for tr in &t.list {
            let country = cx.t0(&format!("country-{}", tr.country.to_ascii_lowercase()));
            let mech = cx.t0(&tr.mechanism.msg());
            let mut r = Rich(vec![Span::Strong {
                text: tr.recipient.clone(),
            }])
            .then(format!(" ({country}): {mech}"));
            if let Some(u) = &tr.safeguard_url {
                let l = cx.t0("transfers-safeguard");
                r.push_text(format!("; {l} ")).push(web(u));
            }
            items.push(r);
        }
        blocks.push(list(items));
    }
    if t.notice_promise {
        let s = cx.t0("transfers-notice-promise");
        blocks.push(para(s));
    }
    if t.otherwise_anonymous_only {
        let s = cx.t0("transfers-otherwise-anonymous");
        blocks.push(para(s));
    }
    Some(section(cx, "transfers", blocks, &["13(1)(f)", "14(1)(f)"]))
}

pub(super) fn data_flow(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.data_flow.is_empty() {
        return None;
    }
    let lead = cx.t0("data-flow-lead");
    let items = p
        .data_flow
        .iter()
        .enumerate()
        .map(|(i, t)| cx.lt_rich(t, &format!("data_flow[{i}]")))
        .collect();
    Some(section(cx, "data-flow", vec![para(lead), list(items)], &[]))
}

pub(super) fn anonymisation(cx: &mut Ctx) -> Option<Section> {
    let a = cx.lp.profile.anonymisation.as_ref()?;
    let mut blocks = Vec::new();
    let who = cx.term(&a.performed_by, Role::msg, "anonymisation.performed_by");
    let t = cx.t("anonymisation-by", &[("role", who.into())]);
    blocks.push(para(t));
    if !a.cases.is_empty() {
        let t = cx.t0("anonymisation-when");
        blocks.push(para(t));
        let items = a
            .cases
            .iter()
            .enumerate()
            .map(|(i, t)| cx.lt_rich(t, &format!("anonymisation.cases[{i}]")))
            .collect();
        blocks.push(list(items));
    }
    Some(section(cx, "anonymisation", blocks, &[]))
}

/// A retention period as the reader reads it: "20 jaar", "ten minste 7 jaar", "30 tot 50 jaar".
/// With an extension ("of langer als …") the qualifier is left out: "ten minste 20 jaar of
/// langer" says twice that there is no end, and "ten hoogste 4 weken of langer" contradicts
/// itself (review-nl items 3 and 30).
pub(super) fn retention_period(cx: &mut Ctx, r: &Retention) -> String {
    match r.period {
        Some(pe) => {
            let p = cx.period(pe);
            match (r.qualifier, r.extension.is_some()) {
                (_, true) | (Qualifier::Exactly, _) => p,
                (Qualifier::AtLeast, false) => cx.t("qualifier-at-least", &[("period", p.into())]),
                (Qualifier::AtMost, false) => cx.t("qualifier-at-most", &[("period", p.into())]),
            }
        }
        None => String::new(),
    }
}

fn retention_row(cx: &mut Ctx, i: usize, r: &Retention) -> Vec<Rich> {
    let field = format!("retention[{i}]");
    let what = cx.term(&r.record, Record::msg, &format!("{field}.record"));
    let mut period = retention_period(cx, r);
    if let Some(c) = &r.criterion {
        let t = cx.lt(c, &format!("{field}.criterion"));
        period = if period.is_empty() {
            t
        } else {
            format!("{period}; {t}")
        };
    }
    // Where the law sets a purpose test and guidance recommends a period (NO: Normen,
    // faktaark 25), the recommendation is shown as guidance, never as the legal basis (M2).
    if r.period.is_none() {
        let rule = match &r.record {
            Term::Known(rec) => cx
                .law
                .retention_rule(*rec, cx.lp.profile.effective)
                .cloned(),
            Term::Custom(_) => None,
        };
        if let Some((rule, g)) = rule.and_then(|x| x.guidance.clone().map(|g| (x, g))) {
            let source = cx.cite(&g, &rule.statute);
            let p = cx.period(rule.period);
            let p = match rule.qualifier {
                Qualifier::AtLeast => cx.t("qualifier-at-least", &[("period", p.into())]),
                Qualifier::AtMost => cx.t("qualifier-at-most", &[("period", p.into())]),
                Qualifier::Exactly => p,
            };
            let from = cx.t0(&rule.from.msg());
            let t = cx.t(
                "retention-guidance",
                &[
                    ("source", source.into()),
                    ("period", p.into()),
                    ("from", from.into()),
                ],
            );
            period = if period.is_empty() {
                t
            } else {
                format!("{period} {t}")
            };
        }
    }
    let mut period_cell = Rich::text(period);
    if let Some(e) = r.extension {
        let t = cx.t0(&e.msg());
        period_cell.push_text(format!(", {t}"));
    }
    if let Some(n) = &r.note {
        let t = cx.lt(n, &format!("{field}.note"));
        period_cell.push_text("; ").push(Span::Markdown { text: t });
    }
    let from = match r.from {
        Some(f) => cx.t0(&f.msg()),
        None => String::new(),
    };
    let basis = match &r.statute {
        Some(s) => {
            let name = cx.statute(s);
            // Cite the article when the law data has the rule for this record.
            let article = match &r.record {
                Term::Known(rec) => cx
                    .law
                    .retention_rule(*rec, cx.lp.profile.effective)
                    .filter(|rule| &rule.statute == s)
                    .map(|rule| rule.article.clone()),
                Term::Custom(_) => None,
            };
            match article {
                // "pasientjournalloven § 25" names its statute: no "pasientjournalloven (…)".
                Some(a) if cx.cite(&a, s).contains(&name) => cx.cite(&a, s),
                Some(a) => {
                    let cited = cx.cite(&a, s);
                    cx.t(
                        "cite-basis",
                        &[("statute", name.into()), ("article", cited.into())],
                    )
                }
                None => name,
            }
        }
        None => String::new(),
    };
    vec![
        Rich(vec![Span::Strong { text: what }]),
        period_cell,
        Rich::text(from),
        Rich::text(basis),
    ]
}

pub(super) fn retention(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    let lead = cx.t0("retention-lead");
    blocks.push(para(lead));
    let head = vec![
        cx.t0("col-data"),
        cx.t0("col-period"),
        cx.t0("col-from"),
        cx.t0("col-basis"),
    ];
    let rows = p
        .retention
        .iter()
        .enumerate()
        .map(|(i, r)| retention_row(cx, i, r))
        .collect();
    blocks.push(Block::Table { head, rows });
    if let Some(d) = &p.destruction {
        let within = cx.period(d.within);
        let t = cx.t("destruction-within", &[("period", within.into())]);
        blocks.push(para(t));
        if !d.approved_by.is_empty() {
            let roles: Vec<String> = d
                .approved_by
                .iter()
                .enumerate()
                .map(|(i, r)| cx.term(r, Role::msg, &format!("destruction.approved_by[{i}]")))
                .collect();
            let roles = join_or(cx, roles);
            let t = cx.t("destruction-approval", &[("roles", roles.into())]);
            blocks.push(para(t));
        }
        if !d.exceptions.is_empty() {
            let t = cx.t0("destruction-exceptions");
            blocks.push(para(t));
            let items = d
                .exceptions
                .iter()
                .map(|e| Rich::text(cx.t0(&format!("{}-case", e.msg()))))
                .collect();
            blocks.push(list(items));
        }
        if d.anonymised_kept {
            let t = cx.t0("destruction-anonymised");
            blocks.push(para(t));
        }
    }
    Some(section(cx, "retention", blocks, &["13(2)(a)", "14(2)(a)"]))
}

pub(super) fn deletion(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.deletion_triggers.is_empty() {
        return None;
    }
    let retention = cx.xref("retention");
    let t = cx.t("deletion-lead", &[("retention", retention.into())]);
    let items = p
        .deletion_triggers
        .iter()
        .map(|d| Rich::text(cx.t0(&d.msg())))
        .collect();
    Some(section(cx, "deletion", vec![para(t), list(items)], &[]))
}

pub(super) fn file_structure(cx: &mut Ctx) -> Option<Section> {
    let f = cx.lp.profile.file_structure.as_ref()?;
    let mut blocks = Vec::new();
    let lead = if f.mixed_media {
        cx.t0("file-structure-mixed")
    } else {
        cx.t0("file-structure-lead")
    };
    blocks.push(para(lead));
    for (i, m) in f.modules.iter().enumerate() {
        let name = cx.lt(&m.name, &format!("file_structure.modules[{i}].name"));
        blocks.push(Block::Subheading {
            text: name,
            number: None,
        });
        let items = m
            .elements
            .iter()
            .enumerate()
            .map(|(j, e)| cx.lt_rich(e, &format!("file_structure.modules[{i}].elements[{j}]")))
            .collect();
        blocks.push(list(items));
    }
    if !f.linkage_keys.is_empty() {
        let keys: Vec<String> = f
            .linkage_keys
            .iter()
            .enumerate()
            .map(|(i, k)| cx.lt(k, &format!("file_structure.linkage_keys[{i}]")))
            .collect();
        let keys = join_and(cx, keys);
        let t = cx.t("file-structure-linkage", &[("keys", keys.into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "file-structure", blocks, &[]))
}

pub(super) fn security(cx: &mut Ctx) -> Option<Section> {
    let s = cx.lp.profile.security.as_ref()?;
    let mut blocks = Vec::new();
    let lead = cx.t0("security-lead");
    blocks.push(para(lead));
    if !s.measures.is_empty() {
        let items = s
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| Rich::text(cx.term(m, Measure::msg, &format!("security.measures[{i}]"))))
            .collect();
        blocks.push(list(items));
    }
    for st in &s.standards {
        let t = cx.t0(&st.msg());
        blocks.push(para(t));
    }
    if let Some(b) = &s.breach {
        let authority = cx
            .law
            .authority_on(cx.lp.profile.effective)
            .name
            .get(cx.lang)
            .to_string();
        if b.notify_authority {
            let t = cx.t("breach-authority", &[("authority", authority.into())]);
            blocks.push(para(t));
        }
        if b.notify_subjects {
            let t = cx.t0("breach-subjects");
            blocks.push(para(t));
        }
        if b.report_to_dpo {
            let t = cx.t0("breach-report");
            blocks.push(para(t));
        }
        if b.anonymous_reports {
            let t = cx.t0("breach-anonymous");
            blocks.push(para(t));
        }
    }
    Some(section(cx, "security", blocks, &[]))
}

pub(super) fn communication(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    // "Ring oss" only with a number to ring (review-nb M1).
    let g: Vec<Guidance> = p
        .communication
        .iter()
        .copied()
        .filter(|x| *x != Guidance::PhoneForSensitive || reachable(p, Channel::Phone))
        .collect();
    if g.is_empty() {
        return None;
    }
    let items = g.iter().map(|x| Rich::text(cx.t0(&x.msg()))).collect();
    Some(section(cx, "communication", vec![list(items)], &[]))
}

pub(super) fn cameras(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.cameras.as_ref()?;
    let mut blocks = Vec::new();
    let places: Vec<String> = c
        .locations
        .iter()
        .enumerate()
        .map(|(i, l)| cx.lt(l, &format!("cameras.locations[{i}]")))
        .collect();
    let places = join_and(cx, places);
    let purpose = cx.lt(&c.purpose, "cameras.purpose");
    let t = cx.t(
        "cameras-where",
        &[("places", places.into()), ("purpose", purpose.into())],
    );
    blocks.push(para(t));
    if c.stored {
        let t = match c.retention {
            Some(r) => {
                let p = cx.period(r);
                cx.t("cameras-retention", &[("period", p.into())])
            }
            None => cx.t0("cameras-stored"),
        };
        blocks.push(para(t));
        if c.incident_extension {
            let t = cx.t0("cameras-incident");
            blocks.push(para(t));
        }
    } else {
        let t = cx.t0("cameras-not-stored");
        blocks.push(para(t));
    }
    for (i, v) in c.viewers.iter().enumerate() {
        let role = cx.term(&v.role, Role::msg, &format!("cameras.viewers[{i}].role"));
        let id = if v.only_with_cause {
            "cameras-viewer-cause"
        } else {
            "cameras-viewer"
        };
        let t = cx.t(id, &[("role", role.into())]);
        blocks.push(para(t));
    }
    if c.police_on_suspicion {
        let t = cx.t0("cameras-police");
        blocks.push(para(t));
    }
    if let Some(s) = &c.signage {
        let s = cx.lt(s, "cameras.signage");
        let t = cx.t("cameras-signage", &[("signage", s.into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "cameras", blocks, &[]))
}

pub(super) fn cookies(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.cookies.as_ref()?;
    let mut blocks = Vec::new();
    let t = cx.t0("cookies-definition");
    blocks.push(para(t));
    if !c.categories.is_empty() {
        let lead = cx.t0("cookies-categories");
        blocks.push(para(lead));
        let items = c
            .categories
            .iter()
            .map(|k| {
                let label = cx.t0(&k.msg());
                let desc = cx.t0(&format!("{}-desc", k.msg()));
                Rich(vec![Span::Strong { text: label }]).then(format!(": {desc}"))
            })
            .collect();
        blocks.push(list(items));
    }
    if !c.list.is_empty() {
        let head = vec![
            cx.t0("col-cookie"),
            cx.t0("col-provider"),
            cx.t0("col-category"),
            cx.t0("col-purpose"),
            cx.t0("col-duration"),
        ];
        let mut rows = Vec::new();
        for (i, k) in c.list.iter().enumerate() {
            let cat = cx.t0(&k.category.msg());
            let purpose = cx.lt_rich(&k.purpose, &format!("cookies.list[{i}].purpose"));
            let duration = if k.duration == "session" {
                cx.t0("cookie-session")
            } else {
                match crate::load::text::Period::parse(&k.duration) {
                    Ok(p) => cx.period(p),
                    Err(_) => k.duration.clone(),
                }
            };
            rows.push(vec![
                Rich::text(k.name.clone()),
                Rich::text(k.provider.clone()),
                Rich::text(cat),
                purpose,
                Rich::text(duration),
            ]);
        }
        blocks.push(Block::Table { head, rows });
    }
    let t = match c.consent {
        CookieConsent::Banner => cx.t0("cookies-consent-banner"),
        CookieConsent::NotNeeded => cx.t0("cookies-consent-not-needed"),
    };
    blocks.push(para(t));
    if c.not_identifying {
        let t = cx.t0("cookies-not-identifying");
        blocks.push(para(t));
    }
    let t = cx.t0("cookies-delete");
    let mut r = Rich::text(t);
    if let Some(h) = &c.deletion_help {
        let label = cx.lt(&h.label, "cookies.deletion_help.label");
        r.push_text(" ").push(link(label, &h.url)).push_text(".");
    }
    blocks.push(Block::Paragraph { text: r });
    Some(section(cx, "cookies", blocks, &[]))
}

pub(super) fn call_recording(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.call_recording.as_ref()?;
    let role = cx.term(&c.staff, Role::msg, "call_recording.staff");
    let mut blocks = vec![para(cx.t("call-recording", &[("role", role.into())]))];
    if c.opt_out {
        let t = cx.t0("call-recording-opt-out");
        blocks.push(para(t));
    }
    let t = cx.t0("call-recording-retention");
    blocks.push(para(t));
    Some(section(cx, "call-recording", blocks, &[]))
}

pub(super) fn research(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.research.is_none() && p.quality.is_none() {
        return None;
    }
    let mut blocks = Vec::new();
    if let Some(r) = &p.research {
        blocks.push(Block::Subheading {
            text: cx.t0("research-heading"),
            number: None,
        });
        if r.trials {
            let t = cx.t0("research-trials");
            blocks.push(para(t));
        }
        if r.record_based {
            let t = cx.t0("research-record");
            blocks.push(para(t));
        }
        // Research on an objection basis: the national conditions and the right to object
        // (NL: art. 7:458 BW, art. 24 UAVG; GDPR Art. 21(4); review-nl item 13).
        let opt_out = p.purposes.iter().any(|pu| {
            matches!(pu.id, Term::Known(PurposeId::Research))
                && (pu.opt_out || pu.uses_art6(Art6::LegitimateInterest))
        });
        if opt_out {
            if let Some(rc) = cx.law.research_without_consent.clone() {
                let article = cx.cite(&rc.article, &rc.statute);
                let t = cx.t("research-without-consent", &[("article", article.into())]);
                blocks.push(para(t));
            }
        }
        let flags = [
            (r.pseudonymised, "research-pseudonymised"),
            (r.external_researchers, "research-external"),
            (r.confidentiality_signed, "research-confidentiality"),
            (r.publications_non_identifiable, "research-publications"),
        ];
        for (on, id) in flags {
            if on {
                let t = cx.t0(id);
                blocks.push(para(t));
            }
        }
        if !r.programmes.is_empty() {
            let t = cx.t0("research-programmes");
            blocks.push(para(t));
            let items = r
                .programmes
                .iter()
                .enumerate()
                .map(|(i, x)| cx.lt_rich(x, &format!("research.programmes[{i}]")))
                .collect();
            blocks.push(list(items));
        }
    }
    if let Some(q) = &p.quality {
        blocks.push(Block::Subheading {
            text: cx.t0("quality-heading"),
            number: None,
        });
        let t = cx.t0("quality-lead");
        blocks.push(para(t));
        let items = q
            .activities
            .iter()
            .map(|a| Rich::text(cx.t0(&a.msg())))
            .collect();
        blocks.push(list(items));
        if q.reports_encrypted {
            let t = cx.t0("quality-encrypted");
            blocks.push(para(t));
        }
    }
    Some(section(cx, "research", blocks, &[]))
}

pub(super) fn marketing(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.marketing.is_none() && p.platforms.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    let mut covers = Vec::new();
    if let Some(m) = &p.marketing {
        covers.push("21(4)");
        let channels: Vec<String> = m.channels.iter().map(|c| cx.t0(&c.msg())).collect();
        let channels = join_and(cx, channels);
        let t = cx.t("marketing-lead", &[("channels", channels.into())]);
        blocks.push(para(t));
        if let Some(where_) = &m.preferences_in {
            let t = cx.t("marketing-preferences", &[("portal", where_.into())]);
            blocks.push(para(t));
        }
        let t = cx.t0("marketing-object");
        blocks.push(para(t));
    }
    if !p.platforms.is_empty() {
        let t = cx.t0("platforms-lead");
        blocks.push(para(t));
        let mut items = Vec::new();
        for pl in &p.platforms {
            let kind = cx.t0(&pl.kind.msg());
            let mut r = match &pl.url {
                Some(u) => Rich(vec![link(pl.name.clone(), u)]),
                None => Rich(vec![Span::Strong {
                    text: pl.name.clone(),
                }]),
            };
            r.push_text(format!(": {kind}"));
            if pl.booking {
                let b = cx.t0("platform-booking");
                r.push_text(format!("; {b}"));
            }
            items.push(r);
        }
        blocks.push(list(items));
    }
    Some(section(cx, "marketing", blocks, &covers))
}

pub(super) fn minors(cx: &mut Ctx) -> Option<Section> {
    let m = cx.lp.profile.minors.as_ref()?;
    let mut blocks = vec![para(
        cx.t("minors-consent", &[("age", u32::from(m.age).into())]),
    )];
    if m.cannot_verify {
        let t = cx.t("minors-cannot-verify", &[("age", u32::from(m.age).into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "minors", blocks, &[]))
}

pub(super) fn automated(cx: &mut Ctx) -> Option<Section> {
    let a = cx.lp.profile.automated_decisions.as_ref()?;
    let mut blocks = Vec::new();
    if a.used {
        let t = cx.t0("automated-used");
        blocks.push(para(t));
        if let Some(l) = &a.logic {
            let r = cx.lt_rich(l, "automated_decisions.logic");
            blocks.push(Block::Paragraph { text: r });
        }
    } else {
        let t = cx.t0("automated-none");
        blocks.push(para(t));
    }
    Some(section(cx, "automated", blocks, &["13(2)(f)", "14(2)(g)"]))
}

fn right(cx: &mut Ctx, blocks: &mut Vec<Block>, id: &str, args: &[(&str, crate::i18n::Arg)]) {
    let heading = cx.t0(&format!("right-{id}"));
    blocks.push(Block::Subheading {
        text: heading,
        number: None,
    });
    let t = cx.t(&format!("right-{id}-desc"), args);
    blocks.push(para(t));
}

pub(super) fn rights(cx: &mut Ctx) -> Option<Section> {
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
    if let Some(pe) = cx.law.patient_erasure.clone() {
        let period = cx.period(pe.deadline);
        let article = cx.cite(&pe.article, &pe.statute);
        let t = cx.t(
            "right-erasure-record",
            &[("period", period.into()), ("article", article.into())],
        );
        blocks.push(para(t));
    }
    right(cx, &mut blocks, "restriction", &[]);
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
    let mut covers = vec!["13(2)(b)", "14(2)(c)"];
    if consent {
        covers.extend(["13(2)(c)", "14(2)(d)", "7(3)"]);
    }
    if objection {
        covers.push("21(4)");
    }
    Some(section(cx, "rights", blocks, &covers))
}

pub(super) fn requests(cx: &mut Ctx) -> Option<Section> {
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
    let email = p
        .dpo
        .as_ref()
        .and_then(|d| d.email.clone())
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
    if let Some(e) = &p.erasure {
        blocks.push(Block::Subheading {
            text: cx.t0("erasure-heading"),
            number: None,
        });
        let channel = cx.t0(&e.channel.msg());
        let addr = p
            .controller
            .postal_address
            .as_ref()
            .or(p.controller.visiting_address.as_ref())
            .map(address_inline);
        let t = match addr {
            Some(a) => cx.t(
                "erasure-channel-address",
                &[
                    ("channel", channel.into()),
                    ("name", (&p.controller.name).into()),
                    ("address", a.into()),
                ],
            ),
            None => cx.t("erasure-channel", &[("channel", channel.into())]),
        };
        blocks.push(para(t));
        let items = e
            .steps
            .iter()
            .map(|s| Rich::text(cx.t0(&s.msg())))
            .collect();
        blocks.push(Block::List {
            ordered: true,
            items,
        });
    }
    Some(section(cx, "requests", blocks, &["12(3)"]))
}

pub(super) fn complaints(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    let internal: Vec<String> = p
        .complaints
        .internal
        .iter()
        .map(|b| cx.t0(&b.msg()))
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
        Rich::text(with_country(&a.postal_address)),
    ));
    if !a.visiting_address.is_empty() {
        let label = cx.t0("label-visiting-address");
        items.push((
            Rich::text(label),
            Rich::text(with_country(&a.visiting_address)),
        ));
    }
    let site = if cx.lang == crate::load::text::Lang::En {
        a.website_en.clone().unwrap_or(a.website.clone())
    } else {
        a.website.clone()
    };
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
            .map(|b| Rich::text(cx.t0(&b.msg())))
            .collect();
        blocks.push(list(items));
    }
    Some(section(cx, "complaints", blocks, &["13(2)(d)", "14(2)(e)"]))
}

pub(super) fn third_party(cx: &mut Ctx) -> Option<Section> {
    if !cx.lp.profile.third_party_websites {
        return None;
    }
    let t = cx.t0("third-party-websites");
    Some(section(cx, "third-party", vec![para(t)], &[]))
}

pub(super) fn changes(cx: &mut Ctx) -> Option<Section> {
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

/// "Camerabeelden" → "camerabeelden", for a label used inside a sentence; an acronym or a
/// word in capitals ("BSN") is left as it is.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(s[a.len_utf8()..].chars()).collect()
        }
        _ => s.to_string(),
    }
}
