//! Who the controller is: addresses, registration, the controller, its mandataries and
//! locations, the DPO, the security officer and internal supervision.

use super::*;

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
    /// The register: the code of a company register the law data declare
    /// (`registers.company` of src/law/<code>.yaml: `kvk` NL, `kbo` BE, `orgnr` NO).
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
    /// The person under whose responsibility the practice is run, where the statement names
    /// one ("v/ lege Tor Gulbrandsen", the psychologist who is the practice) (issue 16 item 4).
    #[serde(default)]
    pub responsible: Option<ResponsiblePerson>,
    /// The group the controller belongs to (one practice of a group company).
    #[serde(default)]
    pub group: Option<Group>,
    /// `true`: each practitioner who treats the patient is the controller of the record they
    /// keep, reached through the controller's contact details (a group practice of
    /// independent practitioners).
    #[serde(default)]
    pub practitioners_control_records: bool,
    /// Other organisations that publish this statement together with the controller (a
    /// group of legally separate controllers, a public body among them), each the controller
    /// of what it processes itself (issue 16 item 4).
    #[serde(default)]
    pub co_controllers: Vec<CoController>,
    /// With `co_controllers`: they and the controller are joint controllers (Art. 26), and
    /// this is the essence of their arrangement, made available to the reader (Art. 26(2)).
    #[serde(default)]
    pub joint_arrangement: Option<LocalizedText>,
}

/// An organisation that publishes the statement together with the controller.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoController {
    /// Its legal name.
    pub name: String,
    /// What kind of provider it is, if it is one.
    #[serde(default)]
    pub kind: Option<ProviderKind>,
    /// `true`: a public body (a municipality, a public social welfare centre).
    #[serde(default)]
    pub public_body: bool,
}

/// A named person responsible for the practice.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsiblePerson {
    /// The person's name, without a title.
    pub name: String,
    /// Their role or profession, e.g. `chief_physician`, or a label of your own.
    #[serde(default)]
    pub role: Option<Term<Role>>,
}

/// The group a controller is part of.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// The group's legal name, e.g. `Munt Dental NV`.
    pub name: String,
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
    /// What kind of site it is (a woonzorgcentrum, a day-care centre, …), shown after the
    /// name (issue 16 item 10).
    #[serde(default)]
    pub kind: Option<ProviderKind>,
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
