//! Every load error of a profile in one run, not only the first.
//!
//! serde stops at the first error. To go on, the loader blanks the node the error is about
//! (its key or list item and everything indented under it become spaces, so every line and
//! column stays where it was) and parses again, up to [`MAX_ROUNDS`] times:
//!
//! - an unknown key is blanked; the profile means the same without it;
//! - a bad value (wrong type, unknown name, bad date, …) is blanked with its key; when that
//!   key is required, the "missing field" that follows is the loader's own doing and is not
//!   reported, and the mapping holding it is blanked in turn (up to the root, whose missing
//!   field ends the run: every other top-level key has been read by then; a bad `effective`
//!   date is replaced by a marked stand-in, today, so the rest can still be checked);
//! - a YAML syntax error (a tab, a missing colon, an unclosed quote) ends the run: after it
//!   the parser cannot tell where a node ends.
//!
//! When the profile parses in the end, it is returned with the list of blanked paths, so
//! the checks can still run on what could be read ([`Partial`]).
//!
//! Messages are rewritten here too: parser words ("expected sequence start") become what a
//! profile author needs ("expected a list"), with a `help:` line naming the expected shape,
//! and an unknown key or name gets "did you mean" by edit distance instead of a list of
//! every allowed name.

mod explain;
#[cfg(test)]
mod tests;

pub use explain::{distance, nearest};

use super::locate::PathIndex;
use super::profile::Profile;
use crate::diagnostics::Diagnostic;
use explain::{missing, syntax, value};

/// Most parse rounds for one profile: at most this many load errors are reported at once.
pub const MAX_ROUNDS: usize = 50;

/// What the loader read from a profile with errors.
#[derive(Debug)]
pub struct Partial {
    /// Every load error found, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// The profile without the blanked nodes, when it parsed in the end.
    pub profile: Option<Profile>,
    /// Field paths (in the source as written) that were blanked, and the keys an unknown
    /// key was taken for ("did you mean"): findings about them are the loader's doing.
    pub removed: Vec<String>,
}

/// Parses `source`; on errors, goes on past each one as described in the module docs.
pub fn parse(source: &str) -> Result<Profile, Partial> {
    let first = match super::parse_profile(source) {
        Ok(p) => return Ok(p),
        Err(d) => d,
    };
    let original = PathIndex::new(source);
    let mut text = source.to_string();
    let mut out = Partial {
        diagnostics: Vec::new(),
        profile: None,
        removed: Vec::new(),
    };
    let mut next = Some(first);
    for _ in 0..MAX_ROUNDS {
        let Some(d) = next.take() else { break };
        let kind = Kind::of(&d);
        let field = d.field.clone().unwrap_or_default();
        match kind {
            Kind::Missing(ref name) => {
                let parent = parent_of(&field, name);
                let ours = out.removed.iter().any(|r| r == &field);
                if !ours {
                    out.diagnostics
                        .push(missing(d, source, &original, &parent, name));
                }
                if parent.is_empty() {
                    // A required date the loader left out for its bad value: a stand-in
                    // (today) lets the rest of the profile be checked; findings about the
                    // date itself are left out with it (`about_removed`).
                    if ours && name == "effective" && !text.contains(STAND_IN) {
                        text.push_str(&format!("\neffective: {}{STAND_IN}\n", today()));
                    } else {
                        // Every other top-level key has been read: nothing more to find.
                        return Err(out);
                    }
                } else {
                    match blank(&mut text, &parent) {
                        Some(p) => out.removed.push(p),
                        None => return Err(out),
                    }
                }
            }
            Kind::Duplicate => {
                let (line, col) = (d.line.unwrap_or(0), d.column.unwrap_or(0));
                out.diagnostics.push(d);
                if !blank_at(&mut text, line, col, false) {
                    return Err(out);
                }
            }
            Kind::Syntax => {
                out.diagnostics.push(syntax(d, source, &original));
                return Err(out);
            }
            Kind::Value
                if out.removed.iter().any(|r| {
                    r.starts_with(&format!("{field}[")) || r.starts_with(&format!("{field}."))
                }) =>
            {
                // Blanking the only item of a list (or every key of a mapping) left its
                // key empty: the loader's doing. Leave the key out too.
                match blank(&mut text, &field) {
                    Some(p) if !field.is_empty() => out.removed.push(p),
                    _ => return Err(out),
                }
            }
            Kind::Value => {
                let d = value(d);
                if let (Some(key), Some(help)) = (
                    d.message
                        .strip_prefix("unknown key `")
                        .and_then(|r| r.split('`').next()),
                    d.help.as_deref(),
                ) {
                    if let Some(s) = help
                        .strip_prefix("did you mean `")
                        .and_then(|r| r.split('`').next())
                    {
                        // The key meant is missing too; that error would say nothing new.
                        let parent = parent_of(&field, key);
                        out.removed.push(if parent.is_empty() {
                            s.to_string()
                        } else {
                            format!("{parent}.{s}")
                        });
                    }
                }
                out.diagnostics.push(d);
                match blank(&mut text, &field) {
                    Some(p) if !field.is_empty() => out.removed.push(p),
                    _ => return Err(out),
                }
            }
        }
        match super::parse_profile(&text) {
            Ok(p) => {
                out.profile = Some(p);
                return Err(out);
            }
            Err(d) => next = Some(d),
        }
    }
    Err(out)
}

/// Marks the stand-in date the loader writes for an `effective` it had to leave out.
const STAND_IN: &str = " # privgen: stand-in for a bad date";

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock (civil-from-days, H. Hinnant).
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_of((secs / 86_400) as i64)
}

/// The date `days` days after 1970-01-01, as `YYYY-MM-DD`.
fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether a check finding on a partly read profile concerns a node the loader left out
/// (or the mapping that held it): such a finding is the loader's doing, not the author's.
pub fn about_removed(d: &Diagnostic, removed: &[String]) -> bool {
    let Some(field) = d.field.as_deref() else {
        return false;
    };
    removed.iter().any(|r| {
        let parent = r.rfind(['.', '[']).map(|i| &r[..i]).unwrap_or("");
        // In a list entry with a blanked value (`retention[0].period`), the entry's other
        // findings (`retention[0].record`: "kept without a period") are about the blank.
        let entry = parent.ends_with(']');
        field == r
            || field.starts_with(&format!("{r}."))
            || field.starts_with(&format!("{r}["))
            || (!parent.is_empty() && field == parent)
            || (entry && field.starts_with(&format!("{parent}.")))
    })
}

/// How the loader goes on after an error.
#[derive(Debug, PartialEq)]
enum Kind {
    /// A required key is missing from a mapping.
    Missing(String),
    /// The YAML is well formed but a value does not fit: blank it and go on.
    Value,
    /// A key given twice in a mapping: the second one is blanked.
    Duplicate,
    /// The YAML itself is broken: stop.
    Syntax,
}

impl Kind {
    fn of(d: &Diagnostic) -> Kind {
        let m = d.message.as_str();
        if let Some(name) = m
            .strip_prefix("missing field `")
            .and_then(|m| m.split('`').next())
        {
            return Kind::Missing(name.to_string());
        }
        if m.starts_with("duplicate mapping key") && d.line.is_some() && d.column.is_some() {
            return Kind::Duplicate;
        }
        const SYNTAX: [&str; 14] = [
            "while scanning",
            "tab",
            "simple key",
            "did not find expected",
            "mapping values are not allowed",
            "trailing content",
            "unexpected end",
            "found unexpected",
            "invalid indentation",
            "block sequence entries are not allowed",
            "unclosed",
            "more than one YAML document",
            "nests deeper",
            "duplicate mapping key",
        ];
        let lower = m.to_ascii_lowercase();
        let limit = ["exceeds", "more than", "alias", "anchor"];
        if d.line.is_none()
            || d.field.is_none()
            || SYNTAX.iter().any(|s| lower.contains(s))
            || limit.iter().any(|s| lower.contains(s))
        {
            Kind::Syntax
        } else {
            Kind::Value
        }
    }
}

/// The mapping `field` (= `parent.name`) belongs to.
fn parent_of(field: &str, name: &str) -> String {
    field
        .strip_suffix(name)
        .map(|p| p.trim_end_matches('.'))
        .unwrap_or("")
        .to_string()
}

/// Blanks the node at `path` in `text`: from its key (or its list item's `- `) to the end
/// of the last line indented under it, every character but line ends becomes a space.
/// Returns false when the node cannot be cut out line-wise (it sits inside a flow
/// collection `{…}`/`[…]` that goes on after it), so the caller stops.
fn blank(text: &mut String, path: &str) -> Option<String> {
    let index = PathIndex::new(text);
    let mut p = path.to_string();
    // A node inside a one-line flow collection (`languages: [nl, de]`): blank the
    // block-style key holding the collection instead.
    loop {
        let (line, col) = index.find_exact(&p)?;
        if blank_at(text, line, col, p.ends_with(']')) {
            return Some(p);
        }
        match p.rfind(['.', '[']) {
            Some(at) if at > 0 => p.truncate(at),
            _ => return None,
        }
    }
}

/// Blanks the block node (a key, or a list `item`) that starts at `line`:`col`; false if
/// it is not block-style.
fn blank_at(text: &mut String, line: usize, col: usize, item: bool) -> bool {
    let Some((start, end)) = span(text, line, col, item) else {
        return false;
    };
    let cut: String = text[start..end]
        .chars()
        .map(|c| if c == '\n' || c == '\r' { c } else { ' ' })
        .collect();
    text.replace_range(start..end, &cut);
    true
}

/// Byte range of the block node whose key or first token is at `line`:`col` (1-based;
/// col counted in characters): from there (or from its `- `, when the node is a list
/// `item`) to the end of the last following line indented deeper than that column.
/// `None` when something other than spaces and `- ` precedes it on its line.
fn span(text: &str, line: usize, col: usize, item: bool) -> Option<(usize, usize)> {
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for l in lines.iter().take(line.saturating_sub(1)) {
        offset += l.len();
    }
    let this = lines.get(line.checked_sub(1)?)?;
    let byte_col = this
        .char_indices()
        .nth(col.checked_sub(1)?)
        .map(|(b, _)| b)?;
    let before = &this[..byte_col];
    if !before.chars().all(|c| c == ' ' || c == '-') {
        return None;
    }
    // The anchor: a `- ` directly before the node makes the whole item the node.
    let trimmed = before.trim_end_matches(' ');
    let (start_col, anchor) = if item && trimmed.ends_with('-') {
        let dash = trimmed.len() - 1;
        (dash, dash)
    } else {
        (byte_col, byte_col)
    };
    let starts_item = item && trimmed.ends_with('-');
    let value_on_line = !this[byte_col..]
        .split_once(':')
        .map(|(_, v)| v.trim().is_empty() || v.trim_start().starts_with('#'))
        .unwrap_or(false);
    let mut end = offset + this.len();
    for l in lines.iter().skip(line) {
        let body = l.trim_end_matches(['\n', '\r']);
        let stripped = body.trim_start_matches(' ');
        let indent = body.len() - stripped.len();
        let blank_line = stripped.is_empty() || stripped.starts_with('#');
        let deeper = indent > anchor;
        // `key:` followed by a list at the key's own indentation (`- a` under `key:`).
        let indentless_item = !starts_item
            && !value_on_line
            && indent == anchor
            && (stripped.starts_with("- ") || stripped == "-");
        if blank_line || deeper || indentless_item {
            end += l.len();
        } else {
            break;
        }
    }
    // Trailing blank and comment lines stay as they were.
    let block = &text[offset..end];
    let mut keep = block.len();
    for l in block.split_inclusive('\n').rev() {
        let t = l.trim();
        if (t.is_empty() || t.starts_with('#')) && keep > this.len() {
            keep -= l.len();
        } else {
            break;
        }
    }
    Some((offset + start_col, offset + keep))
}
