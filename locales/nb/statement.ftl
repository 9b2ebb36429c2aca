### The statement's sentences (Norwegian Bokmål; the reader is "du", the clinic "vi").
### Variables: $controller is the name we use for the clinic in running text.
### Terminology follows the Norwegian text of the GDPR (personvernforordningen) and
### Datatilsynet's usage.

heading-introduction = Innledning
heading-controller = Hvem er ansvarlig for opplysningene dine?
heading-dpo = Personvernombud og tilsyn
heading-definitions = Begreper
heading-data = Hvilke personopplysninger behandler vi?
heading-sources = Hvor får vi opplysningene dine fra?
heading-purposes = Hva bruker vi opplysningene dine til, og hva er behandlingsgrunnlaget?
heading-staff = Hvem har tilgang til opplysningene dine?
heading-recipients = Hvem deler vi opplysningene dine med?
heading-transfers = Overføring til land utenfor EØS
heading-data-flow = Informasjonsflyt i virksomheten vår
heading-anonymisation = Anonymisering
heading-deletion = Når sletter vi opplysningene dine?
heading-retention = Hvor lenge lagrer vi opplysningene dine?
heading-others = Personopplysninger om andre enn pasienter
heading-file-structure = Slik er pasientjournalen bygd opp
heading-security = Hvordan sikrer vi opplysningene dine?
heading-communication = Sikker kommunikasjon med oss
heading-cameras = Kameraovervåking
heading-cookies = Informasjonskapsler (cookies)
heading-call-recording = Opptak av telefonsamtaler
heading-research = Forskning og kvalitet i helsetjenesten
heading-marketing = Nyhetsbrev, markedsføring og nettjenester
heading-minors = Barn
heading-representation = Mindreårige, representanter og avdøde pasienter
heading-automated = Automatiserte avgjørelser
heading-rights = Dine rettigheter
heading-requests = Slik sender du en henvendelse, og slik behandler vi den
heading-complaints = Klager
heading-third-party = Andres nettsteder
heading-changes = Endringer og versjoner

## Introduction
intro-statement = { $controller } behandler personopplysninger om { $audience }. { $doc ->
    [reglement] I dette reglementet
   *[other] I denne personvernerklæringen
} forklarer vi hvilke personopplysninger vi behandler, hva vi bruker dem til og på hvilket behandlingsgrunnlag, hvem vi deler dem med, hvor lenge vi lagrer dem, og hvilke rettigheter du har.
intro-principles = Vi følger disse prinsippene:
intro-latest-version = Den nyeste versjonen av { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} finner du på

## Controller
controller-is = Behandlingsansvarlig for personopplysningene dine er { $name }.
controller-is-kind = Behandlingsansvarlig for personopplysningene dine er { $name }, { $kind }.
controller-locations = { $n ->
    [one] Vi holder til på dette stedet:
   *[other] Vi holder til på disse stedene:
}
controller-representatives = Den behandlingsansvarlige representeres av { $roles }.
controller-mandatary = { $role } opptrer som fullmektig for den behandlingsansvarlige og har sammen med den behandlingsansvarlige ansvaret for:
controller-mandatary-basis = oppgavene som { $statute } legger til denne funksjonen
controller-central-contact = Sentralt kontaktpunkt for behandlingen av personopplysninger er { $role }.
controller-responsible-processors = { $controller } har fortsatt ansvaret for behandling som databehandlere utfører på våre vegne.
controller-responsible = { $controller } drives under ansvaret til { $name }.
controller-responsible-role = { $controller } drives under ansvaret til { $name }, { $role }.
controller-group = { $controller } er en del av { $group }.
controller-co-controllers = { $controller } gir ut { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} sammen med virksomhetene nedenfor; hver av dem er behandlingsansvarlig for personopplysningene den selv behandler.
controller-co-controllers-joint = { $controller } gir ut { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} sammen med virksomhetene nedenfor. De er felles behandlingsansvarlige for behandlingen som er beskrevet her (personvernforordningen artikkel 26).
controller-public-body = et offentlig organ
controller-joint-arrangement = Hovedinnholdet i ordningen mellom dem:
controller-practitioners-control-records = Hver behandler som gir deg helsehjelp, er behandlingsansvarlig for journalen vedkommende fører om deg. Du når behandleren din gjennom kontaktopplysningene til { $controller } ovenfor.

## DPO and supervision
dpo-appointed = Vi har utpekt et personvernombud. Du kan kontakte personvernombudet slik:
dpo-appointed-named = Vi har utpekt et personvernombud: { $name }. Du kan kontakte personvernombudet slik:
dpo-tasks = Personvernombudet:
security-officer = Vi har utpekt en informasjonssikkerhetsrådgiver. Rådgiveren håndterer risikoene for informasjonssikkerheten og gir ledelsen råd om alle tekniske sider ved den.
security-officer-statute = Vi har utpekt en informasjonssikkerhetsrådgiver. Rådgiveren håndterer risikoene for informasjonssikkerheten og gir ledelsen råd om alle tekniske sider ved den. Oppgavene følger av { $statute }.
supervision-health-professional = Opplysninger om helsen din behandles bare under tilsyn og ansvar av helsepersonell med taushetsplikt (personvernforordningen artikkel 9 nr. 3).
supervision-lead = Det overordnede ansvaret for og tilsynet med pasientregistrene ligger hos { $role }, som bistås av:
supervision-sector = { $body } fører tilsyn med helsetjenesten og dermed også med { $controller }.
supervision-authority = { $authority } fører tilsyn med at vi overholder personvernregelverket.

## Definitions
definitions-lead = I { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} bruker vi disse begrepene:

## Data
data-subjects = Vi behandler personopplysninger om { $subjects }.
data-lead = Vi behandler disse kategoriene av personopplysninger:
data-health-special = Opplysninger om helsen din hører til de særlige kategoriene av personopplysninger. Loven gir disse opplysningene et sterkere vern, og vi behandler dem bare i den utstrekning det er nødvendig for formålene som er beskrevet nedenfor.
national-id-lead = Vi bruker ditt { $national_id } for å:
national-id-basis = { $jurisdiction ->
    [NL] Etter { $statute } har vi plikt til å bruke og registrere ditt { $national_id }.
   *[other] Vi behandler ditt { $national_id } innenfor rammene av { $statute }.
}
national-id-check = Vi har plikt til å kontrollere identiteten din når vi bruker ditt { $national_id }. Derfor ber vi deg om å vise gyldig legitimasjon.
patient-record-duty = Vi har lovpålagt plikt til å føre pasientjournal om behandlingen din. I journalen registrerer vi de opplysningene som er nødvendige for å gi deg god helsehjelp.
patient-record-duty-statutes = Vi har plikt til å føre pasientjournal om behandlingen din, jf. { $statutes }. I journalen registrerer vi de opplysningene som er nødvendige for å gi deg god helsehjelp.
patient-record-system = Journalen din lagres i et eget, skjermet elektronisk pasientjournalsystem ({ $system }).
account-stored = Når du har registrert deg, lagrer vi opplysningene du har oppgitt, slik at du ikke trenger å fylle dem ut på nytt ved hvert besøk, og slik at vi kan kontakte deg i forbindelse med helsehjelpen.
consent-form = Første gang du kommer til oss, ber vi deg skrive under på en samtykkeerklæring der du { $what }.
consent-form-electronic = samtykker til elektronisk kommunikasjon
consent-form-information = bekrefter at du har lest pasientinformasjonen vår om behandlingene som er relevante for deg, og om reglene som gjelder på klinikken vår
consent-form-stored = Samtykket ditt og preferansene dine lagres i { $system }.

## Sources
sources-lead = De fleste opplysningene får vi direkte fra deg. I tillegg får vi opplysninger om deg fra:
sources-only-patient = Opplysningene om deg får vi direkte fra deg.

## Purposes
purposes-lead = Vi behandler personopplysningene dine bare for formålene som er beskrevet nedenfor, og bare når loven gir oss behandlingsgrunnlag for det. Vi behandler ikke flere opplysninger enn formålet krever, og vi bruker dem ikke til formål som er uforenlige med det.
basis-national = jf. { $statutes }
purpose-opt-out = Du kan si fra om at du ikke ønsker å delta i dette, og det respekterer vi.
purpose-consent-withdraw = Du kan når som helst trekke tilbake samtykket ditt. Tilbaketrekkingen gjelder fremover: behandling som skjedde før du trakk samtykket tilbake, er fortsatt lovlig.
provision-heading = Har du plikt til å gi oss opplysningene?
provision-contractual = Opplysningene om helsen din er nødvendige for at vi skal kunne oppfylle behandlingsavtalen. Gir du oss ikke disse opplysningene, kan vi ikke gi deg god og forsvarlig helsehjelp.
provision-statutory = Noen opplysninger har vi lovpålagt plikt til å registrere, for eksempel ditt { $national_id } og opplysningene fra legitimasjonen din. { $jurisdiction ->
    [NL] Uten disse opplysningene kan vi ikke kreve oppgjør for helsehjelpen fra helseforsikringsselskapet ditt.
   *[other] Uten disse opplysningene kan vi som regel ikke gi eller kreve betaling eller refusjon for helsehjelpen; øyeblikkelig hjelp får du alltid.
}
provision-patient-duty = Vi forventer at du etter beste evne gir helsepersonellet vårt de opplysningene og den medvirkningen de med rimelighet trenger for å oppfylle behandlingsavtalen.

## Staff
staff-confidentiality = Alle ansatte hos oss har taushetsplikt.
staff-secrecy-non-medical = Taushetsplikten for helsepersonell gjelder alle ansatte hos oss, også dem som ikke har helsefaglig bakgrunn.
staff-roles-lead = Hos oss behandler disse medarbeiderne opplysningene dine, hver innenfor rammene av sine arbeidsoppgaver:
staff-need-to-know = Ansatte har bare tilgang til de opplysningene de trenger i arbeidet sitt.
staff-logging = Vi logger hvem som har hatt tilgang til de elektroniske opplysningene dine.
staff-compliance-checks = Vi kontrollerer jevnlig at alle følger disse reglene, og vi griper inn ved brudd.
staff-undertaking = Alle ansatte som trenger tilgang til pasientopplysninger, har forpliktet seg til å følge disse reglene og personvernforordningen, og de er bundet av taushetsplikt som helsepersonell eller av en tilsvarende konfidensialitetsplikt.

## Recipients and processors
recipients-lead = { $controller } utleverer opplysningene dine til andre bare når det er nødvendig for formålene som er beskrevet ovenfor, og loven tillater det. Mottakerne er:
recipients-no-publication = Vi publiserer ikke personopplysningene dine.
recipients-no-disclosure = Vi gir ikke personopplysningene dine videre til tredjeparter.
processors-heading = Databehandlere
processors-lead = Vi bruker databehandlere: eksterne virksomheter som behandler personopplysninger på våre vegne. De har bare lov til å bruke opplysningene dine etter instruks fra oss.
processors-kinds = Det gjelder for eksempel { $kinds }.
processors-agreement = Vi inngår en databehandleravtale med hver databehandler (personvernforordningen artikkel 28).
processors-agreement-confidentiality = Vi inngår en databehandleravtale med hver databehandler (personvernforordningen artikkel 28). Avtalen slår fast at databehandleren bare behandler opplysningene dine etter instruks fra oss og har taushetsplikt.
processors-same-security = Vi krever at databehandlerne våre har samme nivå av sikkerhet og konfidensialitet som vi selv har.

## Transfers
transfers-none = Vi overfører ikke personopplysningene dine til land utenfor Det europeiske økonomiske samarbeidsområdet (EØS) eller til internasjonale organisasjoner.
transfers-lead = Vi overfører personopplysninger til mottakere utenfor Det europeiske økonomiske samarbeidsområdet (EØS), med disse garantiene:
transfers-safeguard = garantien finner du på
transfers-notice-promise = Skulle det bli nødvendig å overføre opplysningene dine til et land utenfor EØS eller til en internasjonal organisasjon, informerer vi deg på forhånd om hvilke konsekvenser det får for sikkerheten til opplysningene dine.
transfers-otherwise-anonymous = Utover tilfellene som er beskrevet ovenfor, utveksler vi bare anonyme opplysninger med andre personer og instanser.

## Data flow and anonymisation
data-flow-lead = Opplysninger om helsen din går gjennom disse trinnene hos oss:
anonymisation-by = Personopplysninger anonymiseres av { $role }. Anonymiserte opplysninger kan ikke med rimelighet føres tilbake til en enkelt pasient.
anonymisation-when = Vi anonymiserer personopplysninger bare når det er fastslått at det ikke lenger er nødvendig å lagre identifiserbare opplysninger for formålet. Dette gjelder blant annet i disse tilfellene:

## Retention
retention-lead = Vi lagrer ikke personopplysningene dine lenger enn det som er nødvendig for formålet vi behandler dem for, med mindre loven pålegger oss å lagre dem lenger. Disse lagringstidene gjelder for de ulike typene opplysninger:
others-lead = Vi behandler også personopplysninger om andre enn pasientene våre. Nedenfor står hvilke opplysninger det gjelder, hva vi bruker dem til, hvem vi deler dem med og hvor lenge vi lagrer dem.
others-data = Om { $subjects } behandler vi:
others-purposes = Vi bruker disse opplysningene til:
others-recipients = Vi deler dem med:
others-retention = Vi lagrer dem slik:
# Guidance beside a purpose test, never as a legal basis (law data `guidance`; review-nb M2).
retention-guidance = Veiledning: { $source } anbefaler { $period } regnet fra { $from }.
destruction-within = Når lagringstiden er ute, slettes opplysningene fra registrene våre og destrueres innen { $period }.
destruction-approval = Den medisinske delen av journalen destrueres bare med godkjenning fra { $roles }.
destruction-exceptions = Opplysningene destrueres ikke når:
destruction-anonymised = Opplysninger som er bearbeidet slik at de ikke lenger med rimelighet kan knyttes til en person, kan lagres videre i anonymisert form.
deletion-lead = Opplysninger slettes fra pasientregistrene (se også { $retention }):

## File structure
file-structure-lead = Pasientjournalen består av følgende deler:
file-structure-mixed = Pasientjournalen føres dels elektronisk og dels på papir, og den består av følgende deler:
file-structure-linkage = Delene er knyttet sammen på pasientnivå ved hjelp av { $keys }.

## Security
security-lead = Vi gjennomfører egnede tekniske og organisatoriske tiltak for å beskytte personopplysningene dine mot tap, uautorisert tilgang, endring og annen ulovlig behandling (personvernforordningen artikkel 32). Blant annet har vi disse tiltakene:
breach-authority = Skulle det likevel oppstå et brudd på personopplysningssikkerheten (et avvik), melder vi det til { $authority } innen 72 timer, med mindre det er lite sannsynlig at bruddet medfører en risiko for deg (personvernforordningen artikkel 33).
breach-subjects = Hvis et brudd på personopplysningssikkerheten sannsynligvis vil medføre en høy risiko for deg, informerer vi deg uten ugrunnet opphold og gir deg råd om hvordan du kan håndtere det (personvernforordningen artikkel 34).
breach-report = Har du mistanke om et brudd på personopplysningssikkerheten, eller ser du et svakt punkt i sikkerheten vår, ber vi deg melde fra til personvernombudet vårt.
breach-anonymous = Du kan også melde fra anonymt.

## Cameras
cameras-where = Vi har kameraovervåking i { $places }. Vi har en berettiget interesse i dette: { $purpose }
cameras-stored = Bildene tas opp og slettes deretter.
cameras-retention = Opptakene lagres i høyst { $period }.
cameras-not-stored = Bildene tas ikke opp; de kan bare ses direkte.
cameras-incident = Har opptakene fanget opp en hendelse, for eksempel et tyveri, lagrer vi de aktuelle opptakene til saken er avsluttet.
cameras-viewer = Bildene kan bare ses av { $role }.
cameras-viewer-cause = Bildene ses bare av { $role }, og bare når det er rimelig grunn til det, for eksempel ved et innbrudd.
cameras-police = Ved mistanke om en straffbar handling overleverer vi opptakene til politiet.
cameras-signage = Du gjøres oppmerksom på kameraovervåkingen ved { $signage }.

## Cookies
cookies-definition = En informasjonskapsel (cookie) er en liten tekstfil som lagres i nettleseren på datamaskinen, nettbrettet eller smarttelefonen din når du besøker nettstedet vårt.
cookies-categories = Vi bruker disse typene informasjonskapsler:
cookies-consent-banner = Informasjonskapsler som ikke er strengt nødvendige for at nettstedet skal fungere, bruker vi bare etter at du har samtykket til dem ved ditt første besøk. Du kan trekke tilbake samtykket like enkelt som du ga det.
cookies-consent-not-needed = Vi bruker bare informasjonskapsler som er strengt nødvendige for at nettstedet skal fungere; for disse trengs det ikke samtykke.
cookies-not-identifying = Vi lagrer ikke opplysningene fra informasjonskapsler på en måte som identifiserer deg personlig.
cookies-delete = Du kan når som helst slette informasjonskapsler i innstillingene i nettleseren din.
cookies-none = Nettstedet vårt bruker ingen informasjonskapsler.
cookies-not-shared = Vi gir ikke opplysningene fra informasjonskapsler videre til andre.
cookies-opt-out = Du kan reservere deg mot informasjonskapsler fra annonsenettverk på disse sidene:
cookie-session = til besøket ditt avsluttes

## Call recording
call-recording = Når du kontakter { $role } for å få informasjon eller bestille time, kan samtalen bli tatt opp for å lære opp de ansatte.
call-recording-opt-out = Du kan si fra ved starten av samtalen at du ikke vil at den skal tas opp.
call-recording-retention = Hvor lenge vi lagrer opptakene, står i tabellen over lagringstider.

## Research and quality
research-heading = Forskning
research-trials = Gjennom medisinsk forskning leter vi etter bedre måter å forebygge eller behandle sykdommer og lidelser på, for eksempel ved å prøve ut nye legemidler, behandlingsformer eller medisinsk utstyr sammen med forskningsdeltakere (pasienter eller friske frivillige).
research-record = Også opplysningene i pasientjournalen din kan bidra til forskning.
research-without-consent = Uten samtykke fra deg bruker vi opplysninger fra journalen din bare til forskning som tjener en allmenn interesse og ikke kan gjennomføres uten opplysningene, når det ikke er rimelig mulig å be om samtykke eller ikke rimelig kan kreves, med garantier for personvernet ditt, og bare hvis du ikke uttrykkelig har protestert ({ $article }). Du kan protestere når som helst.
research-pseudonymised = Så langt det er mulig, pseudonymiserer vi opplysningene som brukes til forskning.
research-external = Vi deler opplysninger til forskningsformål med eksterne forskere.
research-confidentiality = Eksterne forskere undertegner en taushetserklæring.
research-publications = Presentasjoner og publikasjoner fra forskerne inneholder aldri opplysninger som kan føres tilbake til deg.
research-programmes = Dette gjelder blant annet:
quality-heading = Kvalitet i helsetjenesten
quality-lead = Vi bruker også opplysninger til å overvåke og forbedre kvaliteten på helsehjelpen vår, blant annet til:
quality-encrypted = Dersom det forekommer personopplysninger i rapporter fra interne kvalitetsrevisorer eller eksterne fagfellevurderere, pseudonymiseres de.

## Marketing and platforms
marketing-lead = Med ditt samtykke bruker vi kontaktopplysningene dine til å sende deg { $channels }.
marketing-preferences = Du bestemmer selv hvilke meldinger du får, og du kan når som helst endre preferansene dine på { $portal }.
marketing-object = Du kan alltid melde deg av kostnadsfritt og protestere mot at opplysningene dine brukes til direkte markedsføring; da slutter vi å bruke dem til det (personvernforordningen artikkel 21 nr. 2 og 3).
platforms-lead = Du kan også bruke disse nettjenestene:
platform-booking = der kan du også bestille time selv

## Minors
minors-consent = Vi samler ikke bevisst inn personopplysninger via nettstedet vårt eller sosiale medier om besøkende under { $age } år uten samtykke fra foreldrene eller vergen deres.
minors-cannot-verify = Vi kan ikke kontrollere om en besøkende er over { $age } år. Foreldre og verger som mistenker at vi har mottatt opplysninger om barnet deres uten samtykke fra dem, kan kontakte oss; da sletter vi opplysningene.

## Automated decisions
automated-none = Vi treffer ingen avgjørelser om deg som utelukkende bygger på automatisert behandling, herunder profilering (personvernforordningen artikkel 22).
automated-used = Vi treffer avgjørelser om deg som bygger på automatisert behandling. Nedenfor forklarer vi hvilken logikk som ligger til grunn, og hvilke konsekvenser det har for deg.

## Rights
rights-lead = Etter personvernforordningen og loven som regulerer dine rettigheter som pasient, har du rettighetene nedenfor. I neste avsnitt kan du lese hvordan du sender en henvendelse.
right-access = Rett til innsyn og kopi
right-access-desc = Du har rett til å få vite om vi behandler personopplysninger om deg, og i så fall hvilke opplysninger, hva vi bruker dem til, hvor vi har dem fra og hvem vi utleverer dem til. Du har også rett til en kopi av opplysningene; den første kopien er gratis (personvernforordningen artikkel 15).
right-access-details = Du får også vite formålene med behandlingen, hvilke kategorier opplysninger det gjelder, mottakerne eller kategoriene av mottakere, hvor lenge opplysningene blir lagret (eller kriteriene som avgjør det), retten din til retting, sletting, begrensning og protest, retten din til å klage til tilsynsmyndigheten, hvor opplysningene kommer fra hvis vi ikke har samlet dem inn fra deg, og om det brukes automatiserte avgjørelser, med logikken bak og konsekvensene av dem (personvernforordningen artikkel 15).
# The limit must not read as if it created the right (review-nb M3). Norway: pasient- og
# brukerrettighetsloven § 5-1 allows refusal only in narrow cases named in the act; the appeal
# to Statsforvalteren follows (right-access-appeal). Netherlands: art. 7:456 BW gives access
# in so far as another's privacy is not harmed.
right-access-patient-law = { $jurisdiction ->
    [NO] Du har også rett til innsyn i og kopi av pasientjournalen din etter { $article }. Innsyn kan bare nektes i de unntakstilfellene loven nevner.
   *[other] I tillegg har du rett til innsyn i og kopi av pasientjournalen din etter { $statute }, { $article }. Retten er begrenset bare der innsyn ville skade andres personvern.
}
right-access-appeal = Et avslag kan du klage på til { $body }.
right-access-deadline = Etter denne loven skal du få innsyn innen { $period }.
right-access-age = Fra du er { $age } år, utøver du denne retten selv.
right-rectification = Rett til retting og supplering
right-rectification-desc = Er opplysningene dine uriktige eller ufullstendige, kan du be oss rette eller supplere dem (personvernforordningen artikkel 16). Du kan også få tilføyd en egen erklæring i journalen din.
right-rectification-practitioner = Det er behandleren din som avgjør om pasientjournalen skal rettes eller suppleres: en endring må ikke stå i veien for forsvarlig behandling.
# The national regime for the record (law data `record_changes`; Norway: helsepersonelloven
# §§ 42–43 and pasient- og brukerrettighetsloven § 5-2): a correction is a new, dated entry, an
# erasure has its own conditions, and a refusal can be appealed (review-nb M4).
right-record-correction = I pasientjournalen retter vi uriktige eller ufullstendige opplysninger ved en ny, datert innføring; opplysninger slettes ikke når de rettes ({ $article }).
right-record-erasure = Du kan også kreve at opplysninger i pasientjournalen slettes ({ $right }), men de kan bare slettes på vilkårene i { $article }.
right-record-appeal = Et avslag på et krav om retting eller sletting i pasientjournalen kan du klage på til { $body }.
right-erasure = Rett til sletting
right-erasure-record = Journalen din tilintetgjør vi helt eller delvis på din anmodning innen { $period } ({ $article }), med mindre { $exceptions }.
right-erasure-before-retention = Dette gjelder også før oppbevaringstiden er ute.
right-record-erasure-conditions = Vilkårene er at { $all }, og dessuten at { $any }.
right-record-erasure-conditions-all = Vilkårene er at { $all }.
deletion-condition-general-interest = slettingen er ubetenkelig ut fra allmenne hensyn
deletion-condition-archive-law = arkivlovgivningen ikke er til hinder for det
deletion-condition-incorrect-and-burdensome = opplysningene er feilaktige eller misvisende og føles belastende for den de gjelder
deletion-condition-clearly-unnecessary = opplysningene åpenbart ikke er nødvendige for å gi deg helsehjelp
# Norway: the journal has its own erasure regime (right-record-erasure), so it is not named as
# data the right never reaches (review-nb M4). Netherlands: the record can be destroyed on
# request (right-erasure-record, art. 7:455 BW).
right-erasure-desc = Du kan be oss slette opplysningene dine, for eksempel hvis de ikke lenger er nødvendige, eller hvis du trekker tilbake samtykket ditt (personvernforordningen artikkel 17). { $jurisdiction ->
    [NO] Opplysninger som vi har lovpålagt plikt til å oppbevare, som regnskapsmaterialet vårt, kan vi ikke slette; for pasientjournalen gjelder reglene nedenfor. Får du avslag, forklarer vi deg hvorfor.
    [NL] Opplysninger som vi har lovpålagt plikt til å oppbevare, som regnskapsmaterialet vårt, kan vi ikke slette; i så fall forklarer vi deg hvorfor.
   *[other] Retten gjelder ikke opplysninger som vi har lovpålagt plikt til å oppbevare, som pasientjournalen etter { $statute } og regnskapsmaterialet vårt; i så fall forklarer vi deg hvorfor vi ikke kan slette opplysningene.
}
right-erasure-law = loven
right-restriction = Rett til begrensning av behandling
right-restriction-desc = Du kan be oss om midlertidig å begrense bruken av opplysningene dine, for eksempel mens vi undersøker om opplysningene er riktige, eller om protesten din er berettiget (personvernforordningen artikkel 18).
right-restriction-exceptions = Så lenge bruken av opplysningene dine er begrenset, lagrer vi dem bare; ellers bruker vi dem bare med samtykke fra deg, for et rettskrav, for å verne en annens rettigheter eller av hensyn til viktige allmenne interesser (personvernforordningen artikkel 18).
right-portability = Rett til dataportabilitet
right-portability-desc = Opplysninger som du selv har gitt oss, og som vi behandler automatisert på grunnlag av samtykket ditt eller en avtale, kan du få utlevert i et vanlig brukt digitalt format eller få overført direkte til en annen virksomhet (personvernforordningen artikkel 20).
right-objection = Rett til å protestere
right-objection-desc = Behandler vi opplysningene dine på grunnlag av vår berettigede interesse eller for å utføre en oppgave i allmennhetens interesse, kan du protestere på grunn av din særlige situasjon. Da slutter vi med behandlingen, med mindre vi har tvingende berettigede grunner som går foran dine interesser, eller trenger opplysningene for å fastsette, gjøre gjeldende eller forsvare et rettskrav (personvernforordningen artikkel 21).
right-objection-marketing = Du kan alltid protestere mot at opplysningene dine brukes til direkte markedsføring; da slutter vi å bruke dem til det.
right-withdraw = Rett til å trekke tilbake samtykke
right-withdraw-desc = Behandler vi opplysninger på grunnlag av samtykket ditt, kan du når som helst trekke samtykket tilbake, like enkelt som du ga det. Tilbaketrekkingen gjelder fremover: det vi gjorde med opplysningene dine før du trakk samtykket tilbake, er fortsatt lovlig (personvernforordningen artikkel 7 nr. 3).
right-automated = Rett til ikke å være gjenstand for automatiserte avgjørelser
right-automated-desc = Du har rett til ikke å være gjenstand for en avgjørelse som utelukkende bygger på automatisert behandling, og som har rettsvirkning for deg eller på tilsvarende måte i betydelig grad påvirker deg (personvernforordningen artikkel 22).
right-complaint = Rett til å klage
right-complaint-desc = Du kan klage til tilsynsmyndigheten. Hvordan du gjør det, kan du lese under «Klager».
rights-representative = Du kan også gi en annen person skriftlig fullmakt til å utøve disse rettighetene på dine vegne.
rights-journal-practitioner = Har du spørsmål om retting eller sletting av opplysninger i pasientjournalen din, kan du ta kontakt med behandleren din.
rights-patient-rights = Rettighetene dine som pasient er beskrevet i sin helhet på

## Representation
representation-minors = For pasienter under 18 år bestemmer loven hvem som utøver rettighetene deres:
minors-range = fra { $from } til { $to } år
minors-range-to = under { $to } år
minors-range-from = { $from } år og eldre
minors-band-parents = { $range }: foreldrene eller andre med foreldreansvar utøver barnets rettigheter;
minors-band-together = { $range }: både barnet og foreldrene eller vergen kan utøve disse rettighetene; behandling krever samtykke fra begge;
minors-band-parents-unless-child-objects = { $range }: også foreldrene informeres og får innsyn, med mindre barnet av grunner som bør respekteres, ikke ønsker det;
minors-band-patient = { $range }: pasienten utøver rettighetene selv;
minors-band-patient-parents-informed = { $range }: pasienten utøver rettighetene selv; foreldrene får bare den informasjonen som er nødvendig for å oppfylle foreldreansvaret;
minors-band-maturity = { $range }: foreldrene eller vergen utøver rettighetene; den mindreårige trekkes inn etter alder og modenhet og utøver rettighetene helt eller delvis selv når behandleren vurderer at den mindreårige er i stand til å ivareta egne interesser på en fornuftig måte;
representation-adults = Kan en myndig pasient ikke utøve rettighetene sine selv, trer en representant inn, i denne rekkefølgen ({ $article }):
representative-court-appointed = vergen eller mentoren som retten har oppnevnt (curator eller mentor);
representative-authorised-person = den personen pasienten skriftlig har gitt fullmakt;
representative-partner = ektefellen, den registrerte partneren eller annen livsledsager, med mindre vedkommende ikke ønsker det;
representative-family = en forelder, et barn, en bror eller en søster, med mindre vedkommende ikke ønsker det.
representative-designated-representative = den representanten pasienten på forhånd har utpekt i en datert fullmakt undertegnet av begge;
representative-administrator = den vergen for personen som fredsdommeren har oppnevnt;
representative-cohabiting-partner = ektefellen eller partneren pasienten bor sammen med;
representative-further-relatives = deretter andre nære slektninger, i den rekkefølgen loven fastsetter.
deceased-consent-or-weighty-interest = Journalen er fortsatt taushetsbelagt etter pasientens død. Innsyn i eller kopi av opplysninger i journalen gir vi bare i de tilfellene loven fastsetter ({ $article }), blant annet til den som pasienten mens han eller hun levde, skriftlig eller elektronisk har samtykket til skal få innsyn, og i visse tilfeller til noen med en tungtveiende interesse.
deceased-relatives-indirect = Etter pasientens død kan ektefellen, den lovlig samboende partneren, partneren og slektninger til og med annen grad få innsyn i journalen gjennom helsepersonell de selv utpeker ({ $article }). Anmodningen må være tilstrekkelig begrunnet og presisert, og pasienten må ikke uttrykkelig ha motsatt seg innsyn mens han eller hun levde. De får ikke kopi, og innsynet er begrenset til opplysninger som har sammenheng med begrunnelsen for anmodningen.
deceased-next-of-kin = Etter en persons død har nærmeste pårørende rett til innsyn i journalen, hvis ikke særlige grunner taler mot det ({ $article }).

## Requests
requests-channels = Du kan sende en henvendelse { $channels }.
requests-email = E-postadressen vår for slike henvendelser er
requests-to = Du kan rette henvendelsen til { $to }.
requests-oral = Du kan også fremsette en henvendelse muntlig.
requests-form = Du kan bruke skjemaet vårt til henvendelsen:
requests-on-behalf = En henvendelse kan også fremsettes på dine vegne av { $who }.
requests-trusted-person = Når du utøver rettighetene dine, kan du få bistand fra en tillitsperson du selv velger.
requests-copy-delivery = En kopi av journalen din kan du { $ways }.
requests-identification = For å hindre at opplysningene dine havner hos andre, ber vi deg legitimere deg.
requests-acknowledgement = Du får en bekreftelse på at vi har mottatt henvendelsen din.
requests-deadline = Vi svarer så raskt som mulig og senest innen én måned etter at vi har mottatt henvendelsen din (personvernforordningen artikkel 12 nr. 3).
requests-deadline-own = Vi svarer så raskt som mulig og senest innen { $period } etter at vi har mottatt henvendelsen din; den lovbestemte fristen er én måned (personvernforordningen artikkel 12 nr. 3).
requests-extension = Er henvendelsen din komplisert, eller sender du mange henvendelser, kan vi forlenge fristen med inntil to måneder. I så fall gir vi deg beskjed om det innen den første måneden, med begrunnelse.
requests-free = Det er gratis å sende en henvendelse og få den behandlet. Er en henvendelse åpenbart grunnløs eller urimelig, for eksempel fordi den samme henvendelsen sendes gang på gang, kan vi kreve et rimelig gebyr eller avslå henvendelsen.
requests-unclear = Er henvendelsen din uklar, eller er vi i tvil om identiteten din, ber vi deg om flere opplysninger.
requests-transfer = Hvis du ber om det, sender vi en kopi av journalen din til et annet helsepersonell du velger.
requests-longer-retention = Hvis du ber om det, lagrer vi journalen din lenger enn lagringstiden.
requests-shielding = Du kan be oss om å skjerme enkelte opplysninger i journalen din, slik at bare de som behandler deg for det, kan se dem.
requests-refusal = I noen tilfeller kan eller må vi avslå en henvendelse helt eller delvis, for eksempel på grunn av { $grounds }. Vi forklarer deg alltid hvorfor.
requests-appeal = Er du uenig i avgjørelsen vår, kan du klage slik det er beskrevet under «Klager».
erasure-heading = Sletting av (deler av) pasientjournalen din
erasure-channel = Du kan be om at (deler av) pasientjournalen din blir slettet innenfor rammene av loven. Du sender henvendelsen { $channel }.
erasure-channel-address = Du kan be om at (deler av) pasientjournalen din blir slettet innenfor rammene av loven. Du sender henvendelsen { $channel } til { $name }, { $address }.
erasure-then = Deretter går vi fram slik:
erasure-deadline = Vi sletter opplysningene innen { $period } etter at vi har mottatt anmodningen din.
erasure-exceptions = Vi kan avslå anmodningen helt eller delvis i den grad { $grounds }. Da forklarer vi deg hvorfor.
erasure-kept-lead = Dette oppbevarer vi fortsatt etterpå:

## Complaints
complaints-internal = Har du en klage på hvordan vi behandler personopplysningene dine, ber vi deg først ta kontakt med { $bodies }. Vi hjelper deg gjerne.
complaints-internal-default = Har du en klage på hvordan vi behandler personopplysningene dine, ber vi deg først ta kontakt med { $controller }. Vi hjelper deg gjerne.
complaints-ombuds = Klager om rettighetene dine som pasient, også om innsyn i eller kopi av journalen, kan du rette til ombudstjenesten vår ({ $article }).
complaints-authority = Du har også rett til å klage til tilsynsmyndigheten, { $authority }:
complaints-residence = Du kan også klage til tilsynsmyndigheten i EØS-landet der du bor eller arbeider, eller der den påståtte overtredelsen fant sted (personvernforordningen artikkel 77), eller bringe saken inn for domstolene (personvernforordningen artikkel 79).
complaints-external = Klager på selve helsehjelpen kan du også rette til:

## Third-party websites
third-party-websites = { $doc ->
    [reglement] Dette reglementet gjelder
   *[other] Denne personvernerklæringen gjelder
} ikke for andres nettsteder som nettstedet vårt lenker til. Vi kan ikke garantere at disse tredjepartene behandler personopplysningene dine på en pålitelig og sikker måte. Les derfor personvernerklæringen til disse nettstedene før du bruker dem.

## Changes
changes-effective = Dette er versjon { $version } av { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
}, gjeldende fra { $date }.
changes-amended-by = Endringer vedtas av { $who }.
changes-notice = Vi kan endre { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
}, for eksempel hvis arbeidsmåten vår eller regelverket endres. Ved vesentlige endringer, for eksempel et nytt formål, en ny mottaker eller en annen måte å utøve rettighetene dine på, varsler vi deg på forhånd { $channels }.
changes-notice-default = Vi kan endre { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
}, for eksempel hvis arbeidsmåten vår eller regelverket endres. Ved vesentlige endringer varsler vi deg aktivt på forhånd.
changes-informed-via = Du får også informasjon om behandlingen av opplysningene dine { $channels }.
changes-copy-reception = Et eksemplar av { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} er tilgjengelig i resepsjonen, og du får en kopi hvis du ber om det.
changes-latest-online = Den nyeste versjonen av { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} ligger alltid på nettstedet vårt.
changes-history = Versjonshistorikk
changes-legal-framework = { $doc ->
    [reglement] Reglementet
   *[other] Denne personvernerklæringen
} er utarbeidet i samsvar med:
changes-substantive = Dette er en vesentlig endring, som vi varslet på forhånd.

## Reglement: article headings, part headings and its own sentences
article-purpose = Formål
article-definitions = Definisjoner
article-scope = Virkeområde
article-persons = Kategorier av personer det behandles opplysninger om
article-data = Hvilke opplysninger som behandles, og hvordan de innhentes
article-purposes = Formål med behandlingen og rettslig grunnlag
article-controller = Den behandlingsansvarlige og personene som handler på dennes vegne
article-supervision = Tilsyn med behandlingen av personopplysninger
article-staff = Hvem som behandler hvilke opplysninger
article-recipients = Utlevering av opplysninger
article-data-flow = Informasjonsflyten for helseopplysninger
article-anonymisation = Anonymisering
article-security = Sikkerhetstiltak
article-retention = Lagringstid
article-others = Personopplysninger om andre enn pasienter
article-file-structure = Sammenstillinger, koblinger og oppslag mellom registrene
article-deletion = Sletting av opplysninger
article-cameras = Kameraovervåking
article-cookies = Informasjonskapsler (cookies)
article-call-recording = Opptak av telefonsamtaler
article-research = Forskning og kvalitet i helsehjelpen
article-marketing = Nyhetsbrev, markedsføring og nettjenester
article-minors = Mindreårige
article-automated = Automatiserte avgjørelser
article-third-party = Andres nettsteder
article-rights = Dine rettigheter og fremgangsmåte
article-changes = Ikrafttredelse og endringer
part-recipients = Mottakere
part-transfers = Overføring til land utenfor EØS
part-security = Tiltak
part-communication = Sikker kommunikasjon
part-rights = Rettigheter
part-representation = Mindreårige, representanter og avdøde pasienter
part-requests = Fremgangsmåte for henvendelser
part-complaints = Klager
reglement-purpose = Med dette reglementet vil { $controller } informere deg så fullstendig som mulig om hvordan vi håndterer personopplysningene vi samler inn og behandler om deg, og om hvordan du kan utøve kontroll med behandlingen.
# Not "fastsatt med hjemmel i": a private clinic's own rules rest on no delegated statutory
# authority (hjemmel); they are written in accordance with the acts (review-nb M10).
reglement-issued-under = Reglementet bygger på:
reglement-scope = Reglementet gjelder for behandlingen av personopplysninger som er beskrevet i { $persons }, { $data } og { $purposes }, og som utføres av eller under ansvar av { $controller }.
reglement-scope-staff = Det gjelder behandling som utføres av de ansatte i { $controller } og av selvstendig næringsdrivende behandlere som arbeider der.
reglement-definitions-lead = I dette reglementet menes med:

## Notice: the short first layer
heading-notice-who = Hvem vi er
heading-notice-purposes = Hva vi bruker opplysningene dine til
notice-purpose-with = { $purpose } ({ $consent })
notice-purpose-consent = bare med samtykke fra deg
notice-purpose-explicit-consent = bare med uttrykkelig samtykke fra deg
heading-notice-impact = Dette bør du særlig vite
heading-notice-rights = Dine rettigheter
heading-notice-complaint = Klager
heading-notice-more = All informasjon
notice-who = { $controller } er ansvarlig for behandlingen av personopplysningene dine.
notice-contact = Du når oss på
notice-dpo = Personvernombudet vårt når du på
notice-purposes = Vi bruker opplysningene dine til:
notice-impact-health = Vi behandler opplysninger om helsen din for å gi deg helsehjelp, og fører pasientjournal slik loven krever.
notice-impact-retention = Pasientjournalen din oppbevarer vi i { $period }{ $from ->
    [none] {""}
   *[other] , regnet fra { $from }
}{ $extension ->
    [none] {""}
   *[other] , { $extension }
}.
notice-impact-cameras = Det er kameraer i { $places }.
notice-impact-calls = Telefonsamtaler med våre ansatte kan bli tatt opp; du kan si nei til det.
notice-impact-calls-consent = Vi tar opp telefonsamtaler med våre ansatte bare med ditt uttrykkelige samtykke.
notice-impact-calls-plain = Telefonsamtaler med våre ansatte kan bli tatt opp.
notice-impact-research = { $basis ->
    [consent] Vi bruker opplysninger til forskning bare med ditt samtykke.
    [objection] Vi bruker opplysninger til forskning; du kan protestere mot det.
   *[other] Vi bruker opplysninger til forskning.
}
notice-impact-marketing = Med ditt samtykke sender vi deg nyhetsbrev eller annen informasjon; du kan når som helst melde deg av.
notice-impact-tracking = Informasjonskapsler som ikke er strengt nødvendige, bruker vi bare med ditt samtykke.
notice-impact-transfers = Vi overfører opplysninger til land utenfor EØS, med nødvendige garantier.
notice-rights = Du har blant annet rett til:
notice-right-access = innsyn i og kopi av opplysningene dine;
notice-right-rectification = retting eller supplering av uriktige eller ufullstendige opplysninger;
notice-right-erasure = { $jurisdiction ->
    [NO] sletting av opplysningene dine; for pasientjournalen gjelder egne lovregler;
    [NL] sletting av opplysningene dine og tilintetgjøring av pasientjournalen, med noen få lovbestemte unntak;
   *[other] sletting av opplysningene dine, med mindre loven pålegger oss å oppbevare dem;
}
notice-right-restriction = begrensning av behandlingen;
notice-right-portability = å få utlevert opplysningene du har gitt oss, i et maskinlesbart format;
notice-right-objection = { $marketing ->
    [yes] å protestere mot behandling som bygger på vår berettigede interesse, og alltid mot direkte markedsføring;
   *[other] å protestere mot behandling som bygger på vår berettigede interesse;
}
notice-right-withdraw = å trekke tilbake samtykket ditt, med virkning fremover;
notice-complaint = Er du uenig i hvordan vi behandler opplysningene dine, ber vi deg kontakte oss først. Du kan også klage til { $authority }:
# Without contact details in the profile, the notice does not send the reader to us (review-nb M1).
notice-complaint-authority = Er du uenig i hvordan vi behandler opplysningene dine, kan du klage til { $authority }:
notice-more-statement = Les hele personvernerklæringen
notice-more-reglement = Les personvernreglementet

## National exchange and consent systems (issue 16 item 7; `exchange:`, facts from the law
## data `exchange`). One exchange-about-* per system; the model sentence follows it.
heading-exchange = Nasjonal deling av helseopplysningene dine
part-exchange = Nasjonal deling av helseopplysninger
exchange-lead = Vi er med i disse nasjonale løsningene for elektronisk deling av helseopplysninger. For hver løsning står det om det trengs samtykke fra deg, og hvordan du gir det, trekker det tilbake eller reserverer deg.
exchange-about-lsp = Landelijk Schakelpunt (LSP) er et nederlandsk nasjonalt nettverk som behandlere kan koble systemene sine til. Selve LSP lagrer ingen helseopplysninger: det inneholder bare en henvisningsindeks med nederlandske personnumre (BSN), der en annen behandler kan slå opp hvilke behandlere som har gjort opplysninger om deg tilgjengelige. Opplysningene dine blir værende i journalen hos behandleren din.
exchange-about-mitz = Mitz er de nederlandske helsetjenestenes nasjonale løsning for samtykke. Der registrerer du hvilke helsetjenester som kan gjøre helseopplysningene dine elektronisk tilgjengelige for andre helsetjenester som behandler deg. Mitz inneholder selv ingen helseopplysninger.
exchange-about-ehealth-hubs = Helsepersonell som behandler deg, kan dele helseopplysningene dine elektronisk og sikkert gjennom de regionale nettverkene (hubs) og gjennom Vitalink i Belgia. Det kan bare skje med ditt informerte samtykke, og bare for helsepersonell som har et behandlingsforhold til deg. Et slikt forhold varer vanligvis til femten måneder etter at behandleren leste inn identitetskortet ditt ved en konsultasjon. Du kan utelukke bestemte behandlere eller be om at bestemte opplysninger ikke deles.
exchange-about-gmd = Fastlegen din fører en global medisinsk journal (globaal medisch dossier, GMD) med en oversikt over helseopplysningene dine. GMD opprettes eller forlenges ved en konsultasjon eller et hjemmebesøk, høyst én gang per kalenderår, og helsetrygdkassen din (ziekenfonds) får beskjed om det. GMD registrerer også behandlingsforholdet til fastlegen din.
exchange-about-kjernejournal = Kjernejournal er en nasjonal, elektronisk tjeneste med utvalgte og viktige helseopplysninger om deg, som helsepersonell raskt kan slå opp i når de gir deg helsehjelp, uansett hvor du behandles. Alle som er fast bosatt i Norge, har en kjernejournal, med mindre de har reservert seg. Helsedirektoratet er dataansvarlig for kjernejournal.
exchange-model-opt-in = Dette krever ditt { $consent ->
    [informed] informerte
   *[explicit] uttrykkelige
} samtykke: uten det gjør vi ikke opplysningene dine tilgjengelige for andre behandlere på denne måten. Du kan når som helst trekke samtykket tilbake.
exchange-model-opt-out = Dette krever ikke samtykke fra deg: ordningen gjelder automatisk. Du kan likevel reservere deg.
exchange-model-on-request = Dette skjer bare hvis du ber om det.
exchange-basis = Rettslig grunnlag: { $law }.
exchange-channel-portal-at = på nett via { $portal }
exchange-channels-consent = Du kan gi eller trekke tilbake samtykket { $channels }.
exchange-channels-objection = Du kan reservere deg { $channels }.
exchange-channels-request = Du kan be om dette { $channels }.
exchange-viewers = Opplysningene kan bare ses av { $viewers }, og bare når det trengs for å gi deg helsehjelp.
exchange-audit-lsp = Hvilke behandlere som har gjort opplysningene dine tilgjengelige gjennom LSP, og når, ser du i din personlige portal på
exchange-audit-mitz = Hvilke helsetjenester som følger samtykkevalgene dine, og hvilken helsetjeneste som har sett på dem, ser du på
# Per-purpose data form (issue 16 item 8; `purposes[].form`); $form is a form-* label.
purpose-form = Til dette formålet bruker vi opplysningene dine { $form }.
notice-impact-exchange = Vi kan dele helseopplysningene dine elektronisk med andre behandlere gjennom nasjonale løsninger; i den fullstendige erklæringen står det om det trengs samtykke fra deg, og hvordan du gir det, trekker det tilbake eller reserverer deg.
## Retention beyond periods (issue 16 item 9): records when the practice closes (`closure`)
closure-handover = Hvis virksomheten vår legges ned eller overdras, oppbevares pasientjournalene av { $to }.
closure-handover-cited = Hvis virksomheten vår legges ned eller overdras, oppbevares pasientjournalene av { $to } ({ $basis }).
closure-informed = Vi gir deg beskjed på forhånd. Du kan motsette deg at journalen din overføres, og be oss sende den til en annen behandler i stedet.
closure-objection = Du har { $period } på deg til å gjøre det.
closure-archive = Pasientjournaler på papir avleveres til Norsk helsearkiv { $period } etter pasientens død ({ $basis }).

## Register (issue 16 item 10): practitioners with their register number (`practitioners`)
controller-practitioners = Hos oss arbeider dette helsepersonellet:
