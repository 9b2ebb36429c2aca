//! Where requests go and how they are made, beyond the channels (issue 16 item 3): whom to
//! address (the organisation, the treating practitioner, the DPO), oral requests, a request
//! form, who may ask on the patient's behalf, a trusted person who assists, and how a copy
//! of the record is handed over. Facts from the profile's `rights`; sentences from
//! `locales/*/statement.ftl`, labels from `vocab.ftl`.

use crate::model::build::{join_or, para};
use crate::model::{link, Block, Ctx, Rich};

/// The paragraphs on routes, right after the channels of the requests section.
pub(super) fn request_routes(cx: &mut Ctx, blocks: &mut Vec<Block>) {
    let r = cx.lp.profile.rights.clone();
    if !r.addressees.is_empty() {
        let to: Vec<String> = r.addressees.iter().map(|a| cx.t0(&a.msg())).collect();
        let to = join_or(cx, to);
        let t = cx.t("requests-to", &[("to", to.into())]);
        blocks.push(para(t));
    }
    if r.oral {
        let t = cx.t0("requests-oral");
        blocks.push(para(t));
    }
    if let Some(url) = &r.form_url {
        let lead = cx.t0("requests-form");
        let mut rich = Rich::text(format!("{lead} "));
        rich.push(link(url, url)).push_text(".");
        blocks.push(Block::Paragraph { text: rich });
    }
    if !r.on_behalf.is_empty() {
        let who: Vec<String> = r.on_behalf.iter().map(|a| cx.t0(&a.msg())).collect();
        let who = join_or(cx, who);
        let t = cx.t("requests-on-behalf", &[("who", who.into())]);
        blocks.push(para(t));
    }
    if r.trusted_person {
        let t = cx.t0("requests-trusted-person");
        blocks.push(para(t));
    }
}

/// How a copy is handed over, after the deadline and fees.
pub(super) fn copy_delivery(cx: &mut Ctx, blocks: &mut Vec<Block>) {
    let ways = cx.lp.profile.rights.copy_delivery.clone();
    if ways.is_empty() {
        return;
    }
    let ways: Vec<String> = ways.iter().map(|w| cx.t0(&w.msg())).collect();
    let ways = join_or(cx, ways);
    let t = cx.t("requests-copy-delivery", &[("ways", ways.into())]);
    blocks.push(para(t));
}

#[cfg(test)]
mod tests {
    use crate::model::parts::erasure::tests::{build, profile, text};

    #[test]
    fn routes_addressees_form_representatives_and_copies() {
        let extra = "rights:\n  addressees: [practitioner, dpo]\n  oral: true\n  form_url: https://delinde.example/verzoek\n  on_behalf: [parents, curator]\n  copy_delivery: [collect_in_person, collect_by_authorised_person]\n";
        let t = text(&build(&profile("NL", extra)), "requests");
        assert!(
            t.contains("to your practitioner or our data protection officer"),
            "{t}"
        );
        assert!(t.contains("orally"), "{t}");
        assert!(
            t.contains("your parents with parental authority or your curator"),
            "{t}"
        );
        assert!(t.contains("can be collected by you in person or collected by someone you have authorised in writing"), "{t}");
    }

    #[test]
    fn nothing_is_added_without_the_fields() {
        let t = text(&build(&profile("NL", "")), "requests");
        assert!(
            !t.contains("orally") && !t.contains("on your behalf"),
            "{t}"
        );
    }
}
