//! Embeds the default wording (`locales/`) and theme (`themes/default/`) in the binary, so
//! `privgen init` can write a complete starter site (see `src/init/mod.rs`). Generates
//! `$OUT_DIR/init_assets.rs`: a sorted list of `(relative path, include_bytes!(…))` for every
//! file under those folders (hidden files skipped). A test in `src/init/assets.rs` proves
//! the list matches the folders byte for byte. Also generates `$OUT_DIR/law_files.rs`: the
//! law data and starter profile of every jurisdiction (`src/law/<code>.yaml`,
//! `src/law/starter/<code>.yaml`), so a jurisdiction is its files, not a list in Rust.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if p.is_dir() {
            collect(root, &p, out);
        } else if p.is_file() {
            if let Ok(rel) = p.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["locales", "themes/default"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root, &root.join(dir), &mut files);
    }
    println!("cargo:rerun-if-changed=build.rs");
    files.sort();
    let mut code = String::from(
        "/// Every file of `locales/` and `themes/default/`: (path relative to the site, bytes).\n\
         pub static ASSETS: &[(&str, &[u8])] = &[\n",
    );
    for rel in &files {
        let shown = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let abs = root.join(rel);
        code.push_str(&format!(
            "    ({shown:?}, include_bytes!({:?})),\n",
            abs.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    fs::write(out_dir.join("init_assets.rs"), code).expect("write init_assets.rs");
    fs::write(out_dir.join("law_files.rs"), law_files(&root)).expect("write law_files.rs");
}

/// Whether `stem` names a jurisdiction's file: two lower-case letters (`nl`).
fn jurisdiction_stem(stem: &str) -> bool {
    stem.len() == 2 && stem.bytes().all(|b| b.is_ascii_lowercase())
}

/// Whether `stem` names a language's lexicon: a language tag (`nl`, `fr`, `nl-BE`), not
/// `items` or `common`.
fn language_stem(stem: &str) -> bool {
    let (lang, region) = match stem.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (stem, None),
    };
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Every jurisdiction's law data (`src/law/<code>.yaml`) and starter profile
/// (`src/law/starter/<code>.yaml`): adding a jurisdiction is adding its files.
fn law_files(root: &Path) -> String {
    let mut code = String::new();
    for (name, dir, doc) in [
        (
            "LAW_FILES",
            "src/law",
            "Every `src/law/<code>.yaml`: (code, path, source), by code.",
        ),
        (
            "STARTER_FILES",
            "src/law/starter",
            "Every `src/law/starter/<code>.yaml`: (code, path, source), by code.",
        ),
        (
            "LEXICON_FILES",
            "src/audit/lexicon",
            "Every `src/audit/lexicon/<language>.yaml`: (code, path, source), by code.",
        ),
    ] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files: Vec<(String, PathBuf)> = fs::read_dir(root.join(dir))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file())
                    .filter_map(|p| {
                        let stem = p.file_name()?.to_str()?.strip_suffix(".yaml")?.to_string();
                        let ok = if name == "LEXICON_FILES" {
                            language_stem(&stem)
                        } else {
                            jurisdiction_stem(&stem)
                        };
                        ok.then_some((stem, p))
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        code.push_str(&format!(
            "/// {doc}\npub static {name}: &[(&str, &str, &str)] = &[\n"
        ));
        for (stem, p) in files {
            code.push_str(&format!(
                "    ({stem:?}, \"{dir}/{stem}.yaml\", include_str!({:?})),\n",
                p.to_string_lossy()
            ));
        }
        code.push_str("];\n");
    }
    code
}
