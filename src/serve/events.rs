//! Server-Sent Events at `__privgen/events`: one long response per open page.
//!
//! On connect the stream says `hello` with the current build generation (a page served
//! before a build it missed reloads at once); after each build it sends `reload` with the
//! pages that changed. A comment line every few seconds keeps proxies from closing the
//! connection and notices clients that went away. The response is written by hand on the
//! raw connection so that every event is flushed as it is sent.

use super::state::{Reload, Shared};
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

/// Open event streams allowed at once; more get 503 and the browser retries.
pub const MAX_STREAMS: usize = 64;
const KEEPALIVE: Duration = Duration::from_secs(10);

/// The JSON payload of a `reload` event.
pub fn payload(r: &Reload, since: u64) -> String {
    // A stream that missed a build cannot know what changed in it: reload everything.
    let all = r.all || r.gen > since + 1;
    let changed: Vec<&str> = if all {
        Vec::new()
    } else {
        r.changed.iter().map(String::as_str).collect()
    };
    let changed = serde_json::to_string(&changed).unwrap_or_else(|_| "[]".into());
    format!("{{\"gen\":{},\"all\":{all},\"changed\":{changed}}}", r.gen)
}

/// Streams events to `w` until the client goes away or the server stops.
pub fn stream(mut w: Box<dyn Write + Send>, shared: &Arc<Shared>) {
    let head = "HTTP/1.1 200 OK\r\n\
Content-Type: text/event-stream; charset=utf-8\r\n\
Cache-Control: no-store\r\n\
X-Accel-Buffering: no\r\n\
X-Content-Type-Options: nosniff\r\n\
Connection: close\r\n\r\n";
    let mut seen = shared.generation();
    let hello = format!("retry: 500\nevent: hello\ndata: {{\"gen\":{seen}}}\n\n");
    if w.write_all(head.as_bytes()).is_err()
        || w.write_all(hello.as_bytes()).is_err()
        || w.flush().is_err()
    {
        return;
    }
    loop {
        let msg = {
            let mut guard = match shared.reload.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            let mut waited = Duration::ZERO;
            while guard.gen <= seen && !shared.stopping() && waited < KEEPALIVE {
                let step = Duration::from_millis(250);
                guard = match shared.cond.wait_timeout(guard, step) {
                    Ok((g, _)) => g,
                    Err(p) => p.into_inner().0,
                };
                waited += step;
            }
            if shared.stopping() {
                return;
            }
            (guard.gen > seen).then(|| {
                let text = format!("event: reload\ndata: {}\n\n", payload(&guard, seen));
                seen = guard.gen;
                text
            })
        };
        let text = msg.unwrap_or_else(|| ": keep-alive\n\n".to_string());
        if w.write_all(text.as_bytes()).is_err() || w.flush().is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_lists_changes_or_says_all() {
        let r = Reload {
            gen: 3,
            all: false,
            changed: vec!["a/nl/index.html".into()],
        };
        assert_eq!(
            payload(&r, 2),
            r#"{"gen":3,"all":false,"changed":["a/nl/index.html"]}"#
        );
        assert_eq!(payload(&r, 1), r#"{"gen":3,"all":true,"changed":[]}"#);
    }
}
