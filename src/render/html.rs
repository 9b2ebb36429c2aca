//! Inline rich text to HTML: plain text is escaped, links were validated when the model
//! was built (http, https, mailto, tel only), and markdown the clinic wrote is rendered
//! with pulldown-cmark and then sanitised with ammonia against a small allowlist.

use crate::model::{Rich, Span};
use std::collections::HashSet;
use std::sync::OnceLock;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

/// [`escape`] appended to `out`: the text is copied in runs between the five characters
/// that need an entity (all ASCII).
pub fn escape_into(out: &mut String, s: &str) {
    escaped_pieces(s, |piece| out.push_str(piece));
}

/// The escaping of the page templates (Tera's escape function): the same entities as
/// [`escape_into`], written a run at a time instead of a byte at a time.
pub fn escape_write(s: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut result = Ok(());
    escaped_pieces(s, |piece| {
        if result.is_ok() {
            result = out.write_all(piece.as_bytes());
        }
    });
    result
}

/// `s` HTML-escaped, handed over in pieces: runs of plain text and entities.
fn escaped_pieces(s: &str, mut put: impl FnMut(&str)) {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        if from < i {
            put(&s[from..i]);
        }
        put(entity);
        from = i + 1;
    }
    if from < s.len() {
        put(&s[from..]);
    }
}

struct InPage;

impl ammonia::UrlRelativeEvaluate<'static> for InPage {
    fn evaluate<'a>(&self, url: &'a str) -> Option<std::borrow::Cow<'a, str>> {
        let ok = url.starts_with('#')
            && url[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        ok.then_some(std::borrow::Cow::Borrowed(url))
    }
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static B: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    B.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        b.add_tags(["a", "em", "strong", "code", "br", "p", "ul", "ol", "li"])
            .tag_attributes(std::collections::HashMap::from([(
                "a",
                HashSet::from(["href"]),
            )]))
            .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
            .link_rel(Some("noopener noreferrer"))
            // No attribute on any tag but `href` on links (no title, lang, start, …).
            .generic_attributes(HashSet::new())
            .generic_attribute_prefixes(HashSet::new())
            // Only in-page anchors (cross-references) may be relative.
            .url_relative(ammonia::UrlRelative::Custom(Box::new(InPage)));
        b
    })
}

/// Renders clinic-written markdown to sanitised inline HTML (a single paragraph loses its
/// `<p>` so it can sit inside a sentence or a table cell).
pub fn markdown_inline(src: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    // The loader refuses such a text (`load/markdown-nesting`); should one reach this point
    // anyway, it is shown as plain text rather than fed to the sanitiser, whose cost grows
    // with the square of the nesting.
    if crate::load::guard::markdown_too_deep(src) {
        return escape(src);
    }
    let parser = Parser::new_ext(src, Options::empty());
    let mut out = String::new();
    html::push_html(&mut out, parser);
    let clean = sanitizer().clean(&out).to_string();
    let trimmed = clean.trim();
    if trimmed.matches("<p>").count() == 1
        && trimmed.starts_with("<p>")
        && trimmed.ends_with("</p>")
    {
        trimmed[3..trimmed.len() - 4].to_string()
    } else {
        trimmed.to_string()
    }
}

/// Whether a link's text already shows its target (`www.igj.nl` for `https://www.igj.nl/`,
/// `privacy@x.nl` for `mailto:privacy@x.nl`), ignoring scheme, case and a final `/`.
pub fn shows_target(text: &str, href: &str) -> bool {
    fn bare(s: &str) -> String {
        let s = s.trim().to_ascii_lowercase();
        let s = ["https://", "http://", "mailto:", "tel:"]
            .iter()
            .find_map(|p| s.strip_prefix(p))
            .unwrap_or(&s)
            .to_string();
        s.trim_end_matches('/').to_string()
    }
    let (t, h) = (bare(text), bare(href));
    !t.is_empty() && (t == h || t.replace(' ', "") == h)
}

pub fn rich(r: &Rich) -> String {
    let mut out = String::new();
    for s in &r.0 {
        match s {
            Span::Text { text } => escape_into(&mut out, text),
            Span::Strong { text } => {
                out.push_str("<strong>");
                escape_into(&mut out, text);
                out.push_str("</strong>");
            }
            Span::Link { text, href } => {
                out.push_str("<a href=\"");
                escape_into(&mut out, href);
                // A link whose text already is its address: print CSS does not repeat it.
                out.push_str(if shows_target(text, href) {
                    "\" class=\"url\">"
                } else {
                    "\">"
                });
                escape_into(&mut out, text);
                out.push_str("</a>");
            }
            Span::Markdown { text } => out.push_str(&markdown_inline(text)),
            // Resolved in the model stage; shown as plain text if one ever slips through.
            Span::Ref { target } => escape_into(&mut out, target),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_that_shows_its_address_is_marked_url() {
        let r = |text: &str, href: &str| {
            rich(&Rich(vec![Span::Link {
                text: text.into(),
                href: href.into(),
            }]))
        };
        assert_eq!(
            r("www.igj.nl", "https://www.igj.nl/"),
            "<a href=\"https://www.igj.nl/\" class=\"url\">www.igj.nl</a>"
        );
        assert!(r("privacy@mst.nl", "mailto:privacy@mst.nl").contains("class=\"url\""));
        assert!(r("+31 53 487 2000", "tel:+31534872000").contains("class=\"url\""));
        assert_eq!(
            r("the IGJ", "https://www.igj.nl"),
            "<a href=\"https://www.igj.nl\">the IGJ</a>"
        );
        assert!(!r("www.igj.nl", "https://www.igj.nl/klachten").contains("class"));
    }

    #[test]
    fn the_template_escaping_writes_what_the_text_escaping_builds() {
        for s in [
            "",
            "plain",
            "<a href=\"x\">Tom & Jerry's</a>",
            "&&",
            "é <€> '",
            "x>",
        ] {
            let mut built = String::new();
            escape_into(&mut built, s);
            let mut written = Vec::new();
            escape_write(s, &mut written).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), built);
        }
        let mut out = String::new();
        escape_into(&mut out, "<a b='c'>&");
        assert_eq!(out, "&lt;a b=&#39;c&#39;&gt;&amp;");
    }

    #[test]
    fn script_and_javascript_links_are_removed() {
        let h = markdown_inline(
            "Hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("javascript:"), "{h}");
        assert!(!h.contains("onerror"), "{h}");
        let h = markdown_inline("See [our site](https://a.example/) and **this**.");
        assert!(
            h.contains("<a href=\"https://a.example/\" rel=\"noopener noreferrer\">our site</a>"),
            "{h}"
        );
        assert!(h.contains("<strong>this</strong>"));
        assert!(!h.starts_with("<p>"));
        let h = markdown_inline("<ol start=\"5\" title=\"x\" lang=\"de\"><li>a</li></ol>");
        assert!(
            !h.contains("start=") && !h.contains("title=") && !h.contains("lang="),
            "{h}"
        );
    }

    #[test]
    fn deeply_nested_markdown_is_shown_as_text_in_linear_time() {
        let started = std::time::Instant::now();
        for unit in ["- ", "> "] {
            let h = markdown_inline(&format!("{}x", unit.repeat(50_000)));
            assert!(
                !h.contains("<ul>") && !h.contains("<blockquote"),
                "{}",
                &h[..40]
            );
        }
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        assert_eq!(
            markdown_inline("- a\n  - b"),
            "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>"
        );
    }

    #[test]
    fn plain_text_is_escaped() {
        let r = Rich::text("<b>\"x\" & y</b>");
        assert_eq!(rich(&r), "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    }
}
