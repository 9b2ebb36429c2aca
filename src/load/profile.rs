//! The clinic profile: facts, not prose. Field names are English; proper nouns are written
//! once; anything read as a sentence is either generated from the Fluent wording or is a
//! [`LocalizedText`] the clinic writes itself. Every struct denies unknown keys.
//!
//! `docs/profile.md` is the reference of every field; keep the two in step.

use super::text::{Date, Lang, LocalizedText, Period, Term};
use super::vocab::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The jurisdiction whose law data judge and complete the profile.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
pub enum Jurisdiction {
    NL,
    NO,
    BE,
}

impl Jurisdiction {
    pub fn code(self) -> &'static str {
        match self {
            Jurisdiction::NL => "NL",
            Jurisdiction::NO => "NO",
            Jurisdiction::BE => "BE",
        }
    }
}

/// Document kinds a profile can publish.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The full privacy statement: `<id>/<lang>/`.
    Statement,
    /// A numbered reglement (articles, §-paragraphs, definitions): `<id>/<lang>/reglement/`.
    Reglement,
    /// The short first layer linking to the full text (WP260 §35–38): `<id>/<lang>/notice/`.
    Notice,
}

impl std::fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl DocumentKind {
    pub fn key(self) -> &'static str {
        match self {
            DocumentKind::Statement => "statement",
            DocumentKind::Reglement => "reglement",
            DocumentKind::Notice => "notice",
        }
    }
}

fn default_documents() -> Vec<DocumentKind> {
    vec![DocumentKind::Statement]
}

/// A clinic's profile: one YAML file in `content/`, from which privgen writes its privacy
/// statement in every language (reference: docs/profile.md).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Folder name in the output; `[a-z0-9-]`. Defaults to the file name without `.yaml`.
    #[serde(default)]
    pub id: Option<String>,
    /// The country whose law data judge and complete the profile: `NL`, `NO` or `BE` (statutes, bodies, supervisory authority, national identifier, retention rules).
    pub jurisdiction: Jurisdiction,
    /// Published languages; the first is the authoritative text.
    pub languages: Vec<Lang>,
    /// Document kinds to publish, each in every language: `statement` (default), `reglement`, `notice`.
    #[serde(default = "default_documents")]
    pub documents: Vec<DocumentKind>,
    /// A draft is checked (its errors reported as warnings) and previewed by `serve` and
    /// `build --drafts`, under a visible banner; `build` does not publish it (docs/check.md).
    #[serde(default)]
    pub draft: bool,
    /// Version number of the statement, e.g. `"2.0"` (quote it, so it stays text).
    pub version: String,
    /// The law data valid on this date judge the profile.
    pub effective: Date,
    /// Version history, oldest first; shown in "Changes and versions".
    #[serde(default)]
    pub changes: Vec<Change>,
    /// How the statement presents itself: titles, audience, intro, where it is published.
    #[serde(default)]
    pub document: DocumentInfo,
    /// The controller: the organisation that decides why and how data are processed (Art. 13(1)(a)).
    pub controller: Controller,
    /// Sites where the clinic works, listed under the controller.
    #[serde(default)]
    pub locations: Vec<Location>,
    /// The data protection officer and how to reach them (Art. 13(1)(b)).
    #[serde(default)]
    pub dpo: Option<Dpo>,
    /// An information security officer (Belgian informatieveiligheidsconsulent).
    #[serde(default)]
    pub security_officer: Option<SecurityOfficer>,
    /// Who supervises the processing, inside and outside the clinic.
    #[serde(default)]
    pub supervision: Option<Supervision>,
    /// Whose personal data are processed.
    #[serde(default)]
    pub data_subjects: Vec<Subject>,
    /// The categories of personal data processed (Art. 14(1)(d)).
    pub data: Vec<DataCategory>,
    /// Where the data come from (Art. 14(2)(f) for every source but the patient).
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    /// How the national identification number (BSN, fødselsnummer, rijksregisternummer) is used.
    #[serde(default)]
    pub national_id: Option<NationalIdUseInfo>,
    /// The statutory duty to keep a medical record.
    #[serde(default)]
    pub patient_record: Option<PatientRecord>,
    /// Registration data and a consent form.
    #[serde(default)]
    pub account: Option<AccountInfo>,
    /// Purposes of processing, each with its legal basis (Art. 13(1)(c)); at least one.
    pub purposes: Vec<Purpose>,
    /// Whether the patient must provide the data, and what happens if not (Art. 13(2)(e)).
    #[serde(default)]
    pub provision: Option<Provision>,
    /// Who inside the clinic has access to the data.
    #[serde(default)]
    pub staff_access: Option<StaffAccess>,
    /// Recipients or categories of recipients (Art. 13(1)(e)).
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// `true`: the statement says the clinic does not publish personal data.
    #[serde(default)]
    pub no_publication: bool,
    /// Named processors, shown as a table.
    #[serde(default)]
    pub processors: Vec<Processor>,
    /// What applies to all processors.
    #[serde(default)]
    pub processors_general: Option<ProcessorsGeneral>,
    /// Transfers outside the EEA; omit when the profile says nothing about them.
    #[serde(default)]
    pub transfers: Option<Transfers>,
    /// The circuit health data follow inside the clinic, one step per entry (markdown).
    #[serde(default)]
    pub data_flow: Vec<LocalizedText>,
    /// Who anonymises data, and when.
    #[serde(default)]
    pub anonymisation: Option<Anonymisation>,
    /// The retention table (Art. 13(2)(a)); at least one entry.
    pub retention: Vec<Retention>,
    /// What happens when the retention period ends.
    #[serde(default)]
    pub destruction: Option<Destruction>,
    /// When data are removed from the patient files.
    #[serde(default)]
    pub deletion_triggers: Vec<DeletionTrigger>,
    /// The parts of the patient file.
    #[serde(default)]
    pub file_structure: Option<FileStructure>,
    /// Security measures (Art. 32) and what happens on a data breach.
    #[serde(default)]
    pub security: Option<Security>,
    /// Advice on communicating safely with the clinic.
    #[serde(default)]
    pub communication: Vec<Guidance>,
    /// Camera surveillance.
    #[serde(default)]
    pub cameras: Option<Cameras>,
    /// Cookies on the clinic's website.
    #[serde(default)]
    pub cookies: Option<Cookies>,
    /// Recording of phone calls.
    #[serde(default)]
    pub call_recording: Option<CallRecording>,
    /// Scientific research.
    #[serde(default)]
    pub research: Option<Research>,
    /// Quality-of-care activities.
    #[serde(default)]
    pub quality: Option<Quality>,
    /// Newsletters and other direct marketing (Art. 21(4)).
    #[serde(default)]
    pub marketing: Option<Marketing>,
    /// Online services patients can use.
    #[serde(default)]
    pub platforms: Vec<Platform>,
    /// Children and parental consent online.
    #[serde(default)]
    pub minors: Option<Minors>,
    /// Automated decision-making, including profiling (Art. 13(2)(f)).
    #[serde(default)]
    pub automated_decisions: Option<AutomatedDecisions>,
    /// How requests are handled (Art. 12(3)); the rights themselves are always stated.
    #[serde(default)]
    pub rights: RightsInfo,
    /// The procedure for erasing (parts of) the medical record.
    #[serde(default)]
    pub erasure: Option<Erasure>,
    /// Internal and external complaint routes (Art. 13(2)(d)).
    #[serde(default)]
    pub complaints: ComplaintsInfo,
    /// A definitions section: vocabulary terms and the clinic's own.
    #[serde(default)]
    pub definitions: Definitions,
    /// The statement does not cover websites of third parties linked from ours.
    #[serde(default)]
    pub third_party_websites: bool,
    /// Check rules allowed for this profile, each only with a written reason; the reason is
    /// shown in the check output and in the page source (docs/check.md).
    #[serde(default)]
    pub allow: Vec<Allow>,
}

/// A check rule the profile allows, and why.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The rule id, as `privgen check` prints it (e.g. `gdpr/art13-2e-provision`).
    pub rule: String,
    /// Why the finding does not apply or is accepted, in every published language.
    pub reason: LocalizedText,
}

/// One entry of the version history.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The version number, e.g. `"1.0"`.
    pub version: String,
    /// When that version took effect.
    pub date: Date,
    /// What changed (markdown).
    pub summary: LocalizedText,
    /// A change in purpose, controller, recipients, transfers or how rights are exercised
    /// (WP260 §29–30): announced actively and in advance.
    #[serde(default)]
    pub substantive: bool,
}

/// How the document presents itself.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Own title of the statement; the default is the localized "Privacy statement".
    #[serde(default)]
    pub title: Option<LocalizedText>,
    /// Own title of the reglement, e.g. "Privacyreglement voor patiënten".
    #[serde(default)]
    pub reglement_title: Option<LocalizedText>,
    /// Whom the statement addresses (default: patients).
    #[serde(default)]
    pub audience: Vec<Audience>,
    /// Opening words in the clinic's own voice (mission, what it values).
    #[serde(default)]
    pub intro: Option<LocalizedText>,
    /// Commitments listed in the introduction.
    #[serde(default)]
    pub principles: Vec<Principle>,
    /// Where the latest version is published.
    #[serde(default)]
    pub url: Option<String>,
    /// Where patients are informed (admission form, brochure, website, reception).
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// A printed copy can be read at reception and a copy obtained on request.
    #[serde(default)]
    pub copy_at_reception: bool,
    /// How substantive changes are announced to patients before they take effect.
    #[serde(default)]
    pub change_notice: Vec<Channel>,
    /// Who adopts amendments (e.g. the board after advice of the medical council).
    #[serde(default)]
    pub amended_by: Option<LocalizedText>,
    /// Statutes the document is issued under: ids of the jurisdiction's law data.
    #[serde(default)]
    pub legal_framework: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// First line ("to the attention of"), e.g. the DPO's title, per language.
    #[serde(default)]
    pub attention: Option<LocalizedText>,
    /// Street and number, or PO box.
    pub street: String,
    /// Postcode (quote it when it is all digits, e.g. `"8670"`).
    pub postcode: String,
    /// City.
    pub city: String,
    /// Two-letter ISO country code; shown only when it differs from the jurisdiction.
    #[serde(default)]
    pub country: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// The register: `kvk`, `kbo` or `orgnr`.
    pub scheme: RegistrationScheme,
    /// The number, quoted, e.g. `"12345678"`.
    pub number: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The legal entity.
    pub name: String,
    /// The short or trade name used in running text ("MST", "KEI").
    #[serde(default)]
    pub short_name: Option<String>,
    /// What kind of provider the controller is.
    #[serde(default)]
    pub kind: Option<ProviderKind>,
    /// Company registration number.
    #[serde(default)]
    pub registration: Option<Registration>,
    /// Visiting address.
    #[serde(default)]
    pub visiting_address: Option<Address>,
    /// Postal address.
    #[serde(default)]
    pub postal_address: Option<Address>,
    /// General e-mail address; also used for requests when `dpo.email` is not set.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number, written as it should be shown.
    #[serde(default)]
    pub phone: Option<String>,
    /// Website (URL).
    #[serde(default)]
    pub website: Option<String>,
    /// Persons who act for the controller.
    #[serde(default)]
    pub representatives: Vec<Term<Role>>,
    /// Mandataries jointly responsible for parts of the processing.
    #[serde(default)]
    pub mandataries: Vec<Mandatary>,
    /// Who is the central contact point.
    #[serde(default)]
    pub central_contact: Option<Term<Role>>,
    /// The controller stays responsible for what processors do on its behalf.
    #[serde(default)]
    pub responsible_for_processors: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mandatary {
    /// The role, e.g. `chief_physician`.
    pub role: Term<Role>,
    /// What the role is jointly responsible for.
    pub scope: Vec<MandateScope>,
    /// Where the role is laid down (statute id of the law data).
    #[serde(default)]
    pub statute: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Name of the site.
    pub name: String,
    /// Its address, shown on one line.
    #[serde(default)]
    pub address: Option<Address>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Form of address shown before the name (Ms / Mr), translated per language.
    #[serde(default)]
    pub salutation: Option<Salutation>,
    /// The law asks for contact details, not a name. Write the name without a title.
    #[serde(default)]
    pub name: Option<String>,
    /// E-mail address; also the address given for requests.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<Address>,
    /// What the DPO does.
    #[serde(default)]
    pub tasks: Vec<DpoTask>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityOfficer {
    /// Statute that governs the role (id of the law data).
    #[serde(default)]
    pub statute: Option<String>,
}

/// Who supervises the processing inside the organisation.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supervision {
    /// Health data are processed under the responsibility of a health professional (Art. 9(3)).
    #[serde(default)]
    pub health_professional: bool,
    /// The role with central responsibility.
    #[serde(default)]
    pub lead: Option<Term<Role>>,
    /// Roles assisting the lead, each for a scope.
    #[serde(default)]
    pub assisted_by: Vec<Assist>,
    /// Sector supervisors that oversee the clinic (ids of the law data, e.g. `igj`).
    #[serde(default)]
    pub sector: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assist {
    /// The assisting role.
    pub role: Term<Role>,
    /// What it is responsible for (markdown).
    pub scope: LocalizedText,
}

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
    /// The legal basis.
    pub basis: Basis,
    /// The interest pursued, required with `art6: legitimate_interest` (Art. 13(1)(d)).
    #[serde(default)]
    pub legitimate_interest: Option<LocalizedText>,
    /// The patient can opt out (e.g. call recording for training).
    #[serde(default)]
    pub opt_out: bool,
}

impl Purpose {
    /// Whether `ground` is this purpose's Art. 6 basis or its alternative.
    pub fn uses_art6(&self, ground: Art6) -> bool {
        self.basis.art6 == ground || self.basis.art6_alternative == Some(ground)
    }
    /// Whether `condition` is this purpose's Art. 9 condition or its alternative.
    pub fn uses_art9(&self, condition: Art9) -> bool {
        self.basis.art9 == Some(condition) || self.basis.art9_alternative == Some(condition)
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

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// The kind of data.
    pub record: Term<Record>,
    /// `20 years`, `4 weeks`, `5-10 years`. Omit only with `criterion`.
    #[serde(default)]
    pub period: Option<Period>,
    /// How the period binds: `at_least`, `at_most` or `exactly` (default).
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The event the period runs from.
    #[serde(default)]
    pub from: Option<StartEvent>,
    /// Statute id of the law data that sets the period.
    #[serde(default)]
    pub statute: Option<String>,
    /// When the data are kept longer.
    #[serde(default)]
    pub extension: Option<Extension>,
    /// For criteria-based retention (Art. 13(2)(a)): the criterion, in the clinic's words.
    #[serde(default)]
    pub criterion: Option<LocalizedText>,
    /// Detail added to the row.
    #[serde(default)]
    pub note: Option<LocalizedText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    AtLeast,
    AtMost,
    #[default]
    Exactly,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Destruction {
    /// Data are destroyed within this period after the retention ends.
    pub within: Period,
    /// Who must agree before the medical part is destroyed.
    #[serde(default)]
    pub approved_by: Vec<Term<Role>>,
    /// When destruction may be omitted.
    #[serde(default)]
    pub exceptions: Vec<Extension>,
    /// Data may be kept in anonymised form.
    #[serde(default)]
    pub anonymised_kept: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileStructure {
    /// Partly electronic, partly on paper.
    #[serde(default)]
    pub mixed_media: bool,
    /// The parts, each with its elements.
    pub modules: Vec<FileModule>,
    /// Keys that link the modules (unique patient number, contact number).
    #[serde(default)]
    pub linkage_keys: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileModule {
    /// Name of the part.
    pub name: LocalizedText,
    /// What it contains (markdown).
    pub elements: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// Measures taken; write a label of your own as a whole sentence.
    #[serde(default)]
    pub measures: Vec<Term<Measure>>,
    /// Information-security standards the clinic works to.
    #[serde(default)]
    pub standards: Vec<Standard>,
    /// What happens on a data breach.
    #[serde(default)]
    pub breach: Option<Breach>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Breach {
    /// Breaches are reported to the authority as Art. 33 requires.
    #[serde(default)]
    pub notify_authority: bool,
    /// Patients are told when a breach is likely to put them at high risk (Art. 34).
    #[serde(default)]
    pub notify_subjects: bool,
    /// Patients can report a suspected breach or weakness to the DPO.
    #[serde(default)]
    pub report_to_dpo: bool,
    /// Reports may be anonymous.
    #[serde(default)]
    pub anonymous_reports: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cameras {
    /// Where the cameras hang.
    pub locations: Vec<LocalizedText>,
    /// Why, in the clinic's words (the legitimate interest).
    pub purpose: LocalizedText,
    /// Footage is recorded (false: live view only).
    pub stored: bool,
    /// How long footage is kept at most (with `stored: true`).
    #[serde(default)]
    pub retention: Option<Period>,
    /// Kept longer when an incident is recorded, until it is handled.
    #[serde(default)]
    pub incident_extension: bool,
    /// Who may view the footage, and when.
    #[serde(default)]
    pub viewers: Vec<Viewer>,
    /// Footage is handed to the police when a crime is suspected.
    #[serde(default)]
    pub police_on_suspicion: bool,
    /// How people are told (e.g. stickers on the door).
    #[serde(default)]
    pub signage: Option<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Viewer {
    /// Who may view the footage.
    pub role: Term<Role>,
    /// Only when there is a reasonable cause (e.g. a break-in).
    #[serde(default)]
    pub only_with_cause: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookies {
    /// Categories used, when the cookies are not listed one by one.
    #[serde(default)]
    pub categories: Vec<CookieCategory>,
    /// Cookies one by one.
    #[serde(default)]
    pub list: Vec<Cookie>,
    /// How consent to cookies is obtained.
    pub consent: CookieConsent,
    /// Cookie data are not stored in a way that identifies the visitor.
    #[serde(default)]
    pub not_identifying: bool,
    /// A page explaining how to delete cookies in a browser.
    #[serde(default)]
    pub deletion_help: Option<Link>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// The cookie's name.
    pub name: String,
    /// Who places it.
    pub provider: String,
    /// Its category.
    pub category: CookieCategory,
    /// What it is for (markdown).
    pub purpose: LocalizedText,
    /// `session` or a period such as `1 years`.
    pub duration: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The link text.
    pub label: LocalizedText,
    /// The address (http, https, mailto or tel).
    pub url: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CallRecording {
    /// Whose calls are recorded (e.g. the service desk).
    pub staff: Term<Role>,
    /// The caller can say they do not want to be recorded.
    #[serde(default)]
    pub opt_out: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Research {
    /// Data are pseudonymised (encrypted) as far as possible.
    #[serde(default)]
    pub pseudonymised: bool,
    /// Shared with external researchers.
    #[serde(default)]
    pub external_researchers: bool,
    /// External researchers sign a confidentiality undertaking.
    #[serde(default)]
    pub confidentiality_signed: bool,
    /// Publications never show data that identify patients.
    #[serde(default)]
    pub publications_non_identifiable: bool,
    /// Trials with test subjects (patients or healthy volunteers).
    #[serde(default)]
    pub trials: bool,
    /// Research using the medical record.
    #[serde(default)]
    pub record_based: bool,
    /// Specific programmes (e.g. anonymised data for cancer research).
    #[serde(default)]
    pub programmes: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    /// What the data are used for.
    pub activities: Vec<QualityActivity>,
    /// Personal data in audit or visitation reports are encrypted.
    #[serde(default)]
    pub reports_encrypted: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Marketing {
    /// What the contact details are used for, with consent.
    pub channels: Vec<MarketingChannel>,
    /// Where patients manage their preferences (a portal name).
    #[serde(default)]
    pub preferences_in: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// The service's name.
    pub name: String,
    /// What it is.
    pub kind: PlatformKind,
    /// Its address; the name becomes a link.
    #[serde(default)]
    pub url: Option<String>,
    /// Lets patients book appointments online.
    #[serde(default)]
    pub booking: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Minors {
    /// Below this age, parental consent is needed for data collected online.
    pub age: u8,
    /// The clinic cannot verify a visitor's age.
    #[serde(default)]
    pub cannot_verify: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    /// `true`: decisions based solely on automated processing are made; `false`: none (Art. 22).
    pub used: bool,
    /// With `used: true`: the logic involved and its consequences (markdown).
    #[serde(default)]
    pub logic: Option<LocalizedText>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsInfo {
    /// How requests reach the clinic.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Own deadline if shorter than the GDPR month (e.g. `4 weeks`).
    #[serde(default)]
    pub deadline: Option<Period>,
    /// The requester must identify themselves.
    #[serde(default)]
    pub identification: bool,
    /// Requests are acknowledged.
    #[serde(default)]
    pub acknowledgement: bool,
    /// Someone else can be authorised to exercise the rights.
    #[serde(default)]
    pub representative: bool,
    /// A treating practitioner decides whether a correction is made.
    #[serde(default)]
    pub rectification_assessed_by_practitioner: bool,
    /// Grounds on which a request may be refused; a refusal is always explained.
    #[serde(default)]
    pub refusal_grounds: Vec<RefusalGround>,
    /// A refusal can be appealed (complaint route is explained).
    #[serde(default)]
    pub appeal_explained: bool,
    /// Questions about the journal go to the practitioner.
    #[serde(default)]
    pub journal_questions_to_practitioner: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Erasure {
    /// How the request for erasure is made.
    pub channel: Channel,
    /// The steps of the procedure, in order.
    pub steps: Vec<ErasureStep>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplaintsInfo {
    /// Complaint routes inside the clinic.
    #[serde(default)]
    pub internal: Vec<ComplaintBody>,
    /// Bodies outside the clinic a complaint can go to.
    #[serde(default)]
    pub external: Vec<ComplaintBody>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Definitions {
    /// Terms of the vocabulary to define.
    #[serde(default)]
    pub terms: Vec<Defined>,
    /// Terms of the clinic's own, each with its definition.
    #[serde(default)]
    pub custom: Vec<CustomDefinition>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomDefinition {
    /// The term.
    pub term: LocalizedText,
    /// Its definition (markdown).
    pub definition: LocalizedText,
}
