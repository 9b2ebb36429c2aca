//! GitHub Actions: one workflow command per diagnostic (see [`super::Diagnostic::render_github`])
//! and a Markdown job summary, appended to the file named by `$GITHUB_STEP_SUMMARY`.

use super::{counts, Diagnostic};
use std::fmt::Write as _;

/// A Markdown table of every diagnostic, with counts, for the job summary.
pub fn summary(diags: &[Diagnostic]) -> String {
    let (errors, warnings, infos, allowed) = counts(diags);
    let mut s = String::from("## privgen check\n\n");
    let _ = writeln!(
        s,
        "{errors} error(s), {warnings} warning(s), {infos} info, {allowed} allowed with a reason.\n"
    );
    if diags.is_empty() {
        s.push_str("No findings.\n");
        return s;
    }
    s.push_str("| Severity | Rule | Location | Message | Citation |\n");
    s.push_str("|---|---|---|---|---|\n");
    for d in diags {
        let mut msg = d.message.clone();
        if let Some(r) = &d.allowed {
            msg.push_str(&format!(" (allowed: {r})"));
        }
        let _ = writeln!(
            s,
            "| {} | `{}` | {} | {} | {} |",
            d.label(),
            cell(&d.code),
            cell(&d.location().unwrap_or_default()),
            cell(&msg),
            cell(d.citation.as_deref().unwrap_or(""))
        );
    }
    s
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .replace('<', "&lt;")
}

/// Appends the summary to `path` (the job summary file).
pub fn append_summary(path: &std::path::Path, diags: &[Diagnostic]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    f.write_all(summary(diags).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_are_escaped() {
        let d = Diagnostic::error("a/b", "x | y\nz").file("c.yaml").at(1, 2);
        let s = summary(&[d]);
        assert!(
            s.contains("| error | `a/b` | c.yaml:1:2 | x \\| y z |  |"),
            "{s}"
        );
        assert!(s.contains("1 error(s), 0 warning(s)"));
    }
}
