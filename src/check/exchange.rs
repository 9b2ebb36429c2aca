//! Family (b), national exchange and national recipients (issue 16 items 7 and 8): a
//! system or national body the law data of the profile's jurisdiction do not hold (a Dutch
//! clinic naming the kjernejournal, a Norwegian one the GGD), and a system with a say for
//! the patient (opt-in, opt-out, on request) without a word on where the patient exercises
//! it. The provision of the law data is put before each rule's own citation.

use super::engine::Checker;
use crate::law::exchange::{ConsentModel, NATIONAL_RECIPIENTS};
use crate::load::text::Lang;
use crate::load::vocab::{Condition, ExchangeChannel};

pub fn run(cx: &mut Checker) {
    systems(cx);
    recipients(cx);
}

fn country(cx: &Checker) -> String {
    crate::law::cite::english()
        .format(Lang::En, &format!("country-{}", cx.law.country.code), &[])
        .unwrap_or_else(|_| cx.j().code().to_string())
}

fn systems(cx: &mut Checker) {
    let entries = cx.p.exchange.clone();
    let known: Vec<&str> = cx.law.exchange.iter().map(|r| r.system.key()).collect();
    let known = if known.is_empty() {
        "none".to_string()
    } else {
        known.join(", ")
    };
    for (i, e) in entries.iter().enumerate() {
        let Some(rule) = cx.law.exchange_rule(e.system).cloned() else {
            cx.fire(
                "law/exchange-system-not-in-law",
                &format!("exchange[{i}].system"),
                &[
                    ("system", e.system.key().to_string()),
                    ("jurisdiction", cx.j().code().to_string()),
                    ("country", country(cx)),
                    ("known", known.clone()),
                ],
            );
            continue;
        };
        if rule.portal.is_none() && e.channels.contains(&ExchangeChannel::NationalPortal) {
            let j = e
                .channels
                .iter()
                .position(|c| *c == ExchangeChannel::NationalPortal)
                .unwrap_or(0);
            cx.fire(
                "law/exchange-portal-unknown",
                &format!("exchange[{i}].channels[{j}]"),
                &[("system", e.system.key().to_string())],
            );
        }
        if e.channels.is_empty() {
            let what = match rule.model {
                ConsentModel::OptIn => "give and withdraw consent",
                ConsentModel::OptOut => "object",
                ConsentModel::OnRequest => "ask for it or end it",
            };
            let mut args = vec![
                ("system", e.system.key().to_string()),
                ("model", rule.model.key().to_string()),
                ("what", what.to_string()),
            ];
            if let Some(a) = &rule.article {
                args.push((
                    "law_citation",
                    crate::law::cite::english_cites(cx.law, a, &rule.statute),
                ));
            }
            cx.fire(
                "law/exchange-no-channel",
                &format!("exchange[{i}].system"),
                &args,
            );
        }
    }
}

fn recipients(cx: &mut Checker) {
    let list: Vec<_> =
        cx.p.recipients
            .iter()
            .map(|r| (r.kind, r.conditions.contains(&Condition::ByLaw)))
            .collect();
    for (i, (k, by_law)) in list.into_iter().enumerate() {
        // A body the law sends data to (a provision in the law data), listed as if the
        // clinic chose to: the page should say the law requires it.
        if let Some(n) = cx.law.national_recipient(k) {
            if let (Some(a), Some(st), false) = (&n.article, &n.statute, by_law) {
                let cite = crate::law::cite::english_cites(cx.law, a, st);
                cx.fire(
                    "law/recipient-statutory-without-by-law",
                    &format!("recipients[{i}].conditions"),
                    &[("kind", k.key().to_string()), ("law_citation", cite)],
                );
            }
        }
        if NATIONAL_RECIPIENTS.contains(&k) && cx.law.national_recipient(k).is_none() {
            cx.fire(
                "law/recipient-not-in-law",
                &format!("recipients[{i}].kind"),
                &[
                    ("kind", k.key().to_string()),
                    ("jurisdiction", cx.j().code().to_string()),
                    ("country", country(cx)),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {

    /// The codes of this module's rules for a small profile of `jurisdiction` with `extra`.
    fn codes(jurisdiction: &str, extra: &str) -> Vec<String> {
        crate::check::small_profile_codes(jurisdiction, extra, &["law/exchange", "law/recipient"])
    }

    #[test]
    fn a_system_of_the_jurisdiction_with_its_channels_is_clean() {
        let c = codes(
            "NL",
            "exchange: [{system: lsp, channels: [practice, national_portal], viewers: [locum_gps]}]\n",
        );
        assert!(c.is_empty(), "{c:?}");
        let c = codes(
            "NO",
            "exchange: [{system: kjernejournal, channels: [national_portal]}]\n",
        );
        assert!(c.is_empty(), "{c:?}");
        let c = codes("BE", "exchange: [{system: gmd, channels: [practice]}]\n");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_foreign_system_is_an_error_and_a_silent_one_a_warning() {
        let c = codes(
            "NL",
            "exchange: [{system: kjernejournal, channels: [practice]}]\n",
        );
        assert_eq!(c, ["law/exchange-system-not-in-law"]);
        let c = codes("BE", "exchange: [{system: ehealth_hubs}]\n");
        assert_eq!(c, ["law/exchange-no-channel"]);
        let c = codes(
            "BE",
            "exchange: [{system: ehealth_hubs, channels: [practice, national_portal]}]\n",
        );
        assert_eq!(c, ["law/exchange-portal-unknown"]);
    }

    #[test]
    fn national_bodies_are_judged_by_the_jurisdiction() {
        let c = codes(
            "NL",
            "recipients: [{kind: infectious_disease_authority, conditions: [by_law]}, {kind: locum}, {kind: insurer_medical_adviser}]\n",
        );
        assert!(c.is_empty(), "{c:?}");
        let c = codes("NL", "recipients: [{kind: infectious_disease_authority}]\n");
        assert_eq!(c, ["law/recipient-statutory-without-by-law"]);
        let c = codes("NL", "recipients: [{kind: helfo}]\n");
        assert_eq!(c, ["law/recipient-not-in-law"]);
        let c = codes(
            "NO",
            "recipients: [{kind: helfo}, {kind: school_health_service}]\n",
        );
        assert_eq!(c, ["law/recipient-not-in-law"]);
    }

    #[test]
    fn generic_recipient_kinds_are_allowed_in_every_jurisdiction() {
        let generic = "recipients: [{kind: laboratory}, {kind: pharmacy}, {kind: gp}, \
                       {kind: specialist}, {kind: school}, {kind: incapacity_physician}]\n";
        for j in ["NL", "BE", "NO"] {
            let c = codes(j, generic);
            assert!(c.is_empty(), "{j}: {c:?}");
        }
    }
}
