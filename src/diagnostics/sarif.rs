//! SARIF 2.1.0 output (`--format sarif`), for GitHub code scanning and other SARIF viewers.
//! Every result names its rule; every rule carries its short description, the help text
//! (what to write instead) and the legal citation. SARIF wants `helpUri` absolute, and
//! privgen knows no address where its documentation is published (Cargo.toml names no
//! `repository` or `homepage`; the site's `base_url` does not serve `docs/`), so a rule's
//! section of the documentation (`docs/check.md#…`) goes into its `properties.docs`
//! instead, and `helpUri` is written only when a rule's link is absolute.
//! Findings the profile allows with a reason become results with an `inSource` suppression
//! whose justification is that reason.

use super::{Diagnostic, Severity};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// What SARIF needs to know about a rule.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub id: String,
    /// One line: what the rule finds.
    pub short: String,
    /// What to write instead, and why.
    pub help: String,
    pub citation: Option<String>,
    pub help_uri: Option<String>,
    pub severity: Severity,
}

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A file name as a SARIF `uri` (a relative URI reference): `/`-separated, lossy UTF-8, with
/// `%`, spaces, control and bidirectional characters percent-encoded.
fn uri(p: &std::path::Path) -> String {
    let mut out = String::new();
    for c in p.to_string_lossy().replace('\\', "/").chars() {
        if c == '%' || c == ' ' || super::unsafe_in_name(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The SARIF log for `diags`. `rule` describes a diagnostic code; codes it does not know
/// (load and theme problems) get a rule built from the first diagnostic that uses them.
pub fn log(diags: &[Diagnostic], rule: &dyn Fn(&str) -> Option<RuleMeta>, version: &str) -> Value {
    let mut rules: BTreeMap<String, RuleMeta> = BTreeMap::new();
    for d in diags {
        if rules.contains_key(&d.code) {
            continue;
        }
        let meta = rule(&d.code).unwrap_or_else(|| RuleMeta {
            id: d.code.clone(),
            short: d.code.clone(),
            help: d.help.clone().unwrap_or_else(|| d.message.clone()),
            citation: d.citation.clone(),
            help_uri: None,
            severity: d.severity,
        });
        rules.insert(d.code.clone(), meta);
    }
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let rules_json: Vec<Value> = rules
        .values()
        .map(|r| {
            let mut help_text = r.help.clone();
            if let Some(c) = &r.citation {
                help_text.push_str(&format!("\nCitation: {c}"));
            }
            let mut o = Map::new();
            o.insert("id".into(), json!(r.id));
            o.insert("name".into(), json!(r.id.replace(['/', '-'], "_")));
            o.insert("shortDescription".into(), json!({ "text": r.short }));
            o.insert("fullDescription".into(), json!({ "text": r.short }));
            o.insert(
                "help".into(),
                json!({ "text": help_text, "markdown": help_markdown(r) }),
            );
            let mut props = Map::new();
            match &r.help_uri {
                Some(u) if is_absolute(u) => {
                    o.insert("helpUri".into(), json!(u));
                }
                Some(u) => {
                    props.insert("docs".into(), json!(u));
                }
                None => {}
            }
            o.insert(
                "defaultConfiguration".into(),
                json!({ "level": level(r.severity) }),
            );
            if let Some(c) = &r.citation {
                props.insert("citation".into(), json!(c));
            }
            if !props.is_empty() {
                o.insert("properties".into(), Value::Object(props));
            }
            Value::Object(o)
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut text = d.message.clone();
            if let Some(f) = &d.field {
                text.push_str(&format!(" (field `{f}`)"));
            }
            let mut o = Map::new();
            o.insert("ruleId".into(), json!(d.code));
            o.insert("ruleIndex".into(), json!(index.get(d.code.as_str())));
            o.insert("level".into(), json!(level(d.severity)));
            o.insert("message".into(), json!({ "text": text }));
            if let Some(f) = &d.file {
                let mut region = Map::new();
                if let Some(l) = d.line {
                    region.insert("startLine".into(), json!(l));
                }
                if let Some(c) = d.column {
                    region.insert("startColumn".into(), json!(c));
                }
                let mut phys = Map::new();
                phys.insert("artifactLocation".into(), json!({ "uri": uri(f) }));
                if !region.is_empty() {
                    phys.insert("region".into(), Value::Object(region));
                }
                let mut loc = Map::new();
                loc.insert("physicalLocation".into(), Value::Object(phys));
                if let Some(field) = &d.field {
                    loc.insert(
                        "logicalLocations".into(),
                        json!([{ "fullyQualifiedName": field, "kind": "member" }]),
                    );
                }
                o.insert("locations".into(), json!([Value::Object(loc)]));
            }
            if let Some(reason) = &d.allowed {
                o.insert(
                    "suppressions".into(),
                    json!([{ "kind": "inSource", "justification": reason }]),
                );
            }
            let mut props = Map::new();
            if let Some(h) = &d.help {
                props.insert("help".into(), json!(h));
            }
            if let Some(c) = &d.citation {
                props.insert("citation".into(), json!(c));
            }
            if !props.is_empty() {
                o.insert("properties".into(), Value::Object(props));
            }
            Value::Object(o)
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "privgen",
                "version": version,
                "rules": rules_json,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

/// An absolute `https://` or `http://` URI (RFC 3986 with a scheme and an authority).
fn is_absolute(u: &str) -> bool {
    ["https://", "http://"]
        .iter()
        .any(|p| u.strip_prefix(p).is_some_and(|rest| !rest.is_empty()))
}

fn help_markdown(r: &RuleMeta) -> String {
    let mut s = format!("**{}**\n\n{}", r.short, r.help);
    if let Some(c) = &r.citation {
        s.push_str(&format!("\n\n*Citation:* {c}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_point_at_rules_and_carry_suppressions() {
        let mut allowed = Diagnostic::warning("x/b", "second").file("c.yaml").at(3, 4);
        allowed.allowed = Some("because".into());
        let diags = vec![Diagnostic::error("x/a", "first").field("dpo"), allowed];
        let v = log(&diags, &|_| None, "0.1.0");
        let run = &v["runs"][0];
        assert_eq!(run["tool"]["driver"]["rules"][1]["id"], "x/b");
        assert_eq!(run["results"][1]["ruleIndex"], 1);
        assert_eq!(
            run["results"][1]["locations"][0]["physicalLocation"]["region"]["startColumn"],
            4
        );
        assert_eq!(
            run["results"][1]["suppressions"][0]["justification"],
            "because"
        );
        assert!(run["results"][0].get("locations").is_none());
    }

    #[test]
    fn help_uri_is_absolute_or_absent() {
        let meta = |code: &str| {
            Some(RuleMeta {
                id: code.into(),
                short: "s".into(),
                help: "h".into(),
                citation: None,
                help_uri: Some(if code == "x/web" {
                    "https://example.org/docs#x".into()
                } else {
                    "docs/check.md#x-rel".into()
                }),
                severity: Severity::Warning,
            })
        };
        let diags = vec![
            Diagnostic::warning("x/rel", "a"),
            Diagnostic::warning("x/web", "b"),
        ];
        let v = log(&diags, &meta, "0.1.0");
        let rules = &v["runs"][0]["tool"]["driver"]["rules"];
        assert!(rules[0].get("helpUri").is_none(), "{}", rules[0]);
        assert_eq!(rules[0]["properties"]["docs"], "docs/check.md#x-rel");
        assert_eq!(rules[1]["helpUri"], "https://example.org/docs#x");
    }
}
