//! Stage 1: read the project (config, profiles, locales, theme) into memory. Nothing here
//! panics on any input; every problem becomes a [`Diagnostic`] naming file, line, column
//! and the field path.

pub mod locales;
pub mod locate;
pub mod profile;
pub mod text;
pub mod vocab;

use crate::diagnostics::Diagnostic;
use profile::Profile;
use serde::Deserialize;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

/// Profiles larger than this are refused before parsing (a statement profile is ~10 KB).
pub const MAX_PROFILE_BYTES: u64 = 1024 * 1024;

/// A profile as read from disk, with its source kept for diagnostics.
#[derive(Debug, Clone)]
pub struct LoadedProfile {
    /// The output folder name: `id`, or the file stem.
    pub id: String,
    /// Path as shown in diagnostics (relative to the project root).
    pub path: PathBuf,
    pub source: String,
    pub profile: Profile,
}

/// `privgen.toml`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute URL the site is published under, for `hreflang`, canonical and sitemap links.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Site title on the index page.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub theme: Option<String>,
    /// Output folder (default `public`).
    #[serde(default)]
    pub output_dir: Option<String>,
}

pub fn load_config(root: &Path) -> Result<Config, Diagnostic> {
    let path = root.join("privgen.toml");
    if !path.exists() {
        return Ok(Config::default());
    }
    let src = std::fs::read_to_string(&path).map_err(|e| {
        Diagnostic::error("load/io", format!("cannot read privgen.toml: {e}")).file("privgen.toml")
    })?;
    toml::from_str(&src).map_err(|e| {
        let mut d = Diagnostic::error("load/config", e.message().to_string()).file("privgen.toml");
        if let Some(span) = e.span() {
            let (l, c) = line_col(&src, span.start);
            d = d.at(l, c);
        }
        d
    })
}

/// 1-based line and column of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Lists `content/*.yaml` (and `.yml`), sorted by name.
pub fn profile_paths(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let dir = root.join("content");
    if !dir.is_dir() {
        return Err(Diagnostic::error(
            "load/no-content",
            format!("no `content/` folder in {}", root.display()),
        )
        .help("run privgen in a site folder, or pass --root DIR"));
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| Diagnostic::error("load/io", e.to_string()))?;
        let p = entry.path();
        if entry.file_type().is_file()
            && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
        {
            out.push(p.to_path_buf());
        }
    }
    Ok(out)
}

/// Reads and parses one profile. `shown` is the path used in diagnostics.
pub fn load_profile(path: &Path, shown: &Path) -> Result<LoadedProfile, Vec<Diagnostic>> {
    let err = |code: &str, msg: String| vec![Diagnostic::error(code, msg).file(shown)];
    let meta = std::fs::metadata(path).map_err(|e| err("load/io", format!("cannot read: {e}")))?;
    if meta.len() > MAX_PROFILE_BYTES {
        return Err(err(
            "load/too-large",
            format!(
                "profile is {} bytes; the limit is {} bytes",
                meta.len(),
                MAX_PROFILE_BYTES
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| err("load/io", format!("cannot read: {e}")))?;
    let source = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let (l, c) = line_col(
                &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
                usize::MAX,
            );
            return Err(vec![Diagnostic::error(
                "load/encoding",
                "profile is not valid UTF-8 text",
            )
            .file(shown)
            .at(l, c)
            .help("save the file as UTF-8")]);
        }
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let profile = parse_profile(&source).map_err(|d| vec![d.file(shown)])?;
    let id = profile.id.clone().unwrap_or(stem);
    if !valid_id(&id) {
        return Err(vec![Diagnostic::error(
            "load/invalid-id",
            format!(
                "profile id `{id}` must be 1–64 characters of a-z, 0-9 and `-`, not starting with `-`"
            ),
        )
        .file(shown)
        .field("id")
        .help(
            "use lowercase letters, digits and hyphens, e.g. `kliniek-de-linde`",
        )]);
    }
    Ok(LoadedProfile {
        id,
        path: shown.to_path_buf(),
        source,
        profile,
    })
}

/// An id is a safe single path segment.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// YAML options: strict booleans (`yes` is not `true`), duplicate keys refused, bounded
/// alias expansion and nesting.
fn options() -> serde_saphyr::Options {
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    o
}

/// Parses profile YAML into a [`Profile`], with the field path of the first error.
pub fn parse_profile(source: &str) -> Result<Profile, Diagnostic> {
    let path: RefCell<Option<String>> = RefCell::new(None);
    let res = serde_saphyr::with_deserializer_from_str_with_options(source, options(), |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            *path.borrow_mut() = Some(e.path().to_string());
            e.into_inner()
        })
    });
    res.map_err(|e| {
        let (line, col) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((0, 0));
        let message = first_line_message(&e.to_string()).replace(
            ", set DuplicateKeyPolicy in Options if acceptable",
            "; each key may appear only once",
        );
        let mut d = Diagnostic::error("load/yaml", message);
        if line > 0 {
            d = d.at(line, col.max(1));
        }
        if let Some(p) = path.into_inner() {
            // serde_path_to_error marks a key it never reached with `?`.
            let p = p.trim_end_matches('?').trim_end_matches('.').to_string();
            d = d.field(p);
        }
        d
    })
}

/// serde-saphyr renders `error: line L column C: message` plus a snippet; keep the message.
fn first_line_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or(rendered);
    let first = first.strip_prefix("error: ").unwrap_or(first);
    match first.split_once(": ") {
        Some((loc, msg)) if loc.starts_with("line ") => msg.to_string(),
        _ => first.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_line_column_and_field_path() {
        let src = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
                   controller: {name: X}\ndata: []\npurposes: []\nretention:\n  - record: medical_record\n    period: twenty years\n";
        let d = parse_profile(src).unwrap_err();
        assert_eq!(d.line, Some(10), "{d:?}");
        assert_eq!(d.field.as_deref(), Some("retention[0].period"));
        assert!(d.message.contains("invalid period"), "{}", d.message);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let src = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
                   controller: {name: X, emial: a@b.c}\ndata: []\npurposes: []\nretention: []\n";
        let d = parse_profile(src).unwrap_err();
        assert!(d.message.contains("unknown field `emial`"), "{}", d.message);
        assert_eq!(d.line, Some(5));
    }

    #[test]
    fn ids_are_single_safe_segments() {
        assert!(valid_id("optimal-care"));
        assert!(!valid_id("../etc"));
        assert!(!valid_id("A"));
        assert!(!valid_id(""));
    }
}
