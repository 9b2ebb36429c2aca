//! Stage 5: the in-memory output tree (path → bytes) and writing it to disk atomically:
//! everything is written to a temporary folder beside the target, then swapped in, so a
//! failed build leaves the previous site untouched.

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
    pub fn insert(&mut self, path: impl Into<String>, content: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), content.into());
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
        "{0} exists and was not created by privgen (no {MARKER} file); refusing to replace it"
    )]
    Foreign(PathBuf),
    #[error("unsafe output path `{0}`")]
    UnsafePath(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `tree` to `out`: into a sibling temporary folder first, then swaps it in.
pub fn write_atomic(tree: &OutputTree, out: &Path) -> Result<(), OutputError> {
    if out.exists() && !out.join(MARKER).exists() {
        let empty = std::fs::read_dir(out).map_err(io(out))?.next().is_none();
        if !empty {
            return Err(OutputError::Foreign(out.to_path_buf()));
        }
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".into());
    let tmp = parent.join(format!(".{name}.privgen-tmp"));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(io(&tmp))?;
    }
    std::fs::create_dir_all(&tmp).map_err(io(&tmp))?;
    let result = (|| {
        for (rel, bytes) in &tree.files {
            if rel.split('/').any(|s| s == ".." || s.is_empty()) || rel.starts_with('/') {
                return Err(OutputError::UnsafePath(rel.clone()));
            }
            let p = tmp.join(rel);
            if let Some(dir) = p.parent() {
                std::fs::create_dir_all(dir).map_err(io(dir))?;
            }
            std::fs::write(&p, bytes).map_err(io(&p))?;
        }
        std::fs::write(
            tmp.join(MARKER),
            b"This folder is written by privgen build.\n",
        )
        .map_err(io(&tmp))?;
        if out.exists() {
            for keep in KEEP {
                let from = out.join(keep);
                if from.exists() {
                    copy_recursive(&from, &tmp.join(keep))?;
                }
            }
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let old = parent.join(format!(".{name}.privgen-old"));
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    if out.exists() {
        std::fs::rename(out, &old).map_err(io(out))?;
    }
    if let Err(e) = std::fs::rename(&tmp, out) {
        // Put the previous site back.
        let _ = std::fs::rename(&old, out);
        return Err(io(out)(e));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    }
    Ok(())
}

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
    } else {
        std::fs::copy(from, to).map_err(io(from))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_own_output_and_keeps_host_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let mut t = OutputTree::default();
        t.insert("a/index.html", "one");
        write_atomic(&t, &out).unwrap();
        std::fs::write(out.join("CNAME"), "privacy.example").unwrap();
        std::fs::write(out.join("stale.html"), "old").unwrap();
        let mut t2 = OutputTree::default();
        t2.insert("b/index.html", "two");
        write_atomic(&t2, &out).unwrap();
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
    }

    #[test]
    fn refuses_a_foreign_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("thesis.tex"), "mine").unwrap();
        let mut t = OutputTree::default();
        t.insert("index.html", "x");
        let e = write_atomic(&t, dir.path()).unwrap_err();
        assert!(matches!(e, OutputError::Foreign(_)));
        assert!(dir.path().join("thesis.tex").exists());
    }

    #[test]
    fn refuses_paths_that_escape() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = OutputTree::default();
        t.insert("../evil.html", "x");
        assert!(write_atomic(&t, &dir.path().join("out")).is_err());
        assert!(!dir.path().join("evil.html").exists());
    }
}
