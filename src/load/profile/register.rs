//! Register (issue 16 item 10): how the statement addresses the reader, independent of the
//! language code (an nl or nl-BE page may say "u" or "je").

use super::*;

/// The form of address of the generated text: `formal` (Dutch "u", the default) or
/// `informal` (Dutch "je"). Norwegian pages say "du" in both (the formal "De" is not
/// generated); English has one form. The wording selects on the implicit Fluent variable
/// `$register` (see `locales/nl/statement.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AddressForm {
    #[default]
    Formal,
    Informal,
}

impl AddressForm {
    pub fn is_formal(&self) -> bool {
        *self == AddressForm::Formal
    }

    pub fn key(self) -> &'static str {
        match self {
            AddressForm::Formal => "formal",
            AddressForm::Informal => "informal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AddressForm;

    #[test]
    fn the_register_is_formal_unless_the_profile_says_informal() {
        let base = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
                    controller: {name: X, email: x@x.nl}\ndata: []\npurposes: []\nretention: []\n";
        let p = crate::load::parse_profile(base).unwrap();
        assert_eq!(p.document.address, AddressForm::Formal);
        let p = crate::load::parse_profile(&format!("{base}document: {{address: informal}}\n"))
            .unwrap();
        assert_eq!(p.document.address.key(), "informal");
        let bad = crate::load::parse_profile(&format!("{base}document: {{address: casual}}\n"));
        assert!(bad.is_err());
    }
}

/// A practitioner named in the statement, with their number in the national register of
/// health professionals (issue 16 item 10).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Practitioner {
    /// The practitioner's name as it appears in the register.
    pub name: String,
    /// The register: the code of a register of health professionals the law data declare
    /// (`registers.professional` of src/law/<code>.yaml: `big` NL, `riziv` BE, `hpr` NO).
    pub register: ProfessionalRegister,
    /// The number in that register, checked for its form (`profile/register-number-format`).
    pub number: String,
}
