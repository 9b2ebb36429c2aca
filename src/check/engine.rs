//! The rule engine: a [`Checker`] holds one profile, its law data and the languages it is
//! published in, and turns a rule id plus a field path into a located diagnostic carrying
//! the catalogue's severity, message, help and citation. Also the facts many rules share
//! (does the profile process health data, use consent, receive data from others, …).

use super::catalogue::{catalogue, fill};
use crate::diagnostics::Diagnostic;
use crate::law::LawData;
use crate::load::profile::{Jurisdiction, Profile};
use crate::load::text::{Lang, Term};
use crate::load::vocab::{Art6, Art9, Category, Source};
use crate::load::LoadedProfile;

pub struct Checker<'a> {
    pub lp: &'a LoadedProfile,
    pub p: &'a Profile,
    pub law: &'a LawData,
    /// The languages the profile is checked in: `--lang`, else its published languages.
    pub langs: Vec<Lang>,
    /// Built on first use: most documents never need a position.
    pub out: Vec<Diagnostic>,
    /// When `p` is the in-force profile (entries outside their validity window left out,
    /// src/load/window.rs): the map from its list positions to those of the file.
    pub renumber: crate::load::window::Renumber,
}

/// A diagnostic for rule `id` from the catalogue, without a location. An id missing from
/// the catalogue is a bug in this repository; it is reported, never panics.
pub fn diagnostic(id: &str, args: &[(&str, String)]) -> Diagnostic {
    let rule = match catalogue() {
        Ok(c) => c.get(id),
        Err(e) => return Diagnostic::error("internal/catalogue", e.to_string()),
    };
    match rule {
        Some(r) => {
            // `id`, not `r.id`: a generic national rule serves each jurisdiction's id.
            let mut d = Diagnostic::error(id, fill(&r.message, args))
                .with_severity(r.severity)
                .help(fill(&r.help, args))
                .citation(r.cited());
            // The provision of the law data for this very finding replaces the rule's list of
            // every provision it may apply (a medical-record finding cites art. 7:454 BW, not
            // that and the AWR; newcomer trial).
            if let Some(extra) = args.iter().find(|(k, _)| *k == "law_citation") {
                d.citation = Some(r.cited_as(&extra.1));
            }
            d
        }
        None => Diagnostic::error(
            "internal/unknown-rule",
            format!("rule `{id}` is not in the catalogue (src/law/rules.yaml)"),
        ),
    }
}

impl<'a> Checker<'a> {
    pub fn new(lp: &'a LoadedProfile, law: &'a LawData, langs: &[Lang]) -> Self {
        let langs = if langs.is_empty() {
            lp.profile.languages.clone()
        } else {
            langs.to_vec()
        };
        Checker {
            lp,
            p: &lp.profile,
            law,
            langs,
            out: Vec::new(),
            renumber: Default::default(),
        }
    }

    /// A checker that judges `in_force` (the profile without the entries outside their
    /// validity window) and reports at the positions of `lp` through `renumber`.
    pub fn in_force(
        lp: &'a LoadedProfile,
        in_force: &'a Profile,
        renumber: crate::load::window::Renumber,
        law: &'a LawData,
        langs: &[Lang],
    ) -> Self {
        let mut cx = Checker::new(lp, law, langs);
        cx.p = in_force;
        cx.renumber = renumber;
        cx
    }

    pub fn j(&self) -> Jurisdiction {
        self.p.jurisdiction
    }

    /// Line and column of a field path (or its nearest ancestor) in the profile.
    pub fn locate(&self, field: &str) -> Option<(usize, usize)> {
        self.lp.locate(field)
    }

    /// Raises rule `id` at `field`. Placeholders `{name}` in the message and help are
    /// filled from `args`; an arg named `law_citation` is prepended to the citation.
    pub fn fire(&mut self, id: &str, field: &str, args: &[(&str, String)]) {
        let field = &self.renumber.original(field);
        let mut d = diagnostic(id, args).file(&self.lp.path).field(field);
        if let Some((l, c)) = self.locate(field) {
            d = d.at(l, c);
        }
        self.out.push(d);
    }

    /// The profile processes data concerning health.
    pub fn health(&self) -> bool {
        self.p
            .data
            .iter()
            .any(|d| matches!(d.category, Term::Known(Category::Health)))
    }

    /// Some purpose rests on consent (Art. 6(1)(a) or 9(2)(a)).
    pub fn consent(&self) -> bool {
        self.p
            .purposes
            .iter()
            .any(|pu| pu.uses_art6(Art6::Consent) || pu.uses_art9(Art9::ExplicitConsent))
    }

    /// Some purpose rests on legitimate interest (Art. 6(1)(f)).
    pub fn legitimate_interest(&self) -> bool {
        self.p
            .purposes
            .iter()
            .any(|pu| pu.uses_art6(Art6::LegitimateInterest))
    }

    /// Data come from someone other than the patient: Art. 14 applies to them.
    pub fn indirect(&self) -> bool {
        self.p.sources.iter().any(|s| s.source != Source::Patient)
    }
}
