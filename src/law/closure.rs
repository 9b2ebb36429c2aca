//! What the law says about patient records when a practice closes or is taken over (who may
//! keep them), and about their deposit in a national health archive (issue 16 item 9). Each
//! value carries its source; the sentences are in `locales/*/statement.ftl` (`closure-*`).
//!
//! - NL: no statute names the keeper; the record duty of art. 7:454 BW stays with the
//!   provider, and the KNMG's guidance on changing GP has the successor take the records
//!   after the patients were told and could object (see `reference` in nl.yaml).
//! - BE: the physician stays responsible for keeping the files; they may be entrusted to a
//!   colleague with the same competence (Nationale Raad van de Orde der artsen, 2018).
//! - NO: records not transferred to a named health professional or business are delivered
//!   to the national scheme (pasientjournalforskriften § 17, from 1 October 2021); specialist
//!   health services deposit paper records with Norsk helsearkiv ten years after the
//!   patient's death (helsearkivforskriften § 17).

use super::{Cite, Cites, LawData, LawRef};
use crate::load::text::{Date, Period};
use crate::load::vocab::Handover;
use serde::{Deserialize, Serialize};

/// Who may keep the records after closure, and the national archive deposit.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordClosure {
    /// The routes the law (or the professional guidance it leaves room for) allows; a
    /// profile may name only these.
    pub handover: Vec<Handover>,
    /// The provision that sets the routes, cited on the page; none where only guidance does.
    #[serde(default)]
    pub basis: Option<LawRef>,
    /// The rule applies to profiles dated from this day.
    #[serde(default)]
    pub valid_from: Option<Date>,
    /// Deposit of old records in the national health archive, where the law has one.
    #[serde(default)]
    pub archive_deposit: Option<ArchiveDeposit>,
    pub reference: String,
}

/// A duty to deposit patient records in a national archive.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveDeposit {
    /// Id in `statutes`.
    pub statute: String,
    pub article: Cites,
    /// The deposit falls due this long after the patient's death.
    pub after_death: Period,
    pub reference: String,
}

impl RecordClosure {
    /// Whether the law data allow `h` as the keeper of the records.
    pub fn allows(&self, h: Handover) -> bool {
        self.handover.contains(&h)
    }
}

impl LawData {
    /// The closure rule in force on `date`, if the law data hold one.
    pub fn closure_on(&self, date: Date) -> Option<&RecordClosure> {
        self.record_closure
            .as_ref()
            .filter(|c| c.valid_from.is_none_or(|f| f <= date))
    }

    /// The citations of the closure data, for validation when the law data load.
    pub(super) fn closure_cites(&self) -> Vec<(String, &Cite, &str)> {
        let mut out: Vec<(String, &Cite, &str)> = Vec::new();
        if let Some(c) = &self.record_closure {
            if let Some(b) = &c.basis {
                for x in &b.article.0 {
                    out.push(("record_closure.basis.article".into(), x, b.statute.as_str()));
                }
            }
            if let Some(a) = &c.archive_deposit {
                for x in &a.article.0 {
                    out.push((
                        "record_closure.archive_deposit.article".into(),
                        x,
                        a.statute.as_str(),
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::law::Law;
    use crate::load::profile::Jurisdiction;
    use crate::load::text::Date;
    use crate::load::vocab::Handover;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn norway_sends_unclaimed_records_to_the_national_scheme_from_october_2021() {
        let law = Law::load().unwrap();
        let no = law.get(Jurisdiction::NO);
        assert!(no.closure_on(date("2021-09-30")).is_none());
        let c = no.closure_on(date("2021-10-01")).unwrap();
        assert!(c.allows(Handover::NationalScheme));
        assert!(!c.allows(Handover::FormerHolder));
        assert!(c.archive_deposit.is_some());
    }

    #[test]
    fn the_netherlands_and_belgium_have_no_national_scheme_or_archive() {
        let law = Law::load().unwrap();
        for j in [Jurisdiction::NL, Jurisdiction::BE] {
            let c = law.get(j).closure_on(date("2026-01-01")).unwrap();
            assert!(!c.allows(Handover::NationalScheme), "{j:?}");
            assert!(c.allows(Handover::Successor), "{j:?}");
            assert!(c.archive_deposit.is_none(), "{j:?}");
        }
        let be = law
            .get(Jurisdiction::BE)
            .closure_on(date("2026-01-01"))
            .unwrap();
        assert!(be.allows(Handover::Colleague));
    }
}
