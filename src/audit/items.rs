//! The schema of `lexicon/items.yaml`: the GDPR items the audit judges, the facets each
//! needs, when it applies and when the text shows it does not, and the derived facets (words
//! of one facet counted only near another). Language-independent; the words are in the
//! language files (`lexicon.rs`).

use serde::Deserialize;
use std::collections::BTreeMap;

/// How near a derived facet must be to the facet it depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Sentence,
    Block,
    Label,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    pub words_of: String,
    pub near: String,
    pub scope: Scope,
    /// Keep the words that are NOT near `near` (and all of them when `near` is not found):
    /// the controller's contact details are those that are not the DPO's.
    #[serde(default)]
    pub apart: bool,
    /// A facet whose sentence, right after a sentence of `near` in the same paragraph,
    /// continues it ("... een functionaris voor de gegevensbescherming benoemd. Hij/zij is
    /// bereikbaar op ..."): such a sentence counts as `near`'s, and it introduces the lines
    /// below it as a label does.
    #[serde(default)]
    pub follow: Option<String>,
}

/// One GDPR information duty and how its verdict is reached (see `items.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub art13: Option<String>,
    pub art14: Option<String>,
    pub title: String,
    #[serde(default)]
    pub gate: Vec<String>,
    #[serde(default)]
    pub not_applicable: Option<String>,
    /// Facets that show the item's condition absent (the text states its legal bases and
    /// legitimate interest is not one of them; the data come from the patient alone). Without
    /// a gate facet, one of these makes the item not applicable.
    #[serde(default)]
    pub shown_absent: Vec<String>,
    /// Why the item is missing when the text shows neither its condition nor its absence.
    #[serde(default)]
    pub silent: Option<String>,
    /// A `partial` facet counts only with this many different terms (a list naming two kinds
    /// of data, not one word such as "medische gegevens"); default 1.
    #[serde(default)]
    pub partial_min: Option<usize>,
    #[serde(default)]
    pub present_alone: Vec<String>,
    pub present: Vec<String>,
    pub partial: Vec<String>,
    pub missing: String,
    #[serde(default)]
    pub partial_reason: Option<String>,
}

impl Item {
    /// Every facet the item refers to.
    pub fn facets(&self) -> impl Iterator<Item = &String> {
        self.gate
            .iter()
            .chain(&self.shown_absent)
            .chain(&self.present_alone)
            .chain(&self.present)
            .chain(&self.partial)
    }
}

/// `lexicon/items.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ItemsFile {
    pub derived: BTreeMap<String, Derived>,
    pub items: Vec<Item>,
}

/// Every facet an item or derived facet names is defined: `plain(f)` says whether a language
/// (or `common.yaml`) defines facet `f`.
pub(super) fn check_names(
    items: &[Item],
    derived: &BTreeMap<String, Derived>,
    plain: impl Fn(&str) -> bool,
) -> Result<(), String> {
    let has = |f: &str| plain(f) || derived.contains_key(f);
    for (name, d) in derived {
        for f in [&d.words_of, &d.near].into_iter().chain(&d.follow) {
            if !plain(f.as_str()) {
                return Err(format!(
                    "facet `{f}` (used by derived `{name}`) is not defined"
                ));
            }
        }
    }
    for it in items {
        // a text silent on the item's condition has it missing, with this reason
        if !it.gate.is_empty() && it.silent.is_none() {
            return Err(format!(
                "item `{}` has a `gate` but no `silent` reason",
                it.id
            ));
        }
        for f in it.facets() {
            if !has(f) {
                return Err(format!(
                    "facet `{f}` (used by item `{}`) is not defined",
                    it.id
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(yaml: &str) -> Item {
        serde_saphyr::from_str(yaml).unwrap()
    }

    #[test]
    fn an_item_names_every_facet_it_uses_and_an_unknown_one_is_an_error() {
        let it = item(
            "id: transfers\nart13: 13(1)(f)\nart14: 14(1)(f)\ntitle: t\ngate: [transfer]\n\
             shown_absent: [stays_home]\npresent_alone: [no_transfer]\npresent: [transfer]\n\
             partial: [transfer]\nmissing: m\nsilent: s\n",
        );
        let names: Vec<&String> = it.facets().collect();
        assert_eq!(
            names,
            [
                "transfer",
                "stays_home",
                "no_transfer",
                "transfer",
                "transfer"
            ]
        );
        let known = ["transfer", "no_transfer"];
        let err = check_names(&[it], &BTreeMap::new(), |f| known.contains(&f)).unwrap_err();
        assert!(
            err.contains("facet `stays_home` (used by item `transfers`)"),
            "{err}"
        );
        let unsaid = item(
            "id: transfers\ntitle: t\nart13: ~\nart14: ~\ngate: [transfer]\npresent: [transfer]\n\
             partial: []\nmissing: m\n",
        );
        let err = check_names(&[unsaid], &BTreeMap::new(), |_| true).unwrap_err();
        assert!(
            err.contains("`transfers` has a `gate` but no `silent`"),
            "{err}"
        );
    }
}
