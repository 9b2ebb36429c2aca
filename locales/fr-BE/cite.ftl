## Citations in Belgian usage (overrides of locales/fr/cite.ftl): EU articles in the decimal
## style of Belgian legislation and of the Autorité de protection des données ("article
## 6.1.f) du RGPD"), not EUR-Lex's "article 6, paragraphe 1, point f), du RGPD". The loi-cadre
## du 30 juillet 2018 itself cites the GDPR so ("articles 2.2.a) et 2.2.b) du Règlement",
## art. 2; wallex.wallonie.be). The EU citations written out in fr-BE/statement.ftl and
## vocab.ftl follow the same style, so one page never mixes two styles. Belgian, Dutch and
## Norwegian paragraphs as in fr.

# EU paragraphs as ".1" (decimal style); the others as in fr.
cite-par = { $style ->
        [eu] .{ $n }
        [be] {", "}§ { $n ->
            [1] 1er
           *[other] { $n }
        }
        [no] {", "}alinéa { $n }
        [guidance] {", "}point { $n }
       *[other] {", "}paragraphe { $n }
    }

# EU points as ".f)" (decimal style); the others as in fr.
cite-point = { $style ->
        [eu] .{ $p })
        [be] {", "}{ $p }
        [guidance] {" "}{ $p }
       *[other] {", "}point { $p })
    }
