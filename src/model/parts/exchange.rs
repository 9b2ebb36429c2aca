//! National exchange and consent systems (issue 16 item 7), as the profile lists them
//! (`exchange:`): per system what it is, whether the patient's consent is needed (opt-in),
//! the patient may object (opt-out) or the arrangement exists at the patient's request,
//! where consent is given, withdrawn or refused, who can see the data, and whether the
//! patient can see online who looked. The consent model, the portal and the provision come
//! from the law data (`exchange` in `src/law/*.yaml`); a system the jurisdiction does not
//! have is left out of the page (the check reports it as an error).
//!
//! Also the per-purpose data form (item 8), stated in the purposes section.

use crate::law::exchange::ConsentModel;
use crate::load::vocab::{DataForm, ExchangeChannel};
use crate::model::build::{join_and, join_or, para, section};
use crate::model::{web, Block, Ctx, Rich, Section, Span};

pub(in crate::model) fn exchange(cx: &mut Ctx) -> Option<Section> {
    let entries = cx.lp.profile.exchange.clone();
    if entries.is_empty() {
        return None;
    }
    let mut blocks: Vec<Block> = Vec::new();
    let lead = cx.t0("exchange-lead");
    blocks.push(para(lead));
    for (i, e) in entries.iter().enumerate() {
        let Some(rule) = cx.law.exchange_rule(e.system).cloned() else {
            continue;
        };
        let system = cx.t0(&e.system.msg());
        blocks.push(Block::Subheading {
            text: system,
            number: None,
        });
        let about = cx.t0(&format!(
            "exchange-about-{}",
            e.system.key().replace('_', "-")
        ));
        blocks.push(para(about));
        let model = cx.t(
            &format!("exchange-model-{}", rule.model.key()),
            &[("consent", rule.consent.key().into())],
        );
        blocks.push(para(model));
        // The provision the system rests on, where the law data hold a verified one.
        if let Some(a) = &rule.article {
            let law = cx.cite(a, &rule.statute);
            let t = cx.t("exchange-basis", &[("law", law.into())]);
            blocks.push(para(t));
        }
        if !e.channels.is_empty() {
            let portal = rule.portal.as_deref().map(|u| match web(u) {
                Span::Link { text, .. } | Span::Text { text } => text,
                _ => u.to_string(),
            });
            let channels: Vec<String> = e
                .channels
                .iter()
                .map(|c| match (c, &portal) {
                    (ExchangeChannel::NationalPortal, Some(p)) => cx.t(
                        "exchange-channel-portal-at",
                        &[("portal", p.clone().into())],
                    ),
                    _ => cx.t0(&c.msg()),
                })
                .collect();
            let channels = join_or(cx, channels);
            let id = match rule.model {
                ConsentModel::OptIn => "exchange-channels-consent",
                ConsentModel::OptOut => "exchange-channels-objection",
                ConsentModel::OnRequest => "exchange-channels-request",
            };
            let t = cx.t(id, &[("channels", channels.into())]);
            blocks.push(para(t));
        }
        if !e.viewers.is_empty() {
            let who: Vec<String> = e.viewers.iter().map(|v| cx.t0(&v.msg())).collect();
            let who = join_and(cx, who);
            let t = cx.t("exchange-viewers", &[("viewers", who.into())]);
            blocks.push(para(t));
        }
        if rule.audit_view {
            if let Some(url) = &rule.portal {
                let t = cx.t0(&format!(
                    "exchange-audit-{}",
                    e.system.key().replace('_', "-")
                ));
                let mut rich = Rich::text(format!("{t} "));
                rich.push(web(url)).push_text(".");
                blocks.push(Block::Paragraph { text: rich });
            }
        }
        if let Some(n) = &e.note {
            let t = cx.lt(n, &format!("exchange[{i}].note"));
            blocks.push(Block::Paragraph {
                text: Rich(vec![Span::Markdown { text: t }]),
            });
        }
    }
    if blocks.len() == 1 {
        return None;
    }
    Some(section(cx, "exchange", blocks, &[]))
}

/// "Voor dit doel gebruiken wij uw gegevens in gecodeerde (gepseudonimiseerde) vorm."
pub(super) fn purpose_form(cx: &mut Ctx, form: DataForm) -> Block {
    let f = cx.t0(&form.msg());
    para(cx.t("purpose-form", &[("form", f.into())]))
}

#[cfg(test)]
mod tests {
    use crate::model::parts::erasure::tests::{build, profile, text};

    #[test]
    fn each_system_states_its_consent_model_and_routes() {
        let nl = "exchange:\n  - {system: lsp, channels: [practice, national_portal], viewers: [locum_gps]}\n";
        let t = text(&build(&profile("NL", nl)), "exchange");
        assert!(t.contains("requires your explicit consent"), "{t}");
        assert!(
            t.contains("at our practice or online at www.volgjezorg.nl"),
            "{t}"
        );
        assert!(t.contains("GPs who stand in for your GP"), "{t}");
        assert!(t.contains("in your personal portal at"), "{t}");
        let no = "exchange:\n  - {system: kjernejournal, channels: [national_portal]}\n";
        let t = text(&build(&profile("NO", no)), "exchange");
        assert!(t.contains("you are included automatically"), "{t}");
        assert!(t.contains("section 13 of the Patient Records Act"), "{t}");
        assert!(
            t.contains("You can opt out online at www.helsenorge.no"),
            "{t}"
        );
        let be = "exchange:\n  - {system: gmd, channels: [practice]}\n";
        let t = text(&build(&profile("BE", be)), "exchange");
        assert!(t.contains("only at your request"), "{t}");
    }

    #[test]
    fn a_system_of_another_jurisdiction_is_left_out_and_the_form_is_stated() {
        let doc = build(&profile("NL", "exchange:\n  - {system: gmd}\n"));
        assert!(!doc.sections.iter().any(|s| s.id == "exchange"));
        let src = profile("NL", "").replace(
            "basis: {art6: contract, art9: health_care}",
            "basis: {art6: contract, art9: health_care}\n    form: anonymised",
        );
        let t = text(&build(&src), "purposes");
        assert!(
            t.contains("For this purpose we use your data in anonymised form."),
            "{t}"
        );
    }
}
