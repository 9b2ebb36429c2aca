//! Localized text and the small value types every profile field uses
//! (dates, periods, closed vocabularies). Each type has a hand-written `Deserialize`
//! so an error names what was expected and keeps serde-saphyr's line and column.

use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub use crate::lang::Lang;

/// Text a reader reads as a sentence and that only the clinic can write. Either one
/// string for every language (`"Medicore"`), or one per language
/// (`{nl: "…", en: "…"}`). Markdown is allowed (inline emphasis, links); it is sanitised
/// when rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum LocalizedText {
    Same(String),
    PerLang(BTreeMap<Lang, String>),
}

impl LocalizedText {
    /// The text for `lang`, or `None` when the profile did not write it. `nl-BE` uses
    /// an `nl` value when no `nl-BE` one is given.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match self {
            LocalizedText::Same(s) => Some(s),
            // The language's own text first (no lookup of its fallbacks needed).
            LocalizedText::PerLang(m) => m
                .get(&lang)
                .or_else(|| lang.chain().into_iter().skip(1).find_map(|l| m.get(&l)))
                .map(String::as_str),
        }
    }

    /// Every string in it, for checks over free text.
    pub fn all(&self) -> Vec<&str> {
        match self {
            LocalizedText::Same(s) => vec![s.as_str()],
            LocalizedText::PerLang(m) => m.values().map(String::as_str).collect(),
        }
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LocalizedTextVisitor)
    }
}

struct LocalizedTextVisitor;

impl<'de> Visitor<'de> for LocalizedTextVisitor {
    type Value = LocalizedText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a text, or a map of language to text (languages: {})",
            Lang::expected()
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if crate::load::guard::is_blank(v) {
            return Err(E::custom("text is empty"));
        }
        Ok(LocalizedText::Same(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(lang) = map.next_key::<Lang>()? {
            let text: String = map.next_value()?;
            if crate::load::guard::is_blank(&text) {
                return Err(de::Error::custom(format!("text for `{lang}` is empty")));
            }
            if out.insert(lang, text).is_some() {
                return Err(de::Error::custom(format!("language `{lang}` given twice")));
            }
        }
        if out.is_empty() {
            return Err(de::Error::custom("no text given"));
        }
        Ok(LocalizedText::PerLang(out))
    }
}

/// Either a term of a closed vocabulary (`medical_history`), rendered with its translated
/// label, or a clinic-specific label (`{nl: "…", en: "…"}`) for what the vocabulary lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Term<T> {
    Known(T),
    Custom(LocalizedText),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Term<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Term<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a term of the vocabulary, or a map of language to text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                let de: de::value::StrDeserializer<E> = v.into_deserializer();
                T::deserialize(de).map(Term::Known)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                LocalizedTextVisitor.visit_map(map).map(Term::Custom)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("invalid date `{s}`, expected YYYY-MM-DD (e.g. 2026-01-01)");
        let parts: Vec<&str> = s.trim().split('-').collect();
        if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() != 2 || parts[2].len() != 2 {
            return Err(bad());
        }
        let year: u16 = parts[0].parse().map_err(|_| bad())?;
        let month: u8 = parts[1].parse().map_err(|_| bad())?;
        let day: u8 = parts[2].parse().map_err(|_| bad())?;
        if !(1900..=2200).contains(&year) {
            return Err(format!(
                "date `{s}` has year {year}, outside 1900–2200; check the year"
            ));
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{s}` is not a calendar date"));
        }
        Ok(Date { year, month, day })
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(de::Error::custom)
    }
}

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl Unit {
    /// Length in days, for comparing periods (a month is 30 days, a year 365).
    pub fn days(self) -> f64 {
        match self {
            Unit::Hours => 1.0 / 24.0,
            Unit::Days => 1.0,
            Unit::Weeks => 7.0,
            Unit::Months => 30.0,
            Unit::Years => 365.0,
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Unit::Hours => "hours",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Years => "years",
        }
    }
}

/// A period such as `20 years`, `4 weeks` or `5-10 years` (a range).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub min: u32,
    pub max: u32,
    pub unit: Unit,
}

impl Period {
    /// Periods longer than this are refused as typos (no record is kept for a millennium).
    pub const MAX_YEARS: u32 = 120;

    pub fn parse(s: &str) -> Result<Period, String> {
        let bad = || {
            format!(
                "invalid period `{s}`, expected a number and a unit: `20 years`, `4 weeks`, `5-10 years` \
                 (units: hours, days, weeks, months, years)"
            )
        };
        let mut it = s.split_whitespace();
        let num = it.next().ok_or_else(bad)?;
        let unit = it.next().ok_or_else(bad)?;
        if it.next().is_some() {
            return Err(bad());
        }
        let unit = match unit {
            "hour" | "hours" => Unit::Hours,
            "day" | "days" => Unit::Days,
            "week" | "weeks" => Unit::Weeks,
            "month" | "months" => Unit::Months,
            "year" | "years" => Unit::Years,
            _ => return Err(bad()),
        };
        let (min, max) = match num.split_once('-') {
            Some((a, b)) => (
                a.parse::<u32>().map_err(|_| bad())?,
                b.parse::<u32>().map_err(|_| bad())?,
            ),
            None => {
                let n = num.parse::<u32>().map_err(|_| bad())?;
                (n, n)
            }
        };
        if min == 0 || max < min {
            return Err(format!(
                "period `{s}` must be positive, with the lower bound first"
            ));
        }
        let p = Period { min, max, unit };
        if p.max_days() > f64::from(Period::MAX_YEARS) * 365.0 {
            return Err(format!(
                "period `{s}` is longer than {} years; check the number",
                Period::MAX_YEARS
            ));
        }
        Ok(p)
    }

    pub fn min_days(&self) -> f64 {
        f64::from(self.min) * self.unit.days()
    }
    pub fn max_days(&self) -> f64 {
        f64::from(self.max) * self.unit.days()
    }
    pub fn is_range(&self) -> bool {
        self.min != self.max
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Period::parse(&s).map_err(de::Error::custom)
    }
}

/// Defines a closed vocabulary: an enum whose YAML spelling is `snake_case` and whose
/// translated label is the Fluent message `<prefix>-<kebab-case>`.
macro_rules! vocab {
    ($(#[$m:meta])* pub enum $name:ident : $prefix:literal { $($(#[$vm:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize, serde::Serialize, schemars::JsonSchema)]
        pub enum $name { $( $(#[$vm])* #[serde(rename = $key)] $variant ),+ }
        impl $name {
            /// Every term, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Prefix of the Fluent message ids of this vocabulary.
            pub const PREFIX: &'static str = $prefix;
            /// The YAML spelling.
            pub fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            /// The Fluent message id of the label.
            pub fn msg(self) -> String { format!("{}-{}", $prefix, self.key().replace('_', "-")) }
        }
    };
}
pub(crate) use vocab;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_parse_and_reject() {
        let p = Period::parse("20 years").unwrap();
        assert_eq!((p.min, p.max, p.unit), (20, 20, Unit::Years));
        let p = Period::parse("5-10 years").unwrap();
        assert!(p.is_range());
        assert_eq!(Period::parse("1 week").unwrap().unit, Unit::Weeks);
        assert!(Period::parse("-3 years").is_err());
        assert!(Period::parse("10000 years").is_err());
        assert!(Period::parse("twenty years").is_err());
        assert!(Period::parse("10-5 years").is_err());
        assert!(Period::parse("0 days").is_err());
        assert!(Period::parse("2 yearss").is_err());
    }

    #[test]
    fn dates_are_validated() {
        assert_eq!(Date::parse("2024-02-29").unwrap().iso(), "2024-02-29");
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("0000-01-01").is_err());
        assert!(Date::parse("25/05/2018").is_err());
    }

    #[test]
    fn localized_text_falls_back_from_flemish_to_dutch_only() {
        let t: LocalizedText = serde_saphyr::from_str("{nl: Hallo, en: Hello}").unwrap();
        assert_eq!(t.get(Lang::NlBe), Some("Hallo"));
        assert_eq!(t.get(Lang::Nb), None);
        let bad: Result<LocalizedText, _> = serde_saphyr::from_str("{zz: Hej}");
        assert!(bad
            .unwrap_err()
            .to_string()
            .contains("unknown language `zz`"));
    }
}
