//! Reads the wording: `locales/<lang>/*.ftl`. Syntax errors become diagnostics with file,
//! line and column; message ids and the variables each message uses are collected so the
//! parity check can compare every locale with the reference (`nl`).

use super::text::Lang;
use super::{guard, line_col};
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
    /// A file of this language was refused or has syntax errors (already reported): its
    /// messages are missing, so the parity check would only repeat that error many times.
    pub incomplete: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Locales {
    pub by_lang: BTreeMap<Lang, Locale>,
}

/// Loads `locales/<code>/*.ftl` for every language that has a folder. Each file is read
/// through the same guard as a profile (a regular file, at most
/// [`guard::MAX_FTL_BYTES`], UTF-8), must hold no control or bidirectional character and
/// nest placeables at most [`guard::MAX_FTL_NESTING`] deep; a file that fails is reported
/// and left out (never parsed), so no wording file can hang, exhaust memory or overflow the
/// stack of `check`, `build` or `serve`.
///
/// The languages are the folders of `locales/`: each is registered (see [`crate::lang`])
/// from its `language.toml`, which a built-in language may leave out (its embedded one is
/// used), before any profile is read.
pub fn load(root: &Path) -> (Locales, Vec<Diagnostic>) {
    let mut out = Locales::default();
    let (langs, mut diags) = languages(root);
    for lang in langs {
        let dir = root.join("locales").join(lang.code());
        let mut locale = Locale::default();
        let mut count = 0;
        for entry in guard::entries(&dir) {
            let p = entry.path();
            if p.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let shown = p.strip_prefix(root).unwrap_or(p).to_path_buf();
            count += 1;
            if count > guard::MAX_FTL_FILES {
                diags.push(
                    Diagnostic::error(
                        "i18n/too-many",
                        format!(
                            "locales/{lang}/ holds more than {} .ftl files; the rest are not read",
                            guard::MAX_FTL_FILES
                        ),
                    )
                    .file(&shown)
                    .help("keep the wording in a few files per language"),
                );
                locale.incomplete = true;
                break;
            }
            let source = match read_ftl(p) {
                Ok(s) => s,
                Err(d) => {
                    diags.push(d.file(&shown));
                    locale.incomplete = true;
                    continue;
                }
            };
            match fluent_syntax::parser::parse(source.as_str()) {
                Ok(res) => collect(&res, &source, &shown, &mut locale.messages, &mut diags),
                Err((res, errors)) => {
                    locale.incomplete = true;
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

/// The wording built into the binary (the `locales/` privgen was built with), for output
/// made outside a site and for `diff`'s fallback.
pub fn builtin() -> Locales {
    let mut out = Locales::default();
    for (path, bytes) in crate::assets::ASSETS {
        let Some(rest) = path.strip_prefix("locales/") else {
            continue;
        };
        let Some((code, file)) = rest.split_once('/') else {
            continue;
        };
        let (Some(lang), true, Ok(source)) = (
            Lang::parse(code),
            file.ends_with(".ftl"),
            std::str::from_utf8(bytes),
        ) else {
            continue;
        };
        out.by_lang.entry(lang).or_default().files.push(FtlFile {
            path: path.into(),
            source: source.to_string(),
        });
    }
    out
}

/// Most bytes of a `language.toml`.
const MAX_LANGUAGE_FILE_BYTES: u64 = 16 * 1024;

/// The language folders of `locales/`, registered, in code order.
fn languages(root: &Path) -> (Vec<Lang>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let dir = root.join("locales");
    let mut codes = Vec::new();
    for entry in guard::entries(&dir) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().is_dir() || name.starts_with('.') {
            continue;
        }
        if !crate::lang::valid_lang_code(&name) {
            diags.push(
                Diagnostic::warning(
                    "i18n/language",
                    format!(
                        "locales/{}/ is not a language folder (its name is not a language tag); it is not read",
                        guard::printable(&name)
                    ),
                )
                .help("name a language folder by its tag: `nl`, `nl-BE`, `fr-BE`"),
            );
            continue;
        }
        if codes.len() >= crate::lang::MAX_LANGS {
            diags.push(Diagnostic::error(
                "i18n/too-many",
                format!(
                    "locales/ holds more than {} language folders; the rest are not read",
                    crate::lang::MAX_LANGS
                ),
            ));
            break;
        }
        codes.push(name);
    }
    let mut files = Vec::new();
    for code in &codes {
        let path = dir.join(code).join("language.toml");
        let shown = PathBuf::from("locales").join(code).join("language.toml");
        if !path.exists() {
            if Lang::parse(code).is_none() {
                diags.push(
                    Diagnostic::error(
                        "i18n/language",
                        format!("locales/{code}/ has no language.toml; the language is not read"),
                    )
                    .file(&shown)
                    .help("write its name in itself, and the language it falls back to if it is a regional variant:\n  name = \"Français (Belgique)\"\n  fallback = \"fr\""),
                );
            }
            continue;
        }
        let text = guard::read_bounded(&path, MAX_LANGUAGE_FILE_BYTES)
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|_| "is not UTF-8".to_string()));
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                diags.push(
                    Diagnostic::error("i18n/language", format!("language file {e}")).file(&shown),
                );
                continue;
            }
        };
        match toml::from_str::<crate::lang::LanguageFile>(&text) {
            Ok(f) => files.push((code.clone(), f)),
            Err(e) => {
                let mut d = Diagnostic::error("i18n/language", e.message().to_string())
                    .file(&shown)
                    .help("a language.toml holds `name` (the language's name in itself) and, for a regional variant, `fallback`");
                if let Some(span) = e.span() {
                    let (l, c) = line_col(&text, span.start);
                    d = d.at(l, c);
                }
                diags.push(d);
            }
        }
    }
    for (code, why) in Lang::register(&files) {
        diags.push(
            Diagnostic::error(
                "i18n/language",
                format!("the language `{}` {why}", guard::printable(&code)),
            )
            .file(PathBuf::from("locales").join(&code).join("language.toml")),
        );
    }
    let langs = codes.iter().filter_map(|c| Lang::parse(c)).collect();
    (langs, diags)
}

/// Reads one `.ftl` file through the guards (see [`load`]); the diagnostic has no file yet.
fn read_ftl(path: &Path) -> Result<String, Diagnostic> {
    let bytes = guard::read_bounded(path, guard::MAX_FTL_BYTES).map_err(|e| {
        let code = match e {
            guard::ReadError::TooLarge { .. } => "i18n/too-large",
            _ => "i18n/io",
        };
        Diagnostic::error(code, format!("wording file {e}"))
            .help("a wording file is a regular UTF-8 text file of at most 1 MiB")
    })?;
    let source = guard::decode_named(bytes, "wording file").map_err(|mut d| {
        d.code = d.code.replace("load/", "i18n/");
        d
    })?;
    if let Some((at, c)) = forbidden_in_ftl(&source) {
        let (l, col) = line_col(&source, at);
        return Err(Diagnostic::error(
            "i18n/control-character",
            format!(
                "the character U+{:04X} (a control or bidirectional character) is not allowed in wording",
                c as u32
            ),
        )
        .at(l, col)
        .help("delete it (or its `\\u` escape): it could make a published page read differently from this file"));
    }
    if let Some(at) = too_deep(&source, guard::MAX_FTL_NESTING) {
        let (l, col) = line_col(&source, at);
        return Err(Diagnostic::error(
            "i18n/too-deep",
            format!(
                "placeables nest more than {} levels deep here; the file is not read",
                guard::MAX_FTL_NESTING
            ),
        )
        .at(l, col)
        .help("the shipped wording nests at most 2 levels (`{ $n -> [one] … }`); flatten it"));
    }
    Ok(source)
}

/// The first forbidden character of a `.ftl` source (see [`guard::forbidden_char`]), raw or
/// written as a Fluent escape (`\u202E`, `\U01F600`), and its byte offset.
fn forbidden_in_ftl(source: &str) -> Option<(usize, char)> {
    let raw = guard::find_forbidden(source);
    let b = source.as_bytes();
    let mut escaped = None;
    for i in memchr::memchr_iter(b'\\', b) {
        let digits = match b.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            _ => continue,
        };
        let Some(hex) = source.get(i + 2..i + 2 + digits) else {
            continue;
        };
        let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) else {
            continue;
        };
        if guard::forbidden_char(c) {
            escaped = Some((i, c));
            break;
        }
    }
    match (raw, escaped) {
        (Some(r), Some(e)) => Some(if r.0 <= e.0 { r } else { e }),
        (r, e) => r.or(e),
    }
}

/// The byte offset where placeables first nest deeper than `max`, if they do. A small
/// lexer of the Fluent structure that sets the depth: `{` opens a placeable (an expression),
/// `}` closes the innermost one, `"…"` is a string literal only inside an expression (where
/// braces do not count), and after `->` the placeable holds variants, whose text is text
/// again. Comment lines outside placeables are skipped. It never counts less deep than
/// the parser would go, so the parser (and the resolver) never recurse past the limit.
fn too_deep(source: &str, max: usize) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Frame {
        Expr,
        Variants,
    }
    let b = source.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if line_start && stack.is_empty() && c == b'#' {
            i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n + 1);
            continue;
        }
        line_start = c == b'\n';
        match (stack.last().copied(), c) {
            (_, b'{') => {
                stack.push(Frame::Expr);
                if stack.len() > max {
                    return Some(i);
                }
            }
            (_, b'}') => {
                stack.pop();
            }
            (Some(Frame::Expr), b'"') => {
                // A string literal: to its closing quote or the end of the line.
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if b.get(i) == Some(&b'\n') {
                    line_start = true;
                }
            }
            (Some(Frame::Expr), b'-') if b.get(i + 1) == Some(&b'>') => {
                if let Some(top) = stack.last_mut() {
                    *top = Frame::Variants;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
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
    fn nesting_is_measured_as_deep_as_the_parser_goes() {
        let nest = |n: usize| format!("a = {}x{}\n", "{ ".repeat(n), " }".repeat(n));
        assert_eq!(too_deep(&nest(10), 10), None);
        assert!(too_deep(&nest(11), 10).is_some());
        // Braces in a string literal do not count; in variant text a quote is text.
        assert_eq!(too_deep("a = { \"{{{{\" }\n", 1), None);
        assert_eq!(too_deep("# {{{{{{\na = x\n", 1), None);
        // A string literal cannot hide a closing brace from the count.
        let hidden = format!("a = {}x\n", "{ \"}\" -> *[o] ".repeat(20));
        assert!(too_deep(&hidden, 10).is_some());
        // Quotes in variant text are text: the braces after them count.
        let text = format!("a = {{ $n -> *[o] \"{}\n", "{ ".repeat(20));
        assert!(too_deep(&text, 10).is_some());
        for f in walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")) {
            let f = f.unwrap();
            if f.path().extension().is_some_and(|e| e == "ftl") {
                let src = std::fs::read_to_string(f.path()).unwrap();
                // cite.ftl nests selects up to four deep; far below the limit of 10.
                assert_eq!(too_deep(&src, 4), None, "{}", f.path().display());
            }
        }
    }

    #[test]
    fn controls_are_found_raw_and_as_escapes() {
        assert_eq!(forbidden_in_ftl("a = x\u{202E}y"), Some((5, '\u{202E}')));
        assert_eq!(
            forbidden_in_ftl("a = { \"\\u202E\" }"),
            Some((7, '\u{202E}'))
        );
        assert_eq!(
            forbidden_in_ftl("a = { \"\\U00001b\" }"),
            Some((7, '\u{1b}'))
        );
        assert_eq!(forbidden_in_ftl("a = { \"\\u00e9\" } \u{200F}"), None);
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
