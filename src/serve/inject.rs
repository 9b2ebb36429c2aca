//! What `serve` adds to the HTML it serves (never to what `build` writes): a stylesheet
//! and the reload script, both as external files under `__privgen/` addressed relative to
//! the page, an error overlay or a warnings box, and a Content-Security-Policy that also
//! allows the script and its event stream (`script-src 'self'`, `connect-src 'self'`).
//! All edits are string insertions, so the page is otherwise byte for byte what `build`
//! writes.

use crate::render::html::escape;

/// Where the served page sits and what to show on it.
pub struct PageCtx<'a> {
    /// Path from the page back to the site root (`../../` for `/kei/nl/`).
    pub rel: String,
    /// What the page is, for the reload script: its site path (`kei/nl/index.html`), a
    /// folder prefix (`kei/`, for views built from a whole clinic), or `*` (any change).
    pub key: &'a str,
    /// Build generation the page was served from.
    pub gen: u64,
    /// Diagnostics of a failed build, as `privgen check` prints them.
    pub errors: Option<&'a str>,
    /// Warnings of the last build.
    pub warnings: Option<&'a str>,
    /// Whether a good build is underneath the overlay.
    pub have_site: bool,
}

/// The prefix from a request path to the site root: one `../` per folder below the root.
pub fn rel_root(url_path: &str) -> String {
    let depth = url_path.matches('/').count().saturating_sub(1);
    "../".repeat(depth)
}

/// A served HTML page: the policy relaxed for our script, our head tags and the overlay
/// added.
pub fn page(html: &str, cx: &PageCtx) -> String {
    let html = relax_csp(html);
    let html = insert_in_head(&html, &head_tags(cx));
    insert_after_body_open(&html, &body_tags(cx))
}

fn head_tags(cx: &PageCtx) -> String {
    format!(
        "<link rel=\"stylesheet\" href=\"{rel}__privgen/privgen.css\">\
<script src=\"{rel}__privgen/reload.js\" data-privgen-key=\"{key}\" data-privgen-gen=\"{gen}\" defer></script>",
        rel = escape(&cx.rel),
        key = escape(cx.key),
        gen = cx.gen
    )
}

/// Separates, in the overlay text, the errors from the other findings, which are folded.
pub const FOLD: &str = "\u{0}privgen-fold\u{0}";

fn body_tags(cx: &PageCtx) -> String {
    let mut out = String::new();
    if let Some(errors) = cx.errors {
        let (errors, others) = match errors.split_once(FOLD) {
            Some((e, o)) => (e, Some(o)),
            None => (errors, None),
        };
        let others = others
            .map(|o| {
                let n = o
                    .lines()
                    .filter(|l| {
                        l.starts_with("warning[")
                            || l.starts_with("allowed[")
                            || l.starts_with("info[")
                    })
                    .count();
                format!(
                    "<details class=\"privgen-overlay-more\"><summary>{n} other finding(s): \
warnings and allowed findings</summary><pre class=\"privgen-overlay-text\">{}</pre></details>",
                    escape(o)
                )
            })
            .unwrap_or_default();
        let below = if cx.have_site {
            "The page below is the last version that built without errors."
        } else {
            "No version of the site has built without errors yet."
        };
        out.push_str(&format!(
            "<div id=\"privgen-overlay\" class=\"privgen-overlay\" role=\"alert\">\
<div class=\"privgen-overlay-box\">\
<p class=\"privgen-overlay-title\">privgen: the site does not build. {below} \
Fix the errors and save; this page reloads by itself.</p>\
<pre class=\"privgen-overlay-text\">{}</pre>{others}\
<button type=\"button\" class=\"privgen-overlay-hide\" hidden>Hide</button>\
</div></div>",
            escape(errors)
        ));
    } else if let Some(warnings) = cx.warnings {
        let n = warnings
            .lines()
            .filter(|l| l.starts_with("warning["))
            .count();
        out.push_str(&format!(
            "<details id=\"privgen-warnings\" class=\"privgen-warnings\">\
<summary>privgen: {n} warning(s)</summary><pre>{}</pre></details>",
            escape(warnings)
        ));
    }
    out
}

/// Inserts `tags` before `</head>`, else at the start.
fn insert_in_head(html: &str, tags: &str) -> String {
    let lower = html.to_ascii_lowercase();
    match lower.find("</head>") {
        Some(i) => format!("{}{tags}{}", &html[..i], &html[i..]),
        None => format!("{tags}{html}"),
    }
}

/// Inserts `tags` right after the `<body …>` tag, else at the end.
fn insert_after_body_open(html: &str, tags: &str) -> String {
    if tags.is_empty() {
        return html.to_string();
    }
    let lower = html.to_ascii_lowercase();
    let open = lower
        .match_indices("<body")
        .find(|(i, _)| {
            matches!(
                lower.as_bytes().get(i + 5),
                Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
            )
        })
        .and_then(|(i, _)| lower[i..].find('>').map(|j| i + j + 1));
    match open {
        Some(i) => format!("{}{tags}{}", &html[..i], &html[i..]),
        None => format!("{html}{tags}"),
    }
}

/// Adds `'self'` to the script, connect and style sources of every
/// `<meta http-equiv="Content-Security-Policy">` in the page.
pub fn relax_csp(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() + 64);
    let mut last = 0;
    let mut from = 0;
    while let Some(i) = lower[from..].find("<meta").map(|i| i + from) {
        let Some(end) = lower[i..].find('>').map(|j| i + j) else {
            break;
        };
        from = end;
        let tag = &lower[i..end];
        if !tag.contains("content-security-policy") || !tag.contains("http-equiv") {
            continue;
        }
        let Some((start, stop)) = attr_value(tag, "content") else {
            continue;
        };
        out.push_str(&html[last..i + start]);
        out.push_str(&adjust_policy(&html[i + start..i + stop]));
        last = i + stop;
    }
    out.push_str(&html[last..]);
    out
}

/// Byte range of a quoted attribute's value inside a (lowercased) tag.
fn attr_value(tag: &str, name: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name).map(|i| i + from) {
        from = i + name.len();
        let before_ok = i > 0 && tag.as_bytes()[i - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let after_eq = tag.len() - rest.len() + 1;
        let value = tag[after_eq..].trim_start();
        let vstart = tag.len() - value.len();
        let quote = value.chars().next()?;
        if quote != '"' && quote != '\'' {
            return None;
        }
        let vend = value[1..].find(quote)? + vstart + 1;
        return Some((vstart + 1, vend));
    }
    None
}

/// Makes a policy allow `'self'` scripts, event streams and stylesheets.
pub fn adjust_policy(policy: &str) -> String {
    let mut directives: Vec<String> = policy
        .split(';')
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .collect();
    for name in ["script-src", "connect-src", "style-src"] {
        let found = directives.iter_mut().find(|d| {
            d.split_whitespace()
                .next()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        });
        match found {
            Some(d) => {
                if d.contains("'none'") || d.contains("&#39;none&#39;") {
                    *d = format!("{name} 'self'");
                } else if !d.contains("self") {
                    d.push_str(" 'self'");
                }
            }
            None => directives.push(format!("{name} 'self'")),
        }
    }
    directives.join("; ")
}

/// A whole page of our own (error page before any good build, 404, compare view).
pub fn own_page(lang: &str, title: &str, body: &str, cx: &PageCtx) -> String {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n</head>\n<body class=\"privgen-own\">\n{body}\n</body>\n</html>\n",
        escape(title)
    );
    page(&html, cx)
}

/// The policy sent as a header with our own pages.
pub const OWN_CSP: &str = "default-src 'none'; script-src 'self'; connect-src 'self'; \
style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html><html><head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'\">\n<title>x</title></head><body class=\"a\"><p>hi</p></body></html>";

    fn cx<'a>(errors: Option<&'a str>) -> PageCtx<'a> {
        PageCtx {
            rel: "../../".into(),
            key: "kei/nl/index.html",
            gen: 7,
            errors,
            warnings: None,
            have_site: true,
        }
    }

    #[test]
    fn policy_gains_self_for_script_and_events_only() {
        assert_eq!(
            adjust_policy("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'"),
            "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; script-src 'self'; connect-src 'self'"
        );
        assert_eq!(
            adjust_policy("script-src 'none'; connect-src https://x"),
            "script-src 'self'; connect-src https://x 'self'; style-src 'self'"
        );
    }

    #[test]
    fn page_gets_script_stylesheet_and_policy() {
        let out = page(PAGE, &cx(None));
        assert!(
            out.contains("script-src 'self'; connect-src 'self'\">"),
            "{out}"
        );
        assert!(out.contains(
            "<script src=\"../../__privgen/reload.js\" data-privgen-key=\"kei/nl/index.html\" data-privgen-gen=\"7\" defer></script></head>"
        ));
        assert!(out.contains("href=\"../../__privgen/privgen.css\""));
        assert!(!out.contains("privgen-overlay"));
        assert!(!out.contains("<script>"), "no inline script");
    }

    #[test]
    fn overlay_shows_errors_and_folds_the_other_findings() {
        let text = format!(
            "error[load/yaml]: bad\nerror: 1 error(s) found\n{FOLD}warning[a/b]: w1\nallowed[c/d]: a1\n"
        );
        let out = page(PAGE, &cx(Some(&text)));
        let pre = out.find("error[load/yaml]: bad").unwrap();
        let details = out
            .find("<details class=\"privgen-overlay-more\">")
            .unwrap();
        assert!(pre < details, "{out}");
        assert!(out.contains("<summary>2 other finding(s)"), "{out}");
        assert!(out[details..].contains("warning[a/b]: w1"), "{out}");
        assert!(!out.contains('\u{0}'), "the marker is not shown");
    }

    #[test]
    fn overlay_follows_the_body_tag_and_is_escaped() {
        let out = page(PAGE, &cx(Some("error[x]: <b>bad</b>\n")));
        let body = out.find("<body class=\"a\">").unwrap();
        let overlay = out.find("<div id=\"privgen-overlay\"").unwrap();
        assert_eq!(overlay, body + "<body class=\"a\">".len());
        assert!(out.contains("error[x]: &lt;b&gt;bad&lt;/b&gt;"));
        assert!(
            out.contains("<p>hi</p>"),
            "the last good page stays underneath"
        );
    }

    #[test]
    fn pages_without_head_or_body_still_get_everything() {
        let out = page("<p>bare</p>", &cx(Some("e")));
        assert!(out.contains("reload.js"));
        assert!(out.contains("privgen-overlay"));
    }

    #[test]
    fn relative_root() {
        assert_eq!(rel_root("/"), "");
        assert_eq!(rel_root("/index.html"), "");
        assert_eq!(rel_root("/kei/nl/"), "../../");
        assert_eq!(rel_root("/kei/nl/index.html"), "../../");
        assert_eq!(rel_root("/kei/compare/"), "../../");
    }
}
