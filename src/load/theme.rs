//! A site's theme read from disk (`themes/<name>/`): its templates and static files, through
//! the same guard as profiles. Compiling the templates is the render stage's
//! (`render::compile_theme`).

use super::guard;
use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// The files of one theme.
#[derive(Debug, Clone)]
pub struct ThemeFiles {
    /// The theme's name (`default`).
    pub name: String,
    /// Templates: name relative to `templates/`, source, path as shown in diagnostics.
    pub templates: Vec<(String, String, PathBuf)>,
    /// Static files: path relative to `static/`, bytes.
    pub statics: Vec<(String, Vec<u8>)>,
}

/// Reads `themes/<name>/` under `root`. Regular files only (symbolic links, FIFOs and
/// devices are skipped by the walk and refused by the read), each within a size limit, and a
/// bounded number of files and folder depth; a template must be UTF-8 text.
pub fn read(root: &Path, name: &str) -> Result<ThemeFiles, Vec<Diagnostic>> {
    let dir = root.join("themes").join(name);
    let tdir = dir.join("templates");
    if !tdir.is_dir() {
        return Err(vec![Diagnostic::error(
            "theme/missing",
            format!("theme `{name}` not found (expected {})", tdir.display()),
        )]);
    }
    let mut diags = Vec::new();
    let mut templates = Vec::new();
    let mut statics = Vec::new();
    let mut count = 0;
    for entry in walkdir::WalkDir::new(&dir)
        .max_depth(guard::MAX_THEME_DEPTH)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.path();
        let shown = p.strip_prefix(root).unwrap_or(p).to_path_buf();
        count += 1;
        if count > guard::MAX_THEME_FILES {
            diags.push(
                Diagnostic::error(
                    "theme/too-many",
                    format!(
                        "the theme holds more than {} files; the rest are not read",
                        guard::MAX_THEME_FILES
                    ),
                )
                .file(shown),
            );
            break;
        }
        let read = |limit| {
            guard::read_bounded(p, limit)
                .map_err(|e| Diagnostic::error("theme/io", format!("theme file {e}")).file(&shown))
        };
        if let Ok(rel) = p.strip_prefix(&tdir) {
            match read(guard::MAX_TEMPLATE_BYTES)
                .and_then(|b| guard::decode_named(b, "template").map_err(|d| d.file(&shown)))
            {
                Ok(src) => templates.push((rel.to_string_lossy().replace('\\', "/"), src, shown)),
                Err(d) => diags.push(d),
            }
        } else if let Ok(rel) = p.strip_prefix(dir.join("static")) {
            match read(guard::MAX_STATIC_BYTES) {
                Ok(b) => statics.push((rel.to_string_lossy().replace('\\', "/"), b)),
                Err(d) => diags.push(d),
            }
        }
    }
    if diags.is_empty() {
        Ok(ThemeFiles {
            name: name.to_string(),
            templates,
            statics,
        })
    } else {
        Err(diags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_default_theme_and_refuses_a_missing_one() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let t = read(root, "default").unwrap();
        assert!(t.templates.iter().any(|(n, _, _)| n.ends_with(".html")));
        assert!(t.statics.iter().any(|(n, _)| n.ends_with(".css")));
        let e = read(root, "no-such-theme").unwrap_err();
        assert_eq!(e[0].code, "theme/missing");
    }
}
