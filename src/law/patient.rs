//! Patient-law data beyond access and retention: what the law says about destroying the
//! record on request (its deadline, its exceptions, whether it may come before the
//! retention period ends), the conditions for deleting entries from it (Norway), who
//! exercises a patient's rights when the patient is a minor or cannot act, and who may see
//! the record after the patient's death. Each value carries the provision it comes from;
//! the sentences are in `locales/*/statement.ftl` (messages named after the terms below).

use super::{Cite, Cites, LawData};
use crate::load::text::Period;
use crate::load::vocab::ErasureGround;
use serde::{Deserialize, Serialize};

/// How the patient law treats a request to destroy the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErasureRegime {
    /// The record is destroyed on request within a deadline, unless a statutory exception
    /// applies (NL: art. 7:455 BW).
    #[default]
    OnRequest,
    /// The patient law gives no right to have the record destroyed: it is kept for the
    /// statutory period (BE: Kwaliteitswet art. 35).
    None,
}

/// A statutory exception to destruction on request, with its provision.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ErasureException {
    pub ground: ErasureGround,
    pub article: Cites,
}

/// The patient's right to have the record destroyed, where the patient law gives one.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PatientErasure {
    #[serde(default)]
    pub regime: ErasureRegime,
    pub statute: String,
    /// Article and paragraph, as data (see [`super::cite::Cite`]).
    pub article: Cites,
    /// The period within which the record is destroyed after the request.
    #[serde(default)]
    pub deadline: Option<Period>,
    /// The statutory exceptions; a profile's procedure may name no others.
    #[serde(default)]
    pub exceptions: Vec<ErasureException>,
    /// The right applies before the retention period has ended.
    #[serde(default)]
    pub before_retention_ends: bool,
    /// The request must be made in writing or electronically (NL since 2020).
    #[serde(default)]
    pub written_request: bool,
    pub reference: String,
}

impl PatientErasure {
    /// Whether the law lets the record be refused destruction on `ground`.
    pub fn allows(&self, ground: ErasureGround) -> bool {
        self.exceptions.iter().any(|e| e.ground == ground)
    }
}

/// A condition for deleting entries from the record (Norway: helsepersonelloven § 43).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletionCondition {
    /// Deletion is unobjectionable on general grounds.
    GeneralInterest,
    /// The archives legislation does not prevent it.
    ArchiveLaw,
    /// The entries are wrong or misleading and felt to be a burden.
    IncorrectAndBurdensome,
    /// The entries are clearly not needed to give the patient health care.
    ClearlyUnnecessary,
}

impl DeletionCondition {
    pub fn msg(self) -> &'static str {
        match self {
            Self::GeneralInterest => "deletion-condition-general-interest",
            Self::ArchiveLaw => "deletion-condition-archive-law",
            Self::IncorrectAndBurdensome => "deletion-condition-incorrect-and-burdensome",
            Self::ClearlyUnnecessary => "deletion-condition-clearly-unnecessary",
        }
    }
}

/// Conditions for deletion: all of `all`, and at least one of `any`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionConditions {
    pub all: Vec<DeletionCondition>,
    #[serde(default)]
    pub any: Vec<DeletionCondition>,
    pub article: Cites,
}

/// Who exercises a minor's rights in an age band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exercise {
    /// The parents with parental authority or the guardian.
    Parents,
    /// The minor and the parents together (NL 12–15: both consent).
    Together,
    /// The parents, unless the minor, for reasons that should be respected, does not want
    /// them informed (NO 12–15).
    ParentsUnlessChildObjects,
    /// The minor alone.
    Patient,
    /// The minor; the parents are told only what they need to exercise parental
    /// responsibility (NO 16–17).
    PatientParentsInformed,
    /// The parents, the minor being involved according to age and maturity, and the minor
    /// alone once judged able to assess their interests reasonably (BE: no fixed age).
    Maturity,
}

impl Exercise {
    pub fn msg(self) -> &'static str {
        match self {
            Self::Parents => "minors-band-parents",
            Self::Together => "minors-band-together",
            Self::ParentsUnlessChildObjects => "minors-band-parents-unless-child-objects",
            Self::Patient => "minors-band-patient",
            Self::PatientParentsInformed => "minors-band-patient-parents-informed",
            Self::Maturity => "minors-band-maturity",
        }
    }
}

/// An age band: from `from` (inclusive) up to `to` (exclusive).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgeBand {
    #[serde(default)]
    pub from: Option<u8>,
    #[serde(default)]
    pub to: Option<u8>,
    pub by: Exercise,
    /// The provision for this band, cited at the end of its line.
    #[serde(default)]
    pub article: Option<Cites>,
}

/// Who exercises a minor's rights under the patient law.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MinorsRule {
    pub statute: String,
    pub article: Cites,
    pub bands: Vec<AgeBand>,
    pub reference: String,
}

impl MinorsRule {
    /// The age from which the patient exercises the rights alone, where the law fixes one.
    pub fn own_age(&self) -> Option<u8> {
        self.bands
            .iter()
            .find(|b| matches!(b.by, Exercise::Patient | Exercise::PatientParentsInformed))
            .and_then(|b| b.from)
    }
}

/// Someone who acts for an adult patient who cannot, in the order of the law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Representative {
    /// NL: the curator or mentor appointed by the court.
    CourtAppointed,
    /// NL: the person the patient authorised in writing.
    AuthorisedPerson,
    /// NL: the spouse, registered partner or other life companion.
    Partner,
    /// NL: a parent, child, brother or sister.
    Family,
    /// BE: the representative the patient designated by a dated and signed mandate.
    DesignatedRepresentative,
    /// BE: the administrator of the person appointed by the justice of the peace.
    Administrator,
    /// BE: the cohabiting spouse or partner.
    CohabitingPartner,
    /// BE: after them, the other relatives in the order the act sets out.
    FurtherRelatives,
}

impl Representative {
    pub fn msg(self) -> String {
        let key = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        format!("representative-{}", key.replace('_', "-"))
    }

    pub const ALL: [Representative; 8] = [
        Self::CourtAppointed,
        Self::AuthorisedPerson,
        Self::Partner,
        Self::Family,
        Self::DesignatedRepresentative,
        Self::Administrator,
        Self::CohabitingPartner,
        Self::FurtherRelatives,
    ];
}

/// Who acts for an adult patient who cannot exercise the rights.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AdultsRule {
    pub statute: String,
    pub article: Cites,
    /// In the order of the law: each acts only when the ones before are absent or do not act.
    pub order: Vec<Representative>,
    pub reference: String,
}

/// Who may see a deceased patient's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeceasedAccess {
    /// NL: whom the patient consented to in writing or electronically, and the other cases
    /// of the article (such as a weighty interest).
    ConsentOrWeightyInterest,
    /// BE: spouse, partner and relatives to the second degree, through a practitioner they
    /// designate, on a reasoned and specified request, unless the patient objected.
    RelativesIndirect,
    /// NO: the next of kin, unless special reasons speak against it.
    NextOfKin,
}

impl DeceasedAccess {
    pub fn msg(self) -> &'static str {
        match self {
            Self::ConsentOrWeightyInterest => "deceased-consent-or-weighty-interest",
            Self::RelativesIndirect => "deceased-relatives-indirect",
            Self::NextOfKin => "deceased-next-of-kin",
        }
    }
}

/// Access to a deceased patient's record.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeceasedRule {
    pub statute: String,
    pub article: Cites,
    pub access: DeceasedAccess,
    pub reference: String,
}

/// Representation under the patient law: minors, adults who cannot act, the deceased, and
/// the roles the law knows for someone acting on the patient's behalf.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Representation {
    #[serde(default)]
    pub roles: Option<Roles>,
    #[serde(default)]
    pub minors: Option<MinorsRule>,
    #[serde(default)]
    pub adults: Option<AdultsRule>,
    #[serde(default)]
    pub deceased: Option<DeceasedRule>,
}

/// The roles of representatives the patient law knows, with where they come from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    pub statute: String,
    pub article: Cites,
    pub list: Vec<crate::load::vocab::OnBehalf>,
    pub reference: String,
}

impl LawData {
    /// Every pinpoint of the patient-law data of this module, with its default statute.
    pub(super) fn patient_cites(&self) -> Vec<(String, &Cite, &str)> {
        let mut out: Vec<(String, &Cite, &str)> = Vec::new();
        if let Some(pe) = &self.patient_erasure {
            for (i, e) in pe.exceptions.iter().enumerate() {
                for c in &e.article.0 {
                    out.push((
                        format!("patient_erasure.exceptions[{i}].article"),
                        c,
                        pe.statute.as_str(),
                    ));
                }
            }
        }
        if let Some(rc) = &self.record_changes {
            for c in rc.conditions.iter().flat_map(|x| &x.article.0) {
                out.push((
                    "record_changes.conditions.article".into(),
                    c,
                    rc.statute.as_str(),
                ));
            }
        }
        let r = &self.representation;
        if let Some(m) = &r.minors {
            for (i, b) in m.bands.iter().enumerate() {
                for c in b.article.iter().flat_map(|a| &a.0) {
                    out.push((
                        format!("representation.minors.bands[{i}].article"),
                        c,
                        m.statute.as_str(),
                    ));
                }
            }
        }
        let parts = [
            ("roles", r.roles.as_ref().map(|m| (&m.article, &m.statute))),
            (
                "minors",
                r.minors.as_ref().map(|m| (&m.article, &m.statute)),
            ),
            (
                "adults",
                r.adults.as_ref().map(|m| (&m.article, &m.statute)),
            ),
            (
                "deceased",
                r.deceased.as_ref().map(|m| (&m.article, &m.statute)),
            ),
        ];
        for (at, part) in parts {
            if let Some((cs, st)) = part {
                for c in &cs.0 {
                    out.push((format!("representation.{at}.article"), c, st.as_str()));
                }
            }
        }
        out
    }

    /// Statute ids the patient-law data of this module default to.
    pub(super) fn patient_statutes(&self) -> Vec<&str> {
        let r = &self.representation;
        [
            r.roles.as_ref().map(|m| m.statute.as_str()),
            r.minors.as_ref().map(|m| m.statute.as_str()),
            r.adults.as_ref().map(|m| m.statute.as_str()),
            r.deceased.as_ref().map(|m| m.statute.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Checks of this module's data beyond statute ids: age bands in order.
    pub(super) fn validate_patient(&self) -> Result<(), String> {
        if let Some(m) = &self.representation.minors {
            let mut last = 0u8;
            for b in &m.bands {
                let from = b.from.unwrap_or(0);
                if from < last || b.to.is_some_and(|t| t <= from) {
                    return Err("representation.minors.bands are not in order".into());
                }
                last = b.to.unwrap_or(u8::MAX);
            }
        }
        if let Some(pe) = &self.patient_erasure {
            if pe.regime == ErasureRegime::OnRequest && pe.deadline.is_none() {
                return Err("patient_erasure: destruction on request needs a deadline".into());
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
    fn the_dutch_destruction_right_has_its_deadline_and_two_exceptions() {
        let law = Law::load().unwrap();
        let pe = law.get(Jurisdiction::NL).patient_erasure.clone().unwrap();
        assert_eq!(pe.regime, ErasureRegime::OnRequest);
        assert_eq!(pe.deadline.unwrap().max_days().round(), 90.0);
        assert!(pe.allows(ErasureGround::OtherPersonInterest));
        assert!(pe.allows(ErasureGround::StatutoryDuty));
        assert!(!pe.allows(ErasureGround::GoodCare));
        assert!(pe.before_retention_ends);
    }

    #[test]
    fn belgium_gives_no_destruction_right_and_norway_deletes_on_conditions() {
        let law = Law::load().unwrap();
        let be = law.get(Jurisdiction::BE).patient_erasure.clone().unwrap();
        assert_eq!(be.regime, ErasureRegime::None);
        assert!(be.deadline.is_none());
        let no = law.get(Jurisdiction::NO);
        assert!(no.patient_erasure.is_none());
        let c = no
            .record_changes
            .as_ref()
            .unwrap()
            .conditions
            .clone()
            .unwrap();
        assert_eq!(
            c.all,
            [
                DeletionCondition::GeneralInterest,
                DeletionCondition::ArchiveLaw
            ]
        );
        assert_eq!(c.any.len(), 2);
    }

    #[test]
    fn age_bands_per_jurisdiction() {
        let law = Law::load().unwrap();
        let own = |j| {
            law.get(j)
                .representation
                .minors
                .as_ref()
                .and_then(MinorsRule::own_age)
        };
        assert_eq!(own(Jurisdiction::NL), Some(16));
        assert_eq!(own(Jurisdiction::NO), Some(16));
        // Belgium sets no fixed age: the minor's maturity decides (art. 12 § 2).
        assert_eq!(own(Jurisdiction::BE), None);
        for j in Jurisdiction::all() {
            assert!(law.get(j).representation.deceased.is_some(), "{j:?}");
        }
        assert!(law.get(Jurisdiction::NO).representation.adults.is_none());
    }

    #[test]
    fn bands_out_of_order_are_refused() {
        let law = Law::load().unwrap();
        let mut data = law.get(Jurisdiction::NL).clone();
        if let Some(m) = data.representation.minors.as_mut() {
            m.bands.reverse();
        }
        assert!(data.validate_patient().is_err());
    }

    #[test]
    fn representative_messages_follow_the_yaml_spelling() {
        assert_eq!(
            Representative::CourtAppointed.msg(),
            "representative-court-appointed"
        );
        assert_eq!(Representative::ALL.len(), 8);
    }
}
