//! Destroying the medical record on request: the patient law's own rule, stated with the
//! right to erasure (NL: destruction within three months unless an exception of
//! art. 7:455 lid 2 BW applies; NO: deletion only on the conditions of helsepersonelloven
//! § 43, appealable to Statsforvalteren), and the clinic's procedure, stated with the
//! requests (how to ask, the steps, the clinic's deadline, the exceptions it applies, what
//! it keeps). Facts come from the law data and the profile's `erasure`; the sentences from
//! `locales/*/statement.ftl`.

use crate::law::patient::ErasureRegime;
use crate::load::vocab::ErasureGround;
use crate::model::build::{address_inline, join_and, join_or, list, para};
use crate::model::{Block, Ctx, Rich};

/// The grounds, as clauses joined with "or".
fn grounds(cx: &mut Ctx, grounds: &[ErasureGround]) -> String {
    let items: Vec<String> = grounds.iter().map(|g| cx.t0(&g.msg())).collect();
    join_or(cx, items)
}

/// The patient law's destruction right (NL), after the GDPR right to erasure.
pub(super) fn law_right(cx: &mut Ctx, blocks: &mut Vec<Block>) {
    let Some(pe) = cx.law.patient_erasure.clone() else {
        return;
    };
    let (ErasureRegime::OnRequest, Some(deadline)) = (pe.regime, pe.deadline) else {
        return;
    };
    let period = cx.period(deadline);
    let article = cx.cite(&pe.article, &pe.statute);
    let ex: Vec<ErasureGround> = pe.exceptions.iter().map(|e| e.ground).collect();
    let exceptions = grounds(cx, &ex);
    let mut t = cx.t(
        "right-erasure-record",
        &[
            ("period", period.into()),
            ("article", article.into()),
            ("exceptions", exceptions.into()),
        ],
    );
    if pe.before_retention_ends {
        t = format!("{t} {}", cx.t0("right-erasure-before-retention"));
    }
    blocks.push(para(t));
}

/// The conditions of conditional deletion (NO: helsepersonelloven § 43), appended to the
/// sentence on the national erasure regime.
pub(super) fn deletion_conditions(cx: &mut Ctx) -> Option<String> {
    let c = cx.law.record_changes.as_ref()?.conditions.clone()?;
    let all: Vec<String> = c.all.iter().map(|x| cx.t0(x.msg())).collect();
    let all = join_and(cx, all);
    let t = if c.any.is_empty() {
        cx.t(
            "right-record-erasure-conditions-all",
            &[("all", all.into())],
        )
    } else {
        let any: Vec<String> = c.any.iter().map(|x| cx.t0(x.msg())).collect();
        let any = join_or(cx, any);
        cx.t(
            "right-record-erasure-conditions",
            &[("all", all.into()), ("any", any.into())],
        )
    };
    Some(t)
}

/// The clinic's erasure procedure, at the end of the requests section.
pub(super) fn procedure(cx: &mut Ctx, blocks: &mut Vec<Block>) {
    let p = &cx.lp.profile;
    let Some(e) = p.erasure.clone() else { return };
    blocks.push(Block::Subheading {
        text: cx.t0("erasure-heading"),
        number: None,
    });
    let channel = cx.t0(&e.channel.msg());
    let addr = p
        .controller
        .postal_address
        .as_ref()
        .or(p.controller.visiting_address.as_ref())
        .map(address_inline);
    let name = p.controller.name.clone();
    let then = !e.steps.is_empty();
    let mut t = match addr {
        Some(a) => cx.t(
            "erasure-channel-address",
            &[
                ("channel", channel.into()),
                ("name", name.into()),
                ("address", a.into()),
            ],
        ),
        None => cx.t("erasure-channel", &[("channel", channel.into())]),
    };
    if then {
        t = format!("{t} {}", cx.t0("erasure-then"));
    }
    blocks.push(para(t));
    if then {
        let items = e
            .steps
            .iter()
            .map(|s| Rich::text(cx.t0(&s.msg())))
            .collect();
        blocks.push(Block::List {
            ordered: true,
            items,
        });
    }
    if let Some(d) = e.deadline {
        let period = cx.period(d);
        let t = cx.t("erasure-deadline", &[("period", period.into())]);
        blocks.push(para(t));
    }
    if !e.exceptions.is_empty() {
        let g = grounds(cx, &e.exceptions);
        let t = cx.t("erasure-exceptions", &[("grounds", g.into())]);
        blocks.push(para(t));
    }
    if !e.kept.is_empty() {
        blocks.push(para(cx.t0("erasure-kept-lead")));
        let items = e.kept.iter().map(|k| Rich::text(cx.t0(&k.msg()))).collect();
        blocks.push(list(items));
    }
}

#[cfg(test)]
pub(in crate::model) mod tests {
    use crate::law::Law;
    use crate::load::text::Lang;
    use crate::model::{self, Block, Document, Span};

    /// A small valid profile of `jurisdiction` with `extra` top-level keys.
    pub(in crate::model) fn profile(jurisdiction: &str, extra: &str) -> String {
        format!(
            r#"
jurisdiction: {jurisdiction}
languages: [en]
version: "1.0"
effective: 2026-01-01
controller:
  name: Kliniek De Linde
  email: privacy@delinde.example
  postal_address: {{street: Postbus 1, postcode: 1000 AA, city: Utrecht}}
data:
  - category: health
purposes:
  - id: care
    basis: {{art6: contract, art9: health_care}}
retention:
  - {{record: medical_record, period: 30 years, from: last_contact}}
{extra}"#
        )
    }

    /// The text of a section's paragraphs and list items, one per line.
    pub(in crate::model) fn text(doc: &Document, id: &str) -> String {
        let s = doc.sections.iter().find(|s| s.id == id).unwrap();
        let mut out = String::new();
        for b in &s.blocks {
            let rich: Vec<&crate::model::Rich> = match b {
                Block::Paragraph { text } => vec![text],
                Block::List { items, .. } => items.iter().collect(),
                _ => vec![],
            };
            for r in rich {
                for sp in &r.0 {
                    if let Span::Text { text } = sp {
                        out.push_str(text);
                    }
                }
                out.push('\n');
            }
        }
        out
    }

    /// The English statement of a profile given as YAML.
    pub(in crate::model) fn build(src: &str) -> Document {
        let law = Law::load().unwrap();
        let profile = crate::load::parse_profile(src).unwrap();
        let lp = crate::load::LoadedProfile::new("t".into(), "t.yaml".into(), src.into(), profile);
        let data = law.get(lp.profile.jurisdiction);
        model::build_statement(&lp, data, crate::law::cite::english(), Lang::En).unwrap()
    }

    #[test]
    fn the_dutch_right_names_the_deadline_exceptions_and_early_destruction() {
        let doc = build(&profile("NL", ""));
        let t = text(&doc, "rights");
        assert!(t.contains("within 3 months"), "{t}");
        assert!(
            t.contains("of substantial importance to someone other than you or a statutory rule prevents their destruction"),
            "{t}"
        );
        assert!(t.contains("before the retention period has ended"), "{t}");
    }

    #[test]
    fn belgium_states_no_destruction_right_and_norway_states_the_conditions() {
        let be = text(&build(&profile("BE", "")), "rights");
        assert!(!be.contains("within 3 months"), "{be}");
        let no = text(&build(&profile("NO", "")), "rights");
        assert!(
            no.contains("clearly not needed to give you health care"),
            "{no}"
        );
        assert!(no.contains("unobjectionable on general grounds"), "{no}");
    }

    #[test]
    fn the_procedure_states_deadline_exceptions_and_what_is_kept() {
        let extra = "erasure:\n  channel: signed_letter\n  deadline: 2 months\n  exceptions: [other_person_interest]\n  kept: [request, financial_administrative]\n";
        let t = text(&build(&profile("NL", extra)), "requests");
        assert!(
            t.contains("within 2 months of receiving your request"),
            "{t}"
        );
        assert!(
            t.contains("in so far as keeping the data is of substantial importance"),
            "{t}"
        );
        assert!(t.contains("your request itself"), "{t}");
        assert!(t.contains("financial and administrative data"), "{t}");
        // No steps: the lead does not announce a procedure that follows.
        assert!(!t.contains("The procedure is then as follows"), "{t}");
    }
}
