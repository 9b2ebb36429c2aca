### `privgen diff` in French: what a new version of a profile changes for the reader.
### Substantive: to be announced to patients actively and in advance; editorial: not.

diff-substantive = Modification substantielle (à annoncer activement au préalable)
diff-editorial = Modification rédactionnelle
diff-none = Aucune modification pour le lecteur.
diff-heading = Modifications de { $profile }
diff-was = auparavant
diff-now = désormais
diff-no-sentence = (aucune)
diff-yes = oui
diff-no = non
diff-deadline-default = un mois (article 12, paragraphe 3, du RGPD)
diff-profile-added = Une nouvelle déclaration : elle n'existait pas dans la version précédente.
diff-profile-removed = La déclaration a été retirée : le profil n'existe plus.
diff-controller-name = Le responsable du traitement s'appelle désormais { $new } (auparavant : { $old }).
diff-contact-changed = Coordonnées modifiées : désormais { $new } (auparavant : { $old }).
diff-contact-added = Nouveau moyen de contact : { $new }.
diff-contact-removed = Moyen de contact supprimé : { $old }.
diff-dpo-added = Un délégué à la protection des données a été désigné ; il est joignable via { $new }.
diff-dpo-removed = Il n'y a plus de délégué à la protection des données (auparavant joignable via { $old }).
diff-dpo-contact = Le délégué à la protection des données est désormais joignable via { $new } (auparavant : { $old }).
diff-purpose-added = Nouvelle finalité : { $what }.
diff-purpose-removed = Finalité supprimée : { $what }.
diff-basis-none = aucune base juridique indiquée
diff-purpose-basis = Autre base juridique : { $what }, désormais { $new } (auparavant : { $old }).
diff-purpose-opt-out-removed = Vous ne pouvez plus vous opposer au traitement pour cette finalité : { $what }.
diff-data-added = Nouvelle catégorie de données : { $what }.
diff-data-removed = Catégorie de données supprimée : { $what }.
diff-recipient-added = Nouveau destinataire : { $what }{ $name }.
diff-recipient-removed = Destinataire supprimé : { $what }{ $name }.
diff-processor-added = Nouveau sous-traitant : { $name } ({ $service }, pays : { $country }){ $outside ->
    [yes] , en dehors de l'EEE
   *[no] {""}
}.
diff-processor-removed = Sous-traitant supprimé : { $name }.
diff-processor-country = Le sous-traitant { $name } traite désormais les données dans le pays suivant : { $new }{ $outside ->
    [yes] , en dehors de l'EEE
   *[no] {""}
} (auparavant : { $old }).
diff-transfer-added = Nouveau transfert en dehors de l'EEE : { $what } ({ $country }).
diff-transfer-removed = Fin du transfert en dehors de l'EEE : { $what } ({ $country }).
diff-transfers-outside-eea = Des données sont désormais transférées vers des pays situés en dehors de l'EEE (auparavant : non).
diff-transfers-inside-eea = Les données ne sont plus transférées vers des pays situés en dehors de l'EEE.
diff-retention-added = Nouveau délai de conservation : { $what }, { $period }.
diff-retention-removed = Délai de conservation qui n'est plus mentionné : { $what } (auparavant : { $old }).
diff-retention-shorter = Délai de conservation plus court ou moins certain : { $what }, désormais { $new } (auparavant : { $old }).
diff-retention-longer = Délai de conservation plus long : { $what }, désormais { $new } (auparavant : { $old }).
diff-retention-from = Le délai de conservation court à partir d'un autre moment : { $what }, désormais à compter de { $new } (auparavant : à compter de { $old }).
diff-cameras-added = Nouvelle surveillance par caméras : { $where }.
diff-cameras-removed = La surveillance par caméras a pris fin.
diff-cameras-retention = Les images des caméras sont désormais conservées pendant { $new } (auparavant : { $old }).
diff-cameras-stored = Les images des caméras sont désormais enregistrées (auparavant : visionnage en temps réel uniquement).
diff-cameras-not-stored = Les images des caméras ne sont plus enregistrées.
diff-call-recording-added = Les conversations téléphoniques sont désormais enregistrées.
diff-call-recording-removed = Les conversations téléphoniques ne sont plus enregistrées.
diff-cookies-added = Nouveau type de cookies : { $what }.
diff-cookies-removed = Type de cookies supprimé : { $what }.
diff-research-added = Les données sont désormais utilisées pour la recherche scientifique.
diff-research-removed = Les données ne sont plus utilisées pour la recherche scientifique.
diff-marketing-added = Les données sont désormais utilisées à des fins de marketing.
diff-marketing-removed = Les données ne sont plus utilisées à des fins de marketing.
diff-rights-channel-added = Vous pouvez désormais aussi exercer vos droits { $what }.
diff-rights-channel-removed = Vous ne pouvez plus exercer vos droits { $what }.
diff-rights-deadline = Délai de réponse à une demande relative à vos droits : désormais { $new } (auparavant : { $old }).
diff-complaint-added = Nouvelle possibilité de plainte : { $what }.
diff-complaint-removed = Possibilité de plainte supprimée : { $what }.
diff-language-added = La déclaration est désormais publiée aussi en : { $lang }.
diff-language-removed = La déclaration n'est plus publiée en : { $lang }.
diff-version = Version { $new } (auparavant : { $old }).
diff-text-changed = Le texte du champ { $field } a été modifié :
diff-text-added = Nouveau texte dans le champ { $field } :
diff-text-removed = Le texte du champ { $field } a été supprimé :
diff-item-added = Nouvel élément dans le champ { $field } : { $value }
diff-item-removed = Élément supprimé du champ { $field } : { $value }
diff-value-changed = Le champ { $field } est désormais { $new } (auparavant : { $old }).
