//! `privgen init [DIR] --jurisdiction CODE --lang nl,en` (CODE: a jurisdiction with law data,
//! `src/law/<code>.yaml`): writes a starter site that
//! checks clean and builds at once:
//!
//! ```text
//! privgen.toml                       title, theme, output folder (base_url commented out)
//! content/<id>.yaml                  a commented example profile for the country, in the
//!                                    site's languages, with the yaml-language-server modeline
//! profile.schema.json                `privgen schema`, for editors (docs/editor.md)
//! locales/{nl,nl-BE,nb,en}/*.ftl     the wording
//! themes/default/                    the theme
//! .gitignore                         public/ and privgen's temporary folders
//! .github/workflows/privgen.yml      install privgen from git at a pinned commit, check with
//!                                    annotations, then build (docs/ci.md)
//! ```
//!
//! **Wording and theme are copied into the site**, not supplied by a fallback in the
//! loader. A site then holds everything it is built from: what `privgen build` renders is
//! what is in the folder, a clinic can adjust a sentence or the CSS by editing the files it
//! already has (no "eject" step, no hidden second source to diff against), and the loader
//! keeps one code path (a site without `locales/` is an error that says so). The cost is
//! that a site does not pick up new wording from a newer privgen by itself; the locale
//! parity check reports a message the site's copy lacks. The files are embedded in the
//! binary by `build.rs`, which lists every file under `locales/` and `themes/default/`;
//! a test in [`assets`] fails if the embedded set and the folders ever differ.
//!
//! **Nothing is overwritten.** Every target is checked first; if any exists, nothing is
//! written and the command exits 2 naming the files. Files are then created with
//! `create_new`, so a file appearing in between is refused too (and the files written so
//! far are removed again).
//!
//! The example profiles (`starter-*.yaml`) describe fictional clinics with addresses under
//! `example.nl` / `example.org`; their texts exist in Dutch, Norwegian and English and are
//! cut down to the site's languages ([`starter`]).

pub mod starter;

use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the schema goes in a new site, relative to the site folder.
pub const SCHEMA_FILE: &str = "profile.schema.json";

/// What to create.
#[derive(Debug, Clone)]
pub struct Options {
    /// The site folder (created if missing).
    pub dir: PathBuf,
    pub jurisdiction: Jurisdiction,
    /// The languages of the example profile, the first authoritative; empty: the default
    /// of the jurisdiction ([`default_langs`]).
    pub langs: Vec<Lang>,
    /// Where the CI workflow installs privgen from.
    pub install: Install,
}

/// Where the generated CI workflow installs privgen from: a git repository and the commit
/// or tag to pin (privgen is not published on crates.io). Either may be left empty; the
/// workflow then stops at its first step with an error saying which value to fill in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Install {
    /// The repository URL, e.g. `https://github.com/<owner>/privgen`.
    pub git: Option<String>,
    /// The commit (or tag) to install.
    pub rev: Option<String>,
}

impl Install {
    /// Checks both values hold only the characters of a URL or a git revision, so they
    /// can be written into the workflow's YAML and shell lines as they are.
    pub fn validate(&self) -> Result<(), InitError> {
        let ok = |v: &str| {
            !v.is_empty()
                && !v.starts_with('-')
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._~:/@+-%=".contains(c))
        };
        for (what, v) in [("--privgen-git", &self.git), ("--privgen-rev", &self.rev)] {
            if let Some(v) = v {
                if !ok(v) {
                    return Err(InitError::BadInstall(what, v.clone()));
                }
            }
        }
        Ok(())
    }

    /// True when the workflow can install privgen without an edit.
    pub fn complete(&self) -> bool {
        self.git.is_some() && self.rev.is_some()
    }
}

/// Why `init` wrote nothing (or stopped).
#[derive(Debug)]
pub enum InitError {
    /// These files exist already (relative to the site folder).
    Exists(Vec<PathBuf>),
    /// The site folder path is a file.
    NotADirectory(PathBuf),
    /// A language is listed twice.
    DuplicateLanguage(Lang),
    /// `--privgen-git` or `--privgen-rev` holds characters a URL or revision cannot.
    BadInstall(&'static str, String),
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InitError::Exists(paths) => {
                let list = paths
                    .iter()
                    .map(|p| format!("  {}", p.display()))
                    .collect::<Vec<_>>()
                    .join("\n");
                write!(
                    f,
                    "refusing to overwrite {} existing file(s); nothing was written:\n{list}",
                    paths.len()
                )
            }
            InitError::NotADirectory(p) => write!(f, "{} exists and is not a folder", p.display()),
            InitError::DuplicateLanguage(l) => write!(f, "language `{l}` is listed twice"),
            InitError::BadInstall(flag, v) => write!(
                f,
                "{flag} `{v}` is not a repository URL or git revision (letters, digits and . _ ~ : / @ + - % = only)"
            ),
            InitError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for InitError {}

/// The languages a starter site of `j` publishes when `--lang` is not given.
/// (The law data's `starter.languages`.)
pub fn default_langs(j: Jurisdiction) -> Vec<Lang> {
    crate::law::Law::load()
        .ok()
        .and_then(|l| l.try_get(j).map(|d| d.starter.languages.clone()))
        .unwrap_or_else(|| vec![Lang::En])
}

/// Every file of the starter site: (path relative to the site folder, contents), sorted.
pub fn files(j: Jurisdiction, langs: &[Lang], install: &Install) -> Vec<(PathBuf, Vec<u8>)> {
    let langs = if langs.is_empty() {
        default_langs(j)
    } else {
        langs.to_vec()
    };
    let first = langs.first().copied().unwrap_or(Lang::En);
    let mut out: Vec<(PathBuf, Vec<u8>)> = vec![
        (PathBuf::from("privgen.toml"), config(first).into_bytes()),
        (
            PathBuf::from("content").join(format!("{}.yaml", starter::profile_id(j))),
            starter::render(j, &langs).into_bytes(),
        ),
        (
            PathBuf::from(SCHEMA_FILE),
            crate::schema::profile_schema_json().into_bytes(),
        ),
        (PathBuf::from(".gitignore"), GITIGNORE.as_bytes().to_vec()),
        (
            PathBuf::from(".github/workflows/privgen.yml"),
            workflow(install).into_bytes(),
        ),
    ];
    for (path, bytes) in crate::assets::ASSETS {
        out.push((PathBuf::from(path), bytes.to_vec()));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Creates the starter site. Returns the files written (relative to `opts.dir`).
pub fn init(opts: &Options) -> Result<Vec<PathBuf>, InitError> {
    for (i, l) in opts.langs.iter().enumerate() {
        if opts.langs[..i].contains(l) {
            return Err(InitError::DuplicateLanguage(*l));
        }
    }
    opts.install.validate()?;
    let dir = &opts.dir;
    if dir.exists() && !dir.is_dir() {
        return Err(InitError::NotADirectory(dir.clone()));
    }
    let files = files(opts.jurisdiction, &opts.langs, &opts.install);
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| dir.join(p).symlink_metadata().is_ok())
        .cloned()
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    let mut written = Vec::new();
    for (rel, bytes) in &files {
        if let Err(e) = create_new(dir, rel, bytes) {
            for done in &written {
                let _ = std::fs::remove_file(dir.join(done));
            }
            return Err(match e.kind() {
                std::io::ErrorKind::AlreadyExists => InitError::Exists(vec![rel.clone()]),
                _ => InitError::Io(dir.join(rel), e),
            });
        }
        written.push(rel.clone());
    }
    Ok(written)
}

fn create_new(dir: &Path, rel: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

const GITIGNORE: &str = "\
# privgen build output and the temporary folders of an interrupted build.
/public
/.public.privgen-*
";

fn config(first: Lang) -> String {
    // The index page's title: the statement's title in the first language.
    let (wording, _) = crate::i18n::Wording::new(&crate::load::locales::builtin());
    let title = wording
        .format(first, "doc-title-statement", &[])
        .unwrap_or_else(|_| "Privacy statement".into());
    format!(
        "# privgen site configuration. Command-line flags and environment variables override it.\n\
         \n\
         # Title of the index page that lists every statement.\n\
         title = \"{title}\"\n\
         # Absolute URL the site is published under, for canonical, hreflang and sitemap links\n\
         # (or pass --base-url / set PRIVGEN_BASE_URL in CI).\n\
         # base_url = \"https://privacy.example.org\"\n\
         # The theme in themes/<name>/.\n\
         theme = \"default\"\n\
         # Where `privgen build` writes the site.\n\
         output_dir = \"public\"\n"
    )
}

fn workflow(install: &Install) -> String {
    WORKFLOW
        .replace("{{git}}", install.git.as_deref().unwrap_or(""))
        .replace("{{rev}}", install.rev.as_deref().unwrap_or(""))
}

const WORKFLOW: &str = r#"# Checks every profile on each push and pull request (findings appear as annotations on
# the lines of the profile, and as a table in the job summary), then builds the site and
# keeps it as an artifact. To publish it on GitHub Pages or Netlify, see privgen's docs/ci.md.
name: privgen

on:
  push:
  pull_request:

permissions:
  contents: read

env:
  # privgen is installed from its git repository (it is not published on crates.io),
  # pinned to one commit or tag, so an upgrade is a reviewed change to this file.
  # `privgen init --privgen-git URL --privgen-rev COMMIT` fills both in.
  PRIVGEN_GIT: "{{git}}"
  PRIVGEN_REV: "{{rev}}"

jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - name: Where privgen comes from
        run: |
          if [ -z "$PRIVGEN_GIT" ] || [ -z "$PRIVGEN_REV" ]; then
            echo "::error file=.github/workflows/privgen.yml::set PRIVGEN_GIT (privgen's repository URL) and PRIVGEN_REV (the commit or tag to install) in this file"
            exit 1
          fi
      - uses: actions/checkout@v4
      - name: Cache privgen
        id: cache
        uses: actions/cache@v4
        with:
          path: ~/.cargo/bin/privgen
          key: privgen-${{ runner.os }}-${{ env.PRIVGEN_REV }}
      - name: Install privgen
        if: steps.cache.outputs.cache-hit != 'true'
        run: cargo install --locked --git "$PRIVGEN_GIT" --rev "$PRIVGEN_REV" privgen
      - name: Check
        run: privgen check --format github
      - name: Build
        run: privgen build
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: public/
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_and_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("privgen.toml"), "title = 'mine'\n").unwrap();
        let opts = Options {
            dir: tmp.path().to_path_buf(),
            jurisdiction: Jurisdiction::NL,
            langs: vec![],
            install: Install::default(),
        };
        match init(&opts) {
            Err(InitError::Exists(p)) => assert_eq!(p, vec![PathBuf::from("privgen.toml")]),
            other => panic!("{other:?}"),
        }
        assert!(!tmp.path().join("content").exists());
        assert_eq!(
            std::fs::read_to_string(tmp.path().join("privgen.toml")).unwrap(),
            "title = 'mine'\n"
        );
    }

    #[test]
    fn workflow_and_config_are_valid() {
        let cfg: crate::load::Config = toml::from_str(&config(Lang::Nb)).unwrap();
        assert_eq!(cfg.output_dir.as_deref(), Some("public"));
        let install = Install {
            git: Some("https://example.org/privgen.git".into()),
            rev: Some("0123abcd".into()),
        };
        let wf = workflow(&install);
        assert!(wf.contains("privgen check --format github"));
        assert!(!wf.contains("{{git}}") && !wf.contains("{{rev}}"));
        assert!(
            !wf.contains("cargo install --locked privgen"),
            "not on crates.io"
        );
        let v: serde_json::Value = serde_saphyr::from_str(&wf).unwrap();
        assert_eq!(v["env"]["PRIVGEN_GIT"], "https://example.org/privgen.git");
        assert_eq!(v["env"]["PRIVGEN_REV"], "0123abcd");
        let install_step = v["jobs"]["site"]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == "Install privgen")
            .unwrap();
        assert_eq!(
            install_step["run"],
            "cargo install --locked --git \"$PRIVGEN_GIT\" --rev \"$PRIVGEN_REV\" privgen"
        );
        let empty: serde_json::Value =
            serde_saphyr::from_str(&workflow(&Install::default())).unwrap();
        assert_eq!(empty["env"]["PRIVGEN_GIT"], "");
    }

    #[test]
    fn install_values_cannot_break_the_workflow() {
        for bad in ["a\"b", "x y", "-rf", "a\nb", "$(id)", ""] {
            let i = Install {
                git: None,
                rev: Some(bad.into()),
            };
            assert!(i.validate().is_err(), "{bad:?}");
        }
        let ok = Install {
            git: Some("git@github.com:owner/privgen.git".into()),
            rev: Some("v0.1.0".into()),
        };
        assert!(ok.validate().is_ok());
        assert!(ok.complete());
    }
}
