### Labels of the closed vocabularies of the profile format, in French (issue 20).
### Category labels may use $national_id; purpose labels and descriptions may use
### $national_id and $controller; principles may use $controller.
## How the labels fit their sentences (French contracts "de le" and "à le", so each label
## is written for the one place it stands):
## - audience-* and subject-* carry "des" ("des patients"): they follow "données à caractère
##   personnel", as in "traite des données à caractère personnel des patients".
## - role-* carry their article ("le médecin en chef") and follow "par", "avec" or a colon.
## - from-* begin with "la" or "l'" ("la date du dernier contact"), as they follow "à compter
##   de"; refusal-* follow "en raison de" and so begin with a possessive or "la".
## - channel-* carry their preposition ("par e-mail", "via le portail patient").
## - request-to-*, on-behalf-*, handover-* and complaint bodies carry a possessive or an
##   article that survives "à" and "par" ("notre", "votre", "la", "l'").
## Belgian institutions (mutualité, CPAS, eID, Ordre des médecins, service de médiation) are
## named where the label only serves Belgian profiles or selects on $jurisdiction.

audience-patients = des patients
audience-clients = des clients
audience-revalidants = des patients en réadaptation
audience-website-visitors = des visiteurs de notre site web
audience-representatives = des représentants de patients

provider-clinic = une clinique
provider-pain-clinic = une clinique de la douleur
provider-aesthetic-clinic = une clinique de médecine esthétique
provider-dermatology-clinic = une clinique de dermatologie
provider-hospital = un hôpital
provider-rehabilitation-hospital = un hôpital de réadaptation
provider-general-practice = un cabinet de médecine générale
provider-practice = un cabinet

principle-lawful-fair-transparent = Nous traitons vos données à caractère personnel de manière licite, loyale et transparente.
principle-purpose-limitation = Nous indiquons clairement à quelles fins nous traitons des données à caractère personnel et ne les utilisons pas à d'autres fins incompatibles.
principle-data-minimisation = Nous ne collectons que les données à caractère personnel nécessaires à des finalités légitimes.
principle-accuracy = Nous veillons à ce que vos données soient exactes, complètes et à jour.
principle-consent-before-sharing = Nous vous demandons d'abord votre consentement explicite si nous souhaitons partager vos données avec d'autres professionnels de santé pour votre traitement.
principle-share-only-when-necessary = Nous ne communiquons vos données à d'autres organisations (de soins) que si c'est nécessaire ou si vous y avez consenti.
principle-security = Nous protégeons vos données à caractère personnel contre la perte, la détérioration et l'utilisation non autorisée.
principle-processors-bound = Nous exigeons également une sécurité appropriée des tiers qui traitent des données à caractère personnel pour notre compte.
principle-respect-rights = Nous respectons votre droit de consulter vos données, de les faire rectifier ou de les faire supprimer.
principle-accountability = Nous sommes en mesure de démontrer comment nous appliquons les règles de protection des données.
principle-storage-limitation = Nous ne conservons vos données à caractère personnel que le temps nécessaire à la finalité, et nous respectons les délais de conservation indiqués ci-dessous.

role-board-chair = le président du conseil d'administration
role-general-director = le directeur général
role-chief-physician = le médecin en chef
role-daily-management = la personne chargée de la gestion journalière
role-financial-director = le directeur administratif et financier
role-nursing-director = le directeur du département infirmier
role-regional-manager = le responsable régional
role-physicians = les médecins
role-nursing-paramedical = les services infirmiers et paramédicaux
role-kitchen = la cuisine et la cuisine diététique
role-medical-secretariats = les secrétariats médicaux
role-admission-billing = le service des admissions, de l'administration et de la facturation
role-it-department = le service informatique
role-patient-support = le service social, psychologique, palliatif et d'accompagnement spirituel
role-ombudsservice = le service de médiation
role-pharmacy = la pharmacie
role-security-officer-and-dpo = le conseiller en sécurité de l'information et le délégué à la protection des données
role-medical-staff = le personnel médical
role-secretarial-staff = le personnel de secrétariat
role-skin-therapists = les thérapeutes de la peau
role-beauticians = les esthéticiennes
role-financial-administration = le service financier
role-treatment-team = l'équipe soignante
role-support-staff = le personnel d'appui
role-health-personnel = les professionnels de santé
role-staff = nos collaborateurs
role-service-desk = nos collaborateurs du service clientèle

salutation-ms = Madame
salutation-mr = Monsieur

mandate-medical-record = le dossier médical en tant que partie du dossier du patient, y compris la surveillance de sa finalité et de ses moyens en vue de l'organisation et de la coordination de l'activité médicale
mandate-medical-activity-registration = l'enregistrement de l'activité médicale
mandate-medical-audit = le traitement de données dans le cadre d'un audit médical

dpo-task-monitor-compliance = veille au respect de la législation relative à la protection des données, { $doc ->
    [reglement] du présent règlement
   *[other] de la présente déclaration de confidentialité
} ainsi que des codes de conduite, protocoles et instructions de travail internes ;
dpo-task-advise = conseille notre organisation sur tous les aspects du traitement et de la sécurité des données à caractère personnel ;
dpo-task-report-to-board = fait régulièrement rapport à la direction ;
dpo-task-receive-breach-reports = reçoit les signalements de fuites de données (présumées) ;
dpo-task-consulted-on-erasure = est associé, si nécessaire, aux décisions relatives à la suppression de données ;
dpo-task-handle-requests = traite les demandes des patients concernant leurs données à caractère personnel et est leur point de contact.

subject-patients = des patients
subject-clients = des clients
subject-revalidants = des patients en réadaptation
subject-website-visitors = des visiteurs de notre site web
subject-trusted-persons = des personnes de confiance des patients
subject-representatives = des représentants des patients
subject-relatives = des membres de la famille, dans la mesure où c'est pertinent pour les soins

category-identification = Données d'identification
category-contact = Coordonnées
category-gender-birthdate = Sexe et date de naissance
category-national-id = Votre { $national_id }
category-id-document = Le numéro de votre document d'identité
category-insurance = Données d'assurance
category-treating-practitioners = Vos praticiens traitants
category-preferences = Vos préférences
category-financial = Données financières
category-administrative = Données administratives
category-satisfaction = Enquêtes de satisfaction complétées, sauf si vous les avez remplies de manière anonyme
category-social = Données sociales
category-judicial = Données judiciaires, dans la mesure où la loi les prescrit
category-health = Données relatives à votre santé
category-account = Données de votre compte
category-consent = Vos consentements
category-images = Images de caméras de surveillance
category-call-recordings = Enregistrements de conversations téléphoniques
category-website = Données relatives à votre visite sur notre site web
category-occupation = Votre profession

example-name = nom
example-address = adresse
example-residence = lieu de résidence
example-phone = numéro de téléphone
example-email = adresse e-mail
example-gender = sexe
example-birth-date = date de naissance
example-health-insurer = { $jurisdiction ->
    [BE] mutualité
   *[other] assureur santé
}
example-gp = médecin généraliste
example-occupational-physician = médecin du travail
example-physiotherapist = kinésithérapeute
example-imaging-centre = centre d'IRM
example-pharmacy = pharmacie
example-communication-wishes = vos souhaits concernant la communication avec nous
example-payments = vos paiements
example-appointments = vos rendez-vous
example-medical-history = antécédents médicaux
example-consult-reports = comptes rendus de consultation
example-operation-reports = comptes rendus opératoires
example-correspondence = correspondance avec votre médecin généraliste ou un autre médecin référent
example-medication = médicaments prescrits
example-medication-use = médicaments utilisés
example-prescriptions = prescriptions
example-test-results = résultats d'examens médicaux
example-questionnaires = questionnaires médicaux
example-implants = implants et prothèses posés
example-before-after-photos = photos avant et après une intervention de chirurgie esthétique
example-diagnoses = diagnostics
example-previous-treatments = traitements antérieurs
example-health-condition = votre état de santé
example-medical-data = données médicales
example-paramedical-data = données paramédicales
example-nursing-data = données infirmières
example-occupation = profession
example-health-insurance-fund = affiliation à une mutualité
example-admission-billing = données d'admission et de facturation

source-patient = vous-même
source-referrer = votre médecin référent, comme votre médecin généraliste ou votre médecin spécialiste
source-previous-providers = les professionnels de santé qui vous ont soigné auparavant
source-pharmacy = votre pharmacie
source-health-personnel = vos entretiens avec des professionnels de santé
source-examinations = les examens et traitements que vous subissez chez nous
source-representatives = votre représentant
source-national-exchange = { $jurisdiction ->
    [BE] les réseaux d'échange électronique de données de santé, comme la plate-forme eHealth
   *[other] les systèmes nationaux d'échange de données de santé
}
source-public-registry = les registres publics

source-condition-with-consent = avec votre consentement
source-condition-when-patient-unable = si vous n'êtes pas en mesure de fournir vous-même les données
source-condition-when-purpose-requires = si la finalité du traitement requiert un autre mode de collecte
source-condition-clearly-provided-for-processing = s'il est clair, lors de la communication, que les données nous sont fournies pour être traitées

purpose-care = Soins et traitement
purpose-care-desc = Nous utilisons vos données, y compris les données relatives à votre santé, pour vous dispenser des soins de qualité et sûrs : pour la prévention, le diagnostic, le traitement et les soins infirmiers, et pour le dossier médical que nous en tenons.
purpose-billing = Facturation et suivi financier
purpose-billing-desc = Nous utilisons vos données pour facturer les soins dispensés et en assurer le suivi financier{ $jurisdiction ->
    [BE] , auprès de vous et de votre mutualité.
   *[other] .
}
purpose-contact = Contacts avec vous
purpose-contact-desc = Nous utilisons vos coordonnées pour vous téléphoner, vous envoyer un e-mail ou vous écrire lorsque c'est nécessaire pour nos soins et nos services, par exemple au sujet de vos rendez-vous.
purpose-national-id = Utilisation de votre { $national_id }
purpose-national-id-desc = La loi nous oblige à utiliser votre { $national_id } dans le cadre des soins et à vérifier votre identité.
purpose-account = Votre inscription et votre compte
purpose-account-desc = Nous conservons les données de votre inscription afin que vous ne deviez pas les communiquer à chaque fois.
purpose-appointments = Rendez-vous
purpose-appointments-desc = Nous utilisons vos données pour fixer des rendez-vous avec vous et vous les rappeler.
purpose-quality = Qualité des soins
purpose-quality-desc = Nous utilisons des données pour surveiller et améliorer la qualité et la sécurité de nos soins.
purpose-accountability = Justification auprès des autorités de contrôle
purpose-accountability-desc = Nous sommes tenus d'enregistrer des données pour rendre compte de nos soins aux autorités de contrôle des soins de santé.
purpose-research = Recherche scientifique
purpose-research-desc = Nous utilisons des données pour la recherche scientifique médicale, afin de mieux prévenir et traiter les maladies et les affections.
purpose-marketing = Promotion et marketing
purpose-marketing-desc = Nous utilisons vos coordonnées pour vous informer de nouveaux produits et traitements.
purpose-surveys = Enquêtes de satisfaction
purpose-surveys-desc = Nous vous invitons parfois à participer à une enquête de satisfaction, afin que vous puissiez nous donner votre avis sur nous et nos traitements et que nous puissions nous améliorer.
purpose-complaints = Traitement des plaintes
purpose-complaints-desc = Nous enregistrons et traitons les plaintes des patients et de leurs personnes de confiance, et intervenons en tant que médiateur.
purpose-legal-claims = Plaintes, réclamations et actions en justice
purpose-legal-claims-desc = Si vous introduisez une plainte ou une réclamation, auprès de nous ou d'un organisme externe, { $jurisdiction ->
    [BE] notre médiateur
   *[other] notre responsable des plaintes
} et, si nécessaire, notre avocat ont accès aux données nécessaires à cet effet.
purpose-camera-security = Surveillance par caméras
# States no purpose of its own: the clinic's purpose comes from the profile (cameras.purpose).
purpose-camera-security-desc = Nous avons recours à la surveillance par caméras.
purpose-call-recording = Enregistrement des conversations téléphoniques
purpose-call-recording-desc = Nous enregistrons les conversations téléphoniques avec nos collaborateurs du service clientèle afin de former nos collaborateurs.
purpose-fraud-prevention = Prévention de la fraude et des abus
# Medical secrecy allows no disclosure of health data on a suspicion.
purpose-fraud-prevention-desc = En cas de soupçon de fraude ou d'abus de nos services, nous pouvons communiquer des données administratives et d'identification aux autorités compétentes ; nous ne communiquons pas de données médicales dans ce cadre.
purpose-implant-registry = Enregistrement des implants
purpose-implant-registry-desc = La loi nous oblige à enregistrer des données relatives aux implants posés dans le registre national des implants.
purpose-statutory-records = Obligations légales
purpose-statutory-records-desc = Nous devons enregistrer et conserver certaines données en vertu de la législation fiscale et de la législation relative aux soins de santé, et communiquer des données aux services d'inspection compétents à leur demande.
purpose-administration = Administration des patients
purpose-administration-desc = Nous assurons le suivi de votre séjour et de votre traitement en vue de la facturation.
purpose-registration = Enregistrement des patients
purpose-registration-desc = Nous enregistrons des données médicales et des données de séjour à des fins imposées par les pouvoirs publics, ainsi qu'à des fins de recherche et de politique.
purpose-medicines = Gestion des médicaments
purpose-medicines-desc = Nous traitons des données pour la prescription et la délivrance de médicaments.
purpose-scientific-registration = Enregistrement scientifique
purpose-scientific-registration-desc = Nous enregistrons des données médicales à caractère épidémiologique, scientifique ou de politique de santé, à des fins de recherche, d'enseignement ou d'objectifs imposés par les pouvoirs publics.
purpose-organ-donation = Don d'organes
purpose-organ-donation-desc = Nous traitons des données dans le cadre de la coordination locale des donneurs.
purpose-risk-management = Gestion des risques
purpose-risk-management-desc = Nous traitons des données pour surveiller et améliorer la qualité et la sécurité de nos produits, processus, services et équipements médicaux.
purpose-work-planning = Planification du travail
purpose-work-planning-desc = Nous traitons des données pour planifier et suivre les tâches, la charge de travail et les prestations.
purpose-beneficiaries = Administration des bénéficiaires
# A care provider does not grant social-security rights; it exchanges data with the insurer
# for the cover of the care. Belgium: the mutualité and, where relevant, the CPAS; the prise en
# charge and the tiers payant.
purpose-beneficiaries-desc = { $jurisdiction ->
    [BE] Nous échangeons des données avec votre mutualité et, le cas échéant, avec le CPAS, pour la prise en charge de vos soins et l'application du régime du tiers payant.
   *[other] Nous échangeons des données avec votre assureur santé ou d'autres organismes qui supportent le coût de vos soins, afin d'établir si et comment vos soins sont remboursés et de régler ce remboursement.
}
purpose-care-evaluation = Évaluation des soins
purpose-care-evaluation-desc = Nous traitons des données relatives aux pratiques diagnostiques et thérapeutiques afin d'améliorer la qualité de nos méthodes de soins.
purpose-website = Notre site web
purpose-website-desc = Nous traitons des données relatives à votre visite sur notre site web, collectées au moyen de cookies et de techniques similaires, aux fins décrites dans la partie « Cookies ».
purpose-bookkeeping = Comptabilité
purpose-bookkeeping-desc = Nous enregistrons vos paiements dans notre comptabilité, comme la loi le prescrit.
purpose-client-relationship = Votre relation client
purpose-client-relationship-desc = Nous utilisons vos données, comme vos coordonnées, vos rendez-vous et vos paiements, pour gérer votre relation client avec nous.

# The GDPR cited as EUR-Lex's French text cites it: "article 6, paragraphe 1, point a)".
art6-consent = votre consentement (article 6, paragraphe 1, point a), du RGPD)
art6-contract = l'exécution du contrat de soins conclu avec vous (article 6, paragraphe 1, point b), du RGPD)
art6-legal-obligation = une obligation légale à laquelle nous sommes soumis (article 6, paragraphe 1, point c), du RGPD)
art6-vital-interests = la sauvegarde de vos intérêts vitaux (article 6, paragraphe 1, point d), du RGPD)
art6-public-task = l'exécution d'une mission d'intérêt public (article 6, paragraphe 1, point e), du RGPD)
art6-legitimate-interest = notre intérêt légitime (article 6, paragraphe 1, point f), du RGPD)

art9-explicit-consent = votre consentement explicite (article 9, paragraphe 2, point a), du RGPD)
art9-employment = des obligations en matière de droit du travail et de la sécurité sociale (article 9, paragraphe 2, point b), du RGPD)
art9-vital-interests = la sauvegarde de vos intérêts vitaux lorsque vous n'êtes pas en mesure de donner vous-même votre consentement (article 9, paragraphe 2, point c), du RGPD)
art9-made-public = des données que vous avez vous-même manifestement rendues publiques (article 9, paragraphe 2, point e), du RGPD)
art9-legal-claims = la constatation, l'exercice ou la défense de droits en justice (article 9, paragraphe 2, point f), du RGPD)
art9-substantial-public-interest = un motif d'intérêt public important sur la base de la loi (article 9, paragraphe 2, point g), du RGPD)
art9-health-care = la prise en charge sanitaire par un professionnel soumis au secret professionnel ou sous sa responsabilité (article 9, paragraphe 2, point h), et paragraphe 3, du RGPD)
art9-public-health = des motifs d'intérêt public dans le domaine de la santé publique (article 9, paragraphe 2, point i), du RGPD)
art9-research = la recherche scientifique, moyennant des garanties appropriées (article 9, paragraphe 2, point j), du RGPD)

recipient-partners = nos partenaires qui participent à vos soins
recipient-other-care-providers = d'autres professionnels de santé au sein de notre organisation ou en dehors de celle-ci
recipient-external-consultant = un confrère extérieur à notre organisation que votre praticien traitant consulte et à qui une partie de votre dossier est soumise à cet effet
recipient-referrer = votre médecin référent (médecin généraliste ou médecin spécialiste), sur l'évolution du traitement
recipient-health-insurer = votre assureur santé
recipient-insurance-institutions = les organismes assureurs (mutualités)
recipient-riziv = l'Institut national d'assurance maladie-invalidité (INAMI)
recipient-igj = l'Inspection néerlandaise de la santé et de la jeunesse (Inspectie Gezondheidszorg en Jeugd, IGJ)
recipient-nza = l'Autorité néerlandaise des soins de santé (Nederlandse Zorgautoriteit, NZa)
recipient-implant-registry = le registre national néerlandais des implants (Landelijk Implantatenregister)
recipient-disputes-committee = la commission néerlandaise des litiges en matière de soins (Geschillencommissie Zorg)
recipient-disciplinary-board = une instance disciplinaire des professions de santé
recipient-court = les cours et tribunaux
recipient-complaints-officer = notre responsable des plaintes
recipient-lawyer = notre avocat
recipient-police = la police
recipient-competent-authorities = les autorités compétentes
recipient-government-bodies = les pouvoirs publics
recipient-researchers = des chercheurs externes
recipient-patients-representatives = les patients concernés ou leurs représentants
recipient-other-bodies = d'autres organismes
recipient-liability-insurer = notre assureur en responsabilité professionnelle ou celui du professionnel de santé concerné
recipient-processors = des sous-traitants externes qui traitent des données à caractère personnel pour notre compte
recipient-fps-health = le Service public fédéral Santé publique, Sécurité de la Chaîne alimentaire et Environnement
recipient-flemish-community = la Communauté flamande
recipient-billing-services = des services externes de tarification

condition-by-law = dans la mesure où la loi l'impose
condition-with-consent = avec votre consentement
condition-explicit-consent = uniquement avec votre consentement explicite
condition-unless-objection = sauf si vous vous y opposez
# Joined to "avec votre consentement" by "ou".
condition-without-objection = sans votre consentement si vous ne vous y êtes pas opposé et que la loi le permet
condition-necessary-for-care = lorsque c'est nécessaire à un traitement adéquat
condition-on-request = à leur demande
condition-legal-claims = pour le traitement d'une plainte ou d'une réclamation
condition-without-consent-for-claims = même sans votre consentement, dans la mesure où c'est nécessaire à la défense d'un droit en justice ou à la constatation, à l'exercice ou à la défense de droits en justice
condition-suspected-crime = en cas de soupçon d'infraction pénale
condition-suspected-fraud = en cas de soupçon de fraude ou d'abus
condition-statutory-guarantees = uniquement dans le respect des garanties légales, par exemple lors d'un contrôle des prestations
condition-within-patient-rights-act = { $jurisdiction ->
    [BE] dans les limites de la loi relative aux droits du patient
   *[other] dans les limites de la loi qui régit vos droits de patient
}
condition-authorised-by-decision = s'ils y ont été autorisés par une décision des pouvoirs publics
condition-complaint = si vous introduisez une plainte

form-identifiable = sous une forme identifiable
form-pseudonymised = sous une forme codée (pseudonymisée)
form-anonymised = sous une forme anonymisée

service-billing = suivi financier et facturation des soins
service-medical-records = dossier patient informatisé
service-booking = système de prise de rendez-vous
service-patient-portal = portail patient
service-it-services = services informatiques
service-hosting = hébergement
service-email = services de messagerie électronique
service-newsletter = envoi de lettres d'information
service-analytics = statistiques de fréquentation du site web
service-telephony = téléphonie

mechanism-adequacy = une décision d'adéquation de la Commission européenne (article 45 du RGPD)
mechanism-data-privacy-framework = le cadre de protection des données UE-États-Unis (EU-U.S. Data Privacy Framework ; décision d'adéquation (UE) 2023/1795)
mechanism-standard-contractual-clauses = des clauses contractuelles types adoptées par la Commission européenne (article 46, paragraphe 2, point c), du RGPD ; décision d'exécution (UE) 2021/914)
mechanism-binding-corporate-rules = des règles d'entreprise contraignantes (article 47 du RGPD)
mechanism-derogation = une dérogation pour des situations particulières (article 49 du RGPD)

record-medical-record = Dossier médical
record-nursing-record = Données infirmières
record-patient-journal = Dossier patient
record-financial = Données financières
record-billing = Données de facturation, doubles des attestations de soins donnés et factures
record-accounting = Pièces comptables
record-ombuds-files = Dossiers clôturés du service de médiation
record-marketing = Données utilisées à des fins de marketing
record-research = Données utilisées pour la recherche scientifique
record-camera-footage = Images de caméras de surveillance
record-call-recordings = Conversations téléphoniques enregistrées
record-customer-relationship = Données relatives à la relation client
record-complaints = Dossiers de plaintes
record-account = Données du compte
record-consent = Consentements

# After "à compter de": each begins with "la" or "l'" (no "de le").
from-last-change = la date de la dernière modification du dossier
from-last-entry = la date de la dernière mention dans le dossier
from-end-of-treatment = la fin du traitement
from-last-contact = la date du dernier contact avec le patient
from-last-discharge-or-treatment = la date de la dernière sortie ou du dernier traitement
from-end-of-year-of-treatment-end = la fin de l'année civile au cours de laquelle le traitement a pris fin (31 décembre)
from-end-of-year-received = la fin de l'année civile au cours de laquelle nous avons reçu les données (31 décembre)
from-end-of-financial-year = la clôture de l'exercice comptable
from-research-completion = la fin de la recherche
from-recording = la date de l'enregistrement
from-end-of-relationship = la fin de la relation client
from-closing-of-file = la clôture du dossier
from-withdrawal = la date du retrait de votre consentement

extension-incident = ou plus longtemps si un incident a été enregistré, jusqu'au règlement de cet incident
extension-good-care = ou plus longtemps si des soins de qualité l'exigent raisonnablement
extension-legal-claims = ou plus longtemps, aussi longtemps que nécessaire pour une action en justice
extension-legal-duty = ou plus longtemps si une disposition légale l'exige
extension-agreed-with-patient = ou plus longtemps si vous en convenez avec votre praticien traitant
extension-medical-grounds = ou plus longtemps si cela est raisonnablement important pour des raisons médicales

extension-incident-case = un incident a été enregistré et n'a pas encore été réglé ;
extension-good-care-case = une conservation plus longue est raisonnablement nécessaire à des soins de qualité ;
extension-legal-claims-case = les données sont nécessaires à une action en justice ;
extension-legal-duty-case = la conservation est requise par une disposition légale ;
extension-agreed-with-patient-case = le patient et le médecin traitant (ou, à défaut, le médecin en chef) conviennent de conserver les données ;
extension-medical-grounds-case = la conservation est raisonnablement jugée importante d'un point de vue médical, compte tenu de l'espérance de vie du patient, ou pour la défense de ses intérêts légitimes ou de ceux de ses ayants droit ;

deletion-retention-expired = à l'expiration du délai de conservation ;
deletion-by-law = dans les cas prévus par la loi ou en vertu de celle-ci ;
deletion-justified-request = à la demande justifiée de toute personne intéressée ;
deletion-court-order = en exécution d'une décision judiciaire.

measure-username-password = L'accès aux données à caractère personnel est protégé par un nom d'utilisateur et un mot de passe.
measure-two-factor = L'accès requiert une authentification à deux facteurs.
measure-visual-login-token = Outre le nom d'utilisateur et le mot de passe, un jeton de connexion visuel est nécessaire.
measure-separate-record-system = Dès leur réception, vos données sont conservées dans un dossier patient informatisé distinct et sécurisé.
measure-role-based-access = Les collaborateurs n'ont accès qu'aux données dont ils ont besoin pour leurs missions.
measure-physical-access = Nous prenons des mesures physiques pour sécuriser l'accès aux systèmes contenant des données à caractère personnel.
measure-virtual-access-control = Nos applications contrôlent les autorisations avant de donner accès aux données (contrôle a priori).
measure-access-logging = Nous enregistrons qui a eu accès aux données (contrôle a posteriori).
measure-encryption-at-rest = Les données sensibles sont conservées sous forme chiffrée.
# No TLS version and no "exclusivement": the profile states only that connections are encrypted.
measure-encryption-in-transit = Nous transmettons les données par des connexions chiffrées (TLS).
measure-pseudonymisation = Dans la mesure du possible, nous pseudonymisons les données à caractère personnel.
measure-effectiveness-testing = Nous testons, analysons et évaluons régulièrement l'efficacité de nos mesures de sécurité.
measure-accuracy-controls = Nous prenons des mesures pour garantir l'exactitude et l'exhaustivité des données enregistrées.
measure-continuous-monitoring = Nous surveillons en permanence l'efficacité de notre sécurité et remédions aux lacunes dans les meilleurs délais.
measure-compliance-checks = Nous contrôlons régulièrement que les collaborateurs respectent les règles et intervenons en cas d'infraction.
measure-confidentiality-undertakings = Toute personne ayant accès aux données à caractère personnel est tenue à une obligation de confidentialité.
measure-encrypted-reports = Les données à caractère personnel figurant dans les rapports d'audit et de qualité sont chiffrées.
measure-investment = Nous investissons de manière structurelle du temps et des moyens dans la sécurité de nos systèmes.

standard-nen7510 = Nous appliquons la norme néerlandaise de sécurité de l'information dans les soins de santé, NEN 7510.
standard-iso27001 = Nous appliquons la norme internationale de sécurité de l'information ISO/IEC 27001.
standard-normen = Nous suivons la norme norvégienne de sécurité de l'information et de protection des données dans le secteur de la santé (Normen).

cookie-functional = Cookies fonctionnels
cookie-functional-desc = assurent le bon fonctionnement du site web et mémorisent par exemple vos préférences
cookie-analytics = Cookies analytiques
cookie-analytics-desc = mesurent la manière dont les visiteurs utilisent le site web, afin que nous puissions l'améliorer
cookie-statistics = Cookies statistiques
cookie-statistics-desc = recueillent des statistiques sur l'utilisation du site web
cookie-tracking = Cookies de traçage
cookie-tracking-desc = suivent votre comportement de navigation, afin que nous puissions vous proposer des contenus et des publicités personnalisés
cookie-marketing = Cookies de marketing
cookie-marketing-desc = sont utilisés à des fins de marketing et pour l'affichage de publicités

channel-email = par e-mail
channel-letter = par lettre
channel-signed-letter = par lettre signée
channel-phone = par téléphone
channel-in-person = lors d'une visite en personne
channel-dpo = par l'intermédiaire de notre délégué à la protection des données
channel-patient-portal = via le portail patient
channel-website = sur notre site web
channel-reception = par un message à l'accueil
channel-admission-form = dans le formulaire d'admission
channel-welcome-brochure = dans la brochure d'accueil

complaint-body-dpo = notre délégué à la protection des données
complaint-body-complaints-officer = { $jurisdiction ->
    [BE] notre médiateur
   *[other] notre responsable des plaintes
}
complaint-body-ombudsservice = notre service de médiation
complaint-body-security-officer = notre conseiller en sécurité de l'information
complaint-body-disputes-committee = la commission néerlandaise des litiges en matière de soins (Geschillencommissie Zorg)
complaint-body-disciplinary-board = { $jurisdiction ->
    [BE] l'instance disciplinaire compétente, comme l'Ordre des médecins
   *[other] l'instance disciplinaire des professions de santé
}
complaint-body-court = le tribunal compétent
complaint-body-health-inspectorate = l'Inspection néerlandaise de la santé et de la jeunesse (Inspectie Gezondheidszorg en Jeugd, IGJ)

erasure-verify-request = Nous prenons contact avec vous pour vérifier votre demande ; pour prévenir les abus, vous devrez alors justifier de votre identité.
erasure-weigh-care-and-legal-position = Nous appliquons rigoureusement nos procédures et mettons notamment en balance l'intérêt de soins de qualité et notre position juridique.
erasure-practitioner-decides = Votre praticien traitant décide si des données peuvent être supprimées et, le cas échéant, lesquelles.
erasure-practitioner-with-dpo = Votre praticien traitant décide, si nécessaire en concertation avec le délégué à la protection des données, si des données peuvent être supprimées et, le cas échéant, lesquelles.
erasure-written-reply = Nous vous informons toujours de la décision par écrit.
erasure-note-in-record = Si tout ou partie de votre dossier est supprimé, nous mentionnons dans votre dossier que des données ont été supprimées à votre demande.
erasure-irreversible = Les données supprimées ne peuvent pas être récupérées.
erasure-advise-copy = Avant la suppression, nous vous conseillons de faire transmettre une copie de votre dossier à vous-même ou à un autre professionnel de santé.
erasure-financial-kept = Les données financières et administratives ne font pas partie du dossier médical. La loi nous oblige à les conserver ; elles ne peuvent donc pas être supprimées.

guidance-no-sensitive-by-email = Ne nous envoyez pas d'informations sensibles sur votre santé par e-mail ordinaire ou par les réseaux sociaux.
guidance-unsafe-channel-non-sensitive = Si vous nous envoyez malgré tout des informations de santé par un tel canal non sécurisé, nous les traitons avec la même confidentialité que toujours, mais nous ne répondons pas par ce même canal avec des données de santé ; nous prenons alors contact avec vous de manière sécurisée.
guidance-phone-for-sensitive = Si vous souhaitez nous communiquer des informations sensibles, veuillez nous contacter par téléphone.
guidance-encrypt-email = S'il s'agit d'informations sensibles, envoyez-nous votre e-mail sous forme chiffrée.

national-id-use-prevent-exchange-errors = éviter les erreurs lors de l'échange de données financières et médicales ;
national-id-use-simpler-claims = { $jurisdiction ->
    [BE] simplifier la facturation à votre mutualité ;
   *[other] simplifier la facturation à votre assureur santé ;
}
national-id-use-prevent-mixups = éviter toute confusion entre patients ;
national-id-use-identity-fraud = mieux vous protéger contre l'usurpation d'identité.

quality-questionnaires = les questionnaires que nous vous demandons de remplir
quality-internal-audit = le contrôle des dossiers de patients lors d'un audit qualité interne
quality-visitation = une visite d'évaluation par des pairs d'une association professionnelle
quality-incident-investigation = l'analyse des incidents
quality-accountability = la justification auprès des services d'inspection compétents

marketing-newsletter = notre lettre d'information
marketing-new-products = des informations sur de nouveaux produits et traitements
marketing-surveys = des invitations à des enquêtes de satisfaction
marketing-service-information = d'autres informations sur nos services

platform-patient-portal = portail personnel dans lequel vous gérez vos données et vos préférences
platform-booking-app = application de prise de rendez-vous
platform-social-media-page = page sur les réseaux sociaux

# The GDPR's definitions (art. 4), in the words of its French text where they are quoted.
term-personal-data = Données à caractère personnel
term-personal-data-def = toute information se rapportant à une personne physique identifiée ou identifiable, comme un patient. Une personne est identifiable si elle peut être identifiée, directement ou indirectement, notamment par référence à un numéro d'identification, à des données de localisation, à un identifiant en ligne (comme une adresse IP) ou à un ou plusieurs éléments spécifiques propres à son identité physique, physiologique, psychique, économique, culturelle ou sociale.
term-health-data = Données concernant la santé
term-health-data-def = les données à caractère personnel relatives à la santé physique ou mentale d'une personne physique, y compris la prestation de services de soins de santé, qui révèlent des informations sur l'état de santé de cette personne.
term-anonymous-data = Données anonymes
term-anonymous-data-def = les données qui ne peuvent pas (ou plus) être mises en relation avec une personne identifiée ou identifiable et qui ne sont donc pas (ou plus) des données à caractère personnel.
term-pseudonymised-data = Données à caractère personnel pseudonymisées
term-pseudonymised-data-def = les données à caractère personnel traitées de telle façon qu'elles ne peuvent plus être attribuées à une personne précise sans avoir recours à des informations supplémentaires, pour autant que ces informations supplémentaires soient conservées séparément et sécurisées. Elles restent des données à caractère personnel, car la personne reste identifiable au moyen des informations supplémentaires.
term-filing-system = Fichier
term-filing-system-def = tout ensemble structuré de données à caractère personnel accessibles selon des critères déterminés, que cet ensemble soit centralisé, décentralisé ou réparti de manière fonctionnelle ou géographique.
term-processing = Traitement
term-processing-def = toute opération ou tout ensemble d'opérations effectuées ou non à l'aide de procédés automatisés et appliquées à des données à caractère personnel, telles que la collecte, l'enregistrement, l'organisation, la structuration, la conservation, l'adaptation ou la modification, l'extraction, la consultation, l'utilisation, la communication, le rapprochement, la limitation, l'effacement ou la destruction.
term-controller = Responsable du traitement
term-controller-def = la personne physique ou morale, l'autorité publique, le service ou un autre organisme qui, seul ou conjointement avec d'autres, détermine les finalités et les moyens du traitement de données à caractère personnel.
term-authorised-person = Collaborateur autorisé
term-authorised-person-def = la personne qui, placée sous l'autorité du responsable du traitement, est autorisée à traiter des données à caractère personnel.
term-processor = Sous-traitant
# Art. 4, point 8, GDPR.
term-processor-def = la personne physique ou morale, l'autorité publique, le service ou un autre organisme qui traite des données à caractère personnel pour le compte du responsable du traitement.
term-recipient = Destinataire
term-recipient-def = la personne physique ou morale, l'autorité publique, le service ou tout autre organisme qui reçoit communication de données à caractère personnel.
term-patient = Patient
term-patient-def = { $jurisdiction ->
    [NO] une personne qui s'adresse à nous pour obtenir des soins de santé, ou à qui nous dispensons ou proposons des soins de santé.
   *[other] la personne physique qui est admise ou traitée chez nous.
}
term-revalidant = Patient en réadaptation
term-revalidant-def = la personne physique qui est traitée à l'hôpital de réadaptation.
term-consent = Consentement
term-consent-def = toute manifestation de volonté, libre, spécifique, éclairée et univoque par laquelle le patient ou son représentant légal accepte, par une déclaration ou par un acte positif clair, que des données à caractère personnel le concernant fassent l'objet d'un traitement.

# After "en raison de": possessives and "la", never "une" (no "de une").
refusal-legal-duty = nos obligations légales
refusal-professional-secrecy = notre secret professionnel
refusal-rights-of-others = la protection des droits d'autrui
refusal-manifestly-unfounded = la nature manifestement infondée ou excessive d'une demande
refusal-therapeutic-exception = un préjudice grave pour votre santé que l'accès causerait, dans la mesure où la loi permet de limiter l'accès pour ce motif

# Grounds for refusing destruction of the record (`erasure.exceptions`, law data
# `patient_erasure.exceptions`): clauses after "sauf si" / "dans la mesure où".
erasure-ground-other-person-interest = la conservation présente un intérêt considérable pour une personne autre que vous
erasure-ground-statutory-duty = une disposition légale s'oppose à la destruction
erasure-ground-good-care = la conservation est nécessaire pour continuer à vous dispenser des soins adéquats
erasure-ground-public-health = la conservation est nécessaire pour des motifs d'intérêt public dans le domaine de la santé publique
# What is kept after destruction (`erasure.kept`): list items.
erasure-kept-request = votre demande elle-même, comme preuve que les données ont été supprimées à votre demande ;
erasure-kept-erasure-note = une mention dans votre dossier indiquant que des données ont été supprimées à votre demande ;
erasure-kept-financial-administrative = vos données financières et administratives : elles ne font pas partie de votre dossier et la loi nous oblige à les conserver ;
# Topics of `representation` (the section's content comes from the law data).
representation-topic-minors = mineurs
representation-topic-adults = majeurs qui ne peuvent pas exercer eux-mêmes leurs droits
representation-topic-deceased = patients décédés

# Whom requests go to (`rights.addressees`), after "à".
request-to-controller = notre organisation
request-to-practitioner = votre praticien traitant
request-to-dpo = notre délégué à la protection des données
# How a copy is handed over (`rights.copy_delivery`), after "Vous pouvez" and before "une
# copie de votre dossier".
copy-delivery-collect-in-person = retirer en personne
copy-delivery-collect-by-authorised-person = faire retirer par une personne que vous avez autorisée par écrit
copy-delivery-registered-mail = recevoir par envoi recommandé
copy-delivery-secure-email = recevoir par e-mail sécurisé
copy-delivery-patient-portal = consulter dans le portail patient
# Who may ask on the patient's behalf (`rights.on_behalf`), after "par".
on-behalf-parents = vos parents qui exercent l'autorité parentale à votre égard
on-behalf-guardian = votre tuteur
on-behalf-curator = votre curateur (curator, désigné par le juge néerlandais)
on-behalf-mentor = votre mentor (désigné par le juge néerlandais)
on-behalf-authorised-person = une personne que vous avez autorisée par écrit
on-behalf-designated-representative = le mandataire que vous avez désigné
on-behalf-administrator = votre administrateur de la personne (désigné par le juge de paix)
complaint-body-practitioner = votre praticien traitant
complaint-body-professional-association = le service des plaintes de notre association professionnelle

## National bodies and further recipients (issue 16 item 8). Which jurisdiction knows a
## national body is in the law data (`recipients`); the provision is added after the label.
recipient-infectious-disease-authority = le service municipal néerlandais de santé publique (GGD), en cas de maladie infectieuse soumise à une obligation légale de déclaration
# The Flemish CLB; the French-speaking schools' PMS centres and PSE services are not named
# (docs/law-sources.md).
recipient-school-health-service = le centre flamand d'encadrement des élèves (centrum voor leerlingenbegeleiding, CLB)
recipient-social-welfare-centre = le centre public d'action sociale (CPAS)
recipient-helfo = Helfo, l'organisme norvégien qui verse les remboursements des soins de santé
recipient-locum = un remplaçant, qui reprend vos soins en l'absence de votre praticien traitant
recipient-insurer-medical-adviser = { $jurisdiction ->
    [BE] le médecin-conseil de votre mutualité
   *[other] le médecin-conseil de votre assureur santé
}

## National exchange and consent systems (issue 16 item 7; `exchange:`)
exchange-system-lsp = Point d'échange national néerlandais (Landelijk Schakelpunt, LSP)
exchange-system-mitz = Mitz (registre néerlandais des consentements)
exchange-system-ehealth-hubs = Partage de données par les hubs eHealth
exchange-system-gmd = Dossier médical global (DMG)
exchange-system-kjernejournal = Kjernejournal (aperçu national norvégien des données de santé importantes)
exchange-channel-practice = dans notre cabinet
exchange-channel-consent-form = au moyen d'un formulaire de consentement signé
exchange-channel-national-portal = en ligne, sur le site web national
exchange-viewer-locum-gps = les médecins généralistes qui remplacent votre médecin généraliste, par exemple pendant le service de garde
exchange-viewer-pharmacists = les pharmaciens
exchange-viewer-treating-doctors = les médecins qui vous traitent
exchange-viewer-treating-providers = les professionnels de santé qui vous traitent
## Retention beyond periods (issue 16 item 9)
# Website data in the retention table (`retention[].record`).
record-website-logs = Fichiers journaux du site web
record-web-forms = Messages que vous nous envoyez au moyen d'un formulaire sur notre site web
record-website-statistics = Données statistiques sur l'utilisation de notre site web
# Criteria instead of a period (`retention[].criterion`, Art. 13(2)(a) GDPR): whole sentences in the period column.
retention-criterion-until-treatment-ends = Jusqu'à la fin de votre traitement.
retention-criterion-as-long-as-client = Aussi longtemps que vous êtes notre client.
retention-criterion-as-long-as-account = Aussi longtemps que vous avez un compte chez nous.
retention-criterion-until-request = Jusqu'à ce que vous nous demandiez d'effacer les données.
retention-criterion-until-withdrawal = Jusqu'au retrait de votre consentement.
retention-criterion-until-unsubscribe = Jusqu'à votre désinscription.
retention-criterion-until-question-answered = Jusqu'à ce que votre question ait reçu une réponse et ait été traitée.
retention-criterion-until-claim-settled = Jusqu'au règlement de la plainte, du litige ou de la demande en responsabilité.
retention-criterion-until-research-ends = Jusqu'à la fin de la recherche.
retention-criterion-care-need = Aussi longtemps que les données sont susceptibles d'être nécessaires pour les soins qui vous sont dispensés ou pour en rendre compte.
retention-criterion-session = Uniquement pendant la durée de votre visite sur notre site web.
# Who keeps the records when the practice closes (`closure.handover`), after "conservés par".
handover-successor = notre successeur
handover-chosen-provider = un professionnel de santé que vous désignez vous-même
handover-colleague = un confrère disposant de la même qualification
handover-national-scheme = le régime national norvégien de conservation des dossiers de patients, dont la Direction norvégienne de la santé (Helsedirektoratet) est responsable et que les Archives norvégiennes de la santé (Norsk helsearkiv) mettent en œuvre
handover-former-holder = l'ancien titulaire de la pratique, jusqu'à la fin du délai de conservation

## Register (issue 16 item 10)
# Provider and site kinds (`controller.kind`, `locations[].kind`).
provider-nursing-home = un établissement d'hébergement et de soins pour personnes âgées
provider-assisted-living = un ensemble de logements avec services pour personnes âgées
provider-day-care-centre = un centre d'accueil de jour
provider-out-of-hours-service = un service de garde de médecine générale
provider-dental-practice = un cabinet dentaire
provider-physiotherapy-practice = un cabinet de kinésithérapie
provider-mental-health-practice = un cabinet de soins de santé mentale

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
audience-residents = des résidents
audience-prospective-residents = des futurs résidents
audience-former-residents = des anciens résidents
audience-day-care-users = des usagers de notre accueil de jour
audience-informal-carers = des proches aidants
audience-staff = des membres de notre personnel
audience-visitors = des visiteurs de nos locaux
audience-involved-providers = des professionnels de santé qui participent au traitement de nos patients
audience-suppliers = des fournisseurs
audience-job-applicants = des candidats à un emploi
subject-residents = des résidents
subject-prospective-residents = des futurs résidents
subject-former-residents = des anciens résidents
subject-day-care-users = des usagers de notre accueil de jour
subject-informal-carers = des proches aidants
subject-staff = des membres de notre personnel
subject-visitors = des visiteurs de nos locaux
subject-involved-providers = des professionnels de santé qui participent au traitement de nos patients
subject-suppliers = des fournisseurs
subject-job-applicants = des candidats à un emploi
provider-speech-therapy-practice = un cabinet d'orthophonie
provider-massage-practice = un cabinet de massage
provider-care-services = un service de soins et d'aide
example-nationality = nationalité
example-language = la langue que vous parlez
example-emergency-contact = personne à contacter en cas d'urgence
example-age = âge
example-bank-account = numéro de compte bancaire
example-treatment-course = le déroulement de votre traitement
example-attendance = votre présence aux rendez-vous et les rendez-vous que vous avez annulés
example-message-content = ce que vous nous écrivez dans un message ou un formulaire
example-care-request = votre demande de soins
example-ip-address = adresse IP
source-health-insurer = votre assureur santé
source-treating-providers = les autres professionnels de santé qui vous soignent actuellement
source-eid = votre carte d'identité électronique (eID), que nous lisons électroniquement
source-insurance-check = la vérification de votre couverture d'assurance auprès des assureurs santé
recipient-laboratory = un laboratoire d'analyses médicales
recipient-pharmacy = votre pharmacie
recipient-gp = votre médecin généraliste
recipient-specialist = un médecin spécialiste
recipient-school = l'école que vous ou votre enfant fréquentez
recipient-incapacity-physician = un médecin qui évalue votre incapacité de travail pour le compte de votre employeur ou d'un assureur
service-referrals = orientation vers d'autres professionnels de santé
service-secure-messaging = messagerie sécurisée
service-advertising = publicité
measure-locked-storage = Nous conservons sous clé les documents papier contenant des données à caractère personnel.
measure-no-local-storage = Les données à caractère personnel sont conservées dans notre système sécurisé et ne sont pas enregistrées sur nos propres ordinateurs ou téléphones.
measure-no-sensitive-data-by-message = Nous n'envoyons nous-mêmes aucune donnée sensible par SMS ou par e-mail ordinaire.
deletion-consent-withdrawn = lorsque vous retirez votre consentement, pour les données que nous traitons uniquement sur la base de votre consentement ;
