//! `privgen check` and `privgen explain` end to end: golden output in every format, the
//! job summary, exit codes, `--deny warnings`, suppression shown in the page source, and
//! coverage of a theme that drops a section.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

fn fixture() -> String {
    std::fs::read_to_string(common::repo().join("tests/fixtures/check/site/content/clinic.yaml"))
        .unwrap()
}

/// A site with the repository's locales and theme and the check fixture profile.
fn site() -> tempfile::TempDir {
    common::site(&[("clinic.yaml", &fixture())])
}

/// The fixture without its one error-level finding.
fn clean_site() -> tempfile::TempDir {
    let src = fixture().replace(" en volgen de Wbp.", ".");
    common::site(&[("clinic.yaml", &src)])
}

fn check(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = privgen()
        .arg("-C")
        .arg(dir)
        .args(args)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn human_output_is_rustc_style_with_help_and_citation() {
    let dir = site();
    let (code, stdout, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    insta::assert_snapshot!("check_human", stderr);
}

#[test]
fn json_output_is_versioned() {
    let dir = site();
    let (code, stdout, _) = check(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["version"], 1);
    insta::assert_snapshot!("check_json", stdout);
}

#[test]
fn github_output_annotates_and_writes_the_job_summary() {
    let dir = site();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = privgen()
        .arg("-C")
        .arg(dir.path())
        .args(["--format", "github", "check"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("::error file=content/clinic.yaml,line=9,col=68,title=lint/nl-wbp::"));
    insta::assert_snapshot!("check_github", stdout);
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n## privgen check"), "{md}");
    insta::assert_snapshot!("check_github_summary", md);
}

#[test]
fn sarif_output_names_rules_with_help_and_locations() {
    let dir = site();
    let (code, stdout, _) = check(dir.path(), &["--format", "sarif", "check"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    // SARIF asks for an absolute helpUri; privgen knows no published address of its docs,
    // so the rule's section goes into properties.docs and no relative helpUri is written.
    assert!(
        rules.iter().all(|r| r.get("helpUri").is_none()),
        "{rules:#?}"
    );
    assert!(rules.iter().all(|r| r["properties"]["docs"]
        .as_str()
        .is_some_and(|u| u.starts_with("docs/check.md#"))));
    let allowed = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "gdpr/art13-2e-provision")
        .unwrap();
    assert_eq!(allowed["suppressions"][0]["kind"], "inSource");
    insta::assert_snapshot!("check_sarif", stdout);
}

#[test]
fn exit_codes() {
    let dir = clean_site();
    // Warnings and infos only: success, and nothing written by check.
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("0 error(s), 1 warning(s), 1 info, 1 allowed"),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists());
    // --deny warnings: the warning fails, and build writes nothing.
    let (code, _, _) = check(dir.path(), &["--deny", "warnings", "check"]);
    assert_eq!(code, 1);
    let (code, _, _) = check(dir.path(), &["--deny", "warnings", "build"]);
    assert_eq!(code, 1);
    assert!(!dir.path().join("public").exists());
    // Errors: build writes nothing.
    let dir = site();
    let (code, _, _) = check(dir.path(), &["build"]);
    assert_eq!(code, 1);
    assert!(!dir.path().join("public").exists());
    // Usage: an unknown format or language, an unknown rule to explain.
    assert_eq!(check(dir.path(), &["--format", "xml", "check"]).0, 2);
    assert_eq!(check(dir.path(), &["check", "--lang", "zz"]).0, 2);
    assert_eq!(check(dir.path(), &["--deny", "infos", "check"]).0, 2);
    assert_eq!(check(dir.path(), &["explain", "gdpr/nope"]).0, 2);
    // No content folder: a site without profiles is an error in the input (issue 15), so
    // a build from it never replaces a published site.
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(check(empty.path(), &["check"]).0, 1);
}

#[test]
fn the_allow_reason_is_in_the_page_source() {
    let dir = clean_site();
    let (code, _, stderr) = check(dir.path(), &["build"]);
    assert_eq!(code, 0, "{stderr}");
    for (lang, reason) in [
        ("nl", "De kliniek stelt dit nog vast."),
        ("en", "The clinic is still establishing this."),
    ] {
        let page =
            std::fs::read_to_string(dir.path().join(format!("public/clinic/{lang}/index.html")))
                .unwrap();
        let comment = format!("<!-- privgen check allows gdpr/art13-2e-provision: {reason} -->");
        assert!(page.contains(&comment), "{lang}");
    }
}

#[test]
fn explain_prints_rationale_citation_and_examples() {
    let out = privgen()
        .args(["explain", "gdpr/art13-1b-dpo-contact"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("explain_dpo_contact", String::from_utf8_lossy(&out.stdout));
    let out = privgen()
        .args(["explain", "lint/nl-bewerker"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // No private catalogue id, verification tag or path outside the repository (issue 14).
    assert!(!text.contains("Research catalogue"), "{text}");
    assert!(
        !text.contains("[unverified") && !text.contains("research/"),
        "{text}"
    );
    assert!(text.contains("Bad:\n  Met iedere bewerker"), "{text}");
    let out = privgen().arg("explain").output().unwrap();
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(list.lines().count() > 120, "{list}");
    assert!(list.lines().any(|l| l.starts_with("load/yaml ")), "{list}");
}

/// Codes that are not rules (load/yaml, the code a beginner sees most) are explained too,
/// and an id without its prefix or with a typo gets a suggestion.
#[test]
fn explain_covers_load_codes_and_suggests_ids() {
    let out = privgen().args(["explain", "load/yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("load/yaml: "), "{text}");
    assert!(text.contains("What to do"), "{text}");
    assert!(text.contains("  languages: [nl, en]"), "{text}");
    let out = privgen()
        .args(["explain", "retention-minimum"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "did you mean `be/retention-minimum`, `national/retention-minimum`, `nl/retention-minimum`, `no/retention-minimum`?"
        ),
        "{err}"
    );
    let out = privgen().args(["explain", "load/yml"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `load/yaml`?"));
}

#[test]
fn a_theme_that_drops_a_covering_section_fails_the_check() {
    let dir = clean_site();
    let tpl = dir.path().join("themes/default/templates/statement.html");
    let src = std::fs::read_to_string(&tpl).unwrap();
    // The complaints section (Art. 13(2)(d)) is skipped by this "custom" theme.
    let needle = "{% for s in sections %}\n    <section";
    assert!(
        src.contains(needle),
        "the default theme's section loop changed"
    );
    let dropped = src.replacen(
        needle,
        "{% for s in sections %}{% if s.id == \"complaints\" %}{% continue %}{% endif %}\n    <section",
        1,
    );
    std::fs::write(&tpl, dropped).unwrap();
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("error[coverage/section-not-rendered]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("section `complaints` (covers 13(2)(d), 14(2)(e))"),
        "{stderr}"
    );
}

#[test]
fn a_document_that_leaves_out_an_applicable_item_fails_coverage() {
    use privgen::load::profile::DocumentKind;
    use privgen::verify::coverage;
    let dir = clean_site();
    let law = privgen::law::Law::load().unwrap();
    let res = privgen::site::build(dir.path(), &law, &privgen::site::Options::default());
    assert!(!res.diagnostics.iter().any(|d| d.is_error()));
    let path = dir.path().join("content/clinic.yaml");
    let lp = privgen::load::load_profile(&path, Path::new("content/clinic.yaml")).unwrap();
    let mut doc = res
        .documents
        .into_iter()
        .find(|d| d.kind == DocumentKind::Statement)
        .unwrap();
    assert!(coverage::document(&doc, &lp).is_empty());
    doc.sections.retain(|s| s.id != "complaints");
    let d = coverage::document(&doc, &lp);
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].code, "coverage/missing-item");
    assert!(d[0].message.contains("13(2)(d)"), "{}", d[0].message);
}

/// Issue 18 item 6: a page with no contact route at all misleads; an `allow` cannot publish
/// it. A draft is checked, its errors shown as warnings, and not published.
#[test]
fn an_allow_cannot_publish_a_page_without_a_contact_route() {
    let no_contact = common::MINIMAL.replace("  email: privacy@delinde.example\n", "");
    assert_ne!(
        no_contact,
        common::MINIMAL,
        "the fixture has the e-mail line"
    );
    let allowed = format!(
        "{no_contact}allow:\n  - rule: gdpr/art13-1a-controller-contact\n    reason: {{nl: Volgt later., en: Later.}}\n"
    );
    let dir = common::site(&[("clinic.yaml", &allowed)]);
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("error[check/not-allowable]"), "{stderr}");
    assert!(
        stderr.contains("error[gdpr/art13-1a-controller-contact]"),
        "{stderr}"
    );
    let (code, _, stderr) = check(dir.path(), &["build"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(!dir.path().join("public").exists());

    // The same profile as a draft: checked (warnings), not published; previewed with --drafts.
    let draft = no_contact.replacen("languages:", "draft: true\nlanguages:", 1);
    let dir = common::site(&[("clinic.yaml", &draft)]);
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning[gdpr/art13-1a-controller-contact]")
            && stderr.contains("(draft: fix before publishing)"),
        "{stderr}"
    );
    let (code, _, stderr) = check(dir.path(), &["build"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("is a draft"), "{stderr}");
    assert!(!dir.path().join("public/clinic").exists());
    // `--only` may name a draft: known, checked, not published.
    let (code, _, stderr) = check(dir.path(), &["build", "--only", "clinic"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("no profile with id"), "{stderr}");
    let (code, _, stderr) = check(dir.path(), &["build", "--drafts"]);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(dir.path().join("public/clinic/nl/index.html")).unwrap();
    assert!(page.contains("Concept, niet voor publicatie"), "{page}");
    // --deny warnings still fails on a draft's gaps.
    let (code, _, _) = check(dir.path(), &["--deny", "warnings", "check"]);
    assert_eq!(code, 1);
}

/// A draft previewed in a language it has no texts in: the other languages are built, the
/// missing one is named (`build/draft-incomplete`) instead of a silent "built" without its
/// page, and each missing text is reported once (the check's finding, not also the model's).
#[test]
fn a_draft_previewed_in_a_language_without_its_texts_says_so() {
    let src = format!(
        "{}document:\n  intro:\n    nl: Welkom.\n    en: Welcome.\n",
        common::MINIMAL.replacen("languages:", "draft: true\nlanguages:", 1)
    );
    let dir = common::site(&[("clinic.yaml", &src)]);
    let (code, _, stderr) = check(dir.path(), &["build", "--drafts", "--lang", "nl,fr"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(dir.path().join("public/clinic/nl/index.html").is_file());
    assert!(!dir.path().join("public/clinic/fr").exists());
    assert!(
        stderr.contains(
            "warning[build/draft-incomplete]: `clinic` (a draft) has no page in `fr` (statement)"
        ),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("missing-translation]").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("warning[text/missing-translation]"),
        "{stderr}"
    );
    // In its own languages the draft is whole: no such warning.
    let (code, _, stderr) = check(dir.path(), &["build", "--drafts"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("draft-incomplete"), "{stderr}");
}

/// A value the loader could not read is reported once, at its place: the check that runs on
/// the rest does not add a finding about the blank ("kept without a period") in that entry
/// (newcomer trial: a mistyped period printed a misleading error first).
#[test]
fn a_bad_value_in_a_list_entry_is_not_also_reported_as_missing() {
    let src = common::MINIMAL.replace("period: 20 years", "period: 20 yaers");
    assert_ne!(src, common::MINIMAL);
    let dir = common::site(&[("clinic.yaml", &src)]);
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("invalid period `20 yaers`"), "{stderr}");
    assert!(!stderr.contains("nl/retention-minimum"), "{stderr}");
    assert!(!stderr.contains("kept without a period"), "{stderr}");
}

/// A national retention finding cites the provision for its record only (the medical record:
/// art. 7:454 BW, once), not every provision the rule may apply (newcomer trial: the citation
/// repeated the BW article and added the AWR).
#[test]
fn a_retention_finding_cites_its_own_provision_once() {
    let src = common::MINIMAL.replace("period: 20 years", "period: 15 years");
    assert_ne!(src, common::MINIMAL);
    let dir = common::site(&[("clinic.yaml", &src)]);
    let (code, _, stderr) = check(dir.path(), &["check"]);
    assert_eq!(code, 1, "{stderr}");
    let citation = stderr
        .lines()
        .skip_while(|l| !l.starts_with("error[nl/retention-minimum]"))
        .find(|l| l.trim_start().starts_with("= citation:"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert_eq!(
        citation.trim(),
        "= citation: Article 7:454(3) of the Dutch Civil Code (Burgerlijk Wetboek, BW)",
        "{stderr}"
    );
}
