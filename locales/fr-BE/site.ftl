### Site chrome in Belgian usage: only what differs from locales/fr/site.ftl.

# "§ 1er.": Belgian legislation numbers the first paragraph of an article "1er", as fr numbers
# the first article.
paragraph-label = § { $n ->
    [1] 1er
   *[other] { $n }
}.
