//! The `privgen serve` command: starts a [`Server`], prints what it does, runs until the
//! process is interrupted. The terminal output is the only part of `serve` that prints.

use crate::law::Law;
use crate::serve::{is_loopback, BuildReport, Notice, Scope, ServeOptions, Server};
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
    let shown = Mutex::new(Vec::new());
    let report: crate::serve::Reporter = Arc::new(move |n: Notice| print_notice(&n, quiet, &shown));
    let opts = ServeOptions {
        root: args.root.to_path_buf(),
        bind: args.bind,
        port: args.port,
        build: args.build,
        debounce: crate::serve::DEFAULT_DEBOUNCE,
        allow_any_host: args.allow_any_host,
    };
    let server = match Server::start(opts, law, report) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error[serve/start]: {e}");
            if matches!(e, crate::serve::ServeError::Bind { .. }) {
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

fn print_notice(n: &Notice, quiet: bool, shown: &Mutex<Vec<String>>) {
    match n {
        Notice::Warning(w) => say(&format!("warning: {w}\n")),
        Notice::Built(r) => print_build(r, quiet, shown),
    }
}

fn print_build(r: &BuildReport, quiet: bool, shown: &Mutex<Vec<String>>) {
    let ms = r.elapsed.as_secs_f64() * 1000.0;
    let mut last = match shown.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let (text, now) = news(&r.diagnostics, &r.sources, &last);
    say(&text);
    *last = now;
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

/// What the terminal shows after a build, given the findings it showed after the last one
/// (`shown`, each rendered as `privgen check` does): every error (they stop the build), and
/// the other findings only when they are new, with a line counting the ones not repeated
/// and the ones gone. Also returns the findings shown now, for the next build.
fn news(
    diags: &[crate::diagnostics::Diagnostic],
    sources: &std::collections::BTreeMap<std::path::PathBuf, String>,
    shown: &[String],
) -> (String, Vec<String>) {
    let blocks: Vec<(bool, String)> = diags
        .iter()
        .map(|d| (d.is_error(), d.render_from(sources)))
        .collect();
    let mut out = String::new();
    let mut repeated = 0;
    for (error, b) in &blocks {
        if *error || !shown.contains(b) {
            out.push_str(b);
        } else {
            repeated += 1;
        }
    }
    let gone = shown
        .iter()
        .filter(|b| !blocks.iter().any(|(_, x)| x == *b))
        .count();
    let mut notes = Vec::new();
    if repeated > 0 {
        notes.push(format!("{repeated} finding(s) as before, not repeated"));
    }
    if gone > 0 {
        notes.push(format!("{gone} finding(s) gone"));
    }
    if !notes.is_empty() {
        out.push_str(&format!("({})\n", notes.join("; ")));
    }
    let errors = blocks.iter().filter(|(e, _)| *e).count();
    if errors > 0 {
        out.push_str(&format!("error: {errors} error(s) found\n"));
    }
    (out, blocks.into_iter().map(|(_, b)| b).collect())
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

#[cfg(test)]
mod tests {
    use super::news;
    use crate::diagnostics::Diagnostic;
    use std::collections::BTreeMap;

    /// Newcomer trial: each save printed every warning again.
    #[test]
    fn a_rebuild_prints_only_what_is_new_and_counts_the_rest() {
        let src = BTreeMap::new();
        let a = Diagnostic::warning("w/a", "first");
        let b = Diagnostic::warning("w/b", "second");
        let c = Diagnostic::warning("w/c", "third");
        let (text, shown) = news(&[a.clone(), b.clone()], &src, &[]);
        assert!(text.contains("first") && text.contains("second"), "{text}");
        let (text, shown) = news(&[a.clone(), b.clone()], &src, &shown);
        assert_eq!(text, "(2 finding(s) as before, not repeated)\n");
        let (text, shown) = news(&[a.clone(), c.clone()], &src, &shown);
        assert!(text.contains("third") && !text.contains("first"), "{text}");
        assert!(
            text.contains("1 finding(s) as before, not repeated; 1 finding(s) gone"),
            "{text}"
        );
        // Errors are shown every time: they stop the build.
        let e = Diagnostic::error("e/x", "broken");
        let (_, shown) = news(&[e.clone(), a.clone()], &src, &shown);
        let (text, _) = news(&[e, a], &src, &shown);
        assert!(
            text.contains("broken") && text.contains("error: 1 error(s) found"),
            "{text}"
        );
        assert!(!text.contains("first"), "{text}");
    }
}
