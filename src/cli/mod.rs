//! Command-line interface: flags are parsed into raw values, then resolved against
//! `privgen.toml` into one [`Settings`] value (flags > environment > config).

pub mod audit;
pub mod diff;
mod jurisdiction;
#[cfg(feature = "serve")]
pub mod serve;

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
Exit codes: 0 success; 1 the input has errors (each reported with file, line, column and field; \
also a site folder without content/ or without any profile); 2 usage or I/O problem."
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
    /// Diagnostic format: human (rustc-style), json, github (workflow annotations plus a
    /// summary in $GITHUB_STEP_SUMMARY), or sarif (SARIF 2.1.0 for code scanning); for
    /// diff: human, json or markdown (a pull-request comment).
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Print nothing but diagnostics.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Fail (exit 1, write nothing) on findings of this level too: `--deny warnings`.
    #[arg(long, global = true, value_enum, value_name = "LEVEL")]
    pub deny: Vec<Deny>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
    Sarif,
    /// Markdown (for `diff`: a pull-request comment); other commands print human output.
    Markdown,
}

/// Levels `--deny` can make fail.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
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
        /// Build only the profile with this id (repeatable). Every other clinic keeps its
        /// pages and archive from the previous output, unchanged and still listed in the
        /// index and sitemap; a clinic not in the previous output stays unpublished.
        #[arg(long = "only", value_name = "ID")]
        only: Vec<String>,
        /// Absolute URL the site is served from (for hreflang, canonical and sitemap links).
        #[arg(long, env = "PRIVGEN_BASE_URL")]
        base_url: Option<String>,
        /// Also render profiles marked `draft: true`, each page under a "draft, not for
        /// publication" banner (a preview build; without it drafts are checked, not published).
        #[arg(long)]
        drafts: bool,
        /// Publish minified HTML pages (whitespace and comments out; text, tags and links as
        /// they are), as `minify = true` in privgen.toml does for every build.
        #[arg(long)]
        minify: bool,
        /// Replace the output folder even if privgen did not create it (it has no
        /// `.privgen-output` marker). Host files (CNAME, .well-known/, …) are still kept. Never
        /// replaced, even so: the site folder, the home folder, `/` or a folder holding them;
        /// content/, locales/, themes/, .git or anything inside them.
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
    /// Audit hand-written privacy statements (text, Markdown, HTML): which GDPR items are
    /// present, partial or missing, and which phrases are outdated or vague (docs/audit.md).
    Audit(crate::cli::audit::Args),
    /// Explain a check rule (rationale, citation, a bad and a good example) or any other
    /// code privgen prints, e.g. load/yaml. Without one, list every rule and code.
    Explain {
        /// A rule id or code as `privgen check` prints it, e.g. gdpr/art13-1b-dpo-contact
        /// or load/yaml.
        rule: Option<String>,
    },
    /// Create a starter site: privgen.toml, a commented example profile for the country,
    /// the wording and theme, the profile's JSON Schema, a .gitignore and a GitHub Actions
    /// workflow. Never overwrites a file.
    Init {
        /// Folder to create the site in (default: the -C folder, `.`); created if missing.
        dir: Option<PathBuf>,
        /// Country of the example profile: a jurisdiction with law data (one per
        /// src/law/<code>.yaml; `privgen law CODE` prints its data).
        #[arg(short, long, value_name = "CODE", value_parser = jurisdiction::JurisdictionParser)]
        jurisdiction: crate::load::profile::Jurisdiction,
        /// Languages of the example profile, the first authoritative (comma-separated or
        /// repeated; default nl,en for NL, nb,en for NO, nl-BE,en for BE).
        #[arg(long = "lang", value_name = "L")]
        langs: Vec<String>,
        /// The git repository the CI workflow installs privgen from (privgen is not on
        /// crates.io), e.g. https://github.com/<owner>/privgen. Without it the workflow
        /// stops at its first step asking for it.
        #[arg(long, value_name = "URL")]
        privgen_git: Option<String>,
        /// The commit or tag of that repository the workflow installs (pinned, so an
        /// upgrade is a reviewed change).
        #[arg(long, value_name = "REV")]
        privgen_rev: Option<String>,
    },
    /// Print the draft-07 JSON Schema of the profile format, for editors (docs/editor.md).
    Schema {
        /// Write it to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print the built-in law data of a jurisdiction (its src/law/<code>.yaml), to save as
    /// the site's law/<code>.yaml and correct there: a site's own law data replace the
    /// built-in data of their jurisdiction, or add one (docs/law.md).
    Law {
        /// The jurisdiction, e.g. BE.
        #[arg(value_parser = jurisdiction::JurisdictionParser)]
        jurisdiction: crate::load::profile::Jurisdiction,
    },
    /// Print a shell completion script (bash, elvish, fish, powershell, zsh).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Every change a new version of a profile makes for the reader, in plain words per
    /// language, with what it was and is now; free text sentence by sentence. Each change is
    /// substantive (announce actively in advance: more processing or a weaker position for
    /// the patient, reworded free text, anything not foreseen) or editorial (a typo fix, a
    /// longer retention period, a new route, something dropped); docs/diff.md has the table.
    /// Outside a site (no locales/), the built-in wording is used.
    /// Exit 0: no substantive change; 1: at least one; 2: error.
    Diff {
        /// The earlier version of the profile.
        old: Option<PathBuf>,
        /// The new version of the profile.
        new: Option<PathBuf>,
        /// Compare every profile in content/ with its version at this git revision.
        #[arg(long, value_name = "REV", conflicts_with_all = ["old", "new"])]
        git: Option<String>,
        /// Describe the changes in this language (repeatable; default: the profile's).
        #[arg(long = "lang", value_name = "L")]
        langs: Vec<String>,
        /// Print a `changes:` entry for this version, to paste into the profile.
        #[arg(long, value_name = "VERSION")]
        changelog: Option<String>,
    },
    /// Print the man page (roff), or write privgen.1 and one page per subcommand to a folder.
    Man {
        /// Write privgen.1 and privgen-<command>.1 into this folder.
        #[arg(short, long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Serve the site from memory with live reload and in-page errors (docs/serve.md).
    #[cfg(feature = "serve")]
    Serve {
        /// Port to listen on; 0 picks a free one.
        #[arg(short, long, default_value_t = 8000, env = "PRIVGEN_PORT")]
        port: u16,
        /// Address to listen on. Anything but loopback makes the preview reachable from
        /// other machines (a warning says so).
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Serve only this language (repeatable).
        #[arg(long = "lang", value_name = "L")]
        langs: Vec<String>,
        /// Answer requests for any Host name (behind a proxy that keeps the original Host).
        /// By default only localhost, loopback addresses and the --bind address are
        /// answered, so a web page cannot read the preview through DNS rebinding.
        #[arg(long)]
        allow_any_host: bool,
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

/// `init`, `schema`, `completions` and `man`: commands that read no site. `None` for the
/// others.
fn authoring(cli: &Cli) -> Option<i32> {
    let code = match &cli.command {
        Command::Init {
            dir,
            jurisdiction,
            langs,
            privgen_git,
            privgen_rev,
        } => {
            let langs = match parse_langs(langs) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("error: {e}");
                    return Some(EXIT_USAGE);
                }
            };
            let dir = dir.clone().unwrap_or_else(|| cli.root.clone());
            let opts = crate::init::Options {
                dir: dir.clone(),
                jurisdiction: *jurisdiction,
                langs,
                install: crate::init::Install {
                    git: privgen_git.clone(),
                    rev: privgen_rev.clone(),
                },
            };
            match crate::init::init(&opts) {
                Ok(files) => {
                    if !cli.quiet {
                        eprintln!(
                            "created a starter site ({}) in {} ({} files); next:\n  \
                             cd {} && privgen check && privgen build",
                            jurisdiction.code(),
                            dir.display(),
                            files.len(),
                            dir.display()
                        );
                        if !opts.install.complete() {
                            eprintln!(
                                "before pushing: set PRIVGEN_GIT and PRIVGEN_REV in \
                                 .github/workflows/privgen.yml (the repository and commit CI \
                                 installs privgen from), or run init with --privgen-git and \
                                 --privgen-rev"
                            );
                        }
                    }
                    EXIT_OK
                }
                Err(e) => {
                    eprintln!("error[init]: {e}");
                    EXIT_USAGE
                }
            }
        }
        Command::Schema { out } => {
            let json = crate::schema::profile_schema_json();
            write_or_print(out.as_deref(), json.as_bytes())
        }
        Command::Law { jurisdiction } => {
            let code = jurisdiction.code().to_ascii_lowercase();
            match crate::law::LAW_FILES.iter().find(|f| f.0 == code) {
                Some((_, _, src)) => write_or_print(None, src.as_bytes()),
                None => {
                    eprintln!("error: no built-in law data for {jurisdiction}");
                    EXIT_USAGE
                }
            }
        }
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "privgen", &mut buf);
            write_or_print(None, &buf)
        }
        Command::Man { out } => match out {
            None => match crate::shell::man_page(&<Cli as clap::CommandFactory>::command()) {
                Ok(page) => write_or_print(None, &page),
                Err(e) => {
                    eprintln!("error: {e}");
                    EXIT_USAGE
                }
            },
            Some(dir) => {
                match crate::shell::write_man_pages(&<Cli as clap::CommandFactory>::command(), dir)
                {
                    Ok(files) => {
                        if !cli.quiet {
                            eprintln!("wrote {} man page(s) into {}", files.len(), dir.display());
                        }
                        EXIT_OK
                    }
                    Err(e) => {
                        eprintln!("error: cannot write into {}: {e}", dir.display());
                        EXIT_USAGE
                    }
                }
            }
        },
        _ => return None,
    };
    Some(code)
}

/// Writes `bytes` to `out`, or to standard output.
fn write_or_print(out: Option<&std::path::Path>, bytes: &[u8]) -> i32 {
    let res = match out {
        Some(path) => std::fs::write(path, bytes),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(bytes).and_then(|()| lock.flush())
        }
    };
    match res {
        Ok(()) => EXIT_OK,
        // A closed pipe (`privgen schema | head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            match out {
                Some(p) => eprintln!("error: cannot write {}: {e}", p.display()),
                None => eprintln!("error: cannot write to standard output: {e}"),
            }
            EXIT_USAGE
        }
    }
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
    if let Command::Audit(a) = &cli.command {
        let format = format!("{:?}", cli.format).to_lowercase();
        return crate::cli::audit::run(a, &format, cli.quiet);
    }
    if let Command::Explain { rule } = &cli.command {
        return explain(rule.as_deref());
    }
    if let Command::Diff {
        old,
        new,
        git,
        langs,
        changelog,
    } = &cli.command
    {
        let langs = match parse_langs(langs) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {e}");
                return EXIT_USAGE;
            }
        };
        // Outside a site `diff` uses the built-in wording; a site folder that was named
        // but is not there is a mistake, not a reason to fall back in silence.
        if !cli.root.is_dir() {
            eprintln!(
                "error: the site folder `{}` (-C / PRIVGEN_ROOT) does not exist or is not a folder",
                cli.root.display()
            );
            return EXIT_USAGE;
        }
        return crate::cli::diff::run(&crate::cli::diff::Options {
            root: cli.root.clone(),
            old: old.clone(),
            new: new.clone(),
            git: git.clone(),
            langs,
            format: format!("{:?}", cli.format).to_lowercase(),
            changelog: changelog.clone(),
        });
    }
    if let Some(code) = authoring(&cli) {
        return code;
    }
    let law = match Law::load() {
        Ok(l) => l,
        Err(e) => {
            eprintln!("internal error: {e}");
            return EXIT_USAGE;
        }
    };
    let (langs, only, out, base_url, write, drafts, minify) = match &cli.command {
        Command::Build {
            out,
            langs,
            only,
            base_url,
            drafts,
            minify,
            ..
        } => (
            langs,
            only,
            out.clone(),
            base_url.clone(),
            true,
            *drafts,
            *minify,
        ),
        // `check` publishes nothing: drafts are checked in full (pages rendered in memory).
        Command::Check { langs, only } => (langs, only, None, None, false, true, false),
        Command::Explain { .. }
        | Command::Diff { .. }
        | Command::Audit(_)
        | Command::Init { .. }
        | Command::Schema { .. }
        | Command::Law { .. }
        | Command::Completions { .. }
        | Command::Man { .. } => return EXIT_USAGE,
        #[cfg(feature = "serve")]
        Command::Serve {
            port,
            bind,
            open,
            langs,
            allow_any_host,
        } => {
            let langs = match parse_langs(langs) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("error: {e}");
                    return EXIT_USAGE;
                }
            };
            let args = crate::cli::serve::Args {
                root: &cli.root,
                bind: *bind,
                port: *port,
                open: *open,
                allow_any_host: *allow_any_host,
                // The preview shows drafts, under their banner.
                build: site::Options {
                    langs,
                    drafts: true,
                    ..site::Options::default()
                },
                quiet: cli.quiet,
            };
            return crate::cli::serve::run(args, law);
        }
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
        drafts,
        minify,
    };
    let started = std::time::Instant::now();
    let mode = if write {
        // The folder is needed before the build, which streams files into it; a broken
        // `privgen.toml` is reported by the build itself.
        let config = crate::load::load_config(&cli.root).unwrap_or_default();
        let out = out
            .or_else(|| config.output_dir.clone().map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("public"));
        let out = if out.is_absolute() {
            out
        } else {
            cli.root.join(out)
        };
        site::Mode::Write {
            out,
            // Never the site folder, a folder holding it, its sources or the home folder.
            options: site::write_options(
                &cli.root,
                config.theme.as_deref(),
                matches!(cli.command, Command::Build { force: true, .. }),
            ),
        }
    } else {
        site::Mode::Check
    };
    let result = site::build_with(&cli.root, &law, &opts, &mode);
    report(&cli, &result.diagnostics, &result.sources);
    // A folder that cannot be read is an I/O problem, not a finding in the input.
    if result
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.code == "load/io")
    {
        return EXIT_USAGE;
    }
    if result.diagnostics.iter().any(Diagnostic::is_error) {
        return EXIT_FINDINGS;
    }
    if cli.deny.contains(&Deny::Warnings) && result.diagnostics.iter().any(Diagnostic::is_warning) {
        if cli.format == Format::Human {
            eprintln!("error: warnings are denied (--deny warnings); nothing was written");
        }
        return EXIT_FINDINGS;
    }
    if let Some(e) = result.write_error {
        eprintln!("error[output/io]: {e}");
        return EXIT_USAGE;
    }
    if !cli.quiet && cli.format == Format::Human {
        if let Some(line) = law_used(&result.law_used) {
            eprintln!("{line}");
        }
    }
    if !write {
        if !cli.quiet && cli.format == Format::Human {
            eprintln!(
                "checked {} profile(s), {} page(s): no errors",
                result.profiles, result.pages
            );
        }
        return EXIT_OK;
    }
    let Some(staged) = result.staged else {
        return EXIT_FINDINGS;
    };
    let target = staged.target().to_path_buf();
    match staged.commit() {
        Ok(()) => {
            if !cli.quiet && cli.format == Format::Human {
                let kept = match result.kept {
                    0 => String::new(),
                    n => format!(" (kept {n} other clinic(s) as published)"),
                };
                eprintln!(
                    "built {} profile(s){kept}, {} file(s) into {} in {:.0} ms",
                    result.profiles,
                    result.files,
                    target.display(),
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

/// "law data: BE from law/be.yaml (the site's own); NL, NO built in", when the site carries
/// its own law data (otherwise every jurisdiction's data are the built-in ones).
fn law_used(used: &[(crate::load::profile::Jurisdiction, Option<String>)]) -> Option<String> {
    let own: Vec<String> = used
        .iter()
        .filter_map(|(j, f)| f.as_ref().map(|f| format!("{j} from {f}")))
        .collect();
    if own.is_empty() {
        return None;
    }
    let builtin: Vec<&str> = used
        .iter()
        .filter(|(_, f)| f.is_none())
        .map(|(j, _)| j.code())
        .collect();
    let rest = if builtin.is_empty() {
        String::new()
    } else {
        format!("; {} built in", builtin.join(", "))
    };
    Some(format!(
        "law data: {} (the site's own){rest}",
        own.join(", ")
    ))
}

fn report(cli: &Cli, diags: &[Diagnostic], sources: &std::collections::BTreeMap<PathBuf, String>) {
    let all = diags;
    let mut diags = diags.to_vec();
    diagnostics::sort(&mut diags);
    // Errors first when the report is cut, so a cap never hides what failed the run.
    let omitted = diagnostics::cap(&mut diags, diagnostics::MAX_SHOWN);
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    match cli.format {
        Format::Human | Format::Markdown => {
            // Rendered in parallel (a large site has thousands of findings), printed in order.
            use rayon::prelude::*;
            let text: Vec<String> = diags.par_iter().map(|d| d.render_from(sources)).collect();
            let mut out = std::io::BufWriter::new(&mut err);
            for t in &text {
                let _ = out.write_all(t.as_bytes());
            }
            let _ = out.flush();
            drop(out);
            let (errors, warnings, infos, allowed) = diagnostics::counts(all);
            if omitted > 0 {
                let _ = writeln!(
                    err,
                    "note: {omitted} more finding(s) not shown (at most {} are shown); fix the first ones and run again",
                    diagnostics::MAX_SHOWN
                );
            }
            if !cli.quiet && !diags.is_empty() {
                let _ = writeln!(
                    err,
                    "{errors} error(s), {warnings} warning(s), {infos} info, {allowed} allowed with a reason"
                );
            }
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
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                if let Err(e) =
                    diagnostics::github::append_summary(std::path::Path::new(&path), &diags)
                {
                    let _ = writeln!(err, "warning: cannot write the job summary: {e}");
                }
            }
        }
        Format::Sarif => {
            let log = diagnostics::sarif::log(
                &diags,
                &|code| {
                    crate::check::catalogue::meta(code).or_else(|| crate::verify::rules::meta(code))
                },
                env!("CARGO_PKG_VERSION"),
            );
            println!("{}", serde_json::to_string_pretty(&log).unwrap_or_default());
        }
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Report<'a> {
                version: u32,
                diagnostics: &'a [Diagnostic],
                #[serde(skip_serializing_if = "is_zero")]
                omitted: usize,
            }
            fn is_zero(n: &usize) -> bool {
                *n == 0
            }
            let doc = Report {
                version: 1,
                diagnostics: &diags,
                omitted,
            };
            match serde_json::to_string_pretty(&doc) {
                Ok(s) => println!("{s}"),
                Err(e) => {
                    let _ = writeln!(err, "error: cannot write the JSON report: {e}");
                }
            }
        }
    }
}

/// `privgen explain [RULE]`.
fn explain(rule: Option<&str>) -> i32 {
    let cat = match crate::check::catalogue::catalogue() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("internal error: {e}");
            return EXIT_USAGE;
        }
    };
    match rule {
        Some(id) => match cat.get(id) {
            Some(r) => {
                print!("{}", crate::check::catalogue::explain(r));
                EXIT_OK
            }
            None => match (
                crate::verify::rules::get(id),
                crate::diagnostics::codes::get(id),
            ) {
                // A page rule (src/law/page-rules.yaml): the verify stage's catalogue.
                (Some(r), _) => {
                    print!("{}", crate::verify::rules::explain(r));
                    EXIT_OK
                }
                (None, Some(c)) => {
                    print!("{}", crate::diagnostics::codes::explain(id, c));
                    EXIT_OK
                }
                (None, None) => {
                    let known: Vec<String> = cat
                        .rules
                        .keys()
                        .cloned()
                        .chain(crate::diagnostics::codes::all().keys().cloned())
                        .chain(
                            crate::verify::rules::page_rules()
                                .unwrap_or_default()
                                .iter()
                                .map(|r| r.id.clone()),
                        )
                        .collect();
                    // `retention-minimum` → nl/…, no/…, be/…; else the nearest by spelling.
                    let mut near: Vec<&str> = known
                        .iter()
                        .filter(|k| {
                            k.rsplit('/').next() == Some(id) || k.ends_with(&format!("/{id}"))
                        })
                        .map(String::as_str)
                        .collect();
                    if near.is_empty() {
                        near.extend(crate::load::resilient::nearest(id, &known));
                    }
                    eprintln!("error: no rule or code `{id}`");
                    if near.is_empty() {
                        eprintln!("help: `privgen explain` lists every rule and code");
                    } else {
                        eprintln!(
                            "help: did you mean {}?",
                            near.iter()
                                .map(|n| format!("`{n}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        );
                    }
                    EXIT_USAGE
                }
            },
        },
        None => {
            for r in cat.rules.values() {
                println!(
                    "{:<40} {:<12} {:<8} {}",
                    r.id,
                    r.family.key(),
                    r.severity.key(),
                    r.citation
                );
            }
            for r in crate::verify::rules::page_rules().unwrap_or_default() {
                println!(
                    "{:<40} {:<12} {:<8} {}",
                    r.id,
                    "page",
                    r.severity.key(),
                    r.citation
                );
            }
            for (code, c) in crate::diagnostics::codes::all() {
                println!("{code:<40} {:<12} {:<8} {}", "code", "", c.summary);
            }
            EXIT_OK
        }
    }
}
