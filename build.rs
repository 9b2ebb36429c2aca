//! Embeds the default wording (`locales/`) and theme (`themes/default/`) in the binary, so
//! `privgen init` can write a complete starter site (see `src/init/mod.rs`). Generates
//! `$OUT_DIR/init_assets.rs`: a sorted list of `(relative path, include_bytes!(…))` for every
//! file under those folders (hidden files skipped). A test in `src/init/assets.rs` proves
//! the list matches the folders byte for byte.

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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("init_assets.rs");
    fs::write(out, code).expect("write init_assets.rs");
}
