### Flemish (Belgian Dutch) wording of the statement, reglement and notice: only the messages
### whose wording differs in Belgian usage; every other message falls back to locales/nl/.
### Reviewed message by message against locales/nl/statement.ftl (issue 14, item 5). Formal
### "u" as in nl. One line above each override gives its reason; the common reasons are:
##   (H) "u hebt" / "hebt u": the usual Flemish form; "u heeft" reads as Netherlands Dutch.
##   (P) "patiëntendossier": the word of the Belgian patient law (wet van 22 augustus 2002
##       betreffende de rechten van de patiënt, art. 9) for the file the nl text calls
##       "medisch dossier" (the WGBO's usage).
##   (Z) "zorgverstrekker": the Belgian statutory term; "zorgverlener" and "behandelaar" are
##       Netherlands usage.
##   (C) an EU article in the decimal style of Belgian legislation ("artikel 6.1.b) AVG",
##       "artikel 12.3 AVG"; the Kaderwet cites the AVG so, art. 2), the style cite.ftl gives every cited EU article on an nl-BE page; never "lid 1 sub b".
##   (J) A page in nl-BE may be for a Dutch or Norwegian clinic: where the Belgian wording
##       names a Belgian institution or rule, it is selected on $jurisdiction and the other
##       variant keeps the legal content of the nl text.
##   (W) the words of the Belgian act or of the FOD Volksgezondheid where the nl text uses
##       Netherlands terms ("maturiteit", "gedagtekend", "beroepsbeoefenaar").
## Messages left to nl (the same in Flanders) include the headings, the controller, staff,
## recipients, transfers, retention, security, camera, cookie, research, marketing, minors,
## requests and change sentences not listed here.

# "Functionaris voor gegevensbescherming (DPO)": the AVG's own term (art. 37); "FG" is Netherlands usage.
heading-dpo = Functionaris voor gegevensbescherming en toezicht

## Introduction
# (H)
intro-statement = { $register ->
    [informal] { $controller } verwerkt persoonsgegevens van { $audience }. { $doc ->
        [reglement] In dit reglement
       *[other] In deze privacyverklaring
    } leggen wij uit welke persoonsgegevens wij verwerken, waarvoor en op welke grondslag wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten je hebt.
   *[formal] { $controller } verwerkt persoonsgegevens van { $audience }. { $doc ->
        [reglement] In dit reglement
       *[other] In deze privacyverklaring
    } leggen wij uit welke persoonsgegevens wij verwerken, waarvoor en op welke grondslag wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u hebt.
}

## DPO and supervision
# "Functionaris voor gegevensbescherming (DPO)" (see heading-dpo).
dpo-appointed = { $register ->
    [informal] Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld. Je kunt de DPO bereiken via:
   *[formal] Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld. U kunt de DPO bereiken via:
}
# "Functionaris voor gegevensbescherming (DPO)" (see heading-dpo).
dpo-appointed-named = { $register ->
    [informal] Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld: { $name }. Je kunt de DPO bereiken via:
   *[formal] Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld: { $name }. U kunt de DPO bereiken via:
}
# "Functionaris voor gegevensbescherming" (see heading-dpo).
dpo-tasks = De functionaris voor gegevensbescherming:
# (C)
supervision-health-professional = { $register ->
    [informal] Gegevens over je gezondheid worden uitsluitend verwerkt onder het toezicht en de verantwoordelijkheid van een beroepsbeoefenaar in de gezondheidszorg die aan het beroepsgeheim is gebonden (artikel 9.3 AVG).
   *[formal] Gegevens over uw gezondheid worden uitsluitend verwerkt onder het toezicht en de verantwoordelijkheid van een beroepsbeoefenaar in de gezondheidszorg die aan het beroepsgeheim is gebonden (artikel 9.3 AVG).
}

## Data
# (J) A Belgian patient shows the identiteitskaart (eID); elsewhere any valid identity document, as in nl.
national-id-check = { $register ->
    [informal] Wij zijn verplicht te controleren of je degene bent bij wie het { $national_id } hoort. Daarom vragen wij je om { $jurisdiction ->
        [BE] je identiteitskaart (eID) of een ander geldig identiteitsbewijs.
       *[other] een geldig identiteitsbewijs.
    }
   *[formal] Wij zijn verplicht te controleren of u degene bent bij wie het { $national_id } hoort. Daarom vragen wij u om { $jurisdiction ->
        [BE] uw identiteitskaart (eID) of een ander geldig identiteitsbewijs.
       *[other] een geldig identiteitsbewijs.
    }
}
# (P) In the words of art. 9, § 1 of the patient law ("zorgvuldig bijgehouden en veilig bewaard"); "kwaliteitsvolle zorg" is the Belgian phrase for good care.
patient-record-duty = { $register ->
    [informal] Wij zijn wettelijk verplicht over je behandeling een patiëntendossier aan te leggen, zorgvuldig bij te houden en veilig te bewaren. Daarin leggen wij de gegevens vast die nodig zijn om je kwaliteitsvolle zorg te verlenen.
   *[formal] Wij zijn wettelijk verplicht over uw behandeling een patiëntendossier aan te leggen, zorgvuldig bij te houden en veilig te bewaren. Daarin leggen wij de gegevens vast die nodig zijn om u kwaliteitsvolle zorg te verlenen.
}
# (P) As patient-record-duty, with the statutes.
patient-record-duty-statutes = { $register ->
    [informal] Wij zijn wettelijk verplicht over je behandeling een patiëntendossier aan te leggen, zorgvuldig bij te houden en veilig te bewaren, op grond van { $statutes }. Daarin leggen wij de gegevens vast die nodig zijn om je kwaliteitsvolle zorg te verlenen.
   *[formal] Wij zijn wettelijk verplicht over uw behandeling een patiëntendossier aan te leggen, zorgvuldig bij te houden en veilig te bewaren, op grond van { $statutes }. Daarin leggen wij de gegevens vast die nodig zijn om u kwaliteitsvolle zorg te verlenen.
}
# (H)
account-stored = { $register ->
    [informal] Na je registratie bewaren wij de gegevens die je hebt opgegeven, zodat je ze niet bij elk bezoek opnieuw hoeft in te vullen en wij contact met jou kunnen opnemen in het kader van de zorgverlening.
   *[formal] Na uw registratie bewaren wij de gegevens die u hebt opgegeven, zodat u ze niet bij elk bezoek opnieuw hoeft in te vullen en wij contact met u kunnen opnemen in het kader van de zorgverlening.
}
# (H)
consent-form-information = { $register ->
    [informal] bevestigt dat je onze patiëntinformatie over de voor jou relevante behandelingen en de regels van onze kliniek hebt gelezen
   *[formal] bevestigt dat u onze patiëntinformatie over de voor u relevante behandelingen en de regels van onze kliniek hebt gelezen
}

## Purposes
# "Overeenkomst tot zorgverlening" and "kwaliteitsvolle zorg": "behandelingsovereenkomst" is the WGBO's term.
provision-contractual = { $register ->
    [informal] De gegevens over je gezondheid zijn nodig om de overeenkomst tot zorgverlening met jou uit te voeren. Geef je ze niet, dan kunnen wij je geen kwaliteitsvolle en veilige zorg verlenen.
   *[formal] De gegevens over uw gezondheid zijn nodig om de overeenkomst tot zorgverlening met u uit te voeren. Geeft u ze niet, dan kunnen wij u geen kwaliteitsvolle en veilige zorg verlenen.
}
# (J) "Registreren", "identiteitskaart" and "aanrekenen" for a Belgian clinic; the NL variant keeps the Dutch insurer and its claim, as in nl.
provision-statutory = { $register ->
    [informal] Sommige gegevens zijn wij wettelijk verplicht te registreren, zoals je { $national_id } en de gegevens van je { $jurisdiction ->
        [BE] identiteitskaart
       *[other] identiteitsbewijs
    }. { $jurisdiction ->
        [NL] Zonder die gegevens kunnen wij de zorg niet via je zorgverzekeraar declareren.
       *[other] Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of aanrekenen; dringend noodzakelijke zorg krijg je altijd.
    }
   *[formal] Sommige gegevens zijn wij wettelijk verplicht te registreren, zoals uw { $national_id } en de gegevens van uw { $jurisdiction ->
        [BE] identiteitskaart
       *[other] identiteitsbewijs
    }. { $jurisdiction ->
        [NL] Zonder die gegevens kunnen wij de zorg niet via uw zorgverzekeraar declareren.
       *[other] Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of aanrekenen; dringend noodzakelijke zorg krijgt u altijd.
    }
}
# (J) Belgian clinics: the patient's duty to cooperate as art. 4 of the patient law frames it (wording unconfirmed, docs/law-sources.md); elsewhere the nl text.
provision-patient-duty = { $register ->
    [informal] { $jurisdiction ->
        [BE] Wij verwachten van jou dat je, in de mate van het mogelijke, meewerkt met onze zorgverstrekkers en hun de inlichtingen geeft die zij redelijkerwijs nodig hebben om je zorg te verlenen.
       *[other] Wij verwachten van jou dat je onze zorgverstrekkers naar beste weten de inlichtingen en medewerking geeft die zij redelijkerwijs nodig hebben om de behandelingsovereenkomst uit te voeren.
    }
   *[formal] { $jurisdiction ->
        [BE] Wij verwachten van u dat u, in de mate van het mogelijke, meewerkt met onze zorgverstrekkers en hun de inlichtingen geeft die zij redelijkerwijs nodig hebben om u zorg te verlenen.
       *[other] Wij verwachten van u dat u onze zorgverstrekkers naar beste weten de inlichtingen en medewerking geeft die zij redelijkerwijs nodig hebben om de behandelingsovereenkomst uit te voeren.
    }
}

## Call recording, cookies
# (H) "opleiden" is the usual Flemish word for training staff.
call-recording = { $register ->
    [informal] Als je contact hebt met { $role } voor informatie of het plannen van een afspraak, kan het gesprek worden opgenomen om onze medewerkers op te leiden.
   *[formal] Als u contact hebt met { $role } voor informatie of het plannen van een afspraak, kan het gesprek worden opgenomen om onze medewerkers op te leiden.
}
# (H) "ze" for "toestemming", as Flemish writes it.
cookies-consent-banner = { $register ->
    [informal] Cookies die niet strikt noodzakelijk zijn voor de werking van de website plaatsen wij alleen nadat je daarvoor bij je eerste bezoek toestemming hebt gegeven. Je kunt die toestemming even gemakkelijk weer intrekken als je ze hebt gegeven.
   *[formal] Cookies die niet strikt noodzakelijk zijn voor de werking van de website plaatsen wij alleen nadat u daarvoor bij uw eerste bezoek toestemming hebt gegeven. U kunt die toestemming even gemakkelijk weer intrekken als u ze hebt gegeven.
}

## Security
# "Functionaris voor gegevensbescherming" (see heading-dpo); "melden aan".
breach-report = { $register ->
    [informal] Vermoed je een datalek of zie je een zwakke plek in onze beveiliging, meld het dan aan onze functionaris voor gegevensbescherming.
   *[formal] Vermoedt u een datalek of ziet u een zwakke plek in onze beveiliging, meld het dan aan onze functionaris voor gegevensbescherming.
}

## Research and quality
# (P)
research-record = { $register ->
    [informal] Ook de gegevens in je patiëntendossier kunnen bijdragen aan wetenschappelijk onderzoek.
   *[formal] Ook de gegevens in uw patiëntendossier kunnen bijdragen aan wetenschappelijk onderzoek.
}
# (H) Dutch research conditions (art. 7:458 BW) unchanged.
research-without-consent = { $register ->
    [informal] Zonder je toestemming gebruiken wij gegevens uit je dossier alleen voor onderzoek dat een algemeen belang dient en niet zonder die gegevens kan worden uitgevoerd, als het vragen van toestemming redelijkerwijs niet mogelijk is of niet kan worden verlangd, met waarborgen voor je privacy, en alleen als je daartegen geen uitdrukkelijk bezwaar hebt gemaakt ({ $article }). Je kunt dat bezwaar op elk moment maken.
   *[formal] Zonder uw toestemming gebruiken wij gegevens uit uw dossier alleen voor onderzoek dat een algemeen belang dient en niet zonder die gegevens kan worden uitgevoerd, als het vragen van toestemming redelijkerwijs niet mogelijk is of niet kan worden verlangd, met waarborgen voor uw privacy, en alleen als u daartegen geen uitdrukkelijk bezwaar hebt gemaakt ({ $article }). U kunt dat bezwaar op elk moment maken.
}
# "Rapporten": "rapportages" is Netherlands usage ("versleuteld" stays: "gecodeerd" would mean pseudonymised in Belgian usage).
quality-encrypted = Als in rapporten van interne kwaliteitsonderzoekers of externe visiteurs persoonsgegevens voorkomen, worden deze versleuteld.

## Marketing
# (C)
marketing-object = { $register ->
    [informal] Je kunt je altijd kosteloos afmelden en bezwaar maken tegen het gebruik van je gegevens voor direct marketing; wij stoppen dan met dat gebruik (artikel 21.2 en 21.3 AVG).
   *[formal] U kunt zich altijd kosteloos afmelden en bezwaar maken tegen het gebruik van uw gegevens voor direct marketing; wij stoppen dan met dat gebruik (artikel 21.2 en 21.3 AVG).
}

## Rights
# (H) and, for a Belgian clinic, the patient law by its name; elsewhere the patient law stays unnamed, as in nl.
rights-lead = { $register ->
    [informal] Je hebt op grond van de Algemene Verordening Gegevensbescherming (AVG, ook GDPR genoemd) en { $jurisdiction ->
        [BE] de wet betreffende de rechten van de patiënt
       *[other] de wet die je rechten als patiënt regelt
    } de volgende rechten. Hoe je een verzoek indient, lees je in het volgende onderdeel.
   *[formal] U hebt op grond van de Algemene Verordening Gegevensbescherming (AVG, ook GDPR genoemd) en { $jurisdiction ->
        [BE] de wet betreffende de rechten van de patiënt
       *[other] de wet die uw rechten als patiënt regelt
    } de volgende rechten. Hoe u een verzoek indient, leest u in het volgende onderdeel.
}
# (H, P) The article first and the act once: "op grond van { $statute }, { $article }" names the act twice in Belgian citations; "persoonlijke levenssfeer" is the Belgian statutory term.
right-access-patient-law = { $register ->
    [informal] { $jurisdiction ->
        [NO] Daarnaast heb je op grond van { $article } recht op inzage in en een afschrift van je patiëntendossier. Inzage kan alleen worden geweigerd in de uitzonderingsgevallen die de wet noemt.
       *[other] Daarnaast heb je op grond van { $article } recht op inzage in en een afschrift van je patiëntendossier, binnen de grenzen van { $statute }, bijvoorbeeld voor zover de bescherming van de persoonlijke levenssfeer van een ander zich daartegen niet verzet.
    }
   *[formal] { $jurisdiction ->
        [NO] Daarnaast hebt u op grond van { $article } recht op inzage in en een afschrift van uw patiëntendossier. Inzage kan alleen worden geweigerd in de uitzonderingsgevallen die de wet noemt.
       *[other] Daarnaast hebt u op grond van { $article } recht op inzage in en een afschrift van uw patiëntendossier, binnen de grenzen van { $statute }, bijvoorbeeld voor zover de bescherming van de persoonlijke levenssfeer van een ander zich daartegen niet verzet.
    }
}
# (P, Z) The practitioner who decides is the "behandelende zorgverstrekker".
right-rectification-practitioner = { $register ->
    [informal] Over een correctie of aanvulling van het patiëntendossier beslist je behandelende zorgverstrekker: een wijziging mag een veilige behandeling niet in gevaar brengen.
   *[formal] Over een correctie of aanvulling van het patiëntendossier beslist uw behandelende zorgverstrekker: een wijziging mag een veilige behandeling niet in gevaar brengen.
}
# (P) Only the wording of the file; each jurisdiction keeps the nl content (NL: destruction under art. 7:455 BW, below).
right-erasure-desc = { $register ->
    [informal] Je kunt ons vragen je gegevens te wissen, bijvoorbeeld als zij niet meer nodig zijn of als je je toestemming intrekt (artikel 17 AVG). { $jurisdiction ->
        [NO] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; voor het patiëntendossier gelden de regels hieronder. Weigeren wij, dan leggen wij je uit waarom.
        [NL] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; in dat geval leggen wij je uit waarom.
       *[other] Dit recht geldt niet voor gegevens die wij op grond van de wet moeten bewaren, zoals het patiëntendossier volgens { $statute } en onze financiële administratie; in dat geval leggen wij je uit waarom wij de gegevens niet kunnen wissen.
    }
   *[formal] U kunt ons vragen uw gegevens te wissen, bijvoorbeeld als zij niet meer nodig zijn of als u uw toestemming intrekt (artikel 17 AVG). { $jurisdiction ->
        [NO] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; voor het patiëntendossier gelden de regels hieronder. Weigeren wij, dan leggen wij u uit waarom.
        [NL] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; in dat geval leggen wij u uit waarom.
       *[other] Dit recht geldt niet voor gegevens die wij op grond van de wet moeten bewaren, zoals het patiëntendossier volgens { $statute } en onze financiële administratie; in dat geval leggen wij u uit waarom wij de gegevens niet kunnen wissen.
    }
}
# (P) Dutch clinics only (art. 7:455 BW); the content is that of nl.
right-erasure-record = { $register ->
    [informal] Je patiëntendossier vernietigen wij op je verzoek geheel of gedeeltelijk binnen { $period } ({ $article }), tenzij { $exceptions }.
   *[formal] Uw patiëntendossier vernietigen wij op uw verzoek geheel of gedeeltelijk binnen { $period } ({ $article }), tenzij { $exceptions }.
}
# (H)
right-portability-desc = { $register ->
    [informal] Gegevens die je ons zelf hebt verstrekt en die wij geautomatiseerd verwerken op basis van je toestemming of een overeenkomst, kun je in een gangbaar digitaal formaat ontvangen of rechtstreeks laten doorsturen naar een andere organisatie (artikel 20 AVG).
   *[formal] Gegevens die u ons zelf hebt verstrekt en die wij geautomatiseerd verwerken op basis van uw toestemming of een overeenkomst, kunt u in een gangbaar digitaal formaat ontvangen of rechtstreeks laten doorsturen naar een andere organisatie (artikel 20 AVG).
}
# (H, C) "ze" for "toestemming", as Flemish writes it.
right-withdraw-desc = { $register ->
    [informal] Verwerken wij gegevens op basis van je toestemming, dan kun je die toestemming altijd intrekken, even gemakkelijk als je ze hebt gegeven. De intrekking geldt voor de toekomst: wat wij vóór de intrekking met je gegevens deden, blijft rechtmatig (artikel 7.3 AVG).
   *[formal] Verwerken wij gegevens op basis van uw toestemming, dan kunt u die toestemming altijd intrekken, even gemakkelijk als u ze hebt gegeven. De intrekking geldt voor de toekomst: wat wij vóór de intrekking met uw gegevens deden, blijft rechtmatig (artikel 7.3 AVG).
}
# (H) In the words of art. 22.1 AVG ("waaraan … rechtsgevolgen zijn verbonden of dat … anderszins in aanmerkelijke mate treft"), without "voor u heeft".
right-automated-desc = { $register ->
    [informal] Je hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en waaraan voor jou rechtsgevolgen zijn verbonden of dat je anderszins in aanmerkelijke mate treft (artikel 22 AVG).
   *[formal] U hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft (artikel 22 AVG).
}
# (P, Z)
rights-journal-practitioner = { $register ->
    [informal] Met vragen over het corrigeren of verwijderen van gegevens in je patiëntendossier kun je terecht bij je behandelende zorgverstrekker.
   *[formal] Met vragen over het corrigeren of verwijderen van gegevens in uw patiëntendossier kunt u terecht bij uw behandelende zorgverstrekker.
}

## Requests
# (C)
requests-deadline = { $register ->
    [informal] Wij reageren zo snel mogelijk en uiterlijk binnen één maand na ontvangst van je verzoek (artikel 12.3 AVG).
   *[formal] Wij reageren zo snel mogelijk en uiterlijk binnen één maand na ontvangst van uw verzoek (artikel 12.3 AVG).
}
# (C)
requests-deadline-own = { $register ->
    [informal] Wij reageren zo snel mogelijk en uiterlijk binnen { $period } na ontvangst van je verzoek; de wettelijke termijn is één maand (artikel 12.3 AVG).
   *[formal] Wij reageren zo snel mogelijk en uiterlijk binnen { $period } na ontvangst van uw verzoek; de wettelijke termijn is één maand (artikel 12.3 AVG).
}
# (P)
erasure-heading = { $register ->
    [informal] Verwijdering van (delen van) je patiëntendossier
   *[formal] Verwijdering van (delen van) uw patiëntendossier
}
# (P, J) Belgian law gives no right to have the file destroyed (the request is weighed against the Kwaliteitswet's retention duty), so "verwijderen"; a Dutch clinic keeps "vernietigen" (art. 7:455 BW).
erasure-channel = { $register ->
    [informal] Je kunt vragen (delen van) je patiëntendossier binnen de grenzen van de wet te laten { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    }. Je dient je verzoek in { $channel }.
   *[formal] U kunt vragen (delen van) uw patiëntendossier binnen de grenzen van de wet te laten { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    }. U dient uw verzoek in { $channel }.
}
# (P, J) As erasure-channel.
erasure-channel-address = { $register ->
    [informal] Je kunt vragen (delen van) je patiëntendossier binnen de grenzen van de wet te laten { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    }. Je dient je verzoek in { $channel } aan { $name }, { $address }.
   *[formal] U kunt vragen (delen van) uw patiëntendossier binnen de grenzen van de wet te laten { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    }. U dient uw verzoek in { $channel } aan { $name }, { $address }.
}
# (P)
requests-copy-delivery = { $register ->
    [informal] Een afschrift van je patiëntendossier kun je { $ways }.
   *[formal] Een afschrift van uw patiëntendossier kunt u { $ways }.
}
# (J) As erasure-channel: "vernietigen" for a Dutch clinic (art. 7:455 BW), else "verwijderen".
erasure-deadline = { $register ->
    [informal] Wij { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    } de gegevens binnen { $period } nadat wij je verzoek hebben ontvangen.
   *[formal] Wij { $jurisdiction ->
        [NL] vernietigen
       *[other] verwijderen
    } de gegevens binnen { $period } nadat wij uw verzoek hebben ontvangen.
}

## Complaints
# (H)
complaints-internal = { $register ->
    [informal] Heb je een klacht over de manier waarop wij met je persoonsgegevens omgaan, neem dan eerst contact op met { $bodies }. Wij helpen je graag.
   *[formal] Hebt u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $bodies }. Wij helpen u graag.
}
# (H)
complaints-internal-default = { $register ->
    [informal] Heb je een klacht over de manier waarop wij met je persoonsgegevens omgaan, neem dan eerst contact op met { $controller }. Wij helpen je graag.
   *[formal] Hebt u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $controller }. Wij helpen u graag.
}
# (P)
complaints-ombuds = { $register ->
    [informal] Klachten over je rechten als patiënt, ook over inzage in of een afschrift van je patiëntendossier, kun je voorleggen aan onze ombudsdienst ({ $article }).
   *[formal] Klachten over uw rechten als patiënt, ook over inzage in of een afschrift van uw patiëntendossier, kunt u voorleggen aan onze ombudsdienst ({ $article }).
}
# (H)
complaints-authority = { $register ->
    [informal] Je hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, de { $authority }:
   *[formal] U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, de { $authority }:
}
# "Toezichthoudende autoriteit" (the AVG's term) and "naar de rechtbank stappen": Flemish for going to court.
complaints-residence = { $register ->
    [informal] Je kunt je ook wenden tot de toezichthoudende autoriteit van het EER-land waar je woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechtbank stappen (artikel 79 AVG).
   *[formal] U kunt zich ook wenden tot de toezichthoudende autoriteit van het EER-land waar u woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechtbank stappen (artikel 79 AVG).
}

## Changes
# "Onthaal" is the Flemish word for a reception desk ("receptie" in the Netherlands).
changes-copy-reception = { $register ->
    [informal] Een exemplaar van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } ligt ter inzage aan het onthaal; op verzoek krijg je een afschrift.
   *[formal] Een exemplaar van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } ligt ter inzage aan het onthaal; op verzoek krijgt u een afschrift.
}
# "In uitvoering van" is the Belgian formula for a text issued under a statute ("ter uitvoering van" in the Netherlands).
changes-legal-framework = { $doc ->
    [reglement] Dit reglement
   *[other] Deze privacyverklaring
} is opgesteld in uitvoering van:

## Reglement
# "Doorgifte van gegevens": the Belgian reglementen's heading for disclosure to third parties (review-nl 50); nl uses "Verstrekking".
article-recipients = Doorgifte van gegevens aan derden
# "In uitvoering van" (see changes-legal-framework).
reglement-issued-under = Dit reglement is opgesteld in uitvoering van:

## Notice
# "Functionaris voor gegevensbescherming (DPO)" (see heading-dpo).
notice-dpo = { $register ->
    [informal] Onze functionaris voor gegevensbescherming (DPO) bereik je via
   *[formal] Onze functionaris voor gegevensbescherming (DPO) bereikt u via
}
# (P)
notice-impact-health = { $register ->
    [informal] Wij verwerken gegevens over je gezondheid voor je zorg, en houden daarvan een patiëntendossier bij zoals de wet voorschrijft.
   *[formal] Wij verwerken gegevens over uw gezondheid voor uw zorg, en houden daarvan een patiëntendossier bij zoals de wet voorschrijft.
}
# (P) With the start event and the range the full text states.
notice-impact-retention = { $register ->
    [informal] Je patiëntendossier bewaren wij { $period }{ $from ->
        [none] {""}
       *[other] , gerekend vanaf { $from }
    }{ $extension ->
        [none] {""}
       *[other] , { $extension }
    }.
   *[formal] Uw patiëntendossier bewaren wij { $period }{ $from ->
        [none] {""}
       *[other] , gerekend vanaf { $from }
    }{ $extension ->
        [none] {""}
       *[other] , { $extension }
    }.
}
# (H)
notice-rights = { $register ->
    [informal] Je hebt onder meer het recht op:
   *[formal] U hebt onder meer het recht op:
}
# (P) Dutch clinics: the destruction right of art. 7:455 BW, as in nl.
notice-right-erasure = { $register ->
    [informal] { $jurisdiction ->
        [NO] wissing van je gegevens; voor het patiëntendossier gelden eigen wettelijke regels;
        [NL] wissing van je gegevens en vernietiging van je patiëntendossier, op enkele wettelijke uitzonderingen na;
       *[other] wissing van je gegevens, voor zover de wet ons niet verplicht ze te bewaren;
    }
   *[formal] { $jurisdiction ->
        [NO] wissing van uw gegevens; voor het patiëntendossier gelden eigen wettelijke regels;
        [NL] wissing van uw gegevens en vernietiging van uw patiëntendossier, op enkele wettelijke uitzonderingen na;
       *[other] wissing van uw gegevens, voor zover de wet ons niet verplicht ze te bewaren;
    }
}
# (H) "hebt verstrekt" rather than the informal "gaf" (review-nl 41).
notice-right-portability = { $register ->
    [informal] overdraagbaarheid van de gegevens die je ons zelf hebt verstrekt;
   *[formal] overdraagbaarheid van de gegevens die u ons zelf hebt verstrekt;
}

## Representation
# (W) The words of the Belgian act (art. 12 § 2: "leeftijd en maturiteit", "redelijke
# beoordeling van zijn belangen") and its "beroepsbeoefenaar".
minors-band-maturity = { $range }: de ouders die het gezag uitoefenen, of de voogd, oefenen de rechten uit; de minderjarige wordt daarbij betrokken naargelang van leeftijd en maturiteit en oefent de rechten geheel of gedeeltelijk zelf uit zodra de beroepsbeoefenaar oordeelt dat hij of zij tot een redelijke beoordeling van zijn of haar belangen in staat is;
# (W) "gedagtekend", as the FOD Volksgezondheid writes it.
representative-designated-representative = de vertegenwoordiger die de patiënt vooraf heeft benoemd met een gedagtekend en door beiden ondertekend mandaat;

## National exchange and consent systems (issue 16 item 7)
# (W) "nationale" and "gezondheidsgegevens": Belgian usage; the Belgian systems are not
# "landelijk".
heading-exchange = { $register ->
    [informal] Elektronische uitwisseling van je gezondheidsgegevens
   *[formal] Elektronische uitwisseling van uw gezondheidsgegevens
}
part-exchange = Elektronische uitwisseling van gezondheidsgegevens
exchange-lead = { $register ->
    [informal] Wij werken mee aan de volgende systemen voor de elektronische uitwisseling van gezondheidsgegevens. Per systeem lees je of daarvoor je toestemming nodig is en hoe je die geeft, intrekt of weigert.
   *[formal] Wij werken mee aan de volgende systemen voor de elektronische uitwisseling van gezondheidsgegevens. Per systeem leest u of daarvoor uw toestemming nodig is en hoe u die geeft, intrekt of weigert.
}
# (Z) (W) "zorgverstrekker"; the eID as the Belgian identity card is called.
exchange-about-ehealth-hubs = { $register ->
    [informal] Zorgverstrekkers die je behandelen, kunnen je gezondheidsgegevens elektronisch en beveiligd met elkaar delen via de regionale netwerken (hubs) en via Vitalink. Dat kan alleen met je geïnformeerde toestemming en alleen voor zorgverstrekkers die een therapeutische relatie met jou hebben. Zo'n relatie loopt gewoonlijk tot vijftien maanden nadat de zorgverstrekker je elektronische identiteitskaart (eID) voor een raadpleging heeft ingelezen. Je kunt bepaalde zorgverstrekkers uitsluiten of vragen bepaalde gegevens niet te delen.
   *[formal] Zorgverstrekkers die u behandelen, kunnen uw gezondheidsgegevens elektronisch en beveiligd met elkaar delen via de regionale netwerken (hubs) en via Vitalink. Dat kan alleen met uw geïnformeerde toestemming en alleen voor zorgverstrekkers die een therapeutische relatie met u hebben. Zo'n relatie loopt gewoonlijk tot vijftien maanden nadat de zorgverstrekker uw elektronische identiteitskaart (eID) voor een raadpleging heeft ingelezen. U kunt bepaalde zorgverstrekkers uitsluiten of vragen bepaalde gegevens niet te delen.
}
# (Z) (W) "zorgverstrekkers" and the Belgian "ter beschikking stellen".
exchange-model-opt-in = { $register ->
    [informal] Hiervoor is je { $consent ->
        [informed] geïnformeerde
       *[explicit] uitdrukkelijke
    } toestemming nodig: zonder die toestemming stellen wij je gegevens niet op deze manier ter beschikking van andere zorgverstrekkers. Je kunt je toestemming altijd weer intrekken.
   *[formal] Hiervoor is uw { $consent ->
        [informed] geïnformeerde
       *[explicit] uitdrukkelijke
    } toestemming nodig: zonder die toestemming stellen wij uw gegevens niet op deze manier ter beschikking van andere zorgverstrekkers. U kunt uw toestemming altijd weer intrekken.
}
# (W) "op uw vraag", as the mutualities write it.
exchange-model-on-request = { $register ->
    [informal] Dit gebeurt alleen op je vraag.
   *[formal] Dit gebeurt alleen op uw vraag.
}
exchange-channels-request = { $register ->
    [informal] Je kunt dit vragen { $channels }.
   *[formal] U kunt dit vragen { $channels }.
}
# (Z)
notice-impact-exchange = { $register ->
    [informal] Wij kunnen je gezondheidsgegevens elektronisch uitwisselen met andere zorgverstrekkers via nationale systemen; in de volledige verklaring lees je of daarvoor je toestemming nodig is en hoe je die geeft, intrekt of weigert.
   *[formal] Wij kunnen uw gezondheidsgegevens elektronisch uitwisselen met andere zorgverstrekkers via nationale systemen; in de volledige verklaring leest u of daarvoor uw toestemming nodig is en hoe u die geeft, intrekt of weigert.
}
## Retention beyond periods (issue 16 item 9)
# "overgenomen": a Flemish practice is taken over ("overname"), not "overgedragen".
closure-handover = Stopt onze praktijk of wordt ze overgenomen, dan worden de patiëntendossiers bewaard door { $to }.
closure-handover-cited = Stopt onze praktijk of wordt ze overgenomen, dan worden de patiëntendossiers bewaard door { $to } ({ $basis }).
# (Z) "zorgverstrekker"; "bezorgen" and "op de hoogte brengen": Belgian usage.
closure-informed = { $register ->
    [informal] Wij brengen je daarvan vooraf op de hoogte. Je kunt je verzetten tegen de overdracht van je dossier en ons vragen het aan een andere zorgverstrekker te bezorgen.
   *[formal] Wij brengen u daarvan vooraf op de hoogte. U kunt zich verzetten tegen de overdracht van uw dossier en ons vragen het aan een andere zorgverstrekker te bezorgen.
}
# (H)
closure-objection = { $register ->
    [informal] Je hebt daarvoor { $period } de tijd.
   *[formal] U hebt daarvoor { $period } de tijd.
}

## Register (issue 16 item 10)
# (Z)
controller-practitioners = Bij ons werken de volgende zorgverstrekkers:
