### Role labels carry their article ("the chief medical officer"), as they are used inside sentences.
### Labels of the closed vocabularies of the profile format (English, British spelling).
### Category labels may use $national_id; purpose labels and descriptions may use
### $national_id and $controller; principles may use $controller.

audience-patients = patients
audience-clients = clients
audience-revalidants = rehabilitation patients
audience-website-visitors = visitors to our website
audience-representatives = patients' representatives

provider-clinic = a clinic
provider-pain-clinic = a pain clinic
provider-aesthetic-clinic = a clinic for aesthetic medicine
provider-dermatology-clinic = a dermatology clinic
provider-hospital = a hospital
provider-rehabilitation-hospital = a rehabilitation hospital
provider-general-practice = a general practice
provider-practice = a practice

principle-lawful-fair-transparent = We process your personal data lawfully, fairly and transparently.
principle-purpose-limitation = We state clearly for what purposes we process personal data, and we do not use them for other, incompatible purposes.
principle-data-minimisation = We collect only the personal data that are necessary for legitimate purposes.
principle-accuracy = We make sure that your data are accurate, complete and up to date.
principle-consent-before-sharing = We first ask for your explicit consent if we wish to share your data with other healthcare providers for your treatment.
principle-share-only-when-necessary = We disclose your data to other (healthcare) organisations only where this is necessary or where you have consented to it.
principle-security = We protect your personal data against loss, damage and unauthorised use.
principle-processors-bound = We also require appropriate security from parties that process personal data on our behalf.
principle-respect-rights = We respect your right to access your data and to have them corrected or deleted.
principle-accountability = We are able to demonstrate how we apply the data protection rules.
principle-storage-limitation = We keep your personal data only for as long as the purpose requires, and we observe the retention periods set out below.

role-board-chair = the chair of the board of directors
role-general-director = the general director
role-chief-physician = the chief medical officer
role-daily-management = the person mandated for day-to-day management
role-financial-director = the director of finance and administration
role-nursing-director = the director of nursing
role-regional-manager = the regional manager
role-physicians = the doctors
role-nursing-paramedical = the nursing and allied health services
role-kitchen = the kitchen and diet kitchen
role-medical-secretariats = the medical secretariats
role-admission-billing = the admissions, administration and billing department
role-it-department = the IT department
role-patient-support = the social work, psychology, palliative care and pastoral care services
role-ombudsservice = the ombudsman service
role-pharmacy = the pharmacy
role-security-officer-and-dpo = the information security officer and the data protection officer
role-medical-staff = the medical staff
role-secretarial-staff = the secretarial staff
role-skin-therapists = the skin therapists
role-beauticians = the beauticians
role-financial-administration = the finance department
role-treatment-team = the treatment team
role-support-staff = the support staff
role-health-personnel = the healthcare professionals
role-staff = our staff
role-service-desk = our customer service staff

salutation-ms = Ms
salutation-mr = Mr

mandate-medical-record = the medical record as part of the patient record, including oversight of its purpose and means with a view to organising and coordinating medical activity
mandate-medical-activity-registration = the recording of medical activity
mandate-medical-audit = the processing of data for the purposes of medical audits

dpo-task-monitor-compliance = monitors compliance with data protection law, with { $doc ->
    [reglement] these rules
   *[other] this privacy statement
} and with our internal codes of conduct, protocols and work instructions;
dpo-task-advise = advises our organisation on all aspects of the processing and security of personal data;
dpo-task-report-to-board = reports regularly to management;
dpo-task-receive-breach-reports = receives reports of (suspected) personal data breaches;
dpo-task-consulted-on-erasure = is involved, where necessary, in decisions on the erasure of data;
dpo-task-handle-requests = handles requests from patients concerning their personal data and is their point of contact.

subject-patients = patients
subject-clients = clients
subject-revalidants = rehabilitation patients
subject-website-visitors = visitors to our website
subject-trusted-persons = patients' persons of trust
subject-representatives = patients' representatives
subject-relatives = family members, in so far as relevant to the care

category-identification = Identification data
category-contact = Contact details
category-gender-birthdate = Gender and date of birth
category-national-id = Your { $national_id }
category-id-document = The number of your identity document
category-insurance = Insurance details
category-treating-practitioners = Your treating practitioners
category-preferences = Your preferences
category-financial = Financial data
category-administrative = Administrative data
category-satisfaction = Completed satisfaction surveys, unless you completed them anonymously
category-social = Social data
category-judicial = Data relating to legal proceedings, in so far as required by law
category-health = Data concerning your health
category-account = Your account details
category-consent = Your consents
category-images = CCTV images
category-call-recordings = Recordings of telephone calls
category-website = Data about your visits to our website
category-occupation = Your occupation

example-name = name
example-address = address
example-residence = place of residence
example-phone = telephone number
example-email = email address
example-gender = gender
example-birth-date = date of birth
example-health-insurer = health insurer
example-gp = GP
example-occupational-physician = occupational physician
example-physiotherapist = physiotherapist
example-imaging-centre = MRI centre
example-pharmacy = pharmacy
example-communication-wishes = your preferences for communicating with us
example-payments = your payments
example-appointments = your appointments
example-medical-history = medical history
example-consult-reports = consultation notes
example-operation-reports = operation reports
example-correspondence = correspondence with your GP or other referring practitioner
example-medication = prescribed medication
example-medication-use = medication use
example-prescriptions = prescriptions
example-test-results = results of medical tests
example-questionnaires = medical questionnaires
example-implants = implants and prostheses fitted
example-before-after-photos = before-and-after photographs of cosmetic surgery
example-diagnoses = diagnoses
example-previous-treatments = previous treatments
example-health-condition = your state of health
example-medical-data = medical data
example-paramedical-data = allied health data
example-nursing-data = nursing data
example-occupation = occupation
example-health-insurance-fund = membership of a health insurance fund (ziekenfonds)
example-admission-billing = admission and billing data

source-patient = you
source-referrer = your referring practitioner, such as your GP or medical specialist
source-previous-providers = practitioners who have treated you before
source-pharmacy = your pharmacy
source-health-personnel = your consultations with healthcare professionals
source-examinations = the examinations and treatments you undergo with us
source-representatives = your representative
source-national-exchange = national systems for the exchange of health data
source-public-registry = public registers

source-condition-with-consent = with your consent
source-condition-when-patient-unable = if you are unable to provide the data yourself
source-condition-when-purpose-requires = if the purpose of the processing requires the data to be collected in another way
source-condition-clearly-provided-for-processing = if it is clear, when the data are provided, that they are given to us to be processed

purpose-care = Healthcare and treatment
purpose-care-desc = We use your data, including data concerning your health, to provide you with good and safe care: for prevention, diagnosis, treatment and nursing, and for the medical record we keep of that care.
purpose-billing = Billing and payment
purpose-billing-desc = We use your data to bill for the care we provide and to handle the payment.
purpose-contact = Contacting you
purpose-contact-desc = We use your contact details to call, email or write to you where this is necessary for our care and services, for example about your appointments.
purpose-national-id = Use of your { $national_id }
purpose-national-id-desc = We are required by law to use your { $national_id } in healthcare and to verify your identity.
purpose-account = Your registration and account
purpose-account-desc = We keep the details of your registration so that you do not have to provide them again each time.
purpose-appointments = Appointments
purpose-appointments-desc = We use your data to schedule appointments with you and to remind you of them.
purpose-quality = Quality of care
purpose-quality-desc = We use data to monitor and improve the quality and safety of our care.
purpose-accountability = Accountability to supervisory bodies
purpose-accountability-desc = We are required to record data in order to account for our care to the healthcare supervisory bodies.
purpose-research = Scientific research
purpose-research-desc = We use data for medical research, in order to improve the prevention and treatment of diseases and conditions.
purpose-marketing = Promotion and marketing
purpose-marketing-desc = We use your contact details to inform you about new products and treatments.
purpose-surveys = Satisfaction surveys
purpose-surveys-desc = We occasionally invite you to take part in a satisfaction survey, so that you can give us your opinion of us and our treatments and we can improve.
purpose-complaints = Complaints handling
purpose-complaints-desc = We record and handle complaints from patients and their persons of trust, and mediate in them.
purpose-legal-claims = Complaints, claims and legal proceedings
purpose-legal-claims-desc = If you submit a complaint or claim, either to us or to an external body, our complaints officer and, where necessary, our lawyer have access to the data needed to deal with it.
purpose-camera-security = CCTV
purpose-camera-security-desc = We use camera surveillance.
purpose-call-recording = Recording of telephone calls
purpose-call-recording-desc = We record telephone calls with our customer service staff in order to train our staff.
purpose-fraud-prevention = Prevention of fraud and misuse
purpose-fraud-prevention-desc = If we suspect fraud or misuse of our services, we may disclose administrative and identification data to the competent authorities; we do not disclose medical data in that case.
purpose-implant-registry = Registration of implants
purpose-implant-registry-desc = We are required by law to record data on implants fitted in the national implant register.
purpose-statutory-records = Statutory obligations
purpose-statutory-records-desc = We must record and keep certain data under tax law and healthcare legislation, and provide data to the healthcare inspectorate at its request.
purpose-administration = Patient administration
purpose-administration-desc = We keep track of your stay and treatment for billing purposes.
purpose-registration = Patient registration
purpose-registration-desc = We record medical data and data on your stay for purposes imposed by the government, and for research and policy-making.
purpose-medicines = Medicines management
purpose-medicines-desc = We process data in order to prescribe and dispense medicines.
purpose-scientific-registration = Scientific registration
purpose-scientific-registration-desc = We record medical data of an epidemiological, scientific or policy-related nature for research, teaching or objectives imposed by the government.
purpose-organ-donation = Organ donation
purpose-organ-donation-desc = We process data in the context of local donor coordination.
purpose-risk-management = Risk management
purpose-risk-management-desc = We process data to monitor and improve the quality and safety of our products, processes, services and medical equipment.
purpose-work-planning = Work planning
purpose-work-planning-desc = We process data to plan and monitor tasks, workload and performance.
purpose-beneficiaries = Administration of beneficiaries
purpose-beneficiaries-desc = We exchange data with your health insurance fund or other bodies that bear the cost of your care, to establish whether and how your care is covered and to settle that cover.
purpose-care-evaluation = Evaluation of care
purpose-care-evaluation-desc = We process data on diagnostic and therapeutic practices in order to improve the quality of our methods of care.
purpose-website = Our website
purpose-website-desc = We process data about your visits to our website, collected with cookies and similar technologies, for the purposes described under ‘Cookies’.
purpose-bookkeeping = Bookkeeping
purpose-bookkeeping-desc = We record your payments in our accounts, as the law requires.
purpose-client-relationship = Your client relationship
purpose-client-relationship-desc = We use your data, such as your contact details, appointments and payments, to manage your client relationship with us.

art6-consent = your consent (Article 6(1)(a) GDPR)
art6-contract = the performance of the treatment contract with you (Article 6(1)(b) GDPR)
art6-legal-obligation = a legal obligation to which we are subject (Article 6(1)(c) GDPR)
art6-vital-interests = the protection of your vital interests (Article 6(1)(d) GDPR)
art6-public-task = the performance of a task carried out in the public interest (Article 6(1)(e) GDPR)
art6-legitimate-interest = our legitimate interests (Article 6(1)(f) GDPR)

art9-explicit-consent = your explicit consent (Article 9(2)(a) GDPR)
art9-employment = obligations in the field of employment and social security law (Article 9(2)(b) GDPR)
art9-vital-interests = the protection of your vital interests where you are unable to give consent yourself (Article 9(2)(c) GDPR)
art9-made-public = data that you have manifestly made public yourself (Article 9(2)(e) GDPR)
art9-legal-claims = the establishment, exercise or defence of legal claims (Article 9(2)(f) GDPR)
art9-substantial-public-interest = reasons of substantial public interest on the basis of law (Article 9(2)(g) GDPR)
art9-health-care = the provision of health care by or under the responsibility of a professional subject to an obligation of professional secrecy (Article 9(2)(h) and (3) GDPR)
art9-public-health = reasons of public interest in the area of public health (Article 9(2)(i) GDPR)
art9-research = scientific research subject to appropriate safeguards (Article 9(2)(j) GDPR)

recipient-partners = our partners involved in providing your care
recipient-other-care-providers = other healthcare providers within or outside our organisation
recipient-external-consultant = a colleague outside our organisation whom your practitioner consults and who is shown part of your record for that purpose
recipient-referrer = your referring practitioner (GP or medical specialist), about the progress of your treatment
recipient-health-insurer = your health insurer
recipient-insurance-institutions = health insurance funds (verzekeringsinstellingen or ziekenfondsen)
recipient-riziv = the National Institute for Health and Disability Insurance (Rijksinstituut voor Ziekte- en Invaliditeitsverzekering, RIZIV)
recipient-igj = the Health and Youth Care Inspectorate (Inspectie Gezondheidszorg en Jeugd, IGJ)
recipient-nza = the Dutch Healthcare Authority (Nederlandse Zorgautoriteit, NZa)
recipient-implant-registry = the Dutch National Implant Register (Landelijk Implantatenregister)
recipient-disputes-committee = the Healthcare Disputes Committee (Geschillencommissie Zorg)
recipient-disciplinary-board = a disciplinary board for healthcare professionals
recipient-court = the courts
recipient-complaints-officer = our complaints officer
recipient-lawyer = our lawyer
recipient-police = the police
recipient-competent-authorities = the competent authorities
recipient-government-bodies = government bodies
recipient-researchers = external researchers
recipient-patients-representatives = the patients concerned or their representatives
recipient-other-bodies = other bodies
recipient-liability-insurer = our professional liability insurer or that of the healthcare professional concerned
recipient-processors = external processors that process personal data on our behalf
recipient-fps-health = the Federal Public Service Health, Food Chain Safety and Environment (Federale Overheidsdienst Volksgezondheid)
recipient-flemish-community = the Flemish Community (Vlaamse Gemeenschap)
recipient-billing-services = external billing services

condition-by-law = in so far as required by law
condition-with-consent = with your consent
condition-explicit-consent = only with your explicit consent
condition-without-objection = without your consent if you have not objected and the law allows it
condition-unless-objection = unless you object
condition-necessary-for-care = where necessary for proper treatment
condition-on-request = at their request
condition-legal-claims = for the handling of a complaint or claim
condition-without-consent-for-claims = even without your consent, in so far as necessary to defend a right in legal proceedings or for the establishment, exercise or defence of legal claims
condition-suspected-crime = if a criminal offence is suspected
condition-suspected-fraud = if fraud or misuse is suspected
condition-statutory-guarantees = only within the statutory safeguards, for example in the case of a verification of the care provided
condition-within-patient-rights-act = within the limits of the law governing your rights as a patient
condition-authorised-by-decision = if they have been authorised to receive them by a government decision
condition-complaint = if you make a complaint

form-identifiable = in identifiable form
form-pseudonymised = in pseudonymised (coded) form
form-anonymised = in anonymised form

service-billing = payment processing and billing for care
service-medical-records = electronic patient record
service-booking = appointment booking system
service-patient-portal = patient portal
service-it-services = IT services
service-hosting = hosting
service-email = email services
service-newsletter = newsletter distribution
service-analytics = website analytics
service-telephony = telephony

mechanism-adequacy = an adequacy decision of the European Commission (Article 45 GDPR)
mechanism-data-privacy-framework = the EU-U.S. Data Privacy Framework (adequacy decision (EU) 2023/1795)
mechanism-standard-contractual-clauses = standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR; Implementing Decision (EU) 2021/914)
mechanism-binding-corporate-rules = binding corporate rules (Article 47 GDPR)
mechanism-derogation = a derogation for specific situations (Article 49 GDPR)

record-medical-record = Medical record
record-nursing-record = Nursing data
record-patient-journal = Patient record
record-financial = Financial data
record-billing = Billing data, duplicates of certificates of care provided, and invoices
record-accounting = Accounting records
record-ombuds-files = Closed files of the ombudsman service
record-marketing = Data used for marketing
record-research = Data used for scientific research
record-camera-footage = CCTV images
record-call-recordings = Recorded telephone calls
record-customer-relationship = Client relationship data
record-complaints = Complaint files
record-account = Account details
record-consent = Consents

from-last-change = the last change to the record
from-last-entry = the last entry in the record
from-end-of-treatment = the end of treatment
from-last-contact = the last contact with the patient
from-last-discharge-or-treatment = the last discharge or the last treatment
from-end-of-year-of-treatment-end = 31 December of the year in which treatment ended
from-end-of-year-received = 31 December of the year in which we received the data
from-end-of-financial-year = the end of the financial year
from-research-completion = the completion of the research
from-recording = the recording
from-end-of-relationship = the end of the client relationship
from-closing-of-file = the closure of the file
from-withdrawal = the withdrawal of your consent

extension-incident = or longer if an incident has been recorded, until that incident has been dealt with
extension-good-care = or longer if good care reasonably requires it
extension-legal-claims = or longer for as long as necessary for a legal claim
extension-legal-duty = or longer if a statutory provision requires it
extension-agreed-with-patient = or longer if you agree this with your practitioner
extension-medical-grounds = or longer if this is reasonably important on medical grounds

extension-incident-case = an incident has been recorded that has not yet been dealt with;
extension-good-care-case = good care reasonably requires longer retention;
extension-legal-claims-case = the data are needed for a legal claim;
extension-legal-duty-case = retention is required by a statutory provision;
extension-agreed-with-patient-case = the patient and the treating physician (or, in the physician's absence, the chief medical officer) agree to keep the data;
extension-medical-grounds-case = retention is reasonably considered important on medical grounds, in view of the patient's life expectancy, or for the defence of the legitimate interests of the patient or of the patient's successors in title;

deletion-retention-expired = when the retention period expires;
deletion-by-law = in the cases provided for by or under the law;
deletion-justified-request = at the justified request of any interested party;
deletion-court-order = pursuant to a court decision.

measure-username-password = Access to personal data is protected by a username and password.
measure-two-factor = Access requires two-factor authentication.
measure-visual-login-token = In addition to a username and password, a visual login token is required.
measure-separate-record-system = On receipt, your data are stored in a separate, secure electronic patient record system.
measure-role-based-access = Staff have access only to the data they need for their duties.
measure-physical-access = We take physical measures to secure access to systems containing personal data.
measure-virtual-access-control = Our applications check authorisation before access is granted.
measure-access-logging = We log who has accessed the data, so that access can be checked afterwards.
measure-encryption-at-rest = Sensitive data are stored in encrypted form.
measure-encryption-in-transit = We send data over encrypted connections (TLS).
measure-pseudonymisation = Wherever possible, we pseudonymise personal data.
measure-effectiveness-testing = We regularly test, assess and evaluate the effectiveness of our security measures.
measure-accuracy-controls = We take measures to ensure that the data recorded are accurate and complete.
measure-continuous-monitoring = We continuously monitor whether our security remains effective and remedy any shortcomings as quickly as possible.
measure-compliance-checks = We regularly check that staff comply with the rules, and we intervene if they are breached.
measure-confidentiality-undertakings = Everyone with access to personal data is bound by a duty of confidentiality.
measure-encrypted-reports = Personal data in audit and quality reports are pseudonymised (coded).
measure-investment = We invest time and money in the security of our systems on an ongoing basis.

standard-nen7510 = We work in accordance with NEN 7510, the Dutch standard for information security in healthcare.
standard-iso27001 = We work in accordance with ISO/IEC 27001, the international standard for information security.
standard-normen = We follow the Norwegian Code of Conduct for information security and data protection in the healthcare and care services sector (Normen).

cookie-functional = Functional cookies
cookie-functional-desc = make the website work properly and remember, for example, your preferred settings
cookie-analytics = Analytics cookies
cookie-analytics-desc = measure how visitors use the website, so that we can improve it
cookie-statistics = Statistics cookies
cookie-statistics-desc = collect statistics on the use of the website
cookie-tracking = Tracking cookies
cookie-tracking-desc = follow your browsing behaviour, so that we can offer you tailored content and advertisements
cookie-marketing = Marketing cookies
cookie-marketing-desc = are used for marketing and to display advertisements

## Channels read as adverbial phrases ("by email", "on our website"): the sentences that use
## them ("You can make a request { $channels }") carry no preposition of their own.
channel-email = by email
channel-letter = by letter
channel-signed-letter = by signed letter
channel-phone = by telephone
channel-in-person = in person
channel-dpo = through our data protection officer
channel-patient-portal = through the patient portal
channel-website = on our website
channel-reception = by a notice at reception
channel-admission-form = in the admission form
channel-welcome-brochure = in the welcome brochure

complaint-body-dpo = our data protection officer
complaint-body-complaints-officer = our complaints officer
complaint-body-ombudsservice = our ombudsman service
complaint-body-security-officer = our information security officer
complaint-body-disputes-committee = the Healthcare Disputes Committee (Geschillencommissie Zorg)
complaint-body-disciplinary-board = the disciplinary board for healthcare professionals
complaint-body-court = the competent court
complaint-body-health-inspectorate = the Health and Youth Care Inspectorate (Inspectie Gezondheidszorg en Jeugd, IGJ)

erasure-verify-request = We contact you to verify your request; to prevent misuse, you will be asked to prove your identity.
erasure-weigh-care-and-legal-position = We carefully follow our procedures, weighing, among other things, the interests of good care and our legal position.
erasure-practitioner-decides = Your practitioner decides whether any data may be deleted and, if so, which.
erasure-practitioner-with-dpo = Your practitioner decides, where necessary in consultation with the data protection officer, whether any data may be deleted and, if so, which.
erasure-written-reply = We always inform you of the decision in writing.
erasure-note-in-record = If (part of) your record is deleted, we note in your record that data have been deleted at your request.
erasure-irreversible = Deleted data cannot be recovered.
erasure-advise-copy = Before deletion, we advise you to have a copy of your record transferred to yourself or to another healthcare provider.
erasure-financial-kept = Financial and administrative data are not part of the medical record; we are required by law to keep them, and they cannot be deleted.

guidance-no-sensitive-by-email = Do not send us sensitive information about your health by ordinary email or through social media.
guidance-unsafe-channel-non-sensitive = If you nevertheless send us health information through such an unsecured channel, we treat it with the same confidentiality as always, but we do not reply with health information through that channel; we contact you in a secure way instead.
guidance-phone-for-sensitive = If you wish to give us sensitive information, please contact us by telephone.
guidance-encrypt-email = If your email contains sensitive information, please send it to us encrypted.

national-id-use-prevent-exchange-errors = prevent errors in the exchange of financial and medical data;
national-id-use-simpler-claims = make it easier to submit claims to your health insurer;
national-id-use-prevent-mixups = prevent patients from being mixed up;
national-id-use-identity-fraud = better protect you against identity fraud.

quality-questionnaires = questionnaires that we ask you to complete
quality-internal-audit = checking patient records during an internal quality audit
quality-visitation = peer review visits by reviewers from a professional association
quality-incident-investigation = the investigation of incidents
quality-accountability = accountability to the healthcare inspectorate

marketing-newsletter = our newsletter
marketing-new-products = information about new products and treatments
marketing-surveys = invitations to satisfaction surveys
marketing-service-information = other information about our services

platform-patient-portal = personal portal where you manage your details and preferences
platform-booking-app = app for booking appointments
platform-social-media-page = social media page

term-personal-data = Personal data
term-personal-data-def = any information relating to an identified or identifiable natural person, such as a patient. A person is identifiable if they can be identified, directly or indirectly, in particular by reference to an identification number, location data, an online identifier (such as an IP address) or factors specific to their physical, physiological, mental, economic, cultural or social identity.
term-health-data = Data concerning health
term-health-data-def = personal data related to the physical or mental health of a natural person, including the provision of health care services, which reveal information about their health status.
term-anonymous-data = Anonymous data
term-anonymous-data-def = data that cannot (or can no longer) be related to an identified or identifiable person and are therefore not (or no longer) personal data.
term-pseudonymised-data = Pseudonymised personal data
term-pseudonymised-data-def = personal data processed in such a way that they can no longer be attributed to a specific person without the use of additional information, provided that such additional information is kept separately and secured. They remain personal data, because the person can still be identified with the additional information.
term-filing-system = Filing system
term-filing-system-def = any structured set of personal data which are accessible according to specific criteria, whether centralised, decentralised or dispersed on a functional or geographical basis.
term-processing = Processing
term-processing-def = any operation or set of operations performed on personal data, whether or not by automated means, such as collection, recording, organisation, structuring, storage, adaptation or alteration, retrieval, consultation, use, disclosure, combination, restriction, erasure or destruction.
term-controller = Controller
term-controller-def = the natural or legal person, public authority, agency or other body which, alone or jointly with others, determines the purposes and means of the processing of personal data.
term-authorised-person = { $jurisdiction ->
    [NO] Staff member with access
   *[other] Authorised staff member
}
term-authorised-person-def = a person who, under the authority of the controller, is authorised to process personal data.
term-processor = Processor
term-processor-def = a natural or legal person, public authority, agency or other body which processes personal data on behalf of the controller.
term-recipient = Recipient
term-recipient-def = a natural or legal person, public authority, agency or other body to which personal data are disclosed.
term-patient = Patient
term-patient-def = { $jurisdiction ->
    [NO] a person who asks us for health care, or to whom we give or offer health care.
   *[other] a natural person who is admitted to or treated by us.
}
term-revalidant = Rehabilitation patient
term-revalidant-def = a natural person who is treated in the rehabilitation hospital.
term-consent = Consent
term-consent-def = any freely given, specific, informed and unambiguous indication of the wishes of the patient or of the patient's legal representative by which they, by a statement or by a clear affirmative action, signify agreement to the processing of personal data relating to the patient.

refusal-legal-duty = a legal obligation
refusal-professional-secrecy = our professional secrecy
refusal-rights-of-others = the protection of the rights of others
refusal-manifestly-unfounded = the request being manifestly unfounded or excessive
refusal-therapeutic-exception = serious harm to your health that access would cause, where the law allows access to be limited for that reason

erasure-ground-other-person-interest = keeping the data is of substantial importance to someone other than you
erasure-ground-statutory-duty = a statutory rule prevents their destruction
erasure-ground-good-care = keeping the data is needed to continue to give you responsible care
erasure-ground-public-health = keeping the data is needed for reasons of public interest in the area of public health
erasure-kept-request = your request itself, as proof that the data were deleted at your request;
erasure-kept-erasure-note = a note in your record that data have been deleted at your request;
erasure-kept-financial-administrative = your financial and administrative data: they are not part of your record, and the law requires us to keep them;
representation-topic-minors = minors
representation-topic-adults = adults who cannot exercise their rights themselves
representation-topic-deceased = deceased patients

request-to-controller = us
request-to-practitioner = your practitioner
request-to-dpo = our data protection officer
copy-delivery-collect-in-person = collected by you in person
copy-delivery-collect-by-authorised-person = collected by someone you have authorised in writing
copy-delivery-registered-mail = sent to you by registered post
copy-delivery-secure-email = sent to you by secure email
copy-delivery-patient-portal = made available to you in the patient portal
on-behalf-parents = your parents with parental authority
on-behalf-guardian = your guardian
on-behalf-curator = your curator (a guardian appointed by the court)
on-behalf-mentor = your mentor (appointed by the court)
on-behalf-authorised-person = someone you have authorised in writing
on-behalf-designated-representative = the representative you have appointed
on-behalf-administrator = your administrator of the person (appointed by the justice of the peace)
complaint-body-practitioner = your practitioner
complaint-body-professional-association = the complaints scheme of our professional association

## National bodies and further recipients (issue 16 item 8). Which jurisdiction knows a
## national body is in the law data (`recipients`); the provision is added after the label.
recipient-infectious-disease-authority = the municipal public health service (GGD), for an infectious disease that must be notified by law
recipient-school-health-service = the pupil guidance centre (centrum voor leerlingenbegeleiding, CLB)
recipient-social-welfare-centre = the public social welfare centre (openbaar centrum voor maatschappelijk welzijn, OCMW)
recipient-helfo = Helfo, the Norwegian agency that settles reimbursement for health services
recipient-locum = a locum, who takes over your care when your practitioner is absent
recipient-insurer-medical-adviser = the medical adviser of your health insurer

## National exchange and consent systems (issue 16 item 7; `exchange:`)
exchange-system-lsp = National Exchange Point (Landelijk Schakelpunt, LSP)
exchange-system-mitz = Mitz (the Dutch online consent register)
exchange-system-ehealth-hubs = Sharing through the eHealth hubs
exchange-system-gmd = Global medical record (globaal medisch dossier, GMD)
exchange-system-kjernejournal = Summary care record (kjernejournal)
exchange-channel-practice = at our practice
exchange-channel-consent-form = on a signed consent form
exchange-channel-national-portal = online, on the national website
exchange-viewer-locum-gps = GPs who stand in for your GP, for example at the out-of-hours GP service
exchange-viewer-pharmacists = pharmacists
exchange-viewer-treating-doctors = doctors who treat you
exchange-viewer-treating-providers = care providers who treat you
## Retention beyond periods (issue 16 item 9)
# Website data in the retention table (`retention[].record`).
record-website-logs = Website log files
record-web-forms = Messages you send us through a form on our website
record-website-statistics = Statistics on the use of our website
# Criteria instead of a period (`retention[].criterion`, Art. 13(2)(a) GDPR): whole sentences in the period column.
retention-criterion-until-treatment-ends = Until your treatment has ended.
retention-criterion-as-long-as-client = For as long as you are our client.
retention-criterion-as-long-as-account = For as long as you have an account with us.
retention-criterion-until-request = Until you ask us to erase the data.
retention-criterion-until-withdrawal = Until you withdraw your consent.
retention-criterion-until-unsubscribe = Until you unsubscribe.
retention-criterion-until-question-answered = Until your question has been answered and dealt with.
retention-criterion-until-claim-settled = Until the complaint, dispute or claim has been settled.
retention-criterion-until-research-ends = Until the research has been completed.
retention-criterion-care-need = For as long as the data can be expected to be needed for your care or to account for it.
retention-criterion-session = Only for the duration of your visit to our website.
# Who keeps the records when the practice closes (`closure.handover`), after "kept by".
handover-successor = our successor
handover-chosen-provider = a care provider you name
handover-colleague = a colleague with the same professional qualification
handover-national-scheme = the national scheme for keeping patient records, for which Helsedirektoratet is responsible and which Norsk helsearkiv runs
handover-former-holder = the former practice holder, until the retention period ends

## Register (issue 16 item 10)
# Provider and site kinds (`controller.kind`, `locations[].kind`).
provider-nursing-home = a nursing home
provider-assisted-living = a group of assisted-living residences
provider-day-care-centre = a day-care centre
provider-out-of-hours-service = an out-of-hours medical service
provider-dental-practice = a dental practice
provider-physiotherapy-practice = a physiotherapy practice
provider-mental-health-practice = a mental health practice

## Terms the real statements of the coverage corpus need (issue 16; docs/coverage.md)
audience-residents = residents
audience-prospective-residents = prospective residents
audience-former-residents = former residents
audience-day-care-users = people who attend our day care
audience-informal-carers = informal carers
audience-staff = our staff
audience-visitors = visitors to our premises
audience-involved-providers = healthcare providers involved in our patients' treatment
audience-suppliers = suppliers
audience-job-applicants = job applicants
subject-residents = residents
subject-prospective-residents = prospective residents
subject-former-residents = former residents
subject-day-care-users = people who attend our day care
subject-informal-carers = informal carers
subject-staff = our staff
subject-visitors = visitors to our premises
subject-involved-providers = healthcare providers involved in our patients' treatment
subject-suppliers = suppliers
subject-job-applicants = job applicants
provider-speech-therapy-practice = a speech and language therapy practice
provider-massage-practice = a massage practice
provider-care-services = a health and care service
example-nationality = nationality
example-language = the language you speak
example-emergency-contact = contact person in case of emergency
example-age = age
example-bank-account = bank account number
example-treatment-course = the course of your treatment
example-attendance = your attendance at appointments and appointments you cancelled
example-message-content = what you write to us in a message or form
example-care-request = your request for care
example-ip-address = IP address
source-health-insurer = your health insurer
source-treating-providers = other practitioners who are treating you at present
source-eid = your electronic identity card (eID), which we read electronically
source-insurance-check = the check of your insurance cover with the health insurers
recipient-laboratory = a medical laboratory
recipient-pharmacy = your pharmacy
recipient-gp = your GP
recipient-specialist = a medical specialist
recipient-school = the school that you or your child attends
recipient-incapacity-physician = a physician who assesses your incapacity for work on behalf of your employer or an insurer
service-referrals = referrals to other care providers
service-secure-messaging = secure messaging
service-advertising = advertising
measure-locked-storage = We keep paper documents containing personal data under lock and key.
measure-no-local-storage = Personal data are kept in our secured system and are not stored on our own computers or phones.
measure-no-sensitive-data-by-message = We do not ourselves send sensitive data by text message (SMS) or ordinary email.
deletion-consent-withdrawn = when you withdraw your consent, for data we process only on the basis of your consent;
