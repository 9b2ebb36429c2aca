//! One clinic's build beyond its pages: a draft's errors shown as warnings and what its
//! preview could not show; what a build carries over from the site it replaces (the folder of
//! a clinic `--only` leaves out, and the versions of a clinic's archive).

use super::{Built, Options, Renderer};
use crate::diagnostics::Diagnostic;
use crate::load::{self, text::Lang, LoadedProfile};
use crate::render;
use std::collections::BTreeSet;

/// What a draft's preview (`build --drafts`) could not show. A draft is rendered with its
/// errors, so a document that cannot be built (a text missing in a language `--lang` asks
/// for) is absent: one warning per language says so, instead of a silent gap. The model's
/// own report of a missing text is dropped where the check already reported that field.
pub(super) fn draft_gaps(
    lp: &LoadedProfile,
    shown: &std::path::Path,
    checked: &[Diagnostic],
    opts: &Options,
    b: &mut Built,
) {
    let reported: BTreeSet<&str> = checked
        .iter()
        .filter(|d| d.code == "text/missing-translation")
        .filter_map(|d| d.field.as_deref())
        .collect();
    b.diagnostics.retain(|d| {
        d.code != "profile/missing-translation"
            || !d.field.as_deref().is_some_and(|f| reported.contains(f))
    });
    let langs = if opts.langs.is_empty() {
        &lp.profile.languages
    } else {
        &opts.langs
    };
    for lang in langs {
        let missing: Vec<&str> = lp
            .profile
            .documents
            .iter()
            .filter(|k| !b.documents.iter().any(|d| d.lang == *lang && d.kind == **k))
            .map(|k| k.key())
            .collect();
        if missing.is_empty() {
            continue;
        }
        b.diagnostics.push(
            Diagnostic::warning(
                "build/draft-incomplete",
                format!(
                    "`{}` (a draft) has no page in `{lang}` ({}): its findings above stop it there",
                    lp.id,
                    missing.join(", ")
                ),
            )
            .file(shown)
            .help(format!(
                "complete the profile's `{lang}` texts, or preview the languages it has (`--lang`)"
            )),
        );
    }
}

/// A draft's errors are reported as warnings: the draft is not published (or only previewed,
/// under its banner), so nothing misleading reaches a patient.
pub(super) fn as_draft(diags: &mut [Diagnostic]) {
    for d in diags.iter_mut().filter(|d| d.is_error()) {
        d.severity = crate::diagnostics::Severity::Warning;
        d.message = format!("{} (draft: fix before publishing)", d.message);
    }
}

/// A clinic `only` leaves out: its folder in the site being replaced (pages, exports and
/// archive) is carried into the new one unchanged, and it is listed in the index and the
/// sitemap in the languages that folder holds. `None` when the previous output has none.
pub(super) fn keep_clinic(
    lp: &LoadedProfile,
    staging: &crate::output::Staging,
) -> Option<(render::Clinic, Option<crate::output::OutputError>)> {
    let prev = staging.previous()?.join(&lp.id);
    if !std::fs::symlink_metadata(&prev).is_ok_and(|m| m.is_dir()) {
        return None;
    }
    let langs: Vec<Lang> = lp
        .profile
        .languages
        .iter()
        .copied()
        .filter(|l| prev.join(l.code()).join("index.html").is_file())
        .collect();
    let error = staging.carry(&lp.id).err();
    let clinic = render::Clinic {
        id: lp.id.clone(),
        name: lp.profile.controller.name.clone(),
        langs,
        kinds: lp.profile.documents.clone(),
        register: lp.profile.document.address,
    };
    Some((clinic, error))
}

/// The version archive of one clinic (see [`render::archive`]): the versions the site being
/// replaced holds are carried into the new one, and `<id>/archive/` lists them with the
/// current one.
pub(super) fn archive(lp: &LoadedProfile, b: &mut Built, r: &Renderer) {
    use render::archive::{segment, Entry};
    // The loader refuses a version that is no folder name (`load/invalid-version`), so
    // `current` is missing only when no document was built; the versions of the previous
    // output are carried all the same: a build that succeeds never drops one.
    let current = Entry::of(&b.documents);
    let mut entries: Vec<Entry> = current.iter().cloned().collect();
    if let Some(prev) = r.staging.and_then(|s| s.previous()) {
        let dir = prev.join(&lp.id).join("archive");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        for name in names {
            if current.as_ref().is_some_and(|c| name == c.version)
                || segment(&name) != Some(name.as_str())
            {
                continue;
            }
            let manifest = dir.join(&name).join("version.json");
            let Some(entry) = load::guard::read_bounded(&manifest, 64 * 1024)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|s| Entry::from_json(&s))
                .filter(|e| e.version == name)
            else {
                continue;
            };
            if let Some(s) = r.staging {
                if let Err(e) = s.carry(&format!("{}/archive/{name}", lp.id)) {
                    b.write_error.get_or_insert(e);
                    continue;
                }
            }
            entries.push(entry);
        }
    }
    if entries.is_empty() {
        return;
    }
    if let Err(d) = r
        .theme
        .render_archive_index(&b.clinic, &entries, r.site, &mut b.tree)
    {
        b.diagnostics.push(d);
    }
}
