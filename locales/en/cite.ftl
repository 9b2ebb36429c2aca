## Citations (src/law/cite.rs) in English. Every word of a citation is English; an act's
## own name is given in the law data (`name`, `short`, `cited_as` in English). Numbering
## keeps the cited system's structure, in the form English texts use:
##   nl        Article 7:454(3) of the Dutch Civil Code (BW)
##   be        Article 9, § 2, 1° of the Patients' Rights Act (the Belgian § kept)
##   no        section 5-1(2) of the Patients' and Users' Rights Act
##   eu        Article 6(1)(f) GDPR
##   guidance  Normen, fact sheet 25

cite-article = { $style ->
        [eu] { $range ->
            [yes] Articles
           *[no] Article
        } { $num }{ $par }{ $point } { $act }{ $former }
        [no] { $range ->
            [yes] sections
           *[no] section
        } { $num }{ $par }{ $point } of the { $act }{ $former }
        [guidance] { $act }, fact sheet { $num }{ $par }{ $point }{ $former }
       *[other] { $range ->
            [yes] Articles
           *[no] Article
        } { $num }{ $par }{ $point } of the { $act }{ $former }
    }

cite-par = { $style ->
        [be] {", "}§ { $n }
        [guidance] {" "}point { $n }
       *[other] ({ $n })
    }

cite-point = { $style ->
        [be] {", "}{ $p }
        [guidance] {" "}{ $p }
       *[other] ({ $p })
    }

cite-range = { $style ->
       *[other] { $from }–{ $to }
    }

cite-former = {" "}(former text)

cite-list-sep = {"; "}
cite-sep = {", "}
cite-and = {" "}and{" "}

cite-form = { $form ->
        [eu_regulation] Regulation (EU) { $number } of the European Parliament and of the Council of { $date }
        [royal_decree] Royal Decree of { $date }
        [flemish_decree] Decree of the Flemish Government of { $date }
        [coordinated_act] Coordinated Act of { $date }
        [forskrift] Regulation of { $date }{ $numbered ->
            [yes] {" "}No. { $number }
           *[no] {""}
        }
        [code] {""}
       *[act] { $dated ->
            [yes] Act of { $date }
           *[no] Act
        }{ $numbered ->
            [yes] {" "}No. { $number }
           *[no] {""}
        }
    }

# Journals by their English names; the Dutch and Belgian ones with their own name, since
# that is how a reader finds them.
cite-journal = { $series ->
        [stb] Bulletin of Acts and Decrees (Staatsblad) { $year }, no. { $number }
        [stcrt] Government Gazette (Staatscourant) { $year }, no. { $number }
        [bs] Belgian Official Gazette (Belgisch Staatsblad) of { $dated ->
            [yes] { $date }
           *[no] { $year }
        }
       *[oj] OJ { $number }, { $date }
    }

cite-amended = as amended by the { $count ->
        [one] Act
       *[other] Acts
    } of { $dates }

cite-id = { $id }

cite-incorporated = in force as Norwegian law under { $by }

cite-basis = { $statute } ({ $article })
