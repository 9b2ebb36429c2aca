## Citations (src/law/cite.rs): how an article of a statute and a statute's official
## publication are cited in Dutch. The law data hold citations as data (statute, article,
## paragraph, point; form, date, journal); these messages give them their Dutch form.
## $style is the legal system of the cited statute, whose own numbering is kept:
##   nl        Dutch law: art. 7:454 lid 3 BW (leden, "sub" for points)
##   be        Belgian law: art. 9, § 2, 1° (paragraphs are §, points 1°, 2° …)
##   no        Norwegian law: § 5-1 lid 2 (sections, not articles; "ledd" is a lid)
##   eu        EU law: artikel 6 lid 1 sub f AVG
##   guidance  guidance that is not law (Normen): its numbered fact sheets

# One article: $num is the number or range, $par and $point are given by cite-par and
# cite-point (empty when the citation has none), $act the name cited after an article
# ("BW", "AVG"), $former cite-former when the article is cited as it stood before a change.
cite-article = { $style ->
        [eu] { $range ->
            [yes] artikelen
           *[no] artikel
        } { $num }{ $par }{ $point } { $act }{ $former }
        [no] { $range ->
            [yes] §§
           *[no] §
        } { $num }{ $par }{ $point } van de { $act }{ $former }
        [guidance] { $act }, factsheet { $num }{ $par }{ $point }{ $former }
       *[other] art. { $num }{ $par }{ $point } { $act }{ $former }
    }

# A paragraph of an article (lid, Belgian §, Norwegian ledd).
cite-par = { $style ->
        [be] {", "}§ { $n }
        [guidance] {" "}punt { $n }
       *[other] {" "}lid { $n }
    }

# A point of a paragraph (sub f; Belgian 1°; Norwegian bokstav a).
cite-point = { $style ->
        [be] {", "}{ $p }
        [no] {" "}onder { $p }
        [guidance] {" "}{ $p }
       *[other] {" "}sub { $p }
    }

# A range of articles.
cite-range = { $style ->
       *[other] { $from }–{ $to }
    }

# The text of an article before an amendment.
cite-former = {" "}(oud)

# Between citations of several articles.
cite-list-sep = {"; "}
# Between the parts of an official citation.
cite-sep = {", "}
# Between the last two of several dates.
cite-and = {" "}en{" "}

# The form and date of an enactment, as its official citation begins.
cite-form = { $form ->
        [eu_regulation] Verordening (EU) { $number } van het Europees Parlement en de Raad van { $date }
        [royal_decree] Koninklijk besluit van { $date }
        [flemish_decree] Besluit van de Vlaamse Regering van { $date }
        [coordinated_act] Gecoördineerde wet van { $date }
        [forskrift] Noors besluit (forskrift) van { $date }{ $numbered ->
            [yes] , nr. { $number }
           *[no] {""}
        }
        [code] {""}
       *[act] { $dated ->
            [yes] Wet van { $date }
           *[no] Wet
        }{ $numbered ->
            [yes] , nr. { $number }
           *[no] {""}
        }
    }

# The official journal: Staatsblad, Staatscourant, Belgisch Staatsblad, Publicatieblad EU.
cite-journal = { $series ->
        [stb] Stb. { $year }, { $number }
        [stcrt] Stcrt. { $year }, { $number }
        [bs] BS { $dated ->
            [yes] { $date }
           *[no] { $year }
        }
       *[oj] PbEU { $year }, { $number }
    }

# Amending acts.
cite-amended = gewijzigd bij { $count ->
        [one] wet
       *[other] wetten
    } van { $dates }

# An identifier that is the same in every language (LOV-2018-06-15-38).
cite-id = { $id }

# The provision that makes an EU act national law (the AVG in Norway).
cite-incorporated = in Noorwegen van kracht als wet krachtens { $by }

# The basis column of the retention table: "WGBO (art. 7:454 lid 3 BW)".
cite-basis = { $statute } ({ $article })
