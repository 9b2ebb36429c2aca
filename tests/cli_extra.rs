//! `privgen completions <SHELL>` and `privgen man`: generated from the clap definition, so
//! they list every subcommand and flag.

use assert_cmd::Command;
use predicates::prelude::*;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

const SUBCOMMANDS: [&str; 6] = ["build", "check", "init", "schema", "completions", "man"];

#[test]
fn completions_print_for_bash_zsh_and_fish() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef privgen"),
        ("fish", "complete -c privgen"),
        ("elvish", "edit:completion:arg-completer[privgen]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = privgen().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(marker), "{shell}: no `{marker}`");
        for sub in SUBCOMMANDS {
            assert!(text.contains(sub), "{shell}: `{sub}` is not completed");
        }
        assert!(text.contains("jurisdiction"), "{shell}: init's flags");
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    privgen()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tcsh"));
}

#[test]
fn the_man_page_renders() {
    let out = privgen().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq"),
        "not roff: {}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains(".TH privgen 1"));
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"] {
        assert!(page.contains(&format!(".SH {section}")), "no {section}");
    }
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "`{sub}` missing from the man page");
    }
    assert!(page.contains("Exit codes"));
}

#[test]
fn man_out_writes_one_page_per_command() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    privgen()
        .args(["man", "--out"])
        .arg(&dir)
        .assert()
        .success()
        .stdout("");
    assert!(dir.join("privgen.1").is_file());
    for sub in SUBCOMMANDS {
        let page = dir.join(format!("privgen-{sub}.1"));
        let text =
            std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert!(text.contains(".SH NAME"), "{}", page.display());
    }
    let init = std::fs::read_to_string(dir.join("privgen-init.1")).unwrap();
    assert!(init.contains("jurisdiction"));
}

/// groff, when it is installed (it is what `man` runs), formats the page without a warning.
#[test]
fn groff_formats_the_page_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("privgen.1");
    let out = privgen().arg("man").output().unwrap();
    std::fs::write(&file, out.stdout).unwrap();
    let Ok(rendered) = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .arg(&file)
        .output()
    else {
        eprintln!("groff is not installed; skipped");
        return;
    };
    assert!(rendered.status.success());
    let warnings = String::from_utf8_lossy(&rendered.stderr);
    assert!(warnings.trim().is_empty(), "groff: {warnings}");
    let text = String::from_utf8_lossy(&rendered.stdout);
    assert!(text.contains("privgen"), "{text}");
    assert!(text.contains("completions"), "{text}");
}

/// The CI recipes of docs/ci.md are valid YAML and run the check and the build.
#[test]
fn ci_recipes_are_valid_yaml() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ci.md")).unwrap();
    let blocks: Vec<&str> = doc
        .split("```yaml\n")
        .skip(1)
        .filter_map(|b| b.split("\n```").next())
        .collect();
    assert!(blocks.len() >= 3, "{} yaml blocks", blocks.len());
    for b in &blocks {
        let parsed: Result<serde_json::Value, _> = serde_saphyr::from_str(b);
        assert!(parsed.is_ok(), "{b}\n{parsed:?}");
    }
    let github = blocks.iter().find(|b| b.contains("deploy-pages")).unwrap();
    assert!(github.contains("privgen check --format github"));
    assert!(github.contains("privgen build"));
    let gitlab = blocks
        .iter()
        .find(|b| b.contains(".gitlab-ci.yml"))
        .unwrap();
    assert!(gitlab.contains("privgen check") && gitlab.contains("privgen build"));
    assert!(gitlab.contains("paths: [public]"));
}
