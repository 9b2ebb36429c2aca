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
    /// The register: `big` (NL, BIG-register), `riziv` (BE, RIZIV/INAMI), `hpr` (NO,
    /// Helsepersonellregisteret).
    pub register: ProfessionalRegister,
    /// The number in that register, checked for its form (`profile/register-number-format`).
    pub number: String,
}

impl ProfessionalRegister {
    /// Whether `number` has the form of a number in this register: BIG 11 digits; RIZIV 11
    /// digits, also written `1-23456-78-901`; HPR 7 to 9 digits (form not verified, see
    /// docs/law-sources.md). Spaces are ignored.
    pub fn accepts(self, number: &str) -> bool {
        let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
        let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        match self {
            ProfessionalRegister::Big => digits.len() == 11 && all_digits(&digits),
            ProfessionalRegister::Riziv => {
                let parts: Vec<&str> = digits.split('-').collect();
                match parts.as_slice() {
                    [one] => one.len() == 11 && all_digits(one),
                    [a, b, c, d] => {
                        [a.len(), b.len(), c.len(), d.len()] == [1, 5, 2, 3]
                            && parts.iter().all(|p| all_digits(p))
                    }
                    _ => false,
                }
            }
            ProfessionalRegister::Hpr => (7..=9).contains(&digits.len()) && all_digits(&digits),
        }
    }
}

#[cfg(test)]
mod number_tests {
    use super::ProfessionalRegister::*;

    #[test]
    fn register_numbers_have_their_form() {
        assert!(Big.accepts("19012345601"));
        assert!(Big.accepts("190 123 456 01"));
        assert!(!Big.accepts("1901234560"));
        assert!(!Big.accepts("1901234560x"));
        assert!(Riziv.accepts("1-23456-78-901"));
        assert!(Riziv.accepts("12345678901"));
        assert!(!Riziv.accepts("1-2345-678-901"));
        assert!(!Riziv.accepts("123456789"));
        assert!(Hpr.accepts("9144889"));
        assert!(!Hpr.accepts("12345"));
        assert!(!Hpr.accepts("12345678901"));
    }
}
