//! The messages of the resilient loader: parser words become what a profile author needs,
//! a missing key is placed where it belongs, a mistyped name gets "did you mean".

use super::*;

/// The plain message for a missing key, placed where the key belongs.
pub(super) fn missing(
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
    match crate::load::parse_profile("__privgen_probe: 0\n") {
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
pub(super) fn syntax(mut d: Diagnostic, source: &str, index: &PathIndex) -> Diagnostic {
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
        d.help = crate::load::guard::help_for(&d.message).map(str::to_string);
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
pub(super) fn value(mut d: Diagnostic) -> Diagnostic {
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
        d.help = crate::load::guard::help_for(&m).map(str::to_string);
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
