//! Runs the whole pipeline for a site folder: load → check → model → render, into an
//! in-memory [`OutputTree`]. `build` writes the tree; `check` discards it.

use crate::check;
use crate::diagnostics::Diagnostic;
use crate::law::Law;
use crate::load::{self, locales, text::Lang, Config, LoadedProfile};
use crate::output::OutputTree;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these languages (each profile is then built in exactly these).
    pub langs: Vec<Lang>,
    /// Only these profile ids.
    pub only: Vec<String>,
    pub base_url: Option<String>,
}

#[derive(Debug, Default)]
pub struct BuildResult {
    pub diagnostics: Vec<Diagnostic>,
    /// File sources by shown path, for diagnostic snippets.
    pub sources: BTreeMap<PathBuf, String>,
    /// The rendered site, when there were no errors.
    pub tree: Option<OutputTree>,
    pub profiles: usize,
    pub config: Config,
}

pub fn build(root: &Path, law: &Law, opts: &Options) -> BuildResult {
    let mut res = BuildResult::default();
    match load::load_config(root) {
        Ok(c) => res.config = c,
        Err(d) => {
            res.diagnostics.push(d);
            return res;
        }
    }
    let paths = match load::profile_paths(root) {
        Ok(p) => p,
        Err(d) => {
            res.diagnostics.push(d);
            return res;
        }
    };
    let (locales, mut diags) = locales::load(root);
    res.diagnostics.append(&mut diags);
    for f in locales.by_lang.values().flat_map(|l| &l.files) {
        res.sources.insert(f.path.clone(), f.source.clone());
    }
    let mut profiles: Vec<LoadedProfile> = Vec::new();
    for path in paths {
        let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if let Ok(src) = std::fs::read_to_string(&path) {
            res.sources.insert(shown.clone(), src);
        }
        match load::load_profile(&path, &shown) {
            Ok(lp) => {
                if opts.only.is_empty() || opts.only.contains(&lp.id) {
                    profiles.push(lp);
                }
            }
            Err(mut d) => res.diagnostics.append(&mut d),
        }
    }
    for id in &opts.only {
        if !profiles.iter().any(|p| &p.id == id) && !res.diagnostics.iter().any(|d| d.is_error()) {
            res.diagnostics.push(Diagnostic::error(
                "build/unknown-profile",
                format!("no profile with id `{id}` in content/"),
            ));
        }
    }
    let mut ids = BTreeMap::new();
    for p in &profiles {
        if let Some(other) = ids.insert(p.id.clone(), p.path.clone()) {
            res.diagnostics.push(
                Diagnostic::error(
                    "build/duplicate-id",
                    format!("profile id `{}` is also used by {}", p.id, other.display()),
                )
                .file(&p.path),
            );
        }
    }
    for p in &profiles {
        res.diagnostics
            .extend(check::validate(p, law.get(p.profile.jurisdiction)));
    }
    res.profiles = profiles.len();
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        return res;
    }
    res.tree = Some(OutputTree::default());
    res
}
