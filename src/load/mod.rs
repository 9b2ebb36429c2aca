//! Stage 1: read the project (config, profiles, locales, theme) into memory. Nothing here
//! panics on any input; every problem becomes a [`Diagnostic`] naming file, line, column
//! and the field path.

pub mod guard;
pub mod locales;
pub mod locate;
pub mod profile;
pub mod resilient;
pub mod site_law;
pub mod text;
pub mod theme;
pub mod vocab;
pub mod window;

use crate::diagnostics::Diagnostic;
use profile::Profile;
use serde::Deserialize;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

/// Profiles larger than this are refused before parsing (a statement profile is ~10 KB).
/// Every other limit is in [`guard`] and `docs/limits.md`.
pub use guard::MAX_PROFILE_BYTES;

/// A profile as read from disk, with its source kept for diagnostics.
#[derive(Debug, Clone)]
pub struct LoadedProfile {
    /// The output folder name: `id`, or the file stem.
    pub id: String,
    /// Path as shown in diagnostics (relative to the project root).
    pub path: PathBuf,
    pub source: String,
    pub profile: Profile,
    /// `profile` as JSON values (every string with its field path), for walks over all text.
    pub tree: serde_json::Value,
    /// Field positions in `source`, indexed the first time a diagnostic needs one.
    index: locate::Locator,
}

impl LoadedProfile {
    pub fn new(id: String, path: PathBuf, source: String, profile: Profile) -> LoadedProfile {
        LoadedProfile {
            id,
            path,
            source,
            tree: serde_json::to_value(&profile).unwrap_or_default(),
            profile,
            index: locate::Locator::default(),
        }
    }

    /// Line and column of a field path (or its nearest ancestor) in the profile's source.
    pub fn locate(&self, field: &str) -> Option<(usize, usize)> {
        self.index.find(&self.source, field)
    }

    /// Where the value of a `key: value` field starts (a wrong value is pointed at, not its
    /// key); the key's place when the value is not on the key's line.
    pub fn locate_value(&self, field: &str) -> Option<(usize, usize)> {
        let (l, c) = self.locate(field)?;
        let key = field.rsplit('.').next().unwrap_or(field);
        let line = self.source.lines().nth(l.checked_sub(1)?)?;
        let from: usize = line
            .chars()
            .take(c.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        let value = line
            .get(from..)
            .and_then(|r| r.strip_prefix(key))
            .and_then(|r| r.strip_prefix(':'))
            .filter(|r| !r.trim().is_empty() && !r.trim_start().starts_with('#'));
        Some(match value {
            Some(r) => {
                let at = line.len() - r.trim_start().len();
                (l, line[..at].chars().count() + 1)
            }
            None => (l, c),
        })
    }
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
    /// Keep an archive of every published version under `<id>/archive/` (default true).
    #[serde(default)]
    pub archive: Option<bool>,
    /// Publish minified HTML pages (default false; `build --minify` does it for one build).
    #[serde(default)]
    pub minify: Option<bool>,
}

/// Reads `privgen.toml` (defaults when there is none). A file that is there but cannot be
/// read — a dangling link, a FIFO, too large — is an error, never the defaults in silence.
/// Its text values may hold no control or bidirectional control character, and `base_url`
/// must be an absolute `http(s)` URL ([`base_url_problem`]).
pub fn load_config(root: &Path) -> Result<Config, Diagnostic> {
    let path = root.join("privgen.toml");
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(Config::default());
    }
    let src = guard::read_bounded(&path, guard::MAX_CONFIG_BYTES)
        .map_err(|e| {
            let e = match e {
                guard::ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    "is a symbolic link to a file that does not exist".to_string()
                }
                e => e.to_string(),
            };
            Diagnostic::error("load/io", format!("privgen.toml {e}")).file("privgen.toml")
        })
        .and_then(|b| guard::decode(b).map_err(|d| d.file("privgen.toml")))?;
    let config: Config = toml::from_str(&src).map_err(|e| {
        let mut d = Diagnostic::error("load/config", e.message().to_string()).file("privgen.toml");
        if let Some(span) = e.span() {
            let (l, c) = line_col(&src, span.start);
            d = d.at(l, c);
        }
        d
    })?;
    let at = |key: &str, d: Diagnostic| {
        let d = d.file("privgen.toml").field(key);
        match key_line(&src, key) {
            Some(l) => d.at(l, 1),
            None => d,
        }
    };
    for (key, value) in [
        ("base_url", &config.base_url),
        ("title", &config.title),
        ("theme", &config.theme),
        ("output_dir", &config.output_dir),
    ] {
        let Some(v) = value else { continue };
        if let Some((_, c)) = guard::find_forbidden(v) {
            return Err(at(
                key,
                Diagnostic::error(
                    "load/control-character",
                    format!(
                        "`{key}` holds the control character U+{:04X}, which could make the \
                         published text read differently from what is written",
                        c as u32
                    ),
                )
                .help("remove it; write the text as it should read"),
            ));
        }
    }
    if let Some(problem) = config.base_url.as_deref().and_then(base_url_problem) {
        return Err(at(
            "base_url",
            Diagnostic::error(
                "load/base-url",
                format!(
                    "base_url `{}` {problem}",
                    guard::printable(config.base_url.as_deref().unwrap_or_default())
                ),
            )
            .help(
                "write the address the site is served from, e.g. \"https://privacy.example.org/\"",
            ),
        ));
    }
    Ok(config)
}

/// The line of a top-level `key = …` in TOML source, for diagnostics.
fn key_line(src: &str, key: &str) -> Option<usize> {
    src.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// What is wrong with a base URL, if anything: it must be an absolute `http://` or
/// `https://` URL with a host and no user name, query, fragment, white space, control
/// character or markup (it is written into `<link>` elements and the sitemap).
pub fn base_url_problem(url: &str) -> Option<&'static str> {
    let lower = url.to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    else {
        return Some("is not an absolute http:// or https:// URL");
    };
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() {
        Some("has no host name")
    } else if host.contains('@') {
        Some("holds a user name (`…@`), which would hide the real host")
    } else if url.contains(['?', '#']) {
        Some("holds a query or fragment (`?`, `#`); give the folder the site is served from")
    } else if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`{}|^".contains(c))
    {
        Some("holds white space, a quote, `<`, `>` or another character not allowed in a URL")
    } else {
        None
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Lists `content/*.yaml` (and `.yml`, in any case: `LINDE.YAML` is read, not skipped),
/// sorted by name. A symbolic link is followed when it leads to a regular file inside the
/// site folder (a profile kept in `shared/` and linked from `content/`); any other link is
/// an error naming it, never skipped in silence. A `content/` without profiles is an error
/// too: a build from it would publish an empty site over the previous one.
pub fn profile_paths(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let dir = root.join("content");
    if !dir.is_dir() {
        return Err(Diagnostic::error(
            "load/no-content",
            format!(
                "no `content/` folder in {}; nothing is built and nothing is written",
                root.display()
            ),
        )
        .help("run privgen in a site folder, or pass -C DIR"));
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| Diagnostic::error("load/io", e.to_string()))?;
        let p = entry.path();
        let yaml = p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"));
        if !yaml {
            continue;
        }
        let t = entry.file_type();
        if t.is_symlink() {
            linked_profile(root, &dir, p)?;
        } else if !t.is_file() {
            continue;
        }
        out.push(p.to_path_buf());
        if out.len() > guard::MAX_PROFILES {
            return Err(Diagnostic::error(
                "load/too-many",
                format!(
                    "content/ holds more than {} profiles; the limit is {}",
                    guard::MAX_PROFILES,
                    guard::MAX_PROFILES
                ),
            )
            .file("content")
            .help("build the profiles in smaller sites"));
        }
    }
    if out.is_empty() {
        return Err(Diagnostic::error(
            "load/no-profiles",
            "content/ holds no profile (no .yaml or .yml file); nothing is built, and the \
             published site is left as it is",
        )
        .file("content")
        .help(
            "check that the profiles are checked out (a missed checkout, Git LFS) and that \
             -C names the site folder",
        ));
    }
    Ok(out)
}

/// Checks a profile that is a symbolic link: it must lead to a regular file inside the
/// site folder (or inside `content/`, when `content/` is itself a link elsewhere).
fn linked_profile(root: &Path, content: &Path, link: &Path) -> Result<(), Diagnostic> {
    let shown = Path::new("content").join(link.file_name().unwrap_or_default());
    let refuse = |why: &str| {
        Diagnostic::error(
            "load/symlink",
            format!("this profile is a symbolic link {why}, so it is not read"),
        )
        .file(&shown)
        .help("link only to a profile inside the site folder, or copy the file into content/")
    };
    let target = std::fs::canonicalize(link).map_err(|_| refuse("whose target is missing"))?;
    let inside = [root, content]
        .iter()
        .filter_map(|d| std::fs::canonicalize(d).ok())
        .any(|d| target.starts_with(d));
    if !inside {
        return Err(refuse("to a file outside the site folder"));
    }
    if !std::fs::metadata(&target).is_ok_and(|m| m.is_file()) {
        return Err(refuse("to something that is not a regular file"));
    }
    Ok(())
}

/// Reads and parses one profile. `shown` is the path used in diagnostics. The file is read
/// through the limits of [`guard`]; nothing here panics on any input.
pub fn load_profile(path: &Path, shown: &Path) -> Result<LoadedProfile, Vec<Diagnostic>> {
    load_profile_partial(path, shown).map_err(|f| f.diagnostics)
}

/// A profile that did not load cleanly.
#[derive(Debug)]
pub struct LoadFailure {
    /// Every load error found (see [`resilient`]).
    pub diagnostics: Vec<Diagnostic>,
    /// What could be read of the profile when only some nodes had to be left out, with
    /// the field paths left out: the checks can still run on it.
    pub partial: Option<(Box<LoadedProfile>, Vec<String>)>,
}

/// [`load_profile`], keeping what could be read of a profile with load errors.
pub fn load_profile_partial(path: &Path, shown: &Path) -> Result<LoadedProfile, LoadFailure> {
    let bytes = guard::read_bounded(path, MAX_PROFILE_BYTES).map_err(|e| {
        let code = match e {
            guard::ReadError::TooLarge { .. } => "load/too-large",
            _ => "load/io",
        };
        failure(vec![
            Diagnostic::error(code, format!("profile {e}")).file(shown)
        ])
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    profile_from_bytes_partial(bytes, &stem, shown)
}

fn failure(diagnostics: Vec<Diagnostic>) -> LoadFailure {
    LoadFailure {
        diagnostics,
        partial: None,
    }
}

/// Loads a profile from its bytes, as read from `shown` (whose file stem is `stem`): the
/// whole loader after reading, also the entry point of the fuzz target (`fuzz/`).
pub fn profile_from_bytes(
    bytes: Vec<u8>,
    stem: &str,
    shown: &Path,
) -> Result<LoadedProfile, Vec<Diagnostic>> {
    profile_from_bytes_partial(bytes, stem, shown).map_err(|f| f.diagnostics)
}

/// [`profile_from_bytes`], keeping what could be read of a profile with load errors.
pub fn profile_from_bytes_partial(
    bytes: Vec<u8>,
    stem: &str,
    shown: &Path,
) -> Result<LoadedProfile, LoadFailure> {
    if bytes.len() as u64 > MAX_PROFILE_BYTES {
        return Err(failure(vec![Diagnostic::error(
            "load/too-large",
            format!(
                "profile is {} bytes; the limit is {MAX_PROFILE_BYTES} bytes",
                bytes.len()
            ),
        )
        .file(shown)]));
    }
    let source = guard::decode(bytes).map_err(|d| failure(vec![d.file(shown)]))?;
    guard::prescan(&source).map_err(|d| failure(vec![d.file(shown)]))?;
    let stem = stem.to_string();
    let (profile, load_errors, removed) = match resilient::parse(&source) {
        Ok(p) => (p, Vec::new(), Vec::new()),
        Err(partial) => {
            let diags: Vec<Diagnostic> = partial
                .diagnostics
                .into_iter()
                .map(|d| d.file(shown))
                .collect();
            match partial.profile {
                Some(p) => (p, diags, partial.removed),
                None => return Err(failure(diags)),
            }
        }
    };
    let index = locate::Locator::default();
    let locate = |field: &str| index.find(&source, field);
    // The profile as a tree of values: the string scan here and the check's text walk
    // (`check::texts`) read it, instead of serializing the profile twice.
    let tree = serde_json::to_value(&profile).unwrap_or_default();
    let mut diags = guard::scan_strings(&tree, &locate);
    let (id, from_file) = match &profile.id {
        Some(id) => (id.clone(), false),
        None => (stem, true),
    };
    if let Some(problem) = id_problem(&id) {
        let id = guard::printable(&id);
        let mut d = if from_file {
            Diagnostic::error(
                "load/invalid-id",
                format!(
                    "the file name gives the profile id `{id}`, which {problem}; an id is 1–64 \
                     characters of a-z, 0-9 and `-`, not starting with `-`"
                ),
            )
            .help("rename the file, or set `id:` in it, e.g. `id: kliniek-de-linde`")
        } else {
            Diagnostic::error(
                "load/invalid-id",
                format!(
                    "profile id `{id}` {problem}; an id is 1–64 characters of a-z, 0-9 and `-`, \
                     not starting with `-`"
                ),
            )
            .field("id")
            .help("use lowercase letters, digits and hyphens, e.g. `kliniek-de-linde`")
        };
        if !from_file {
            if let Some((l, c)) = locate("id") {
                d = d.at(l, c);
            }
        }
        diags.push(d);
    }
    if !valid_version(&profile.version) {
        let mut d = Diagnostic::error(
            "load/invalid-version",
            format!(
                "version `{}` cannot name the folder of its archived copy \
                 (<id>/archive/<version>/); a version is 1–32 characters of letters, digits, \
                 `.`, `_` and `-`, not starting with `.`",
                guard::printable(&profile.version)
            ),
        )
        .field("version")
        .help("write the version as a plain number or name, e.g. \"1.2\" or \"1.2-concept\"");
        if let Some((l, c)) = locate("version") {
            d = d.at(l, c);
        }
        diags.push(d);
    }
    let loaded = LoadedProfile {
        id,
        path: shown.to_path_buf(),
        source,
        profile,
        tree,
        index,
    };
    if !load_errors.is_empty() {
        let mut all = load_errors;
        all.extend(diags.into_iter().map(|d| d.file(shown)));
        return Err(LoadFailure {
            diagnostics: all,
            partial: Some((Box::new(loaded), removed)),
        });
    }
    if !diags.is_empty() {
        return Err(failure(diags.into_iter().map(|d| d.file(shown)).collect()));
    }
    Ok(loaded)
}

/// Names that are not safe folder names on every platform the site may be copied to
/// (Windows device names), even though they are made of allowed characters.
const RESERVED_IDS: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Names of files and folders at the top of the published site, by stem and in lower case
/// (privgen's own pages, the theme's stylesheet, the host files kept across builds): a
/// clinic's folder of that name would collide with them, or confuse, on a case-insensitive
/// file system or a host that drops extensions.
const SITE_NAMES: [&str; 15] = [
    "cname",
    "index",
    "sitemap",
    "style",
    "archive",
    "robots",
    "favicon",
    "404",
    "static",
    "assets",
    "nojekyll",
    "redirects",
    "domains",
    "well-known",
    "privgen-output",
];

/// What is wrong with an id as an output folder name, if anything.
fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() {
        Some("is empty")
    } else if id.chars().count() > 64 {
        Some("is longer than 64 characters")
    } else if id.contains('/') || id.contains('\\') || id.contains("..") {
        Some("would leave the output folder")
    } else if RESERVED_IDS.contains(&id) {
        Some("is a reserved device name on Windows")
    } else if SITE_NAMES.contains(&id) {
        Some(
            "is the name of a file or folder at the top of the published site (CNAME, \
             index.html, sitemap.xml, style.css, robots.txt, archive, …)",
        )
    } else if !valid_id(id) {
        Some("holds characters other than a-z, 0-9 and `-`, or starts with `-`")
    } else {
        None
    }
}

/// An id is a safe single path segment.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !RESERVED_IDS.contains(&id)
        && !SITE_NAMES.contains(&id)
        && id.len() <= 64
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `version` can be a folder name of the version archive (`<id>/archive/<version>/`),
/// on every platform the site may be copied to: 1–32 characters of `A-Z a-z 0-9 . _ -`, not
/// starting with a dot (so never `.` or `..`).
pub fn valid_version(version: &str) -> bool {
    !version.is_empty()
        && version.len() <= 32
        && !version.starts_with('.')
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// Parses profile YAML into a [`Profile`], with the field path of the first error. The
/// parser runs under the limits of [`guard::yaml_options`].
pub fn parse_profile(source: &str) -> Result<Profile, Diagnostic> {
    // The common case first, without tracking the field path (a fifth of the parse time);
    // a profile that fails is parsed again with it, for the diagnostic.
    if let Ok(p) =
        serde_saphyr::with_deserializer_from_str_with_options(source, guard::yaml_options(), |de| {
            Profile::deserialize(de)
        })
    {
        return Ok(p);
    }
    let path: RefCell<Option<String>> = RefCell::new(None);
    let res = serde_saphyr::with_deserializer_from_str_with_options(
        source,
        guard::yaml_options(),
        |de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                *path.borrow_mut() = Some(e.path().to_string());
                e.into_inner()
            })
        },
    );
    res.map_err(|e| {
        let (line, col) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((0, 0));
        let rendered = guard::printable(&first_line_message(&e.to_string())).replace(
            ", set DuplicateKeyPolicy in Options if acceptable",
            "; each key may appear only once",
        );
        let (mut message, mut help) = match guard::explain(&e) {
            Some((m, h)) => (m, Some(std::borrow::Cow::from(h))),
            None => {
                let h = guard::help_for(&rendered).map(std::borrow::Cow::from);
                (rendered, h)
            }
        };
        let mut field = path.into_inner().map(|p| {
            // serde_path_to_error marks a key it never reached with `?`.
            p.trim_end_matches('?').trim_end_matches('.').to_string()
        });
        let index = locate::PathIndex::new(source);
        let (mut line, mut col) = (line, col.max(1));
        // "missing field `x`": the field is the missing key inside the reported mapping,
        // and the place to point at is that mapping (serde-saphyr reports where it ended).
        if let Some(name) = message
            .strip_prefix("missing field `")
            .and_then(|m| m.split('`').next())
        {
            let parent = field.take().unwrap_or_default();
            let parent = if parent == "." { String::new() } else { parent };
            if let Some((l, c)) = index.find(&parent) {
                (line, col) = (l, c);
            }
            field = Some(if parent.is_empty() {
                name.to_string()
            } else {
                format!("{parent}.{name}")
            });
        } else if let Some(key) = message
            .strip_prefix("duplicate mapping key: ")
            .and_then(|m| m.split(';').next())
        {
            let parent = field.take().unwrap_or_default();
            let f = match parent.as_str() {
                "" | "." => key.to_string(),
                p => format!("{p}.{key}"),
            };
            // The index keeps the first of two equal keys: name its line too.
            if let Some((first, _)) = index.find(&f).filter(|(l, _)| *l > 0 && *l < line) {
                message = format!("{message} (first given on line {first})");
                help = Some(
                    format!(
                        "keep one of the two: delete this entry, or merge it into the one on \
                         line {first}"
                    )
                    .into(),
                );
            }
            field = Some(f);
        } else if line > 0 {
            // A syntax error inside a value serde never reached: name the last key read.
            if let Some(at) = index.field_at(line, col) {
                let deeper = field
                    .as_deref()
                    .is_none_or(|f| f.is_empty() || at.starts_with(f) && at.len() > f.len());
                if deeper {
                    field = Some(at.to_string());
                }
            }
        }
        let mut d = Diagnostic::error("load/yaml", message);
        if line > 0 {
            d = d.at(line, col);
        }
        if let Some(f) = field {
            d = d.field(guard::printable(&f));
        }
        if let Some(h) = help {
            d = d.help(h);
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
    fn more_profiles_than_the_limit_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        std::fs::create_dir(&content).unwrap();
        for i in 0..guard::MAX_PROFILES {
            std::fs::write(content.join(format!("p{i:05}.yaml")), "").unwrap();
        }
        assert_eq!(
            profile_paths(dir.path()).unwrap().len(),
            guard::MAX_PROFILES
        );
        std::fs::write(content.join("one-more.yaml"), "").unwrap();
        let d = profile_paths(dir.path()).unwrap_err();
        assert_eq!(d.code, "load/too-many");
    }

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
        for reserved in ["cname", "index", "sitemap", "archive", "style", "nul"] {
            assert!(!valid_id(reserved), "{reserved}");
            assert!(id_problem(reserved).is_some(), "{reserved}");
        }
        assert!(valid_id("index-kliniek"));
    }

    #[test]
    fn base_urls_are_absolute_http_urls() {
        for good in [
            "https://privacy.example.org",
            "https://privacy.example.org/",
            "HTTP://example.org/site/",
            "https://example.org:8443/a-b/",
        ] {
            assert_eq!(base_url_problem(good), None, "{good}");
        }
        for bad in [
            "javascript:alert(1)//",
            "//evil.example/",
            "data:text/html,<script>",
            "https://",
            "https:///x",
            "https://www.mst.nl@evil.example/",
            "https://example.org/?q=1",
            "https://example.org/#x",
            "https://example.org/\"><x>",
            "https://exa mple.org/",
            "/privacy/",
            "",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn versions_are_archive_folder_names() {
        for good in ["1.0", "2026-03_b", "1e400", "V2"] {
            assert!(valid_version(good), "{good}");
        }
        for bad in [
            "",
            ".inf",
            "..",
            "1.2 (concept)",
            "1/2",
            "v<1>",
            &"9".repeat(33),
        ] {
            assert!(!valid_version(bad), "{bad}");
        }
    }
}
