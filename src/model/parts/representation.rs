//! Representation under the patient law, as the profile asks (`representation:`): who
//! exercises a minor's rights at which age, who acts for an adult who cannot, and who may
//! see the record after the patient's death. The facts (ages, order, provisions) come from
//! the law data of the jurisdiction (`representation` in `src/law/*.yaml`); a topic the law
//! data do not hold is left out (the check says so). This is the care law, not the online
//! consent age of GDPR Art. 8, which stays in the "Children" section (`minors:`).

use crate::law::patient::AgeBand;
use crate::load::vocab::RepresentationTopic;
use crate::model::build::{list, para, section};
use crate::model::{Block, Ctx, Rich, Section};

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
                // Each band cites its own provision, before the item's closing ";".
                if let Some(a) = &b.article {
                    let cite = cx.cite(a, &m.statute);
                    let end = if t.ends_with(';') {
                        t.pop().map(String::from)
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
        assert!(t.contains("from 12 to 16:"), "{t}");
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
}
