### Flemish (Belgian Dutch) wording of the statement: only the sentences whose wording differs
### in Belgian usage; every other message falls back to locales/nl/. Formal "u" as in nl.
### Belgian terms used here: "functionaris voor gegevensbescherming" (DPO), "patiëntendossier"
### and "kwaliteitsvolle zorg" (wet van 22 augustus 2002 betreffende de rechten van de patiënt),
### "identiteitskaart", "aanrekenen", "rechtbank", "onthaal".

heading-dpo = Functionaris voor gegevensbescherming en toezicht

## DPO
dpo-appointed = Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld. U kunt de DPO bereiken via:
dpo-appointed-named = Wij hebben een functionaris voor gegevensbescherming (DPO) aangesteld: { $name }. U kunt de DPO bereiken via:
dpo-tasks = De functionaris voor gegevensbescherming:
breach-report = Vermoedt u een datalek of ziet u een zwakke plek in onze beveiliging, meld het dan aan onze functionaris voor gegevensbescherming.

## Data
national-id-check = Wij zijn verplicht te controleren of u degene bent bij wie het { $national_id } hoort. Daarom vragen wij u om uw identiteitskaart (eID) of een ander geldig identiteitsbewijs.
patient-record-duty = Wij zijn wettelijk verplicht over uw behandeling een zorgvuldig bijgehouden en veilig bewaard patiëntendossier bij te houden. Daarin leggen wij de gegevens vast die nodig zijn om u kwaliteitsvolle zorg te verlenen.
patient-record-duty-statutes = Wij zijn wettelijk verplicht over uw behandeling een zorgvuldig bijgehouden en veilig bewaard patiëntendossier bij te houden, op grond van { $statutes }. Daarin leggen wij de gegevens vast die nodig zijn om u kwaliteitsvolle zorg te verlenen.

## Purposes
provision-contractual = De gegevens over uw gezondheid zijn nodig om de overeenkomst tot zorgverlening met u uit te voeren. Geeft u ze niet, dan kunnen wij u geen kwaliteitsvolle en veilige zorg verlenen.
provision-statutory = Sommige gegevens zijn wij wettelijk verplicht te registreren, zoals uw { $national_id } en de gegevens van uw identiteitskaart. Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of aanrekenen; dringend noodzakelijke zorg krijgt u altijd.
provision-patient-duty = Wij verwachten van u dat u, in de mate van het mogelijke, meewerkt met onze zorgverleners en hun de inlichtingen geeft die zij redelijkerwijs nodig hebben om u zorg te verlenen.

## Research and quality
research-pseudonymised = Wij coderen (pseudonimiseren) de gegevens voor onderzoek zo veel mogelijk.
quality-encrypted = Als in rapporten van interne kwaliteitsonderzoekers of externe visiteurs persoonsgegevens voorkomen, worden deze gecodeerd.

## Rights
rights-lead = U heeft op grond van de Algemene Verordening Gegevensbescherming (AVG, ook GDPR genoemd) en de wet betreffende de rechten van de patiënt de volgende rechten. Hoe u een verzoek indient, leest u in het volgende onderdeel.
right-access-patient-law = Daarnaast heeft u recht op inzage in en een afschrift van uw patiëntendossier op grond van { $article } van { $statute }, binnen de grenzen van die wet, bijvoorbeeld voor zover de bescherming van de persoonlijke levenssfeer van een ander zich daartegen niet verzet.

## Requests
# "per" does not combine with every channel ("per de functionaris …"); "via" does.
requests-channels = U kunt een verzoek indienen { $channels }.

## Complaints
complaints-residence = U kunt zich ook wenden tot de toezichthoudende autoriteit van het land waar u woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechtbank stappen (artikel 79 AVG).

## Changes
changes-copy-reception = Een exemplaar van deze privacyverklaring ligt ter inzage aan het onthaal; op verzoek krijgt u een afschrift.

notice-dpo = Onze functionaris voor gegevensbescherming (DPO) bereikt u via
