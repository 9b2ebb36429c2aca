//! `privgen diff`: golden outputs for a set of edits, the substantive/editorial classes and
//! the exit codes.

mod common;

use assert_cmd::Command;

fn diff(old: &str, new: &str, args: &[&str]) -> (i32, String) {
    diff_with(old, new, args, &[])
}

/// `privgen [before] diff OLD NEW [after]`.
fn diff_with(old: &str, new: &str, args: &[&str], after: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.yaml"), old).unwrap();
    std::fs::write(dir.path().join("new.yaml"), new).unwrap();
    let out = Command::cargo_bin("privgen")
        .unwrap()
        .arg("-C")
        .arg(common::repo())
        .args(args)
        .arg("diff")
        .arg(dir.path().join("old.yaml"))
        .arg(dir.path().join("new.yaml"))
        .args(after)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace(&dir.path().display().to_string(), "DIR");
    (out.status.code().unwrap(), text)
}

fn edit(from: &str, to: &str) -> String {
    assert!(common::MINIMAL.contains(from), "{from}");
    common::MINIMAL.replacen(from, to, 1)
}

#[test]
fn golden_edits() {
    let cases: &[(&str, String)] = &[
        ("no-change", common::MINIMAL.to_string()),
        (
            "new-purpose-and-processor",
            format!(
                "{}processors:\n  - {{name: Mailer, service: newsletter, country: NL}}\n",
                edit(
                    "retention:",
                    "  - id: marketing\n    basis: { art6: consent }\nretention:"
                )
            ),
        ),
        (
            "longer-retention",
            edit("period: 20 years", "period: 25 years"),
        ),
        (
            "shorter-retention-and-version",
            edit("period: 20 years", "period: 15 years")
                .replace("version: \"1.0\"", "version: \"1.1\""),
        ),
        (
            "controller-renamed",
            edit("name: Kliniek De Linde B.V.", "name: Linde Zorg B.V."),
        ),
        ("data-category-dropped", edit("  - category: health\n", "")),
        (
            "everything-at-once",
            format!(
                "{}document:\n  intro:\n    nl: \"Wij bewaren uw dossier. Wij delen niets. Vragen? Bel ons.\"\n    en: \"We keep your record. We share nothing.\"\nrecipients:\n  - {{ kind: health_insurer }}\nstaff_access:\n  logging: false\n",
                edit("period: 20 years", "period: 10 years")
                    .replace("email: privacy@delinde.example", "phone: +31 20 123 4567")
            ),
        ),
    ];
    let base = format!(
        "{}document:\n  intro:\n    nl: \"Wij bewaren uw dossier. Vragen? Mail ons.\"\n    en: \"We keep your record. Questions? Email us.\"\nstaff_access:\n  logging: true\n",
        common::MINIMAL
    );
    for (name, new) in cases {
        let old = if *name == "everything-at-once" {
            base.as_str()
        } else {
            common::MINIMAL
        };
        let (code, text) = diff(old, new, &[]);
        insta::assert_snapshot!(format!("diff-{name}"), format!("exit {code}\n{text}"));
    }
    let (_, md) = diff(&base, &cases[cases.len() - 1].1, &["--format", "markdown"]);
    insta::assert_snapshot!("diff-everything-at-once-markdown", md);
}

#[test]
fn exit_code_tells_whether_notice_is_needed() {
    assert_eq!(diff(common::MINIMAL, common::MINIMAL, &[]).0, 0);
    let editorial = edit("period: 20 years", "period: 30 years");
    assert_eq!(diff(common::MINIMAL, &editorial, &[]).0, 0);
    let substantive = edit("period: 20 years", "period: 15 years");
    assert_eq!(diff(common::MINIMAL, &substantive, &[]).0, 1);
}

/// The lines of `text` under the heading of language `lang` (up to the next heading).
fn section<'a>(text: &'a str, lang: &str) -> &'a str {
    let tag = format!("[{lang}]\n");
    let start = text
        .find(&tag)
        .unwrap_or_else(|| panic!("no [{lang}] in {text}"));
    let rest = &text[start + tag.len()..];
    let end = rest.find("\n\n").unwrap_or(rest.len());
    &rest[..end]
}

/// The line of `text` that holds `needle`, under the class heading it belongs to.
fn class_of(text: &str, needle: &str) -> &'static str {
    let mut class = "";
    for line in text.lines() {
        if line.starts_with("  ") && !line.starts_with("    ") {
            class = if line.contains("Wezenlijk") || line.contains("Substantive") {
                "substantive"
            } else {
                "editorial"
            };
        }
        if line.contains(needle) {
            return if class == "substantive" {
                "substantive"
            } else {
                "editorial"
            };
        }
    }
    panic!("`{needle}` not in\n{text}")
}

#[test]
fn shorter_retention_is_substantive_with_was_and_now() {
    let (code, text) = diff(
        common::MINIMAL,
        &edit("period: 20 years", "period: 15 years"),
        &[],
    );
    assert_eq!(code, 1, "{text}");
    let nl = section(&text, "nl");
    assert_eq!(
        class_of(nl, "Kortere of minder zekere bewaartermijn"),
        "substantive"
    );
    assert!(
        nl.contains("nu ten minste 15 jaar (was: ten minste 20 jaar)"),
        "{nl}"
    );
    let en = section(&text, "en");
    assert!(
        en.contains("now at least 15 years (was: at least 20 years)"),
        "{en}"
    );
}

#[test]
fn longer_retention_is_editorial_with_was_and_now() {
    let (code, text) = diff(
        common::MINIMAL,
        &edit("period: 20 years", "period: 25 years"),
        &[],
    );
    assert_eq!(code, 0, "{text}");
    let nl = section(&text, "nl");
    assert_eq!(class_of(nl, "Langere bewaartermijn"), "editorial");
    assert!(
        nl.contains("nu ten minste 25 jaar (was: ten minste 20 jaar)"),
        "{nl}"
    );
}

#[test]
fn new_recipient_purpose_and_transfer_are_substantive() {
    let recipient = format!(
        "{}recipients:\n  - {{ kind: health_insurer, name: Zorgverzekeraar Noord }}\n",
        common::MINIMAL
    );
    let (code, text) = diff(common::MINIMAL, &recipient, &[]);
    assert_eq!(code, 1, "{text}");
    let en = section(&text, "en");
    assert_eq!(
        class_of(
            en,
            "New recipient: your health insurer (Zorgverzekeraar Noord)."
        ),
        "substantive"
    );

    let purpose = edit(
        "retention:",
        "  - id: research\n    basis: { art6: consent, art9: explicit_consent }\nretention:",
    );
    let (code, text) = diff(common::MINIMAL, &purpose, &[]);
    assert_eq!(code, 1, "{text}");
    assert_eq!(class_of(section(&text, "nl"), "Nieuw doel:"), "substantive");
    // The purpose dropped again is editorial: less processing.
    let (code, text) = diff(&purpose, common::MINIMAL, &[]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        class_of(section(&text, "nl"), "Doel vervallen:"),
        "editorial"
    );

    // A processor outside the EEA is a transfer too, and named so.
    let processor = format!(
        "{}processors:\n  - {{ name: CloudMail, service: email, country: US }}\n",
        common::MINIMAL
    );
    let (code, text) = diff(common::MINIMAL, &processor, &[]);
    assert_eq!(code, 1, "{text}");
    assert_eq!(
        class_of(
            section(&text, "nl"),
            "Nieuwe verwerker: CloudMail (e-maildiensten, land: Verenigde Staten), buiten de EER."
        ),
        "substantive"
    );

    let transfer = format!(
        "{}transfers:\n  outside_eea: true\n  list:\n    - {{ recipient: Cloudy Inc., country: US, mechanism: standard_contractual_clauses }}\n",
        common::MINIMAL
    );
    let (code, text) = diff(common::MINIMAL, &transfer, &[]);
    assert_eq!(code, 1, "{text}");
    let en = section(&text, "en");
    assert_eq!(
        class_of(
            en,
            "New transfer outside the EEA: Cloudy Inc. in United States."
        ),
        "substantive"
    );
    assert_eq!(
        class_of(en, "now transferred to countries outside the EEA"),
        "substantive"
    );
}

#[test]
fn removed_right_and_complaint_route_are_substantive() {
    let with = format!(
        "{}rights:\n  channels: [email, letter]\ncomplaints:\n  internal: [complaints_officer]\n",
        common::MINIMAL
    );
    let without = format!("{}rights:\n  channels: [email]\n", common::MINIMAL);
    let (code, text) = diff(&with, &without, &[]);
    assert_eq!(code, 1, "{text}");
    let nl = section(&text, "nl");
    assert_eq!(
        class_of(nl, "U kunt uw rechten niet langer per brief uitoefenen."),
        "substantive"
    );
    assert_eq!(
        class_of(
            nl,
            "Klachtmogelijkheid vervallen: onze klachtenfunctionaris."
        ),
        "substantive"
    );
    // The other way round widens the reader's position: editorial.
    let (code, text) = diff(&without, &with, &[]);
    assert_eq!(code, 0, "{text}");
    // A new restriction (identification required) is substantive too.
    let strict = format!(
        "{}rights:\n  channels: [email, letter]\n  identification: true\ncomplaints:\n  internal: [complaints_officer]\n",
        common::MINIMAL
    );
    let (code, text) = diff(&with, &strict, &[]);
    assert_eq!(code, 1, "{text}");
    assert!(
        section(&text, "en").contains("rights.identification is now yes (was: no)."),
        "{text}"
    );
}

#[test]
fn changes_address_the_reader_in_the_profiles_register() {
    // The same removal as above, for a clinic that says "je" (`document.address: informal`):
    // the change is described in its register, the formal one in the formal register.
    let informal = "document:\n  address: informal\n";
    let with = format!(
        "{}{informal}rights:\n  channels: [email, letter]\n",
        common::MINIMAL
    );
    let without = format!(
        "{}{informal}rights:\n  channels: [email]\n",
        common::MINIMAL
    );
    let (code, text) = diff(&with, &without, &[]);
    assert_eq!(code, 1, "{text}");
    let nl = section(&text, "nl");
    assert_eq!(
        class_of(nl, "Je kunt je rechten niet langer per brief uitoefenen."),
        "substantive"
    );
    assert!(!nl.contains("U kunt"), "{nl}");
    let (_, text) = diff(&without, &with, &[]);
    assert!(
        section(&text, "nl").contains("Je kunt je rechten nu ook per brief uitoefenen."),
        "{text}"
    );
}

const INTRO_OLD: &str = "document:\n  intro:\n    nl: \"Wij bewaren uw dossier zorgvuldig. Wij delen o.a. met uw huisarts, zie art. 7:457 BW. Vragen? Mail ons.\"\n    en: \"We keep your record with care. We share with your GP, e.g. after a referral. Questions? Email us.\"\n";

#[test]
fn free_text_changes_show_the_changed_sentences_per_language() {
    let old = format!("{}{INTRO_OLD}", common::MINIMAL);
    let new = old
        .replace(
            "Wij delen o.a. met uw huisarts, zie art. 7:457 BW.",
            "Wij delen uw gegevens met iedereen.",
        )
        .replace(
            "Questions? Email us.",
            "Questions? Call us. We reply within a week.",
        );
    let (code, text) = diff(&old, &new, &[]);
    assert_eq!(code, 1, "{text}");
    let nl = section(&text, "nl");
    assert!(
        nl.contains("De tekst van document.intro is gewijzigd:"),
        "{nl}"
    );
    // The abbreviations and the article number stay in one sentence.
    assert!(
        nl.contains("        was: Wij delen o.a. met uw huisarts, zie art. 7:457 BW.\n        nu: Wij delen uw gegevens met iedereen."),
        "{nl}"
    );
    assert!(!nl.contains("Call us"), "{nl}");
    let en = section(&text, "en");
    assert!(
        en.contains(
            "        was: Email us.\n        now: Call us.\n        now: We reply within a week."
        ),
        "{en}"
    );
    assert!(!en.contains("iedereen"), "{en}");
    assert!(
        !en.contains("keep your record"),
        "unchanged sentences are left out: {en}"
    );

    // A language the profile does not publish is described when asked for.
    let with_nb = old.replace(
        "    en: \"We keep",
        "    nb: \"Vi deler med fastlegen. Spørsmål? Send e-post.\"\n    en: \"We keep",
    );
    let (_, text) = diff_with(
        &with_nb,
        &with_nb.replace("Send e-post.", "Ring oss."),
        &[],
        &["--lang", "nb"],
    );
    assert!(
        section(&text, "nb").contains("før: Send e-post.\n        nå: Ring oss."),
        "{text}"
    );

    // A typo fix is editorial.
    let typo = old.replace("zorgvuldig", "zorgvuldg");
    let (code, text) = diff(&typo, &old, &[]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        class_of(section(&text, "nl"), "De tekst van document.intro"),
        "editorial"
    );
    // Reflowing the text changes nothing for the reader.
    let reflowed = old.replace("zorgvuldig. Wij", "zorgvuldig.   Wij");
    let (code, text) = diff(&old, &reflowed, &[]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Geen wijzigingen voor de lezer."), "{text}");
}

/// Every message id of the shipped wording that has a hyphen (`diff-none`, `unit-years`).
fn message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for lang in std::fs::read_dir(common::repo().join("locales")).unwrap() {
        for f in std::fs::read_dir(lang.unwrap().path()).unwrap() {
            let src = std::fs::read_to_string(f.unwrap().path()).unwrap();
            for line in src.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id.contains('-') && !id.starts_with([' ', '#', '.']) {
                        ids.push(id.to_string());
                    }
                }
            }
        }
    }
    ids.sort();
    ids.dedup();
    assert!(ids.len() > 100, "{}", ids.len());
    ids
}

/// The message ids that appear in `text` as a whole word.
fn ids_in(text: &str, ids: &[String]) -> Vec<String> {
    let words: std::collections::BTreeSet<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .collect();
    ids.iter()
        .filter(|id| words.contains(id.as_str()))
        .cloned()
        .collect()
}

#[test]
fn outside_a_site_it_uses_the_built_in_wording_and_never_prints_message_ids() {
    let dir = tempfile::tempdir().unwrap();
    let old = format!("{}{INTRO_OLD}", common::MINIMAL);
    let new = format!(
        "{}processors:\n  - {{name: Mailer, service: newsletter, country: US}}\nrights:\n  channels: [email]\n  deadline: 8 weeks\n",
        old.replace("period: 20 years", "period: 15 years")
            .replace("Vragen? Mail ons.", "Vragen? Bel ons.")
            .replace("name: Kliniek De Linde B.V.", "name: Linde Zorg B.V.")
    );
    std::fs::write(dir.path().join("old.yaml"), &old).unwrap();
    std::fs::write(dir.path().join("new.yaml"), &new).unwrap();
    assert!(!dir.path().join("locales").exists());
    let ids = message_ids();
    for format in ["human", "markdown", "json"] {
        for langs in [&[][..], &["--lang", "nl-BE", "--lang", "nb"][..]] {
            let out = Command::cargo_bin("privgen")
                .unwrap()
                .current_dir(dir.path())
                .env_remove("PRIVGEN_ROOT")
                .args(["--format", format, "diff", "old.yaml", "new.yaml"])
                .args(langs)
                .output()
                .unwrap();
            let stdout = String::from_utf8(out.stdout).unwrap();
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(out.status.code(), Some(1), "{format}: {stdout}{stderr}");
            assert!(stderr.is_empty(), "{stderr}");
            let found = ids_in(&stdout, &ids);
            // JSON names each change's message id in its `message` field, on purpose.
            let found: Vec<&String> = found
                .iter()
                .filter(|id| {
                    format != "json" || !stdout.contains(&format!("\"message\": \"{id}\""))
                })
                .collect();
            assert!(
                found.is_empty(),
                "{format}: message ids {found:?} in\n{stdout}"
            );
            assert!(!stdout.contains("[diff-"), "{stdout}");
            if format == "human" && langs.is_empty() {
                assert!(
                    stdout.contains("Kortere of minder zekere bewaartermijn"),
                    "{stdout}"
                );
                assert!(
                    stdout.contains("now at least 15 years (was: at least 20 years)"),
                    "{stdout}"
                );
                assert!(stdout.contains("nu: Bel ons."), "{stdout}");
            }
            if format == "human" && !langs.is_empty() {
                assert!(
                    stdout.contains("[nl-BE]") && stdout.contains("[nb]"),
                    "{stdout}"
                );
                assert!(
                    stdout.contains("Kortere eller mindre sikker lagringstid"),
                    "{stdout}"
                );
            }
        }
    }
}

#[test]
fn the_check_for_message_ids_can_fail() {
    let ids = message_ids();
    assert_eq!(
        ids_in(
            "  diff-substantive:\n    - [diff-retention-changed: no wording]",
            &ids
        ),
        ["diff-substantive"]
    );
    assert!(ids_in("per e-mail, zie art. 7:457", &ids).is_empty());
}

#[test]
fn a_site_with_an_older_wording_gets_the_missing_messages_built_in() {
    let dir = common::site(&[]);
    // An older copy of the wording, without diff.ftl, and one message of its own.
    for lang in ["nl", "nb", "en", "nl-BE"] {
        let _ = std::fs::remove_file(dir.path().join(format!("locales/{lang}/diff.ftl")));
    }
    std::fs::write(
        dir.path().join("locales/en/diff.ftl"),
        "diff-none = Nothing for patients changed.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("old.yaml"), common::MINIMAL).unwrap();
    std::fs::write(
        dir.path().join("new.yaml"),
        edit("period: 20 years", "period: 15 years"),
    )
    .unwrap();
    let run = |new: &str| {
        Command::cargo_bin("privgen")
            .unwrap()
            .arg("-C")
            .arg(dir.path())
            .args(["diff", "old.yaml", new])
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run("new.yaml");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("Shorter or less certain retention period"),
        "{text}"
    );
    let out = run("old.yaml");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Nothing for patients changed."), "{text}");
    // Broken wording in the site is refused, naming the file.
    std::fs::write(dir.path().join("locales/en/diff.ftl"), "diff-none = { \n").unwrap();
    let out = run("new.yaml");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("locales/en/diff.ftl"), "{err}");
}

#[test]
fn json_and_markdown_formats() {
    let new = edit("name: Kliniek De Linde B.V.", "name: Linde Zorg B.V.");
    let (_, json) = diff(common::MINIMAL, &new, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["substantive"], true);
    assert_eq!(v["changes"][0]["class"], "substantive");
    assert_eq!(v["changes"][0]["field"], "controller.name");
    assert!(v["changes"][0]["text"]["en"]
        .as_str()
        .unwrap()
        .contains("Linde Zorg B.V."));
    let (_, md) = diff(common::MINIMAL, &new, &["--format", "markdown"]);
    assert!(md.contains("| Wezenlijke wijziging"), "{md}");
    // Free-text changes carry their language and sentences.
    let old = format!("{}{INTRO_OLD}", common::MINIMAL);
    let new = old.replace("Questions? Email us.", "Questions? Call us.");
    let (_, json) = diff(&old, &new, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let c = &v["changes"][0];
    assert_eq!(c["lang"], "en", "{json}");
    assert_eq!(c["field"], "document.intro");
    assert_eq!(c["sentences"][0]["was"], "Email us.");
    assert_eq!(c["sentences"][0]["now"], "Call us.");
    assert!(c["text"].get("nl").is_none(), "{json}");
    assert_eq!(v["changes"].as_array().unwrap().len(), 1, "{json}");
    let (_, md) = diff(&old, &new, &["--format", "markdown"]);
    assert!(
        md.contains("The text of document.intro has changed:<br>was: Email us.<br>now: Call us."),
        "{md}"
    );
}

#[test]
fn bad_input_exits_2() {
    let (code, _) = diff(common::MINIMAL, "jurisdiction: [", &[]);
    assert_eq!(code, 2);
}

/// Long lists and long texts stay fast: entries are matched by hash, described fields are
/// looked up by prefix, and sentence alignment is bounded (it took 45 s on debug builds
/// when each processor was compared with every other).
#[test]
fn large_profiles_diff_in_linear_time() {
    let procs = |name: &str, country: &str| -> String {
        (0..12_000)
            .map(|i| format!("  - {{name: {name}{i}, service: hosting, country: {country}}}\n"))
            .collect()
    };
    let old = format!("{}processors:\n{}", common::MINIMAL, procs("P", "NL"));
    let intro: String = (0..8_000)
        .map(|i| format!("Regel {i} staat hier. "))
        .collect();
    let new = format!(
        "{}processors:\n{}document:\n  intro: \"{intro}\"\n",
        common::MINIMAL,
        procs("Q", "US")
    );
    let start = std::time::Instant::now();
    let (code, text) = diff(&old, &new, &[]);
    assert_eq!(code, 1);
    assert!(text.contains("New processor: Q11999"), "{:.2000}", text);
    assert!(text.contains("now: Regel 7999 staat hier."));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

/// `--git REV`: every profile of content/ against its version at REV; a profile that did
/// not exist there is announced as a new statement, one that is gone as withdrawn. The site
/// may be a subfolder of the repository (an unchanged profile was reported as new there).
/// `--changelog` summarises per language.
#[test]
fn git_mode_reports_changed_new_and_removed_profiles() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    let d = repo.join("site");
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(["-c", "user.email=t@example.org", "-c", "user.name=t"])
            .args(args)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    std::fs::create_dir_all(d.join("content")).unwrap();
    let old = format!("{}{INTRO_OLD}", common::MINIMAL);
    std::fs::write(d.join("content/a.yaml"), &old).unwrap();
    std::fs::write(d.join("content/same.yaml"), common::MINIMAL).unwrap();
    std::fs::write(d.join("content/gone.yml"), common::MINIMAL).unwrap();
    git(&["init", "-q"]);
    git(&["add", "site"]);
    git(&["commit", "-qm", "v1"]);
    std::fs::write(
        d.join("content/a.yaml"),
        old.replace("Questions? Email us.", "Questions? Call us."),
    )
    .unwrap();
    std::fs::write(d.join("content/b.yaml"), common::MINIMAL).unwrap();
    std::fs::remove_file(d.join("content/gone.yml")).unwrap();
    let run = |extra: &[&str]| {
        let out = Command::cargo_bin("privgen")
            .unwrap()
            .arg("-C")
            .arg(&d)
            .args(["diff", "--git", "HEAD", "--lang", "en"])
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, text, err) = run(&[]);
    assert_eq!(code, 1, "{text}{err}");
    let a = section(&text, "en");
    assert!(
        a.contains("was: Email us.\n        now: Call us."),
        "{text}"
    );
    assert!(!a.contains("A new statement"), "{text}");
    assert!(!text.contains("same.yaml"), "{text}");
    let b = &text[text.find("content/b.yaml").unwrap()..];
    assert!(
        b.contains("A new statement: it did not exist in the earlier version."),
        "{text}"
    );
    let gone = &text[text.find("content/gone.yml").unwrap()..];
    assert!(gone.contains("The statement has been withdrawn"), "{text}");
    // JSON is one document, whatever the number of profiles.
    let (_, json, _) = run(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["substantive"], true);
    let profiles: Vec<&str> = v["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["profile"].as_str().unwrap())
        .collect();
    assert_eq!(
        profiles,
        ["content/a.yaml", "content/b.yaml", "content/gone.yml"]
    );
    let (_, log, _) = run(&["--changelog", "1.1"]);
    assert!(
        log.contains("en: \"The text of document.intro has changed.\""),
        "{log}"
    );
}

/// Newcomer trial: `diff -C /nonexistent` fell back to the built-in wording in silence.
#[test]
fn a_named_site_folder_that_is_not_there_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), common::MINIMAL).unwrap();
    let missing = dir.path().join("no-such-site");
    let out = Command::cargo_bin("privgen")
        .unwrap()
        .current_dir(dir.path())
        .arg("-C")
        .arg(&missing)
        .args(["diff", "a.yaml", "a.yaml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("does not exist or is not a folder"),
        "{stderr}"
    );
    assert!(stderr.contains("no-such-site"), "{stderr}");
}

/// Validity windows (issue 16 item 11): the versions are compared as their pages read them.
/// A processor that comes into force with the new `effective` date is new processing for the
/// reader, announced in advance; the processor whose window ended is dropped.
#[test]
fn an_entry_coming_into_force_with_the_new_effective_date_is_new_processing() {
    let old = format!(
        "{}processors:\n  - {{name: Oldbook, service: booking, valid_until: 2026-05-31}}\n  - {{name: Newbook, service: booking, valid_from: 2026-06-01}}\n",
        common::MINIMAL
    );
    let new = old.replace("effective: 2026-01-01", "effective: 2026-06-01");
    let (code, text) = diff(&old, &new, &[]);
    assert_eq!(code, 1, "{text}");
    assert_eq!(class_of(&text, "Newbook"), "substantive", "{text}");
    assert!(text.contains("Oldbook"), "{text}");
    // The same profile on the same date: nothing changes for the reader.
    assert_eq!(diff(&old, &old, &[]).0, 0);
}

/// A label that depends on the jurisdiction reads as on the page: a Belgian health insurer
/// added as an example is "ziekenfonds" in nl-BE, not its YAML key (review of issue 16's terms).
#[test]
fn labels_follow_the_versions_jurisdiction() {
    let be = |examples: &str| {
        common::MINIMAL
            .replace("jurisdiction: NL", "jurisdiction: BE")
            .replace("languages: [nl, en]", "languages: [nl-BE, en]")
            .replace(
                "  - category: identification\n",
                &format!("  - category: insurance\n    examples: [{examples}]\n"),
            )
    };
    let old = be("gp");
    let new = be("gp, health_insurer");
    let (_, text) = diff_with(&old, &new, &[], &["--lang", "nl-BE"]);
    assert!(text.contains("ziekenfonds"), "{text}");
    assert!(!text.contains("health_insurer"), "{text}");
}
