//! Reads the wording: `locales/<lang>/*.ftl`. Syntax errors become diagnostics with file,
//! line and column; message ids and the variables each message uses are collected so the
//! parity check can compare every locale with the reference (`nl`).

use super::line_col;
use super::text::Lang;
use crate::diagnostics::Diagnostic;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One `.ftl` file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    pub source: String,
}

/// What a message needs: its variables (`$name`) and attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageShape {
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    /// 1-based line of the message in its file.
    pub line: usize,
    pub file: PathBuf,
}

/// All wording of one language.
#[derive(Debug, Clone, Default)]
pub struct Locale {
    pub files: Vec<FtlFile>,
    /// Message (and `-term`) id → shape.
    pub messages: BTreeMap<String, MessageShape>,
}

#[derive(Debug, Clone, Default)]
pub struct Locales {
    pub by_lang: BTreeMap<Lang, Locale>,
}

/// Loads `locales/<code>/*.ftl` for every language that has a folder.
pub fn load(root: &Path) -> (Locales, Vec<Diagnostic>) {
    let mut out = Locales::default();
    let mut diags = Vec::new();
    for lang in Lang::ALL {
        let dir = root.join("locales").join(lang.code());
        if !dir.is_dir() {
            continue;
        }
        let mut locale = Locale::default();
        for entry in walkdir::WalkDir::new(&dir)
            .min_depth(1)
            .max_depth(1)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let p = entry.path();
            if p.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let shown = p.strip_prefix(root).unwrap_or(p).to_path_buf();
            let source = match std::fs::read_to_string(p) {
                Ok(s) => s,
                Err(e) => {
                    diags.push(
                        Diagnostic::error("i18n/io", format!("cannot read: {e}")).file(&shown),
                    );
                    continue;
                }
            };
            match fluent_syntax::parser::parse(source.as_str()) {
                Ok(res) => collect(&res, &source, &shown, &mut locale.messages, &mut diags),
                Err((res, errors)) => {
                    for e in errors {
                        let (l, c) = line_col(&source, e.pos.start);
                        diags.push(
                            Diagnostic::error(
                                "i18n/syntax",
                                format!("Fluent syntax error: {}", e.kind),
                            )
                            .file(&shown)
                            .at(l, c),
                        );
                    }
                    collect(&res, &source, &shown, &mut locale.messages, &mut diags);
                }
            }
            locale.files.push(FtlFile {
                path: shown,
                source,
            });
        }
        out.by_lang.insert(lang, locale);
    }
    (out, diags)
}

fn collect(
    res: &ast::Resource<&str>,
    source: &str,
    file: &Path,
    into: &mut BTreeMap<String, MessageShape>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut defs = Definitions {
        lines: source.lines().collect(),
        next: 0,
    };
    for entry in &res.body {
        let (id, value, attrs) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let line = defs.line_of(&id);
        let mut shape = MessageShape {
            file: file.to_path_buf(),
            line,
            ..Default::default()
        };
        if let Some(p) = value {
            vars_in_pattern(p, &mut shape.variables);
        }
        for a in attrs {
            shape.attributes.insert(a.id.name.to_string());
            vars_in_pattern(&a.value, &mut shape.variables);
        }
        // The first definition stands (as in the Fluent bundle); the second is reported.
        match into.entry(id) {
            std::collections::btree_map::Entry::Occupied(e) => diags.push(
                Diagnostic::error(
                    "i18n/duplicate",
                    format!("message `{}` is defined twice", e.key()),
                )
                .file(file)
                .at(line, 1),
            ),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(shape);
            }
        }
    }
}

/// Lines of message definitions. The entries of a parsed resource come in the order of the
/// file, so each search starts after the previous definition: one pass over the file, and
/// a message defined twice is reported at its second definition.
struct Definitions<'a> {
    lines: Vec<&'a str>,
    next: usize,
}

impl Definitions<'_> {
    fn line_of(&mut self, id: &str) -> usize {
        let defines = |l: &&str| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        };
        match self.lines[self.next..].iter().position(defines) {
            Some(i) => {
                self.next += i + 1;
                self.next
            }
            None => self.lines.iter().position(defines).map_or(1, |i| i + 1),
        }
    }
}

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expression(expression, out);
        }
    }
}

fn vars_in_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => vars_in_inline(i, out),
    }
}

fn vars_in_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expression(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_collected_from_selects_and_attributes() {
        let src =
            "a = { $n ->\n   [one] één { $x }\n  *[other] { $n } { $y }\n }\n    .title = { $z }\n";
        let res = fluent_syntax::parser::parse(src).unwrap();
        let mut m = BTreeMap::new();
        let mut d = Vec::new();
        collect(&res, src, Path::new("f.ftl"), &mut m, &mut d);
        let vars: Vec<_> = m["a"].variables.iter().cloned().collect();
        assert_eq!(vars, ["n", "x", "y", "z"]);
        assert!(m["a"].attributes.contains("title"));
    }

    #[test]
    fn definitions_are_found_on_their_lines_and_a_duplicate_at_its_second() {
        let src = "# a-b = not this one\na-b = one\n-term = x\na = { -term }\n\na-b = again\n";
        let res = fluent_syntax::parser::parse(src).unwrap_or_else(|(r, _)| r);
        let mut m = BTreeMap::new();
        let mut d = Vec::new();
        collect(&res, src, Path::new("f.ftl"), &mut m, &mut d);
        assert_eq!(m["-term"].line, 3);
        assert_eq!(m["a"].line, 4);
        assert_eq!(m["a-b"].line, 2);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].line, Some(6));
    }
}
