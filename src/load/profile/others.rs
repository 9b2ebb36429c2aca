//! People other than the patients whose data the clinic processes (issue 16 item 2):
//! suppliers, job applicants, visitors, residents' families. Each group has its own part of
//! the statement, built from the same pieces as the patients' (data, purposes with their
//! basis, recipients, retention) and checked by the same rules.

use super::*;

/// One group of people other than the patients, with what the clinic processes of them, why,
/// with whom and for how long.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherSubjects {
    /// Who they are, e.g. `[suppliers, business_partners]`; at least one.
    pub subjects: Vec<Subject>,
    /// The categories of their data.
    #[serde(default)]
    pub data: Vec<DataCategory>,
    /// Why their data are processed, each with its legal basis (Art. 13(1)(c)).
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// Who receives their data (Art. 13(1)(e)).
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// How long their data are kept (Art. 13(2)(a)).
    #[serde(default)]
    pub retention: Vec<Retention>,
}
