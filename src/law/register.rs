//! Registers as law data (issue 17 item 2): each jurisdiction's file declares its company
//! register(s) (`controller.registration.scheme`: KvK, KBO, Enhetsregisteret) and its
//! register(s) of health professionals (`practitioners[].register`: BIG, RIZIV/INAMI, HPR),
//! with their names in every language and the form of their numbers. A site's own
//! `law/<code>.yaml` adds or corrects one without a Rust change.
//!
//! A register a profile names is a code interned once for the life of the process, like a
//! [`Jurisdiction`]: registered when law data are read (the built-in ones on first use, a
//! site's own when its `law/` folder is loaded), at most [`MAX_REGISTERS`] of each kind, so
//! hostile law files cannot grow the table without bound. A code no law data declare is
//! refused when the profile is read, at its line, naming the known ones.

use super::Names;
use crate::lang::{Jurisdiction, Lang};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::{OnceLock, RwLock};

/// Most registers of one kind one process knows (built-in and every site's own).
pub const MAX_REGISTERS: usize = 64;
/// The longest number form a register may declare, in digits.
const MAX_DIGITS: u8 = 40;

/// The registers of a jurisdiction's law data (`registers:` of `src/law/<code>.yaml`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Registers {
    /// Registers of companies and legal entities, named by `controller.registration.scheme`.
    #[serde(default)]
    pub company: Vec<Register>,
    /// Registers of health professionals, named by `practitioners[].register`.
    #[serde(default)]
    pub professional: Vec<Register>,
}

/// One register.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    /// What a profile writes: lower-case letters, digits and `_`, starting with a letter
    /// (`kvk`, `riziv`).
    pub code: String,
    /// What a page calls the number, in every language ("KvK-nummer", "numéro INAMI").
    pub name: Names,
    /// The form of a number in this register; without one, any number is accepted.
    #[serde(default)]
    pub number: Option<NumberForm>,
    pub reference: String,
}

/// The form of a register number, checked after spaces are removed: `min_digits` to
/// `max_digits` digits, or (with `groups`) also those digits written in groups of these
/// lengths joined by `-` (RIZIV `1-23456-78-901`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NumberForm {
    pub min_digits: u8,
    pub max_digits: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<u8>,
}

impl NumberForm {
    /// Whether `number` has this form.
    pub fn accepts(&self, number: &str) -> bool {
        let compact: String = number.chars().filter(|c| !c.is_whitespace()).collect();
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !self.groups.is_empty() && compact.contains('-') {
            let parts: Vec<&str> = compact.split('-').collect();
            return parts.len() == self.groups.len()
                && parts
                    .iter()
                    .zip(&self.groups)
                    .all(|(p, n)| p.len() == usize::from(*n) && all_digits(p));
        }
        all_digits(&compact)
            && (usize::from(self.min_digits)..=usize::from(self.max_digits))
                .contains(&compact.len())
    }

    /// "11 digits", "7 to 9 digits", "11 digits, also written 1-5-2-3": for messages.
    pub fn describe(&self) -> String {
        let mut s = if self.min_digits == self.max_digits {
            format!("{} digits", self.min_digits)
        } else {
            format!("{} to {} digits", self.min_digits, self.max_digits)
        };
        if !self.groups.is_empty() {
            let g: Vec<String> = self.groups.iter().map(u8::to_string).collect();
            s.push_str(&format!(", also written in groups of {}", g.join("-")));
        }
        s
    }

    fn validate(&self) -> Result<(), String> {
        if self.min_digits == 0 || self.min_digits > self.max_digits {
            return Err("needs 1 ≤ min_digits ≤ max_digits".into());
        }
        if self.max_digits > MAX_DIGITS {
            return Err(format!("max_digits is at most {MAX_DIGITS}"));
        }
        if !self.groups.is_empty() {
            let sum: u32 = self.groups.iter().map(|g| u32::from(*g)).sum();
            if self.groups.len() < 2 || self.groups.contains(&0) {
                return Err("groups: two or more lengths, none 0".into());
            }
            if sum < u32::from(self.min_digits) || sum > u32::from(self.max_digits) {
                return Err(format!(
                    "groups add up to {sum} digits, outside min_digits..max_digits"
                ));
            }
        }
        Ok(())
    }
}

/// Whether `code` can name a register: a lower-case letter, then up to 31 lower-case
/// letters, digits or `_`.
pub fn valid_register_code(code: &str) -> bool {
    let mut b = code.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_lowercase())
        && code.len() <= 32
        && b.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

impl Registers {
    /// Codes well formed and unique per kind, names given, number forms sane.
    pub(super) fn validate(&self) -> Result<(), String> {
        for (kind, list) in [
            (Kind::Company, &self.company),
            (Kind::Professional, &self.professional),
        ] {
            let mut seen = std::collections::BTreeSet::new();
            for r in list {
                let at = format!("registers.{}: `{}`", kind.key(), r.code);
                if !valid_register_code(&r.code) {
                    return Err(format!(
                        "registers.{}: `{}` is not a register code (lower-case letters, digits \
                         and `_`, starting with a letter, at most 32)",
                        kind.key(),
                        crate::load::guard::printable(&r.code)
                    ));
                }
                if !seen.insert(r.code.as_str()) {
                    return Err(format!("{at} is declared twice"));
                }
                if let Some(f) = &r.number {
                    f.validate().map_err(|m| format!("{at}: number: {m}"))?;
                }
            }
        }
        Ok(())
    }

    /// Makes these registers of `j` known to profiles (a site's file replaces the built-in
    /// entry of the same code).
    pub(super) fn register(&self, j: Jurisdiction) -> Result<(), String> {
        ensure_builtin();
        register_into(j, self)
    }
}

/// The two kinds of register a profile names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Company,
    Professional,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Professional => "professional",
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    kind: Kind,
    code: &'static str,
    home: Jurisdiction,
    name: Names,
    number: Option<NumberForm>,
}

fn table() -> &'static RwLock<Vec<Entry>> {
    static TABLE: OnceLock<RwLock<Vec<Entry>>> = OnceLock::new();
    TABLE.get_or_init(|| RwLock::new(Vec::new()))
}

fn register_into(j: Jurisdiction, regs: &Registers) -> Result<(), String> {
    let mut t = table().write().unwrap_or_else(|e| e.into_inner());
    for (kind, list) in [
        (Kind::Company, &regs.company),
        (Kind::Professional, &regs.professional),
    ] {
        for r in list {
            let e = Entry {
                kind,
                code: "",
                home: j,
                name: r.name.clone(),
                number: r.number.clone(),
            };
            // The same code in another jurisdiction's data is another entry (a trial
            // jurisdiction copied from one that exists); the same jurisdiction's is replaced.
            if let Some(old) = t
                .iter_mut()
                .find(|x| x.kind == kind && x.code == r.code && x.home == j)
            {
                *old = Entry {
                    code: old.code,
                    ..e
                };
                continue;
            }
            if t.iter().filter(|x| x.kind == kind).count() >= MAX_REGISTERS {
                return Err(format!(
                    "more than {MAX_REGISTERS} {} registers",
                    kind.key()
                ));
            }
            let code = match t.iter().find(|x| x.code == r.code) {
                Some(x) => x.code,
                None => Box::leak(r.code.clone().into_boxed_str()),
            };
            t.push(Entry { code, ..e });
        }
    }
    t.sort_by_key(|e| (e.code, e.home));
    Ok(())
}

/// Set once the built-in registers are in the table (by [`builtin_parsed`] or
/// [`ensure_builtin`], whichever runs first).
static BUILTIN: std::sync::Once = std::sync::Once::new();

/// The built-in law data were parsed ([`super::Law::load`]): their registers are known
/// without reading the files again.
pub(super) fn builtin_parsed<'a>(all: impl Iterator<Item = (Jurisdiction, &'a Registers)>) {
    BUILTIN.call_once(|| {
        for (j, r) in all {
            let _ = register_into(j, r);
        }
    });
}

/// Registers the built-in law data's registers, once, before any other (reading only the
/// `registers:` of each embedded file, when a profile is read before the law data).
fn ensure_builtin() {
    BUILTIN.call_once(|| {
        #[derive(Deserialize)]
        struct Only {
            #[serde(default)]
            registers: Registers,
        }
        for (code, _, src) in super::LAW_FILES {
            // The embedded files are proven valid by the tests; a broken one is left out.
            let Ok(j) = Jurisdiction::register(&code.to_ascii_uppercase()) else {
                continue;
            };
            if let Ok(o) = serde_saphyr::from_str::<Only>(src) {
                if o.registers.validate().is_ok() {
                    let _ = register_into(j, &o.registers);
                }
            }
        }
    });
}

/// The entry of `code`: the one `j`'s law data declare, else the first by jurisdiction.
fn find<T>(
    kind: Kind,
    code: &str,
    j: Option<Jurisdiction>,
    f: impl FnOnce(&Entry) -> T,
) -> Option<T> {
    ensure_builtin();
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    let mut of = t.iter().filter(|e| e.kind == kind && e.code == code);
    let first = of.clone().next();
    of.find(|e| Some(e.home) == j).or(first).map(f)
}

fn homes(kind: Kind, code: &str) -> Vec<Jurisdiction> {
    ensure_builtin();
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    t.iter()
        .filter(|e| e.kind == kind && e.code == code)
        .map(|e| e.home)
        .collect()
}

fn codes(kind: Kind) -> Vec<&'static str> {
    ensure_builtin();
    let t = table().read().unwrap_or_else(|e| e.into_inner());
    let mut c: Vec<&'static str> = t
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.code)
        .collect();
    c.dedup();
    c
}

macro_rules! register_type {
    ($(#[$doc:meta])* $name:ident, $kind:expr, $what:literal, $field:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(&'static str);

        impl $name {
            /// The register with this code, if law data declare one.
            pub fn parse(code: &str) -> Option<$name> {
                find($kind, code, None, |e| $name(e.code))
            }

            /// Every register of this kind the law data declare, by code.
            pub fn all() -> Vec<$name> {
                codes($kind).into_iter().map($name).collect()
            }

            /// The known codes, for messages: "big, hpr, riziv".
            pub fn expected() -> String {
                codes($kind).join(", ")
            }

            pub fn code(self) -> &'static str {
                self.0
            }

            /// The number's name for a reader of `lang` ("KvK-nummer"), as the law data of
            /// `j` give it (or, when `j`'s do not declare this register, those that do).
            pub fn name(self, lang: Lang, j: Jurisdiction) -> String {
                find($kind, self.0, Some(j), |e| e.name.get(lang).to_string())
                    .unwrap_or_else(|| self.0.to_string())
            }

            /// The jurisdictions whose law data declare this register.
            pub fn homes(self) -> Vec<Jurisdiction> {
                homes($kind, self.0)
            }

            /// The form its numbers have, where the law data give one (those of `j` first).
            pub fn number_form(self, j: Jurisdiction) -> Option<NumberForm> {
                find($kind, self.0, Some(j), |e| e.number.clone()).flatten()
            }

            /// Whether `number` has the form of a number in this register (any number when
            /// the law data give no form).
            pub fn accepts(self, number: &str, j: Jurisdiction) -> bool {
                self.number_form(j).is_none_or(|f| f.accepts(number))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    de::Error::custom(format!(
                        concat!(
                            "unknown ",
                            $what,
                            " `{}`, expected one of {} (a register is law data: `registers.",
                            $field,
                            "` of src/law/<code>.yaml or of the site's law/<code>.yaml)"
                        ),
                        crate::load::guard::printable(&s),
                        $name::expected()
                    ))
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!(
                        "A ",
                        $what,
                        ": the code of a register the law data declare (`registers.",
                        $field,
                        "`)."
                    ),
                    "type": "string",
                    "enum": codes($kind),
                })
            }
        }
    };
}

register_type!(
    /// A company register (`controller.registration.scheme`: `kvk`, `kbo`, `orgnr`, …).
    RegistrationScheme,
    Kind::Company,
    "company register",
    "company"
);

register_type!(
    /// A register of health professionals (`practitioners[].register`: `big`, `riziv`,
    /// `hpr`, …).
    ProfessionalRegister,
    Kind::Professional,
    "professional register",
    "professional"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn form(min: u8, max: u8, groups: &[u8]) -> NumberForm {
        NumberForm {
            min_digits: min,
            max_digits: max,
            groups: groups.to_vec(),
        }
    }

    /// The forms the built-in law data declare, and what each accepts and refuses (the
    /// checks the Rust code made before registers were data).
    #[test]
    fn register_numbers_have_their_form() {
        let reg = |c: &str| ProfessionalRegister::parse(c).unwrap();
        let (big, riziv, hpr) = (reg("big"), reg("riziv"), reg("hpr"));
        let j = Jurisdiction::NL;
        assert!(big.accepts("19012345601", j));
        assert!(big.accepts("190 123 456 01", j));
        assert!(!big.accepts("1901234560", j));
        assert!(!big.accepts("1901234560x", j));
        assert!(!big.accepts("1-90123-45-601", j));
        assert!(riziv.accepts("1-23456-78-901", j));
        assert!(riziv.accepts("12345678901", j));
        assert!(!riziv.accepts("1-2345-678-901", j));
        assert!(!riziv.accepts("1-23456-78-90x", j));
        assert!(!riziv.accepts("123456789", j));
        assert!(hpr.accepts("9144889", j));
        assert!(hpr.accepts("914488901", j));
        assert!(!hpr.accepts("12345", j));
        assert!(!hpr.accepts("12345678901", j));
        assert!(!hpr.accepts("", j));
        assert!(big.homes().contains(&Jurisdiction::NL));
        assert!(riziv.homes().contains(&Jurisdiction::BE));
        assert!(hpr.homes().contains(&Jurisdiction::NO));
        assert_eq!(big.name(Lang::En, Jurisdiction::NL), "BIG number");
        assert_eq!(
            riziv.number_form(Jurisdiction::BE).unwrap().describe(),
            "11 digits, also written in groups of 1-5-2-3"
        );
    }

    #[test]
    fn codes_and_forms_are_validated() {
        assert!(valid_register_code("kvk"));
        assert!(valid_register_code("reg_2"));
        assert!(!valid_register_code("KvK"));
        assert!(!valid_register_code("2reg"));
        assert!(!valid_register_code(""));
        assert!(!valid_register_code(&"a".repeat(33)));
        assert!(form(11, 11, &[]).validate().is_ok());
        assert!(form(11, 11, &[1, 5, 2, 3]).validate().is_ok());
        assert!(form(0, 3, &[]).validate().is_err());
        assert!(form(9, 7, &[]).validate().is_err());
        assert!(form(1, 41, &[]).validate().is_err());
        assert!(form(11, 11, &[1, 5, 2]).validate().is_err());
        assert!(form(11, 11, &[11]).validate().is_err());
        assert!(form(11, 11, &[0, 11]).validate().is_err());
    }

    #[test]
    fn unknown_codes_are_refused_naming_the_known_ones() {
        let e = serde_json::from_str::<RegistrationScheme>("\"kvk2\"").unwrap_err();
        let m = e.to_string();
        assert!(m.contains("unknown company register `kvk2`"), "{m}");
        assert!(m.contains("kbo, kvk, orgnr"), "{m}");
        let ok: RegistrationScheme = serde_json::from_str("\"orgnr\"").unwrap();
        assert!(ok.homes().contains(&Jurisdiction::NO));
        assert!(
            ok.accepts("anything", Jurisdiction::NO),
            "no form declared: any number"
        );
        assert!(
            ProfessionalRegister::parse("kvk").is_none(),
            "kinds are apart"
        );
    }
}
