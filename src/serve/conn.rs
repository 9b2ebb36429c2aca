//! The HTTP/1.1 connection layer of the preview, with explicit limits: a bounded number of
//! connections, a bounded request head read within a deadline, and a `Host` check against
//! DNS rebinding. Requests are `GET`/`HEAD` without a body; responses have a
//! `Content-Length`; keep-alive and pipelining are kept.
//!
//! Limits (docs/serve.md, docs/limits.md):
//! - [`MAX_CONNECTIONS`] open connections; one more is answered 503 and closed at once;
//! - [`MAX_HEAD_BYTES`] for the request line and headers (431 beyond), [`MAX_HEADERS`] lines;
//! - [`HEAD_TIMEOUT`] to send a whole request head (408 and close), [`IDLE_TIMEOUT`] of
//!   quiet between the requests of a kept-alive connection, [`WRITE_TIMEOUT`] per write.

use std::io::{Read, Write};
use std::net::{IpAddr, TcpStream};
use std::time::{Duration, Instant};

pub const MAX_CONNECTIONS: usize = 256;
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
pub const MAX_HEADERS: usize = 100;
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(15);
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// Reads wait at most this long, so a stopping server is noticed.
const POLL: Duration = Duration::from_millis(200);

/// One parsed request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    /// The request target as sent (`/mst/nl/?a=b`).
    pub target: String,
    /// The `Host` header, if any.
    pub host: Option<String>,
    /// The connection stays open after the response.
    pub keep_alive: bool,
    /// The request announced a body (`Content-Length` > 0 or `Transfer-Encoding`), which
    /// the preview never reads: the connection is closed after the response.
    pub has_body: bool,
}

/// A response; [`write`] adds `Content-Length` and `Connection`.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body,
        }
    }

    /// Adds a header; a name or value with a control character is dropped.
    pub fn add_header(&mut self, name: &str, value: &str) {
        let ok = |s: &str| !s.bytes().any(|b| b.is_ascii_control());
        if ok(name) && ok(value) && !name.is_empty() {
            self.headers.push((name.to_string(), value.to_string()));
        }
    }
}

/// Why no request could be read.
#[derive(Debug, PartialEq, Eq)]
pub enum HeadError {
    /// The peer closed the connection (or stayed quiet past the idle timeout) between
    /// requests: close without an answer.
    Closed,
    /// Answer with this status and close.
    Refuse(u16, &'static str),
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        304 => "Not Modified",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

/// Writes `r` (without its body for `HEAD`).
pub fn write(
    w: &mut impl Write,
    r: &Response,
    head_only: bool,
    keep_alive: bool,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", r.status, reason(r.status));
    for (n, v) in &r.headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n", r.body.len()));
    if !keep_alive {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    if !head_only {
        out.extend_from_slice(&r.body);
    }
    w.write_all(&out)?;
    w.flush()
}

/// Ends a connection after its last response: the write side is shut first and a little of
/// what the peer still sends is read and dropped, so the kernel does not reset the
/// connection (and lose the response) because of unread bytes.
pub fn close(stream: TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    let mut sink = [0u8; 4096];
    let mut left: usize = 64 * 1024;
    let mut s = &stream;
    while left > 0 {
        match s.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
}

/// A connection and the bytes read from it but not used yet (a pipelined request).
pub struct Conn {
    pub stream: TcpStream,
    buf: Vec<u8>,
}

impl Conn {
    pub fn new(stream: TcpStream) -> Conn {
        let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
        let _ = stream.set_nodelay(true);
        Conn {
            stream,
            buf: Vec::new(),
        }
    }

    /// Reads the next request head. `first`: the connection is new (the head must come
    /// within [`HEAD_TIMEOUT`]); otherwise the peer may first stay quiet for
    /// [`IDLE_TIMEOUT`]. `stopping` is polled between reads.
    pub fn next_request(
        &mut self,
        first: bool,
        stopping: &dyn Fn() -> bool,
    ) -> Result<Request, HeadError> {
        let started = Instant::now();
        let mut head_started = if first || !self.buf.is_empty() {
            Some(started)
        } else {
            None
        };
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = memchr::memmem::find(&self.buf, b"\r\n\r\n") {
                let head: Vec<u8> = self.buf.drain(..end + 4).collect();
                return parse(&head[..end]);
            }
            if self.buf.len() > MAX_HEAD_BYTES {
                return Err(HeadError::Refuse(431, "request head too large"));
            }
            // A request line that cannot be HTTP/1.x is refused as soon as it is complete
            // (an HTTP/0.9 `GET /` would otherwise wait for headers that never come).
            if let Some(eol) = memchr::memmem::find(&self.buf, b"\r\n") {
                parse_request_line(&self.buf[..eol])?;
            }
            if stopping() {
                return Err(HeadError::Closed);
            }
            let now = Instant::now();
            match head_started {
                Some(t) if now.duration_since(t) >= HEAD_TIMEOUT => {
                    return Err(HeadError::Refuse(408, "request head not received in time"));
                }
                None if now.duration_since(started) >= IDLE_TIMEOUT => {
                    return Err(HeadError::Closed)
                }
                _ => {}
            }
            let _ = self.stream.set_read_timeout(Some(POLL));
            match self.stream.read(&mut chunk) {
                Ok(0) => return Err(HeadError::Closed),
                Ok(n) => {
                    head_started.get_or_insert(Instant::now());
                    self.buf.extend_from_slice(&chunk[..n]);
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock
                            | std::io::ErrorKind::TimedOut
                            | std::io::ErrorKind::Interrupted
                    ) => {}
                Err(_) => return Err(HeadError::Closed),
            }
        }
    }
}

fn parse_request_line(line: &[u8]) -> Result<(String, String, bool), HeadError> {
    let bad = HeadError::Refuse(400, "bad request line");
    let line = std::str::from_utf8(line).map_err(|_| HeadError::Refuse(400, "bad request line"))?;
    if !line.is_ascii() {
        return Err(bad);
    }
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad);
    };
    if method.is_empty() || target.is_empty() || method.bytes().any(|b| !b.is_ascii_uppercase()) {
        return Err(bad);
    }
    let http11 = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        v if v.starts_with("HTTP/") => return Err(HeadError::Refuse(505, "HTTP/1.1 only")),
        _ => return Err(bad),
    };
    Ok((method.to_string(), target.to_string(), http11))
}

/// Parses a request head (without the blank line that ends it).
pub fn parse(head: &[u8]) -> Result<Request, HeadError> {
    let mut lines = head
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let (method, target, http11) = parse_request_line(lines.next().unwrap_or_default())?;
    let mut rq = Request {
        method,
        target,
        host: None,
        keep_alive: http11,
        has_body: false,
    };
    let mut count = 0;
    for line in lines {
        count += 1;
        if count > MAX_HEADERS {
            return Err(HeadError::Refuse(431, "too many header lines"));
        }
        let bad = || HeadError::Refuse(400, "bad header line");
        let line = std::str::from_utf8(line).map_err(|_| bad())?;
        if !line.is_ascii() || line.starts_with([' ', '\t']) {
            return Err(bad());
        }
        let (name, value) = line.split_once(':').ok_or_else(bad)?;
        if name.is_empty() || name.contains([' ', '\t']) {
            return Err(bad());
        }
        let value = value.trim_matches([' ', '\t']);
        match name.to_ascii_lowercase().as_str() {
            "host" => {
                if rq.host.is_some() {
                    return Err(HeadError::Refuse(400, "two Host headers"));
                }
                rq.host = Some(value.to_string());
            }
            "connection" => {
                let v = value.to_ascii_lowercase();
                if v.split(',').any(|t| t.trim() == "close") {
                    rq.keep_alive = false;
                } else if v.split(',').any(|t| t.trim() == "keep-alive") {
                    rq.keep_alive = true;
                }
            }
            "content-length" => rq.has_body |= value != "0",
            "transfer-encoding" => rq.has_body = true,
            _ => {}
        }
    }
    if http11 && rq.host.is_none() {
        return Err(HeadError::Refuse(400, "HTTP/1.1 request without Host"));
    }
    if rq.has_body {
        rq.keep_alive = false;
    }
    Ok(rq)
}

/// Whether a request with this `Host` may be answered by a server bound to `bound`: a
/// loopback name (`localhost`, `*.localhost`), a loopback address, the bound address, or —
/// when bound to every interface — any address literal. A DNS-rebinding page reaches the
/// server under its own domain name, so names other than `localhost` are refused. A
/// missing `Host` (HTTP/1.0) is allowed.
pub fn host_allowed(host: Option<&str>, bound: IpAddr) -> bool {
    let Some(host) = host else {
        return true;
    };
    let name = host_name(host).to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    let literal = name.trim_start_matches('[').trim_end_matches(']');
    match literal.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback() || ip == bound || bound.is_unspecified(),
        Err(_) => false,
    }
}

/// `host` without its `:port` (`[::1]:8000` → `[::1]`, `a:8000` → `a`).
fn host_name(host: &str) -> &str {
    if host.starts_with('[') {
        return match host.find(']') {
            Some(i) if port_or_nothing(&host[i + 1..]) => &host[..=i],
            _ => host,
        };
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

/// `""` or `:` followed by digits.
fn port_or_nothing(rest: &str) -> bool {
    rest.is_empty()
        || rest
            .strip_prefix(':')
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
impl HeadError {
    /// The status answered, if any.
    pub fn status(&self) -> Option<u16> {
        match self {
            HeadError::Closed => None,
            HeadError::Refuse(s, _) => Some(*s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn heads_are_parsed_strictly() {
        let rq = parse(b"GET /a?b HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection: close").unwrap();
        assert_eq!((rq.method.as_str(), rq.target.as_str()), ("GET", "/a?b"));
        assert_eq!(rq.host.as_deref(), Some("127.0.0.1:8000"));
        assert!(!rq.keep_alive && !rq.has_body);
        assert!(parse(b"GET / HTTP/1.0").unwrap().host.is_none());
        for bad in [
            &b"GET /"[..],
            b"GET / HTTP/1.1",
            b"GET  / HTTP/1.1\r\nHost: a",
            b"GET / HTTP/1.1\r\nHost: a\r\nHost: b",
            b"GET / HTTP/1.1\r\nHost: a\r\n folded",
            b"GET / HTTP/1.1\r\nHost: \xc3\xa9",
            b"GET /\xff HTTP/1.1\r\nHost: a",
        ] {
            assert!(parse(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        assert_eq!(
            parse(b"GET / HTTP/2.0").unwrap_err(),
            HeadError::Refuse(505, "HTTP/1.1 only")
        );
        let many = format!(
            "GET / HTTP/1.1\r\nHost: a{}",
            "\r\nX: y".repeat(MAX_HEADERS)
        );
        assert_eq!(parse(many.as_bytes()).unwrap_err().status(), Some(431));
        let body = parse(b"GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked").unwrap();
        assert!(body.has_body && !body.keep_alive);
    }

    #[test]
    fn only_loopback_names_and_addresses_are_answered() {
        let lo = IpAddr::V4(Ipv4Addr::LOCALHOST);
        for ok in [
            "localhost",
            "localhost:8000",
            "127.0.0.1:8000",
            "[::1]:8000",
            "a.localhost",
            "127.0.0.2",
            "LOCALHOST",
        ] {
            assert!(host_allowed(Some(ok), lo), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8000",
            "localhost.evil.example",
            "192.168.1.5:8000",
            "",
            "[::1]x",
        ] {
            assert!(!host_allowed(Some(bad), lo), "{bad}");
        }
        let lan: IpAddr = "192.168.1.5".parse().unwrap();
        assert!(host_allowed(Some("192.168.1.5:8000"), lan));
        let any = IpAddr::V4(Ipv4Addr::UNSPECIFIED);
        assert!(host_allowed(Some("10.0.0.7:8000"), any));
        assert!(!host_allowed(Some("evil.example"), any));
        assert!(host_allowed(None, lo));
    }
}
