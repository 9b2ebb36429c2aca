### Site chrome, dates, units and small connectives, in French (issue 20).
## Typography: no-break space (U+00A0) before : ; ? ! and inside « ».
## The ';' that ends a list item has no space before it: the model turns the last item's
## ';' into '.', and a space would stay before the full stop.

doc-title-statement = Déclaration de confidentialité
doc-version-line = Version { $version }, en vigueur à partir du { $date }
skip-to-content = Aller au contenu
nav-languages = Langue
toc-heading = Sommaire
footer-all-statements = Toutes les déclarations de confidentialité

# "1er" for the first day of a month, as French writes dates ("1er janvier 2026"), once the day
# is passed as a number; a day passed as text falls to the default and reads "1".
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

period = { $n } { $unit }
period-range = { $min } à { $max } { $unit }
# French "one" covers 0 and 1 ("0 jour", "1 an"); every other count takes the plural.
unit-hours = { $n ->
    [one] heure
   *[other] heures
}
unit-days = { $n ->
    [one] jour
   *[other] jours
}
unit-weeks = { $n ->
    [one] semaine
   *[other] semaines
}
unit-months = { $n ->
    [one] mois
   *[other] mois
}
unit-years = { $n ->
    [one] an
   *[other] ans
}
qualifier-at-least = au moins { $period }
qualifier-at-most = au maximum { $period }

join-and = { $head } et { $last }
join-or-list = { $head } ou { $last }
# A statute in running text, with its article: every French statute name is feminine ("loi",
# "législation", "réglementation") unless the law data mark it `neuter` (the Dutch "het
# besluit"), which in French is an "arrêté" and takes "l'". A message therefore writes
# "de { $statute }" and "par { $statute }" without an article of its own.
statute-ref = { $neuter ->
    [yes] l'{ $name }
   *[other] la { $name }
}

country-nl = Pays-Bas
country-be = Belgique
country-no = Norvège
country-de = Allemagne
country-se = Suède
country-dk = Danemark
country-fr = France
country-ie = Irlande
country-us = États-Unis
country-gb = Royaume-Uni
country-ch = Suisse

label-email = E-mail
label-phone = Téléphone
label-website = Site web
label-visiting-address = Adresse
label-postal-address = Adresse postale
label-legal-basis = Base juridique :
label-legitimate-interest = Notre intérêt légitime :

# Séparateurs que le programme insère entre un libellé et sa valeur (« Adresse postale : … »,
# une définition, une ligne de tableau dans l'export texte) et entre les parties d'un même
# élément (« … du RGPD) ; dispositions nationales : … »). Espace insécable (U+00A0) avant
# « : » et « ; », comme partout dans ces fichiers ; l'export texte ne coupe jamais une ligne à
# une espace insécable.
sep-label = {"\u00A0: "}
sep-list = {"\u00A0; "}

col-data = Données
col-period = Délai de conservation
col-from = À compter de
col-basis = Base légale
col-processor = Sous-traitant
col-service = Service
col-country = Pays
col-policy = Déclaration de confidentialité du sous-traitant
col-cookie = Cookie
col-provider = Fournisseur
col-category = Type
col-purpose = Finalité
col-duration = Durée de conservation
col-version = Version
col-date = Date
col-change = Modification

doc-title-reglement = Règlement de protection des données
doc-title-notice = Vos données en bref
nav-documents = Documents
downloads-label = Télécharger :
# Heading of a numbered article ("Article 1er : Objet", as French and Belgian legislation
# number the first article), and of a numbered paragraph within it.
article-title = Article { $n ->
    [1] 1er
   *[other] { $n }
} : { $title }
paragraph-label = § { $n }.
# A cross-reference to a numbered article, or to an unnumbered section by its title, with its
# article: it follows "à" or "voir aussi" ("décrits à l'article 4", "à la partie « … »").
ref-article = l'article { $n ->
    [1] 1er
   *[other] { $n }
}
ref-section = la partie « { $heading } »

# PDF export (cargo feature `pdf`): the footer page number, and the download link.
pdf-page = Page { $page } sur { $pages }
download-pdf = PDF

## Archive of published versions
draft-banner = Projet, non destiné à la publication : ce texte n'est pas encore complet et ne s'applique pas encore.
archive-banner = Ceci est une version archivée de ce texte, conservée afin qu'un lien donné précédemment continue de fonctionner. Le texte applicable figure dans la
archive-current-link = version en vigueur
archive-all-versions = Toutes les versions de ce texte
archive-title = Versions publiées
archive-intro = Vous trouverez ci-dessous toutes les versions de nos textes relatifs à la protection des données publiées sur ce site, de la plus récente à la plus ancienne. Le texte applicable figure dans la
