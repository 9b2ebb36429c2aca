//! Helpers for the `serve` tests: a server on 127.0.0.1 port 0, a tiny HTTP/1.0 client with
//! time limits, and bounded polling. Only loopback traffic.
#![allow(dead_code)]

use privgen::law::Law;
use privgen::serve::{Notice, ServeOptions, Server};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Notices the server reported, for assertions.
pub type Log = Arc<Mutex<Vec<Notice>>>;

/// Starts a server for `root` on 127.0.0.1, port 0, with a short debounce.
pub fn start(root: &Path) -> (Server, Log) {
    start_with(root, Duration::from_millis(50))
}

/// Starts a server for `root` on 127.0.0.1, port 0.
pub fn start_with(root: &Path, debounce: Duration) -> (Server, Log) {
    let log: Log = Arc::default();
    let l = log.clone();
    let mut opts = ServeOptions::new(root);
    opts.debounce = debounce;
    let server = Server::start(
        opts,
        Law::load().expect("law data"),
        Arc::new(move |n| l.lock().unwrap().push(n)),
    )
    .expect("server starts");
    assert!(server.addr().ip().is_loopback());
    (server, log)
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `request_line` (e.g. `GET /x`) as HTTP/1.0 and reads the whole answer, within
/// 10 seconds.
pub fn request(addr: SocketAddr, method: &str, target: &str) -> Resp {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "{method} {target} HTTP/1.0\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.take(16 * 1024 * 1024)
        .read_to_end(&mut raw)
        .expect("read response");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        body: body.to_string(),
    }
}

pub fn get(addr: SocketAddr, target: &str) -> Resp {
    request(addr, "GET", target)
}

/// Polls `f` every 50 ms until it returns `Some`, for at most `limit`.
pub fn wait_for<T>(limit: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + limit;
    for _ in 0..10_000 {
        if let Some(v) = f() {
            return Some(v);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

/// An open event stream (`__privgen/events`), read line by line with a time limit.
pub struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    pub fn open(addr: SocketAddr, timeout: Duration) -> Events {
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
        s.set_read_timeout(Some(timeout)).unwrap();
        write!(
            s,
            "GET /__privgen/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(s),
        }
    }

    /// The next `(event, data)`, skipping headers and comments; `None` on timeout or close.
    pub fn next(&mut self) -> Option<(String, String)> {
        let (mut event, mut data) = (String::new(), String::new());
        for _ in 0..1000 {
            let mut line = String::new();
            if self.reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                if !event.is_empty() {
                    return Some((event, data));
                }
                continue;
            }
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data = d.to_string();
            }
        }
        None
    }
}

/// Decodes the entities the server's escaping produces.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of the error overlay of a served page, if it has one.
pub fn overlay_text(html: &str) -> Option<String> {
    let start = html.find("<pre class=\"privgen-overlay-text\">")?;
    let rest = &html[start + "<pre class=\"privgen-overlay-text\">".len()..];
    let end = rest.find("</pre>")?;
    Some(unescape(&rest[..end]))
}
