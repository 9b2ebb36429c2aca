//! Renders a diff for people (terminal text), for pull requests (Markdown) and for tools
//! (JSON), and as a `changes:` entry ready to paste into the profile's version history.

use super::{Change, Class};
use crate::i18n::Wording;
use crate::load::text::Lang;
use serde::Serialize;

fn line(c: &Change, wording: &Wording, lang: Lang) -> String {
    c.render(wording, lang)
        .unwrap_or_else(|e| format!("[{}: {e}]", c.message))
}

fn class_label(class: Class, wording: &Wording, lang: Lang) -> String {
    let id = match class {
        Class::Substantive => "diff-substantive",
        Class::Editorial => "diff-editorial",
    };
    wording
        .format(lang, id, &[])
        .unwrap_or_else(|_| id.to_string())
}

/// Plain text, one change a line, grouped by class, per language.
pub fn human(profile: &str, changes: &[Change], wording: &Wording, langs: &[Lang]) -> String {
    let mut out = String::new();
    for lang in langs {
        let heading = wording
            .format(*lang, "diff-heading", &[("profile", profile.into())])
            .unwrap_or_else(|_| profile.to_string());
        out.push_str(&format!("{heading} [{lang}]\n"));
        if changes.is_empty() {
            out.push_str(&format!(
                "  {}\n",
                wording.format(*lang, "diff-none", &[]).unwrap_or_default()
            ));
        }
        for class in [Class::Substantive, Class::Editorial] {
            let of: Vec<&Change> = changes.iter().filter(|c| c.class == class).collect();
            if of.is_empty() {
                continue;
            }
            out.push_str(&format!("  {}:\n", class_label(class, wording, *lang)));
            for c in of {
                out.push_str(&format!(
                    "    - {} ({})\n",
                    line(c, wording, *lang),
                    c.field
                ));
            }
        }
        out.push('\n');
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown table per language, for a pull-request comment.
pub fn markdown(profile: &str, changes: &[Change], wording: &Wording, langs: &[Lang]) -> String {
    let mut out = String::new();
    for lang in langs {
        let heading = wording
            .format(*lang, "diff-heading", &[("profile", profile.into())])
            .unwrap_or_else(|_| profile.to_string());
        out.push_str(&format!("### {} ({lang})\n\n", md_cell(&heading)));
        if changes.is_empty() {
            out.push_str(&format!(
                "{}\n\n",
                wording.format(*lang, "diff-none", &[]).unwrap_or_default()
            ));
            continue;
        }
        out.push_str("| | |\n|---|---|\n");
        for c in changes {
            out.push_str(&format!(
                "| {} | {} |\n",
                md_cell(&class_label(c.class, wording, *lang)),
                md_cell(&line(c, wording, *lang))
            ));
        }
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonChange<'a> {
    class: Class,
    field: &'a str,
    message: &'a str,
    text: std::collections::BTreeMap<String, String>,
}

/// `{"version": 1, "profile": …, "substantive": bool, "changes": [...]}`.
pub fn json(profile: &str, changes: &[Change], wording: &Wording, langs: &[Lang]) -> String {
    let list: Vec<JsonChange> = changes
        .iter()
        .map(|c| JsonChange {
            class: c.class,
            field: &c.field,
            message: &c.message,
            text: langs
                .iter()
                .map(|l| (l.code().to_string(), line(c, wording, *l)))
                .collect(),
        })
        .collect();
    let doc = serde_json::json!({
        "version": 1,
        "profile": profile,
        "substantive": super::substantive(changes),
        "changes": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// A `changes:` entry for the profile's version history, summarising the diff.
pub fn changelog(
    version: &str,
    date: &str,
    changes: &[Change],
    wording: &Wording,
    langs: &[Lang],
) -> String {
    let mut out = format!(
        "  - version: \"{version}\"\n    date: {date}\n    substantive: {}\n    summary:\n",
        super::substantive(changes)
    );
    for lang in langs {
        let text: Vec<String> = changes.iter().map(|c| line(c, wording, *lang)).collect();
        let text = text.join(" ").replace('"', "'");
        out.push_str(&format!("      {}: \"{}\"\n", lang.code(), text));
    }
    out
}
