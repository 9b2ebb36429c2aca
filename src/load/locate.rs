//! Maps a field path (`purposes[2].basis.national[0]`) back to a line and column in the
//! YAML source, so checks that run after parsing can still point at the exact key.
//!
//! Two indexes give the same answers: [`LineIndex`] reads the lines of a block-style
//! document (what profiles are) without a YAML parser and gives up on anything else;
//! [`PathIndex`] replays the parser's events and handles every document. [`Locator`]
//! uses the first and falls back on the second.

use granit_parser::{Event, Parser};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Field positions of one source, each index built the first time a position is asked.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    lines: OnceLock<Option<LineIndex>>,
    full: OnceLock<PathIndex>,
}

impl Locator {
    /// Line and column of `path` (or of its nearest ancestor) in `source`, which must be
    /// the same source on every call and a document the loader accepted (no syntax error,
    /// no key twice in a mapping).
    pub fn find(&self, source: &str, path: &str) -> Option<(usize, usize)> {
        match self.lines.get_or_init(|| LineIndex::new(source).ok()) {
            Some(lines) => lines.find(source, path),
            None => self.full.get_or_init(|| PathIndex::new(source)).find(path),
        }
    }
}

/// Positions (1-based line and column) of every node in a YAML document, by field path.
#[derive(Debug, Clone, Default)]
pub struct PathIndex {
    positions: BTreeMap<String, (usize, usize)>,
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, index: usize },
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

impl PathIndex {
    /// Indexes `source`; on a syntax error, what was read up to it is kept.
    pub fn new(source: &str) -> PathIndex {
        let mut positions = BTreeMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        // Depth limit mirrors the loader's: deeper documents are refused there anyway.
        for item in Parser::new_from_str(source).take(200_000) {
            let Ok((event, span)) = item else { break };
            let pos = (span.start.line(), span.start.col() + 1);
            // The path of the node this event starts, if it is a value.
            let node_path = |stack: &mut Vec<Frame>| -> Option<String> {
                match stack.last_mut() {
                    None => Some(String::new()),
                    Some(Frame::Map { path, key }) => key.take().map(|k| join(path, &k)),
                    Some(Frame::Seq { path, index }) => {
                        let p = format!("{path}[{index}]");
                        *index += 1;
                        Some(p)
                    }
                }
            };
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Map {
                        key: key @ None,
                        path,
                    }) = stack.last_mut()
                    {
                        // A key: remember where it is, so errors point at the key.
                        positions.entry(join(path, &value)).or_insert(pos);
                        *key = Some(value.to_string());
                    } else if let Some(p) = node_path(&mut stack) {
                        positions.entry(p).or_insert(pos);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let p = node_path(&mut stack).unwrap_or_default();
                    positions.entry(p.clone()).or_insert(pos);
                    stack.push(if is_map {
                        Frame::Map { path: p, key: None }
                    } else {
                        Frame::Seq { path: p, index: 0 }
                    });
                    if stack.len() > 256 {
                        break;
                    }
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                Event::Alias(..) => {
                    if let Some(p) = node_path(&mut stack) {
                        positions.entry(p).or_insert(pos);
                    }
                }
                _ => {}
            }
        }
        PathIndex { positions }
    }

    /// The field whose key or value starts last at or before `line`:`col` (1-based): where
    /// a syntax error that serde never saw a path for most likely is.
    pub fn field_at(&self, line: usize, col: usize) -> Option<&str> {
        self.positions
            .iter()
            .filter(|(p, pos)| !p.is_empty() && **pos <= (line, col))
            .max_by_key(|(_, pos)| **pos)
            .map(|(p, _)| p.as_str())
    }

    /// Line and column of exactly `path`.
    pub fn find_exact(&self, path: &str) -> Option<(usize, usize)> {
        self.positions.get(path).copied()
    }

    /// The field whose key (or value) comes first on `line`.
    pub fn first_on_line(&self, line: usize) -> Option<&str> {
        self.positions
            .iter()
            .filter(|(p, pos)| !p.is_empty() && pos.0 == line)
            .min_by_key(|(p, pos)| (pos.1, std::cmp::Reverse(p.len())))
            .map(|(p, _)| p.as_str())
    }

    /// Line and column of `path`, or of its nearest indexed ancestor.
    pub fn find(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path.to_string();
        loop {
            if let Some(pos) = self.positions.get(&p) {
                return Some(*pos);
            }
            let cut = p.rfind(['.', '['])?;
            p.truncate(cut);
        }
    }
}

/// The line scanner met YAML it does not follow (flow collections spanning lines, anchors,
/// tags, complex keys, tabs, …); [`PathIndex`] answers instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unsupported;

/// A mapping key or a sequence item, in document order.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// Number of path segments: 1 for a top-level key.
    depth: u32,
    /// Byte range of the key in the source; `None` for a sequence item.
    key: Option<(u32, u32)>,
    line: u32,
    col: u32,
}

/// Positions of every key and sequence item of a block-style YAML document, read from its
/// lines: a key's position is the key's, an item's is where its node starts (the first key
/// of a mapping), as [`PathIndex`] gives them.
#[derive(Debug, Clone)]
pub struct LineIndex {
    nodes: Vec<Node>,
    root: (usize, usize),
}

/// What may follow the last entry of a block on deeper lines.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Open {
    /// Nothing was given after `key:`: a nested block (or a scalar on the next line).
    Nested,
    /// A plain or block scalar: deeper lines continue its text.
    Text,
    /// Nothing may follow.
    Closed,
}

/// A block mapping or sequence being read.
struct Block {
    indent: usize,
    seq: bool,
    /// Depth of the entries of this block.
    depth: u32,
    open: Open,
}

/// How a value that starts on a line goes on.
enum Kind {
    Empty,
    Text,
    /// A block scalar (`|`, `>`): its text goes on on deeper lines.
    Block,
    Closed,
}

/// Whether `rest`, what follows a token on its line, is only spaces and a comment.
fn blank_or_comment(rest: &str) -> bool {
    let t = rest.trim_start_matches(' ');
    t.is_empty() || (t.starts_with('#') && t.len() < rest.len())
}

/// Byte length of the quoted scalar at the start of `v`, if it ends on this line.
fn quoted_len(v: &str) -> Option<usize> {
    let b = v.as_bytes();
    let q = b[0];
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' if q == b'"' => i += 2,
            c if c == q => {
                if q == b'\'' && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                } else {
                    return Some(i + 1);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// A key the path syntax cannot name, or that may hide a comment or flow syntax.
fn bad_key(key: &str) -> bool {
    key.is_empty()
        || key.contains(['\t', '.', '[', ']', '{', '}', ',', '"', '\''])
        || key.contains(" #")
}

/// Splits a `key: value` line into the key's byte length and the byte offset after the
/// colon; `Ok(None)` when the line is no mapping entry.
fn split_key(text: &str) -> Result<Option<(usize, usize)>, Unsupported> {
    let b = text.as_bytes();
    match b[0] {
        // A quoted key is not followed; a quoted scalar is no entry.
        b'"' | b'\'' => {
            let end = quoted_len(text).ok_or(Unsupported)?;
            return if text[end..].trim_start_matches(' ').starts_with(':') {
                Err(Unsupported)
            } else {
                Ok(None)
            };
        }
        // Indicators start a value (or something the value reader refuses), not a key.
        b'?' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`' | b'[' | b']' | b'{'
        | b'}' | b',' | b':' | b'\t' => return Ok(None),
        _ => {}
    }
    let mut from = 0;
    let colon = loop {
        let Some(i) = text[from..].find(':').map(|i| i + from) else {
            return Ok(None);
        };
        match b.get(i + 1) {
            None | Some(b' ') => break i,
            Some(b'\t') => return Err(Unsupported),
            _ => from = i + 1,
        }
    };
    let key = text[..colon].trim_end_matches(' ');
    if bad_key(key) {
        return Err(Unsupported);
    }
    Ok(Some((key.len(), colon + 1)))
}

fn is_dash(text: &str) -> bool {
    text.starts_with('-') && matches!(text.as_bytes().get(1), None | Some(b' ' | b'\t'))
}

/// One line being read: flow collections on it are indexed into `nodes`.
struct LineScan<'a> {
    line: &'a str,
    line_no: u32,
    /// Byte offset of the line in the source.
    offset: usize,
    nodes: &'a mut Vec<Node>,
}

impl LineScan<'_> {
    /// Column (1-based, in characters as the parser counts) of byte `at` of the line.
    fn col(&self, at: usize) -> u32 {
        let prefix = &self.line[..at];
        let n = if prefix.is_ascii() {
            prefix.len()
        } else {
            prefix.chars().count()
        };
        n as u32 + 1
    }

    fn push(&mut self, depth: u32, key: Option<(usize, usize)>, at: usize) {
        let col = self.col(at);
        self.nodes.push(Node {
            depth,
            key: key.map(|(s, l)| ((self.offset + s) as u32, l as u32)),
            line: self.line_no,
            col,
        });
    }

    /// Classifies the value at byte `at` (after `key:` or `- `, or alone on its line); the
    /// nodes of a flow collection are indexed at `depth`.
    fn value(&mut self, at: usize, depth: u32) -> Result<Kind, Unsupported> {
        let v = &self.line[at..];
        let t = v.trim_start_matches(' ');
        let at = at + (v.len() - t.len());
        let Some(&first) = t.as_bytes().first() else {
            return Ok(Kind::Empty);
        };
        let second = t.as_bytes().get(1).copied();
        let closed = |end: usize| {
            if blank_or_comment(&self.line[end..]) {
                Ok(Kind::Closed)
            } else {
                Err(Unsupported)
            }
        };
        match first {
            b'#' => Ok(Kind::Empty),
            b'|' | b'>' => {
                let rest =
                    t[1..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
                if blank_or_comment(rest) {
                    Ok(Kind::Block)
                } else {
                    Err(Unsupported)
                }
            }
            b'"' | b'\'' => closed(at + quoted_len(t).ok_or(Unsupported)?),
            b'[' | b'{' => {
                let end = self.flow(at, depth)?;
                closed(end)
            }
            b'-' | b'?' | b':' if matches!(second, None | Some(b' ' | b'\t')) => Err(Unsupported),
            b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'\t' | b']' | b'}' | b',' => {
                Err(Unsupported)
            }
            _ => Ok(Kind::Text),
        }
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        let b = self.line.as_bytes();
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    }

    /// Indexes the flow collection that starts at byte `at` and must close on this line;
    /// its entries are at `depth`. Returns the byte offset after it.
    fn flow(&mut self, at: usize, depth: u32) -> Result<usize, Unsupported> {
        let b = self.line.as_bytes();
        let map = b[at] == b'{';
        let close = if map { b'}' } else { b']' };
        let mut i = at + 1;
        loop {
            i = self.skip_spaces(i);
            match b.get(i) {
                None => return Err(Unsupported),
                Some(&c) if c == close => return Ok(i + 1),
                _ => {}
            }
            if map {
                let end = self.plain_end(i)?;
                let key = self.line[i..end].trim_end_matches(' ');
                if bad_key(key) || b.get(end) != Some(&b':') || b.get(end + 1) != Some(&b' ') {
                    return Err(Unsupported);
                }
                self.push(depth, Some((i, key.len())), i);
                i = self.skip_spaces(end + 1);
                i = self.flow_node(i, depth + 1)?;
            } else {
                self.push(depth, None, i);
                i = self.flow_node(i, depth + 1)?;
            }
            i = self.skip_spaces(i);
            match b.get(i) {
                Some(b',') => i += 1,
                Some(&c) if c == close => return Ok(i + 1),
                _ => return Err(Unsupported),
            }
        }
    }

    /// A node inside a flow collection at byte `at`; returns the byte offset after it.
    fn flow_node(&mut self, at: usize, depth: u32) -> Result<usize, Unsupported> {
        let b = self.line.as_bytes();
        match b.get(at) {
            Some(b'[' | b'{') => self.flow(at, depth),
            Some(b'"' | b'\'') => {
                let end = at + quoted_len(&self.line[at..]).ok_or(Unsupported)?;
                // A quoted key of a single-pair mapping: not followed.
                if b.get(self.skip_spaces(end)) == Some(&b':') {
                    return Err(Unsupported);
                }
                Ok(end)
            }
            Some(b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'#' | b'|' | b'>' | b'?') => {
                Err(Unsupported)
            }
            Some(b'-' | b':')
                if matches!(b.get(at + 1), None | Some(b' ' | b',' | b']' | b'}')) =>
            {
                Err(Unsupported)
            }
            None | Some(b',' | b']' | b'}') => Err(Unsupported),
            Some(_) => {
                let end = self.plain_end(at)?;
                if b.get(end) == Some(&b':') {
                    return Err(Unsupported);
                }
                Ok(end)
            }
        }
    }

    /// End of a plain scalar in a flow collection that starts at `at`: before `,`, `]`,
    /// `}` or a `:` that ends a key.
    fn plain_end(&self, at: usize) -> Result<usize, Unsupported> {
        let b = self.line.as_bytes();
        let mut i = at;
        while i < b.len() {
            match b[i] {
                b',' | b']' | b'}' => return Ok(i),
                b':' if matches!(
                    b.get(i + 1),
                    None | Some(b' ' | b',' | b']' | b'}' | b'[' | b'{')
                ) =>
                {
                    return Ok(i)
                }
                b'[' | b'{' | b'\t' => return Err(Unsupported),
                b'#' if b[i - 1] == b' ' => return Err(Unsupported),
                _ => i += 1,
            }
        }
        Err(Unsupported)
    }
}

impl LineIndex {
    /// Reads `source`, a document the YAML parser accepted; [`Unsupported`] when it uses
    /// anything but block mappings and sequences of plain keys, scalars and flow
    /// collections that close on their line.
    pub fn new(source: &str) -> Result<LineIndex, Unsupported> {
        if source.starts_with('\u{feff}') || source.contains(['\u{85}', '\u{2028}', '\u{2029}']) {
            return Err(Unsupported);
        }
        let base = source.as_ptr() as usize;
        let mut nodes = Vec::new();
        let mut blocks: Vec<Block> = Vec::new();
        let mut root = None;
        let cr = source.contains('\r');
        if source.len() >= u32::MAX as usize {
            return Err(Unsupported);
        }
        for (i, raw) in source.split('\n').enumerate() {
            let line = if cr {
                let line = raw.strip_suffix('\r').unwrap_or(raw);
                if line.contains('\r') {
                    return Err(Unsupported);
                }
                line
            } else {
                raw
            };
            let text = line.trim_start_matches(' ');
            let indent = line.len() - text.len();
            if text.is_empty() || text.starts_with('#') {
                continue;
            }
            if let Some(top) = blocks.last() {
                if top.open == Open::Text && indent > top.indent {
                    continue;
                }
            }
            if text.starts_with('\t')
                || (indent == 0 && (text.starts_with("...") || text.starts_with('%')))
            {
                return Err(Unsupported);
            }
            if indent == 0 && (text == "---" || text.starts_with("--- ")) {
                if root.is_some() || !blank_or_comment(&text[3..]) {
                    return Err(Unsupported);
                }
                continue;
            }
            let mut scan = LineScan {
                line,
                line_no: i as u32 + 1,
                offset: line.as_ptr() as usize - base,
                nodes: &mut nodes,
            };
            let dash = is_dash(text);
            while let Some(top) = blocks.last() {
                if top.indent > indent || (top.indent == indent && top.seq && !dash) {
                    blocks.pop();
                    if let Some(parent) = blocks.last_mut() {
                        parent.open = Open::Closed;
                    }
                } else {
                    break;
                }
            }
            match blocks.last_mut() {
                None => {
                    if root.is_some() {
                        return Err(Unsupported);
                    }
                    root = Some((scan.line_no as usize, indent + 1));
                    blocks.push(Block {
                        indent,
                        seq: dash,
                        depth: 1,
                        open: Open::Closed,
                    });
                }
                Some(top) if top.indent == indent => {
                    if dash && !top.seq {
                        // A sequence as the value of the last key, at the key's indentation.
                        if top.open != Open::Nested {
                            return Err(Unsupported);
                        }
                        top.open = Open::Closed;
                        let depth = top.depth + 1;
                        blocks.push(Block {
                            indent,
                            seq: true,
                            depth,
                            open: Open::Closed,
                        });
                    }
                }
                Some(top) => {
                    if top.open != Open::Nested {
                        return Err(Unsupported);
                    }
                    top.open = Open::Closed;
                    let depth = top.depth + 1;
                    if dash || split_key(text)?.is_some() {
                        blocks.push(Block {
                            indent,
                            seq: dash,
                            depth,
                            open: Open::Closed,
                        });
                    } else {
                        // The value is a node that starts on the line after its key.
                        top.open = match scan.value(indent, depth)? {
                            Kind::Text | Kind::Block => Open::Text,
                            _ => Open::Closed,
                        };
                        continue;
                    }
                }
            }
            // The entries on this line: an item, and the first key of a mapping in it.
            let mut at = indent;
            loop {
                let Some(top) = blocks.last_mut() else {
                    return Err(Unsupported);
                };
                let text = &line[at..];
                if top.seq {
                    let body = text[1..].trim_start_matches(' ');
                    let col = line.len() - body.len();
                    if body.is_empty() || body.starts_with(['#', '\t']) || is_dash(body) {
                        return Err(Unsupported);
                    }
                    scan.push(top.depth, None, col);
                    if split_key(body)?.is_some() {
                        let depth = top.depth + 1;
                        top.open = Open::Closed;
                        blocks.push(Block {
                            indent: col,
                            seq: false,
                            depth,
                            open: Open::Closed,
                        });
                        at = col;
                        continue;
                    }
                    top.open = match scan.value(col, top.depth + 1)? {
                        Kind::Text => Open::Text,
                        // The parser places such an item where its text starts.
                        Kind::Block => return Err(Unsupported),
                        _ => Open::Closed,
                    };
                } else {
                    let Some((len, after)) = split_key(text)? else {
                        return Err(Unsupported);
                    };
                    scan.push(top.depth, Some((at, len)), at);
                    top.open = match scan.value(at + after, top.depth + 1)? {
                        Kind::Empty => Open::Nested,
                        Kind::Text | Kind::Block => Open::Text,
                        Kind::Closed => Open::Closed,
                    };
                }
                break;
            }
        }
        let root = root.ok_or(Unsupported)?;
        Ok(LineIndex { nodes, root })
    }

    /// Line and column of `path`, or of its nearest ancestor, in `source` (the source the
    /// index was built from).
    pub fn find(&self, source: &str, path: &str) -> Option<(usize, usize)> {
        if path.is_empty() {
            return Some(self.root);
        }
        // A path that starts with a separator has the document itself as an ancestor.
        let mut best = path.starts_with(['.', '[']).then_some(self.root);
        let mut parent: Option<usize> = None;
        for seg in segments(path) {
            let depth = parent.map_or(1, |p| self.nodes[p].depth + 1);
            let mut count = 0;
            let mut found = None;
            for (j, n) in self
                .nodes
                .iter()
                .enumerate()
                .skip(parent.map_or(0, |p| p + 1))
            {
                if n.depth < depth {
                    break;
                }
                if n.depth > depth {
                    continue;
                }
                let hit = match (seg, n.key) {
                    (Segment::Key(k), Some((s, l))) => {
                        source.get(s as usize..(s + l) as usize) == Some(k)
                    }
                    (Segment::Item(i), None) => {
                        count += 1;
                        count - 1 == i
                    }
                    _ => false,
                };
                if hit {
                    found = Some(j);
                    break;
                }
            }
            let Some(j) = found else { break };
            best = Some((self.nodes[j].line as usize, self.nodes[j].col as usize));
            parent = Some(j);
        }
        best
    }
}

#[derive(Debug, Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Item(usize),
}

/// The segments of a field path, up to the first that is not well formed.
fn segments(path: &str) -> impl Iterator<Item = Segment<'_>> {
    path.split('.').enumerate().flat_map(|(n, part)| {
        let (key, items) = part.split_at(part.find('[').unwrap_or(part.len()));
        // Only the path of a top-level sequence starts with an item; `a..b` names nothing.
        let key = match (key.is_empty(), n == 0 && !items.is_empty()) {
            (false, _) => Some(Segment::Key(key)),
            (true, true) => None,
            (true, false) => Some(Segment::Item(usize::MAX)),
        };
        let items = items.split_inclusive(']').map(|s| {
            s.strip_prefix('[')
                .and_then(|s| s.strip_suffix(']'))
                .and_then(|n| n.parse().ok())
                .map_or(Segment::Item(usize::MAX), Segment::Item)
        });
        key.into_iter().chain(items)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_items_and_ancestors() {
        let src = "a: 1\npurposes:\n  - id: care\n    basis:\n      national: [wgbo, xyz]\n  - id: billing\n";
        let idx = PathIndex::new(src);
        assert_eq!(idx.find("a"), Some((1, 1)));
        assert_eq!(idx.find("purposes[1].id"), Some((6, 5)));
        assert_eq!(idx.find("purposes[0].basis.national[1]"), Some((5, 24)));
        assert_eq!(idx.find("purposes[0].basis.missing"), Some((4, 5)));
        assert_eq!(idx.field_at(5, 30), Some("purposes[0].basis.national[1]"));
        assert_eq!(idx.field_at(1, 1), Some("a"));
    }

    /// Whether the loader's YAML reading accepts `src`: the parser reads it without an
    /// error and no mapping repeats a key (what the locator may assume).
    fn parses(src: &str) -> bool {
        Parser::new_from_str(src).all(|e| e.is_ok())
            && serde_saphyr::from_str::<serde_json::Value>(src).is_ok()
    }

    /// Every position the line index gives equals the parser's, for every indexed path and
    /// for paths below them that do not exist. Returns whether the line index was used.
    fn agree(src: &str) -> bool {
        let full = PathIndex::new(src);
        let Ok(lines) = LineIndex::new(src) else {
            return false;
        };
        for (n, (path, pos)) in full.positions.iter().enumerate() {
            assert_eq!(
                lines.find(src, path),
                Some(*pos),
                "path `{path}` in:\n{src}"
            );
            if n % 4 != 0 {
                continue;
            }
            for below in [".zz-none", "[999]", ".a.b", "..x", "[x]"] {
                let p = format!("{path}{below}");
                assert_eq!(lines.find(src, &p), full.find(&p), "path `{p}` in:\n{src}");
            }
        }
        assert_eq!(lines.find(src, "zz-none"), full.find("zz-none"));
        true
    }

    fn repo_yaml() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for dir in [
            "content",
            "tests/fixtures/check",
            "tests/fixtures/check/site/content",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "yaml") {
                    out.push((
                        p.display().to_string(),
                        std::fs::read_to_string(&p).unwrap(),
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn line_index_agrees_with_the_parser_on_every_profile_of_the_repository() {
        let all = repo_yaml();
        assert!(all.len() >= 8);
        for (name, src) in all {
            assert!(parses(&src), "{name}");
            assert!(agree(&src), "{name}: the line index gave up on a profile");
        }
    }

    #[test]
    fn line_index_agrees_with_the_parser_on_damaged_profiles() {
        // Lines dropped, doubled or shifted: whatever still parses must agree.
        let mut checked = 0;
        for (_, src) in repo_yaml().iter().take(5) {
            let lines: Vec<&str> = src.lines().collect();
            for (i, line) in lines.iter().enumerate().step_by(17) {
                let mut variants = vec![];
                let mut v = lines.clone();
                v.remove(i);
                variants.push(v);
                let mut v = lines.clone();
                v.insert(i, line);
                variants.push(v);
                let shifted = format!("  {line}");
                let mut v = lines.clone();
                v[i] = &shifted;
                variants.push(v);
                for v in variants {
                    let doc = v.join("\n");
                    if parses(&doc) && agree(&doc) {
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn the_locator_falls_back_on_the_parser_where_the_line_index_gives_up() {
        let plain = "a: 1\nb:\n  - x\n";
        let odd = "a: &x 1\nb:\n  - *x\n  - {k: [1,\n    2]}\n";
        assert!(LineIndex::new(plain).is_ok());
        assert!(LineIndex::new(odd).is_err());
        for src in [plain, odd] {
            let loc = Locator::default();
            let full = PathIndex::new(src);
            for path in ["a", "b", "b[0]", "b[1].k[1]", "b[5]", "zz"] {
                assert_eq!(loc.find(src, path), full.find(path), "{path} in {src}");
            }
        }
    }

    #[test]
    fn line_index_follows_block_styles_and_gives_up_on_the_rest() {
        let used = [
            "a: 1\nb:\n- x\n- 'y'\n-   \"z\" # c\nc: end\n",
            "# c\n---\nk:\n  - id: a\n    t: |\n      text: not a key\n\n      - nor an item\n    u: v\n  -  id: b\n     w: >-\n       folded\n",
            "a:\n  b: plain\n    continued no\n  c:\n    [1, 2]\n  d: {x: 1, y: [2, 3]} # c\nl: [a, 'b]', \"c]\"]\n",
            "- a\n- b: 1\n  c: 2\n- c\n",
            "a:\n  # c\n\n  b: 1\r\nc: 2\r\n",
            "url: https://x.nl/a:b\nkey with spaces: 1\n",
            "a: 'it''s'\nb: \"q\\\"\"\nc: -1\nd: x#y\n",
        ];
        for src in used {
            assert!(parses(src), "{src}");
            assert!(agree(src), "gave up on:\n{src}");
        }
        let refused = [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "? a\n: 1\n",
            "a: [1,\n  2]\n",
            "a: \"multi\n  line\"\n",
            "a:\n- - 1\n",
            "a.b: 1\n",
            "\"a\": 1\n",
            "a: 1\n\"\": no\n",
            "a:\n- |\n  text\n",
            "a: 1\n---\nb: 2\n",
            "a:\n  -\n    b: 1\n",
            "plain\n",
        ];
        for src in refused {
            if parses(src) {
                assert!(LineIndex::new(src).is_err(), "should give up on:\n{src}");
            }
        }
    }

    use proptest::prelude::*;

    /// A YAML tree written in one of several block styles.
    #[derive(Debug, Clone)]
    enum Tree {
        Scalar(&'static str),
        Map(Vec<(&'static str, Tree)>),
        Seq(Vec<Tree>),
    }

    fn tree() -> impl Strategy<Value = Tree> {
        let scalar = prop::sample::select(vec![
            "x",
            "two words",
            "'quoted: yes'",
            "\"dq # not a comment\"",
            "[a, b]",
            "{k: v}",
            "1.5",
            "x # comment",
            "|\n  block\n\n  - text\n",
            ">-\n  folded: text\n",
            "plain\n  continued",
            "é ü",
        ])
        .prop_map(Tree::Scalar);
        let key = prop::sample::select(vec!["id", "name", "basis", "nl", "a b", "x-y", "1"]);
        scalar.prop_recursive(4, 40, 5, move |inner| {
            prop_oneof![
                prop::collection::btree_map(key.clone(), inner.clone(), 1..5)
                    .prop_map(|m| Tree::Map(m.into_iter().collect())),
                prop::collection::vec(inner, 1..4).prop_map(Tree::Seq),
            ]
        })
    }

    /// Writes `t` as the value of a key or item at `indent`; `style` picks among the
    /// equivalent layouts (sequence under its key or indented, indentation widths, comments).
    fn write(t: &Tree, indent: usize, style: u32, out: &mut String) {
        let pad = " ".repeat(indent);
        let step = 2 + (style % 3) as usize;
        match t {
            Tree::Scalar(s) => {
                // Continuation lines of block and plain scalars go deeper than their key.
                let deeper = format!("\n{pad}  ");
                out.push(' ');
                out.push_str(&s.trim_end().replace('\n', &deeper));
                out.push('\n');
            }
            Tree::Map(entries) => {
                out.push('\n');
                for (k, v) in entries {
                    if style & 8 != 0 {
                        out.push_str(&format!("{pad}# note\n\n"));
                    }
                    out.push_str(&format!("{pad}{k}:"));
                    write(v, indent + step, style.rotate_left(3), out);
                }
            }
            Tree::Seq(items) => {
                out.push('\n');
                // A sequence may sit at its key's own indentation.
                let at = if style & 16 != 0 {
                    indent.saturating_sub(step)
                } else {
                    indent
                };
                let pad = " ".repeat(at);
                for item in items {
                    out.push_str(&format!("{pad}-"));
                    match item {
                        Tree::Map(entries) if style & 4 != 0 => {
                            // Compact: the first key on the dash's line.
                            let inner = at + 2;
                            for (n, (k, v)) in entries.iter().enumerate() {
                                if n == 0 {
                                    out.push_str(&format!(" {k}:"));
                                } else {
                                    out.push_str(&format!("{}{k}:", " ".repeat(inner)));
                                }
                                write(v, inner + step, style.rotate_left(5), out);
                            }
                        }
                        Tree::Scalar(_) => write(item, at + 2, style, out),
                        _ => {
                            // Block collections under a dash must start on the dash's line
                            // or the next; the line index refuses `-` alone, so use compact.
                            if let Tree::Map(entries) = item {
                                let inner = at + 2;
                                for (n, (k, v)) in entries.iter().enumerate() {
                                    let lead = if n == 0 {
                                        " ".to_string()
                                    } else {
                                        " ".repeat(inner)
                                    };
                                    out.push_str(&format!("{lead}{k}:"));
                                    write(v, inner + step, style.rotate_left(7), out);
                                }
                            } else {
                                out.push_str(" - nested\n");
                            }
                        }
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn line_index_agrees_with_the_parser_on_generated_documents(
            entries in prop::collection::btree_map("[a-z]{1,6}", tree(), 1..6),
            style in any::<u32>(),
        ) {
            let mut src = String::new();
            for (k, v) in &entries {
                src.push_str(&format!("{k}:"));
                write(v, 2, style, &mut src);
            }
            if parses(&src) {
                // Only block scalars and sequences as items make the line index give up.
                let refused = ["- |", "- >", "- - "].iter().any(|s| src.contains(s));
                prop_assert!(agree(&src) || refused, "gave up on:\n{}", src);
            }
        }
    }
}
