//! Stage 5: the in-memory output tree (path → bytes) and writing it to disk safely.
//!
//! [`write`] publishes a tree so that the folder a web server serves is, at every moment,
//! either the previous site or the new one, byte for byte — never a mix, never half of
//! one:
//!
//! 1. every path of the tree is checked first (one relative path, no `..`, no reserved
//!    name), before anything touches the disk;
//! 2. the target is resolved to the real path it names ([`resolve`]: links followed, `..`
//!    applied to the real path, also through folders that do not exist yet) and checked: a
//!    folder privgen did not create (no [`MARKER`] file) is not replaced unless `force`;
//!    the protected folders of [`WriteOptions`] (the site folder, its sources, the home
//!    folder) never are, nor a folder holding them or, for the sources, inside them;
//! 3. a lock on the parent folder keeps two builds from publishing at once;
//! 4. the tree is written to a temporary folder beside the target
//!    (`.<name>.privgen-tmp-<pid>`), with the marker and the host files of the old output
//!    ([`KEEP`]) copied in;
//! 5. the new folder is swapped in: on Linux with one `renameat2(RENAME_EXCHANGE)`, so the
//!    target never disappears; elsewhere (or on file systems without it) by two renames,
//!    with the old folder parked as `.<name>.privgen-old` in between.
//!
//! An interrupted build (Ctrl-C, `kill -9`, a full disk) leaves at worst a temporary folder
//! beside the target; the next build removes it. If it was interrupted between the two
//! renames of the fallback, the target is missing and the parked old folder is complete:
//! the next build puts it back before doing anything else. Files are not `fsync`ed: a
//! power cut right after a build may lose it on some file systems (see `docs/limits.md`).

pub mod paths;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Name of the marker file that identifies a folder privgen created.
pub const MARKER: &str = ".privgen-output";

/// Host files kept from the previous output when it is replaced.
pub const KEEP: [&str; 5] = [
    "CNAME",
    ".nojekyll",
    "_redirects",
    ".well-known",
    ".domains",
];

/// The rendered site: relative path (with `/`) → content. Sorted, so writing and listing
/// are deterministic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutputTree {
    files: BTreeMap<String, Vec<u8>>,
}

impl OutputTree {
    /// Moves every file of `other` into this tree (a later file replaces an earlier one).
    pub fn merge(&mut self, other: OutputTree) {
        self.files.extend(other.files);
    }
    pub fn insert(&mut self, path: impl Into<String>, content: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), content.into());
    }
    /// Replaces the content of each file for which `f` returns new content.
    pub fn rewrite(&mut self, mut f: impl FnMut(&str, &[u8]) -> Option<Vec<u8>>) {
        for (path, bytes) in self.files.iter_mut() {
            if let Some(new) = f(path, bytes) {
                *bytes = new;
            }
        }
    }
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }
    pub fn len(&self) -> usize {
        self.files.len()
    }
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }
    /// Every file, sorted by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_slice()))
    }
    /// Number of HTML pages.
    pub fn pages(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0} exists and was not created by privgen (no {MARKER} file); refusing to replace it \
         (pass --force to replace it anyway)"
    )]
    Foreign(PathBuf),
    #[error("{0} exists and is not a folder; refusing to replace it")]
    NotAFolder(PathBuf),
    #[error("refusing to write the site into {out}: it would replace {protected}")]
    Protected { out: PathBuf, protected: PathBuf },
    #[error(
        "refusing to write the site into {out}: it is inside {protected}, which is never \
         replaced, not even in part"
    )]
    Inside { out: PathBuf, protected: PathBuf },
    #[error("unsafe output path `{0}`")]
    UnsafePath(String),
}

/// How [`write`] may treat the target folder.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Replace a non-empty folder that has no [`MARKER`] file.
    pub force: bool,
    /// Folders the target may be neither equal to nor a parent of, even with `force`
    /// (the site folder, so `--out .` cannot replace the profiles; the home folder).
    pub protect: Vec<PathBuf>,
    /// Folders the target may not be inside of either (nor equal to, nor a parent of):
    /// the site's sources, `content/`, `locales/`, `themes/`, `.git`.
    pub sealed: Vec<PathBuf>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `tree` to `out` with the default options (no `force`, nothing protected).
pub fn write_atomic(tree: &OutputTree, out: &Path) -> Result<(), OutputError> {
    write(tree, out, &WriteOptions::default())
}

/// Whether `rel` is a safe relative path inside the output: `/`-separated, no empty,
/// `.` or `..` segment, no backslash, colon or control character, and not a reserved
/// top-level name (the marker, or a host file that is kept).
pub fn safe_path(rel: &str) -> bool {
    let ok_segments = !rel.is_empty()
        && rel
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..")
        && !rel.chars().any(|c| c == '\\' || c == ':' || c.is_control());
    let top = rel.split('/').next().unwrap_or_default();
    ok_segments && top != MARKER && !KEEP.iter().any(|k| k.eq_ignore_ascii_case(top))
}

/// True when `path` has a [`MARKER`] file (not a folder or link of that name).
fn has_marker(path: &Path) -> bool {
    std::fs::symlink_metadata(path.join(MARKER)).is_ok_and(|m| m.is_file())
}

fn is_empty_dir(path: &Path) -> Result<bool, OutputError> {
    Ok(std::fs::read_dir(path).map_err(io(path))?.next().is_none())
}

/// Writes `tree` to `out`: into a sibling temporary folder first, then swapped in. See the
/// module documentation for the guarantees.
pub fn write(tree: &OutputTree, out: &Path, opts: &WriteOptions) -> Result<(), OutputError> {
    if let Some(bad) = tree.paths().find(|p| !safe_path(p)) {
        return Err(OutputError::UnsafePath(bad.to_string()));
    }
    let staging = Staging::begin(out, opts)?;
    staging.put(tree)?;
    staging.commit()
}

/// A publication in progress, for builds that write each clinic's files as soon as they
/// are rendered instead of holding the whole site in memory. [`Staging::begin`] makes the
/// checks of [`write`] (steps 2–3) and creates the temporary folder; [`Staging::put`] adds
/// files to it (from any thread); [`Staging::commit`] adds the marker and the kept host
/// files and swaps the folder in. Dropped without a commit (a failed build, denied
/// warnings, a panic), the temporary folder is removed and the previous site is untouched.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    old: PathBuf,
    exists: bool,
    done: bool,
    files: std::sync::atomic::AtomicUsize,
    pages: std::sync::atomic::AtomicUsize,
    _lock: Option<std::fs::File>,
}

impl Staging {
    /// Checks the target and creates the temporary folder beside it; holds the lock on the
    /// parent folder until committed or dropped.
    pub fn begin(out: &Path, opts: &WriteOptions) -> Result<Staging, OutputError> {
        let out = resolve_target(out)?;
        let (parent, name) = match (out.parent(), out.file_name()) {
            (Some(p), Some(n)) => (p.to_path_buf(), n.to_string_lossy().to_string()),
            _ => {
                return Err(OutputError::Protected {
                    protected: out.clone(),
                    out,
                })
            }
        };
        // Every path compared is a real path, so `starts_with` (which compares components
        // as written) cannot be fooled by `..`, a link or a folder that does not exist yet.
        for p in opts.protect.iter().chain(&opts.sealed) {
            let p = resolve(p).unwrap_or_else(|_| p.clone());
            if p.starts_with(&out) {
                return Err(OutputError::Protected { out, protected: p });
            }
        }
        for p in &opts.sealed {
            let p = resolve(p).unwrap_or_else(|_| p.clone());
            if out.starts_with(&p) {
                return Err(OutputError::Inside { out, protected: p });
            }
        }
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let lock = lock(&parent);
        let old = parent.join(format!(".{name}.privgen-old"));
        let tmp_prefix = format!(".{name}.privgen-tmp");
        recover(&out, &old, &parent, &tmp_prefix)?;

        let exists = match std::fs::symlink_metadata(&out) {
            Ok(m) if m.is_dir() => true,
            Ok(_) => return Err(OutputError::NotAFolder(out)),
            Err(_) => false,
        };
        if exists && !opts.force && !has_marker(&out) && !is_empty_dir(&out)? {
            return Err(OutputError::Foreign(out));
        }
        let tmp = parent.join(format!("{tmp_prefix}-{}", std::process::id()));
        std::fs::create_dir(&tmp).map_err(io(&tmp))?;
        Ok(Staging {
            out,
            tmp,
            old,
            exists,
            done: false,
            files: Default::default(),
            pages: Default::default(),
            _lock: lock,
        })
    }

    /// Writes every file of `tree` into the temporary folder (every path is checked
    /// first; a later file with the same path replaces an earlier one).
    pub fn put(&self, tree: &OutputTree) -> Result<(), OutputError> {
        use std::sync::atomic::Ordering::Relaxed;
        if let Some(bad) = tree.paths().find(|p| !safe_path(p)) {
            return Err(OutputError::UnsafePath(bad.to_string()));
        }
        // Files come sorted by path, so the files of one folder follow each other.
        let mut made: Option<PathBuf> = None;
        for (rel, bytes) in &tree.files {
            let p = self.tmp.join(rel);
            if let Some(dir) = p.parent() {
                if made.as_deref() != Some(dir) {
                    std::fs::create_dir_all(dir).map_err(io(dir))?;
                    made = Some(dir.to_path_buf());
                }
            }
            std::fs::write(&p, bytes).map_err(io(&p))?;
        }
        self.files.fetch_add(tree.len(), Relaxed);
        self.pages.fetch_add(tree.pages(), Relaxed);
        Ok(())
    }

    /// Files and HTML pages written so far.
    pub fn counts(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.files.load(Relaxed), self.pages.load(Relaxed))
    }

    /// The folder the site is published into.
    pub fn target(&self) -> &Path {
        &self.out
    }

    /// The site being replaced, when there is one.
    pub fn previous(&self) -> Option<&Path> {
        self.exists.then_some(self.out.as_path())
    }

    /// Copies `rel` (a file or folder) from the site being replaced into the new one,
    /// without following or copying symbolic links. Nothing happens when it is absent.
    pub fn carry(&self, rel: &str) -> Result<(), OutputError> {
        if !safe_path(rel) {
            return Err(OutputError::UnsafePath(rel.to_string()));
        }
        let Some(prev) = self.previous() else {
            return Ok(());
        };
        let from = prev.join(rel);
        if std::fs::symlink_metadata(&from).is_err() {
            return Ok(());
        }
        let to = self.tmp.join(rel);
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        copy_recursive(&from, &to)
    }

    /// Adds the marker and the kept host files, and puts the new folder in place.
    pub fn commit(mut self) -> Result<(), OutputError> {
        self.done = true;
        let result = self.finish();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
        result
    }

    fn finish(&self) -> Result<(), OutputError> {
        let marker = self.tmp.join(MARKER);
        std::fs::write(&marker, b"This folder is written by privgen build.\n")
            .map_err(io(&marker))?;
        if self.exists {
            for keep in KEEP {
                let from = self.out.join(keep);
                if std::fs::symlink_metadata(&from).is_ok() {
                    copy_recursive(&from, &self.tmp.join(keep))?;
                }
            }
            // The published folder keeps its permissions (a web server's group, say).
            if let Ok(meta) = std::fs::metadata(&self.out) {
                let _ = std::fs::set_permissions(&self.tmp, meta.permissions());
            }
            return swap(&self.tmp, &self.out, &self.old, cfg!(target_os = "linux"));
        }
        std::fs::rename(&self.tmp, &self.out).map_err(io(&self.out))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// The folder to write: its real path (see [`resolve`]); for a symbolic link, the folder it
/// points to (a site served through `public -> /srv/www/site` is published into
/// `/srv/www/site`), which must be a folder.
fn resolve_target(out: &Path) -> Result<PathBuf, OutputError> {
    let real = resolve(out)?;
    let abs = std::path::absolute(out).map_err(io(out))?;
    if std::fs::symlink_metadata(&abs).is_ok_and(|m| m.file_type().is_symlink()) && !real.is_dir() {
        return Err(OutputError::NotAFolder(abs));
    }
    Ok(real)
}

/// The real path `path` names, whether or not it exists: made absolute, then taken one
/// component at a time, each existing prefix replaced by its canonical form (symbolic links
/// resolved) and `..` applied to the real path so far. So `missing/../content` is
/// `content`, as `create_dir_all` would reach it, and `link/..` is the parent of the link's
/// target, as the kernel resolves it. A dangling link or a loop is an error.
pub fn resolve(path: &Path) -> Result<PathBuf, OutputError> {
    use std::path::Component;
    let abs = std::path::absolute(path).map_err(io(path))?;
    let mut real = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => real.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
            }
            Component::Normal(name) => {
                real.push(name);
                if std::fs::symlink_metadata(&real).is_ok() {
                    real = std::fs::canonicalize(&real).map_err(io(&real))?;
                }
            }
        }
    }
    Ok(real)
}

/// Held while the output is replaced: an exclusive lock on the parent folder, released
/// when dropped (or when the process dies). Best effort: where a folder cannot be locked,
/// builds are not serialised, and each still uses its own temporary folder.
fn lock(parent: &Path) -> Option<std::fs::File> {
    #[cfg(unix)]
    {
        let f = std::fs::File::open(parent).ok()?;
        f.lock().ok()?;
        Some(f)
    }
    #[cfg(not(unix))]
    {
        let _ = parent;
        None
    }
}

/// Repairs what an interrupted build left: the parked old folder is put back when the
/// target is missing, and temporary folders are removed (the lock is held, so they are
/// not another build's).
fn recover(out: &Path, old: &Path, parent: &Path, tmp_prefix: &str) -> Result<(), OutputError> {
    let out_exists = std::fs::symlink_metadata(out).is_ok();
    if std::fs::symlink_metadata(old).is_ok() {
        if !out_exists && has_marker(old) {
            std::fs::rename(old, out).map_err(io(out))?;
        } else {
            std::fs::remove_dir_all(old).map_err(io(old))?;
        }
    }
    if let Ok(entries) = std::fs::read_dir(parent) {
        for entry in entries.flatten() {
            let n = entry.file_name();
            if n.to_string_lossy().starts_with(tmp_prefix) {
                let p = entry.path();
                std::fs::remove_dir_all(&p).map_err(io(&p))?;
            }
        }
    }
    Ok(())
}

/// Puts the complete `tmp` in place of the existing `out`, then removes the old site.
fn swap(tmp: &Path, out: &Path, old: &Path, try_exchange: bool) -> Result<(), OutputError> {
    if try_exchange && exchange(tmp, out).is_ok() {
        // `tmp` now holds the previous site. A failure to remove it is harmless: the next
        // build removes leftover temporary folders.
        remove_tree(tmp);
        return Ok(());
    }
    if let Err(e) = std::fs::rename(out, old) {
        let _ = std::fs::remove_dir_all(tmp);
        return Err(io(out)(e));
    }
    if let Err(e) = std::fs::rename(tmp, out) {
        // Put the previous site back.
        let _ = std::fs::rename(old, out);
        let _ = std::fs::remove_dir_all(tmp);
        return Err(io(out)(e));
    }
    remove_tree(old);
    Ok(())
}

/// Removes a replaced site, its top-level entries (one per clinic) in parallel: for a
/// large site the file system's work of unlinking is a fair part of the build.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    if let Ok(entries) = std::fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.par_iter().for_each(|p| {
            // Not followed: a link is removed as a link.
            match std::fs::symlink_metadata(p) {
                Ok(m) if m.is_dir() => {
                    let _ = std::fs::remove_dir_all(p);
                }
                _ => {
                    let _ = std::fs::remove_file(p);
                }
            }
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Atomically exchanges two folders (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Copies a kept host file or folder; symbolic links are not followed or copied, so a
/// link in the old output cannot pull outside files into the site.
fn copy_recursive(from: &Path, to: &Path) -> Result<(), OutputError> {
    let meta = std::fs::symlink_metadata(from).map_err(io(from))?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    if meta.is_dir() {
        std::fs::create_dir_all(to).map_err(io(to))?;
        for entry in std::fs::read_dir(from).map_err(io(from))? {
            let entry = entry.map_err(io(from))?;
            copy_recursive(&entry.path(), &to.join(entry.file_name()))?;
        }
    } else if meta.is_file() {
        std::fs::copy(from, to).map_err(io(from))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> OutputTree {
        let mut t = OutputTree::default();
        for (p, c) in files {
            t.insert(*p, *c);
        }
        t
    }

    #[test]
    fn replaces_own_output_and_keeps_host_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&tree(&[("a/index.html", "one")]), &out).unwrap();
        std::fs::write(out.join("CNAME"), "privacy.example").unwrap();
        std::fs::create_dir_all(out.join(".well-known")).unwrap();
        std::fs::write(out.join(".well-known/security.txt"), "Contact: x").unwrap();
        std::fs::write(out.join("stale.html"), "old").unwrap();
        write_atomic(&tree(&[("b/index.html", "two")]), &out).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("b/index.html")).unwrap(),
            "two"
        );
        assert!(!out.join("a/index.html").exists());
        assert!(!out.join("stale.html").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("CNAME")).unwrap(),
            "privacy.example"
        );
        assert!(out.join(".well-known/security.txt").is_file());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"], "no temporary folder is left behind");
    }

    #[test]
    fn refuses_a_foreign_folder_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("site");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("thesis.tex"), "mine").unwrap();
        std::fs::write(out.join("CNAME"), "a.example").unwrap();
        let t = tree(&[("index.html", "x")]);
        let e = write_atomic(&t, &out).unwrap_err();
        assert!(matches!(e, OutputError::Foreign(_)), "{e}");
        assert!(out.join("thesis.tex").exists());
        let force = WriteOptions {
            force: true,
            ..Default::default()
        };
        write(&t, &out, &force).unwrap();
        assert!(!out.join("thesis.tex").exists());
        assert!(out.join(MARKER).is_file());
        assert!(out.join("CNAME").is_file(), "host files are kept");
    }

    #[test]
    fn never_replaces_the_site_folder_or_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content")).unwrap();
        let t = tree(&[("index.html", "x")]);
        for out in [site.clone(), dir.path().to_path_buf(), site.join(".")] {
            let opts = WriteOptions {
                force: true,
                protect: vec![site.clone()],
                ..Default::default()
            };
            let e = write(&t, &out, &opts).unwrap_err();
            assert!(matches!(e, OutputError::Protected { .. }), "{e}");
        }
        assert!(site.join("content").is_dir());
        std::fs::write(dir.path().join("file"), "x").unwrap();
        let opts = WriteOptions {
            force: true,
            ..Default::default()
        };
        let e = write(&t, &dir.path().join("file"), &opts).unwrap_err();
        assert!(matches!(e, OutputError::NotAFolder(_)), "{e}");
    }

    #[test]
    fn resolve_gives_the_real_path_through_missing_folders_and_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("site/content")).unwrap();
        let r = |p: &str| resolve(&root.join(p)).unwrap();
        assert_eq!(r("site/nope/../content"), root.join("site/content"));
        assert_eq!(r("site/a/b/../../nope/../../site"), root.join("site"));
        assert_eq!(r("site/./content/new/x"), root.join("site/content/new/x"));
        assert_eq!(r("site/../.."), root.parent().unwrap());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("site/content"), root.join("link")).unwrap();
            assert_eq!(r("link"), root.join("site/content"));
            assert_eq!(r("link/../x"), root.join("site/x"), "`..` after a link");
            std::os::unix::fs::symlink(root.join("gone"), root.join("dangling")).unwrap();
            assert!(resolve(&root.join("dangling/x")).is_err());
        }
    }

    #[test]
    fn sealed_folders_are_refused_with_everything_inside_them() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("themes/default")).unwrap();
        let t = tree(&[("index.html", "x")]);
        let opts = WriteOptions {
            force: true,
            protect: vec![site.clone()],
            sealed: vec![site.join("themes")],
        };
        for out in [
            "themes",
            "themes/default",
            "themes/new/x",
            "nope/../themes/default",
        ] {
            let e = write(&t, &site.join(out), &opts).unwrap_err();
            assert!(
                matches!(
                    e,
                    OutputError::Inside { .. } | OutputError::Protected { .. }
                ),
                "{out}: {e}"
            );
        }
        assert!(site.join("themes/default").is_dir() && !site.join("nope").exists());
        write(&t, &site.join("public"), &opts).unwrap();
    }

    #[test]
    fn refuses_paths_that_escape_or_shadow_host_files() {
        let dir = tempfile::tempdir().unwrap();
        for bad in [
            "../evil.html",
            "/abs.html",
            "a//b",
            "a/./b",
            "a\\..\\b",
            "c:/x",
            "",
            MARKER,
            "CNAME",
            "cname/index.html",
            ".well-known/x",
            "a/\u{0}b",
        ] {
            let e = write_atomic(&tree(&[(bad, "x")]), &dir.path().join("out")).unwrap_err();
            assert!(matches!(e, OutputError::UnsafePath(_)), "{bad:?}: {e}");
        }
        assert!(!dir.path().join("evil.html").exists());
        assert!(!dir.path().join("out").exists());
    }

    #[test]
    fn publishes_through_a_symbolic_link() {
        #[cfg(unix)]
        {
            let dir = tempfile::tempdir().unwrap();
            let real = dir.path().join("www");
            write_atomic(&tree(&[("a.html", "1")]), &real).unwrap();
            let link = dir.path().join("public");
            std::os::unix::fs::symlink(&real, &link).unwrap();
            write_atomic(&tree(&[("b.html", "2")]), &link).unwrap();
            assert!(std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
            assert!(real.join("b.html").is_file());
            assert!(!real.join("a.html").exists());
        }
    }

    #[test]
    fn a_replaced_site_is_removed_whole_without_following_links() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("old");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(site.join("clinic/nl/archive/1.0")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), "mine").unwrap();
        std::fs::write(site.join("clinic/nl/archive/1.0/index.html"), "x").unwrap();
        std::fs::write(site.join("index.html"), "x").unwrap();
        std::fs::write(site.join(MARKER), "").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, site.join("link")).unwrap();
            std::os::unix::fs::symlink(&outside, site.join("clinic/link")).unwrap();
        }
        remove_tree(&site);
        assert!(!site.exists());
        assert_eq!(
            std::fs::read_to_string(outside.join("keep.txt")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn the_two_rename_fallback_swaps_and_recovers() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let old = dir.path().join(".public.privgen-old");
        write_atomic(&tree(&[("a.html", "1")]), &out).unwrap();
        // The fallback path, as on systems without RENAME_EXCHANGE.
        let tmp = dir.path().join(".public.privgen-tmp-1");
        std::fs::create_dir(&tmp).unwrap();
        std::fs::write(tmp.join("b.html"), "2").unwrap();
        std::fs::write(tmp.join(MARKER), "").unwrap();
        swap(&tmp, &out, &old, false).unwrap();
        assert!(out.join("b.html").is_file() && !old.exists() && !tmp.exists());
        // Interrupted between the two renames: the target is gone, the old one parked.
        std::fs::rename(&out, &old).unwrap();
        std::fs::create_dir(dir.path().join(".public.privgen-tmp-99")).unwrap();
        write_atomic(&tree(&[("c.html", "3")]), &out).unwrap();
        assert!(out.join("c.html").is_file());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["public"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&tree(&[("a/index.html", "1")]), &out).unwrap();
        // A file and a folder of the same name cannot both be written.
        let e = write_atomic(&tree(&[("x", "file"), ("x/y.html", "2")]), &out).unwrap_err();
        assert!(matches!(e, OutputError::Io { .. }), "{e}");
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "1"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_staging_dropped_without_commit_leaves_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&tree(&[("a/index.html", "1")]), &out).unwrap();
        let staging = Staging::begin(&out, &WriteOptions::default()).unwrap();
        staging.put(&tree(&[("b/index.html", "2")])).unwrap();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        drop(staging);
        assert!(out.join("a/index.html").is_file() && !out.join("b").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_staging_publishes_every_put_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        write_atomic(&tree(&[("a/index.html", "1")]), &out).unwrap();
        std::fs::write(out.join("CNAME"), "privacy.example.org").unwrap();
        let staging = Staging::begin(&out, &WriteOptions::default()).unwrap();
        std::thread::scope(|s| {
            for i in 0..4 {
                let staging = &staging;
                s.spawn(move || {
                    let p = format!("c{i}/index.html");
                    staging
                        .put(&tree(&[(p.as_str(), "x"), ("index.html", "i")]))
                        .unwrap();
                });
            }
        });
        assert_eq!(staging.counts(), (8, 8));
        // Unsafe paths are refused before anything is written.
        assert!(matches!(
            staging.put(&tree(&[("ok.html", "1"), ("../x.html", "2")])),
            Err(OutputError::UnsafePath(_))
        ));
        assert!(out.join("a/index.html").is_file(), "old site still served");
        staging.commit().unwrap();
        assert!(!out.join("a").exists() && !out.join("ok.html").exists());
        for i in 0..4 {
            assert!(out.join(format!("c{i}/index.html")).is_file());
        }
        assert!(out.join(MARKER).is_file());
        assert_eq!(
            std::fs::read_to_string(out.join("CNAME")).unwrap(),
            "privacy.example.org"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
