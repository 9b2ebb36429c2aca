//! `privgen init`: the starter site of every jurisdiction checks clean (no error, no
//! warning) and builds at once, in any set of languages; init never overwrites; the example
//! profiles hold only fictional, example-domain contact data.

use assert_cmd::Command;
use predicates::prelude::*;
use privgen::init::{self, starter, Options};
use privgen::law::Law;
use privgen::load::profile::Jurisdiction;
use privgen::load::text::Lang;
use std::path::Path;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

/// The language sets the starter profiles are proven clean in: each language alone (the
/// filter drops the most there) and all four (the defaults are run from the CLI above).
fn language_sets() -> Vec<Vec<Lang>> {
    let mut sets: Vec<Vec<Lang>> = Lang::all().iter().map(|l| vec![*l]).collect();
    sets.push(vec![Lang::En, Lang::NlBe, Lang::Nb, Lang::Nl]);
    sets
}

#[test]
fn starter_sites_check_and_build_clean_from_the_cli() {
    for j in Jurisdiction::all() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        privgen()
            .arg("init")
            .arg(&site)
            .args(["--jurisdiction", j.code()])
            .assert()
            .success()
            .stderr(predicate::str::contains("starter site"));
        privgen()
            .arg("-C")
            .arg(&site)
            .arg("check")
            .assert()
            .success()
            .stderr(predicate::str::contains("no errors"))
            .stderr(predicate::str::contains("warning").not());
        privgen()
            .arg("-C")
            .arg(&site)
            .args(["check", "--format", "github"])
            .assert()
            .success()
            .stdout(predicate::str::contains("::").not());
        privgen()
            .arg("-C")
            .arg(&site)
            .arg("build")
            .assert()
            .success();
        let id = starter::profile_id(j);
        for lang in init::default_langs(j) {
            let page = site
                .join("public")
                .join(&id)
                .join(lang.code())
                .join("index.html");
            assert!(page.is_file(), "{j:?}: missing {}", page.display());
        }
        assert!(site.join("public/index.html").is_file());
    }
}

#[test]
fn starter_profiles_are_clean_in_any_languages() {
    let law = Law::load().unwrap();
    for j in Jurisdiction::all() {
        for langs in language_sets() {
            let tmp = tempfile::tempdir().unwrap();
            let opts = Options {
                dir: tmp.path().to_path_buf(),
                jurisdiction: j,
                langs: langs.clone(),
                install: init::Install::default(),
            };
            init::init(&opts).unwrap();
            let res = privgen::site::build(tmp.path(), &law, &privgen::site::Options::default());
            assert!(
                res.diagnostics.is_empty(),
                "{j:?} in {langs:?}: {:#?}",
                res.diagnostics
            );
            assert!(res.tree.is_some(), "{j:?} in {langs:?}: nothing rendered");
            assert_eq!(res.documents.len(), langs.len(), "{j:?} in {langs:?}");
        }
    }
}

#[test]
fn refuses_to_overwrite_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path();
    privgen()
        .arg("init")
        .arg(site)
        .args(["-j", "nl", "--lang", "nl,en"])
        .assert()
        .success();
    let profile = site.join("content/voorbeeldkliniek.yaml");
    std::fs::write(&profile, "# my own edits\n").unwrap();
    std::fs::remove_file(site.join("privgen.toml")).unwrap();
    privgen()
        .arg("init")
        .arg(site)
        .args(["-j", "NL"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to overwrite"))
        .stderr(predicate::str::contains("voorbeeldkliniek.yaml"))
        .stderr(predicate::str::contains("nothing was written"));
    assert_eq!(
        std::fs::read_to_string(&profile).unwrap(),
        "# my own edits\n"
    );
    assert!(
        !site.join("privgen.toml").exists(),
        "a refused init must not write the files that were missing"
    );
}

#[test]
fn a_different_country_in_the_same_folder_is_refused_too() {
    let tmp = tempfile::tempdir().unwrap();
    privgen()
        .arg("init")
        .arg(tmp.path())
        .args(["-j", "NO"])
        .assert()
        .success();
    // The profile differs, but privgen.toml, the locales and the theme exist.
    privgen()
        .arg("init")
        .arg(tmp.path())
        .args(["-j", "BE"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("privgen.toml"));
    assert!(!tmp.path().join("content/voorbeeldpraktijk.yaml").exists());
}

#[test]
fn init_uses_the_root_flag_when_no_folder_is_given() {
    let tmp = tempfile::tempdir().unwrap();
    privgen()
        .arg("-C")
        .arg(tmp.path())
        .args(["init", "--jurisdiction", "be"])
        .assert()
        .success();
    assert!(tmp.path().join("content/voorbeeldpraktijk.yaml").is_file());
}

#[test]
fn bad_arguments_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["init", "x", "--jurisdiction", "DE"][..],
        &["init", "x", "--jurisdiction", "NL", "--lang", "zz"],
        &["init", "x", "--jurisdiction", "NL", "--lang", "nl,nl"],
        &["init", "x"],
    ] {
        privgen()
            .current_dir(tmp.path())
            .args(args)
            .assert()
            .code(2);
    }
    assert!(!tmp.path().join("x").exists());
    // A file where the folder should be.
    std::fs::write(tmp.path().join("file"), "").unwrap();
    privgen()
        .current_dir(tmp.path())
        .args(["init", "file", "-j", "NL"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a folder"));
}

#[test]
fn the_site_holds_the_schema_the_modeline_and_ci() {
    let tmp = tempfile::tempdir().unwrap();
    privgen()
        .arg("init")
        .arg(tmp.path())
        .args(["-j", "NL"])
        .assert()
        .success();
    let schema = std::fs::read_to_string(tmp.path().join(init::SCHEMA_FILE)).unwrap();
    assert_eq!(schema, privgen::schema::profile_schema_json());
    let profile =
        std::fs::read_to_string(tmp.path().join("content/voorbeeldkliniek.yaml")).unwrap();
    assert!(profile.starts_with("# yaml-language-server: $schema=../profile.schema.json\n"));
    assert!(profile.contains("languages: [nl, en]"));
    let wf = std::fs::read_to_string(tmp.path().join(".github/workflows/privgen.yml")).unwrap();
    assert!(wf.contains("privgen check --format github"));
    assert!(wf.contains("privgen build"));
    // Without --privgen-git/--privgen-rev the workflow's first step stops with a message.
    assert!(wf.contains("PRIVGEN_GIT: \"\"\n"));
    assert!(wf.contains("::error file=.github/workflows/privgen.yml::set PRIVGEN_GIT"));
    let ignore = std::fs::read_to_string(tmp.path().join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "/public"));
    for f in [
        "locales/nl/statement.ftl",
        "locales/nb/vocab.ftl",
        "themes/default/templates/base.html",
        "themes/default/static/style.css",
    ] {
        let copied = std::fs::read(tmp.path().join(f)).unwrap();
        let original = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(f)).unwrap();
        assert!(copied == original, "{f} differs from the repository's");
    }
}

#[test]
fn the_workflow_installs_the_pinned_commit_from_git() {
    let tmp = tempfile::tempdir().unwrap();
    privgen()
        .arg("init")
        .arg(tmp.path())
        .args([
            "-j",
            "BE",
            "--privgen-git",
            "https://example.org/privgen.git",
        ])
        .args(["--privgen-rev", "4f1c2e9"])
        .assert()
        .success()
        .stderr(predicate::str::contains("PRIVGEN_GIT").not());
    let wf = std::fs::read_to_string(tmp.path().join(".github/workflows/privgen.yml")).unwrap();
    assert!(wf.contains("PRIVGEN_GIT: \"https://example.org/privgen.git\""));
    assert!(wf.contains("PRIVGEN_REV: \"4f1c2e9\""));
    assert!(
        wf.contains("cargo install --locked --git \"$PRIVGEN_GIT\" --rev \"$PRIVGEN_REV\" privgen")
    );
    // Without them, init says what to fill in.
    let other = tempfile::tempdir().unwrap();
    privgen()
        .arg("init")
        .arg(other.path())
        .args(["-j", "NL"])
        .assert()
        .success()
        .stderr(predicate::str::contains("set PRIVGEN_GIT and PRIVGEN_REV"));
    // A value that would break the YAML or the shell line is refused, nothing written.
    let third = tempfile::tempdir().unwrap();
    privgen()
        .arg("init")
        .arg(third.path())
        .args(["-j", "NL", "--privgen-rev", "main\"; rm -rf /"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--privgen-rev"));
    assert!(!third.path().join("privgen.toml").exists());
}

/// The starter profiles are fictional: every URL and e-mail address is under an example
/// domain, and no seed clinic's name appears.
#[test]
fn starter_profiles_use_only_example_domains() {
    for j in Jurisdiction::all() {
        let text = starter::render(j, &Lang::all());
        for word in text.split(|c: char| c.is_whitespace() || c == '(' || c == ')') {
            let host = if let Some(rest) = word.strip_prefix("https://") {
                rest.split('/').next().unwrap_or_default()
            } else if let Some((_, domain)) = word.split_once('@') {
                domain
            } else {
                continue;
            };
            if host == "…" {
                continue; // the placeholder in "[links](https://…)"
            }
            assert!(
                host.ends_with(".example.nl") || host.ends_with(".example.org"),
                "{j:?}: `{word}` is not under an example domain"
            );
        }
        for seed in [
            "Linde",
            "Optimal",
            "KEI",
            "Medisch Spectrum",
            "DermaMediSpa",
        ] {
            assert!(!text.contains(seed), "{j:?} mentions {seed}");
        }
    }
}

/// `init --help` names the jurisdictions from the law data (one per `src/law/<code>.yaml`),
/// not from a list in Rust (issue 17): a new law data file shows up there without a Rust
/// edit. A code without law data is a usage error naming the known ones.
#[test]
fn the_help_names_the_jurisdictions_of_the_law_data() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/law");
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let code = name.strip_suffix(".yaml")?.to_string();
            (code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()))
                .then(|| code.to_ascii_uppercase())
        })
        .collect();
    codes.sort();
    assert!(codes.len() >= 3, "{codes:?}");
    let listed = format!("[possible values: {}]", codes.join(", "));
    for args in [&["init", "--help"][..], &["law", "--help"]] {
        privgen()
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains(listed.as_str()))
            .stdout(predicate::str::contains("NL|NO|BE").not());
    }
    privgen()
        .args(["init", "--help"])
        .assert()
        .stdout(predicate::str::contains("--jurisdiction <CODE>"));
    let tmp = tempfile::tempdir().unwrap();
    privgen()
        .current_dir(tmp.path())
        .args(["init", "x", "-j", "QQ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "expected one of {}",
            codes.join(", ")
        )));
}
