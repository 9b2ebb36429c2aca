### `privgen diff`: what a new version of a profile changes for the reader.
### Substantive: to be announced to patients actively and in advance; editorial: not.

diff-substantive = Wezenlijke wijziging (vooraf actief aankondigen)
diff-editorial = Redactionele wijziging
diff-none = Geen wijzigingen voor de lezer.
diff-heading = Wijzigingen in { $profile }
diff-was = was
diff-now = nu
diff-no-sentence = (geen)
diff-yes = ja
diff-no = nee
diff-deadline-default = één maand (artikel 12, lid 3, AVG)
diff-profile-added = Een nieuwe verklaring: die bestond in de eerdere versie nog niet.
diff-profile-removed = De verklaring is ingetrokken: het profiel bestaat niet meer.
diff-controller-name = De verwerkingsverantwoordelijke heet nu { $new } (was: { $old }).
diff-contact-changed = Contactgegevens gewijzigd: nu { $new } (was: { $old }).
diff-contact-added = Nieuwe contactmogelijkheid: { $new }.
diff-contact-removed = Contactmogelijkheid vervallen: { $old }.
diff-dpo-added = Er is een functionaris gegevensbescherming aangesteld, bereikbaar via { $new }.
diff-dpo-removed = Er is geen functionaris gegevensbescherming meer (was bereikbaar via { $old }).
diff-dpo-contact = De functionaris gegevensbescherming is nu bereikbaar via { $new } (was: { $old }).
diff-purpose-added = Nieuw doel: { $what }.
diff-purpose-removed = Doel vervallen: { $what }.
diff-basis-none = geen rechtsgrond vermeld
diff-purpose-basis = Andere rechtsgrond: { $what }, nu { $new } (was: { $old }).
diff-purpose-opt-out-removed = { $register ->
    [informal] Je kunt niet langer bezwaar maken tegen de verwerking voor dit doel: { $what }.
   *[formal] U kunt niet langer bezwaar maken tegen de verwerking voor dit doel: { $what }.
}
diff-data-added = Nieuwe categorie gegevens: { $what }.
diff-data-removed = Categorie gegevens vervallen: { $what }.
diff-recipient-added = Nieuwe ontvanger: { $what }{ $name }.
diff-recipient-removed = Ontvanger vervallen: { $what }{ $name }.
diff-processor-added = Nieuwe verwerker: { $name } ({ $service }, land: { $country }){ $outside ->
    [yes] , buiten de EER
   *[no] {""}
}.
diff-processor-removed = Verwerker vervallen: { $name }.
diff-processor-country = Verwerker { $name } verwerkt de gegevens nu in { $new }{ $outside ->
    [yes] , buiten de EER
   *[no] {""}
} (was: { $old }).
diff-transfer-added = Nieuwe doorgifte buiten de EER: { $what } in { $country }.
diff-transfer-removed = Doorgifte buiten de EER beëindigd: { $what } in { $country }.
diff-transfers-outside-eea = Gegevens worden nu doorgegeven aan landen buiten de EER (was: niet).
diff-transfers-inside-eea = Gegevens worden niet langer doorgegeven aan landen buiten de EER.
diff-retention-added = Nieuwe bewaartermijn: { $what }, { $period }.
diff-retention-removed = Bewaartermijn niet langer vermeld: { $what } (was: { $old }).
diff-retention-shorter = Kortere of minder zekere bewaartermijn: { $what }, nu { $new } (was: { $old }).
diff-retention-longer = Langere bewaartermijn: { $what }, nu { $new } (was: { $old }).
diff-retention-from = Bewaartermijn gaat op een ander moment in: { $what }, nu vanaf { $new } (was: vanaf { $old }).
diff-cameras-added = Nieuw cameratoezicht: { $where }.
diff-cameras-removed = Het cameratoezicht is beëindigd.
diff-cameras-retention = Camerabeelden worden nu { $new } bewaard (was: { $old }).
diff-cameras-stored = Camerabeelden worden nu opgenomen (was: alleen live meekijken).
diff-cameras-not-stored = Camerabeelden worden niet langer opgenomen.
diff-call-recording-added = Telefoongesprekken worden voortaan opgenomen.
diff-call-recording-removed = Telefoongesprekken worden niet langer opgenomen.
diff-cookies-added = Nieuwe soort cookies: { $what }.
diff-cookies-removed = Soort cookies vervallen: { $what }.
diff-research-added = Gegevens worden voortaan gebruikt voor wetenschappelijk onderzoek.
diff-research-removed = Gegevens worden niet langer gebruikt voor wetenschappelijk onderzoek.
diff-marketing-added = Gegevens worden voortaan gebruikt voor marketing.
diff-marketing-removed = Gegevens worden niet langer gebruikt voor marketing.
diff-rights-channel-added = { $register ->
    [informal] Je kunt je rechten nu ook { $what } uitoefenen.
   *[formal] U kunt uw rechten nu ook { $what } uitoefenen.
}
diff-rights-channel-removed = { $register ->
    [informal] Je kunt je rechten niet langer { $what } uitoefenen.
   *[formal] U kunt uw rechten niet langer { $what } uitoefenen.
}
diff-rights-deadline = { $register ->
    [informal] Termijn voor het beantwoorden van een verzoek over je rechten: nu { $new } (was: { $old }).
   *[formal] Termijn voor het beantwoorden van een verzoek over uw rechten: nu { $new } (was: { $old }).
}
diff-complaint-added = Nieuwe klachtmogelijkheid: { $what }.
diff-complaint-removed = Klachtmogelijkheid vervallen: { $what }.
diff-language-added = De verklaring verschijnt nu ook in: { $lang }.
diff-language-removed = De verklaring verschijnt niet langer in: { $lang }.
diff-version = Versie { $new } (was: { $old }).
diff-text-changed = De tekst van { $field } is gewijzigd:
diff-text-added = Nieuwe tekst in { $field }:
diff-text-removed = De tekst van { $field } is verwijderd:
diff-item-added = Nieuw onderdeel in { $field }: { $value }
diff-item-removed = Onderdeel verwijderd uit { $field }: { $value }
diff-value-changed = { $field } is nu { $new } (was: { $old }).
