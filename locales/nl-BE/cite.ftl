## Citations in Flemish usage (overrides of locales/nl/cite.ftl). The numbering of the cited
## system is kept (a Dutch BW article keeps its "lid"); what differs is how Belgian lawyers
## write:
## - the form of an act in lower case inside a citation ("wet van 22 augustus 2002",
##   "koninklijk besluit van 3 mei 1999"), as the Belgisch Staatsblad titles and Belgian
##   case law cite them;
## - EU articles in the decimal style of Belgian legislation ("artikel 6.1.f) AVG"), not the
##   Dutch "artikel 6 lid 1 sub f AVG". The wet van 30 juli 2018 (Kaderwet) itself cites the
##   AVG so ("de artikelen 2.2.a) en 2.2.b) van de Verordening", art. 2). The EU citations
##   written out in nl-BE/statement.ftl and vocab.ftl ("artikel 9.2.h) en 9.3 AVG", "artikel
##   12.3 AVG") follow the same style, so one page never mixes two styles.

# EU paragraphs as ".1" (decimal style); Belgian, Dutch and Norwegian paragraphs as in nl.
cite-par = { $style ->
        [be] {", "}§ { $n }
        [eu] .{ $n }
        [guidance] {" "}punt { $n }
       *[other] {" "}lid { $n }
    }

# EU points as ".f)" (decimal style); the others as in nl.
cite-point = { $style ->
        [be] {", "}{ $p }
        [eu] .{ $p })
        [no] {" "}onder { $p }
        [guidance] {" "}{ $p }
       *[other] {" "}sub { $p }
    }

# The form of an act in lower case inside a citation ("wet van", "koninklijk besluit van"), as the Staatsblad cites it.
cite-form = { $form ->
        [eu_regulation] Verordening (EU) { $number } van het Europees Parlement en de Raad van { $date }
        [royal_decree] koninklijk besluit van { $date }
        [flemish_decree] besluit van de Vlaamse Regering van { $date }
        [coordinated_act] gecoördineerde wet van { $date }
        [forskrift] Noors besluit (forskrift) van { $date }{ $numbered ->
            [yes] , nr. { $number }
           *[no] {""}
        }
        [code] {""}
       *[act] { $dated ->
            [yes] wet van { $date }
           *[no] wet
        }{ $numbered ->
            [yes] , nr. { $number }
           *[no] {""}
        }
    }

# The Official Journal as the EU's own Dutch texts cite it ("PB L 119 van 4 mei 2016"); "PbEU 2016, L 119" is the Netherlands' style (Aanwijzingen voor de regelgeving).
cite-journal = { $series ->
        [stb] Stb. { $year }, { $number }
        [stcrt] Stcrt. { $year }, { $number }
        [bs] BS { $dated ->
            [yes] { $date }
           *[no] { $year }
        }
       *[oj] PB { $number }{ $dated ->
            [yes] {" "}van { $date }
           *[no] {", "}{ $year }
        }
    }
