### French as written in Belgium: only the vocabulary labels whose wording differs in Belgian
### usage; every other label falls back to locales/fr/. Reviewed label by label against
### locales/fr/vocab.ftl (issue 20); the reasons (P), (Z) and (C) are those of
### fr-BE/statement.ftl, and:
##   (R) "revalidation": the Belgian word for medical rehabilitation (hôpitaux et centres de
##       revalidation, conventions de revalidation de l'INAMI), where fr says "réadaptation".
##   (K) the Belgian names of care facilities: maison de repos et de soins, résidence-services,
##       centre de soins de jour, poste de garde de médecine générale.
## Labels that `privgen diff` also shows cannot select on $jurisdiction; those below are right
## for a reader in Belgium whatever the clinic's country.

# (R)
audience-revalidants = des patients en revalidation
# (R)
subject-revalidants = des patients en revalidation
# (R)
provider-rehabilitation-hospital = un hôpital de revalidation

# (Z)
principle-consent-before-sharing = Nous vous demandons d'abord votre consentement explicite si nous souhaitons partager vos données avec d'autres prestataires de soins pour votre traitement.
# (Z)
role-health-personnel = les prestataires de soins
# (Z)
category-treating-practitioners = Les prestataires de soins qui vous traitent
# (Z)
source-previous-providers = les prestataires de soins qui vous ont soigné auparavant
# (Z)
source-health-personnel = vos entretiens avec des prestataires de soins

# (P) "Dossier patient", and the Belgian "soins de qualité".
purpose-care-desc = Nous utilisons vos données, y compris les données relatives à votre santé, pour vous dispenser des soins de qualité et sûrs : pour la prévention, le diagnostic, le traitement et les soins infirmiers, et pour le dossier patient que nous en tenons.

# (C)
art6-consent = votre consentement (article 6.1.a) du RGPD)
# (C)
art6-contract = l'exécution du contrat de soins conclu avec vous (article 6.1.b) du RGPD)
# (C)
art6-legal-obligation = une obligation légale à laquelle nous sommes soumis (article 6.1.c) du RGPD)
# (C)
art6-vital-interests = la sauvegarde de vos intérêts vitaux (article 6.1.d) du RGPD)
# (C)
art6-public-task = l'exécution d'une mission d'intérêt public (article 6.1.e) du RGPD)
# (C)
art6-legitimate-interest = notre intérêt légitime (article 6.1.f) du RGPD)

# (C)
art9-explicit-consent = votre consentement explicite (article 9.2.a) du RGPD)
# (C)
art9-employment = des obligations en matière de droit du travail et de la sécurité sociale (article 9.2.b) du RGPD)
# (C)
art9-vital-interests = la sauvegarde de vos intérêts vitaux lorsque vous n'êtes pas en mesure de donner vous-même votre consentement (article 9.2.c) du RGPD)
# (C)
art9-made-public = des données que vous avez vous-même manifestement rendues publiques (article 9.2.e) du RGPD)
# (C)
art9-legal-claims = la constatation, l'exercice ou la défense de droits en justice (article 9.2.f) du RGPD)
# (C)
art9-substantial-public-interest = un motif d'intérêt public important sur la base de la loi (article 9.2.g) du RGPD)
# (C, Z)
art9-health-care = la prise en charge sanitaire par un professionnel des soins de santé soumis au secret professionnel ou sous sa responsabilité (article 9.2.h) et 9.3 du RGPD)
# (C)
art9-public-health = des motifs d'intérêt public dans le domaine de la santé publique (article 9.2.i) du RGPD)
# (C)
art9-research = la recherche scientifique, moyennant des garanties appropriées (article 9.2.j) du RGPD)

# (Z)
recipient-other-care-providers = d'autres prestataires de soins au sein de notre organisation ou en dehors de celle-ci

# (C)
mechanism-standard-contractual-clauses = des clauses contractuelles types adoptées par la Commission européenne (article 46.2.c) du RGPD ; décision d'exécution (UE) 2021/914)

# (P)
record-medical-record = Dossier patient

# (Z)
erasure-advise-copy = Avant la suppression, nous vous conseillons de faire transmettre une copie de votre dossier à vous-même ou à un autre prestataire de soins.
# (P)
erasure-financial-kept = Les données financières et administratives ne font pas partie du dossier patient. La loi nous oblige à les conserver ; elles ne peuvent donc pas être supprimées.
# (P)
erasure-kept-erasure-note = une mention dans votre dossier patient indiquant que des données ont été supprimées à votre demande ;

# (R)
term-revalidant = Patient en revalidation
# (R)
term-revalidant-def = la personne physique qui est traitée à l'hôpital de revalidation.

# (Z)
exchange-viewer-treating-providers = les prestataires de soins qui vous traitent
# (Z)
handover-chosen-provider = un prestataire de soins que vous désignez vous-même

# (K)
provider-nursing-home = une maison de repos et de soins
# (K)
provider-assisted-living = une résidence-services
# (K)
provider-day-care-centre = un centre de soins de jour
# (K)
provider-out-of-hours-service = un poste de garde de médecine générale
# (Z)
recipient-liability-insurer = notre assureur en responsabilité professionnelle ou celui du prestataire de soins concerné

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
# "Candidats résidents": the Belgian maisons de repos' word for those on the waiting list.
audience-prospective-residents = des candidats résidents
subject-prospective-residents = des candidats résidents
# (K)
audience-day-care-users = des usagers de notre centre de soins de jour
subject-day-care-users = des usagers de notre centre de soins de jour
# "Aidant proche": Belgian usage (France says "proche aidant").
audience-informal-carers = des aidants proches
subject-informal-carers = des aidants proches
# (Z)
audience-involved-providers = des prestataires de soins qui participent au traitement de nos patients
subject-involved-providers = des prestataires de soins qui participent au traitement de nos patients
# "Logopédie": the Belgian name of the profession (fr: "orthophonie").
provider-speech-therapy-practice = un cabinet de logopédie
# A reader in Belgium is insured through a mutualité; the label is also shown by `privgen diff`,
# so it cannot select on $jurisdiction.
source-health-insurer = votre mutualité
# (Z)
source-treating-providers = les autres prestataires de soins qui vous soignent actuellement
# The Belgian check of "assurabilité" with the mutualités (as source-health-insurer).
source-insurance-check = la vérification de votre assurabilité auprès des mutualités
# "Médecin-contrôleur": the Belgian physician of the loi du 13 juin 1999 relative à la médecine de contrôle.
recipient-incapacity-physician = un médecin-contrôleur qui contrôle votre incapacité de travail pour le compte de votre employeur ou d'un assureur
# "Renvoi" and (Z).
service-referrals = renvoi vers d'autres prestataires de soins
