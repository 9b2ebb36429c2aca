//! The floors each part of the real corpus must hold (`real_corpus_scores` in `main.rs`), the
//! held-out batches, and the batches not yet tuned on.

#[derive(Clone, Copy)]
pub(crate) struct Floor {
    pub(crate) exact: f64,
    pub(crate) missing_p: f64,
    pub(crate) missing_r: f64,
    pub(crate) per_lang_exact: f64,
    pub(crate) jurisdiction: f64,
    pub(crate) wording_recall: f64,
    pub(crate) false_alarms: f64,
    /// False alarms of severity warning or error (not information).
    pub(crate) strong_false_alarms: usize,
}

/// The figures reached on the tuning set (docs/audit.md); a drop below them fails.
/// `false_alarms` is 0.03 since a finding must be of its point's kind (real.yaml `kinds`):
/// MeeDoc's second "sensitive personopplysninger" no longer hides behind an implied-consent
/// point on its line. `per_lang_exact` is 0.95 since the blind re-annotation of the
/// controller item: Råholt's provider, named only in "Dette gjelder også ved Råholt
/// Kiropraktorsenter – ... beskyttelse av dine personlige opplysninger", is now `partial`,
/// which no nb pattern reads without also reading "klage hos Datatilsynet" as a controller.
/// With batch 5 (tuned on in part: unmarked one-item-per-line lists, purposes "worden
/// uitsluitend gebruikt om", the heading "Verantwoordelijke voor gegevensverwerking") exact is
/// 0.97 (1164 of 1204, 0.967), missing R 0.987 and nb 0.939. With batch 6 (nine texts chosen
/// for their outdated wording, tuned on for four general fixes only) the set of 95 reaches
/// exact 0.954 (1269/1330), missing P 0.962, R 0.975, nb 0.926 and outdated recall 0.93
/// (69/74). With batches 10 to 12 (28 texts, first run 0.81 to 0.87, tuned on for general
/// fixes) the set of 123 reaches exact 0.949 (1634/1722), missing P 0.961, R 0.960, nl 0.93,
/// nb 0.94, outdated recall 0.94 (84/89). With batches 16 to 18 (26 texts, first run 0.85,
/// tuned on for general fixes) the set of 149 reaches exact 0.939 (1959/2086), missing P and
/// R 0.956 (779/815), nl 0.92, nb 0.93, nl-BE 0.96, outdated recall 0.92 (93/101), false
/// alarms 2 of 117. With batches 22 to 24 (24 texts, first run 0.78, tuned on for general
/// fixes: the set's hardest batches) the set of 173 reaches exact 0.924 (2237/2422), missing P
/// and R 0.94, nl 0.90, nb 0.92, nl-BE 0.94, outdated recall 0.92 (108/117), false alarms 3
/// of 134. After the general fixes of the session of 2026-12-06 22:58 (provider names with
/// `not_names`, record periods, grounds, provision, complaint, consent, sharing, nl retention
/// only with a time): exact 0.941 (2279/2422), missing P 0.959 (904/943), R 0.953 (904/949),
/// nb 0.930, nl 0.933, nl-BE 0.959. With tuning batches 31 to 33 (24 texts, first run exact
/// 0.85, outdated recall 15 of 21, false alarms 3 of 21; tuned on for general fixes) the set of
/// 197 reaches exact 0.936 (2581/2758), missing P 0.962, R 0.948, nb 0.922, nl 0.926, nl-BE
/// 0.958, outdated recall 0.92 (127/138), false alarms 5 of 159, two of them warnings that are
/// right but not in the annotation (a third "persoonsregistratie" in Madeliefje's
/// definitions; Medicura's "die geldt vanaf 25 mei 2018", which other annotators list as
/// transitional): the floors are those. The session of 2026-12-07 added a third warning of
/// that sort: `lint/implied-consent-nl-act` on Sint-Amandsberg's "Door in te schrijven in ons
/// centrum, geef je toestemming om een gezamenlijk medisch dossier over jou bij te houden"
/// (enrolment taken as consent to the record, which rests on Art. 9(2)(h); the annotation
/// lists no point there).
/// The session of 2026-12-07 03:52 UTC re-annotated the six conditional items of every text
/// under the issue's rule ("not applicable only where the item's condition is absent and the
/// text shows that"; docs/audit.md, "One rule for not applicable") and changed the audit to
/// match: the floors are what the set of 214 (batches 37 and 38 now in) reaches then, exact
/// 0.895 (2681/2996), missing P 0.942 (1928/2046), R 0.951, nb 0.873, nl 0.882, nl-BE 0.930,
/// outdated recall 0.91 (130/143), false alarms 10 of 172 (6 warnings).
pub(crate) const TUNE: Floor = Floor {
    exact: 0.89,
    missing_p: 0.94,
    missing_r: 0.95,
    per_lang_exact: 0.87,
    jurisdiction: 1.0,
    wording_recall: 0.90,
    false_alarms: 0.06,
    strong_false_alarms: 6,
};

/// The floor of the tuning texts of rounds 1 to 3 (the 63 the tuning floors were first reached
/// on), kept while batches 4 to 6 join the tuning set with lower figures: later work may not
/// buy a new batch's figures with these. `per_lang_exact` is not checked on this set. Reached:
/// exact 0.975 (860/882), missing P 0.978 (350/358; 0.98 before the blind re-annotation of the
/// controller item changed four of its verdicts), R 0.994, outdated recall 0.98 (52/53), false
/// alarms 2 of 67 (info).
/// Re-annotated under the one rule for not applicable (session of 2026-12-07 03:52 UTC): exact
/// 0.923 (814/882), missing P 0.949, R 0.962.
pub(crate) const OLDER_TUNE: Floor = Floor {
    exact: 0.92,
    missing_p: 0.94,
    missing_r: 0.96,
    per_lang_exact: 0.0,
    jurisdiction: 1.0,
    wording_recall: 0.98,
    false_alarms: 0.03,
    strong_false_alarms: 0,
};

/// Rounds of extra statements added to the tuning set that nobody has tuned on yet: they print
/// in every row and as their own batch row (their first run, docs/audit.md), but the tuning
/// floors above are checked without them until a tuning round on them removes them from here
/// (the floors are what tuning reached; an untuned round cannot have reached them). Batch 5
/// was added by a helper who could not change `src/` (its first-run figures in
/// docs/audit.md), and then tuned on. Batch 6 (nine statements chosen for the wording rules)
/// was added the same way and then tuned on for four general fixes: its first run is in
/// docs/audit.md. Batches 37 and 38 (session of 2026-12-07 01:16 UTC) were kept here while
/// their annotators read "not applicable" the way and the rest of the corpus the other
/// way; since every text was re-annotated under the rule (session of 2026-12-07 03:52
/// UTC, docs/audit.md, "One rule for not applicable") they are in the floors.
pub(crate) const UNTUNED_BATCHES: &[u32] = &[];

/// Batches collected for the test set and held out whole: annotated blind by helpers who read
/// none of privgen's rules, lexicon or figures, and frozen before the audit first ran on them
/// (docs/audit.md, "The held-out batches"). Nobody tunes on them. Other batches are tuning.
/// Batches 28 to 30 were declared here before they were collected (session of 2026-12-06
/// 22:58 UTC), to measure the tuning of that session on statements nobody tuned on; batches
/// 34 to 36 the same way in the session of 2026-12-07 01:16 UTC; batches 39 to 41 in the
/// session of 2026-12-07 03:52 UTC, to measure the one rule for "not applicable" and that
/// session's changes on statements annotated under it from the start.
pub(crate) const HELD_OUT: &[u32] = &[
    7, 8, 9, 13, 14, 15, 19, 20, 21, 25, 26, 27, 28, 29, 30, 34, 35, 36, 39, 40, 41,
];

/// The floor on the whole test set (the 17 drawn texts and the held-out batches; 178 texts),
/// which is never tuned on: what it reached when held-out batches 34 to 36 first ran
/// (session of 2026-12-07 01:16 UTC, rules at f2b5881; docs/audit.md, "The held-out
/// batches"): exact 0.868 (2163 of 2492), missing P 0.900 (920/1022), R 0.895 (920/1028), nb
/// 0.851, nl 0.871, nl-BE 0.883, jurisdiction 176 of 178, outdated recall 0.59 (66 of 111),
/// false alarms 9 of 86 (0.10, all of severity warning or error). Batches 34 to 36 alone
/// scored exact 0.76 on that first run. (Before them, on 155 texts with the same rules: exact
/// 0.884, missing P 0.899, R 0.920, jurisdiction 154 of 155, outdated recall 0.63, false
/// alarms 9 of 79; at the last stop: exact 0.884, outdated recall 0.59, false alarms 10 of 76.)
/// The targets are higher (exact and missing P/R 0.90, jurisdiction on every text,
/// outdated recall 0.70, false alarms 5%): these floors guard against a drop, they do not
/// claim the targets.
/// Re-annotated under the one rule for not applicable (session of 2026-12-07 03:52 UTC, rules
/// of that session, docs/audit.md): exact 0.833 (2075/2492), missing P 0.891 (1591/1786), R
/// 0.930 (1591/1710), nb 0.820, nl 0.830, nl-BE 0.850; jurisdiction, wording and false alarms
/// unchanged. The same rules before the re-annotation cannot be compared item for item: the
/// annotations they were scored against were of the other convention.
/// Held-out batches 39 to 41 (21 texts, annotated under the one rule from the start; rules
/// frozen at a2db565) first ran at exact 0.79 (231/294; NL 0.82, BE 0.79, NO 0.74), missing P
/// 0.87, R 0.91, jurisdiction 20 of 21, outdated recall 7 of 15, false alarms 5 of 12: the
/// whole test set of 199 texts then scores exact 0.829 (2310/2786), missing P 0.889
/// (1783/2005), R 0.929 (1783/1919), nb 0.813, nl 0.829, nl-BE 0.849, jurisdiction 196 of 199,
/// outdated recall 0.58 (73/126), false alarms 14 of 98 (0.14, all warnings or errors): the
/// floor is that first run.
pub(crate) const TEST: Floor = Floor {
    exact: 0.82,
    missing_p: 0.88,
    missing_r: 0.92,
    per_lang_exact: 0.81,
    jurisdiction: 0.98,
    wording_recall: 0.57,
    false_alarms: 0.15,
    strong_false_alarms: 14,
};

/// The floor on the 17 drawn test texts alone, as the earlier rounds reported them.
/// `missing_r` was 0.97 (89 of 92) after batch 3; the facet tuning on batch 4 cost one test
/// item, so 0.95. `missing_p` was 0.91 (86 of 95), 0.896 (86 of 96) after the tuning on
/// batches 10 to 12, and 0.915 (86 of 94) after the tuning on batches 16 to 18; exact 0.916
/// (218 of 238). All changes made on tuning texts, none by looking at the test split. The
/// wording floors are those of the stricter scoring (a finding catches a point only when its
/// rule is of the point's kind): 0.60 and 0.20 (2 of 10, both warning/error).
/// Re-annotated under the one rule for not applicable: exact 0.866 (206/238), P 0.922, R 0.939.
pub(crate) const DRAWN_TEST: Floor = Floor {
    exact: 0.86,
    missing_p: 0.91,
    missing_r: 0.93,
    per_lang_exact: 0.0,
    jurisdiction: 1.0,
    wording_recall: 0.60,
    false_alarms: 0.20,
    strong_false_alarms: 2,
};

/// The French part (`fr-BE` and `fr`): the figures reached on its tuning set (docs/audit.md,
/// "The French part"); a drop below them fails. Three outdated points: one missed is 0.67.
/// Re-annotated under the one rule for not applicable: exact 0.948 (146/154), fr 0.93.
pub(crate) const FR_TUNE: Floor = Floor {
    exact: 0.94,
    missing_p: 0.96,
    missing_r: 0.97,
    per_lang_exact: 0.92,
    jurisdiction: 0.95,
    wording_recall: 0.66,
    false_alarms: 0.34,
    strong_false_alarms: 0,
};

/// A lower floor on the French test set, which is never tuned on.
pub(crate) const FR_TEST: Floor = Floor {
    exact: 0.90,
    missing_p: 0.88,
    missing_r: 0.90,
    per_lang_exact: 0.85,
    jurisdiction: 0.80,
    wording_recall: 0.60,
    false_alarms: 0.34,
    strong_false_alarms: 1,
};
