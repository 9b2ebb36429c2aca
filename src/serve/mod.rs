//! `privgen serve`: a live preview for the people who review statements.
//!
//! The site is built in memory with [`site::build`] and served from that tree by a small
//! synchronous HTTP/1.1 server with explicit limits (`conn.rs`); nothing is written to
//! `public/`. A debounced
//! watcher (`notify-debouncer-full`) on `content/`, `locales/`, `themes/` and
//! `privgen.toml` triggers rebuilds on one worker thread:
//!
//! - an edit to one or more profiles rebuilds only those clinics (`Options::only`) and
//!   splices their pages into the served tree; a full rebuild follows once the edits settle,
//!   so the served site always converges on exactly what `privgen build` would write;
//! - anything else (wording, theme, config, a new or deleted profile) rebuilds everything.
//!
//! Open pages learn about a rebuild over Server-Sent Events on the same port
//! (`__privgen/events`, addressed relative to the injected script, so a path prefix added by
//! a proxy keeps working) and reload when their own page changed. When a build fails, every
//! page is served as the last good version with an overlay holding the diagnostics exactly
//! as `privgen check` prints them; the server keeps running and recovers on the next good
//! save.
//!
//! Module map: [`http`] routes requests and guards paths, [`inject`] adds the reload script,
//! the overlay and the CSP adjustment to served HTML, [`compare`] renders the side-by-side
//! view of two languages, [`state`] holds the served snapshot and runs rebuilds, [`watch`]
//! turns file events into rebuild requests, [`events`] streams reload events.

mod compare;
mod conn;
mod events;
mod http;
mod inject;
mod state;
mod watch;

use crate::diagnostics::Diagnostic;
use crate::law::Law;
use crate::site;
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use state::Scope;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site folder (privgen.toml, content/, locales/, themes/).
    pub root: PathBuf,
    /// Address to listen on; loopback unless the user asks otherwise.
    pub bind: IpAddr,
    /// Port; 0 picks a free one (see [`Server::addr`]).
    pub port: u16,
    /// Languages and base URL, as for `build` (`only` is ignored: `serve` shows every clinic).
    pub build: site::Options,
    /// Quiet period after the last file event before a rebuild starts.
    pub debounce: Duration,
    /// Answer requests for any `Host` (behind a proxy that keeps the original one);
    /// otherwise only loopback names and addresses and the bound address (DNS rebinding).
    pub allow_any_host: bool,
}

impl ServeOptions {
    pub fn new(root: impl Into<PathBuf>) -> ServeOptions {
        ServeOptions {
            root: root.into(),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            // The preview shows drafts, under their banner.
            build: site::Options {
                drafts: true,
                ..site::Options::default()
            },
            debounce: DEFAULT_DEBOUNCE,
            allow_any_host: false,
        }
    }
}

/// Editors save in bursts (write, rename, chmod) a millisecond or two long; one rebuild per
/// burst. Short enough that a save is rebuilt within 50 ms (docs/serve.md).
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(20);

/// What the server tells its host (the CLI prints these; the library never prints).
#[derive(Debug, Clone)]
pub enum Notice {
    /// A build finished, good or bad.
    Built(BuildReport),
    /// Something went wrong that does not stop the server (e.g. the watcher failed).
    Warning(String),
}

/// The outcome of one build.
#[derive(Debug, Clone)]
pub struct BuildReport {
    pub scope: Scope,
    pub elapsed: Duration,
    /// False when the build had errors (the last good version stays served).
    pub ok: bool,
    /// Pages (HTML files) in the served site.
    pub pages: usize,
    /// Pages whose content changed, were added or removed.
    pub changed: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Sources by shown path, for diagnostic snippets.
    pub sources: BTreeMap<PathBuf, String>,
}

/// Receives [`Notice`]s, from the worker thread.
pub type Reporter = Arc<dyn Fn(Notice) + Send + Sync>;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("site folder {path}: {source}")]
    Root {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot listen on {addr}: {message}")]
    Bind { addr: SocketAddr, message: String },
    #[error("cannot start the worker thread: {0}")]
    Thread(std::io::Error),
}

/// True for 127.0.0.0/8 and ::1: only this machine can connect.
pub fn is_loopback(ip: IpAddr) -> bool {
    ip.is_loopback()
}

/// A running preview server. Dropping it (or [`Server::stop`]) stops every thread it
/// started and the file watcher.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<state::Shared>,
    threads: Vec<JoinHandle<()>>,
}

impl Server {
    /// Builds the site once, starts watching and starts listening. Returns once the first
    /// build is served (a failed first build is served as an error page, not an error here).
    pub fn start(opts: ServeOptions, law: Law, report: Reporter) -> Result<Server, ServeError> {
        let root = std::fs::canonicalize(&opts.root).map_err(|source| ServeError::Root {
            path: opts.root.clone(),
            source,
        })?;
        let want = SocketAddr::new(opts.bind, opts.port);
        let listener = std::net::TcpListener::bind(want).map_err(|e| ServeError::Bind {
            addr: want,
            message: e.to_string(),
        })?;
        let addr = listener.local_addr().unwrap_or(want);
        let shared = Arc::new(state::Shared::default());

        let mut build_opts = opts.build.clone();
        build_opts.only.clear();
        let mut rebuilder = state::Rebuilder::new(root.clone(), law, build_opts);
        let first = rebuilder.run_guarded(&watch::Change::Full);
        shared.publish(first.publish);
        report(Notice::Built(first.report));

        let (tx, rx) = mpsc::channel();
        let watcher = match watch::start(&root, opts.debounce, tx) {
            Ok(w) => Some(w),
            Err(e) => {
                report(Notice::Warning(format!(
                    "cannot watch {} for changes ({e}); pages will not reload",
                    root.display()
                )));
                None
            }
        };

        let mut threads = Vec::new();
        let worker_shared = shared.clone();
        let worker_report = report.clone();
        let worker = std::thread::Builder::new()
            .name("privgen-serve-build".into())
            .spawn(move || {
                state::worker(rebuilder, watcher, rx, worker_shared, worker_report);
            })
            .map_err(ServeError::Thread)?;
        threads.push(worker);

        let accept_shared = shared.clone();
        let policy = http::Policy {
            bound: opts.bind,
            any_host: opts.allow_any_host,
        };
        let acceptor = std::thread::Builder::new()
            .name("privgen-serve-http".into())
            .spawn(move || http::accept_loop(listener, accept_shared, policy));
        match acceptor {
            Ok(t) => threads.push(t),
            Err(e) => {
                let mut partial = Server {
                    addr,
                    shared,
                    threads,
                };
                partial.shutdown();
                return Err(ServeError::Thread(e));
            }
        }
        Ok(Server {
            addr,
            shared,
            threads,
        })
    }

    /// The address actually bound (with the real port when 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR:PORT/`, for printing and for `--open`.
    pub fn url(&self) -> String {
        let host = match self.addr.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
            IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
        };
        format!("http://{host}:{}/", self.addr.port())
    }

    /// Number of builds published so far (the first build is 1).
    pub fn generation(&self) -> u64 {
        self.shared.generation()
    }

    /// Stops the server, the watcher and the worker; waits (bounded) for request threads.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.wake_all();
        // The acceptor waits in `accept`: one connection wakes it to see `stop`.
        let wake = match self.addr.ip() {
            ip if ip.is_unspecified() && ip.is_ipv4() => Ipv4Addr::LOCALHOST.into(),
            ip if ip.is_unspecified() => std::net::Ipv6Addr::LOCALHOST.into(),
            ip => ip,
        };
        let _ = std::net::TcpStream::connect_timeout(
            &SocketAddr::new(wake, self.addr.port()),
            Duration::from_millis(500),
        );
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
        let deadline = Instant::now() + Duration::from_secs(3);
        while self.shared.active.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            self.shared.wake_all();
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}
