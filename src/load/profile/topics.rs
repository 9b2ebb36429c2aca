//! Topics a clinic may have: cameras, cookies, call recording, research, marketing, children
//! online, automated decisions.

use super::*;

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
    /// How consent to cookies is obtained. Leave it out only when the statement does not say:
    /// `check` then warns where cookies other than strictly necessary ones are named.
    #[serde(default)]
    pub consent: Option<CookieConsent>,
    /// `true`: the website places no cookies at all (then no categories, list or consent).
    #[serde(default)]
    pub none: bool,
    /// Cookie data are not stored in a way that identifies the visitor.
    #[serde(default)]
    pub not_identifying: bool,
    /// Data from cookies are not passed on to others.
    #[serde(default)]
    pub not_shared: bool,
    /// Pages where the visitor can refuse cookies of advertising networks (e.g. Google's ad
    /// settings).
    #[serde(default)]
    pub opt_out: Vec<Link>,
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
