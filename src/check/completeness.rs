//! Family (a): is everything the GDPR asks the statement to say in the profile? Art. 13
//! items for data collected from the patient, Art. 14 items for data the clinic receives
//! from others (any `sources` entry but `patient`), Art. 9(2)(h) with its national hook and
//! 9(3), Art. 12(3), 21(4) and 7(3) (the last in [`super::consistency`]). Each rule's
//! applicability is written next to it in `src/law/rules.yaml`.

use super::engine::Checker;
use crate::load::profile::Qualifier;
use crate::load::text::Term;
use crate::load::vocab::*;

pub fn run(cx: &mut Checker) {
    controller(cx);
    dpo(cx);
    purposes(cx);
    recipients_and_transfers(cx);
    retention(cx);
    other_items(cx);
    art14(cx);
    art9(cx);
}

fn controller(cx: &mut Checker) {
    let c = &cx.p.controller;
    let address = c.visiting_address.is_some() || c.postal_address.is_some();
    if c.email.is_none() && c.phone.is_none() && !address {
        cx.fire("gdpr/art13-1a-controller-contact", "controller", &[]);
    } else if !address {
        cx.fire("gdpr/art13-1a-controller-address", "controller", &[]);
    }
}

fn dpo(cx: &mut Checker) {
    match &cx.p.dpo {
        Some(d) => {
            if d.email.is_none() && d.phone.is_none() && d.address.is_none() {
                cx.fire("gdpr/art13-1b-dpo-contact", "dpo", &[]);
            }
        }
        None => {
            let large = matches!(
                cx.p.controller.kind,
                Some(ProviderKind::Hospital | ProviderKind::RehabilitationHospital)
            );
            if large {
                cx.fire("gdpr/art37-1c-dpo-required", "controller.kind", &[]);
            } else {
                cx.fire("gdpr/art13-1b-dpo-unstated", "controller", &[]);
            }
        }
    }
}

fn purposes(cx: &mut Checker) {
    if cx.p.purposes.is_empty() {
        cx.fire("gdpr/art13-1c-purposes", "purposes", &[]);
    }
    // The patients' purposes and those of every other group (issue 16 item 2) are held to
    // the same two rules.
    let mut all: Vec<(String, &crate::load::profile::Purpose)> = Vec::new();
    for (i, pu) in cx.p.purposes.iter().enumerate() {
        all.push((format!("purposes[{i}]"), pu));
    }
    for (j, g) in cx.p.others.iter().enumerate() {
        for (i, pu) in g.purposes.iter().enumerate() {
            all.push((format!("others[{j}].purposes[{i}]"), pu));
        }
    }
    for (path, pu) in &all {
        if pu.basis.is_none() {
            let purpose = match &pu.id {
                Term::Known(id) => id.key().to_string(),
                Term::Custom(_) => path.clone(),
            };
            cx.fire("gdpr/art13-1c-basis", path, &[("purpose", purpose)]);
        }
        if pu.uses_art6(Art6::LegitimateInterest) && pu.legitimate_interest.is_none() {
            cx.fire("gdpr/art13-1d-interest", &format!("{path}.basis.art6"), &[]);
        }
    }
    for (j, g) in cx.p.others.iter().enumerate() {
        if g.subjects.is_empty() {
            cx.fire("gdpr/art13-others-subjects", &format!("others[{j}]"), &[]);
        }
        if g.purposes.is_empty() {
            cx.fire(
                "gdpr/art13-1c-others-purposes",
                &format!("others[{j}]"),
                &[],
            );
        }
        if g.retention.is_empty() {
            cx.fire(
                "gdpr/art13-2a-others-retention",
                &format!("others[{j}]"),
                &[],
            );
        }
    }
    for (i, pu) in cx.p.purposes.iter().enumerate() {
        let marketing = matches!(pu.id, Term::Known(PurposeId::Marketing));
        if marketing && pu.uses_art6(Art6::LegitimateInterest) && cx.p.marketing.is_none() {
            cx.fire("gdpr/art21-4-marketing", &format!("purposes[{i}]"), &[]);
        }
    }
}

fn recipients_and_transfers(cx: &mut Checker) {
    let p = cx.p;
    if p.recipients.is_empty()
        && p.processors.is_empty()
        && p.processors_general.is_none()
        && !p.no_publication
        && !p.no_disclosure
    {
        cx.fire("gdpr/art13-1e-recipients", "purposes", &[]);
    }
    if let Some(t) = &p.transfers {
        if t.outside_eea && t.list.is_empty() {
            cx.fire("gdpr/art13-1f-transfer-list", "transfers.outside_eea", &[]);
        }
        for (i, tr) in t.list.iter().enumerate() {
            let copy = matches!(
                tr.mechanism,
                Mechanism::StandardContractualClauses | Mechanism::BindingCorporateRules
            );
            if copy && tr.safeguard_url.is_none() {
                cx.fire(
                    "gdpr/art13-1f-safeguard-copy",
                    &format!("transfers.list[{i}]"),
                    &[("recipient", tr.recipient.clone())],
                );
            }
        }
    }
}

fn retention(cx: &mut Checker) {
    let p = cx.p;
    if p.retention.is_empty() {
        cx.fire("gdpr/art13-2a-period", "retention", &[]);
    }
    for (i, r) in p.retention.iter().enumerate() {
        if r.period.is_none() && r.criterion.is_none() {
            cx.fire("gdpr/art13-2a-period", &format!("retention[{i}]"), &[]);
        }
        if r.period.is_some_and(|p| p.is_range()) && r.qualifier != Qualifier::Exactly {
            cx.fire(
                "profile/range-qualifier",
                &format!("retention[{i}].qualifier"),
                &[],
            );
        }
    }
    if let Some(c) = &p.cameras {
        let table = p
            .retention
            .iter()
            .any(|r| matches!(r.record, Term::Known(Record::CameraFootage)));
        if c.stored && c.retention.is_none() && !table {
            cx.fire("gdpr/art13-2a-camera-retention", "cameras.stored", &[]);
        }
    }
}

fn other_items(cx: &mut Checker) {
    let p = cx.p;
    let direct = p.sources.is_empty() || p.sources.iter().any(|s| s.source == Source::Patient);
    if direct && p.provision.is_none() {
        cx.fire("gdpr/art13-2e-provision", "purposes", &[]);
    }
    if let Some(a) = &p.automated_decisions {
        if a.used && a.logic.is_none() {
            cx.fire("gdpr/art13-2f-logic", "automated_decisions.used", &[]);
        }
    }
    if let Some(d) = p.rights.deadline {
        if d.max_days() > 31.0 {
            let shown = format!("{} {}", d.max, d.unit.key());
            cx.fire(
                "gdpr/art12-3-deadline",
                "rights.deadline",
                &[("deadline", shown)],
            );
        }
    }
    if p.document.change_notice.is_empty() {
        cx.fire("gdpr/wp260-change-notice", "document", &[]);
    }
}

fn art14(cx: &mut Checker) {
    let p = cx.p;
    if p.sources.is_empty() {
        cx.fire("gdpr/art14-sources-unstated", "data", &[]);
    }
    if cx.indirect() && p.data.is_empty() {
        cx.fire("gdpr/art14-1d-categories", "data", &[]);
    }
}

fn art9(cx: &mut Checker) {
    let p = cx.p;
    if !cx.health() {
        return;
    }
    let care = |pu: &&crate::load::profile::Purpose| pu.uses_art9(Art9::HealthCare);
    let hooked = p
        .patient_record
        .as_ref()
        .is_some_and(|r| !r.statutes.is_empty())
        || p.purposes
            .iter()
            .filter(care)
            .any(|pu| !pu.national().is_empty());
    if !hooked {
        if let Some(i) = p.purposes.iter().position(|pu| care(&pu)) {
            cx.fire(
                "gdpr/art9-2h-national-hook",
                &format!("purposes[{i}].basis.art9"),
                &[],
            );
        }
    }
    let secrecy = p.staff_access.as_ref().is_some_and(|s| s.confidentiality)
        || p.supervision
            .as_ref()
            .is_some_and(|s| s.health_professional);
    if !secrecy {
        cx.fire("gdpr/art9-3-secrecy", "data", &[]);
    }
}
