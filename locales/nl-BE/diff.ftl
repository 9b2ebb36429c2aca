### Flemish wording of `privgen diff`: only what differs from locales/nl/diff.ftl
### ("functionaris voor gegevensbescherming", as in the Belgian statement).

diff-dpo-added = Er is een functionaris voor gegevensbescherming aangesteld, bereikbaar via { $new }.
diff-dpo-removed = Er is geen functionaris voor gegevensbescherming meer (was bereikbaar via { $old }).
diff-dpo-contact = De functionaris voor gegevensbescherming is nu bereikbaar via { $new } (was: { $old }).
