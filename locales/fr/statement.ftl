### The statement's sentences in French (issue 20). The reader is addressed as "vous" in every
### register: a French privacy text for patients does not say "tu", so the informal register
### of document.address (Dutch "je") has no French form; the implicit $register is not used.
### Written in the usage of Belgian healthcare and data protection law (the GDPR's own French
### terms: responsable du traitement, sous-traitant, délégué à la protection des données,
### destinataire, personne concernée), readable for any French-speaking reader; fr-BE holds
### the few words and the citation style that are Belgian only.
## Typography: no-break space (U+00A0) before : ; ? ! and inside « »; straight apostrophe.
## The ';' that ends a list item has no space before it: the model turns the last item's
## ';' into '.', and a space would stay before the full stop.
## Articles before variables. Statute references ($statute, $statutes from statute-ref in
## site.ftl) already carry their article ("la loi …", "l'arrêté royal …"), so a message writes
## "de { $statute }", never "de la { $statute }". Citations of national law ($article, $basis)
## are written act first ("loi droits du patient, article 11"; cite.ftl) and stand in
## parentheses or after a colon. Role labels ($role, $roles) carry their article ("le médecin
## en chef"): they follow "par", "avec" or a colon, never "à" or "de" (no "à le", "de les").
## Authority names all begin with "Autorité" (law data), so "l'{ $authority }".
### Variables: $controller is the name we use for the clinic in running text.

heading-introduction = Introduction
heading-controller = Qui est responsable de vos données ?
heading-dpo = Délégué à la protection des données et surveillance
heading-definitions = Définitions
heading-data = Quelles données à caractère personnel traitons-nous ?
heading-sources = De qui recevons-nous vos données ?
heading-purposes = Pourquoi utilisons-nous vos données et sur quelle base juridique ?
heading-staff = Qui a accès à vos données ?
heading-recipients = Avec qui partageons-nous vos données ?
heading-transfers = Transferts en dehors de l'Espace économique européen
heading-data-flow = Circulation des données au sein de notre organisation
heading-anonymisation = Anonymisation
heading-deletion = Quand supprimons-nous vos données ?
heading-retention = Combien de temps conservons-nous vos données ?
heading-others = Données à caractère personnel d'autres personnes que les patients
heading-file-structure = Structure de nos fichiers de patients
heading-security = Comment protégeons-nous vos données ?
heading-communication = Communiquer avec nous en toute sécurité
heading-cameras = Surveillance par caméras
heading-cookies = Cookies
heading-call-recording = Enregistrement des conversations téléphoniques
heading-research = Recherche scientifique et qualité des soins
heading-marketing = Lettres d'information, marketing et services en ligne
heading-minors = Enfants
heading-representation = Mineurs, représentants et patients décédés
heading-automated = Prise de décision automatisée
heading-rights = Vos droits
heading-requests = Comment introduire une demande et comment la traitons-nous ?
heading-complaints = Plaintes
heading-third-party = Sites web de tiers
heading-changes = Modifications et versions

## Introduction
intro-statement = { $controller } traite des données à caractère personnel { $audience }. { $doc ->
    [reglement] Le présent règlement explique
   *[other] La présente déclaration de confidentialité explique
} quelles données nous traitons, à quelles fins et sur quelle base juridique, avec qui nous les partageons, combien de temps nous les conservons et de quels droits vous disposez.
intro-principles = Ce faisant, nous respectons les principes suivants :
intro-latest-version = La version la plus récente { $doc ->
    [reglement] du présent règlement
   *[other] de la présente déclaration de confidentialité
} est disponible à l'adresse

## Controller
controller-is = Le responsable du traitement de vos données à caractère personnel est { $name }.
controller-is-kind = Le responsable du traitement de vos données à caractère personnel est { $name }, { $kind }.
controller-locations = { $n ->
    [one] Nous sommes établis à l'adresse suivante :
   *[other] Nous sommes établis aux adresses suivantes :
}
controller-representatives = Agissent au nom du responsable du traitement : { $roles }.
controller-mandatary = { $role } agit en qualité de mandataire du responsable du traitement et est responsable, avec celui-ci, de ce qui suit :
controller-mandatary-basis = les missions que { $statute } confie à cette fonction
controller-central-contact = Le point de contact central pour le traitement des données à caractère personnel est { $role }.
controller-responsible-processors = { $controller } reste responsable des traitements que des sous-traitants effectuent pour notre compte.
controller-responsible = { $controller } relève de la responsabilité de { $name }.
controller-responsible-role = { $controller } relève de la responsabilité de { $name }, { $role }.
controller-group = { $controller } fait partie de { $group }.
controller-co-controllers = { $controller } publie { $doc ->
    [reglement] le présent règlement
   *[other] la présente déclaration de confidentialité
} avec les organisations ci-dessous ; chacune est responsable du traitement des données à caractère personnel qu'elle traite elle-même.
controller-co-controllers-joint = { $controller } publie { $doc ->
    [reglement] le présent règlement
   *[other] la présente déclaration de confidentialité
} avec les organisations ci-dessous. Elles sont responsables conjointes des traitements décrits ici (article 26 du RGPD).
controller-public-body = un organisme public
controller-joint-arrangement = Les grandes lignes de leur accord :
controller-practitioners-control-records = Chaque praticien qui vous traite est responsable du traitement du dossier qu'il tient à votre sujet. Vous le joignez par les coordonnées de { $controller } indiquées ci-dessus.

## DPO and supervision
# "Délégué à la protection des données" is the GDPR's own French term (art. 37); "(DPO)" is how
# Belgian and French organisations write it for the public.
dpo-appointed = Nous avons désigné un délégué à la protection des données (DPO). Vous pouvez le contacter :
dpo-appointed-named = Nous avons désigné un délégué à la protection des données (DPO) : { $name }. Vous pouvez le contacter :
dpo-tasks = Le délégué à la protection des données :
security-officer = Nous avons désigné un conseiller en sécurité de l'information. Il gère les risques pour la sécurité de l'information et conseille la direction sur tous ses aspects techniques.
security-officer-statute = Nous avons désigné un conseiller en sécurité de l'information. Il gère les risques pour la sécurité de l'information et conseille la direction sur tous ses aspects techniques. Ses missions découlent de { $statute }.
supervision-health-professional = Les données relatives à votre santé sont traitées exclusivement sous la surveillance et la responsabilité d'un professionnel de santé soumis au secret professionnel (article 9, paragraphe 3, du RGPD).
supervision-lead = La responsabilité centrale des fichiers de patients et leur surveillance sont assurées par { $role }, avec l'assistance des personnes suivantes :
# $body is a name without article: after a colon.
supervision-sector = Le contrôle des soins de santé, et donc aussi de { $controller }, est exercé par l'organisme suivant : { $body }.
supervision-authority = L'{ $authority } veille à ce que nous respections la législation relative à la protection des données.

## Definitions
definitions-lead = Dans { $doc ->
    [reglement] le présent règlement
   *[other] la présente déclaration de confidentialité
}, les termes suivants ont la signification indiquée ci-dessous :

## Data
data-subjects = Nous traitons des données à caractère personnel { $subjects }.
data-lead = Nous traitons les catégories de données à caractère personnel suivantes :
data-health-special = Les données relatives à votre santé font partie des catégories particulières de données à caractère personnel. La loi leur accorde une protection renforcée ; nous ne les traitons que dans la mesure nécessaire aux finalités décrites ci-dessous.
national-id-lead = Nous utilisons votre { $national_id } pour :
national-id-basis = { $jurisdiction ->
    [NL] En vertu de { $statute }, nous sommes tenus d'utiliser et d'enregistrer votre { $national_id }.
   *[other] Nous traitons votre { $national_id } dans les limites fixées par { $statute }.
}
national-id-check = Nous sommes tenus de vérifier que le { $national_id } est bien le vôtre. C'est pourquoi nous vous demandons de présenter { $jurisdiction ->
    [BE] votre carte d'identité électronique (eID) ou un autre document d'identité valable.
   *[other] un document d'identité valable.
}
patient-record-duty = La loi nous oblige à tenir un dossier médical sur votre traitement. Nous y consignons les données nécessaires pour vous dispenser des soins de qualité.
patient-record-duty-statutes = La loi nous oblige à tenir un dossier médical sur votre traitement ({ $statutes }). Nous y consignons les données nécessaires pour vous dispenser des soins de qualité.
patient-record-system = Votre dossier est conservé dans un dossier patient informatisé distinct et sécurisé ({ $system }).
account-stored = Après votre inscription, nous conservons les données que vous nous avez communiquées, afin que vous ne deviez pas les saisir à nouveau à chaque visite et que nous puissions vous contacter dans le cadre de vos soins.
consent-form = Lors de votre première visite, nous vous demandons de signer un formulaire de consentement par lequel vous { $what }.
consent-form-electronic = consentez à la communication par voie électronique
consent-form-information = confirmez avoir lu nos informations destinées aux patients sur les traitements qui vous concernent et sur les règles de notre clinique
consent-form-stored = Votre consentement et vos préférences sont enregistrés dans { $system }.

## Sources
sources-lead = Nous recevons la plupart des données directement de vous. Nous recevons également des données vous concernant des sources suivantes :
sources-only-patient = Nous recevons vos données directement de vous.

## Purposes
purposes-lead = Nous traitons vos données à caractère personnel uniquement pour les finalités décrites ci-dessous, et uniquement lorsque la loi nous en donne une base juridique. Nous ne traitons pas plus de données que la finalité ne l'exige et ne les utilisons pas pour une finalité incompatible avec celle-ci.
# After "Base juridique : …;" the national statutes (statute-ref, with their article) or a
# provision cited act first (cite.ftl): after a colon, so both read right.
basis-national = dispositions nationales applicables : { $statutes }
purpose-opt-out = Vous pouvez nous faire savoir que vous ne souhaitez pas y participer ; nous respecterons votre choix.
purpose-consent-withdraw = Vous pouvez retirer votre consentement à tout moment. Le retrait vaut pour l'avenir : les traitements effectués avant le retrait restent licites.
provision-heading = Êtes-vous tenu de nous communiquer vos données ?
provision-contractual = Les données relatives à votre santé sont nécessaires à l'exécution du contrat de soins. Si vous ne les communiquez pas, nous ne pouvons pas vous dispenser des soins de qualité et sûrs.
provision-statutory = La loi nous oblige à enregistrer certaines données, comme votre { $national_id } et les données de votre { $jurisdiction ->
    [BE] carte d'identité
   *[other] document d'identité
}. { $jurisdiction ->
    [NL] Sans ces données, nous ne pouvons pas facturer les soins à votre assureur santé.
    [BE] Sans ces données, nous ne pouvons en règle générale ni dispenser ni facturer les soins ; les soins urgents vous sont toujours dispensés.
   *[other] Sans ces données, nous ne pouvons en règle générale ni dispenser ni facturer les soins ; les soins urgents vous sont toujours dispensés.
}
# BE: the patient's duty to cooperate as art. 4 of the patient rights act frames it
# ("dans la mesure de ses possibilités"; wording unconfirmed, docs/law-sources.md).
provision-patient-duty = { $jurisdiction ->
    [BE] Nous attendons de vous que vous collaboriez, dans la mesure de vos possibilités, avec nos professionnels des soins de santé et que vous leur fournissiez les informations dont ils ont raisonnablement besoin pour vous soigner.
   *[other] Nous attendons de vous que vous fournissiez à nos professionnels de santé, au mieux de vos connaissances, les informations et la collaboration dont ils ont raisonnablement besoin pour exécuter le contrat de soins.
}

## Staff
staff-confidentiality = Tous nos collaborateurs sont tenus à une obligation de confidentialité.
staff-secrecy-non-medical = Le secret médical s'applique à tous nos collaborateurs, même à ceux qui n'ont pas de formation médicale.
staff-roles-lead = Au sein de notre organisation, les collaborateurs suivants traitent vos données, chacun dans les limites de ses missions :
staff-need-to-know = Les collaborateurs n'ont accès qu'aux données dont ils ont besoin pour leurs missions.
staff-logging = Nous enregistrons qui a eu accès à vos données électroniques.
staff-compliance-checks = Nous contrôlons régulièrement que chacun respecte ces règles et nous intervenons en cas d'infraction.
staff-undertaking = Chaque collaborateur qui doit avoir accès aux données des patients s'est engagé à respecter ces règles et le RGPD, et est tenu au secret professionnel ou à une obligation de confidentialité équivalente.

## Recipients and processors
recipients-lead = { $controller } ne communique vos données à d'autres que lorsque c'est nécessaire aux finalités décrites ci-dessus et que la loi le permet. Les destinataires sont les suivants :
recipients-no-publication = Nous ne publions pas vos données à caractère personnel.
recipients-no-disclosure = Nous ne transmettons pas vos données à caractère personnel à des tiers.
processors-heading = Sous-traitants
processors-lead = Nous faisons appel à des sous-traitants : des tiers qui traitent des données à caractère personnel pour notre compte. Ils ne peuvent utiliser vos données que sur nos instructions.
processors-kinds = Ils fournissent par exemple les services suivants : { $kinds }.
processors-agreement = Nous concluons avec chaque sous-traitant un contrat de sous-traitance (article 28 du RGPD).
processors-agreement-confidentiality = Nous concluons avec chaque sous-traitant un contrat de sous-traitance (article 28 du RGPD), qui prévoit que le sous-traitant ne traite vos données que sur nos instructions et qu'il est tenu à la confidentialité.
processors-same-security = Nous exigeons de nos sous-traitants le même niveau de sécurité et de confidentialité que celui que nous assurons nous-mêmes.

## Transfers
transfers-none = Nous ne transférons pas vos données à caractère personnel vers des pays situés en dehors de l'Espace économique européen (EEE) ni à des organisations internationales.
transfers-lead = Nous transférons des données à caractère personnel à des destinataires situés en dehors de l'Espace économique européen (EEE), moyennant les garanties suivantes :
transfers-safeguard = la garantie peut être consultée à l'adresse
transfers-notice-promise = Si un transfert de vos données vers un pays situé en dehors de l'Espace économique européen (EEE) ou à une organisation internationale devait s'avérer nécessaire, nous vous informerions au préalable de ses conséquences pour la sécurité de vos données.
transfers-otherwise-anonymous = En dehors des cas mentionnés ci-dessus, nous n'échangeons que des données anonymes avec d'autres personnes et organismes.

## Data flow and anonymisation
data-flow-lead = Au sein de notre organisation, les données relatives à votre santé suivent le circuit suivant :
anonymisation-by = L'anonymisation des données à caractère personnel est effectuée par { $role }. Les données anonymisées ne peuvent plus raisonnablement être rattachées à un patient déterminé.
anonymisation-when = Nous n'anonymisons des données à caractère personnel que lorsqu'il est établi que la conservation de données identifiables n'est plus nécessaire à la finalité. C'est notamment le cas pour :

## Retention
retention-lead = Nous ne conservons pas vos données à caractère personnel plus longtemps que nécessaire à la finalité pour laquelle nous les traitons, sauf si la loi nous oblige à les conserver plus longtemps. Les délais suivants s'appliquent selon le type de données :
others-lead = Nous traitons également des données à caractère personnel d'autres personnes que nos patients. Vous trouverez ci-dessous les données concernées, l'usage que nous en faisons, les destinataires avec qui nous les partageons et leur durée de conservation.
others-data = Concernant { $subjects }, nous traitons :
others-purposes = Nous utilisons ces données pour :
others-recipients = Nous les partageons avec :
others-retention = Nous les conservons comme suit :
# Guidance beside a purpose test, never as a legal basis (law data `guidance`; review-nb M2).
retention-guidance = Ligne directrice : { $source } recommande { $period }, à compter de { $from }.
destruction-within = À l'expiration du délai de conservation, les données sont supprimées de nos fichiers et détruites dans un délai de { $period }.
# $roles carry their article: after a colon, so no "de le".
destruction-approval = La partie médicale du dossier n'est détruite qu'avec l'accord des personnes suivantes : { $roles }.
destruction-exceptions = Les données ne sont pas détruites lorsque :
destruction-anonymised = Les données qui ont été traitées de telle manière qu'elles ne peuvent plus raisonnablement être rattachées à une personne peuvent être conservées sous forme anonymisée.
deletion-lead = Les données sont supprimées des fichiers de patients (voir aussi { $retention }) :

## File structure
# "Fichiers de patients", not "dossier médical": the files include billing data, which are not
# part of the (clinical) record and follow their own retention period.
file-structure-lead = Nos fichiers de patients se composent des éléments suivants :
file-structure-mixed = Nos fichiers de patients sont tenus en partie sous forme électronique et en partie sur papier, et se composent des éléments suivants :
file-structure-linkage = Les éléments sont reliés entre eux au niveau du patient par les clés suivantes : { $keys }.

## Security
security-lead = Nous prenons des mesures techniques et organisationnelles appropriées pour protéger vos données à caractère personnel contre la perte, l'accès non autorisé, la modification et toute autre forme de traitement illicite (article 32 du RGPD). Nos mesures comprennent notamment :
breach-authority = Si, malgré ces mesures, la sécurité de vos données est compromise (une violation de données à caractère personnel, ou « fuite de données »), nous la notifions dans les 72 heures à l'{ $authority }, à moins que la violation ne soit pas susceptible d'engendrer un risque pour vous (article 33 du RGPD).
breach-subjects = Si une violation de données est susceptible d'engendrer un risque élevé pour vous, nous vous en informons dans les meilleurs délais et vous conseillons sur la manière d'y faire face (article 34 du RGPD).
breach-report = Si vous soupçonnez une fuite de données ou constatez une faille dans notre sécurité, signalez-le à notre délégué à la protection des données.
breach-anonymous = Ce signalement peut aussi être anonyme.

## Cameras
cameras-where = Des caméras sont installées dans { $places }. Nous y avons un intérêt légitime : { $purpose }
cameras-stored = Les images sont enregistrées, puis supprimées.
cameras-retention = Les images sont conservées pendant { $period } au maximum.
cameras-not-stored = Les images ne sont pas enregistrées ; elles peuvent seulement être visionnées en temps réel.
cameras-incident = Si un incident, comme un vol, a été enregistré, nous conservons les images concernées jusqu'au règlement de l'incident.
cameras-viewer = Les images ne peuvent être visionnées que par { $role }.
cameras-viewer-cause = Les images ne sont visionnées que par { $role }, et uniquement lorsqu'il existe une raison valable de le faire, par exemple après une effraction.
cameras-police = En cas de soupçon d'infraction pénale, nous remettons les images à la police.
# $signage is the clinic's own text: after "par" (no "de" + article to contract).
cameras-signage = La surveillance par caméras est signalée par { $signage }.

## Cookies
cookies-definition = Un cookie est un petit fichier texte qui est enregistré dans le navigateur de votre ordinateur, de votre tablette ou de votre smartphone lorsque vous consultez notre site web.
cookies-categories = Nous utilisons les types de cookies suivants :
cookies-consent-banner = Nous ne plaçons les cookies qui ne sont pas strictement nécessaires au fonctionnement du site web qu'après que vous y avez consenti lors de votre première visite. Vous pouvez retirer ce consentement aussi facilement que vous l'avez donné.
cookies-consent-not-needed = Nous ne plaçons que des cookies strictement nécessaires au fonctionnement du site web ; ceux-ci ne requièrent pas de consentement.
cookies-not-identifying = Nous n'enregistrons pas les données issues des cookies d'une manière qui permette de vous identifier personnellement.
cookies-delete = Vous pouvez supprimer les cookies à tout moment dans les paramètres de votre navigateur.
cookies-none = Notre site web ne place aucun cookie.
cookies-not-shared = Nous ne transmettons pas à des tiers les données issues des cookies.
cookies-opt-out = Vous pouvez refuser les cookies des régies publicitaires sur ces pages :
cookie-session = jusqu'à la fin de votre visite

## Call recording
call-recording = Lorsque vous prenez contact avec { $role } pour obtenir des informations ou fixer un rendez-vous, la conversation peut être enregistrée afin de former nos collaborateurs.
call-recording-opt-out = Vous pouvez indiquer au début de la conversation que vous ne souhaitez pas qu'elle soit enregistrée.
call-recording-retention = La durée de conservation des enregistrements figure dans le tableau des délais de conservation.

## Research and quality
research-heading = Recherche scientifique
research-trials = Par la recherche scientifique médicale, nous cherchons de meilleurs moyens de prévenir ou de traiter des maladies et des affections, par exemple en testant de nouveaux médicaments, de nouvelles thérapies ou de nouveaux dispositifs médicaux avec la participation de volontaires (patients ou volontaires sains).
research-record = Les données de votre dossier médical peuvent également contribuer à la recherche scientifique.
# NL opt-out research: the conditions of art. 7:458 BW (with art. 24 UAVG), and the objection
# flagged as Art. 21(4) GDPR asks.
research-without-consent = Sans votre consentement, nous n'utilisons des données de votre dossier que pour une recherche qui sert l'intérêt général et ne peut être menée sans ces données, lorsqu'il n'est raisonnablement pas possible ou pas exigible de demander votre consentement, avec des garanties pour votre vie privée, et uniquement si vous ne vous y êtes pas expressément opposé ({ $article }). Vous pouvez formuler cette opposition à tout moment.
research-pseudonymised = Dans la mesure du possible, nous codons (pseudonymisons) les données utilisées pour la recherche.
research-external = Nous partageons des données à des fins de recherche avec des chercheurs externes.
research-confidentiality = Les chercheurs externes signent un engagement de confidentialité.
research-publications = Les présentations et publications des chercheurs ne montrent jamais de données permettant de vous identifier.
research-programmes = Il s'agit notamment des programmes suivants :
quality-heading = Qualité des soins
quality-lead = Nous utilisons également des données pour surveiller et améliorer la qualité de nos soins, notamment pour :
quality-encrypted = Lorsque des données à caractère personnel figurent dans les rapports d'auditeurs qualité internes ou de visiteurs externes, elles sont chiffrées.

## Marketing and platforms
marketing-lead = Avec votre consentement, nous utilisons vos coordonnées pour vous envoyer { $channels }.
marketing-preferences = Vous décidez vous-même des messages que vous recevez et pouvez modifier vos préférences à tout moment via { $portal }.
marketing-object = Vous pouvez toujours vous désinscrire gratuitement et vous opposer à l'utilisation de vos données à des fins de prospection ; nous cessons alors cette utilisation (article 21, paragraphes 2 et 3, du RGPD).
platforms-lead = Vous pouvez également utiliser les services en ligne suivants :
platform-booking = vous pouvez aussi y prendre rendez-vous en ligne

## Minors
minors-consent = Nous ne collectons pas sciemment, par notre site web ou les réseaux sociaux, de données à caractère personnel de visiteurs âgés de moins de { $age } ans sans le consentement de leurs parents ou de leur tuteur.
minors-cannot-verify = Nous ne pouvons pas vérifier si un visiteur a plus de { $age } ans. Les parents et tuteurs qui soupçonnent que nous avons reçu des données de leur enfant sans leur consentement peuvent nous contacter ; nous supprimerons alors ces données.

## Automated decisions
automated-none = Nous ne prenons à votre sujet aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage (article 22 du RGPD).
automated-used = Nous prenons à votre sujet des décisions fondées sur un traitement automatisé. Vous trouverez ci-dessous la logique sous-jacente et les conséquences pour vous.

## Rights
# A Belgian clinic names the patient rights act; elsewhere the law stays unnamed.
rights-lead = En vertu du règlement général sur la protection des données (RGPD) et de { $jurisdiction ->
    [BE] la loi relative aux droits du patient
   *[other] la loi qui régit vos droits de patient
}, vous disposez des droits suivants. La partie suivante explique comment introduire une demande.
right-access = Droit d'accès et droit d'obtenir une copie
right-access-desc = Vous avez le droit de savoir si nous traitons des données à caractère personnel vous concernant et, si c'est le cas, lesquelles, à quelles fins, d'où nous les tenons et à qui nous les communiquons. Vous recevez également une copie de vos données ; la première copie est gratuite (article 15 du RGPD).
right-access-details = Vous êtes également informé des finalités du traitement, des catégories de données concernées, des destinataires ou catégories de destinataires, de la durée de conservation des données (ou des critères qui la déterminent), de vos droits de rectification, d'effacement, de limitation et d'opposition, de votre droit d'introduire une plainte auprès de l'autorité de contrôle, de l'origine des données si nous ne les avons pas collectées auprès de vous, et de l'existence d'une prise de décision automatisée, avec la logique sous-jacente et ses conséquences (article 15 du RGPD).
# The article in parentheses (act first, cite.ftl); the act by name with its article.
right-access-patient-law = { $jurisdiction ->
    [NO] Vous avez en outre le droit de consulter votre dossier patient et d'en obtenir une copie ({ $article }). La consultation ne peut être refusée que dans les cas exceptionnels prévus par la loi.
   *[other] Vous avez en outre le droit de consulter votre dossier médical et d'en obtenir une copie ({ $article }), dans les limites fixées par { $statute }, par exemple dans la mesure où la protection de la vie privée d'un tiers ne s'y oppose pas.
}
right-access-deadline = En vertu de cette loi, vous obtenez l'accès dans un délai de { $period }.
right-access-age = À partir de { $age } ans, vous exercez ce droit vous-même.
right-rectification = Droit de rectification et de complément
right-rectification-desc = Si vos données sont inexactes ou incomplètes, vous pouvez nous demander de les rectifier ou de les compléter (article 16 du RGPD). Vous pouvez également faire joindre à votre dossier une déclaration de votre part.
right-rectification-practitioner = C'est votre praticien traitant qui décide de la rectification ou du complément du dossier médical : une modification ne peut pas compromettre la sécurité de votre traitement.
# The national regime for the record where the law data have one (`record_changes`; Norway:
# helsepersonelloven §§ 42–43); a Norwegian clinic's French pages only.
right-record-correction = Dans le dossier patient, nous rectifions les informations inexactes ou incomplètes par une nouvelle mention datée ; les informations rectifiées ne sont pas effacées ({ $article }).
right-record-erasure = Vous pouvez aussi exiger l'effacement d'informations du dossier patient ({ $right }), mais elles ne peuvent être effacées qu'aux conditions prévues par la loi ({ $article }).
right-record-appeal = Vous pouvez contester un refus de rectifier ou d'effacer des informations du dossier patient auprès de l'organe suivant : { $body }.
right-access-appeal = Vous pouvez contester un refus auprès de l'organe suivant : { $body }.
right-erasure = Droit à l'effacement
# NL: the medical record is not an exception to erasure: art. 7:455 BW gives the patient a right
# to have it destroyed (right-erasure-record), so only the other statutory records are named.
# $statute carries its article (statute-ref) or is right-erasure-law ("la loi").
right-erasure-desc = Vous pouvez nous demander d'effacer vos données, par exemple lorsqu'elles ne sont plus nécessaires ou que vous retirez votre consentement (article 17 du RGPD). { $jurisdiction ->
    [NO] Nous ne pouvons pas effacer les données que la loi nous oblige à conserver, comme notre comptabilité ; le dossier patient suit les règles exposées ci-dessous. En cas de refus, nous vous en expliquons les raisons.
    [NL] Nous ne pouvons pas effacer les données que la loi nous oblige à conserver, comme notre comptabilité ; dans ce cas, nous vous en expliquons les raisons.
   *[other] Ce droit ne s'applique pas aux données que la loi nous oblige à conserver, comme le dossier médical en vertu de { $statute } et notre comptabilité ; dans ce cas, nous vous expliquons pourquoi nous ne pouvons pas effacer ces données.
}
# The patient law's own right to have the medical record destroyed (NL: art. 7:455 BW), with
# its deadline and its exceptions ($exceptions: clauses `erasure-ground-*` of vocab.ftl joined
# with "ou"); only where the law data have it (`patient_erasure`, regime on_request).
right-erasure-record = À votre demande, nous détruisons tout ou partie de votre dossier médical dans un délai de { $period } ({ $article }), sauf si { $exceptions }.
right-erasure-before-retention = Ce droit s'applique aussi lorsque le délai de conservation n'a pas encore expiré.
# Norway (helsepersonelloven § 43): the conditions, clauses `deletion-condition-*` joined;
# all of $all, and one of $any.
right-record-erasure-conditions = Les conditions sont que { $all }, et en outre que { $any }.
right-record-erasure-conditions-all = Les conditions sont que { $all }.
deletion-condition-general-interest = l'effacement soit justifiable d'un point de vue général
deletion-condition-archive-law = la législation sur les archives ne s'y oppose pas
deletion-condition-incorrect-and-burdensome = les informations soient inexactes ou trompeuses et ressenties comme une charge
deletion-condition-clearly-unnecessary = les informations ne soient manifestement pas nécessaires pour vous dispenser des soins
right-erasure-law = la loi
right-restriction = Droit à la limitation du traitement
right-restriction-desc = Vous pouvez nous demander de limiter temporairement l'utilisation de vos données, par exemple le temps que nous vérifiions l'exactitude de vos données ou que nous examinions votre opposition (article 18 du RGPD).
right-restriction-exceptions = Tant que l'utilisation de vos données est limitée, nous nous bornons à les conserver ; nous ne les utilisons autrement qu'avec votre consentement, pour la constatation, l'exercice ou la défense de droits en justice, pour la protection des droits d'une autre personne ou pour des motifs importants d'intérêt public (article 18 du RGPD).
right-portability = Droit à la portabilité des données
right-portability-desc = Les données que vous nous avez vous-même fournies et que nous traitons de manière automatisée sur la base de votre consentement ou d'un contrat peuvent vous être remises dans un format numérique couramment utilisé ou être transmises directement à un autre organisme (article 20 du RGPD).
right-objection = Droit d'opposition
right-objection-desc = Lorsque nous traitons vos données sur la base de notre intérêt légitime ou d'une mission d'intérêt public, vous pouvez vous y opposer pour des raisons tenant à votre situation particulière. Nous cessons alors ce traitement, à moins que nous ne démontrions des motifs légitimes et impérieux qui prévalent sur vos intérêts, ou que les données ne soient nécessaires à la constatation, à l'exercice ou à la défense de droits en justice (article 21 du RGPD).
right-objection-marketing = Vous pouvez toujours vous opposer à l'utilisation de vos données à des fins de prospection ; nous cessons alors cette utilisation.
right-withdraw = Droit de retirer votre consentement
right-withdraw-desc = Lorsque nous traitons des données sur la base de votre consentement, vous pouvez retirer ce consentement à tout moment, aussi facilement que vous l'avez donné. Le retrait vaut pour l'avenir : ce que nous avons fait de vos données avant le retrait reste licite (article 7, paragraphe 3, du RGPD).
right-automated = Droit de ne pas faire l'objet d'une décision automatisée
right-automated-desc = Vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé qui produit des effets juridiques vous concernant ou qui vous affecte de manière significative de façon similaire (article 22 du RGPD).
right-complaint = Droit d'introduire une plainte
right-complaint-desc = Vous pouvez introduire une plainte auprès de l'autorité de contrôle. La partie « Plaintes » explique comment procéder.
rights-representative = Vous pouvez également autoriser par écrit une autre personne à exercer ces droits en votre nom.
rights-journal-practitioner = Pour toute question sur la rectification ou la suppression de données de votre dossier médical, vous pouvez vous adresser à votre praticien traitant.
rights-patient-rights = Vos droits de patient sont décrits en détail sur

## Representation (`representation:`; facts from the law data `representation`)
# Age bands: $range is one of minors-range*, then who exercises the rights.
representation-minors = Pour les patients âgés de moins de 18 ans, la loi détermine qui exerce leurs droits :
minors-range = de { $from } à { $to } ans
minors-range-to = moins de { $to } ans
minors-range-from = { $from } ans et plus
minors-band-parents = { $range } : les parents qui exercent l'autorité parentale, ou le tuteur, exercent les droits de l'enfant ;
minors-band-together = { $range } : l'enfant comme les parents qui exercent l'autorité parentale, ou le tuteur, peuvent exercer ces droits ; un traitement requiert le consentement des deux ;
minors-band-parents-unless-child-objects = { $range } : les parents sont également informés et ont accès au dossier, sauf si l'enfant s'y oppose pour des raisons qui doivent être respectées ;
minors-band-patient = { $range } : le patient exerce lui-même ses droits ;
minors-band-patient-parents-informed = { $range } : le patient exerce lui-même ses droits ; les parents ne reçoivent que les informations dont ils ont besoin pour exercer leur responsabilité parentale ;
# Belgian patient rights act, art. 12 § 2: "compte tenu de son âge et de sa maturité", "apte à
# apprécier raisonnablement ses intérêts" (FOD/SPF, ordomedic.be; docs/law-sources.md).
minors-band-maturity = { $range } : les parents qui exercent l'autorité parentale, ou le tuteur, exercent les droits ; le mineur y est associé compte tenu de son âge et de sa maturité, et exerce ses droits de manière autonome, en tout ou en partie, dès que le praticien professionnel l'estime apte à apprécier raisonnablement ses intérêts ;
# Adults who cannot act: the order of the law, then the labels representative-*.
representation-adults = Lorsqu'un patient majeur ne peut pas exercer lui-même ses droits, un représentant intervient, dans l'ordre suivant ({ $article }) :
representative-court-appointed = le curateur ou le mentor désigné par le juge (curator ou mentor) ;
representative-authorised-person = la personne que le patient a autorisée par écrit ;
representative-partner = le conjoint, le partenaire enregistré ou un autre compagnon de vie, à moins que cette personne ne le souhaite pas ;
representative-family = un parent, un enfant, un frère ou une sœur, à moins que cette personne ne le souhaite pas.
representative-designated-representative = le mandataire que le patient a désigné au préalable par un mandat écrit, daté et signé par les deux ;
representative-administrator = l'administrateur de la personne désigné par le juge de paix ;
# Belgian patient rights act, art. 14, § 2 (wording unconfirmed, docs/law-sources.md).
representative-cohabiting-partner = l'époux cohabitant, le partenaire cohabitant légal ou le partenaire cohabitant de fait ;
representative-further-relatives = ensuite, d'autres proches parents, dans l'ordre fixé par la loi.
# After death, by the rule of the law data (`access`).
deceased-consent-or-weighty-interest = Le dossier reste confidentiel après le décès du patient. Nous ne donnons accès aux données du dossier, ou copie de celles-ci, que dans les cas prévus par la loi ({ $article }), notamment à la personne à qui le patient y a consenti de son vivant, par écrit ou par voie électronique, et dans certains cas à une personne qui justifie d'un intérêt impérieux.
deceased-relatives-indirect = Après le décès d'un patient, l'époux, le partenaire cohabitant légal, le partenaire et les parents jusqu'au deuxième degré inclus peuvent consulter le dossier par l'intermédiaire d'un praticien professionnel qu'ils désignent ({ $article }). Leur demande doit être suffisamment motivée et spécifiée, et le patient ne doit pas s'y être expressément opposé de son vivant. Ils ne reçoivent pas de copie, et la consultation est limitée aux données en rapport avec les motifs de leur demande.
deceased-next-of-kin = Après le décès d'un patient, son plus proche parent a le droit de consulter le dossier, sauf si des raisons particulières s'y opposent ({ $article }).

## Requests
requests-channels = Vous pouvez introduire une demande { $channels }.
requests-email = L'adresse e-mail à utiliser pour ces demandes est
# Routes (`rights.addressees`, `oral`, `form_url`, `on_behalf`, `trusted_person`, `copy_delivery`).
requests-to = Vous pouvez adresser votre demande à { $to }.
requests-oral = Vous pouvez aussi introduire une demande oralement.
requests-form = Pour votre demande, vous pouvez utiliser notre formulaire :
requests-on-behalf = Une demande peut aussi être introduite en votre nom par { $who }.
requests-trusted-person = Pour exercer vos droits, vous pouvez vous faire assister par une personne de confiance de votre choix.
requests-copy-delivery = Vous pouvez { $ways } une copie de votre dossier.
requests-identification = Pour éviter que vos données ne parviennent à une autre personne, nous vous demandons de justifier de votre identité.
requests-acknowledgement = Vous recevez un accusé de réception de votre demande.
requests-deadline = Nous répondons dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de votre demande (article 12, paragraphe 3, du RGPD).
requests-deadline-own = Nous répondons dans les meilleurs délais et au plus tard dans un délai de { $period } à compter de la réception de votre demande ; le délai légal est d'un mois (article 12, paragraphe 3, du RGPD).
requests-extension = Si votre demande est complexe ou si vous introduisez de nombreuses demandes, nous pouvons prolonger ce délai de deux mois au maximum. Nous vous en informons alors dans le premier mois, en indiquant les motifs.
requests-free = L'introduction et le traitement d'une demande sont gratuits. Si une demande est manifestement infondée ou excessive, par exemple parce que la même demande est répétée sans cesse, nous pouvons exiger le paiement de frais raisonnables ou refuser la demande.
requests-unclear = Si votre demande n'est pas claire ou si nous avons des doutes sur votre identité, nous vous demandons des informations complémentaires.
requests-transfer = À votre demande, nous transmettons une copie de votre dossier à un autre prestataire de soins de votre choix.
requests-longer-retention = À votre demande, nous conservons votre dossier au-delà du délai de conservation.
requests-shielding = Vous pouvez nous demander de masquer certaines données de votre dossier, afin que seuls ceux qui vous soignent pour cela puissent les consulter.
requests-refusal = Dans certains cas, nous pouvons ou devons refuser une demande en tout ou en partie, par exemple en raison de { $grounds }. Nous vous en expliquons toujours les raisons.
requests-appeal = Si vous n'êtes pas d'accord avec notre décision, vous pouvez introduire une plainte comme indiqué dans la partie « Plaintes ».
erasure-heading = Suppression de tout ou partie de votre dossier médical
# Belgian and Norwegian law give no right to have the record destroyed (the request is weighed
# against the statutory retention duty), so "suppression"; a Dutch clinic destroys the record
# on request (art. 7:455 BW), so "destruction".
erasure-channel = Dans les limites fixées par la loi, vous pouvez demander { $jurisdiction ->
    [NL] la destruction
   *[other] la suppression
} de tout ou partie de votre dossier médical. Vous introduisez votre demande { $channel }.
erasure-channel-address = Dans les limites fixées par la loi, vous pouvez demander { $jurisdiction ->
    [NL] la destruction
   *[other] la suppression
} de tout ou partie de votre dossier médical. Vous introduisez votre demande { $channel }, à l'attention de { $name }, { $address }.
# Before the steps of `erasure.steps`.
erasure-then = La procédure est ensuite la suivante :
# The clinic's own deadline (`erasure.deadline`).
erasure-deadline = Nous { $jurisdiction ->
    [NL] détruisons
   *[other] supprimons
} les données dans un délai de { $period } à compter de la réception de votre demande.
# The grounds the clinic applies (`erasure.exceptions`), clauses `erasure-ground-*`.
erasure-exceptions = Nous pouvons refuser votre demande en tout ou en partie dans la mesure où { $grounds }. Nous vous en expliquons alors les raisons.
# Before the list `erasure.kept` (labels `erasure-kept-*`).
erasure-kept-lead = Ce que nous conservons ensuite :

## Complaints
complaints-internal = Si vous avez une plainte concernant la manière dont nous traitons vos données à caractère personnel, veuillez d'abord contacter { $bodies }. Nous vous aiderons volontiers.
complaints-internal-default = Si vous avez une plainte concernant la manière dont nous traitons vos données à caractère personnel, veuillez d'abord contacter { $controller }. Nous vous aiderons volontiers.
complaints-ombuds = Les plaintes relatives à vos droits de patient, y compris en matière d'accès à votre dossier ou de copie de celui-ci, peuvent être adressées à notre service de médiation ({ $article }).
complaints-authority = Vous avez également le droit d'introduire une plainte auprès de l'autorité de contrôle, l'{ $authority } :
complaints-residence = Vous pouvez également vous adresser à l'autorité de contrôle du pays de l'EEE dans lequel vous résidez ou travaillez, ou dans lequel la violation alléguée a eu lieu (article 77 du RGPD), ou saisir la justice (article 79 du RGPD).
complaints-external = Pour les plaintes concernant les soins eux-mêmes, vous pouvez également vous adresser aux instances suivantes :

## Third-party websites
third-party-websites = { $doc ->
    [reglement] Le présent règlement ne s'applique pas
   *[other] La présente déclaration de confidentialité ne s'applique pas
} aux sites web de tiers vers lesquels renvoie notre site web. Nous ne pouvons pas garantir que ces tiers traitent vos données à caractère personnel de manière fiable et sûre. Veuillez donc lire la déclaration de confidentialité de ces sites avant de les utiliser.

## Changes
changes-effective = Ceci est la version { $version } { $doc ->
    [reglement] du présent règlement
   *[other] de la présente déclaration de confidentialité
}, en vigueur à partir du { $date }.
changes-amended-by = Les modifications sont arrêtées par { $who }.
changes-notice = Nous pouvons modifier { $doc ->
    [reglement] le présent règlement
   *[other] la présente déclaration de confidentialité
}, par exemple si nos méthodes de travail ou la loi changent. En cas de modification importante, comme une nouvelle finalité, un nouveau destinataire ou une autre manière d'exercer vos droits, nous vous en informons au préalable { $channels }.
changes-notice-default = Nous pouvons modifier { $doc ->
    [reglement] le présent règlement
   *[other] la présente déclaration de confidentialité
}, par exemple si nos méthodes de travail ou la loi changent. En cas de modification importante, nous vous en informons activement au préalable.
changes-informed-via = Vous êtes également informé du traitement de vos données { $channels }.
changes-copy-reception = Un exemplaire { $doc ->
    [reglement] du présent règlement
   *[other] de la présente déclaration de confidentialité
} peut être consulté à l'accueil ; une copie vous est remise sur demande.
changes-latest-online = La version la plus récente { $doc ->
    [reglement] du présent règlement
   *[other] de la présente déclaration de confidentialité
} se trouve toujours sur notre site web.
changes-history = Historique des versions
changes-substantive = Il s'agit d'une modification importante, que nous avons annoncée au préalable.
changes-legal-framework = { $doc ->
    [reglement] Le présent règlement est établi en exécution de :
   *[other] La présente déclaration de confidentialité se fonde sur :
}

## Reglement: article headings, part headings and its own sentences
article-purpose = Objet
article-definitions = Définitions
article-scope = Champ d'application
article-persons = Catégories de personnes dont les données sont traitées
article-data = Nature des données traitées et mode de collecte
article-purposes = Finalités du traitement et cadre légal
article-controller = Le responsable du traitement et les personnes qui agissent en son nom
article-supervision = Surveillance du traitement des données à caractère personnel
article-staff = Qui traite quelles données
# "Communication": the GDPR's French word for a disclosure to a recipient; "transfert" is a
# transfer to a third country (Chapter V).
article-recipients = Communication des données à des tiers
article-data-flow = Le circuit des données à caractère personnel relatives à la santé
article-anonymisation = Anonymisation
article-security = Mesures de sécurité
article-retention = Délais de conservation
article-others = Données à caractère personnel d'autres personnes que les patients
article-file-structure = Relations, interconnexions et consultations
article-deletion = Suppression des données
article-cameras = Surveillance par caméras
article-cookies = Cookies
article-call-recording = Enregistrement des conversations téléphoniques
article-research = Recherche scientifique et qualité des soins
article-marketing = Lettres d'information, marketing et services en ligne
article-minors = Mineurs
article-automated = Prise de décision automatisée
article-third-party = Sites web de tiers
article-rights = Droits du patient et procédure
article-changes = Entrée en vigueur et modifications
part-recipients = Destinataires
part-transfers = Transferts en dehors de l'Espace économique européen
part-security = Mesures
part-communication = Communication sécurisée
part-rights = Droits
part-representation = Mineurs, représentants et patients décédés
part-requests = Procédure applicable aux demandes
part-complaints = Plaintes
reglement-purpose = Par le présent règlement, { $controller } entend vous informer aussi complètement que possible de la manière dont nous traitons les données à caractère personnel que nous collectons et traitons à votre sujet, et de la manière dont vous pouvez exercer un contrôle sur ce traitement.
reglement-issued-under = Le présent règlement est établi en exécution de :
reglement-scope = Le présent règlement s'applique aux traitements de données à caractère personnel décrits à { $persons }, à { $data } et à { $purposes }, qui sont effectués par { $controller } ou sous sa responsabilité.
reglement-scope-staff = Cela vaut pour les traitements effectués par les membres du personnel de { $controller } et par les praticiens indépendants qui y exercent.
reglement-definitions-lead = Pour l'application du présent règlement, on entend par :

## Notice: the short first layer
heading-notice-who = Qui sommes-nous ?
heading-notice-purposes = À quelles fins utilisons-nous vos données ?
notice-purpose-with = { $purpose } ({ $consent })
notice-purpose-consent = uniquement avec votre consentement
notice-purpose-explicit-consent = uniquement avec votre consentement explicite
heading-notice-impact = Ce que vous devez savoir
heading-notice-rights = Vos droits
heading-notice-complaint = Plaintes
heading-notice-more = Toutes les informations
notice-who = { $controller } est responsable du traitement de vos données à caractère personnel.
notice-contact = Vous pouvez nous contacter :
notice-dpo = Vous pouvez joindre notre délégué à la protection des données :
notice-purposes = Nous utilisons vos données pour :
notice-impact-health = Nous traitons des données relatives à votre santé pour vos soins et en tenons un dossier médical, comme la loi le prescrit.
# The notice states the period as the full text does: with its start event and extension (WP260
# para 35: the layers must not conflict).
notice-impact-retention = Nous conservons votre dossier médical pendant { $period }{ $from ->
    [none] {""}
   *[other] , à compter de { $from }
}{ $extension ->
    [none] {""}
   *[other] , { $extension }
}.
notice-impact-cameras = Des caméras sont installées dans { $places }.
notice-impact-calls = Les conversations téléphoniques avec nos collaborateurs peuvent être enregistrées ; vous pouvez le refuser.
notice-impact-calls-consent = Nous n'enregistrons les conversations téléphoniques avec nos collaborateurs qu'avec votre consentement explicite.
notice-impact-calls-plain = Les conversations téléphoniques avec nos collaborateurs peuvent être enregistrées.
notice-impact-research = { $basis ->
    [consent] Nous n'utilisons des données pour la recherche scientifique qu'avec votre consentement.
    [objection] Nous utilisons des données pour la recherche scientifique ; vous pouvez vous y opposer.
   *[other] Nous utilisons des données pour la recherche scientifique.
}
notice-impact-marketing = Avec votre consentement, nous vous envoyons des lettres d'information ou d'autres informations ; vous pouvez toujours vous désinscrire.
notice-impact-tracking = Nous ne plaçons les cookies qui ne sont pas strictement nécessaires qu'avec votre consentement.
notice-impact-transfers = Nous transférons des données vers des pays situés en dehors de l'Espace économique européen, moyennant des garanties appropriées.
notice-rights = Vous avez notamment le droit :
notice-right-access = d'accéder à vos données et d'en obtenir une copie ;
notice-right-rectification = de faire rectifier ou compléter des données inexactes ou incomplètes ;
notice-right-erasure = { $jurisdiction ->
    [NO] de faire effacer vos données ; votre dossier patient obéit à ses propres règles légales ;
    [NL] de faire effacer vos données et détruire votre dossier médical, sauf quelques exceptions légales ;
   *[other] de faire effacer vos données, sauf si la loi nous oblige à les conserver ;
}
notice-right-restriction = d'obtenir la limitation du traitement ;
notice-right-portability = de recevoir les données que vous nous avez vous-même fournies dans un format portable ;
notice-right-objection = { $marketing ->
    [yes] de vous opposer au traitement fondé sur notre intérêt légitime, et toujours à la prospection ;
   *[other] de vous opposer au traitement fondé sur notre intérêt légitime ;
}
notice-right-withdraw = de retirer votre consentement, pour l'avenir ;
notice-complaint = Si vous n'êtes pas d'accord avec la manière dont nous traitons vos données, contactez-nous d'abord. Vous pouvez également introduire une plainte auprès de l'{ $authority } :
# Without contact details in the profile, the notice does not send the reader to us (review-nb M1).
notice-complaint-authority = Si vous n'êtes pas d'accord avec la manière dont nous traitons vos données, vous pouvez introduire une plainte auprès de l'{ $authority } :
notice-more-statement = Lire la déclaration de confidentialité complète
notice-more-reglement = Lire le règlement de protection des données

## National exchange and consent systems (issue 16 item 7; `exchange:`, facts from the law
## data `exchange`). One exchange-about-* per system; the model sentence follows it.
heading-exchange = Échange électronique de vos données de santé
part-exchange = Échange électronique de données de santé
exchange-lead = Nous participons aux systèmes suivants d'échange électronique de données de santé. Pour chaque système, vous trouverez ci-dessous si votre consentement est nécessaire et comment vous le donnez, le retirez ou le refusez.
exchange-about-lsp = Le Landelijk Schakelpunt (LSP) est un réseau national néerlandais auquel les prestataires de soins peuvent raccorder leurs systèmes. Le LSP ne contient lui-même aucune donnée médicale : il ne contient qu'un index de référence des numéros de service citoyen (BSN), dans lequel un autre prestataire de soins peut rechercher quels prestataires ont mis des données vous concernant à disposition. Vos données restent dans le dossier tenu par votre prestataire de soins.
exchange-about-mitz = Mitz est le registre national néerlandais des consentements des prestataires de soins. Vous y indiquez quels prestataires de soins peuvent mettre vos données médicales à la disposition, par voie électronique, d'autres prestataires de soins qui vous traitent. Mitz ne contient lui-même aucune donnée médicale.
# "Consentement éclairé": the eHealth term for the Dutch "geïnformeerde toestemming".
exchange-about-ehealth-hubs = Les prestataires de soins qui vous traitent peuvent partager vos données de santé entre eux, par voie électronique et de manière sécurisée, par l'intermédiaire des réseaux régionaux (hubs) et de Vitalink. Ce partage n'est possible qu'avec votre consentement éclairé, et uniquement pour les prestataires de soins qui ont une relation thérapeutique avec vous. Une telle relation dure généralement jusqu'à quinze mois après la lecture de votre carte d'identité par le prestataire de soins lors d'une consultation. Vous pouvez exclure certains prestataires de soins ou demander que certaines données ne soient pas partagées.
exchange-about-gmd = Votre médecin généraliste gère votre dossier médical global (DMG), qui contient un aperçu de vos données de santé. Le DMG est ouvert ou prolongé lors d'une consultation ou d'une visite à domicile, au maximum une fois par année civile, et votre mutualité en est informée. Le DMG enregistre aussi la relation thérapeutique avec votre médecin généraliste.
exchange-about-kjernejournal = Le kjernejournal est un service électronique national norvégien qui contient une sélection de données de santé importantes vous concernant, que les professionnels de santé peuvent consulter rapidement lorsqu'ils vous dispensent des soins, où que vous soyez soigné. Toute personne résidant de manière permanente en Norvège dispose d'un kjernejournal, sauf si elle s'y est opposée. La Direction norvégienne de la santé (Helsedirektoratet) est le responsable du traitement du kjernejournal.
exchange-model-opt-in = Cela requiert votre consentement { $consent ->
    [informed] éclairé
   *[explicit] explicite
} : sans ce consentement, nous ne mettons pas vos données de cette manière à la disposition d'autres prestataires de soins. Vous pouvez retirer votre consentement à tout moment.
exchange-model-opt-out = Cela ne requiert pas votre consentement : vous y êtes inclus automatiquement. Vous pouvez toutefois vous y opposer.
exchange-model-on-request = Cela ne se fait qu'à votre demande.
exchange-basis = Base légale : { $law }.
exchange-channel-portal-at = en ligne, sur { $portal }
exchange-channels-consent = Vous pouvez donner ou retirer votre consentement { $channels }.
exchange-channels-objection = Vous pouvez vous y opposer { $channels }.
exchange-channels-request = Vous pouvez le demander { $channels }.
exchange-viewers = Ces données ne peuvent être consultées que par { $viewers }, et uniquement lorsque c'est nécessaire à votre traitement.
exchange-audit-lsp = Vous pouvez voir quels prestataires de soins ont mis vos données à disposition par l'intermédiaire du LSP, et quand, dans votre espace personnel à l'adresse
exchange-audit-mitz = Vous pouvez voir quels prestataires de soins suivent vos choix en matière de consentement, et quel prestataire les a consultés, à l'adresse
# Per-purpose data form (issue 16 item 8; `purposes[].form`); $form is a form-* label.
purpose-form = Pour cette finalité, nous utilisons vos données { $form }.
notice-impact-exchange = Nous pouvons échanger vos données médicales par voie électronique avec d'autres prestataires de soins au moyen de systèmes nationaux ; la déclaration complète indique si votre consentement est nécessaire et comment vous le donnez, le retirez ou le refusez.
## Retention beyond periods (issue 16 item 9): records when the practice closes (`closure`)
closure-handover = En cas de cessation ou de reprise de notre pratique, les dossiers de patients sont conservés par { $to }.
closure-handover-cited = En cas de cessation ou de reprise de notre pratique, les dossiers de patients sont conservés par { $to } ({ $basis }).
closure-informed = Nous vous en informons au préalable. Vous pouvez vous opposer au transfert de votre dossier et nous demander de le transmettre à un autre professionnel de santé.
closure-objection = Vous disposez pour cela d'un délai de { $period }.
closure-archive = Les dossiers de patients sur papier sont transférés aux Archives norvégiennes de la santé (Norsk helsearkiv) { $period } après le décès du patient ({ $basis }).

## Register (issue 16 item 10): practitioners with their register number (`practitioners`)
controller-practitioners = Les professionnels de santé suivants travaillent chez nous :
