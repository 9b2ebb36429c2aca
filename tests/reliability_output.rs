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

// ---------------------------------------------------------------------------------------
// The catalogue: categories B (content/ folder), E (configuration and command line) and
// F (output folder) of the reliability report, one row per case.

/// One case of the catalogue.
struct Case {
    /// The report's id.
    id: &'static str,
    /// Changes the fresh copy of the base site.
    setup: fn(&Path),
    /// Arguments after `-C SITE --format json`; `{site}`, `{home}` and `{nonutf8}` are
    /// replaced.
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    exit: i32,
    /// The code of the first error in the JSON report (or a text of stderr, for output
    /// errors, which are not diagnostics).
    error: Option<&'static str>,
    /// The error names a line of its file.
    line: bool,
    /// More checks on the site after the run.
    after: fn(&Path),
}

const NONE: fn(&Path) = |_| {};

fn write(site: &Path, rel: &str, text: &str) {
    let p = site.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn with_id(id: &str) -> String {
    format!("id: {id}\n{}", common::MINIMAL.trim_start())
}

#[cfg(unix)]
fn link(target: impl AsRef<Path>, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

fn mkfifo(p: &Path) {
    let ok = Command::new("mkfifo").arg(p).status().unwrap().success();
    assert!(ok, "mkfifo {}", p.display());
}

fn published(site: &Path, id: &str) -> bool {
    site.join(format!("public/{id}/nl/index.html")).is_file()
}

fn index_lists(site: &Path, id: &str) -> bool {
    std::fs::read_to_string(site.join("public/index.html"))
        .unwrap()
        .contains(&format!("{id}/nl/"))
}

/// An archived version `v` in the previous output, copied from 1.0 with its manifest
/// naming `named`.
fn archived(site: &Path, v: &str, named: &str) {
    let from = site.join("public/linde/archive/1.0");
    let to = site.join(format!("public/linde/archive/{v}"));
    common::copy_dir(&from, &to);
    let m = std::fs::read_to_string(to.join("version.json")).unwrap();
    std::fs::write(
        to.join("version.json"),
        m.replace("\"version\": \"1.0\"", &format!("\"version\": \"{named}\"")),
    )
    .unwrap();
}

#[cfg(unix)]
fn catalogue() -> Vec<Case> {
    let c = |id, setup, args, exit, error, line| Case {
        id,
        setup,
        args,
        env: &[],
        exit,
        error,
        line,
        after: NONE,
    };
    vec![
        // B: the content/ folder.
        c(
            "B01",
            |s| write(s, "content/dup.yaml", &with_id("linde")),
            &["build"],
            1,
            Some("build/duplicate-id"),
            false,
        ),
        c(
            "B02",
            |s| write(s, "content/linde.yml", common::MINIMAL),
            &["build"],
            1,
            Some("build/duplicate-id"),
            false,
        ),
        c(
            "B03",
            |s| write(s, "content/LINDE2.YAML", common::MINIMAL),
            &["build"],
            1,
            Some("load/invalid-id"),
            false,
        ),
        Case {
            after: |s| assert!(published(s, "beuk"), "an upper-case extension is read"),
            ..c(
                "B03b",
                |s| write(s, "content/BEUK.YAML", &with_id("beuk")),
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "B04",
            |s| write(s, "content/x.yaml", &with_id("index")),
            &["build"],
            1,
            Some("load/invalid-id"),
            true,
        ),
        c(
            "B04b",
            |s| write(s, "content/x.yaml", &with_id("sitemap")),
            &["build"],
            1,
            Some("load/invalid-id"),
            true,
        ),
        c(
            "B04c",
            |s| write(s, "content/x.yaml", &with_id("archive")),
            &["build"],
            1,
            Some("load/invalid-id"),
            true,
        ),
        c(
            "B04d",
            |s| write(s, "content/x.yaml", &with_id("style")),
            &["build"],
            1,
            Some("load/invalid-id"),
            true,
        ),
        c(
            "B05",
            |s| write(s, "content/x.yaml", &with_id("cname")),
            &["build"],
            1,
            Some("load/invalid-id"),
            true,
        ),
        c(
            "B05b",
            |s| write(s, "content/cname.yaml", common::MINIMAL),
            &["build"],
            1,
            Some("load/invalid-id"),
            false,
        ),
        c(
            "B06",
            clear_content,
            &["build"],
            1,
            Some("load/no-profiles"),
            false,
        ),
        c(
            "B07",
            |s| std::fs::remove_dir_all(s.join("content")).unwrap(),
            &["build"],
            1,
            Some("load/no-content"),
            false,
        ),
        Case {
            after: |s| assert!(published(s, "linde") && published(s, "eik")),
            ..c(
                "B08",
                |s| {
                    std::fs::rename(s.join("content"), s.join("elsewhere")).unwrap();
                    link(s.join("elsewhere"), &s.join("content"));
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "B09",
            |s| link("/etc/passwd", &s.join("content/passwd.yaml")),
            &["build"],
            1,
            Some("load/symlink"),
            false,
        ),
        Case {
            after: |s| {
                assert!(published(s, "linde"), "a linked profile is built");
                assert!(s.join("public/linde/archive/1.0/nl/index.html").is_file());
            },
            ..c(
                "B10",
                |s| {
                    std::fs::create_dir(s.join("shared")).unwrap();
                    std::fs::rename(s.join("content/linde.yaml"), s.join("shared/linde.yaml"))
                        .unwrap();
                    link("../shared/linde.yaml", &s.join("content/linde.yaml"));
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "B10b",
            |s| link("../gone.yaml", &s.join("content/gone.yaml")),
            &["build"],
            1,
            Some("load/symlink"),
            false,
        ),
        Case {
            after: |s| assert!(published(s, "linde") && published(s, "eik")),
            ..c(
                "B11",
                |s| mkfifo(&s.join("content/evil.yaml")),
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "B12",
            |s| std::fs::create_dir(s.join("content/x.yaml")).unwrap(),
            &["build"],
            0,
            None,
            false,
        ),
        c(
            "B17",
            |s| {
                write(s, "content/.draft.yaml", "name: [unclosed\n");
                write(s, "content/linde.yaml~", "junk: [");
                write(s, "content/.linde.yaml.swp", "\0\0");
            },
            &["build"],
            1,
            Some("load/yaml"),
            true,
        ),
        c(
            "B18",
            |s| write(s, "content/sub/x.yaml", "broken: ["),
            &["build"],
            0,
            None,
            false,
        ),
        c(
            "B19",
            |s| link("/dev/zero", &s.join("content/zero.yaml")),
            &["build"],
            1,
            Some("load/symlink"),
            false,
        ),
        c(
            "B20",
            |s| {
                for i in 0..=10_000 {
                    std::fs::write(s.join(format!("content/p{i:05}.yaml")), "").unwrap();
                }
            },
            &["build"],
            1,
            Some("load/too-many"),
            false,
        ),
        c(
            "B22",
            |s| write(s, "content/eik.yaml", &with_id("linde")),
            &["build"],
            1,
            Some("build/duplicate-id"),
            false,
        ),
        c(
            "B23",
            |s| write(s, "content/aux.yaml", common::MINIMAL),
            &["build"],
            1,
            Some("load/invalid-id"),
            false,
        ),
        // E: privgen.toml and the command line.
        c(
            "E01",
            |s| write(s, "privgen.toml", "title = 5\n"),
            &["build"],
            1,
            Some("load/config"),
            true,
        ),
        c(
            "E02",
            |s| write(s, "privgen.toml", "titel = \"x\"\n"),
            &["build"],
            1,
            Some("load/config"),
            true,
        ),
        c(
            "E03",
            |s| write(s, "privgen.toml", "base_url = \"javascript:alert(1)//\"\n"),
            &["build"],
            1,
            Some("load/base-url"),
            true,
        ),
        c(
            "E04",
            |s| {
                write(
                    s,
                    "privgen.toml",
                    "base_url = 'https://x.example/\"><script>alert(1)</script>'\n",
                )
            },
            &["build"],
            1,
            Some("load/base-url"),
            true,
        ),
        c(
            "E05",
            |s| write(s, "privgen.toml", "\nbase_url = \"//evil.example/\"\n"),
            &["build"],
            1,
            Some("load/base-url"),
            true,
        ),
        Case {
            env: &[(
                "PRIVGEN_BASE_URL",
                "data:text/html,<script>alert(1)</script>",
            )],
            ..c("E06", NONE, &["build"], 1, Some("load/base-url"), false)
        },
        c(
            "E06b",
            NONE,
            &["build", "--base-url", "https://www.mst.nl@evil.example/"],
            1,
            Some("load/base-url"),
            false,
        ),
        Case {
            after: |s| {
                let page = std::fs::read_to_string(s.join("public/linde/nl/index.html")).unwrap();
                assert!(
                    page.contains("https://privacy.example.org/linde/nl/"),
                    "absolute links"
                );
            },
            ..c(
                "E06c",
                NONE,
                &["build", "--base-url", "https://privacy.example.org/"],
                0,
                None,
                false,
            )
        },
        c(
            "E07",
            |s| write(s, "privgen.toml", "output_dir = \"..\"\n"),
            &["build", "--force"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E08",
            |s| write(s, "privgen.toml", "output_dir = \"content\"\n"),
            &["build", "--force"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E09",
            |s| write(s, "privgen.toml", "output_dir = \"\"\n"),
            &["build", "--force"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E10",
            NONE,
            &["build", "--force", "--out", "missing/../content"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E11",
            NONE,
            &["build", "--force", "--out", "{site}/missing/../../{name}"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E12",
            NONE,
            &["build", "--force", "--out", "themes/default"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E12b",
            NONE,
            &["build", "--force", "--out", "locales/nl"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E12c",
            NONE,
            &["build", "--force", "--out", ".git"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E13",
            |s| write(s, "privgen.toml", &format!("# {}\n", "x".repeat(64 * 1024))),
            &["build"],
            2,
            Some("load/io"),
            false,
        ),
        c(
            "E14",
            |s| mkfifo(&s.join("privgen.toml")),
            &["build"],
            2,
            Some("load/io"),
            false,
        ),
        c(
            "E15",
            |s| write(s, "privgen.toml", "title = \"x\nbase_url = 1\n"),
            &["build"],
            1,
            Some("load/config"),
            true,
        ),
        c(
            "E16",
            |s| link("nowhere.toml", &s.join("privgen.toml")),
            &["build"],
            2,
            Some("load/io"),
            false,
        ),
        c(
            "E17",
            |s| write(s, "privgen.toml", "title = \"Privacy \\u001b[2J\"\n"),
            &["build"],
            1,
            Some("load/control-character"),
            true,
        ),
        c(
            "E17b",
            |s| write(s, "privgen.toml", "title = \"Privacy \u{202E}txt.exe\"\n"),
            &["build"],
            1,
            Some("load/control-character"),
            true,
        ),
        c(
            "E18",
            |s| write(s, "privgen.toml", "archive = \"yes\"\n"),
            &["build"],
            1,
            Some("load/config"),
            true,
        ),
        Case {
            after: |s| {
                assert!(
                    s.join("~/linde/nl/index.html").is_file(),
                    "a literal `~` folder"
                )
            },
            ..c(
                "E19",
                |s| write(s, "privgen.toml", "output_dir = \"~\"\n"),
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "E20",
            NONE,
            &["build", "--lang", "zz"],
            2,
            Some("unknown language"),
            false,
        ),
        c(
            "E21",
            NONE,
            &["build", "--only", "nope"],
            1,
            Some("build/unknown-profile"),
            false,
        ),
        Case {
            after: |s| {
                assert!(published(s, "eik"), "--only keeps the other clinic's pages");
                assert!(
                    s.join("public/eik/archive/1.0/nl/index.html").is_file(),
                    "and archive"
                );
                assert!(index_lists(s, "eik") && index_lists(s, "linde"));
                let sitemap = std::fs::read_to_string(s.join("public/sitemap.xml")).unwrap();
                assert!(sitemap.contains("/eik/nl/") && sitemap.contains("/linde/nl/"));
            },
            ..c(
                "E22",
                |s| {
                    write(
                        s,
                        "content/linde.yaml",
                        &common::MINIMAL.replace("De Linde", "De Nieuwe Linde"),
                    )
                },
                &["build", "--only", "linde"],
                0,
                None,
                false,
            )
        },
        c(
            "E23",
            NONE,
            &["build", "--out", "/"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        c(
            "E23b",
            NONE,
            &["build", "--out", "/", "--force"],
            2,
            Some("refusing to write the site into"),
            false,
        ),
        Case {
            env: &[("HOME", "{home}")],
            ..c(
                "E24",
                NONE,
                &["build", "--out", "{home}"],
                2,
                Some("refusing to write the site into"),
                false,
            )
        },
        Case {
            env: &[("HOME", "{home}")],
            ..c(
                "E25",
                NONE,
                &["build", "--out", "{home}", "--force"],
                2,
                Some("refusing to write the site into"),
                false,
            )
        },
        // F: the output folder.
        c(
            "F01",
            |s| write(s, "www/thesis.tex", "mine"),
            &["build", "--out", "www"],
            2,
            Some("not created by privgen"),
            false,
        ),
        c(
            "F02",
            |s| write(s, "www", "a file"),
            &["build", "--out", "www", "--force"],
            2,
            Some("not a folder"),
            false,
        ),
        c(
            "F07",
            |s| link("gone", &s.join("www")),
            &["build", "--out", "www"],
            2,
            Some("output/io"),
            false,
        ),
        c(
            "F08",
            |s| {
                link("loop-b", &s.join("loop-a"));
                link("loop-a", &s.join("loop-b"));
            },
            &["build", "--out", "loop-a"],
            2,
            Some("output/io"),
            false,
        ),
        Case {
            after: |s| {
                assert!(s.join("public/.well-known/security.txt").is_file());
                assert!(
                    !s.join("public/.well-known/pipe").exists(),
                    "a FIFO is not carried"
                );
            },
            ..c(
                "F09",
                |s| {
                    write(s, "public/.well-known/security.txt", "Contact: x");
                    mkfifo(&s.join("public/.well-known/pipe"));
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        Case {
            after: |s| {
                assert!(s.join("public/linde/archive/0.9/nl/index.html").is_file());
                assert!(!s.join("public/linde/archive/0.9/pipe").exists());
            },
            ..c(
                "F10",
                |s| {
                    archived(s, "0.9", "0.9");
                    mkfifo(&s.join("public/linde/archive/0.9/pipe"));
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        Case {
            after: |s| {
                let cname = std::fs::read(s.join("public/CNAME")).unwrap_or_default();
                assert!(!String::from_utf8_lossy(&cname).contains("SECRET"));
            },
            ..c(
                "F11",
                |s| {
                    write(s, "secret.txt", "SECRET");
                    link(s.join("secret.txt"), &s.join("public/CNAME"));
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        c(
            "F12",
            |s| {
                std::fs::remove_file(s.join("public/.privgen-output")).unwrap();
                std::fs::create_dir(s.join("public/.privgen-output")).unwrap();
            },
            &["build"],
            2,
            Some("not created by privgen"),
            false,
        ),
        c(
            "F13",
            NONE,
            &["--deny", "warnings", "build"],
            1,
            None,
            false,
        ),
        Case {
            after: |s| {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(s.join("public"))
                    .unwrap()
                    .permissions()
                    .mode();
                assert_eq!(mode & 0o7777, 0o2750, "the folder keeps its mode");
            },
            ..c(
                "F14",
                |s| {
                    use std::os::unix::fs::PermissionsExt;
                    std::fs::set_permissions(
                        s.join("public"),
                        std::fs::Permissions::from_mode(0o2750),
                    )
                    .unwrap();
                },
                &["build"],
                0,
                None,
                false,
            )
        },
        Case {
            after: |s| {
                let found = std::fs::read_dir(s)
                    .unwrap()
                    .any(|e| e.unwrap().path().join("linde/nl/index.html").is_file());
                assert!(found, "built into the folder with a non-UTF-8 name");
            },
            ..c(
                "F15",
                NONE,
                &["build", "--out", "{nonutf8}"],
                0,
                None,
                false,
            )
        },
        c(
            "F16",
            NONE,
            &["build", "--out", "{long}"],
            2,
            Some("output/io"),
            false,
        ),
        c(
            "F17",
            NONE,
            &["build", "--out", "/proc/self/fd/site"],
            2,
            Some("output/io"),
            false,
        ),
        Case {
            after: |s| {
                assert!(!s.join("public/linde/archive/1.0-evil").exists());
                assert!(s.join("public/linde/archive/1.0/nl/index.html").is_file());
            },
            ..c(
                "F18",
                |s| archived(s, "1.0-evil", "0.9"),
                &["build"],
                0,
                None,
                false,
            )
        },
    ]
}

#[cfg(unix)]
fn clear_content(s: &Path) {
    for e in std::fs::read_dir(s.join("content")).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
}

#[cfg(unix)]
fn arg(raw: &str, site: &Path) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStringExt;
    let name = site.file_name().unwrap().to_str().unwrap();
    match raw {
        "{nonutf8}" => std::ffi::OsString::from_vec(b"out-\xff\xfe".to_vec()),
        "{long}" => "x/".repeat(2500).into(),
        _ => raw
            .replace("{site}", site.to_str().unwrap())
            .replace("{name}", name)
            .replace("{home}", site.join("home").to_str().unwrap())
            .into(),
    }
}

#[cfg(unix)]
#[test]
fn catalogue_b_content_folder() {
    run_catalogue("B");
}

#[cfg(unix)]
#[test]
fn catalogue_e_config_and_command_line() {
    run_catalogue("E");
}

#[cfg(unix)]
#[test]
fn catalogue_f_output_folder() {
    run_catalogue("F");
}

/// Runs the cases whose id starts with `prefix`.
#[cfg(unix)]
fn run_catalogue(prefix: &str) {
    let base = base();
    std::fs::create_dir_all(base.path().join("home")).unwrap();
    std::fs::write(base.path().join("home/.profile"), "# mine").unwrap();
    let mut failures = Vec::new();
    for case in catalogue().into_iter().filter(|c| c.id.starts_with(prefix)) {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        copy_all(base.path(), &site);
        (case.setup)(&site);
        let before = manifest(&site.join("public"));
        let sources_before = sources(&site);
        let mut cmd = privgen(&site);
        cmd.args(["--format", "json"]).current_dir(&site);
        for a in case.args {
            cmd.arg(arg(a, &site));
        }
        for (k, v) in case.env {
            cmd.env(k, arg(v, &site));
        }
        let started = std::time::Instant::now();
        let o = cmd.output().unwrap();
        let took = started.elapsed();
        let err = stderr(&o);
        let mut why = Vec::new();
        if o.status.code() != Some(case.exit) {
            why.push(format!(
                "exit {:?}, expected {}",
                o.status.code(),
                case.exit
            ));
        }
        if err.contains("panicked") {
            why.push("panicked".into());
        }
        if let Some(want) = case.error {
            match first_error(&o) {
                Some((code, file, line, _)) if code == want => {
                    if case.line && line.is_none() {
                        why.push(format!("{code} without a line"));
                    }
                    // Errors of the command line, or about a folder that is not there.
                    let fileless = ["load/base-url", "build/unknown-profile", "load/no-content"];
                    if file.is_empty() && !fileless.contains(&want) {
                        why.push(format!("{code} without a file"));
                    }
                }
                Some((code, ..)) => why.push(format!("first error {code}, expected {want}")),
                None if err.contains(want) => {}
                None => why.push(format!("no {want} in the report: {err}")),
            }
        }
        if case.exit != 0 {
            if manifest(&site.join("public")) != before {
                why.push("the previous output changed".into());
            }
            if sources(&site) != sources_before {
                why.push("the site's sources changed".into());
            }
        } else if why.is_empty() {
            let after = case.after;
            if let Err(e) = std::panic::catch_unwind(|| after(&site)) {
                why.push(format!("check after the run: {e:?}"));
            }
        }
        if took > std::time::Duration::from_secs(60) {
            why.push(format!("took {took:?}"));
        }
        if !why.is_empty() {
            failures.push(format!("{}: {}", case.id, why.join("; ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Copies a site with its links, FIFOs skipped (the base has none).
fn copy_all(from: &Path, to: &Path) {
    common::copy_dir(from, to);
}

// ---------------------------------------------------------------------------------------
// H: determinism. Every variant builds the same site and must give the same bytes.

/// A site with two clinics and an absolute base URL, not built yet.
fn h_site(reverse: bool) -> tempfile::TempDir {
    let mut profiles = [
        ("linde.yaml", common::MINIMAL.to_string()),
        ("eik.yaml", eik()),
    ];
    if reverse {
        profiles.reverse();
    }
    let refs: Vec<(&str, &str)> = profiles.iter().map(|(n, p)| (*n, p.as_str())).collect();
    let dir = common::site(&refs);
    write(
        dir.path(),
        "privgen.toml",
        "base_url = \"https://privacy.example.org\"\n",
    );
    dir
}

fn h_build(site: &Path, out: &str, env: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    let mut c = privgen(site);
    c.args(["-q", "build", "--out", out]);
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    common::files(&site.join(out))
}

#[cfg(unix)]
#[test]
fn catalogue_of_determinism_cases() {
    let reference = h_build(h_site(false).path(), "public", &[]);
    assert!(reference.len() > 20);
    type Variant = (&'static str, fn() -> BTreeMap<String, Vec<u8>>);
    let variants: Vec<Variant> = vec![
        ("H01", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("TZ", "Pacific/Kiritimati")],
            )
        }),
        ("H01b", || {
            h_build(h_site(false).path(), "public", &[("TZ", "America/Adak")])
        }),
        ("H02", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("LC_ALL", "tr_TR.UTF-8"), ("LANG", "de_DE.UTF-8")],
            )
        }),
        ("H03", || {
            // umask 077: the same bytes (only the modes differ).
            let dir = h_site(false);
            let bin = assert_cmd::cargo::cargo_bin("privgen");
            let o = Command::new("sh")
                .arg("-c")
                .arg("umask 077 && exec \"$0\" -C \"$1\" -q build")
                .arg(bin)
                .arg(dir.path())
                .env_remove("PRIVGEN_BASE_URL")
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            common::files(&dir.path().join("public"))
        }),
        ("H04", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("SOURCE_DATE_EPOCH", "1")],
            )
        }),
        ("H05", || h_build(h_site(true).path(), "public", &[])),
        ("H06", || {
            h_build(h_site(false).path(), "elsewhere-out", &[])
        }),
        ("H07", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("RAYON_NUM_THREADS", "1")],
            )
        }),
        ("H08", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("RAYON_NUM_THREADS", "16")],
            )
        }),
        ("H09", || {
            let dir = h_site(false);
            h_build(dir.path(), "public", &[]);
            h_build(dir.path(), "public", &[])
        }),
        ("H10", || {
            // HOME unset, a minimal PATH, a relative -C from another folder.
            let dir = h_site(false);
            let o = Command::cargo_bin("privgen")
                .unwrap()
                .current_dir(dir.path().parent().unwrap())
                .arg("-C")
                .arg(dir.path().file_name().unwrap())
                .args(["-q", "build"])
                .env_remove("HOME")
                .env_remove("PRIVGEN_BASE_URL")
                .env("PATH", "/nonexistent")
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            common::files(&dir.path().join("public"))
        }),
        ("H11", || {
            h_build(
                h_site(false).path(),
                "public",
                &[("PRIVGEN_BASE_URL", "https://privacy.example.org")],
            )
        }),
        ("H12", || {
            let dir = h_site(false);
            for (f, when) in [("linde.yaml", "1970-01-02"), ("eik.yaml", "2100-01-01")] {
                let p = dir.path().join("content").join(f);
                let ok = Command::new("touch")
                    .args(["-d", when])
                    .arg(&p)
                    .status()
                    .unwrap();
                assert!(ok.success());
            }
            h_build(dir.path(), "public", &[])
        }),
    ];
    let mut failures = Vec::new();
    for (id, variant) in variants {
        let got = variant();
        if got != reference {
            let differ: Vec<&String> = reference
                .keys()
                .chain(got.keys())
                .filter(|k| reference.get(*k) != got.get(*k))
                .take(5)
                .collect();
            failures.push(format!("{id}: differs in {differ:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
