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
//!   field ends the run: every other top-level key has been read by then);
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

use super::locate::PathIndex;
use super::profile::Profile;
use crate::diagnostics::Diagnostic;

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

/// The plain message for a missing key, placed where the key belongs.
fn missing(
    mut d: Diagnostic,
    source: &str,
    index: &PathIndex,
    parent: &str,
    name: &str,
) -> Diagnostic {
    let shape = shape_of(name);
    if parent.is_empty() {
        // A top-level section: point at the key it would follow in the reference order.
        d.message = format!("the profile has no `{name}:`, which every profile needs");
        let order = top_level_order();
        let mut placed = false;
        if let Some(i) = order.iter().position(|k| k == name) {
            if let Some((k, (l, c))) = order[i + 1..]
                .iter()
                .find_map(|k| index.find_exact(k).map(|p| (k, p)))
            {
                d = d.at(l, c);
                d.help = Some(format!(
                    "add `{name}:` ({shape}) before `{k}:`, or anywhere at the top level; \
                     see docs/profile.md"
                ));
                placed = true;
            } else if let Some((k, (l, c))) = order[..i]
                .iter()
                .rev()
                .find_map(|k| index.find_exact(k).map(|p| (k, p)))
            {
                d = d.at(l, c);
                d.help = Some(format!(
                    "add `{name}:` ({shape}) after the `{k}:` section, or anywhere at the top \
                     level; see docs/profile.md"
                ));
                placed = true;
            }
        }
        if !placed {
            d.help = Some(format!("add `{name}:` ({shape}); see docs/profile.md"));
        }
        return d;
    }
    d.message = format!("`{parent}` has no `{name}:`, which it needs");
    // A key of that name indented differently nearby is the likely cause.
    if let Some((l, _)) = index.find_exact(parent) {
        if let Some((n, indent, expected)) = misindented(source, l, name) {
            d = d.at(n, indent + 1);
            d.help = Some(format!(
                "line {n}: `{name}:` is indented {indent} spaces, the other keys of `{parent}` \
                 {expected}; indent it like them"
            ));
            return d;
        }
    }
    d.help = Some(format!(
        "add `{name}:` ({shape}) to `{parent}`; see docs/profile.md"
    ));
    d
}

/// A line in the block under `key_line` (or the line just after it) that holds `name:` at
/// an indentation other than its siblings': (line, its indentation, the siblings' in words).
fn misindented(source: &str, key_line: usize, name: &str) -> Option<(usize, usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let parent = lines.get(key_line.checked_sub(1)?)?;
    let parent_indent = parent.len() - parent.trim_start_matches([' ', '-']).len();
    let mut sibling: Option<usize> = None;
    let wanted = format!("{name}:");
    for (i, l) in lines.iter().enumerate().skip(key_line) {
        let s = l.trim_start_matches(' ');
        if s.is_empty() || s.starts_with('#') {
            continue;
        }
        let indent = l.len() - s.len();
        if s.starts_with(&wanted) {
            return match sibling {
                Some(n) if n == indent => None,
                Some(n) => Some((i + 1, indent, format!("are indented {n}"))),
                None => Some((i + 1, indent, "are indented differently".into())),
            };
        }
        if indent <= parent_indent {
            return None;
        }
        sibling.get_or_insert(indent);
    }
    None
}

/// The top-level keys in the order of the profile reference (the struct's field order,
/// as serde lists them for an unknown key).
fn top_level_order() -> Vec<String> {
    match super::parse_profile("__privgen_probe: 0\n") {
        Err(d) => expected_list(&d.message),
        Ok(_) => Vec::new(),
    }
}

/// The names after "expected one of" in a serde message.
fn expected_list(message: &str) -> Vec<String> {
    let Some((_, list)) = message.split_once("expected one of ") else {
        return Vec::new();
    };
    list.split(", ")
        .map(|s| s.trim_matches(['`', ' ']).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The expected shape of a commonly missing key, in words with an example.
fn shape_of(name: &str) -> String {
    match name {
        "jurisdiction" => "the country: `jurisdiction: NL`, `NO` or `BE`".into(),
        "languages" => "a list, the first authoritative: `languages: [nl, en]`".into(),
        "version" => "quoted text: `version: \"1.0\"`".into(),
        "effective" => "a date: `effective: 2026-01-01`".into(),
        "controller" => "a mapping with at least `name:`".into(),
        "data" => "a list of data categories: `- category: identification`".into(),
        "purposes" => "a list of purposes, each with `id:` and `basis:`".into(),
        "retention" => "a list: `- record: medical_record` with `period: 20 years`".into(),
        "name" => "text: `name: Kliniek De Linde B.V.`".into(),
        "city" => "text: `city: Utrecht`".into(),
        _ => "see its entry".into(),
    }
}

/// Plain words for a syntax error, at the right place.
fn syntax(mut d: Diagnostic, source: &str, index: &PathIndex) -> Diagnostic {
    let lower = d.message.to_ascii_lowercase();
    if lower.contains("tab") {
        // The parser notices a tab where a value or indentation ends; the tab itself may
        // be on the next line. Point at the first tab in the indentation near there.
        let from = d.line.unwrap_or(1).saturating_sub(1).max(1);
        if let Some((l, c)) =
            source
                .lines()
                .enumerate()
                .skip(from - 1)
                .take(3)
                .find_map(|(i, l)| {
                    let lead: String = l.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
                    lead.find('\t')
                        .map(|c| (i + 1, lead[..c].chars().count() + 1))
                })
        {
            d = d.at(l, c);
        }
        d.message = "a tab indents this line; YAML indents with spaces only".into();
        d.help = Some("replace the tab with spaces, as many as the lines beside it".into());
        d.field = key_on_line(index, d.line);
        return d;
    }
    if lower.contains("mapping values are not allowed") {
        if let Some(d2) = deeper_key(&d, source, index) {
            return d2;
        }
        d.message = "a value holds `: `, which YAML reads as a new key".into();
        d.help = Some(
            "put the value in quotes (`key: \"…: …\"`), or indent a key like the keys beside it"
                .into(),
        );
        d.field = key_on_line(index, d.line);
        return d;
    }
    if lower.contains("simple key expected ':'") || lower.contains("could not find expected ':'") {
        d.message = "this line is neither `key: value` nor a list item `- …`".into();
        let word = d
            .line
            .and_then(|l| source.lines().nth(l - 1))
            .map(|l| l.split_whitespace().next().unwrap_or_default().to_string());
        d.help = Some(match word {
            Some(w) if !w.is_empty() && !w.contains(':') => format!(
                "put a colon after the key: `{w}: …`; a text that runs on from the line above \
                 is indented deeper than its key"
            ),
            _ => "put a colon after the key (`key: value`)".into(),
        });
        d.field = key_on_line(index, d.line);
        return d;
    }
    if lower.contains("trailing content after double-quoted")
        || lower.contains("unclosed")
        || lower.contains("found unexpected end of stream")
    {
        match unclosed_quote(source, d.line.unwrap_or(usize::MAX)) {
            Some((l, c)) => {
                let noticed = d.line;
                d = d.at(l, c);
                d.field = key_on_line(index, Some(l));
                d.message = match noticed {
                    Some(n) if n != l => format!(
                        "the quote opened here is not closed on its line (the parser noticed \
                         at line {n})"
                    ),
                    _ => "the quote opened here is not closed on its line".into(),
                };
            }
            None => d.message = format!("{} (a quote may be left open above)", d.message),
        }
        d.help = Some(
            "close every `\"` and `'` on the line it opens, or use `|` for text over several lines"
                .into(),
        );
        return d;
    }
    if d.help.is_none() {
        d.help = super::guard::help_for(&d.message).map(str::to_string);
    }
    d
}

/// The first line up to `until` whose value opens a `"` or `'` quote and does not close
/// it: (line, column of the quote).
fn unclosed_quote(source: &str, until: usize) -> Option<(usize, usize)> {
    for (i, l) in source.lines().enumerate().take(until) {
        let t = l.trim_start_matches([' ', '-']);
        let v = match t.split_once(": ") {
            Some((k, v)) if !k.starts_with(['"', '\'']) => v.trim_start(),
            _ => t,
        };
        let Some(q) = v.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let rest = &v[1..];
        let closed = if q == '"' {
            let mut esc = false;
            rest.chars().any(|c| {
                let end = c == '"' && !esc;
                esc = c == '\\' && !esc;
                end
            })
        } else {
            rest.contains('\'')
        };
        if !closed {
            let col = l.chars().count() - v.chars().count() + 1;
            return Some((i + 1, col));
        }
    }
    None
}

/// The field whose key starts on `line`, if any.
/// "mapping values are not allowed" on a line whose key is indented deeper than the
/// `key: value` line above it: YAML read the key as more words of that value. The finding
/// names the key, its indentation and the line above.
fn deeper_key(d: &Diagnostic, source: &str, index: &PathIndex) -> Option<Diagnostic> {
    let n = d.line?;
    let lines: Vec<&str> = source.lines().collect();
    let line = lines.get(n.checked_sub(1)?)?;
    let indent = line.len() - line.trim_start_matches(' ').len();
    let name = line.trim_start().split_once(':')?.0;
    if name.is_empty() || name.contains([' ', '"', '\'']) {
        return None;
    }
    // The nearest line above that is not blank or a comment.
    let (above_n, above) = (1..n)
        .rev()
        .map(|i| (i, lines[i - 1]))
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let above_indent = above.len() - above.trim_start_matches([' ', '-']).len();
    let (above_key, above_value) = above.trim_start_matches([' ', '-']).split_once(':')?;
    if indent <= above_indent || above_value.trim().is_empty() {
        return None;
    }
    let above_field = key_on_line(index, Some(above_n));
    let field = above_field.as_deref().map(|f| match f.rfind(['.', '[']) {
        Some(i) if f[i..].starts_with('.') => format!("{}.{name}", &f[..i]),
        _ => name.to_string(),
    });
    let mut out = d.clone().at(n, indent + 1);
    out.message = format!(
        "`{name}:` is indented deeper than `{above_key}:` on the line above, so YAML reads it as \
         more words of that value"
    );
    out.help = Some(format!(
        "line {n}: `{name}:` is indented {indent} spaces and `{above_key}:` (line {above_n}) \
         {above_indent}; indent it like the keys beside it"
    ));
    out.field = field;
    Some(out)
}

fn key_on_line(index: &PathIndex, line: Option<usize>) -> Option<String> {
    let line = line?;
    index.first_on_line(line).map(str::to_string)
}

/// Plain words for a value error, with "did you mean".
fn value(mut d: Diagnostic) -> Diagnostic {
    let m = d.message.clone();
    let lower = m.to_ascii_lowercase();
    if let Some(rest) = m.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default().to_string();
        let expected = expected_list(&m);
        let place = match d.field.as_deref().map(|f| parent_of(f, &key)) {
            Some(p) if !p.is_empty() => format!("in `{p}`"),
            _ => "at the top level".to_string(),
        };
        d.message = format!("unknown key `{key}` {place}");
        d.help = Some(match nearest(&key, &expected) {
            Some(s) => format!("did you mean `{s}`?"),
            None if expected.len() <= 15 => format!("the keys here are {}", expected.join(", ")),
            None => format!(
                "{} keys are allowed here; docs/profile.md lists them",
                expected.len()
            ),
        });
        return d;
    }
    if let Some(rest) = m.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or_default().to_string();
        let expected = expected_list(&m);
        d.message = format!("unknown name `{name}`");
        d.help = Some(match nearest(&name, &expected) {
            Some(s) => format!("did you mean `{s}`? (one of {})", expected.join(", ")),
            None => format!("write one of {}", expected.join(", ")),
        });
        return d;
    }
    if lower.contains("expected sequence start") || lower.contains("expected a sequence") {
        let key = last_key(d.field.as_deref());
        d.message = format!("`{key}` takes a list, not a single value");
        d.help = Some(format!(
            "write a list in brackets, `{key}: [a, b]`, or one `- item` per line below `{key}:`"
        ));
        return d;
    }
    if lower.contains("expected string scalar")
        || (lower.contains("invalid type") && lower.contains("expected a string"))
    {
        let key = last_key(d.field.as_deref());
        d.message = format!("`{key}` takes text, not a list or mapping");
        d.help = Some(
            "write the text after the colon, quoted if it starts with `[`, `{` or holds `: `; \
             for several lines write `|` and indent the text below"
                .into(),
        );
        return d;
    }
    if lower.contains("expected mapping start") || lower.contains("expected a map") {
        let key = last_key(d.field.as_deref());
        d.message = format!("`{key}` takes `key: value` lines, not a single value");
        d.help = Some(format!(
            "write its keys indented below `{key}:`; docs/profile.md shows each section"
        ));
        return d;
    }
    if d.help.is_none() {
        d.help = super::guard::help_for(&m).map(str::to_string);
    }
    d
}

/// The last key of a field path (`controller.email` → `email`, `languages[1]` → `languages`).
fn last_key(field: Option<&str>) -> String {
    let f = field.unwrap_or_default();
    let last = f.rsplit('.').next().unwrap_or(f);
    last.split('[').next().unwrap_or(last).to_string()
}

/// The candidate closest to `word` by edit distance, if close enough to be a typo: at most
/// 1 edit for words up to 4 characters, 2 up to 8, 3 beyond (case ignored).
pub fn nearest<'a>(word: &str, candidates: &'a [String]) -> Option<&'a str> {
    let w = word.to_lowercase();
    let limit = match w.chars().count() {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    candidates
        .iter()
        .map(|c| (distance(&w, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.as_str())
}

/// Optimal string alignment distance (Levenshtein with adjacent transpositions).
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    /// Newcomer trial case 13b: a key indented five spaces among keys indented four.
    #[test]
    fn a_key_indented_deeper_than_its_siblings_is_named() {
        let src = GOOD.replace(
            "controller:\n  name: X\n  email: a@b.nl\n",
            "controller:\n  name: X\n   email: a@b.nl\n",
        );
        let p = super::parse(&src).unwrap_err();
        let d = &p.diagnostics[0];
        assert_eq!((d.line, d.column), (Some(7), Some(4)), "{d:#?}");
        assert_eq!(d.field.as_deref(), Some("controller.email"), "{d:#?}");
        assert!(
            d.message
                .contains("`email:` is indented deeper than `name:`"),
            "{d:#?}"
        );
        assert!(
            d.help
                .as_deref()
                .unwrap()
                .contains("indented 3 spaces and `name:` (line 6) 2"),
            "{d:#?}"
        );
        // A value holding `: ` is told to be quoted.
        let src = GOOD.replace("name: X", "name: X: Y");
        let d = &super::parse(&src).unwrap_err().diagnostics[0];
        assert!(d.help.as_deref().unwrap().contains("quotes"), "{d:#?}");
    }

    #[test]
    fn dates_from_days() {
        assert_eq!(super::date_of(0), "1970-01-01");
        assert_eq!(super::date_of(11_016), "2000-02-29");
        assert_eq!(super::date_of(20_793), "2026-12-06");
        assert!(super::today().as_str() >= "2026-12-06");
    }

    /// Newcomer trial case 16: a bad date no longer hides the profile's other errors.
    #[test]
    fn a_bad_date_does_not_hide_the_other_findings() {
        let src = GOOD
            .replace("effective: 2026-01-01", "effective: 2026-13-45")
            .replace("a@b.nl", "info@@b.nl");
        let partial = super::parse(&src).unwrap_err();
        assert_eq!(partial.diagnostics.len(), 1, "{:#?}", partial.diagnostics);
        let p = partial.profile.expect("the rest is read");
        assert_eq!(p.controller.email.as_deref(), Some("info@@b.nl"));
        assert!(
            partial.removed.iter().any(|r| r == "effective"),
            "{:?}",
            partial.removed
        );
    }

    use super::*;

    const GOOD: &str = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
        controller:\n  name: X\n  email: a@b.nl\ndata: []\npurposes: []\nretention: []\n";

    fn errors(src: &str) -> Partial {
        parse(src).expect_err("errors expected")
    }

    #[test]
    fn every_unknown_key_and_bad_value_in_one_run() {
        let src = GOOD
            .replace("  name: X\n", "  name: X\n  emial: a@b.nl\n  phon: 1\n")
            .replace("version: '1'\n", "version: '1'\nno_publication: yes\n");
        let p = errors(&src);
        let found: Vec<(Option<usize>, &str)> = p
            .diagnostics
            .iter()
            .map(|d| (d.line, d.field.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            found,
            vec![
                (Some(4), "no_publication"),
                (Some(8), "controller.emial"),
                (Some(9), "controller.phon"),
            ],
            "{:#?}",
            p.diagnostics
        );
        assert_eq!(
            p.diagnostics[1].help.as_deref(),
            Some("did you mean `email`?")
        );
        assert_eq!(
            p.diagnostics[2].help.as_deref(),
            Some("did you mean `phone`?")
        );
        assert_eq!(
            p.diagnostics[0].help.as_deref(),
            Some("write `true` or `false`")
        );
        // What could be read is returned: the checks run on it.
        let profile = p.profile.expect("the profile reads without the bad nodes");
        assert_eq!(profile.controller.name, "X");
    }

    #[test]
    fn a_bad_required_value_does_not_also_report_it_missing() {
        // The only item of a list, in flow style: the list is left out, and not reported.
        let src = GOOD.replace(
            "retention: []",
            "retention:\n  - { record: medical_record, period: 20 eons }",
        );
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
        assert_eq!(
            p.diagnostics[0].field.as_deref(),
            Some("retention[0].period")
        );
        let src = GOOD.replace("effective: 2026-01-01", "effective: 2026-02-30");
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
        assert!(p.diagnostics[0].message.contains("calendar date"));
        // The rest is read, with a stand-in date, and checked.
        assert!(p.profile.is_some());
        // A value inside a one-line list: the list's key is left out, and not reported.
        let src = GOOD.replace("[nl]", "[nl, de]");
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
        assert_eq!(p.diagnostics[0].field.as_deref(), Some("languages[1]"));
    }

    #[test]
    fn a_misspelt_required_key_is_one_error_with_a_suggestion() {
        let src = GOOD.replace("retention: []", "retension: []");
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), 1, "{:#?}", p.diagnostics);
        assert_eq!(
            p.diagnostics[0].message,
            "unknown key `retension` at the top level"
        );
        assert_eq!(
            p.diagnostics[0].help.as_deref(),
            Some("did you mean `retention`?")
        );
    }

    #[test]
    fn a_missing_section_is_placed_where_it_belongs() {
        let src = GOOD.replace("purposes: []\n", "");
        let p = errors(&src);
        let d = &p.diagnostics[0];
        assert_eq!(
            d.message,
            "the profile has no `purposes:`, which every profile needs"
        );
        // `retention` follows `purposes` in the reference order.
        assert_eq!(d.line, Some(9), "{d:?}");
        assert!(
            d.help.as_deref().unwrap().contains("before `retention:`"),
            "{d:?}"
        );
    }

    #[test]
    fn a_misindented_key_is_named_with_its_line() {
        let src = "jurisdiction: NL\nlanguages: [nl]\nversion: '1'\neffective: 2026-01-01\n\
            controller:\n  name: X\n  visiting_address:\n    street: A 1\n    postcode: 1234 AB\n   city: U\n\
            data: []\npurposes: []\nretention: []\n";
        let p = errors(src);
        let d = &p.diagnostics[0];
        assert_eq!((d.line, d.column), (Some(10), Some(4)), "{d:?}");
        assert!(
            d.help.as_deref().unwrap().contains("indented 3 spaces")
                && d.help.as_deref().unwrap().contains("indented 4"),
            "{d:?}"
        );
    }

    #[test]
    fn parser_jargon_becomes_plain_words_with_a_help() {
        let p = errors(&GOOD.replace("[nl]", "nl, en"));
        let d = &p.diagnostics[0];
        assert_eq!(d.message, "`languages` takes a list, not a single value");
        assert!(d.help.as_deref().unwrap().contains("`languages: [a, b]`"));
        let src = GOOD.replace("  name: X", "  name: X\n  short_name:\n    nl: [a, b]");
        let d = &errors(&src).diagnostics[0];
        assert!(d.message.contains("takes text"), "{d:?}");
        assert!(d.help.is_some());
        let d = &errors(&GOOD.replace("  email: a@b.nl", "  email a@b.nl")).diagnostics[0];
        assert_eq!(
            d.message,
            "this line is neither `key: value` nor a list item `- …`"
        );
        assert_eq!(d.line, Some(7), "{d:?}");
        assert!(d.help.as_deref().unwrap().contains("`email: …`"), "{d:?}");
    }

    #[test]
    fn a_tab_is_reported_on_its_own_line() {
        let src = GOOD.replace("  email: a@b.nl", "\temail: a@b.nl");
        let d = &errors(&src).diagnostics[0];
        assert_eq!((d.line, d.column), (Some(7), Some(1)), "{d:?}");
        assert!(d.message.contains("tab"));
        assert_ne!(d.field.as_deref(), Some("controller.name"));
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let src = GOOD.replace("version: '1'", "version: \"1.0");
        let d = &errors(&src).diagnostics[0];
        assert_eq!((d.line, d.column), (Some(3), Some(10)), "{d:?}");
        assert!(d.message.contains("not closed"), "{d:?}");
    }

    #[test]
    fn a_duplicate_key_is_reported_and_the_rest_still_read() {
        let src = GOOD.replace(
            "  email: a@b.nl",
            "  email: a@b.nl\n  email: c@d.nl\n  emial: x",
        );
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), 2, "{:#?}", p.diagnostics);
        assert!(p.diagnostics[0].message.contains("duplicate"));
        assert_eq!(p.diagnostics[1].field.as_deref(), Some("controller.emial"));
    }

    #[test]
    fn blanking_keeps_lines_and_columns() {
        let mut t = "a:\n  b: 1\n  c:\n    - x\n    - y\n  d: 2\ne:\n- 1\n- 2\nf: 3\n".to_string();
        assert_eq!(blank(&mut t, "a.c").as_deref(), Some("a.c"));
        assert_eq!(
            t,
            "a:\n  b: 1\n    \n       \n       \n  d: 2\ne:\n- 1\n- 2\nf: 3\n"
        );
        // An indentless list under its key goes with it.
        assert_eq!(blank(&mut t, "e").as_deref(), Some("e"));
        assert_eq!(
            t,
            "a:\n  b: 1\n    \n       \n       \n  d: 2\n  \n   \n   \nf: 3\n"
        );
        let mut t = "l:\n  - k: 1\n    m: 2\n  - k: 3\n".to_string();
        assert_eq!(blank(&mut t, "l[0].k").as_deref(), Some("l[0].k"));
        assert_eq!(t, "l:\n  -     \n    m: 2\n  - k: 3\n");
        assert_eq!(blank(&mut t, "l[1]").as_deref(), Some("l[1]"));
        assert_eq!(t, "l:\n  -     \n    m: 2\n        \n");
    }

    #[test]
    fn suggestions_are_near_misses_only() {
        let keys: Vec<String> = ["retention", "recipients", "rights", "name"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(nearest("retension", &keys), Some("retention"));
        assert_eq!(nearest("retnetion", &keys), Some("retention"));
        assert_eq!(nearest("Rights", &keys), Some("rights"));
        assert_eq!(nearest("nmae", &keys), Some("name"));
        assert_eq!(nearest("colour", &keys), None);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn the_loop_ends_on_any_number_of_errors() {
        let mut src = GOOD.to_string();
        for i in 0..200 {
            src.push_str(&format!("unknown{i}: 1\n"));
        }
        let p = errors(&src);
        assert_eq!(p.diagnostics.len(), MAX_ROUNDS);
    }
}
