### Site chrome, dates, units and small connectives (Norwegian Bokmål).

doc-title-statement = Personvernerklæring
doc-version-line = Versjon { $version }, gjeldende fra { $date }
skip-to-content = Gå til hovedinnholdet
nav-languages = Språk
toc-heading = Innhold
footer-all-statements = Alle personvernerklæringer


date = { $day }. { $month } { $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

period = { $n } { $unit }
period-range = { $min } til { $max } { $unit }
unit-hours = { $n ->
    [one] time
   *[other] timer
}
unit-days = { $n ->
    [one] dag
   *[other] dager
}
unit-weeks = { $n ->
    [one] uke
   *[other] uker
}
unit-months = { $n ->
    [one] måned
   *[other] måneder
}
unit-years = { $n ->
    [one] år
   *[other] år
}
qualifier-at-least = minst { $period }
qualifier-at-most = høyst { $period }

join-and = { $head } og { $last }
join-or-list = { $head } eller { $last }
# $neuter only matters for Dutch articles (de/het); Norwegian law names take no article.
statute-ref = { $neuter ->
    [yes] { $name }
   *[other] { $name }
}

country-nl = Nederland
country-be = Belgia
country-no = Norge
country-de = Tyskland
country-se = Sverige
country-dk = Danmark
country-fr = Frankrike
country-ie = Irland
country-us = USA
country-gb = Storbritannia
country-ch = Sveits

label-email = E-post
label-phone = Telefon
label-website = Nettsted
label-visiting-address = Besøksadresse
label-postal-address = Postadresse
label-legal-basis = Behandlingsgrunnlag:
label-legitimate-interest = Vår berettigede interesse:

# Skilletegn programmet setter mellom en etikett og verdien ("Postadresse: …", en definisjon,
# en tabellrad i teksteksporten) og mellom delene av ett punkt ("… i personvernforordningen);
# nasjonale bestemmelser: …"). I anførselstegn, så mellomrommene beholdes.
sep-label = {": "}
sep-list = {"; "}

col-data = Opplysninger
col-period = Lagringstid
col-from = Regnes fra
col-basis = Rettslig grunnlag
col-processor = Databehandler
col-service = Tjeneste
col-country = Land
col-policy = Databehandlerens personvernerklæring
col-cookie = Informasjonskapsel
col-provider = Leverandør
col-category = Type
col-purpose = Formål
col-duration = Varighet
col-version = Versjon
col-date = Dato
col-change = Endring

doc-title-reglement = Personvernreglement
doc-title-notice = Personvern i korte trekk
nav-documents = Dokumenter
downloads-label = Last ned:
# Heading of a numbered article, and of a numbered paragraph within it. Norwegian rules
# number their provisions "§ 6" with numbered ledd, not the Belgian "Artikel 6 … § 1."
# (review-nb S13).
article-title = § { $n } { $title }
paragraph-label = ({ $n })
# A cross-reference to a numbered article, or to an unnumbered section by its title.
ref-article = § { $n }
ref-section = «{ $heading }»

# PDF export (cargo feature `pdf`): the footer page number, and the download link.
pdf-page = Side { $page } av { $pages }
download-pdf = PDF

## Arkiv over publiserte versjoner
draft-banner = Utkast, ikke for publisering: teksten er ikke ferdig og gjelder ennå ikke.
archive-banner = Dette er en arkivert versjon av teksten, bevart slik at en lenke som er gitt tidligere, fortsatt virker. Det som gjelder nå, finner du i
archive-current-link = gjeldende versjon
archive-all-versions = Alle versjoner av denne teksten
archive-title = Publiserte versjoner
archive-intro = Nedenfor finner du alle versjoner av personverntekstene våre som er publisert på dette nettstedet, den nyeste først. Det som gjelder nå, finner du i
