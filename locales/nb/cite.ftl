## Sitater (src/law/cite.rs) på bokmål. Norsk lov siteres med lovens navn først og
## paragrafen etter ("pasient- og brukerrettighetsloven § 5-1 andre ledd"), ledd med
## ordenstall; EU-rett som "personvernforordningen artikkel 6 nr. 1 bokstav f";
## nederlandsk og belgisk lov med artikkel og ledd ("artikkel 7:454 tredje ledd i …",
## belgisk § beholdt: "artikkel 9 § 2").
##   $style: nl, be, no, eu, guidance (veiledning som ikke er lov: Normen)

cite-article = { $style ->
        [eu] { $act } { $range ->
            [yes] artiklene
           *[no] artikkel
        } { $num }{ $par }{ $point }{ $former }
        [no] { $act } { $range ->
            [yes] §§
           *[no] §
        } { $num }{ $par }{ $point }{ $former }
        [guidance] { $act }, faktaark { $num }{ $par }{ $point }{ $former }
       *[other] { $range ->
            [yes] artiklene
           *[no] artikkel
        } { $num }{ $par }{ $point } i { $act }{ $former }
    }

# Ledd med ordenstall (norsk og nederlandsk lov), "nr." i EU-rett, belgisk §.
cite-par = { $style ->
        [eu] {" "}nr. { $n }
        [be] {" "}§ { $n }
        [guidance] {" "}punkt { $n }
       *[other] {" "}{ $n ->
            [1] første
            [2] andre
            [3] tredje
            [4] fjerde
            [5] femte
            [6] sjette
            [7] sjuende
            [8] åttende
            [9] niende
            [10] tiende
           *[other] { $n }.
        } ledd
    }

cite-point = { $style ->
        [be] {" "}{ $p }
        [guidance] {" "}{ $p }
       *[other] {" "}bokstav { $p }
    }

cite-range = { $style ->
       *[other] { $from }–{ $to }
    }

cite-former = {" "}(tidligere tekst)

cite-list-sep = {"; "}
cite-sep = {", "}
cite-and = {" "}og{" "}

cite-form = { $form ->
        [eu_regulation] europaparlaments- og rådsforordning (EU) { $number } av { $date }
        [royal_decree] belgisk kongelig resolusjon av { $date }
        [flemish_decree] vedtak fra den flamske regjeringen av { $date }
        [coordinated_act] samordnet lov av { $date }
        [forskrift] forskrift { $date }{ $numbered ->
            [yes] {" "}nr. { $number }
           *[no] {""}
        }
        [code] {""}
       *[act] { $numbered ->
            [yes] lov { $date } nr. { $number }
           *[no] { $dated ->
                [yes] lov av { $date }
               *[no] lov
            }
        }
    }

cite-journal = { $series ->
        [stb] Staatsblad { $year } nr. { $number }
        [stcrt] Staatscourant { $year } nr. { $number }
        [bs] Belgisch Staatsblad { $dated ->
            [yes] { $date }
           *[no] { $year }
        }
       *[oj] EUT { $number }, { $date }
    }

cite-amended = endret ved { $count ->
        [one] lov
       *[other] lover
    } av { $dates }

cite-id = { $id }

cite-incorporated = gjelder som norsk lov, jf. { $by }

cite-basis = { $statute } ({ $article })
