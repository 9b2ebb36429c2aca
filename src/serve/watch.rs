//! Watches the site folder and turns file events into rebuild requests.
//!
//! Watched: `privgen.toml` (the root, not recursively), and `content/`, `locales/` and
//! `themes/` recursively. Events are debounced by `notify-debouncer-full` (which also pairs
//! the rename events of editors that save through a temporary file), then classified:
//! changed profiles can be rebuilt on their own, anything else needs a full build. Editor
//! droppings (`.#x`, `x~`, `.x.swp`, vim's `4913`) and read-only access are ignored.

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::RecursiveMode;
use notify_debouncer_full::{new_debouncer, DebounceEventResult, DebouncedEvent};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

pub type Watcher = notify_debouncer_full::Debouncer<
    notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;

/// What the debouncer hands the worker.
pub enum Msg {
    Events(Vec<DebouncedEvent>),
    Errors(Vec<notify::Error>),
}

/// The folders watched recursively.
pub const DIRS: [&str; 3] = ["content", "locales", "themes"];
pub const CONFIG: &str = "privgen.toml";

/// What a batch of events asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Change {
    /// Nothing relevant.
    #[default]
    None,
    /// Only these profile files (absolute paths) changed in place.
    Profiles(BTreeSet<PathBuf>),
    /// Everything must be rebuilt.
    Full,
    /// No file changed; a full build to follow partial ones (see `state::worker`).
    Settle,
}

impl Change {
    pub fn merge(self, other: Change) -> Change {
        match (self, other) {
            (Change::Full, _) | (_, Change::Full) => Change::Full,
            (Change::Profiles(mut a), Change::Profiles(b)) => {
                a.extend(b);
                Change::Profiles(a)
            }
            (Change::Profiles(a), _) | (_, Change::Profiles(a)) => Change::Profiles(a),
            (Change::Settle, _) | (_, Change::Settle) => Change::Settle,
            (Change::None, Change::None) => Change::None,
        }
    }
}

/// Starts the debounced watcher; events go to `tx`.
pub fn start(root: &Path, debounce: Duration, tx: Sender<Msg>) -> Result<Watcher, notify::Error> {
    let mut w = new_debouncer(debounce, None, move |res: DebounceEventResult| {
        let _ = match res {
            Ok(evs) => tx.send(Msg::Events(evs)),
            Err(errs) => tx.send(Msg::Errors(errs)),
        };
    })?;
    w.watch(root, RecursiveMode::NonRecursive)?;
    ensure_watched(&mut w, root);
    Ok(w)
}

/// Adds recursive watches for those of `content/`, `locales/`, `themes/` that exist (a
/// folder created after start is picked up at the next full build). Watching a folder
/// twice is harmless.
pub fn ensure_watched(w: &mut Watcher, root: &Path) {
    for d in DIRS {
        let p = root.join(d);
        if p.is_dir() {
            let _ = w.watch(&p, RecursiveMode::Recursive);
        }
    }
}

/// Classifies a batch of debounced events.
pub fn classify(root: &Path, events: &[DebouncedEvent]) -> Change {
    let mut change = Change::None;
    for ev in events {
        if ev.need_rescan() {
            return Change::Full;
        }
        match ev.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
            EventKind::Access(_) => continue,
            _ => {}
        }
        for path in &ev.paths {
            change = change.merge(classify_path(root, path));
        }
    }
    change
}

fn classify_path(root: &Path, path: &Path) -> Change {
    let Ok(rel) = path.strip_prefix(root) else {
        return Change::None;
    };
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let Some(first) = parts.first() else {
        return Change::None;
    };
    let name = parts.last().map(String::as_str).unwrap_or_default();
    if parts.len() > 1 && is_editor_junk(name) {
        return Change::None;
    }
    match (first.as_str(), parts.len()) {
        (CONFIG, 1) => Change::Full,
        ("content", 1) => Change::Full,
        ("content", 2) => {
            if is_profile(name) {
                if path.is_file() {
                    Change::Profiles(BTreeSet::from([path.to_path_buf()]))
                } else {
                    // Deleted or renamed away: the list of clinics changed.
                    Change::Full
                }
            } else if path.is_dir() {
                Change::Full
            } else {
                Change::None
            }
        }
        ("content", _) => Change::None,
        ("locales", 1) | ("themes", _) => Change::Full,
        ("locales", _) => {
            if name.ends_with(".ftl") || path.is_dir() || !name.contains('.') {
                Change::Full
            } else {
                Change::None
            }
        }
        _ => Change::None,
    }
}

fn is_profile(name: &str) -> bool {
    (name.ends_with(".yaml") || name.ends_with(".yml")) && !name.starts_with('.')
}

/// Temporary files editors write beside the real one.
fn is_editor_junk(name: &str) -> bool {
    name.starts_with(".#")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::write(root.join("content/a.yaml"), "x").unwrap();
        let a = root.join("content/a.yaml");
        assert_eq!(
            classify_path(root, &a),
            Change::Profiles(BTreeSet::from([a.clone()]))
        );
        assert_eq!(
            classify_path(root, &root.join("content/gone.yaml")),
            Change::Full
        );
        assert_eq!(
            classify_path(root, &root.join("content/.a.yaml.swp")),
            Change::None
        );
        assert_eq!(
            classify_path(root, &root.join("content/4913")),
            Change::None
        );
        assert_eq!(
            classify_path(root, &root.join("privgen.toml")),
            Change::Full
        );
        assert_eq!(
            classify_path(root, &root.join("locales/nl/site.ftl")),
            Change::Full
        );
        assert_eq!(
            classify_path(root, &root.join("themes/default/x.css")),
            Change::Full
        );
        assert_eq!(
            classify_path(root, &root.join("public/index.html")),
            Change::None
        );
        assert_eq!(classify_path(root, &root.join("README.md")), Change::None);
        assert_eq!(classify_path(Path::new("/elsewhere"), &a), Change::None);
    }

    #[test]
    fn merging_keeps_the_widest() {
        let p = |s: &str| Change::Profiles(BTreeSet::from([PathBuf::from(s)]));
        assert_eq!(
            p("a").merge(p("b")),
            Change::Profiles(BTreeSet::from([PathBuf::from("a"), PathBuf::from("b")]))
        );
        assert_eq!(p("a").merge(Change::Full), Change::Full);
        assert_eq!(Change::None.merge(p("a")), p("a"));
        assert_eq!(Change::None.merge(Change::None), Change::None);
    }
}
