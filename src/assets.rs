//! The default wording and theme, embedded by `build.rs` from `locales/` and
//! `themes/default/` (every file, hidden files skipped).

include!(concat!(env!("OUT_DIR"), "/init_assets.rs"));

#[cfg(test)]
mod tests {
    use super::ASSETS;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// Every file of `dir` (relative to the crate root), hidden files skipped.
    fn on_disk(root: &Path, dir: &str, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in walkdir::WalkDir::new(root.join(dir))
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(Result::ok)
        {
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                let rel = rel.to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(entry.path()).unwrap_or_default());
            }
        }
    }

    /// A file added to, changed in or removed from `locales/` or `themes/default/` without
    /// being embedded fails here (build.rs re-embeds on every change, so this guards the
    /// build script itself).
    #[test]
    fn every_locale_and_theme_file_is_embedded() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut disk = BTreeMap::new();
        on_disk(root, "locales", &mut disk);
        on_disk(root, "themes/default", &mut disk);
        let embedded: BTreeMap<String, Vec<u8>> = ASSETS
            .iter()
            .map(|(p, b)| ((*p).to_string(), b.to_vec()))
            .collect();
        let missing: Vec<&String> = disk.keys().filter(|k| !embedded.contains_key(*k)).collect();
        let extra: Vec<&String> = embedded.keys().filter(|k| !disk.contains_key(*k)).collect();
        assert!(missing.is_empty(), "not embedded: {missing:?}");
        assert!(extra.is_empty(), "embedded but gone: {extra:?}");
        for (path, bytes) in &disk {
            assert!(
                embedded[path] == *bytes,
                "{path} differs from its embedded copy"
            );
        }
        assert!(disk.keys().any(|k| k.starts_with("locales/nl/")));
        assert!(disk
            .keys()
            .any(|k| k.starts_with("themes/default/templates/")));
    }
}
