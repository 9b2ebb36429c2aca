//! The `privgen serve` command: starts a [`Server`], prints what it does, runs until the
//! process is interrupted. The terminal output is the only part of `serve` that prints.

use super::{is_loopback, BuildReport, Notice, Scope, ServeOptions, Server};
use crate::law::Law;
use crate::site;
use std::net::IpAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// What the command line asked for.
#[derive(Debug, Clone)]
pub struct Args<'a> {
    pub root: &'a Path,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub allow_any_host: bool,
    pub build: site::Options,
    pub quiet: bool,
}

/// Runs `serve`; returns an exit code only when it cannot start (2).
pub fn run(args: Args, law: Law) -> i32 {
    if !is_loopback(args.bind) {
        eprintln!(
            "warning: listening on {}: the preview is reachable from other machines and has no \
access control; use --bind 127.0.0.1 unless you need this (e.g. inside a container)",
            args.bind
        );
    }
    if args.allow_any_host {
        eprintln!(
            "warning: --allow-any-host: requests for any Host name are answered, so a web page \
on another site can read the preview through DNS rebinding; use it only behind a proxy"
        );
    }
    let quiet = args.quiet;
    // Warnings are printed when they change, not again after every save.
    let shown = Mutex::new(String::new());
    let report: super::Reporter = Arc::new(move |n: Notice| print_notice(&n, quiet, &shown));
    let opts = ServeOptions {
        root: args.root.to_path_buf(),
        bind: args.bind,
        port: args.port,
        build: args.build,
        debounce: super::DEFAULT_DEBOUNCE,
        allow_any_host: args.allow_any_host,
    };
    let server = match Server::start(opts, law, report) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error[serve/start]: {e}");
            if matches!(e, super::ServeError::Bind { .. }) {
                eprintln!("   = help: pass another --port (0 picks a free one)");
            }
            return crate::cli::EXIT_USAGE;
        }
    };
    let url = server.url();
    eprintln!(
        "serving {} at {url} from memory (nothing is written); compare languages at {url}<id>/compare/?a=nl&b=en; Ctrl-C to stop",
        args.root.display()
    );
    if args.open {
        if let Err(e) = open_browser(&url) {
            eprintln!("warning: cannot open a browser ({e}); open {url} yourself");
        }
    }
    loop {
        std::thread::park();
    }
}

/// Writes a line to stderr; a closed stderr must not stop the server.
fn say(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

fn print_notice(n: &Notice, quiet: bool, shown: &Mutex<String>) {
    match n {
        Notice::Warning(w) => say(&format!("warning: {w}\n")),
        Notice::Built(r) => print_build(r, quiet, shown),
    }
}

fn print_build(r: &BuildReport, quiet: bool, shown: &Mutex<String>) {
    let ms = r.elapsed.as_secs_f64() * 1000.0;
    let text = super::state::render(&r.diagnostics, &r.sources);
    let mut last = match shown.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    if !r.ok || *last != text {
        say(&text);
        *last = if r.ok { text } else { String::new() };
    }
    drop(last);
    if !r.ok {
        say(&format!(
            "build failed in {ms:.0} ms; every open page shows the errors over the last good version\n"
        ));
        return;
    }
    if quiet {
        return;
    }
    let what = match &r.scope {
        Scope::Full => "built the site".to_string(),
        Scope::Settle => "rebuilt the whole site after the edits settled".to_string(),
        Scope::Profiles(ids) => format!("rebuilt {}", ids.join(", ")),
    };
    say(&format!(
        "{what} in {ms:.0} ms: {} page(s), {} changed\n",
        r.pages, r.changed
    ));
}

fn open_browser(url: &str) -> std::io::Result<()> {
    let mut cmd = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    cmd.arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(|mut child| {
            // Reap the opener when it exits.
            std::thread::spawn(move || child.wait());
        })
}
