//! The date a statement gives itself ("Laatst bijgewerkt: 01-12-2025", "Sist oppdatert:
//! 26/6-2018", "Personvernerklæring oppdatert september 2023", a line "Mei 2020" under the
//! title), and the dates from which the wording rules' phrases are outdated
//! (`outdated_since` in `src/law/lint.yaml`, which `check` also judges a profile's date by).
//! A phrase that was right when the text was written is reported as information, with both
//! dates.

use super::text::Doc;
use crate::load::text::Date;
use regex::{Regex, RegexBuilder};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The date a statement gives itself, with its line.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Dated {
    pub date: Date,
    pub line: usize,
}

/// Rule id → the date its phrase became outdated. An unreadable catalogue is an error for
/// the report, never a panic.
pub fn since() -> Result<&'static BTreeMap<String, Date>, String> {
    static S: OnceLock<Result<BTreeMap<String, Date>, String>> = OnceLock::new();
    S.get_or_init(|| {
        let cat = crate::check::catalogue::catalogue().map_err(|e| e.to_string())?;
        Ok(cat
            .lints()
            .filter_map(|r| Some((r.id.clone(), r.lint.as_ref()?.outdated_since?)))
            .collect())
    })
    .as_ref()
    .map_err(Clone::clone)
}

const MONTHS: [(&str, u8); 26] = [
    ("januari", 1),
    ("januar", 1),
    ("january", 1),
    ("februari", 2),
    ("februar", 2),
    ("february", 2),
    ("maart", 3),
    ("mars", 3),
    ("march", 3),
    ("april", 4),
    ("mei", 5),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("juli", 7),
    ("july", 7),
    ("augustus", 8),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("desember", 12),
    ("sept", 9),
];

struct Patterns {
    cue: Regex,
    numeric: Regex,
    named: Regex,
    alone: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let b = |p: &str| {
            RegexBuilder::new(p)
                .case_insensitive(true)
                .build()
                .expect("dated: pattern")
        };
        let months = MONTHS.map(|m| m.0).join("|");
        Patterns {
            cue: b(r"\b(bijgewerkt|aangepast|update[d]?|versie|ingangsdatum|datum|laatst|vastgesteld|geldig vanaf|oppdatert|sist endret|revidert|skrevet|gjeldende fra|gjelder fra|last (updated|revised)|effective|revised)\b"),
            numeric: b(r"\b(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.](?P<y>(19|20)\d\d)\b"),
            named: b(&format!(
                r"\b((?P<d>[0-3]?\d)\.?\s*)?(?P<m>{months})\.?\s+(?P<y>(19|20)\d\d)\b"
            )),
            alone: b(&format!(
                r"^\W*((([0-3]?\d)\.?\s+)?({months})\.?\s+|[0-3]?\d[-/.][01]?\d[-/.])(19|20)\d\d\W*$"
            )),
        }
    })
}

fn month(name: &str) -> Option<u8> {
    let n = name.to_lowercase();
    MONTHS.iter().find(|m| m.0 == n).map(|m| m.1)
}

fn parse(text: &str) -> Option<Date> {
    let p = patterns();
    let (d, m, y) = if let Some(c) = p.numeric.captures(text) {
        (
            c.name("d")?.as_str().parse().ok()?,
            c.name("m")?.as_str().parse().ok()?,
            c.name("y")?.as_str().parse().ok()?,
        )
    } else {
        let c = p.named.captures(text)?;
        let d = c.name("d").map_or(Some(1), |d| d.as_str().parse().ok())?;
        (
            d,
            month(c.name("m")?.as_str())?,
            c.name("y")?.as_str().parse().ok()?,
        )
    };
    let (d, m, y): (u8, u8, u16) = (d, m, y);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

/// The latest date the statement gives itself: in a sentence with a cue ("bijgewerkt",
/// "oppdatert", "last updated", "versie", …) or on a line of its own. Dates inside the text
/// (25 May 2018 as the GDPR's start) are not the text's date.
pub fn text_date(doc: &Doc) -> Option<Dated> {
    let p = patterns();
    doc.sentences
        .iter()
        .filter(|s| s.text.chars().count() <= 200)
        .filter(|s| p.cue.is_match(&s.text) || p.alone.is_match(&s.text))
        .filter_map(|s| parse(&s.text).map(|date| Dated { date, line: s.line }))
        .max_by_key(|d| d.date)
}
