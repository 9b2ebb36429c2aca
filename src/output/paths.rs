//! Where each page of the published site lives, relative to the site root: the one place
//! that decides the layout (`<id>/<lang>/`, `reglement/`, `notice/`), read by render (links,
//! files), verify (which page to review) and the commands.

use crate::load::profile::DocumentKind;
use crate::load::text::Lang;

/// Folder of a document kind below `<id>/<lang>/` (with a trailing `/`, empty for the statement).
pub fn kind_dir(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Statement => "",
        DocumentKind::Reglement => "reglement/",
        DocumentKind::Notice => "notice/",
    }
}

/// Path of a document's page, relative to the site root.
pub fn page_path(profile: &str, lang: Lang, kind: DocumentKind) -> String {
    format!("{profile}/{}/{}index.html", lang.code(), kind_dir(kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_folder() {
        assert_eq!(
            page_path("kei", Lang::NlBe, DocumentKind::Statement),
            "kei/nl-BE/index.html"
        );
        assert_eq!(
            page_path("kei", Lang::En, DocumentKind::Reglement),
            "kei/en/reglement/index.html"
        );
        assert_eq!(
            page_path("mst", Lang::Nl, DocumentKind::Notice),
            "mst/nl/notice/index.html"
        );
    }
}
