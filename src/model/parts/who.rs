//! Who processes what: the DPO, definitions, the data and their sources.

use crate::load::text::Term;
use crate::load::vocab::*;
use crate::model::build::{
    address_lines, contact_lines, join_and, join_lines, join_or, labelled, list, para, section,
};
use crate::model::{web, Block, Ctx, Rich, Section, Span};

use super::national_id_name;
pub(in crate::model) fn dpo(cx: &mut Ctx) -> Option<Section> {
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
                let sep = cx.sep_label();
                items.push(labelled(role, &sep, scope));
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

pub(in crate::model) fn definitions(cx: &mut Ctx) -> Option<Section> {
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

/// The categories of data as list items ("**Identification data**: name, address"); `field`
/// is the list's path in the profile (`data`, `others[0].data`).
pub(in crate::model) fn data_items(
    cx: &mut Ctx,
    data: &[crate::load::profile::DataCategory],
    field: &str,
) -> Vec<Rich> {
    let nid = national_id_name(cx);
    let mut items = Vec::new();
    for (i, c) in data.iter().enumerate() {
        let label = match &c.category {
            Term::Known(k) => cx.t(&k.msg(), &[("national_id", (&nid).into())]),
            Term::Custom(t) => cx.lt(t, &format!("{field}[{i}].category")),
        };
        let mut r = Rich(vec![Span::Strong { text: label }]);
        if !c.examples.is_empty() {
            let ex: Vec<String> = c
                .examples
                .iter()
                .enumerate()
                .map(|(j, e)| cx.term(e, Example::msg, &format!("{field}[{i}].examples[{j}]")))
                .collect();
            let ex = ex.join(", ");
            let sep = cx.sep_label();
            r.push_text(format!("{sep}{ex}"));
        }
        items.push(r);
    }
    items
}

pub(in crate::model) fn data(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    if !p.data_subjects.is_empty() {
        let subjects: Vec<String> = p.data_subjects.iter().map(|s| cx.t0(&s.msg())).collect();
        let subjects = join_and(cx, subjects);
        let text = cx.t("data-subjects", &[("subjects", subjects.into())]);
        blocks.push(para(text));
    }
    let nid = national_id_name(cx);
    // A draft without categories (check reports it) gets no lead promising a list.
    if !p.data.is_empty() {
        let lead = cx.t0("data-lead");
        blocks.push(para(lead));
    }
    let items = data_items(cx, &p.data, "data");
    let health = p
        .data
        .iter()
        .any(|c| matches!(c.category, Term::Known(Category::Health)));
    if !items.is_empty() {
        blocks.push(list(items));
    }
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

pub(in crate::model) fn sources(cx: &mut Ctx) -> Option<Section> {
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
        if s.source == Source::Patient && s.condition.is_none() && s.channels.is_empty() {
            continue;
        }
        let label = cx.t0(&s.source.msg());
        let mut detail = Vec::new();
        if let Some(c) = s.condition {
            detail.push(cx.t0(&c.msg()));
        }
        // How the data arrive ("by letter, by telephone or on our website").
        if !s.channels.is_empty() {
            let channels: Vec<String> = s.channels.iter().map(|c| cx.t0(&c.msg())).collect();
            detail.push(join_or(cx, channels));
        }
        let text = if detail.is_empty() {
            label
        } else {
            let sep = cx.sep_list();
            format!("{label} ({})", detail.join(&sep))
        };
        items.push(Rich::text(text));
    }
    if !items.is_empty() {
        blocks.push(list(items));
    }
    let covers: &[&'static str] = if indirect { &["14(2)(f)"] } else { &[] };
    Some(section(cx, "sources", blocks, covers))
}
