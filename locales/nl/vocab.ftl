### Role labels carry their article (de hoofdarts), as they are used inside sentences.
### Channel labels carry their preposition (per e-mail, via het patiëntenportaal).
### Labels of the closed vocabularies of the profile format (reference locale: Dutch).
### Category labels may use $national_id; purpose labels and descriptions may use
### $national_id and $controller; principles may use $controller.

audience-patients = patiënten
audience-clients = cliënten
audience-revalidants = revalidanten
audience-website-visitors = bezoekers van onze website
audience-representatives = vertegenwoordigers van patiënten

provider-clinic = een kliniek
provider-pain-clinic = een pijnkliniek
provider-aesthetic-clinic = een kliniek voor esthetische geneeskunde
provider-dermatology-clinic = een dermatologische kliniek
provider-hospital = een ziekenhuis
provider-rehabilitation-hospital = een revalidatieziekenhuis
provider-general-practice = een huisartsenpraktijk
provider-practice = een praktijk


principle-lawful-fair-transparent = { $register ->
    [informal] Wij verwerken je persoonsgegevens rechtmatig, behoorlijk en transparant.
   *[formal] Wij verwerken uw persoonsgegevens rechtmatig, behoorlijk en transparant.
}
principle-purpose-limitation = Wij vermelden duidelijk voor welke doelen wij persoonsgegevens verwerken en gebruiken ze niet voor andere, onverenigbare doelen.
principle-data-minimisation = Wij verzamelen alleen de persoonsgegevens die nodig zijn voor gerechtvaardigde doelen.
principle-accuracy = { $register ->
    [informal] Wij zorgen ervoor dat je gegevens juist, volledig en actueel zijn.
   *[formal] Wij zorgen ervoor dat uw gegevens juist, volledig en actueel zijn.
}
principle-consent-before-sharing = { $register ->
    [informal] Wij vragen eerst je uitdrukkelijke toestemming als wij je gegevens voor je behandeling met andere zorgverleners willen delen.
   *[formal] Wij vragen eerst uw uitdrukkelijke toestemming als wij uw gegevens voor uw behandeling met andere zorgverleners willen delen.
}
principle-share-only-when-necessary = { $register ->
    [informal] Wij verstrekken je gegevens alleen aan andere (zorg)organisaties als dat noodzakelijk is of als je daarvoor toestemming geeft.
   *[formal] Wij verstrekken uw gegevens alleen aan andere (zorg)organisaties als dat noodzakelijk is of als u daarvoor toestemming geeft.
}
principle-security = { $register ->
    [informal] Wij beveiligen je persoonsgegevens tegen verlies, beschadiging en onbevoegd gebruik.
   *[formal] Wij beveiligen uw persoonsgegevens tegen verlies, beschadiging en onbevoegd gebruik.
}
principle-processors-bound = Wij eisen passende beveiliging ook van partijen die in onze opdracht persoonsgegevens verwerken.
principle-respect-rights = { $register ->
    [informal] Wij respecteren je recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen.
   *[formal] Wij respecteren uw recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen.
}
principle-accountability = Wij kunnen verantwoorden hoe wij de privacyregels toepassen.
principle-storage-limitation = { $register ->
    [informal] Wij bewaren je persoonsgegevens niet langer dan voor het doel nodig is, en houden ons aan de bewaartermijnen die wij hieronder noemen.
   *[formal] Wij bewaren uw persoonsgegevens niet langer dan voor het doel nodig is, en houden ons aan de bewaartermijnen die wij hieronder noemen.
}

role-board-chair = de voorzitter van de raad van bestuur
role-general-director = de algemeen directeur
role-chief-physician = de hoofdarts
role-daily-management = de gemandateerde voor het dagelijks bestuur
role-financial-director = de financieel-administratief directeur
role-nursing-director = de verpleegkundig directeur
role-regional-manager = de regiomanager
role-physicians = de artsen
role-nursing-paramedical = de verpleegkundige en paramedische diensten
role-kitchen = de keuken en dieetkeuken
role-medical-secretariats = de medische secretariaten
role-admission-billing = de dienst opname, administratie en facturatie
role-it-department = de dienst informatica
role-patient-support = de sociale, psychologische, palliatieve en pastorale dienst
role-ombudsservice = de ombudsdienst
role-pharmacy = de apotheek
role-security-officer-and-dpo = de informatieveiligheidsconsulent en de functionaris gegevensbescherming
role-medical-staff = het medisch personeel
role-secretarial-staff = de secretariaatsmedewerkers
role-skin-therapists = de huidtherapeuten
role-beauticians = de schoonheidsspecialisten
role-financial-administration = de financiële administratie
role-treatment-team = het behandelteam
role-support-staff = de ondersteunende medewerkers
role-health-personnel = de zorgverleners
role-staff = onze medewerkers
role-service-desk = onze servicemedewerkers

salutation-ms = mevrouw
salutation-mr = de heer

mandate-medical-record = het medisch dossier als onderdeel van het patiëntendossier, met toezicht op het doel en de middelen met het oog op de organisatie en coördinatie van de medische activiteit
mandate-medical-activity-registration = de registratie van de medische activiteiten
mandate-medical-audit = de verwerking van gegevens in het kader van een medische audit

dpo-task-monitor-compliance = ziet toe op de naleving van de privacywetgeving, van { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} en van de interne gedragsregels, protocollen en werkinstructies;
dpo-task-advise = adviseert onze organisatie over alle aspecten van de verwerking en beveiliging van persoonsgegevens;
dpo-task-report-to-board = rapporteert regelmatig aan de directie;
dpo-task-receive-breach-reports = ontvangt meldingen van (vermoedelijke) datalekken;
dpo-task-consulted-on-erasure = wordt zo nodig betrokken bij beslissingen over het verwijderen van gegevens;
dpo-task-handle-requests = behandelt verzoeken van patiënten over hun persoonsgegevens en is voor hen aanspreekpunt.

subject-patients = patiënten
subject-clients = cliënten
subject-revalidants = revalidanten
subject-website-visitors = bezoekers van onze website
subject-trusted-persons = vertrouwenspersonen van patiënten
subject-representatives = vertegenwoordigers van patiënten
subject-relatives = familieleden, voor zover relevant voor de zorg

category-identification = Identificatiegegevens
category-contact = Contactgegevens
category-gender-birthdate = Geslacht en geboortedatum
category-national-id = { $register ->
    [informal] Je { $national_id }
   *[formal] Uw { $national_id }
}
category-id-document = { $register ->
    [informal] Het nummer van je identiteitsbewijs
   *[formal] Het nummer van uw identiteitsbewijs
}
category-insurance = Verzekeringsgegevens
category-treating-practitioners = { $register ->
    [informal] Je behandelaars
   *[formal] Uw behandelaars
}
category-preferences = { $register ->
    [informal] Je voorkeuren
   *[formal] Uw voorkeuren
}
category-financial = Financiële gegevens
category-administrative = Administratieve gegevens
category-satisfaction = { $register ->
    [informal] Ingevulde tevredenheidsonderzoeken, tenzij je die anoniem hebt ingevuld
   *[formal] Ingevulde tevredenheidsonderzoeken, tenzij u die anoniem heeft ingevuld
}
category-social = Sociale gegevens
category-judicial = Gerechtelijke gegevens, voor zover de wet ze voorschrijft
category-health = { $register ->
    [informal] Gegevens over je gezondheid
   *[formal] Gegevens over uw gezondheid
}
category-account = { $register ->
    [informal] Gegevens van je account
   *[formal] Gegevens van uw account
}
category-consent = { $register ->
    [informal] Je toestemmingen
   *[formal] Uw toestemmingen
}
category-images = Camerabeelden
category-call-recordings = Opnamen van telefoongesprekken
category-website = { $register ->
    [informal] Gegevens over je bezoek aan onze website
   *[formal] Gegevens over uw bezoek aan onze website
}
category-occupation = { $register ->
    [informal] Je beroep
   *[formal] Uw beroep
}

example-name = naam
example-address = adres
example-residence = woonplaats
example-phone = telefoonnummer
example-email = e-mailadres
example-gender = geslacht
example-birth-date = geboortedatum
example-health-insurer = zorgverzekeraar
example-gp = huisarts
example-occupational-physician = bedrijfsarts
example-physiotherapist = fysiotherapeut
example-imaging-centre = MRI-centrum
example-pharmacy = apotheek
example-communication-wishes = { $register ->
    [informal] je wensen voor de communicatie met ons
   *[formal] uw wensen voor de communicatie met ons
}
example-payments = { $register ->
    [informal] je betalingen
   *[formal] uw betalingen
}
example-appointments = { $register ->
    [informal] je afspraken
   *[formal] uw afspraken
}
example-medical-history = medische voorgeschiedenis
example-consult-reports = consultverslagen
example-operation-reports = operatieverslagen
example-correspondence = { $register ->
    [informal] correspondentie met je huisarts of andere verwijzer
   *[formal] correspondentie met uw huisarts of andere verwijzer
}
example-medication = voorgeschreven medicatie
example-medication-use = medicijngebruik
example-prescriptions = recepten
example-test-results = uitslagen van medisch onderzoek
example-questionnaires = medische vragenlijsten
example-implants = ingebrachte implantaten en protheses
example-before-after-photos = voor- en nafoto's bij cosmetische chirurgie
example-diagnoses = diagnoses
example-previous-treatments = eerdere behandelingen
example-health-condition = { $register ->
    [informal] je gezondheidstoestand
   *[formal] uw gezondheidstoestand
}
example-medical-data = medische gegevens
example-paramedical-data = paramedische gegevens
example-nursing-data = verpleegkundige gegevens
example-occupation = beroep
example-health-insurance-fund = lidmaatschap van het ziekenfonds
example-admission-billing = gegevens over opname en facturatie

source-patient = { $register ->
    [informal] jezelf
   *[formal] uzelf
}
source-referrer = { $register ->
    [informal] je verwijzer, zoals je huisarts of medisch specialist
   *[formal] uw verwijzer, zoals uw huisarts of medisch specialist
}
source-previous-providers = eerdere behandelaars
source-pharmacy = { $register ->
    [informal] je apotheek
   *[formal] uw apotheek
}
source-health-personnel = { $register ->
    [informal] je gesprekken met zorgverleners
   *[formal] uw gesprekken met zorgverleners
}
source-examinations = { $register ->
    [informal] de onderzoeken en behandelingen die je bij ons ondergaat
   *[formal] de onderzoeken en behandelingen die u bij ons ondergaat
}
source-representatives = { $register ->
    [informal] je vertegenwoordiger
   *[formal] uw vertegenwoordiger
}
source-national-exchange = landelijke systemen voor gegevensuitwisseling in de zorg
source-public-registry = openbare registers

source-condition-with-consent = { $register ->
    [informal] met jouw toestemming
   *[formal] met uw toestemming
}
source-condition-when-patient-unable = { $register ->
    [informal] als je zelf niet in staat bent de gegevens te verstrekken
   *[formal] als u zelf niet in staat bent de gegevens te verstrekken
}
source-condition-when-purpose-requires = als het doel van de verwerking een andere manier van verzamelen vereist
source-condition-clearly-provided-for-processing = als bij de verstrekking duidelijk is dat de gegevens aan ons worden gegeven om ze te verwerken

purpose-care = Zorgverlening en behandeling
purpose-care-desc = { $register ->
    [informal] Wij gebruiken je gegevens, waaronder gegevens over je gezondheid, om je goede en veilige zorg te verlenen: voor preventie, diagnose, behandeling en verpleging, en voor het medisch dossier dat wij daarvan bijhouden.
   *[formal] Wij gebruiken uw gegevens, waaronder gegevens over uw gezondheid, om u goede en veilige zorg te verlenen: voor preventie, diagnose, behandeling en verpleging, en voor het medisch dossier dat wij daarvan bijhouden.
}
purpose-billing = Declaratie en financiële afhandeling
purpose-billing-desc = { $register ->
    [informal] Wij gebruiken je gegevens om de geleverde zorg financieel af te handelen en te declareren.
   *[formal] Wij gebruiken uw gegevens om de geleverde zorg financieel af te handelen en te declareren.
}
purpose-contact = { $register ->
    [informal] Contact met jou
   *[formal] Contact met u
}
purpose-contact-desc = { $register ->
    [informal] Wij gebruiken je contactgegevens om je te bellen, te e-mailen of te schrijven als dat nodig is voor onze zorg- en dienstverlening, bijvoorbeeld over je afspraken.
   *[formal] Wij gebruiken uw contactgegevens om u te bellen, te e-mailen of te schrijven als dat nodig is voor onze zorg- en dienstverlening, bijvoorbeeld over uw afspraken.
}
purpose-national-id = { $register ->
    [informal] Gebruik van je { $national_id }
   *[formal] Gebruik van uw { $national_id }
}
purpose-national-id-desc = { $register ->
    [informal] Wij zijn wettelijk verplicht je { $national_id } te gebruiken in de zorg en je identiteit te controleren.
   *[formal] Wij zijn wettelijk verplicht uw { $national_id } te gebruiken in de zorg en uw identiteit te controleren.
}
purpose-account = { $register ->
    [informal] Je registratie en account
   *[formal] Uw registratie en account
}
purpose-account-desc = { $register ->
    [informal] Wij bewaren de gegevens van je registratie, zodat je ze niet telkens opnieuw hoeft op te geven.
   *[formal] Wij bewaren de gegevens van uw registratie, zodat u ze niet telkens opnieuw hoeft op te geven.
}
purpose-appointments = Afspraken
purpose-appointments-desc = { $register ->
    [informal] Wij gebruiken je gegevens om afspraken met jou te plannen en je daaraan te herinneren.
   *[formal] Wij gebruiken uw gegevens om afspraken met u te plannen en u daaraan te herinneren.
}
purpose-quality = Kwaliteit van zorg
purpose-quality-desc = Wij gebruiken gegevens om de kwaliteit en veiligheid van onze zorg te bewaken en te verbeteren.
purpose-accountability = Verantwoording aan toezichthouders
purpose-accountability-desc = Wij zijn verplicht gegevens vast te leggen om verantwoording af te leggen aan toezichthouders in de zorg.
purpose-research = Wetenschappelijk onderzoek
purpose-research-desc = Wij gebruiken gegevens voor medisch-wetenschappelijk onderzoek, om ziekten en aandoeningen beter te voorkomen en te behandelen.
purpose-marketing = Promotie en marketing
purpose-marketing-desc = { $register ->
    [informal] Wij gebruiken je contactgegevens om je te informeren over nieuwe producten en behandelingen.
   *[formal] Wij gebruiken uw contactgegevens om u te informeren over nieuwe producten en behandelingen.
}
purpose-surveys = Tevredenheidsonderzoek
purpose-surveys-desc = { $register ->
    [informal] Wij nodigen je soms uit voor een tevredenheidsonderzoek, zodat je je mening over ons en onze behandelingen kunt geven en wij ons kunnen verbeteren.
   *[formal] Wij nodigen u soms uit voor een tevredenheidsonderzoek, zodat u uw mening over ons en onze behandelingen kunt geven en wij ons kunnen verbeteren.
}
purpose-complaints = Behandeling van klachten
purpose-complaints-desc = Wij registreren en behandelen klachten van patiënten en hun vertrouwenspersonen en bemiddelen daarbij.
purpose-legal-claims = Klachten, claims en rechtsvorderingen
purpose-legal-claims-desc = { $register ->
    [informal] Als je een klacht of claim indient, bij ons of bij een externe instantie, hebben onze klachtenfunctionaris en zo nodig onze advocaat inzage in de gegevens die daarvoor nodig zijn.
   *[formal] Als u een klacht of claim indient, bij ons of bij een externe instantie, hebben onze klachtenfunctionaris en zo nodig onze advocaat inzage in de gegevens die daarvoor nodig zijn.
}
purpose-camera-security = Cameratoezicht
# States no purpose of its own: the clinic's purpose comes from the profile (cameras.purpose).
purpose-camera-security-desc = Wij maken gebruik van cameratoezicht.
purpose-call-recording = Opnemen van telefoongesprekken
purpose-call-recording-desc = Wij nemen telefoongesprekken met onze servicemedewerkers op om onze medewerkers te trainen.
purpose-fraud-prevention = Voorkomen van fraude en misbruik
# Medical secrecy (art. 7:457 BW, art. 88 Wet BIG) allows no disclosure of health data on a suspicion.
purpose-fraud-prevention-desc = Bij een vermoeden van fraude of misbruik van onze diensten kunnen wij administratieve en identificatiegegevens aan de bevoegde autoriteiten verstrekken; medische gegevens verstrekken wij daarbij niet.
purpose-implant-registry = Registratie van implantaten
purpose-implant-registry-desc = Wij zijn wettelijk verplicht gegevens over ingebrachte implantaten te registreren in het landelijke implantatenregister.
purpose-statutory-records = Wettelijke verplichtingen
purpose-statutory-records-desc = Wij moeten bepaalde gegevens vastleggen en bewaren op grond van de belastingwetgeving en zorgwetten, en gegevens verstrekken aan de inspectie als die daarom vraagt.
purpose-administration = Patiëntenadministratie
purpose-administration-desc = { $register ->
    [informal] Wij volgen je verblijf en behandeling op met het oog op de facturatie.
   *[formal] Wij volgen uw verblijf en behandeling op met het oog op de facturatie.
}
purpose-registration = Patiëntenregistratie
purpose-registration-desc = Wij registreren medische gegevens en verblijfsgegevens voor doeleinden die de overheid oplegt, en voor onderzoek en beleid.
purpose-medicines = Geneesmiddelenbeheer
purpose-medicines-desc = Wij verwerken gegevens voor het voorschrijven en afleveren van geneesmiddelen.
purpose-scientific-registration = Wetenschappelijke registratie
purpose-scientific-registration-desc = Wij registreren medische gegevens met een epidemiologisch, wetenschappelijk of beleidsmatig karakter, voor onderzoek, onderwijs of doelstellingen die de overheid oplegt.
purpose-organ-donation = Orgaandonatie
purpose-organ-donation-desc = Wij verwerken gegevens in het kader van de lokale donorcoördinatie.
purpose-risk-management = Risicobeheer
purpose-risk-management-desc = Wij verwerken gegevens om de kwaliteit en veiligheid van onze producten, processen, diensten en medische apparatuur te bewaken en te verbeteren.
purpose-work-planning = Werkplanning
purpose-work-planning-desc = Wij verwerken gegevens om taken, werkbelasting en prestaties te plannen en op te volgen.
purpose-beneficiaries = Administratie van rechthebbenden
# A care provider does not grant social-security rights (the old standard purpose list of the
# Privacycommissie said so); it exchanges data with the insurer for the cover of the care.
purpose-beneficiaries-desc = { $register ->
    [informal] Wij wisselen gegevens uit met je zorgverzekeraar of andere instanties die de kosten van je zorg dragen, om vast te stellen of en hoe je zorg wordt vergoed en om die vergoeding af te handelen.
   *[formal] Wij wisselen gegevens uit met uw zorgverzekeraar of andere instanties die de kosten van uw zorg dragen, om vast te stellen of en hoe uw zorg wordt vergoed en om die vergoeding af te handelen.
}
purpose-care-evaluation = Evaluatie van zorg
purpose-care-evaluation-desc = Wij verwerken gegevens over diagnostische en therapeutische praktijken om de kwaliteit van onze zorgmethoden te verbeteren.
purpose-website = Onze website
purpose-website-desc = { $register ->
    [informal] Wij verwerken gegevens over je bezoek aan onze website, die wij met cookies en vergelijkbare technieken verzamelen, voor de doelen die onder ‘Cookies’ staan beschreven.
   *[formal] Wij verwerken gegevens over uw bezoek aan onze website, die wij met cookies en vergelijkbare technieken verzamelen, voor de doelen die onder ‘Cookies’ staan beschreven.
}
purpose-bookkeeping = Boekhouding
purpose-bookkeeping-desc = { $register ->
    [informal] Wij leggen je betalingen vast in onze boekhouding, zoals de wet voorschrijft.
   *[formal] Wij leggen uw betalingen vast in onze boekhouding, zoals de wet voorschrijft.
}
purpose-client-relationship = { $register ->
    [informal] Je klantrelatie
   *[formal] Uw klantrelatie
}
purpose-client-relationship-desc = { $register ->
    [informal] Wij gebruiken je gegevens om je klantrelatie met ons te beheren, zoals je contactgegevens, afspraken en betalingen.
   *[formal] Wij gebruiken uw gegevens om uw klantrelatie met ons te beheren, zoals uw contactgegevens, afspraken en betalingen.
}

art6-consent = { $register ->
    [informal] je toestemming (artikel 6 lid 1 sub a AVG)
   *[formal] uw toestemming (artikel 6 lid 1 sub a AVG)
}
art6-contract = { $register ->
    [informal] de uitvoering van de behandelingsovereenkomst met jou (artikel 6 lid 1 sub b AVG)
   *[formal] de uitvoering van de behandelingsovereenkomst met u (artikel 6 lid 1 sub b AVG)
}
art6-legal-obligation = een wettelijke verplichting die op ons rust (artikel 6 lid 1 sub c AVG)
art6-vital-interests = { $register ->
    [informal] de bescherming van je vitale belangen (artikel 6 lid 1 sub d AVG)
   *[formal] de bescherming van uw vitale belangen (artikel 6 lid 1 sub d AVG)
}
art6-public-task = de vervulling van een taak van algemeen belang (artikel 6 lid 1 sub e AVG)
art6-legitimate-interest = ons gerechtvaardigd belang (artikel 6 lid 1 sub f AVG)

art9-explicit-consent = { $register ->
    [informal] je uitdrukkelijke toestemming (artikel 9 lid 2 sub a AVG)
   *[formal] uw uitdrukkelijke toestemming (artikel 9 lid 2 sub a AVG)
}
art9-employment = verplichtingen op het gebied van arbeidsrecht en sociale zekerheid (artikel 9 lid 2 sub b AVG)
art9-vital-interests = { $register ->
    [informal] de bescherming van je vitale belangen als je zelf geen toestemming kunt geven (artikel 9 lid 2 sub c AVG)
   *[formal] de bescherming van uw vitale belangen als u zelf geen toestemming kunt geven (artikel 9 lid 2 sub c AVG)
}
art9-made-public = { $register ->
    [informal] gegevens die je zelf kennelijk openbaar hebt gemaakt (artikel 9 lid 2 sub e AVG)
   *[formal] gegevens die u zelf kennelijk openbaar heeft gemaakt (artikel 9 lid 2 sub e AVG)
}
art9-legal-claims = de instelling, uitoefening of onderbouwing van een rechtsvordering (artikel 9 lid 2 sub f AVG)
art9-substantial-public-interest = een zwaarwegend algemeen belang op grond van de wet (artikel 9 lid 2 sub g AVG)
art9-health-care = de verlening van gezondheidszorg door of onder verantwoordelijkheid van een beroepsbeoefenaar met een geheimhoudingsplicht (artikel 9 lid 2 sub h en lid 3 AVG)
art9-public-health = het algemeen belang op het gebied van de volksgezondheid (artikel 9 lid 2 sub i AVG)
art9-research = wetenschappelijk onderzoek met passende waarborgen (artikel 9 lid 2 sub j AVG)

recipient-partners = { $register ->
    [informal] onze partners die betrokken zijn bij de uitvoering van je zorg
   *[formal] onze partners die betrokken zijn bij de uitvoering van uw zorg
}
recipient-other-care-providers = andere zorgverleners binnen of buiten onze organisatie
recipient-external-consultant = { $register ->
    [informal] een collega buiten onze organisatie met wie je behandelaar overlegt; daarbij wordt een deel van je dossier voorgelegd
   *[formal] een collega buiten onze organisatie met wie uw behandelaar overlegt; daarbij wordt een deel van uw dossier voorgelegd
}
recipient-referrer = { $register ->
    [informal] je verwijzer (huisarts of medisch specialist), over het verloop van de behandeling
   *[formal] uw verwijzer (huisarts of medisch specialist), over het verloop van de behandeling
}
recipient-health-insurer = { $register ->
    [informal] je zorgverzekeraar
   *[formal] uw zorgverzekeraar
}
recipient-insurance-institutions = verzekeringsinstellingen (ziekenfondsen)
recipient-riziv = het Rijksinstituut voor Ziekte- en Invaliditeitsverzekering (RIZIV)
recipient-igj = de Inspectie Gezondheidszorg en Jeugd (IGJ)
recipient-nza = de Nederlandse Zorgautoriteit (NZa)
recipient-implant-registry = het Landelijk Implantatenregister
recipient-disputes-committee = de Geschillencommissie Zorg
recipient-disciplinary-board = een tuchtcollege
recipient-court = de rechter
recipient-complaints-officer = onze klachtenfunctionaris
recipient-lawyer = onze advocaat
recipient-police = de politie
recipient-competent-authorities = de bevoegde autoriteiten
recipient-government-bodies = overheidsinstanties
recipient-researchers = externe wetenschappelijk onderzoekers
recipient-patients-representatives = betrokken patiënten of hun vertegenwoordigers
recipient-other-bodies = andere instanties
recipient-liability-insurer = onze beroepsaansprakelijkheidsverzekeraar of die van de betrokken beroepsbeoefenaar
recipient-processors = externe verwerkers die in onze opdracht persoonsgegevens verwerken
recipient-fps-health = de Federale Overheidsdienst Volksgezondheid
recipient-flemish-community = de Vlaamse Gemeenschap
recipient-billing-services = externe tarificatiediensten

condition-by-law = voor zover de wet dat oplegt
condition-with-consent = { $register ->
    [informal] met jouw toestemming
   *[formal] met uw toestemming
}
condition-explicit-consent = { $register ->
    [informal] alleen met je uitdrukkelijke toestemming
   *[formal] alleen met uw uitdrukkelijke toestemming
}
condition-unless-objection = { $register ->
    [informal] tenzij je daartegen bezwaar maakt
   *[formal] tenzij u daartegen bezwaar maakt
}
# Joined to "met uw toestemming" by "of": "met uw toestemming of tenzij …" does not parse.
condition-without-objection = { $register ->
    [informal] zonder jouw toestemming als je geen bezwaar hebt gemaakt en de wet dat toestaat
   *[formal] zonder uw toestemming als u geen bezwaar heeft gemaakt en de wet dat toestaat
}
condition-necessary-for-care = als dat noodzakelijk is voor een goede behandeling
condition-on-request = op hun verzoek
condition-legal-claims = voor de behandeling van een klacht of claim
condition-without-consent-for-claims = { $register ->
    [informal] ook zonder jouw toestemming, voor zover dat nodig is voor de verdediging van een recht in rechte of voor de instelling, uitoefening of onderbouwing van een rechtsvordering
   *[formal] ook zonder uw toestemming, voor zover dat nodig is voor de verdediging van een recht in rechte of voor de instelling, uitoefening of onderbouwing van een rechtsvordering
}
condition-suspected-crime = bij een vermoeden van een strafbaar feit
condition-suspected-fraud = bij een vermoeden van fraude of misbruik
condition-statutory-guarantees = alleen binnen de wettelijke waarborgen, bijvoorbeeld bij een materiële controle
condition-within-patient-rights-act = { $register ->
    [informal] binnen de grenzen van de wet die je rechten als patiënt regelt
   *[formal] binnen de grenzen van de wet die uw rechten als patiënt regelt
}
condition-authorised-by-decision = als zij daartoe bij overheidsbeslissing gemachtigd zijn
condition-complaint = { $register ->
    [informal] als je een klacht indient
   *[formal] als u een klacht indient
}

form-identifiable = in herleidbare vorm
form-pseudonymised = in gecodeerde (gepseudonimiseerde) vorm
form-anonymised = in geanonimiseerde vorm

service-billing = financiële afhandeling en declaratie van de zorg
service-medical-records = elektronisch patiëntendossier
service-booking = afsprakensysteem
service-patient-portal = patiëntenportaal
service-it-services = ICT-diensten
service-hosting = hosting
service-email = e-maildiensten
service-newsletter = verzending van nieuwsbrieven
service-analytics = websitestatistieken
service-telephony = telefonie

mechanism-adequacy = een adequaatheidsbesluit van de Europese Commissie (artikel 45 AVG)
mechanism-data-privacy-framework = het EU-VS Data Privacy Framework (adequaatheidsbesluit (EU) 2023/1795)
mechanism-standard-contractual-clauses = modelcontractbepalingen van de Europese Commissie (artikel 46 lid 2 sub c AVG; Uitvoeringsbesluit (EU) 2021/914)
mechanism-binding-corporate-rules = bindende bedrijfsvoorschriften (artikel 47 AVG)
mechanism-derogation = een uitzondering voor specifieke situaties (artikel 49 AVG)

record-medical-record = Medisch dossier
record-nursing-record = Verpleegkundige gegevens
record-patient-journal = Patiëntendossier
record-financial = Financiële gegevens
record-billing = Facturatiegegevens, duplicaten van getuigschriften voor verstrekte hulp en facturen
record-accounting = Boekhoudkundige gegevens
record-ombuds-files = Afgehandelde dossiers van de ombudsdienst
record-marketing = Gegevens voor marketing
record-research = Gegevens voor wetenschappelijk onderzoek
record-camera-footage = Camerabeelden
record-call-recordings = Opgenomen telefoongesprekken
record-customer-relationship = Gegevens over de klantrelatie
record-complaints = Klachtdossiers
record-account = Accountgegevens
record-consent = Toestemmingen

from-last-change = de laatste wijziging in het dossier
from-last-entry = de laatste aantekening in het dossier
from-end-of-treatment = het einde van de behandeling
from-last-contact = het laatste contact met de patiënt
from-last-discharge-or-treatment = het laatste ontslag of de laatste behandeling
from-end-of-year-of-treatment-end = 31 december van het jaar waarin de behandeling is afgesloten
from-end-of-year-received = 31 december van het jaar waarin wij de gegevens ontvingen
from-end-of-financial-year = het einde van het boekjaar
from-research-completion = de afronding van het onderzoek
from-recording = de opname
from-end-of-relationship = het einde van de klantrelatie
from-closing-of-file = de afsluiting van het dossier
from-withdrawal = { $register ->
    [informal] de intrekking van je toestemming
   *[formal] de intrekking van uw toestemming
}

extension-incident = of langer als een incident is vastgelegd, tot dat incident is afgehandeld
extension-good-care = of langer als dat redelijkerwijs nodig is voor goede zorg
extension-legal-claims = of langer zolang dat nodig is voor een rechtsvordering
extension-legal-duty = of langer als een wettelijk voorschrift dat vereist
extension-agreed-with-patient = { $register ->
    [informal] of langer als je dat met je behandelaar overeenkomt
   *[formal] of langer als u dat met uw behandelaar overeenkomt
}
extension-medical-grounds = of langer als dat om medische redenen redelijkerwijs belangrijk is

extension-incident-case = een incident is vastgelegd dat nog niet is afgehandeld;
extension-good-care-case = langere bewaring redelijkerwijs nodig is voor goede zorg;
extension-legal-claims-case = de gegevens nodig zijn voor een rechtsvordering;
extension-legal-duty-case = de bewaring vereist is op grond van een wettelijk voorschrift;
extension-agreed-with-patient-case = de patiënt en de behandelende arts (of bij diens ontstentenis de hoofdarts) overeenkomen de gegevens te bewaren;
extension-medical-grounds-case = de bewaring redelijkerwijs belangrijk wordt geacht vanuit medisch oogpunt, vanuit de levensverwachting van de patiënt of voor de verdediging van zijn rechtmatige belangen of die van zijn rechtverkrijgenden;

deletion-retention-expired = bij het verstrijken van de bewaartermijn;
deletion-by-law = in de gevallen bepaald door of krachtens de wet;
deletion-justified-request = op het gerechtvaardigde verzoek van iedere belanghebbende;
deletion-court-order = ingevolge een rechterlijke beslissing.

measure-username-password = Toegang tot persoonsgegevens is afgeschermd met een gebruikersnaam en wachtwoord.
measure-two-factor = Voor toegang is tweefactorauthenticatie vereist.
measure-visual-login-token = Naast gebruikersnaam en wachtwoord is een visueel inlogtoken nodig.
measure-separate-record-system = { $register ->
    [informal] Je gegevens worden na ontvangst opgeslagen in een afzonderlijk, afgeschermd elektronisch patiëntendossier.
   *[formal] Uw gegevens worden na ontvangst opgeslagen in een afzonderlijk, afgeschermd elektronisch patiëntendossier.
}
measure-role-based-access = Medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben.
measure-physical-access = Wij nemen fysieke maatregelen om de toegang tot systemen met persoonsgegevens te beveiligen.
measure-virtual-access-control = Programma's beschikken over een toegangscontrole vooraf.
measure-access-logging = Wij leggen vast wie toegang heeft gehad tot de gegevens (controle achteraf).
measure-encryption-at-rest = Gevoelige gegevens worden versleuteld opgeslagen.
# No TLS version and no "uitsluitend": the profile states only that connections are encrypted.
measure-encryption-in-transit = Wij versturen gegevens via versleutelde verbindingen (TLS).
measure-pseudonymisation = Waar mogelijk pseudonimiseren wij persoonsgegevens.
measure-effectiveness-testing = Wij testen, beoordelen en evalueren regelmatig de doeltreffendheid van onze beveiligingsmaatregelen.
measure-accuracy-controls = Wij nemen maatregelen om de juistheid en volledigheid van de vastgelegde gegevens te bevorderen.
measure-continuous-monitoring = Wij bewaken continu of de beveiliging goed blijft werken en herstellen tekortkomingen zo snel mogelijk.
measure-compliance-checks = Wij controleren regelmatig of medewerkers zich aan de afspraken houden en grijpen in bij overtredingen.
measure-confidentiality-undertakings = Iedereen die toegang heeft tot persoonsgegevens is gebonden aan een geheimhoudingsplicht.
measure-encrypted-reports = Persoonsgegevens in audit- en kwaliteitsrapportages worden versleuteld.
measure-investment = Wij investeren structureel tijd en geld in de beveiliging van onze systemen.

standard-nen7510 = Wij werken volgens de norm voor informatiebeveiliging in de zorg, NEN 7510.
standard-iso27001 = Wij werken volgens de internationale norm voor informatiebeveiliging, ISO/IEC 27001.
standard-normen = Wij volgen de Noorse Norm voor informatiebeveiliging en privacy in de zorg (Normen).

cookie-functional = Functionele cookies
cookie-functional-desc = { $register ->
    [informal] zorgen ervoor dat de website goed werkt en onthouden bijvoorbeeld je voorkeursinstellingen
   *[formal] zorgen ervoor dat de website goed werkt en onthouden bijvoorbeeld uw voorkeursinstellingen
}
cookie-analytics = Analytische cookies
cookie-analytics-desc = meten hoe bezoekers de website gebruiken, zodat wij die kunnen verbeteren
cookie-statistics = Statistische cookies
cookie-statistics-desc = verzamelen statistieken over het gebruik van de website
cookie-tracking = Tracking cookies
cookie-tracking-desc = { $register ->
    [informal] houden je surfgedrag bij, zodat wij je inhoud en advertenties op maat kunnen aanbieden
   *[formal] houden uw surfgedrag bij, zodat wij u inhoud en advertenties op maat kunnen aanbieden
}
cookie-marketing = Marketingcookies
cookie-marketing-desc = worden gebruikt voor marketing en het tonen van advertenties

channel-email = per e-mail
channel-letter = per brief
channel-signed-letter = met een ondertekende brief
channel-phone = telefonisch
channel-in-person = bij een persoonlijk bezoek
channel-dpo = via onze functionaris gegevensbescherming
channel-patient-portal = via het patiëntenportaal
channel-website = op onze website
channel-reception = met een bericht bij de receptie
channel-admission-form = in het opnameformulier
channel-welcome-brochure = in de onthaalbrochure

complaint-body-dpo = onze functionaris gegevensbescherming
complaint-body-complaints-officer = onze klachtenfunctionaris
complaint-body-ombudsservice = onze ombudsdienst
complaint-body-security-officer = onze informatieveiligheidsconsulent
complaint-body-disputes-committee = de Geschillencommissie Zorg
complaint-body-disciplinary-board = het tuchtcollege voor de gezondheidszorg
complaint-body-court = de bevoegde rechter
complaint-body-health-inspectorate = de Inspectie Gezondheidszorg en Jeugd (IGJ)

erasure-verify-request = { $register ->
    [informal] Wij nemen contact met jou op om je verzoek te verifiëren; je identificeert je daarbij om misbruik te voorkomen.
   *[formal] Wij nemen contact met u op om uw verzoek te verifiëren; u identificeert zich daarbij om misbruik te voorkomen.
}
erasure-weigh-care-and-legal-position = Wij doorlopen zorgvuldig onze procedures en wegen daarbij onder meer het belang van goede zorg en onze juridische positie af.
erasure-practitioner-decides = { $register ->
    [informal] Je behandelaar beslist of, en zo ja welke, gegevens verwijderd mogen worden.
   *[formal] Uw behandelaar beslist of, en zo ja welke, gegevens verwijderd mogen worden.
}
erasure-practitioner-with-dpo = { $register ->
    [informal] Je behandelaar beslist, zo nodig in overleg met de functionaris gegevensbescherming, of, en zo ja welke, gegevens verwijderd mogen worden.
   *[formal] Uw behandelaar beslist, zo nodig in overleg met de functionaris gegevensbescherming, of, en zo ja welke, gegevens verwijderd mogen worden.
}
erasure-written-reply = { $register ->
    [informal] Wij informeren je altijd schriftelijk over de beslissing.
   *[formal] Wij informeren u altijd schriftelijk over de beslissing.
}
erasure-note-in-record = { $register ->
    [informal] Als (een deel van) je dossier wordt verwijderd, vermelden wij in je dossier dat gegevens op je verzoek zijn verwijderd.
   *[formal] Als (een deel van) uw dossier wordt verwijderd, vermelden wij in uw dossier dat gegevens op uw verzoek zijn verwijderd.
}
erasure-irreversible = Verwijderde gegevens zijn niet meer terug te halen.
erasure-advise-copy = { $register ->
    [informal] Wij raden je aan om vóór de verwijdering een kopie van je dossier aan jezelf of aan een andere zorgverlener te laten overdragen.
   *[formal] Wij raden u aan om vóór de verwijdering een kopie van uw dossier aan uzelf of aan een andere zorgverlener te laten overdragen.
}
erasure-financial-kept = Financiële en administratieve gegevens maken geen deel uit van het medisch dossier. Die moeten wij op grond van de wet bewaren; zij kunnen daarom niet worden verwijderd.

guidance-no-sensitive-by-email = { $register ->
    [informal] Stuur ons geen gevoelige gegevens over je gezondheid per gewone e-mail of via sociale media.
   *[formal] Stuur ons geen gevoelige gegevens over uw gezondheid per gewone e-mail of via sociale media.
}
guidance-unsafe-channel-non-sensitive = { $register ->
    [informal] Stuur je ons toch gezondheidsinformatie via zo'n onbeveiligd kanaal, dan behandelen wij die met dezelfde geheimhouding als altijd, maar wij antwoorden niet met gezondheidsgegevens via datzelfde kanaal; wij nemen dan op een beveiligde manier contact met jou op.
   *[formal] Stuurt u ons toch gezondheidsinformatie via zo'n onbeveiligd kanaal, dan behandelen wij die met dezelfde geheimhouding als altijd, maar wij antwoorden niet met gezondheidsgegevens via datzelfde kanaal; wij nemen dan op een beveiligde manier contact met u op.
}
guidance-phone-for-sensitive = { $register ->
    [informal] Wil je ons gevoelige informatie geven, neem dan telefonisch contact met ons op.
   *[formal] Wilt u ons gevoelige informatie geven, neem dan telefonisch contact met ons op.
}
guidance-encrypt-email = Gaat het om gevoelige informatie, stuur ons de e-mail dan versleuteld.

national-id-use-prevent-exchange-errors = fouten te voorkomen bij de uitwisseling van financiële en medische gegevens;
national-id-use-simpler-claims = { $register ->
    [informal] eenvoudiger te declareren bij je zorgverzekeraar;
   *[formal] eenvoudiger te declareren bij uw zorgverzekeraar;
}
national-id-use-prevent-mixups = persoonsverwisseling te voorkomen;
national-id-use-identity-fraud = { $register ->
    [informal] je beter te beschermen tegen identiteitsfraude.
   *[formal] u beter te beschermen tegen identiteitsfraude.
}

quality-questionnaires = { $register ->
    [informal] vragenlijsten die wij je vragen in te vullen
   *[formal] vragenlijsten die wij u vragen in te vullen
}
quality-internal-audit = het controleren van patiëntendossiers bij een interne kwaliteitsaudit
quality-visitation = een kwaliteitsvisitatie door visiteurs van een beroepsvereniging
quality-incident-investigation = het onderzoeken van incidenten
quality-accountability = verantwoording aan de inspectie

marketing-newsletter = onze nieuwsbrief
marketing-new-products = informatie over nieuwe producten en behandelingen
marketing-surveys = uitnodigingen voor tevredenheidsonderzoeken
marketing-service-information = andere informatie over onze diensten

platform-patient-portal = { $register ->
    [informal] persoonlijk portaal waarin je je gegevens en voorkeuren beheert
   *[formal] persoonlijk portaal waarin u uw gegevens en voorkeuren beheert
}
platform-booking-app = app om afspraken te boeken
platform-social-media-page = pagina op sociale media

term-personal-data = Persoonsgegevens
term-personal-data-def = alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon, zoals een patiënt. Een persoon is identificeerbaar als hij direct of indirect kan worden geïdentificeerd, bijvoorbeeld aan de hand van een identificatienummer, locatiegegevens, een online identificator (zoals een IP-adres) of kenmerken van zijn fysieke, fysiologische, psychische, economische, culturele of sociale identiteit.
term-health-data = Persoonsgegevens over gezondheid
term-health-data-def = persoonsgegevens die verband houden met de fysieke of mentale gezondheid van een natuurlijke persoon, waaronder gegevens over verleende gezondheidsdiensten waarmee informatie over zijn gezondheidstoestand wordt gegeven.
term-anonymous-data = Anonieme gegevens
term-anonymous-data-def = gegevens die niet (meer) in verband kunnen worden gebracht met een geïdentificeerde of identificeerbare persoon en dus geen persoonsgegevens (meer) zijn.
term-pseudonymised-data = Gepseudonimiseerde persoonsgegevens
term-pseudonymised-data-def = persoonsgegevens die zo zijn verwerkt dat ze zonder aanvullende gegevens niet meer aan een specifieke persoon kunnen worden gekoppeld, mits die aanvullende gegevens apart worden bewaard en beveiligd. Het blijven persoonsgegevens, omdat de persoon met de aanvullende gegevens identificeerbaar blijft.
term-filing-system = Bestand
term-filing-system-def = elk gestructureerd geheel van persoonsgegevens dat volgens bepaalde criteria toegankelijk is, ongeacht of het gecentraliseerd of gedecentraliseerd is of functioneel of geografisch verspreid.
term-processing = Verwerking
term-processing-def = elke bewerking of elk geheel van bewerkingen met betrekking tot persoonsgegevens, al dan niet geautomatiseerd, zoals verzamelen, vastleggen, ordenen, structureren, opslaan, bijwerken, wijzigen, opvragen, raadplegen, gebruiken, verstrekken, combineren, afschermen, wissen of vernietigen.
term-controller = Verwerkingsverantwoordelijke
term-controller-def = de natuurlijke persoon, rechtspersoon, overheidsinstantie, dienst of ander orgaan die, alleen of samen met anderen, het doel en de middelen van de verwerking van persoonsgegevens bepaalt.
term-authorised-person = Gemachtigde medewerker
term-authorised-person-def = de persoon die onder het gezag van de verwerkingsverantwoordelijke gemachtigd is om persoonsgegevens te verwerken.
term-processor = Verwerker
# Art. 4, punt 8, AVG; the Wbp's "zonder aan zijn rechtstreeks gezag te zijn onderworpen" (the
# former "bewerker") is not part of the AVG definition.
term-processor-def = een natuurlijke persoon of rechtspersoon, een overheidsinstantie, een dienst of een ander orgaan die of dat namens de verwerkingsverantwoordelijke persoonsgegevens verwerkt.
term-recipient = Ontvanger
term-recipient-def = de natuurlijke persoon, rechtspersoon, overheidsinstantie, dienst of ander orgaan aan wie persoonsgegevens worden verstrekt.
term-patient = Patiënt
term-patient-def = { $jurisdiction ->
    [NO] een persoon die zich met een verzoek om gezondheidszorg tot ons wendt, of aan wie wij gezondheidszorg verlenen of aanbieden.
   *[other] de natuurlijke persoon die bij ons is opgenomen of wordt behandeld.
}
term-revalidant = Revalidant
term-revalidant-def = de natuurlijke persoon die in het revalidatieziekenhuis wordt behandeld.
term-consent = Toestemming
term-consent-def = elke vrije, specifieke, geïnformeerde en ondubbelzinnige wilsuiting waarmee de patiënt of zijn wettelijke vertegenwoordiger door middel van een verklaring of een ondubbelzinnige actieve handeling aanvaardt dat persoonsgegevens over hem worden verwerkt.

refusal-legal-duty = een wettelijke plicht
refusal-professional-secrecy = ons beroepsgeheim
refusal-rights-of-others = de bescherming van de rechten van anderen
refusal-manifestly-unfounded = een kennelijk ongegrond of buitensporig verzoek
refusal-therapeutic-exception = { $register ->
    [informal] ernstig nadeel voor je gezondheid dat inzage zou veroorzaken, voor zover de wet toestaat de inzage om die reden te beperken
   *[formal] ernstig nadeel voor uw gezondheid dat inzage zou veroorzaken, voor zover de wet toestaat de inzage om die reden te beperken
}

# Grounds for refusing destruction of the record (`erasure.exceptions`, law data
# `patient_erasure.exceptions`): clauses after "tenzij" / "voor zover".
erasure-ground-other-person-interest = { $register ->
    [informal] het bewaren van aanmerkelijk belang is voor een ander dan jijzelf
   *[formal] het bewaren van aanmerkelijk belang is voor een ander dan uzelf
}
erasure-ground-statutory-duty = een wettelijk voorschrift zich tegen vernietiging verzet
erasure-ground-good-care = { $register ->
    [informal] het bewaren nodig is om je verantwoorde zorg te kunnen blijven verlenen
   *[formal] het bewaren nodig is om u verantwoorde zorg te kunnen blijven verlenen
}
erasure-ground-public-health = het bewaren nodig is om redenen van algemeen belang op het gebied van de volksgezondheid
# What is kept after destruction (`erasure.kept`): list items.
erasure-kept-request = { $register ->
    [informal] je verzoek zelf, als bewijs dat de gegevens op je verzoek zijn verwijderd;
   *[formal] uw verzoek zelf, als bewijs dat de gegevens op uw verzoek zijn verwijderd;
}
erasure-kept-erasure-note = { $register ->
    [informal] een aantekening in je dossier dat gegevens op je verzoek zijn verwijderd;
   *[formal] een aantekening in uw dossier dat gegevens op uw verzoek zijn verwijderd;
}
erasure-kept-financial-administrative = { $register ->
    [informal] je financiële en administratieve gegevens: die horen niet bij je dossier en die moeten wij op grond van de wet bewaren;
   *[formal] uw financiële en administratieve gegevens: die horen niet bij uw dossier en die moeten wij op grond van de wet bewaren;
}
# Topics of `representation` (the section's content comes from the law data).
representation-topic-minors = minderjarigen
representation-topic-adults = meerderjarigen die hun rechten niet zelf kunnen uitoefenen
representation-topic-deceased = overleden patiënten

# Whom requests go to (`rights.addressees`), after "aan".
request-to-controller = ons
request-to-practitioner = { $register ->
    [informal] je behandelaar
   *[formal] uw behandelaar
}
request-to-dpo = onze functionaris gegevensbescherming
# How a copy is handed over (`rights.copy_delivery`), after "kunt u".
copy-delivery-collect-in-person = persoonlijk ophalen
copy-delivery-collect-by-authorised-person = { $register ->
    [informal] laten ophalen door iemand die je daartoe schriftelijk machtigt
   *[formal] laten ophalen door iemand die u daartoe schriftelijk machtigt
}
copy-delivery-registered-mail = per aangetekende post ontvangen
copy-delivery-secure-email = per beveiligde e-mail ontvangen
copy-delivery-patient-portal = in het patiëntenportaal inzien
# Who may ask on the patient's behalf (`rights.on_behalf`), after "door".
on-behalf-parents = { $register ->
    [informal] je ouders die het gezag over jou uitoefenen
   *[formal] uw ouders die het gezag over u uitoefenen
}
on-behalf-guardian = { $register ->
    [informal] je voogd
   *[formal] uw voogd
}
on-behalf-curator = { $register ->
    [informal] je curator
   *[formal] uw curator
}
on-behalf-mentor = { $register ->
    [informal] je mentor
   *[formal] uw mentor
}
on-behalf-authorised-person = { $register ->
    [informal] iemand die je daartoe schriftelijk hebt gemachtigd
   *[formal] iemand die u daartoe schriftelijk heeft gemachtigd
}
on-behalf-designated-representative = { $register ->
    [informal] de vertegenwoordiger die je hebt benoemd
   *[formal] de vertegenwoordiger die u hebt benoemd
}
on-behalf-administrator = { $register ->
    [informal] je bewindvoerder over de persoon
   *[formal] uw bewindvoerder over de persoon
}
complaint-body-practitioner = { $register ->
    [informal] je behandelaar
   *[formal] uw behandelaar
}
complaint-body-professional-association = de klachtenregeling van onze beroepsvereniging

## National bodies and further recipients (issue 16 item 8). Which jurisdiction knows a
## national body is in the law data (`recipients`); the provision is added after the label.
recipient-infectious-disease-authority = de GGD (gemeentelijke gezondheidsdienst), bij een infectieziekte waarvoor een wettelijke meldplicht geldt
recipient-school-health-service = het centrum voor leerlingenbegeleiding (CLB)
recipient-social-welfare-centre = het openbaar centrum voor maatschappelijk welzijn (OCMW)
recipient-helfo = Helfo, de Noorse dienst die vergoedingen voor zorg uitbetaalt
recipient-locum = { $register ->
    [informal] een waarnemer, die de zorg overneemt als je behandelaar afwezig is
   *[formal] een waarnemer, die de zorg overneemt als uw behandelaar afwezig is
}
recipient-insurer-medical-adviser = { $register ->
    [informal] de medisch adviseur van je zorgverzekeraar
   *[formal] de medisch adviseur van uw zorgverzekeraar
}

## National exchange and consent systems (issue 16 item 7; `exchange:`)
exchange-system-lsp = Landelijk Schakelpunt (LSP)
exchange-system-mitz = Mitz
exchange-system-ehealth-hubs = Gegevensdeling via de eHealth-hubs
exchange-system-gmd = Globaal medisch dossier (GMD)
exchange-system-kjernejournal = Kjernejournal (Noors landelijk overzicht van belangrijke gezondheidsgegevens)
exchange-channel-practice = bij ons in de praktijk
exchange-channel-consent-form = met een ondertekend toestemmingsformulier
exchange-channel-national-portal = online, op de landelijke website
exchange-viewer-locum-gps = { $register ->
    [informal] huisartsen die voor je huisarts waarnemen, bijvoorbeeld op de huisartsenpost
   *[formal] huisartsen die voor uw huisarts waarnemen, bijvoorbeeld op de huisartsenpost
}
exchange-viewer-pharmacists = apothekers
exchange-viewer-treating-doctors = { $register ->
    [informal] artsen die je behandelen
   *[formal] artsen die u behandelen
}
exchange-viewer-treating-providers = { $register ->
    [informal] zorgverleners die je behandelen
   *[formal] zorgverleners die u behandelen
}
## Retention beyond periods (issue 16 item 9)
# Website data in the retention table (`retention[].record`).
record-website-logs = Logbestanden van de website
record-web-forms = { $register ->
    [informal] Berichten die je via een formulier op onze website stuurt
   *[formal] Berichten die u via een formulier op onze website stuurt
}
record-website-statistics = Statistische gegevens over het gebruik van onze website
# Criteria instead of a period (`retention[].criterion`, Art. 13(2)(a) AVG): whole sentences in the period column.
retention-criterion-until-treatment-ends = { $register ->
    [informal] Tot het einde van je behandeling.
   *[formal] Tot het einde van uw behandeling.
}
retention-criterion-as-long-as-client = { $register ->
    [informal] Zolang je cliënt bij ons bent.
   *[formal] Zolang u cliënt bij ons bent.
}
retention-criterion-as-long-as-account = { $register ->
    [informal] Zolang je een account bij ons hebt.
   *[formal] Zolang u een account bij ons heeft.
}
retention-criterion-until-request = { $register ->
    [informal] Totdat je ons vraagt de gegevens te wissen.
   *[formal] Totdat u ons vraagt de gegevens te wissen.
}
retention-criterion-until-withdrawal = { $register ->
    [informal] Totdat je je toestemming intrekt.
   *[formal] Totdat u uw toestemming intrekt.
}
retention-criterion-until-unsubscribe = { $register ->
    [informal] Totdat je je afmeldt.
   *[formal] Totdat u zich afmeldt.
}
retention-criterion-until-question-answered = { $register ->
    [informal] Totdat je vraag is beantwoord en afgehandeld.
   *[formal] Totdat uw vraag is beantwoord en afgehandeld.
}
retention-criterion-until-claim-settled = Totdat de klacht, het geschil of de aansprakelijkheidsvordering is afgehandeld.
retention-criterion-until-research-ends = Tot het einde van het onderzoek.
retention-criterion-care-need = { $register ->
    [informal] Zolang te verwachten is dat de gegevens nodig zijn voor de zorg die je krijgt of om die zorg te verantwoorden.
   *[formal] Zolang te verwachten is dat de gegevens nodig zijn voor de zorg die u krijgt of om die zorg te verantwoorden.
}
retention-criterion-session = { $register ->
    [informal] Alleen zolang je bezoek aan onze website duurt.
   *[formal] Alleen zolang uw bezoek aan onze website duurt.
}
# Who keeps the records when the practice closes (`closure.handover`), after "bewaard door".
handover-successor = onze opvolger
handover-chosen-provider = { $register ->
    [informal] een zorgverlener die je zelf aanwijst
   *[formal] een zorgverlener die u zelf aanwijst
}
handover-colleague = een collega met dezelfde bevoegdheid
handover-national-scheme = de Noorse nationale regeling voor de bewaring van patiëntendossiers, waarvoor Helsedirektoratet verantwoordelijk is en die Norsk helsearkiv uitvoert
handover-former-holder = de vroegere praktijkhouder, tot het einde van de bewaartermijn

## Register (issue 16 item 10)
# Provider and site kinds (`controller.kind`, `locations[].kind`).
provider-nursing-home = een verpleeg- of verzorgingshuis
provider-assisted-living = een complex van aanleunwoningen
provider-day-care-centre = een centrum voor dagbesteding
provider-out-of-hours-service = een huisartsenpost
provider-dental-practice = een tandartspraktijk
provider-physiotherapy-practice = een fysiotherapiepraktijk
provider-mental-health-practice = een praktijk voor geestelijke gezondheidszorg (ggz)

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
audience-residents = bewoners
audience-prospective-residents = toekomstige bewoners
audience-former-residents = oud-bewoners
audience-day-care-users = deelnemers aan onze dagbesteding
audience-informal-carers = mantelzorgers
audience-staff = onze medewerkers
audience-visitors = bezoekers van onze locaties
audience-involved-providers = zorgverleners die betrokken zijn bij de behandeling van onze patiënten
audience-suppliers = leveranciers
audience-job-applicants = sollicitanten
subject-residents = bewoners
subject-prospective-residents = toekomstige bewoners
subject-former-residents = oud-bewoners
subject-day-care-users = deelnemers aan onze dagbesteding
subject-informal-carers = mantelzorgers
subject-staff = onze medewerkers
subject-visitors = bezoekers van onze locaties
subject-involved-providers = zorgverleners die betrokken zijn bij de behandeling van onze patiënten
subject-suppliers = leveranciers
subject-job-applicants = sollicitanten
provider-speech-therapy-practice = een logopediepraktijk
provider-massage-practice = een massagepraktijk
provider-care-services = een gezondheids- en zorgdienst
example-nationality = nationaliteit
example-language = { $register ->
    [informal] de taal die je spreekt
   *[formal] de taal die u spreekt
}
example-emergency-contact = contactpersoon in geval van nood
example-age = leeftijd
example-bank-account = bankrekeningnummer
example-treatment-course = { $register ->
    [informal] het verloop van je behandeling
   *[formal] het verloop van uw behandeling
}
example-attendance = { $register ->
    [informal] je aanwezigheid bij afspraken en de afspraken die je hebt afgezegd
   *[formal] uw aanwezigheid bij afspraken en de afspraken die u heeft afgezegd
}
example-message-content = { $register ->
    [informal] wat je ons schrijft in een bericht of formulier
   *[formal] wat u ons schrijft in een bericht of formulier
}
example-care-request = { $register ->
    [informal] je zorgvraag
   *[formal] uw zorgvraag
}
example-ip-address = IP-adres
source-health-insurer = { $register ->
    [informal] je zorgverzekeraar
   *[formal] uw zorgverzekeraar
}
source-treating-providers = { $register ->
    [informal] andere zorgverleners die je op dit moment behandelen
   *[formal] andere zorgverleners die u op dit moment behandelen
}
source-eid = { $register ->
    [informal] je elektronische identiteitskaart (eID), die wij elektronisch uitlezen
   *[formal] uw elektronische identiteitskaart (eID), die wij elektronisch uitlezen
}
source-insurance-check = { $register ->
    [informal] de controle van je verzekering bij de zorgverzekeraars
   *[formal] de controle van uw verzekering bij de zorgverzekeraars
}
recipient-laboratory = een medisch laboratorium
recipient-pharmacy = { $register ->
    [informal] je apotheek
   *[formal] uw apotheek
}
recipient-gp = { $register ->
    [informal] je huisarts
   *[formal] uw huisarts
}
recipient-specialist = een medisch specialist
recipient-school = { $register ->
    [informal] de school van jou of je kind
   *[formal] de school van u of uw kind
}
recipient-incapacity-physician = { $register ->
    [informal] een arts die in opdracht van je werkgever of een verzekeraar je arbeidsongeschiktheid beoordeelt
   *[formal] een arts die in opdracht van uw werkgever of een verzekeraar uw arbeidsongeschiktheid beoordeelt
}
service-referrals = verwijzingen naar andere zorgverleners
service-secure-messaging = beveiligd berichtenverkeer
service-advertising = adverteren
measure-locked-storage = Papieren documenten met persoonsgegevens bewaren wij achter slot en grendel.
measure-no-local-storage = Persoonsgegevens staan in ons beveiligde systeem en worden niet op onze eigen computers of telefoons opgeslagen.
measure-no-sensitive-data-by-message = Wij versturen zelf geen gevoelige gegevens per sms of gewone e-mail.
deletion-consent-withdrawn = { $register ->
    [informal] wanneer je je toestemming intrekt, voor gegevens die wij alleen op basis van je toestemming verwerken;
   *[formal] wanneer u uw toestemming intrekt, voor gegevens die wij alleen op basis van uw toestemming verwerken;
}
