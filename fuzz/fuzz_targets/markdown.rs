//! Any text as clinic-written markdown: the HTML sanitiser must never let a script, an
//! event handler or a non-web link into a tag, and must not panic. (Text is escaped, so
//! every `<` in the output opens a real tag.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let html = privgen::render::html::markdown_inline(src);
    for tag in html.split('<').skip(1) {
        let tag = tag
            .split('>')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            ["a", "em", "strong", "code", "br", "p", "ul", "ol", "li"].contains(&name.as_str()),
            "tag <{tag}> in {html}"
        );
        // Attributes as `name="value"` pairs (ammonia always quotes values).
        let mut rest = tag[name.len() + usize::from(tag.starts_with('/'))..].trim_start();
        while !rest.is_empty() {
            let (k, after) = rest.split_once("=\"").unwrap_or((rest, ""));
            let (v, after) = after.split_once('"').unwrap_or((after, ""));
            // ammonia keeps `title`, `lang` and `<ol start>`: inert, escaped values.
            assert!(
                matches!(k.trim(), "href" | "rel" | "title" | "lang" | "start"),
                "attribute {k} in {html}"
            );
            if k.trim() == "href" {
                // As browsers (and the WHATWG URL parser ammonia uses) do.
                let v: String = v
                    .trim_start_matches(|c: char| c <= ' ')
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .collect();
                assert!(
                    ["http:", "https:", "mailto:", "tel:", "#"]
                        .iter()
                        .any(|p| v.starts_with(p)),
                    "href {v} in {html}"
                );
            }
            rest = after.trim_start();
        }
    }
});
