//! `privgen diff OLD NEW` and `privgen diff --git REV`: loads the two versions, diffs them,
//! prints the changes in the requested languages and format. Exit 0 when there is no
//! substantive change, 1 when there is one (so CI can require a notice plan), 2 on errors.

use crate::diff::{report, Words};
use crate::i18n::Wording;
use crate::load::text::Lang;
use crate::load::{guard, locales, parse_profile};
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

/// Reads a profile through the loader's guard: a regular file of at most 1 MiB, UTF-8.
fn read(path: &Path) -> Result<String, String> {
    let shown = crate::diagnostics::shown_path(path);
    let bytes = guard::read_bounded(path, guard::MAX_PROFILE_BYTES)
        .map_err(|e| format!("{shown}: profile {e}"))?;
    guard::decode(bytes).map_err(|d| format!("{shown}: {}", d.message))
}

/// What is wrong with `rev` as a revision for `git`, if anything. Only the characters of
/// branch and tag names, commit ids and `~`/`^` suffixes are allowed: a leading `-` would
/// be read as an option (`--output=FILE` writes files), and `:` would change the path.
fn rev_problem(rev: &str) -> Option<&'static str> {
    if rev.is_empty() {
        Some("is empty")
    } else if rev.starts_with('-') {
        Some("starts with `-` (git would read it as an option)")
    } else if rev.len() > 256 {
        Some("is longer than 256 characters")
    } else if !rev
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-~^@{}+".contains(c))
    {
        Some("holds characters other than letters, digits and `/ . _ - ~ ^ @ { } +`")
    } else {
        None
    }
}

/// The commit id `rev` names, from `git rev-parse --verify` (after `--end-of-options`, so
/// the revision can never be read as an option).
fn git_commit(root: &Path, rev: &str) -> Result<String, String> {
    if let Some(problem) = rev_problem(rev) {
        return Err(format!(
            "--git `{}` {problem}; give a branch, tag or commit such as `main` or `HEAD~1`",
            crate::diagnostics::escape_name(rev)
        ));
    }
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
        .arg(format!("{rev}^{{commit}}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!(
            "--git `{rev}` is not a commit of the repository at {}",
            crate::diagnostics::shown_path(root)
        ));
    }
    Ok(id)
}

/// The profile at `rel` in commit `commit` (a commit id from [`git_commit`]); `None` when
/// it did not exist there.
fn git_show(root: &Path, commit: &str, rel: &str) -> Result<Option<String>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["show", "--end-of-options"])
        // `./`: the path is relative to the site folder, which may be a subfolder of the
        // repository (without it git reads it from the repository's top).
        .arg(format!("{commit}:./{rel}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        if out.stdout.len() as u64 > guard::MAX_PROFILE_BYTES {
            return Err(format!("{rel} at {commit}: profile is larger than 1 MiB"));
        }
        Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned()))
    } else {
        // The profile did not exist at that revision.
        Ok(None)
    }
}

/// The site's wording (when `root` has `locales/`) over the built-in one. A site whose
/// wording has errors is refused, as `check` would.
fn words(root: &Path) -> Result<Words, String> {
    let (builtin, _) = Wording::new(&locales::builtin());
    if !root.join("locales").is_dir() {
        return Ok(Words::new(vec![builtin]));
    }
    let (loc, diags) = locales::load(root);
    if let Some(d) = diags.iter().find(|d| d.is_error()) {
        let file = d
            .file
            .as_ref()
            .map(|f| format!("{}: ", f.display()))
            .unwrap_or_default();
        return Err(format!("{file}{}", d.message));
    }
    let (site, _) = Wording::new(&loc);
    Ok(Words::new(vec![site, builtin]))
}

/// The profiles (`content/*.yaml`, `content/*.yml`) of commit `commit`, as paths relative
/// to the site folder.
fn git_profiles(root: &Path, commit: &str) -> Result<Vec<String>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "ls-tree",
            "-z",
            "--name-only",
            "--end-of-options",
            commit,
            "content/",
        ])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Ok(Vec::new());
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .split('\0')
        .filter(|p| {
            let lower = p.to_ascii_lowercase();
            p.strip_prefix("content/").is_some_and(|n| !n.contains('/'))
                && (lower.ends_with(".yaml") || lower.ends_with(".yml"))
        })
        .map(str::to_string)
        .collect())
}

/// Runs the command and returns the exit code; prints to stdout, errors to stderr.
pub fn run(opts: &Options) -> i32 {
    let wording = match words(&opts.root) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}");
            return ERROR;
        }
    };
    // Pairs of (name, old source, new source).
    // (name, old source, new source): no old source for a new profile, no new source
    // for a profile removed since the revision.
    let mut pairs: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    match (&opts.git, &opts.old, &opts.new) {
        (Some(rev), _, _) => {
            let commit = match git_commit(&opts.root, rev) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ERROR;
                }
            };
            let rev = &commit;
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
                    pairs.push((rel, old, Some(new)));
                }
            }
            let now: Vec<String> = pairs.iter().map(|p| p.0.clone()).collect();
            let before = match git_profiles(&opts.root, rev) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ERROR;
                }
            };
            for rel in before {
                if now.contains(&rel) || opts.root.join(&rel).exists() {
                    continue;
                }
                match git_show(&opts.root, rev, &rel) {
                    Ok(Some(old)) => pairs.push((rel, Some(old), None)),
                    Ok(None) => {}
                    Err(e) => {
                        eprintln!("error: {e}");
                        return ERROR;
                    }
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
            pairs.push((new.display().to_string(), Some(o), Some(n)));
        }
        _ => {
            eprintln!("error: give two profile files (OLD NEW), or --git REV");
            return ERROR;
        }
    }
    let mut any_substantive = false;
    let mut out = String::new();
    let mut json_docs = Vec::new();
    for (name, old, new) in pairs {
        let parse = |src: Option<&str>, which: &str| match src.map(parse_profile) {
            Some(Ok(p)) => Ok(Some(p)),
            Some(Err(d)) => Err(format!("{name} ({which}): {}", d.message)),
            None => Ok(None),
        };
        let (old_p, new_p) = match (parse(old.as_deref(), "old"), parse(new.as_deref(), "new")) {
            (Ok(o), Ok(n)) => (o, n),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("error: {e}");
                return ERROR;
            }
        };
        let Some((changes, shown)) = crate::diff::versions(old_p.as_ref(), new_p.as_ref()) else {
            continue;
        };
        let new_p = shown;
        let langs: Vec<Lang> = if opts.langs.is_empty() {
            new_p.languages.clone()
        } else {
            opts.langs.clone()
        };
        any_substantive |= report::substantive(&changes, &langs);
        let text = if let Some(version) = &opts.changelog {
            report::changelog(version, &new_p.effective.iso(), &changes, &wording, &langs)
        } else {
            match opts.format.as_str() {
                "json" => report::json(&name, &changes, &wording, &langs).map(|d| {
                    json_docs.push(d);
                    String::new()
                }),
                "markdown" => report::markdown(&name, &changes, &wording, &langs),
                _ => report::human(&name, &changes, &wording, &langs),
            }
        };
        match text {
            Ok(t) => out.push_str(&t),
            Err(e) => {
                eprintln!("error: {name}: the changes cannot be worded: {e}");
                return ERROR;
            }
        }
    }
    if opts.format == "json" && opts.changelog.is_none() {
        out.push_str(&report::json_output(json_docs, opts.git.is_some()));
    }
    print!("{out}");
    if any_substantive {
        SUBSTANTIVE
    } else {
        0
    }
}

/// A profile with the same identity but nothing in it, to diff a new profile against.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_that_git_could_read_as_options_or_paths_are_refused() {
        for bad in [
            "",
            "--output=/tmp/x",
            "-p",
            "HEAD:content",
            "a b",
            "x\u{1b}",
            "HEAD\n",
        ] {
            assert!(rev_problem(bad).is_some(), "{bad:?}");
        }
        for good in [
            "main",
            "HEAD~1",
            "HEAD^",
            "v1.0",
            "origin/main",
            "a1b2c3d",
            "@{u}",
            "HEAD@{2}",
        ] {
            assert_eq!(rev_problem(good), None, "{good:?}");
        }
    }
}
