### The statement's sentences (reference locale: Dutch, formal "u").
# Implicit variable `$register` (document.address, issue 16 item 10): `formal` ("u", the
# default variant) or `informal` ("je"); messages with both forms select on it.
### Variables: $controller is the name we use for the clinic in running text.

heading-introduction = Inleiding
heading-controller = { $register ->
    [informal] Wie is verantwoordelijk voor je gegevens?
   *[formal] Wie is verantwoordelijk voor uw gegevens?
}
heading-dpo = Functionaris gegevensbescherming en toezicht
heading-definitions = Begrippen
heading-data = Welke persoonsgegevens verwerken wij?
heading-sources = { $register ->
    [informal] Van wie ontvangen wij je gegevens?
   *[formal] Van wie ontvangen wij uw gegevens?
}
heading-purposes = { $register ->
    [informal] Waarvoor gebruiken wij je gegevens en op welke grondslag?
   *[formal] Waarvoor gebruiken wij uw gegevens en op welke grondslag?
}
heading-staff = { $register ->
    [informal] Wie heeft toegang tot je gegevens?
   *[formal] Wie heeft toegang tot uw gegevens?
}
heading-recipients = { $register ->
    [informal] Met wie delen wij je gegevens?
   *[formal] Met wie delen wij uw gegevens?
}
heading-transfers = Doorgifte buiten de Europese Economische Ruimte
heading-data-flow = Gegevensstromen binnen onze organisatie
heading-anonymisation = Anonimisering
heading-deletion = { $register ->
    [informal] Wanneer verwijderen wij je gegevens?
   *[formal] Wanneer verwijderen wij uw gegevens?
}
heading-retention = { $register ->
    [informal] Hoe lang bewaren wij je gegevens?
   *[formal] Hoe lang bewaren wij uw gegevens?
}
heading-others = Persoonsgegevens van anderen dan patiënten
heading-file-structure = Opbouw van de patiëntenbestanden
heading-security = { $register ->
    [informal] Hoe beveiligen wij je gegevens?
   *[formal] Hoe beveiligen wij uw gegevens?
}
heading-communication = Veilig met ons communiceren
heading-cameras = Cameratoezicht
heading-cookies = Cookies
heading-call-recording = Opnemen van telefoongesprekken
heading-research = Wetenschappelijk onderzoek en kwaliteit van zorg
heading-marketing = Nieuwsbrieven, marketing en online diensten
heading-minors = Kinderen
heading-representation = Minderjarigen, vertegenwoordigers en overleden patiënten
heading-automated = Geautomatiseerde besluitvorming
heading-rights = { $register ->
    [informal] Je rechten
   *[formal] Uw rechten
}
heading-requests = { $register ->
    [informal] Hoe dien je een verzoek in en hoe behandelen wij het?
   *[formal] Hoe dient u een verzoek in en hoe behandelen wij het?
}
heading-complaints = Klachten
heading-third-party = Websites van derden
heading-changes = Wijzigingen en versies

## Introduction
intro-statement = { $register ->
    [informal] { $controller } verwerkt persoonsgegevens van { $audience }. { $doc ->
        [reglement] In dit reglement
       *[other] In deze privacyverklaring
    } leggen wij uit welke persoonsgegevens wij verwerken, waarvoor en op welke grondslag wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten je hebt.
   *[formal] { $controller } verwerkt persoonsgegevens van { $audience }. { $doc ->
        [reglement] In dit reglement
       *[other] In deze privacyverklaring
    } leggen wij uit welke persoonsgegevens wij verwerken, waarvoor en op welke grondslag wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u heeft.
}
intro-principles = Daarbij houden wij ons aan de volgende uitgangspunten:
intro-latest-version = { $register ->
    [informal] De meest recente versie van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } vind je op
   *[formal] De meest recente versie van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } vindt u op
}

## Controller
controller-is = { $register ->
    [informal] De verwerkingsverantwoordelijke voor je persoonsgegevens is { $name }.
   *[formal] De verwerkingsverantwoordelijke voor uw persoonsgegevens is { $name }.
}
controller-is-kind = { $register ->
    [informal] De verwerkingsverantwoordelijke voor je persoonsgegevens is { $name }, { $kind }.
   *[formal] De verwerkingsverantwoordelijke voor uw persoonsgegevens is { $name }, { $kind }.
}
controller-locations = { $n ->
    [one] Wij zijn gevestigd op de volgende locatie:
   *[other] Wij zijn gevestigd op de volgende locaties:
}
controller-representatives = Namens de verwerkingsverantwoordelijke treden op: { $roles }.
controller-mandatary = { $role } treedt op als lasthebber van de verwerkingsverantwoordelijke en is samen met haar verantwoordelijk voor:
controller-mandatary-basis = de taken die { $statute } aan deze functie toekent
controller-central-contact = Centraal aanspreekpunt voor de verwerking van persoonsgegevens is { $role }.
controller-responsible-processors = { $controller } blijft verantwoordelijk voor de verwerkingen die verwerkers in onze opdracht uitvoeren.
controller-responsible = { $controller } valt onder de verantwoordelijkheid van { $name }.
controller-responsible-role = { $controller } valt onder de verantwoordelijkheid van { $name }, { $role }.
controller-group = { $controller } maakt deel uit van { $group }.
controller-co-controllers = { $controller } geeft { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} uit samen met de organisaties hieronder; elk van hen is verwerkingsverantwoordelijke voor de persoonsgegevens die het zelf verwerkt.
controller-co-controllers-joint = { $controller } geeft { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} uit samen met de organisaties hieronder. Zij zijn gezamenlijk verwerkingsverantwoordelijk voor de verwerkingen die hier zijn beschreven (artikel 26 AVG).
controller-public-body = een overheidsorgaan
controller-joint-arrangement = De kern van hun onderlinge regeling:
controller-practitioners-control-records = { $register ->
    [informal] Iedere zorgverlener die je behandelt, is verwerkingsverantwoordelijke voor het dossier dat hij of zij over jou bijhoudt. Je bereikt je zorgverlener via de contactgegevens van { $controller } hierboven.
   *[formal] Iedere zorgverlener die u behandelt, is verwerkingsverantwoordelijke voor het dossier dat hij of zij over u bijhoudt. U bereikt uw zorgverlener via de contactgegevens van { $controller } hierboven.
}

## DPO and supervision
dpo-appointed = { $register ->
    [informal] Wij hebben een functionaris gegevensbescherming (FG) aangesteld. Je kunt de FG bereiken via:
   *[formal] Wij hebben een functionaris gegevensbescherming (FG) aangesteld. U kunt de FG bereiken via:
}
dpo-appointed-named = { $register ->
    [informal] Wij hebben een functionaris gegevensbescherming (FG) aangesteld: { $name }. Je kunt de FG bereiken via:
   *[formal] Wij hebben een functionaris gegevensbescherming (FG) aangesteld: { $name }. U kunt de FG bereiken via:
}
dpo-tasks = De functionaris gegevensbescherming:
security-officer = Wij hebben een informatieveiligheidsconsulent aangesteld. Deze beheert de risico's voor de informatieveiligheid en adviseert de leiding over alle technische aspecten daarvan.
security-officer-statute = Wij hebben een informatieveiligheidsconsulent aangesteld. Deze beheert de risico's voor de informatieveiligheid en adviseert de leiding over alle technische aspecten daarvan. Zijn taken volgen uit { $statute }.
supervision-health-professional = { $register ->
    [informal] Gegevens over je gezondheid worden uitsluitend verwerkt onder het toezicht en de verantwoordelijkheid van een beroepsbeoefenaar in de gezondheidszorg die aan het beroepsgeheim is gebonden (artikel 9 lid 3 AVG).
   *[formal] Gegevens over uw gezondheid worden uitsluitend verwerkt onder het toezicht en de verantwoordelijkheid van een beroepsbeoefenaar in de gezondheidszorg die aan het beroepsgeheim is gebonden (artikel 9 lid 3 AVG).
}
supervision-lead = De centrale verantwoordelijkheid voor en het toezicht op de patiëntenbestanden berust bij { $role }, daarin bijgestaan door:
supervision-sector = De { $body } houdt toezicht op de gezondheidszorg en dus ook op { $controller }.
supervision-authority = De { $authority } ziet erop toe dat wij de privacywetgeving naleven.

## Definitions
definitions-lead = In { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} gebruiken wij de volgende begrippen:

## Data
data-subjects = Wij verwerken persoonsgegevens van { $subjects }.
data-lead = Wij verwerken de volgende categorieën persoonsgegevens:
data-health-special = { $register ->
    [informal] Gegevens over je gezondheid behoren tot de bijzondere categorieën van persoonsgegevens. De wet beschermt deze gegevens extra; wij verwerken ze alleen voor zover dat voor de hieronder genoemde doelen noodzakelijk is.
   *[formal] Gegevens over uw gezondheid behoren tot de bijzondere categorieën van persoonsgegevens. De wet beschermt deze gegevens extra; wij verwerken ze alleen voor zover dat voor de hieronder genoemde doelen noodzakelijk is.
}
national-id-lead = { $register ->
    [informal] Wij gebruiken je { $national_id } om:
   *[formal] Wij gebruiken uw { $national_id } om:
}
national-id-basis = { $register ->
    [informal] { $jurisdiction ->
        [NL] Op grond van { $statute } zijn wij verplicht je { $national_id } te gebruiken en vast te leggen.
       *[other] Wij verwerken je { $national_id } binnen de grenzen van { $statute }.
    }
   *[formal] { $jurisdiction ->
        [NL] Op grond van { $statute } zijn wij verplicht uw { $national_id } te gebruiken en vast te leggen.
       *[other] Wij verwerken uw { $national_id } binnen de grenzen van { $statute }.
    }
}
national-id-check = { $register ->
    [informal] Wij zijn verplicht te controleren of je degene bent bij wie het { $national_id } hoort. Daarom vragen wij je om een geldig identiteitsbewijs.
   *[formal] Wij zijn verplicht te controleren of u degene bent bij wie het { $national_id } hoort. Daarom vragen wij u om een geldig identiteitsbewijs.
}
patient-record-duty = { $register ->
    [informal] Wij zijn wettelijk verplicht een medisch dossier over je behandeling bij te houden. Daarin leggen wij de gegevens vast die nodig zijn om je goede zorg te verlenen.
   *[formal] Wij zijn wettelijk verplicht een medisch dossier over uw behandeling bij te houden. Daarin leggen wij de gegevens vast die nodig zijn om u goede zorg te verlenen.
}
patient-record-duty-statutes = { $register ->
    [informal] Wij zijn wettelijk verplicht een medisch dossier over je behandeling bij te houden ({ $statutes }). Daarin leggen wij de gegevens vast die nodig zijn om je goede zorg te verlenen.
   *[formal] Wij zijn wettelijk verplicht een medisch dossier over uw behandeling bij te houden ({ $statutes }). Daarin leggen wij de gegevens vast die nodig zijn om u goede zorg te verlenen.
}
patient-record-system = { $register ->
    [informal] Je dossier wordt opgeslagen in een afzonderlijk, afgeschermd elektronisch patiëntendossier ({ $system }).
   *[formal] Uw dossier wordt opgeslagen in een afzonderlijk, afgeschermd elektronisch patiëntendossier ({ $system }).
}
account-stored = { $register ->
    [informal] Na je registratie bewaren wij de gegevens die je hebt opgegeven, zodat je ze niet bij elk bezoek opnieuw hoeft in te vullen en wij contact met jou kunnen opnemen in het kader van de zorgverlening.
   *[formal] Na uw registratie bewaren wij de gegevens die u heeft opgegeven, zodat u ze niet bij elk bezoek opnieuw hoeft in te vullen en wij contact met u kunnen opnemen in het kader van de zorgverlening.
}
consent-form = { $register ->
    [informal] Bij je eerste bezoek vragen wij je een toestemmingsverklaring te ondertekenen, waarin je { $what }.
   *[formal] Bij uw eerste bezoek vragen wij u een toestemmingsverklaring te ondertekenen, waarin u { $what }.
}
consent-form-electronic = toestemming geeft voor elektronische communicatie
consent-form-information = { $register ->
    [informal] bevestigt dat je onze patiëntinformatie over de voor jou relevante behandelingen en de regels van onze kliniek hebt gelezen
   *[formal] bevestigt dat u onze patiëntinformatie over de voor u relevante behandelingen en de regels van onze kliniek heeft gelezen
}
consent-form-stored = { $register ->
    [informal] Je toestemming en voorkeuren worden vastgelegd in { $system }.
   *[formal] Uw toestemming en voorkeuren worden vastgelegd in { $system }.
}

## Sources
sources-lead = { $register ->
    [informal] De meeste gegevens ontvangen wij van jezelf. Daarnaast ontvangen wij gegevens over jou van:
   *[formal] De meeste gegevens ontvangen wij van uzelf. Daarnaast ontvangen wij gegevens over u van:
}
sources-only-patient = { $register ->
    [informal] Wij ontvangen je gegevens van jezelf.
   *[formal] Wij ontvangen uw gegevens van uzelf.
}

## Purposes
purposes-lead = { $register ->
    [informal] Wij verwerken je persoonsgegevens alleen voor de hieronder genoemde doelen, en alleen als de wet ons daarvoor een grondslag geeft. Wij verwerken niet meer gegevens dan voor het doel nodig is en gebruiken ze niet voor een doel dat daarmee onverenigbaar is.
   *[formal] Wij verwerken uw persoonsgegevens alleen voor de hieronder genoemde doelen, en alleen als de wet ons daarvoor een grondslag geeft. Wij verwerken niet meer gegevens dan voor het doel nodig is en gebruiken ze niet voor een doel dat daarmee onverenigbaar is.
}
basis-national = in samenhang met { $statutes }
purpose-opt-out = { $register ->
    [informal] Je kunt aangeven dat je hier niet aan wilt meewerken; wij respecteren dat.
   *[formal] U kunt aangeven dat u hier niet aan wilt meewerken; wij respecteren dat.
}
purpose-consent-withdraw = { $register ->
    [informal] Je kunt je toestemming op elk moment intrekken. Dat geldt voor de toekomst: verwerkingen vóór de intrekking blijven rechtmatig.
   *[formal] U kunt uw toestemming op elk moment intrekken. Dat geldt voor de toekomst: verwerkingen vóór de intrekking blijven rechtmatig.
}
provision-heading = { $register ->
    [informal] Ben je verplicht ons je gegevens te geven?
   *[formal] Bent u verplicht ons uw gegevens te geven?
}
provision-contractual = { $register ->
    [informal] De gegevens over je gezondheid zijn nodig om de behandelingsovereenkomst uit te voeren. Geef je ze niet, dan kunnen wij je geen goede en veilige zorg verlenen.
   *[formal] De gegevens over uw gezondheid zijn nodig om de behandelingsovereenkomst uit te voeren. Geeft u ze niet, dan kunnen wij u geen goede en veilige zorg verlenen.
}
provision-statutory = { $register ->
    [informal] Sommige gegevens zijn wij wettelijk verplicht vast te leggen, zoals je { $national_id } en de gegevens van je identiteitsbewijs. { $jurisdiction ->
        [NL] Zonder die gegevens kunnen wij de zorg niet via je zorgverzekeraar declareren.
       *[other] Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of declareren; dringend noodzakelijke zorg krijg je altijd.
    }
   *[formal] Sommige gegevens zijn wij wettelijk verplicht vast te leggen, zoals uw { $national_id } en de gegevens van uw identiteitsbewijs. { $jurisdiction ->
        [NL] Zonder die gegevens kunnen wij de zorg niet via uw zorgverzekeraar declareren.
       *[other] Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of declareren; dringend noodzakelijke zorg krijgt u altijd.
    }
}
provision-patient-duty = { $register ->
    [informal] Wij verwachten van jou dat je onze zorgverleners naar beste weten de inlichtingen en medewerking geeft die zij redelijkerwijs nodig hebben om de behandelingsovereenkomst uit te voeren.
   *[formal] Wij verwachten van u dat u onze zorgverleners naar beste weten de inlichtingen en medewerking geeft die zij redelijkerwijs nodig hebben om de behandelingsovereenkomst uit te voeren.
}

## Staff
staff-confidentiality = Al onze medewerkers hebben een geheimhoudingsplicht.
staff-secrecy-non-medical = Het medisch beroepsgeheim geldt voor al onze medewerkers, ook als zij geen medische achtergrond hebben.
staff-roles-lead = { $register ->
    [informal] Binnen onze organisatie verwerken de volgende medewerkers je gegevens, ieder binnen de grenzen van zijn taak:
   *[formal] Binnen onze organisatie verwerken de volgende medewerkers uw gegevens, ieder binnen de grenzen van zijn taak:
}
staff-need-to-know = Medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben.
staff-logging = { $register ->
    [informal] Wij leggen vast wie toegang heeft gehad tot je elektronische gegevens.
   *[formal] Wij leggen vast wie toegang heeft gehad tot uw elektronische gegevens.
}
staff-compliance-checks = Wij controleren regelmatig of iedereen zich aan deze afspraken houdt en treden op bij overtredingen.
staff-undertaking = Iedere medewerker die toegang nodig heeft tot patiëntgegevens heeft zich ertoe verbonden deze regels en de AVG na te leven, en is gebonden aan het beroepsgeheim of een gelijkwaardige vertrouwelijkheidsverplichting.

## Recipients and processors
recipients-lead = { $register ->
    [informal] { $controller } verstrekt je gegevens alleen aan anderen als dat noodzakelijk is voor de hierboven genoemde doelen en de wet het toestaat. Het gaat om:
   *[formal] { $controller } verstrekt uw gegevens alleen aan anderen als dat noodzakelijk is voor de hierboven genoemde doelen en de wet het toestaat. Het gaat om:
}
recipients-no-publication = { $register ->
    [informal] Wij publiceren je persoonsgegevens niet.
   *[formal] Wij publiceren uw persoonsgegevens niet.
}
recipients-no-disclosure = { $register ->
    [informal] Wij geven je persoonsgegevens niet door aan derden.
   *[formal] Wij geven uw persoonsgegevens niet door aan derden.
}
processors-heading = Verwerkers
processors-lead = { $register ->
    [informal] Wij schakelen verwerkers in: externe partijen die in onze opdracht persoonsgegevens verwerken. Zij mogen je gegevens alleen volgens onze instructies gebruiken.
   *[formal] Wij schakelen verwerkers in: externe partijen die in onze opdracht persoonsgegevens verwerken. Zij mogen uw gegevens alleen volgens onze instructies gebruiken.
}
processors-kinds = Het gaat bijvoorbeeld om { $kinds }.
processors-agreement = Met iedere verwerker sluiten wij een verwerkersovereenkomst (artikel 28 AVG).
processors-agreement-confidentiality = { $register ->
    [informal] Met iedere verwerker sluiten wij een verwerkersovereenkomst (artikel 28 AVG), waarin wij vastleggen dat de verwerker je gegevens alleen in onze opdracht verwerkt en tot geheimhouding verplicht is.
   *[formal] Met iedere verwerker sluiten wij een verwerkersovereenkomst (artikel 28 AVG), waarin wij vastleggen dat de verwerker uw gegevens alleen in onze opdracht verwerkt en tot geheimhouding verplicht is.
}
processors-same-security = Wij eisen van onze verwerkers hetzelfde niveau van beveiliging en vertrouwelijkheid als wij zelf bieden.

## Transfers
transfers-none = { $register ->
    [informal] Wij geven je persoonsgegevens niet door aan landen buiten de Europese Economische Ruimte (EER) of aan internationale organisaties.
   *[formal] Wij geven uw persoonsgegevens niet door aan landen buiten de Europese Economische Ruimte (EER) of aan internationale organisaties.
}
transfers-lead = Wij geven persoonsgegevens door aan ontvangers buiten de Europese Economische Ruimte (EER), met de volgende waarborgen:
transfers-safeguard = { $register ->
    [informal] de waarborg kun je inzien via
   *[formal] de waarborg kunt u inzien via
}
transfers-notice-promise = { $register ->
    [informal] Mocht een doorgifte van je gegevens naar een land buiten de Europese Economische Ruimte (EER) of aan een internationale organisatie nodig zijn, dan informeren wij je vooraf over de gevolgen daarvan voor de beveiliging van je gegevens.
   *[formal] Mocht een doorgifte van uw gegevens naar een land buiten de Europese Economische Ruimte (EER) of aan een internationale organisatie nodig zijn, dan informeren wij u vooraf over de gevolgen daarvan voor de beveiliging van uw gegevens.
}
transfers-otherwise-anonymous = Buiten de hierboven genoemde gevallen wisselen wij uitsluitend anonieme gegevens uit met andere personen en instanties.

## Data flow and anonymisation
data-flow-lead = { $register ->
    [informal] Gegevens over je gezondheid doorlopen binnen onze organisatie het volgende circuit:
   *[formal] Gegevens over uw gezondheid doorlopen binnen onze organisatie het volgende circuit:
}
anonymisation-by = Het anonimiseren van persoonsgegevens gebeurt door { $role }. Geanonimiseerde gegevens zijn redelijkerwijs niet meer tot een individuele patiënt te herleiden.
anonymisation-when = Wij anonimiseren persoonsgegevens alleen als vaststaat dat het bewaren van identificeerbare gegevens voor het doel niet langer nodig is. Dat is onder meer het geval bij:

## Retention
retention-lead = { $register ->
    [informal] Wij bewaren je persoonsgegevens niet langer dan voor het doel waarvoor wij ze verwerken nodig is, tenzij de wet ons verplicht ze langer te bewaren. Per soort gegevens gelden de volgende termijnen:
   *[formal] Wij bewaren uw persoonsgegevens niet langer dan voor het doel waarvoor wij ze verwerken nodig is, tenzij de wet ons verplicht ze langer te bewaren. Per soort gegevens gelden de volgende termijnen:
}
others-lead = Wij verwerken ook persoonsgegevens van anderen dan onze patiënten. Hieronder staat welke gegevens dat zijn, waarvoor wij ze gebruiken, met wie wij ze delen en hoe lang wij ze bewaren.
others-data = Van { $subjects } verwerken wij:
others-purposes = Wij gebruiken deze gegevens voor:
others-recipients = Wij delen ze met:
others-retention = Wij bewaren ze als volgt:
# Guidance beside a purpose test, never as a legal basis (law data `guidance`; review-nb M2).
retention-guidance = Richtsnoer: { $source } beveelt { $period } aan, te rekenen vanaf { $from }.
destruction-within = Na afloop van de bewaartermijn worden de gegevens binnen { $period } uit onze bestanden verwijderd en vernietigd.
destruction-approval = Het medische deel van het dossier wordt alleen vernietigd met instemming van { $roles }.
destruction-exceptions = Vernietiging blijft achterwege wanneer:
destruction-anonymised = Gegevens die zo zijn bewerkt dat zij redelijkerwijs niet meer tot een persoon te herleiden zijn, mogen in geanonimiseerde vorm bewaard blijven.
deletion-lead = Gegevens worden uit de patiëntenbestanden verwijderd (zie ook { $retention }):

## File structure
# "patiëntenbestanden", not "patiëntendossier": the files include billing data, which are not
# part of the (clinical) patient record and follow their own retention period.
file-structure-lead = Onze patiëntenbestanden bestaan uit de volgende onderdelen:
file-structure-mixed = Onze patiëntenbestanden worden deels elektronisch en deels op papier bijgehouden en bestaan uit de volgende onderdelen:
file-structure-linkage = De onderdelen zijn op patiëntniveau met elkaar verbonden door middel van { $keys }.

## Security
security-lead = { $register ->
    [informal] Wij nemen passende technische en organisatorische maatregelen om je persoonsgegevens te beschermen tegen verlies, onbevoegde kennisneming, wijziging en ander onrechtmatig gebruik (artikel 32 AVG). Wij nemen onder meer de volgende maatregelen:
   *[formal] Wij nemen passende technische en organisatorische maatregelen om uw persoonsgegevens te beschermen tegen verlies, onbevoegde kennisneming, wijziging en ander onrechtmatig gebruik (artikel 32 AVG). Wij nemen onder meer de volgende maatregelen:
}
breach-authority = { $register ->
    [informal] Gaat er toch iets mis met de beveiliging van je gegevens (een datalek), dan melden wij dat binnen 72 uur aan de { $authority }, tenzij het datalek waarschijnlijk geen risico voor jou oplevert (artikel 33 AVG).
   *[formal] Gaat er toch iets mis met de beveiliging van uw gegevens (een datalek), dan melden wij dat binnen 72 uur aan de { $authority }, tenzij het datalek waarschijnlijk geen risico voor u oplevert (artikel 33 AVG).
}
breach-subjects = { $register ->
    [informal] Als een datalek waarschijnlijk een hoog risico voor jou oplevert, informeren wij je daar onverwijld over en adviseren wij je hoe je ermee kunt omgaan (artikel 34 AVG).
   *[formal] Als een datalek waarschijnlijk een hoog risico voor u oplevert, informeren wij u daar onverwijld over en adviseren wij u hoe u ermee kunt omgaan (artikel 34 AVG).
}
breach-report = { $register ->
    [informal] Vermoed je een datalek of zie je een zwakke plek in onze beveiliging, meld het dan bij onze functionaris gegevensbescherming.
   *[formal] Vermoedt u een datalek of ziet u een zwakke plek in onze beveiliging, meld het dan bij onze functionaris gegevensbescherming.
}
breach-anonymous = Zo'n melding mag ook anoniem.

## Cameras
cameras-where = In { $places } hangen camera's. Wij hebben daar een gerechtvaardigd belang bij: { $purpose }
cameras-stored = De beelden worden opgenomen en daarna verwijderd.
cameras-retention = De beelden worden ten hoogste { $period } bewaard.
cameras-not-stored = De beelden worden niet opgeslagen; zij zijn alleen rechtstreeks te bekijken.
cameras-incident = Is er een incident vastgelegd, zoals een diefstal, dan bewaren wij de betreffende beelden tot het incident is afgehandeld.
cameras-viewer = De beelden zijn alleen te bekijken voor { $role }.
cameras-viewer-cause = De beelden worden alleen bekeken door { $role }, en alleen als daar redelijkerwijs aanleiding voor is, bijvoorbeeld bij een inbraak.
cameras-police = Bij een vermoeden van een strafbaar feit dragen wij de beelden over aan de politie.
cameras-signage = { $register ->
    [informal] Op het cameratoezicht word je gewezen door { $signage }.
   *[formal] Op het cameratoezicht wordt u gewezen door { $signage }.
}

## Cookies
cookies-definition = { $register ->
    [informal] Een cookie is een klein tekstbestand dat bij een bezoek aan onze website in de browser van je computer, tablet of smartphone wordt opgeslagen.
   *[formal] Een cookie is een klein tekstbestand dat bij een bezoek aan onze website in de browser van uw computer, tablet of smartphone wordt opgeslagen.
}
cookies-categories = Wij gebruiken de volgende soorten cookies:
cookies-consent-banner = { $register ->
    [informal] Cookies die niet strikt noodzakelijk zijn voor de werking van de website plaatsen wij alleen nadat je daarvoor bij je eerste bezoek toestemming hebt gegeven. Je kunt die toestemming even gemakkelijk weer intrekken als je haar hebt gegeven.
   *[formal] Cookies die niet strikt noodzakelijk zijn voor de werking van de website plaatsen wij alleen nadat u daarvoor bij uw eerste bezoek toestemming heeft gegeven. U kunt die toestemming even gemakkelijk weer intrekken als u haar heeft gegeven.
}
cookies-consent-not-needed = Wij plaatsen alleen cookies die strikt noodzakelijk zijn voor de werking van de website; daarvoor is geen toestemming nodig.
cookies-not-identifying = { $register ->
    [informal] Wij slaan de gegevens uit cookies niet zo op dat zij jou persoonlijk identificeren.
   *[formal] Wij slaan de gegevens uit cookies niet zo op dat zij u persoonlijk identificeren.
}
cookies-delete = { $register ->
    [informal] Je kunt cookies op elk moment verwijderen via de instellingen van je browser.
   *[formal] U kunt cookies op elk moment verwijderen via de instellingen van uw browser.
}
cookies-none = Onze website plaatst geen cookies.
cookies-not-shared = Wij geven de gegevens uit cookies niet door aan anderen.
cookies-opt-out = { $register ->
    [informal] Cookies van advertentienetwerken kun je weigeren via deze pagina's:
   *[formal] Cookies van advertentienetwerken kunt u weigeren via deze pagina's:
}
cookie-session = { $register ->
    [informal] tot het einde van je bezoek
   *[formal] tot het einde van uw bezoek
}

## Call recording
call-recording = { $register ->
    [informal] Als je contact hebt met { $role } voor informatie of het plannen van een afspraak, kan het gesprek worden opgenomen om onze medewerkers te trainen.
   *[formal] Als u contact heeft met { $role } voor informatie of het plannen van een afspraak, kan het gesprek worden opgenomen om onze medewerkers te trainen.
}
call-recording-opt-out = { $register ->
    [informal] Je kunt aan het begin van het gesprek aangeven dat je niet wilt dat het gesprek wordt opgenomen.
   *[formal] U kunt aan het begin van het gesprek aangeven dat u niet wilt dat het gesprek wordt opgenomen.
}
call-recording-retention = Hoe lang wij opnamen bewaren, staat in de tabel met bewaartermijnen.

## Research and quality
research-heading = Wetenschappelijk onderzoek
research-trials = Bij medisch-wetenschappelijk onderzoek zoeken wij naar betere manieren om ziekten en aandoeningen te voorkomen of te behandelen, bijvoorbeeld door nieuwe geneesmiddelen, therapieën of medische hulpmiddelen te testen met medewerking van proefpersonen (patiënten of gezonde vrijwilligers).
research-record = { $register ->
    [informal] Ook de gegevens in je medisch dossier kunnen bijdragen aan wetenschappelijk onderzoek.
   *[formal] Ook de gegevens in uw medisch dossier kunnen bijdragen aan wetenschappelijk onderzoek.
}
# NL opt-out research: the conditions of art. 7:458 BW (with art. 24 UAVG), and the objection
# flagged as Art. 21(4) AVG asks.
research-without-consent = { $register ->
    [informal] Zonder je toestemming gebruiken wij gegevens uit je dossier alleen voor onderzoek dat een algemeen belang dient en niet zonder die gegevens kan worden uitgevoerd, als het vragen van toestemming redelijkerwijs niet mogelijk is of niet kan worden verlangd, met waarborgen voor je privacy, en alleen als je daartegen geen uitdrukkelijk bezwaar hebt gemaakt ({ $article }). Je kunt dat bezwaar op elk moment maken.
   *[formal] Zonder uw toestemming gebruiken wij gegevens uit uw dossier alleen voor onderzoek dat een algemeen belang dient en niet zonder die gegevens kan worden uitgevoerd, als het vragen van toestemming redelijkerwijs niet mogelijk is of niet kan worden verlangd, met waarborgen voor uw privacy, en alleen als u daartegen geen uitdrukkelijk bezwaar heeft gemaakt ({ $article }). U kunt dat bezwaar op elk moment maken.
}
research-pseudonymised = Wij coderen (pseudonimiseren) de gegevens voor onderzoek zo veel mogelijk.
research-external = Wij delen gegevens voor onderzoek met externe wetenschappelijk onderzoekers.
research-confidentiality = Externe onderzoekers ondertekenen een geheimhoudingsverklaring.
research-publications = { $register ->
    [informal] In presentaties en publicaties van onderzoekers worden nooit gegevens getoond die tot jou herleidbaar zijn.
   *[formal] In presentaties en publicaties van onderzoekers worden nooit gegevens getoond die tot u herleidbaar zijn.
}
research-programmes = Het gaat onder meer om:
quality-heading = Kwaliteit van zorg
quality-lead = Wij gebruiken gegevens ook om de kwaliteit van onze zorg te bewaken en te verbeteren, onder meer voor:
quality-encrypted = Als in rapportages van interne kwaliteitsonderzoekers of externe visiteurs persoonsgegevens voorkomen, worden deze versleuteld.

## Marketing and platforms
marketing-lead = { $register ->
    [informal] Met je toestemming gebruiken wij je contactgegevens voor { $channels }.
   *[formal] Met uw toestemming gebruiken wij uw contactgegevens voor { $channels }.
}
marketing-preferences = { $register ->
    [informal] Je bepaalt zelf welke berichten je ontvangt en kunt je voorkeuren op elk moment wijzigen via { $portal }.
   *[formal] U bepaalt zelf welke berichten u ontvangt en kunt uw voorkeuren op elk moment wijzigen via { $portal }.
}
marketing-object = { $register ->
    [informal] Je kunt je altijd kosteloos afmelden en bezwaar maken tegen het gebruik van je gegevens voor direct marketing; wij stoppen dan met dat gebruik (artikel 21 lid 2 en 3 AVG).
   *[formal] U kunt zich altijd kosteloos afmelden en bezwaar maken tegen het gebruik van uw gegevens voor direct marketing; wij stoppen dan met dat gebruik (artikel 21 lid 2 en 3 AVG).
}
platforms-lead = { $register ->
    [informal] Je kunt ook gebruikmaken van de volgende online diensten:
   *[formal] U kunt ook gebruikmaken van de volgende online diensten:
}
platform-booking = { $register ->
    [informal] je kunt daar ook zelf online afspraken maken
   *[formal] u kunt daar ook zelf online afspraken maken
}

## Minors
minors-consent = Wij verzamelen via onze website of sociale media niet bewust persoonsgegevens van bezoekers die jonger zijn dan { $age } jaar zonder toestemming van hun ouders of voogd.
minors-cannot-verify = Wij kunnen niet controleren of een bezoeker ouder is dan { $age } jaar. Ouders en voogden die vermoeden dat wij zonder hun toestemming gegevens van hun kind hebben ontvangen, kunnen contact met ons opnemen; wij verwijderen die gegevens dan.

## Automated decisions
automated-none = { $register ->
    [informal] Wij nemen geen besluiten over jou die uitsluitend berusten op geautomatiseerde verwerking, waaronder profilering (artikel 22 AVG).
   *[formal] Wij nemen geen besluiten over u die uitsluitend berusten op geautomatiseerde verwerking, waaronder profilering (artikel 22 AVG).
}
automated-used = { $register ->
    [informal] Wij nemen besluiten over jou die berusten op geautomatiseerde verwerking. Hieronder lees je volgens welke logica en met welke gevolgen.
   *[formal] Wij nemen besluiten over u die berusten op geautomatiseerde verwerking. Hieronder leest u volgens welke logica en met welke gevolgen.
}

## Rights
rights-lead = { $register ->
    [informal] Je hebt op grond van de AVG en de wet die je rechten als patiënt regelt de volgende rechten. Hoe je een verzoek indient, lees je in het volgende onderdeel.
   *[formal] U heeft op grond van de AVG en de wet die uw rechten als patiënt regelt de volgende rechten. Hoe u een verzoek indient, leest u in het volgende onderdeel.
}
right-access = Recht op inzage en een kopie
right-access-desc = { $register ->
    [informal] Je mag weten of wij persoonsgegevens over je verwerken, welke dat zijn, waarvoor, van wie wij ze hebben en aan wie wij ze verstrekken. Je krijgt ook een kopie van je gegevens; de eerste kopie is gratis (artikel 15 AVG).
   *[formal] U mag weten of wij persoonsgegevens over u verwerken, welke dat zijn, waarvoor, van wie wij ze hebben en aan wie wij ze verstrekken. U krijgt ook een kopie van uw gegevens; de eerste kopie is gratis (artikel 15 AVG).
}
right-access-details = { $register ->
    [informal] Je krijgt daarbij ook te horen: de doeleinden van de verwerking, de categorieën van gegevens, de ontvangers of categorieën van ontvangers, hoe lang de gegevens worden bewaard (of de criteria die dat bepalen), je rechten op rectificatie, wissing, beperking en bezwaar, je recht om een klacht in te dienen bij de toezichthoudende autoriteit, de herkomst van de gegevens als wij ze niet bij jou hebben verzameld, en of er geautomatiseerde besluitvorming plaatsvindt, met de onderliggende logica en de gevolgen daarvan (artikel 15 AVG).
   *[formal] U krijgt daarbij ook te horen: de doeleinden van de verwerking, de categorieën van gegevens, de ontvangers of categorieën van ontvangers, hoe lang de gegevens worden bewaard (of de criteria die dat bepalen), uw rechten op rectificatie, wissing, beperking en bezwaar, uw recht om een klacht in te dienen bij de toezichthoudende autoriteit, de herkomst van de gegevens als wij ze niet bij u hebben verzameld, en of er geautomatiseerde besluitvorming plaatsvindt, met de onderliggende logica en de gevolgen daarvan (artikel 15 AVG).
}
right-access-patient-law = { $register ->
    [informal] { $jurisdiction ->
        [NO] Daarnaast heb je recht op inzage in en een afschrift van je patiëntendossier op grond van { $article }. Inzage kan alleen worden geweigerd in de uitzonderingsgevallen die de wet noemt.
       *[other] Daarnaast heb je recht op inzage in en een afschrift van je medisch dossier op grond van { $statute }, { $article }. Je krijgt inzage binnen de grenzen van die wet, bijvoorbeeld voor zover de bescherming van de privacy van een ander zich daartegen niet verzet.
    }
   *[formal] { $jurisdiction ->
        [NO] Daarnaast heeft u recht op inzage in en een afschrift van uw patiëntendossier op grond van { $article }. Inzage kan alleen worden geweigerd in de uitzonderingsgevallen die de wet noemt.
       *[other] Daarnaast heeft u recht op inzage in en een afschrift van uw medisch dossier op grond van { $statute }, { $article }. U krijgt inzage binnen de grenzen van die wet, bijvoorbeeld voor zover de bescherming van de privacy van een ander zich daartegen niet verzet.
    }
}
right-access-deadline = { $register ->
    [informal] Op grond van die wet krijg je inzage binnen { $period }.
   *[formal] Op grond van die wet krijgt u inzage binnen { $period }.
}
right-access-age = { $register ->
    [informal] Vanaf { $age } jaar oefen je dit recht zelf uit.
   *[formal] Vanaf { $age } jaar oefent u dit recht zelf uit.
}
right-rectification = Recht op rectificatie en aanvulling
right-rectification-desc = { $register ->
    [informal] Zijn je gegevens onjuist of onvolledig, dan kun je ons vragen ze te verbeteren of aan te vullen (artikel 16 AVG). Je kunt ook een eigen verklaring aan je dossier laten toevoegen.
   *[formal] Zijn uw gegevens onjuist of onvolledig, dan kunt u ons vragen ze te verbeteren of aan te vullen (artikel 16 AVG). U kunt ook een eigen verklaring aan uw dossier laten toevoegen.
}
right-rectification-practitioner = { $register ->
    [informal] Over een correctie of aanvulling van het medisch dossier beslist je behandelaar: een wijziging mag een veilige behandeling niet in de weg staan.
   *[formal] Over een correctie of aanvulling van het medisch dossier beslist uw behandelaar: een wijziging mag een veilige behandeling niet in de weg staan.
}
# The national regime for the record where the law data have one (`record_changes`; Norway:
# helsepersonelloven §§ 42–43); a Norwegian clinic's Dutch pages only (review-nb M4).
right-record-correction = In het patiëntendossier verbeteren wij onjuiste of onvolledige gegevens met een nieuwe, gedateerde aantekening; gegevens worden bij verbetering niet gewist ({ $article }).
right-record-erasure = { $register ->
    [informal] Je kunt ook eisen dat gegevens in het patiëntendossier worden gewist ({ $right }), maar zij kunnen alleen worden gewist onder de voorwaarden van { $article }.
   *[formal] U kunt ook eisen dat gegevens in het patiëntendossier worden gewist ({ $right }), maar zij kunnen alleen worden gewist onder de voorwaarden van { $article }.
}
right-record-appeal = { $register ->
    [informal] Tegen een weigering om gegevens in het patiëntendossier te verbeteren of te wissen kun je een klacht indienen bij { $body }.
   *[formal] Tegen een weigering om gegevens in het patiëntendossier te verbeteren of te wissen kunt u een klacht indienen bij { $body }.
}
right-access-appeal = { $register ->
    [informal] Tegen een weigering kun je een klacht indienen bij { $body }.
   *[formal] Tegen een weigering kunt u een klacht indienen bij { $body }.
}
right-erasure = Recht op gegevenswissing
# NL: the medical record is not an exception to erasure: art. 7:455 BW gives the patient a right
# to have it destroyed (right-erasure-record), so only the other statutory records are named here.
right-erasure-desc = { $register ->
    [informal] Je kunt ons vragen je gegevens te wissen, bijvoorbeeld als zij niet meer nodig zijn of als je je toestemming intrekt (artikel 17 AVG). { $jurisdiction ->
        [NO] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; voor het patiëntendossier gelden de regels hieronder. Weigeren wij, dan leggen wij je uit waarom.
        [NL] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; in dat geval leggen wij je uit waarom.
       *[other] Dit recht geldt niet voor gegevens die wij op grond van de wet moeten bewaren, zoals het medisch dossier volgens { $statute } en onze financiële administratie; in dat geval leggen wij je uit waarom wij de gegevens niet kunnen wissen.
    }
   *[formal] U kunt ons vragen uw gegevens te wissen, bijvoorbeeld als zij niet meer nodig zijn of als u uw toestemming intrekt (artikel 17 AVG). { $jurisdiction ->
        [NO] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; voor het patiëntendossier gelden de regels hieronder. Weigeren wij, dan leggen wij u uit waarom.
        [NL] Gegevens die wij op grond van de wet moeten bewaren, zoals onze financiële administratie, kunnen wij niet wissen; in dat geval leggen wij u uit waarom.
       *[other] Dit recht geldt niet voor gegevens die wij op grond van de wet moeten bewaren, zoals het medisch dossier volgens { $statute } en onze financiële administratie; in dat geval leggen wij u uit waarom wij de gegevens niet kunnen wissen.
    }
}
# The patient law's own right to have the medical record destroyed (NL: art. 7:455 BW), with
# its deadline and its exceptions ($exceptions: clauses `erasure-ground-*` of vocab.ftl joined
# with "of"); only where the law data have it (`patient_erasure`, regime on_request).
right-erasure-record = { $register ->
    [informal] Je medisch dossier vernietigen wij op je verzoek geheel of gedeeltelijk binnen { $period } ({ $article }), tenzij { $exceptions }.
   *[formal] Uw medisch dossier vernietigen wij op uw verzoek geheel of gedeeltelijk binnen { $period } ({ $article }), tenzij { $exceptions }.
}
# The right applies before the retention period has ended (`before_retention_ends`).
right-erasure-before-retention = Dat geldt ook als de bewaartermijn nog niet is verstreken.
# Norway (helsepersonelloven § 43): the conditions, clauses `deletion-condition-*` joined;
# all of $all, and one of $any.
right-record-erasure-conditions = De voorwaarden zijn dat { $all }, en bovendien dat { $any }.
right-record-erasure-conditions-all = De voorwaarden zijn dat { $all }.
deletion-condition-general-interest = het wissen uit algemeen oogpunt verantwoord is
deletion-condition-archive-law = de archiefwetgeving zich er niet tegen verzet
deletion-condition-incorrect-and-burdensome = de gegevens onjuist of misleidend zijn en als belastend worden ervaren
deletion-condition-clearly-unnecessary = { $register ->
    [informal] de gegevens kennelijk niet nodig zijn om je zorg te verlenen
   *[formal] de gegevens kennelijk niet nodig zijn om u zorg te verlenen
}
right-erasure-law = de wet
right-restriction = Recht op beperking van de verwerking
right-restriction-desc = { $register ->
    [informal] Je kunt ons vragen het gebruik van je gegevens tijdelijk te beperken, bijvoorbeeld zolang wij nagaan of je gegevens juist zijn, of zolang wij je bezwaar beoordelen (artikel 18 AVG).
   *[formal] U kunt ons vragen het gebruik van uw gegevens tijdelijk te beperken, bijvoorbeeld zolang wij nagaan of uw gegevens juist zijn, of zolang wij uw bezwaar beoordelen (artikel 18 AVG).
}
right-restriction-exceptions = { $register ->
    [informal] Zolang het gebruik van je gegevens beperkt is, bewaren wij ze alleen; wij gebruiken ze verder alleen met jouw toestemming, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (artikel 18 AVG).
   *[formal] Zolang het gebruik van uw gegevens beperkt is, bewaren wij ze alleen; wij gebruiken ze verder alleen met uw toestemming, voor een rechtsvordering, ter bescherming van de rechten van een ander of om gewichtige redenen van algemeen belang (artikel 18 AVG).
}
right-portability = Recht op overdraagbaarheid van gegevens
right-portability-desc = { $register ->
    [informal] Gegevens die je ons zelf hebt verstrekt en die wij geautomatiseerd verwerken op basis van je toestemming of een overeenkomst, kun je in een gangbaar digitaal formaat ontvangen of rechtstreeks laten doorsturen naar een andere organisatie (artikel 20 AVG).
   *[formal] Gegevens die u ons zelf heeft verstrekt en die wij geautomatiseerd verwerken op basis van uw toestemming of een overeenkomst, kunt u in een gangbaar digitaal formaat ontvangen of rechtstreeks laten doorsturen naar een andere organisatie (artikel 20 AVG).
}
right-objection = Recht van bezwaar
right-objection-desc = { $register ->
    [informal] Verwerken wij je gegevens op grond van ons gerechtvaardigd belang of een taak van algemeen belang, dan kun je op grond van je specifieke situatie bezwaar maken. Wij stoppen dan met die verwerking, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan jouw belangen, of de gegevens nodig hebben voor een rechtsvordering (artikel 21 AVG).
   *[formal] Verwerken wij uw gegevens op grond van ons gerechtvaardigd belang of een taak van algemeen belang, dan kunt u op grond van uw specifieke situatie bezwaar maken. Wij stoppen dan met die verwerking, tenzij wij dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan uw belangen, of de gegevens nodig hebben voor een rechtsvordering (artikel 21 AVG).
}
right-objection-marketing = { $register ->
    [informal] Tegen het gebruik van je gegevens voor direct marketing kun je altijd bezwaar maken; wij stoppen dan met dat gebruik.
   *[formal] Tegen het gebruik van uw gegevens voor direct marketing kunt u altijd bezwaar maken; wij stoppen dan met dat gebruik.
}
right-withdraw = { $register ->
    [informal] Recht om je toestemming in te trekken
   *[formal] Recht om uw toestemming in te trekken
}
right-withdraw-desc = { $register ->
    [informal] Verwerken wij gegevens op basis van je toestemming, dan kun je die toestemming altijd intrekken, even gemakkelijk als je haar gaf. De intrekking geldt voor de toekomst: wat wij vóór de intrekking met je gegevens deden, blijft rechtmatig (artikel 7 lid 3 AVG).
   *[formal] Verwerken wij gegevens op basis van uw toestemming, dan kunt u die toestemming altijd intrekken, even gemakkelijk als u haar gaf. De intrekking geldt voor de toekomst: wat wij vóór de intrekking met uw gegevens deden, blijft rechtmatig (artikel 7 lid 3 AVG).
}
right-automated = Recht om niet te worden onderworpen aan geautomatiseerde besluitvorming
right-automated-desc = { $register ->
    [informal] Je hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en dat rechtsgevolgen of vergelijkbare gevolgen voor je heeft (artikel 22 AVG).
   *[formal] U heeft het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en dat rechtsgevolgen of vergelijkbare gevolgen voor u heeft (artikel 22 AVG).
}
right-complaint = Recht om een klacht in te dienen
right-complaint-desc = { $register ->
    [informal] Je kunt een klacht indienen bij de toezichthoudende autoriteit. Hoe dat gaat, lees je onder Klachten.
   *[formal] U kunt een klacht indienen bij de toezichthoudende autoriteit. Hoe dat gaat, leest u onder Klachten.
}
rights-representative = { $register ->
    [informal] Je kunt ook iemand anders schriftelijk machtigen om deze rechten namens jou uit te oefenen.
   *[formal] U kunt ook iemand anders schriftelijk machtigen om deze rechten namens u uit te oefenen.
}
rights-journal-practitioner = { $register ->
    [informal] Met vragen over het corrigeren of verwijderen van gegevens in je medisch dossier kun je terecht bij je behandelaar.
   *[formal] Met vragen over het corrigeren of verwijderen van gegevens in uw medisch dossier kunt u terecht bij uw behandelaar.
}
rights-patient-rights = { $register ->
    [informal] Je rechten als patiënt staan volledig beschreven op
   *[formal] Uw rechten als patiënt staan volledig beschreven op
}

## Representation (`representation:`; facts from the law data `representation`)
# Age bands: $range is one of minors-range*, then who exercises the rights.
representation-minors = Voor patiënten die jonger zijn dan 18 jaar bepaalt de wet wie hun rechten uitoefent:
minors-range = van { $from } tot { $to } jaar
minors-range-to = jonger dan { $to } jaar
minors-range-from = { $from } jaar en ouder
minors-band-parents = { $range }: de ouders die het gezag uitoefenen, of de voogd, oefenen de rechten van het kind uit;
minors-band-together = { $range }: zowel het kind als de ouders met gezag of de voogd kunnen deze rechten uitoefenen; voor een behandeling is de toestemming van beiden nodig;
minors-band-parents-unless-child-objects = { $range }: ook de ouders worden geïnformeerd en krijgen inzage, tenzij het kind dat om redenen die gerespecteerd moeten worden niet wil;
minors-band-patient = { $range }: de patiënt oefent de rechten zelf uit;
minors-band-patient-parents-informed = { $range }: de patiënt oefent de rechten zelf uit; de ouders krijgen alleen de informatie die zij nodig hebben om hun ouderlijke verantwoordelijkheid uit te oefenen;
minors-band-maturity = { $range }: de ouders die het gezag uitoefenen, of de voogd, oefenen de rechten uit; de minderjarige wordt daarbij betrokken naar leeftijd en rijpheid en oefent de rechten geheel of gedeeltelijk zelf uit zodra de zorgverlener oordeelt dat hij of zij de eigen belangen redelijk kan beoordelen;
# Adults who cannot act: the order of the law, then the labels representative-*.
representation-adults = Kan een meerderjarige patiënt zijn of haar rechten niet zelf uitoefenen, dan treedt een vertegenwoordiger op, in deze volgorde ({ $article }):
representative-court-appointed = de curator of mentor die de rechter heeft benoemd;
representative-authorised-person = de persoon die de patiënt schriftelijk heeft gemachtigd;
representative-partner = de echtgenoot, geregistreerde partner of andere levensgezel, tenzij die dat niet wenst;
representative-family = een ouder, kind, broer of zus, tenzij die dat niet wenst.
representative-designated-representative = de vertegenwoordiger die de patiënt vooraf heeft benoemd met een gedateerd en door beiden ondertekend mandaat;
representative-administrator = de bewindvoerder over de persoon die de vrederechter heeft aangesteld;
representative-cohabiting-partner = de samenwonende echtgenoot of partner;
representative-further-relatives = daarna andere naaste familieleden, in de volgorde die de wet bepaalt.
# After death, by the rule of the law data (`access`).
deceased-consent-or-weighty-interest = Ook na het overlijden van een patiënt blijft het dossier geheim. Inzage in of een afschrift van gegevens uit het dossier geven wij alleen in de gevallen die de wet noemt ({ $article }), onder meer aan wie de patiënt daarvoor bij leven schriftelijk of elektronisch toestemming heeft gegeven, en in bepaalde gevallen aan iemand met een zwaarwegend belang.
deceased-relatives-indirect = Na het overlijden van een patiënt kunnen de echtgenoot, de wettelijk samenwonende partner, de partner en de bloedverwanten tot en met de tweede graad het dossier inzien via een beroepsbeoefenaar die zij aanwijzen ({ $article }). Hun verzoek moet voldoende gemotiveerd en gespecificeerd zijn, en de patiënt mag zich er tijdens zijn of haar leven niet uitdrukkelijk tegen hebben verzet. Zij krijgen geen afschrift, en de inzage is beperkt tot de gegevens die verband houden met de reden van hun verzoek.
deceased-next-of-kin = Na het overlijden van een patiënt heeft de naaste verwant recht op inzage in het dossier, tenzij bijzondere redenen zich daartegen verzetten ({ $article }).

## Requests
requests-channels = { $register ->
    [informal] Je kunt een verzoek indienen { $channels }.
   *[formal] U kunt een verzoek indienen { $channels }.
}
requests-email = Ons e-mailadres daarvoor is
# Routes (`rights.addressees`, `oral`, `form_url`, `on_behalf`, `trusted_person`, `copy_delivery`).
requests-to = { $register ->
    [informal] Je kunt je verzoek richten aan { $to }.
   *[formal] U kunt uw verzoek richten aan { $to }.
}
requests-oral = { $register ->
    [informal] Je kunt een verzoek ook mondeling doen.
   *[formal] U kunt een verzoek ook mondeling doen.
}
requests-form = { $register ->
    [informal] Voor je verzoek kun je ons formulier gebruiken:
   *[formal] Voor uw verzoek kunt u ons formulier gebruiken:
}
requests-on-behalf = { $register ->
    [informal] Een verzoek kan ook namens jou worden gedaan door { $who }.
   *[formal] Een verzoek kan ook namens u worden gedaan door { $who }.
}
requests-trusted-person = { $register ->
    [informal] Je kunt je bij het uitoefenen van je rechten laten bijstaan door een vertrouwenspersoon die je zelf kiest.
   *[formal] U kunt zich bij het uitoefenen van uw rechten laten bijstaan door een vertrouwenspersoon die u zelf kiest.
}
requests-copy-delivery = { $register ->
    [informal] Een afschrift van je dossier kun je { $ways }.
   *[formal] Een afschrift van uw dossier kunt u { $ways }.
}
requests-identification = { $register ->
    [informal] Om te voorkomen dat je gegevens bij een ander terechtkomen, vragen wij je je te identificeren.
   *[formal] Om te voorkomen dat uw gegevens bij een ander terechtkomen, vragen wij u zich te identificeren.
}
requests-acknowledgement = { $register ->
    [informal] Je ontvangt een ontvangstbevestiging van je verzoek.
   *[formal] U ontvangt een ontvangstbevestiging van uw verzoek.
}
requests-deadline = { $register ->
    [informal] Wij reageren zo snel mogelijk en uiterlijk binnen één maand na ontvangst van je verzoek (artikel 12 lid 3 AVG).
   *[formal] Wij reageren zo snel mogelijk en uiterlijk binnen één maand na ontvangst van uw verzoek (artikel 12 lid 3 AVG).
}
requests-deadline-own = { $register ->
    [informal] Wij reageren zo snel mogelijk en uiterlijk binnen { $period } na ontvangst van je verzoek; de wettelijke termijn is één maand (artikel 12 lid 3 AVG).
   *[formal] Wij reageren zo snel mogelijk en uiterlijk binnen { $period } na ontvangst van uw verzoek; de wettelijke termijn is één maand (artikel 12 lid 3 AVG).
}
requests-extension = { $register ->
    [informal] Is je verzoek ingewikkeld of dien je veel verzoeken in, dan kunnen wij deze termijn met ten hoogste twee maanden verlengen. Dat laten wij je dan binnen de eerste maand weten, met de reden.
   *[formal] Is uw verzoek ingewikkeld of dient u veel verzoeken in, dan kunnen wij deze termijn met ten hoogste twee maanden verlengen. Dat laten wij u dan binnen de eerste maand weten, met de reden.
}
requests-free = Het indienen en behandelen van een verzoek is kosteloos. Is een verzoek kennelijk ongegrond of buitensporig, bijvoorbeeld omdat hetzelfde verzoek steeds opnieuw wordt ingediend, dan kunnen wij een redelijke vergoeding vragen of het verzoek weigeren.
requests-unclear = { $register ->
    [informal] Is je verzoek onduidelijk of twijfelen wij aan je identiteit, dan vragen wij je om aanvullende informatie.
   *[formal] Is uw verzoek onduidelijk of twijfelen wij aan uw identiteit, dan vragen wij u om aanvullende informatie.
}
requests-transfer = { $register ->
    [informal] Op jouw verzoek sturen wij een kopie van je dossier naar een andere zorgverlener van jouw keuze.
   *[formal] Op uw verzoek sturen wij een kopie van uw dossier naar een andere zorgverlener van uw keuze.
}
requests-longer-retention = { $register ->
    [informal] Op jouw verzoek bewaren wij je dossier langer dan de bewaartermijn.
   *[formal] Op uw verzoek bewaren wij uw dossier langer dan de bewaartermijn.
}
requests-shielding = { $register ->
    [informal] Je kunt ons vragen bepaalde gegevens in je dossier af te schermen, zodat alleen wie je daarvoor behandelt ze kan inzien.
   *[formal] U kunt ons vragen bepaalde gegevens in uw dossier af te schermen, zodat alleen wie u daarvoor behandelt ze kan inzien.
}
requests-refusal = { $register ->
    [informal] Soms mogen of moeten wij een verzoek geheel of gedeeltelijk weigeren, bijvoorbeeld vanwege { $grounds }. Wij leggen je dan altijd uit waarom.
   *[formal] Soms mogen of moeten wij een verzoek geheel of gedeeltelijk weigeren, bijvoorbeeld vanwege { $grounds }. Wij leggen u dan altijd uit waarom.
}
requests-appeal = { $register ->
    [informal] Ben je het niet eens met onze beslissing, dan kun je een klacht indienen zoals beschreven onder Klachten.
   *[formal] Bent u het niet eens met onze beslissing, dan kunt u een klacht indienen zoals beschreven onder Klachten.
}
erasure-heading = { $register ->
    [informal] Verwijdering van (delen van) je medisch dossier
   *[formal] Verwijdering van (delen van) uw medisch dossier
}
erasure-channel = { $register ->
    [informal] Je kunt verzoeken (delen van) je medisch dossier binnen de grenzen van de wet te laten vernietigen. Je dient je verzoek in { $channel }.
   *[formal] U kunt verzoeken (delen van) uw medisch dossier binnen de grenzen van de wet te laten vernietigen. U dient uw verzoek in { $channel }.
}
erasure-channel-address = { $register ->
    [informal] Je kunt verzoeken (delen van) je medisch dossier binnen de grenzen van de wet te laten vernietigen. Je dient je verzoek in { $channel } aan { $name }, { $address }.
   *[formal] U kunt verzoeken (delen van) uw medisch dossier binnen de grenzen van de wet te laten vernietigen. U dient uw verzoek in { $channel } aan { $name }, { $address }.
}
# Before the steps of `erasure.steps`.
erasure-then = Daarna gaat het als volgt:
# The clinic's own deadline (`erasure.deadline`).
erasure-deadline = { $register ->
    [informal] Wij vernietigen de gegevens binnen { $period } nadat wij je verzoek hebben ontvangen.
   *[formal] Wij vernietigen de gegevens binnen { $period } nadat wij uw verzoek hebben ontvangen.
}
# The grounds the clinic applies (`erasure.exceptions`), clauses `erasure-ground-*`.
erasure-exceptions = { $register ->
    [informal] Wij kunnen je verzoek geheel of gedeeltelijk weigeren voor zover { $grounds }. Wij leggen je dan uit waarom.
   *[formal] Wij kunnen uw verzoek geheel of gedeeltelijk weigeren voor zover { $grounds }. Wij leggen u dan uit waarom.
}
# Before the list `erasure.kept` (labels `erasure-kept-*`).
erasure-kept-lead = Wat wij daarna nog bewaren:

## Complaints
complaints-internal = { $register ->
    [informal] Heb je een klacht over de manier waarop wij met je persoonsgegevens omgaan, neem dan eerst contact op met { $bodies }. Wij helpen je graag.
   *[formal] Heeft u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $bodies }. Wij helpen u graag.
}
complaints-internal-default = { $register ->
    [informal] Heb je een klacht over de manier waarop wij met je persoonsgegevens omgaan, neem dan eerst contact op met { $controller }. Wij helpen je graag.
   *[formal] Heeft u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $controller }. Wij helpen u graag.
}
complaints-ombuds = { $register ->
    [informal] Klachten over je rechten als patiënt, ook over inzage in of een afschrift van je dossier, kun je voorleggen aan onze ombudsdienst ({ $article }).
   *[formal] Klachten over uw rechten als patiënt, ook over inzage in of een afschrift van uw dossier, kunt u voorleggen aan onze ombudsdienst ({ $article }).
}
complaints-authority = { $register ->
    [informal] Je hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, de { $authority }:
   *[formal] U heeft ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, de { $authority }:
}
complaints-residence = { $register ->
    [informal] Je kunt je ook wenden tot de toezichthouder van het EER-land waar je woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechter stappen (artikel 79 AVG).
   *[formal] U kunt zich ook wenden tot de toezichthouder van het EER-land waar u woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechter stappen (artikel 79 AVG).
}
complaints-external = { $register ->
    [informal] Over de zorg zelf kun je ook terecht bij:
   *[formal] Over de zorg zelf kunt u ook terecht bij:
}

## Third-party websites
third-party-websites = { $register ->
    [informal] { $doc ->
        [reglement] Dit reglement geldt
       *[other] Deze privacyverklaring geldt
    } niet voor websites van derden waarnaar onze website verwijst. Wij kunnen niet garanderen dat die derden betrouwbaar en veilig met je persoonsgegevens omgaan. Lees daarom de privacyverklaring van die websites voordat je ze gebruikt.
   *[formal] { $doc ->
        [reglement] Dit reglement geldt
       *[other] Deze privacyverklaring geldt
    } niet voor websites van derden waarnaar onze website verwijst. Wij kunnen niet garanderen dat die derden betrouwbaar en veilig met uw persoonsgegevens omgaan. Lees daarom de privacyverklaring van die websites voordat u ze gebruikt.
}

## Changes
changes-effective = Dit is versie { $version } van { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
}, geldig vanaf { $date }.
changes-amended-by = Wijzigingen worden vastgesteld door { $who }.
changes-notice = { $register ->
    [informal] Wij kunnen { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } wijzigen, bijvoorbeeld als onze werkwijze of de wet verandert. Bij een wezenlijke wijziging, zoals een nieuw doel, een nieuwe ontvanger of een andere manier om je rechten uit te oefenen, informeren wij je vooraf { $channels }.
   *[formal] Wij kunnen { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } wijzigen, bijvoorbeeld als onze werkwijze of de wet verandert. Bij een wezenlijke wijziging, zoals een nieuw doel, een nieuwe ontvanger of een andere manier om uw rechten uit te oefenen, informeren wij u vooraf { $channels }.
}
changes-notice-default = { $register ->
    [informal] Wij kunnen { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } wijzigen, bijvoorbeeld als onze werkwijze of de wet verandert. Bij een wezenlijke wijziging informeren wij je daar vooraf actief over.
   *[formal] Wij kunnen { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } wijzigen, bijvoorbeeld als onze werkwijze of de wet verandert. Bij een wezenlijke wijziging informeren wij u daar vooraf actief over.
}
changes-informed-via = { $register ->
    [informal] Je wordt over de verwerking van je gegevens ook geïnformeerd { $channels }.
   *[formal] U wordt over de verwerking van uw gegevens ook geïnformeerd { $channels }.
}
changes-copy-reception = { $register ->
    [informal] Een exemplaar van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } ligt ter inzage bij de receptie; op verzoek krijg je een afschrift.
   *[formal] Een exemplaar van { $doc ->
        [reglement] dit reglement
       *[other] deze privacyverklaring
    } ligt ter inzage bij de receptie; op verzoek krijgt u een afschrift.
}
changes-latest-online = De meest recente versie van { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} staat altijd op onze website.
changes-history = Versiegeschiedenis
changes-substantive = Dit is een wezenlijke wijziging, die wij vooraf hebben aangekondigd.
changes-legal-framework = { $doc ->
    [reglement] Dit reglement is opgesteld ter uitvoering van:
   *[other] Deze privacyverklaring is gebaseerd op:
}

## Reglement: article headings, part headings and its own sentences
article-purpose = Doelstelling
article-definitions = Definities
article-scope = Toepassingsgebied
article-persons = Categorieën van personen van wie gegevens worden verwerkt
article-data = Aard van de verwerkte gegevens en de manier waarop ze worden verkregen
article-purposes = Verwerkingsdoeleinden en wettelijk kader
article-controller = De verwerkingsverantwoordelijke en de personen die namens haar optreden
article-supervision = Toezicht op de verwerking van persoonsgegevens
article-staff = Wie verwerkt welke gegevens
# "Doorgifte" is, in Dutch GDPR usage, a transfer to a third country (Chapter V AVG); an
# ordinary disclosure is a "verstrekking". nl-BE keeps "Doorgifte" (Belgian usage).
article-recipients = Verstrekking van gegevens aan derden
article-data-flow = Het circuit van de persoonsgegevens over de gezondheid
article-anonymisation = Anonimisering
article-security = Beveiligingsmaatregelen
article-retention = Bewaartermijnen
article-others = Persoonsgegevens van anderen dan patiënten
article-file-structure = Onderlinge verbanden, verbindingen en raadplegingen
article-deletion = Verwijderen van gegevens
article-cameras = Cameratoezicht
article-cookies = Cookies
article-call-recording = Opnemen van telefoongesprekken
article-research = Wetenschappelijk onderzoek en kwaliteit van zorg
article-marketing = Nieuwsbrieven, marketing en online diensten
article-minors = Minderjarigen
article-automated = Geautomatiseerde besluitvorming
article-third-party = Websites van derden
article-rights = Rechten van de patiënt en procedure
article-changes = Inwerkingtreding en wijzigingen
part-recipients = Ontvangers
part-transfers = Doorgifte buiten de Europese Economische Ruimte
part-security = Maatregelen
part-communication = Veilige communicatie
part-rights = Rechten
part-representation = Minderjarigen, vertegenwoordigers en overleden patiënten
part-requests = Procedure voor verzoeken
part-complaints = Klachten
reglement-purpose = { $register ->
    [informal] Met dit reglement wil { $controller } je zo volledig mogelijk informeren over de manier waarop wij omgaan met de persoonsgegevens die wij over jou verzamelen en verwerken, en over de manier waarop je daar controle over kunt uitoefenen.
   *[formal] Met dit reglement wil { $controller } u zo volledig mogelijk informeren over de manier waarop wij omgaan met de persoonsgegevens die wij over u verzamelen en verwerken, en over de manier waarop u daar controle over kunt uitoefenen.
}
reglement-issued-under = Dit reglement is opgesteld ter uitvoering van:
reglement-scope = Dit reglement is van toepassing op de verwerkingen van persoonsgegevens die zijn omschreven in { $persons }, { $data } en { $purposes }, en die door of onder verantwoordelijkheid van { $controller } worden uitgevoerd.
reglement-scope-staff = Dat geldt voor de verwerkingen door de werknemers van { $controller } en door de zelfstandige beroepsbeoefenaars die er werkzaam zijn.
reglement-definitions-lead = Voor de toepassing van dit reglement wordt verstaan onder:

## Notice: the short first layer
heading-notice-who = Wie wij zijn
heading-notice-purposes = { $register ->
    [informal] Waarvoor wij je gegevens gebruiken
   *[formal] Waarvoor wij uw gegevens gebruiken
}
notice-purpose-with = { $purpose } ({ $consent })
notice-purpose-consent = { $register ->
    [informal] alleen met jouw toestemming
   *[formal] alleen met uw toestemming
}
notice-purpose-explicit-consent = { $register ->
    [informal] alleen met je uitdrukkelijke toestemming
   *[formal] alleen met uw uitdrukkelijke toestemming
}
heading-notice-impact = { $register ->
    [informal] Wat je zeker moet weten
   *[formal] Wat u zeker moet weten
}
heading-notice-rights = { $register ->
    [informal] Je rechten
   *[formal] Uw rechten
}
heading-notice-complaint = Klachten
heading-notice-more = Alle informatie
notice-who = { $register ->
    [informal] { $controller } is verantwoordelijk voor de verwerking van je persoonsgegevens.
   *[formal] { $controller } is verantwoordelijk voor de verwerking van uw persoonsgegevens.
}
notice-contact = { $register ->
    [informal] Je bereikt ons via
   *[formal] U bereikt ons via
}
notice-dpo = { $register ->
    [informal] Onze functionaris gegevensbescherming bereik je via
   *[formal] Onze functionaris gegevensbescherming bereikt u via
}
notice-purposes = { $register ->
    [informal] Wij gebruiken je gegevens voor:
   *[formal] Wij gebruiken uw gegevens voor:
}
notice-impact-health = { $register ->
    [informal] Wij verwerken gegevens over je gezondheid voor je zorg, en houden daarvan een medisch dossier bij zoals de wet voorschrijft.
   *[formal] Wij verwerken gegevens over uw gezondheid voor uw zorg, en houden daarvan een medisch dossier bij zoals de wet voorschrijft.
}
# The notice states the period as the full text does: with its start event and extension (WP260
# para 35: the layers must not conflict).
notice-impact-retention = { $register ->
    [informal] Je medisch dossier bewaren wij { $period }{ $from ->
        [none] {""}
       *[other] , gerekend vanaf { $from }
    }{ $extension ->
        [none] {""}
       *[other] , { $extension }
    }.
   *[formal] Uw medisch dossier bewaren wij { $period }{ $from ->
        [none] {""}
       *[other] , gerekend vanaf { $from }
    }{ $extension ->
        [none] {""}
       *[other] , { $extension }
    }.
}
notice-impact-cameras = In { $places } hangen camera's.
notice-impact-calls = { $register ->
    [informal] Telefoongesprekken met onze medewerkers kunnen worden opgenomen; je kunt dat weigeren.
   *[formal] Telefoongesprekken met onze medewerkers kunnen worden opgenomen; u kunt dat weigeren.
}
notice-impact-calls-consent = { $register ->
    [informal] Telefoongesprekken met onze medewerkers nemen wij alleen met je uitdrukkelijke toestemming op.
   *[formal] Telefoongesprekken met onze medewerkers nemen wij alleen met uw uitdrukkelijke toestemming op.
}
notice-impact-calls-plain = Telefoongesprekken met onze medewerkers kunnen worden opgenomen.
notice-impact-research = { $register ->
    [informal] { $basis ->
        [consent] Alleen met jouw toestemming gebruiken wij gegevens voor wetenschappelijk onderzoek.
        [objection] Wij gebruiken gegevens voor wetenschappelijk onderzoek; je kunt daartegen bezwaar maken.
       *[other] Wij gebruiken gegevens voor wetenschappelijk onderzoek.
    }
   *[formal] { $basis ->
        [consent] Alleen met uw toestemming gebruiken wij gegevens voor wetenschappelijk onderzoek.
        [objection] Wij gebruiken gegevens voor wetenschappelijk onderzoek; u kunt daartegen bezwaar maken.
       *[other] Wij gebruiken gegevens voor wetenschappelijk onderzoek.
    }
}
notice-impact-marketing = { $register ->
    [informal] Met je toestemming sturen wij je nieuwsbrieven of andere informatie; je kunt je altijd afmelden.
   *[formal] Met uw toestemming sturen wij u nieuwsbrieven of andere informatie; u kunt zich altijd afmelden.
}
notice-impact-tracking = { $register ->
    [informal] Cookies die niet strikt noodzakelijk zijn, plaatsen wij alleen met jouw toestemming.
   *[formal] Cookies die niet strikt noodzakelijk zijn, plaatsen wij alleen met uw toestemming.
}
notice-impact-transfers = Wij geven gegevens door naar landen buiten de Europese Economische Ruimte, met passende waarborgen.
notice-rights = { $register ->
    [informal] Je hebt onder meer het recht op:
   *[formal] U heeft onder meer het recht op:
}
notice-right-access = { $register ->
    [informal] inzage in en een kopie van je gegevens;
   *[formal] inzage in en een kopie van uw gegevens;
}
notice-right-rectification = verbetering of aanvulling van onjuiste of onvolledige gegevens;
notice-right-erasure = { $register ->
    [informal] { $jurisdiction ->
        [NO] wissing van je gegevens; voor het patiëntendossier gelden eigen wettelijke regels;
        [NL] wissing van je gegevens en vernietiging van je medisch dossier, op enkele wettelijke uitzonderingen na;
       *[other] wissing van je gegevens, voor zover de wet ons niet verplicht ze te bewaren;
    }
   *[formal] { $jurisdiction ->
        [NO] wissing van uw gegevens; voor het patiëntendossier gelden eigen wettelijke regels;
        [NL] wissing van uw gegevens en vernietiging van uw medisch dossier, op enkele wettelijke uitzonderingen na;
       *[other] wissing van uw gegevens, voor zover de wet ons niet verplicht ze te bewaren;
    }
}
notice-right-restriction = beperking van de verwerking;
notice-right-portability = { $register ->
    [informal] overdraagbaarheid van de gegevens die je ons zelf hebt verstrekt;
   *[formal] overdraagbaarheid van de gegevens die u ons zelf heeft verstrekt;
}
notice-right-objection = { $marketing ->
    [yes] bezwaar tegen verwerking op grond van ons gerechtvaardigd belang, en altijd tegen direct marketing;
   *[other] bezwaar tegen verwerking op grond van ons gerechtvaardigd belang;
}
notice-right-withdraw = { $register ->
    [informal] intrekking van je toestemming, voor de toekomst;
   *[formal] intrekking van uw toestemming, voor de toekomst;
}
notice-complaint = { $register ->
    [informal] Ben je het niet eens met hoe wij met je gegevens omgaan, neem dan contact met ons op. Je kunt ook een klacht indienen bij de { $authority }:
   *[formal] Bent u het niet eens met hoe wij met uw gegevens omgaan, neem dan contact met ons op. U kunt ook een klacht indienen bij de { $authority }:
}
# Without contact details in the profile, the notice does not send the reader to us (review-nb M1).
notice-complaint-authority = { $register ->
    [informal] Ben je het niet eens met hoe wij met je gegevens omgaan, dan kun je een klacht indienen bij de { $authority }:
   *[formal] Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de { $authority }:
}
notice-more-statement = Lees de volledige privacyverklaring
notice-more-reglement = Lees het privacyreglement

## National exchange and consent systems (issue 16 item 7; `exchange:`, facts from the law
## data `exchange`). One exchange-about-* per system; the model sentence follows it.
heading-exchange = { $register ->
    [informal] Landelijke uitwisseling van je medische gegevens
   *[formal] Landelijke uitwisseling van uw medische gegevens
}
part-exchange = Landelijke uitwisseling van medische gegevens
exchange-lead = { $register ->
    [informal] Wij nemen deel aan de volgende landelijke systemen voor de elektronische uitwisseling van medische gegevens. Per systeem lees je of daarvoor je toestemming nodig is en hoe je die geeft, intrekt of weigert.
   *[formal] Wij nemen deel aan de volgende landelijke systemen voor de elektronische uitwisseling van medische gegevens. Per systeem leest u of daarvoor uw toestemming nodig is en hoe u die geeft, intrekt of weigert.
}
exchange-about-lsp = { $register ->
    [informal] Het Landelijk Schakelpunt (LSP) is een landelijk netwerk waarop zorgverleners hun systemen kunnen aansluiten. In het LSP zelf worden geen medische gegevens opgeslagen: het bevat alleen een verwijsindex met burgerservicenummers, waarin een andere zorgverlener kan opzoeken welke zorgverleners gegevens over jou beschikbaar hebben gesteld. Je gegevens blijven in het dossier bij je zorgverlener.
   *[formal] Het Landelijk Schakelpunt (LSP) is een landelijk netwerk waarop zorgverleners hun systemen kunnen aansluiten. In het LSP zelf worden geen medische gegevens opgeslagen: het bevat alleen een verwijsindex met burgerservicenummers, waarin een andere zorgverlener kan opzoeken welke zorgverleners gegevens over u beschikbaar hebben gesteld. Uw gegevens blijven in het dossier bij uw zorgverlener.
}
exchange-about-mitz = { $register ->
    [informal] Mitz is de landelijke toestemmingsvoorziening van zorgaanbieders. Daarin leg je vast welke zorgaanbieders je medische gegevens elektronisch beschikbaar mogen stellen aan andere zorgaanbieders die je behandelen. Mitz bevat zelf geen medische gegevens.
   *[formal] Mitz is de landelijke toestemmingsvoorziening van zorgaanbieders. Daarin legt u vast welke zorgaanbieders uw medische gegevens elektronisch beschikbaar mogen stellen aan andere zorgaanbieders die u behandelen. Mitz bevat zelf geen medische gegevens.
}
exchange-about-ehealth-hubs = { $register ->
    [informal] Zorgverleners die je behandelen, kunnen je gezondheidsgegevens elektronisch en beveiligd met elkaar delen via de regionale netwerken (hubs) en via Vitalink. Dat kan alleen met je geïnformeerde toestemming en alleen voor zorgverleners die een therapeutische relatie met jou hebben. Zo'n relatie loopt gewoonlijk tot vijftien maanden nadat de zorgverlener je identiteitskaart voor een raadpleging heeft ingelezen. Je kunt bepaalde zorgverleners uitsluiten of vragen bepaalde gegevens niet te delen.
   *[formal] Zorgverleners die u behandelen, kunnen uw gezondheidsgegevens elektronisch en beveiligd met elkaar delen via de regionale netwerken (hubs) en via Vitalink. Dat kan alleen met uw geïnformeerde toestemming en alleen voor zorgverleners die een therapeutische relatie met u hebben. Zo'n relatie loopt gewoonlijk tot vijftien maanden nadat de zorgverlener uw identiteitskaart voor een raadpleging heeft ingelezen. U kunt bepaalde zorgverleners uitsluiten of vragen bepaalde gegevens niet te delen.
}
exchange-about-gmd = { $register ->
    [informal] Je huisarts beheert je globaal medisch dossier (GMD), met een overzicht van je gezondheidsgegevens. Het GMD wordt bij een raadpleging of huisbezoek geopend of verlengd, hoogstens één keer per kalenderjaar, en je ziekenfonds wordt daarvan op de hoogte gebracht. Met het GMD wordt ook de therapeutische relatie met je huisarts geregistreerd.
   *[formal] Uw huisarts beheert uw globaal medisch dossier (GMD), met een overzicht van uw gezondheidsgegevens. Het GMD wordt bij een raadpleging of huisbezoek geopend of verlengd, hoogstens één keer per kalenderjaar, en uw ziekenfonds wordt daarvan op de hoogte gebracht. Met het GMD wordt ook de therapeutische relatie met uw huisarts geregistreerd.
}
exchange-about-kjernejournal = { $register ->
    [informal] Kjernejournal is een Noorse landelijke elektronische voorziening met geselecteerde, belangrijke gezondheidsgegevens over jou, die zorgverleners snel kunnen raadplegen wanneer zij je zorg verlenen, waar je ook wordt behandeld. Iedereen die vast in Noorwegen woont, heeft een kjernejournal, tenzij hij of zij daartegen bezwaar heeft gemaakt. Helsedirektoratet is verwerkingsverantwoordelijke voor kjernejournal.
   *[formal] Kjernejournal is een Noorse landelijke elektronische voorziening met geselecteerde, belangrijke gezondheidsgegevens over u, die zorgverleners snel kunnen raadplegen wanneer zij u zorg verlenen, waar u ook wordt behandeld. Iedereen die vast in Noorwegen woont, heeft een kjernejournal, tenzij hij of zij daartegen bezwaar heeft gemaakt. Helsedirektoratet is verwerkingsverantwoordelijke voor kjernejournal.
}
exchange-model-opt-in = { $register ->
    [informal] Hiervoor is je { $consent ->
        [informed] geïnformeerde
       *[explicit] uitdrukkelijke
    } toestemming nodig: zonder die toestemming stellen wij je gegevens niet op deze manier beschikbaar aan andere zorgverleners. Je kunt je toestemming altijd weer intrekken.
   *[formal] Hiervoor is uw { $consent ->
        [informed] geïnformeerde
       *[explicit] uitdrukkelijke
    } toestemming nodig: zonder die toestemming stellen wij uw gegevens niet op deze manier beschikbaar aan andere zorgverleners. U kunt uw toestemming altijd weer intrekken.
}
exchange-model-opt-out = { $register ->
    [informal] Hiervoor is je toestemming niet nodig: je bent er automatisch in opgenomen. Je kunt daartegen wel bezwaar maken.
   *[formal] Hiervoor is uw toestemming niet nodig: u bent er automatisch in opgenomen. U kunt daartegen wel bezwaar maken.
}
exchange-model-on-request = { $register ->
    [informal] Dit gebeurt alleen op je verzoek.
   *[formal] Dit gebeurt alleen op uw verzoek.
}
exchange-basis = Wettelijke grondslag: { $law }.
exchange-channel-portal-at = online via { $portal }
exchange-channels-consent = { $register ->
    [informal] Je kunt je toestemming geven of intrekken { $channels }.
   *[formal] U kunt uw toestemming geven of intrekken { $channels }.
}
exchange-channels-objection = { $register ->
    [informal] Je kunt bezwaar maken { $channels }.
   *[formal] U kunt bezwaar maken { $channels }.
}
exchange-channels-request = { $register ->
    [informal] Je kunt hierom vragen { $channels }.
   *[formal] U kunt hierom vragen { $channels }.
}
exchange-viewers = { $register ->
    [informal] Deze gegevens kunnen alleen worden ingezien door { $viewers }, en alleen als dat nodig is voor je behandeling.
   *[formal] Deze gegevens kunnen alleen worden ingezien door { $viewers }, en alleen als dat nodig is voor uw behandeling.
}
exchange-audit-lsp = { $register ->
    [informal] Welke zorgverleners je gegevens via het LSP beschikbaar hebben gesteld, en wanneer, zie je in je persoonlijke omgeving op
   *[formal] Welke zorgverleners uw gegevens via het LSP beschikbaar hebben gesteld, en wanneer, ziet u in uw persoonlijke omgeving op
}
exchange-audit-mitz = { $register ->
    [informal] Welke zorgaanbieders je toestemmingskeuzes volgen en welke zorgaanbieder ze heeft bekeken, zie je op
   *[formal] Welke zorgaanbieders uw toestemmingskeuzes volgen en welke zorgaanbieder ze heeft bekeken, ziet u op
}
# Per-purpose data form (issue 16 item 8; `purposes[].form`); $form is a form-* label.
purpose-form = { $register ->
    [informal] Voor dit doel gebruiken wij je gegevens { $form }.
   *[formal] Voor dit doel gebruiken wij uw gegevens { $form }.
}
notice-impact-exchange = { $register ->
    [informal] Wij kunnen je medische gegevens elektronisch uitwisselen met andere zorgverleners via landelijke systemen; in de volledige verklaring lees je of daarvoor je toestemming nodig is en hoe je die geeft, intrekt of weigert.
   *[formal] Wij kunnen uw medische gegevens elektronisch uitwisselen met andere zorgverleners via landelijke systemen; in de volledige verklaring leest u of daarvoor uw toestemming nodig is en hoe u die geeft, intrekt of weigert.
}
## Retention beyond periods (issue 16 item 9): records when the practice closes (`closure`)
closure-handover = Stopt onze praktijk of wordt zij overgedragen, dan worden de patiëntendossiers bewaard door { $to }.
closure-handover-cited = Stopt onze praktijk of wordt zij overgedragen, dan worden de patiëntendossiers bewaard door { $to } ({ $basis }).
closure-informed = { $register ->
    [informal] Wij laten je dat vooraf weten. Je kunt bezwaar maken tegen de overdracht van je dossier en ons vragen het aan een andere zorgverlener te sturen.
   *[formal] Wij laten u dat vooraf weten. U kunt bezwaar maken tegen de overdracht van uw dossier en ons vragen het aan een andere zorgverlener te sturen.
}
closure-objection = { $register ->
    [informal] Je hebt daarvoor { $period } de tijd.
   *[formal] U heeft daarvoor { $period } de tijd.
}
closure-archive = Patiëntendossiers op papier worden { $period } na het overlijden van de patiënt overgedragen aan het Noorse nationale gezondheidsarchief (Norsk helsearkiv) ({ $basis }).

## Register (issue 16 item 10): practitioners with their register number (`practitioners`)
controller-practitioners = Bij ons werken de volgende zorgverleners:
