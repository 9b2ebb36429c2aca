//! Stage 2: the check. [`profile`] runs every rule of the catalogue on one loaded profile,
//! judged by the law data of its jurisdiction on its `effective` date:
//!
//! - [`validate`]: ids the profile cites exist in the law data, links and e-mail addresses;
//! - [`completeness`] (a): Art. 13/14 items, 9(2)(h) + national hook, 12(3), 21(4);
//! - [`national`] (b): retention, cameras, statutes in force, national ages and deadlines;
//! - [`patient_law`] (b): destruction of the record on request, representation topics;
//! - [`exchange`] (b): national exchange systems and national recipients of the jurisdiction;
//! - [`register`] (c): practitioners' register numbers (BIG, RIZIV, HPR);
//! - [`window`] (c): entries whose validity window excludes the `effective` date;
//! - [`archive`] (b): who keeps the records when a practice closes, archive deposit, website data;
//! - [`consistency`] (c): facts that contradict each other or the law (7(3) among them);
//! - [`lint`] (d): outdated wording over every string, per language and jurisdiction;
//! - [`texts`] (e): every per-language text in every published language;
//! - coverage (f): read after render by the verify stage (`crate::verify::coverage`), which
//!   needs the built documents and their pages.
//!
//! Rules are data (`src/law/rules.yaml`, `src/law/lint.yaml`, see [`catalogue`]); a rule
//! is allowed per profile only with a written reason ([`allow`]).

use crate::diagnostics::Diagnostic;
use crate::law::LawData;
use crate::load::profile::Profile;
use crate::load::text::Lang;
use crate::load::LoadedProfile;
use std::collections::BTreeSet;

pub mod allow;
pub mod archive;
pub mod catalogue;
pub mod completeness;
pub mod consistency;
pub mod engine;
pub mod exchange;
pub mod i18n;
pub mod lint;
pub mod national;
pub mod patient_law;
pub mod register;
pub mod texts;
pub mod window;

/// Runs every profile rule on `lp` (in `langs`, or its published languages when empty)
/// and applies its `allow` list. Diagnostics are located in the profile's file.
pub fn profile(lp: &LoadedProfile, law: &LawData, langs: &[Lang]) -> Vec<Diagnostic> {
    let mut out = validate(lp, law);
    // The rules judge what the pages say on the effective date (src/load/window.rs).
    let (in_force, renumber) = crate::load::window::profile_in_force_renumbered(&lp.profile);
    let mut cx = engine::Checker::in_force(lp, &in_force, renumber, law, langs);
    completeness::run(&mut cx);
    national::run(&mut cx);
    patient_law::run(&mut cx);
    exchange::run(&mut cx);
    archive::run(&mut cx);
    window::run(&mut cx);
    register::run(&mut cx);
    consistency::run(&mut cx);
    let (texts, maps) = texts::collect(&lp.tree);
    lint::run(&mut cx, &texts);
    texts::translations(&mut cx, &maps);
    out.append(&mut cx.out);
    allow::apply(lp, &mut out, true);
    out
}

/// Message ids of every vocabulary label the wording must provide.
pub fn vocab_ids() -> Vec<String> {
    use crate::load::vocab::*;
    fn ids<T: Copy>(all: &[T], msg: fn(T) -> String) -> Vec<String> {
        all.iter().map(|t| msg(*t)).collect()
    }
    let mut v = Vec::new();
    v.extend(ids(Audience::ALL, Audience::msg));
    v.extend(ids(ProviderKind::ALL, ProviderKind::msg));
    v.extend(ids(Principle::ALL, Principle::msg));
    v.extend(ids(Role::ALL, Role::msg));
    v.extend(ids(Salutation::ALL, Salutation::msg));
    v.extend(ids(MandateScope::ALL, MandateScope::msg));
    v.extend(ids(DpoTask::ALL, DpoTask::msg));
    v.extend(ids(Subject::ALL, Subject::msg));
    v.extend(ids(Category::ALL, Category::msg));
    v.extend(ids(Example::ALL, Example::msg));
    v.extend(ids(Source::ALL, Source::msg));
    v.extend(ids(SourceCondition::ALL, SourceCondition::msg));
    v.extend(ids(PurposeId::ALL, PurposeId::msg));
    v.extend(PurposeId::ALL.iter().map(|p| format!("{}-desc", p.msg())));
    v.extend(ids(Art6::ALL, Art6::msg));
    v.extend(ids(Art9::ALL, Art9::msg));
    v.extend(ids(RecipientKind::ALL, RecipientKind::msg));
    v.extend(ids(Condition::ALL, Condition::msg));
    v.extend(ids(DataForm::ALL, DataForm::msg));
    v.extend(ids(Service::ALL, Service::msg));
    v.extend(ids(Mechanism::ALL, Mechanism::msg));
    v.extend(ids(Record::ALL, Record::msg));
    v.extend(ids(StartEvent::ALL, StartEvent::msg));
    v.extend(ids(Extension::ALL, Extension::msg));
    v.extend(Extension::ALL.iter().map(|p| format!("{}-case", p.msg())));
    v.extend(ids(DeletionTrigger::ALL, DeletionTrigger::msg));
    v.extend(ids(Measure::ALL, Measure::msg));
    v.extend(ids(Standard::ALL, Standard::msg));
    v.extend(ids(CookieCategory::ALL, CookieCategory::msg));
    v.extend(
        CookieCategory::ALL
            .iter()
            .map(|p| format!("{}-desc", p.msg())),
    );
    v.extend(ids(Channel::ALL, Channel::msg));
    v.extend(ids(ComplaintBody::ALL, ComplaintBody::msg));
    v.extend(ids(ErasureStep::ALL, ErasureStep::msg));
    v.extend(ids(ErasureGround::ALL, ErasureGround::msg));
    v.extend(ids(ErasureKept::ALL, ErasureKept::msg));
    v.extend(ids(RepresentationTopic::ALL, RepresentationTopic::msg));
    v.extend(ids(RetentionCriterion::ALL, RetentionCriterion::msg));
    v.extend(ids(Handover::ALL, Handover::msg));
    v.extend(ids(RequestAddressee::ALL, RequestAddressee::msg));
    v.extend(ids(CopyDelivery::ALL, CopyDelivery::msg));
    v.extend(ids(OnBehalf::ALL, OnBehalf::msg));
    v.extend(ids(Guidance::ALL, Guidance::msg));
    v.extend(ids(NationalIdUse::ALL, NationalIdUse::msg));
    v.extend(ids(QualityActivity::ALL, QualityActivity::msg));
    v.extend(ids(MarketingChannel::ALL, MarketingChannel::msg));
    v.extend(ids(PlatformKind::ALL, PlatformKind::msg));
    v.extend(ids(Defined::ALL, Defined::msg));
    v.extend(Defined::ALL.iter().map(|p| format!("{}-def", p.msg())));
    v.extend(ids(RefusalGround::ALL, RefusalGround::msg));
    v
}

/// The basic checks: languages, ids of the law data, links and e-mail addresses. Returns
/// diagnostics located in the profile's file.
pub fn validate(lp: &LoadedProfile, law: &LawData) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut push = |field: String, d: Diagnostic| {
        let mut d = d.file(&lp.path).field(field.clone());
        // A malformed value is pointed at itself, other findings at their key.
        let at = if matches!(d.code.as_str(), "profile/email" | "profile/url") {
            lp.locate_value(&field)
        } else {
            lp.locate(&field)
        };
        if let Some((l, c)) = at {
            d = d.at(l, c);
        }
        out.push(d);
    };
    let p: &Profile = &lp.profile;

    if p.languages.is_empty() {
        push(
            "languages".into(),
            Diagnostic::error("profile/no-language", "the profile publishes no language")
                .help("list at least one of nl, nl-BE, nb, en; the first is authoritative"),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, l) in p.languages.iter().enumerate() {
        if !seen.insert(*l) {
            push(
                format!("languages[{i}]"),
                Diagnostic::error(
                    "profile/duplicate-language",
                    format!("`{l}` is listed twice"),
                ),
            );
        }
    }

    let statute = |id: &str| law.statute(id).is_some();
    let known: Vec<String> = law.statutes.keys().cloned().collect();
    let unknown_statute = |id: &str| {
        let help = match crate::load::resilient::nearest(id, &known) {
            Some(s) => format!("did you mean `{s}`? (known statutes: {})", known.join(", ")),
            None => format!("known statutes: {}", known.join(", ")),
        };
        Diagnostic::error(
            "profile/unknown-statute",
            format!(
                "`{id}` is not a statute of the {} law data",
                law.jurisdiction.code()
            ),
        )
        .help(help)
    };
    let refs = national::statute_refs(p);
    for (field, id) in refs {
        if !statute(id) {
            push(field, unknown_statute(id));
        }
    }
    if let Some(sup) = &p.supervision {
        for (i, b) in sup.sector.iter().enumerate() {
            if !law.bodies.contains_key(b) {
                let bodies: Vec<&str> = law.bodies.keys().map(String::as_str).collect();
                push(
                    format!("supervision.sector[{i}]"),
                    Diagnostic::error(
                        "profile/unknown-body",
                        format!(
                            "`{b}` is not a body of the {} law data",
                            law.jurisdiction.code()
                        ),
                    )
                    .help(format!("known bodies: {}", bodies.join(", "))),
                );
            }
        }
    }

    // Every address a page links to: only web addresses (and e-mail addresses) pass.
    let mut urls: Vec<(String, &str)> = Vec::new();
    if let Some(u) = &p.controller.website {
        urls.push(("controller.website".into(), u));
    }
    if let Some(u) = &p.document.url {
        urls.push(("document.url".into(), u));
    }
    for (i, pr) in p.processors.iter().enumerate() {
        if let Some(u) = &pr.policy {
            urls.push((format!("processors[{i}].policy"), u));
        }
    }
    for (i, pl) in p.platforms.iter().enumerate() {
        if let Some(u) = &pl.url {
            urls.push((format!("platforms[{i}].url"), u));
        }
    }
    if let Some(h) = p.cookies.as_ref().and_then(|c| c.deletion_help.as_ref()) {
        urls.push(("cookies.deletion_help.url".into(), &h.url));
    }
    for (i, l) in p.cookies.iter().flat_map(|c| c.opt_out.iter()).enumerate() {
        urls.push((format!("cookies.opt_out[{i}].url"), &l.url));
    }
    if let Some(u) = &p.rights.form_url {
        urls.push(("rights.form_url".into(), u));
    }
    if let Some(u) = &p.rights.patient_rights_url {
        urls.push(("rights.patient_rights_url".into(), u));
    }
    for (i, t) in p.transfers.iter().flat_map(|t| t.list.iter()).enumerate() {
        if let Some(u) = &t.safeguard_url {
            urls.push((format!("transfers.list[{i}].safeguard_url"), u));
        }
    }
    for (field, url) in urls {
        if !web_url(url) {
            push(
                field,
                Diagnostic::error("profile/url", format!("`{url}` is not a web address"))
                    .help("write a full address starting with https:// (or http://)"),
            );
        }
    }
    let mut emails: Vec<(String, &str)> = Vec::new();
    if let Some(e) = &p.controller.email {
        emails.push(("controller.email".into(), e));
    }
    if let Some(e) = p.dpo.as_ref().and_then(|d| d.email.as_ref()) {
        emails.push(("dpo.email".into(), e));
    }
    if let Some(e) = &p.rights.email {
        emails.push(("rights.email".into(), e));
    }
    for (field, e) in emails {
        if !email_address(e) {
            push(
                field,
                Diagnostic::error("profile/email", format!("`{e}` is not an e-mail address"))
                    .help("write the address only, e.g. privacy@kliniek.nl"),
            );
        }
    }

    out
}

/// An absolute http(s) URL without spaces or control characters.
pub fn web_url(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.starts_with('/')
            && !u
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    })
}

/// A plausible e-mail address: one `@`, a dot in the domain, no spaces or markup.
pub fn email_address(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'@(),;:".contains(c) && c != '@')
        && e.matches('@').count() == 1
}

/// `check` on a profile written as YAML (the unit tests of the rule modules).
#[cfg(test)]
pub(crate) fn check_source(src: String) -> Vec<Diagnostic> {
    let p = crate::load::parse_profile(&src).unwrap();
    let lp = LoadedProfile::new("t".into(), "t.yaml".into(), src, p);
    let law = crate::law::Law::load().unwrap();
    profile(&lp, law.get(lp.profile.jurisdiction), &[])
}

/// The codes `check` reports, starting with one of `prefixes`, for a small profile of
/// `jurisdiction` (one care purpose, one retention row) with `extra` keys.
#[cfg(test)]
pub(crate) fn small_profile_codes(
    jurisdiction: &str,
    extra: &str,
    prefixes: &[&str],
) -> Vec<String> {
    let src = format!(
        "jurisdiction: {jurisdiction}\nlanguages: [en]\nversion: \"1\"\neffective: 2026-01-01\n\
         controller: {{name: X, email: x@x.example}}\ndata: []\n\
         purposes: [{{id: care, basis: {{art6: contract}}}}]\n\
         retention: [{{record: marketing, period: 1 years}}]\n{extra}"
    );
    check_source(src)
        .into_iter()
        .map(|d| d.code)
        .filter(|c| prefixes.iter().any(|p| c.starts_with(p)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_emails() {
        assert!(web_url("https://www.infomedics.nl/privacy"));
        assert!(!web_url("javascript:alert(1)"));
        assert!(!web_url("https://"));
        assert!(!web_url("www.kei.be"));
        assert!(!web_url("https://a.example/<script>"));
        assert!(email_address("privacy@mst.nl"));
        assert!(!email_address("privacy at mst.nl"));
        assert!(!email_address("a@b@c.nl"));
        assert!(!email_address("<x>@mst.nl"));
    }
}
