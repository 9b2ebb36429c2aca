//! `privgen audit`: read an existing, hand-written privacy statement (plain text, Markdown
//! or HTML) and report, per GDPR Art. 13 item (and the Art. 14 items when the text says data
//! come from others), whether it is present, partial or missing, with the sentence and line
//! that state it or the reason it counts as missing; then every outdated, wrong or vague
//! phrase the lint catalogue of `privgen check` knows.
//!
//! Detection is data ([`lexicon`]: `src/audit/lexicon/*.yaml`), deterministic, with no
//! network and no model. Omissions are found structurally: each item is a set of facets the
//! text must state, and a missing facet is reported with the item's reason.
//!
//! - [`text`]: bytes → logical lines (HTML and Markdown stripped, source lines kept) →
//!   sentences, under size limits;
//! - [`detect`]: language, jurisdiction, facets, verdicts;
//! - [`wording`]: the lint catalogue over paragraphs;
//! - [`draft`]: a starting profile from what the text states (`--draft-profile`);
//! - [`report`]: human, JSON, GitHub and SARIF output.

pub mod dated;
pub mod detect;
pub mod draft;
pub mod items;
pub mod lexicon;
pub mod report;
pub mod sentences;
pub mod text;
pub mod wording;

use crate::diagnostics::Diagnostic;
use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;
use detect::{Decided, ItemResult, Verdict};
use serde::Serialize;
use std::path::{Path, PathBuf};
use wording::WordingFinding;

/// What the command line fixes; everything else is detected.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub lang: Option<Lang>,
    pub jurisdiction: Option<Jurisdiction>,
}

/// The built-in law data, read once (the audit judges a text by them).
fn law() -> &'static crate::law::Law {
    static LAW: std::sync::OnceLock<crate::law::Law> = std::sync::OnceLock::new();
    LAW.get_or_init(|| crate::law::Law::load().expect("the built-in law data load (tested)"))
}

/// The jurisdiction a regional language tag names (`nl-BE` → BE), if it has law data.
fn region_jurisdiction(lang: Lang) -> Option<Jurisdiction> {
    let (_, region) = lang.code().split_once('-')?;
    Jurisdiction::parse(region).filter(|j| law().try_get(*j).is_some())
}

/// The audit of one statement.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub file: PathBuf,
    pub format: text::Format,
    /// A non-UTF-8 encoding that was assumed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    pub language: Decided<Lang>,
    pub jurisdiction: Decided<Jurisdiction>,
    /// The date the statement gives itself ("Laatst bijgewerkt: …"), with its line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dated: Option<dated::Dated>,
    /// The text says data come from others: the Art. 14 items apply.
    pub indirect: bool,
    pub items: Vec<ItemResult>,
    pub wording: Vec<WordingFinding>,
    /// Limits reached and other remarks.
    pub notes: Vec<String>,
    #[serde(skip)]
    pub doc: text::Doc,
    #[serde(skip)]
    pub source: String,
}

impl Report {
    pub fn item(&self, id: &str) -> Option<&ItemResult> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Counts of (present, partial, missing, not applicable).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let n = |v: Verdict| self.items.iter().filter(|i| i.verdict == v).count();
        (
            n(Verdict::Present),
            n(Verdict::Partial),
            n(Verdict::Missing),
            n(Verdict::NotApplicable),
        )
    }
}

/// Audits a statement held in memory. `file` is the name shown in the report.
pub fn audit_text(
    file: &Path,
    source: String,
    format: text::Format,
    opts: Options,
) -> Result<Report, String> {
    let lex = lexicon::lexicon()?;
    let doc = text::sentences(&text::lines(&source, format));
    let mut notes = Vec::new();
    if doc.skipped > 0 {
        notes.push(format!(
            "only the first {} sentences were read; {} more were skipped",
            text::MAX_SENTENCES,
            doc.skipped
        ));
    }
    let (code, detected_lang) = match opts.lang {
        Some(given) => (lex.for_lang(given)?.code.as_str(), None),
        None => {
            let d = detect::language(&doc, lex);
            (d.value, Some(d))
        }
    };
    let l = lex.lang(code)?;
    // `foreign`: the text shows the markers of a country without law data (France) and of no
    // jurisdiction: it is read with the assumed jurisdiction, but no national rule judges it.
    let (jurisdiction, foreign) = match (opts.jurisdiction, opts.lang) {
        (Some(j), _) => {
            let d = Decided {
                value: j,
                detected: false,
                reason: "given (--jurisdiction)".into(),
                tie: Vec::new(),
            };
            (d, None)
        }
        // A regional variant names its country (`nl-BE`: Belgium), when it has law data.
        (None, Some(given)) if region_jurisdiction(given).is_some() => {
            let d = Decided {
                value: region_jurisdiction(given).unwrap_or(Jurisdiction::NL),
                detected: false,
                reason: format!("from --lang {given}"),
                tie: Vec::new(),
            };
            (d, None)
        }
        (None, _) => detect::jurisdiction(&doc, l, law()),
    };
    let national = foreign.is_none().then_some(jurisdiction.value);
    let lang = match opts.lang {
        Some(x) => Decided {
            value: x,
            detected: false,
            reason: "given (--lang)".into(),
            tie: Vec::new(),
        },
        None => {
            let shown = |c: &str| match national {
                Some(j) => detect::report_lang(c, j, law()),
                None => Lang::parse(c).unwrap_or(Lang::En),
            };
            let (reason, tie) = detected_lang.map(|d| (d.reason, d.tie)).unwrap_or_default();
            if !tie.is_empty() {
                notes.push(format!(
                    "the language is undecided: as many common words of {} were counted; the text is read as {}; give --lang to choose",
                    tie.join(" and "),
                    code
                ));
            }
            Decided {
                value: shown(code),
                detected: true,
                reason,
                tie: tie.iter().map(|c| shown(c)).collect(),
            }
        }
    };
    if doc.sentences.len() < 5 {
        notes.push(format!(
            "the text has only {} sentence(s); is this the whole statement?",
            doc.sentences.len()
        ));
    }
    let found = detect::facets(&doc, lex, l);
    let (indirect, items) = detect::items(lex, &found);
    let mut wording = match wording::run(&doc, lang.value, national) {
        Ok(w) => w,
        Err(e) => {
            notes.push(format!("the wording catalogue could not be read: {e}"));
            Vec::new()
        }
    };
    if format == text::Format::Text {
        wording::columns(&mut wording, &source);
    }
    let dated = dated::text_date(&doc, l, lex);
    match dated::since() {
        Ok(since) => wording::judge_dates(&mut wording, dated, since),
        Err(e) => notes.push(format!(
            "the dates of the wording rules could not be read: {e}"
        )),
    }
    Ok(Report {
        file: file.to_path_buf(),
        format,
        encoding: None,
        language: lang,
        jurisdiction,
        dated,
        indirect,
        items,
        wording,
        notes,
        doc,
        source,
    })
}

/// Reads and audits one file. Problems reading it are returned as a diagnostic.
pub fn audit_file(path: &Path, opts: Options) -> Result<Report, Diagnostic> {
    let (src, enc) = text::read(path).map_err(|e| {
        let code = match e {
            text::ReadError::TooLarge(_) => "audit/too-large",
            text::ReadError::Binary => "audit/binary",
            text::ReadError::Empty => "audit/empty",
            text::ReadError::Io(_) => "audit/io",
        };
        Diagnostic::error(code, format!("{} {e}", path.display())).file(path)
    })?;
    let format = text::detect_format(path, &src);
    let mut r = audit_text(path, src, format, opts)
        .map_err(|e| Diagnostic::error("internal/lexicon", e).file(path))?;
    if let Some(e) = enc {
        r.encoding = Some(e.to_string());
        r.notes
            .push(format!("the file is not UTF-8; it was read as {e}"));
    }
    Ok(r)
}
