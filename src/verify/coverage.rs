//! Family (f) of the check's rules, read after render: the document, as modelled and as its
//! page is rendered, covers every GDPR item that applies to the profile.
//! Sections of the model record the items they provide (`Section::covers`); a document
//! whose sections, as built or as a theme renders them, leave out an applicable item fails
//! the check. Applies to the full documents (statement, reglement), not to the short
//! first-layer notice, which by design points to the full text (WP260 para 35–36).

use crate::check::engine::diagnostic;
use crate::diagnostics::Diagnostic;
use crate::load::profile::{DocumentKind, Profile};
use crate::load::vocab::{Art6, Art9, Source};
use crate::load::LoadedProfile;
use crate::model::Document;

/// Document kinds that must hold the complete information (WP260 para 17).
pub const FULL_KINDS: &[DocumentKind] = &[DocumentKind::Statement, DocumentKind::Reglement];

/// The items a full document of this profile must cover.
pub fn applicable(p: &Profile) -> Vec<&'static str> {
    let consent = p
        .purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent));
    let li = p
        .purposes
        .iter()
        .any(|pu| pu.uses_art6(Art6::LegitimateInterest));
    let objection =
        li || p.purposes.iter().any(|pu| pu.uses_art6(Art6::PublicTask)) || p.marketing.is_some();
    let recipients = !p.recipients.is_empty()
        || !p.processors.is_empty()
        || p.processors_general.is_some()
        || p.no_publication
        || p.no_disclosure;
    let transfers = p.transfers.as_ref().is_some_and(|t| t.outside_eea);
    let indirect = p.sources.iter().any(|s| s.source != Source::Patient);
    let mut items = vec![
        "13(1)(a)", "13(1)(c)", "13(2)(a)", "13(2)(b)", "13(2)(d)", "12(3)",
    ];
    fn add(items: &mut Vec<&'static str>, cond: bool, xs: &[&'static str]) {
        if cond {
            items.extend_from_slice(xs);
        }
    }
    add(&mut items, p.dpo.is_some(), &["13(1)(b)"]);
    add(&mut items, li, &["13(1)(d)"]);
    add(&mut items, recipients, &["13(1)(e)"]);
    add(&mut items, transfers, &["13(1)(f)"]);
    add(&mut items, consent, &["13(2)(c)", "7(3)"]);
    add(&mut items, p.provision.is_some(), &["13(2)(e)"]);
    add(&mut items, p.automated_decisions.is_some(), &["13(2)(f)"]);
    add(&mut items, objection, &["21(4)"]);
    if indirect {
        items.extend([
            "14(1)(a)", "14(1)(c)", "14(2)(a)", "14(2)(c)", "14(2)(e)", "14(2)(f)",
        ]);
        add(&mut items, !p.data.is_empty(), &["14(1)(d)"]);
        add(&mut items, p.dpo.is_some(), &["14(1)(b)"]);
        add(&mut items, recipients, &["14(1)(e)"]);
        add(&mut items, transfers, &["14(1)(f)"]);
        add(&mut items, li, &["14(2)(b)"]);
        add(&mut items, consent, &["14(2)(d)"]);
        add(&mut items, p.automated_decisions.is_some(), &["14(2)(g)"]);
    }
    items
}

/// Applicable items that no section of `doc` covers.
pub fn document(doc: &Document, lp: &LoadedProfile) -> Vec<Diagnostic> {
    if !FULL_KINDS.contains(&doc.kind) {
        return Vec::new();
    }
    let covered: Vec<&str> = doc
        .sections
        .iter()
        .flat_map(|s| s.covers.iter().copied())
        .collect();
    applicable(&lp.profile)
        .into_iter()
        .filter(|i| !covered.contains(i))
        .map(|item| {
            diagnostic(
                "coverage/missing-item",
                &[
                    ("item", item.to_string()),
                    ("kind", doc.kind.key().to_string()),
                    ("lang", doc.lang.code().to_string()),
                ],
            )
            .file(&lp.path)
        })
        .collect()
}

/// Sections that cover an item but that the theme left out of the page `html` (no element
/// with the section's id).
pub fn rendered(doc: &Document, page: &str, html: &[u8], lp: &LoadedProfile) -> Vec<Diagnostic> {
    if !FULL_KINDS.contains(&doc.kind) {
        return Vec::new();
    }
    // Every `id="…"` of the page, read once.
    let mut ids = std::collections::HashSet::new();
    for at in memchr::memmem::find_iter(html, b"id=\"") {
        let value = &html[at + 4..];
        if let Some(end) = memchr::memchr(b'"', value) {
            ids.insert(&value[..end]);
        }
    }
    doc.sections
        .iter()
        .filter(|s| !s.covers.is_empty())
        .filter(|s| !ids.contains(s.id.as_bytes()))
        .map(|s| {
            diagnostic(
                "coverage/section-not-rendered",
                &[
                    ("section", s.id.clone()),
                    ("items", s.covers.join(", ")),
                    ("page", page.to_string()),
                ],
            )
            .file(&lp.path)
        })
        .collect()
}
