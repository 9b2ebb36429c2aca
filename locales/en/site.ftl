### Site chrome, dates, units and small connectives (English, British spelling).

doc-title-statement = Privacy statement
doc-version-line = Version { $version }, effective from { $date }
skip-to-content = Skip to main content
nav-languages = Language
toc-heading = Contents
footer-all-statements = All privacy statements


date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

period = { $n } { $unit }
period-range = { $min } to { $max } { $unit }
unit-hours = { $n ->
    [one] hour
   *[other] hours
}
unit-days = { $n ->
    [one] day
   *[other] days
}
unit-weeks = { $n ->
    [one] week
   *[other] weeks
}
unit-months = { $n ->
    [one] month
   *[other] months
}
unit-years = { $n ->
    [one] year
   *[other] years
}
qualifier-at-least = at least { $period }
qualifier-at-most = no more than { $period }

join-and = { $head } and { $last }
join-or-list = { $head } or { $last }
# $neuter only matters for Dutch articles (de/het); English always takes "the".
statute-ref = { $neuter ->
    [yes] the { $name }
   *[other] the { $name }
}

country-nl = Netherlands
country-be = Belgium
country-no = Norway
country-de = Germany
country-se = Sweden
country-dk = Denmark
country-fr = France
country-ie = Ireland
country-us = United States
country-gb = United Kingdom
country-ch = Switzerland

label-email = Email
label-phone = Telephone
label-website = Website
label-visiting-address = Visiting address
label-postal-address = Postal address
label-legal-basis = Lawful basis:
label-legitimate-interest = Our legitimate interest:

# Separators the program puts between a label and its value ("Postal address: …", a
# definition, a table row in the text export) and between the parts of one item ("… of the
# GDPR); national provisions: …"). Quoted, so the spaces are kept.
sep-label = {": "}
sep-list = {"; "}

col-data = Data
col-period = Retention period
col-from = Calculated from
col-basis = Legal basis
col-processor = Processor
col-service = Service
col-country = Country
col-policy = Processor's privacy statement
col-cookie = Cookie
col-provider = Provider
col-category = Type
col-purpose = Purpose
col-duration = Duration
col-version = Version
col-date = Date
col-change = Change

doc-title-reglement = Privacy rules
doc-title-notice = Privacy at a glance
nav-documents = Documents
downloads-label = Download:
# Heading of a numbered article, and of a numbered paragraph within it.
article-title = Article { $n }: { $title }
paragraph-label = § { $n }.
# A cross-reference to a numbered article, or to an unnumbered section by its title.
ref-article = Article { $n }
ref-section = ‘{ $heading }’

# PDF export (cargo feature `pdf`): the footer page number, and the download link.
pdf-page = Page { $page } of { $pages }
download-pdf = PDF

## Archive of published versions
draft-banner = Draft, not for publication: this text is not yet complete and does not yet apply.
archive-banner = This is an archived version of this text, kept so that a link given earlier keeps working. What applies now is in the
archive-current-link = current version
archive-all-versions = All versions of this text
archive-title = Published versions
archive-intro = Below are all versions of our privacy texts published on this site, newest first. What applies now is in the
