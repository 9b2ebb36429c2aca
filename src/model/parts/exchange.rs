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

/// `text` with "(cite)" before its final full stop.
fn with_cite(text: String, cite: Option<String>) -> String {
    match cite {
        Some(c) if !c.is_empty() => match text.strip_suffix('.') {
            Some(t) => format!("{t} ({c})."),
            None => format!("{text} ({c})"),
        },
        _ => text,
    }
}

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
        let model = cx.t0(&format!("exchange-model-{}", rule.model.key()));
        let cite = rule.article.as_ref().map(|a| cx.cite(a, &rule.statute));
        blocks.push(para(with_cite(model, cite)));
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
    use super::with_cite;

    #[test]
    fn the_citation_goes_before_the_full_stop() {
        assert_eq!(
            with_cite("U kunt bezwaar maken.".into(), Some("§ 13".into())),
            "U kunt bezwaar maken (§ 13)."
        );
        assert_eq!(
            with_cite("Zonder punt".into(), Some("x".into())),
            "Zonder punt (x)"
        );
        assert_eq!(with_cite("Niets.".into(), None), "Niets.");
    }
}
