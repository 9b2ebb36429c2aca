## Citations (src/law/cite.rs) in French. The law data hold citations as data (statute,
## article, paragraph, point; form, date, journal); these messages give them their French
## form. $style is the legal system of the cited statute, whose own numbering is kept:
##   eu        EU law as the EU's French texts (EUR-Lex) cite it: "article 6, paragraphe 1,
##             point f), du RGPD"
##   be        Belgian law: "loi droits du patient, article 9, § 2" (§ 1er, points 1°, 2° …)
##   nl        Dutch law: "Code civil néerlandais (BW), article 7:454, paragraphe 3"
##   no        Norwegian law: "loi norvégienne …, § 5-1, alinéa 2"
##   guidance  guidance that is not law (Normen): its numbered fact sheets
## National law is cited act first, as French legal references in parentheses are written
## ("C. civ., art. 1382"): "article 9, § 2, de la loi …" would need the act's gender and
## elision (de la loi, de l'arrêté, du Code), which a citation does not carry. The messages
## that hold a citation place it in parentheses or after a colon.

# One article: $num is the number or range, $par and $point are given by cite-par and
# cite-point (empty when the citation has none), $act the name cited after an article
# ("RGPD", "loi qualité"), $former cite-former when the article is cited as it stood before
# a change.
cite-article = { $style ->
        [eu] { $range ->
            [yes] articles
           *[no] article
        } { $num }{ $par }{ $point } du { $act }{ $former }
        [guidance] { $act }, fiche { $num }{ $par }{ $point }{ $former }
        [no] { $act }, { $range ->
            [yes] §§
           *[no] §
        } { $num }{ $par }{ $point }{ $former }
       *[other] { $act }, { $range ->
            [yes] articles
           *[no] article
        } { $num }{ $par }{ $point }{ $former }
    }

# A paragraph of an article: EU "paragraphe" (closing comma before "du RGPD", as EUR-Lex
# writes "article 6, paragraphe 1, point f), du règlement"), Belgian "§" (§ 1er), Dutch
# "lid" as "paragraphe", Norwegian "ledd" as "alinéa".
cite-par = { $style ->
        [eu] {", "}paragraphe { $n },
        [be] {", "}§ { $n ->
            [1] 1er
           *[other] { $n }
        }
        [no] {", "}alinéa { $n }
        [guidance] {", "}point { $n }
       *[other] {", "}paragraphe { $n }
    }

# A point of a paragraph (EU "point f)"; Belgian "1°"; Dutch "sub a" and Norwegian "bokstav
# a" as "point a)").
cite-point = { $style ->
        [eu] {" "}point { $p }),
        [be] {", "}{ $p }
        [guidance] {" "}{ $p }
       *[other] {", "}point { $p })
    }

# A range of articles.
cite-range = { $style ->
       *[other] { $from } à { $to }
    }

# The text of an article before an amendment.
cite-former = {" "}(ancienne version)

# Between citations of several articles.
cite-list-sep = {" ; "}
# Between the parts of an official citation.
cite-sep = {", "}
# Between the last two of several dates.
cite-and = {" "}et{" "}

# The form and date of an enactment, as its official citation begins, in lower case as
# French and Belgian citations write it ("loi du 22 août 2002", "arrêté royal du …").
cite-form = { $form ->
        [eu_regulation] règlement (UE) { $number } du Parlement européen et du Conseil du { $date }
        [royal_decree] arrêté royal du { $date }
        [flemish_decree] arrêté du Gouvernement flamand du { $date }
        [coordinated_act] loi coordonnée du { $date }
        [forskrift] arrêté norvégien (forskrift) du { $date }{ $numbered ->
            [yes] , n° { $number }
           *[no] {""}
        }
        [code] {""}
       *[act] { $dated ->
            [yes] loi du { $date }
           *[no] loi
        }{ $numbered ->
            [yes] , n° { $number }
           *[no] {""}
        }
    }

# The official journal: the Dutch Staatsblad and Staatscourant by their own names, the
# Moniteur belge, and the Official Journal as the EU's French texts cite it ("JO L 119 du …").
cite-journal = { $series ->
        [stb] Staatsblad { $year }, n° { $number }
        [stcrt] Staatscourant { $year }, n° { $number }
        [bs] Moniteur belge { $dated ->
            [yes] du { $date }
           *[no] { $year }
        }
       *[oj] JO { $number }{ $dated ->
            [yes] {" "}du { $date }
           *[no] {", "}{ $year }
        }
    }

# Amending acts ("dans sa version modifiée": no agreement with the act's gender).
cite-amended = dans sa version modifiée par { $count ->
        [one] la loi du
       *[other] les lois des
    } { $dates }

# An identifier that is the same in every language (LOV-2018-06-15-38).
cite-id = { $id }

# The provision that makes an EU act national law (the GDPR in Norway); $by is a citation.
cite-incorporated = en vigueur en Norvège en vertu de la disposition suivante : { $by }

# The basis column of the retention table: "loi qualité (loi qualité, article 35)".
cite-basis = { $statute } ({ $article })
