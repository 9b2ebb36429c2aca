//! The `privgen audit` subcommand: its arguments (a clap `Args` struct the CLI embeds) and
//! its run, printing in the format of `--format` and returning the exit code (0: every
//! applicable item present and no error-level wording; 1: findings; 2: usage or I/O).

use crate::audit::{audit_file, draft, report, Options, Report};
use crate::diagnostics::{self, Diagnostic};
use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;
use std::io::Write;
use std::path::PathBuf;

/// `privgen audit FILE… [--lang L] [--jurisdiction J] [--draft-profile OUT.yaml]`
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Statements to audit: plain text, Markdown or HTML.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Language of the statements, a language of the locales (e.g. nl, nl-BE, nb, en, fr,
    /// fr-BE); detected when not given.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Jurisdiction, a code of the built-in law data (e.g. NL, NO, BE); detected when not
    /// given.
    #[arg(long, value_name = "J")]
    pub jurisdiction: Option<String>,
    /// Write a starting profile with what the statement states (one FILE only).
    #[arg(long, value_name = "OUT.yaml")]
    pub draft_profile: Option<PathBuf>,
}

/// Runs the audit. `format` is `human`, `json`, `github` or `sarif`.
pub fn run(a: &Args, format: &str, quiet: bool) -> i32 {
    let lang = match a.lang.as_deref().map(|s| (s, Lang::parse(s))) {
        None => None,
        Some((_, Some(l))) => Some(l),
        Some((s, None)) => {
            eprintln!(
                "error: unknown language `{s}`, expected one of {}",
                Lang::expected()
            );
            return crate::cli::EXIT_USAGE;
        }
    };
    let jurisdiction = match a.jurisdiction.as_deref() {
        None => None,
        Some(s) => match Jurisdiction::parse(s) {
            Some(j) => Some(j),
            None => {
                eprintln!(
                    "error: unknown jurisdiction `{s}`, expected one of {}",
                    Jurisdiction::expected()
                );
                return crate::cli::EXIT_USAGE;
            }
        },
    };
    if a.draft_profile.is_some() && a.files.len() != 1 {
        eprintln!("error: --draft-profile takes exactly one FILE");
        return crate::cli::EXIT_USAGE;
    }
    let opts = Options { lang, jurisdiction };
    let mut reports: Vec<Report> = Vec::new();
    let mut errors: Vec<Diagnostic> = Vec::new();
    for f in &a.files {
        match audit_file(f, opts) {
            Ok(r) => reports.push(r),
            Err(d) => errors.push(d),
        }
    }
    let mut diags = errors.clone();
    for r in &reports {
        diags.extend(report::diagnostics(r));
    }
    diagnostics::sort(&mut diags);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        "json" => {
            let doc = report::json(&reports, &errors);
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            );
        }
        "github" => {
            for d in &diags {
                let _ = writeln!(out, "{}", d.render_github());
            }
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let _ = diagnostics::github::append_summary(std::path::Path::new(&path), &diags);
            }
        }
        "sarif" => {
            let log = diagnostics::sarif::log(&diags, &report::meta, env!("CARGO_PKG_VERSION"));
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&log).unwrap_or_default()
            );
        }
        _ => {
            let stderr = std::io::stderr();
            let mut err = stderr.lock();
            for d in &errors {
                let _ = write!(err, "{}", d.render_human(None));
            }
            for r in &reports {
                let _ = writeln!(out, "{}", report::human(r));
            }
        }
    }
    if let (Some(path), Some(r)) = (&a.draft_profile, reports.first()) {
        let y = draft::draft(r);
        if let Err(e) = std::fs::write(path, y) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return crate::cli::EXIT_USAGE;
        }
        if !quiet && format == "human" {
            eprintln!(
                "wrote a draft profile to {} (complete every `# TODO`)",
                path.display()
            );
        }
    }
    if !errors.is_empty() {
        return crate::cli::EXIT_USAGE;
    }
    if diags.iter().any(Diagnostic::is_error) {
        crate::cli::EXIT_FINDINGS
    } else {
        crate::cli::EXIT_OK
    }
}
