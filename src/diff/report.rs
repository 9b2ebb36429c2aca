//! Renders a diff for people (terminal text), for pull requests (Markdown) and for tools
//! (JSON), and as a `changes:` entry ready to paste into the profile's version history.
//! Every text comes from the wording; a message that cannot be formatted is an error
//! (the command fails), never a message id in the output.

use super::Words;
use super::{Change, Class};
use crate::load::text::Lang;
use serde::Serialize;

/// The changes a reader of `lang` sees: all but the free-text changes of other languages.
pub fn shown(changes: &[Change], lang: Lang) -> impl Iterator<Item = &Change> {
    changes
        .iter()
        .filter(move |c| c.lang.is_none_or(|l| l == lang))
}

/// Whether any change a reader of one of `langs` sees needs advance notice.
pub fn substantive(changes: &[Change], langs: &[Lang]) -> bool {
    langs
        .iter()
        .any(|l| shown(changes, *l).any(|c| c.class == Class::Substantive))
}

fn say(
    wording: &Words,
    lang: Lang,
    id: &str,
    args: &[(&str, crate::i18n::Arg)],
) -> Result<String, String> {
    wording.format(lang, id, args)
}

fn class_label(class: Class, wording: &Words, lang: Lang) -> Result<String, String> {
    let id = match class {
        Class::Substantive => "diff-substantive",
        Class::Editorial => "diff-editorial",
    };
    say(wording, lang, id, &[])
}

/// The sentences of a free-text change: ("was", sentence) and ("now", sentence) pairs,
/// labelled in `lang`.
fn detail_lines(c: &Change, wording: &Words, lang: Lang) -> Result<Vec<String>, String> {
    let was = say(wording, lang, "diff-was", &[])?;
    let now = say(wording, lang, "diff-now", &[])?;
    let none = say(wording, lang, "diff-no-sentence", &[])?;
    let mut out = Vec::new();
    for h in &c.details {
        // A sentence added shows only "now", one removed only "was".
        match (&h.was, &h.now) {
            (Some(w), Some(n)) => {
                out.push(format!("{was}: {w}"));
                out.push(format!("{now}: {n}"));
            }
            (Some(w), None) => out.push(format!("{was}: {w}")),
            (None, Some(n)) => out.push(format!("{now}: {n}")),
            (None, None) => out.push(format!("{now}: {none}")),
        }
    }
    Ok(out)
}

/// Plain text, one change a line (free-text changes with their sentences below), grouped
/// by class, per language.
pub fn human(
    profile: &str,
    changes: &[Change],
    wording: &Words,
    langs: &[Lang],
) -> Result<String, String> {
    let mut out = String::new();
    for lang in langs {
        let heading = say(
            wording,
            *lang,
            "diff-heading",
            &[("profile", profile.into())],
        )?;
        out.push_str(&format!("{heading} [{lang}]\n"));
        if shown(changes, *lang).next().is_none() {
            out.push_str(&format!("  {}\n", say(wording, *lang, "diff-none", &[])?));
        }
        for class in [Class::Substantive, Class::Editorial] {
            let of: Vec<&Change> = shown(changes, *lang).filter(|c| c.class == class).collect();
            if of.is_empty() {
                continue;
            }
            out.push_str(&format!("  {}:\n", class_label(class, wording, *lang)?));
            for c in of {
                let line = c.render(wording, *lang)?;
                if line.contains(&c.field) {
                    out.push_str(&format!("    - {line}\n"));
                } else {
                    out.push_str(&format!("    - {line} ({})\n", c.field));
                }
                for d in detail_lines(c, wording, *lang)? {
                    out.push_str(&format!("        {d}\n"));
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown table per language, for a pull-request comment.
pub fn markdown(
    profile: &str,
    changes: &[Change],
    wording: &Words,
    langs: &[Lang],
) -> Result<String, String> {
    let mut out = String::new();
    for lang in langs {
        let heading = say(
            wording,
            *lang,
            "diff-heading",
            &[("profile", profile.into())],
        )?;
        out.push_str(&format!("### {} ({lang})\n\n", md_cell(&heading)));
        if shown(changes, *lang).next().is_none() {
            out.push_str(&format!("{}\n\n", say(wording, *lang, "diff-none", &[])?));
            continue;
        }
        out.push_str("| | |\n|---|---|\n");
        for c in shown(changes, *lang) {
            let mut cell = md_cell(&c.render(wording, *lang)?);
            for d in detail_lines(c, wording, *lang)? {
                cell.push_str("<br>");
                cell.push_str(&md_cell(&d));
            }
            out.push_str(&format!(
                "| {} | {} |\n",
                md_cell(&class_label(c.class, wording, *lang)?),
                cell
            ));
        }
        out.push('\n');
    }
    Ok(out)
}

#[derive(Serialize)]
struct JsonChange<'a> {
    class: Class,
    field: &'a str,
    message: &'a str,
    /// The language whose text changed, for a free-text change.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<&'static str>,
    text: std::collections::BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sentences: Vec<JsonSentence<'a>>,
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    was: Option<&'a str>,
    now: Option<&'a str>,
}

/// `{"version": 1, "profile": …, "substantive": bool, "changes": [...]}`; each change has
/// its text in every language of `langs` that sees it. With `--git`, the command prints
/// one document holding these for every profile (see [`json_profiles`]).
pub fn json(
    profile: &str,
    changes: &[Change],
    wording: &Words,
    langs: &[Lang],
) -> Result<serde_json::Value, String> {
    let mut list = Vec::new();
    for c in changes {
        let mut text = std::collections::BTreeMap::new();
        for l in langs.iter().filter(|l| c.lang.is_none_or(|cl| cl == **l)) {
            text.insert(l.code().to_string(), c.render(wording, *l)?);
        }
        if text.is_empty() {
            continue;
        }
        list.push(JsonChange {
            class: c.class,
            field: &c.field,
            message: &c.message,
            lang: c.lang.map(Lang::code),
            text,
            sentences: c
                .details
                .iter()
                .map(|h| JsonSentence {
                    was: h.was.as_deref(),
                    now: h.now.as_deref(),
                })
                .collect(),
        });
    }
    Ok(serde_json::json!({
        "version": 1,
        "profile": profile,
        "substantive": substantive(changes, langs),
        "changes": list,
    }))
}

/// The JSON output of a run: the one profile's document for `OLD NEW`; for `--git`,
/// `{"version": 1, "substantive": bool, "profiles": [documents]}`, so the output is always
/// a single JSON document.
pub fn json_output(docs: Vec<serde_json::Value>, git: bool) -> String {
    let doc = if git {
        let substantive = docs.iter().any(|d| d["substantive"] == true);
        serde_json::json!({"version": 1, "substantive": substantive, "profiles": docs})
    } else {
        docs.into_iter().next().unwrap_or_default()
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// A `changes:` entry for the profile's version history, summarising the diff.
pub fn changelog(
    version: &str,
    date: &str,
    changes: &[Change],
    wording: &Words,
    langs: &[Lang],
) -> Result<String, String> {
    let mut out = format!(
        "  - version: \"{version}\"\n    date: {date}\n    substantive: {}\n    summary:\n",
        substantive(changes, langs)
    );
    for lang in langs {
        // A free-text change introduces its sentences with a colon; the summary has none.
        let text = shown(changes, *lang)
            .map(|c| {
                c.render(wording, *lang).map(|l| match l.strip_suffix(':') {
                    Some(head) => format!("{head}."),
                    None => l,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        // A JSON string is a valid YAML double-quoted scalar, whatever the text holds.
        let text = serde_json::to_string(&text.join(" ")).unwrap_or_default();
        out.push_str(&format!("      {}: {text}\n", lang.code()));
    }
    Ok(out)
}
