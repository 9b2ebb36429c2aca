//! The clinic profile: facts, not prose. Field names are English; proper nouns are written
//! once; anything read as a sentence is either generated from the Fluent wording or is a
//! [`LocalizedText`] the clinic writes itself. Every struct denies unknown keys.
//!
//! `docs/profile.md` is the reference of every field; keep the two in step.

use super::text::{Date, Lang, LocalizedText, Period, Term};
use super::vocab::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod controller;
mod others;
mod processing;
mod register;
mod retention;
mod rights;
mod topics;

pub use controller::*;
pub use others::*;
pub use processing::*;
pub use register::*;
pub use retention::*;
pub use rights::*;
pub use topics::*;

pub use crate::lang::Jurisdiction;
pub use crate::law::register::{ProfessionalRegister, RegistrationScheme};

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
    /// Practitioners named with their register number (BIG, RIZIV, HPR), listed under the
    /// controller (issue 16 item 10).
    #[serde(default)]
    pub practitioners: Vec<Practitioner>,
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
    /// `true`: the statement says the clinic passes personal data on to no third party (then
    /// `recipients` lists none; processors are not third parties, Art. 4(10)).
    #[serde(default)]
    pub no_disclosure: bool,
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
    /// People other than the patients (suppliers, job applicants, visitors), each group with
    /// its own data, purposes, recipients and retention: a part of the statement of its own
    /// (issue 16 item 2).
    #[serde(default)]
    pub others: Vec<OtherSubjects>,
    /// What happens when the retention period ends.
    #[serde(default)]
    pub destruction: Option<Destruction>,
    /// Who keeps the patient records when the practice closes or is taken over, and their
    /// deposit in a national archive (issue 16 item 9).
    #[serde(default)]
    pub closure: Option<Closure>,
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
    /// Children and parental consent online (GDPR Art. 8), not the patient law's age bands
    /// (those are `representation: [minors]`).
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
    /// What the statement explains of representation under the patient law, from the law
    /// data: `minors` (who exercises a minor's rights, by age), `adults` (who acts for an
    /// adult who cannot), `deceased` (who may see the record after death).
    #[serde(default)]
    pub representation: Vec<RepresentationTopic>,
    /// National exchange and consent systems the clinic takes part in (LSP, Mitz, eHealth
    /// hubs, GMD, kjernejournal), each with the clinic's channels and who can see the data.
    #[serde(default)]
    pub exchange: Vec<Exchange>,
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
    /// Processing is carried out by the clinic's employees and by self-employed practitioners
    /// who work there (a Belgian hospital's independent physicians); the reglement's scope
    /// says so.
    #[serde(default)]
    pub self_employed_practitioners: bool,
    /// The latest version is always on the clinic's website ("U treft de meest recente versie
    /// aan op onze website"); with `url`, it is linked.
    #[serde(default)]
    pub latest_online: bool,
    /// How substantive changes are announced to patients before they take effect.
    #[serde(default)]
    pub change_notice: Vec<Channel>,
    /// Who adopts amendments (e.g. the board after advice of the medical council).
    #[serde(default)]
    pub amended_by: Option<LocalizedText>,
    /// Statutes the document is issued under: ids of the jurisdiction's law data.
    #[serde(default)]
    pub legal_framework: Vec<String>,
    /// How the text addresses the reader: `formal` (default; Dutch "u") or `informal`
    /// (Dutch "je"). Independent of the language code (issue 16 item 10).
    #[serde(default)]
    pub address: AddressForm,
}
