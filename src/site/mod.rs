//! Runs the whole pipeline for a site folder: load → check → model → render. The rendered
//! files are kept in memory ([`Mode::Memory`], for `serve`), written clinic by clinic into
//! a staging folder ([`Mode::Write`], for `build`), or only checked ([`Mode::Check`]).

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
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod clinic;

use clinic::{archive, as_draft, draft_gaps, keep_clinic};

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these languages (each profile is then built in exactly these).
    pub langs: Vec<Lang>,
    /// Only these profile ids.
    pub only: Vec<String>,
    pub base_url: Option<String>,
    /// Render profiles marked `draft: true` (under a banner); without it a draft is checked,
    /// its errors reported as warnings, and its pages not published.
    pub drafts: bool,
    /// Minify the HTML pages ([`render::minify`]); a build that writes also minifies when
    /// privgen.toml says `minify = true`.
    pub minify: bool,
}

/// What `build` does with the rendered files.
#[derive(Debug, Clone, Default)]
pub enum Mode {
    /// Keep the whole tree and the documents in the result (`serve`, tests, benchmarks).
    #[default]
    Memory,
    /// Check and keep nothing (`privgen check`): every document is modelled and its page
    /// skeleton rendered (the coverage checks read it); no text, no exports, no archive.
    Check,
    /// Write each clinic's files into a staging folder beside `out` as soon as they are
    /// rendered, so memory does not grow with the site; the result's `staged` is committed
    /// (or dropped) by the caller.
    Write {
        out: PathBuf,
        options: crate::output::WriteOptions,
    },
}

#[derive(Debug, Default)]
pub struct BuildResult {
    pub diagnostics: Vec<Diagnostic>,
    /// File sources by shown path, for diagnostic snippets (the files that have one).
    pub sources: BTreeMap<PathBuf, String>,
    /// The rendered site, when there were no errors ([`Mode::Memory`] only).
    pub tree: Option<OutputTree>,
    /// The staged site, when there were no errors ([`Mode::Write`] only): commit it to
    /// publish, drop it to leave the previous site as it was.
    pub staged: Option<crate::output::Staging>,
    /// The target could not be prepared or a file could not be written ([`Mode::Write`]).
    pub write_error: Option<crate::output::OutputError>,
    pub profiles: usize,
    /// Clinics left out by `only` whose pages were kept from the previous output.
    pub kept: usize,
    /// Files and HTML pages rendered.
    pub files: usize,
    pub pages: usize,
    pub config: Config,
    /// The documents the pages were rendered from (one per profile and language), for
    /// views that read the model itself (the compare view of `serve`; [`Mode::Memory`]).
    pub documents: Vec<model::Document>,
    /// Profile id → the file it was loaded from (shown path), for every profile that loaded,
    /// whatever `only` says (`serve` maps a changed file to the pages it affects).
    pub profile_files: BTreeMap<String, PathBuf>,
    /// The law data the build used: each jurisdiction, with the site's file when the site
    /// carries its own (`law/<code>.yaml`), `None` for the built-in data.
    pub law_used: Vec<(crate::load::profile::Jurisdiction, Option<String>)>,
}

/// A warning per site language the law data do not name things in (a language the site adds
/// as a folder, before its names are added to the law data): those pages show the English
/// names.
fn law_name_gaps(law: &Law, langs: impl Iterator<Item = Lang>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for lang in langs {
        let gaps: Vec<String> = law
            .jurisdictions()
            .into_iter()
            .filter_map(|j| {
                let missing = law.get(j).names_missing(lang);
                let first = missing.first()?;
                Some(format!("{j}: {} place(s), e.g. {first}", missing.len()))
            })
            .collect();
        if gaps.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "i18n/law-names",
                format!(
                    "the law data have no `{lang}` names ({}); pages in {lang} show the English names there",
                    gaps.join("; ")
                ),
            )
            .file(PathBuf::from("locales").join(lang.code()))
            .help(format!(
                "add `{lang}:` names to the law data: in the site's law/<code>.yaml (save `privgen law <CODE>` there), or in privgen's src/law/"
            )),
        );
    }
    out
}

/// How `build` may publish into `out` for the site in `root`: `force` replaces a folder
/// privgen did not create, but never the site folder or the home folder (nor a folder
/// holding them), and never `content/`, `locales/`,
/// `themes/` (and the configured theme, wherever it is) or `.git`, nor anything inside them.
pub fn write_options(root: &Path, theme: Option<&str>, force: bool) -> crate::output::WriteOptions {
    let mut protect = vec![root.to_path_buf()];
    let home = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
    protect.extend(
        std::env::var_os(home)
            .filter(|h| !h.is_empty())
            .map(PathBuf::from),
    );
    let mut sealed: Vec<PathBuf> = ["content", "locales", "themes", ".git"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    if let Some(t) = theme {
        sealed.push(root.join("themes").join(t));
    }
    crate::output::WriteOptions {
        force,
        protect,
        sealed,
    }
}

/// Builds the site in memory ([`Mode::Memory`]).
pub fn build(root: &Path, law: &Law, opts: &Options) -> BuildResult {
    build_with(root, law, opts, &Mode::Memory)
}

pub fn build_with(root: &Path, law: &Law, opts: &Options, mode: &Mode) -> BuildResult {
    let mut res = BuildResult::default();
    run(root, law, opts, mode, &mut res);
    res.diagnostics
        .sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    res.diagnostics.dedup();
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        res.tree = None;
        res.staged = None;
    }
    res
}

/// What one profile file gave: kept until the end of the build, so it holds no profile,
/// only its findings and a summary (the pages are written, or kept in memory for `serve`).
struct Outcome {
    shown: PathBuf,
    /// The profile's id, when it loaded.
    id: Option<String>,
    /// It loaded and `only` selects it.
    selected: bool,
    /// Findings of the load and the check.
    checked: Vec<Diagnostic>,
    /// The lines of the file the findings point at, for snippets.
    source: Option<String>,
    built: Option<Built>,
    /// A clinic `only` leaves out, whose pages and archive were carried from the previous
    /// output as they were (with the error of that copy, if any).
    kept: Option<(render::Clinic, Option<crate::output::OutputError>)>,
}

/// What the renderer needs, prepared once for every profile.
struct Renderer<'a> {
    wording: &'a Wording,
    theme: &'a render::Theme,
    site: &'a SiteInfo<'a>,
    staging: Option<&'a crate::output::Staging>,
    keep: bool,
    /// Minify every HTML page once it is reviewed.
    minify: bool,
}

fn run(root: &Path, law: &Law, opts: &Options, mode: &Mode, res: &mut BuildResult) {
    // The rule catalogue compiles its patterns (the longest part of start-up) on the pool
    // while this thread reads the configuration, wording and theme; the first check waits
    // for it if it is not done.
    rayon::spawn(|| {
        let _ = check::catalogue::catalogue();
    });
    match load::load_config(root) {
        Ok(c) => res.config = c,
        Err(d) => {
            res.diagnostics.push(d);
            return;
        }
    }
    let paths = match load::profile_paths(root) {
        Ok(p) => p,
        Err(d) => {
            res.diagnostics.push(d);
            return;
        }
    };
    // The site-wide parts first: wording and theme are parsed once, for every profile.
    let (locales, mut site_diags) = locales::load(root);
    for f in locales.by_lang.values().flat_map(|l| &l.files) {
        res.sources.insert(f.path.clone(), f.source.clone());
    }
    site_diags.extend(check::i18n::parity(&locales));
    // The site's own law data (`law/<code>.yaml`), read after the languages are known (its
    // names may be in the site's own languages), over the built-in data.
    let (law_files, mut d) = load::site_law::read(root);
    site_diags.append(&mut d);
    let site_law;
    let law: &Law = if law_files.is_empty() {
        law
    } else {
        for (path, source) in &law_files {
            res.sources.insert(PathBuf::from(path), source.clone());
        }
        let (l, problems) = law.with_site_files(&law_files);
        for (file, message) in problems {
            site_diags.push(load::site_law::refused(&file, &message));
        }
        site_law = l;
        &site_law
    };
    site_diags.extend(law_name_gaps(law, locales.by_lang.keys().copied()));
    res.law_used = law
        .jurisdictions()
        .into_iter()
        .map(|j| (j, law.site_file(j).map(str::to_string)))
        .collect();
    let (wording, mut d) = Wording::new(&locales);
    site_diags.append(&mut d);
    let wording = Arc::new(wording);
    let theme = if site_diags.iter().any(Diagnostic::is_error) {
        None
    } else {
        let name = res.config.theme.clone().unwrap_or_else(|| "default".into());
        match load::theme::read(root, &name)
            .and_then(|files| render::compile_theme(files, wording.clone()))
        {
            Ok(t) => Some(t),
            Err(mut d) => {
                site_diags.append(&mut d);
                None
            }
        }
    };
    if let Some(problem) = opts.base_url.as_deref().and_then(load::base_url_problem) {
        res.diagnostics.push(
            Diagnostic::error(
                "load/base-url",
                format!(
                    "--base-url (or PRIVGEN_BASE_URL) `{}` {problem}",
                    load::guard::printable(opts.base_url.as_deref().unwrap_or_default())
                ),
            )
            .help("give the address the site is served from, e.g. https://privacy.example.org/"),
        );
        return;
    }
    let base_url = opts
        .base_url
        .clone()
        .or_else(|| res.config.base_url.clone());
    let title = res.config.title.clone().unwrap_or_else(|| "Privacy".into());
    let site = SiteInfo {
        base_url: base_url.as_deref(),
        title: &title,
        check_only: matches!(mode, Mode::Check),
        archive: !matches!(mode, Mode::Check) && res.config.archive.unwrap_or(true),
    };
    let minify = match mode {
        Mode::Check => false,
        Mode::Write { .. } => opts.minify || res.config.minify.unwrap_or(false),
        Mode::Memory => opts.minify,
    };
    if minify && !render::minify::AVAILABLE {
        res.diagnostics.push(
            Diagnostic::error(
                "build/minify-unavailable",
                "minified pages were asked for (`--minify` or `minify = true`), but this \
                 privgen was built without the `minify` feature",
            )
            .help("install privgen with its default features (`cargo install --path .`), or leave out `--minify` and `minify = true`"),
        );
        return;
    }
    let staging = match (mode, &theme) {
        (Mode::Write { out, options }, Some(_)) => {
            match crate::output::Staging::begin(out, options) {
                Ok(s) => Some(s),
                Err(e) => {
                    // Reported after the findings: the profiles are still checked.
                    res.write_error = Some(e);
                    None
                }
            }
        }
        _ => None,
    };
    let renderer = theme.as_ref().map(|theme| Renderer {
        wording: &wording,
        theme,
        site: &site,
        staging: staging.as_ref(),
        keep: matches!(mode, Mode::Memory),
        minify,
    });

    // Each profile is loaded, checked, modelled, rendered and written by one worker, in
    // parallel; only its outcome is kept. Outcomes are collected in file order, so the
    // result does not depend on scheduling.
    let outcomes: Vec<Outcome> = paths
        .into_par_iter()
        .map(|path| one_profile(root, &path, law, opts, renderer.as_ref()))
        .collect();

    // The load and check findings of every profile come first: with any error among them,
    // what the renderer found is not shown (as when rendering waited for the check).
    let mut rendered = Vec::new();
    let mut kept = Vec::new();
    let mut ids: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut selected = Vec::new();
    // Every id that loaded (a draft `--only` names is known, though not published).
    let mut known = Vec::new();
    for (i, o) in outcomes.into_iter().enumerate() {
        if let Some(src) = o.source {
            res.sources.insert(o.shown.clone(), src);
        }
        res.diagnostics.extend(o.checked);
        if let Some(id) = &o.id {
            res.profile_files.insert(id.clone(), o.shown.clone());
            known.push(id.clone());
            if o.selected {
                selected.push(id.clone());
            }
            if o.selected || o.kept.is_some() {
                if let Some(other) = ids.insert(id.clone(), o.shown.clone()) {
                    res.diagnostics.push(
                        Diagnostic::error(
                            "build/duplicate-id",
                            format!("profile id `{id}` is also used by {}", other.display()),
                        )
                        .file(&o.shown),
                    );
                }
            }
        }
        rendered.extend(o.built.map(|b| (i, b)));
        kept.extend(o.kept.map(|k| (i, k)));
    }
    for id in &opts.only {
        if !known.contains(id) && !res.diagnostics.iter().any(|d| d.is_error()) {
            res.diagnostics.push(Diagnostic::error(
                "build/unknown-profile",
                format!("no profile with id `{id}` in content/"),
            ));
        }
    }
    res.profiles = selected.len();
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        // A language or law data file the site could not give explains a profile's unknown
        // language or jurisdiction: reported beside it.
        res.diagnostics.extend(
            site_diags
                .into_iter()
                .filter(|d| d.is_error() && (d.code == "i18n/language" || d.code == "law/site")),
        );
        return;
    }
    res.diagnostics.append(&mut site_diags);
    let Some(r) = renderer else { return };
    if res.diagnostics.iter().any(Diagnostic::is_error) {
        return;
    }
    let mut tree = OutputTree::default();
    let mut clinics = Vec::new();
    for (i, b) in rendered {
        res.diagnostics.extend(b.diagnostics);
        res.files += b.files;
        res.pages += b.pages;
        if res.write_error.is_none() {
            res.write_error = b.write_error;
        }
        if r.keep {
            res.documents.extend(b.documents);
            tree.merge(b.tree);
        }
        clinics.push((i, b.clinic));
    }
    // The clinics `--only` left out stay on the site as they were published.
    res.kept = kept.len();
    for (i, (clinic, error)) in kept {
        if res.write_error.is_none() {
            res.write_error = error;
        }
        clinics.push((i, clinic));
    }
    // In file order, as in a build of every profile.
    clinics.sort_by_key(|(i, _)| *i);
    let clinics: Vec<render::Clinic> = clinics.into_iter().map(|(_, c)| c).collect();
    let mut index = OutputTree::default();
    if let Err(d) = r.theme.render_index(&clinics, r.site, &mut index) {
        res.diagnostics.push(d);
    }
    if r.minify {
        render::minify::tree(&mut index);
    }
    res.files += index.len();
    res.pages += index.pages();
    if let Some(s) = r.staging {
        if let Err(e) = s.put(&index) {
            res.write_error.get_or_insert(e);
        }
    }
    tree.merge(index);
    if res.diagnostics.iter().any(Diagnostic::is_error) || res.write_error.is_some() {
        return;
    }
    if r.keep {
        res.tree = Some(tree);
    }
    res.staged = staging;
}

/// Load → check → model → render → write for one profile file.
fn one_profile(
    root: &Path,
    path: &Path,
    law: &Law,
    opts: &Options,
    renderer: Option<&Renderer>,
) -> Outcome {
    let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let lp = match load::load_profile_partial(path, &shown) {
        Ok(lp) => lp,
        Err(failure) => {
            let mut checked = failure.diagnostics;
            // The checks still run on what could be read (load::resilient).
            if let Some((lp, removed)) = &failure.partial {
                checked.extend(
                    check::profile(lp, law.get(lp.profile.jurisdiction), &opts.langs)
                        .into_iter()
                        .filter(|d| !load::resilient::about_removed(d, removed)),
                );
            }
            let lines = checked.iter().filter_map(|d| d.line).collect();
            let source = load::guard::snippet_source(path).map(|s| sparse(&s, &lines));
            return Outcome {
                shown,
                id: None,
                selected: false,
                checked,
                source,
                built: None,
                kept: None,
            };
        }
    };
    let selected = opts.only.is_empty() || opts.only.contains(&lp.id);
    let mut o = Outcome {
        shown,
        id: Some(lp.id.clone()),
        selected,
        checked: Vec::new(),
        source: None,
        built: None,
        kept: None,
    };
    if !selected {
        o.kept = renderer
            .and_then(|r| r.staging)
            .and_then(|s| keep_clinic(&lp, s));
        return o;
    }
    let draft = lp.profile.draft;
    o.checked = check::profile(&lp, law.get(lp.profile.jurisdiction), &opts.langs);
    if draft {
        as_draft(&mut o.checked);
    }
    // A draft is not published: checked, and its earlier folder (if any) kept as it was.
    if draft && !opts.drafts {
        o.selected = false;
        o.kept = renderer
            .and_then(|r| r.staging)
            .and_then(|s| keep_clinic(&lp, s));
        o.checked.push(
            Diagnostic::info(
                "build/draft",
                format!(
                    "`{}` is a draft (`draft: true`): checked, not published",
                    lp.id
                ),
            )
            .file(&o.shown)
            .help("remove `draft: true` once the profile is complete; `build --drafts` and `serve` preview it"),
        );
    } else if let Some(r) = renderer.filter(|_| !o.checked.iter().any(Diagnostic::is_error)) {
        let mut b = build_profile(&lp, law, r.wording, r.theme, r.site, opts);
        if draft {
            as_draft(&mut b.diagnostics);
            draft_gaps(&lp, &o.shown, &o.checked, opts, &mut b);
        }
        if r.site.archive {
            archive(&lp, &mut b, r);
        }
        // After the review (which reads the pages as rendered) and the archive's copies.
        if r.minify {
            render::minify::tree(&mut b.tree);
        }
        b.files = b.tree.len();
        b.pages = b.tree.pages();
        if let Some(s) = r.staging {
            // A profile with an error drops the whole staging folder: no need to write.
            if !b.diagnostics.iter().any(Diagnostic::is_error) {
                b.write_error = s.put(&b.tree).err();
            }
        }
        if !r.keep {
            b.tree = OutputTree::default();
            b.documents = Vec::new();
        }
        o.built = Some(b);
    }
    let lines: BTreeSet<usize> = o
        .checked
        .iter()
        .chain(o.built.iter().flat_map(|b| &b.diagnostics))
        .filter_map(|d| d.line)
        .collect();
    if !lines.is_empty() {
        o.source = Some(load::guard::snippet_text(&sparse(&lp.source, &lines)));
    }
    o
}

/// `source` with only the `lines` diagnostics point at (the others left empty, so line
/// numbers stay right): snippets need no more, and a large site keeps little in memory.
fn sparse(source: &str, lines: &BTreeSet<usize>) -> String {
    let mut out = String::new();
    for (i, l) in source.lines().enumerate() {
        if lines.contains(&(i + 1)) {
            out.push_str(l);
        }
        out.push('\n');
    }
    out
}

/// What one profile contributes to the site.
struct Built {
    diagnostics: Vec<Diagnostic>,
    documents: Vec<model::Document>,
    tree: OutputTree,
    clinic: render::Clinic,
    files: usize,
    pages: usize,
    write_error: Option<crate::output::OutputError>,
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
    // The pages say what applies on the `effective` date: entries whose validity window does
    // not include it are left out (src/load/window.rs); `check` reports them.
    let in_force = crate::load::window::in_force(lp);
    let lp: &LoadedProfile = &in_force;
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
    if let Err(mut d) = theme.render_documents(&docs, default, site, wording, &mut tree) {
        // A template's error names the template; any other (a PDF too long) the profile.
        if d.file.is_none() {
            d = d.file(&lp.path);
        }
        diagnostics.push(d);
    }
    // Stage 5: the pages review themselves (src/verify/): coverage, then the page rules.
    diagnostics.extend(crate::verify::coverage(lp, &docs, &tree));
    diagnostics.extend(crate::verify::documents(lp, &docs, &tree));
    Built {
        diagnostics,
        documents: docs,
        tree,
        clinic: render::Clinic {
            id: lp.id.clone(),
            name: lp.profile.controller.name.clone(),
            langs,
            kinds: lp.profile.documents.clone(),
            register: lp.profile.document.address,
        },
        files: 0,
        pages: 0,
        write_error: None,
    }
}
