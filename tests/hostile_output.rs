//! Safe publishing, end to end through the binary: a folder privgen did not create is not
//! replaced without `--force`, host files survive, and a build killed at any moment leaves
//! the previous site or the new one — complete, byte for byte — never a mix.

mod common;

use assert_cmd::cargo::CommandCargoExt;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn privgen(site: &Path) -> Command {
    let mut c = Command::cargo_bin("privgen").unwrap();
    c.arg("-C").arg(site).arg("-q");
    c
}

fn build(site: &Path, args: &[&str]) -> std::process::Output {
    privgen(site).arg("build").args(args).output().unwrap()
}

#[test]
fn force_replaces_a_foreign_folder_and_host_files_survive() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    let out = site.path().join("www");
    std::fs::create_dir_all(out.join(".well-known")).unwrap();
    std::fs::write(out.join("old-page.html"), "hand-written").unwrap();
    std::fs::write(out.join("CNAME"), "privacy.example").unwrap();
    std::fs::write(out.join(".well-known/security.txt"), "Contact: x").unwrap();
    let o = build(site.path(), &["--out", "www"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("not created by privgen") && err.contains("--force"),
        "{err}"
    );
    assert!(
        out.join("old-page.html").is_file(),
        "refused means untouched"
    );
    let o = build(site.path(), &["--out", "www", "--force"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.join("old-page.html").exists());
    assert!(out.join("linde/nl/index.html").is_file());
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "privacy.example"
    );
    assert!(out.join(".well-known/security.txt").is_file());
    // From now on it is privgen's folder: no --force needed, host files still kept.
    let o = build(site.path(), &["--out", "www"]);
    assert!(o.status.success());
    assert!(out.join("CNAME").is_file());
}

#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    let out = site.path().join("public");
    assert!(build(site.path(), &[]).status.success());
    let old = common::files(&out);
    let pristine = site.path().join("pristine");
    common::copy_dir(&out, &pristine);
    // The new site: another name on every page.
    std::fs::write(
        site.path().join("content/linde.yaml"),
        common::MINIMAL.replace("Kliniek De Linde B.V.", "Kliniek De Eik B.V."),
    )
    .unwrap();
    let started = std::time::Instant::now();
    assert!(build(site.path(), &["--out", "new"]).status.success());
    // Kills are spread over the time a whole build takes on this machine, and a bit beyond.
    let span = started.elapsed().as_millis() as u64 * 6 / 5;
    let new = common::files(&site.path().join("new"));
    assert_ne!(old, new);

    let mut outcomes = BTreeMap::new();
    const KILLS: u64 = 6;
    for step in 0..KILLS {
        let at = span * step / (KILLS - 1);
        std::fs::remove_dir_all(&out).ok();
        common::copy_dir(&pristine, &out);
        let mut child = privgen(site.path())
            .arg("build")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(at));
        let _ = child.kill(); // SIGKILL: no cleanup code runs
        let _ = child.wait();
        let now = common::files(&out);
        let which = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            panic!("after a kill at {at} ms the site is neither old nor new")
        };
        *outcomes.entry(which).or_insert(0) += 1;
    }
    // The next build completes and cleans up whatever the kills left.
    assert!(build(site.path(), &[]).status.success());
    assert_eq!(common::files(&out), new);
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("privgen"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    eprintln!("outcomes of killed builds: {outcomes:?}");
}

#[test]
fn concurrent_builds_take_turns() {
    let site = common::site(&[("linde.yaml", common::MINIMAL)]);
    let children: Vec<_> = (0..3)
        .map(|_| {
            privgen(site.path())
                .arg("build")
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let out = site.path().join("public");
    assert!(out.join("linde/nl/index.html").is_file());
    let names: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("privgen"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}
