//! The binary end to end: exit codes, output paths, diagnostics, and that a failed build
//! leaves the previous output alone.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

#[test]
fn builds_the_example_site_with_every_published_language() {
    let site = common::example_site();
    let out = site.path().join("out");
    privgen()
        .args(["-C"])
        .arg(site.path())
        .args(["build", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("built 4 profile(s)"))
        .stderr(predicate::str::contains(
            "`dermamedispa` is a draft (`draft: true`): checked, not published",
        ));
    for (id, langs) in [
        ("optimal-care", &["nl", "en"][..]),
        ("pure-aesthetics", &["nl", "en"]),
        ("kei", &["nl-BE", "en"]),
        ("mst", &["nl", "en"]),
    ] {
        for l in langs {
            let page = out.join(id).join(l).join("index.html");
            assert!(page.is_file(), "missing {}", page.display());
        }
    }
    // The draft (no contact details: a page that would mislead) is not published, nor listed.
    assert!(!out.join("dermamedispa").exists());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!index.contains("dermamedispa"), "{index}");
    // `--drafts` previews it, under the banner, with its gap as a warning.
    let preview = site.path().join("preview");
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["build", "--drafts", "--out"])
        .arg(&preview)
        .assert()
        .success()
        .stderr(predicate::str::contains("built 5 profile(s)"))
        .stderr(predicate::str::contains(
            "warning[gdpr/art13-1a-controller-contact]",
        ))
        .stderr(predicate::str::contains("(draft: fix before publishing)"));
    let page = std::fs::read_to_string(preview.join("dermamedispa/nb/index.html")).unwrap();
    assert!(page.contains(r#"<p class="draft" role="note">"#), "{page}");
    assert!(page.contains("Utkast, ikke for publisering"), "{page}");
    let kei = std::fs::read_to_string(preview.join("kei/nl-BE/index.html")).unwrap();
    assert!(!kei.contains(r#"class="draft""#));
    for f in ["index.html", "sitemap.xml", "style.css", ".privgen-output"] {
        assert!(out.join(f).is_file(), "missing {f}");
    }
}

/// Every example profile builds in every language it publishes, and in any other language
/// privgen has wording for, or refuses to with only `text/missing-translation` errors (a
/// language added as a folder has no texts in the profiles yet; the check names each one).
#[test]
fn any_profile_builds_in_any_language() {
    let site = common::example_site();
    for id in common::EXAMPLES {
        let src = std::fs::read_to_string(site.path().join(format!("content/{id}.yaml"))).unwrap();
        let profile: serde_json::Value = serde_saphyr::from_str(&src).unwrap();
        let published: Vec<&str> = profile["languages"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l.as_str())
            .collect();
        for lang in privgen::load::text::Lang::all()
            .into_iter()
            .map(|l| l.code())
        {
            let out = site.path().join(format!("out-{id}-{lang}"));
            let run = privgen()
                .arg("-C")
                .arg(site.path())
                .args(["build", "--drafts", "--lang", lang, "--only", id, "--out"])
                .arg(&out)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&run.stderr);
            if run.status.success() {
                // A draft's missing texts are warnings: its preview page in a language it
                // does not publish may then be left out, and the missing page is named.
                assert!(
                    out.join(id).join(lang).join("index.html").is_file()
                        || (!published.contains(&lang)
                            && stderr.contains("warning[text/missing-translation]")
                            && stderr.contains(&format!(
                                "warning[build/draft-incomplete]: `{id}` (a draft) has no page in `{lang}` (statement"
                            ))),
                    "{id} in {lang}"
                );
                continue;
            }
            assert!(
                !published.contains(&lang),
                "{id} publishes {lang} but does not build in it:\n{stderr}"
            );
            let errors: Vec<&str> = stderr
                .lines()
                .filter_map(|l| l.strip_prefix("error["))
                .filter_map(|l| l.split(']').next())
                .collect();
            assert!(
                !errors.is_empty() && errors.iter().all(|c| *c == "text/missing-translation"),
                "{id} in {lang}: {errors:?}\n{stderr}"
            );
        }
    }
}

#[test]
fn only_builds_the_named_profile() {
    let site = common::example_site();
    let out = site.path().join("out");
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["build", "--only", "kei", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("kei/nl-BE/index.html").is_file());
    assert!(!out.join("mst").exists());
}

#[test]
fn unknown_profile_id_is_an_error() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["check", "--only", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no profile with id `nope`"));
}

#[test]
fn check_writes_nothing() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .success();
    assert!(!site.path().join("public").exists());
}

#[test]
fn default_output_is_public() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("build")
        .assert()
        .success();
    assert!(site.path().join("public/linde/nl/index.html").is_file());
    assert!(site.path().join("public/linde/en/index.html").is_file());
}

#[test]
fn errors_name_file_line_column_and_field() {
    let bad = common::MINIMAL.replace("period: 20 years", "period: twenty years");
    let site = common::site(&[("linde.yaml", &bad)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("content/linde.yaml:16:"))
        .stderr(predicate::str::contains("field: retention[0].period"))
        .stderr(predicate::str::contains("invalid period `twenty years`"));
}

#[test]
fn unknown_keys_and_statutes_are_errors() {
    let bad = common::MINIMAL
        .replace(
            "  email: privacy@delinde.example",
            "  emial: privacy@delinde.example",
        )
        .replace("national: [wgbo]", "national: [wbp]");
    let site = common::site(&[("linde.yaml", &bad)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "unknown key `emial` in `controller`",
        ))
        .stderr(predicate::str::contains("help: did you mean `email`?"))
        // Read past the unknown key, the checks still run: both errors in one run.
        .stderr(predicate::str::contains(
            "`wbp` is not a statute of the NL law data",
        ));
    let bad = common::MINIMAL.replace("national: [wgbo]", "national: [wbp]");
    let site = common::site(&[("linde.yaml", &bad)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`wbp` is not a statute of the NL law data",
        ))
        .stderr(predicate::str::contains("content/linde.yaml:14:"))
        .stderr(predicate::str::contains(
            "field: purposes[0].basis.national[0]",
        ));
}

#[test]
fn missing_translation_of_clinic_text_is_an_error() {
    let p = common::MINIMAL.replace(
        "    basis: { art6: contract",
        "    description: { nl: \"Ook voor nazorg.\" }\n    basis: { art6: contract",
    );
    let site = common::site(&[("linde.yaml", &p)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no `en` text"))
        .stderr(predicate::str::contains("field: purposes[0].description"));
}

#[test]
fn json_and_github_formats() {
    let bad = common::MINIMAL.replace("period: 20 years", "period: 20 eons");
    let site = common::site(&[("linde.yaml", &bad)]);
    let out = privgen()
        .arg("-C")
        .arg(site.path())
        .args(["--format", "json", "check"])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["diagnostics"][0]["field"], "retention[0].period");
    assert_eq!(v["diagnostics"][0]["line"], 16);
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["--format", "github", "check"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "::error file=content/linde.yaml,line=16,",
        ));
}

#[test]
fn usage_errors_exit_2() {
    privgen().arg("frobnicate").assert().code(2);
    privgen().args(["build", "--lang", "zz"]).assert().code(2);
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("build")
        .assert()
        .success();
    let page = site.path().join("public/linde/nl/index.html");
    let before = std::fs::read(&page).unwrap();
    std::fs::write(
        site.path().join("content/linde.yaml"),
        common::MINIMAL.replace("languages: [nl, en]", "languages: [nl, en"),
    )
    .unwrap();
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("build")
        .assert()
        .code(1);
    assert_eq!(std::fs::read(&page).unwrap(), before);
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_create() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    let out = site.path().join("mine");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "keep me").unwrap();
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["build", "--out"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not created by privgen"));
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn output_is_deterministic() {
    let site = common::example_site();
    let a = site.path().join("a");
    let b = site.path().join("b");
    for out in [&a, &b] {
        privgen()
            .arg("-C")
            .arg(site.path())
            .args(["build", "--out"])
            .arg(out)
            .assert()
            .success();
    }
    let list = |d: &std::path::Path| {
        let mut v: Vec<_> = walkdir::WalkDir::new(d)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(d).unwrap().to_path_buf(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(list(&a), list(&b));
}

#[test]
fn unsafe_links_are_refused() {
    let bad = common::MINIMAL.replace(
        "  email: privacy@delinde.example",
        "  email: privacy@delinde.example\n  website: \"javascript:alert(1)\"",
    );
    let site = common::site(&[("linde.yaml", &bad)]);
    privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`javascript:alert(1)` is not a web address",
        ))
        .stderr(predicate::str::contains("field: controller.website"));
}

/// Newcomer trial case 16 (issue 18): a bad date, a bad e-mail address, a duplicate key and a
/// mistyped statute, all in one run; the statute with a suggestion (case 10), the duplicate
/// naming the first (case 8).
#[test]
fn a_bad_date_hides_none_of_the_other_errors() {
    let bad = common::MINIMAL
        .replace("effective: 2026-01-01", "effective: 2026-13-45")
        .replace("privacy@delinde.example", "privacy@@delinde.example")
        .replace(
            "  email: privacy@@delinde.example\n",
            "  email: privacy@@delinde.example\n  email: second@delinde.example\n",
        )
        .replace("national: [wgbo]", "national: [wgbo2]");
    let site = common::site(&[("linde.yaml", &bad)]);
    let out = privgen()
        .arg("-C")
        .arg(site.path())
        .arg("check")
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    for want in [
        "`2026-13-45` is not a calendar date",
        "`privacy@@delinde.example` is not an e-mail address",
        // The caret under the value, not its key (case 6).
        "linde.yaml:8:10",
        "duplicate mapping key: email; each key may appear only once (first given on line 8)",
        "merge it into the one on line 8",
        "`wgbo2` is not a statute of the NL law data",
        "help: did you mean `wgbo`?",
        "4 error(s)",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
}
