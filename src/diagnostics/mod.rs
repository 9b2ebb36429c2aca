//! One `Diagnostic` type for every problem the tool reports, whichever stage found it,
//! rendered the same way by `build`, `check` and `serve`: rustc-style for people
//! ([`Diagnostic::render_human`]), JSON for tools, workflow commands plus a job summary for
//! GitHub Actions ([`github`]), and SARIF 2.1.0 for code-scanning tools ([`sarif`]).
//!
//! A diagnostic may carry the legal `citation` of the rule that raised it, and, when the
//! profile allows the rule with a written reason, that reason (`allowed`): an allowed finding
//! is still reported, but never fails a build.

pub mod codes;
pub mod github;
pub mod sarif;

use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Most diagnostics a report shows (and `--format json`/`sarif` holds); the rest are
/// counted in one closing line. A hostile wording file can otherwise yield millions of
/// findings and a report of gigabytes.
pub const MAX_SHOWN: usize = 5_000;

/// A file name as every output format shows it: lossy UTF-8 (a byte that is not UTF-8
/// becomes U+FFFD), with control characters, bidirectional controls and line separators
/// written as escapes (`\u{1b}`), so a file name cannot clear a terminal, forge a line of
/// the report or reorder the text around it.
pub fn shown_path(p: &Path) -> String {
    escape_name(&p.to_string_lossy())
}

/// `s` with the characters a file name may not show raw written as `\u{…}` escapes.
pub fn escape_name(s: &str) -> String {
    if !s.chars().any(unsafe_in_name) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_in_name(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Control characters (C0, DEL, C1), bidirectional embedding/override/isolate controls and
/// marks, line and paragraph separators, and non-characters.
pub fn unsafe_in_name(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FFFE}'
                | '\u{FFFF}'
        )
}

fn serialize_file<S: serde::Serializer>(f: &Option<PathBuf>, s: S) -> Result<S::Ok, S::Error> {
    match f {
        Some(p) => s.serialize_some(&shown_path(p)),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input is wrong: the build stops.
    Error,
    /// Likely wrong or outdated: reported; fails only with `--deny warnings`.
    Warning,
    /// Style and plain language: reported, never fails.
    Info,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable id, e.g. `load/yaml`, `load/unknown-statute`, `i18n/missing-message`.
    pub code: String,
    pub message: String,
    /// Serialised through [`shown_path`]: a name that is not UTF-8 cannot fail (or panic)
    /// the JSON report, and control characters are escaped.
    #[serde(serialize_with = "serialize_file")]
    pub file: Option<PathBuf>,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based.
    pub column: Option<usize>,
    /// Field path inside the file, e.g. `retention[2].period`.
    pub field: Option<String>,
    pub help: Option<String>,
    /// The legal source of the rule (article and paragraph, or guideline and paragraph).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// The profile allows this finding, for this written reason: shown, never failing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: code.to_string(),
            message: message.into(),
            file: None,
            line: None,
            column: None,
            field: None,
            help: None,
            citation: None,
            allowed: None,
        }
    }
    pub fn warning(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn info(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Info,
            ..Diagnostic::error(code, message)
        }
    }
    pub fn file(mut self, f: impl Into<PathBuf>) -> Self {
        self.file = Some(f.into());
        self
    }
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
    pub fn field(mut self, f: impl Into<String>) -> Self {
        let f = f.into();
        if !f.is_empty() && f != "." {
            self.field = Some(f);
        }
        self
    }
    pub fn help(mut self, h: impl Into<String>) -> Self {
        self.help = Some(h.into());
        self
    }
    pub fn citation(mut self, c: impl Into<String>) -> Self {
        self.citation = Some(c.into());
        self
    }
    pub fn with_severity(mut self, s: Severity) -> Self {
        self.severity = s;
        self
    }
    /// An error that was not allowed by the profile: the build stops on it.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error && self.allowed.is_none()
    }
    /// A warning that was not allowed by the profile (`--deny warnings` fails on it).
    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning && self.allowed.is_none()
    }
    /// The label shown before the code: the severity, or `allowed` when the profile allows it.
    pub fn label(&self) -> &'static str {
        if self.allowed.is_some() {
            "allowed"
        } else {
            self.severity.key()
        }
    }

    /// `file:line:col`, as far as known.
    pub fn location(&self) -> Option<String> {
        let f = shown_path(self.file.as_ref()?);
        Some(match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{f}:{l}:{c}"),
            (Some(l), None) => format!("{f}:{l}"),
            _ => f,
        })
    }

    /// [`Diagnostic::render_human`] with the snippet from the source of its file, when
    /// `sources` (shown path → text) holds it.
    pub fn render_from(
        &self,
        sources: &std::collections::BTreeMap<std::path::PathBuf, String>,
    ) -> String {
        let src = self
            .file
            .as_ref()
            .and_then(|f| sources.get(f))
            .map(String::as_str);
        self.render_human(src)
    }

    /// rustc-style text, with the offending source line and a caret when `source` is given.
    pub fn render_human(&self, source: Option<&str>) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}[{}]: {}", self.label(), self.code, self.message);
        if let Some(loc) = self.location() {
            let _ = writeln!(out, "  --> {loc}");
        }
        if let Some(field) = &self.field {
            let _ = writeln!(out, "   = field: {field}");
        }
        if let (Some(src), Some(line)) = (source, self.line) {
            if let Some(text) = src.lines().nth(line.saturating_sub(1)) {
                let num = line.to_string();
                let pad = " ".repeat(num.len());
                let _ = writeln!(out, "{pad} |");
                let _ = writeln!(
                    out,
                    "{num} | {}",
                    text.chars().take(200).collect::<String>()
                );
                let col = self.column.unwrap_or(1).saturating_sub(1);
                let _ = writeln!(out, "{pad} | {}^", " ".repeat(col.min(200)));
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "   = help: {help}");
        }
        if let Some(c) = &self.citation {
            let _ = writeln!(out, "   = citation: {c}");
        }
        if let Some(r) = &self.allowed {
            let _ = writeln!(out, "   = allowed by the profile: {r}");
        }
        out
    }

    /// A GitHub Actions workflow command (`::error file=…,line=…::message`).
    pub fn render_github(&self) -> String {
        let kind = match (self.severity, &self.allowed) {
            (_, Some(_)) | (Severity::Info, None) => "notice",
            (Severity::Error, None) => "error",
            (Severity::Warning, None) => "warning",
        };
        let mut props = Vec::new();
        if let Some(f) = &self.file {
            props.push(format!("file={}", gh_prop(&shown_path(f))));
        }
        if let Some(l) = self.line {
            props.push(format!("line={l}"));
        }
        if let Some(c) = self.column {
            props.push(format!("col={c}"));
        }
        props.push(format!("title={}", gh_prop(&self.code)));
        let mut msg = self.message.clone();
        if let Some(field) = &self.field {
            msg.push_str(&format!(" (field {field})"));
        }
        if let Some(h) = &self.help {
            msg.push_str(&format!("\nhelp: {h}"));
        }
        if let Some(c) = &self.citation {
            msg.push_str(&format!("\ncitation: {c}"));
        }
        if let Some(r) = &self.allowed {
            msg.push_str(&format!("\nallowed by the profile: {r}"));
        }
        format!("::{kind} {}::{}", props.join(","), gh_data(&msg))
    }
}

fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_prop(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Counts of (errors, warnings, infos, allowed) among `diags`.
pub fn counts(diags: &[Diagnostic]) -> (usize, usize, usize, usize) {
    let mut c = (0, 0, 0, 0);
    for d in diags {
        match (d.severity, &d.allowed) {
            (_, Some(_)) => c.3 += 1,
            (Severity::Error, None) => c.0 += 1,
            (Severity::Warning, None) => c.1 += 1,
            (Severity::Info, None) => c.2 += 1,
        }
    }
    c
}

/// Cuts `diags` (sorted) to at most `max`, keeping errors before warnings before the rest
/// and the sorted order within each; returns how many were dropped.
pub fn cap(diags: &mut Vec<Diagnostic>, max: usize) -> usize {
    if diags.len() <= max {
        return 0;
    }
    let dropped = diags.len() - max;
    let rank = |d: &Diagnostic| match (d.severity, &d.allowed) {
        (Severity::Error, None) => 0,
        (Severity::Warning, None) => 1,
        _ => 2,
    };
    diags.sort_by_key(rank);
    diags.truncate(max);
    sort(diags);
    dropped
}

/// Sorts diagnostics by file, line, column and code, for deterministic output.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.code, &a.message)
            .cmp(&(&b.file, b.line, b.column, &b.code, &b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_rendering_points_at_the_column() {
        let d = Diagnostic::error("load/yaml", "invalid period")
            .file("content/x.yaml")
            .at(2, 11)
            .field("retention[0].period")
            .help("write `20 years`");
        let out = d.render_human(Some("id: x\nperiod:   twenty\n"));
        assert!(out.contains("--> content/x.yaml:2:11"), "{out}");
        assert!(out.contains("2 | period:   twenty"), "{out}");
        assert!(out.contains("  |           ^"), "{out}");
        assert!(out.contains("field: retention[0].period"));
    }

    #[test]
    fn file_names_are_lossy_and_escaped_in_every_format() {
        use std::os::unix::ffi::OsStrExt;
        let bad = Path::new(std::ffi::OsStr::from_bytes(
            b"content/\xff\x1b[2J\xe2\x80\xaex.yaml",
        ));
        let d = Diagnostic::error("load/x", "m").file(bad).at(1, 1);
        let shown = "content/\u{fffd}\\u{1b}[2J\\u{202e}x.yaml";
        assert_eq!(shown_path(bad), shown);
        assert_eq!(d.location().unwrap(), format!("{shown}:1:1"));
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["file"], shown);
        assert!(!d.render_github().contains('\u{1b}'));
        assert!(!d.render_human(None).contains('\u{202e}'));
        let line = Diagnostic::error("x", "m").file("a\nerror: forged.yaml");
        assert!(!line.render_human(None).contains("\nerror: forged"));
    }

    #[test]
    fn a_capped_report_keeps_the_errors() {
        let mut v: Vec<Diagnostic> = (0..10)
            .map(|i| Diagnostic::warning("w", format!("{i}")).file("a").at(i, 1))
            .collect();
        v.push(Diagnostic::error("e", "late").file("z").at(99, 1));
        sort(&mut v);
        assert_eq!(cap(&mut v, 3), 8);
        assert_eq!(v.len(), 3);
        assert!(v.iter().any(|d| d.code == "e"));
        assert_eq!(cap(&mut v, 3), 0);
    }

    #[test]
    fn github_annotations_escape_properties() {
        let d = Diagnostic::error("a:b", "50% wrong\nnext")
            .file("c,d.yaml")
            .at(1, 2);
        assert_eq!(
            d.render_github(),
            "::error file=c%2Cd.yaml,line=1,col=2,title=a%3Ab::50%25 wrong%0Anext"
        );
    }
}
