//! Single mechanisms of `privgen audit`, each on a text written for it: jurisdiction markers and
//! ties, historical mentions, dates, headings, the officer's contact, "not applicable", the
//! provider as subject, the patient's duty to provide data. The scores on real statements are
//! in `audit_real/`; the CLI and the seed corpus in `audit.rs`.

use privgen::audit::{self, detect::Verdict, Options};
use std::path::Path;

/// The audit of a plain text given inline.
fn audit_str(s: &str) -> audit::Report {
    audit::audit_text(
        Path::new("x.txt"),
        s.to_string(),
        privgen::audit::text::Format::Text,
        Options::default(),
    )
    .unwrap()
}

/// Belgian markers outweigh words both countries use; equal weights are a tie, not NL.
#[test]
fn jurisdiction_weighs_markers_and_reports_a_tie() {
    let run = audit_str;
    let be = run(
        "Uw huisarts verwerkt uw gegevens volgens de AVG. De huisarts bewaart uw dossier. \
         Wij vragen uw rijksregisternummer en uw ziekenfonds.",
    );
    assert_eq!(
        be.jurisdiction.value.code(),
        "BE",
        "{}",
        be.jurisdiction.reason
    );
    assert_eq!(be.language.value.code(), "nl-BE");
    assert!(be.jurisdiction.tie.is_empty());
    let tie = run("Wij vragen uw BSN. Wij vragen ook uw rijksregisternummer.");
    assert_eq!(tie.jurisdiction.tie.len(), 2, "{}", tie.jurisdiction.reason);
    assert!(tie.jurisdiction.reason.starts_with("tie between"));
    let text = audit::report::human(&tie);
    assert!(text.contains("undecided, BE or NL"), "{text}");
}

/// A text that names no Belgian authority or statute is still placed by how it writes its
/// address, phone and enterprise number; the Dutch notations place a text in the Netherlands;
/// a year in a sentence is no postcode.
#[test]
fn jurisdiction_from_address_phone_and_enterprise_number() {
    let run = audit_str;
    let body = "Wij verwerken uw gegevens volgens de AVG. De praktijk bewaart uw dossier.";
    let cases = [
        (
            "Praktijk De Linde\nKerkstraat 5\n3000 Leuven\n\n",
            "BE",
            "3000 Leuven",
        ),
        (
            "Praktijk De Linde, Kerkstraat 5, B-9000 Gent.\n\n",
            "BE",
            "9000 Gent",
        ),
        ("Bel ons op 014/21.44.44.\n\n", "BE", "014/21.44.44"),
        ("Ondernemingsnr. 0811.227.232\n\n", "BE", "0811.227.232"),
        ("BTW BE 0811 227 232\n\n", "BE", "BE 0811 227 232"),
        ("Bel ons op 02 123 45 67.\n\n", "BE", "02 123 45 67"),
        ("Tel. 011.12.34.56\n\n", "BE", "011.12.34.56"),
        ("Wij werken samen met UZ Leuven.\n\n", "BE", "UZ Leuven"),
        ("Bel ons op 0172-477935.\n\n", "NL", "0172-477935"),
        ("Wij zijn gevestigd in Nederland.\n\n", "NL", "Nederland"),
        ("Btw-nummer NL123456789B01\n\n", "NL", "NL123456789B01"),
    ];
    for (head, want, marker) in cases {
        let r = run(&format!("{head}{body}"));
        let reason = &r.jurisdiction.reason;
        assert_eq!(r.jurisdiction.value.code(), want, "{head}: {reason}");
        assert!(reason.contains(marker), "{head}: {reason}");
        assert!(!reason.contains(", 9000"), "{reason}");
    }
    // a year followed by a capitalised word inside a sentence is not an address line
    let year = run(&format!(
        "Sinds de Wet van 1992 Beheer wij uw gegevens zorgvuldig. {body}"
    ));
    assert!(
        year.jurisdiction.reason.starts_with("no country markers"),
        "{}",
        year.jurisdiction.reason
    );
    // the language is no country: a Flemish text that gives the GDPR's name "in het
    // Nederlands" or calls itself "Nederlandstalig" is not placed in the Netherlands by it
    let language = run(&format!(
        "De GDPR, in het Nederlands de AVG, geldt ook hier. Deze Nederlandstalige versie \
         is de enige. U kan ons contacteren. {body}"
    ));
    let reason = &language.jurisdiction.reason;
    assert_eq!(language.jurisdiction.value.code(), "BE", "{reason}");
    assert!(!reason.contains("NL "), "{reason}");
}

/// A historical mention of a repealed act or a former authority ("vervangt de privacywet",
/// "vroeger de Privacycommissie", "het voormalige CBP") is no outdated wording; the same name
/// cited as current is.
#[test]
fn historical_mentions_of_former_acts_and_authorities_are_silent() {
    let run = audit_str;
    let rules = |s: &str| -> Vec<String> { run(s).wording.into_iter().map(|f| f.rule).collect() };
    let be = "Wij vragen uw rijksregisternummer en uw ziekenfonds.";
    for old in [
        "De AVG vervangt sinds 2018 de privacywet van 8 december 1992.",
        "Tot 25 mei 2018 gold de wet van 8 december 1992.",
        "De Gegevensbeschermingsautoriteit (vroeger de Privacycommissie) ziet erop toe.",
        "De Gegevensbeschermingsautoriteit, de voormalige Privacycommissie, ziet erop toe.",
        "De Gegevensbeschermingsautoriteit (ex-Privacycommissie) ziet erop toe.",
        "Wij volgen de toepasselijke privacywet- en regelgeving zoals de AVG.",
        "Wij volgen de privacywet van 30 juli 2018.",
    ] {
        let found = rules(&format!("{be} {old}"));
        assert!(
            !found.iter().any(|r| r.starts_with("lint/be-privac")),
            "{old}: {found:?}"
        );
    }
    for current in [
        "Wij verwerken uw gegevens volgens de wet van 8 december 1992.",
        "U kunt een klacht indienen bij de Privacycommissie.",
    ] {
        let found = rules(&format!("{be} {current}"));
        assert!(
            found.iter().any(|r| r.starts_with("lint/be-privac")),
            "{current}: {found:?}"
        );
    }
    let nl = "Wij vragen uw BSN volgens de WGBO.";
    for old in [
        "De Autoriteit Persoonsgegevens (het voormalige CBP) ziet toe op de AVG.",
        "De AVG heeft de Wet bescherming persoonsgegevens vervangen.",
        "Per 25 mei 2018 is de AVG van toepassing. De Wbp geldt dan niet meer.",
    ] {
        let found = rules(&format!("{nl} {old}"));
        assert!(
            !found
                .iter()
                .any(|r| r == "lint/nl-wbp" || r.starts_with("lint/nl-c")),
            "{old}: {found:?}"
        );
    }
    let found = rules(&format!(
        "{nl} Wij houden ons aan de Wet bescherming persoonsgegevens."
    ));
    assert!(found.iter().any(|r| r == "lint/nl-wbp"), "{found:?}");
    // the history told in a later paragraph does not silence the current citation before it
    let r = run(&format!(
        "{nl} Op deze registratie is de Wet bescherming persoonsgegevens van toepassing.\n\n\
         Per 25 mei 2018 geldt de AVG. De Wbp geldt dan niet meer."
    ));
    let lines: Vec<usize> = r
        .wording
        .iter()
        .filter(|f| f.rule == "lint/nl-wbp")
        .map(|f| f.line)
        .collect();
    assert_eq!(lines, [1], "{:?}", r.wording);
}

/// A phrase that was right when the text was written is information, with both dates; the
/// same phrase in a text dated after the change is an error.
#[test]
fn wording_is_judged_against_the_texts_date() {
    use privgen::diagnostics::Severity;
    let run = audit_str;
    let body = "Huisartsenpraktijk Test is de verwerkingsverantwoordelijke. \
                Wij bewaren uw medisch dossier 15 jaar, zoals de WGBO voorschrijft. Uw BSN gebruiken wij.";
    let old = run(&format!("Laatst bijgewerkt: 12 maart 2018\n\n{body}"));
    let d = old.dated.expect("dated");
    assert_eq!(d.date.to_string(), "2018-03-12");
    let f = old
        .wording
        .iter()
        .find(|f| f.rule == "lint/nl-wgbo-15-years")
        .expect("15 years flagged");
    assert_eq!(f.severity, Severity::Info, "{}", f.message);
    assert!(
        f.message.contains("correct when the text was written"),
        "{}",
        f.message
    );
    let new = run(&format!("Laatst bijgewerkt: 1 september 2025\n\n{body}"));
    let f = new
        .wording
        .iter()
        .find(|f| f.rule == "lint/nl-wgbo-15-years")
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message.contains("outdated since 2020-01-01"),
        "{}",
        f.message
    );
    // no date in the text: the finding says so and keeps its severity
    let none = run(body);
    assert!(none.dated.is_none());
    // Norwegian: "Sist oppdatert: 26/6-2018"
    let nb = run("Sist oppdatert: 26/6-2018\n\nVi er behandlingsansvarlig.");
    assert_eq!(nb.dated.unwrap().date.to_string(), "2018-06-26");
}

/// The dated wording rules (`outdated_since` in src/law/lint.yaml) reach the audit.
#[test]
fn since_dates_come_from_the_wording_catalogue() {
    let since = audit::dated::since().unwrap();
    assert!(since.len() >= 40, "{}", since.len());
    assert_eq!(
        since
            .get("lint/privacy-shield")
            .map(|d| d.to_string())
            .as_deref(),
        Some("2020-07-16")
    );
}

/// A heading that asks what its section answers ("Waarom worden uw persoonsgegevens
/// verwerkt?") is no evidence of the item (an announcement); the answer below it is. A page
/// cut after the heading states no purpose.
#[test]
fn a_question_heading_is_no_evidence_but_its_answer_is() {
    let purposes = |s: &str| verdict_of(s, "purposes");
    let head = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n\
                Waarom worden uw persoonsgegevens verwerkt?\n\n";
    assert_eq!(purposes(head), Verdict::Missing);
    let nb = "Legekontoret Linde, Storgata 1, 0155 Oslo.\n\n\
              Hvorfor behandler vi personopplysninger om deg?\n\n";
    assert_eq!(purposes(nb), Verdict::Missing);
    let answered = format!("{head}Het doel van de verwerking is de patiëntenzorg.\n");
    assert_ne!(purposes(&answered), Verdict::Missing);
    // a numbered section heading, as in a table of contents, is no evidence either
    let toc = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n\
               2.1 Doeleinden en gebruik van persoonsgegevens\n\n";
    assert_eq!(purposes(toc), Verdict::Missing);
}

/// An officer named in one sentence and reached through the next ("Hij/zij is bereikbaar op
/// ..."), or through the lines below a sentence that refers back to them: the contact is the
/// officer's (items.yaml `follow`); the same contact after an unrelated sentence is not.
#[test]
fn an_officers_contact_in_the_sentence_that_refers_back_is_the_officers() {
    let dpo = |s: &str| verdict_of(s, "dpo");
    let head = "Huisartsenpraktijk De Linde, Dorpsstraat 1, 1234 AB Ergens.\n\n";
    let next = format!(
        "{head}De praktijk heeft een functionaris voor gegevensbescherming (DPO) benoemd. \
         Hij/zij is bereikbaar op het volgende e-mailadres: dpo@delinde.nl.\n"
    );
    assert_eq!(dpo(&next), Verdict::Present);
    let below = format!(
        "{head}Lisa de Vries is de Functionaris Gegevensbescherming van De Linde. Zij is te \
         bereiken via onderstaande contactgegevens.\nE-mail: dpo@delinde.nl\n"
    );
    assert_eq!(dpo(&below), Verdict::Present);
    let nb = "Legekontoret Linde, Storgata 1, 0155 Oslo.\n\n\
              Vi har et personvernombud. Hun kan nås på personvern@linde.no.\n";
    assert_eq!(dpo(nb), Verdict::Present);
    // a sentence that does not refer back does not carry the officer's contact
    let unrelated = format!(
        "{head}De praktijk heeft een functionaris voor gegevensbescherming (DPO) benoemd. \
         De praktijk is bereikbaar op het volgende e-mailadres: info@delinde.nl.\n"
    );
    assert_eq!(dpo(&unrelated), Verdict::Partial);
}

/// "Not applicable only where the item's condition is absent and the text shows that"
/// (issue 19): a text silent on a conditional item's condition gets it `missing`, marked
/// silent, with what to add; a text that shows the condition absent gets it not applicable.
#[test]
fn not_applicable_only_where_the_text_shows_the_condition_absent() {
    let item = |text: &str, id: &str| {
        audit_str(text)
            .items
            .into_iter()
            .find(|i| i.id == id)
            .expect("the item is in every report")
    };
    // silent: no legal basis, nothing on transfers, automated decisions or sources
    let silent = "Praktijk Zonnig verwerkt uw persoonsgegevens om u te kunnen behandelen.\n\
                  Wij bewaren uw dossier twintig jaar.\n";
    for id in [
        "legitimate_interest",
        "withdraw_consent",
        "transfers",
        "automated_decisions",
        "source",
    ] {
        let r = item(silent, id);
        assert_eq!(r.verdict, Verdict::Missing, "{id}: {r:?}");
        assert!(r.silent, "{id}: {r:?}");
        assert!(
            r.reason.as_deref().is_some_and(|w| w.contains("does not")),
            "{id}: {r:?}"
        );
    }
    // the bases stated, neither legitimate interest nor consent among them; the data from the
    // patient alone: shown absent
    let shown = "Praktijk Zonnig verwerkt uw persoonsgegevens op grond van de \
                 behandelingsovereenkomst en een wettelijke verplichting (WGBO).\n\
                 Wij verwerken alleen de gegevens die u zelf aan ons verstrekt.\n";
    for id in [
        "legitimate_interest",
        "withdraw_consent",
        "categories",
        "source",
    ] {
        let r = item(shown, id);
        assert_eq!(r.verdict, Verdict::NotApplicable, "{id}: {r:?}");
        assert!(!r.silent, "{id}");
    }
    // a heading that names the basis without giving it states no basis
    let heading =
        "RECHTSGROND\n\nPraktijk Zonnig verwerkt uw persoonsgegevens om u te behandelen.\n";
    assert!(item(heading, "legitimate_interest").silent);
    let given = "Grondslag: de behandelingsovereenkomst (artikel 6 lid 1 onder b AVG).\n";
    assert_eq!(
        verdict_of(given, "legitimate_interest"),
        Verdict::NotApplicable
    );
    // a denial settles transfers and automated decisions: present, never not applicable
    let denied = "Wij geven uw gegevens niet door aan landen buiten de EER.\n\
                  Wij nemen geen besluiten op basis van geautomatiseerde verwerking.\n";
    assert_eq!(verdict_of(denied, "transfers"), Verdict::Present);
    assert_eq!(verdict_of(denied, "automated_decisions"), Verdict::Present);
    // consent relied on, no withdrawal: missing, and not silent
    let consent = "Met uw toestemming sturen wij uw gegevens naar uw huisarts.\n";
    let r = item(consent, "withdraw_consent");
    assert_eq!(r.verdict, Verdict::Missing);
    assert!(!r.silent);
    // data words scattered over the text are no list of the data processed; a list is
    let scattered =
        "Bel ons op telefoonnummer 030 123 4567.\n\nUw medische gegevens zijn veilig.\n";
    assert_eq!(verdict_of(scattered, "categories"), Verdict::Missing);
    let listed = "Wij verwerken de volgende gegevens: naam, adres, geboortedatum en BSN.\n";
    assert_eq!(verdict_of(listed, "categories"), Verdict::Present);
}

/// Each (text, item, verdict) case: the item's verdict on the text given inline.
fn assert_verdicts(cases: &[(&str, &str, Verdict)]) {
    for &(text, item, want) in cases {
        assert_eq!(verdict_of(text, item), want, "{item}: {text}");
    }
}

/// The verdict of one item on a text given inline.
fn verdict_of(text: &str, item: &str) -> Verdict {
    audit_str(text)
        .items
        .iter()
        .find(|i| i.id == item)
        .unwrap()
        .verdict
}

/// A provider's name as the subject of a sentence on privacy or personal data names it (clause
/// (c) of the corpus's controller rule), whatever the verb; an enumerator, a law or a pronoun
/// before the verb is no name.
#[test]
fn a_provider_named_as_the_subject_of_a_sentence_on_data_is_named() {
    for named in [
        "Tandartspraktijk De Linde draagt zorg voor de bescherming van uw persoonsgegevens.",
        "KernGezond gaat zorgvuldig om met uw gegevens.",
        "Råholt Kiropraktorsenter tar personvernet ditt på alvor.",
    ] {
        assert_eq!(verdict_of(named, "controller"), Verdict::Partial, "{named}");
    }
    for none in [
        "• B. Wat valt niet onder persoonlijke gegevens: het schrift.",
        "Wij gaan zorgvuldig om met uw gegevens.",
        "De Algemene Verordening Gegevensbescherming regelt hoe uw gegevens worden beschermd.",
        "Vi tar personvernet ditt på alvor.",
    ] {
        assert_eq!(verdict_of(none, "controller"), Verdict::Missing, "{none}");
    }
}

/// Data required of the patient make `provision` partial (no consequence said); data "needed
/// for" a purpose state the purpose, not a duty to provide them.
#[test]
fn data_required_of_the_patient_are_a_provision_but_data_needed_for_a_purpose_are_not() {
    for required in [
        "Bij de inschrijving dient u uw verzekeringsgegevens te verstrekken.",
        "De verplichte velden van het aanmeldformulier zijn gemarkeerd.",
        "Feltene merket med stjerne må fylles ut når du bestiller time.",
    ] {
        assert_eq!(
            verdict_of(required, "provision"),
            Verdict::Partial,
            "{required}"
        );
    }
    for purpose in [
        "Wij hebben uw gegevens nodig om u goed te kunnen behandelen.",
        "Vi trenger opplysninger om deg for å gi deg riktig behandling.",
    ] {
        assert_eq!(
            verdict_of(purpose, "provision"),
            Verdict::Missing,
            "{purpose}"
        );
    }
}

/// French texts: Belgian markers make a text Belgian; a French text that names no country is
/// read as Belgian (the only country of the law data that reads French); France's authority
/// and statute make it a text of France, which no Belgian rule judges.
#[test]
fn french_text_jurisdiction_by_markers_and_language() {
    let run = audit_str;
    let be = run(
        "Le cabinet est le responsable du traitement de vos données. Nous demandons votre \
         numéro de registre national et votre mutualité. Vous pouvez introduire une plainte \
         auprès de la CNIL.",
    );
    assert_eq!(be.language.value.code().split('-').next(), Some("fr"));
    assert_eq!(
        be.jurisdiction.value.code(),
        "BE",
        "{}",
        be.jurisdiction.reason
    );
    assert!(
        be.wording
            .iter()
            .any(|f| f.rule == "lint/be-fr-foreign-authority"),
        "{:?}",
        be.wording
    );
    // A French text that names no country: Belgium, the only country of the law data that
    // reads French, is assumed (derived from `country.languages`, not from the lexicon), and
    // its Belgian rules apply ("loi vie privée" of 1992 is outdated there).
    let plain = run(
        "Le cabinet est le responsable du traitement de vos données. Nous traitons vos \
         données conformément à la loi vie privée. Vous pouvez nous contacter à tout moment.",
    );
    assert_eq!(plain.jurisdiction.value.code(), "BE");
    assert!(
        plain
            .jurisdiction
            .reason
            .contains("BE assumed (the only country of the law data that reads `fr`"),
        "{}",
        plain.jurisdiction.reason
    );
    assert_eq!(plain.language.value.code(), "fr-BE");
    assert!(
        plain
            .wording
            .iter()
            .any(|f| f.rule.starts_with("lint/be-fr-")),
        "{:?}",
        plain.wording
    );
    // The same text naming France's authority and statute is of France: no Belgian rule.
    let france = run(
        "Le cabinet est le responsable du traitement de vos données. Nous traitons vos \
         données conformément à la loi Informatique et Libertés. Vous pouvez saisir la CNIL.",
    );
    assert!(france.jurisdiction.reason.contains("markers of France"));
    assert_eq!(france.language.value.code(), "fr");
    assert!(
        france
            .wording
            .iter()
            .all(|f| !f.rule.starts_with("lint/be-")),
        "{:?}",
        france.wording
    );
}

/// Forms the third fresh round showed (docs/audit.md, "A third fresh round"), each beside a
/// near miss that must not count.
#[test]
fn third_round_forms_and_their_near_misses() {
    let cases: [(&str, &str, Verdict); 14] = [
        // a definition's examples (the plural "eksempler") are no list of the provider's data
        (
            "Eksempler på personopplysninger er navn, telefonnummer og e-postadresse.",
            "categories",
            Verdict::Missing,
        ),
        (
            "Vi registrerer navn, telefonnummer og e-postadresse.",
            "categories",
            Verdict::Present,
        ),
        // a server in Europe, with a word between the verb and the place
        (
            "Opplysningene mellomlagres på en server som står sentralt i Europa.",
            "transfers",
            Verdict::Present,
        ),
        (
            "Opplysningene mellomlagres på en server hos vår leverandør.",
            "transfers",
            Verdict::Missing,
        ),
        // the right to turn to the authority is the right to complain; naming it is not
        (
            "Dersom du mener at rettighetene dine er krenket, har du rett til å kontakte Datatilsynet.",
            "complaint",
            Verdict::Present,
        ),
        (
            "Datatilsynet har mer informasjon om personvern på sine nettsider.",
            "complaint",
            Verdict::Partial,
        ),
        // unsubscribing at any time from what was sent on consent withdraws it
        (
            "Vi sender deg nyhetsbrev bare om du har samtykket. Du kan når som helst melde deg av.",
            "withdraw_consent",
            Verdict::Present,
        ),
        (
            "Vi sender deg nyhetsbrev bare om du har samtykket. Du kan melde deg på kurs her.",
            "withdraw_consent",
            Verdict::Missing,
        ),
        // deleted as soon as possible is a (vague) statement of how long
        (
            "Mellomlagret informasjon slettes så raskt det er teknisk mulig.",
            "retention",
            Verdict::Partial,
        ),
        (
            "Mellomlagret informasjon slettes.",
            "retention",
            Verdict::Missing,
        ),
        // the Flemish words for access and correcting errors
        (
            "U mag uw eigen patiëntendossier inkijken en eventuele fouten rechtzetten.",
            "rights",
            Verdict::Partial,
        ),
        (
            "Fouten op deze website kunt u melden via het contactformulier.",
            "rights",
            Verdict::Missing,
        ),
        // a legal duty of confidentiality is no legal basis; a legal duty to keep a record is
        (
            "Zorgverleners zijn wettelijk verplicht om uw informatie vertrouwelijk te houden.",
            "legitimate_interest",
            Verdict::Missing,
        ),
        (
            "Wij zijn wettelijk verplicht om een medisch dossier bij te houden.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
    ];
    assert_verdicts(&cases);
}

/// More forms of the third fresh round: the provider's own contact line lists no kinds of
/// data, "beroep" is the occupation only as a word of its own, a register that says opting out
/// changes nothing states the consequence, a period of "this year and the next" is a period,
/// and where data are collected from is their source, not a recipient.
#[test]
fn third_round_forms_contact_lines_occupation_consequence_period_source() {
    let cases: [(&str, &str, Verdict); 10] = [
        (
            "Kontaktopplysninger:\nTelefonnummer: 98009266\nE-post: post@klinikk.no\nAdresse: Storgata 1, 0155 Oslo\n",
            "categories",
            Verdict::Missing,
        ),
        (
            "Vi registrerer navn, telefonnummer og e-postadresse.",
            "categories",
            Verdict::Present,
        ),
        (
            "Wij verwerken uw naam en uw adres. Wij zijn gebonden aan het beroepsgeheim.",
            "categories",
            Verdict::Partial,
        ),
        (
            "Wij verwerken uw naam, uw adres en uw beroep.",
            "categories",
            Verdict::Present,
        ),
        (
            "Det er frivillig å delta i registeret. Det vil ikke ha noen betydning for den behandlingen du får om du velger å trekke deg.",
            "provision",
            Verdict::Present,
        ),
        (
            "Det er frivillig å delta i registeret.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Kontaktopplysninger til kursdeltakere lagres i inneværende og påfølgende år.",
            "retention",
            Verdict::Partial,
        ),
        (
            "Kontaktopplysninger til kursdeltakere lagres hos oss.",
            "retention",
            Verdict::Missing,
        ),
        (
            "Opplysninger kan også bli samlet inn fra andre behandlere, for eksempel fastlege eller sykehus.",
            "recipients",
            Verdict::Missing,
        ),
        (
            "Vi sender epikrise til fastlegen din etter behandlingen.",
            "recipients",
            Verdict::Present,
        ),
    ];
    assert_verdicts(&cases);
}

/// More grammatical forms of "all data come from the person" (the definite nb noun, the
/// passive, the visitors of a website; nl "die jij aan haar verstrekt", "die ik van u heb
/// gekregen", "U verstrekt ons uw persoonsgegevens") show the source absent, beside near misses
/// that name another source or say nothing about where data come from.
#[test]
fn more_forms_of_data_from_the_person_alone() {
    let cases: [(&str, &str, Verdict); 10] = [
        (
            "Opplysningene du oppgir ved timebestilling lagres i journalsystemet.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Denne erklæringen gjelder opplysninger som sendes inn til klinikken.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Nettsiden samler inn og bruker informasjonen fra de som besøker nettstedet.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Opplysningene lagres i journalsystemet.",
            "source",
            Verdict::Missing,
        ),
        (
            "Opplysningene du oppgir lagres. Vi får også epikriser fra sykehuset.",
            "source",
            Verdict::Present,
        ),
        (
            "De praktijk verwerkt alleen de gegevens die jij aan haar verstrekt.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Ik bewaar uw persoonsgegevens niet langer dan nodig voor het doel waarvoor ik deze persoonsgegevens van u heb gekregen.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "U verstrekt ons uw persoonsgegevens bij de inschrijving.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "U verstrekt ons uw persoonsgegevens bij de inschrijving; de uitslagen ontvangen wij van het laboratorium.",
            "source",
            Verdict::Present,
        ),
        (
            "De praktijk verwerkt uw persoonsgegevens.",
            "source",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// Forms of the fifth fresh round: a heading that ends on the name of the legal-basis section
/// names no basis (its answer below would), nor does a legal duty of care or the condition of
/// a right; a provider named as the subject of a sentence on its data is named (nl with "&",
/// "gaat ... om met", "staat ... hoog in het vaandel"; fr "Le Service ... collecte des
/// données"); nb "for å" after a processing verb gives a purpose. Each beside a near miss.
#[test]
fn fifth_round_headings_duties_names_and_purpose_clauses() {
    let cases: [(&str, &str, Verdict); 14] = [
        (
            "Basisinformatie over gegevensverwerking en rechtsgrondslagen\n\nWij verwerken uw gegevens.\n",
            "legitimate_interest",
            Verdict::Missing,
        ),
        (
            "Basisinformatie over gegevensverwerking en rechtsgrondslagen\n\nDe rechtsgrond is de behandelingsovereenkomst.\n",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "Principes appliqués et bases légales\n\nNous traitons vos données.\n",
            "legitimate_interest",
            Verdict::Missing,
        ),
        (
            "We zijn wettelijk verplicht om zeer zorgvuldig met deze gegevens om te gaan.",
            "legitimate_interest",
            Verdict::Missing,
        ),
        (
            "We zijn wettelijk verplicht om een dossier bij te houden.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "U kunt uw gegevens laten verwijderen indien deze in strijd met een wettelijk voorschrift worden verwerkt.",
            "legitimate_interest",
            Verdict::Missing,
        ),
        (
            "Mondhygiënistenpraktijk Uithoorn & Aalsmeer hecht veel waarde aan bescherming van persoonsgegevens.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Labmicta gaat zeer zorgvuldig om met alle persoonsgegevens.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Privacy staat voor VNN hoog in het vaandel.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Wij gaan zorgvuldig om met alle persoonsgegevens.",
            "controller",
            Verdict::Missing,
        ),
        (
            "Le Service médical de l’Université libre de Bruxelles collecte des données à caractère personnel nécessaires à votre prise en charge. Nous ne vendons jamais vos données et nous les protégeons avec soin.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Le médecin collecte des données à caractère personnel nécessaires à votre prise en charge. Nous ne vendons jamais vos données et nous les protégeons avec soin.",
            "controller",
            Verdict::Missing,
        ),
        (
            "Fylkeskommunen registrerer og benytter nødvendig informasjon om deg for å tilrettelegge for god pasientbehandling.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "Fylkeskommunen registrerer og benytter nødvendig informasjon om deg.",
            "purposes",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// "de" and "en" are French words too: a short French text is read as French, not tied with
/// Dutch and resolved to the default; Dutch text stays Dutch.
#[test]
fn a_short_french_text_is_french_and_dutch_stays_dutch() {
    let fr = audit_str("Le Service médical de l’Université libre de Bruxelles collecte des données à caractère personnel nécessaires à votre prise en charge.\n");
    assert_eq!(fr.language.value.code(), "fr-BE", "{}", fr.language.reason);
    let nl = audit_str(
        "De praktijk bewaart de gegevens van de patiënt en de huisarts in het dossier.\n",
    );
    assert_eq!(nl.language.value.code(), "nl", "{}", nl.language.reason);
}

/// Kinds of data named as adjectives of one noun count one kind each: "medische en
/// administratieve gegevens" names two kinds (partial), "sociale, medische en financiële
/// gegevens" three (present); the same in Norwegian ("medisinske og administrative
/// opplysninger", "helse- og kontaktopplysninger") and French (« données administratives et de
/// santé », « données médicales, infirmières et paramédicales »). One kind alone stays missing.
#[test]
fn kinds_named_as_adjectives_of_one_noun() {
    let cases: [(&str, &str, Verdict); 9] = [
        (
            "Uw fysiotherapeut houdt een registratie bij van uw medische en administratieve gegevens.",
            "categories",
            Verdict::Partial,
        ),
        (
            "Het centrum verwerkt uw sociale, medische en financiële gegevens.",
            "categories",
            Verdict::Present,
        ),
        (
            "Uw fysiotherapeut houdt een registratie bij van uw medische gegevens.",
            "categories",
            Verdict::Missing,
        ),
        (
            "Klinikken behandler medisinske og administrative opplysninger om deg.",
            "categories",
            Verdict::Partial,
        ),
        (
            "Klinikken behandler helse- og kontaktopplysninger om pasientene.",
            "categories",
            Verdict::Partial,
        ),
        (
            "Klinikken behandler medisinske opplysninger om deg.",
            "categories",
            Verdict::Missing,
        ),
        (
            "Vos données administratives et de santé sont traitées par la maison médicale.",
            "categories",
            Verdict::Partial,
        ),
        (
            "L'hôpital tient un dossier rassemblant des données médicales, infirmières et paramédicales.",
            "categories",
            Verdict::Present,
        ),
        (
            "Vos données de santé sont traitées par la maison médicale.",
            "categories",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// The provider named as the subject after an article ("Het CLB Weimeersen houdt ... een
/// leerlingendossier bij") or of a clause on processing ("Wanneer UZ Leuven gegevens van u
/// verwerkt"), or showing how it handles them ("laat X zien ..."), is named; a national file
/// ("Het Globaal Medisch Dossier") is not. Data said to be required: the provider's legal duty
/// to record the patient's identity number, a field marked "(niet verplicht)", the patient's
/// duty to inform; nb some data "avgjørende" for the service. A provider's own record of its
/// acts ("verplicht om dit te registreren") is no duty to provide data.
#[test]
fn provider_named_in_clauses_and_data_said_to_be_required() {
    let cases: [(&str, &str, Verdict); 10] = [
        (
            "Het CLB Weimeersen houdt voor elke leerling een leerlingendossier bij.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Wanneer UZ Leuven gegevens van u verwerkt, heeft u rechten.",
            "controller",
            Verdict::Partial,
        ),
        (
            "In dit privacyreglement laat Gezinshuis Wijde Wereld zien hoe het omgaat met persoonsgegevens.",
            "controller",
            Verdict::Partial,
        ),
        (
            "Het Globaal Medisch Dossier omvat alle medische gegevens.",
            "controller",
            Verdict::Missing,
        ),
        (
            "Tevens zijn wij wettelijk verplicht om uw BSN nummer te noteren.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Wij vragen uw naam (niet verplicht) en uw e-mailadres.",
            "provision",
            Verdict::Partial,
        ),
        (
            "U heeft als patiënt de plicht om uw arts de juiste informatie te verstrekken.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Telkens als uw apotheker een geneesmiddel aflevert, is hij wettelijk verplicht om dit te registreren.",
            "provision",
            Verdict::Missing,
        ),
        (
            "For å kunne utføre tjenester du ber om, er det avgjørende at virksomheten innhenter noen opplysninger.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Virksomheten innhenter noen opplysninger for å utføre tjenester.",
            "provision",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// Purposes in more general forms, without a legal basis (partial): "Het doel van het
/// verzamelen ... is", "met de bedoeling ... te", "belangrijk voor uw behandeling", "ten
/// behoeve van" after a processing verb; fr « utilisées pour votre suivi », « afin de vous
/// accompagner ». The aim of the statement itself is no purpose of the processing.
#[test]
fn purposes_in_more_general_forms() {
    let cases: [(&str, &str, Verdict); 7] = [
        (
            "Het doel van het verzamelen en het verwerken van persoonsgegevens is de zorg voor patiënten.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "Wij vragen persoonlijke gegevens met de bedoeling de zorgverlening zo optimaal mogelijk te laten verlopen.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "In onze kliniek leggen we uw medische gegevens vast. Ze zijn immers belangrijk voor uw behandeling.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "Het doel van deze privacyverklaring is u te informeren.",
            "purposes",
            Verdict::Missing,
        ),
        (
            "Vos données d’identification sont principalement utilisées pour votre suivi administratif.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "Afin de vous accompagner au mieux dans votre traitement, nous récoltons des données.",
            "purposes",
            Verdict::Partial,
        ),
        (
            "Nous récoltons des données qui vous concernent.",
            "purposes",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// A web or IT service named in a sentence on data is a recipient named without saying that
/// data go to it (partial); with a word of disclosure, a recipient named (present). A social
/// network as a contact channel and a lower-case address name no service.
#[test]
fn a_named_web_service_is_a_recipient() {
    let cases: [(&str, &str, Verdict); 5] = [
        (
            "Vi bruker analyseverktøyet PostHog for å forstå hvordan nettsiden brukes, og data lagres i EU.",
            "recipients",
            Verdict::Partial,
        ),
        (
            "Op de contactpagina wordt een kaart van Google Maps getoond; Google kan daarbij gegevens verwerken.",
            "recipients",
            Verdict::Partial,
        ),
        (
            "Vi bruker Google Analytics, og vi deler opplysninger om bruken av nettsiden med Google.",
            "recipients",
            Verdict::Present,
        ),
        (
            "Du kan også samhandle med oss via sosiale medier som Facebook og dele informasjon der.",
            "recipients",
            Verdict::Missing,
        ),
        (
            "Les meer over de gegevens op https://policies.google.com/privacy.",
            "recipients",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// Legal grounds in more general Dutch forms (the sixth fresh round's brief): the statutory
/// tasks or the law as the basis of a duty to process, the record duty, consent given "als
/// cliënt", the assignment carried out. A power to read the file "op basis van de Wet op de
/// geneeskundige behandelingsovereenkomst" is no basis of the processing.
#[test]
fn legal_grounds_in_more_general_forms() {
    let cases: [(&str, &str, Verdict); 6] = [
        (
            "Wij verwerken persoonsgegevens op basis van onze taken uit de Wet publieke gezondheid.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "The Home Clinic verwerkt deze persoonsgegevens en is hiertoe verplicht op basis van wetgeving.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "Ik ben verplicht een dossier bij te houden over het verloop van de behandeling.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "Middels het formulier geef je als cliënt toestemming voor het verwerken van persoonsgegevens.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "Wij verwerken persoonsgegevens omdat deze noodzakelijk zijn om ontvangen dienstverleningsopdrachten uit te voeren.",
            "legitimate_interest",
            Verdict::NotApplicable,
        ),
        (
            "Het dossier mag alleen worden ingezien door medewerkers die daartoe bevoegd zijn op basis van de Wet op de geneeskundige behandelingsovereenkomst.",
            "legitimate_interest",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// Disclosure in more general Dutch forms: data delivered to bodies, "derdenverstrekking",
/// none passed on "tenzij" needed (vague: partial), a claim declared to the insurance; the
/// practice's own locums with access to the file are no recipients.
#[test]
fn disclosure_in_more_general_forms() {
    let cases: [(&str, &str, Verdict); 4] = [
        (
            "De kliniek levert gegevens aan een aantal registrerende instanties.",
            "recipients",
            Verdict::Partial,
        ),
        (
            "Er worden geen persoonsgegevens doorgegeven aan andere partijen, tenzij dit nodig is.",
            "recipients",
            Verdict::Partial,
        ),
        (
            "Verzekeringsgegevens zijn nodig als u wilt dat wij rechtstreeks declareren bij uw verzekering.",
            "recipients",
            Verdict::Partial,
        ),
        (
            "Behalve uw fysiotherapeut heeft ook een beperkt aantal andere personen toegang tot de gegevens.",
            "recipients",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// The provider's duty to ask the patient's identity number, and data named as the condition
/// of the care, say that data must be provided (partial: nothing on the consequence).
#[test]
fn duties_to_give_data_in_more_forms() {
    let cases: [(&str, &str, Verdict); 3] = [
        (
            "Daarnaast zijn wij verplicht om je burgerservicenummer te vragen.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Een voorwaarde om de zorg goed te kunnen uitvoeren, is dat we gegevens van onze cliënten nodig hebben.",
            "provision",
            Verdict::Partial,
        ),
        (
            "Een voorwaarde voor een goede samenwerking is vertrouwen.",
            "provision",
            Verdict::Missing,
        ),
    ];
    assert_verdicts(&cases);
}

/// As many common words of two languages: the language is reported undecided (both named,
/// the text read as Dutch by default, and a note asks for --lang); one more word decides.
#[test]
fn a_language_tie_is_reported_not_resolved_silently() {
    let r = audit_str("De la het dossier.\n");
    assert_eq!(r.language.value.code(), "nl", "{}", r.language.reason);
    let tie: Vec<&str> = r.language.tie.iter().map(|l| l.code()).collect();
    assert_eq!(tie, ["nl", "fr"], "{}", r.language.reason);
    assert!(
        r.notes.iter().any(|n| n.contains("language is undecided")),
        "{:?}",
        r.notes
    );
    let human = privgen::audit::report::human(&r);
    assert!(human.contains("language undecided, nl or fr"), "{human}");
    let decided = audit_str("De la het dossier van de patiënt.\n");
    assert!(
        decided.language.tie.is_empty(),
        "{}",
        decided.language.reason
    );
}

/// Data from a form the person fills in, or none but what the person gives, come from the
/// person alone (Art. 14 not applicable): "Als je het contactformulier ... invult, verwerken
/// we", "tenzij u ons deze gegevens rechtstreeks bezorgt". A form named with a source beside
/// it is no such statement.
#[test]
fn data_from_a_form_the_person_fills_in() {
    let cases: [(&str, &str, Verdict); 3] = [
        (
            "Als je het contactformulier op deze website invult, verwerken we je naam en e-mailadres.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Wij verzamelen geen persoonsgegevens, tenzij u ons deze gegevens rechtstreeks bezorgt.",
            "source",
            Verdict::NotApplicable,
        ),
        (
            "Als je het contactformulier invult, verwerken we je naam. Verslagen ontvangen wij van uw huisarts.",
            "source",
            Verdict::Present,
        ),
    ];
    assert_verdicts(&cases);
}

/// The country where data are kept is no storage period: « conservées dans l’Union
/// européenne » names no retention; « conservées pendant 30 ans » does.
#[test]
fn where_data_are_kept_is_no_period() {
    let cases: [(&str, &str, Verdict); 2] = [
        (
            "Vos données personnelles sont principalement conservées dans l’Union européenne.",
            "retention",
            Verdict::Missing,
        ),
        (
            "Vos données sont conservées aussi longtemps que nécessaire.",
            "retention",
            Verdict::Partial,
        ),
    ];
    assert_verdicts(&cases);
}
