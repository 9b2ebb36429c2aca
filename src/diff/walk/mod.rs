//! The generic pass: compares every field of the two profiles (as their serialised trees),
//! so no change goes unreported. Lists are matched entry by entry (the same entry, then
//! the same key such as a purpose's `id` or a processor's `name`, then by position), free
//! text is compared per language sentence by sentence, and every other value is reported
//! as "was / now". Fields described by a plain-word rule ([`super::rules`]) are skipped.
//!
//! Each change is classed by the table below (docs/diff.md): a field that only informs
//! (titles, the version history, definitions) is editorial; a flag or list whose change
//! narrows the reader's position or adds processing is substantive in that direction and
//! editorial in the other; free text is editorial only when every changed sentence is a
//! typo fix; anything else is substantive, so an unforeseen change is never waved through.

use super::{json_lang, json_lang_map, json_period, text, Change, Class, Side, Value};
use crate::load::profile::Profile;
use crate::load::text::Lang;
use serde_json::Value as J;
use std::collections::{BTreeSet, HashMap, HashSet};
use Class::{Editorial, Substantive};

/// Fields that only inform or identify the document: editorial whatever changes.
const EDITORIAL: &[&str] = &[
    "version",
    "effective",
    "changes",
    "allow",
    "id",
    "document.title",
    "document.reglement_title",
    "document.url",
    "document.legal_framework",
    "definitions",
    "processors[].policy",
    "controller.short_name",
    "controller.registration",
    "patient_record.system",
];

/// Lists where an added entry means more processing (substantive) and a removed entry
/// less (editorial).
const MORE_WHEN_ADDED: &[&str] = &[
    "cameras.locations",
    "cameras.viewers",
    "research.programmes",
    "cookies.list",
    "platforms",
    "sources",
    "data_subjects",
    "national_id.uses",
    "quality.activities",
    "marketing.channels",
    "staff_access.roles",
    "data[].examples",
    "data_flow",
    "anonymisation.cases",
    "rights.refusal_grounds",
    "locations",
    "purposes[].basis.national",
    "supervision.assisted_by",
    "recipients[].conditions",
    "exchange[].viewers",
    "erasure.exceptions",
    "erasure.kept",
    "others",
    "controller.co_controllers",
    "others[].data",
    "others[].purposes",
    "others[].recipients",
];

/// Lists of routes and safeguards: a removed entry narrows the reader's position
/// (substantive), an added one widens it (editorial).
const LESS_WHEN_REMOVED: &[&str] = &[
    "documents",
    "document.channels",
    "document.change_notice",
    "document.principles",
    "security.measures",
    "security.standards",
    "controller.representatives",
    "controller.mandataries",
    "controller.central_contact",
    "dpo.tasks",
    "erasure.steps",
    "representation",
    "exchange[].channels",
    "deletion_triggers",
    "destruction.approved_by",
    "cookies.opt_out",
];

/// Flags that narrow a right or add processing when they become true.
const NARROWS_WHEN_TRUE: &[&str] = &[
    "rights.identification",
    "rights.rectification_assessed_by_practitioner",
    "rights.journal_questions_to_practitioner",
    "cameras.incident_extension",
    "cameras.police_on_suspicion",
    "research.external_researchers",
    "research.trials",
    "research.record_based",
    "account.stored_after_registration",
    "automated_decisions.used",
    "third_party_websites",
    "destruction.anonymised_kept",
];

/// Flags (or groups of flags) that are safeguards or rights: narrowing when they become
/// false.
const NARROWS_WHEN_FALSE: &[&str] = &[
    "rights.acknowledgement",
    "rights.representative",
    "rights.appeal_explained",
    "staff_access",
    "security.breach",
    "purposes[].opt_out",
    "call_recording.opt_out",
    "cookies.not_identifying",
    "research.pseudonymised",
    "research.confidentiality_signed",
    "research.publications_non_identifiable",
    "processors_general",
    "document.copy_at_reception",
    "no_publication",
    "transfers.notice_promise",
    "transfers.otherwise_anonymous_only",
    "quality.reports_encrypted",
    "controller.responsible_for_processors",
    "cameras.viewers[].only_with_cause",
    "recipients[].all_conditions",
    "no_disclosure",
    "cookies.none",
    "cookies.not_shared",
    "document.latest_online",
    "rights.access_details",
    "rights.restriction_exceptions",
    "rights.transfer_to_new_provider",
    "rights.longer_retention_on_request",
    "rights.shielding",
];

/// Periods that keep data longer (or the reader waiting longer) when they grow.
const NARROWS_WHEN_LONGER: &[&str] = &["destruction.within"];

/// The vocabulary (message prefix) of the terms of each field that holds them.
const VOCABULARIES: &[(&str, &str)] = &[
    ("document.audience[]", "audience"),
    ("controller.kind", "provider"),
    ("document.principles[]", "principle"),
    ("controller.representatives[]", "role"),
    ("controller.central_contact", "role"),
    ("controller.mandataries[].role", "role"),
    ("controller.mandataries[].scope[]", "mandate"),
    ("supervision.lead", "role"),
    ("supervision.assisted_by[].role", "role"),
    ("staff_access.roles[].role", "role"),
    ("cameras.viewers[].role", "role"),
    ("anonymisation.performed_by", "role"),
    ("call_recording.staff", "role"),
    ("destruction.approved_by[]", "role"),
    ("dpo.salutation", "salutation"),
    ("dpo.tasks[]", "dpo-task"),
    ("data_subjects[]", "subject"),
    ("data[].category", "category"),
    ("data[].examples[]", "example"),
    ("sources[].source", "source"),
    ("sources[].condition", "source-condition"),
    ("sources[].channels[]", "channel"),
    ("purposes[].id", "purpose"),
    ("purposes[].basis.art6", "art6"),
    ("purposes[].basis.art6_alternative", "art6"),
    ("purposes[].basis.art9", "art9"),
    ("purposes[].basis.art9_alternative", "art9"),
    ("recipients[].kind", "recipient"),
    ("recipients[].conditions[]", "condition"),
    ("recipients[].form", "form"),
    ("purposes[].form", "form"),
    ("exchange[].system", "exchange-system"),
    ("exchange[].channels[]", "exchange-channel"),
    ("exchange[].viewers[]", "exchange-viewer"),
    ("processors[].service", "service"),
    ("processors_general.kinds[]", "service"),
    ("transfers.list[].mechanism", "mechanism"),
    ("retention[].record", "record"),
    ("retention[].from", "from"),
    ("retention[].extension", "extension"),
    ("retention[].criterion", "retention-criterion"),
    ("closure.handover[]", "handover"),
    ("destruction.exceptions[]", "extension"),
    ("deletion_triggers[]", "deletion"),
    ("security.measures[]", "measure"),
    ("security.standards[]", "standard"),
    ("cookies.categories[]", "cookie"),
    ("cookies.list[].category", "cookie"),
    ("document.channels[]", "channel"),
    ("document.change_notice[]", "channel"),
    ("rights.channels[]", "channel"),
    ("erasure.channel", "channel"),
    ("complaints.internal[]", "complaint-body"),
    ("complaints.external[]", "complaint-body"),
    ("erasure.steps[]", "erasure"),
    ("erasure.exceptions[]", "erasure-ground"),
    ("erasure.kept[]", "erasure-kept"),
    ("representation[]", "representation-topic"),
    ("rights.addressees[]", "request-to"),
    ("rights.copy_delivery[]", "copy-delivery"),
    ("rights.on_behalf[]", "on-behalf"),
    ("communication[]", "guidance"),
    ("national_id.uses[]", "national-id-use"),
    ("quality.activities[]", "quality"),
    ("marketing.channels[]", "marketing"),
    ("platforms[].kind", "platform"),
    ("definitions.terms[]", "term"),
    ("rights.refusal_grounds[]", "refusal"),
    ("controller.responsible.role", "role"),
    ("controller.co_controllers[].kind", "provider"),
    ("others[].subjects[]", "subject"),
    ("others[].data[].category", "category"),
    ("others[].data[].examples[]", "example"),
    ("others[].purposes[].id", "purpose"),
    ("others[].purposes[].basis.art6", "art6"),
    ("others[].purposes[].basis.art9", "art9"),
    ("others[].recipients[].kind", "recipient"),
    ("others[].retention[].record", "record"),
    ("others[].retention[].from", "from"),
    ("others[].retention[].criterion", "retention-criterion"),
];

/// The message prefix of the vocabulary the field at `pattern` takes its terms from.
pub(super) fn vocabulary(pattern: &str) -> Option<&'static str> {
    VOCABULARIES
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, prefix)| *prefix)
}

/// Whether `pattern` (a path without list positions) is one of `table` or inside one.
fn in_table(table: &[&str], pattern: &str) -> bool {
    table.iter().any(|t| {
        pattern
            .strip_prefix(t)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    })
}

/// A value the profile leaves at its default: absent, `false`, empty.
pub(super) fn is_default(v: &J) -> bool {
    match v {
        J::Null => true,
        J::Bool(b) => !b,
        J::String(s) => s.trim().is_empty(),
        J::Array(a) => a.is_empty(),
        J::Object(o) => o.values().all(is_default),
        J::Number(_) => false,
    }
}

/// The profile as a tree, vocabulary terms unwrapped (`{"Known": "care"}` → `"care"`).
fn tree(p: &Profile) -> J {
    fn clean(v: J) -> J {
        match v {
            J::Object(o)
                if o.len() == 1 && (o.contains_key("Known") || o.contains_key("Custom")) =>
            {
                o.into_iter().next().map_or(J::Null, |(_, v)| clean(v))
            }
            J::Object(o) => J::Object(o.into_iter().map(|(k, v)| (k, clean(v))).collect()),
            J::Array(a) => J::Array(a.into_iter().map(clean).collect()),
            v => v,
        }
    }
    serde_json::to_value(p).map(clean).unwrap_or(J::Null)
}

/// A value compared as a whole: anything but a list or a record (texts, periods and
/// scalars are leaves).
fn leaf(v: &J) -> bool {
    match v {
        J::Array(_) => false,
        J::Object(o) => json_lang_map(o) || json_period(o).is_some(),
        _ => true,
    }
}

/// A string of one word (an id, a vocabulary key, an e-mail address, a URL), or a number
/// or flag: compared as a value, not as sentences.
fn token(v: &J) -> bool {
    match v {
        J::String(s) => !s.trim().contains(char::is_whitespace),
        J::Number(_) | J::Bool(_) => true,
        _ => false,
    }
}

/// Free text: a string of more than one word, or a text per language.
fn is_text(v: &J) -> bool {
    match v {
        J::String(_) => !token(v),
        J::Object(o) => json_lang_map(o),
        _ => false,
    }
}

/// One difference the walk found.
struct Raw {
    side: Side,
    path: String,
    pattern: String,
    old: J,
    new: J,
    /// A list entry added (`old` is null) or removed (`new` is null).
    entry: bool,
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(path: &str, pattern: &str, old: &J, new: &J, out: &mut Vec<Raw>) {
    if old == new || (is_default(old) && is_default(new)) {
        return;
    }
    let empty = serde_json::Map::new();
    match (old, new) {
        (J::Array(a), J::Array(b)) => list(path, pattern, a, b, out),
        (J::Array(a), n) if is_default(n) => list(path, pattern, a, &[], out),
        (o, J::Array(b)) if is_default(o) => list(path, pattern, &[], b, out),
        (o, n) if !leaf(o) || !leaf(n) => {
            let (a, b) = match (o, n) {
                (J::Object(a), J::Object(b)) if !leaf(o) && !leaf(n) => (a, b),
                (J::Object(a), n) if !leaf(o) && is_default(n) => (a, &empty),
                (o, J::Object(b)) if is_default(o) && !leaf(n) => (&empty, b),
                _ => return leaf_change(path, pattern, old, new, out),
            };
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                walk(
                    &child(path, k),
                    &child(pattern, k),
                    a.get(k).unwrap_or(&J::Null),
                    b.get(k).unwrap_or(&J::Null),
                    out,
                );
            }
        }
        _ => leaf_change(path, pattern, old, new, out),
    }
}

fn leaf_change(path: &str, pattern: &str, old: &J, new: &J, out: &mut Vec<Raw>) {
    out.push(Raw {
        side: Side::New,
        path: path.to_string(),
        pattern: pattern.to_string(),
        old: old.clone(),
        new: new.clone(),
        entry: false,
    });
}

/// The fields that identify an entry of the list at `pattern`.
fn key_fields(pattern: &str) -> &'static [&'static str] {
    match pattern {
        "purposes" => &["id"],
        "data" => &["category"],
        "recipients" => &["kind", "name"],
        "exchange" => &["system"],
        "processors" | "cookies.list" | "platforms" | "locations" => &["name"],
        "retention" => &["record"],
        "transfers.list" => &["recipient", "country"],
        _ => &[
            "id",
            "name",
            "record",
            "category",
            "kind",
            "role",
            "term",
            "source",
            "recipient",
        ],
    }
}

fn list(path: &str, pattern: &str, olds: &[J], news: &[J], out: &mut Vec<Raw>) {
    let keys = key_fields(pattern);
    let key = |v: &J| -> Option<String> {
        let o = v.as_object()?;
        let parts: Vec<String> = keys
            .iter()
            .filter_map(|k| o.get(*k))
            .map(J::to_string)
            .collect();
        (!parts.is_empty()).then(|| parts.join("|"))
    };
    let mut used = vec![false; olds.len()];
    // (old index, same entry) for each new entry.
    let mut pair: Vec<Option<(usize, bool)>> = vec![None; news.len()];
    // 1. The same entry, anywhere in the list.
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, o) in olds.iter().enumerate().rev() {
        by_text.entry(o.to_string()).or_default().push(i);
    }
    for (j, n) in news.iter().enumerate() {
        if let Some(i) = by_text.get_mut(&n.to_string()).and_then(Vec::pop) {
            used[i] = true;
            pair[j] = Some((i, true));
        }
    }
    // 2. The same key.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, o) in olds.iter().enumerate().rev() {
        if let (false, Some(k)) = (used[i], key(o)) {
            by_key.entry(k).or_default().push(i);
        }
    }
    for (j, n) in news.iter().enumerate() {
        if pair[j].is_none() {
            if let Some(i) = key(n).and_then(|k| by_key.get_mut(&k)).and_then(Vec::pop) {
                used[i] = true;
                pair[j] = Some((i, false));
            }
        }
    }
    // 3. Texts and records without a key, by position among the rest; single values
    //    (vocabulary keys, numbers) are never paired: one is removed, another added.
    let loose = |v: &J| key(v).is_none() && !token(v);
    let rest_old: Vec<usize> = (0..olds.len())
        .filter(|&i| !used[i] && loose(&olds[i]))
        .collect();
    let rest_new: Vec<usize> = (0..news.len())
        .filter(|&j| pair[j].is_none() && loose(&news[j]))
        .collect();
    for (&i, &j) in rest_old.iter().zip(&rest_new) {
        used[i] = true;
        pair[j] = Some((i, false));
    }
    for (j, n) in news.iter().enumerate() {
        let p = format!("{path}[{j}]");
        match pair[j] {
            Some((_, true)) => {}
            Some((i, false)) => walk(&p, &format!("{pattern}[]"), &olds[i], n, out),
            None => out.push(Raw {
                side: Side::New,
                path: p,
                pattern: format!("{pattern}[]"),
                old: J::Null,
                new: n.clone(),
                entry: true,
            }),
        }
    }
    for (i, o) in olds.iter().enumerate() {
        if !used[i] {
            out.push(Raw {
                side: Side::Old,
                path: format!("{path}[{i}]"),
                pattern: format!("{pattern}[]"),
                old: o.clone(),
                new: J::Null,
                entry: true,
            });
        }
    }
}

/// The class of a changed value at `pattern`.
fn value_class(pattern: &str, old: &J, new: &J) -> Class {
    if in_table(EDITORIAL, pattern) {
        return Editorial;
    }
    let flag = |v: &J| match v {
        J::Bool(b) => Some(*b),
        J::Null => Some(false),
        _ => None,
    };
    if let (Some(_), Some(n)) = (flag(old), flag(new)) {
        if in_table(NARROWS_WHEN_TRUE, pattern) {
            return if n { Substantive } else { Editorial };
        }
        if in_table(NARROWS_WHEN_FALSE, pattern) {
            return if n { Editorial } else { Substantive };
        }
    }
    let days = |v: &J| v.as_object().and_then(json_period).map(|p| p.max_days());
    if let (Some(o), Some(n)) = (days(old), days(new)) {
        if in_table(NARROWS_WHEN_LONGER, pattern) {
            return if n > o { Substantive } else { Editorial };
        }
    }
    Substantive
}

/// The class of a list entry added (`added`) or removed at `pattern` (`…[]`).
fn entry_class(pattern: &str, added: bool) -> Class {
    let list = pattern.strip_suffix("[]").unwrap_or(pattern);
    if in_table(EDITORIAL, list) {
        Editorial
    } else if in_table(MORE_WHEN_ADDED, list) {
        if added {
            Substantive
        } else {
            Editorial
        }
    } else if in_table(LESS_WHEN_REMOVED, list) {
        if added {
            Editorial
        } else {
            Substantive
        }
    } else {
        Substantive
    }
}

/// The free-text changes of one field, one per language whose text differs.
fn text_changes(r: &Raw, langs: &[Lang], out: &mut Vec<Change>) {
    for &lang in langs {
        let o = json_lang(&r.old, lang);
        let n = json_lang(&r.new, lang);
        if o.map(text::normalize) == n.map(text::normalize) {
            continue;
        }
        let hunks = text::diff(o.unwrap_or_default(), n.unwrap_or_default());
        if hunks.is_empty() {
            continue;
        }
        let editorial =
            in_table(EDITORIAL, &r.pattern) || hunks.iter().all(text::Hunk::is_typo_fix);
        let message = match (o, n) {
            (None, _) => "diff-text-added",
            (_, None) => "diff-text-removed",
            _ => "diff-text-changed",
        };
        let mut c = Change::new(
            if editorial { Editorial } else { Substantive },
            message,
            r.path.clone(),
        )
        .plain("field", &r.path);
        c.lang = Some(lang);
        c.details = hunks;
        out.push(c);
    }
}

/// Whether `path` (of `side`), or a field it is inside, is in `described`: each prefix of
/// the path that ends before a `.` or `[` is looked up.
fn described_by(described: &HashSet<(Side, &str)>, side: Side, path: &str) -> bool {
    path.char_indices()
        .filter(|(_, c)| matches!(c, '.' | '['))
        .map(|(i, _)| &path[..i])
        .chain(std::iter::once(path))
        .any(|p| described.contains(&(side, p)))
}

/// Every difference between `old` and `new` that no change in `known` describes, in
/// profile order; free text for each of `langs`.
pub(super) fn changes(
    old: &Profile,
    new: &Profile,
    langs: &[Lang],
    known: &[Change],
) -> Vec<Change> {
    let mut raws = Vec::new();
    walk("", "", &tree(old), &tree(new), &mut raws);
    let described: HashSet<(Side, &str)> = known
        .iter()
        .flat_map(|c| c.covers.iter().map(|(s, p)| (*s, p.as_str())))
        .collect();
    let mut out = Vec::new();
    for r in raws {
        if described_by(&described, r.side, &r.path) {
            continue;
        }
        if r.entry {
            let added = r.side == Side::New;
            let (message, value) = if added {
                ("diff-item-added", &r.new)
            } else {
                ("diff-item-removed", &r.old)
            };
            let c = Change::new(entry_class(&r.pattern, added), message, r.path.clone())
                .plain("field", &r.path)
                .arg("value", Value::Json(r.pattern.clone(), value.clone()));
            out.push(if added {
                c
            } else {
                Change::removed(c.class, message, r.path.clone())
                    .plain("field", &r.path)
                    .arg("value", Value::Json(r.pattern.clone(), value.clone()))
            });
        } else if (is_text(&r.old) || is_text(&r.new))
            && (is_text(&r.old) || is_default(&r.old) || token(&r.old))
            && (is_text(&r.new) || is_default(&r.new) || token(&r.new))
        {
            text_changes(&r, langs, &mut out);
        } else {
            // An absent flag is `false`.
            let flag = |v: &J, other: &J| match (v, other) {
                (J::Null, J::Bool(_)) => J::Bool(false),
                _ => v.clone(),
            };
            out.push(
                Change::new(
                    value_class(&r.pattern, &r.old, &r.new),
                    "diff-value-changed",
                    r.path.clone(),
                )
                .plain("field", &r.path)
                .arg("old", Value::Json(r.pattern.clone(), flag(&r.old, &r.new)))
                .arg("new", Value::Json(r.pattern.clone(), flag(&r.new, &r.old))),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests;
