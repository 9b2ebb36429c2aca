### Site chrome, dates, units and small connectives (reference locale: Dutch).

doc-title-statement = Privacyverklaring
doc-version-line = Versie { $version }, geldig vanaf { $date }
skip-to-content = Direct naar de inhoud
nav-languages = Taal
toc-heading = Inhoud
footer-all-statements = Alle privacyverklaringen


date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

period = { $n } { $unit }
period-range = { $min } tot { $max } { $unit }
unit-hours = { $n ->
    [one] uur
   *[other] uur
}
unit-days = { $n ->
    [one] dag
   *[other] dagen
}
unit-weeks = { $n ->
    [one] week
   *[other] weken
}
unit-months = { $n ->
    [one] maand
   *[other] maanden
}
unit-years = { $n ->
    [one] jaar
   *[other] jaar
}
qualifier-at-least = ten minste { $period }
qualifier-at-most = ten hoogste { $period }

join-and = { $head } en { $last }
join-or-list = { $head } of { $last }
# $neuter is "yes" for names that take "het" (het Koninklijk besluit); other languages may ignore it.
statute-ref = { $neuter ->
    [yes] het { $name }
   *[other] de { $name }
}

country-nl = Nederland
country-be = België
country-no = Noorwegen
country-de = Duitsland
country-se = Zweden
country-dk = Denemarken
country-fr = Frankrijk
country-ie = Ierland
country-us = Verenigde Staten
country-gb = Verenigd Koninkrijk
country-ch = Zwitserland

label-email = E-mail
label-phone = Telefoon
label-website = Website
label-visiting-address = Bezoekadres
label-postal-address = Postadres
label-legal-basis = Rechtsgrond:
label-legitimate-interest = Ons gerechtvaardigd belang:

# Scheidingstekens die het programma invoegt tussen een label en zijn waarde ("Postadres: …",
# een definitie, een tabelregel in de tekstexport) en tussen de delen van één opsomming ("… van
# de AVG); nationale bepalingen: …"). Tussen aanhalingstekens, zodat de spaties blijven.
sep-label = {": "}
sep-list = {"; "}

col-data = Gegevens
col-period = Bewaartermijn
col-from = Gerekend vanaf
col-basis = Wettelijke grondslag
col-processor = Verwerker
col-service = Dienst
col-country = Land
col-policy = Privacyverklaring van de verwerker
col-cookie = Cookie
col-provider = Aanbieder
col-category = Soort
col-purpose = Doel
col-duration = Bewaarduur
col-version = Versie
col-date = Datum
col-change = Wijziging

doc-title-reglement = Privacyreglement
doc-title-notice = Privacy in het kort
nav-documents = Documenten
downloads-label = Downloaden:
# Heading of a numbered article, and of a numbered paragraph within it.
article-title = Artikel { $n }: { $title }
paragraph-label = § { $n }.
# A cross-reference to a numbered article, or to an unnumbered section by its title.
ref-article = artikel { $n }
ref-section = ‘{ $heading }’

# PDF export (cargo feature `pdf`): the footer page number, and the download link.
pdf-page = Pagina { $page } van { $pages }
download-pdf = PDF

## Archief van gepubliceerde versies
draft-banner = Concept, niet voor publicatie: deze tekst is nog niet volledig en geldt nog niet.
archive-banner = Dit is een gearchiveerde versie van deze tekst, bewaard zodat een eerder gegeven link blijft werken. { $register ->
        [informal] Wat nu geldt, lees je in de
       *[formal] Wat nu geldt, leest u in de
    }
archive-current-link = geldende versie
archive-all-versions = Alle versies van deze tekst
archive-title = Gepubliceerde versies
archive-intro = Hieronder staan alle versies van onze privacyteksten die op deze site zijn gepubliceerd, de nieuwste eerst. { $register ->
        [informal] Wat nu geldt, lees je in de
       *[formal] Wat nu geldt, leest u in de
    }
