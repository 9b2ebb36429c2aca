### Role labels are in the form used inside sentences: definite ("sjeflegen", "IT-avdelingen"),
### or a bare title where Norwegian uses one ("administrerende direktør").
### Labels of the closed vocabularies of the profile format (Norwegian Bokmål).
### Category labels may use $national_id; purpose labels and descriptions may use
### $national_id and $controller; principles may use $controller.

audience-patients = pasienter
audience-clients = kunder
audience-revalidants = rehabiliteringspasienter
audience-website-visitors = besøkende på nettstedet vårt
audience-representatives = pasienters representanter

provider-clinic = en klinikk
provider-pain-clinic = en smerteklinikk
provider-aesthetic-clinic = en klinikk for estetisk medisin
provider-dermatology-clinic = en hudklinikk
provider-hospital = et sykehus
provider-rehabilitation-hospital = et rehabiliteringssykehus
provider-general-practice = et allmennlegekontor
provider-practice = en praksis

principle-lawful-fair-transparent = Vi behandler personopplysningene dine på en lovlig, rettferdig og åpen måte.
principle-purpose-limitation = Vi opplyser tydelig om hvilke formål vi behandler personopplysninger for, og vi bruker dem ikke til andre formål som er uforenlige med disse.
principle-data-minimisation = Vi samler bare inn de personopplysningene som er nødvendige for berettigede formål.
principle-accuracy = Vi sørger for at opplysningene dine er korrekte, fullstendige og oppdaterte.
principle-consent-before-sharing = Vi ber først om ditt uttrykkelige samtykke hvis vi ønsker å dele opplysningene dine med andre behandlere i forbindelse med behandlingen din.
principle-share-only-when-necessary = Vi utleverer opplysningene dine til andre (helse)virksomheter bare når det er nødvendig, eller når du har samtykket til det.
principle-security = Vi beskytter personopplysningene dine mot tap, skade og uautorisert bruk.
principle-processors-bound = Vi krever også forsvarlig sikkerhet av dem som behandler personopplysninger på våre vegne.
principle-respect-rights = Vi respekterer retten din til innsyn i opplysningene dine og til å få dem rettet eller slettet.
principle-accountability = Vi kan dokumentere hvordan vi etterlever personvernregelverket.
principle-storage-limitation = Vi lagrer personopplysningene dine bare så lenge formålet krever det, og vi følger lagringstidene som er oppgitt nedenfor.

role-board-chair = styrelederen
role-general-director = administrerende direktør
role-chief-physician = sjeflegen
role-daily-management = den som har fullmakt til den daglige ledelsen
role-financial-director = økonomi- og administrasjonsdirektøren
role-nursing-director = sykepleiedirektøren
role-regional-manager = regionlederen
role-physicians = legene
role-nursing-paramedical = sykepleietjenesten og de andre helsefaglige tjenestene
role-kitchen = kjøkkenet og diettkjøkkenet
role-medical-secretariats = legesekretariatene
role-admission-billing = avdelingen for innleggelse, administrasjon og fakturering
role-it-department = IT-avdelingen
role-patient-support = sosionom-, psykolog-, palliativ- og sjelesorgtjenesten
role-ombudsservice = ombudstjenesten
role-pharmacy = apoteket
role-security-officer-and-dpo = informasjonssikkerhetsrådgiveren og personvernombudet
role-medical-staff = det medisinske personalet
role-secretarial-staff = sekretærene
role-skin-therapists = hudterapeutene
role-beauticians = hudpleierne
role-financial-administration = økonomiavdelingen
role-treatment-team = behandlingsteamet
role-support-staff = støttepersonellet
role-health-personnel = helsepersonellet
role-staff = medarbeiderne våre
role-service-desk = kundeservicemedarbeiderne våre

salutation-ms = fru
salutation-mr = herr

mandate-medical-record = den medisinske journalen som del av pasientjournalen, med tilsyn med formålet og midlene for å organisere og koordinere den medisinske virksomheten
mandate-medical-activity-registration = registreringen av den medisinske virksomheten
mandate-medical-audit = behandlingen av opplysninger i forbindelse med medisinsk revisjon

dpo-task-monitor-compliance = kontrollerer at personvernregelverket, { $doc ->
    [reglement] dette reglementet
   *[other] denne personvernerklæringen
} og de interne retningslinjene, prosedyrene og arbeidsinstruksene blir fulgt;
dpo-task-advise = gir virksomheten råd om alle sider ved behandling og sikring av personopplysninger;
dpo-task-report-to-board = rapporterer jevnlig til ledelsen;
dpo-task-receive-breach-reports = mottar meldinger om (mulige) brudd på personopplysningssikkerheten;
dpo-task-consulted-on-erasure = trekkes ved behov inn i avgjørelser om sletting av opplysninger;
dpo-task-handle-requests = behandler henvendelser fra pasienter om personopplysningene deres og er kontaktpunkt for dem.

subject-patients = pasienter
subject-clients = kunder
subject-revalidants = rehabiliteringspasienter
subject-website-visitors = besøkende på nettstedet vårt
subject-trusted-persons = pasienters tillitspersoner
subject-representatives = pasienters representanter
subject-relatives = pårørende, i den grad det er relevant for helsehjelpen

category-identification = Identifikasjonsopplysninger
category-contact = Kontaktopplysninger
category-gender-birthdate = Kjønn og fødselsdato
category-national-id = Ditt { $national_id }
category-id-document = Nummeret på legitimasjonen din
category-insurance = Forsikringsopplysninger
category-treating-practitioners = Behandlerne dine
category-preferences = Preferanser
category-financial = Økonomiske opplysninger
category-administrative = Administrative opplysninger
category-satisfaction = Utfylte brukerundersøkelser, med mindre du har besvart dem anonymt
category-social = Sosiale opplysninger
category-judicial = Rettslige opplysninger, i den grad loven krever det
category-health = Opplysninger om helsen din
category-account = Opplysninger om brukerkontoen din
category-consent = Samtykkene dine
category-images = Kameraopptak
category-call-recordings = Opptak av telefonsamtaler
category-website = Opplysninger om besøkene dine på nettstedet vårt
category-occupation = Yrket ditt

example-name = navn
example-address = adresse
example-residence = bosted
example-phone = telefonnummer
example-email = e-postadresse
example-gender = kjønn
example-birth-date = fødselsdato
example-health-insurer = forsikringsselskap
example-gp = fastlege
example-occupational-physician = bedriftslege
example-physiotherapist = fysioterapeut
example-imaging-centre = MR-senter
example-pharmacy = apotek
example-communication-wishes = hvordan du ønsker at vi kommuniserer med deg
example-payments = betalingene dine
example-appointments = timeavtalene dine
example-medical-history = sykehistorie
example-consult-reports = konsultasjonsnotater
example-operation-reports = operasjonsbeskrivelser
example-correspondence = korrespondanse med fastlegen din eller en annen henvisende lege
# Not "forskrevne legemidler": a patient's own, non-prescription medicines matter too (review-nb S6).
example-medication = legemidler du har fått forskrevet
example-medication-use = legemiddelbruk
example-prescriptions = resepter
example-test-results = resultater av medisinske undersøkelser
example-questionnaires = medisinske spørreskjemaer
example-implants = innsatte implantater og proteser
example-before-after-photos = før- og etterbilder ved kosmetisk kirurgi
example-diagnoses = diagnoser
example-previous-treatments = tidligere behandlinger
example-health-condition = helsetilstanden din
example-medical-data = medisinske opplysninger
example-paramedical-data = andre helsefaglige opplysninger
example-nursing-data = sykepleiefaglige opplysninger
example-occupation = yrke
example-health-insurance-fund = medlemskap i sykekasse (ziekenfonds)
example-admission-billing = opplysninger om innleggelse og fakturering

source-patient = deg selv
source-referrer = henvisende lege, for eksempel fastlegen din eller en spesialist
source-previous-providers = tidligere behandlere
source-pharmacy = apoteket ditt
source-health-personnel = samtalene dine med helsepersonell
source-examinations = undersøkelsene og behandlingene du får hos oss
source-representatives = representanten din
source-national-exchange = nasjonale løsninger for utveksling av helseopplysninger
source-public-registry = offentlige registre

source-condition-with-consent = med samtykke fra deg
source-condition-when-patient-unable = hvis du ikke selv er i stand til å gi opplysningene
source-condition-when-purpose-requires = hvis formålet med behandlingen av opplysningene krever at de samles inn på en annen måte
source-condition-clearly-provided-for-processing = hvis det er klart ved utleveringen at opplysningene gis til oss for at vi skal behandle dem

purpose-care = Helsehjelp og behandling
purpose-care-desc = Vi bruker opplysningene dine, også opplysninger om helsen din, til å gi deg god og forsvarlig helsehjelp: til forebygging, diagnostisering, behandling og oppfølging, og til pasientjournalen vi fører om dette.
purpose-billing = Fakturering og økonomisk oppgjør
purpose-billing-desc = Vi bruker opplysningene dine til å fakturere helsehjelpen vi gir, og til å gjennomføre det økonomiske oppgjøret for den.
purpose-contact = Kontakt med deg
purpose-contact-desc = Vi bruker kontaktopplysningene dine til å ringe, sende e-post eller skrive til deg når det er nødvendig for helsehjelpen og tjenestene våre, for eksempel om timeavtalene dine.
purpose-national-id = Bruk av ditt { $national_id }
purpose-national-id-desc = Vi har lovpålagt plikt til å bruke ditt { $national_id } i helsetjenesten og til å kontrollere identiteten din.
purpose-account = Registreringen og brukerkontoen din
purpose-account-desc = Vi lagrer registreringsopplysningene dine, slik at du ikke trenger å oppgi dem på nytt hver gang.
purpose-appointments = Timeavtaler
purpose-appointments-desc = Vi bruker opplysningene dine til å avtale timer med deg og til å minne deg på dem.
purpose-quality = Kvalitet i helsetjenesten
purpose-quality-desc = Vi bruker opplysninger til å overvåke og forbedre kvaliteten og pasientsikkerheten i helsehjelpen vår.
purpose-accountability = Dokumentasjon overfor tilsynsmyndighetene
purpose-accountability-desc = Vi har plikt til å registrere opplysninger for å kunne dokumentere virksomheten vår overfor tilsynsmyndighetene i helsetjenesten.
purpose-research = Forskning
purpose-research-desc = Vi bruker opplysninger til medisinsk forskning, for å kunne forebygge og behandle sykdommer og lidelser bedre.
purpose-marketing = Markedsføring
purpose-marketing-desc = Vi bruker kontaktopplysningene dine til å informere deg om nye produkter og behandlinger.
purpose-surveys = Brukerundersøkelser
purpose-surveys-desc = Vi inviterer deg av og til til å delta i en brukerundersøkelse, slik at du kan si din mening om oss og behandlingene våre, og vi kan bli bedre.
purpose-complaints = Klagebehandling
purpose-complaints-desc = Vi registrerer og behandler klager fra pasienter og deres tillitspersoner, og vi mekler i slike saker.
purpose-legal-claims = Klager, erstatningskrav og rettssaker
purpose-legal-claims-desc = Hvis du fremmer en klage eller et krav, overfor oss eller overfor en ekstern instans, har klageansvarlig hos oss og om nødvendig advokaten vår tilgang til de opplysningene som trengs for å behandle saken.
purpose-camera-security = Kameraovervåking
purpose-camera-security-desc = Vi bruker kameraovervåking.
purpose-call-recording = Opptak av telefonsamtaler
purpose-call-recording-desc = Vi tar opp telefonsamtaler med kundeservicemedarbeiderne våre for å lære opp de ansatte.
purpose-fraud-prevention = Forebygging av svindel og misbruk
purpose-fraud-prevention-desc = Ved mistanke om svindel eller misbruk av tjenestene våre kan vi utlevere administrative opplysninger og identitetsopplysninger til kompetente myndigheter; helseopplysninger utleverer vi ikke i slike tilfeller.
purpose-implant-registry = Registrering av implantater
purpose-implant-registry-desc = Vi har lovpålagt plikt til å registrere opplysninger om innsatte implantater i det nasjonale implantatregisteret.
purpose-statutory-records = Lovpålagte plikter
purpose-statutory-records-desc = Vi må registrere og oppbevare visse opplysninger etter skattelovgivningen og helselovgivningen, og utlevere opplysninger til tilsynsmyndigheten når den ber om det.
purpose-administration = Pasientadministrasjon
purpose-administration-desc = Vi følger opp oppholdet og behandlingen din med tanke på faktureringen.
purpose-registration = Pasientregistrering
purpose-registration-desc = Vi registrerer medisinske opplysninger og opplysninger om oppholdet ditt for formål som myndighetene pålegger oss, og for forskning og planlegging.
purpose-medicines = Legemiddelhåndtering
purpose-medicines-desc = Vi behandler opplysninger for å forskrive og utlevere legemidler.
purpose-scientific-registration = Registrering for forskning
purpose-scientific-registration-desc = Vi registrerer medisinske opplysninger av epidemiologisk, vitenskapelig eller styringsmessig art, for forskning, undervisning eller formål som myndighetene pålegger oss.
purpose-organ-donation = Organdonasjon
purpose-organ-donation-desc = Vi behandler opplysninger i forbindelse med den lokale donorkoordineringen.
purpose-risk-management = Risikostyring
purpose-risk-management-desc = Vi behandler opplysninger for å overvåke og forbedre kvaliteten og sikkerheten til produktene, prosessene, tjenestene og det medisinske utstyret vårt.
purpose-work-planning = Arbeidsplanlegging
purpose-work-planning-desc = Vi behandler opplysninger for å planlegge og følge opp oppgaver, arbeidsbelastning og resultater.
purpose-beneficiaries = Administrasjon av rettighetshavere
purpose-beneficiaries-desc = Vi utveksler opplysninger med sykekassen din eller andre instanser som dekker kostnadene ved helsehjelpen, for å fastslå om og hvordan helsehjelpen dekkes, og for å gjøre opp dekningen.
purpose-care-evaluation = Evaluering av helsehjelpen
purpose-care-evaluation-desc = Vi behandler opplysninger om diagnostisk og terapeutisk praksis for å forbedre kvaliteten på behandlingsmetodene våre.
purpose-website = Nettstedet vårt
# Only what needs consent: cookies that are strictly necessary for the site to work need none
# (ekomloven § 3-15), so "for at det skal fungere" does not belong under consent (review-nb M7).
purpose-website-desc = Vi behandler opplysninger om besøkene dine på nettstedet vårt, som vi samler inn med informasjonskapsler og lignende teknologi, til formålene som er beskrevet under «Informasjonskapsler (cookies)».
purpose-bookkeeping = Bokføring
purpose-bookkeeping-desc = Vi bokfører betalingene dine i regnskapet vårt, slik loven krever.
purpose-client-relationship = Kundeforholdet ditt
purpose-client-relationship-desc = Vi bruker opplysningene dine, for eksempel kontaktopplysninger, timeavtaler og betalinger, til å administrere kundeforholdet ditt hos oss.

art6-consent = samtykket ditt (personvernforordningen artikkel 6 nr. 1 bokstav a)
# Not "behandlingsavtalen" (a calque of Dutch behandelingsovereenkomst, ambiguous where
# "behandling" also means processing; review-nb S2).
art6-contract = oppfyllelse av avtalen med deg (personvernforordningen artikkel 6 nr. 1 bokstav b)
art6-legal-obligation = en rettslig forpliktelse som påhviler oss (personvernforordningen artikkel 6 nr. 1 bokstav c)
art6-vital-interests = vern av dine vitale interesser (personvernforordningen artikkel 6 nr. 1 bokstav d)
art6-public-task = utførelse av en oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav e)
art6-legitimate-interest = vår berettigede interesse (personvernforordningen artikkel 6 nr. 1 bokstav f)

art9-explicit-consent = ditt uttrykkelige samtykke (personvernforordningen artikkel 9 nr. 2 bokstav a)
art9-employment = forpliktelser på området arbeidsrett, trygderett og sosialrett (personvernforordningen artikkel 9 nr. 2 bokstav b)
art9-vital-interests = vern av dine vitale interesser når du ikke selv er i stand til å gi samtykke (personvernforordningen artikkel 9 nr. 2 bokstav c)
art9-made-public = opplysninger som du selv åpenbart har offentliggjort (personvernforordningen artikkel 9 nr. 2 bokstav e)
art9-legal-claims = fastsettelse, utøvelse eller forsvar av rettskrav (personvernforordningen artikkel 9 nr. 2 bokstav f)
art9-substantial-public-interest = hensynet til viktige allmenne interesser med grunnlag i lov (personvernforordningen artikkel 9 nr. 2 bokstav g)
art9-health-care = helsehjelp som ytes av eller under ansvar av helsepersonell med taushetsplikt (personvernforordningen artikkel 9 nr. 2 bokstav h og nr. 3)
art9-public-health = allmennhetens interesse på folkehelseområdet (personvernforordningen artikkel 9 nr. 2 bokstav i)
art9-research = forskning med nødvendige garantier (personvernforordningen artikkel 9 nr. 2 bokstav j)

recipient-partners = samarbeidspartnerne våre som deltar i helsehjelpen til deg
recipient-other-care-providers = andre behandlere i eller utenfor virksomheten vår
recipient-external-consultant = en kollega utenfor virksomheten vår som behandleren din rådfører seg med; kollegaen får da se en del av journalen din
recipient-referrer = henvisende lege (fastlege eller spesialist), om hvordan behandlingen går
recipient-health-insurer = forsikringsselskapet ditt
recipient-insurance-institutions = de belgiske sykekassene (verzekeringsinstellingen eller ziekenfondsen)
recipient-riziv = det belgiske folketrygdinstituttet for helse og uførhet (Rijksinstituut voor Ziekte- en Invaliditeitsverzekering, RIZIV)
recipient-igj = Inspektoratet for helse og ungdomsomsorg (Inspectie Gezondheidszorg en Jeugd, IGJ)
recipient-nza = det nederlandske helsemarkedstilsynet (Nederlandse Zorgautoriteit, NZa)
recipient-implant-registry = det nederlandske nasjonale implantatregisteret (Landelijk Implantatenregister)
recipient-disputes-committee = den nederlandske tvisteløsningsnemnda for helsetjenester (Geschillencommissie Zorg)
recipient-disciplinary-board = en disiplinærnemnd for helsepersonell
recipient-court = domstolene
recipient-complaints-officer = klageansvarlig hos oss
recipient-lawyer = advokaten vår
recipient-police = politiet
recipient-competent-authorities = kompetente myndigheter
recipient-government-bodies = offentlige myndigheter
recipient-researchers = eksterne forskere
recipient-patients-representatives = berørte pasienter eller deres representanter
recipient-other-bodies = andre instanser
recipient-liability-insurer = ansvarsforsikringsselskapet vårt eller ansvarsforsikringsselskapet til det aktuelle helsepersonellet
recipient-processors = eksterne databehandlere som behandler personopplysninger på våre vegne
recipient-fps-health = den belgiske føderale helseforvaltningen (Federale Overheidsdienst Volksgezondheid)
recipient-flemish-community = Det flamske fellesskapet (Vlaamse Gemeenschap)
recipient-billing-services = eksterne faktureringstjenester

condition-by-law = i den grad loven krever det
condition-with-consent = med samtykke fra deg
condition-explicit-consent = bare med ditt uttrykkelige samtykke
condition-without-objection = uten samtykke fra deg hvis du ikke har protestert og loven tillater det
condition-unless-objection = med mindre du protesterer mot det
condition-necessary-for-care = når det er nødvendig for forsvarlig behandling
condition-on-request = når de ber om det
condition-legal-claims = for å behandle en klage eller et krav
condition-without-consent-for-claims = også uten samtykke fra deg, i den grad det er nødvendig for å forsvare en rett for domstolene eller for å fastsette, gjøre gjeldende eller forsvare et rettskrav
condition-suspected-crime = ved mistanke om en straffbar handling
condition-suspected-fraud = ved mistanke om svindel eller misbruk
condition-statutory-guarantees = bare innenfor de garantiene loven gir, for eksempel ved kontroll av ytelsene som er gitt
condition-within-patient-rights-act = innenfor rammene av loven som regulerer dine rettigheter som pasient
condition-authorised-by-decision = hvis de har fått hjemmel til det ved et offentlig vedtak
condition-complaint = hvis du klager

form-identifiable = i identifiserbar form
form-pseudonymised = i pseudonymisert form
form-anonymised = i anonymisert form

service-billing = fakturering og økonomisk oppgjør for helsehjelp
service-medical-records = elektronisk pasientjournal
service-booking = timebestillingssystem
service-patient-portal = pasientportal
service-it-services = IT-tjenester
service-hosting = drift og lagring (hosting)
service-email = e-posttjenester
service-newsletter = utsending av nyhetsbrev
service-analytics = nettstedsstatistikk
service-telephony = telefoni

mechanism-adequacy = en beslutning fra Europakommisjonen om at landet har et tilstrekkelig beskyttelsesnivå (personvernforordningen artikkel 45)
mechanism-data-privacy-framework = EU–USA-rammeverket Data Privacy Framework (Kommisjonens beslutning (EU) 2023/1795 om tilstrekkelig beskyttelsesnivå)
mechanism-standard-contractual-clauses = Europakommisjonens standard personvernbestemmelser (personvernforordningen artikkel 46 nr. 2 bokstav c; gjennomføringsbeslutning (EU) 2021/914)
mechanism-binding-corporate-rules = bindende virksomhetsregler (personvernforordningen artikkel 47)
mechanism-derogation = et unntak for særlige situasjoner (personvernforordningen artikkel 49)

record-medical-record = Medisinsk journal
record-nursing-record = Sykepleiedokumentasjon
record-patient-journal = Pasientjournal
record-financial = Økonomiske opplysninger
record-billing = Faktureringsopplysninger, kopier av attester for ytt helsehjelp og fakturaer
record-accounting = Regnskapsmateriale
record-ombuds-files = Avsluttede saker hos ombudstjenesten
record-marketing = Opplysninger til markedsføring
record-research = Opplysninger til forskning
record-camera-footage = Kameraopptak
record-call-recordings = Opptak av telefonsamtaler
record-customer-relationship = Opplysninger om kundeforholdet
record-complaints = Klagesaker
record-account = Opplysninger om brukerkontoen
record-consent = Samtykker

from-last-change = den siste endringen i journalen
from-last-entry = den siste innføringen i journalen
from-end-of-treatment = avsluttet behandling
from-last-contact = den siste kontakten med pasienten
from-last-discharge-or-treatment = den siste utskrivningen eller behandlingen
from-end-of-year-of-treatment-end = 31. desember i året behandlingen ble avsluttet
from-end-of-year-received = 31. desember i året vi mottok opplysningene
from-end-of-financial-year = regnskapsårets slutt
from-research-completion = avslutningen av forskningsprosjektet
from-recording = opptakstidspunktet
from-end-of-relationship = avslutningen av kundeforholdet
from-closing-of-file = avslutningen av saken
from-withdrawal = tilbaketrekkingen av samtykket ditt

extension-incident = eller lenger hvis en hendelse er registrert, til saken er avsluttet
extension-good-care = eller lenger hvis god og forsvarlig helsehjelp tilsier det
extension-legal-claims = eller lenger så lenge det er nødvendig for et rettskrav
extension-legal-duty = eller lenger hvis en lovbestemmelse krever det
extension-agreed-with-patient = eller lenger hvis du avtaler det med behandleren din
extension-medical-grounds = eller lenger hvis det av medisinske grunner med rimelighet er viktig

extension-incident-case = en registrert hendelse ennå ikke er avsluttet;
extension-good-care-case = god og forsvarlig helsehjelp tilsier lengre oppbevaring;
extension-legal-claims-case = opplysningene er nødvendige for et rettskrav;
extension-legal-duty-case = oppbevaringen kreves etter en lovbestemmelse;
extension-agreed-with-patient-case = pasienten og behandlende lege (eller, i dennes fravær, sjeflegen) blir enige om at opplysningene skal oppbevares;
extension-medical-grounds-case = oppbevaringen med rimelighet anses som viktig av medisinske grunner, med tanke på pasientens forventede levetid, eller for å forsvare de rettmessige interessene til pasienten eller pasientens rettsetterfølgere;

deletion-retention-expired = når lagringstiden er ute;
deletion-by-law = i de tilfellene som er fastsatt i eller i medhold av lov;
deletion-justified-request = etter berettiget anmodning fra enhver som har rettslig interesse i det;
deletion-court-order = etter en rettsavgjørelse.

measure-username-password = Tilgang til personopplysninger er beskyttet med brukernavn og passord.
measure-two-factor = Tilgang krever tofaktorautentisering.
measure-visual-login-token = I tillegg til brukernavn og passord kreves et visuelt påloggingstoken.
measure-separate-record-system = Etter mottak lagres opplysningene dine i et eget, skjermet elektronisk pasientjournalsystem.
measure-role-based-access = Ansatte har bare tilgang til de opplysningene de trenger i arbeidet sitt.
measure-physical-access = Lokaler og utstyr med personopplysninger er fysisk sikret med adgangskontroll.
measure-virtual-access-control = Systemene våre gir bare tilgang til brukere som har rett til det.
measure-access-logging = Vi logger hvem som har hatt tilgang til opplysningene, slik at tilgangen kan kontrolleres i etterkant.
measure-encryption-at-rest = Opplysninger som krever særlig beskyttelse, lagres kryptert.
measure-encryption-in-transit = Vi sender opplysninger over krypterte forbindelser (TLS).
measure-pseudonymisation = Der det er mulig, pseudonymiserer vi personopplysninger.
measure-effectiveness-testing = Vi tester, vurderer og evaluerer jevnlig hvor effektive sikkerhetstiltakene våre er.
measure-accuracy-controls = Vi har tiltak som skal sikre at opplysningene vi registrerer, er korrekte og fullstendige.
measure-continuous-monitoring = Vi overvåker kontinuerlig at sikkerheten fungerer, og vi retter mangler så raskt som mulig.
measure-compliance-checks = Vi kontrollerer jevnlig at de ansatte følger reglene, og vi griper inn ved brudd.
measure-confidentiality-undertakings = Alle som har tilgang til personopplysninger, har taushetsplikt.
measure-encrypted-reports = Personopplysninger i revisjons- og kvalitetsrapporter pseudonymiseres.
measure-investment = Vi setter av faste ressurser til informasjonssikkerhet.

standard-nen7510 = Vi arbeider etter NEN 7510, den nederlandske standarden for informasjonssikkerhet i helsetjenesten.
standard-iso27001 = Vi arbeider etter ISO/IEC 27001, den internasjonale standarden for informasjonssikkerhet.
standard-normen = Vi følger Norm for informasjonssikkerhet og personvern i helse- og omsorgssektoren (Normen).

cookie-functional = Funksjonelle informasjonskapsler
cookie-functional-desc = sørger for at nettstedet fungerer som det skal, og husker for eksempel innstillingene dine
cookie-analytics = Analytiske informasjonskapsler
cookie-analytics-desc = måler hvordan besøkende bruker nettstedet, slik at vi kan forbedre det
cookie-statistics = Informasjonskapsler for statistikk
cookie-statistics-desc = samler inn statistikk om bruken av nettstedet
cookie-tracking = Informasjonskapsler for sporing
cookie-tracking-desc = følger med på hvordan du surfer på nettet, slik at vi kan tilby deg tilpasset innhold og tilpassede annonser
cookie-marketing = Informasjonskapsler for markedsføring
cookie-marketing-desc = brukes til markedsføring og til å vise annonser

## Channels read as adverbial phrases ("på e-post", "på nettstedet vårt"): the sentences that
## use them ("Du kan sende en henvendelse { $channels }") carry no preposition of their own.
channel-email = på e-post
channel-letter = i brev
channel-signed-letter = i et underskrevet brev
channel-phone = per telefon
channel-in-person = ved personlig oppmøte
channel-dpo = via personvernombudet vårt
channel-patient-portal = via pasientportalen
channel-website = på nettstedet vårt
channel-reception = ved et oppslag i resepsjonen
channel-admission-form = i innleggelsesskjemaet
channel-welcome-brochure = i velkomstbrosjyren

complaint-body-dpo = personvernombudet vårt
complaint-body-complaints-officer = klageansvarlig hos oss
complaint-body-ombudsservice = ombudstjenesten vår
complaint-body-security-officer = informasjonssikkerhetsrådgiveren vår
complaint-body-disputes-committee = den nederlandske tvisteløsningsnemnda for helsetjenester (Geschillencommissie Zorg)
complaint-body-disciplinary-board = disiplinærnemnda for helsepersonell
complaint-body-court = den kompetente domstolen
complaint-body-health-inspectorate = Inspektoratet for helse og ungdomsomsorg (Inspectie Gezondheidszorg en Jeugd, IGJ)

erasure-verify-request = Vi kontakter deg for å bekrefte henvendelsen din; for å hindre misbruk ber vi deg da legitimere deg.
erasure-weigh-care-and-legal-position = Vi følger rutinene våre nøye og legger blant annet vekt på hensynet til forsvarlig helsehjelp og vår rettslige stilling.
erasure-practitioner-decides = Behandleren din avgjør om opplysninger kan slettes, og i så fall hvilke.
erasure-practitioner-with-dpo = Behandleren din avgjør, om nødvendig i samråd med personvernombudet, om opplysninger kan slettes, og i så fall hvilke.
erasure-written-reply = Vi gir deg alltid skriftlig svar på avgjørelsen.
erasure-note-in-record = Blir (deler av) journalen din slettet, noterer vi i journalen at opplysninger er slettet etter ønske fra deg.
erasure-irreversible = Slettede opplysninger kan ikke gjenopprettes.
erasure-advise-copy = Vi anbefaler at du før slettingen ber om å få en kopi av journalen din selv, eller om at den overføres til annet helsepersonell.
erasure-financial-kept = Økonomiske og administrative opplysninger er ikke en del av pasientjournalen; dem har vi lovpålagt plikt til å oppbevare, og de kan ikke slettes.

guidance-no-sensitive-by-email = Ikke send oss sensitive helseopplysninger med vanlig e-post eller via sosiale medier.
# A patient cannot waive the clinic's duty of confidentiality (helsepersonelloven § 21) or its
# security duty (personvernforordningen artikkel 32) by choosing a channel (review-nb M6).
guidance-unsafe-channel-non-sensitive = Sender du oss likevel helseopplysninger på denne måten, behandler vi dem med samme taushetsplikt som ellers, men vi svarer ikke med helseopplysninger i samme kanal; da kontakter vi deg på en sikker måte.
guidance-phone-for-sensitive = Vil du gi oss sensitive helseopplysninger, ber vi deg ringe oss.
guidance-encrypt-email = Gjelder det sensitive helseopplysninger, ber vi deg sende e-posten kryptert.

national-id-use-prevent-exchange-errors = unngå feil ved utveksling av økonomiske og medisinske opplysninger;
national-id-use-simpler-claims = gjøre det enklere å kreve oppgjør fra forsikringsselskapet ditt;
national-id-use-prevent-mixups = unngå personforvekslinger;
national-id-use-identity-fraud = beskytte deg bedre mot identitetstyveri.

quality-questionnaires = spørreskjemaer som vi ber deg fylle ut
quality-internal-audit = kontroll av pasientjournaler ved en intern kvalitetsrevisjon
quality-visitation = fagfellevurdering ved besøk fra en faglig sammenslutning
quality-incident-investigation = gjennomgang av uønskede hendelser
quality-accountability = dokumentasjon overfor tilsynsmyndigheten

marketing-newsletter = nyhetsbrevet vårt
marketing-new-products = informasjon om nye produkter og behandlinger
marketing-surveys = invitasjoner til brukerundersøkelser
marketing-service-information = annen informasjon om tjenestene våre

platform-patient-portal = personlig portal der du administrerer opplysningene og preferansene dine
platform-booking-app = app for timebestilling
platform-social-media-page = side i sosiale medier

term-personal-data = Personopplysninger
term-personal-data-def = enhver opplysning om en identifisert eller identifiserbar fysisk person, for eksempel en pasient. En person er identifiserbar hvis vedkommende direkte eller indirekte kan identifiseres, særlig ved hjelp av et identifikasjonsnummer, lokaliseringsopplysninger, en nettidentifikator (som en IP-adresse) eller ett eller flere elementer som er spesifikke for personens fysiske, fysiologiske, psykiske, økonomiske, kulturelle eller sosiale identitet.
term-health-data = Helseopplysninger
term-health-data-def = personopplysninger om en fysisk persons fysiske eller psykiske helse, herunder om ytelse av helsetjenester, som gir informasjon om vedkommendes helsetilstand.
term-anonymous-data = Anonyme opplysninger
term-anonymous-data-def = opplysninger som ikke (lenger) kan knyttes til en identifisert eller identifiserbar person, og som derfor ikke (lenger) er personopplysninger.
term-pseudonymised-data = Pseudonymiserte personopplysninger
term-pseudonymised-data-def = personopplysninger som er behandlet slik at de ikke lenger kan knyttes til en bestemt person uten bruk av tilleggsopplysninger, forutsatt at tilleggsopplysningene oppbevares separat og er sikret. De er fortsatt personopplysninger, fordi personen kan identifiseres ved hjelp av tilleggsopplysningene.
term-filing-system = Register
term-filing-system-def = enhver strukturert samling av personopplysninger som er tilgjengelig etter bestemte kriterier, uansett om samlingen er sentralisert, desentralisert eller spredt på funksjonelt eller geografisk grunnlag.
term-processing = Behandling
term-processing-def = enhver operasjon eller rekke operasjoner som gjøres med personopplysninger, enten automatisert eller ikke, for eksempel innsamling, registrering, organisering, strukturering, lagring, tilpasning eller endring, gjenfinning, konsultering, bruk, utlevering, sammenstilling, begrensning, sletting eller tilintetgjøring.
term-controller = Behandlingsansvarlig
term-controller-def = en fysisk eller juridisk person, en offentlig myndighet, en institusjon eller ethvert annet organ som alene eller sammen med andre bestemmer formålet med behandlingen av personopplysninger og hvilke midler som skal benyttes.
# Not "autorisert": in health law that means licensed under helsepersonelloven § 48 (review-nb M11).
term-authorised-person = Medarbeider med tilgang
term-authorised-person-def = en person som under den behandlingsansvarliges myndighet har fullmakt til å behandle personopplysninger.
term-processor = Databehandler
# Personvernforordningen artikkel 4 nr. 8; the clause on "direct authority" is Belgian and
# Wbp wording, not the GDPR's (review-nb S14).
term-processor-def = en fysisk eller juridisk person, en offentlig myndighet, en institusjon eller ethvert annet organ som behandler personopplysninger på vegne av den behandlingsansvarlige.
term-recipient = Mottaker
term-recipient-def = en fysisk eller juridisk person, en offentlig myndighet, en institusjon eller ethvert annet organ som personopplysninger utleveres til.
term-patient = Pasient
# After pasient- og brukerrettighetsloven § 1-3 bokstav a; not "innlagt" (admitted as an
# in-patient), which is wrong for an outpatient clinic (review-nb M11).
term-patient-def = en person som henvender seg til oss med anmodning om helsehjelp, eller som vi gir eller tilbyr helsehjelp.
term-revalidant = Rehabiliteringspasient
term-revalidant-def = en fysisk person som behandles ved rehabiliteringssykehuset.
term-consent = Samtykke
term-consent-def = enhver frivillig, spesifikk, informert og utvetydig viljesytring fra pasienten eller pasientens lovlige representant der vedkommende ved en erklæring eller en tydelig bekreftelse gir sitt samtykke til behandling av personopplysninger om pasienten.

refusal-legal-duty = en lovpålagt plikt
refusal-professional-secrecy = taushetsplikten vår
refusal-rights-of-others = hensynet til andres rettigheter
refusal-manifestly-unfounded = at henvendelsen er åpenbart grunnløs eller urimelig
refusal-therapeutic-exception = alvorlig fare for helsen din som innsyn ville medføre, der loven tillater å begrense innsyn av den grunn

erasure-ground-other-person-interest = oppbevaringen er av vesentlig betydning for en annen enn deg
erasure-ground-statutory-duty = en lovbestemmelse er til hinder for tilintetgjøring
erasure-ground-good-care = oppbevaringen er nødvendig for at vi fortsatt skal kunne gi deg forsvarlig helsehjelp
erasure-ground-public-health = oppbevaringen er nødvendig av hensyn til viktige allmenne interesser på folkehelseområdet
erasure-kept-request = selve anmodningen din, som dokumentasjon på at vi slettet opplysningene etter ønske fra deg;
erasure-kept-erasure-note = en merknad i journalen om at opplysninger er slettet etter ønske fra deg;
erasure-kept-financial-administrative = de økonomiske og administrative opplysningene dine: de er ikke en del av journalen, og loven krever at vi oppbevarer dem;
representation-topic-minors = mindreårige
representation-topic-adults = myndige som ikke kan utøve rettighetene sine selv
representation-topic-deceased = avdøde pasienter

request-to-controller = oss
request-to-practitioner = behandleren din
request-to-dpo = personvernombudet vårt
copy-delivery-collect-in-person = hente selv
copy-delivery-collect-by-authorised-person = få hentet av noen du har gitt skriftlig fullmakt
copy-delivery-registered-mail = få tilsendt rekommandert
copy-delivery-secure-email = få tilsendt med sikker e-post
copy-delivery-patient-portal = se i pasientportalen
on-behalf-parents = foreldrene dine eller andre med foreldreansvar
on-behalf-guardian = vergen din
on-behalf-curator = kuratoren din (curator, oppnevnt av retten)
on-behalf-mentor = mentoren din (oppnevnt av retten)
on-behalf-authorised-person = noen du har gitt skriftlig fullmakt
on-behalf-designated-representative = representanten du har utpekt
on-behalf-administrator = vergen din for personlige forhold, oppnevnt av fredsdommeren
complaint-body-practitioner = behandleren din
complaint-body-professional-association = klageordningen til yrkesforeningen vår

## National bodies and further recipients (issue 16 item 8). Which jurisdiction knows a
## national body is in the law data (`recipients`); the provision is added after the label.
recipient-infectious-disease-authority = GGD (den nederlandske kommunale helsetjenesten), ved en smittsom sykdom som det er lovpålagt å melde
recipient-school-health-service = elevveiledningssenteret (centrum voor leerlingenbegeleiding, CLB, Belgia)
recipient-social-welfare-centre = det offentlige sosialsenteret (openbaar centrum voor maatschappelijk welzijn, OCMW, Belgia)
recipient-helfo = Helfo, som utbetaler refusjon for helsetjenester
recipient-locum = en vikar, som overtar oppfølgingen når behandleren din er borte
recipient-insurer-medical-adviser = den medisinske rådgiveren hos forsikringsselskapet ditt

## National exchange and consent systems (issue 16 item 7; `exchange:`)
exchange-system-lsp = Landelijk Schakelpunt (LSP, det nederlandske knutepunktet for deling av helseopplysninger)
exchange-system-mitz = Mitz (den nederlandske samtykkeløsningen på nett)
exchange-system-ehealth-hubs = Deling gjennom eHealth-nettverkene (hubs) i Belgia
exchange-system-gmd = Global medisinsk journal (globaal medisch dossier, GMD, Belgia)
exchange-system-kjernejournal = Kjernejournal
exchange-channel-practice = hos oss
exchange-channel-consent-form = på et signert samtykkeskjema
exchange-channel-national-portal = på nett, på den nasjonale nettsiden
exchange-viewer-locum-gps = leger som vikarierer for fastlegen din, for eksempel på legevakten
exchange-viewer-pharmacists = farmasøyter på apotek
exchange-viewer-treating-doctors = leger som behandler deg
exchange-viewer-treating-providers = helsepersonell som gir deg helsehjelp
## Retention beyond periods (issue 16 item 9)
# Website data in the retention table (`retention[].record`).
record-website-logs = Loggfiler fra nettsiden vår
record-web-forms = Meldinger du sender oss via skjema på nettsiden vår
record-website-statistics = Statistikk over bruken av nettsiden vår
# Criteria instead of a period (`retention[].criterion`, personvernforordningen artikkel 13 nr. 2 bokstav a): whole sentences in the period column.
retention-criterion-until-treatment-ends = Til behandlingen din er avsluttet.
retention-criterion-as-long-as-client = Så lenge du er kunde hos oss.
retention-criterion-as-long-as-account = Så lenge du har en konto hos oss.
retention-criterion-until-request = Til du ber oss om å slette opplysningene.
retention-criterion-until-withdrawal = Til du trekker tilbake samtykket ditt.
retention-criterion-until-unsubscribe = Til du melder deg av.
retention-criterion-until-question-answered = Til spørsmålet ditt er besvart og ferdigbehandlet.
retention-criterion-until-claim-settled = Til klagen, tvisten eller kravet er avgjort.
retention-criterion-until-research-ends = Til forskningsprosjektet er avsluttet.
retention-criterion-care-need = Så lenge det kan antas at opplysningene trengs for helsehjelpen til deg eller for å dokumentere den.
retention-criterion-session = Bare så lenge besøket ditt på nettsiden vår varer.
# Who keeps the records when the practice closes (`closure.handover`), after "oppbevares av".
handover-successor = den som overtar virksomheten
handover-chosen-provider = en behandler du selv velger
handover-colleague = en kollega med samme kvalifikasjon
handover-national-scheme = den nasjonale ordningen for oppbevaring av pasientjournaler, som Helsedirektoratet har ansvaret for og Norsk helsearkiv driver
handover-former-holder = den tidligere innehaveren av praksisen, til oppbevaringstiden er ute

## Register (issue 16 item 10)
# Provider and site kinds (`controller.kind`, `locations[].kind`).
provider-nursing-home = et sykehjem
provider-assisted-living = et bofellesskap med omsorgsboliger
provider-day-care-centre = et dagsenter
provider-out-of-hours-service = en legevakt
provider-dental-practice = en tannlegepraksis
provider-physiotherapy-practice = en fysioterapipraksis
provider-mental-health-practice = en praksis for psykisk helsehjelp

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
audience-residents = beboere
audience-prospective-residents = fremtidige beboere
audience-former-residents = tidligere beboere
audience-day-care-users = brukere av dagtilbudet vårt
audience-informal-carers = pårørende som yter omsorg
audience-staff = ansatte hos oss
audience-visitors = besøkende i lokalene våre
audience-involved-providers = helsepersonell som deltar i behandlingen av pasientene våre
audience-suppliers = leverandører
audience-job-applicants = jobbsøkere
subject-residents = beboere
subject-prospective-residents = fremtidige beboere
subject-former-residents = tidligere beboere
subject-day-care-users = brukere av dagtilbudet vårt
subject-informal-carers = pårørende som yter omsorg
subject-staff = ansatte hos oss
subject-visitors = besøkende i lokalene våre
subject-involved-providers = helsepersonell som deltar i behandlingen av pasientene våre
subject-suppliers = leverandører
subject-job-applicants = jobbsøkere
provider-speech-therapy-practice = en logopedpraksis
provider-massage-practice = en massasjepraksis
provider-care-services = en helse- og omsorgstjeneste
example-nationality = nasjonalitet
example-language = språket du snakker
example-emergency-contact = kontaktperson i nødsituasjoner
example-age = alder
example-bank-account = kontonummer
example-treatment-course = behandlingsforløpet ditt
example-attendance = oppmøte til timer og timer du har avbestilt
example-message-content = det du skriver til oss i en melding eller et skjema
example-care-request = behovet ditt for helsehjelp
example-ip-address = IP-adresse
source-health-insurer = forsikringsselskapet ditt
source-treating-providers = andre behandlere du nå er under behandling hos
source-eid = det elektroniske ID-kortet ditt, som vi leser av elektronisk
source-insurance-check = kontrollen av forsikringsdekningen din hos forsikringsselskapene
recipient-laboratory = et medisinsk laboratorium
recipient-pharmacy = apoteket ditt
recipient-gp = fastlegen din
recipient-specialist = en spesialist
recipient-school = skolen du eller barnet ditt går på
recipient-incapacity-physician = en lege som vurderer arbeidsuførheten din på vegne av arbeidsgiveren din eller et forsikringsselskap
service-referrals = henvisninger til andre behandlere
service-secure-messaging = sikker meldingsutveksling
service-advertising = annonsering
measure-locked-storage = Papirdokumenter med personopplysninger oppbevarer vi innelåst.
measure-no-local-storage = Personopplysninger lagres i det sikrede systemet vårt og ikke på våre egne datamaskiner eller telefoner.
measure-no-sensitive-data-by-message = Vi sender ikke selv sensitive opplysninger på SMS eller vanlig e-post.
deletion-consent-withdrawn = når du trekker tilbake samtykket ditt, for opplysninger vi bare behandler på grunnlag av samtykke;
