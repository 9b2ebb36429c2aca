//! What is processed and why: data categories and sources, the national identification number,
//! the record, purposes and their bases, staff access, recipients, national exchange systems,
//! processors and transfers.

use super::*;

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// The category of personal data, or a label of your own.
    pub category: Term<Category>,
    /// Examples, listed after the category.
    #[serde(default)]
    pub examples: Vec<Term<Example>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    /// The source.
    pub source: Source,
    /// When that source is used.
    #[serde(default)]
    pub condition: Option<SourceCondition>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NationalIdUseInfo {
    /// What the national identification number is used for.
    #[serde(default)]
    pub uses: Vec<NationalIdUse>,
    /// Identity is checked against a valid identity document.
    #[serde(default)]
    pub id_check: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PatientRecord {
    /// Statutes that require and govern the record (ids of the law data).
    #[serde(default)]
    pub statutes: Vec<String>,
    /// Name of the separate, secured record system (e.g. the EHR product).
    #[serde(default)]
    pub system: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountInfo {
    /// Data given at registration are kept so the patient need not enter them again.
    #[serde(default)]
    pub stored_after_registration: bool,
    /// A consent form at the first visit (Norwegian samtykkeerklæring), kept in this system.
    #[serde(default)]
    pub consent_form: Option<ConsentForm>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConsentForm {
    /// What the form records: electronic communication, having read the patient information.
    #[serde(default)]
    pub electronic_communication: bool,
    /// On the form, the patient confirms having read the clinic's patient information.
    #[serde(default)]
    pub patient_information_read: bool,
    /// Where consents and preferences are stored (e.g. the customer system).
    #[serde(default)]
    pub stored_in: Option<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// The purpose: a term of the vocabulary (with a standard description), or a label of your own (then give a `description`).
    pub id: Term<PurposeId>,
    /// Clinic-specific detail added after the standard description.
    #[serde(default)]
    pub description: Option<LocalizedText>,
    /// The legal basis. Leave it out only while transcribing a statement that gives none:
    /// `check` then reports the purpose (`gdpr/art13-1c-basis`, an error), so such a profile
    /// is published only once each purpose has its basis (issue 16).
    #[serde(default)]
    pub basis: Option<Basis>,
    /// The interest pursued, required with `art6: legitimate_interest` (Art. 13(1)(d)).
    #[serde(default)]
    pub legitimate_interest: Option<LocalizedText>,
    /// The patient can opt out (e.g. call recording for training).
    #[serde(default)]
    pub opt_out: bool,
    /// In which form the data are used for this purpose, when not identifiable (e.g.
    /// accounting with pseudonymised data, statistics with anonymised data).
    #[serde(default)]
    pub form: Option<DataForm>,
    /// First day this entry applies (a temporary project, a new camera): before it, the entry
    /// is left out of the page and `check` says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// Last day this entry applies: after it, the entry is left out of the page and `check`
    /// says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_until: Option<Date>,
}

impl Purpose {
    /// Whether `ground` is this purpose's Art. 6 basis or its alternative.
    pub fn uses_art6(&self, ground: Art6) -> bool {
        self.basis
            .as_ref()
            .is_some_and(|b| b.art6 == ground || b.art6_alternative == Some(ground))
    }
    /// Whether `condition` is this purpose's Art. 9 condition or its alternative.
    pub fn uses_art9(&self, condition: Art9) -> bool {
        self.basis
            .as_ref()
            .is_some_and(|b| b.art9 == Some(condition) || b.art9_alternative == Some(condition))
    }
    /// The Art. 9 condition, if the purpose states a basis with one.
    pub fn art9(&self) -> Option<Art9> {
        self.basis.as_ref().and_then(|b| b.art9)
    }
    /// The national statutes the basis cites (none without a basis).
    pub fn national(&self) -> &[String] {
        self.basis.as_ref().map_or(&[], |b| b.national.as_slice())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// The ground of Art. 6(1) GDPR.
    pub art6: Art6,
    /// A second Art. 6 ground that applies instead, e.g. consent or, where consent cannot be
    /// asked, no objection on legitimate interest (rendered "… or …").
    #[serde(default)]
    pub art6_alternative: Option<Art6>,
    /// The condition of Art. 9(2) GDPR for health and other special-category data.
    #[serde(default)]
    pub art9: Option<Art9>,
    /// A second Art. 9(2) condition that applies instead (rendered "… or …"), e.g. explicit
    /// consent or, without it, scientific research with safeguards.
    #[serde(default)]
    pub art9_alternative: Option<Art9>,
    /// National statutes (ids of the jurisdiction's law data).
    #[serde(default)]
    pub national: Vec<String>,
}

/// Art. 13(2)(e): whether data must be provided and what happens if not.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// Needed for the treatment contract; without them good care is not possible.
    #[serde(default)]
    pub contractual: bool,
    /// Required by law (national identifier, identity check).
    #[serde(default)]
    pub statutory: bool,
    /// The patient is expected to give the information the clinicians need.
    #[serde(default)]
    pub patient_duty: bool,
    /// Clinic-specific consequence of not providing the data.
    #[serde(default)]
    pub consequence: Option<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffAccess {
    /// Roles that process data, each with what they process and why.
    #[serde(default)]
    pub roles: Vec<StaffRole>,
    /// Access only to what the task needs.
    #[serde(default)]
    pub need_to_know: bool,
    /// Access to electronic records is logged.
    #[serde(default)]
    pub logging: bool,
    /// Compliance with access rules is checked and breaches are acted on.
    #[serde(default)]
    pub compliance_checks: bool,
    /// Everyone is bound by confidentiality (professional secrecy or an equivalent duty).
    #[serde(default)]
    pub confidentiality: bool,
    /// Secrecy also binds staff without a medical background.
    #[serde(default)]
    pub secrecy_includes_non_medical: bool,
    /// Staff have undertaken in writing to respect these rules.
    #[serde(default)]
    pub undertaking: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffRole {
    /// The role.
    pub role: Term<Role>,
    /// What they process and why.
    pub scope: LocalizedText,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The recipient or category of recipients.
    pub kind: RecipientKind,
    /// A named recipient ("Landelijk Implantatenregister").
    #[serde(default)]
    pub name: Option<String>,
    /// Which data go to this recipient, when not all of them ("de politie: camerabeelden,
    /// bij een vermoeden van een strafbaar feit").
    #[serde(default)]
    pub data: Vec<Term<Category>>,
    /// Conditions under which data go to this recipient; any one suffices ("… or …")
    /// unless `all_conditions` is set ("… and …").
    #[serde(default)]
    pub conditions: Vec<Condition>,
    /// `true`: all conditions must be met ("… and …").
    #[serde(default)]
    pub all_conditions: bool,
    /// In which form the data reach the recipient.
    #[serde(default)]
    pub form: Option<DataForm>,
    /// Clinic-specific detail.
    #[serde(default)]
    pub note: Option<LocalizedText>,
    /// First day this entry applies (a temporary project, a new camera): before it, the entry
    /// is left out of the page and `check` says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// Last day this entry applies: after it, the entry is left out of the page and `check`
    /// says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_until: Option<Date>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// The processor's name.
    pub name: String,
    /// What it does for the clinic.
    pub service: Term<Service>,
    /// The processor's own privacy policy.
    #[serde(default)]
    pub policy: Option<String>,
    /// ISO country code of where it processes the data.
    #[serde(default)]
    pub country: Option<String>,
    /// First day this entry applies (a temporary project, a new camera): before it, the entry
    /// is left out of the page and `check` says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// Last day this entry applies: after it, the entry is left out of the page and `check`
    /// says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_until: Option<Date>,
}

/// What the clinic states about all its processors.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessorsGeneral {
    /// Example kinds of processor when they are not named ("ICT suppliers").
    #[serde(default)]
    pub kinds: Vec<Service>,
    /// A data processing agreement (Art. 28) is signed with each.
    #[serde(default)]
    pub agreement: bool,
    /// The agreement binds them to confidentiality.
    #[serde(default)]
    pub confidentiality: bool,
    /// Same level of security required of them.
    #[serde(default)]
    pub same_security: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfers {
    /// `true` when data go outside the EEA; then `list` says where and on what basis.
    #[serde(default)]
    pub outside_eea: bool,
    /// Each transfer, with its safeguard.
    #[serde(default)]
    pub list: Vec<Transfer>,
    /// Should a transfer ever be needed, the patient is told of its consequences first.
    #[serde(default)]
    pub notice_promise: bool,
    /// Outside the listed cases only anonymous data are exchanged.
    #[serde(default)]
    pub otherwise_anonymous_only: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Who receives the data.
    pub recipient: String,
    /// Two-letter ISO code of the country.
    pub country: String,
    /// The legal instrument of Chapter V GDPR.
    pub mechanism: Mechanism,
    /// Where the safeguard can be read or obtained.
    #[serde(default)]
    pub safeguard_url: Option<String>,
    /// First day this entry applies (a temporary project, a new camera): before it, the entry
    /// is left out of the page and `check` says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// Last day this entry applies: after it, the entry is left out of the page and `check`
    /// says so. Judged on the profile's `effective` date.
    #[serde(default)]
    pub valid_until: Option<Date>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anonymisation {
    /// Who anonymises data.
    pub performed_by: Term<Role>,
    /// Cases in which data are anonymised.
    #[serde(default)]
    pub cases: Vec<LocalizedText>,
}

/// A national exchange or consent system the clinic takes part in (issue 16 item 7): the Dutch
/// Landelijk Schakelpunt and Mitz, the Belgian eHealth hubs and global medical record, the
/// Norwegian kjernejournal. The consent model, the portal and the provision come from the law
/// data of the jurisdiction (`exchange` in `src/law/*.yaml`), which also decide which systems a
/// jurisdiction has; the profile gives what is the clinic's own.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// The national system: `lsp`, `mitz` (NL), `ehealth_hubs`, `gmd` (BE),
    /// `kjernejournal` (NO). A system of another jurisdiction is an error.
    pub system: ExchangeSystem,
    /// Where the patient gives, withdraws or refuses consent (or, for an opt-out system,
    /// objects): `practice`, `consent_form`, `national_portal` (the system's portal from the
    /// law data).
    #[serde(default)]
    pub channels: Vec<ExchangeChannel>,
    /// Who can see the data the clinic makes available this way: `locum_gps` (GPs who take
    /// over, such as at the out-of-hours GP service), `pharmacists`, `treating_doctors`,
    /// `treating_providers`.
    #[serde(default)]
    pub viewers: Vec<ExchangeViewer>,
    /// Clinic-specific detail.
    #[serde(default)]
    pub note: Option<LocalizedText>,
}
