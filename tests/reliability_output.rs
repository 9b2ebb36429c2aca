//! The reliability report's catalogue, output side (issue 15): the content folder (B), the
//! configuration and the `build` command line (E), the output folder (F), determinism (H)
//! and interrupted builds (K). Each case starts from a fresh copy of a small site with a
//! good `public/`, changes it, runs the binary and checks the exit code, the diagnostic and
//! — whenever the run fails — that the previous output is byte for byte intact.
//!
//! The HIGH fixes of the issue have their own regression tests first (publishing into a
//! protected folder, versions that are no folder name, an empty `content/`).

mod common;

use assert_cmd::cargo::CommandCargoExt;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

/// A second clinic beside `linde.yaml`, so a build that drops one is visible.
fn eik() -> String {
    common::MINIMAL.replace("Kliniek De Linde B.V.", "Praktijk De Eik")
}

/// A site with two clinics (`linde`, `eik`) and a good `public/` built from them, plus a
/// `.git` folder and a `home/` folder (used as `$HOME`).
fn base() -> tempfile::TempDir {
    let dir = common::site(&[("linde.yaml", common::MINIMAL), ("eik.yaml", &eik())]);
    std::fs::create_dir_all(dir.path().join(".git/objects")).unwrap();
    std::fs::write(dir.path().join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    let o = run(dir.path(), &["build"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    dir
}

fn privgen(site: &Path) -> Command {
    let mut c = Command::cargo_bin("privgen").unwrap();
    c.arg("-C").arg(site);
    c.env_remove("PRIVGEN_BASE_URL").env_remove("PRIVGEN_ROOT");
    c
}

fn run(site: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = privgen(site);
    c.args(args).current_dir(site);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The first error of a `--format json` run: (code, file, line, field).
fn first_error(o: &Output) -> Option<(String, String, Option<u64>, String)> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).ok()?;
    let d = v["diagnostics"]
        .as_array()?
        .iter()
        .find(|d| d["severity"] == "error")?;
    Some((
        d["code"].as_str().unwrap_or_default().to_string(),
        d["file"].as_str().unwrap_or_default().to_string(),
        d["line"].as_u64(),
        d["field"].as_str().unwrap_or_default().to_string(),
    ))
}

/// Every entry under `dir` (files with their bytes, folders and links by kind), so a
/// deleted folder or a replaced file shows.
fn manifest(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let t = e.file_type();
            let body = if t.is_file() {
                std::fs::read(e.path()).unwrap()
            } else if t.is_dir() {
                b"<dir>".to_vec()
            } else {
                b"<other>".to_vec()
            };
            (rel, body)
        })
        .collect()
}

/// What the sources of the site look like, for "nothing of the site was touched".
fn sources(site: &Path) -> BTreeMap<String, Vec<u8>> {
    ["content", "locales", "themes", ".git", "home"]
        .iter()
        .flat_map(|d| {
            manifest(&site.join(d))
                .into_iter()
                .map(move |(k, v)| (format!("{d}/{k}"), v))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// HIGH 1: protected folders, resolved as real paths, `--force` or not.

#[test]
fn force_never_replaces_a_protected_folder_however_the_path_is_spelled() {
    let dir = base();
    let site = dir.path();
    std::fs::create_dir_all(site.join("home/notes")).unwrap();
    std::fs::write(site.join("home/notes/todo.txt"), "mine").unwrap();
    let name = site.file_name().unwrap().to_str().unwrap().to_string();
    let home = site.join("home");
    let before = sources(site);
    let public = manifest(&site.join("public"));
    let through_missing = format!("nope/../../{name}");
    let deep_missing = format!("a/b/../../nope/../../{name}/content");
    let home_s = home.to_str().unwrap().to_string();
    let home_missing = format!("{}/nope/..", home_s);
    #[cfg(unix)]
    std::os::unix::fs::symlink(site.join("content"), site.join("link-to-content")).unwrap();
    let outs: Vec<&str> = vec![
        ".",
        "..",
        // E10, E11: through a folder that does not exist.
        "nope/../content",
        &through_missing,
        &deep_missing,
        "nope/../locales",
        "nope/../themes",
        // E12: folders inside the protected ones.
        "content/sub",
        "themes/default",
        "themes/default/templates",
        "locales/nl",
        ".git",
        ".git/objects",
        "nope/../.git",
        // E25: the home folder (and `/`).
        &home_s,
        &home_missing,
        "/",
        // A link to a protected folder is followed before the check.
        "link-to-content",
        "link-to-content/x",
    ];
    for out in outs {
        let o = run(
            site,
            &["-q", "build", "--force", "--out", out],
            &[("HOME", &home_s)],
        );
        assert_eq!(o.status.code(), Some(2), "--out {out}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("refusing to write the site into"),
            "--out {out}: {}",
            stderr(&o)
        );
        assert_eq!(
            sources(site),
            before,
            "--out {out} touched the site's sources"
        );
        assert_eq!(manifest(&site.join("public")), public, "--out {out}");
        assert!(
            !site.join("nope").exists() && !site.join("a").exists(),
            "--out {out}"
        );
    }
    // The same through `output_dir` in privgen.toml.
    for out in ["nope/../content", "themes/default", ".git"] {
        std::fs::write(
            site.join("privgen.toml"),
            format!("output_dir = \"{out}\"\n"),
        )
        .unwrap();
        let o = run(site, &["-q", "build", "--force"], &[]);
        assert_eq!(o.status.code(), Some(2), "output_dir {out}: {}", stderr(&o));
        assert_eq!(sources(site), before, "output_dir {out}");
    }
    // A folder beside them still works, also through a missing one.
    std::fs::remove_file(site.join("privgen.toml")).unwrap();
    let o = run(site, &["-q", "build", "--out", "nope/../www"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(site.join("www/linde/nl/index.html").is_file());
}

// ---------------------------------------------------------------------------------------
// HIGH 2: a version that is no folder name is refused at load, and never costs the archive.

#[test]
fn a_version_that_is_no_folder_name_is_refused_and_the_archive_stays() {
    let dir = base();
    let site = dir.path();
    let profile = site.join("content/linde.yaml");
    let set = |v: &str| {
        std::fs::write(
            &profile,
            common::MINIMAL.replace("version: \"1.0\"", &format!("version: \"{v}\"")),
        )
        .unwrap()
    };
    set("1.1");
    let o = run(site, &["-q", "build"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(site
        .join("public/linde/archive/1.0/nl/index.html")
        .is_file());
    assert!(site
        .join("public/linde/archive/1.1/nl/index.html")
        .is_file());
    let public = manifest(&site.join("public"));
    for bad in ["1.2 (concept)", "../../x", ".inf", "v<1>", &"9".repeat(33)] {
        set(bad);
        let o = run(site, &["--format", "json", "build"], &[]);
        assert_eq!(o.status.code(), Some(1), "version {bad:?}: {}", stderr(&o));
        let (code, file, line, field) = first_error(&o).expect("an error");
        assert_eq!(code, "load/invalid-version", "{bad:?}");
        assert_eq!(file, "content/linde.yaml");
        assert_eq!(line, Some(4), "{bad:?}");
        assert_eq!(field, "version");
        assert_eq!(manifest(&site.join("public")), public, "{bad:?}");
    }
    // Back to a good version: nothing was lost on the way.
    set("1.2");
    let o = run(site, &["-q", "build"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for v in ["1.0", "1.1", "1.2"] {
        assert!(site
            .join(format!("public/linde/archive/{v}/nl/index.html"))
            .is_file());
    }
}

// ---------------------------------------------------------------------------------------
// HIGH 3: a site without profiles never replaces a published one.

#[test]
fn a_site_without_profiles_does_not_replace_the_published_one() {
    for (what, setup) in [
        (
            "empty content/",
            (|s: &Path| {
                for e in std::fs::read_dir(s.join("content")).unwrap() {
                    std::fs::remove_file(e.unwrap().path()).unwrap();
                }
            }) as fn(&Path),
        ),
        ("content/ with only other files", |s: &Path| {
            for e in std::fs::read_dir(s.join("content")).unwrap() {
                std::fs::remove_file(e.unwrap().path()).unwrap();
            }
            std::fs::write(s.join("content/README.md"), "notes").unwrap();
        }),
        ("no content/", |s: &Path| {
            std::fs::remove_dir_all(s.join("content")).unwrap();
        }),
    ] {
        let dir = base();
        let site = dir.path();
        setup(site);
        let public = manifest(&site.join("public"));
        let o = run(site, &["build"], &[]);
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("content"), "{what}: {err}");
        assert_eq!(manifest(&site.join("public")), public, "{what}");
    }
}
