//! One `Diagnostic` type for every problem the tool reports, whichever stage found it,
//! rendered the same way by `build` and `check`: rustc-style for people, JSON for tools,
//! workflow commands for GitHub Actions.

use serde::Serialize;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable id, e.g. `load/yaml`, `load/unknown-statute`, `i18n/missing-message`.
    pub code: String,
    pub message: String,
    pub file: Option<PathBuf>,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based.
    pub column: Option<usize>,
    /// Field path inside the file, e.g. `retention[2].period`.
    pub field: Option<String>,
    pub help: Option<String>,
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
        }
    }
    pub fn warning(code: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
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
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col`, as far as known.
    pub fn location(&self) -> Option<String> {
        let f = self.file.as_ref()?.display().to_string();
        Some(match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{f}:{l}:{c}"),
            (Some(l), None) => format!("{f}:{l}"),
            _ => f,
        })
    }

    /// rustc-style text, with the offending source line and a caret when `source` is given.
    pub fn render_human(&self, source: Option<&str>) -> String {
        let mut out = String::new();
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{sev}[{}]: {}", self.code, self.message);
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
        out
    }

    /// A GitHub Actions workflow command (`::error file=…,line=…::message`).
    pub fn render_github(&self) -> String {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = Vec::new();
        if let Some(f) = &self.file {
            props.push(format!("file={}", gh_prop(&f.display().to_string())));
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
