//! The example profiles `privgen init` writes: one data file per jurisdiction, beside its law
//! data (`src/law/starter/<code>.yaml`), each with its texts in the languages of its country
//! and English, cut down to the site's languages when written.
//!
//! Template rules (kept simple so the filter can stay a line filter that keeps every
//! comment): `{{languages}}` is replaced by the flow list of the site's languages; a line
//! whose key is a language (`nl:`, `nl-BE:`, `nb:`, `en:`, possibly after `- `) is one entry
//! of a language map, and the lines indented deeper below it are its continuation (a
//! folded `>-` text). Entries for languages the site does not publish are dropped; `nl`
//! stays when `nl-BE` is published, since `nl-BE` falls back to it. No profile field is
//! named like a language, so no other line is touched. Every language map in a template
//! holds every built-in language (a test proves each starter clean in each), so every map keeps at least one entry.

use crate::load::profile::Jurisdiction;
use crate::load::text::Lang;

/// The template of a jurisdiction (`src/law/starter/<code>.yaml`).
pub fn template(j: Jurisdiction) -> &'static str {
    let code = j.code().to_ascii_lowercase();
    crate::law::STARTER_FILES
        .iter()
        .find(|f| f.0 == code)
        .map(|f| f.2)
        .unwrap_or_default()
}

/// The file name (without `.yaml`), which is also the profile id: the law data's
/// `starter.id`.
pub fn profile_id(j: Jurisdiction) -> String {
    crate::law::Law::load()
        .ok()
        .and_then(|l| l.try_get(j).map(|d| d.starter.id.clone()))
        .unwrap_or_else(|| format!("example-{}", j.code().to_ascii_lowercase()))
}

/// The starter profile of `j` in `langs` (the first is authoritative).
pub fn render(j: Jurisdiction, langs: &[Lang]) -> String {
    let list = langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ");
    let text = template(j).replace("{{languages}}", &format!("[{list}]"));
    filter_languages(&text, langs)
}

/// A language-map entry: (indent, has `- `, column of the key, language).
fn entry(line: &str) -> Option<(usize, bool, usize, Lang)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let (dash, rest) = match rest.strip_prefix("- ") {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (key, after) = rest.split_once(':')?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let lang = Lang::parse(key.trim_matches('"'))?;
    Some((indent, dash, indent + if dash { 2 } else { 0 }, lang))
}

/// An entry stays when its language is published, or when a published language falls
/// back to it (`nl` serves `nl-BE`).
fn keep(lang: Lang, langs: &[Lang]) -> bool {
    langs.iter().any(|l| l.is_variant_of(lang))
}

/// Drops the language-map entries of languages not in `langs` (see the module docs).
pub fn filter_languages(text: &str, langs: &[Lang]) -> String {
    let mut out = String::with_capacity(text.len());
    // Column of a dropped entry that carried the list item's `- `.
    let mut pending_dash: Option<usize> = None;
    // Lines deeper than this column continue a dropped entry.
    let mut skipping: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let blank = line.trim().is_empty();
        if let Some(col) = skipping {
            if blank || indent > col {
                continue;
            }
            skipping = None;
        }
        match entry(line) {
            Some((_, dash, col, lang)) if !keep(lang, langs) => {
                if dash {
                    pending_dash = Some(col);
                }
                skipping = Some(col);
            }
            Some((ind, dash, col, _)) => {
                if !dash && pending_dash == Some(col) && ind >= 2 {
                    out.push_str(&line[..ind - 2]);
                    out.push_str("- ");
                    out.push_str(&line[ind..]);
                } else {
                    out.push_str(line);
                }
                pending_dash = None;
            }
            None => {
                pending_dash = None;
                out.push_str(line);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_entries_and_their_continuation_lines() {
        let src = "a:\n  nl: >-\n    Hallo\n    daar\n  nb: Hei\n  en: Hello\nb: 1\n";
        assert_eq!(
            filter_languages(src, &[Lang::En]),
            "a:\n  en: Hello\nb: 1\n"
        );
        assert_eq!(
            filter_languages(src, &[Lang::NlBe]),
            "a:\n  nl: >-\n    Hallo\n    daar\nb: 1\n"
        );
    }

    #[test]
    fn moves_the_list_dash_to_the_first_kept_entry() {
        let src = "l:\n  - nl: een\n    nb: en\n    en: one\n  - nl: twee\n    en: two\n";
        assert_eq!(
            filter_languages(src, &[Lang::Nb, Lang::En]),
            "l:\n  - nb: en\n    en: one\n  - en: two\n"
        );
    }

    #[test]
    fn leaves_other_keys_alone() {
        let src = "languages: {{languages}}\nname: nl\nnotes: \"en: x\"\n";
        let s = render(Jurisdiction::NL, &[Lang::Nl]);
        assert!(s.contains("languages: [nl]"), "{s}");
        assert_eq!(filter_languages(src, &[Lang::Nb]), src);
    }
}
