//! The version archive: every build also renders each page as an archived copy under
//! `<id>/archive/<version>/<lang>/…`, with a banner pointing to the current version and
//! `noindex`, plus a manifest `<id>/archive/<version>/version.json`. When the output folder
//! being replaced holds archived copies of other versions, `build` carries them into the
//! new site ([`crate::site`]), so a link to a version once published (printed on a form,
//! sent in an e-mail) keeps working after the statement changes. `<id>/archive/` lists the
//! versions present.

use super::{kind_dir, DocumentKind};
use crate::load::text::Lang;
use crate::model::Document;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version as a folder name ([`crate::load::valid_version`]: 1–32 characters of
/// `A-Z a-z 0-9 . _ -`, not starting with a dot); `None` otherwise. The loader refuses a
/// profile whose version is not one, so this guards only folders of an earlier output.
pub fn segment(version: &str) -> Option<&str> {
    crate::load::valid_version(version).then_some(version)
}

/// What the banner of an archived copy says.
#[derive(Debug, Clone, Serialize)]
pub struct Banner {
    pub version: String,
    /// Link to the current version of the same page.
    pub current: String,
}

/// One archived version of a clinic's documents (`version.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub version: String,
    /// ISO date the version took effect.
    pub effective: String,
    pub languages: Vec<Lang>,
    pub documents: Vec<DocumentKind>,
    /// Per language, the document's version line ("Versie 2.1, geldig vanaf …").
    pub lines: BTreeMap<Lang, String>,
    /// Every archived page: language, kind and title.
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub lang: Lang,
    pub kind: DocumentKind,
    pub title: String,
}

impl Entry {
    /// The entry of the documents rendered in this build, if the version is a safe name.
    pub fn of(docs: &[Document]) -> Option<Entry> {
        let first = docs.first()?;
        let version = segment(&first.meta.version)?.to_string();
        let mut languages: Vec<Lang> = Vec::new();
        let mut documents: Vec<DocumentKind> = Vec::new();
        let mut lines = BTreeMap::new();
        let mut pages = Vec::new();
        for d in docs {
            pages.push(Page {
                lang: d.lang,
                kind: d.kind,
                title: d.meta.title.clone(),
            });
            if !languages.contains(&d.lang) {
                languages.push(d.lang);
            }
            if !documents.contains(&d.kind) {
                documents.push(d.kind);
            }
            lines
                .entry(d.lang)
                .or_insert_with(|| d.meta.version_line.clone());
        }
        Some(Entry {
            version,
            effective: first.meta.effective_iso.clone(),
            languages,
            documents,
            lines,
            pages,
        })
    }

    pub fn manifest_path(&self, profile: &str) -> String {
        format!("{profile}/archive/{}/version.json", self.version)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads a manifest written by an earlier build; `None` when it is not one (a
    /// hand-edited or foreign file is left out of the listing, not trusted).
    pub fn from_json(src: &str) -> Option<Entry> {
        let e: Entry = serde_json::from_str(src).ok()?;
        segment(&e.version)?;
        Some(e)
    }
}

/// One row of the archive page.
#[derive(Debug, Serialize)]
pub struct VersionView {
    pub version: String,
    pub line: String,
    pub effective: String,
    /// One link per language and document.
    pub links: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct Link {
    pub label: String,
    pub href: String,
}

/// The rows of the archive page in `lang`, newest first (by effective date, then version);
/// each link reads "title · language", the language by its name in itself.
pub fn views(entries: &[Entry], lang: Lang) -> Vec<VersionView> {
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| (&b.effective, &b.version).cmp(&(&a.effective, &a.version)));
    sorted
        .into_iter()
        .map(|e| {
            let line = e
                .lines
                .get(&lang)
                .or_else(|| e.lines.values().next())
                .cloned()
                .unwrap_or_else(|| e.version.clone());
            let links = e
                .pages
                .iter()
                .map(|p| {
                    let language = p.lang.name();
                    Link {
                        label: format!("{} · {language}", p.title),
                        href: format!("{}/{}/{}", e.version, p.lang.code(), kind_dir(p.kind)),
                    }
                })
                .collect();
            VersionView {
                version: e.version.clone(),
                line,
                effective: e.effective.clone(),
                links,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_version_names_become_folders() {
        assert_eq!(segment("2.1"), Some("2.1"));
        assert_eq!(segment("2026-03_b"), Some("2026-03_b"));
        for bad in [
            "",
            "..",
            ".1",
            "1/2",
            "a b",
            "v<1>",
            "1\\2",
            &"9".repeat(33),
        ] {
            assert_eq!(segment(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_manifest_reads_back_and_a_foreign_one_is_refused() {
        let e = Entry {
            version: "1.0".into(),
            effective: "2025-01-01".into(),
            languages: vec![Lang::Nl, Lang::En],
            documents: vec![DocumentKind::Statement],
            lines: BTreeMap::from([(Lang::Nl, "Versie 1.0".to_string())]),
            pages: vec![
                Page {
                    lang: Lang::Nl,
                    kind: DocumentKind::Statement,
                    title: "Privacyverklaring".into(),
                },
                Page {
                    lang: Lang::En,
                    kind: DocumentKind::Statement,
                    title: "Privacy statement".into(),
                },
            ],
        };
        assert_eq!(Entry::from_json(&e.to_json()), Some(e.clone()));
        let evil = e.to_json().replace("\"1.0\"", "\"../../x\"");
        assert_eq!(Entry::from_json(&evil), None);
        assert_eq!(Entry::from_json("not json"), None);
        let newer = Entry {
            version: "2.0".into(),
            effective: "2026-01-01".into(),
            ..e.clone()
        };
        let v = views(&[e, newer], Lang::Nl);
        assert_eq!(v[0].version, "2.0");
        assert_eq!(v[1].links[1].href, "1.0/en/");
        assert_eq!(v[1].links[1].label, "Privacy statement · English");
    }
}
