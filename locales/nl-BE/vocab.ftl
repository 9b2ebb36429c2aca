### Flemish (Belgian Dutch) labels of the closed vocabularies: only those whose wording differs
### in Belgian usage; every other label falls back to locales/nl/. Reviewed label by label
### against locales/nl/vocab.ftl (issue 14, item 5); the reasons (H), (P), (Z), (C) and (J) are
### those of nl-BE/statement.ftl.
## A label that `privgen diff` also shows (purpose titles, art6-*, category-*, recipient-*,
## service-*, record-*, cookie-*) is formatted there without $jurisdiction, so it cannot select
## on it: such a label is overridden only where the Flemish word is right for every
## jurisdiction. Left to nl for that reason: category-insurance ("Verzekeringsgegevens"),
## category-id-document ("identiteitsbewijs"), recipient-health-insurer (the Dutch
## "zorgverzekeraar"; Belgian profiles name insurance_institutions, "ziekenfondsen") and
## recipient-complaints-officer (the Dutch "klachtenfunctionaris"; Belgian hospitals name their
## ombudsdienst as a complaint body).

# (Z)
principle-consent-before-sharing = { $register ->
    [informal] Wij vragen eerst je uitdrukkelijke toestemming als wij je gegevens voor je behandeling met andere zorgverstrekkers willen delen.
   *[formal] Wij vragen eerst uw uitdrukkelijke toestemming als wij uw gegevens voor uw behandeling met andere zorgverstrekkers willen delen.
}

# "Functionaris voor gegevensbescherming" (nl-BE/statement.ftl heading-dpo).
role-security-officer-and-dpo = de informatieveiligheidsconsulent en de functionaris voor gegevensbescherming
# (Z)
role-health-personnel = de zorgverstrekkers

# (Z)
category-treating-practitioners = { $register ->
    [informal] Je behandelende zorgverstrekkers
   *[formal] Uw behandelende zorgverstrekkers
}
# (H)
category-satisfaction = { $register ->
    [informal] Ingevulde tevredenheidsonderzoeken, tenzij je die anoniem hebt ingevuld
   *[formal] Ingevulde tevredenheidsonderzoeken, tenzij u die anoniem hebt ingevuld
}

# (J) The Belgian patient is insured through a ziekenfonds; elsewhere the nl word.
example-health-insurer = { $jurisdiction ->
    [BE] ziekenfonds
   *[other] zorgverzekeraar
}
# "Arbeidsarts" is the Flemish word for the company doctor ("bedrijfsarts" in the Netherlands).
example-occupational-physician = arbeidsarts
# "Resultaten": "uitslagen" of tests is Netherlands usage.
example-test-results = resultaten van medische onderzoeken
# "Verwijzende arts": "verwijzer" is Netherlands usage.
example-correspondence = { $register ->
    [informal] correspondentie met je huisarts of een andere verwijzende arts
   *[formal] correspondentie met uw huisarts of een andere verwijzende arts
}
# "Ingeplante" implants, as Flemish writes it.
example-implants = ingeplante implantaten en protheses

# "Verwijzende arts" and "specialist": "verwijzer" and "medisch specialist" are Netherlands usage.
source-referrer = { $register ->
    [informal] je verwijzende arts, zoals je huisarts of specialist
   *[formal] uw verwijzende arts, zoals uw huisarts of specialist
}
# (Z) "Vorige zorgverstrekkers" (review-nl 55).
source-previous-providers = vorige zorgverstrekkers
# (Z)
source-health-personnel = { $register ->
    [informal] je gesprekken met zorgverstrekkers
   *[formal] uw gesprekken met zorgverstrekkers
}
# (J) Belgian exchange runs over the eHealth-platform; elsewhere national systems ("landelijk" is Netherlands usage).
source-national-exchange = { $jurisdiction ->
    [BE] de netwerken voor elektronische gegevensdeling in de zorg, zoals het eHealth-platform
   *[other] nationale systemen voor gegevensuitwisseling in de zorg
}

# (P) "Kwaliteitsvolle zorg" and the patiëntendossier.
purpose-care-desc = { $register ->
    [informal] Wij gebruiken je gegevens, waaronder gegevens over je gezondheid, om je kwaliteitsvolle en veilige zorg te verlenen: voor preventie, diagnose, behandeling en verpleging, en voor het patiëntendossier dat wij daarvan bijhouden.
   *[formal] Wij gebruiken uw gegevens, waaronder gegevens over uw gezondheid, om u kwaliteitsvolle en veilige zorg te verlenen: voor preventie, diagnose, behandeling en verpleging, en voor het patiëntendossier dat wij daarvan bijhouden.
}
# "Facturatie": "declaratie" is Netherlands usage.
purpose-billing = Facturatie en financiële afhandeling
# (J) "Aanrekenen" (Flemish for billing care); a Belgian clinic bills the patient and the ziekenfonds.
purpose-billing-desc = { $register ->
    [informal] Wij gebruiken je gegevens om de verleende zorg financieel af te handelen en aan te rekenen{ $jurisdiction ->
        [BE] , aan jou en aan je ziekenfonds.
       *[other] .
    }
   *[formal] Wij gebruiken uw gegevens om de verleende zorg financieel af te handelen en aan te rekenen{ $jurisdiction ->
        [BE] , aan u en aan uw ziekenfonds.
       *[other] .
    }
}
# (J) Legal claims are seen by the Belgian hospital's ombudspersoon; elsewhere the nl klachtenfunctionaris (Wkkgz).
purpose-legal-claims-desc = { $register ->
    [informal] Als je een klacht of claim indient, bij ons of bij een externe instantie, hebben { $jurisdiction ->
        [BE] onze ombudspersoon
       *[other] onze klachtenfunctionaris
    } en zo nodig onze advocaat inzage in de gegevens die daarvoor nodig zijn.
   *[formal] Als u een klacht of claim indient, bij ons of bij een externe instantie, hebben { $jurisdiction ->
        [BE] onze ombudspersoon
       *[other] onze klachtenfunctionaris
    } en zo nodig onze advocaat inzage in de gegevens die daarvoor nodig zijn.
}
# "Opleiden" is the usual Flemish word for training staff (as nl-BE call-recording).
purpose-call-recording-desc = Wij nemen telefoongesprekken met onze servicemedewerkers op om onze medewerkers op te leiden.
# "Ingeplante" and "nationale": "ingebrachte" and "landelijke" are Netherlands usage.
purpose-implant-registry-desc = Wij zijn wettelijk verplicht gegevens over ingeplante implantaten te registreren in het nationale implantatenregister.
# "Registreren", "fiscale wetgeving" and "bevoegde inspectiediensten": "de inspectie" is the Dutch IGJ.
purpose-statutory-records-desc = Wij moeten bepaalde gegevens registreren en bewaren op grond van de fiscale wetgeving en de wetgeving over de gezondheidszorg, en gegevens verstrekken aan de bevoegde inspectiediensten als die daarom vragen.
# (J) Belgian cover runs through the ziekenfonds and the OCMW ("tenlasteneming", "derdebetalersregeling"); elsewhere the nl text.
purpose-beneficiaries-desc = { $register ->
    [informal] { $jurisdiction ->
        [BE] Wij wisselen gegevens uit met je ziekenfonds en, waar dat van toepassing is, met het OCMW, voor de tenlasteneming van je zorg en de derdebetalersregeling.
       *[other] Wij wisselen gegevens uit met je zorgverzekeraar of andere instanties die de kosten van je zorg dragen, om vast te stellen of en hoe je zorg wordt vergoed en om die vergoeding af te handelen.
    }
   *[formal] { $jurisdiction ->
        [BE] Wij wisselen gegevens uit met uw ziekenfonds en, waar dat van toepassing is, met het OCMW, voor de tenlasteneming van uw zorg en de derdebetalersregeling.
       *[other] Wij wisselen gegevens uit met uw zorgverzekeraar of andere instanties die de kosten van uw zorg dragen, om vast te stellen of en hoe uw zorg wordt vergoed en om die vergoeding af te handelen.
    }
}

# (C)
art6-consent = { $register ->
    [informal] je toestemming (artikel 6.1.a) AVG)
   *[formal] uw toestemming (artikel 6.1.a) AVG)
}
# (C) "Overeenkomst tot zorgverlening": "behandelingsovereenkomst" is the WGBO's term.
art6-contract = { $register ->
    [informal] de uitvoering van de overeenkomst tot zorgverlening met jou (artikel 6.1.b) AVG)
   *[formal] de uitvoering van de overeenkomst tot zorgverlening met u (artikel 6.1.b) AVG)
}
# (C)
art6-legal-obligation = een wettelijke verplichting die op ons rust (artikel 6.1.c) AVG)
# (C)
art6-vital-interests = { $register ->
    [informal] de bescherming van je vitale belangen (artikel 6.1.d) AVG)
   *[formal] de bescherming van uw vitale belangen (artikel 6.1.d) AVG)
}
# (C)
art6-public-task = de vervulling van een taak van algemeen belang (artikel 6.1.e) AVG)
# (C)
art6-legitimate-interest = ons gerechtvaardigd belang (artikel 6.1.f) AVG)

# (C)
art9-explicit-consent = { $register ->
    [informal] je uitdrukkelijke toestemming (artikel 9.2.a) AVG)
   *[formal] uw uitdrukkelijke toestemming (artikel 9.2.a) AVG)
}
# (C)
art9-employment = verplichtingen op het gebied van arbeidsrecht en sociale zekerheid (artikel 9.2.b) AVG)
# (C)
art9-vital-interests = { $register ->
    [informal] de bescherming van je vitale belangen als je zelf geen toestemming kunt geven (artikel 9.2.c) AVG)
   *[formal] de bescherming van uw vitale belangen als u zelf geen toestemming kunt geven (artikel 9.2.c) AVG)
}
# (C, H)
art9-made-public = { $register ->
    [informal] gegevens die je zelf kennelijk openbaar hebt gemaakt (artikel 9.2.e) AVG)
   *[formal] gegevens die u zelf kennelijk openbaar hebt gemaakt (artikel 9.2.e) AVG)
}
# (C)
art9-legal-claims = de instelling, uitoefening of onderbouwing van een rechtsvordering (artikel 9.2.f) AVG)
# (C)
art9-substantial-public-interest = een zwaarwegend algemeen belang op grond van de wet (artikel 9.2.g) AVG)
# (C)
art9-health-care = de verlening van gezondheidszorg door of onder verantwoordelijkheid van een beroepsbeoefenaar met een geheimhoudingsplicht (artikel 9.2.h) en 9.3 AVG)
# (C)
art9-public-health = het algemeen belang op het gebied van de volksgezondheid (artikel 9.2.i) AVG)
# (C)
art9-research = wetenschappelijk onderzoek met passende waarborgen (artikel 9.2.j) AVG)

# (Z)
recipient-other-care-providers = andere zorgverstrekkers binnen of buiten onze organisatie
# "Behandelende arts": "behandelaar" is Netherlands usage.
recipient-external-consultant = { $register ->
    [informal] een collega buiten onze organisatie met wie je behandelende arts overlegt; daarbij wordt een deel van je dossier voorgelegd
   *[formal] een collega buiten onze organisatie met wie uw behandelende arts overlegt; daarbij wordt een deel van uw dossier voorgelegd
}
# "Verwijzende arts" (see source-referrer).
recipient-referrer = { $register ->
    [informal] je verwijzende arts (huisarts of specialist), over het verloop van de behandeling
   *[formal] uw verwijzende arts (huisarts of specialist), over het verloop van de behandeling
}
# "Tuchtorgaan": "tuchtcollege" names the Dutch boards (Wet BIG); a label shown by diff cannot name the Orde der artsen for Belgium only.
recipient-disciplinary-board = een tuchtorgaan
# "Rechtbanken": the courts ("de rechter" is the judge in Flemish usage).
recipient-court = de rechtbanken

# (H)
condition-without-objection = { $register ->
    [informal] zonder jouw toestemming als je geen bezwaar hebt gemaakt en de wet dat toestaat
   *[formal] zonder uw toestemming als u geen bezwaar hebt gemaakt en de wet dat toestaat
}
# (J) A Belgian clinic names the patient law; elsewhere the nl wording.
condition-within-patient-rights-act = { $register ->
    [informal] { $jurisdiction ->
        [BE] binnen de grenzen van de wet betreffende de rechten van de patiënt
       *[other] binnen de grenzen van de wet die je rechten als patiënt regelt
    }
   *[formal] { $jurisdiction ->
        [BE] binnen de grenzen van de wet betreffende de rechten van de patiënt
       *[other] binnen de grenzen van de wet die uw rechten als patiënt regelt
    }
}

# "Facturatie" (see purpose-billing).
service-billing = financiële afhandeling en facturatie van de zorg

# (C)
mechanism-standard-contractual-clauses = modelcontractbepalingen van de Europese Commissie (artikel 46.2.c) AVG; Uitvoeringsbesluit (EU) 2021/914)

# (P) The word the text uses for the file (review-nl 55).
record-medical-record = Patiëntendossier

# "Kwaliteitsvolle zorg"; "redelijkerwijs" stays (art. 7:454 lid 3 BW for Dutch clinics).
extension-good-care = of langer als dat redelijkerwijs nodig is voor kwaliteitsvolle zorg
# "Behandelende arts": "behandelaar" is Netherlands usage.
extension-agreed-with-patient = { $register ->
    [informal] of langer als je dat met je behandelende arts overeenkomt
   *[formal] of langer als u dat met uw behandelende arts overeenkomt
}
# "Kwaliteitsvolle zorg", as extension-good-care.
extension-good-care-case = langere bewaring redelijkerwijs nodig is voor kwaliteitsvolle zorg;

# "Kwaliteitsrapporten": "rapportages" is Netherlands usage ("versleuteld" stays, see nl-BE quality-encrypted).
measure-encrypted-reports = Persoonsgegevens in audit- en kwaliteitsrapporten worden versleuteld.

# "Functionaris voor gegevensbescherming" (see role-security-officer-and-dpo).
channel-dpo = via onze functionaris voor gegevensbescherming
# "Onthaal" is the Flemish word for a reception desk.
channel-reception = met een bericht aan het onthaal

# "Functionaris voor gegevensbescherming".
complaint-body-dpo = onze functionaris voor gegevensbescherming
# (J) A Belgian hospital's complaints go to its ombudspersoon (Wet patiëntenrechten art. 11); elsewhere the nl klachtenfunctionaris.
complaint-body-complaints-officer = { $jurisdiction ->
    [BE] onze ombudspersoon
   *[other] onze klachtenfunctionaris
}
# (J) In Belgium the Orde der artsen and the other professional bodies; elsewhere the Dutch tuchtcollege, as in nl.
complaint-body-disciplinary-board = { $jurisdiction ->
    [BE] de bevoegde tuchtinstantie, zoals de Orde der artsen
   *[other] het tuchtcollege voor de gezondheidszorg
}
# "Rechtbank": the court ("de rechter" is the judge in Flemish usage).
complaint-body-court = de bevoegde rechtbank

# "Behandelende arts": "behandelaar" is Netherlands usage.
erasure-practitioner-decides = { $register ->
    [informal] Je behandelende arts beslist of, en zo ja welke, gegevens verwijderd mogen worden.
   *[formal] Uw behandelende arts beslist of, en zo ja welke, gegevens verwijderd mogen worden.
}
# "Behandelende arts" and "functionaris voor gegevensbescherming".
erasure-practitioner-with-dpo = { $register ->
    [informal] Je behandelende arts beslist, zo nodig in overleg met de functionaris voor gegevensbescherming, of, en zo ja welke, gegevens verwijderd mogen worden.
   *[formal] Uw behandelende arts beslist, zo nodig in overleg met de functionaris voor gegevensbescherming, of, en zo ja welke, gegevens verwijderd mogen worden.
}
# (Z)
erasure-advise-copy = { $register ->
    [informal] Wij raden je aan om vóór de verwijdering een kopie van je dossier aan jezelf of aan een andere zorgverstrekker te laten overdragen.
   *[formal] Wij raden u aan om vóór de verwijdering een kopie van uw dossier aan uzelf of aan een andere zorgverstrekker te laten overdragen.
}
# (P)
erasure-financial-kept = Financiële en administratieve gegevens maken geen deel uit van het patiëntendossier. Die moeten wij op grond van de wet bewaren; zij kunnen daarom niet worden verwijderd.

# (J) A Belgian clinic bills the ziekenfonds; a Dutch one claims from the zorgverzekeraar, as in nl.
national-id-use-simpler-claims = { $register ->
    [informal] { $jurisdiction ->
        [BE] de facturatie aan je ziekenfonds te vereenvoudigen;
       *[other] eenvoudiger te declareren bij je zorgverzekeraar;
    }
   *[formal] { $jurisdiction ->
        [BE] de facturatie aan uw ziekenfonds te vereenvoudigen;
       *[other] eenvoudiger te declareren bij uw zorgverzekeraar;
    }
}

# "Bevoegde inspectiediensten": "de inspectie" is the Dutch IGJ.
quality-accountability = verantwoording aan de bevoegde inspectiediensten

# (P)
erasure-kept-erasure-note = { $register ->
    [informal] een aantekening in je patiëntendossier dat gegevens op je verzoek zijn verwijderd;
   *[formal] een aantekening in uw patiëntendossier dat gegevens op uw verzoek zijn verwijderd;
}
# "Functionaris voor gegevensbescherming": the AVG's own term (see statement.ftl).
request-to-dpo = onze functionaris voor gegevensbescherming
# (Z)
request-to-practitioner = { $register ->
    [informal] je behandelende zorgverstrekker
   *[formal] uw behandelende zorgverstrekker
}
# (Z)
complaint-body-practitioner = { $register ->
    [informal] je behandelende zorgverstrekker
   *[formal] uw behandelende zorgverstrekker
}

## National bodies and exchange (issue 16 items 7 and 8)
# (W) The Belgian "vervanger" and "wachtdienst" instead of the Dutch "waarnemer" and
# "huisartsenpost"; the Belgian mutuality's "adviserend arts".
recipient-locum = { $register ->
    [informal] een vervanger, die de zorg overneemt als je behandelende arts afwezig is
   *[formal] een vervanger, die de zorg overneemt als uw behandelende arts afwezig is
}
recipient-insurer-medical-adviser = { $register ->
    [informal] de adviserend arts van je ziekenfonds
   *[formal] de adviserend arts van uw ziekenfonds
}
exchange-viewer-locum-gps = { $register ->
    [informal] huisartsen die je huisarts vervangen, bijvoorbeeld tijdens de wachtdienst
   *[formal] huisartsen die uw huisarts vervangen, bijvoorbeeld tijdens de wachtdienst
}
# (Z)
exchange-viewer-treating-providers = { $register ->
    [informal] zorgverstrekkers die je behandelen
   *[formal] zorgverstrekkers die u behandelen
}
## Retention beyond periods (issue 16 item 9)
# (H)
retention-criterion-as-long-as-account = { $register ->
    [informal] Zolang je een account bij ons hebt.
   *[formal] Zolang u een account bij ons hebt.
}
# (Z) "aanduiden": the Belgian usage for naming a provider.
handover-chosen-provider = { $register ->
    [informal] een zorgverstrekker die je zelf aanduidt
   *[formal] een zorgverstrekker die u zelf aanduidt
}

## Register (issue 16 item 10)
# The Flemish names of the care facilities (woonzorgdecreet) and of the out-of-hours post.
provider-nursing-home = een woonzorgcentrum
provider-assisted-living = een groep van assistentiewoningen
provider-day-care-centre = een dagverzorgingscentrum
provider-out-of-hours-service = een huisartsenwachtpost
# "kinesitherapie": the Belgian name of the profession.
provider-physiotherapy-practice = een kinesitherapiepraktijk
provider-mental-health-practice = een praktijk voor geestelijke gezondheidszorg

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
# "Kandidaat-bewoners": the Flemish woonzorgcentra's word for those on the waiting list.
audience-prospective-residents = kandidaat-bewoners
subject-prospective-residents = kandidaat-bewoners
# The Flemish dagverzorgingscentrum and its "gebruikers" (woonzorgdecreet; see provider-day-care-centre).
audience-day-care-users = gebruikers van ons dagverzorgingscentrum
subject-day-care-users = gebruikers van ons dagverzorgingscentrum
# (Z)
audience-involved-providers = zorgverstrekkers die betrokken zijn bij de behandeling van onze patiënten
subject-involved-providers = zorgverstrekkers die betrokken zijn bij de behandeling van onze patiënten
# (H) "hebt"; "annuleren" is the Flemish word for cancelling an appointment ("afzeggen" is Netherlands usage).
example-attendance = { $register ->
    [informal] je aanwezigheid op afspraken en de afspraken die je hebt geannuleerd
   *[formal] uw aanwezigheid op afspraken en de afspraken die u hebt geannuleerd
}
# A reader in Belgium is insured through a ziekenfonds ("zorgverzekeraar" is Netherlands usage);
# the label is also shown by `privgen diff`, so it cannot select on $jurisdiction.
source-health-insurer = { $register ->
    [informal] je ziekenfonds
   *[formal] uw ziekenfonds
}
# (Z)
source-treating-providers = { $register ->
    [informal] andere zorgverstrekkers die je op dit moment behandelen
   *[formal] andere zorgverstrekkers die u op dit moment behandelen
}
# "Inlezen": the Flemish word for reading the eID in a card reader ("uitlezen" is Netherlands usage).
source-eid = { $register ->
    [informal] je elektronische identiteitskaart (eID), die wij elektronisch inlezen
   *[formal] uw elektronische identiteitskaart (eID), die wij elektronisch inlezen
}
# The Belgian check of "verzekerbaarheid" with the ziekenfondsen (as source-health-insurer).
source-insurance-check = { $register ->
    [informal] de controle van je verzekerbaarheid bij de ziekenfondsen
   *[formal] de controle van uw verzekerbaarheid bij de ziekenfondsen
}
# "Specialist": "medisch specialist" is Netherlands usage (see source-referrer).
recipient-specialist = een specialist
# "Controlearts": the Belgian physician of the wet betreffende de controlegeneeskunde (13 juni 1999).
recipient-incapacity-physician = { $register ->
    [informal] een controlearts die in opdracht van je werkgever of een verzekeraar je arbeidsongeschiktheid controleert
   *[formal] een controlearts die in opdracht van uw werkgever of een verzekeraar uw arbeidsongeschiktheid controleert
}
# "Doorverwijzen" and (Z).
service-referrals = doorverwijzingen naar andere zorgverstrekkers
