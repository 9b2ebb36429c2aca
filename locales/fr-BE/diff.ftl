### `privgen diff` in Belgian usage: only what differs from locales/fr/diff.ftl.

# The GDPR in the decimal style of Belgian legislation (see fr-BE/cite.ftl).
diff-deadline-default = un mois (article 12.3 du RGPD)
