//! `privgen diff`: golden outputs for a set of edits, the substantive/editorial classes and
//! the exit codes.

mod common;

use assert_cmd::Command;

fn diff(old: &str, new: &str, args: &[&str]) -> (i32, String) {
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
    ];
    for (name, new) in cases {
        let (code, text) = diff(common::MINIMAL, new, &[]);
        insta::assert_snapshot!(format!("diff-{name}"), format!("exit {code}\n{text}"));
    }
}

#[test]
fn exit_code_tells_whether_notice_is_needed() {
    assert_eq!(diff(common::MINIMAL, common::MINIMAL, &[]).0, 0);
    let editorial = edit("period: 20 years", "period: 15 years");
    assert_eq!(diff(common::MINIMAL, &editorial, &[]).0, 0);
    let substantive = edit("period: 20 years", "period: 30 years");
    assert_eq!(diff(common::MINIMAL, &substantive, &[]).0, 1);
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
}

#[test]
fn bad_input_exits_2() {
    let (code, _) = diff(common::MINIMAL, "jurisdiction: [", &[]);
    assert_eq!(code, 2);
}
