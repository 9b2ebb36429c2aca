//! A site's own law data: `law/<code>.yaml` beside `content/`. Each file replaces the
//! built-in data of its jurisdiction (a legal team corrects a value without a Rust
//! toolchain) or adds a jurisdiction; `check` validates it as it validates a profile, and the
//! build reports which law data it used. Files are read through the same guards as a
//! profile (a regular file, at most [`guard::MAX_PROFILE_BYTES`], UTF-8).

use super::guard;
use crate::diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// Most law data files a site may carry.
pub const MAX_LAW_FILES: usize = 64;

/// The site's `law/*.yaml` files: (shown path, source), in name order, and what could not
/// be read.
pub fn read(root: &Path) -> (Vec<(String, String)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let dir = root.join("law");
    if !dir.is_dir() {
        return (files, diags);
    }
    for entry in guard::entries(&dir) {
        let p = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !(name.ends_with(".yaml") || name.ends_with(".yml")) {
            continue;
        }
        let shown = PathBuf::from("law").join(&name);
        if files.len() >= MAX_LAW_FILES {
            diags.push(
                Diagnostic::error(
                    "law/site",
                    format!("law/ holds more than {MAX_LAW_FILES} files; the rest are not read"),
                )
                .file(&shown),
            );
            break;
        }
        let source = guard::read_bounded(p, guard::MAX_PROFILE_BYTES)
            .map_err(|e| Diagnostic::error("law/site", format!("law data file {e}")))
            .and_then(|b| guard::decode_named(b, "law data file"));
        match source {
            Ok(s) => files.push((shown.to_string_lossy().replace('\\', "/"), s)),
            Err(d) => diags.push(d.file(&shown)),
        }
    }
    (files, diags)
}

/// The diagnostic for a site law file the law data refused.
pub fn refused(file: &str, message: &str) -> Diagnostic {
    let mut d = Diagnostic::error("law/site", format!("law data refused: {message}"))
        .file(PathBuf::from(file))
        .help("a site's law/<code>.yaml has the form of privgen's src/law/<code>.yaml (save `privgen law <CODE>` there and edit it); nothing is built until it loads");
    if let Some((l, c)) = line_col_in(message) {
        d = d.at(l, c);
    }
    d
}

/// "line 12 column 3" (as the YAML parser reports a position) in a message.
fn line_col_in(message: &str) -> Option<(usize, usize)> {
    let at = message.find("line ")?;
    let rest = &message[at + 5..];
    let line: usize = rest
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let col = rest
        .find("column ")
        .and_then(|i| {
            rest[i + 7..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(1);
    Some((line, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_read_from_the_parser_message() {
        assert_eq!(line_col_in("bad value at line 12 column 3"), Some((12, 3)));
        assert_eq!(line_col_in("no position"), None);
    }

    #[test]
    fn reads_yaml_files_only_and_refuses_oversized_ones() {
        let dir = tempfile::tempdir().unwrap();
        let law = dir.path().join("law");
        std::fs::create_dir(&law).unwrap();
        std::fs::write(law.join("be.yaml"), "jurisdiction: BE\n").unwrap();
        std::fs::write(law.join("README.md"), "notes").unwrap();
        std::fs::write(
            law.join("nl.yaml"),
            vec![b'a'; guard::MAX_PROFILE_BYTES as usize + 1],
        )
        .unwrap();
        let (files, diags) = read(dir.path());
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "law/be.yaml");
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].code, "law/site");
    }
}
