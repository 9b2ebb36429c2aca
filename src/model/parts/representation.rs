//! Representation under the patient law, as the profile asks (`representation:`): who
//! exercises a minor's rights at which age, who acts for an adult who cannot, and who may
//! see the record after the patient's death. The facts (ages, order, provisions) come from
//! the law data of the jurisdiction (`representation` in `src/law/*.yaml`); a topic the law
//! data do not hold is left out (the check says so). This is the care law, not the online
//! consent age of GDPR Art. 8, which stays in the "Children" section (`minors:`).
//!
//! Also where requests go and how they are made, beyond the channels (issue 16 item 3),
//! stated in the requests section: whom to address (the organisation, the treating
//! practitioner, the DPO), oral requests, a request form, who may ask on the patient's
//! behalf, a trusted person who assists, and how a copy of the record is handed over.

use crate::law::patient::AgeBand;
use crate::load::vocab::RepresentationTopic;
use crate::model::build::{join_or, list, para, section, NO_BREAK_SPACES};
use crate::model::{link, Block, Ctx, Rich, Section};

/// "jonger dan 12 jaar", "van 12 tot 16 jaar", "vanaf 16 jaar".
fn range(cx: &mut Ctx, b: &AgeBand) -> String {
    match (b.from, b.to) {
        (None | Some(0), Some(to)) => cx.t("minors-range-to", &[("to", u32::from(to).into())]),
        (Some(from), None) => cx.t("minors-range-from", &[("from", u32::from(from).into())]),
        (Some(from), Some(to)) => cx.t(
            "minors-range",
            &[
                ("from", u32::from(from).into()),
                ("to", u32::from(to).into()),
            ],
        ),
        (None, None) => String::new(),
    }
}

pub(in crate::model) fn representation(cx: &mut Ctx) -> Option<Section> {
    let topics = cx.lp.profile.representation.clone();
    if topics.is_empty() {
        return None;
    }
    let law = cx.law.representation.clone();
    let mut blocks: Vec<Block> = Vec::new();
    if topics.contains(&RepresentationTopic::Minors) {
        if let Some(m) = &law.minors {
            let t = cx.t0("representation-minors");
            blocks.push(para(t));
            let mut items = Vec::new();
            for b in &m.bands {
                let r = range(cx, b);
                let mut t = cx.t(b.by.msg(), &[("range", r.into())]);
                // Each band cites its own provision, before the item's closing ";" (with the
                // no-break space French writes before it).
                if let Some(a) = &b.article {
                    let cite = cx.cite(a, &m.statute);
                    let end = if t.ends_with(';') {
                        let at = t[..t.len() - 1].trim_end_matches(NO_BREAK_SPACES).len();
                        Some(t.split_off(at))
                    } else {
                        None
                    };
                    t = format!("{t} ({cite}){}", end.unwrap_or_default());
                }
                items.push(Rich::text(t));
            }
            blocks.push(list(items));
        }
    }
    if topics.contains(&RepresentationTopic::Adults) {
        if let Some(a) = &law.adults {
            let article = cx.cite(&a.article, &a.statute);
            let t = cx.t("representation-adults", &[("article", article.into())]);
            blocks.push(para(t));
            let items = a
                .order
                .iter()
                .map(|r| Rich::text(cx.t0(&r.msg())))
                .collect();
            blocks.push(Block::List {
                ordered: true,
                items,
            });
        }
    }
    if topics.contains(&RepresentationTopic::Deceased) {
        if let Some(d) = &law.deceased {
            let article = cx.cite(&d.article, &d.statute);
            let t = cx.t(d.access.msg(), &[("article", article.into())]);
            blocks.push(para(t));
        }
    }
    if blocks.is_empty() {
        return None;
    }
    Some(section(cx, "representation", blocks, &[]))
}

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
    fn dutch_bands_order_and_deceased() {
        let doc = build(&profile(
            "NL",
            "representation: [minors, adults, deceased]\n",
        ));
        let t = text(&doc, "representation");
        assert!(t.contains("under 12: the parents"), "{t}");
        assert!(
            t.contains("from 12 to 16: both the child and the parents"),
            "{t}"
        );
        assert!(t.contains("16 and over:"), "{t}");
        assert!(t.contains("curator or mentor"), "{t}");
        assert!(t.contains("Article 7:458a"), "{t}");
    }

    #[test]
    fn belgium_has_no_fixed_age_and_norway_no_adult_order() {
        let be = text(
            &build(&profile("BE", "representation: [minors, deceased]\n")),
            "representation",
        );
        assert!(be.contains("maturity"), "{be}");
        assert!(be.contains("second degree"), "{be}");
        let no = build(&profile("NO", "representation: [adults]\n"));
        assert!(
            !no.sections.iter().any(|s| s.id == "representation"),
            "Norway's adult representation is not in the law data"
        );
    }

    #[test]
    fn the_online_consent_age_stays_in_its_own_section() {
        let doc = build(&profile(
            "NL",
            "minors: {age: 16}\nrepresentation: [minors]\n",
        ));
        assert!(doc.sections.iter().any(|s| s.id == "minors"));
        assert!(doc.sections.iter().any(|s| s.id == "representation"));
    }

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
