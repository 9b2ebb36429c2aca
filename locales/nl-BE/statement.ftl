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
provision-statutory = Sommige gegevens zijn wij wettelijk verplicht te registreren, zoals uw { $national_id } en de gegevens van uw identiteitskaart. { $jurisdiction ->
    [NL] Zonder die gegevens kunnen wij de zorg niet via uw zorgverzekeraar declareren.
   *[other] Zonder die gegevens kunnen wij de zorg in de regel niet verlenen of aanrekenen; dringend noodzakelijke zorg krijgt u altijd.
}
provision-patient-duty = Wij verwachten van u dat u, in de mate van het mogelijke, meewerkt met onze zorgverleners en hun de inlichtingen geeft die zij redelijkerwijs nodig hebben om u zorg te verlenen.

## Research and quality
research-pseudonymised = Wij coderen (pseudonimiseren) de gegevens voor onderzoek zo veel mogelijk.
quality-encrypted = Als in rapporten van interne kwaliteitsonderzoekers of externe visiteurs persoonsgegevens voorkomen, worden deze gecodeerd.

## Rights
rights-lead = U hebt op grond van de Algemene Verordening Gegevensbescherming (AVG, ook GDPR genoemd) en de wet betreffende de rechten van de patiënt de volgende rechten. Hoe u een verzoek indient, leest u in het volgende onderdeel.
# "hebt u": in Flanders "u hebt" is the usual form; "u heeft" reads as Netherlands Dutch.
right-access-patient-law = Daarnaast hebt u recht op inzage in en een afschrift van uw patiëntendossier op grond van { $article } van { $statute }, binnen de grenzen van die wet, bijvoorbeeld voor zover de bescherming van de persoonlijke levenssfeer van een ander zich daartegen niet verzet.

## Requests
# "per" does not combine with every channel ("per de functionaris …"); "via" does.
requests-channels = U kunt een verzoek indienen { $channels }.

## Complaints
# Flemish: "patiëntendossier" (the word of the Wet patiëntenrechten) for the file.
complaints-ombuds = Klachten over uw rechten als patiënt, ook over inzage in of een afschrift van uw patiëntendossier, kunt u voorleggen aan onze ombudsdienst ({ $article }).
complaints-residence = U kunt zich ook wenden tot de toezichthoudende autoriteit van het land waar u woont of werkt, of waar de vermoedelijke inbreuk plaatsvond (artikel 77 AVG), of naar de rechtbank stappen (artikel 79 AVG).

## Changes
# "onthaal" is the Flemish word for a reception desk ("receptie" in the Netherlands).
changes-copy-reception = Een exemplaar van { $doc ->
    [reglement] dit reglement
   *[other] deze privacyverklaring
} ligt ter inzage aan het onthaal; op verzoek krijgt u een afschrift.
# "in uitvoering van" is the usual Belgian formula for a text issued under a statute; in the
# Netherlands it reads as a Belgicism ("ter uitvoering van"), so only nl-BE keeps it.
changes-legal-framework = { $doc ->
    [reglement] Dit reglement
   *[other] Deze privacyverklaring
} is opgesteld in uitvoering van:
reglement-issued-under = Dit reglement is opgesteld in uitvoering van:

notice-dpo = Onze functionaris voor gegevensbescherming (DPO) bereikt u via

## Flemish usage, message by message (issue 14, item 5). Each override gives its reason.
## Common reasons: (H) "u hebt" / "hebt u" is the usual Flemish form, "u heeft" reads as
## Netherlands Dutch; (P) the Belgian patient law speaks of the "patiëntendossier" (Wet
## patiëntenrechten art. 9, Kwaliteitswet art. 33), not the "medisch dossier" of the WGBO;
## (Z) "zorgverstrekker" is the Belgian statutory term (Kwaliteitswet), "zorgverlener" and
## "behandelaar" are Netherlands usage; (R) "rechtbank" for a court, "rechter" is the judge.

# (H)
intro-statement = { $controller } verwerkt persoonsgegevens van { $audience }. { $doc ->
    [reglement] In dit reglement
   *[other] In deze privacyverklaring
} leggen wij uit welke persoonsgegevens wij verwerken, waarvoor en op welke grondslag wij dat doen, met wie wij ze delen, hoe lang wij ze bewaren en welke rechten u hebt.
# (H)
account-stored = Na uw registratie bewaren wij de gegevens die u hebt opgegeven, zodat u ze niet bij elk bezoek opnieuw hoeft in te vullen en wij contact met u kunnen opnemen in het kader van de zorgverlening.
# (P)
research-record = Ook de gegevens in uw patiëntendossier kunnen bijdragen aan wetenschappelijk onderzoek.
# (P, Z) "zorgverstrekker" for the practitioner who decides.
right-rectification-practitioner = Over een correctie of aanvulling van het patiëntendossier beslist uw behandelende zorgverstrekker: een wijziging mag een veilige behandeling niet in gevaar brengen.
# (H)
right-automated-desc = U hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust en dat rechtsgevolgen of vergelijkbare gevolgen voor u heeft (artikel 22 AVG).
# (P, Z)
rights-journal-practitioner = Met vragen over het corrigeren of verwijderen van gegevens in uw patiëntendossier kunt u terecht bij uw behandelende zorgverstrekker.
# (P) Belgian law gives no right to have the file destroyed on request (unlike art. 7:455 BW):
# the request is weighed against the Kwaliteitswet's retention duty.
erasure-heading = Verwijdering van (delen van) uw patiëntendossier
erasure-channel = U kunt vragen (delen van) uw patiëntendossier binnen de grenzen van de wet te laten verwijderen. U dient uw verzoek in { $channel }. Daarna gaat het als volgt:
erasure-channel-address = U kunt vragen (delen van) uw patiëntendossier binnen de grenzen van de wet te laten verwijderen. U dient uw verzoek in { $channel } aan { $name }, { $address }. Daarna gaat het als volgt:
# (H) "Hebt u een klacht" and "of" between the bodies the patient may choose from.
complaints-internal = Hebt u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $bodies }. Wij helpen u graag.
complaints-internal-default = Hebt u een klacht over de manier waarop wij met uw persoonsgegevens omgaan, neem dan eerst contact op met { $controller }. Wij helpen u graag.
# (H)
complaints-authority = U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit, de { $authority }:
# (P)
notice-impact-health = Wij verwerken gegevens over uw gezondheid voor uw zorg, en houden daarvan een patiëntendossier bij zoals de wet voorschrijft.
# (P) With the start event and the range the full text states.
notice-impact-retention = Uw patiëntendossier bewaren wij { $period }{ $from ->
    [none] {""}
   *[other] , gerekend vanaf { $from }
}{ $extension ->
    [none] {""}
   *[other] , { $extension }
}.
# (H)
notice-rights = U hebt onder meer het recht op:
# (H) "hebt verstrekt" rather than the informal "gaf" (review-nl item 41).
notice-right-portability = overdraagbaarheid van de gegevens die u ons zelf hebt verstrekt;
# (H)
call-recording = Als u contact hebt met { $role } voor informatie of het plannen van een afspraak, kan het gesprek worden opgenomen om onze medewerkers op te leiden.
# (H)
cookies-consent-banner = Cookies die niet strikt noodzakelijk zijn voor de werking van de website plaatsen wij alleen nadat u daarvoor bij uw eerste bezoek toestemming hebt gegeven. U kunt die toestemming even gemakkelijk weer intrekken als u ze hebt gegeven.
# (H)
right-withdraw-desc = Verwerken wij gegevens op basis van uw toestemming, dan kunt u die toestemming altijd intrekken, even gemakkelijk als u ze hebt gegeven. De intrekking geldt voor de toekomst: wat wij vóór de intrekking met uw gegevens deden, blijft rechtmatig (artikel 7, lid 3, AVG).
# (H)
right-portability-desc = Gegevens die u ons zelf hebt verstrekt en die wij geautomatiseerd verwerken op basis van uw toestemming of een overeenkomst, kunt u in een gangbaar digitaal formaat ontvangen of rechtstreeks laten doorsturen naar een andere organisatie (artikel 20 AVG).
