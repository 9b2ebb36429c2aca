//! Rights and complaints: how requests are handled, erasure, complaint routes, definitions.

use super::*;

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
    /// Whom requests can be addressed to: `controller`, `practitioner`, `dpo`.
    #[serde(default)]
    pub addressees: Vec<RequestAddressee>,
    /// Requests can also be made orally.
    #[serde(default)]
    pub oral: bool,
    /// Address (URL) of a request form the patient can use.
    #[serde(default)]
    pub form_url: Option<String>,
    /// How a copy of the record is handed over.
    #[serde(default)]
    pub copy_delivery: Vec<CopyDelivery>,
    /// Who may make a request on the patient's behalf; only roles the patient law knows.
    #[serde(default)]
    pub on_behalf: Vec<OnBehalf>,
    /// The patient may be assisted by a trusted person of their choice (BE: vertrouwenspersoon).
    #[serde(default)]
    pub trusted_person: bool,
    /// The statement lists everything access covers (Art. 15(1): purposes, categories,
    /// recipients, retention, rights, complaint, source, automated decisions).
    #[serde(default)]
    pub access_details: bool,
    /// The statement says what may still be done with data whose use is restricted
    /// (Art. 18(2): storage; otherwise consent, legal claims, another's rights, public interest).
    #[serde(default)]
    pub restriction_exceptions: bool,
    /// At the patient's request a copy of the record goes to another care provider of their
    /// choice (issue 16 item 6).
    #[serde(default)]
    pub transfer_to_new_provider: bool,
    /// At the patient's request the record is kept longer than the retention period.
    #[serde(default)]
    pub longer_retention_on_request: bool,
    /// The patient can have certain data in the record shielded, so that only those treating
    /// them for it see them.
    #[serde(default)]
    pub shielding: bool,
    /// An e-mail address for privacy questions and requests of its own (not the DPO's);
    /// without it requests go to `dpo.email`, else `controller.email`.
    #[serde(default)]
    pub email: Option<String>,
    /// Address (URL) of a page that sets out the patient's rights in full (the practice's
    /// brochure, the national health portal), linked from the rights section.
    #[serde(default)]
    pub patient_rights_url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Erasure {
    /// How the request for erasure is made.
    pub channel: Channel,
    /// The steps of the procedure, in order.
    #[serde(default)]
    pub steps: Vec<ErasureStep>,
    /// The clinic's own deadline for destroying the record after the request (e.g.
    /// `3 months`); never longer than the patient law's.
    #[serde(default)]
    pub deadline: Option<Period>,
    /// Grounds on which the clinic may refuse destruction; only those the patient law has.
    #[serde(default)]
    pub exceptions: Vec<ErasureGround>,
    /// What is kept after destruction (the request, a note in the record, financial data).
    #[serde(default)]
    pub kept: Vec<ErasureKept>,
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
    /// The name of the professional association whose complaints scheme the clinic uses
    /// (with `professional_association`), e.g. `P3NL`.
    #[serde(default)]
    pub association: Option<String>,
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
