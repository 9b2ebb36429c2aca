//! Sections with a validity window (issue 16 item 11): `valid_from` / `valid_until` on
//! purposes, recipients, processors, transfers, the cameras and the research block.
//!
//! The statement speaks as of its `effective` date, so the window is judged on that date,
//! never on the build date: a build stays reproducible (no clock), and a statement dated
//! 1 March says what applied on 1 March. Content whose window does not include `effective`
//! is left out of every page (statement, reglement, notice) by [`in_force`]; `check` reports
//! each such entry at its `valid_from` or `valid_until` (src/check/window.rs). To publish the
//! next state of affairs, raise `effective` (and `version`), which is a change `diff` shows.
//!
//! Entries are removed from the profile the pages are built from, so a later list entry
//! moves up one index there. The checks judge the same in-force profile (an expired
//! consent purpose needs no withdrawal route), and [`Renumber`] maps each finding's field
//! path back to the entry's position in the file; the window rules themselves read the
//! profile as written.

use super::profile::Profile;
use super::text::Date;
use super::LoadedProfile;
use std::borrow::Cow;

/// Where an entry stands on the `effective` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The window includes the date (or there is none).
    InForce,
    /// `valid_from` lies after the date.
    NotYet,
    /// `valid_until` lies before the date.
    Expired,
}

/// The standing of a window `[from, until]` (both days included) on `date`.
pub fn standing(from: Option<Date>, until: Option<Date>, date: Date) -> Standing {
    if from.is_some_and(|f| f > date) {
        Standing::NotYet
    } else if until.is_some_and(|u| u < date) {
        Standing::Expired
    } else {
        Standing::InForce
    }
}

/// One entry with a window: its field path and dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Windowed {
    pub field: String,
    pub from: Option<Date>,
    pub until: Option<Date>,
}

/// Every entry of `p` that gives `valid_from` or `valid_until`, in profile order.
pub fn entries(p: &Profile) -> Vec<Windowed> {
    let mut out = Vec::new();
    let mut push = |field: String, from: Option<Date>, until: Option<Date>| {
        if from.is_some() || until.is_some() {
            out.push(Windowed { field, from, until });
        }
    };
    for (i, x) in p.purposes.iter().enumerate() {
        push(format!("purposes[{i}]"), x.valid_from, x.valid_until);
    }
    for (i, x) in p.recipients.iter().enumerate() {
        push(format!("recipients[{i}]"), x.valid_from, x.valid_until);
    }
    for (i, x) in p.processors.iter().enumerate() {
        push(format!("processors[{i}]"), x.valid_from, x.valid_until);
    }
    if let Some(t) = &p.transfers {
        for (i, x) in t.list.iter().enumerate() {
            push(format!("transfers.list[{i}]"), x.valid_from, x.valid_until);
        }
    }
    if let Some(c) = &p.cameras {
        push("cameras".into(), c.valid_from, c.valid_until);
    }
    if let Some(r) = &p.research {
        push("research".into(), r.valid_from, r.valid_until);
    }
    out
}

/// For each list that lost entries, the original index of each entry kept: a field path of
/// the in-force profile (`purposes[1]`) names `purposes[kept[1]]` in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Renumber(pub Vec<(&'static str, Vec<usize>)>);

impl Renumber {
    /// `field` of the in-force profile as a path of the profile as written.
    pub fn original(&self, field: &str) -> String {
        for (list, kept) in &self.0 {
            let Some(rest) = field.strip_prefix(list).and_then(|r| r.strip_prefix('[')) else {
                continue;
            };
            let Some((n, tail)) = rest.split_once(']') else {
                continue;
            };
            if let Some(orig) = n.parse::<usize>().ok().and_then(|i| kept.get(i)) {
                return format!("{list}[{orig}]{tail}");
            }
        }
        field.to_string()
    }
}

/// The indices of the entries of `items` that `keep` keeps.
fn kept<T>(items: &[T], keep: impl Fn(&T) -> bool) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, x)| keep(x))
        .map(|(i, _)| i)
        .collect()
}

/// `p` without the entries whose window does not include its `effective` date: what the
/// pages say. Borrowed unchanged when nothing falls outside.
pub fn profile_in_force(p: &Profile) -> Cow<'_, Profile> {
    profile_in_force_renumbered(p).0
}

/// [`profile_in_force`], with the map from its list positions back to the profile's.
pub fn profile_in_force_renumbered(p: &Profile) -> (Cow<'_, Profile>, Renumber) {
    let date = p.effective;
    let keep =
        |from: Option<Date>, until: Option<Date>| standing(from, until, date) == Standing::InForce;
    if entries(p).iter().all(|w| keep(w.from, w.until)) {
        return (Cow::Borrowed(p), Renumber::default());
    }
    let mut map = Vec::new();
    let mut note = |list: &'static str, k: Vec<usize>, len: usize| {
        if k.len() != len {
            map.push((list, k));
        }
    };
    let purposes = kept(&p.purposes, |x| keep(x.valid_from, x.valid_until));
    note("purposes", purposes, p.purposes.len());
    let recipients = kept(&p.recipients, |x| keep(x.valid_from, x.valid_until));
    note("recipients", recipients, p.recipients.len());
    let processors = kept(&p.processors, |x| keep(x.valid_from, x.valid_until));
    note("processors", processors, p.processors.len());
    if let Some(t) = &p.transfers {
        let list = kept(&t.list, |x| keep(x.valid_from, x.valid_until));
        note("transfers.list", list, t.list.len());
    }
    let mut p = p.clone();
    p.purposes.retain(|x| keep(x.valid_from, x.valid_until));
    p.recipients.retain(|x| keep(x.valid_from, x.valid_until));
    p.processors.retain(|x| keep(x.valid_from, x.valid_until));
    if let Some(t) = &mut p.transfers {
        t.list.retain(|x| keep(x.valid_from, x.valid_until));
    }
    if p.cameras
        .as_ref()
        .is_some_and(|c| !keep(c.valid_from, c.valid_until))
    {
        p.cameras = None;
    }
    if p.research
        .as_ref()
        .is_some_and(|r| !keep(r.valid_from, r.valid_until))
    {
        p.research = None;
    }
    (Cow::Owned(p), Renumber(map))
}

/// The profile the pages are built from: `lp` with [`profile_in_force`].
pub fn in_force(lp: &LoadedProfile) -> Cow<'_, LoadedProfile> {
    match profile_in_force(&lp.profile) {
        Cow::Borrowed(_) => Cow::Borrowed(lp),
        Cow::Owned(p) => {
            let mut out = lp.clone();
            out.profile = p;
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn both_days_of_the_window_are_included() {
        let (f, u) = (Some(d("2026-01-01")), Some(d("2026-06-30")));
        assert_eq!(standing(f, u, d("2026-01-01")), Standing::InForce);
        assert_eq!(standing(f, u, d("2026-06-30")), Standing::InForce);
        assert_eq!(standing(f, u, d("2025-12-31")), Standing::NotYet);
        assert_eq!(standing(f, u, d("2026-07-01")), Standing::Expired);
        assert_eq!(standing(None, None, d("2026-07-01")), Standing::InForce);
    }

    #[test]
    fn entries_outside_the_window_leave_the_built_profile_only() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/check/base-nl.yaml"
        );
        let src = std::fs::read_to_string(path).unwrap();
        let mut profile = crate::load::resilient::parse(&src).unwrap();
        let n = profile.purposes.len();
        let mut ended = profile.purposes[0].clone();
        ended.valid_until = Some(d("2025-12-31"));
        let mut coming = profile.purposes[0].clone();
        coming.valid_from = Some(d("2026-01-02"));
        let mut current = profile.purposes[0].clone();
        current.valid_from = Some(d("2026-01-01"));
        profile.purposes.extend([ended, coming, current]);
        let lp = LoadedProfile::new("x".into(), "x.yaml".into(), src.clone(), profile);
        let fields: Vec<String> = entries(&lp.profile).into_iter().map(|w| w.field).collect();
        assert_eq!(
            fields,
            [n, n + 1, n + 2].map(|i| format!("purposes[{i}]")),
            "effective {}",
            lp.profile.effective
        );
        let built = in_force(&lp);
        assert_eq!(built.profile.purposes.len(), n + 1);
        assert_eq!(built.profile.purposes[n].valid_from, Some(d("2026-01-01")));
        assert_eq!(lp.profile.purposes.len(), n + 3);
        let mut only_current = lp.profile.clone();
        only_current.purposes.truncate(n);
        let lp2 = LoadedProfile::new("x".into(), "x.yaml".into(), src, only_current);
        assert!(matches!(in_force(&lp2), Cow::Borrowed(_)));
        // Paths of the in-force profile name the entry's position in the file.
        let (_, renumber) = profile_in_force_renumbered(&lp.profile);
        assert_eq!(
            renumber.original(&format!("purposes[{n}].basis")),
            format!("purposes[{}].basis", n + 2)
        );
        assert_eq!(renumber.original("purposes[0]"), "purposes[0]");
        assert_eq!(renumber.original("retention[3]"), "retention[3]");
    }
}
