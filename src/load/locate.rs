//! Maps a field path (`purposes[2].basis.national[0]`) back to a line and column in the
//! YAML source, so checks that run after parsing can still point at the exact key.

use granit_parser::{Event, Parser};
use std::collections::BTreeMap;

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
}
