//! Minified pages (`build --minify`, `minify = true` in privgen.toml): the HTML of every page
//! without the whitespace between elements, comments and attribute quotes a browser does not
//! need, by `minify-html`. What a reader, a screen reader or a search engine gets is the same:
//! the doctype, the `<html>` and `<head>` tags, every closing tag and the spaces between
//! attributes are kept (the spec-compliant settings), inline CSS and scripts are left as they
//! are, and the result is deterministic. `tests/minify.rs` proves that every page keeps its
//! text, its links and its landmarks.

use crate::output::OutputTree;

/// Whether this privgen was built with the `minify` feature.
pub const AVAILABLE: bool = cfg!(feature = "minify");

/// The page's HTML, minified.
#[cfg(feature = "minify")]
pub fn html(src: &[u8]) -> Vec<u8> {
    let cfg = minify_html::Cfg {
        do_not_minify_doctype: true,
        ensure_spec_compliant_unquoted_attribute_values: true,
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        keep_spaces_between_attributes: true,
        keep_comments: false,
        minify_css: false,
        minify_js: false,
        ..minify_html::Cfg::default()
    };
    minify_html::minify(src, &cfg)
}

/// Without the feature the page is kept as it is (the CLI refuses `--minify` first).
#[cfg(not(feature = "minify"))]
pub fn html(src: &[u8]) -> Vec<u8> {
    src.to_vec()
}

/// Minifies every `.html` file of the tree.
pub fn tree(tree: &mut OutputTree) {
    tree.rewrite(|path, bytes| path.ends_with(".html").then(|| html(bytes)));
}

#[cfg(all(test, feature = "minify"))]
mod tests {
    use super::*;

    #[test]
    fn markup_loses_whitespace_and_keeps_text_tags_and_doctype() {
        let src = b"<!DOCTYPE html>\n<html lang=\"nl\">\n  <head>\n    <title>A  b</title>\n  </head>\n  <body>\n    <!-- note -->\n    <p class=\"x y\">Uw <strong>rechten</strong> en\n      plichten</p>\n    <ul>\n      <li>een</li>\n    </ul>\n  </body>\n</html>\n";
        let out = String::from_utf8(html(src)).unwrap();
        assert!(out.len() < src.len(), "{out}");
        assert!(
            out.to_ascii_lowercase().starts_with("<!doctype html>"),
            "{out}"
        );
        assert!(out.contains("<html lang=nl>"), "{out}");
        assert!(out.contains("<head>"), "{out}");
        assert!(out.contains("</li>") && out.contains("</p>"), "{out}");
        assert!(
            out.contains("Uw <strong>rechten</strong> en plichten"),
            "{out}"
        );
        assert!(out.contains("class=\"x y\""), "{out}");
        assert!(!out.contains("note"), "{out}");
        assert_eq!(html(src), html(src));
    }

    #[test]
    fn only_html_files_change() {
        let mut t = OutputTree::default();
        t.insert("a/index.html", "<p>\n  x\n</p>\n");
        t.insert("a/privacy.md", "#  x\n\n");
        tree(&mut t);
        assert_eq!(t.get("a/index.html"), Some(&b"<p>x</p>"[..]));
        assert_eq!(t.get("a/privacy.md"), Some(&b"#  x\n\n"[..]));
    }
}
