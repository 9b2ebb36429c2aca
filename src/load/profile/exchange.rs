//! National exchange and consent systems the clinic takes part in (issue 16 item 7): the
//! Dutch Landelijk Schakelpunt and Mitz, the Belgian eHealth hubs and global medical record,
//! the Norwegian kjernejournal. The profile names the system and what is the clinic's own
//! (the channels it offers, who can see what it makes available); the consent model, the
//! portal and the provision come from the law data of the jurisdiction (`exchange` in
//! `src/law/*.yaml`), which also decide which systems a jurisdiction has.

use super::*;

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
