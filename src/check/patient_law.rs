//! Family (b), the patient law beyond access and retention: the clinic's procedure for
//! destroying the record on request against the law data (`patient_erasure`: deadline,
//! exceptions, whether there is a right at all), and the representation topics a profile
//! asks the statement to explain against what the law data hold (`representation`).
//! The provision of the law data is put before each rule's own citation.

use super::engine::Checker;
use crate::law::patient::ErasureRegime;
use crate::load::text::{Lang, Period};
use crate::load::vocab::{Channel, OnBehalf, RepresentationTopic};

pub fn run(cx: &mut Checker) {
    erasure(cx);
    representation(cx);
    on_behalf(cx);
}

fn shown(p: Period) -> String {
    if p.is_range() {
        format!("{}-{} {}", p.min, p.max, p.unit.key())
    } else {
        format!("{} {}", p.min, p.unit.key())
    }
}

fn erasure(cx: &mut Checker) {
    let (Some(e), Some(pe)) = (cx.p.erasure.clone(), cx.law.patient_erasure.clone()) else {
        return;
    };
    let cite = |cs| crate::law::cite::english_cites(cx.law, cs, &pe.statute);
    let article = cite(&pe.article);
    match pe.regime {
        ErasureRegime::None => {
            if let Some(d) = e.deadline {
                cx.fire(
                    "law/erasure-no-statutory-right",
                    "erasure.deadline",
                    &[
                        ("deadline", shown(d)),
                        ("jurisdiction", cx.j().code().to_string()),
                        ("law_citation", article),
                    ],
                );
            }
        }
        ErasureRegime::OnRequest => {
            if let (Some(own), Some(law)) = (e.deadline, pe.deadline) {
                if own.max_days() > law.max_days() + 0.5 {
                    cx.fire(
                        "law/erasure-deadline",
                        "erasure.deadline",
                        &[
                            ("deadline", shown(own)),
                            ("law_deadline", shown(law)),
                            ("law_citation", article.clone()),
                        ],
                    );
                }
            }
            let grounds: Vec<_> = pe.exceptions.iter().map(|x| x.ground.key()).collect();
            let exception_cite = pe
                .exceptions
                .first()
                .map(|x| cite(&x.article))
                .unwrap_or(article);
            for (i, g) in e.exceptions.iter().enumerate() {
                if !pe.allows(*g) {
                    cx.fire(
                        "law/erasure-ground-not-in-law",
                        &format!("erasure.exceptions[{i}]"),
                        &[
                            ("ground", g.key().to_string()),
                            ("law_grounds", grounds.join(", ")),
                            ("law_citation", exception_cite.clone()),
                        ],
                    );
                }
            }
            if pe.written_request
                && matches!(
                    e.channel,
                    Channel::Phone | Channel::InPerson | Channel::Reception
                )
            {
                cx.fire(
                    "law/erasure-request-not-written",
                    "erasure.channel",
                    &[
                        ("channel", e.channel.key().to_string()),
                        ("law_citation", cite(&pe.article)),
                    ],
                );
            }
            if let Some(d) = e.deadline {
                if e.exceptions.is_empty() && !grounds.is_empty() {
                    cx.fire(
                        "law/erasure-no-exceptions",
                        "erasure.deadline",
                        &[
                            ("deadline", shown(d)),
                            ("law_grounds", grounds.join(", ")),
                            ("law_citation", exception_cite),
                        ],
                    );
                }
            }
        }
    }
}

fn representation(cx: &mut Checker) {
    let topics = cx.p.representation.clone();
    let law = cx.law.representation.clone();
    for (i, t) in topics.iter().enumerate() {
        let held = match t {
            RepresentationTopic::Minors => law.minors.is_some(),
            RepresentationTopic::Adults => law.adults.is_some(),
            RepresentationTopic::Deceased => law.deceased.is_some(),
        };
        if !held {
            let name = crate::law::cite::english()
                .format(Lang::En, &format!("country-{}", cx.law.country.code), &[])
                .unwrap_or_else(|_| cx.j().code().to_string());
            cx.fire(
                "law/representation-not-in-law-data",
                &format!("representation[{i}]"),
                &[
                    ("topic", t.key().to_string()),
                    ("jurisdiction", cx.j().code().to_string()),
                    ("country", name),
                ],
            );
        }
    }
}

/// Who may ask on the patient's behalf, against the roles the patient law knows, and the
/// parents without the ages at which they act.
fn on_behalf(cx: &mut Checker) {
    let asked = cx.p.rights.on_behalf.clone();
    let law = cx.law.representation.clone();
    if let Some(roles) = &law.roles {
        let known: Vec<&str> = roles.list.iter().map(|r| r.key()).collect();
        let cite = crate::law::cite::english_cites(cx.law, &roles.article, &roles.statute);
        for (i, r) in asked.iter().enumerate() {
            if !roles.list.contains(r) {
                cx.fire(
                    "law/on-behalf-role-not-in-law",
                    &format!("rights.on_behalf[{i}]"),
                    &[
                        ("role", r.key().to_string()),
                        ("jurisdiction", cx.j().code().to_string()),
                        ("known", known.join(", ")),
                        ("law_citation", cite.clone()),
                    ],
                );
            }
        }
    }
    let parents = asked
        .iter()
        .position(|r| matches!(r, OnBehalf::Parents | OnBehalf::Guardian));
    if let (Some(i), Some(m)) = (parents, &law.minors) {
        if !cx.p.representation.contains(&RepresentationTopic::Minors) {
            let cite = crate::law::cite::english_cites(cx.law, &m.article, &m.statute);
            cx.fire(
                "law/on-behalf-parents-without-ages",
                &format!("rights.on_behalf[{i}]"),
                &[("law_citation", cite)],
            );
        }
    }
}

#[cfg(test)]
mod tests {

    /// The codes `check` reports for a small profile of `jurisdiction` with `extra` keys.
    fn codes(jurisdiction: &str, extra: &str) -> Vec<String> {
        crate::check::small_profile_codes(
            jurisdiction,
            extra,
            &["law/erasure", "law/on-behalf", "law/representation"],
        )
    }

    #[test]
    fn dutch_grounds_and_deadlines_are_judged_by_art_7_455() {
        let c = codes("NL", "erasure: {channel: letter, deadline: 3 months, exceptions: [other_person_interest, statutory_duty]}\n");
        assert!(c.is_empty(), "{c:?}");
        let c = codes(
            "NL",
            "erasure: {channel: phone, deadline: 4 months, exceptions: [public_health]}\n",
        );
        assert_eq!(
            c,
            [
                "law/erasure-deadline",
                "law/erasure-ground-not-in-law",
                "law/erasure-request-not-written"
            ],
            "{c:?}"
        );
    }

    #[test]
    fn other_jurisdictions_judge_by_their_own_law() {
        // Belgium: no destruction right, so grounds are not judged, a deadline is.
        let c = codes(
            "BE",
            "erasure: {channel: letter, exceptions: [public_health]}\n",
        );
        assert!(c.is_empty(), "{c:?}");
        // Norway: no `patient_erasure`; deletion runs on hpl § 43, no rule on the procedure.
        let c = codes("NO", "erasure: {channel: phone, deadline: 9 months}\n");
        assert!(c.is_empty(), "{c:?}");
        // Roles: Norway's are not encoded, so none is judged.
        let c = codes("NO", "rights: {on_behalf: [curator]}\n");
        assert!(c.is_empty(), "{c:?}");
        let c = codes("BE", "rights: {on_behalf: [mentor]}\n");
        assert_eq!(c, ["law/on-behalf-role-not-in-law"], "{c:?}");
    }
}
