//! The served snapshot and the rebuild worker.
//!
//! [`Shared`] holds the snapshot every request reads (last good tree, its documents, the
//! current errors) and the latest reload message the event streams wait on. [`Rebuilder`]
//! decides how much to rebuild for a change and merges a partial build into the last good
//! tree; [`worker`] runs it on its own thread, fed by the watcher.

use super::watch::{self, Change};
use super::{BuildReport, Notice, Reporter};
use crate::diagnostics::{self, Diagnostic};
use crate::law::Law;
use crate::load;
use crate::model::Document;
use crate::output::OutputTree;
use crate::site::{self, BuildResult};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant};

/// How much a build covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every profile, the index, the sitemap and the theme's files.
    Full,
    /// Only these profile ids; their pages were spliced into the served tree.
    Profiles(Vec<String>),
    /// The full build that follows partial ones, to converge on `privgen build`'s output.
    Settle,
}

/// What every request reads: replaced whole after each build.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub gen: u64,
    /// The last good site; `None` until a build succeeds.
    pub tree: Option<Arc<OutputTree>>,
    /// The documents of the last good build.
    pub documents: Arc<Vec<Document>>,
    /// Diagnostics of the current build, rendered as `privgen check` prints them, when it
    /// failed.
    pub errors: Option<Arc<String>>,
    /// Warnings of the last build, rendered the same way (shown in a corner of the page).
    pub warnings: Option<Arc<String>>,
}

/// The latest reload message: which pages changed in build `gen`.
#[derive(Debug, Clone, Default)]
pub struct Reload {
    pub gen: u64,
    /// Every page should reload (theme or config change, errors appeared or went away).
    pub all: bool,
    /// Site paths (`kei/nl/index.html`) whose content changed.
    pub changed: Vec<String>,
}

/// State shared by the worker, the acceptor and the request threads.
#[derive(Debug, Default)]
pub struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    pub reload: Mutex<Reload>,
    pub cond: Condvar,
    pub stop: AtomicBool,
    /// Request threads still running (the event streams among them).
    pub active: AtomicUsize,
    /// Open event streams.
    pub streams: AtomicUsize,
}

/// A new snapshot and the reload message that announces it.
pub struct Publish {
    pub snapshot: Snapshot,
    pub reload: Reload,
}

impl Shared {
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => s.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    pub fn generation(&self) -> u64 {
        self.snapshot().gen
    }

    pub fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Installs a snapshot with the next generation number and wakes the event streams.
    pub fn publish(&self, p: Publish) {
        let gen = {
            let mut guard = match self.snapshot.write() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            let gen = guard.gen + 1;
            let mut snap = p.snapshot;
            snap.gen = gen;
            *guard = Arc::new(snap);
            gen
        };
        let mut r = match self.reload.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *r = Reload { gen, ..p.reload };
        drop(r);
        self.cond.notify_all();
    }

    pub fn wake_all(&self) {
        self.cond.notify_all();
    }
}

/// The last good build.
struct Good {
    tree: Arc<OutputTree>,
    documents: Arc<Vec<Document>>,
    /// Profile id → shown path of its file.
    files: BTreeMap<String, PathBuf>,
    warnings: Vec<Diagnostic>,
    /// The snippet sources of `warnings` (a partial build reads only its own files).
    sources: BTreeMap<PathBuf, String>,
}

/// The result of one run: what to publish and what to tell the user.
pub struct Outcome {
    pub publish: Publish,
    pub report: BuildReport,
}

/// Runs builds and remembers the last good one.
pub struct Rebuilder {
    root: PathBuf,
    law: Law,
    opts: site::Options,
    good: Option<Good>,
    /// Whether the last build failed (then the next change always rebuilds everything).
    failing: bool,
    /// A partial build was published and no full build has followed it yet.
    pub unsettled: bool,
    /// The profile files (absolute) of the latest save: their findings come first in the
    /// overlay.
    saved: BTreeSet<PathBuf>,
}

impl Rebuilder {
    pub fn new(root: PathBuf, law: Law, opts: site::Options) -> Rebuilder {
        Rebuilder {
            root,
            law,
            opts,
            good: None,
            failing: true,
            unsettled: false,
            saved: BTreeSet::new(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// [`Rebuilder::run`], with a panic anywhere in the pipeline turned into a failed build
    /// (the last good site stays served) instead of a dead worker.
    pub fn run_guarded(&mut self, change: &Change) -> Outcome {
        let started = Instant::now();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run(change))) {
            Ok(out) => out,
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                let d = Diagnostic::error(
                    "serve/internal",
                    format!("the build stopped on an internal error: {msg}"),
                )
                .help("this is a bug in privgen; please report it with the file you saved");
                self.failed(Scope::Full, vec![d], BTreeMap::new(), started)
            }
        }
    }

    /// Rebuilds as much as `change` needs.
    pub fn run(&mut self, change: &Change) -> Outcome {
        let started = Instant::now();
        if let Change::Profiles(paths) = change {
            self.saved = paths.clone();
        }
        if let Change::Profiles(paths) = change {
            if let Some(out) = self.try_partial(paths, started) {
                return out;
            }
        }
        let scope = if matches!(change, Change::Settle) {
            Scope::Settle
        } else {
            Scope::Full
        };
        let res = site::build(&self.root, &self.law, &self.opts);
        self.full(res, scope, started)
    }

    fn full(&mut self, res: BuildResult, scope: Scope, started: Instant) -> Outcome {
        self.unsettled = false;
        let was_failing = self.failing;
        let BuildResult {
            mut diagnostics,
            sources,
            tree,
            documents,
            profile_files,
            ..
        } = res;
        diagnostics::sort(&mut diagnostics);
        let Some(tree) = tree else {
            return self.failed(scope, diagnostics, sources, started);
        };
        let warnings: Vec<Diagnostic> = diagnostics.clone();
        let (changed, all) = match &self.good {
            Some(g) => diff(&g.tree, &tree),
            None => (Vec::new(), true),
        };
        let tree = Arc::new(tree);
        let documents = Arc::new(documents);
        self.good = Some(Good {
            tree: tree.clone(),
            documents: documents.clone(),
            files: profile_files,
            warnings: warnings.clone(),
            sources: sources.clone(),
        });
        self.failing = false;
        self.ok_outcome(
            scope,
            tree,
            documents,
            warnings,
            sources,
            changed,
            all || was_failing,
            started,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn ok_outcome(
        &self,
        scope: Scope,
        tree: Arc<OutputTree>,
        documents: Arc<Vec<Document>>,
        warnings: Vec<Diagnostic>,
        sources: BTreeMap<PathBuf, String>,
        changed: Vec<String>,
        all: bool,
        started: Instant,
    ) -> Outcome {
        let shown_warnings = (!warnings.is_empty()).then(|| Arc::new(render(&warnings, &sources)));
        let pages = tree.pages();
        let n_changed = if all && changed.is_empty() {
            pages
        } else {
            changed.len()
        };
        Outcome {
            publish: Publish {
                snapshot: Snapshot {
                    gen: 0,
                    tree: Some(tree),
                    documents,
                    errors: None,
                    warnings: shown_warnings,
                },
                reload: Reload {
                    gen: 0,
                    all,
                    changed,
                },
            },
            report: BuildReport {
                scope,
                elapsed: started.elapsed(),
                ok: true,
                pages,
                changed: n_changed,
                diagnostics: warnings,
                sources,
            },
        }
    }

    fn failed(
        &mut self,
        scope: Scope,
        diagnostics: Vec<Diagnostic>,
        sources: BTreeMap<PathBuf, String>,
        started: Instant,
    ) -> Outcome {
        self.failing = true;
        let mut diagnostics = diagnostics;
        if !diagnostics.iter().any(Diagnostic::is_error) {
            // A build without a tree always has an error; say so if a stage forgot to.
            diagnostics.push(Diagnostic::error(
                "serve/build",
                "the build produced no site",
            ));
        }
        // Errors first, those of the file just saved before the others; then the rest
        // (warnings, allowed findings), folded in the overlay.
        let saved: Vec<&Path> = self
            .saved
            .iter()
            .filter_map(|p| p.strip_prefix(&self.root).ok())
            .collect();
        let in_saved = |d: &Diagnostic| d.file.as_deref().is_some_and(|f| saved.contains(&f));
        diagnostics.sort_by_key(|d| (!d.is_error(), !in_saved(d)));
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        let mut text = render(&diagnostics[..errors], &sources);
        if errors < diagnostics.len() {
            text.push_str(crate::serve::inject::FOLD);
            text.push_str(&render(&diagnostics[errors..], &sources));
        }
        let (tree, documents) = match &self.good {
            Some(g) => (Some(g.tree.clone()), g.documents.clone()),
            None => (None, Arc::default()),
        };
        Outcome {
            publish: Publish {
                snapshot: Snapshot {
                    gen: 0,
                    tree: tree.clone(),
                    documents,
                    errors: Some(Arc::new(text)),
                    warnings: None,
                },
                reload: Reload {
                    gen: 0,
                    all: true,
                    changed: Vec::new(),
                },
            },
            report: BuildReport {
                scope,
                elapsed: started.elapsed(),
                ok: false,
                pages: tree.map_or(0, |t| t.pages()),
                changed: 0,
                diagnostics,
                sources,
            },
        }
    }

    /// Rebuilds only the clinics whose profiles changed, when that is known to give the
    /// same pages as a full build: the last build was good, every changed file was a known
    /// profile that still loads under the same id, and the clinic's name and languages
    /// (all the index and sitemap show of it) did not change. `None` means: build it all.
    fn try_partial(&mut self, paths: &BTreeSet<PathBuf>, started: Instant) -> Option<Outcome> {
        if self.failing {
            return None;
        }
        let good = self.good.as_ref()?;
        let mut ids = Vec::new();
        let mut shown_files = BTreeSet::new();
        for path in paths {
            let shown = path.strip_prefix(&self.root).ok()?.to_path_buf();
            let (old_id, _) = good.files.iter().find(|(_, f)| **f == shown)?;
            let lp = load::load_profile(path, &shown).ok()?;
            if &lp.id != old_id {
                return None;
            }
            ids.push(lp.id);
            shown_files.insert(shown);
        }
        if ids.is_empty() {
            return None;
        }
        let opts = site::Options {
            only: ids.clone(),
            ..self.opts.clone()
        };
        let res = site::build(&self.root, &self.law, &opts);
        let new_tree = res.tree.as_ref()?;
        for id in &ids {
            let summary = |docs: &[Document]| {
                let mut v: Vec<(String, String, String)> = docs
                    .iter()
                    .filter(|d| &d.profile == id)
                    .map(|d| {
                        let kind = serde_json::to_string(&d.kind).unwrap_or_default();
                        (d.lang.code().to_string(), kind, d.meta.controller.clone())
                    })
                    .collect();
                v.sort();
                v
            };
            if summary(&good.documents) != summary(&res.documents) {
                return None;
            }
        }
        // Splice: the old tree without these clinics' folders, plus their new folders.
        let prefixes: Vec<String> = ids.iter().map(|id| format!("{id}/")).collect();
        let in_scope = |p: &str| prefixes.iter().any(|pre| p.starts_with(pre.as_str()));
        let mut tree = OutputTree::default();
        for p in good.tree.paths().filter(|p| !in_scope(p)) {
            if let Some(bytes) = good.tree.get(p) {
                tree.insert(p, bytes.to_vec());
            }
        }
        for p in new_tree.paths().filter(|p| in_scope(p)) {
            if let Some(bytes) = new_tree.get(p) {
                tree.insert(p, bytes.to_vec());
            }
        }
        let mut documents: Vec<Document> = good
            .documents
            .iter()
            .filter(|d| !ids.contains(&d.profile))
            .cloned()
            .collect();
        documents.extend(res.documents.iter().cloned());
        let mut warnings: Vec<Diagnostic> = good
            .warnings
            .iter()
            .filter(|d| d.file.as_ref().is_none_or(|f| !shown_files.contains(f)))
            .cloned()
            .collect();
        warnings.extend(
            res.diagnostics
                .iter()
                .filter(|d| d.file.as_ref().is_some_and(|f| shown_files.contains(f)))
                .cloned(),
        );
        diagnostics::sort(&mut warnings);
        let (changed, all) = diff(&good.tree, &tree);
        let tree = Arc::new(tree);
        let documents = Arc::new(documents);
        let files = good.files.clone();
        let mut sources: BTreeMap<PathBuf, String> = good
            .sources
            .iter()
            .filter(|(f, _)| !shown_files.contains(*f))
            .map(|(f, s)| (f.clone(), s.clone()))
            .collect();
        sources.extend(res.sources);
        self.good = Some(Good {
            tree: tree.clone(),
            documents: documents.clone(),
            files,
            warnings: warnings.clone(),
            sources: sources.clone(),
        });
        self.unsettled = true;
        Some(self.ok_outcome(
            Scope::Profiles(ids),
            tree,
            documents,
            warnings,
            sources,
            changed,
            all,
            started,
        ))
    }
}

/// Pages that differ between two trees, and whether a file pages load (a stylesheet, a
/// font, an image) changed, in which case every page should reload. Exports (Markdown,
/// text, JSON, PDF) are no page's resources.
fn diff(old: &OutputTree, new: &OutputTree) -> (Vec<String>, bool) {
    const RESOURCES: [&str; 15] = [
        "css", "js", "mjs", "woff", "woff2", "ttf", "otf", "png", "jpg", "jpeg", "gif", "svg",
        "webp", "avif", "ico",
    ];
    let mut changed = Vec::new();
    let mut all = false;
    let paths: BTreeSet<&str> = old.paths().chain(new.paths()).collect();
    for p in paths {
        if old.get(p) != new.get(p) {
            let ext = p.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
            if p.ends_with(".html") {
                changed.push(p.to_string());
            } else if ext.is_some_and(|e| RESOURCES.contains(&e.as_str())) {
                all = true;
            }
        }
    }
    (changed, all)
}

/// Diagnostics exactly as `privgen check` prints them for people.
pub fn render(diags: &[Diagnostic], sources: &BTreeMap<PathBuf, String>) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.render_from(sources));
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        out.push_str(&format!("error: {errors} error(s) found\n"));
    }
    out
}

/// How long the worker waits, after a partial build, for more edits before it settles with
/// a full build.
const SETTLE_AFTER: Duration = Duration::from_millis(400);

/// The worker loop: waits for file events, rebuilds, publishes. Owns the watcher, so the
/// watcher stops when the worker does.
pub fn worker(
    mut rebuilder: Rebuilder,
    mut watcher: Option<watch::Watcher>,
    rx: mpsc::Receiver<watch::Msg>,
    shared: Arc<Shared>,
    report: Reporter,
) {
    while !shared.stopping() {
        let wait = if rebuilder.unsettled {
            SETTLE_AFTER
        } else {
            Duration::from_millis(100)
        };
        let mut change = Change::None;
        let mut errors = Vec::new();
        let mut absorb = |m: watch::Msg, change: &mut Change| match m {
            watch::Msg::Events(evs) => {
                let c = watch::classify(rebuilder.root(), &evs);
                *change = std::mem::take(change).merge(c);
            }
            watch::Msg::Errors(e) => errors.extend(e),
        };
        match rx.recv_timeout(wait) {
            Ok(m) => {
                absorb(m, &mut change);
                while let Ok(m) = rx.try_recv() {
                    absorb(m, &mut change);
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if rebuilder.unsettled {
                    change = Change::Settle;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // No watcher: nothing will change; idle until stopped.
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        for e in errors {
            report(Notice::Warning(format!("file watcher: {e}")));
        }
        if matches!(change, Change::None) {
            continue;
        }
        if matches!(change, Change::Full) {
            if let Some(w) = watcher.as_mut() {
                watch::ensure_watched(w, rebuilder.root());
            }
        }
        let out = rebuilder.run_guarded(&change);
        let quiet_settle = matches!(out.report.scope, Scope::Settle)
            && out.report.ok
            && out.report.changed == 0
            && !out.publish.reload.all;
        if quiet_settle {
            // Nothing differs from what is served: keep the snapshot, say nothing.
            continue;
        }
        shared.publish(out.publish);
        report(Notice::Built(out.report));
    }
    drop(watcher);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            if e.path().is_dir() {
                copy_dir(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }

    fn example_site() -> tempfile::TempDir {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        for d in ["content", "locales", "themes"] {
            copy_dir(&repo.join(d), &dir.path().join(d));
        }
        std::fs::copy(repo.join("privgen.toml"), dir.path().join("privgen.toml")).unwrap();
        dir
    }

    #[test]
    fn a_partial_build_gives_the_pages_a_full_build_gives() {
        let dir = example_site();
        let root = dir.path().to_path_buf();
        let mut r = Rebuilder::new(root.clone(), Law::load().unwrap(), site::Options::default());
        let first = r.run(&Change::Full);
        assert!(first.report.ok, "{:?}", first.report.diagnostics);
        let before = first.publish.snapshot.tree.clone().unwrap();

        let path = root.join("content/mst.yaml");
        let src = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, src.replace("privacy@mst.nl", "fg@mst.example")).unwrap();
        let partial = r.run(&Change::Profiles(BTreeSet::from([path.clone()])));
        assert_eq!(partial.report.scope, Scope::Profiles(vec!["mst".into()]));
        assert!(partial.report.ok);
        assert!(r.unsettled);
        let changed = &partial.publish.reload.changed;
        assert!(
            !changed.is_empty() && changed.iter().all(|p| p.starts_with("mst/")),
            "{changed:?}"
        );
        assert!(!partial.publish.reload.all);
        let tree = partial.publish.snapshot.tree.clone().unwrap();
        let page = String::from_utf8_lossy(tree.get("mst/nl/index.html").unwrap()).to_string();
        assert!(page.contains("fg@mst.example"));
        assert_eq!(
            tree.get("kei/en/index.html"),
            before.get("kei/en/index.html")
        );

        // The settling full build finds nothing left to change.
        let settle = r.run(&Change::Settle);
        assert!(settle.report.ok);
        assert_eq!(settle.report.changed, 0);
        assert!(!settle.publish.reload.all);
        assert_eq!(settle.publish.snapshot.tree.as_deref(), Some(&*tree));
        assert!(!r.unsettled);
    }

    #[test]
    fn renaming_a_clinic_or_breaking_a_profile_rebuilds_everything() {
        let dir = example_site();
        let root = dir.path().to_path_buf();
        let mut r = Rebuilder::new(root.clone(), Law::load().unwrap(), site::Options::default());
        assert!(r.run(&Change::Full).report.ok);
        let path = root.join("content/mst.yaml");
        let src = std::fs::read_to_string(&path).unwrap();
        // The name is on the index page: a partial build would leave it stale.
        std::fs::write(
            &path,
            src.replace("name: Medisch Spectrum Twente", "name: MST Enschede"),
        )
        .unwrap();
        let out = r.run(&Change::Profiles(BTreeSet::from([path.clone()])));
        assert_eq!(out.report.scope, Scope::Full);
        let index = out.publish.snapshot.tree.clone().unwrap();
        assert!(String::from_utf8_lossy(index.get("index.html").unwrap()).contains("MST Enschede"));

        std::fs::write(&path, "controller: [").unwrap();
        let bad = r.run(&Change::Profiles(BTreeSet::from([path.clone()])));
        assert!(!bad.report.ok);
        assert_eq!(bad.report.scope, Scope::Full);
        assert!(bad
            .publish
            .snapshot
            .errors
            .as_deref()
            .is_some_and(|e| e.contains("content/mst.yaml")));
        assert_eq!(
            bad.publish.snapshot.tree.as_deref(),
            Some(&*index),
            "last good stays"
        );
        assert!(bad.publish.reload.all);
    }
}
