//! Registers as law data (issue 17 item 2): a jurisdiction's law file declares its company
//! register(s) and register(s) of health professionals, with their names in every language
//! and the form of their numbers. A site's own `law/<code>.yaml` adds one without a Rust
//! change; a profile naming it builds, a malformed number is reported at its file, line and
//! field, and a code no law data declare is refused at its line, naming the known ones.

mod common;

/// The names of a trial register in every language of the locales (a regional variant such as
/// `nl-BE` falls back to its base), so that a language added as a folder needs no test edit:
/// the given names where the test reads them, the English one for any other language.
fn names(given: &[(&str, &str)]) -> String {
    let mut out = String::from("      name:\n");
    let mut langs: Vec<String> = std::fs::read_dir(common::repo().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|l| !l.contains('-'))
        .collect();
    langs.sort();
    let english = given.iter().find(|(l, _)| *l == "en").unwrap().1;
    for lang in langs {
        let name = given
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(english, |(_, n)| n);
        out.push_str(&format!("        {lang}: \"{name}\"\n"));
    }
    out
}

/// The built-in Dutch law data with one more company register and one more register of
/// health professionals (six digits, or written 3-3).
fn law_with_new_registers() -> String {
    let nl = std::fs::read_to_string(common::repo().join("src/law/nl.yaml")).unwrap();
    let company = "registers:\n  company:\n";
    let added = nl.replacen(
        company,
        &format!(
            "registers:\n  company:\n    - code: zorgreg\n{}      reference: A trial register of the test suite.\n",
            names(&[("nl", "Zorgregisternummer"), ("en", "Care register number")])
        ),
        1,
    );
    assert_ne!(added, nl);
    let professional = "  professional:\n";
    let added2 = added.replacen(
        professional,
        &format!(
            "  professional:\n    - code: trialreg\n{}      number: {{min_digits: 6, max_digits: 6, groups: [3, 3]}}\n      reference: A trial register of the test suite.\n",
            names(&[("nl", "Proefregisternummer"), ("en", "Trial register number")])
        ),
        1,
    );
    assert_ne!(added2, added);
    added2
}

fn site(number: &str, scheme: &str) -> tempfile::TempDir {
    let profile = common::MINIMAL.replacen(
        "  email: privacy@delinde.example\n",
        &format!(
            "  email: privacy@delinde.example\n  registration: {{scheme: {scheme}, number: \"4711\"}}\n"
        ),
        1,
    ) + &format!("practitioners:\n  - {{name: A. de Vries, register: trialreg, number: \"{number}\"}}\n");
    let dir = common::site(&[("linde.yaml", &profile)]);
    std::fs::create_dir_all(dir.path().join("law")).unwrap();
    std::fs::write(dir.path().join("law/nl.yaml"), law_with_new_registers()).unwrap();
    dir
}

#[test]
fn a_site_declares_a_register_and_a_profile_uses_it() {
    let dir = site("123-456", "zorgreg");
    let (code, _, stderr) = common::run(dir.path(), &["build"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("profile/register"), "{stderr}");
    assert!(!stderr.contains("i18n/law-names"), "{stderr}");
    let page = |lang: &str| {
        let html =
            std::fs::read_to_string(dir.path().join(format!("public/linde/{lang}/index.html")))
                .unwrap();
        common::page_text(&html)
    };
    let nl = page("nl");
    assert!(nl.contains("Zorgregisternummer 4711"), "{nl}");
    assert!(nl.contains("A. de Vries"), "{nl}");
    assert!(nl.contains("Proefregisternummer 123-456"), "{nl}");
    let en = page("en");
    assert!(en.contains("Care register number 4711"), "{en}");
    assert!(en.contains("Trial register number 123-456"), "{en}");
}

#[test]
fn a_malformed_number_is_reported_at_its_file_line_and_field() {
    for bad in ["12345", "12-3456", "123 45x"] {
        let dir = site(bad, "zorgreg");
        let (_, stdout, _) = common::run(dir.path(), &["--format", "json", "check"]);
        let f = common::findings(&stdout);
        assert!(
            f.iter().any(|l| l
                == "profile/register-number-format content/linde.yaml:20 practitioners[0].number warning"),
            "{bad}: {f:?}"
        );
        assert!(
            stdout.contains("a trialreg number has 6 digits, also written in groups of 3-3"),
            "the help gives the form of the law data: {stdout}"
        );
    }
    // The well-formed number of the same register passes, also without spaces or dash.
    let dir = site("123456", "zorgreg");
    let (code, stdout, _) = common::run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0);
    let f = common::findings(&stdout);
    assert!(
        !f.iter().any(|l| l.starts_with("profile/register")),
        "{f:?}"
    );
}

#[test]
fn an_unknown_register_is_refused_at_its_line_naming_the_known_ones() {
    let dir = site("123456", "handelsregister");
    let (code, stdout, _) = common::run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1);
    let f = common::findings(&stdout);
    assert!(
        f.iter()
            .any(|l| l == "load/yaml content/linde.yaml:9 controller.registration.scheme error"),
        "{f:?}"
    );
    for known in ["kbo", "kvk", "orgnr", "zorgreg"] {
        assert!(stdout.contains(known), "{known} not named: {stdout}");
    }
    // Without the site's law file, its registers are unknown too.
    let dir = site("123456", "zorgreg");
    std::fs::remove_file(dir.path().join("law/nl.yaml")).unwrap();
    let (code, stdout, _) = common::run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("unknown company register `zorgreg`"),
        "{stdout}"
    );
}

/// A register the site's law data declare badly (a number form that no number can have, a
/// code twice) is reported like any broken law file, with the file named, and nothing is
/// published.
#[test]
fn a_badly_declared_register_is_refused_with_its_law_file() {
    for (from, to, says) in [
        (
            "{min_digits: 6, max_digits: 6, groups: [3, 3]}",
            "{min_digits: 6, max_digits: 6, groups: [3, 4]}",
            "registers.professional: `trialreg`: number: groups add up to 7 digits",
        ),
        (
            "    - code: trialreg\n",
            "    - code: big\n",
            "registers.professional: `big` is declared twice",
        ),
    ] {
        let dir = site("123456", "kvk");
        let law = law_with_new_registers().replacen(from, to, 1);
        std::fs::write(dir.path().join("law/nl.yaml"), law).unwrap();
        let (code, _, stderr) = common::run(dir.path(), &["build"]);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("law/nl.yaml"), "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
        assert!(!dir.path().join("public/linde").exists());
    }
}

/// `privgen diff` names a changed register by its name in the law data, in the reader's
/// language, as it named the company register when the names were wording.
#[test]
fn diff_names_a_changed_register_from_the_law_data() {
    let dir = tempfile::tempdir().unwrap();
    let old = common::MINIMAL.replacen(
        "  email: privacy@delinde.example\n",
        "  email: privacy@delinde.example\n  registration: {scheme: kvk, number: \"12345678\"}\n",
        1,
    ) + "practitioners:\n  - {name: A, register: big, number: \"19012345601\"}\n";
    let new = old.replacen("scheme: kvk", "scheme: kbo", 1).replacen(
        "register: big",
        "register: riziv",
        1,
    );
    std::fs::write(dir.path().join("old.yaml"), &old).unwrap();
    std::fs::write(dir.path().join("new.yaml"), &new).unwrap();
    let (_, out, err) = common::run(
        &common::repo(),
        &[
            "diff",
            dir.path().join("old.yaml").to_str().unwrap(),
            dir.path().join("new.yaml").to_str().unwrap(),
        ],
    );
    for line in [
        "controller.registration.scheme is nu Ondernemingsnummer (KBO) (was: KvK-nummer)",
        "practitioners[0].register is nu RIZIV-nummer (was: BIG-nummer)",
        "practitioners[0].register is now RIZIV/INAMI number (was: BIG number)",
    ] {
        assert!(out.contains(line), "{line}: {out}{err}");
    }
}
