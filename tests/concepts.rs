//! Profile concepts of issue 16 beyond the seeds, end to end through the binary: controller
//! models (a named responsible person, a group, practitioners who control their own records),
//! where requests go (a privacy address of its own), people other than the patients, a link to
//! the rights as a patient, cookies without a stated consent model, a website without cookies,
//! "we pass data to no third party", and a purpose transcribed without its legal basis.

mod common;

use common::run;

fn fixture(name: &str) -> String {
    common::fixture("concepts", name)
}

/// The plain-text export of `id` in `lang`, with its lines joined (the export wraps).
fn text(dir: &std::path::Path, id: &str, lang: &str) -> String {
    let txt = std::fs::read_to_string(dir.join("public").join(id).join(lang).join("privacy.txt"))
        .unwrap_or_else(|e| panic!("{id}/{lang}: {e}"));
    txt.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_concepts_reach_the_page_in_every_language() {
    let names = ["groepspraktijk-nl.yaml", "legekontor-no.yaml"];
    let files: Vec<(&str, String)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (*a, b.as_str())).collect();
    let dir = common::site(&refs);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let found = common::findings(&stdout);
    // The Norwegian statement names marketing cookies but not how consent is asked.
    assert!(
        found.contains(
            &"consistency/cookie-consent-unstated content/legekontor-no.yaml:36 cookies warning"
                .to_string()
        ),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.contains("groepspraktijk-nl") && !f.ends_with(" info")),
        "the group practice checks clean: {found:#?}"
    );
    let (code, _, stderr) = run(dir.path(), &["build"]);
    assert_eq!(code, 0, "{stderr}");

    let nl = text(dir.path(), "groepspraktijk-nl", "nl");
    for want in [
        "Fysiotherapie De Brug valt onder de verantwoordelijkheid van Anna de Vries.",
        // The group's name ends in a full stop: the sentence ends once.
        "Fysiotherapie De Brug maakt deel uit van Brug Zorggroep B.V. ",
        "Iedere zorgverlener die u behandelt, is verwerkingsverantwoordelijke voor het dossier",
        "Wij geven uw persoonsgegevens niet door aan derden.",
        "Onze website plaatst geen cookies.",
        "Uw rechten als patiënt staan volledig beschreven op https://www.debrug.nl/patientenrechten.",
        // Requests go to the privacy address, not the DPO's or the general one.
        "Ons e-mailadres daarvoor is privacy@debrug.nl.",
        // People other than the patients (item 2): their own part, with data, purpose and
        // basis, and retention.
        "Persoonsgegevens van anderen dan patiënten",
        "Van bezoekers van onze website verwerken wij: - Contactgegevens: naam, e-mailadres",
        "- Contact met u. Rechtsgrond: ons gerechtvaardigd belang (artikel 6 lid 1 sub f AVG).",
        "Berichten die u via een formulier op onze website stuurt Bewaartermijn: 1 jaar",
    ] {
        assert!(nl.contains(want), "missing {want:?} in:\n{nl}");
    }
    assert!(!nl.contains("B.V.."), "{nl}");
    // A website without cookies says nothing about consent or deleting them.
    assert!(!nl.contains("browser"), "{nl}");
    let en = text(dir.path(), "groepspraktijk-nl", "en");
    for want in [
        "Fysiotherapie De Brug is run under the responsibility of Anna de Vries.",
        "Each practitioner who treats you is the controller of the record they keep about you.",
        "We do not pass your personal data on to third parties.",
        "Our website places no cookies.",
        "Of visitors to our website we process:",
        "you (by letter, by email or in person)",
        "At your request, we send a copy of your record to another care provider of your choice.",
        "At your request, we keep your record for longer than the retention period.",
        "You can ask us to shield certain data in your record",
        "the protection of the rights of others and serious harm to your health that access would cause, where the law allows access to be limited for that reason",
        "- Contacting you. Lawful basis: our legitimate interests",
    ] {
        assert!(en.contains(want), "missing {want:?} in:\n{en}");
    }

    let nb = text(dir.path(), "legekontor-no", "nb");
    for want in [
        "Løkkeveien legekontor drives under ansvaret til Tor Hansen, lege.",
        "Vi gir ikke opplysningene fra informasjonskapsler videre til andre.",
        "Du kan reservere deg mot informasjonskapsler fra annonsenettverk på disse sidene:",
        "Googles annonseinnstillinger <https://adssettings.google.com>",
    ] {
        assert!(nb.contains(want), "missing {want:?} in:\n{nb}");
    }
    // No consent model stated: the page invents neither the banner nor "only necessary ones"
    // (both sentences of the consent models say "strengt nødvendige").
    assert!(!nb.contains("strengt nødvendige"), "{nb}");
    let html =
        std::fs::read_to_string(dir.path().join("public/legekontor-no/nb/index.html")).unwrap();
    assert!(
        html.contains("href=\"https://adssettings.google.com\""),
        "the opt-out page is a link"
    );
}

#[test]
fn contradictions_and_gaps_are_reported_at_their_lines() {
    let dir = common::site(&[("mistakes-nl.yaml", &fixture("mistakes-nl.yaml"))]);
    let (code, stdout, _) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 1, "a purpose without a basis is an error: {stdout}");
    let found = common::findings(&stdout);
    for want in [
        "gdpr/art13-1c-basis content/mistakes-nl.yaml:14 purposes[1] error",
        "consistency/no-disclosure-recipients content/mistakes-nl.yaml:17 recipients[0] error",
        "profile/email content/mistakes-nl.yaml:22 rights.email error",
        "profile/url content/mistakes-nl.yaml:23 rights.patient_rights_url error",
        "consistency/cookies-none content/mistakes-nl.yaml:25 cookies.none error",
    ] {
        assert!(
            found.iter().any(|f| f == want),
            "missing {want}\nfound:\n{found:#?}"
        );
    }
    // Nothing is published while a purpose lacks its basis.
    let (code, _, _) = run(dir.path(), &["build"]);
    assert_eq!(code, 1);
    assert!(!dir.path().join("public/mistakes-nl").exists());
}

#[test]
fn a_draft_without_a_basis_previews_the_purpose_and_no_basis() {
    let src = fixture("groepspraktijk-nl.yaml").replace(
        "purposes:\n  - id: care\n",
        "draft: true\npurposes:\n  - id: billing\n  - id: care\n",
    );
    let dir = common::site(&[("groepspraktijk-nl.yaml", &src)]);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "build", "--drafts"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let found = common::findings(&stdout);
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("gdpr/art13-1c-basis ") && f.ends_with(" warning")),
        "in a draft the error is a warning: {found:#?}"
    );
    let en = text(dir.path(), "groepspraktijk-nl", "en");
    // Billing is listed; only care and the website visitors' contact purpose have a
    // "Lawful basis" line.
    assert!(
        en.contains("Billing and payment We use your data to bill"),
        "{en}"
    );
    assert_eq!(en.matches("Lawful basis:").count(), 2, "{en}");
}

#[test]
fn a_draft_without_data_or_retention_shows_no_lead_over_an_empty_list() {
    let src = fixture("groepspraktijk-nl.yaml")
        .replace(
            "data:\n  - category: identification\n  - category: health\n",
            "draft: true\ndata: []\n",
        )
        .replace(
            "retention:\n  - {record: medical_record, period: 20 years, qualifier: at_least, from: last_change, statute: wgbo}\n",
            "retention: []\n",
        );
    assert!(src.contains("data: []") && src.contains("retention: []"));
    let dir = common::site(&[("groepspraktijk-nl.yaml", &src)]);
    let (code, stdout, stderr) = run(dir.path(), &["--format", "json", "check"]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let found = common::findings(&stdout);
    // The gaps are reported as what they are, not as an empty block on the page.
    assert!(
        found.iter().any(|f| f.starts_with("gdpr/art13-2a")),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with("page/empty-block") || f.starts_with("page/lead-without-list")),
        "{found:#?}"
    );
}

#[test]
fn controllers_who_publish_one_text_are_named_and_joint_ones_give_their_arrangement() {
    let src = fixture("groepspraktijk-nl.yaml").replace(
        "  practitioners_control_records: true\n",
        "  practitioners_control_records: true\n  co_controllers:\n    - {name: Gemeente Utrecht, public_body: true}\n    - {name: Huisartsen De Brug B.V., kind: general_practice}\n",
    );
    assert!(src.contains("Gemeente Utrecht"));
    let joint = src.replace(
        "    - {name: Huisartsen De Brug B.V., kind: general_practice}\n",
        "    - {name: Huisartsen De Brug B.V., kind: general_practice}\n  joint_arrangement:\n    nl: Wij beantwoorden samen alle verzoeken; de FG van De Brug is het aanspreekpunt.\n    en: We answer every request together; De Brug's DPO is the point of contact.\n",
    );
    for (src, joint) in [(&src, false), (&joint, true)] {
        let dir = common::site(&[("groepspraktijk-nl.yaml", src)]);
        let (code, stdout, stderr) = run(dir.path(), &["build"]);
        assert_eq!(code, 0, "{stdout}\n{stderr}");
        let nl = text(dir.path(), "groepspraktijk-nl", "nl");
        assert!(
            nl.contains("Fysiotherapie De Brug geeft deze privacyverklaring uit samen met de organisaties hieronder"),
            "{nl}"
        );
        assert!(
            nl.contains("- Gemeente Utrecht (een overheidsorgaan)"),
            "{nl}"
        );
        assert!(
            nl.contains("- Huisartsen De Brug B.V., een huisartsenpraktijk"),
            "{nl}"
        );
        let en = text(dir.path(), "groepspraktijk-nl", "en");
        assert_eq!(
            en.contains(
                "They are joint controllers of the processing described here (Article 26 GDPR)."
            ),
            joint,
            "{en}"
        );
        assert_eq!(
            en.contains("The essence of their arrangement: We answer every request together"),
            joint,
            "{en}"
        );
        assert_eq!(
            en.contains("each is the controller of the personal data it processes itself"),
            !joint,
            "{en}"
        );
    }
}
