### `privgen diff`: what a new version of a profile changes for the reader.
### Substantive: to be announced to patients actively and in advance; editorial: not.

diff-substantive = Substantive change (announce actively in advance)
diff-editorial = Editorial change
diff-none = No changes for the reader.
diff-heading = Changes in { $profile }
diff-was = was
diff-now = now
diff-no-sentence = (none)
diff-yes = yes
diff-no = no
diff-deadline-default = one month (Article 12(3) GDPR)
diff-profile-added = A new statement: it did not exist in the earlier version.
diff-profile-removed = The statement has been withdrawn: the profile no longer exists.
diff-controller-name = The controller is now called { $new } (was: { $old }).
diff-contact-changed = Contact details changed: now { $new } (was: { $old }).
diff-contact-added = New contact route: { $new }.
diff-contact-removed = Contact route removed: { $old }.
diff-dpo-added = A data protection officer has been appointed, who can be reached at { $new }.
diff-dpo-removed = There is no longer a data protection officer (was reachable at { $old }).
diff-dpo-contact = The data protection officer can now be reached at { $new } (was: { $old }).
diff-purpose-added = New purpose: { $what }.
diff-purpose-removed = Purpose dropped: { $what }.
diff-basis-none = no legal basis stated
diff-purpose-basis = Different lawful basis: { $what }, now { $new } (was: { $old }).
diff-purpose-opt-out-removed = You can no longer object to the processing for this purpose: { $what }.
diff-data-added = New category of data: { $what }.
diff-data-removed = Category of data dropped: { $what }.
diff-recipient-added = New recipient: { $what }{ $name }.
diff-recipient-removed = Recipient dropped: { $what }{ $name }.
diff-processor-added = New processor: { $name } ({ $service }, country: { $country }){ $outside ->
    [yes] , outside the EEA
   *[no] {""}
}.
diff-processor-removed = Processor dropped: { $name }.
diff-processor-country = Processor { $name } now processes the data in { $new }{ $outside ->
    [yes] , outside the EEA
   *[no] {""}
} (was: { $old }).
diff-transfer-added = New transfer outside the EEA: { $what } in { $country }.
diff-transfer-removed = Transfer outside the EEA ended: { $what } in { $country }.
diff-transfers-outside-eea = Data are now transferred to countries outside the EEA (was: not).
diff-transfers-inside-eea = Data are no longer transferred to countries outside the EEA.
diff-retention-added = New retention period: { $what }, { $period }.
diff-retention-removed = Retention period no longer stated: { $what } (was: { $old }).
diff-retention-shorter = Shorter or less certain retention period: { $what }, now { $new } (was: { $old }).
diff-retention-longer = Longer retention period: { $what }, now { $new } (was: { $old }).
diff-retention-from = Retention period counted from another moment: { $what }, now from { $new } (was: from { $old }).
diff-cameras-added = New camera surveillance: { $where }.
diff-cameras-removed = Camera surveillance has ended.
diff-cameras-retention = Camera footage is now kept for { $new } (was: { $old }).
diff-cameras-stored = Camera images are now recorded (were: live only).
diff-cameras-not-stored = Camera images are no longer recorded.
diff-call-recording-added = Telephone calls will now be recorded.
diff-call-recording-removed = Telephone calls are no longer recorded.
diff-cookies-added = New kind of cookies: { $what }.
diff-cookies-removed = Kind of cookies dropped: { $what }.
diff-research-added = Data will now be used for scientific research.
diff-research-removed = Data are no longer used for scientific research.
diff-marketing-added = Data will now be used for marketing.
diff-marketing-removed = Data are no longer used for marketing.
diff-rights-channel-added = You can now also exercise your rights { $what }.
diff-rights-channel-removed = You can no longer exercise your rights { $what }.
diff-rights-deadline = Time to answer a request about your rights: now { $new } (was: { $old }).
diff-complaint-added = New complaint route: { $what }.
diff-complaint-removed = Complaint route removed: { $what }.
diff-language-added = The statement is now also published in: { $lang }.
diff-language-removed = The statement is no longer published in: { $lang }.
diff-version = Version { $new } (was: { $old }).
diff-text-changed = The text of { $field } has changed:
diff-text-added = New text in { $field }:
diff-text-removed = The text of { $field } has been removed:
diff-item-added = New entry in { $field }: { $value }
diff-item-removed = Entry removed from { $field }: { $value }
diff-value-changed = { $field } is now { $new } (was: { $old }).
