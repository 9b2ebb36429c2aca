//! Shell completions and man pages, both generated from the clap definition in
//! [`crate::cli`], so they cannot drift from the flags.
//!
//! `privgen completions <SHELL>` prints a completion script (clap_complete). The man pages
//! are rendered at run time by `privgen man` (clap_mangen): to standard output (the page of
//! `privgen` itself), or with `--out DIR` as `privgen.1` plus `privgen-<command>.1` per
//! subcommand, for a package to install. We generate on demand rather than commit a
//! `docs/man/privgen.1` that a test keeps fresh: the binary is the one place that always
//! knows its own flags, and a checked-in copy would be one more file to regenerate
//! whenever anyone adds a flag.

use std::io;
use std::path::{Path, PathBuf};

/// The man page of `cmd` itself (roff).
pub fn man_page(cmd: &clap::Command) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(prepared(cmd)).render(&mut buf)?;
    Ok(buf)
}

/// Writes the man page of `cmd` and of each visible subcommand (recursively) into `dir`,
/// creating it; returns the files written, sorted.
pub fn write_man_pages(cmd: &clap::Command, dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    write_all(prepared(cmd), dir, &mut written)?;
    written.sort();
    Ok(written)
}

fn prepared(cmd: &clap::Command) -> clap::Command {
    let mut cmd = cmd.clone().disable_help_subcommand(true);
    cmd.build();
    cmd
}

fn write_all(cmd: clap::Command, dir: &Path, written: &mut Vec<PathBuf>) -> io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_all(sub.clone(), dir, written)?;
    }
    let man = clap_mangen::Man::new(cmd);
    let path = dir.join(man.get_filename());
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    std::fs::write(&path, buf)?;
    written.push(path);
    Ok(())
}
