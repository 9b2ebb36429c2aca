//! Output of `privgen audit`, consistent with `privgen check`: every partial or missing item
//! and every flagged phrase is a [`Diagnostic`] (code `audit/<item>` or the lint rule id),
//! rendered by the shared renderers (human, JSON, GitHub workflow commands, SARIF). The
//! human format adds the item table with the evidence of each verdict.

use super::detect::{Decided, Verdict};
use super::Report;
use crate::diagnostics::sarif::RuleMeta;
use crate::diagnostics::{Diagnostic, Severity};
use std::fmt::Write as _;

/// The diagnostic code of an item.
pub fn code(item: &str) -> String {
    format!("audit/{}", item.replace('_', "-"))
}

/// A detected value as the report shows it: `NL`, or `undecided, NL or BE` when detection
/// found a tie (the jurisdiction's, or the language's: `undecided, nl or fr`).
fn shown<T: std::fmt::Display>(d: &Decided<T>) -> String {
    if d.tie.is_empty() {
        d.value.to_string()
    } else {
        let values: Vec<String> = d.tie.iter().map(|v| v.to_string()).collect();
        format!("undecided, {}", values.join(" or "))
    }
}

/// Partial and missing items, detection notes and flagged phrases of one report.
pub fn diagnostics(r: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut note = Diagnostic::error(
        "audit/detected",
        format!(
            "read as {} ({}), language {} ({}), jurisdiction {} ({})",
            match r.format {
                super::text::Format::Text => "plain text",
                super::text::Format::Markdown => "Markdown",
                super::text::Format::Html => "HTML",
            },
            r.encoding.as_deref().unwrap_or("UTF-8"),
            shown(&r.language),
            if r.language.detected {
                format!("detected: {}", r.language.reason)
            } else {
                r.language.reason.clone()
            },
            shown(&r.jurisdiction),
            if r.jurisdiction.detected {
                format!("detected: {}", r.jurisdiction.reason)
            } else {
                r.jurisdiction.reason.clone()
            },
        ),
    )
    .with_severity(Severity::Info)
    .file(&r.file);
    if !r.notes.is_empty() {
        note = note.help(r.notes.join("; "));
    }
    out.push(note);
    for it in &r.items {
        let sev = match it.verdict {
            Verdict::Missing => Severity::Error,
            Verdict::Partial => Severity::Warning,
            _ => continue,
        };
        let mut d = Diagnostic::error(
            &code(&it.id),
            format!("Art. {} {}: {}", it.article, it.verdict.key(), it.title),
        )
        .with_severity(sev)
        .file(&r.file)
        .citation(format!("GDPR Art. {}", it.article));
        if let Some(e) = it.evidence.first() {
            d = d.at(e.line, 1);
        }
        let mut help = it.reason.clone().unwrap_or_default();
        for e in &it.evidence {
            let _ = write!(help, "\nevidence, line {}: “{}”", e.line, e.quote);
        }
        out.push(d.help(help));
    }
    for w in &r.wording {
        let mut d = Diagnostic::error(&w.rule, w.message.clone())
            .with_severity(w.severity)
            .file(&r.file)
            .help(format!("write instead: {}", w.replacement))
            .citation(w.citation.clone());
        d.line = Some(w.line);
        d.column = w.column;
        out.push(d);
    }
    out
}

/// SARIF rule metadata for audit codes (and, through the check catalogue, lint codes).
pub fn meta(code_: &str) -> Option<RuleMeta> {
    if let Some(m) = crate::check::catalogue::meta(code_) {
        return Some(m);
    }
    let lex = super::lexicon::lexicon().ok()?;
    let it = lex.items.iter().find(|i| code(&i.id) == code_)?;
    let art = [it.art13.as_deref(), it.art14.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ");
    Some(RuleMeta {
        id: code_.to_string(),
        short: format!("Art. {art}: {}", it.title),
        help: it.missing.clone(),
        citation: Some(format!("GDPR Art. {art}")),
        help_uri: Some(format!("docs/audit.md#{}", it.id.replace('_', "-"))),
        severity: Severity::Error,
    })
}

fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Present => "present ",
        Verdict::Partial => "partial ",
        Verdict::Missing => "MISSING ",
        Verdict::NotApplicable => "n/a     ",
    }
}

/// The human report of one statement.
pub fn human(r: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}", r.file.display());
    let said = |d: bool, reason: &str| {
        if d {
            format!("detected; {reason}")
        } else {
            reason.to_string()
        }
    };
    let _ = writeln!(
        s,
        "  language {} ({}); jurisdiction {} ({})",
        shown(&r.language),
        said(r.language.detected, &r.language.reason),
        shown(&r.jurisdiction),
        said(r.jurisdiction.detected, &r.jurisdiction.reason)
    );
    if let Some(d) = r.dated {
        let _ = writeln!(s, "  the text is dated {} (line {})", d.date, d.line);
    }
    let _ = writeln!(
        s,
        "  {}",
        if r.indirect {
            "the text says data also come from others: Art. 14 items apply"
        } else {
            "the text does not say data come from others: the Art. 14 items apply unless it says they come from the patient alone"
        }
    );
    for n in &r.notes {
        let _ = writeln!(s, "  note: {n}");
    }
    let (p, pa, m, na) = r.counts();
    let _ = writeln!(
        s,
        "\n  GDPR items: {p} present, {pa} partial, {m} missing, {na} not applicable"
    );
    for it in &r.items {
        let _ = writeln!(
            s,
            "  {} Art. {:<20} {}",
            mark(it.verdict),
            it.article,
            it.title
        );
        if let Some(reason) = &it.reason {
            if it.verdict != Verdict::Present {
                let _ = writeln!(s, "           {reason}");
            }
        }
        if it.verdict != Verdict::NotApplicable {
            for e in it.evidence.iter().take(2) {
                let _ = writeln!(s, "           line {}: “{}”", e.line, e.quote);
            }
        }
    }
    let _ = writeln!(s, "\n  Wording: {} phrase(s) to change", r.wording.len());
    for w in &r.wording {
        let loc = match w.column {
            Some(c) => format!("{}:{c}", w.line),
            None => w.line.to_string(),
        };
        let _ = writeln!(
            s,
            "  {} line {loc} [{}]: {}",
            w.severity.key(),
            w.rule,
            w.message
        );
        let _ = writeln!(s, "           write instead: {}", w.replacement);
        let _ = writeln!(s, "           citation: {}", w.citation);
    }
    s
}

/// The JSON document of `--format json`: the reports plus their diagnostics.
pub fn json(reports: &[Report], errors: &[Diagnostic]) -> serde_json::Value {
    let mut diags: Vec<Diagnostic> = errors.to_vec();
    for r in reports {
        diags.extend(diagnostics(r));
    }
    serde_json::json!({
        "version": 1,
        "statements": reports,
        "diagnostics": diags,
    })
}
