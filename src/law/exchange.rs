//! National exchange and consent systems (issue 16 item 7) and the national recipients the
//! law names (item 8), as data: which systems a jurisdiction has (the Dutch Landelijk
//! Schakelpunt and Mitz, the Belgian eHealth hubs and the global medical record, the
//! Norwegian kjernejournal), each with its consent model, the portal where the patient
//! manages it, whether the patient can see who looked, the provision it rests on and the
//! source it was read in; and which national bodies (the GGD, HELFO, the CLB, the OCMW)
//! belong to the jurisdiction, with the provision that sends data to them where one was
//! verified. A profile names a system or body of another jurisdiction only by mistake: the
//! check says so (`law/exchange-system-not-in-law`, `law/recipient-not-in-law`).

use super::{Cite, Cites, LawData};
use crate::load::vocab::{ExchangeSystem, RecipientKind};
use serde::{Deserialize, Serialize};

/// How the patient's say over a national exchange is organised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentModel {
    /// Data are made available only after the patient's explicit consent (NL: LSP, Mitz;
    /// BE: the informed consent for the hubs).
    OptIn,
    /// Everyone is included unless they object (NO: kjernejournal, reservation).
    OptOut,
    /// The arrangement exists only at the patient's request (BE: the GMD).
    OnRequest,
}

impl ConsentModel {
    pub fn key(self) -> &'static str {
        match self {
            Self::OptIn => "opt-in",
            Self::OptOut => "opt-out",
            Self::OnRequest => "on-request",
        }
    }
}

/// What kind of consent an opt-in system asks: the explicit consent of the Dutch Wabvpz, or
/// the informed consent of the Belgian hubs (the reglement's "geïnformeerde toestemming").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    #[default]
    Explicit,
    Informed,
}

impl ConsentKind {
    pub fn key(self) -> &'static str {
        match self {
            Self::Explicit => "explicit",
            Self::Informed => "informed",
        }
    }
}

/// One national exchange or consent system of the jurisdiction.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRule {
    pub system: ExchangeSystem,
    pub model: ConsentModel,
    /// For an opt-in system, the kind of consent the law or the system's rules name.
    #[serde(default)]
    pub consent: ConsentKind,
    /// Id in `statutes`: the statute the system rests on.
    pub statute: String,
    /// The provision, where one was verified; otherwise the statute alone is named.
    #[serde(default)]
    pub article: Option<Cites>,
    /// Where the patient manages consent or objection online.
    #[serde(default)]
    pub portal: Option<String>,
    /// The patient can see online who viewed or received the data (or, for a consent
    /// register, who looked up the consent).
    #[serde(default)]
    pub audit_view: bool,
    pub reference: String,
}

/// A national body a recipient kind stands for in this jurisdiction.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NationalRecipient {
    pub kind: RecipientKind,
    /// Id in `statutes`, with `article`: the provision that sends data to the body.
    #[serde(default)]
    pub statute: Option<String>,
    #[serde(default)]
    pub article: Option<Cites>,
    pub reference: String,
}

/// Recipient kinds that stand for a national body: a profile may use one only where the
/// law data of its jurisdiction describe that body (`recipients`). The other kinds (a
/// locum, an insurer's medical adviser, the police) exist everywhere.
pub const NATIONAL_RECIPIENTS: [RecipientKind; 4] = [
    RecipientKind::InfectiousDiseaseAuthority,
    RecipientKind::SchoolHealthService,
    RecipientKind::SocialWelfareCentre,
    RecipientKind::Helfo,
];

impl LawData {
    /// The jurisdiction's rule for `system`, if it has that system.
    pub fn exchange_rule(&self, system: ExchangeSystem) -> Option<&ExchangeRule> {
        self.exchange.iter().find(|r| r.system == system)
    }

    /// The jurisdiction's entry for a national recipient kind.
    pub fn national_recipient(&self, kind: RecipientKind) -> Option<&NationalRecipient> {
        self.recipients.iter().find(|r| r.kind == kind)
    }

    /// Every pinpoint of this module's data, with its default statute.
    pub(super) fn exchange_cites(&self) -> Vec<(String, &Cite, &str)> {
        let mut out: Vec<(String, &Cite, &str)> = Vec::new();
        for (i, r) in self.exchange.iter().enumerate() {
            for c in r.article.iter().flat_map(|a| &a.0) {
                out.push((format!("exchange[{i}].article"), c, r.statute.as_str()));
            }
        }
        for (i, r) in self.recipients.iter().enumerate() {
            if let Some(st) = &r.statute {
                for c in r.article.iter().flat_map(|a| &a.0) {
                    out.push((format!("recipients[{i}].article"), c, st.as_str()));
                }
            }
        }
        out
    }

    /// Statute ids this module's data name.
    pub(super) fn exchange_statutes(&self) -> Vec<&str> {
        self.exchange
            .iter()
            .map(|r| r.statute.as_str())
            .chain(self.recipients.iter().filter_map(|r| r.statute.as_deref()))
            .collect()
    }

    /// A system or body listed twice, an article without its statute, or a national
    /// recipient entry for a kind that is not national.
    pub(super) fn validate_exchange(&self) -> Result<(), String> {
        for (i, r) in self.exchange.iter().enumerate() {
            if self.exchange[..i].iter().any(|o| o.system == r.system) {
                return Err(format!("exchange: `{}` listed twice", r.system.key()));
            }
        }
        for (i, r) in self.recipients.iter().enumerate() {
            if self.recipients[..i].iter().any(|o| o.kind == r.kind) {
                return Err(format!("recipients: `{}` listed twice", r.kind.key()));
            }
            if !NATIONAL_RECIPIENTS.contains(&r.kind) {
                return Err(format!(
                    "recipients: `{}` is not a national recipient kind",
                    r.kind.key()
                ));
            }
            if r.article.is_some() && r.statute.is_none() {
                return Err(format!(
                    "recipients: `{}` has an article without a statute",
                    r.kind.key()
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::Law;
    use crate::load::profile::Jurisdiction;

    #[test]
    fn each_jurisdiction_has_its_own_systems_and_models() {
        let law = Law::load().unwrap();
        let nl = law.get(Jurisdiction::NL);
        let be = law.get(Jurisdiction::BE);
        let no = law.get(Jurisdiction::NO);
        assert_eq!(
            nl.exchange_rule(ExchangeSystem::Lsp).map(|r| r.model),
            Some(ConsentModel::OptIn)
        );
        assert!(nl.exchange_rule(ExchangeSystem::Lsp).unwrap().audit_view);
        assert_eq!(
            be.exchange_rule(ExchangeSystem::EhealthHubs)
                .map(|r| r.model),
            Some(ConsentModel::OptIn)
        );
        assert_eq!(
            be.exchange_rule(ExchangeSystem::EhealthHubs)
                .map(|r| r.consent),
            Some(ConsentKind::Informed)
        );
        assert_eq!(
            be.exchange_rule(ExchangeSystem::Gmd).map(|r| r.model),
            Some(ConsentModel::OnRequest)
        );
        assert_eq!(
            no.exchange_rule(ExchangeSystem::Kjernejournal)
                .map(|r| r.model),
            Some(ConsentModel::OptOut)
        );
        // No system belongs to two jurisdictions.
        for s in ExchangeSystem::ALL {
            let n = [nl, be, no]
                .iter()
                .filter(|l| l.exchange_rule(*s).is_some())
                .count();
            assert_eq!(n, 1, "{s:?}");
        }
    }

    #[test]
    fn national_bodies_belong_to_one_jurisdiction() {
        let law = Law::load().unwrap();
        let nl = law.get(Jurisdiction::NL);
        let be = law.get(Jurisdiction::BE);
        let no = law.get(Jurisdiction::NO);
        assert!(nl
            .national_recipient(RecipientKind::InfectiousDiseaseAuthority)
            .is_some());
        assert!(be
            .national_recipient(RecipientKind::SchoolHealthService)
            .is_some());
        assert!(be
            .national_recipient(RecipientKind::SocialWelfareCentre)
            .is_some());
        assert!(no.national_recipient(RecipientKind::Helfo).is_some());
        assert!(nl.national_recipient(RecipientKind::Helfo).is_none());
    }

    #[test]
    fn a_duplicate_or_a_non_national_entry_is_refused() {
        let law = Law::load().unwrap();
        let mut data = law.get(Jurisdiction::NL).clone();
        let first = data.exchange[0].clone();
        data.exchange.push(first);
        assert!(data.validate_exchange().is_err());
        let mut data = law.get(Jurisdiction::NO).clone();
        data.recipients[0].kind = RecipientKind::Locum;
        assert!(data.validate_exchange().is_err());
    }
}
