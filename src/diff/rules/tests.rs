//! Unit tests of the plain-word rules: each class of change, with was/now.

use super::super::{diff, substantive};
use super::*;
use crate::diff::test_profile as profile;

fn one(old: &Profile, new: &Profile) -> Change {
    let d = diff(old, new);
    assert_eq!(d.len(), 1, "{d:#?}");
    d.into_iter().next().unwrap()
}

#[test]
fn routes_and_languages_removed_are_substantive_added_editorial() {
    let a = profile("");
    let dpo = profile("dpo: {email: fg@x.nl}\n");
    assert_eq!(one(&a, &dpo).class, Class::Editorial);
    assert_eq!(one(&dpo, &a).class, Class::Substantive);
    let other = profile("dpo: {email: dpo@x.nl}\n");
    let c = one(&dpo, &other);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-dpo-contact")
    );
    let mut nl_only = a.clone();
    nl_only
        .languages
        .retain(|l| *l == crate::load::text::Lang::Nl);
    let c = one(&a, &nl_only);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-language-removed")
    );
    assert_eq!(one(&nl_only, &a).class, Class::Editorial);
    let renamed = {
        let mut r = a.clone();
        r.controller.name = "Y".into();
        r
    };
    assert_eq!(one(&a, &renamed).class, Class::Substantive);
    let mut v2 = a.clone();
    v2.version = "2".into();
    assert_eq!(one(&a, &v2).class, Class::Editorial);
}

#[test]
fn an_address_change_leaves_its_other_parts_to_the_generic_pass() {
    let a = profile("");
    let mut b = a.clone();
    b.controller.visiting_address = Some(crate::load::profile::Address {
        attention: None,
        street: "Laan 1".into(),
        postcode: "1234 AB".into(),
        city: "Stad".into(),
        country: None,
    });
    let mut c = b.clone();
    if let Some(addr) = c.controller.visiting_address.as_mut() {
        addr.street = "Laan 2".into();
        addr.country = Some("NL".into());
    }
    let d = diff(&b, &c);
    let messages: Vec<(&str, &str)> = d
        .iter()
        .map(|c| (c.message.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            ("diff-contact-changed", "controller.visiting_address"),
            ("diff-value-changed", "controller.visiting_address.country"),
        ],
        "{d:#?}"
    );
    // Added or removed, the whole address is one change.
    assert_eq!(diff(&a, &b).len(), 1);
    assert_eq!(diff(&b, &a).len(), 1);
}

#[test]
fn a_processor_outside_the_eea_is_named_so() {
    assert_eq!(outside_eea(&Some("US".into())), "yes");
    assert_eq!(outside_eea(&Some("nl".into())), "no");
    assert_eq!(outside_eea(&Some(" NO ".into())), "no");
    assert_eq!(outside_eea(&None), "no");
}

#[test]
fn classifies_changes() {
    let a = profile("");
    let b = profile("processors: [{name: Mailer, service: newsletter, country: US}]\n");
    let c = one(&a, &b);
    assert_eq!(c.message, "diff-processor-added");
    assert_eq!(c.class, Class::Substantive);
    assert!(substantive(&diff(&a, &b)));
    let c = one(&b, &a);
    assert_eq!(c.message, "diff-processor-removed");
    assert_eq!(c.class, Class::Editorial);
    assert!(diff(&a, &a).is_empty());
}

#[test]
fn shorter_retention_is_substantive_longer_is_not() {
    let a = profile("");
    let mut b = a.clone();
    b.retention[0].period = Some(Period::parse("30 years").unwrap());
    let longer = one(&a, &b);
    assert_eq!(
        (longer.class, longer.message.as_str()),
        (Class::Editorial, "diff-retention-longer")
    );
    let shorter = one(&b, &a);
    assert_eq!(
        (shorter.class, shorter.message.as_str()),
        (Class::Substantive, "diff-retention-shorter")
    );
    // "at least 20 years" → "at most 20 years": the reader can count on nothing.
    let mut at_least = a.clone();
    at_least.retention[0].qualifier = Qualifier::AtLeast;
    let mut at_most = a.clone();
    at_most.retention[0].qualifier = Qualifier::AtMost;
    assert_eq!(one(&at_least, &at_most).class, Class::Substantive);
    assert_eq!(one(&at_most, &at_least).class, Class::Editorial);
    // A period replaced by a criterion, and a removed retention entry, are substantive.
    let mut d = a.clone();
    d.retention[0].period = None;
    assert_eq!(one(&a, &d).class, Class::Substantive);
    let mut e = a.clone();
    e.retention.clear();
    assert_eq!(one(&a, &e).message, "diff-retention-removed");
    assert_eq!(one(&a, &e).class, Class::Substantive);
}

#[test]
fn narrower_rights_and_routes_are_substantive() {
    let a = profile("rights: {channels: [email, letter], deadline: 4 weeks}\ncomplaints: {internal: [complaints_officer]}\n");
    let b = profile("rights: {channels: [email], deadline: 4 weeks}\ncomplaints: {internal: [complaints_officer]}\n");
    let c = one(&a, &b);
    assert_eq!(
        (c.class, c.field.as_str()),
        (Class::Substantive, "rights.channels[1]")
    );
    assert_eq!(one(&b, &a).class, Class::Editorial);
    let slower = profile("rights: {channels: [email, letter], deadline: 8 weeks}\ncomplaints: {internal: [complaints_officer]}\n");
    assert_eq!(one(&a, &slower).class, Class::Substantive);
    assert_eq!(one(&slower, &a).class, Class::Editorial);
    let no_route = profile("rights: {channels: [email, letter], deadline: 4 weeks}\n");
    let c = one(&a, &no_route);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-complaint-removed")
    );
    // Contact: a new route is editorial, a removed or changed one substantive.
    let phone = profile("");
    let mut with_phone = phone.clone();
    with_phone.controller.phone = Some("+31 20 123 4567".into());
    assert_eq!(one(&phone, &with_phone).class, Class::Editorial);
    assert_eq!(one(&with_phone, &phone).class, Class::Substantive);
}

#[test]
fn new_transfer_purpose_and_recipient_are_substantive() {
    let a = profile("");
    let t = profile("transfers: {outside_eea: true, list: [{recipient: Cloudy, country: US, mechanism: standard_contractual_clauses}]}\n");
    let d = diff(&a, &t);
    assert!(d.iter().all(|c| c.class == Class::Substantive), "{d:#?}");
    assert!(d.iter().any(|c| c.message == "diff-transfer-added"));
    assert!(d.iter().any(|c| c.message == "diff-transfers-outside-eea"));
    assert_eq!(d.len(), 2, "{d:#?}");
    let mut p = a.clone();
    let mut research = a.purposes[0].clone();
    research.id = Term::Known(crate::load::vocab::PurposeId::Research);
    p.purposes.push(research);
    let c = one(&a, &p);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-purpose-added")
    );
    assert_eq!(one(&p, &a).class, Class::Editorial);
    let mut consent = a.clone();
    consent.purposes[0]
        .basis
        .as_mut()
        .expect("the base purpose has a basis")
        .art6 = crate::load::vocab::Art6::Consent;
    let c = one(&a, &consent);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-purpose-basis")
    );
    let r = profile("recipients: [{kind: health_insurer}]\n");
    let c = one(&a, &r);
    assert_eq!(
        (c.class, c.message.as_str()),
        (Class::Substantive, "diff-recipient-added")
    );
}

#[test]
fn an_entry_coming_into_force_is_added_and_one_expiring_is_dropped() {
    let a = profile(
        "processors:\n\
         - {name: Old B.V., service: booking, valid_until: 2026-05-31}\n\
         - {name: New B.V., service: booking, valid_from: 2026-06-01}\n",
    );
    let mut b = a.clone();
    b.effective = crate::load::text::Date::parse("2026-06-01").unwrap();
    let d = diff(&a, &b);
    let messages: Vec<(&str, Class)> = d.iter().map(|c| (c.message.as_str(), c.class)).collect();
    assert!(
        messages.contains(&("diff-processor-added", Class::Substantive)),
        "{d:#?}"
    );
    assert!(
        messages.iter().any(|(m, _)| *m == "diff-processor-removed"),
        "{d:#?}"
    );
    assert!(substantive(&d));
    // The same window, judged on the same date: nothing changes for the reader.
    assert!(diff(&a, &a.clone()).is_empty());
}
