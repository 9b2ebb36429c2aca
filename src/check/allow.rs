//! Suppression with a reason: a profile's `allow:` list names a rule and says why it does
//! not apply. A finding of an allowed rule stays in the output, marked `allowed` with the
//! reason (in the profile's first language); it never fails a build. An `allow` entry for
//! a rule that is not in the catalogue is an error; one that matches no finding is a
//! warning (a stale suppression hides nothing and should go). A rule that is not
//! `allowable` (its finding means the page would mislead) is never suppressed: the entry
//! is an error of its own, `check/not-allowable`.

use super::catalogue::{catalogue, Family};
use super::engine::diagnostic;
use crate::diagnostics::Diagnostic;
use crate::load::text::Lang;
use crate::load::LoadedProfile;

/// The reason of an allow entry, in the profile's first (authoritative) language.
pub fn reason(lp: &LoadedProfile, i: usize) -> String {
    let Some(a) = lp.profile.allow.get(i) else {
        return String::new();
    };
    let lang = lp.profile.languages.first().copied().unwrap_or(Lang::Nl);
    a.reason
        .get(lang)
        .or_else(|| a.reason.all().first().copied())
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Marks the findings of `diags` that belong to `lp` and to an allowed rule. With
/// `report`, also reports unknown and unused entries (coverage rules, checked later, are
/// exempt from the unused check).
pub fn apply(lp: &LoadedProfile, diags: &mut Vec<Diagnostic>, report: bool) {
    let cat = catalogue().ok();
    let mut extra = Vec::new();
    for (i, a) in lp.profile.allow.iter().enumerate() {
        let rule = cat.and_then(|c| c.get(&a.rule));
        let why = reason(lp, i);
        let mut used = false;
        if rule.is_some_and(|r| r.family != Family::Meta && r.allowable) {
            for d in diags.iter_mut() {
                if d.code == a.rule && d.file.as_deref() == Some(lp.path.as_path()) {
                    if d.allowed.is_none() {
                        d.allowed = Some(why.clone());
                    }
                    used = true;
                }
            }
        }
        if !report {
            continue;
        }
        let field = format!("allow[{i}].rule");
        let problem = match rule {
            None => Some(diagnostic(
                "check/unknown-allow",
                &[("rule", a.rule.clone())],
            )),
            Some(r) if r.family == Family::Meta => Some(diagnostic(
                "check/unknown-allow",
                &[("rule", a.rule.clone())],
            )),
            Some(r) if !r.allowable => Some(diagnostic(
                "check/not-allowable",
                &[("rule", a.rule.clone())],
            )),
            Some(r) if !used && r.family != Family::Coverage => Some(diagnostic(
                "check/unused-allow",
                &[("rule", a.rule.clone())],
            )),
            _ => None,
        };
        if let Some(mut d) = problem {
            d = d.file(&lp.path).field(&field);
            if let Some((l, c)) = lp.locate(&field) {
                d = d.at(l, c);
            }
            extra.push(d);
        }
    }
    diags.extend(extra);
}
