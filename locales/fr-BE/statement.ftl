### French as written in Belgium (Brussels and Wallonia): only the messages of the statement,
### reglement and notice whose wording differs in Belgian usage; every other message falls
### back to locales/fr/. Reviewed message by message against locales/fr/statement.ftl (issue
### 20). Formal "vous", as in fr. One line above each override gives its reason:
##   (P) "dossier patient": the word of the Belgian patient rights act (loi du 22 août 2002,
##       art. 9: "dossier de patient") and of Belgian hospitals for the file fr calls "dossier
##       médical" (in Belgian hospital law the dossier médical is only one part of it, with
##       the dossier infirmier: arrêté royal du 3 mai 1999, art. 1er).
##   (Z) "prestataire de soins", "professionnel des soins de santé", "praticien professionnel":
##       the Belgian statutory and administrative terms (eHealth, INAMI, loi qualité, patient
##       rights act) where fr says "professionnel de santé".
##   (C) an EU article in the decimal style of Belgian legislation and of the Autorité de
##       protection des données ("article 6.1.b) du RGPD", "article 12.3 du RGPD"): the
##       loi-cadre du 30 juillet 2018 cites the GDPR so ("articles 2.2.a) et 2.2.b) du
##       Règlement", art. 2), and cite.ftl gives every cited EU article that style on an fr-BE
##       page, so a page never mixes two styles.
## A page in fr-BE may be for a Dutch or Norwegian clinic: the jurisdiction selections of fr
## are kept in every override.

## Data
# (P) In the words of art. 9, § 1er, of the patient rights act ("soigneusement tenu à jour et
# conservé en lieu sûr"; docs/law-sources.md).
patient-record-duty = La loi nous oblige à constituer sur votre traitement un dossier patient, soigneusement tenu à jour et conservé en lieu sûr. Nous y consignons les données nécessaires pour vous dispenser des soins de qualité.
# (P) As patient-record-duty, with the statutes.
patient-record-duty-statutes = La loi nous oblige à constituer sur votre traitement un dossier patient, soigneusement tenu à jour et conservé en lieu sûr ({ $statutes }). Nous y consignons les données nécessaires pour vous dispenser des soins de qualité.

## DPO and supervision
# (C, Z) "Professionnel des soins de santé": the term of the loi qualité (art. 2, 2°).
supervision-health-professional = Les données relatives à votre santé sont traitées exclusivement sous la surveillance et la responsabilité d'un professionnel des soins de santé soumis au secret professionnel (article 9.3 du RGPD).

## Purposes
# (Z) The other jurisdictions' branch with the Belgian word; Belgian clinics as in fr.
provision-patient-duty = { $jurisdiction ->
    [BE] Nous attendons de vous que vous collaboriez, dans la mesure de vos possibilités, avec nos professionnels des soins de santé et que vous leur fournissiez les informations dont ils ont raisonnablement besoin pour vous soigner.
   *[other] Nous attendons de vous que vous fournissiez à nos prestataires de soins, au mieux de vos connaissances, les informations et la collaboration dont ils ont raisonnablement besoin pour exécuter le contrat de soins.
}

## Research, marketing
# (P)
research-record = Les données de votre dossier patient peuvent également contribuer à la recherche scientifique.
# (C)
marketing-object = Vous pouvez toujours vous désinscrire gratuitement et vous opposer à l'utilisation de vos données à des fins de prospection ; nous cessons alors cette utilisation (article 21.2 et 21.3 du RGPD).

## Rights
# (P) Only the word of the file; each jurisdiction keeps the fr content.
right-access-patient-law = { $jurisdiction ->
    [NO] Vous avez en outre le droit de consulter votre dossier patient et d'en obtenir une copie ({ $article }). La consultation ne peut être refusée que dans les cas exceptionnels prévus par la loi.
   *[other] Vous avez en outre le droit de consulter votre dossier patient et d'en obtenir une copie ({ $article }), dans les limites fixées par { $statute }, par exemple dans la mesure où la protection de la vie privée d'un tiers ne s'y oppose pas.
}
# (P, Z)
right-rectification-practitioner = C'est le prestataire de soins qui vous traite qui décide de la rectification ou du complément du dossier patient : une modification ne peut pas compromettre la sécurité de votre traitement.
# (P)
right-erasure-desc = Vous pouvez nous demander d'effacer vos données, par exemple lorsqu'elles ne sont plus nécessaires ou que vous retirez votre consentement (article 17 du RGPD). { $jurisdiction ->
    [NO] Nous ne pouvons pas effacer les données que la loi nous oblige à conserver, comme notre comptabilité ; le dossier patient suit les règles exposées ci-dessous. En cas de refus, nous vous en expliquons les raisons.
    [NL] Nous ne pouvons pas effacer les données que la loi nous oblige à conserver, comme notre comptabilité ; dans ce cas, nous vous en expliquons les raisons.
   *[other] Ce droit ne s'applique pas aux données que la loi nous oblige à conserver, comme le dossier patient en vertu de { $statute } et notre comptabilité ; dans ce cas, nous vous expliquons pourquoi nous ne pouvons pas effacer ces données.
}
# (P) Dutch clinics only (art. 7:455 BW); the content is that of fr.
right-erasure-record = À votre demande, nous détruisons tout ou partie de votre dossier patient dans un délai de { $period } ({ $article }), sauf si { $exceptions }.
# (C)
right-withdraw-desc = Lorsque nous traitons des données sur la base de votre consentement, vous pouvez retirer ce consentement à tout moment, aussi facilement que vous l'avez donné. Le retrait vaut pour l'avenir : ce que nous avons fait de vos données avant le retrait reste licite (article 7.3 du RGPD).
# (P, Z)
rights-journal-practitioner = Pour toute question sur la rectification ou la suppression de données de votre dossier patient, vous pouvez vous adresser au prestataire de soins qui vous traite.

## Requests
# (C)
requests-deadline = Nous répondons dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de votre demande (article 12.3 du RGPD).
# (C)
requests-deadline-own = Nous répondons dans les meilleurs délais et au plus tard dans un délai de { $period } à compter de la réception de votre demande ; le délai légal est d'un mois (article 12.3 du RGPD).
# (P)
erasure-heading = Suppression de tout ou partie de votre dossier patient
# (P) As fr: "destruction" for a Dutch clinic (art. 7:455 BW), else "suppression".
erasure-channel = Dans les limites fixées par la loi, vous pouvez demander { $jurisdiction ->
    [NL] la destruction
   *[other] la suppression
} de tout ou partie de votre dossier patient. Vous introduisez votre demande { $channel }.
# (P) As erasure-channel.
erasure-channel-address = Dans les limites fixées par la loi, vous pouvez demander { $jurisdiction ->
    [NL] la destruction
   *[other] la suppression
} de tout ou partie de votre dossier patient. Vous introduisez votre demande { $channel }, à l'attention de { $name }, { $address }.
# (P)
requests-copy-delivery = Vous pouvez { $ways } une copie de votre dossier patient.

## Complaints
# (P)
complaints-ombuds = Les plaintes relatives à vos droits de patient, y compris en matière d'accès à votre dossier patient ou de copie de celui-ci, peuvent être adressées à notre service de médiation ({ $article }).

## Notice
# (P)
notice-impact-health = Nous traitons des données relatives à votre santé pour vos soins et en tenons un dossier patient, comme la loi le prescrit.
# (P) With the start event and the extension the full text states.
notice-impact-retention = Nous conservons votre dossier patient pendant { $period }{ $from ->
    [none] {""}
   *[other] , à compter de { $from }
}{ $extension ->
    [none] {""}
   *[other] , { $extension }
}.
# (P) Dutch clinics: the destruction right of art. 7:455 BW, as in fr.
notice-right-erasure = { $jurisdiction ->
    [NO] de faire effacer vos données ; votre dossier patient obéit à ses propres règles légales ;
    [NL] de faire effacer vos données et détruire votre dossier patient, sauf quelques exceptions légales ;
   *[other] de faire effacer vos données, sauf si la loi nous oblige à les conserver ;
}

## Retention beyond periods, register
# (Z)
closure-informed = Nous vous en informons au préalable. Vous pouvez vous opposer au transfert de votre dossier et nous demander de le transmettre à un autre prestataire de soins.
# (Z)
controller-practitioners = Les prestataires de soins suivants travaillent chez nous :
