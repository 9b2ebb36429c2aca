//! Law as data: one YAML file per jurisdiction (`nl.yaml`, `no.yaml`, `be.yaml`), embedded
//! in the binary. Every value carries the date it is valid from and a `reference` to the
//! source it was verified against, so a lawyer can review this folder without reading Rust
//! and a profile is judged by the law on its `effective` date (the OpenFisca pattern).

pub mod cite;
pub mod closure;
pub mod exchange;
pub mod patient;
pub mod register;

pub use cite::{Cite, Cites, Official, Style};
pub use patient::{PatientErasure, Representation};
pub use register::Registers;

// The embedded data files (build.rs): law data, starter profiles, audit lexicons.
include!(concat!(env!("OUT_DIR"), "/law_files.rs"));

use crate::load::profile::{Jurisdiction, Qualifier};
use crate::load::text::{Date, Lang, Period};
use crate::load::vocab::{Record, StartEvent};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A name in each language the tool writes, keyed by language tag (`nl`, `nl-BE`, `nb`,
/// `en`, `fr`, …). A regional variant falls back to its base (`nl-BE` → `nl`). Every map
/// has an English entry (refused otherwise), the last resort of a language the law data do
/// not cover yet; a test and [`LawData::names_missing`] report such gaps.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Names(pub BTreeMap<String, String>);

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(lang.code())
            .or_else(|| {
                lang.chain()
                    .into_iter()
                    .skip(1)
                    .find_map(|l| self.0.get(l.code()))
            })
            .or_else(|| self.0.get("en"))
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Whether the map has a name for `lang` (or the language it falls back to).
    pub fn has(&self, lang: Lang) -> bool {
        lang.chain()
            .into_iter()
            .any(|l| self.0.contains_key(l.code()))
    }
}

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let m = BTreeMap::<String, String>::deserialize(d)?;
        for (k, v) in &m {
            if !crate::lang::valid_lang_code(k) {
                return Err(D::Error::custom(format!(
                    "`{k}` is not a language tag (names are keyed by language: nl, nl-BE, nb, en, fr)"
                )));
            }
            if crate::load::guard::is_blank(v) {
                return Err(D::Error::custom(format!("the name for `{k}` is empty")));
            }
        }
        if !m.contains_key("en") {
            return Err(D::Error::custom(
                "a language map of the law data needs an English (`en`) entry",
            ));
        }
        Ok(Names(m))
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LawData {
    pub jurisdiction: Jurisdiction,
    /// How this legal system's articles are cited: a style of `locales/*/cite.ftl`
    /// (`nl`, `be`, `no`; a message's `*[other]` form for a style it does not name).
    pub citation_style: Style,
    /// What `privgen init --jurisdiction <code>` writes (see [`Starter`]).
    pub starter: Starter,
    /// The country: its telephone code and the languages read there, so contact details are
    /// written in international form with the country on a page in another language.
    pub country: Country,
    /// The supervisory authority, one entry per period of validity.
    pub authority: Vec<Authority>,
    /// Statutes a statement cites, by id (`wgbo`, `pasientjournalloven`, …).
    pub statutes: BTreeMap<String, Statute>,
    /// Statutory retention rules, dated.
    pub retention: Vec<RetentionRule>,
    pub national_id: NationalId,
    pub patient_access: PatientAccess,
    /// What the patient law says about destroying the medical record on request: NL, a
    /// right with a deadline and exceptions (art. 7:455 BW); BE, no such right (regime
    /// `none`); Norway has conditional deletion under `record_changes` instead.
    #[serde(default)]
    pub patient_erasure: Option<PatientErasure>,
    /// Who exercises the rights of a minor or of an adult who cannot, and who may see the
    /// record after the patient's death (see [`patient`]).
    #[serde(default)]
    pub representation: Representation,
    /// The patient law's complaint route inside the provider (BE: the hospital's
    /// ombudsfunctie, art. 11 Wet patiëntenrechten), named where a profile lists its
    /// ombudsdienst.
    #[serde(default)]
    pub patient_complaints: Option<LawRef>,
    /// Research with record data without consent, on an objection basis (NL: art. 7:458 BW
    /// with art. 24 UAVG), stated where a research purpose lets the patient object.
    #[serde(default)]
    pub research_without_consent: Option<LawRef>,
    /// Camera footage: the national maximum or guidance.
    pub camera_retention: CameraRule,
    /// Other public bodies a statement names (sector supervisors, disputes committees).
    #[serde(default)]
    pub bodies: BTreeMap<String, Body>,
    /// How the patient record is corrected and erased where national law sets its own regime
    /// (Norway: helsepersonelloven §§ 42–43), stated beside the GDPR rights.
    #[serde(default)]
    pub record_changes: Option<RecordChanges>,
    /// The provision that requires consent for cookies (Norway: ekomloven § 3-15), cited in
    /// the cookie section.
    #[serde(default)]
    pub cookie_consent: Option<LawRef>,
    /// The sections that set the duty to keep a patient record (Norway: helsepersonelloven
    /// §§ 39–40), cited where a profile names that statute for the record.
    #[serde(default)]
    pub record_duty: Option<LawRef>,
    /// National exchange and consent systems, each with its consent model (see
    /// [`exchange`]).
    #[serde(default)]
    pub exchange: Vec<exchange::ExchangeRule>,
    /// National bodies that receive data by law or by the nature of the service (the GGD,
    /// HELFO, the CLB, the OCMW), each with its provision where one was verified.
    #[serde(default)]
    pub recipients: Vec<exchange::NationalRecipient>,
    /// Who may keep the records when a practice closes, and the deposit of old records in a
    /// national archive (see [`closure`]).
    #[serde(default)]
    pub record_closure: Option<closure::RecordClosure>,
    /// The age below which a parent consents for information-society services offered to a
    /// child (GDPR Art. 8(1)), as national law sets it.
    #[serde(default)]
    pub digital_consent_age: Option<ConsentAge>,
    /// The company register(s) and register(s) of health professionals a profile may name,
    /// with their names and the form of their numbers (see [`register`]).
    #[serde(default)]
    pub registers: Registers,
}

/// A national age of digital consent and the provision that sets it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentAge {
    pub age: u8,
    /// Id in `statutes`.
    pub statute: String,
    pub article: Cites,
    pub reference: String,
}

/// The starter site of a jurisdiction: `privgen init` writes the profile
/// `src/law/starter/<code>.yaml` as `content/<id>.yaml`, in `languages` unless `--lang` says
/// otherwise.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Starter {
    /// The starter profile's id (its file name).
    pub id: String,
    /// The languages a starter site publishes by default, the first authoritative.
    pub languages: Vec<Lang>,
}

/// The country of a jurisdiction, for contact details read from abroad (review-nb M14).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166 code, lower case: names the country by message `country-<code>`.
    pub code: String,
    /// The country calling code without "+" (ITU-T E.164): "31".
    pub calling_code: String,
    /// The national trunk prefix dropped in international form ("0"), if any.
    #[serde(default)]
    pub trunk_prefix: Option<String>,
    /// Languages read in the country: a page in another language shows phone numbers in
    /// international form and names the country after an address.
    pub languages: Vec<Lang>,
    pub reference: String,
}

/// A provision: the statute it belongs to and its articles.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LawRef {
    /// Id in `statutes`: the statute the articles default to.
    pub statute: String,
    pub article: Cites,
    pub reference: String,
}

/// The national regime for correcting and erasing the patient record.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordChanges {
    /// Id in `statutes`: the statute the articles default to.
    pub statute: String,
    /// Correction: by a new, dated entry, never by deleting.
    pub correction: Cites,
    /// Erasure: only on the conditions of these provisions.
    pub erasure: Cites,
    /// The patient's own right to demand correction and erasure of the record.
    pub demand: Cites,
    /// Id in `bodies`: where a refusal to correct or erase is appealed.
    #[serde(default)]
    pub appeal: Option<String>,
    /// The conditions erasure is subject to (Norway: helsepersonelloven § 43).
    #[serde(default)]
    pub conditions: Option<patient::DeletionConditions>,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub valid_from: Date,
    #[serde(default)]
    pub valid_until: Option<Date>,
    /// Abbreviation (AP, GBA); empty for Datatilsynet.
    #[serde(default)]
    pub short: Option<String>,
    pub name: Names,
    pub postal_address: Vec<String>,
    #[serde(default)]
    pub visiting_address: Vec<String>,
    pub website: String,
    /// The addresses as another language writes them, where they differ (Brussels is
    /// bilingual: the French page gives rue de la Presse for Drukpersstraat), by language.
    #[serde(default)]
    pub addresses: BTreeMap<String, AuthorityAddress>,
    /// The site in other languages where the authority has one (`en:`, `fr:`), by language;
    /// a page in a language without one links `website`.
    #[serde(default)]
    pub websites: BTreeMap<String, String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// How a complaint is lodged, in each language.
    pub complaint_route: Names,
    pub reference: String,
}

/// An authority's addresses in one language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityAddress {
    pub postal_address: Vec<String>,
    #[serde(default)]
    pub visiting_address: Vec<String>,
}

impl Authority {
    /// The postal address for a reader of `lang`.
    pub fn postal_for(&self, lang: Lang) -> &[String] {
        lang.chain()
            .into_iter()
            .find_map(|l| self.addresses.get(l.code()))
            .map_or(&self.postal_address, |a| &a.postal_address)
    }

    /// The visiting address for a reader of `lang` (empty when none is given).
    pub fn visiting_for(&self, lang: Lang) -> &[String] {
        lang.chain()
            .into_iter()
            .find_map(|l| self.addresses.get(l.code()))
            .map_or(&self.visiting_address, |a| &a.visiting_address)
    }

    /// The authority's site for a reader of `lang`.
    pub fn website_for(&self, lang: Lang) -> &str {
        lang.chain()
            .into_iter()
            .find_map(|l| self.websites.get(l.code()))
            .unwrap_or(&self.website)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statute {
    /// Common short name per language (AVG / personvernforordningen / GDPR).
    #[serde(default)]
    pub short: Option<Names>,
    pub name: Names,
    /// The name used after an article number when it differs from `short` ("BW" for the
    /// WGBO, whose articles are articles of the Burgerlijk Wetboek).
    #[serde(default)]
    pub cited_as: Option<Names>,
    /// Citation style, when it is not the jurisdiction's (`eu` for the GDPR, `guidance`).
    #[serde(default)]
    pub style: Option<Style>,
    /// Official citation (form, date, number, journal), rendered per language by
    /// `locales/*/cite.ftl` (see [`cite::Official`]).
    #[serde(default)]
    pub citation: Option<Official>,
    #[serde(default)]
    pub valid_from: Option<Date>,
    #[serde(default)]
    pub valid_until: Option<Date>,
    /// The Dutch name takes the neuter article "het" (het Koninklijk besluit, het Besluit …).
    #[serde(default)]
    pub neuter: bool,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    pub record: Record,
    pub period: Period,
    pub qualifier: Qualifier,
    pub from: StartEvent,
    /// Id of the statute in `statutes`.
    pub statute: String,
    /// Article and paragraph, as data (`{art: "7:454", par: 3}`; see [`cite::Cite`]).
    pub article: Cites,
    pub valid_from: Date,
    #[serde(default)]
    pub valid_until: Option<Date>,
    /// Upper bound, where the law sets one (BE: 50 years).
    #[serde(default)]
    pub max: Option<Period>,
    /// Where the period is not law but the recommendation of guidance (Norway: Normen,
    /// faktaark 25), the guidance; `article` then cites the purpose test the law sets.
    #[serde(default)]
    pub guidance: Option<Cites>,
    /// Other statutes that govern the same retention (an implementing regulation beside its
    /// act): a profile citing one of them cites a right ground (`law/retention-statute`).
    #[serde(default)]
    pub also: Vec<String>,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NationalId {
    pub name: Names,
    pub statute: String,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PatientAccess {
    /// The patient-law statute giving access to the record.
    pub statute: String,
    /// Article and paragraph, as data (see [`cite::Cite`]).
    pub article: Cites,
    /// The national deadline for access, when the patient law sets one.
    #[serde(default)]
    pub deadline: Option<Period>,
    /// Minimum age at which patients exercise access themselves.
    #[serde(default)]
    pub own_access_age: Option<u8>,
    /// Id in `bodies`: where a refusal of access is appealed (Norway: Statsforvalteren).
    #[serde(default)]
    pub appeal: Option<String>,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CameraRule {
    pub max: Period,
    /// Whether `max` is a statutory limit (BE) or guidance (NL, NO).
    pub binding: bool,
    pub source: Names,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub name: Names,
    #[serde(default)]
    pub website: Option<String>,
    pub reference: String,
}

/// Errors in the embedded law data: bugs in this repository, never user errors.
#[derive(Debug, thiserror::Error)]
pub enum LawError {
    #[error("law data {file}: {message}")]
    Invalid { file: &'static str, message: String },
}

/// The law data of every jurisdiction, parsed once.
#[derive(Debug, Clone)]
pub struct Law {
    by: BTreeMap<Jurisdiction, LawData>,
    /// Jurisdictions whose data came from the site's own `law/` folder, with the file.
    from_site: BTreeMap<Jurisdiction, String>,
}

impl Law {
    /// The built-in law data: every `src/law/<code>.yaml` embedded in the binary.
    pub fn load() -> Result<Law, LawError> {
        let mut by = BTreeMap::new();
        for (code, file, src) in LAW_FILES {
            let data = parse(code, src).map_err(|message| LawError::Invalid { file, message })?;
            by.insert(data.jurisdiction, data);
        }
        register::builtin_parsed(by.values().map(|d| (d.jurisdiction, &d.registers)));
        Ok(Law {
            by,
            from_site: BTreeMap::new(),
        })
    }

    /// Registers the built-in jurisdiction codes (the embedded file names), so a profile
    /// can name one before any law data are parsed.
    pub fn builtin_codes() {
        static DONE: std::sync::Once = std::sync::Once::new();
        DONE.call_once(|| {
            for (code, _, _) in LAW_FILES {
                let _ = Jurisdiction::register(&code.to_ascii_uppercase());
            }
        });
    }

    /// This law with a site's own files over it: `files` are (file name as shown, source)
    /// of `law/<code>.yaml`; each replaces the built-in data of its jurisdiction or adds a
    /// jurisdiction. A file that fails to load is reported and left out, so the built-in
    /// data (if any) stay in force for it.
    pub fn with_site_files(&self, files: &[(String, String)]) -> (Law, Vec<(String, String)>) {
        let mut out = self.clone();
        let mut problems = Vec::new();
        for (shown, src) in files {
            let stem = std::path::Path::new(shown)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            match parse(stem, src).and_then(|d| d.registers.register(d.jurisdiction).map(|_| d)) {
                Ok(data) => {
                    out.from_site.insert(data.jurisdiction, shown.clone());
                    out.by.insert(data.jurisdiction, data);
                }
                Err(m) => problems.push((shown.clone(), m)),
            }
        }
        (out, problems)
    }

    /// Where the data of `j` came from: the site's file, or `None` for the built-in data.
    pub fn site_file(&self, j: Jurisdiction) -> Option<&str> {
        self.from_site.get(&j).map(String::as_str)
    }

    /// Every jurisdiction this law has data for, by code.
    pub fn jurisdictions(&self) -> Vec<Jurisdiction> {
        self.by.keys().copied().collect()
    }

    /// The data of `j`, if this law has them.
    pub fn try_get(&self, j: Jurisdiction) -> Option<&LawData> {
        self.by.get(&j)
    }

    /// The data of `j`. A jurisdiction is only created from a law data file, so every one a
    /// profile names has data (a site's file that failed to load was reported; the built-in
    /// data of another jurisdiction stand in only for that broken build).
    pub fn get(&self, j: Jurisdiction) -> &LawData {
        self.by
            .get(&j)
            .or_else(|| self.by.values().next())
            .expect("the built-in law data are never empty")
    }
}

/// Parses and validates the law data file of jurisdiction `stem` (the file name without
/// `.yaml`, lower case).
fn parse(stem: &str, src: &str) -> Result<LawData, String> {
    let code = stem.to_ascii_uppercase();
    if stem != code.to_ascii_lowercase() {
        return Err(format!(
            "`{stem}.yaml`: a law data file is named by its jurisdiction's code in lower case (`nl.yaml`)"
        ));
    }
    let j = Jurisdiction::register(&code)?;
    let data: LawData = serde_saphyr::from_str(src).map_err(|e| e.to_string())?;
    if data.jurisdiction != j {
        return Err(format!(
            "says `jurisdiction: {}` but is the file of {}",
            data.jurisdiction.code(),
            j.code()
        ));
    }
    data.validate()?;
    Ok(data)
}

fn in_force(from: Option<Date>, until: Option<Date>, on: Date) -> bool {
    from.is_none_or(|f| f <= on) && until.is_none_or(|u| on <= u)
}

impl LawData {
    /// Where a language map of these data has no name for `lang` (nor for the language it
    /// falls back to): the paths, e.g. `statutes.wgbo.name`. A page in `lang` would show
    /// the English name there.
    pub fn names_missing(&self, lang: Lang) -> Vec<String> {
        fn walk(v: &serde_json::Value, path: &str, lang: Lang, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    let is_names = m.contains_key("en")
                        && m.iter()
                            .all(|(k, v)| crate::lang::valid_lang_code(k) && v.is_string());
                    if is_names {
                        if !lang.chain().iter().any(|l| m.contains_key(l.code())) {
                            out.push(path.to_string());
                        }
                        return;
                    }
                    for (k, v) in m {
                        // An authority's sites by language are optional, not names.
                        if k == "websites" {
                            continue;
                        }
                        let p = if path.is_empty() {
                            k.clone()
                        } else {
                            format!("{path}.{k}")
                        };
                        walk(v, &p, lang, out);
                    }
                }
                serde_json::Value::Array(a) => {
                    for (i, v) in a.iter().enumerate() {
                        walk(v, &format!("{path}[{i}]"), lang, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        if let Ok(v) = serde_json::to_value(self) {
            walk(&v, "", lang, &mut out);
        }
        out
    }

    fn validate(&self) -> Result<(), String> {
        for r in &self.retention {
            for s in std::iter::once(&r.statute).chain(&r.also) {
                if !self.statutes.contains_key(s) {
                    return Err(format!("retention rule cites unknown statute `{s}`"));
                }
            }
        }
        let erasure = self.patient_erasure.as_ref().map(|e| &e.statute);
        let complaints = self.patient_complaints.as_ref().map(|e| &e.statute);
        let research = self.research_without_consent.as_ref().map(|e| &e.statute);
        let patient = self.patient_statutes();
        let exchange = self.exchange_statutes();
        for id in [&self.national_id.statute, &self.patient_access.statute]
            .into_iter()
            .chain(erasure)
            .chain(complaints)
            .chain(research)
            .map(String::as_str)
            .chain(patient)
            .chain(exchange)
        {
            if !self.statutes.contains_key(id) {
                return Err(format!("cites unknown statute `{id}`"));
            }
        }
        if self.authority.is_empty() {
            return Err("no supervisory authority".into());
        }
        let appeals = [
            self.patient_access.appeal.as_ref(),
            self.record_changes.as_ref().and_then(|r| r.appeal.as_ref()),
        ];
        for id in appeals.into_iter().flatten() {
            if !self.bodies.contains_key(id) {
                return Err(format!("names unknown body `{id}` as appeal body"));
            }
        }
        let defaults = [
            self.record_changes.as_ref().map(|r| &r.statute),
            self.cookie_consent.as_ref().map(|r| &r.statute),
            self.record_duty.as_ref().map(|r| &r.statute),
            self.digital_consent_age.as_ref().map(|r| &r.statute),
        ];
        for id in defaults.into_iter().flatten() {
            if !self.statutes.contains_key(id) {
                return Err(format!("cites unknown statute `{id}`"));
            }
        }
        self.registers.validate()?;
        self.validate_patient()?;
        self.validate_exchange()?;
        self.validate_cites()
    }

    /// The supervisory authority on `date`.
    pub fn authority_on(&self, date: Date) -> &Authority {
        self.authority
            .iter()
            .filter(|a| in_force(Some(a.valid_from), a.valid_until, date))
            .max_by_key(|a| a.valid_from)
            .unwrap_or_else(|| {
                // Before the earliest entry: the earliest one (a profile dated earlier is
                // judged by the checker, not refused here).
                self.authority
                    .iter()
                    .min_by_key(|a| a.valid_from)
                    .expect("validated non-empty")
            })
    }

    /// The statutory retention rule for a record on `date`.
    pub fn retention_rule(&self, record: Record, date: Date) -> Option<&RetentionRule> {
        self.retention
            .iter()
            .filter(|r| r.record == record && in_force(Some(r.valid_from), r.valid_until, date))
            .max_by_key(|r| r.valid_from)
    }

    pub fn statute(&self, id: &str) -> Option<&Statute> {
        self.statutes.get(id)
    }

    /// Whether a statute is in force on `date`.
    pub fn statute_in_force(&self, id: &str, date: Date) -> bool {
        self.statutes
            .get(id)
            .is_some_and(|s| in_force(s.valid_from, s.valid_until, date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The jurisdictions are the law files (issue 17 item 5): every `src/law/<xx>.yaml` is a
    /// jurisdiction privgen loads, and every jurisdiction it knows has its file.
    #[test]
    fn every_jurisdiction_has_its_law_file_and_every_law_file_is_loaded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/law");
        let files: std::collections::BTreeSet<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter_map(|n| {
                let code = n.strip_suffix(".yaml")?;
                (code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()))
                    .then(|| code.to_ascii_uppercase())
            })
            .collect();
        let law = Law::load().unwrap();
        let loaded: std::collections::BTreeSet<String> = law
            .jurisdictions()
            .iter()
            .map(|j| j.code().to_string())
            .collect();
        assert_eq!(files, loaded);
        for j in law.jurisdictions() {
            assert_eq!(law.get(j).jurisdiction, j);
            assert!(Jurisdiction::all().contains(&j), "{j} is not registered");
        }
    }

    /// A site's own law file replaces the built-in data of its jurisdiction, or adds one;
    /// a broken one is reported and leaves the built-in data in force.
    #[test]
    fn a_site_law_file_overrides_or_adds_and_a_broken_one_is_reported() {
        let law = Law::load().unwrap();
        let be = LAW_FILES.iter().find(|f| f.0 == "be").unwrap().2;
        let changed = be.replacen("calling_code: \"32\"", "calling_code: \"3299\"", 1);
        assert_ne!(changed, be);
        let added = be.replacen("jurisdiction: BE", "jurisdiction: QZ", 1);
        let (site, problems) = law.with_site_files(&[
            ("law/be.yaml".into(), changed),
            ("law/qz.yaml".into(), added),
            ("law/nl.yaml".into(), "jurisdiction: NL\n".into()),
            ("law/Xy.yaml".into(), be.to_string()),
        ]);
        let shown: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(shown, ["law/nl.yaml", "law/Xy.yaml"], "{problems:?}");
        assert_eq!(site.get(Jurisdiction::BE).country.calling_code, "3299");
        assert_eq!(site.site_file(Jurisdiction::BE), Some("law/be.yaml"));
        assert_eq!(site.site_file(Jurisdiction::NL), None);
        let qz = Jurisdiction::parse("QZ").unwrap();
        assert_eq!(site.get(qz).jurisdiction, qz);
        assert_eq!(law.get(Jurisdiction::BE).country.calling_code, "32");
    }

    /// Every language map of the law data names every language privgen ships wording for
    /// (issue 17 item 1): a language is a folder of locales/ and names in the law data.
    #[test]
    fn law_names_cover_every_built_in_language() {
        let law = Law::load().unwrap();
        for j in law.jurisdictions() {
            for lang in Lang::all() {
                let missing = law.get(j).names_missing(lang);
                assert!(missing.is_empty(), "{j} has no {lang} name at {missing:?}");
            }
        }
    }
}
