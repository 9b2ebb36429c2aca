//! Command-line interface: flags are parsed into raw values, then resolved against
//! `privgen.toml` into one [`Settings`] value (flags > environment > config).

use crate::diagnostics::{self, Diagnostic};
use crate::law::Law;
use crate::load::text::Lang;
use crate::site;
use clap::{Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Exit codes.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "privgen",
    version,
    about = "Turns YAML profiles of healthcare providers into complete, multilingual GDPR privacy statements",
    long_about = "Turns YAML profiles of healthcare providers (content/*.yaml) into complete GDPR privacy \
statements in Dutch, Flemish Dutch, Norwegian Bokmål and English, as a static site.\n\n\
Exit codes: 0 success; 1 the input has errors (each reported with file, line, column and field); \
2 usage or I/O problem."
)]
pub struct Cli {
    /// Site folder holding privgen.toml, content/, locales/ and themes/.
    #[arg(
        short = 'C',
        long = "root",
        global = true,
        default_value = ".",
        env = "PRIVGEN_ROOT"
    )]
    pub root: PathBuf,
    /// Diagnostic format: human (rustc-style), json, or github (workflow annotations).
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Print nothing but diagnostics.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check every profile, then write the site (default folder: public/).
    Build {
        /// Output folder (default: `output_dir` of privgen.toml, else `public`).
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Build only this language (repeatable); any profile can be built in any language.
        #[arg(long = "lang", value_name = "L")]
        langs: Vec<String>,
        /// Build only the profile with this id (repeatable).
        #[arg(long = "only", value_name = "ID")]
        only: Vec<String>,
        /// Absolute URL the site is served from (for hreflang, canonical and sitemap links).
        #[arg(long, env = "PRIVGEN_BASE_URL")]
        base_url: Option<String>,
        /// Replace the output folder even if privgen did not create it (it has no
        /// `.privgen-output` marker). Host files (CNAME, .well-known/, …) are still kept; the
        /// site folder itself is never replaced.
        #[arg(long)]
        force: bool,
    },
    /// Load and validate every profile and render it in memory; write nothing.
    Check {
        /// Check only this language (repeatable).
        #[arg(long = "lang", value_name = "L")]
        langs: Vec<String>,
        /// Check only the profile with this id (repeatable).
        #[arg(long = "only", value_name = "ID")]
        only: Vec<String>,
    },
}

/// Runs the CLI and returns the exit code.
pub fn main_with_args<I: IntoIterator<Item = OsString>>(args: I) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    run(cli)
}

fn parse_langs(raw: &[String]) -> Result<Vec<Lang>, String> {
    raw.iter()
        .flat_map(|s| s.split(','))
        .map(|s| {
            Lang::parse(s.trim()).ok_or_else(|| {
                format!(
                    "unknown language `{s}`, expected one of {}",
                    Lang::expected()
                )
            })
        })
        .collect()
}

fn run(cli: Cli) -> i32 {
    let law = match Law::load() {
        Ok(l) => l,
        Err(e) => {
            eprintln!("internal error: {e}");
            return EXIT_USAGE;
        }
    };
    let (langs, only, out, base_url, write) = match &cli.command {
        Command::Build {
            out,
            langs,
            only,
            base_url,
            ..
        } => (langs, only, out.clone(), base_url.clone(), true),
        Command::Check { langs, only } => (langs, only, None, None, false),
    };
    let langs = match parse_langs(langs) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let opts = site::Options {
        langs,
        only: only.clone(),
        base_url,
    };
    let started = std::time::Instant::now();
    let result = site::build(&cli.root, &law, &opts);
    report(&cli, &result.diagnostics, &result.sources);
    if result.diagnostics.iter().any(Diagnostic::is_error) {
        return EXIT_FINDINGS;
    }
    let Some(tree) = result.tree else {
        return EXIT_FINDINGS;
    };
    if !write {
        if !cli.quiet && cli.format == Format::Human {
            eprintln!(
                "checked {} profile(s), {} page(s): no errors",
                result.profiles,
                tree.pages()
            );
        }
        return EXIT_OK;
    }
    let config_out = result.config.output_dir.clone();
    let out = out
        .or_else(|| config_out.map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("public"));
    let out = if out.is_absolute() {
        out
    } else {
        cli.root.join(out)
    };
    let write_opts = crate::output::WriteOptions {
        force: matches!(cli.command, Command::Build { force: true, .. }),
        protect: vec![cli.root.clone()],
    };
    match crate::output::write(&tree, &out, &write_opts) {
        Ok(()) => {
            if !cli.quiet && cli.format == Format::Human {
                eprintln!(
                    "built {} profile(s), {} file(s) into {} in {:.0} ms",
                    result.profiles,
                    tree.len(),
                    out.display(),
                    started.elapsed().as_secs_f64() * 1000.0
                );
            }
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error[output/io]: {e}");
            EXIT_USAGE
        }
    }
}

fn report(cli: &Cli, diags: &[Diagnostic], sources: &std::collections::BTreeMap<PathBuf, String>) {
    let mut diags = diags.to_vec();
    diagnostics::sort(&mut diags);
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    match cli.format {
        Format::Human => {
            for d in &diags {
                let src = d
                    .file
                    .as_ref()
                    .and_then(|f| sources.get(f))
                    .map(String::as_str);
                let _ = write!(err, "{}", d.render_human(src));
            }
            let errors = diags.iter().filter(|d| d.is_error()).count();
            if errors > 0 {
                let _ = writeln!(err, "error: {errors} error(s) found; nothing was written");
            }
        }
        Format::Github => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for d in &diags {
                let _ = writeln!(out, "{}", d.render_github());
            }
        }
        Format::Json => {
            let doc = serde_json::json!({ "version": 1, "diagnostics": diags });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
    }
}
