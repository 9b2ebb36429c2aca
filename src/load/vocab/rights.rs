//! The closed vocabularies of what the reader can do and what the clinic takes part in:
//! channels, complaint routes, erasure, requests and representation, guidance, quality and
//! marketing, platforms, defined terms, refusal grounds, national exchange systems and the
//! retention criteria and hand-overs of issue 16. Labels as in [`super`].

use crate::load::text::vocab;

vocab! {
    /// Channels for requests, complaints and change notices.
    pub enum Channel: "channel" {
        Email = "email",
        Letter = "letter",
        SignedLetter = "signed_letter",
        Phone = "phone",
        InPerson = "in_person",
        Dpo = "dpo",
        PatientPortal = "patient_portal",
        Website = "website",
        Reception = "reception",
        AdmissionForm = "admission_form",
        WelcomeBrochure = "welcome_brochure",
    }
}

vocab! {
    /// Internal complaint routes and external bodies.
    pub enum ComplaintBody: "complaint-body" {
        Dpo = "dpo",
        ComplaintsOfficer = "complaints_officer",
        Ombudsservice = "ombudsservice",
        SecurityOfficer = "security_officer",
        DisputesCommittee = "disputes_committee",
        DisciplinaryBoard = "disciplinary_board",
        Court = "court",
        HealthInspectorate = "health_inspectorate",
        Practitioner = "practitioner",
        ProfessionalAssociation = "professional_association",
    }
}

vocab! {
    /// Steps of the clinic's erasure procedure.
    pub enum ErasureStep: "erasure" {
        VerifyRequest = "verify_request",
        WeighCareAndLegalPosition = "weigh_care_and_legal_position",
        PractitionerDecides = "practitioner_decides",
        PractitionerWithDpo = "practitioner_with_dpo",
        WrittenReply = "written_reply",
        NoteInRecord = "note_in_record",
        Irreversible = "irreversible",
        AdviseCopy = "advise_copy",
        FinancialKept = "financial_kept",
    }
}

vocab! {
    /// Grounds on which destruction of the record on request is refused. The law data of
    /// each jurisdiction list the grounds its patient law has (NL: art. 7:455 lid 2 BW).
    pub enum ErasureGround: "erasure-ground" {
        OtherPersonInterest = "other_person_interest",
        StatutoryDuty = "statutory_duty",
        GoodCare = "good_care",
        PublicHealth = "public_health",
    }
}

vocab! {
    /// What is kept after (part of) the record has been destroyed on request.
    pub enum ErasureKept: "erasure-kept" {
        Request = "request",
        ErasureNote = "erasure_note",
        FinancialAdministrative = "financial_administrative",
    }
}

vocab! {
    /// Whom a request can be addressed to.
    pub enum RequestAddressee: "request-to" {
        Controller = "controller",
        Practitioner = "practitioner",
        Dpo = "dpo",
    }
}

vocab! {
    /// How a copy of the record is handed over.
    pub enum CopyDelivery: "copy-delivery" {
        CollectInPerson = "collect_in_person",
        CollectByAuthorisedPerson = "collect_by_authorised_person",
        RegisteredMail = "registered_mail",
        SecureEmail = "secure_email",
        PatientPortal = "patient_portal",
    }
}

vocab! {
    /// Who may make a request on the patient's behalf. Which roles a jurisdiction's law
    /// knows is in its law data (`representation.roles`).
    pub enum OnBehalf: "on-behalf" {
        Parents = "parents",
        Guardian = "guardian",
        Curator = "curator",
        Mentor = "mentor",
        AuthorisedPerson = "authorised_person",
        DesignatedRepresentative = "designated_representative",
        Administrator = "administrator",
    }
}

vocab! {
    /// What the statement says about representation under the patient law.
    pub enum RepresentationTopic: "representation-topic" {
        Minors = "minors",
        Adults = "adults",
        Deceased = "deceased",
    }
}

vocab! {
    /// The seeds' advice on how to communicate safely.
    pub enum Guidance: "guidance" {
        NoSensitiveByEmail = "no_sensitive_by_email",
        UnsafeChannelNonSensitive = "unsafe_channel_non_sensitive",
        PhoneForSensitive = "phone_for_sensitive",
        EncryptEmail = "encrypt_email",
    }
}

vocab! {
    /// Ways the national identification number is used.
    pub enum NationalIdUse: "national-id-use" {
        PreventExchangeErrors = "prevent_exchange_errors",
        SimplerClaims = "simpler_claims",
        PreventMixups = "prevent_mixups",
        IdentityFraud = "identity_fraud",
    }
}

vocab! {
    /// Quality activities.
    pub enum QualityActivity: "quality" {
        Questionnaires = "questionnaires",
        InternalAudit = "internal_audit",
        Visitation = "visitation",
        IncidentInvestigation = "incident_investigation",
        Accountability = "accountability",
    }
}

vocab! {
    /// Marketing channels.
    pub enum MarketingChannel: "marketing" {
        Newsletter = "newsletter",
        NewProducts = "new_products",
        Surveys = "surveys",
        ServiceInformation = "service_information",
    }
}

vocab! {
    /// Kinds of platform a patient may use.
    pub enum PlatformKind: "platform" {
        PatientPortal = "patient_portal",
        BookingApp = "booking_app",
        SocialMediaPage = "social_media_page",
    }
}

vocab! {
    /// Defined terms for a definitions section or article.
    pub enum Defined: "term" {
        PersonalData = "personal_data",
        HealthData = "health_data",
        AnonymousData = "anonymous_data",
        PseudonymisedData = "pseudonymised_data",
        FilingSystem = "filing_system",
        Processing = "processing",
        Controller = "controller",
        AuthorisedPerson = "authorised_person",
        Processor = "processor",
        Recipient = "recipient",
        Patient = "patient",
        Revalidant = "revalidant",
        Consent = "consent",
    }
}

vocab! {
    /// Why a request may be refused in part or whole.
    pub enum RefusalGround: "refusal" {
        LegalDuty = "legal_duty",
        ProfessionalSecrecy = "professional_secrecy",
        RightsOfOthers = "rights_of_others",
        ManifestlyUnfounded = "manifestly_unfounded",
        /// Access would seriously harm the patient's health, where the law allows withholding
        /// it for that reason (issue 16 item 6; no article is cited, the law decides).
        TherapeuticException = "therapeutic_exception",
    }
}

// ---------------------------------------------------------------- exchange (issue 16 item 7)

vocab! {
    /// A national system for exchanging health data or recording the patient's consent to
    /// it. Which jurisdiction has which system, with its consent model and provision, is in
    /// the law data (`exchange`).
    pub enum ExchangeSystem: "exchange-system" {
        Lsp = "lsp",
        Mitz = "mitz",
        EhealthHubs = "ehealth_hubs",
        Gmd = "gmd",
        Kjernejournal = "kjernejournal",
    }
}

vocab! {
    /// How the patient gives, withdraws or refuses consent to a national exchange.
    pub enum ExchangeChannel: "exchange-channel" {
        Practice = "practice",
        ConsentForm = "consent_form",
        NationalPortal = "national_portal",
    }
}

vocab! {
    /// Who can see the data the clinic makes available through a national exchange.
    pub enum ExchangeViewer: "exchange-viewer" {
        LocumGps = "locum_gps",
        Pharmacists = "pharmacists",
        TreatingDoctors = "treating_doctors",
        TreatingProviders = "treating_providers",
    }
}

// ------------------------------------------------------------ retention beyond periods
// (issue 16 item 9; kept apart from the other concepts so branches merge cleanly)

vocab! {
    /// Criteria that decide how long data are kept where no fixed period can be given
    /// (GDPR Art. 13(2)(a) and 14(2)(a): "or, if that is not possible, the criteria used to
    /// determine that period"). A statutory minimum is never replaced by one.
    pub enum RetentionCriterion: "retention-criterion" {
        UntilTreatmentEnds = "until_treatment_ends",
        AsLongAsClient = "as_long_as_client",
        AsLongAsAccount = "as_long_as_account",
        UntilRequest = "until_request",
        UntilWithdrawal = "until_withdrawal",
        UntilUnsubscribe = "until_unsubscribe",
        UntilQuestionAnswered = "until_question_answered",
        UntilClaimSettled = "until_claim_settled",
        UntilResearchEnds = "until_research_ends",
        CareNeed = "care_need",
        Session = "session",
    }
}

vocab! {
    /// Who keeps the patient records when the practice closes or is taken over.
    pub enum Handover: "handover" {
        Successor = "successor",
        ChosenProvider = "chosen_provider",
        Colleague = "colleague",
        NationalScheme = "national_scheme",
        FormerHolder = "former_holder",
    }
}
