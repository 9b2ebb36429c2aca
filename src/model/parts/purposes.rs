//! Why and with whom: purposes and their bases, staff access, recipients, transfers, data flow
//! and anonymisation.

use crate::load::text::Term;
use crate::load::vocab::*;
use crate::model::build::{arg, join_and, join_or, labelled, list, para, section};
use crate::model::{web, Block, Ctx, Rich, Section, Span};

use super::national_id_name;
pub(in crate::model) fn purposes(cx: &mut Ctx) -> Option<Section> {
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
        // A purpose without a basis exists only in a draft (check refuses to publish it):
        // the preview says nothing the profile does not state.
        if let Some(basis) = basis_text(cx, pu) {
            blocks.push(Block::Paragraph { text: basis });
        }
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
        if let Some(f) = pu.form {
            blocks.push(super::exchange::purpose_form(cx, f));
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

/// "artikel 6 lid 1 sub b AVG: …" for a purpose.
pub(in crate::model) fn basis_text(
    cx: &mut Ctx,
    pu: &crate::load::profile::Purpose,
) -> Option<Rich> {
    let basis = pu.basis.as_ref()?;
    let mut grounds = vec![cx.t0(&basis.art6.msg())];
    if let Some(alt) = basis.art6_alternative {
        grounds.push(cx.t0(&alt.msg()));
    }
    let mut parts = vec![join_or(cx, grounds)];
    if let Some(a9) = basis.art9 {
        let mut conditions = vec![cx.t0(&a9.msg())];
        if let Some(alt) = basis.art9_alternative {
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
    let statutes: Vec<String> = basis
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
        let sep = cx.sep_list();
        text = format!("{text}{sep}{with}");
    }
    let label = cx.t0("label-legal-basis");
    Some(Rich(vec![Span::Strong { text: label }]).then(format!(" {text}.")))
}

pub(in crate::model) fn staff(cx: &mut Ctx) -> Option<Section> {
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
            let sep = cx.sep_label();
            items.push(labelled(role, &sep, scope));
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

pub(in crate::model) fn recipients(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.recipients.is_empty()
        && p.processors.is_empty()
        && p.processors_general.is_none()
        && !p.no_publication
        && !p.no_disclosure
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
            // A national body names the provision that sends it the data (law data
            // `recipients`), where one was verified.
            let law_cite = cx
                .law
                .national_recipient(r.kind)
                .and_then(|n| Some((n.article.clone()?, n.statute.clone()?)));
            if let Some((a, st)) = law_cite {
                let c = cx.cite(&a, &st);
                rich.push_text(format!(" ({c})"));
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
                let sep = cx.sep_label();
                rich.push_text(format!("{sep}{d}"));
            }
            if let Some(n) = &r.note {
                let t = cx.lt(n, &format!("recipients[{i}].note"));
                rich.push_text(". ").push(Span::Markdown { text: t });
            }
            items.push(rich);
        }
        blocks.push(list(items));
    }
    if p.no_disclosure {
        let t = cx.t0("recipients-no-disclosure");
        blocks.push(para(t));
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

pub(in crate::model) fn transfers(cx: &mut Ctx) -> Option<Section> {
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
            .then(format!(" ({country}){}{mech}", cx.sep_label()));
            if let Some(u) = &tr.safeguard_url {
                let l = cx.t0("transfers-safeguard");
                let sep = cx.sep_list();
                r.push_text(format!("{sep}{l} ")).push(web(u));
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

pub(in crate::model) fn data_flow(cx: &mut Ctx) -> Option<Section> {
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

pub(in crate::model) fn anonymisation(cx: &mut Ctx) -> Option<Section> {
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
