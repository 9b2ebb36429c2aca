### `privgen diff`: what a new version of a profile changes for the reader.
### Substantive: to be announced to patients actively and in advance; editorial: not.

diff-substantive = Vesentlig endring (varsles aktivt på forhånd)
diff-editorial = Redaksjonell endring
diff-none = Ingen endringer for leseren.
diff-heading = Endringer i { $profile }
diff-was = før
diff-now = nå
diff-no-sentence = (ingen)
diff-yes = ja
diff-no = nei
diff-deadline-default = én måned (personvernforordningen artikkel 12 nr. 3)
diff-profile-added = En ny erklæring: den fantes ikke i den tidligere versjonen.
diff-profile-removed = Erklæringen er trukket tilbake: profilen finnes ikke lenger.
diff-controller-name = Den behandlingsansvarlige heter nå { $new } (tidligere: { $old }).
diff-contact-changed = Kontaktopplysninger endret: nå { $new } (tidligere: { $old }).
diff-contact-added = Ny kontaktmåte: { $new }.
diff-contact-removed = Kontaktmåte fjernet: { $old }.
diff-dpo-added = Det er utnevnt et personvernombud, som nås på { $new }.
diff-dpo-removed = Det er ikke lenger et personvernombud (kunne tidligere nås på { $old }).
diff-dpo-contact = Personvernombudet nås nå på { $new } (tidligere: { $old }).
diff-purpose-added = Nytt formål: { $what }.
diff-purpose-removed = Formål bortfalt: { $what }.
diff-basis-none = ikke oppgitt behandlingsgrunnlag
diff-purpose-basis = Annet behandlingsgrunnlag: { $what }, nå { $new } (tidligere: { $old }).
diff-purpose-opt-out-removed = Du kan ikke lenger protestere mot behandlingen for dette formålet: { $what }.
diff-data-added = Ny kategori opplysninger: { $what }.
diff-data-removed = Kategori opplysninger bortfalt: { $what }.
diff-recipient-added = Ny mottaker: { $what }{ $name }.
diff-recipient-removed = Mottaker bortfalt: { $what }{ $name }.
diff-processor-added = Ny databehandler: { $name } ({ $service }, land: { $country }){ $outside ->
    [yes] , utenfor EØS
   *[no] {""}
}.
diff-processor-removed = Databehandler bortfalt: { $name }.
diff-processor-country = Databehandleren { $name } behandler nå opplysningene i { $new }{ $outside ->
    [yes] , utenfor EØS
   *[no] {""}
} (tidligere: { $old }).
diff-transfer-added = Ny overføring til land utenfor EØS: { $what } i { $country }.
diff-transfer-removed = Overføring til land utenfor EØS avsluttet: { $what } i { $country }.
diff-transfers-outside-eea = Opplysninger overføres nå til land utenfor EØS (tidligere: ikke).
diff-transfers-inside-eea = Opplysninger overføres ikke lenger til land utenfor EØS.
diff-retention-added = Ny lagringstid: { $what }, { $period }.
diff-retention-removed = Lagringstiden er ikke lenger oppgitt: { $what } (tidligere: { $old }).
diff-retention-shorter = Kortere eller mindre sikker lagringstid: { $what }, nå { $new } (tidligere: { $old }).
diff-retention-longer = Lengre lagringstid: { $what }, nå { $new } (tidligere: { $old }).
diff-retention-from = Lagringstiden regnes fra et annet tidspunkt: { $what }, nå fra { $new } (tidligere: fra { $old }).
diff-cameras-added = Ny kameraovervåking: { $where }.
diff-cameras-removed = Kameraovervåkingen er avsluttet.
diff-cameras-retention = Kameraopptak lagres nå i { $new } (tidligere: { $old }).
diff-cameras-stored = Kamerabilder tas nå opp (tidligere: bare direkte visning).
diff-cameras-not-stored = Kamerabilder tas ikke lenger opp.
diff-call-recording-added = Telefonsamtaler blir heretter tatt opp.
diff-call-recording-removed = Telefonsamtaler blir ikke lenger tatt opp.
diff-cookies-added = Ny type informasjonskapsler: { $what }.
diff-cookies-removed = Type informasjonskapsler bortfalt: { $what }.
diff-research-added = Opplysninger blir heretter brukt til forskning.
diff-research-removed = Opplysninger blir ikke lenger brukt til forskning.
diff-marketing-added = Opplysninger blir heretter brukt til markedsføring.
diff-marketing-removed = Opplysninger blir ikke lenger brukt til markedsføring.
diff-rights-channel-added = Du kan nå også utøve rettighetene dine { $what }.
diff-rights-channel-removed = Du kan ikke lenger utøve rettighetene dine { $what }.
diff-rights-deadline = Frist for å svare på en henvendelse om rettighetene dine: nå { $new } (tidligere: { $old }).
diff-complaint-added = Ny klagemulighet: { $what }.
diff-complaint-removed = Klagemulighet bortfalt: { $what }.
diff-language-added = Erklæringen publiseres nå også på: { $lang }.
diff-language-removed = Erklæringen publiseres ikke lenger på: { $lang }.
diff-version = Versjon { $new } (tidligere: { $old }).
diff-text-changed = Teksten i { $field } er endret:
diff-text-added = Ny tekst i { $field }:
diff-text-removed = Teksten i { $field } er fjernet:
diff-item-added = Nytt punkt i { $field }: { $value }
diff-item-removed = Punkt fjernet fra { $field }: { $value }
diff-value-changed = { $field } er nå { $new } (tidligere: { $old }).
