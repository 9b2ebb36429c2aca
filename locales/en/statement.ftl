### The statement's sentences (English, British spelling; the reader is "you", the clinic "we").
### Variables: $controller is the name we use for the clinic in running text.
### Articles before variables follow nl ("de { $role }" → "the { $role }"), so that a
### clinic's own text fits every language the same way.

heading-introduction = Introduction
heading-controller = Who is responsible for your data?
heading-dpo = Data protection officer and supervision
heading-definitions = Definitions
heading-data = What personal data do we process?
heading-sources = Where do we obtain your data?
heading-purposes = Why do we use your data, and on what lawful basis?
heading-staff = Who has access to your data?
heading-recipients = With whom do we share your data?
heading-transfers = Transfers outside the European Economic Area
heading-data-flow = Data flows within our organisation
heading-anonymisation = Anonymisation
heading-deletion = When do we delete your data?
heading-retention = How long do we keep your data?
heading-others = Personal data of people other than patients
heading-file-structure = Structure of our patient files
heading-security = How do we protect your data?
heading-communication = Communicating with us securely
heading-cameras = CCTV
heading-cookies = Cookies
heading-call-recording = Recording of telephone calls
heading-research = Scientific research and quality of care
heading-marketing = Newsletters, marketing and online services
heading-minors = Children
heading-representation = Minors, representatives and deceased patients
heading-automated = Automated decision-making
heading-rights = Your rights
heading-requests = How to make a request, and how we handle it
heading-complaints = Complaints
heading-third-party = Third-party websites
heading-changes = Changes and versions

## Introduction
intro-statement = { $controller } processes personal data relating to { $audience }. { $doc ->
    [reglement] In these rules
   *[other] In this privacy statement
}, we explain which personal data we process, for what purposes and on what lawful basis, with whom we share them, how long we keep them and what rights you have.
intro-principles = In doing so, we observe the following principles:
intro-latest-version = The latest version of { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} is available at

## Controller
controller-is = The controller of your personal data is { $name }.
controller-is-kind = The controller of your personal data is { $name }, { $kind }.
controller-locations = { $n ->
    [one] We are based at the following location:
   *[other] We are based at the following locations:
}
controller-representatives = The following persons act on behalf of the controller: { $roles }.
controller-mandatary = { $role } acts as the controller's mandatary and, together with the controller, is responsible for:
controller-mandatary-basis = the tasks assigned to this position by { $statute }
controller-central-contact = The central point of contact for the processing of personal data is { $role }.
controller-responsible-processors = { $controller } remains responsible for the processing that processors carry out on our behalf.
controller-responsible = { $controller } is run under the responsibility of { $name }.
controller-responsible-role = { $controller } is run under the responsibility of { $name }, { $role }.
controller-group = { $controller } is part of { $group }.
controller-co-controllers = { $controller } publishes { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} together with the organisations below; each is the controller of the personal data it processes itself.
controller-co-controllers-joint = { $controller } publishes { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} together with the organisations below. They are joint controllers of the processing described here (Article 26 GDPR).
controller-public-body = a public body
controller-joint-arrangement = The essence of their arrangement:
controller-practitioners-control-records = Each practitioner who treats you is the controller of the record they keep about you. You reach them through the contact details of { $controller } given above.

## DPO and supervision
dpo-appointed = We have appointed a data protection officer (DPO). You can contact the DPO as follows:
dpo-appointed-named = We have appointed a data protection officer (DPO): { $name }. You can contact the DPO as follows:
dpo-tasks = The data protection officer:
security-officer = We have appointed an information security officer, who manages information security risks and advises management on all technical aspects of information security.
security-officer-statute = We have appointed an information security officer, who manages information security risks and advises management on all technical aspects of information security. The officer's tasks are laid down in { $statute }.
supervision-health-professional = Data concerning your health are processed only under the supervision and responsibility of a healthcare professional who is bound by professional secrecy (Article 9(3) GDPR).
supervision-lead = Overall responsibility for, and supervision of, the patient files rests with { $role }, assisted by:
supervision-sector = The { $body } supervises healthcare providers, including { $controller }.
supervision-authority = The { $authority } monitors our compliance with data protection law.

## Definitions
definitions-lead = In { $doc ->
    [reglement] these rules
   *[other] this privacy statement
}, the following terms have the meanings given below:

## Data
data-subjects = We process personal data relating to { $subjects }.
data-lead = We process the following categories of personal data:
data-health-special = Data concerning your health belong to the special categories of personal data. The law gives these data additional protection; we process them only in so far as this is necessary for the purposes described below.
national-id-lead = We use your { $national_id } to:
national-id-basis = { $jurisdiction ->
    [NL] Under { $statute }, we are required to use and record your { $national_id }.
   *[other] We process your { $national_id } within the limits of { $statute }.
}
national-id-check = We are required to check that the { $national_id } is yours. We therefore ask you to show a valid identity document.
patient-record-duty = We are required by law to keep a medical record of your treatment. In it, we record the information we need to provide you with good care.
patient-record-duty-statutes = We are required to keep a medical record of your treatment under { $statutes }. In it, we record the information we need to provide you with good care.
patient-record-system = Your record is stored in a separate, secure electronic patient record system ({ $system }).
account-stored = Once you have registered, we keep the details you have given us, so that you do not have to fill them in again at each visit and so that we can contact you in connection with your care.
consent-form = At your first visit, we ask you to sign a consent form in which you { $what }.
consent-form-electronic = consent to electronic communication
consent-form-information = confirm that you have read our patient information about the treatments relevant to you and about the rules of our clinic
consent-form-stored = Your consent and preferences are recorded in { $system }.

## Sources
sources-lead = We obtain most of your data directly from you. We also receive data about you from:
sources-only-patient = We obtain your data directly from you.

## Purposes
purposes-lead = We process your personal data only for the purposes described below, and only where the law provides a lawful basis for doing so. We process no more data than the purpose requires and do not use them for any purpose that is incompatible with it.
basis-national = in conjunction with { $statutes }
purpose-opt-out = You can tell us that you do not wish to take part in this; we will respect your decision.
purpose-consent-withdraw = You can withdraw your consent at any time. Withdrawal applies to the future: processing carried out before you withdrew your consent remains lawful.
provision-heading = Are you obliged to provide your data?
provision-contractual = We need data concerning your health in order to perform the treatment contract. If you do not provide them, we cannot give you good and safe care.
provision-statutory = We are required by law to record certain data, such as your { $national_id } and the details of your identity document. { $jurisdiction ->
    [NL] Without these data we cannot bill the care to your health insurer.
   *[other] Without these data we cannot, as a rule, provide or charge for the care; urgently needed care is always given.
}
provision-patient-duty = We expect you to give our healthcare professionals, to the best of your knowledge, the information and cooperation they reasonably need to perform the treatment contract.

## Staff
staff-confidentiality = All our staff are bound by a duty of confidentiality.
staff-secrecy-non-medical = Medical confidentiality applies to all our staff, including those without a medical background.
staff-roles-lead = Within our organisation, the following staff process your data, each within the limits of their duties:
staff-need-to-know = Staff have access only to the data they need for their duties.
staff-logging = We log who has accessed your electronic data.
staff-compliance-checks = We regularly check that everyone complies with these arrangements, and we take action if they are breached.
staff-undertaking = Every member of staff who needs access to patient data has undertaken to comply with our rules on access to patient data and with the GDPR, and is bound by professional secrecy or an equivalent duty of confidentiality.

## Recipients and processors
recipients-lead = { $controller } discloses your data to others only where this is necessary for the purposes described above and the law permits it. The recipients are:
recipients-no-publication = We do not publish your personal data.
recipients-no-disclosure = We do not pass your personal data on to third parties.
processors-heading = Processors
processors-lead = We use processors: external parties that process personal data on our behalf. They may use your data only in accordance with our instructions.
processors-kinds = They provide, for example, { $kinds }.
processors-agreement = We conclude a data processing agreement with every processor (Article 28 GDPR).
processors-agreement-confidentiality = We conclude a data processing agreement with every processor (Article 28 GDPR), which provides that the processor processes your data only on our instructions and is bound by a duty of confidentiality.
processors-same-security = We require our processors to provide the same level of security and confidentiality as we do.

## Transfers
transfers-none = We do not transfer your personal data to countries outside the European Economic Area (EEA) or to international organisations.
transfers-lead = We transfer personal data to recipients outside the European Economic Area (EEA), subject to the following safeguards:
transfers-safeguard = a copy of the safeguard is available at
transfers-notice-promise = Should it become necessary to transfer your data to a country outside the European Economic Area (EEA) or to an international organisation, we will inform you in advance of the consequences for the security of your data.
transfers-otherwise-anonymous = Apart from the cases described above, we exchange only anonymous data with other persons and bodies.

## Data flow and anonymisation
data-flow-lead = Within our organisation, data concerning your health pass through the following stages:
anonymisation-by = Personal data are anonymised by { $role }. Anonymised data can no longer reasonably be traced back to an individual patient.
anonymisation-when = We anonymise personal data only once it has been established that keeping identifiable data is no longer necessary for the purpose. This applies in particular to:

## Retention
retention-lead = We do not keep your personal data for longer than is necessary for the purpose for which we process them, unless the law requires us to keep them for longer. The following retention periods apply to the various types of data:
others-lead = We also process personal data of people other than our patients. Below is what we process of them, what for, with whom we share it and how long we keep it.
others-data = Of { $subjects } we process:
others-purposes = We use these data for:
others-recipients = We share them with:
others-retention = We keep them as follows:
# Guidance beside a purpose test, never as a legal basis (law data `guidance`; review-nb M2).
retention-guidance = Guidance: { $source } recommends { $period } from { $from }.
destruction-within = When the retention period has expired, the data are deleted from our files and destroyed within { $period }.
destruction-approval = The medical part of the record is destroyed only with the approval of { $roles }.
destruction-exceptions = The data are not destroyed where:
destruction-anonymised = Data that have been processed in such a way that they can no longer reasonably be traced back to a person may be kept in anonymised form.
deletion-lead = Data are deleted from the patient files (see also { $retention }):

## File structure
file-structure-lead = Our patient files consist of the following parts:
file-structure-mixed = Our patient files are kept partly electronically and partly on paper, and consist of the following parts:
file-structure-linkage = The parts are linked to each other at patient level by means of { $keys }.

## Security
security-lead = We take appropriate technical and organisational measures to protect your personal data against loss, unauthorised access, alteration and other unlawful processing (Article 32 GDPR). Our measures include the following:
breach-authority = If, despite these measures, the security of your data is compromised (a personal data breach), we will notify the { $authority } within 72 hours, unless the breach is unlikely to result in a risk to you (Article 33 GDPR).
breach-subjects = If a personal data breach is likely to result in a high risk to you, we will inform you without undue delay and advise you on how to deal with it (Article 34 GDPR).
breach-report = If you suspect a personal data breach or notice a weakness in our security, please report it to our data protection officer.
breach-anonymous = You may also report it anonymously.

## Cameras
cameras-where = CCTV cameras are installed in { $places }. We have a legitimate interest in this: { $purpose }
cameras-stored = The images are recorded and deleted afterwards.
cameras-retention = The images are kept for no more than { $period }.
cameras-not-stored = The images are not recorded; they can only be viewed live.
cameras-incident = If an incident, such as a theft, has been recorded, we keep the relevant images until the incident has been dealt with.
cameras-viewer = The images can be viewed only by { $role }.
cameras-viewer-cause = The images are viewed only by { $role }, and only where there is reasonable cause to do so, for example after a break-in.
cameras-police = If we suspect that a criminal offence has been committed, we hand the images over to the police.
cameras-signage = You are alerted to the CCTV by { $signage }.

## Cookies
cookies-definition = A cookie is a small text file that is stored in the browser of your computer, tablet or smartphone when you visit our website.
cookies-categories = We use the following types of cookies:
cookies-consent-banner = We place cookies that are not strictly necessary for the website to work only after you have consented to them on your first visit. You can withdraw that consent as easily as you gave it.
cookies-consent-not-needed = We place only cookies that are strictly necessary for the website to work; no consent is required for these.
cookies-not-identifying = We do not store the data from cookies in a way that identifies you personally.
cookies-delete = You can delete cookies at any time in your browser settings.
cookies-none = Our website places no cookies.
cookies-not-shared = We do not pass the data from cookies on to others.
cookies-opt-out = You can refuse cookies of advertising networks on these pages:
cookie-session = until the end of your visit

## Call recording
call-recording = If you contact { $role } for information or to make an appointment, the call may be recorded for the purpose of training our staff.
call-recording-opt-out = You can say at the start of the call that you do not want it to be recorded.
call-recording-retention = How long we keep recordings is shown in the table of retention periods.

## Research and quality
research-heading = Scientific research
research-trials = In medical research, we look for better ways to prevent or treat diseases and conditions, for example by testing new medicines, therapies or medical devices with the help of research participants (patients or healthy volunteers).
research-record = The data in your medical record can also contribute to scientific research.
research-without-consent = Without your consent, we use data from your record only for research that serves a general interest and cannot be done without those data, where asking for consent is not reasonably possible or cannot reasonably be required, with safeguards for your privacy, and only if you have not expressly objected ({ $article }). You can object at any time.
research-pseudonymised = Wherever possible, we pseudonymise (code) the data used for research.
research-external = We share data for research with external researchers.
research-confidentiality = External researchers sign a confidentiality agreement.
research-publications = Researchers' presentations and publications never show data that can be traced back to you.
research-programmes = These include:
quality-heading = Quality of care
quality-lead = We also use data to monitor and improve the quality of our care, including for:
quality-encrypted = Where personal data appear in reports by internal quality auditors or external peer reviewers, they are pseudonymised (coded).

## Marketing and platforms
marketing-lead = With your consent, we use your contact details to send you { $channels }.
marketing-preferences = You decide which messages you receive, and you can change your preferences at any time in { $portal }.
marketing-object = You can always unsubscribe free of charge and object to the use of your data for direct marketing; we will then stop using your data for that purpose (Article 21(2) and (3) GDPR).
platforms-lead = You can also use the following online services:
platform-booking = you can also book appointments online there

## Minors
minors-consent = We do not knowingly collect personal data through our website or social media from visitors under the age of { $age } without the consent of their parents or guardian.
minors-cannot-verify = We cannot verify whether a visitor is over the age of { $age }. Parents and guardians who suspect that we have received data about their child without their consent can contact us; we will then delete those data.

## Automated decisions
automated-none = We do not take decisions about you based solely on automated processing, including profiling (Article 22 GDPR).
automated-used = We take decisions about you based on automated processing. Below, we explain the logic involved and the consequences for you.

## Rights
rights-lead = Under the GDPR and the law governing your rights as a patient, you have the following rights. The next section explains how to make a request.
right-access = Right of access and to a copy
right-access-desc = You have the right to know whether we process personal data about you and, if so, which data, for what purposes, where we obtained them and to whom we disclose them. You are also entitled to a copy of your data; the first copy is free of charge (Article 15 GDPR).
right-access-details = You are also told the purposes of the processing, the categories of data concerned, the recipients or categories of recipients, how long the data will be kept (or the criteria that decide it), your rights to rectification, erasure, restriction and objection, your right to lodge a complaint with the supervisory authority, where the data came from if we did not collect them from you, and whether automated decision-making is used, with its logic and consequences (Article 15 GDPR).
# Norway (review-nb M3): the limits of pasient- og brukerrettighetsloven § 5-1 are narrow
# exceptions, and a refusal can be appealed (right-access-appeal).
right-access-patient-law = { $jurisdiction ->
    [NO] You also have the right to inspect and obtain a copy of your patient record under { $article }. Access can be refused only in the exceptional cases the Act names.
   *[other] In addition, you have the right to inspect and obtain a copy of your medical record under { $statute }, { $article }, within the limits of that law, for instance where the privacy of another person must be protected.
}
right-access-appeal = You can appeal a refusal to { $body }.
right-access-deadline = Under that Act, you will be given access within { $period }.
right-access-age = From the age of { $age }, you exercise this right yourself.
right-rectification = Right to rectification and completion
right-rectification-desc = If your data are inaccurate or incomplete, you can ask us to correct or complete them (Article 16 GDPR). You can also have a statement of your own added to your record.
right-rectification-practitioner = Your practitioner decides on any correction or addition to the medical record: a change must not stand in the way of safe treatment.
# The national regime for the record (law data `record_changes`; Norway: helsepersonelloven
# §§ 42–43, pasient- og brukerrettighetsloven § 5-2; review-nb M4).
right-record-correction = In the patient record, we correct inaccurate or incomplete information by a new, dated entry; information is not deleted when it is corrected ({ $article }).
right-record-erasure = You can also demand that information in the patient record be erased ({ $right }), but it can be erased only on the conditions of { $article }.
right-record-appeal = You can appeal a refusal to correct or erase information in the patient record to { $body }.
right-erasure = Right to erasure
right-erasure-desc = You can ask us to erase your data, for example if they are no longer needed or if you withdraw your consent (Article 17 GDPR). { $jurisdiction ->
    [NO] We cannot erase data that the law requires us to keep, such as our financial records; the patient record follows the rules below. If we refuse, we will explain why.
    [NL] We cannot erase data that the law requires us to keep, such as our financial records; in that case, we will explain why.
   *[other] This right does not apply to data that we are required by law to keep, such as the medical record under { $statute } and our financial records; in that case, we will explain why we cannot erase the data.
}
right-erasure-record = At your request, we destroy all or part of your medical record within { $period } ({ $article }), unless { $exceptions }.
right-erasure-before-retention = This also applies before the retention period has ended.
right-record-erasure-conditions = The conditions are that { $all }, and in addition that { $any }.
right-record-erasure-conditions-all = The conditions are that { $all }.
deletion-condition-general-interest = deletion is unobjectionable on general grounds
deletion-condition-archive-law = the archives legislation does not prevent it
deletion-condition-incorrect-and-burdensome = the information is wrong or misleading and is felt to be a burden
deletion-condition-clearly-unnecessary = the information is clearly not needed to give you health care
right-erasure-law = the law
right-restriction = Right to restriction of processing
right-restriction-desc = You can ask us to restrict the use of your data temporarily, for example while we check whether your data are accurate or whether your objection is justified (Article 18 GDPR).
right-restriction-exceptions = While the use of your data is restricted, we only store them; we use them otherwise only with your consent, for legal claims, to protect the rights of another person, or for important reasons of public interest (Article 18 GDPR).
right-portability = Right to data portability
right-portability-desc = Data that you have provided to us yourself and that we process by automated means on the basis of your consent or a contract can be given to you in a commonly used digital format or, at your request, transmitted directly to another organisation (Article 20 GDPR).
right-objection = Right to object
right-objection-desc = Where we process your data on the basis of our legitimate interests or of a task carried out in the public interest, you can object on grounds relating to your particular situation. We will then stop that processing, unless we have compelling legitimate grounds that override your interests, or we need the data for the establishment, exercise or defence of legal claims (Article 21 GDPR).
right-objection-marketing = You can always object to the use of your data for direct marketing; we will then stop using your data for that purpose.
right-withdraw = Right to withdraw consent
right-withdraw-desc = Where we process data on the basis of your consent, you can withdraw that consent at any time, as easily as you gave it. Withdrawal applies to the future: what we did with your data before you withdrew your consent remains lawful (Article 7(3) GDPR).
right-automated = Right not to be subject to automated decision-making
right-automated-desc = You have the right not to be subject to a decision based solely on automated processing which produces legal effects concerning you or similarly significantly affects you (Article 22 GDPR).
right-complaint = Right to lodge a complaint
right-complaint-desc = You can lodge a complaint with the supervisory authority. The section "Complaints" explains how.
rights-representative = You can also authorise another person in writing to exercise these rights on your behalf.
rights-journal-practitioner = If you have questions about correcting or deleting data in your medical record, please contact your practitioner.
rights-patient-rights = Your rights as a patient are set out in full at

## Representation
representation-minors = For patients under 18, the law determines who exercises their rights:
minors-range = from { $from } to { $to }
minors-range-to = under { $to }
minors-range-from = { $from } and over
minors-band-parents = { $range }: the parents with parental authority, or the guardian, exercise the child's rights;
minors-band-together = { $range }: both the child and the parents with parental authority, or the guardian, can exercise these rights; treatment requires the consent of both;
minors-band-parents-unless-child-objects = { $range }: the parents are also informed and have access, unless the child, for reasons that should be respected, does not want this;
minors-band-patient = { $range }: the patient exercises the rights personally;
minors-band-patient-parents-informed = { $range }: the patient exercises the rights personally; the parents receive only the information they need to exercise their parental responsibility;
minors-band-maturity = { $range }: the parents with parental authority, or the guardian, exercise the rights; the minor is involved according to age and maturity and exercises the rights wholly or partly personally once the practitioner considers the minor able to assess their own interests reasonably;
representation-adults = If an adult patient cannot exercise their rights, a representative acts for them, in this order ({ $article }):
representative-court-appointed = the guardian or mentor appointed by the court (curator or mentor);
representative-authorised-person = the person the patient has authorised in writing;
representative-partner = the spouse, registered partner or other life companion, unless that person does not wish to act;
representative-family = a parent, child, brother or sister, unless that person does not wish to act.
representative-designated-representative = the representative the patient appointed in advance by a dated mandate signed by both;
representative-administrator = the administrator of the person appointed by the justice of the peace;
representative-cohabiting-partner = the cohabiting spouse or partner;
representative-further-relatives = then other close relatives, in the order the law lays down.
deceased-consent-or-weighty-interest = The record remains confidential after a patient's death. We give access to, or a copy of, data from the record only in the cases the law lays down ({ $article }), including to a person to whom the patient gave consent in writing or electronically during their lifetime, and in certain cases to a person with a compelling interest.
deceased-relatives-indirect = After a patient's death, the spouse, the legally cohabiting partner, the partner and relatives up to the second degree may consult the record through a healthcare professional they designate ({ $article }). Their request must be sufficiently reasoned and specified, and the patient must not have expressly objected during their lifetime. They receive no copy, and access is limited to the data relevant to the reason for their request.
deceased-next-of-kin = After a patient's death, the next of kin have a right of access to the record, unless special reasons speak against it ({ $article }).

## Requests
requests-channels = You can make a request { $channels }.
requests-email = Our email address for requests is
requests-to = You can address your request to { $to }.
requests-oral = You can also make a request orally.
requests-form = You can use our form for your request:
requests-on-behalf = A request can also be made on your behalf by { $who }.
requests-trusted-person = In exercising your rights, you can be assisted by a trusted person of your choice.
requests-copy-delivery = A copy of your record can be { $ways }.
requests-identification = To prevent your data from ending up with someone else, we will ask you to prove your identity.
requests-acknowledgement = We will acknowledge receipt of your request.
requests-deadline = We will respond as soon as possible and in any event within one month of receiving your request (Article 12(3) GDPR).
requests-deadline-own = We will respond as soon as possible and in any event within { $period } of receiving your request; the statutory time limit is one month (Article 12(3) GDPR).
requests-extension = If your request is complex or you make a large number of requests, we can extend this period by up to two further months. If so, we will tell you within the first month, giving our reasons.
requests-free = Making a request and having it dealt with is free of charge. If a request is manifestly unfounded or excessive, for example because the same request is made again and again, we can charge a reasonable fee or refuse the request.
requests-unclear = If your request is unclear or we have doubts about your identity, we will ask you for further information.
requests-transfer = At your request, we send a copy of your record to another care provider of your choice.
requests-longer-retention = At your request, we keep your record for longer than the retention period.
requests-shielding = You can ask us to shield certain data in your record, so that only those who treat you for it can see them.
requests-refusal = In some cases, we may or must refuse a request in whole or in part, for example because of { $grounds }. We will always explain our reasons to you.
requests-appeal = If you disagree with our decision, you can lodge a complaint as described under "Complaints".
erasure-heading = Erasure of (parts of) your medical record
erasure-channel = Within the limits of the law, you can ask us to destroy (parts of) your medical record. Please send your request { $channel }.
erasure-channel-address = Within the limits of the law, you can ask us to destroy (parts of) your medical record. Please send your request { $channel } to { $name }, { $address }.
erasure-then = The procedure is then as follows:
erasure-deadline = We destroy the data within { $period } of receiving your request.
erasure-exceptions = We may refuse your request in whole or in part in so far as { $grounds }. We will then explain why.
erasure-kept-lead = What we still keep afterwards:

## Complaints
complaints-internal = If you have a complaint about the way we handle your personal data, please contact { $bodies } first. We will be glad to help.
complaints-internal-default = If you have a complaint about the way we handle your personal data, please contact { $controller } first. We will be glad to help.
complaints-ombuds = You can take a complaint about your rights as a patient, including about access to or a copy of your file, to our ombudsman service ({ $article }).
complaints-authority = You also have the right to lodge a complaint with the supervisory authority, the { $authority }:
complaints-residence = You can also lodge a complaint with the supervisory authority of the EEA country in which you live or work or in which the alleged infringement took place (Article 77 GDPR), or bring proceedings before a court (Article 79 GDPR).
complaints-external = For complaints about the care itself, you can also contact:

## Third-party websites
third-party-websites = { $doc ->
    [reglement] These rules do
   *[other] This privacy statement does
} not apply to third-party websites to which our website links. We cannot guarantee that those third parties handle your personal data reliably and securely. Please read the privacy statements of those websites before you use them.

## Changes
changes-effective = This is version { $version } of { $doc ->
    [reglement] these rules
   *[other] this privacy statement
}, effective from { $date }.
changes-amended-by = Changes are adopted by { $who }.
changes-notice = We may amend { $doc ->
    [reglement] these rules
   *[other] this privacy statement
}, for example if our practices or the law change. If we make a material change, such as a new purpose, a new recipient or a different way of exercising your rights, we will inform you in advance { $channels }.
changes-notice-default = We may amend { $doc ->
    [reglement] these rules
   *[other] this privacy statement
}, for example if our practices or the law change. If we make a material change, we will actively inform you of it in advance.
changes-informed-via = You are also informed about the processing of your data { $channels }.
changes-copy-reception = A copy of { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} is available for inspection at reception; you can obtain a copy on request.
changes-latest-online = The latest version of { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} is always on our website.
changes-history = Version history
changes-legal-framework = { $doc ->
    [reglement] These rules are
   *[other] This privacy statement is
} based on:
changes-substantive = This is a material change, which we announced in advance.

## Reglement: article headings, part headings and its own sentences
article-purpose = Purpose
article-definitions = Definitions
article-scope = Scope
article-persons = Categories of persons whose data are processed
article-data = Nature of the data processed and how they are obtained
article-purposes = Purposes of processing and legal framework
article-controller = The controller and the persons acting on its behalf
article-supervision = Supervision of the processing of personal data
article-staff = Who processes which data
article-recipients = Disclosure of data
article-data-flow = The flow of personal data concerning health
article-anonymisation = Anonymisation
article-security = Security measures
article-retention = Retention periods
article-others = Personal data of people other than patients
article-file-structure = Links, connections and consultations between files
article-deletion = Deletion of data
article-cameras = Camera surveillance
article-cookies = Cookies
article-call-recording = Recording of telephone calls
article-research = Scientific research and quality of care
article-marketing = Newsletters, marketing and online services
article-minors = Minors
article-automated = Automated decision-making
article-third-party = Third-party websites
article-rights = Rights of the patient and procedure
article-changes = Entry into force and amendments
part-recipients = Recipients
part-transfers = Transfers outside the European Economic Area
part-security = Measures
part-communication = Communicating securely
part-rights = Rights
part-representation = Minors, representatives and deceased patients
part-requests = Procedure for requests
part-complaints = Complaints
reglement-purpose = With these rules, { $controller } aims to inform you as fully as possible about how we handle the personal data we collect and process about you, and about how you can exercise control over that processing.
reglement-issued-under = These rules are based on:
reglement-scope = These rules apply to the processing of personal data described in { $persons }, { $data } and { $purposes }, carried out by or under the responsibility of { $controller }.
reglement-scope-staff = This covers processing by the employees of { $controller } and by the self-employed practitioners who work there.
reglement-definitions-lead = For the purposes of these rules:

## Notice: the short first layer
heading-notice-who = Who we are
heading-notice-purposes = What we use your data for
notice-purpose-with = { $purpose } ({ $consent })
notice-purpose-consent = only with your consent
notice-purpose-explicit-consent = only with your explicit consent
heading-notice-impact = What you should know in particular
heading-notice-rights = Your rights
heading-notice-complaint = Complaints
heading-notice-more = The full information
notice-who = { $controller } is responsible for the processing of your personal data.
notice-contact = You can reach us via
notice-dpo = You can reach our data protection officer at
notice-purposes = We use your data for:
notice-impact-health = We process data concerning your health to provide your care, and keep a medical record of it as the law requires.
notice-impact-retention = We keep your medical record for { $period }{ $from ->
    [none] {""}
   *[other] , counted from { $from }
}{ $extension ->
    [none] {""}
   *[other] , { $extension }
}.
notice-impact-cameras = There are cameras in { $places }.
notice-impact-calls = Telephone calls with our staff may be recorded; you can refuse this.
notice-impact-calls-consent = We record telephone calls with our staff only with your explicit consent.
notice-impact-calls-plain = Telephone calls with our staff may be recorded.
notice-impact-research = { $basis ->
    [consent] We use data for scientific research only with your consent.
    [objection] We use data for scientific research; you can object to this.
   *[other] We use data for scientific research.
}
notice-impact-marketing = With your consent, we send you newsletters or other information; you can unsubscribe at any time.
notice-impact-tracking = We place cookies that are not strictly necessary only with your consent.
notice-impact-transfers = We transfer data to countries outside the European Economic Area, with appropriate safeguards.
notice-rights = Among other things, you have the right to:
notice-right-access = access your data and obtain a copy;
notice-right-rectification = have inaccurate or incomplete data corrected or completed;
notice-right-erasure = { $jurisdiction ->
    [NO] have your data erased; your patient record follows its own statutory rules;
    [NL] have your data erased and your medical record destroyed, with a few statutory exceptions;
   *[other] have your data erased, unless the law requires us to keep them;
}
notice-right-restriction = restriction of processing;
notice-right-portability = receive the data you gave us in a portable format;
notice-right-objection = { $marketing ->
    [yes] object to processing based on our legitimate interests, and always to direct marketing;
   *[other] object to processing based on our legitimate interests;
}
notice-right-withdraw = withdraw your consent, with effect for the future;
notice-complaint = If you disagree with how we handle your data, please contact us first. You can also lodge a complaint with the { $authority }:
# Without contact details in the profile, the notice does not send the reader to us (review-nb M1).
notice-complaint-authority = If you disagree with how we handle your data, you can lodge a complaint with the { $authority }:
notice-more-statement = Read the full privacy statement
notice-more-reglement = Read the privacy rules

## National exchange and consent systems (issue 16 item 7; `exchange:`, facts from the law
## data `exchange`). One exchange-about-* per system; the model sentence follows it.
heading-exchange = National exchange of your medical data
part-exchange = National exchange of medical data
exchange-lead = We take part in the following national systems for the electronic exchange of medical data. For each system you can read whether your consent is needed and how you give, withdraw or refuse it.
exchange-about-lsp = The National Exchange Point (Landelijk Schakelpunt, LSP) is a national network to which care providers can connect their systems. No medical data are stored in the LSP itself: it holds only a reference index of citizen service numbers (BSN), in which another care provider can look up which providers have made data about you available. Your data stay in the record kept by your care provider.
exchange-about-mitz = Mitz is the national consent register of Dutch care providers. In it you record which care providers may make your medical data available electronically to other care providers who treat you. Mitz itself holds no medical data.
exchange-about-ehealth-hubs = Care providers who treat you can share your health data with each other electronically and securely through the regional networks (hubs) and through Vitalink. This is possible only with your informed consent, and only for care providers who have a therapeutic relationship with you. Such a relationship usually runs until fifteen months after the provider read your identity card for a consultation. You can exclude certain providers or ask that certain data not be shared.
exchange-about-gmd = Your GP keeps your global medical record (globaal medisch dossier, GMD), an overview of your health data. The GMD is opened or renewed at a consultation or home visit, at most once per calendar year, and your health insurance fund is informed. The GMD also records the therapeutic relationship with your GP.
exchange-about-kjernejournal = The summary care record (kjernejournal) is a Norwegian national electronic service holding selected, important health data about you, which health personnel can look up quickly when they give you care, wherever you are treated. Everyone permanently resident in Norway has a kjernejournal unless they have opted out. The Norwegian Directorate of Health (Helsedirektoratet) is the controller of the kjernejournal.
exchange-model-opt-in = This requires your { $consent ->
    [informed] informed
   *[explicit] explicit
} consent: without it, we do not make your data available to other care providers in this way. You can withdraw your consent at any time.
exchange-model-opt-out = This does not require your consent: you are included automatically. You may, however, opt out.
exchange-model-on-request = This is done only at your request.
exchange-basis = Legal basis: { $law }.
exchange-channel-portal-at = online at { $portal }
exchange-channels-consent = You can give or withdraw your consent { $channels }.
exchange-channels-objection = You can opt out { $channels }.
exchange-channels-request = You can ask for this { $channels }.
exchange-viewers = These data can be viewed only by { $viewers }, and only when this is needed for your treatment.
exchange-audit-lsp = You can see which care providers made your data available through the LSP, and when, in your personal portal at
exchange-audit-mitz = You can see which care providers follow your consent choices, and which provider has looked them up, at
# Per-purpose data form (issue 16 item 8; `purposes[].form`); $form is a form-* label.
purpose-form = For this purpose we use your data { $form }.
notice-impact-exchange = We may exchange your medical data electronically with other care providers through national systems; the full statement explains whether your consent is needed and how you give, withdraw or refuse it.
## Retention beyond periods (issue 16 item 9): records when the practice closes (`closure`)
closure-handover = If our practice closes or is taken over, the patient records are kept by { $to }.
closure-handover-cited = If our practice closes or is taken over, the patient records are kept by { $to } ({ $basis }).
closure-informed = We will tell you in advance. You may object to your record being handed over and ask us to send it to another care provider instead.
closure-objection = You have { $period } to do so.
closure-archive = Patient records on paper are deposited with the Norwegian Health Archive (Norsk helsearkiv) { $period } after the patient's death ({ $basis }).

## Register (issue 16 item 10): practitioners with their register number (`practitioners`)
controller-practitioners = The following practitioners work with us:
