//! Defences against hostile or broken profiles. Profiles come from many hands and CI runs
//! privgen unattended, so every limit here is explicit, checked before the work it bounds,
//! and reported as a [`Diagnostic`] with file, line, column and field — never a panic, an
//! endless loop or unbounded memory. `docs/limits.md` lists each limit and why it is set
//! where it is; keep the two in step.
//!
//! The order of defences for one profile:
//! 1. [`read_bounded`]: a regular file, at most [`MAX_PROFILE_BYTES`], read through a
//!    `take` so a file that grows while it is read cannot exceed the limit either;
//! 2. [`decode`]: UTF-8 only (UTF-16/32 and binary files are named as such);
//! 3. [`prescan`]: no control characters in the text, and not empty;
//! 4. the YAML parser with [`yaml_options`]: a [`serde_saphyr::Budget`] on depth, nodes,
//!    events, anchors, aliases, alias replay, merge keys and scalar bytes, one document;
//! 5. [`scan_strings`]: no control characters in any parsed string (escapes such as `"\e"`
//!    or `"\u202E"` produce them after parsing) and no blank required texts.

use crate::diagnostics::Diagnostic;
use crate::load::line_col;
use serde_saphyr::budget::BudgetBreach;
use std::io::Read;
use std::path::Path;

/// Largest profile read (a real profile is 5–20 KB).
pub const MAX_PROFILE_BYTES: u64 = 1024 * 1024;
/// Largest `privgen.toml` read.
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024;
/// Most profiles in one `content/` folder.
pub const MAX_PROFILES: usize = 10_000;
/// Deepest nesting of mappings and sequences (a real profile nests at most 7 deep).
pub const MAX_DEPTH: usize = 16;
/// Most YAML nodes (mappings, sequences, scalars) in one profile, aliases expanded.
pub const MAX_NODES: usize = 100_000;
/// Most parser events in one profile.
pub const MAX_EVENTS: usize = 250_000;
/// Most anchors (`&name`) and most aliases (`*name`) in one profile.
pub const MAX_ANCHORS: usize = 1_000;
pub const MAX_ALIASES: usize = 1_000;
/// Most events replayed by aliases in total, and per anchor (the "billion laughs" bound).
pub const MAX_REPLAYED_EVENTS: usize = 10_000;
pub const MAX_EXPANSIONS_PER_ANCHOR: usize = 100;
/// Deepest alias-inside-alias replay.
pub const MAX_REPLAY_DEPTH: usize = 8;
/// Most bytes of scalar text, aliases expanded (4 × the file limit).
pub const MAX_SCALAR_BYTES: usize = 4 * 1024 * 1024;
/// Most merge keys (`<<: *base`).
pub const MAX_MERGE_KEYS: usize = 100;
/// Largest `.ftl` wording file read (the largest shipped one is 34 KB).
pub const MAX_FTL_BYTES: u64 = 1024 * 1024;
/// Most `.ftl` files in one `locales/<lang>/` folder (the shipped ones have 4).
pub const MAX_FTL_FILES: usize = 100;
/// Deepest nesting of Fluent placeables (`{ … { … } … }`, selects inside placeables); the
/// shipped wording nests 2 deep. The Fluent parser and resolver recurse once per level.
pub const MAX_FTL_NESTING: usize = 10;
/// Deepest nesting of Markdown lists and block quotes in a profile text (`- - - x`,
/// `> > > x`). Real texts nest at most 2 lists deep; the HTML sanitiser's cost grows with
/// the square of the nesting, so 50,000 levels (100 KB) took 38 s to build.
pub const MAX_MARKDOWN_NESTING: usize = 16;
/// Largest theme template, and largest theme static file (fonts, images).
pub const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
pub const MAX_STATIC_BYTES: u64 = 16 * 1024 * 1024;
/// Most files in a theme, and its deepest folder.
pub const MAX_THEME_FILES: usize = 2_000;
pub const MAX_THEME_DEPTH: usize = 16;

/// YAML options for profiles: strict booleans (`yes` is not `true`), duplicate keys
/// refused (the serde-saphyr default), unknown tags refused, and the budget above.
pub fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_reader_input_bytes = Some(MAX_PROFILE_BYTES as usize);
    budget.flow_nesting_limit = MAX_DEPTH;
    budget.max_depth = MAX_DEPTH;
    budget.max_events = MAX_EVENTS;
    budget.max_nodes = MAX_NODES;
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ANCHORS;
    budget.max_recorded_anchor_events = MAX_REPLAYED_EVENTS;
    budget.max_recorded_anchor_bytes = MAX_PROFILE_BYTES as usize;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = MAX_SCALAR_BYTES;
    budget.max_merge_keys = MAX_MERGE_KEYS;
    let mut aliases = serde_saphyr::options::AliasLimits::default();
    aliases.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    aliases.max_replay_stack_depth = MAX_REPLAY_DEPTH;
    aliases.max_alias_expansions_per_anchor = MAX_EXPANSIONS_PER_ANCHOR;
    let mut o = serde_saphyr::Options::default();
    o.strict_booleans = true;
    o.reject_unsupported_tags = true;
    o.budget = Some(budget);
    o.alias_limits = aliases;
    o
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("is {size} bytes; the limit is {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("is not a regular file")]
    NotAFile,
    #[error("cannot be read: {0}")]
    Io(#[from] std::io::Error),
}

/// Reads at most `limit` bytes of a regular file; a larger (or growing) file is refused
/// without reading more than `limit + 1` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path)?;
    // The file opened must be the regular file that was checked (not a FIFO or a device
    // swapped in between the two calls).
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(ReadError::NotAFile);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The profile's text, for diagnostic snippets: `None` when it is too large or not UTF-8.
/// Forbidden characters become U+FFFD, so a snippet cannot send a terminal escape to the
/// reader's terminal or CI log (columns stay the same: one character for one).
/// The entries directly inside `dir`, by file name (unreadable ones left out): how every
/// site folder (locales/, a language's files, law/) is listed, in a deterministic order.
pub fn entries(dir: &Path) -> impl Iterator<Item = walkdir::DirEntry> {
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
}

pub fn snippet_source(path: &Path) -> Option<String> {
    let text = String::from_utf8(read_bounded(path, MAX_PROFILE_BYTES).ok()?).ok()?;
    Some(snippet_text(&normalize_cr(text)))
}

/// `text` with forbidden characters replaced by U+FFFD (see [`snippet_source`]).
pub fn snippet_text(text: &str) -> String {
    if find_forbidden(text).is_none() {
        return text.to_string();
    }
    text.chars()
        .map(|c| if forbidden_char(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// `s` with forbidden and invisible characters written as escapes (`\u{1b}`, `\u{200b}`),
/// for messages that quote the profile (an unknown key, a bad id): `contr\u{200b}oller` shows
/// why the key is not `controller`.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if forbidden_char(c) || invisible_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Bytes to text: UTF-8 only. A UTF-8 byte-order mark is dropped, and classic Mac line
/// ends (a CR alone, a YAML line break) become line feeds, so lines, columns and snippets
/// agree with the parser's.
pub fn decode(bytes: Vec<u8>) -> Result<String, Diagnostic> {
    decode_named(bytes, "profile")
}

/// [`decode`], with `what` ("profile", "file") naming the file in the messages.
pub fn decode_named(bytes: Vec<u8>, what: &str) -> Result<String, Diagnostic> {
    decode_text(bytes, what).map(normalize_cr)
}

/// `text` with each CR that is not followed by LF turned into LF (CRLF is kept).
pub fn normalize_cr(text: String) -> String {
    let b = text.as_bytes();
    let lone = |i: usize| b.get(i + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', b).any(lone) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

fn decode_text(bytes: Vec<u8>, what: &str) -> Result<String, Diagnostic> {
    let enc = |msg: &str| {
        Diagnostic::error("load/encoding", msg.to_string())
            .at(1, 1)
            .help("save the file as UTF-8 text (without a byte-order mark)")
    };
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(enc(&format!("{what} is UTF-32 text; privgen reads UTF-8")));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(enc(&format!("{what} is UTF-16 text; privgen reads UTF-8")));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (l, c) = line_col(&String::from_utf8_lossy(&bytes[..at]), usize::MAX);
        return Err(Diagnostic::error(
            "load/binary",
            format!("{what} contains a NUL byte: this is a binary file, not text"),
        )
        .at(l, c)
        .help("a profile is a text file; check that the right file is in content/"));
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (l, c) = line_col(&String::from_utf8_lossy(valid), usize::MAX);
        Diagnostic::error(
            "load/encoding",
            format!(
                "{what} is not valid UTF-8 text (byte 0x{:02X} at offset {})",
                e.as_bytes()[valid.len()],
                valid.len()
            ),
        )
        .at(l, c)
        .help("save the file as UTF-8 (Latin-1 and Windows-1252 files must be converted)")
    })
}

/// A character no profile text may hold: control characters (C0 but tab, line feed and
/// carriage return; DEL; C1) and the bidirectional embedding, override and isolate
/// controls, which can make published text read differently from the profile
/// ("Trojan Source"). Marks such as U+200F RIGHT-TO-LEFT MARK stay allowed.
pub fn forbidden_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// A character that prints as nothing and is not white space: zero-width spaces and
/// joiners, the word joiner and invisible operators, the byte-order mark, soft hyphen,
/// combining grapheme joiner, Hangul and Braille fillers, Khmer inherent vowels, the
/// Mongolian vowel separator, variation selectors, tag characters and direction marks.
pub fn invisible_char(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `text` nests Markdown lists and block quotes (`- - x` is 2, `> - x` is 2) more
/// than [`MAX_MARKDOWN_NESTING`] deep, as CommonMark parses it. Linear in the text: a cheap
/// over-estimate from the line starts (markers and indentation) answers for almost every
/// text, and the parser counts only when that estimate is over the limit.
pub fn markdown_too_deep(text: &str) -> bool {
    nesting_estimate(text) > MAX_MARKDOWN_NESTING && markdown_nesting(text) > MAX_MARKDOWN_NESTING
}

/// How deep `text` nests Markdown lists and block quotes, as CommonMark parses it.
pub fn markdown_nesting(text: &str) -> usize {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let (mut depth, mut max) = (0usize, 0usize);
    for e in Parser::new(text) {
        match e {
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                max = max.max(depth);
            }
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_)) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// An upper bound of [`markdown_nesting`]: per line, the container markers at its start
/// (`>`, `-`, `*`, `+`, `1.`, `1)`) plus half its indentation (a nested list item is
/// indented by at least two columns per level; a tab counts as four).
fn nesting_estimate(text: &str) -> usize {
    let mut max = 0;
    for line in text.split(['\n', '\r']) {
        let b = line.as_bytes();
        let (mut i, mut markers, mut spaces) = (0, 0, 0);
        loop {
            match b.get(i) {
                Some(b' ') => spaces += 1,
                Some(b'\t') => spaces += 4,
                Some(b'>') => markers += 1,
                Some(b'-' | b'*' | b'+') if matches!(b.get(i + 1), None | Some(b' ' | b'\t')) => {
                    markers += 1
                }
                Some(b'0'..=b'9') => {
                    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
                    if digits <= 9
                        && matches!(b.get(i + digits), Some(b'.' | b')'))
                        && matches!(b.get(i + digits + 1), None | Some(b' ' | b'\t'))
                    {
                        markers += 1;
                        i += digits;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
            i += 1;
        }
        max = max.max(markers + spaces / 2);
    }
    max
}

/// Text that would print as nothing: only white space and [`invisible_char`]s (`" "`,
/// `"\u{200B}"`, a name of Hangul fillers).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || invisible_char(c))
}

/// The first forbidden character of `s` and its byte offset. Reads bytes: only control
/// bytes and the lead bytes of the forbidden non-ASCII characters (`C2` for C1 controls,
/// `E2` for bidi controls, `EF` for non-characters) are decoded.
pub fn find_forbidden(s: &str) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let suspect = |i: usize, c: u8| match c {
        b'\t' | b'\n' | b'\r' => false,
        0x00..=0x1f | 0x7f | 0xe2 | 0xef => true,
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        _ => false,
    };
    // Whole chunks are passed over by a test without branches (which the compiler
    // vectorizes); only a chunk with a suspect byte is read byte by byte.
    const CHUNK: usize = 32;
    for (n, chunk) in b.chunks(CHUNK).enumerate() {
        let maybe = chunk.iter().fold(false, |acc, &c| {
            acc | ((c < 0x20) & (c != b'\t') & (c != b'\n') & (c != b'\r'))
                | (c == 0x7f)
                | (c == 0xc2)
                | (c == 0xe2)
                | (c == 0xef)
        });
        if !maybe {
            continue;
        }
        for (j, &c) in chunk.iter().enumerate() {
            let i = n * CHUNK + j;
            if suspect(i, c) {
                let ch = s[i..].chars().next()?;
                if forbidden_char(ch) {
                    return Some((i, ch));
                }
            }
        }
    }
    None
}

fn char_name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Text-level checks before parsing: no forbidden characters, and some content.
pub fn prescan(source: &str) -> Result<(), Diagnostic> {
    if let Some((at, c)) = find_forbidden(source) {
        let (l, col) = line_col(source, at);
        return Err(Diagnostic::error(
            "load/control-character",
            format!(
                "the control character {} is not allowed in a profile",
                char_name(c)
            ),
        )
        .at(l, col)
        .help("delete it; if the file is not meant to be text, remove it from content/"));
    }
    let empty = source.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    });
    if empty {
        return Err(Diagnostic::error("load/empty", "profile is empty")
            .at(1, 1)
            .help("a profile starts with e.g. `jurisdiction: NL`; see docs/profile.md"));
    }
    Ok(())
}

/// A message and help text for serde-saphyr errors that would otherwise read as internals
/// (budget breaches, alias limits, multiple documents). `None`: the error's own text is clear.
pub fn explain(err: &serde_saphyr::Error) -> Option<(String, &'static str)> {
    use serde_saphyr::Error as E;
    let mut e = err;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = e {
        e = error;
    }
    const ALIAS_HELP: &str =
        "write values out instead of expanding anchors (`&name`) and aliases (`*name`) many times";
    Some(match e {
        E::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. } => (
                format!("the profile nests deeper than {MAX_DEPTH} levels"),
                "a profile nests at most 7 levels deep; check the indentation and brackets",
            ),
            BudgetBreach::Documents { .. } => (
                "the file holds more than one YAML document (`---`)".into(),
                "put each profile in a file of its own",
            ),
            BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => (
                format!("the profile holds more than {MAX_NODES} values"),
                "a real profile holds a few thousand; split or shorten it",
            ),
            BudgetBreach::ScalarBytes { .. } => (
                format!(
                    "the profile's text, with aliases expanded, exceeds {} MiB",
                    MAX_SCALAR_BYTES / (1024 * 1024)
                ),
                ALIAS_HELP,
            ),
            BudgetBreach::Aliases { .. } => (
                format!("the profile uses more than {MAX_ALIASES} aliases (`*name`)"),
                ALIAS_HELP,
            ),
            BudgetBreach::Anchors { .. } => (
                format!("the profile defines more than {MAX_ANCHORS} anchors (`&name`)"),
                ALIAS_HELP,
            ),
            BudgetBreach::MergeKeys { .. } => (
                format!("the profile uses more than {MAX_MERGE_KEYS} merge keys (`<<`)"),
                ALIAS_HELP,
            ),
            other => (
                format!("the profile exceeds a size limit ({other:?})"),
                ALIAS_HELP,
            ),
        },
        E::AliasReplayLimitExceeded { .. } | E::AliasReplayCounterOverflow { .. } => (
            format!("aliases expand to more than {MAX_REPLAYED_EVENTS} values"),
            ALIAS_HELP,
        ),
        E::AliasExpansionLimitExceeded { .. } => (
            format!("an anchor is expanded more than {MAX_EXPANSIONS_PER_ANCHOR} times"),
            ALIAS_HELP,
        ),
        E::AliasReplayStackDepthExceeded { .. } => (
            format!("aliases nest deeper than {MAX_REPLAY_DEPTH} levels"),
            ALIAS_HELP,
        ),
        _ if e.to_string().contains("recursion limit exceeded") => (
            format!("the profile nests deeper than {MAX_DEPTH} levels"),
            "a profile nests at most 7 levels deep; check the indentation and brackets",
        ),
        E::MultipleDocuments { .. } => (
            "the file holds more than one YAML document (`---`)".into(),
            "put each profile in a file of its own",
        ),
        _ => return None,
    })
}

/// A help text for common YAML mistakes, from serde-saphyr's message.
pub fn help_for(message: &str) -> Option<&'static str> {
    let m = message.to_ascii_lowercase();
    if m.contains("tab") {
        Some("indent with spaces, not tabs")
    } else if m.contains("duplicate mapping key") {
        Some("delete or merge the second entry")
    } else if m.contains("unexpected end of input") || m.contains("unexpected end") {
        Some("the file ends inside a value: check for an unclosed quote or bracket")
    } else if m.contains("expected mapping") {
        Some("write `key: value` lines here (see docs/profile.md)")
    } else if m.contains("invalid boolean") {
        Some("write `true` or `false`")
    } else {
        None
    }
}

/// Checks every string of a parsed profile: no forbidden characters (escapes such as
/// `"\e"` or `"\u202E"` produce them only when parsed) and no blank texts. Each finding
/// names the field and, through ``locate`, its line and column.
pub fn scan_strings(
    v: &serde_json::Value,
    locate: &dyn Fn(&str) -> Option<(usize, usize)>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    walk(v, &mut String::new(), &mut |path, s| {
        let problem = if let Some((_, c)) = find_forbidden(s) {
            Some((
                "load/control-character",
                format!(
                    "the text holds the control character {}, which is not allowed",
                    char_name(c)
                ),
                "remove the escape sequence (e.g. `\\e`, `\\x1b`, `\\u202E`) from the text",
            ))
        } else if markdown_too_deep(s) {
            Some((
                "load/markdown-nesting",
                format!(
                    "the text nests Markdown lists or quotes more than {MAX_MARKDOWN_NESTING} levels deep"
                ),
                "a text nests lists at most two or three levels; a line that starts with `- ` or `> ` \
                 begins a list item or a quote (write `\\-` for a plain dash)",
            ))
        } else if is_blank(s) {
            Some((
                "load/blank",
                if s.trim().is_empty() {
                    "the text is empty".to_string()
                } else {
                    format!(
                        "the text `{}` holds only invisible characters: it would print as nothing",
                        printable(s)
                    )
                },
                "write the value, or leave the key out when it is optional",
            ))
        } else {
            None
        };
        if let Some((code, msg, help)) = problem {
            let mut d = Diagnostic::error(code, msg).field(path).help(help);
            if let Some((l, c)) = locate(path) {
                d = d.at(l, c);
            }
            out.push(d);
        }
    });
    out
}

fn walk(v: &serde_json::Value, path: &mut String, f: &mut dyn FnMut(&str, &str)) {
    use serde_json::Value;
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                use std::fmt::Write;
                let _ = write!(path, "[{i}]");
                walk(item, path, f);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                walk(item, path, f);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_names_the_encoding() {
        assert!(decode(b"\xEF\xBB\xBFa: 1".to_vec()).unwrap() == "a: 1");
        let d = decode(b"\xFF\xFEa\0:\0".to_vec()).unwrap_err();
        assert!(d.message.contains("UTF-16"), "{}", d.message);
        let d = decode(b"a: 1\nb: \xE9t\xE9\n".to_vec()).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(4)));
        let d = decode(b"a: 1\n\x7fELF\0\0".to_vec()).unwrap_err();
        assert_eq!(d.code, "load/binary");
    }

    #[test]
    fn the_byte_scan_finds_a_forbidden_character_anywhere_in_a_long_text() {
        for at in 0..100 {
            for bad in ['\u{1b}', '\u{85}', '\u{202E}', '\u{FFFF}', '\u{7f}'] {
                let s = format!("{}{bad}€ – x\n", "aé\t".repeat(at));
                assert_eq!(find_forbidden(&s), Some((at * 4, bad)), "{at} {bad:?}");
            }
        }
        assert_eq!(find_forbidden(&"€ – § \u{A0}\n".repeat(50)), None);
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scan_finds_what_a_char_scan_finds(s in "(\\PC|\\p{Cc}|[\u{202A}-\u{202E}\u{2066}-\u{2069}\u{FFFE}\u{FFFF}\u{85}\u{9F}\u{A0}\u{2028}]){0,200}") {
            let by_char = s.char_indices().find(|&(_, c)| forbidden_char(c));
            proptest::prop_assert_eq!(find_forbidden(&s), by_char);
        }
    }

    #[test]
    fn markdown_nesting_is_counted_in_linear_time() {
        assert_eq!(markdown_nesting("plain - text > here"), 0);
        assert_eq!(markdown_nesting("- a\n  - b\n    1. c"), 3);
        let over = |unit: &str, n: usize| markdown_nesting(&format!("{}x", unit.repeat(n)));
        assert_eq!(over("- ", 16), 16);
        assert_eq!(over("- ", 17), 17);
        assert_eq!(over("> ", 17), 17);
        assert_eq!(over("> - 1. ", 6), 18);
        // Indentation: an estimate over the limit is checked by the parser.
        assert_eq!(markdown_nesting(&format!("{}text", " ".repeat(60))), 0);
        let deep: String = (0..20)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert_eq!(markdown_nesting(&deep), 20);
        let list = |n: usize| format!("{}x", "- ".repeat(n));
        assert!(!markdown_too_deep(&list(16)) && markdown_too_deep(&list(17)));
        // Dashes alone are a thematic break, not lists.
        assert!(!markdown_too_deep(&"- ".repeat(40)));
        assert!(!markdown_too_deep(&format!("{}text", " ".repeat(60))));
        for text in [&deep, "- a\n  - b", "Tel. 053 - 487 - 2000 > 3 * 4"] {
            assert!(nesting_estimate(text) >= markdown_nesting(text), "{text:?}");
        }
        let started = std::time::Instant::now();
        for unit in ["- ", "> ", "* ", "1. ", "> - "] {
            assert!(markdown_too_deep(&format!("{}x", unit.repeat(50_000))));
        }
        // Linear: 5 × 100-200 KB in well under a second even unoptimised.
        assert!(
            started.elapsed().as_secs_f64() < 5.0,
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn invisible_texts_are_blank() {
        for s in [
            "",
            " ",
            "\u{200B}",
            "\u{3164}\u{3164}",
            " \u{FEFF}\u{2060}\u{00A0}",
            "\u{FFA0}\u{115F}",
            "\u{2800}",
        ] {
            assert!(is_blank(s), "{s:?}");
        }
        for s in ["x", "\u{200B}x", "é", "👍\u{FE0F}", "\u{0627}"] {
            assert!(!is_blank(s), "{s:?}");
        }
        assert_eq!(printable("contr\u{200B}oller"), "contr\\u{200b}oller");
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds_and_crlf_stays() {
        assert_eq!(normalize_cr("a: 1\rb: 2\r".into()), "a: 1\nb: 2\n");
        assert_eq!(normalize_cr("a: 1\r\nb: 2\r\n".into()), "a: 1\r\nb: 2\r\n");
        assert_eq!(normalize_cr("a\r\r\nb\r".into()), "a\n\r\nb\n");
        assert!(prescan(&decode(b"# c\rid: x\r".to_vec()).unwrap()).is_ok());
    }

    #[test]
    fn only_regular_files_are_read_and_never_past_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.ftl");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        assert!(matches!(read_bounded(&fifo, 10), Err(ReadError::NotAFile)));
        let zero = dir.path().join("z.ftl");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(matches!(read_bounded(&zero, 10), Err(ReadError::NotAFile)));
        let big = dir.path().join("b.ftl");
        std::fs::write(&big, [b'a'; 11]).unwrap();
        assert!(matches!(
            read_bounded(&big, 10),
            Err(ReadError::TooLarge { .. })
        ));
        assert_eq!(read_bounded(&big, 11).unwrap().len(), 11);
    }

    #[test]
    fn prescan_finds_controls_and_empty_files() {
        assert_eq!(prescan("a: 1\nb: \u{1b}[31m").unwrap_err().line, Some(2));
        assert_eq!(
            prescan("a: \"x\u{202E}y\"").unwrap_err().code,
            "load/control-character"
        );
        assert_eq!(
            prescan("# nothing\n---\n\n").unwrap_err().code,
            "load/empty"
        );
        assert!(prescan("a: \"\u{200F}x\"\t# rtl mark is fine\n").is_ok());
    }
}
