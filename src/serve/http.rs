//! Requests: routing, the path guard, content types and responses.
//!
//! Only files of the built site (the in-memory tree) and the server's own `__privgen/`
//! files are served. A request path is percent-decoded once and refused (403) when any
//! segment is `.` or `..`, when it holds a backslash, a NUL or a drive letter, or when it
//! is absolute after the leading slash (`//etc/passwd`). A folder is served only through
//! its `index.html`; there are no listings. Nothing is read from disk, so a symlink in the
//! site folder can never lead out of it.

use super::compare;
use super::conn::{self, Conn, HeadError, Request, Response};
use super::events;
use super::inject::{self, PageCtx};
use super::state::Shared;
use std::net::{IpAddr, TcpListener, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Open connections allowed at once, event streams included.
const MAX_ACTIVE: usize = conn::MAX_CONNECTIONS;
const RELOAD_JS: &str = include_str!("assets/reload.js");
const PRIVGEN_CSS: &str = include_str!("assets/privgen.css");

/// Who may be answered: the address the server is bound to, and whether any `Host` is
/// allowed (`serve --allow-any-host`).
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub bound: IpAddr,
    pub any_host: bool,
}

/// Accepts connections until the server stops; each runs on its own thread, at most
/// [`MAX_ACTIVE`] at once (one more is answered 503 and closed).
pub fn accept_loop(listener: TcpListener, shared: Arc<Shared>, policy: Policy) {
    for stream in listener.incoming() {
        if shared.stopping() {
            break;
        }
        let Ok(stream) = stream else {
            std::thread::sleep(std::time::Duration::from_millis(20));
            continue;
        };
        if shared.active.load(Ordering::SeqCst) >= MAX_ACTIVE {
            let mut stream = stream;
            let _ = stream.set_write_timeout(Some(std::time::Duration::from_millis(200)));
            let _ = conn::write(&mut stream, &text(503, "busy, retry"), false, false);
            continue;
        }
        let guard = Active::new(shared.clone());
        let _ = std::thread::Builder::new()
            .name("privgen-serve-request".into())
            .spawn(move || {
                connection(stream, &guard.0, policy);
                drop(guard);
            });
    }
}

/// Serves the requests of one connection, in order.
fn connection(stream: TcpStream, shared: &Arc<Shared>, policy: Policy) {
    let mut c = Conn::new(stream);
    let mut first = true;
    loop {
        let rq = match c.next_request(first, &|| shared.stopping()) {
            Ok(rq) => rq,
            Err(HeadError::Closed) => return,
            Err(HeadError::Refuse(status, why)) => {
                let _ = conn::write(&mut c.stream, &text(status, why), false, false);
                conn::close(c.stream);
                return;
            }
        };
        first = false;
        if !policy.any_host && !conn::host_allowed(rq.host.as_deref(), policy.bound) {
            let r = text(
                421,
                "this preview answers only requests for localhost or its own address \
                 (privgen serve --allow-any-host turns this check off)",
            );
            let _ = conn::write(&mut c.stream, &r, false, false);
            conn::close(c.stream);
            return;
        }
        let head_only = rq.method == "HEAD";
        match handle(&rq, shared) {
            Reply::Page(r) => {
                if conn::write(&mut c.stream, &r, head_only, rq.keep_alive).is_err() {
                    return;
                }
                if !rq.keep_alive {
                    conn::close(c.stream);
                    return;
                }
            }
            Reply::Events => {
                if let Ok(w) = c.stream.try_clone() {
                    shared.streams.fetch_add(1, Ordering::SeqCst);
                    events::stream(Box::new(w), shared);
                    shared.streams.fetch_sub(1, Ordering::SeqCst);
                }
                return;
            }
        }
    }
}

/// Counts a request thread as active for as long as it lives, even if it panics (or
/// could not be spawned: then the closure holding it is dropped at once).
struct Active(Arc<Shared>);

impl Active {
    fn new(shared: Arc<Shared>) -> Active {
        shared.active.fetch_add(1, Ordering::SeqCst);
        Active(shared)
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::SeqCst);
    }
}

type Resp = Response;

fn respond(status: u16, content_type: &str, body: Vec<u8>) -> Resp {
    let mut r = Response::new(status, body);
    for (n, v) in [
        ("Content-Type", content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        r.add_header(n, v);
    }
    r
}

fn text(status: u16, msg: &str) -> Resp {
    respond(
        status,
        "text/plain; charset=utf-8",
        format!("{msg}\n").into_bytes(),
    )
}

fn own_html(status: u16, html: String) -> Resp {
    let mut r = respond(status, "text/html; charset=utf-8", html.into_bytes());
    r.add_header("Content-Security-Policy", inject::OWN_CSP);
    r
}

fn redirect(location: &str) -> Resp {
    let mut r = text(308, "moved");
    r.add_header("Location", location);
    r
}

/// Decodes `%XX` escapes; `None` for a malformed escape.
pub fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Why a path was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Malformed: not origin-form, a bad escape, not UTF-8.
    Bad,
    /// Tries to leave the site: `..`, `.`, backslashes, NUL, absolute or drive paths.
    Forbidden,
}

/// The decoded request path (with its leading `/`), or why it is refused.
pub fn clean_path(target: &str) -> Result<String, Refusal> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if !path.starts_with('/') {
        return Err(Refusal::Bad);
    }
    let bytes = percent_decode(path).ok_or(Refusal::Bad)?;
    let decoded = String::from_utf8(bytes).map_err(|_| Refusal::Bad)?;
    if decoded.contains(['\\', '\0']) || decoded.starts_with("//") {
        return Err(Refusal::Forbidden);
    }
    for seg in decoded[1..].split('/') {
        let drive =
            seg.len() >= 2 && seg.as_bytes()[1] == b':' && seg.as_bytes()[0].is_ascii_alphabetic();
        if seg == ".." || seg == "." || drive || seg.chars().any(char::is_control) {
            return Err(Refusal::Forbidden);
        }
    }
    if decoded[1..].contains("//") {
        return Err(Refusal::Forbidden);
    }
    Ok(decoded)
}

/// Content type by file extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("avif") => "image/avif",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ttf") => "font/ttf",
        Some("otf") => "font/otf",
        _ => "application/octet-stream",
    }
}

/// What to answer one request with.
enum Reply {
    Page(Resp),
    /// The event stream, written on the connection itself.
    Events,
}

fn handle(rq: &Request, shared: &Arc<Shared>) -> Reply {
    if rq.method != "GET" && rq.method != "HEAD" {
        let mut r = text(405, "method not allowed");
        r.add_header("Allow", "GET, HEAD");
        return Reply::Page(r);
    }
    if rq.has_body {
        return Reply::Page(text(400, "a GET or HEAD request has no body"));
    }
    let target = rq.target.as_str();
    let path = match clean_path(target) {
        Ok(p) => p,
        Err(Refusal::Bad) => return Reply::Page(text(400, "bad request path")),
        Err(Refusal::Forbidden) => {
            return Reply::Page(text(
                403,
                "forbidden: only files of the built site are served",
            ))
        }
    };
    if path == "/__privgen/events" && rq.method == "GET" {
        if shared.streams.load(Ordering::SeqCst) >= events::MAX_STREAMS {
            return Reply::Page(text(503, "too many open pages"));
        }
        return Reply::Events;
    }
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or_default();
    Reply::Page(route(&path, query, shared))
}

fn route(path: &str, query: &str, shared: &Shared) -> Resp {
    match path {
        "/__privgen/reload.js" => {
            return respond(200, "text/javascript; charset=utf-8", RELOAD_JS.into());
        }
        "/__privgen/privgen.css" => {
            return respond(200, "text/css; charset=utf-8", PRIVGEN_CSS.into());
        }
        _ if path.starts_with("/__privgen/") => return not_found(path, shared),
        _ => {}
    }
    let snap = shared.snapshot();
    let errors = snap.errors.as_deref().map(String::as_str);
    let warnings = snap.warnings.as_deref().map(String::as_str);
    let cx = |key: &'static str| PageCtx {
        rel: inject::rel_root(path),
        key,
        gen: snap.gen,
        errors,
        warnings,
        have_site: snap.tree.is_some(),
    };
    let Some(tree) = snap.tree.as_ref() else {
        // Nothing has built yet: every page is the error page.
        let body = "<h1>privgen serve</h1><p>The site has not built yet.</p>";
        return own_html(500, inject::own_page("en", "Build failed", body, &cx("*")));
    };
    let rel = &path[1..];
    // The compare view: `<id>/compare/`.
    let parts: Vec<&str> = rel.split('/').collect();
    if parts.len() >= 2
        && parts[1] == "compare"
        && (parts.len() == 2 || parts[2..] == [""] || parts[2..] == ["index.html"])
    {
        if parts.len() == 2 {
            return redirect("compare/");
        }
        let id = parts[0];
        let key = format!("{id}/");
        let cx = PageCtx {
            key: &key,
            ..cx("*")
        };
        let q = compare::Query::parse(query);
        return match compare::render(&snap.documents, id, &q, &cx) {
            Some((status, html)) => own_html(status, html),
            None => not_found(path, shared),
        };
    }
    let file = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    match tree.get(&file) {
        Some(bytes) => {
            let ct = content_type(&file);
            if ct.starts_with("text/html") {
                let html = String::from_utf8_lossy(bytes);
                let key = file.as_str();
                let cx = PageCtx { key, ..cx("*") };
                respond(200, ct, inject::page(&html, &cx).into_bytes())
            } else {
                respond(200, ct, bytes.to_vec())
            }
        }
        None => {
            // A folder asked for without its slash: send the browser to the slashed URL
            // (relative, so a proxy's path prefix survives), never list it.
            let name = rel.rsplit('/').next().unwrap_or_default();
            if !rel.is_empty()
                && !rel.ends_with('/')
                && tree.get(&format!("{rel}/index.html")).is_some()
            {
                return redirect(&format!("{name}/"));
            }
            not_found(path, shared)
        }
    }
}

fn not_found(path: &str, shared: &Shared) -> Resp {
    let snap = shared.snapshot();
    let cx = PageCtx {
        rel: inject::rel_root(path),
        key: "*",
        gen: snap.gen,
        errors: snap.errors.as_deref().map(String::as_str),
        warnings: None,
        have_site: snap.tree.is_some(),
    };
    let body = format!(
        "<h1>Not found</h1><p><code>{}</code> is not a page of this site.</p><p><a href=\"{}\">All statements</a></p>",
        crate::render::html::escape(path),
        crate::render::html::escape(if cx.rel.is_empty() { "./" } else { &cx.rel })
    );
    own_html(404, inject::own_page("en", "Not found", &body, &cx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_guarded() {
        assert_eq!(clean_path("/kei/nl/?a=1"), Ok("/kei/nl/".into()));
        assert_eq!(clean_path("/a%20b"), Ok("/a b".into()));
        for bad in [
            "/../etc/passwd",
            "/kei/../../x",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2fetc",
            "/kei/%2e%2e/%2e%2e/x",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/a\\..\\b",
            "/a%5c..%5cb",
            "/c:/windows",
            "/a/./b",
            "/a%00b",
            "/a//b",
        ] {
            assert_eq!(clean_path(bad), Err(Refusal::Forbidden), "{bad}");
        }
        for bad in ["http://x/a", "*", "/%zz", "/%ff", ""] {
            assert_eq!(clean_path(bad), Err(Refusal::Bad), "{bad}");
        }
        // Decoded once: a double-encoded dot-dot is a harmless (missing) name.
        assert_eq!(clean_path("/%252e%252e/x"), Ok("/%2e%2e/x".into()));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("a/privacy.json"), "application/json");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
