//! Family (c): facts in the profile that contradict each other or the law: a processor
//! outside the EEA without a transfer safeguard, consent without a route to withdraw it,
//! tracking cookies without consent, health data without an Art. 9 condition, "as long as
//! necessary" as the only retention, and similar. Lists the check compares against (known
//! providers outside the EEA, the generic-retention phrases) are rule `params` in
//! `src/law/rules.yaml`.

use super::catalogue::catalogue;
use super::engine::Checker;
use crate::load::text::{LocalizedText, Term};
use crate::load::vocab::*;
use regex::RegexBuilder;
use std::sync::OnceLock;

/// ISO 3166 codes of the EEA (EU 27 + Iceland, Liechtenstein, Norway).
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

pub fn run(cx: &mut Checker) {
    withdrawal(cx);
    deletion_on_withdrawal(cx);
    school(cx);
    transfers(cx);
    cookies(cx);
    no_disclosure(cx);
    joint(cx);
    art9(cx);
    retention(cx);
    cameras_and_processors(cx);
}

/// The pattern `key` of rule `id`, case-insensitive, compiled once into `slot`.
fn param(
    slot: &'static OnceLock<Option<regex::Regex>>,
    id: &str,
    key: &str,
) -> Option<&'static regex::Regex> {
    slot.get_or_init(|| {
        let c = catalogue().ok()?;
        let p = c.get(id)?.params.get(key)?;
        RegexBuilder::new(p).case_insensitive(true).build().ok()
    })
    .as_ref()
}

fn withdrawal(cx: &mut Checker) {
    if !cx.consent() {
        return;
    }
    let p = cx.p;
    let c = &p.controller;
    let dpo = p
        .dpo
        .as_ref()
        .is_some_and(|d| d.email.is_some() || d.phone.is_some());
    let channel = p.rights.channels.iter().any(|ch| {
        matches!(
            ch,
            Channel::Email | Channel::Phone | Channel::PatientPortal | Channel::Website
        )
    });
    let portal = p
        .marketing
        .as_ref()
        .is_some_and(|m| m.preferences_in.is_some())
        || p.cookies
            .as_ref()
            .is_some_and(|k| k.consent == Some(CookieConsent::Banner));
    if c.email.is_none() && c.phone.is_none() && !dpo && !channel && !portal {
        let i = p
            .purposes
            .iter()
            .position(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent))
            .unwrap_or(0);
        cx.fire(
            "gdpr/art7-3-withdraw-route",
            &format!("purposes[{i}].basis"),
            &[],
        );
    }
}

/// Deletion on withdrawal of consent (Art. 17(1)(b)) applies only to processing based on
/// consent: promised without any such purpose, it covers nothing.
fn deletion_on_withdrawal(cx: &mut Checker) {
    if cx.consent() {
        return;
    }
    let p = cx.p;
    if let Some(i) = p
        .deletion_triggers
        .iter()
        .position(|d| *d == DeletionTrigger::ConsentWithdrawn)
    {
        cx.fire(
            "consistency/deletion-consent-without-consent",
            &format!("deletion_triggers[{i}]"),
            &[],
        );
    }
}

/// A school is no health professional under secrecy (Art. 9(2)(h), 9(3)): health data go
/// to it on consent or by law only.
fn school(cx: &mut Checker) {
    if !cx.health() {
        return;
    }
    let p = cx.p;
    for (i, r) in p.recipients.iter().enumerate() {
        let grounded = r.conditions.iter().any(|c| {
            matches!(
                c,
                Condition::WithConsent | Condition::ExplicitConsent | Condition::ByLaw
            )
        });
        if r.kind == RecipientKind::School && !grounded {
            cx.fire(
                "consistency/school-without-consent",
                &format!("recipients[{i}].conditions"),
                &[],
            );
        }
    }
}

fn listed(p: &crate::load::profile::Profile, name: &str) -> bool {
    let n = name.to_lowercase();
    p.transfers.as_ref().is_some_and(|t| {
        t.outside_eea
            && t.list.iter().any(|tr| {
                let r = tr.recipient.to_lowercase();
                r.contains(&n) || n.contains(&r)
            })
    })
}

fn transfers(cx: &mut Checker) {
    let p = cx.p;
    for (i, pr) in p.processors.iter().enumerate() {
        if let Some(country) = &pr.country {
            let inside = EEA.iter().any(|c| c.eq_ignore_ascii_case(country.trim()));
            if !inside && !listed(p, &pr.name) {
                cx.fire(
                    "consistency/transfer-safeguard",
                    &format!("processors[{i}].country"),
                    &[("name", pr.name.clone()), ("country", country.clone())],
                );
            }
        }
    }
    static PROVIDERS: OnceLock<Option<regex::Regex>> = OnceLock::new();
    if let Some(re) = param(
        &PROVIDERS,
        "consistency/third-country-provider",
        "providers",
    ) {
        let mut named: Vec<(String, String)> = p
            .processors
            .iter()
            .enumerate()
            .filter(|(_, pr)| pr.country.is_none())
            .map(|(i, pr)| (format!("processors[{i}].name"), pr.name.clone()))
            .collect();
        if let Some(c) = &p.cookies {
            for (i, k) in c.list.iter().enumerate() {
                named.push((format!("cookies.list[{i}].provider"), k.provider.clone()));
            }
        }
        for (field, name) in named {
            if re.is_match(&name) && !listed(p, &name) {
                cx.fire(
                    "consistency/third-country-provider",
                    &field,
                    &[("name", name.clone())],
                );
            }
        }
    }
    if let Some(t) = &p.transfers {
        for (i, tr) in t.list.iter().enumerate() {
            let us = matches!(
                tr.country.trim().to_ascii_uppercase().as_str(),
                "US" | "USA" | "UNITED STATES"
            );
            if tr.mechanism == Mechanism::DataPrivacyFramework && !us {
                cx.fire(
                    "consistency/dpf-country",
                    &format!("transfers.list[{i}].mechanism"),
                    &[("country", tr.country.clone())],
                );
            }
        }
    }
}

fn cookies(cx: &mut Checker) {
    let p = cx.p;
    let Some(c) = &p.cookies else { return };
    let mut cats: Vec<CookieCategory> = c.categories.clone();
    cats.extend(c.list.iter().map(|k| k.category));
    let tracking = cats
        .iter()
        .any(|k| matches!(k, CookieCategory::Tracking | CookieCategory::Marketing));
    let analytics = cats
        .iter()
        .any(|k| matches!(k, CookieCategory::Analytics | CookieCategory::Statistics));
    if c.none && (!cats.is_empty() || c.consent.is_some()) {
        cx.fire("consistency/cookies-none", "cookies.none", &[]);
    }
    if c.consent.is_none() && !c.none && (tracking || analytics) {
        cx.fire("consistency/cookie-consent-unstated", "cookies", &[]);
    }
    if c.consent == Some(CookieConsent::NotNeeded) {
        if tracking {
            cx.fire("consistency/cookie-consent", "cookies.consent", &[]);
        } else if analytics {
            cx.fire(
                "consistency/analytics-cookie-consent",
                "cookies.consent",
                &[],
            );
        }
    } else if c.consent.is_some()
        && (tracking || analytics)
        && !p.purposes.iter().any(|pu| pu.uses_art6(Art6::Consent))
    {
        cx.fire("consistency/cookie-basis", "cookies.consent", &[]);
    }
    // Marketing and tracking cookies work by online identifiers (review-nb M5).
    if tracking && c.not_identifying {
        cx.fire(
            "consistency/cookies-not-identifying",
            "cookies.not_identifying",
            &[],
        );
    }
}

/// Joint controllers need the others named: an arrangement between the controller and no one.
fn joint(cx: &mut Checker) {
    let c = &cx.p.controller;
    if c.joint_arrangement.is_some() && c.co_controllers.is_empty() {
        cx.fire(
            "consistency/joint-without-co-controllers",
            "controller.joint_arrangement",
            &[],
        );
    }
}

/// "We pass your data on to no one" beside a list of recipients says two things at once.
/// Processors are no third parties (Art. 4(10)), so a `processors` entry does not contradict it.
fn no_disclosure(cx: &mut Checker) {
    let p = cx.p;
    if !p.no_disclosure {
        return;
    }
    for (i, r) in p.recipients.iter().enumerate() {
        if r.kind != RecipientKind::Processors {
            cx.fire(
                "consistency/no-disclosure-recipients",
                &format!("recipients[{i}]"),
                &[("recipient", r.kind.key().to_string())],
            );
        }
    }
}

fn art9(cx: &mut Checker) {
    let p = cx.p;
    if cx.health() && !p.purposes.is_empty() && p.purposes.iter().all(|pu| pu.art9().is_none()) {
        cx.fire("gdpr/art9-2-condition", "purposes", &[]);
    }
    for (i, pu) in p.purposes.iter().enumerate() {
        let Term::Known(id) = pu.id else { continue };
        if id == PurposeId::Care && pu.basis.is_some() && pu.art9().is_none() {
            cx.fire(
                "consistency/care-art9",
                &format!("purposes[{i}].basis"),
                &[],
            );
        }
        if id == PurposeId::Care && pu.basis.as_ref().is_some_and(|b| b.art6 == Art6::Consent) {
            cx.fire(
                "consistency/consent-care",
                &format!("purposes[{i}].basis.art6"),
                &[],
            );
        }
        let health_purpose = matches!(
            id,
            PurposeId::Quality
                | PurposeId::Research
                | PurposeId::ImplantRegistry
                | PurposeId::Medicines
                | PurposeId::CareEvaluation
                | PurposeId::ScientificRegistration
                | PurposeId::OrganDonation
        );
        let only_li = pu.basis.as_ref().is_some_and(|b| {
            b.art6 == Art6::LegitimateInterest
                && b.art6_alternative
                    .is_none_or(|a| a == Art6::LegitimateInterest)
        });
        if health_purpose && only_li && pu.art9().is_none() {
            cx.fire(
                "consistency/li-health",
                &format!("purposes[{i}].basis"),
                &[("purpose", id.key().to_string())],
            );
        }
    }
}

fn any_text_matches(t: &LocalizedText, re: &regex::Regex) -> bool {
    t.all().iter().any(|s| re.is_match(s))
}

fn retention(cx: &mut Checker) {
    let p = cx.p;
    static GENERIC: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let Some(re) = param(&GENERIC, "consistency/as-long-as-necessary", "pattern") else {
        return;
    };
    for (i, r) in p.retention.iter().enumerate() {
        if r.period.is_some() {
            continue;
        }
        if matches!(&r.criterion, Some(Term::Custom(c)) if any_text_matches(c, re)) {
            cx.fire(
                "consistency/as-long-as-necessary",
                &format!("retention[{i}].criterion"),
                &[],
            );
        }
    }
}

fn cameras_and_processors(cx: &mut Checker) {
    let p = cx.p;
    if p.cameras.is_some()
        && !p
            .purposes
            .iter()
            .any(|pu| matches!(pu.id, Term::Known(PurposeId::CameraSecurity)))
    {
        cx.fire("consistency/camera-purpose", "cameras", &[]);
    }
    if !p.processors.is_empty() && !p.processors_general.as_ref().is_some_and(|g| g.agreement) {
        cx.fire("consistency/processor-agreement", "processors", &[]);
    }
}
