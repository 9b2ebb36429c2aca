//! Citations as data. A [`Cite`] is a pinpoint: statute id, article (or section), paragraph,
//! point; an [`Official`] is a statute's official citation: its form (act, royal decree,
//! regulation …), date, number, journal (Staatsblad, Belgisch Staatsblad, Official Journal)
//! and identifier (LOV-…, FOR-…). Neither holds text in one language: both are rendered per
//! language by the messages of `locales/<lang>/cite.ftl`, in the citation style of the
//! statute's legal system ([`Style`]): "art. 7:454 lid 3 BW" / "Article 7:454(3) of the
//! Dutch Civil Code (BW)" / "artikkel 7:454 tredje ledd i …", "pasient- og
//! brukerrettighetsloven § 5-1 andre ledd" / "section 5-1(2) of the Patients' and Users'
//! Rights Act", "artikel 6 lid 1 sub f AVG" / "Article 6(1)(f) GDPR" /
//! "personvernforordningen artikkel 6 nr. 1 bokstav f".
//!
//! The law data (`src/law/{nl,no,be}.yaml`) write a pinpoint as a mapping:
//!
//! ```yaml
//! article: {art: "7:454", par: 3}              # statute: the enclosing entry's statute
//! article: [{statute: wib92, art: "315"}, {statute: wbtw, art: "60"}]
//! ```
//!
//! and an official citation under a statute's `citation:` (see [`Official`]).

use super::{LawData, Names, Statute};
use crate::i18n::{Arg, Wording};
use crate::load::text::{Date, Lang};
use serde::{Deserialize, Deserializer, Serialize};
use std::sync::OnceLock;

/// The citation style of a legal system: how its articles, paragraphs and points are
/// numbered and where the act's name goes. A key the messages of `locales/*/cite.ftl` select
/// on (`nl`: art. 7:454 lid 3 BW; `be`: art. 9, § 2, 1°; `no`: § 5-1 andre ledd bokstav a;
/// `eu`: Article 6(1)(f) GDPR; `guidance`: numbered fact sheets), each message's `*[other]`
/// form serving a style it does not name. A jurisdiction's file sets its style
/// (`citation_style`), a statute its own where it differs (`style: eu`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Style(String);

impl Style {
    pub fn key(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Style {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.is_empty() || s.len() > 20 || !s.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(serde::de::Error::custom(format!(
                "citation style `{}` is not a style key: lower-case letters, as the messages of locales/*/cite.ftl select on (nl, be, no, eu, guidance)",
                crate::load::guard::printable(&s)
            )));
        }
        Ok(Style(s))
    }
}

/// A pinpoint citation: an article (or section) of a statute, with paragraph and point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    /// Id in `statutes`; defaults to the statute of the entry the citation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statute: Option<String>,
    /// The article or section number as the statute writes it: "7:454", "35", "5-1",
    /// "9quater".
    #[serde(deserialize_with = "scalar")]
    pub art: String,
    /// The last article of a range ("7:468", "43").
    #[serde(
        default,
        deserialize_with = "opt_scalar",
        skip_serializing_if = "Option::is_none"
    )]
    pub to: Option<String>,
    /// Paragraph: lid (NL), § (BE), ledd (NO), the "(1)" of an EU article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub par: Option<u32>,
    /// Point: sub/onder (NL), 1° (BE), bokstav (NO), the "(f)" of an EU article.
    #[serde(
        default,
        deserialize_with = "opt_scalar",
        skip_serializing_if = "Option::is_none"
    )]
    pub point: Option<String>,
    /// The text as it stood before an amendment ("(oud)").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
}

/// One citation or several (`article: {…}` or `article: [{…}, {…}]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Cites(pub Vec<Cite>);

impl<'de> Deserialize<'de> for Cites {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OneOrMany {
            One(Cite),
            Many(Vec<Cite>),
        }
        match OneOrMany::deserialize(d)? {
            OneOrMany::One(c) => Ok(Cites(vec![c])),
            OneOrMany::Many(v) if !v.is_empty() => Ok(Cites(v)),
            OneOrMany::Many(_) => Err(serde::de::Error::custom("an empty list of articles")),
        }
    }
}

/// A number or a string, kept as written ("35", "7:454").
fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum S {
        Int(u64),
        Str(String),
    }
    let s = match S::deserialize(d)? {
        S::Int(n) => n.to_string(),
        S::Str(s) => s,
    };
    if s.trim().is_empty() {
        return Err(serde::de::Error::custom("empty article number"));
    }
    Ok(s)
}

fn opt_scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    scalar(d).map(Some)
}

/// The form of an enactment, which names it in its official citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// An act of parliament (wet, lov).
    Act,
    /// An act as coordinated (Belgian gecoördineerde wet).
    CoordinatedAct,
    /// A part of a code (the WGBO in the Burgerlijk Wetboek); `part` says which.
    Code,
    /// A Belgian royal decree (KB).
    RoyalDecree,
    /// A decree of the Flemish Government (BVR).
    FlemishDecree,
    /// A regulation of the EU (European Parliament and Council).
    EuRegulation,
    /// A Norwegian regulation (forskrift).
    Forskrift,
}

impl Form {
    pub fn key(self) -> &'static str {
        match self {
            Form::Act => "act",
            Form::CoordinatedAct => "coordinated_act",
            Form::Code => "code",
            Form::RoyalDecree => "royal_decree",
            Form::FlemishDecree => "flemish_decree",
            Form::EuRegulation => "eu_regulation",
            Form::Forskrift => "forskrift",
        }
    }
}

/// Official journals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Series {
    /// Staatsblad (NL).
    Stb,
    /// Staatscourant (NL).
    Stcrt,
    /// Belgisch Staatsblad / Moniteur belge.
    Bs,
    /// Official Journal of the European Union, L series.
    Oj,
}

impl Series {
    pub fn key(self) -> &'static str {
        match self {
            Series::Stb => "stb",
            Series::Stcrt => "stcrt",
            Series::Bs => "bs",
            Series::Oj => "oj",
        }
    }
}

/// Where an enactment was published.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Journal {
    pub series: Series,
    /// Date of the issue (BS, OJ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Year of the volume (Stb., Stcrt.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// Number in the volume (Stb. 144, OJ L 119).
    #[serde(
        default,
        deserialize_with = "opt_scalar",
        skip_serializing_if = "Option::is_none"
    )]
    pub number: Option<String>,
}

/// A statute's official citation, rendered per language by `cite-official`.
///
/// ```yaml
/// citation:
///   form: act                       # act | coordinated_act | code | royal_decree |
///                                   # flemish_decree | eu_regulation | forskrift
///   date: 2018-05-16                # date of the enactment
///   number: "38"                    # its number (NO: nr. 38; EU: 2016/679)
///   journal: {series: stb, year: 2018, number: 144}   # stb | stcrt | bs | oj
///   part: {nl: …, nb: …, en: …}     # a part cited, in each language (annex, book)
///   amended: [2024-02-06]           # dates of amending acts
///   id: LOV-2018-06-15-38           # an identifier, the same in every language
///   incorporated_by: {statute: personopplysningsloven, art: 1}
/// ```
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub form: Form,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(
        default,
        deserialize_with = "opt_scalar",
        skip_serializing_if = "Option::is_none"
    )]
    pub number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journal: Option<Journal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Names>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amended: Vec<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The provision that makes this enactment national law (the GDPR in Norway).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incorporated_by: Option<Cite>,
}

/// What rendering a citation needs: messages and dates in one language.
pub trait Speak {
    /// Message `id` of `locales/<lang>/cite.ftl` (or any other file of the wording).
    fn say(&mut self, id: &str, args: &[(&str, Arg)]) -> String;
    /// A date in running text ("16 mei 2018").
    fn day(&mut self, d: Date) -> String;
}

fn yes(b: bool) -> Arg {
    Arg::Str(if b { "yes" } else { "no" }.into())
}

impl LawData {
    /// The citation style of a statute: its own, or that of the jurisdiction.
    pub fn style<'a>(&'a self, s: &'a Statute) -> &'a Style {
        s.style.as_ref().unwrap_or(&self.citation_style)
    }

    /// One pinpoint in `lang`: "art. 7:454 lid 3 BW". `default` is the statute of the
    /// entry the citation belongs to. An unknown statute (refused by validation) renders
    /// as its id.
    pub fn cite(&self, c: &Cite, default: &str, lang: Lang, sp: &mut impl Speak) -> String {
        let id = c.statute.as_deref().unwrap_or(default);
        let Some(s) = self.statute(id) else {
            return id.to_string();
        };
        let style = Arg::Str(self.style(s).key().into());
        let act = s.cited_name(lang).to_string();
        let par = match c.par {
            Some(n) => sp.say("cite-par", &[("style", style.clone()), ("n", n.into())]),
            None => String::new(),
        };
        let point = match &c.point {
            Some(p) => sp.say(
                "cite-point",
                &[("style", style.clone()), ("p", p.as_str().into())],
            ),
            None => String::new(),
        };
        let num = match &c.to {
            Some(to) => sp.say(
                "cite-range",
                &[
                    ("style", style.clone()),
                    ("from", c.art.as_str().into()),
                    ("to", to.as_str().into()),
                ],
            ),
            None => c.art.clone(),
        };
        let former = if c.former {
            sp.say("cite-former", &[])
        } else {
            String::new()
        };
        sp.say(
            "cite-article",
            &[
                ("style", style),
                ("range", yes(c.to.is_some())),
                ("num", num.into()),
                ("par", par.into()),
                ("point", point.into()),
                ("act", act.into()),
                ("former", former.into()),
            ],
        )
    }

    /// Several pinpoints, joined: "art. 315 WIB 92; art. 60 WBTW".
    pub fn cites(&self, cs: &Cites, default: &str, lang: Lang, sp: &mut impl Speak) -> String {
        let parts: Vec<String> =
            cs.0.iter()
                .map(|c| self.cite(c, default, lang, sp))
                .collect();
        let sep = sp.say("cite-list-sep", &[]);
        parts.join(&sep)
    }

    /// The official citation of statute `id` in `lang` ("Wet van 16 mei 2018, Stb. 2018,
    /// 144"), if the law data give one.
    pub fn official(&self, id: &str, lang: Lang, sp: &mut impl Speak) -> Option<String> {
        let parts = self.official_parts(id, lang, sp)?;
        let sep = sp.say("cite-sep", &[]);
        Some(parts.join(&sep))
    }

    /// The pieces of the official citation, in order: the form and date ("Wet van 16 mei
    /// 2018"), the part, the journal, amendments, identifier, incorporation.
    pub fn official_parts(&self, id: &str, lang: Lang, sp: &mut impl Speak) -> Option<Vec<String>> {
        let o = self.statute(id)?.citation.as_ref()?;
        let mut parts = Vec::new();
        let date = o.date.map(|d| sp.day(d)).unwrap_or_default();
        parts.push(sp.say(
            "cite-form",
            &[
                ("form", o.form.key().into()),
                ("dated", yes(o.date.is_some())),
                ("date", date.into()),
                ("numbered", yes(o.number.is_some())),
                ("number", o.number.clone().unwrap_or_default().into()),
            ],
        ));
        if let Some(p) = &o.part {
            parts.push(p.get(lang).to_string());
        }
        if let Some(j) = &o.journal {
            let date = j.date.map(|d| sp.day(d)).unwrap_or_default();
            parts.push(
                sp.say(
                    "cite-journal",
                    &[
                        ("series", j.series.key().into()),
                        ("dated", yes(j.date.is_some())),
                        ("date", date.into()),
                        (
                            "year",
                            j.year
                                .or(j.date.map(|d| d.year))
                                .map(|y| y.to_string())
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("number", j.number.clone().unwrap_or_default().into()),
                    ],
                ),
            );
        }
        if !o.amended.is_empty() {
            let dates: Vec<String> = o.amended.iter().map(|d| sp.day(*d)).collect();
            let and = sp.say("cite-and", &[]);
            parts.push(sp.say(
                "cite-amended",
                &[
                    ("dates", dates.join(&and).into()),
                    ("count", o.amended.len().into()),
                ],
            ));
        }
        if let Some(i) = &o.id {
            parts.push(sp.say("cite-id", &[("id", i.as_str().into())]));
        }
        if let Some(c) = &o.incorporated_by {
            let by = self.cite(c, id, lang, sp);
            parts.push(sp.say("cite-incorporated", &[("by", by.into())]));
        }
        parts.retain(|p| !p.is_empty());
        Some(parts)
    }

    /// Every pinpoint the law data hold, with the statute it defaults to and where it is.
    pub fn all_cites(&self) -> Vec<(String, &Cite, &str)> {
        let mut out: Vec<(String, &Cite, &str)> = Vec::new();
        for (i, r) in self.retention.iter().enumerate() {
            for c in &r.article.0 {
                out.push((format!("retention[{i}].article"), c, r.statute.as_str()));
            }
        }
        for (i, r) in self.retention.iter().enumerate() {
            for c in r.guidance.iter().flat_map(|g| &g.0) {
                out.push((format!("retention[{i}].guidance"), c, r.statute.as_str()));
            }
        }
        let pa = &self.patient_access;
        for c in &pa.article.0 {
            out.push(("patient_access.article".into(), c, pa.statute.as_str()));
        }
        if let Some(e) = &self.patient_erasure {
            for c in &e.article.0 {
                out.push(("patient_erasure.article".into(), c, e.statute.as_str()));
            }
        }
        for (at, r) in [
            ("patient_complaints", &self.patient_complaints),
            ("cookie_consent", &self.cookie_consent),
        ] {
            for c in r.iter().flat_map(|r| &r.article.0) {
                let st = r.as_ref().map_or("", |r| r.statute.as_str());
                out.push((format!("{at}.article"), c, st));
            }
        }
        if let Some(r) = &self.record_changes {
            for (at, cs) in [
                ("correction", &r.correction),
                ("erasure", &r.erasure),
                ("demand", &r.demand),
            ] {
                for c in &cs.0 {
                    out.push((format!("record_changes.{at}"), c, r.statute.as_str()));
                }
            }
        }
        if let Some(pe) = &self.patient_erasure {
            for c in &pe.article.0 {
                out.push(("patient_erasure.article".into(), c, pe.statute.as_str()));
            }
        }
        if let Some(pc) = &self.patient_complaints {
            for c in &pc.article.0 {
                out.push(("patient_complaints.article".into(), c, pc.statute.as_str()));
            }
        }
        if let Some(rc) = &self.research_without_consent {
            for c in &rc.article.0 {
                out.push((
                    "research_without_consent.article".into(),
                    c,
                    rc.statute.as_str(),
                ));
            }
        }
        for (i, r) in self.retention.iter().enumerate() {
            for c in r.guidance.iter().flat_map(|g| &g.0) {
                out.push((format!("retention[{i}].guidance"), c, r.statute.as_str()));
            }
        }
        if let Some(rc) = &self.record_changes {
            let all = [
                ("correction", &rc.correction),
                ("erasure", &rc.erasure),
                ("demand", &rc.demand),
            ];
            for (at, cs) in all {
                for c in &cs.0 {
                    out.push((format!("record_changes.{at}"), c, rc.statute.as_str()));
                }
            }
        }
        for (at, r) in [
            ("cookie_consent", &self.cookie_consent),
            ("record_duty", &self.record_duty),
        ] {
            for c in r.iter().flat_map(|r| &r.article.0) {
                out.push((
                    format!("{at}.article"),
                    c,
                    r.as_ref().map_or("", |r| r.statute.as_str()),
                ));
            }
        }
        for (id, s) in &self.statutes {
            if let Some(c) = s.citation.as_ref().and_then(|o| o.incorporated_by.as_ref()) {
                out.push((format!("statutes.{id}.citation"), c, id.as_str()));
            }
        }
        out.extend(self.patient_cites());
        out.extend(self.exchange_cites());
        out.extend(self.closure_cites());
        out
    }

    /// Checks every citation names a known statute; called when the law data load.
    pub(super) fn validate_cites(&self) -> Result<(), String> {
        for (at, c, default) in self.all_cites() {
            let id = c.statute.as_deref().unwrap_or(default);
            if self.statute(id).is_none() {
                return Err(format!("{at} cites unknown statute `{id}`"));
            }
        }
        Ok(())
    }
}

impl Statute {
    /// The name used after an article number: "BW", "AVG", "pasient- og
    /// brukerrettighetsloven" (`cited_as`, else `short`, else `name`).
    pub fn cited_name(&self, lang: Lang) -> &str {
        self.cited_as
            .as_ref()
            .or(self.short.as_ref())
            .unwrap_or(&self.name)
            .get(lang)
    }
}

/// The default English wording (embedded `locales/en/`), for output that is always in
/// English: check diagnostics, SARIF, `explain`.
pub fn english() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    W.get_or_init(|| {
        let mut locales = crate::load::locales::builtin();
        locales.by_lang.retain(|l, _| *l == Lang::En);
        Wording::new(&locales).0
    })
}

/// Renders with a [`Wording`] in one language; a missing message yields an empty string
/// (the citation test over every statute and language catches it).
pub struct WordingSpeaker<'a> {
    pub wording: &'a Wording,
    pub lang: Lang,
}

impl Speak for WordingSpeaker<'_> {
    fn say(&mut self, id: &str, args: &[(&str, Arg)]) -> String {
        self.wording.format(self.lang, id, args).unwrap_or_default()
    }
    fn day(&mut self, d: Date) -> String {
        let month = self.say(&format!("month-{}", d.month), &[]);
        self.say(
            "date",
            &[
                ("day", Arg::Num(f64::from(d.day))),
                ("month", month.into()),
                ("year", Arg::Str(d.year.to_string())),
            ],
        )
    }
}

/// A pinpoint in English, for check output: "Article 7:454(3) of the Dutch Civil Code (BW)".
pub fn english_cites(law: &LawData, cs: &Cites, default: &str) -> String {
    let mut sp = WordingSpeaker {
        wording: english(),
        lang: Lang::En,
    };
    law.cites(cs, default, Lang::En, &mut sp)
}

/// A statute's name and official citation in English, for check output.
pub fn english_official(law: &LawData, id: &str) -> String {
    let mut sp = WordingSpeaker {
        wording: english(),
        lang: Lang::En,
    };
    let name = law
        .statute(id)
        .map(|s| s.name.get(Lang::En).to_string())
        .unwrap_or_else(|| id.to_string());
    match law.official(id, Lang::En, &mut sp) {
        Some(c) => {
            let sep = sp.say("cite-sep", &[]);
            format!("{name}{sep}{c}")
        }
        None => name,
    }
}

#[cfg(test)]
mod tests;
