//! The clinic profile: facts, not prose. Field names are English; proper nouns are written
//! once; anything read as a sentence is either generated from the Fluent wording or is a
//! [`LocalizedText`] the clinic writes itself. Every struct denies unknown keys.
//!
//! `docs/profile.md` is the reference of every field; keep the two in step.

use super::text::{Date, Lang, LocalizedText, Period, Term};
use super::vocab::*;
use serde::{Deserialize, Serialize};

/// The jurisdiction whose law data judge and complete the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The full privacy statement: `<id>/<lang>/`.
    Statement,
    /// A numbered reglement (articles, §-paragraphs, definitions): `<id>/<lang>/reglement/`.
    Reglement,
    /// The short first layer linking to the full text (WP260 §35–38): `<id>/<lang>/notice/`.
    Notice,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Folder name in the output; `[a-z0-9-]`. Defaults to the file name without `.yaml`.
    #[serde(default)]
    pub id: Option<String>,
    pub jurisdiction: Jurisdiction,
    /// Published languages; the first is the authoritative text.
    pub languages: Vec<Lang>,
    #[serde(default = "default_documents")]
    pub documents: Vec<DocumentKind>,
    pub version: String,
    /// The law data valid on this date judge the profile.
    pub effective: Date,
    #[serde(default)]
    pub changes: Vec<Change>,
    #[serde(default)]
    pub document: DocumentInfo,
    pub controller: Controller,
    #[serde(default)]
    pub locations: Vec<Location>,
    #[serde(default)]
    pub dpo: Option<Dpo>,
    #[serde(default)]
    pub security_officer: Option<SecurityOfficer>,
    #[serde(default)]
    pub supervision: Option<Supervision>,
    #[serde(default)]
    pub data_subjects: Vec<Subject>,
    pub data: Vec<DataCategory>,
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    #[serde(default)]
    pub national_id: Option<NationalIdUseInfo>,
    #[serde(default)]
    pub patient_record: Option<PatientRecord>,
    #[serde(default)]
    pub account: Option<AccountInfo>,
    pub purposes: Vec<Purpose>,
    #[serde(default)]
    pub provision: Option<Provision>,
    #[serde(default)]
    pub staff_access: Option<StaffAccess>,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    #[serde(default)]
    pub no_publication: bool,
    #[serde(default)]
    pub processors: Vec<Processor>,
    #[serde(default)]
    pub processors_general: Option<ProcessorsGeneral>,
    /// Transfers outside the EEA; omit when the profile says nothing about them.
    #[serde(default)]
    pub transfers: Option<Transfers>,
    #[serde(default)]
    pub data_flow: Vec<LocalizedText>,
    #[serde(default)]
    pub anonymisation: Option<Anonymisation>,
    pub retention: Vec<Retention>,
    #[serde(default)]
    pub destruction: Option<Destruction>,
    #[serde(default)]
    pub deletion_triggers: Vec<DeletionTrigger>,
    #[serde(default)]
    pub file_structure: Option<FileStructure>,
    #[serde(default)]
    pub security: Option<Security>,
    #[serde(default)]
    pub communication: Vec<Guidance>,
    #[serde(default)]
    pub cameras: Option<Cameras>,
    #[serde(default)]
    pub cookies: Option<Cookies>,
    #[serde(default)]
    pub call_recording: Option<CallRecording>,
    #[serde(default)]
    pub research: Option<Research>,
    #[serde(default)]
    pub quality: Option<Quality>,
    #[serde(default)]
    pub marketing: Option<Marketing>,
    #[serde(default)]
    pub platforms: Vec<Platform>,
    #[serde(default)]
    pub minors: Option<Minors>,
    #[serde(default)]
    pub automated_decisions: Option<AutomatedDecisions>,
    #[serde(default)]
    pub rights: RightsInfo,
    #[serde(default)]
    pub erasure: Option<Erasure>,
    #[serde(default)]
    pub complaints: ComplaintsInfo,
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
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The rule id, as `privgen check` prints it (e.g. `gdpr/art13-2e-provision`).
    pub rule: String,
    /// Why the finding does not apply or is accepted, in every published language.
    pub reason: LocalizedText,
}

/// One entry of the version history.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub version: String,
    pub date: Date,
    pub summary: LocalizedText,
    /// A change in purpose, controller, recipients, transfers or how rights are exercised
    /// (WP260 §29–30): announced actively and in advance.
    #[serde(default)]
    pub substantive: bool,
}

/// How the document presents itself.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Own title of the statement; the default is the localized "Privacy statement".
    #[serde(default)]
    pub title: Option<LocalizedText>,
    /// Own title of the reglement, e.g. "Privacyreglement voor patiënten".
    #[serde(default)]
    pub reglement_title: Option<LocalizedText>,
    #[serde(default)]
    pub audience: Vec<Audience>,
    /// Opening words in the clinic's own voice (mission, what it values).
    #[serde(default)]
    pub intro: Option<LocalizedText>,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// First line ("to the attention of"), e.g. the DPO's title, per language.
    #[serde(default)]
    pub attention: Option<LocalizedText>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    #[serde(default)]
    pub country: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    pub scheme: RegistrationScheme,
    pub number: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// The legal entity.
    pub name: String,
    /// The short or trade name used in running text ("MST", "KEI").
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub kind: Option<ProviderKind>,
    #[serde(default)]
    pub registration: Option<Registration>,
    #[serde(default)]
    pub visiting_address: Option<Address>,
    #[serde(default)]
    pub postal_address: Option<Address>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mandatary {
    pub role: Term<Role>,
    pub scope: Vec<MandateScope>,
    /// Where the role is laid down (statute id of the law data).
    #[serde(default)]
    pub statute: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub name: String,
    #[serde(default)]
    pub address: Option<Address>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// Form of address shown before the name (Ms / Mr), translated per language.
    #[serde(default)]
    pub salutation: Option<Salutation>,
    /// The law asks for contact details, not a name. Write the name without a title.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub address: Option<Address>,
    #[serde(default)]
    pub tasks: Vec<DpoTask>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SecurityOfficer {
    /// Statute that governs the role (id of the law data).
    #[serde(default)]
    pub statute: Option<String>,
}

/// Who supervises the processing inside the organisation.
#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assist {
    pub role: Term<Role>,
    pub scope: LocalizedText,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub category: Term<Category>,
    #[serde(default)]
    pub examples: Vec<Term<Example>>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub source: Source,
    #[serde(default)]
    pub condition: Option<SourceCondition>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NationalIdUseInfo {
    #[serde(default)]
    pub uses: Vec<NationalIdUse>,
    /// Identity is checked against a valid identity document.
    #[serde(default)]
    pub id_check: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PatientRecord {
    /// Statutes that require and govern the record (ids of the law data).
    #[serde(default)]
    pub statutes: Vec<String>,
    /// Name of the separate, secured record system (e.g. the EHR product).
    #[serde(default)]
    pub system: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AccountInfo {
    /// Data given at registration are kept so the patient need not enter them again.
    #[serde(default)]
    pub stored_after_registration: bool,
    /// A consent form at the first visit (Norwegian samtykkeerklæring), kept in this system.
    #[serde(default)]
    pub consent_form: Option<ConsentForm>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentForm {
    /// What the form records: electronic communication, having read the patient information.
    #[serde(default)]
    pub electronic_communication: bool,
    #[serde(default)]
    pub patient_information_read: bool,
    /// Where consents and preferences are stored (e.g. the customer system).
    #[serde(default)]
    pub stored_in: Option<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: Term<PurposeId>,
    /// Clinic-specific detail added after the standard description.
    #[serde(default)]
    pub description: Option<LocalizedText>,
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
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub art6: Art6,
    /// A second Art. 6 ground that applies instead, e.g. consent or, where consent cannot be
    /// asked, no objection on legitimate interest (rendered "… or …").
    #[serde(default)]
    pub art6_alternative: Option<Art6>,
    #[serde(default)]
    pub art9: Option<Art9>,
    /// National statutes (ids of the jurisdiction's law data).
    #[serde(default)]
    pub national: Vec<String>,
}

/// Art. 13(2)(e): whether data must be provided and what happens if not.
#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StaffAccess {
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StaffRole {
    pub role: Term<Role>,
    /// What they process and why.
    pub scope: LocalizedText,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub kind: RecipientKind,
    /// A named recipient ("Landelijk Implantatenregister").
    #[serde(default)]
    pub name: Option<String>,
    /// Conditions under which data go to this recipient; any one suffices ("… or …")
    /// unless `all_conditions` is set ("… and …").
    #[serde(default)]
    pub conditions: Vec<Condition>,
    #[serde(default)]
    pub all_conditions: bool,
    #[serde(default)]
    pub form: Option<DataForm>,
    /// Clinic-specific detail.
    #[serde(default)]
    pub note: Option<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    pub name: String,
    pub service: Term<Service>,
    /// The processor's own privacy policy.
    #[serde(default)]
    pub policy: Option<String>,
    /// ISO country code of where it processes the data.
    #[serde(default)]
    pub country: Option<String>,
}

/// What the clinic states about all its processors.
#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Transfers {
    /// `true` when data go outside the EEA; then `list` says where and on what basis.
    #[serde(default)]
    pub outside_eea: bool,
    #[serde(default)]
    pub list: Vec<Transfer>,
    /// Should a transfer ever be needed, the patient is told of its consequences first.
    #[serde(default)]
    pub notice_promise: bool,
    /// Outside the listed cases only anonymous data are exchanged.
    #[serde(default)]
    pub otherwise_anonymous_only: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub recipient: String,
    pub country: String,
    pub mechanism: Mechanism,
    /// Where the safeguard can be read or obtained.
    #[serde(default)]
    pub safeguard_url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Anonymisation {
    pub performed_by: Term<Role>,
    /// Cases in which data are anonymised.
    #[serde(default)]
    pub cases: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    pub record: Term<Record>,
    /// `20 years`, `4 weeks`, `5-10 years`. Omit only with `criterion`.
    #[serde(default)]
    pub period: Option<Period>,
    /// How the period binds: `at_least`, `at_most` or `exactly` (default).
    #[serde(default)]
    pub qualifier: Qualifier,
    #[serde(default)]
    pub from: Option<StartEvent>,
    /// Statute id of the law data that sets the period.
    #[serde(default)]
    pub statute: Option<String>,
    #[serde(default)]
    pub extension: Option<Extension>,
    /// For criteria-based retention (Art. 13(2)(a)): the criterion, in the clinic's words.
    #[serde(default)]
    pub criterion: Option<LocalizedText>,
    /// Detail added to the row.
    #[serde(default)]
    pub note: Option<LocalizedText>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    AtLeast,
    AtMost,
    #[default]
    Exactly,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FileStructure {
    /// Partly electronic, partly on paper.
    #[serde(default)]
    pub mixed_media: bool,
    pub modules: Vec<FileModule>,
    /// Keys that link the modules (unique patient number, contact number).
    #[serde(default)]
    pub linkage_keys: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FileModule {
    pub name: LocalizedText,
    pub elements: Vec<LocalizedText>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Security {
    #[serde(default)]
    pub measures: Vec<Term<Measure>>,
    #[serde(default)]
    pub standards: Vec<Standard>,
    #[serde(default)]
    pub breach: Option<Breach>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cameras {
    /// Where the cameras hang.
    pub locations: Vec<LocalizedText>,
    /// Why, in the clinic's words (the legitimate interest).
    pub purpose: LocalizedText,
    /// Footage is recorded (false: live view only).
    pub stored: bool,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Viewer {
    pub role: Term<Role>,
    /// Only when there is a reasonable cause (e.g. a break-in).
    #[serde(default)]
    pub only_with_cause: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cookies {
    /// Categories used, when the cookies are not listed one by one.
    #[serde(default)]
    pub categories: Vec<CookieCategory>,
    /// Cookies one by one.
    #[serde(default)]
    pub list: Vec<Cookie>,
    pub consent: CookieConsent,
    /// Cookie data are not stored in a way that identifies the visitor.
    #[serde(default)]
    pub not_identifying: bool,
    /// A page explaining how to delete cookies in a browser.
    #[serde(default)]
    pub deletion_help: Option<Link>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    pub name: String,
    pub provider: String,
    pub category: CookieCategory,
    pub purpose: LocalizedText,
    /// `session` or a period such as `1 years`.
    pub duration: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: LocalizedText,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CallRecording {
    /// Whose calls are recorded (e.g. the service desk).
    pub staff: Term<Role>,
    /// The caller can say they do not want to be recorded.
    #[serde(default)]
    pub opt_out: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    pub activities: Vec<QualityActivity>,
    /// Personal data in audit or visitation reports are encrypted.
    #[serde(default)]
    pub reports_encrypted: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Marketing {
    pub channels: Vec<MarketingChannel>,
    /// Where patients manage their preferences (a portal name).
    #[serde(default)]
    pub preferences_in: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    pub name: String,
    pub kind: PlatformKind,
    #[serde(default)]
    pub url: Option<String>,
    /// Lets patients book appointments online.
    #[serde(default)]
    pub booking: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Minors {
    /// Below this age, parental consent is needed for data collected online.
    pub age: u8,
    /// The clinic cannot verify a visitor's age.
    #[serde(default)]
    pub cannot_verify: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    pub used: bool,
    #[serde(default)]
    pub logic: Option<LocalizedText>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Erasure {
    pub channel: Channel,
    pub steps: Vec<ErasureStep>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ComplaintsInfo {
    #[serde(default)]
    pub internal: Vec<ComplaintBody>,
    #[serde(default)]
    pub external: Vec<ComplaintBody>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Definitions {
    #[serde(default)]
    pub terms: Vec<Defined>,
    #[serde(default)]
    pub custom: Vec<CustomDefinition>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CustomDefinition {
    pub term: LocalizedText,
    pub definition: LocalizedText,
}
