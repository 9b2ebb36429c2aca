//! Languages and jurisdictions as data (issue 17 items 1 and 2): a site adds a language by
//! adding a folder of `locales/`, corrects or adds law data with its own `law/<code>.yaml`,
//! and the build says which law data it used. No Rust change, no recompile.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn privgen() -> Command {
    Command::cargo_bin("privgen").unwrap()
}

/// A site's own language: `locales/eo/` (Esperanto here, wording copied from English so the
/// test needs no translation), with its language.toml. Its pages are built in it, the
/// switcher names it in itself, and a warning says the law data have no Esperanto names.
#[test]
fn a_language_is_a_folder_of_the_site() {
    let profile = common::MINIMAL.replace("languages: [nl, en]", "languages: [nl, eo]");
    let dir = common::site(&[("linde.yaml", &profile)]);
    let eo = dir.path().join("locales/eo");
    common::copy_dir(&dir.path().join("locales/en"), &eo);
    std::fs::write(eo.join("language.toml"), "name = \"Esperanto\"\n").unwrap();
    let out = privgen()
        .arg("-C")
        .arg(dir.path())
        .arg("build")
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("i18n/law-names"), "{stderr}");
    let page = std::fs::read_to_string(dir.path().join("public/linde/eo/index.html")).unwrap();
    assert!(page.contains("<html lang=\"eo\""), "{page}");
    assert!(
        page.contains("Esperanto"),
        "the switcher names the language"
    );
    let nl = std::fs::read_to_string(dir.path().join("public/linde/nl/index.html")).unwrap();
    assert!(nl.contains("hreflang=\"eo\""));

    // A language folder without language.toml is refused with its file named.
    std::fs::remove_file(eo.join("language.toml")).unwrap();
    privgen()
        .arg("-C")
        .arg(dir.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("locales/eo/language.toml"))
        .stderr(predicate::str::contains("i18n/language"));
}

/// A regional variant falls back to its base message by message: `en-IE` with one message
/// of its own and `fallback = "en"`.
#[test]
fn a_regional_variant_falls_back_to_its_base() {
    let profile = common::MINIMAL.replace("languages: [nl, en]", "languages: [en-IE]");
    let dir = common::site(&[("linde.yaml", &profile)]);
    let ie = dir.path().join("locales/en-IE");
    std::fs::create_dir_all(&ie).unwrap();
    std::fs::write(
        ie.join("language.toml"),
        "name = \"English (Ireland)\"\nfallback = \"en\"\n",
    )
    .unwrap();
    std::fs::write(
        ie.join("site.ftl"),
        "toc-heading = Contents of this notice\n",
    )
    .unwrap();
    privgen()
        .arg("-C")
        .arg(dir.path())
        .arg("build")
        .assert()
        .success()
        .stderr(predicate::str::contains("i18n/law-names").not());
    let page = std::fs::read_to_string(dir.path().join("public/linde/en-IE/index.html")).unwrap();
    let text = common::page_text(&page);
    assert!(text.contains("Contents of this notice"), "{text}");
    assert!(text.contains("Dutch Data Protection Authority"), "{text}");
}

fn site_with_law(law: &str) -> tempfile::TempDir {
    let dir = common::site(&[("linde.yaml", common::MINIMAL)]);
    std::fs::create_dir_all(dir.path().join("law")).unwrap();
    std::fs::write(dir.path().join("law/nl.yaml"), law).unwrap();
    dir
}

/// A site's law/nl.yaml replaces the built-in Dutch data: the page shows the corrected
/// value, and the build says which law data it used.
#[test]
fn a_site_corrects_law_data_without_a_toolchain() {
    let builtin = String::from_utf8(
        privgen()
            .args(["law", "NL"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert_eq!(
        builtin,
        std::fs::read_to_string(common::repo().join("src/law/nl.yaml")).unwrap()
    );
    let corrected = builtin.replacen("phone: 088 1805 250", "phone: 088 1805 999", 1);
    assert_ne!(corrected, builtin);
    let dir = site_with_law(&corrected);
    privgen()
        .arg("-C")
        .arg(dir.path())
        .arg("build")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "law data: NL from law/nl.yaml (the site's own); BE, ",
        ));
    let page = std::fs::read_to_string(dir.path().join("public/linde/nl/index.html")).unwrap();
    assert!(
        page.contains("1805 999"),
        "the corrected phone number is on the page"
    );
    assert!(!page.contains("1805 250"));
}

/// A broken site law file is reported with its file and line, like a profile, and nothing
/// is published.
#[test]
fn a_broken_site_law_file_is_reported_and_nothing_is_built() {
    let builtin = std::fs::read_to_string(common::repo().join("src/law/nl.yaml")).unwrap();
    let broken = builtin.replacen(
        "  calling_code: \"31\"\n",
        "  calling_code: \"31\"\n  calling_kode: x\n",
        1,
    );
    assert_ne!(broken, builtin);
    let dir = site_with_law(&broken);
    let out = privgen()
        .arg("-C")
        .arg(dir.path())
        .arg("build")
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("law/site"), "{stderr}");
    assert!(stderr.contains("law/nl.yaml"), "{stderr}");
    assert!(stderr.contains("calling_kode"), "{stderr}");
    assert!(!Path::new(&dir.path().join("public/linde")).exists());
}

/// French pages of a Belgian clinic (issue 20): the authority's address as French writes it
/// (no Dutch street name on a French page), and the first of the month as "1er".
#[test]
fn a_french_page_says_rue_de_la_presse_and_1er_janvier() {
    let site = common::example_site();
    privgen()
        .arg("-C")
        .arg(site.path())
        .args(["build", "--only", "kei"])
        .assert()
        .success();
    let page = std::fs::read_to_string(site.path().join("public/kei/fr-BE/index.html")).unwrap();
    let text = common::page_text(&page);
    assert!(
        text.contains("rue de la Presse 35, 1000 Bruxelles"),
        "{text}"
    );
    assert!(
        !text.contains("Drukpersstraat"),
        "a Dutch address on a French page"
    );
    assert!(text.contains("1er janvier 2026"), "{text}");
    let nl = std::fs::read_to_string(site.path().join("public/kei/nl-BE/index.html")).unwrap();
    assert!(common::page_text(&nl).contains("Drukpersstraat 35, 1000 Brussel"));
}
