//! Maps a field path (`purposes[2].basis.national[0]`) back to a line and column in the
//! YAML source, so checks that run after parsing can still point at the exact key.
//!
//! Two indexes give the same answers: [`LineIndex`] reads the lines of a block-style
//! document (what profiles are) without a YAML parser and gives up on anything else;
//! [`PathIndex`] replays the parser's events and handles every document. [`Locator`]
//! uses the first and falls back on the second.

mod lines;
#[cfg(test)]
mod tests;

pub use lines::{LineIndex, Unsupported};

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
