//! Semantic diff of two versions of a profile: what changes for the reader, in plain words
//! per language, each change classed *substantive* or *editorial*.
//!
//! WP260 rev.01 §29–31: changes to the purposes, the controller's identity, how rights are
//! exercised, new recipients or new transfers must be brought to the data subject's
//! attention actively and in advance ("substantive"); corrections of spelling or style
//! need not ("editorial"). We also count as substantive what enlarges processing for the
//! reader: new data categories, new processors, longer retention, new cameras, recording
//! or tracking. Removals and shortenings are editorial: they need no advance notice.

pub mod cmd;
pub mod report;

use crate::i18n::{Arg, Wording};
use crate::load::profile::{Profile, Qualifier, Retention};
use crate::load::text::{Lang, LocalizedText, Period, Term};
use serde::Serialize;
use std::collections::BTreeSet;

/// How a change must be announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// Needs active notice to patients before it takes effect (WP260 §29–30).
    Substantive,
    /// May be published without advance notice.
    Editorial,
}

/// One change, as a message id and its arguments (rendered per language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub class: Class,
    /// Fluent message id (`diff-purpose-added`).
    pub message: String,
    /// The profile field the change is about.
    pub field: String,
    /// Message arguments: plain values, or `msg:<id>` for a vocabulary label to translate,
    /// or `text:` followed by a LocalizedText rendered in the reader's language.
    #[serde(skip)]
    args: Vec<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Plain(String),
    Label(String),
    Text(LocalizedText),
    Period(Period, Qualifier),
}

impl Change {
    fn new(class: Class, message: &str, field: impl Into<String>) -> Change {
        Change {
            class,
            message: message.to_string(),
            field: field.into(),
            args: Vec::new(),
        }
    }
    fn plain(mut self, k: &str, v: impl Into<String>) -> Self {
        self.args.push((k.into(), Value::Plain(v.into())));
        self
    }
    fn label(mut self, k: &str, msg: String) -> Self {
        self.args.push((k.into(), Value::Label(msg)));
        self
    }
    fn text(mut self, k: &str, t: &LocalizedText) -> Self {
        self.args.push((k.into(), Value::Text(t.clone())));
        self
    }
    fn period(mut self, k: &str, p: Period, q: Qualifier) -> Self {
        self.args.push((k.into(), Value::Period(p, q)));
        self
    }

    /// The change in plain words, in `lang`.
    pub fn render(&self, wording: &Wording, lang: Lang) -> Result<String, String> {
        let mut args: Vec<(&str, Arg)> = Vec::new();
        for (k, v) in &self.args {
            let s = match v {
                Value::Plain(s) => s.clone(),
                Value::Label(id) => wording.format(
                    lang,
                    id,
                    &[
                        ("national_id", Arg::Str(String::new())),
                        ("controller", Arg::Str(String::new())),
                    ],
                )?,
                Value::Text(t) => t
                    .get(lang)
                    .or_else(|| t.all().first().copied())
                    .unwrap_or_default()
                    .to_string(),
                Value::Period(p, q) => {
                    let unit = wording.format(
                        lang,
                        &format!("unit-{}", p.unit.key()),
                        &[("n", p.max.into())],
                    )?;
                    let base = if p.is_range() {
                        wording.format(
                            lang,
                            "period-range",
                            &[
                                ("min", p.min.into()),
                                ("max", p.max.into()),
                                ("unit", unit.into()),
                            ],
                        )?
                    } else {
                        wording.format(
                            lang,
                            "period",
                            &[("n", p.min.into()), ("unit", unit.into())],
                        )?
                    };
                    match q {
                        Qualifier::AtLeast => wording.format(
                            lang,
                            "qualifier-at-least",
                            &[("period", base.into())],
                        )?,
                        Qualifier::AtMost => {
                            wording.format(lang, "qualifier-at-most", &[("period", base.into())])?
                        }
                        Qualifier::Exactly => base,
                    }
                }
            };
            args.push((k.as_str(), Arg::Str(s)));
        }
        wording.format(lang, &self.message, &args)
    }
}

fn term_label<T: Copy>(t: &Term<T>, msg: fn(T) -> String) -> Value {
    match t {
        Term::Known(k) => Value::Label(msg(*k)),
        Term::Custom(l) => Value::Text(l.clone()),
    }
}

fn term_key<T: Copy + Serialize>(t: &Term<T>) -> String {
    serde_json::to_string(t).unwrap_or_default()
}

/// Everything that differs between `old` and `new`, substantive changes first.
pub fn diff(old: &Profile, new: &Profile) -> Vec<Change> {
    use crate::load::vocab::*;
    use Class::*;
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
        if o != n {
            out.push(
                Change::new(Substantive, "diff-contact-changed", field)
                    .plain("old", o.clone().unwrap_or_else(|| "—".into()))
                    .plain("new", n.clone().unwrap_or_else(|| "—".into())),
            );
        }
    }
    let addr = |a: &Option<crate::load::profile::Address>| {
        a.as_ref()
            .map(|a| format!("{}, {} {}", a.street, a.postcode, a.city))
    };
    for (field, o, n) in [
        (
            "controller.visiting_address",
            addr(&oc.visiting_address),
            addr(&nc.visiting_address),
        ),
        (
            "controller.postal_address",
            addr(&oc.postal_address),
            addr(&nc.postal_address),
        ),
    ] {
        if o != n {
            out.push(
                Change::new(Substantive, "diff-contact-changed", field)
                    .plain("old", o.unwrap_or_else(|| "—".into()))
                    .plain("new", n.unwrap_or_else(|| "—".into())),
            );
        }
    }
    // The DPO: a route for exercising rights.
    match (&old.dpo, &new.dpo) {
        (None, Some(_)) => out.push(Change::new(Substantive, "diff-dpo-added", "dpo")),
        (Some(_), None) => out.push(Change::new(Substantive, "diff-dpo-removed", "dpo")),
        (Some(o), Some(n)) if o.email != n.email || o.phone != n.phone => out.push(
            Change::new(Substantive, "diff-dpo-contact", "dpo").plain(
                "new",
                n.email
                    .clone()
                    .or(n.phone.clone())
                    .unwrap_or_else(|| "—".into()),
            ),
        ),
        _ => {}
    }

    // Purposes and their legal bases.
    let key = |p: &crate::load::profile::Purpose| term_key(&p.id);
    let old_p: Vec<String> = old.purposes.iter().map(key).collect();
    let new_p: Vec<String> = new.purposes.iter().map(key).collect();
    for (i, p) in new.purposes.iter().enumerate() {
        let field = format!("purposes[{i}]");
        match old.purposes.iter().find(|o| key(o) == key(p)) {
            None => {
                let mut c = Change::new(Substantive, "diff-purpose-added", field);
                c.args
                    .push(("what".into(), term_label(&p.id, PurposeId::msg)));
                out.push(c);
            }
            Some(o) => {
                if o.basis.art6 != p.basis.art6
                    || o.basis.art9 != p.basis.art9
                    || o.basis.art6_alternative != p.basis.art6_alternative
                {
                    let mut c = Change::new(Substantive, "diff-purpose-basis", field.clone());
                    c.args
                        .push(("what".into(), term_label(&p.id, PurposeId::msg)));
                    c = c.label("basis", p.basis.art6.msg());
                    out.push(c);
                } else if o.basis.national != p.basis.national
                    || o.description != p.description
                    || o.legitimate_interest != p.legitimate_interest
                {
                    let mut c = Change::new(Editorial, "diff-purpose-text", field);
                    c.args
                        .push(("what".into(), term_label(&p.id, PurposeId::msg)));
                    out.push(c);
                }
            }
        }
    }
    for (i, p) in old.purposes.iter().enumerate() {
        if !new_p.contains(&old_p[i]) {
            let mut c = Change::new(Editorial, "diff-purpose-removed", format!("purposes[{i}]"));
            c.args
                .push(("what".into(), term_label(&p.id, PurposeId::msg)));
            out.push(c);
        }
    }

    // Data categories.
    let cat = |d: &crate::load::profile::DataCategory| term_key(&d.category);
    for (i, d) in new.data.iter().enumerate() {
        if !old.data.iter().any(|o| cat(o) == cat(d)) {
            let mut c = Change::new(Substantive, "diff-data-added", format!("data[{i}]"));
            c.args
                .push(("what".into(), term_label(&d.category, Category::msg)));
            out.push(c);
        }
    }
    for (i, d) in old.data.iter().enumerate() {
        if !new.data.iter().any(|n| cat(n) == cat(d)) {
            let mut c = Change::new(Editorial, "diff-data-removed", format!("data[{i}]"));
            c.args
                .push(("what".into(), term_label(&d.category, Category::msg)));
            out.push(c);
        }
    }

    // Recipients and processors: new ones are substantive.
    let rkey = |r: &crate::load::profile::Recipient| format!("{:?}{:?}", r.kind, r.name);
    for (i, r) in new.recipients.iter().enumerate() {
        if !old.recipients.iter().any(|o| rkey(o) == rkey(r)) {
            out.push(
                Change::new(
                    Substantive,
                    "diff-recipient-added",
                    format!("recipients[{i}]"),
                )
                .label("what", r.kind.msg()),
            );
        }
    }
    for (i, r) in old.recipients.iter().enumerate() {
        if !new.recipients.iter().any(|n| rkey(n) == rkey(r)) {
            out.push(
                Change::new(
                    Editorial,
                    "diff-recipient-removed",
                    format!("recipients[{i}]"),
                )
                .label("what", r.kind.msg()),
            );
        }
    }
    for (i, p) in new.processors.iter().enumerate() {
        match old.processors.iter().find(|o| o.name == p.name) {
            None => {
                let mut c = Change::new(
                    Substantive,
                    "diff-processor-added",
                    format!("processors[{i}]"),
                )
                .plain("name", &p.name);
                c.args
                    .push(("service".into(), term_label(&p.service, Service::msg)));
                out.push(c);
            }
            Some(o) if o.country != p.country => out.push(
                Change::new(
                    Substantive,
                    "diff-processor-country",
                    format!("processors[{i}]"),
                )
                .plain("name", &p.name)
                .plain("country", p.country.clone().unwrap_or_else(|| "—".into())),
            ),
            Some(o) if o.policy != p.policy || term_key(&o.service) != term_key(&p.service) => out
                .push(
                    Change::new(
                        Editorial,
                        "diff-processor-details",
                        format!("processors[{i}]"),
                    )
                    .plain("name", &p.name),
                ),
            _ => {}
        }
    }
    for (i, p) in old.processors.iter().enumerate() {
        if !new.processors.iter().any(|n| n.name == p.name) {
            out.push(
                Change::new(
                    Editorial,
                    "diff-processor-removed",
                    format!("processors[{i}]"),
                )
                .plain("name", &p.name),
            );
        }
    }
    let transfers = |p: &Profile| -> BTreeSet<String> {
        p.transfers
            .iter()
            .flat_map(|t| t.list.iter())
            .map(|t| format!("{} ({})", t.recipient, t.country))
            .collect()
    };
    for t in transfers(new).difference(&transfers(old)) {
        out.push(Change::new(Substantive, "diff-transfer-added", "transfers").plain("what", t));
    }
    if new.transfers.as_ref().is_some_and(|t| t.outside_eea)
        && !old.transfers.as_ref().is_some_and(|t| t.outside_eea)
        && transfers(new).is_empty()
    {
        out.push(Change::new(Substantive, "diff-transfer-added", "transfers").plain("what", "—"));
    }

    // Retention: longer is substantive, shorter editorial.
    let rk = |r: &Retention| term_key(&r.record);
    for (i, r) in new.retention.iter().enumerate() {
        let field = format!("retention[{i}]");
        match old.retention.iter().find(|o| rk(o) == rk(r)) {
            None => {
                let mut c = Change::new(Editorial, "diff-retention-added", field);
                c.args
                    .push(("what".into(), term_label(&r.record, Record::msg)));
                out.push(c);
            }
            Some(o) if o.period != r.period || o.qualifier != r.qualifier || o.from != r.from => {
                let longer = match (o.period, r.period) {
                    (Some(a), Some(b)) => b.max_days() > a.max_days(),
                    (None, Some(_)) | (Some(_), None) => true,
                    (None, None) => false,
                } || o.from != r.from;
                let mut c = Change::new(
                    if longer { Substantive } else { Editorial },
                    "diff-retention-changed",
                    field,
                );
                c.args
                    .push(("what".into(), term_label(&r.record, Record::msg)));
                c = match r.period {
                    Some(p) => c.period("period", p, r.qualifier),
                    None => c.plain("period", "—"),
                };
                out.push(c);
            }
            _ => {}
        }
    }
    for (i, r) in old.retention.iter().enumerate() {
        if !new.retention.iter().any(|n| rk(n) == rk(r)) {
            let mut c = Change::new(
                Editorial,
                "diff-retention-removed",
                format!("retention[{i}]"),
            );
            c.args
                .push(("what".into(), term_label(&r.record, Record::msg)));
            out.push(c);
        }
    }

    // Processing that could surprise the reader.
    match (&old.cameras, &new.cameras) {
        (None, Some(c)) => {
            let mut ch = Change::new(Substantive, "diff-cameras-added", "cameras");
            if let Some(l) = c.locations.first() {
                ch = ch.text("where", l);
            } else {
                ch = ch.plain("where", "—");
            }
            out.push(ch);
        }
        (Some(_), None) => out.push(Change::new(Editorial, "diff-cameras-removed", "cameras")),
        (Some(o), Some(n))
            if o.stored != n.stored || o.retention != n.retention || o.locations != n.locations =>
        {
            let more = (!o.stored && n.stored)
                || n.locations.len() > o.locations.len()
                || matches!((o.retention, n.retention), (Some(a), Some(b)) if b.max_days() > a.max_days());
            out.push(Change::new(
                if more { Substantive } else { Editorial },
                "diff-cameras-changed",
                "cameras",
            ));
        }
        _ => {}
    }
    if old.call_recording.is_none() && new.call_recording.is_some() {
        out.push(Change::new(
            Substantive,
            "diff-call-recording-added",
            "call_recording",
        ));
    }
    let cookie_cats = |p: &Profile| -> BTreeSet<String> {
        p.cookies
            .iter()
            .flat_map(|c| {
                c.categories
                    .iter()
                    .copied()
                    .chain(c.list.iter().map(|k| k.category))
            })
            .map(|k| k.msg())
            .collect()
    };
    for k in cookie_cats(new).difference(&cookie_cats(old)) {
        out.push(
            Change::new(Substantive, "diff-cookies-added", "cookies").label("what", k.clone()),
        );
    }
    if old.research.is_none() && new.research.is_some() {
        out.push(Change::new(Substantive, "diff-research-added", "research"));
    }
    if old.marketing.is_none() && new.marketing.is_some() {
        out.push(Change::new(
            Substantive,
            "diff-marketing-added",
            "marketing",
        ));
    }
    // How rights are exercised.
    let r = (&old.rights, &new.rights);
    if r.0.channels != r.1.channels
        || r.0.deadline != r.1.deadline
        || r.0.identification != r.1.identification
    {
        out.push(Change::new(Substantive, "diff-rights-procedure", "rights"));
    }
    if old.languages != new.languages {
        let langs: Vec<&str> = new.languages.iter().map(|l| l.code()).collect();
        out.push(
            Change::new(Editorial, "diff-languages", "languages").plain("langs", langs.join(", ")),
        );
    }
    if old.version != new.version {
        out.push(
            Change::new(Editorial, "diff-version", "version")
                .plain("old", &old.version)
                .plain("new", &new.version),
        );
    }
    out.sort_by_key(|c| c.class);
    out
}

/// Whether any change needs advance notice.
pub fn substantive(changes: &[Change]) -> bool {
    changes.iter().any(|c| c.class == Class::Substantive)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(extra: &str) -> Profile {
        let src = format!(
            "jurisdiction: NL\nlanguages: [nl, en]\nversion: '1'\neffective: 2026-01-01\n\
             controller: {{name: X, email: a@x.nl}}\ndata: [{{category: identification}}]\n\
             purposes: [{{id: care, basis: {{art6: contract}}}}]\n\
             retention: [{{record: medical_record, period: 20 years}}]\n{extra}"
        );
        crate::load::parse_profile(&src).unwrap()
    }

    #[test]
    fn classifies_changes() {
        let a = profile("");
        let b = profile("processors: [{name: Mailer, service: newsletter, country: US}]\n");
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].message, "diff-processor-added");
        assert_eq!(d[0].class, Class::Substantive);
        assert!(substantive(&d));
        let d = diff(&b, &a);
        assert_eq!(d[0].message, "diff-processor-removed");
        assert_eq!(d[0].class, Class::Editorial);
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn longer_retention_is_substantive_shorter_is_not() {
        let a = profile("");
        let mut b = a.clone();
        b.retention[0].period = Some(Period::parse("30 years").unwrap());
        assert_eq!(diff(&a, &b)[0].class, Class::Substantive);
        assert_eq!(diff(&b, &a)[0].class, Class::Editorial);
    }
}
