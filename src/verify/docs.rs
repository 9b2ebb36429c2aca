//! The rule tables of `docs/check.md` ("## Rules" to the end), made from the catalogues so the
//! reference cannot drift from the rules: `tests/check_rules.rs` compares the file with
//! [`rules_section`] (and rewrites it with `PRIVGEN_BLESS_DOCS=1`).

use super::rules::{page_rules, PageRule};
use crate::check::catalogue::{catalogue, CatalogueError, Family, Rule};
use std::fmt::Write;

const FAMILIES: [(Family, &str); 7] = [
    (
        Family::Completeness,
        "(a) Completeness: Art. 13/14, 9(2)(h), 12(3), 21(4)",
    ),
    (
        Family::National,
        "(b) National rules (law data on the effective date)",
    ),
    (Family::Consistency, "(c) Consistency (7(3) among them)"),
    (Family::Wording, "(d) Outdated wording (src/law/lint.yaml)"),
    (Family::Translation, "(e) Translation completeness"),
    (
        Family::Coverage,
        "(f) Coverage of the rendered document (read after render)",
    ),
    (Family::Meta, "Suppressions"),
];

fn count(n: usize) -> String {
    if n == 1 {
        "1 rule".into()
    } else {
        format!("{n} rules")
    }
}

/// A table cell: no line breaks, and a `|` cannot end the cell.
fn cell(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn applies(r: &Rule) -> String {
    match &r.lint {
        Some(l) => {
            let mut s = format!("{}: {}", l.reference, r.applies);
            if let Some(d) = l.outdated_since {
                let _ = write!(s, "; outdated since {d}");
            }
            if l.profile_only {
                s.push_str("; the profile's own text only, not generated pages");
            }
            s
        }
        None => r.applies.clone(),
    }
}

fn scope(r: &PageRule) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !r.jurisdictions.is_empty() {
        parts.push(
            r.jurisdictions
                .iter()
                .map(|j| j.code())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if !r.languages.is_empty() {
        let langs: Vec<&str> = r.languages.iter().map(|l| l.code()).collect();
        let only = if r.exact_languages { " only" } else { "" };
        parts.push(format!("pages in {}{only}", langs.join(", ")));
    }
    if !r.kinds.is_empty() {
        parts.push(
            r.kinds
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if !r.sections.is_empty() {
        parts.push(format!("sections: {}", r.sections.join(", ")));
    }
    if parts.is_empty() {
        "every page".into()
    } else {
        parts.join("; ")
    }
}

/// The "## Rules" section of docs/check.md, to the end of the file.
pub fn rules_section() -> Result<String, CatalogueError> {
    let cat = catalogue()?;
    let mut out = String::from("## Rules\n");
    for (family, title) in FAMILIES {
        let rules: Vec<&Rule> = cat.rules.values().filter(|r| r.family == family).collect();
        let _ = write!(
            out,
            "\n### {title}: {}\n\n| Rule | Level | Citation | Applies |\n|---|---|---|---|\n",
            count(rules.len())
        );
        for r in rules {
            let _ = writeln!(
                out,
                "| <a id=\"{}\"></a>`{}` | {} | {} | {} |",
                r.anchor(),
                r.id,
                r.severity.key(),
                cell(&r.cited()),
                cell(&applies(r))
            );
        }
    }
    let pages = page_rules()?;
    let _ = write!(
        out,
        "\n### (g) Page review (src/law/page-rules.yaml): {}\n\n| Rule | Level | Citation | Review | Scope |\n|---|---|---|---|---|\n",
        count(pages.len())
    );
    for r in pages {
        let _ = writeln!(
            out,
            "| <a id=\"{}\"></a>`{}` | {} | {} | {} | {} |",
            r.anchor(),
            r.id,
            r.severity.key(),
            cell(&r.cited()),
            cell(&r.review),
            cell(&scope(r))
        );
    }
    out.push_str(
        "\n`privgen explain RULE-ID` prints the rationale, the help text and the examples of a rule.\n",
    );
    Ok(out)
}
