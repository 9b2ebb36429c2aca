//! The date a statement gives itself ("Laatst bijgewerkt: 01-12-2025", "Sist oppdatert:
//! 26/6-2018", "Personvernerklæring oppdatert september 2023", a line "Mei 2020" under the
//! title, "Mise à jour le 1er janvier 2026"), read with the words of the audit lexicon
//! (`dates:` in `lexicon/<language>.yaml`), and the dates from which the wording rules'
//! phrases are outdated (`outdated_since` in `src/law/lint.yaml`, which `check` also judges
//! a profile's date by).
//! A phrase that was right when the text was written is reported as information, with both
//! dates.

use super::lexicon::{DateWords, LangLexicon, Lexicon};
use super::text::Doc;
use crate::load::text::Date;
use regex::Regex;
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

/// A date written with numbers, day first: "01-12-2025", "26/6-2018", "1.3.2021". `None`
/// only if the constant pattern failed to compile (it does not).
fn numeric() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"\b(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.](?P<y>(19|20)\d\d)\b").ok()
    })
    .as_ref()
}

fn parse(text: &str, words: &DateWords) -> Option<Date> {
    let (d, m, y) = if let Some(c) = numeric().and_then(|r| r.captures(text)) {
        (
            c.name("d")?.as_str().parse().ok()?,
            c.name("m")?.as_str().parse().ok()?,
            c.name("y")?.as_str().parse().ok()?,
        )
    } else {
        let c = words.named.as_ref()?.captures(text)?;
        let d = c.name("d").map_or(Some(1), |d| d.as_str().parse().ok())?;
        let m = words.months.get(&c.name("m")?.as_str().to_lowercase())?;
        (d, *m, c.name("y")?.as_str().parse().ok()?)
    };
    let (d, m, y): (u8, u8, u16) = (d, m, y);
    Date::parse(&format!("{y:04}-{m:02}-{d:02}")).ok()
}

/// Whether a sentence gives the text's own date in the language of `words`: a cue outside
/// the phrases that are no cue ("entré en vigueur le 25 mai 2018" is the GDPR's date), or a
/// line that is only a date.
fn is_date_sentence(text: &str, words: &DateWords) -> bool {
    let cue = words.cue.as_ref().is_some_and(|cue| {
        let mut t = std::borrow::Cow::Borrowed(text);
        for n in &words.not_cues {
            if n.is_match(&t) {
                t = std::borrow::Cow::Owned(n.replace_all(&t, " ").into_owned());
            }
        }
        cue.is_match(&t)
    });
    cue || words.alone.as_ref().is_some_and(|a| a.is_match(text))
}

/// The latest date the sentences give as the text's own, read with one language's words.
fn date_in(doc: &Doc, words: &DateWords) -> Option<Dated> {
    doc.sentences
        .iter()
        .filter(|s| s.text.chars().count() <= 200)
        .filter(|s| is_date_sentence(&s.text, words))
        .filter_map(|s| parse(&s.text, words).map(|date| Dated { date, line: s.line }))
        .max_by_key(|d| d.date)
}

/// The latest date the statement gives itself: in a sentence with a cue ("bijgewerkt",
/// "oppdatert", "last updated", "mise à jour", …) or on a line of its own. Dates inside the
/// text (25 May 2018 as the GDPR's start) are not the text's date. The cues and month names
/// are the lexicon's (`dates:` in `lexicon/<language>.yaml`): those of the text's language
/// first (`own`); when they find none, those of the other languages (a date line in English
/// under a Dutch text), the latest of what they find.
pub fn text_date(doc: &Doc, own: &LangLexicon, all: &Lexicon) -> Option<Dated> {
    date_in(doc, &own.dates).or_else(|| {
        all.codes()
            .filter(|c| *c != own.code)
            .filter_map(|c| all.lang(c).ok())
            .filter_map(|l| date_in(doc, &l.dates))
            .max_by_key(|d| d.date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::lexicon::lexicon;
    use crate::audit::text::{lines, sentences, Format};

    /// The text's own date, read with the words of `lang` first.
    fn date(lang: &str, src: &str) -> Option<String> {
        let lex = lexicon().expect("lexicon");
        let own = lex.lang(lang).expect("language");
        let doc = sentences(&lines(src, Format::Text));
        text_date(&doc, own, lex).map(|d| d.date.to_string())
    }

    #[test]
    fn french_dates_with_1er_accents_and_phrases() {
        let cases = [
            ("Mise à jour le 1er janvier 2026.", "2026-01-01"),
            ("Dernière mise à jour : 3 août 2025", "2025-08-03"),
            ("Dernière mise à jour\u{a0}: 3 aout 2025", "2025-08-03"),
            ("Version du 12 mars 2021", "2021-03-12"),
            ("Mis à jour en décembre 2024.", "2024-12-01"),
            ("MISE À JOUR : 14 FÉVRIER 2022", "2022-02-14"),
            ("Politique mise à jour le 28 Septembre 2021.", "2021-09-28"),
            (
                "Cette déclaration est en vigueur le 1er février 2024.",
                "2024-02-01",
            ),
            (
                "(version 2023/01 applicables à partir du 1er septembre 2023)",
                "2023-09-01",
            ),
            // Abbreviated without its dot ("déc." ends the sentence for the splitter).
            ("Actualisée le 5 déc 2023", "2023-12-05"),
            ("Mise à jour : 01/06/2022", "2022-06-01"),
            // A line that is only a date, under the title.
            (
                "Déclaration de confidentialité\n\n1er octobre 2020\n",
                "2020-10-01",
            ),
        ];
        for (src, want) in cases {
            assert_eq!(date("fr", src).as_deref(), Some(want), "{src}");
        }
    }

    #[test]
    fn french_dates_that_are_not_the_texts_own() {
        for src in [
            "Le RGPD est entré en vigueur le 25 mai 2018.",
            "Le règlement est entré en vigueur le 25 mai 2018 et s'applique à tous.",
            "Conformément à la législation en vigueur, notamment la loi du 30 juillet 2018.",
            "Vous pouvez mettre à jour vos données à tout moment.",
        ] {
            assert_eq!(date("fr", src), None, "{src}");
        }
        // The text's date wins over the GDPR's in the same text.
        let src = "Mise à jour le 2 mai 2024.\n\nLe RGPD est entré en vigueur le 25 mai 2018.";
        assert_eq!(date("fr", src).as_deref(), Some("2024-05-02"));
    }

    #[test]
    fn each_language_reads_its_own_dates_and_falls_back_to_the_others() {
        assert_eq!(
            date("nl", "Laatst bijgewerkt op 3 maart 2021").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(
            date("nb", "Sist oppdatert: 26/6-2018").as_deref(),
            Some("2018-06-26")
        );
        assert_eq!(
            date("en", "Last updated: 1 March 2021").as_deref(),
            Some("2021-03-01")
        );
        // French words are not Dutch ones: a Dutch reading finds the date only through the
        // French lexicon, after its own words found none.
        let lex = lexicon().unwrap();
        let nl = &lex.lang("nl").unwrap().dates;
        let doc = sentences(&lines("Mise à jour le 1er janvier 2026.", Format::Text));
        assert!(date_in(&doc, nl).is_none());
        assert_eq!(
            date("nl", "Mise à jour le 1er janvier 2026.").as_deref(),
            Some("2026-01-01")
        );
        // "mai 2020" is May in French and in Norwegian.
        assert_eq!(
            date("nb", "Oppdatert mai 2020").as_deref(),
            Some("2020-05-01")
        );
    }
}
