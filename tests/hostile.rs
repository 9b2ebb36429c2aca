//! Hostile and broken input, table-driven: each case is one profile (or site) that must be
//! refused with exit code 1 or 2, a diagnostic naming the file, the line (where the file
//! has lines) and the field (where the problem is in one), and nothing written. Time and
//! memory are bounded by the loader's limits (`docs/limits.md`), not asserted here; the
//! per-process timeout below only turns a hang into a failure instead of a stuck suite.

mod common;

use assert_cmd::Command;
use serde_json::Value;
use std::time::Duration;

/// What a case must produce. `line`/`field`: `Some` values are asserted exactly; `None`
/// means the problem has no line (a file too large to read) or no field (the file itself,
/// not a value in it, is wrong).
struct Case {
    name: &'static str,
    /// The profile's file name in `content/`.
    file: &'static str,
    source: Vec<u8>,
    exit: i32,
    /// A substring of the first error's message.
    message: &'static str,
    line: Option<usize>,
    field: Option<&'static str>,
}

/// `MINIMAL` with each `(from, to)` replaced (each `from` must occur).
fn with(edits: &[(&str, &str)]) -> Vec<u8> {
    let mut s = common::MINIMAL.to_string();
    for (from, to) in edits {
        assert!(s.contains(from), "MINIMAL has no `{from}`");
        s = s.replacen(from, to, 1);
    }
    s.into_bytes()
}

/// `MINIMAL` with `extra` appended.
fn plus(extra: &str) -> Vec<u8> {
    format!("{}{extra}", common::MINIMAL).into_bytes()
}

/// The 1-based line of MINIMAL that holds `needle`.
fn line_of(needle: &str) -> usize {
    common::MINIMAL
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("MINIMAL has no `{needle}`"))
        + 1
}

const NAME: &str = "name: Kliniek De Linde B.V.";
const PERIOD: &str = "period: 20 years";
const EFFECTIVE: &str = "effective: 2026-01-01";

fn cases() -> Vec<Case> {
    let case = |name, source: Vec<u8>, message, line: Option<usize>, field| Case {
        name,
        file: "linde.yaml",
        source,
        exit: 1,
        message,
        line,
        field,
    };
    // Lines of MINIMAL, found by their text; appended text starts on line `end + 1`.
    let end = common::MINIMAL.lines().count();
    let big_scalar = "A".repeat(200_000);
    let mut laughs = String::from("data_flow:\n  - &l0 lol\n");
    for i in 1..10 {
        laughs.push_str(&format!(
            "  - &l{i} [{}]\n",
            vec![format!("*l{}", i - 1); 10].join(",")
        ));
    }
    vec![
        // Files that are not YAML text.
        case("empty file", vec![], "profile is empty", Some(1), None),
        case(
            "only comments and markers",
            b"# TODO\n---\n\n   \n...\n".to_vec(),
            "profile is empty",
            Some(1),
            None,
        ),
        case(
            "binary file (NUL bytes)",
            b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0".to_vec(),
            "binary file",
            Some(1),
            None,
        ),
        case(
            "broken UTF-8 (Latin-1 text)",
            with(&[(NAME, "name: Kliniek Caf\u{e9}")])
                .into_iter()
                .flat_map(|b| if b == 0xC3 { vec![] } else { vec![b] })
                .map(|b| if b == 0xA9 { 0xE9 } else { b })
                .collect(),
            "not valid UTF-8",
            Some(line_of(NAME)),
            None,
        ),
        case(
            "UTF-16 file",
            [0xFF, 0xFE]
                .into_iter()
                .chain(common::MINIMAL.encode_utf16().flat_map(|u| u.to_le_bytes()))
                .collect(),
            "UTF-16",
            Some(1),
            None,
        ),
        case(
            "raw control character in the text",
            with(&[(NAME, "name: Kliniek \x07De Linde")]),
            "control character U+0007",
            Some(line_of(NAME)),
            None,
        ),
        case(
            "too large (1 MiB + 1 byte)",
            {
                let mut s = common::MINIMAL.as_bytes().to_vec();
                s.push(b'#');
                s.resize(1024 * 1024 + 1, b'x');
                s
            },
            "the limit is 1048576 bytes",
            None,
            None,
        ),
        // YAML syntax.
        case(
            "tab indentation",
            with(&[("languages: [nl, en]", "languages:\n\t- nl\n\t- en")]),
            "a tab indents this line",
            Some(line_of("languages:") + 1),
            None,
        ),
        case(
            "unclosed flow sequence",
            with(&[("languages: [nl, en]", "languages: [nl, en")]),
            "",
            Some(line_of("languages:") + 1),
            Some("languages[0]"),
        ),
        case(
            "unclosed quote",
            plus("data_flow: [\"open\n"),
            "",
            Some(end + 1),
            Some("data_flow"),
        ),
        case(
            "invalid escape",
            with(&[(NAME, "name: \"Kliniek \\q\"")]),
            "",
            Some(line_of(NAME)),
            Some("controller.name"),
        ),
        case(
            "two YAML documents",
            plus("---\njurisdiction: NO\n"),
            "more than one YAML document",
            Some(end + 1),
            None,
        ),
        case(
            "a list instead of a profile",
            b"- jurisdiction: NL\n- languages: [nl]\n".to_vec(),
            "expected mapping",
            Some(1),
            None,
        ),
        case(
            "simple key longer than 1024 characters",
            plus(&format!("{}: x\n", "k".repeat(2000))),
            "",
            Some(end + 1),
            None,
        ),
        case(
            "unsupported tag",
            with(&[(NAME, "name: !include /etc/passwd")]),
            "",
            Some(line_of(NAME)),
            Some("controller.name"),
        ),
        // Keys.
        case(
            "unknown top-level key",
            plus("clinic_name: X\n"),
            "unknown key `clinic_name`",
            Some(end + 1),
            Some("clinic_name"),
        ),
        case(
            "unknown nested key (typo)",
            with(&[("  email:", "  emial:")]),
            "unknown key `emial`",
            Some(line_of("  email:")),
            Some("controller.emial"),
        ),
        case(
            "duplicate top-level key",
            plus("jurisdiction: NO\n"),
            "duplicate mapping key",
            Some(end + 1),
            Some("jurisdiction"),
        ),
        case(
            "duplicate language in a text",
            plus("data_flow:\n  - {nl: a, en: b, nl: c}\n"),
            "duplicate mapping key",
            Some(end + 2),
            Some("data_flow[0].nl"),
        ),
        case(
            "missing required field",
            with(&[("jurisdiction: NL\n", "")]),
            "has no `jurisdiction:`",
            Some(line_of("jurisdiction:")),
            Some("jurisdiction"),
        ),
        case(
            "complex (sequence) key",
            plus("? [a, b]\n: c\n"),
            "",
            Some(end + 1),
            None,
        ),
        // Types.
        case(
            "string where a list belongs",
            with(&[("languages: [nl, en]", "languages: nl")]),
            "",
            Some(line_of("languages:")),
            Some("languages"),
        ),
        case(
            "string where a mapping belongs",
            plus("dpo: Jan Jansen\n"),
            "",
            Some(end + 1),
            Some("dpo"),
        ),
        case(
            "YAML 1.1 boolean `yes`",
            plus("no_publication: yes\n"),
            "invalid boolean",
            Some(end + 1),
            Some("no_publication"),
        ),
        case(
            "number out of range (age 300)",
            plus("minors: {age: 300}\n"),
            "",
            Some(end + 1),
            Some("minors.age"),
        ),
        case(
            "negative number (age -1)",
            plus("minors: {age: -1}\n"),
            "",
            Some(end + 1),
            Some("minors.age"),
        ),
        case(
            "unknown vocabulary word",
            with(&[("category: health", "category: helth")]),
            "unknown name `helth`",
            Some(line_of("category: health")),
            Some("data[1].category"),
        ),
        case(
            "unknown language key",
            plus("data_flow: [{zz: Hej}]\n"),
            "unknown language `zz`",
            Some(end + 1),
            Some("data_flow[0].zz"),
        ),
        // Absurd values.
        case(
            "retention of -3 years",
            with(&[(PERIOD, "period: -3 years")]),
            "invalid period",
            Some(line_of(PERIOD)),
            Some("retention[0].period"),
        ),
        case(
            "retention of 10,000 years",
            with(&[(PERIOD, "period: 10000 years")]),
            "longer than 120 years",
            Some(line_of(PERIOD)),
            Some("retention[0].period"),
        ),
        case(
            "retention overflowing u32",
            with(&[(PERIOD, "period: 99999999999 years")]),
            "invalid period",
            Some(line_of(PERIOD)),
            Some("retention[0].period"),
        ),
        case(
            "retention range backwards",
            with(&[(PERIOD, "period: 10-5 years")]),
            "lower bound first",
            Some(line_of(PERIOD)),
            Some("retention[0].period"),
        ),
        case(
            "date in year 0",
            with(&[(EFFECTIVE, "effective: 0000-01-01")]),
            "outside 1900–2200",
            Some(line_of(EFFECTIVE)),
            Some("effective"),
        ),
        case(
            "date that does not exist",
            with(&[(EFFECTIVE, "effective: 2026-02-30")]),
            "not a calendar date",
            Some(line_of(EFFECTIVE)),
            Some("effective"),
        ),
        // Hidden characters and blank texts, after escapes are decoded.
        case(
            "terminal escape via \\e",
            with(&[(NAME, "name: \"\\e[2J\\e[31mKliniek\"")]),
            "control character U+001B",
            Some(line_of(NAME)),
            Some("controller.name"),
        ),
        case(
            "bidi override via \\u202E",
            plus("data_flow: [\"Prijs \\u202E001\"]\n"),
            "control character U+202E",
            Some(end + 1),
            Some("data_flow[0]"),
        ),
        case(
            "NUL via \\0",
            with(&[(NAME, "name: \"Kliniek\\0\"")]),
            "control character U+0000",
            Some(line_of(NAME)),
            Some("controller.name"),
        ),
        case(
            "blank required name",
            with(&[(NAME, "name: \"  \"")]),
            "the text is empty",
            Some(line_of(NAME)),
            Some("controller.name"),
        ),
        case(
            "empty text in a language map",
            plus("data_flow: [{nl: \"\", en: x}]\n"),
            "text for `nl` is empty",
            Some(end + 1),
            Some("data_flow[0]"),
        ),
        // Alias bombs and size amplification.
        case(
            "billion laughs in a text list",
            plus(&laughs),
            "",
            Some(end + 3),
            Some("data_flow[1]"),
        ),
        case(
            "one anchor expanded 150 times",
            plus(&format!("data_flow:\n  - &s x\n{}", "  - *s\n".repeat(150))),
            "expanded more than 100 times",
            Some(end + 103),
            Some("data_flow[101]"),
        ),
        case(
            "a 200 KB text aliased 30 times (6 MB)",
            plus(&format!(
                "data_flow:\n  - &s \"{big_scalar}\"\n{}",
                "  - *s\n".repeat(30)
            )),
            "exceeds 4 MiB",
            Some(end + 22),
            Some("data_flow[20]"),
        ),
        case(
            "flow nesting 10,000 deep",
            plus(&format!(
                "data_flow: {}{}\n",
                "[".repeat(10_000),
                "]".repeat(10_000)
            )),
            "nests deeper than 16 levels",
            Some(end + 1),
            Some("data_flow"),
        ),
        case(
            "block nesting 300 deep",
            plus(&format!(
                "document:\n{}",
                (0..300)
                    .map(|i| format!("{}k{i}:\n", " ".repeat(i + 1)))
                    .collect::<String>()
            )),
            "",
            Some(end + 2),
            Some("document.k0"),
        ),
        case(
            "200 merge keys",
            plus(&format!(
                "controller_base: &b {{name: X}}\n{}",
                "x: {<<: *b}\n".repeat(200)
            )),
            "",
            Some(end + 1),
            None,
        ),
        // Ids that would escape or misuse the output folder.
        case(
            "id with ../",
            plus("id: ../../etc\n"),
            "would leave the output folder",
            Some(end + 1),
            Some("id"),
        ),
        case(
            "absolute id",
            plus("id: /tmp/evil\n"),
            "would leave the output folder",
            Some(end + 1),
            Some("id"),
        ),
        case(
            "id with a backslash",
            plus("id: \"..\\\\evil\"\n"),
            "would leave the output folder",
            Some(end + 1),
            Some("id"),
        ),
        case(
            "id with capitals and accents",
            plus("id: Kliniek-Café\n"),
            "holds characters other than",
            Some(end + 1),
            Some("id"),
        ),
        case(
            "id that is a Windows device name",
            plus("id: con\n"),
            "reserved device name",
            Some(end + 1),
            Some("id"),
        ),
        Case {
            file: "Mijn Kliniek.yaml",
            ..case(
                "file name that is not an id",
                common::MINIMAL.as_bytes().to_vec(),
                "the file name gives the profile id `Mijn Kliniek`",
                None,
                None,
            )
        },
        // Unsafe links (checked after loading).
        case(
            "javascript: website",
            with(&[("  email:", "  website: \"javascript:alert(1)\"\n  email:")]),
            "is not a web address",
            Some(line_of("  email:")),
            Some("controller.website"),
        ),
        case(
            "e-mail address with markup",
            with(&[(
                "privacy@delinde.example",
                "\"<img src=x onerror=alert(1)>@x.nl\"",
            )]),
            "is not an e-mail address",
            Some(line_of("  email:")),
            Some("controller.email"),
        ),
    ]
}

fn privgen() -> Command {
    let mut c = Command::cargo_bin("privgen").unwrap();
    // A safety net against a hang, not a timing assertion: limits keep each case far below.
    c.timeout(Duration::from_secs(60));
    c
}

/// Runs one case; returns what went wrong, if anything.
fn run(case: &Case) -> Result<(), String> {
    let site = common::site(&[]);
    std::fs::write(site.path().join("content").join(case.file), &case.source).unwrap();
    let out = site.path().join("public");
    let output = privgen()
        .arg("-C")
        .arg(site.path())
        .args(["--format", "json", "build", "--out"])
        .arg(&out)
        .output()
        .map_err(|e| e.to_string())?;
    let code = output.status.code();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("panicked") {
        return Err(format!("panicked: {stderr}"));
    }
    if code != Some(case.exit) {
        return Err(format!(
            "exit {code:?}, expected {}; stdout: {stdout} stderr: {stderr}",
            case.exit
        ));
    }
    if out.exists() {
        return Err("the output folder was written".into());
    }
    let v: Value = serde_json::from_str(&stdout).map_err(|e| format!("{e}: {stdout}"))?;
    let first = v["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["severity"] == "error"))
        .ok_or_else(|| format!("no error reported: {stdout}"))?;
    let file = format!("content/{}", case.file);
    let mut problems = Vec::new();
    if first["file"] != file.as_str() {
        problems.push(format!("file {} (expected {file})", first["file"]));
    }
    let message = first["message"].as_str().unwrap_or_default();
    if !message.contains(case.message) {
        problems.push(format!("message without `{}`", case.message));
    }
    if let Some(line) = case.line {
        if first["line"] != line {
            problems.push(format!("line {} (expected {line})", first["line"]));
        }
    }
    if let Some(field) = case.field {
        if first["field"].as_str() != Some(field) {
            problems.push(format!("field {} (expected {field})", first["field"]));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {first}", problems.join(", ")))
    }
}

#[test]
fn bad_input_is_refused_with_file_line_and_field() {
    let cases = cases();
    assert!(cases.len() >= 30, "the table holds {} cases", cases.len());
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .chunks(cases.len().div_ceil(4))
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|c| (c.name.to_string(), run(c)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let failed: Vec<String> = results
        .iter()
        .filter_map(|(n, r)| r.as_ref().err().map(|e| format!("- {n}: {e}")))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n{}",
        failed.len(),
        results.len(),
        failed.join("\n")
    );
}

#[test]
fn human_output_names_file_line_field_and_help() {
    let site = common::site(&[(
        "linde.yaml",
        &common::MINIMAL.replace(NAME, "name: \"\\e[31mKliniek\""),
    )]);
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
    assert!(
        err.contains(&format!("--> content/linde.yaml:{}:", line_of(NAME))),
        "{err}"
    );
    assert!(err.contains("field: controller.name"), "{err}");
    assert!(err.contains("help: remove the escape sequence"), "{err}");
    // The escape itself never reaches the terminal.
    assert!(!err.contains('\u{1b}'), "{err}");
    // Nor does a raw one quoted in a snippet, or one decoded in a key quoted in a message.
    for (bad, shown) in [
        ("controller:\n  name: \"\u{1b}[2JX\"", "\u{fffd}[2JX"),
        ("controller:\n  \"\\e[2J\": X", "unknown key `\\u{1b}[2J`"),
    ] {
        let site = common::site(&[(
            "linde.yaml",
            &common::MINIMAL.replace("controller:\n  name: Kliniek De Linde B.V.", bad),
        )]);
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
        assert!(!err.contains('\u{1b}'), "{err}");
        assert!(err.contains(shown), "{err}");
    }
}

#[test]
fn output_targets_that_must_not_be_replaced_exit_2() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    let run = |args: &[&str]| {
        privgen()
            .arg("-C")
            .arg(site.path())
            .arg("build")
            .args(args)
            .output()
            .unwrap()
    };
    // The site folder itself, or its parent, even with --force.
    for out in [".", "..", "content/..", "content", "themes"] {
        let o = run(&["--force", "--out", out]);
        assert_eq!(o.status.code(), Some(2), "{out}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("refusing"));
    }
    assert!(site.path().join("content/linde.yaml").is_file());
    // A file.
    std::fs::write(site.path().join("notes.txt"), "mine").unwrap();
    let o = run(&["--force", "--out", "notes.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(site.path().join("notes.txt")).unwrap(),
        "mine"
    );
}
