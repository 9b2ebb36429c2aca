//! Per-stage benchmarks on the example site (`cargo bench`): load, check, model, render,
//! write, and the whole build. Wall-clock figures on a shared 2-core machine are noisy;
//! `scripts/bench.sh` measures whole builds against Hugo.

use privgen::check;
use privgen::i18n::Wording;
use privgen::law::Law;
use privgen::load::{self, locales, LoadedProfile};
use privgen::model;
use privgen::output::{self, OutputTree};
use privgen::site::{self, Options};
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn profiles() -> Vec<LoadedProfile> {
    load::profile_paths(&root())
        .unwrap()
        .iter()
        .map(|p| load::load_profile(p, Path::new("x.yaml")).unwrap())
        .collect()
}

#[divan::bench]
fn load_profiles() -> usize {
    profiles().len()
}

#[divan::bench]
fn load_law() -> Law {
    Law::load().unwrap()
}

#[divan::bench]
fn check_profiles(b: divan::Bencher) {
    let law = Law::load().unwrap();
    let ps = profiles();
    b.bench(|| {
        ps.iter()
            .map(|lp| {
                check::profile(lp, law.get(lp.profile.jurisdiction), &lp.profile.languages).len()
            })
            .sum::<usize>()
    });
}

#[divan::bench]
fn model_all_documents(b: divan::Bencher) {
    let law = Law::load().unwrap();
    let (loc, _) = locales::load(&root());
    let (wording, _) = Wording::new(&loc);
    let ps = profiles();
    b.bench(|| {
        let mut n = 0;
        for lp in &ps {
            let data = law.get(lp.profile.jurisdiction);
            for lang in &lp.profile.languages {
                n += model::build_statement(lp, data, &wording, *lang)
                    .unwrap()
                    .sections
                    .len();
                n += model::build_reglement(lp, data, &wording, *lang)
                    .unwrap()
                    .sections
                    .len();
                n += model::build_notice(lp, data, &wording, *lang)
                    .unwrap()
                    .sections
                    .len();
            }
        }
        n
    });
}

#[divan::bench]
fn build_in_memory() -> usize {
    let law = Law::load().unwrap();
    site::build(&root(), &law, &Options::default())
        .tree
        .unwrap()
        .len()
}

#[divan::bench]
fn write_atomic(b: divan::Bencher) {
    let law = Law::load().unwrap();
    let tree: OutputTree = site::build(&root(), &law, &Options::default())
        .tree
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    b.bench(|| output::write_atomic(&tree, &out).unwrap());
}
