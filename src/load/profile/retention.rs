//! How long and how safely: retention periods, destruction, the file structure, security and
//! breaches.

use super::*;

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
    /// For criteria-based retention (Art. 13(2)(a)): a term of the closed vocabulary
    /// (`until_treatment_ends`, `as_long_as_account`, …) or, as a fallback, the criterion in
    /// the clinic's own words (a map of language to text).
    #[serde(default)]
    pub criterion: Option<Term<RetentionCriterion>>,
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

/// What happens to the patient records when the practice closes or is taken over, and
/// their deposit in a national archive (issue 16 item 9).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Who keeps the records then, in order of preference: `successor`, `chosen_provider`,
    /// `colleague`, `national_scheme`, `former_holder`; only those the law data allow.
    pub handover: Vec<Handover>,
    /// Patients are told before their records are handed over to a successor.
    #[serde(default)]
    pub patients_informed: bool,
    /// The time patients are given to object to the hand-over or to name another provider
    /// (e.g. `4 weeks`); needs `patients_informed`.
    #[serde(default)]
    pub objection_period: Option<Period>,
    /// The records are deposited in the national health archive when they are no longer
    /// needed (Norway: Norsk helsearkiv, specialist health services); only where the law
    /// data hold such a duty.
    #[serde(default)]
    pub archive_deposit: bool,
}
