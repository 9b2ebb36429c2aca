//! The changes a reader cares most about, in plain words with "was / now": identity and
//! contact routes, purposes and their bases, data, recipients, processors, transfers,
//! retention, cameras and other surprising processing, how rights are exercised, complaint
//! routes, languages and the version. Every change says which fields it describes, so the
//! generic pass ([`super::walk`]) reports only what is left.

use super::{Change, Class, Value};
use crate::load::profile::{Profile, Qualifier, Retention};
use crate::load::text::{Period, Term};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use Class::{Editorial, Substantive};

fn term_label<T: Copy>(t: &Term<T>, msg: fn(T) -> String) -> Value {
    match t {
        Term::Known(k) => Value::Label(msg(*k)),
        Term::Custom(l) => Value::Text(l.clone()),
    }
}

fn term_key<T: Copy + Serialize>(t: &Term<T>) -> String {
    serde_json::to_string(t).unwrap_or_default()
}

fn or_dash(s: Option<String>) -> String {
    s.unwrap_or_else(|| "—".into())
}

/// The shortest time a reader can count on the record being kept, in days: the lower
/// bound of an "at least" or "exactly" period, nothing for "at most" or no period.
fn guaranteed_days(r: &Retention) -> f64 {
    match (r.period, r.qualifier) {
        (Some(p), Qualifier::AtLeast | Qualifier::Exactly) => f64::from(p.min) * p.unit.days(),
        _ => 0.0,
    }
}

/// `yes` when `country` (an ISO code) is given and outside the EEA: a processor there is a
/// transfer (GDPR Chapter V), and the wording says so.
fn outside_eea(country: &Option<String>) -> &'static str {
    match country {
        Some(c)
            if !crate::check::consistency::EEA
                .iter()
                .any(|e| e.eq_ignore_ascii_case(c.trim())) =>
        {
            "yes"
        }
        _ => "no",
    }
}

/// A contact route: added is editorial (one more way to reach the clinic), changed or
/// removed is substantive (the old way stops working). A change describes the `parts` of
/// the field it shows (all of it when `parts` is empty); other parts (an address's
/// `attention`) are left to the generic pass.
fn contact(
    out: &mut Vec<Change>,
    field: &str,
    parts: &[&str],
    old: Option<String>,
    new: Option<String>,
) {
    match (old, new) {
        (o, n) if o == n => {}
        (None, Some(n)) => {
            out.push(Change::new(Editorial, "diff-contact-added", field).plain("new", n))
        }
        (Some(o), None) => {
            out.push(Change::new(Substantive, "diff-contact-removed", field).plain("old", o))
        }
        (o, n) => {
            let mut c = Change::new(Substantive, "diff-contact-changed", field)
                .plain("old", or_dash(o))
                .plain("new", or_dash(n));
            if !parts.is_empty() {
                c.covers = parts
                    .iter()
                    .map(|p| (super::Side::New, format!("{field}.{p}")))
                    .collect();
            }
            out.push(c);
        }
    }
}

/// Entries of two lists matched by `key`: (new index, new entry, matching old entry) for
/// each new one, and (old index, old entry) for each old one no longer there. Linear in
/// the length of the lists (a hash of the old keys), however long they are.
#[allow(clippy::type_complexity)]
fn matched<'a, T, K: Eq + std::hash::Hash>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> K,
) -> (Vec<(usize, &'a T, Option<&'a T>)>, Vec<(usize, &'a T)>) {
    let mut first: HashMap<K, usize> = HashMap::new();
    for (i, o) in old.iter().enumerate() {
        first.entry(key(o)).or_insert(i);
    }
    let new_keys: HashSet<K> = new.iter().map(&key).collect();
    let kept = new
        .iter()
        .enumerate()
        .map(|(i, n)| (i, n, first.get(&key(n)).map(|&j| &old[j])))
        .collect();
    let gone = old
        .iter()
        .enumerate()
        .filter(|(_, o)| !new_keys.contains(&key(o)))
        .collect();
    (kept, gone)
}

/// The plain-word changes between `old` and `new`, in profile order.
pub(super) fn changes(old: &Profile, new: &Profile) -> Vec<Change> {
    use crate::load::vocab::*;
    let mut out = Vec::new();

    // Controller identity and contact: how patients reach the controller.
    let (oc, nc) = (&old.controller, &new.controller);
    if oc.name != nc.name {
        out.push(
            Change::new(Substantive, "diff-controller-name", "controller.name")
                .plain("old", &oc.name)
                .plain("new", &nc.name),
        );
    }
    for (field, o, n) in [
        ("controller.email", &oc.email, &nc.email),
        ("controller.phone", &oc.phone, &nc.phone),
        ("controller.website", &oc.website, &nc.website),
    ] {
        contact(&mut out, field, &[], o.clone(), n.clone());
    }
    let addr = |a: &Option<crate::load::profile::Address>| {
        a.as_ref()
            .map(|a| format!("{}, {} {}", a.street, a.postcode, a.city))
    };
    let parts = ["street", "postcode", "city"];
    contact(
        &mut out,
        "controller.visiting_address",
        &parts,
        addr(&oc.visiting_address),
        addr(&nc.visiting_address),
    );
    contact(
        &mut out,
        "controller.postal_address",
        &parts,
        addr(&oc.postal_address),
        addr(&nc.postal_address),
    );
    // The DPO: a route for exercising rights.
    let dpo_contact = |d: &crate::load::profile::Dpo| d.email.clone().or(d.phone.clone());
    match (&old.dpo, &new.dpo) {
        (None, Some(n)) => out.push(
            Change::new(Editorial, "diff-dpo-added", "dpo").plain("new", or_dash(dpo_contact(n))),
        ),
        (Some(o), None) => out.push(
            Change::new(Substantive, "diff-dpo-removed", "dpo")
                .plain("old", or_dash(dpo_contact(o))),
        ),
        (Some(o), Some(n)) if o.email != n.email || o.phone != n.phone => out.push(
            Change::new(Substantive, "diff-dpo-contact", "dpo.email")
                .covers("dpo.phone")
                .plain("old", or_dash(dpo_contact(o)))
                .plain("new", or_dash(dpo_contact(n))),
        ),
        _ => {}
    }

    // Purposes, their legal bases and the right to object.
    let (kept, gone) = matched(&old.purposes, &new.purposes, |p| term_key(&p.id));
    for (i, p, o) in kept {
        let what = term_label(&p.id, PurposeId::msg);
        match o {
            None => out.push(
                Change::new(Substantive, "diff-purpose-added", format!("purposes[{i}]"))
                    .arg("what", what),
            ),
            Some(o) => {
                // A purpose transcribed without a basis (a draft) reads "no legal basis stated".
                let art6 = |b: &Option<crate::load::profile::Basis>| {
                    b.as_ref()
                        .map_or_else(|| "diff-basis-none".to_string(), |b| b.art6.msg())
                };
                if art6(&o.basis) != art6(&p.basis) {
                    out.push(
                        Change::new(
                            Substantive,
                            "diff-purpose-basis",
                            format!("purposes[{i}].basis.art6"),
                        )
                        .arg("what", what.clone())
                        .label("old", art6(&o.basis))
                        .label("new", art6(&p.basis)),
                    );
                }
                if o.opt_out && !p.opt_out {
                    out.push(
                        Change::new(
                            Substantive,
                            "diff-purpose-opt-out-removed",
                            format!("purposes[{i}].opt_out"),
                        )
                        .arg("what", what),
                    );
                }
            }
        }
    }
    for (i, p) in gone {
        out.push(
            Change::removed(Editorial, "diff-purpose-removed", format!("purposes[{i}]"))
                .arg("what", term_label(&p.id, PurposeId::msg)),
        );
    }

    // Data categories.
    let (kept, gone) = matched(&old.data, &new.data, |d| term_key(&d.category));
    for (i, d, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(Substantive, "diff-data-added", format!("data[{i}]"))
                .arg("what", term_label(&d.category, Category::msg)),
        );
    }
    for (i, d) in gone {
        out.push(
            Change::removed(Editorial, "diff-data-removed", format!("data[{i}]"))
                .arg("what", term_label(&d.category, Category::msg)),
        );
    }

    // Recipients and processors: new ones are substantive.
    let rkey = |r: &crate::load::profile::Recipient| (r.kind, r.name.clone());
    let rname = |r: &crate::load::profile::Recipient| match &r.name {
        Some(n) => format!(" ({n})"),
        None => String::new(),
    };
    let (kept, gone) = matched(&old.recipients, &new.recipients, rkey);
    for (i, r, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(
                Substantive,
                "diff-recipient-added",
                format!("recipients[{i}]"),
            )
            .label("what", r.kind.msg())
            .plain("name", rname(r)),
        );
    }
    for (i, r) in gone {
        out.push(
            Change::removed(
                Editorial,
                "diff-recipient-removed",
                format!("recipients[{i}]"),
            )
            .label("what", r.kind.msg())
            .plain("name", rname(r)),
        );
    }
    let (kept, gone) = matched(&old.processors, &new.processors, |p| p.name.clone());
    for (i, p, o) in kept {
        match o {
            None => out.push(
                Change::new(
                    Substantive,
                    "diff-processor-added",
                    format!("processors[{i}]"),
                )
                .plain("name", &p.name)
                .arg("service", term_label(&p.service, Service::msg))
                .arg("country", Value::Country(p.country.clone()))
                .plain("outside", outside_eea(&p.country)),
            ),
            Some(o) if o.country != p.country => out.push(
                Change::new(
                    Substantive,
                    "diff-processor-country",
                    format!("processors[{i}].country"),
                )
                .plain("name", &p.name)
                .arg("old", Value::Country(o.country.clone()))
                .arg("new", Value::Country(p.country.clone()))
                .plain("outside", outside_eea(&p.country)),
            ),
            _ => {}
        }
    }
    for (i, p) in gone {
        out.push(
            Change::removed(
                Editorial,
                "diff-processor-removed",
                format!("processors[{i}]"),
            )
            .plain("name", &p.name),
        );
    }

    // Transfers outside the EEA.
    let list = |p: &Profile| {
        p.transfers
            .as_ref()
            .map(|t| t.list.clone())
            .unwrap_or_default()
    };
    let (ol, nl) = (list(old), list(new));
    let tkey = |t: &crate::load::profile::Transfer| (t.recipient.clone(), t.country.clone());
    let (kept, gone) = matched(&ol, &nl, tkey);
    for (i, t, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(
                Substantive,
                "diff-transfer-added",
                format!("transfers.list[{i}]"),
            )
            .plain("what", &t.recipient)
            .arg("country", Value::Country(Some(t.country.clone()))),
        );
    }
    for (i, t) in gone {
        out.push(
            Change::removed(
                Editorial,
                "diff-transfer-removed",
                format!("transfers.list[{i}]"),
            )
            .plain("what", &t.recipient)
            .arg("country", Value::Country(Some(t.country.clone()))),
        );
    }
    let outside = |p: &Profile| p.transfers.as_ref().is_some_and(|t| t.outside_eea);
    match (outside(old), outside(new)) {
        (false, true) => out.push(Change::new(
            Substantive,
            "diff-transfers-outside-eea",
            "transfers.outside_eea",
        )),
        (true, false) => out.push(Change::new(
            Editorial,
            "diff-transfers-inside-eea",
            "transfers.outside_eea",
        )),
        _ => {}
    }

    // Retention: a shorter period (less time to see, copy or use one's record) or a
    // different start is substantive; only a longer period is editorial.
    let (kept, gone) = matched(&old.retention, &new.retention, |r| term_key(&r.record));
    for (i, r, o) in kept {
        let what = term_label(&r.record, Record::msg);
        let field = format!("retention[{i}]");
        match o {
            None => out.push(
                Change::new(Editorial, "diff-retention-added", field.clone())
                    .arg("what", what)
                    .period("period", r.period, r.qualifier),
            ),
            Some(o) => {
                if o.period != r.period || o.qualifier != r.qualifier {
                    let max = |r: &Retention| r.period.map(|p| p.max_days());
                    let shorter = guaranteed_days(r) < guaranteed_days(o)
                        || match (max(o), max(r)) {
                            (Some(a), Some(b)) => b < a,
                            (None, Some(_)) | (Some(_), None) => true,
                            (None, None) => false,
                        };
                    out.push(
                        Change::new(
                            if shorter { Substantive } else { Editorial },
                            if shorter {
                                "diff-retention-shorter"
                            } else {
                                "diff-retention-longer"
                            },
                            format!("{field}.period"),
                        )
                        .covers(format!("{field}.qualifier"))
                        .arg("what", what.clone())
                        .period("old", o.period, o.qualifier)
                        .period("new", r.period, r.qualifier),
                    );
                }
                if o.from != r.from {
                    let from = |r: &Retention| match r.from {
                        Some(f) => Value::Label(f.msg()),
                        None => Value::Plain("—".into()),
                    };
                    out.push(
                        Change::new(Substantive, "diff-retention-from", format!("{field}.from"))
                            .arg("what", what)
                            .arg("old", from(o))
                            .arg("new", from(r)),
                    );
                }
            }
        }
    }
    for (i, r) in gone {
        out.push(
            Change::removed(
                Substantive,
                "diff-retention-removed",
                format!("retention[{i}]"),
            )
            .arg("what", term_label(&r.record, Record::msg))
            .period("old", r.period, r.qualifier),
        );
    }

    // Processing that could surprise the reader.
    match (&old.cameras, &new.cameras) {
        (None, Some(c)) => {
            let place = match c.locations.first() {
                Some(l) => Value::Text(l.clone()),
                None => Value::Plain("—".into()),
            };
            out.push(Change::new(Substantive, "diff-cameras-added", "cameras").arg("where", place));
        }
        (Some(_), None) => out.push(Change::removed(
            Editorial,
            "diff-cameras-removed",
            "cameras",
        )),
        (Some(o), Some(n)) => {
            if o.retention != n.retention {
                let longer = match (o.retention, n.retention) {
                    (Some(a), Some(b)) => b.max_days() > a.max_days(),
                    (None, Some(_)) => true,
                    _ => false,
                };
                out.push(
                    Change::new(
                        if longer { Substantive } else { Editorial },
                        "diff-cameras-retention",
                        "cameras.retention",
                    )
                    .period("old", o.retention, Qualifier::Exactly)
                    .period("new", n.retention, Qualifier::Exactly),
                );
            }
            if o.stored != n.stored {
                out.push(Change::new(
                    if n.stored { Substantive } else { Editorial },
                    if n.stored {
                        "diff-cameras-stored"
                    } else {
                        "diff-cameras-not-stored"
                    },
                    "cameras.stored",
                ));
            }
        }
        (None, None) => {}
    }
    for (field, was, is, added, removed) in [
        (
            "call_recording",
            old.call_recording.is_some(),
            new.call_recording.is_some(),
            "diff-call-recording-added",
            "diff-call-recording-removed",
        ),
        (
            "research",
            old.research.is_some(),
            new.research.is_some(),
            "diff-research-added",
            "diff-research-removed",
        ),
        (
            "marketing",
            old.marketing.is_some(),
            new.marketing.is_some(),
            "diff-marketing-added",
            "diff-marketing-removed",
        ),
    ] {
        match (was, is) {
            (false, true) => out.push(Change::new(Substantive, added, field)),
            (true, false) => out.push(Change::removed(Editorial, removed, field)),
            _ => {}
        }
    }
    let cats = |p: &Profile| {
        p.cookies
            .as_ref()
            .map(|c| c.categories.clone())
            .unwrap_or_default()
    };
    let (oc, nc) = (cats(old), cats(new));
    let (kept, gone) = matched(&oc, &nc, |c| *c);
    for (i, c, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(
                Substantive,
                "diff-cookies-added",
                format!("cookies.categories[{i}]"),
            )
            .label("what", c.msg()),
        );
    }
    for (i, c) in gone {
        out.push(
            Change::removed(
                Editorial,
                "diff-cookies-removed",
                format!("cookies.categories[{i}]"),
            )
            .label("what", c.msg()),
        );
    }

    // How rights are exercised: a channel removed narrows them, one added widens them.
    let (kept, gone) = matched(&old.rights.channels, &new.rights.channels, |c| *c);
    for (i, c, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(
                Editorial,
                "diff-rights-channel-added",
                format!("rights.channels[{i}]"),
            )
            .label("what", c.msg()),
        );
    }
    for (i, c) in gone {
        out.push(
            Change::removed(
                Substantive,
                "diff-rights-channel-removed",
                format!("rights.channels[{i}]"),
            )
            .label("what", c.msg()),
        );
    }
    let (od, nd) = (old.rights.deadline, new.rights.deadline);
    if od != nd {
        // No own deadline means the GDPR month (Art. 12(3)).
        let days = |p: Option<Period>| p.map_or(30.0, |p| p.max_days());
        let deadline = |p: Option<Period>| match p {
            Some(p) => Value::Period(Some(p), Qualifier::Exactly),
            None => Value::Label("diff-deadline-default".into()),
        };
        out.push(
            Change::new(
                if days(nd) > days(od) {
                    Substantive
                } else {
                    Editorial
                },
                "diff-rights-deadline",
                "rights.deadline",
            )
            .arg("old", deadline(od))
            .arg("new", deadline(nd)),
        );
    }

    // Complaint routes: removing one takes a remedy from the reader.
    for (name, o, n) in [
        (
            "complaints.internal",
            &old.complaints.internal,
            &new.complaints.internal,
        ),
        (
            "complaints.external",
            &old.complaints.external,
            &new.complaints.external,
        ),
    ] {
        let (kept, gone) = matched(o, n, |c| *c);
        for (i, c, _) in kept.into_iter().filter(|k| k.2.is_none()) {
            out.push(
                Change::new(Editorial, "diff-complaint-added", format!("{name}[{i}]"))
                    .label("what", c.msg()),
            );
        }
        for (i, c) in gone {
            out.push(
                Change::removed(
                    Substantive,
                    "diff-complaint-removed",
                    format!("{name}[{i}]"),
                )
                .label("what", c.msg()),
            );
        }
    }

    // Languages: a reader whose language is dropped loses the statement.
    let (kept, gone) = matched(&old.languages, &new.languages, |l| *l);
    for (i, l, _) in kept.into_iter().filter(|k| k.2.is_none()) {
        out.push(
            Change::new(Editorial, "diff-language-added", format!("languages[{i}]"))
                .plain("lang", l.code()),
        );
    }
    for (i, l) in gone {
        out.push(
            Change::removed(
                Substantive,
                "diff-language-removed",
                format!("languages[{i}]"),
            )
            .plain("lang", l.code()),
        );
    }
    if old.version != new.version {
        out.push(
            Change::new(Editorial, "diff-version", "version")
                .plain("old", &old.version)
                .plain("new", &new.version),
        );
    }
    out
}

#[cfg(test)]
mod tests;
