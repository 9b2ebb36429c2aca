### Flemish (Belgian Dutch) labels of the closed vocabularies: only those whose wording differs
### in Belgian usage (ziekenfonds for zorgverzekeraar, facturatie/aanrekenen for declaratie,
### functionaris voor gegevensbescherming, onthaal, nationaal for landelijk, Orde der artsen,
### ombudspersoon, gecodeerd for pseudonymised data); every other label falls back to nl.

category-id-document = Het nummer van uw identiteitskaart
category-insurance = Gegevens over uw ziekenfonds en andere verzekeringen

example-health-insurer = ziekenfonds
example-occupational-physician = arbeidsarts
example-correspondence = correspondentie met uw huisarts of een andere verwijzende arts

role-security-officer-and-dpo = de informatieveiligheidsconsulent en de functionaris voor gegevensbescherming

source-referrer = uw verwijzende arts, zoals uw huisarts of specialist
source-national-exchange = de netwerken voor elektronische gegevensdeling in de zorg, zoals het eHealth-platform

# Belgian: the ziekenfonds and the OCMW bear the cost; "tenlasteneming" and the
# "derdebetalersregeling" are the Belgian terms for cover and direct billing.
purpose-beneficiaries-desc = Wij wisselen gegevens uit met uw ziekenfonds en, waar dat van toepassing is, met het OCMW, voor de tenlasteneming van uw zorg en de derdebetalersregeling.
purpose-billing = Facturatie en financiële afhandeling
purpose-billing-desc = Wij gebruiken uw gegevens om de verleende zorg financieel af te handelen en aan te rekenen, aan u en aan uw ziekenfonds.
purpose-legal-claims-desc = Als u een klacht of claim indient, bij ons of bij een externe instantie, hebben onze ombudspersoon en zo nodig onze advocaat inzage in de gegevens die daarvoor nodig zijn.
purpose-implant-registry-desc = Wij zijn wettelijk verplicht gegevens over ingeplante implantaten te registreren in het nationale implantatenregister.
purpose-statutory-records-desc = Wij moeten bepaalde gegevens registreren en bewaren op grond van de fiscale wetgeving en de wetgeving over de gezondheidszorg, en gegevens verstrekken aan de bevoegde inspectiediensten als die daarom vragen.

art6-contract = de uitvoering van de overeenkomst tot zorgverlening met u (artikel 6 lid 1 sub b AVG)

recipient-referrer = uw verwijzende arts (huisarts of specialist), over het verloop van de behandeling
recipient-health-insurer = uw ziekenfonds
recipient-disciplinary-board = een tuchtorgaan, zoals de Orde der artsen
recipient-court = de rechtbanken
recipient-complaints-officer = onze ombudspersoon

condition-within-patient-rights-act = binnen de grenzen van de wet betreffende de rechten van de patiënt

form-pseudonymised = in gecodeerde (gepseudonimiseerde) vorm

service-billing = financiële afhandeling en facturatie van de zorg

extension-good-care = of langer als dat nodig is voor een kwaliteitsvolle zorgverlening
extension-good-care-case = langere bewaring nodig is voor een kwaliteitsvolle zorgverlening;

measure-encrypted-reports = Persoonsgegevens in audit- en kwaliteitsrapporten worden gecodeerd.

channel-dpo = via onze functionaris voor gegevensbescherming
channel-reception = met een bericht aan het onthaal

complaint-body-dpo = onze functionaris voor gegevensbescherming
complaint-body-complaints-officer = onze ombudspersoon
complaint-body-disciplinary-board = de bevoegde tuchtinstantie, zoals de Orde der artsen

erasure-practitioner-with-dpo = Uw behandelaar beslist, zo nodig in overleg met de functionaris voor gegevensbescherming, of, en zo ja welke, gegevens verwijderd mogen worden.

national-id-use-simpler-claims = de facturatie aan uw ziekenfonds te vereenvoudigen;

quality-accountability = verantwoording aan de bevoegde inspectiediensten

## Flemish usage (issue 14, item 5), each with its reason.
# "Patiëntendossier": the Belgian patient law's word (Wet patiëntenrechten art. 9, Kwaliteitswet
# art. 33) for the table row the text calls patiëntendossier.
record-medical-record = Patiëntendossier
# "vorige zorgverstrekkers": "zorgverstrekker" is the Belgian statutory term; "behandelaar" is
# Netherlands usage.
source-previous-providers = vorige zorgverstrekkers
source-health-personnel = uw gesprekken met zorgverstrekkers
role-health-personnel = de zorgverstrekkers
recipient-other-care-providers = andere zorgverstrekkers binnen of buiten onze organisatie
recipient-external-consultant = een collega buiten onze organisatie met wie uw behandelende arts overlegt; daarbij wordt een deel van uw dossier voorgelegd
category-treating-practitioners = Uw behandelende zorgverstrekkers
extension-agreed-with-patient = of langer als u dat met uw behandelende arts overeenkomt
erasure-practitioner-decides = Uw behandelende arts beslist of, en zo ja welke, gegevens verwijderd mogen worden.
erasure-advise-copy = Wij raden u aan om vóór de verwijdering een kopie van uw dossier aan uzelf of aan een andere zorgverstrekker te laten overdragen.
# "patiëntendossier" (see record-medical-record).
erasure-financial-kept = Financiële en administratieve gegevens maken geen deel uit van het patiëntendossier. Die moeten wij op grond van de wet bewaren; zij kunnen daarom niet worden verwijderd.
