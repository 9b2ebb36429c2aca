//! [`LineIndex`]: field positions from the lines of a block-style document, without a YAML
//! parser.

/// The line scanner met YAML it does not follow (flow collections spanning lines, anchors,
/// tags, complex keys, tabs, …); [`super::PathIndex`] answers instead.
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
    // A comment ends the line: a ": " inside it ("- term  # note: more") makes no key.
    let text = match text.find(" #") {
        Some(c) => &text[..c],
        None => text,
    };
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
