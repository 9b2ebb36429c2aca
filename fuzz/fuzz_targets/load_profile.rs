//! Any bytes as a profile: the loader (decode, pre-scan, YAML under its budget, string
//! scan, id checks) and, when a profile loads, the checks against its law data. The
//! property is the absence of panics, hangs and unbounded memory (libFuzzer's -timeout
//! and -rss_limit_mb); every failure must be a diagnostic with a file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn law() -> &'static privgen::law::Law {
    static LAW: OnceLock<privgen::law::Law> = OnceLock::new();
    LAW.get_or_init(|| privgen::law::Law::load().expect("embedded law data"))
}

fuzz_target!(|data: &[u8]| {
    let shown = Path::new("content/fuzz.yaml");
    match privgen::load::profile_from_bytes(data.to_vec(), "fuzz", shown) {
        Ok(lp) => {
            let _ = privgen::check::validate(&lp, law().get(lp.profile.jurisdiction));
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            assert!(diags.iter().all(|d| d.file.as_deref() == Some(shown)));
        }
    }
});
