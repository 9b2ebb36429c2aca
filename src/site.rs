//! Runs the whole pipeline for a site folder: load → check → model → render, into an
//! in-memory [`OutputTree`]. `build` writes the tree; `check` discards it.

use crate::check;
use crate::diagnostics::Diagnostic;
use crate::i18n::Wording;
use crate::law::Law;
use crate::load::profile::DocumentKind;
use crate::load::{self, locales, text::Lang, Config, LoadedProfile};
use crate::model;
use crate::output::OutputTree;
use crate::render::{self, SiteInfo};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// The documents the pages were rendered from (one per profile and language), for
    /// views that read the model itself (the compare view of `serve`).
    pub documents: Vec<model::Document>,
    /// Profile id → the file it was loaded from (shown path), for every profile that loaded,
    /// whatever `only` says (`serve` maps a changed file to the pages it affects).
    pub profile_files: BTreeMap<String, PathBuf>,
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
        if let Some(src) = load::guard::snippet_source(&path) {
            res.sources.insert(shown.clone(), src);
        }
        match load::load_profile(&path, &shown) {
            Ok(lp) => {
                res.profile_files.insert(lp.id.clone(), shown.clone());
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
    // Profiles are checked and rendered in parallel; results are collected in profile order,
    // so the output does not depend on scheduling.
    let checked: Vec<Vec<Diagnostic>> = profiles
        .par_iter()
        .map(|p| check::profile(p, law.get(p.profile.jurisdiction), &opts.langs))
        .collect();
    for d in checked {
        res.diagnostics.extend(d);
    }
    res.profiles = profiles.len();
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        return res;
    }
    res.diagnostics.extend(check::i18n::parity(&locales));
    let (wording, mut d) = Wording::new(&locales);
    res.diagnostics.append(&mut d);
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        return res;
    }
    let wording = Arc::new(wording);
    let theme_name = res.config.theme.clone().unwrap_or_else(|| "default".into());
    let theme = match render::load_theme(root, &theme_name, wording.clone()) {
        Ok(t) => t,
        Err(mut d) => {
            res.diagnostics.append(&mut d);
            return res;
        }
    };
    let base_url = opts
        .base_url
        .clone()
        .or_else(|| res.config.base_url.clone());
    let title = res.config.title.clone().unwrap_or_else(|| "Privacy".into());
    let site = SiteInfo {
        base_url: base_url.as_deref(),
        title: &title,
    };
    let mut tree = OutputTree::default();
    let mut clinics = Vec::new();
    let built: Vec<Built> = profiles
        .par_iter()
        .map(|lp| build_profile(lp, law, &wording, &theme, &site, opts))
        .collect();
    for b in built {
        res.diagnostics.extend(b.diagnostics);
        res.documents.extend(b.documents);
        tree.merge(b.tree);
        clinics.push(b.clinic);
    }
    if let Err(d) = theme.render_index(&clinics, &site, &wording, &mut tree) {
        res.diagnostics.push(d);
    }
    res.diagnostics
        .sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    res.diagnostics.dedup();
    if !res.diagnostics.iter().any(Diagnostic::is_error) {
        res.tree = Some(tree);
    }
    res
}

/// What one profile contributes to the site.
struct Built {
    diagnostics: Vec<Diagnostic>,
    documents: Vec<model::Document>,
    tree: OutputTree,
    clinic: render::Clinic,
}

/// Builds and renders every document of one profile (run in parallel across profiles).
fn build_profile(
    lp: &LoadedProfile,
    law: &Law,
    wording: &Wording,
    theme: &render::Theme,
    site: &SiteInfo,
    opts: &Options,
) -> Built {
    let mut diagnostics = Vec::new();
    let mut tree = OutputTree::default();
    let langs: Vec<Lang> = if opts.langs.is_empty() {
        lp.profile.languages.clone()
    } else {
        opts.langs.clone()
    };
    let law_data = law.get(lp.profile.jurisdiction);
    let mut docs = Vec::new();
    for lang in &langs {
        if !wording.has(*lang) {
            diagnostics.push(Diagnostic::error(
                "i18n/no-locale",
                format!("no wording for `{lang}` (locales/{lang}/ is missing)"),
            ));
            continue;
        }
        for kind in &lp.profile.documents {
            let built = match kind {
                DocumentKind::Statement => model::build_statement(lp, law_data, wording, *lang),
                DocumentKind::Reglement => model::build_reglement(lp, law_data, wording, *lang),
                DocumentKind::Notice => model::build_notice(lp, law_data, wording, *lang),
            };
            match built {
                Ok(doc) => docs.push(doc),
                Err(mut d) => {
                    for x in &mut d {
                        if x.file.is_none() {
                            x.message = format!(
                                "{} (building the {} of {} in {lang})",
                                x.message,
                                kind.key(),
                                lp.id
                            );
                        }
                    }
                    diagnostics.append(&mut d)
                }
            }
        }
    }
    let default = langs.first().copied().unwrap_or(Lang::Nl);
    if let Err(d) = theme.render_documents(&docs, default, site, wording, &mut tree) {
        diagnostics.push(d);
    }
    diagnostics.extend(check::documents(lp, &docs, &tree));
    Built {
        diagnostics,
        documents: docs,
        tree,
        clinic: render::Clinic {
            id: lp.id.clone(),
            name: lp.profile.controller.name.clone(),
            langs,
            kinds: lp.profile.documents.clone(),
        },
    }
}
