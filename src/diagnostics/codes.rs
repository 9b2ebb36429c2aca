//! What each diagnostic code that is not a check rule means, for `privgen explain CODE`:
//! load, wording, theme, build and command problems (`codes.yaml`, embedded). Check rules
//! are explained from their own catalogue (`check::catalogue`).

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One code's entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub summary: String,
    pub means: String,
    pub fix: String,
    #[serde(default)]
    pub bad: Option<String>,
    #[serde(default)]
    pub good: Option<String>,
}

const SOURCE: &str = include_str!("codes.yaml");

/// Every code with an entry, by code.
pub fn all() -> &'static BTreeMap<String, Code> {
    static CODES: OnceLock<BTreeMap<String, Code>> = OnceLock::new();
    // The file is part of the binary and proven to parse by a test below.
    CODES.get_or_init(|| serde_saphyr::from_str(SOURCE).unwrap_or_default())
}

/// The entry of `code`, if it has one.
pub fn get(code: &str) -> Option<&'static Code> {
    all().get(code)
}

/// The text `privgen explain CODE` prints.
pub fn explain(code: &str, c: &Code) -> String {
    let mut out = format!(
        "{code}: {}\n\nWhat it means\n{}\nWhat to do\n{}",
        c.summary,
        wrap(&c.means),
        wrap(&c.fix)
    );
    if let Some(bad) = &c.bad {
        out.push_str("\nInstead of\n");
        for l in bad.lines() {
            out.push_str(&format!("  {l}\n"));
        }
    }
    if let Some(good) = &c.good {
        out.push_str("\nwrite\n");
        for l in good.lines() {
            out.push_str(&format!("  {l}\n"));
        }
    }
    out
}

/// `text` in lines of at most 88 characters, indented by two spaces.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 86 {
            out.push_str(&format!("  {line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_file_parses() {
        let parsed: Result<BTreeMap<String, Code>, _> = serde_saphyr::from_str(SOURCE);
        let parsed = parsed.unwrap();
        assert!(parsed.len() > 40);
        assert_eq!(all().len(), parsed.len());
    }

    /// Every code the program can report has an entry: each string literal of the form
    /// `"area/name"` passed to `Diagnostic::error/warning/info`, or printed as `error[…]`.
    #[test]
    fn every_reported_code_has_an_entry() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(&root) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            // Test modules use made-up codes.
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            let mut codes = Vec::new();
            for ctor in [
                "Diagnostic::error(",
                "Diagnostic::warning(",
                "Diagnostic::info(",
            ] {
                for (at, _) in text.match_indices(ctor) {
                    let rest = text[at + ctor.len()..].trim_start();
                    if let Some(lit) = rest.strip_prefix('"') {
                        codes.push(lit.split('"').next().unwrap_or_default().to_string());
                    }
                }
            }
            for (at, _) in text.match_indices("error[") {
                let rest = &text[at + 6..];
                let code = rest.split(']').next().unwrap_or_default();
                if code.contains('/') && !code.contains(['{', ' ']) {
                    codes.push(code.to_string());
                }
            }
            for code in codes {
                let rule = crate::check::catalogue::catalogue()
                    .unwrap()
                    .get(&code)
                    .is_some();
                if code.contains('/') && !rule && get(&code).is_none() {
                    missing.push(format!("{code} ({})", entry.path().display()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "codes without an entry in codes.yaml: {missing:#?}"
        );
    }

    #[test]
    fn load_yaml_is_explained_with_an_example() {
        let c = get("load/yaml").unwrap();
        let text = explain("load/yaml", c);
        assert!(text.contains("What to do"));
        assert!(text.contains("languages: [nl, en]"));
        assert!(
            text.lines().skip(1).all(|l| l.chars().count() <= 90),
            "{text}"
        );
    }
}
