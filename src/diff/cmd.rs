//! `privgen diff OLD NEW` and `privgen diff --git REV`: loads the two versions, diffs them,
//! prints the changes in the requested languages and format. Exit 0 when there is no
//! substantive change, 1 when there is one (so CI can require a notice plan), 2 on errors.

use super::report;
use crate::i18n::Wording;
use crate::load::text::Lang;
use crate::load::{locales, parse_profile};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to compare and how to print it.
pub struct Options {
    pub root: PathBuf,
    pub old: Option<PathBuf>,
    pub new: Option<PathBuf>,
    pub git: Option<String>,
    pub langs: Vec<Lang>,
    /// `human`, `json` or `markdown`.
    pub format: String,
    pub changelog: Option<String>,
}

/// Exit codes.
const SUBSTANTIVE: i32 = 1;
const ERROR: i32 = 2;

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn git_show(root: &Path, rev: &str, rel: &str) -> Result<Option<String>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("show")
        .arg(format!("{rev}:{rel}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()))
    } else {
        // The profile did not exist at that revision.
        Ok(None)
    }
}

/// Runs the command and returns the exit code; prints to stdout, errors to stderr.
pub fn run(opts: &Options) -> i32 {
    let (loc, diags) = locales::load(&opts.root);
    if let Some(d) = diags.iter().find(|d| d.is_error()) {
        eprintln!("error: {}", d.message);
        return ERROR;
    }
    let (wording, _) = Wording::new(&loc);
    // Pairs of (name, old source, new source).
    let mut pairs: Vec<(String, Option<String>, String)> = Vec::new();
    match (&opts.git, &opts.old, &opts.new) {
        (Some(rev), _, _) => {
            let paths = match crate::load::profile_paths(&opts.root) {
                Ok(p) => p,
                Err(d) => {
                    eprintln!("error: {}", d.message);
                    return ERROR;
                }
            };
            for p in paths {
                let rel = p
                    .strip_prefix(&opts.root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                let new = match read(&p) {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ERROR;
                    }
                };
                let old = match git_show(&opts.root, rev, &rel) {
                    Ok(o) => o,
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ERROR;
                    }
                };
                if old.as_deref() != Some(new.as_str()) {
                    pairs.push((rel, old, new));
                }
            }
        }
        (None, Some(old), Some(new)) => {
            let (o, n) = match (read(old), read(new)) {
                (Ok(o), Ok(n)) => (o, n),
                (Err(e), _) | (_, Err(e)) => {
                    eprintln!("error: {e}");
                    return ERROR;
                }
            };
            pairs.push((new.display().to_string(), Some(o), n));
        }
        _ => {
            eprintln!("error: give two profile files (OLD NEW), or --git REV");
            return ERROR;
        }
    }
    let mut any_substantive = false;
    let mut out = String::new();
    for (name, old, new) in pairs {
        let new_p = match parse_profile(&new) {
            Ok(p) => p,
            Err(d) => {
                eprintln!("error: {name} (new): {}", d.message);
                return ERROR;
            }
        };
        let old_p = match old.as_deref().map(parse_profile) {
            Some(Ok(p)) => Some(p),
            Some(Err(d)) => {
                eprintln!("error: {name} (old): {}", d.message);
                return ERROR;
            }
            None => None,
        };
        let langs: Vec<Lang> = if opts.langs.is_empty() {
            new_p.languages.clone()
        } else {
            opts.langs.clone()
        };
        let changes = match &old_p {
            Some(o) => super::diff(o, &new_p),
            // A new profile: everything in it is new to the reader.
            None => super::diff(&empty_like(&new_p), &new_p),
        };
        any_substantive |= super::substantive(&changes);
        if let Some(version) = &opts.changelog {
            out.push_str(&report::changelog(
                version,
                &new_p.effective.iso(),
                &changes,
                &wording,
                &langs,
            ));
            continue;
        }
        out.push_str(&match opts.format.as_str() {
            "json" => report::json(&name, &changes, &wording, &langs),
            "markdown" => report::markdown(&name, &changes, &wording, &langs),
            _ => report::human(&name, &changes, &wording, &langs),
        });
    }
    print!("{out}");
    if any_substantive {
        SUBSTANTIVE
    } else {
        0
    }
}

/// A profile with the same identity but nothing in it, to diff a new profile against.
fn empty_like(p: &crate::load::profile::Profile) -> crate::load::profile::Profile {
    let mut e = p.clone();
    e.purposes.clear();
    e.data.clear();
    e.recipients.clear();
    e.processors.clear();
    e.retention.clear();
    e.cameras = None;
    e.call_recording = None;
    e.cookies = None;
    e.research = None;
    e.marketing = None;
    e.transfers = None;
    e
}
