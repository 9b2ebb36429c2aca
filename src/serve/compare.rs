//! The compare view: `/<id>/compare/?a=nl&b=en[&doc=statement]` shows one clinic's document
//! in two languages side by side, one row per section, aligned on the sections' stable ids.
//! A section present in one language only shows up as a highlighted gap. Read from the
//! document model, not from the pages, so a theme cannot hide a difference.
//!
//! Blocks are read through their serialized form (`serde_json::Value`), so the view keeps
//! working, if plainer, when the model gains a kind of block.

use super::inject::{self, PageCtx};
use crate::model::Document;
use crate::render::html::{escape, markdown_inline};
use serde_json::Value;

/// Query parameters of the compare view.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub a: Option<String>,
    pub b: Option<String>,
    pub doc: Option<String>,
}

impl Query {
    pub fn parse(query: &str) -> Query {
        let mut q = Query::default();
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = super::http::percent_decode(&v.replace('+', " "))
                .and_then(|b| String::from_utf8(b).ok());
            let Some(v) = v.filter(|v| !v.is_empty() && v.len() <= 64) else {
                continue;
            };
            match k {
                "a" => q.a = Some(v),
                "b" => q.b = Some(v),
                "doc" => q.doc = Some(v),
                _ => {}
            }
        }
        q
    }
}

fn kind_of(d: &Document) -> String {
    match serde_json::to_value(d.kind) {
        Ok(Value::String(s)) => s,
        _ => "statement".into(),
    }
}

/// Renders the view: `(status, html)`; `None` when the clinic has no documents.
pub fn render(docs: &[Document], id: &str, query: &Query, cx: &PageCtx) -> Option<(u16, String)> {
    let mine: Vec<&Document> = docs.iter().filter(|d| d.profile == id).collect();
    if mine.is_empty() {
        return None;
    }
    let mut kinds: Vec<String> = Vec::new();
    for d in &mine {
        let k = kind_of(d);
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let kind = match &query.doc {
        Some(k) if kinds.contains(k) => k.clone(),
        Some(k) => {
            let msg = format!(
                "no document `{k}` for `{id}`; choose one of: {}",
                kinds.join(", ")
            );
            return Some((400, page_error(id, &msg, cx)));
        }
        None if kinds.iter().any(|k| k == "statement") => "statement".into(),
        None => kinds[0].clone(),
    };
    let of_kind: Vec<&Document> = mine.into_iter().filter(|d| kind_of(d) == kind).collect();
    let codes: Vec<&str> = of_kind.iter().map(|d| d.lang.code()).collect();
    let pick = |want: &Option<String>, default: usize| -> Result<&Document, String> {
        match want {
            None => Ok(of_kind[default.min(of_kind.len() - 1)]),
            Some(w) => of_kind
                .iter()
                .find(|d| d.lang.code().eq_ignore_ascii_case(w))
                .copied()
                .ok_or_else(|| {
                    format!(
                        "`{id}` has no {kind} in `{w}`; choose one of: {}",
                        codes.join(", ")
                    )
                }),
        }
    };
    let (a, b) = match (pick(&query.a, 0), pick(&query.b, 1)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Some((400, page_error(id, &e, cx))),
    };
    let body = view(id, &kind, &kinds, &codes, a, b);
    let title = format!("{id}: {} / {}", a.lang.code(), b.lang.code());
    Some((200, inject::own_page("en", &title, &body, cx)))
}

fn page_error(id: &str, msg: &str, cx: &PageCtx) -> String {
    let body = format!(
        "<h1>Compare {}</h1><p>{}</p><p><a href=\"./\">Compare the default languages</a></p>",
        escape(id),
        escape(msg)
    );
    inject::own_page("en", "Compare", &body, cx)
}

fn options(codes: &[&str], selected: &str) -> String {
    codes
        .iter()
        .map(|c| {
            let sel = if *c == selected { " selected" } else { "" };
            format!("<option value=\"{c}\"{sel}>{c}</option>", c = escape(c))
        })
        .collect()
}

fn view(
    id: &str,
    kind: &str,
    kinds: &[String],
    codes: &[&str],
    a: &Document,
    b: &Document,
) -> String {
    let (la, lb) = (a.lang.code(), b.lang.code());
    let va = serde_json::to_value(a).unwrap_or(Value::Null);
    let vb = serde_json::to_value(b).unwrap_or(Value::Null);
    let mut out = String::new();
    out.push_str(&format!(
        "<header class=\"privgen-compare-nav\"><h1>{} · {}</h1>",
        escape(&a.meta.controller),
        escape(kind)
    ));
    let doc_field = if kinds.len() > 1 {
        let opts: String = kinds
            .iter()
            .map(|k| {
                let sel = if k == kind { " selected" } else { "" };
                format!("<option value=\"{k}\"{sel}>{k}</option>", k = escape(k))
            })
            .collect();
        format!("<label>Document <select name=\"doc\">{opts}</select></label>")
    } else {
        String::new()
    };
    out.push_str(&format!(
        "<form method=\"get\" action=\"./\">{doc_field}<label>Left <select name=\"a\">{}</select></label>\
<label>Right <select name=\"b\">{}</select></label><button type=\"submit\">Compare</button></form>",
        options(codes, la),
        options(codes, lb)
    ));
    if kind == "statement" {
        out.push_str(&format!(
            "<p>Pages: <a href=\"../{la}/\" hreflang=\"{la}\">{la}</a> · <a href=\"../{lb}/\" hreflang=\"{lb}\">{lb}</a> · id <code>{}</code></p>",
            escape(id),
            la = escape(la),
            lb = escape(lb)
        ));
    }
    out.push_str("</header>\n");
    out.push_str(&format!(
        "<table class=\"privgen-compare\"><thead><tr><th class=\"privgen-id\" scope=\"col\">section</th>\
<th scope=\"col\" lang=\"{la}\">{la}</th><th scope=\"col\" lang=\"{lb}\">{lb}</th></tr></thead><tbody>\n",
        la = escape(la),
        lb = escape(lb)
    ));
    let meta = |d: &Document| {
        format!(
            "<h2>{}</h2><p>{}</p>",
            escape(&d.meta.title),
            escape(&d.meta.version_line)
        )
    };
    out.push_str(&format!(
        "<tr id=\"s--meta\"><th class=\"privgen-id\" scope=\"row\">title</th><td lang=\"{}\">{}</td><td lang=\"{}\">{}</td></tr>\n",
        escape(la),
        meta(a),
        escape(lb),
        meta(b)
    ));
    let sa = sections(&va);
    let sb = sections(&vb);
    let mut ids: Vec<&str> = sa.iter().map(|(id, _)| *id).collect();
    for (id, _) in &sb {
        if !ids.contains(id) {
            ids.push(id);
        }
    }
    for sid in ids {
        let cell = |secs: &[(&str, &Value)], lang: &str| match secs.iter().find(|(i, _)| *i == sid)
        {
            Some((_, s)) => format!("<td lang=\"{}\">{}</td>", escape(lang), section(s)),
            None => format!(
                "<td class=\"privgen-missing\">no section <code>{}</code> in {}</td>",
                escape(sid),
                escape(lang)
            ),
        };
        out.push_str(&format!(
            "<tr id=\"s-{sid}\"><th class=\"privgen-id\" scope=\"row\"><a href=\"#s-{sid}\">{sid}</a></th>{}{}</tr>\n",
            cell(&sa, la),
            cell(&sb, lb),
            sid = escape(sid)
        ));
    }
    out.push_str("</tbody></table>");
    out
}

fn sections(doc: &Value) -> Vec<(&str, &Value)> {
    doc.get("sections")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(|s| Some((s.get("id")?.as_str()?, s)))
                .collect()
        })
        .unwrap_or_default()
}

fn section(s: &Value) -> String {
    let mut out = String::new();
    let number = s.get("number").and_then(Value::as_u64);
    let heading = s.get("heading").and_then(Value::as_str).unwrap_or_default();
    out.push_str("<h2>");
    if let Some(n) = number {
        out.push_str(&format!("{n}. "));
    }
    out.push_str(&escape(heading));
    out.push_str("</h2>");
    for b in s
        .get("blocks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push_str(&block(b));
    }
    out
}

fn block(b: &Value) -> String {
    let items = |k: &str| {
        b.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    match b.get("type").and_then(Value::as_str).unwrap_or_default() {
        "paragraph" => format!("<p>{}</p>", rich(b.get("text"))),
        "subheading" => {
            let n = b
                .get("number")
                .and_then(Value::as_u64)
                .map(|n| format!("§ {n} "))
                .unwrap_or_default();
            format!("<h3>{n}{}</h3>", rich(b.get("text")))
        }
        "list" => {
            let tag = if b.get("ordered").and_then(Value::as_bool) == Some(true) {
                "ol"
            } else {
                "ul"
            };
            let lis: String = items("items")
                .iter()
                .map(|i| format!("<li>{}</li>", rich(Some(i))))
                .collect();
            format!("<{tag}>{lis}</{tag}>")
        }
        "table" => {
            let head: String = items("head")
                .iter()
                .map(|h| format!("<th scope=\"col\">{}</th>", rich(Some(h))))
                .collect();
            let rows: String = items("rows")
                .iter()
                .map(|r| {
                    let cells: String = r
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|c| format!("<td>{}</td>", rich(Some(c))))
                        .collect();
                    format!("<tr>{cells}</tr>")
                })
                .collect();
            format!("<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        }
        "definitions" => {
            let pairs: String = items("items")
                .iter()
                .map(|p| {
                    let term = p.get(0).map(|t| rich(Some(t))).unwrap_or_default();
                    let def = p.get(1).map(|t| rich(Some(t))).unwrap_or_default();
                    format!("<dt>{term}</dt><dd>{def}</dd>")
                })
                .collect();
            format!("<dl>{pairs}</dl>")
        }
        "address" => {
            let lines: Vec<String> = items("lines").iter().map(|l| rich(Some(l))).collect();
            format!("<address>{}</address>", lines.join("<br>"))
        }
        _ => format!("<div>{}</div>", escape(&plain(b))),
    }
}

/// Rich text (a list of spans) or a plain string, as HTML.
fn rich(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => escape(s),
        Some(Value::Array(spans)) => spans.iter().map(span).collect(),
        Some(other) => escape(&plain(other)),
        None => String::new(),
    }
}

fn span(s: &Value) -> String {
    let text = s.get("text").and_then(Value::as_str).unwrap_or_default();
    match s.get("t").and_then(Value::as_str).unwrap_or_default() {
        "text" => escape(text),
        "strong" => format!("<strong>{}</strong>", escape(text)),
        "markdown" => markdown_inline(text),
        "link" => {
            let href = s.get("href").and_then(Value::as_str).unwrap_or_default();
            let safe = ["http://", "https://", "mailto:", "tel:"]
                .iter()
                .any(|p| href.starts_with(p));
            if safe {
                format!("<a href=\"{}\">{}</a>", escape(href), escape(text))
            } else {
                escape(text)
            }
        }
        _ => escape(&plain(s)),
    }
}

/// Every string inside a value, joined: the fallback for shapes this view does not know.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(plain).collect::<Vec<_>>().join(" "),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "type" && k.as_str() != "t")
            .map(|(_, v)| plain(v))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn query_is_decoded_and_bounded() {
        let q = Query::parse("a=nl-BE&b=e%6E&x=1&doc=");
        assert_eq!(q.a.as_deref(), Some("nl-BE"));
        assert_eq!(q.b.as_deref(), Some("en"));
        assert_eq!(q.doc, None);
        assert_eq!(Query::parse("a=%zz").a, None);
    }

    #[test]
    fn blocks_render_escaped() {
        let b = json!({"type": "paragraph", "text": [{"t": "text", "text": "<x>"},
            {"t": "link", "text": "bad", "href": "javascript:alert(1)"},
            {"t": "link", "text": "ok", "href": "https://e.org/?a&b"}]});
        assert_eq!(
            block(&b),
            "<p>&lt;x&gt;bad<a href=\"https://e.org/?a&amp;b\">ok</a></p>"
        );
        let unknown = json!({"type": "future", "text": "<y>", "n": ["z"]});
        assert!(block(&unknown).contains("&lt;y&gt;"));
    }
}
