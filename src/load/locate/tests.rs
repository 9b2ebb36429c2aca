//! Both indexes agree with each other and with the parser.

use super::*;

#[test]
fn finds_keys_items_and_ancestors() {
    let src =
        "a: 1\npurposes:\n  - id: care\n    basis:\n      national: [wgbo, xyz]\n  - id: billing\n";
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

#[test]
fn a_comment_with_a_colon_after_a_value_keeps_the_line_index() {
    // "medication_use  # medikamentbruk: all use" made the index give up (the locator then
    // fell back on the full parser); a comment ends the line, its ": " makes no key.
    let src = "data:\n  - category: health   # health: the special category\n    examples:\n      - medication_use   # medikamentbruk: all use\n      - diagnoses\nversion: '1'  # quoted: stays text\n";
    assert!(parses(src));
    assert!(agree(src), "the line index gave up on:\n{src}");
}
