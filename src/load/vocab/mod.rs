//! The closed vocabularies of the profile format. Each term's YAML spelling is on the
//! right; its label in every language is the Fluent message `<prefix>-<term>` in
//! `locales/*/vocab.ftl` (the locale-parity test proves every term has one).

use super::text::vocab;

mod rights;
pub use rights::*;

vocab! {
    /// Who the document addresses.
    pub enum Audience: "audience" {
        Patients = "patients",
        Clients = "clients",
        Revalidants = "revalidants",
        WebsiteVisitors = "website_visitors",
        Representatives = "representatives",
        // Terms the real statements of the coverage corpus need (issue 16).
        Residents = "residents",
        ProspectiveResidents = "prospective_residents",
        FormerResidents = "former_residents",
        DayCareUsers = "day_care_users",
        InformalCarers = "informal_carers",
        Staff = "staff",
        Visitors = "visitors",
        InvolvedProviders = "involved_providers",
        Suppliers = "suppliers",
        JobApplicants = "job_applicants",
    }
}

vocab! {
    /// What kind of provider the controller is.
    pub enum ProviderKind: "provider" {
        Clinic = "clinic",
        PainClinic = "pain_clinic",
        AestheticClinic = "aesthetic_clinic",
        DermatologyClinic = "dermatology_clinic",
        Hospital = "hospital",
        RehabilitationHospital = "rehabilitation_hospital",
        GeneralPractice = "general_practice",
        Practice = "practice",
        NursingHome = "nursing_home",
        AssistedLiving = "assisted_living",
        DayCareCentre = "day_care_centre",
        OutOfHoursService = "out_of_hours_service",
        DentalPractice = "dental_practice",
        PhysiotherapyPractice = "physiotherapy_practice",
        MentalHealthPractice = "mental_health_practice",
        // Terms the real statements of the coverage corpus need (issue 16).
        SpeechTherapyPractice = "speech_therapy_practice",
        MassagePractice = "massage_practice",
        CareServices = "care_services",
    }
}

vocab! {
    /// Commitments the clinic states up front (GDPR Art. 5 principles and the seeds' bullets).
    pub enum Principle: "principle" {
        LawfulFairTransparent = "lawful_fair_transparent",
        PurposeLimitation = "purpose_limitation",
        DataMinimisation = "data_minimisation",
        Accuracy = "accuracy",
        ConsentBeforeSharing = "consent_before_sharing",
        ShareOnlyWhenNecessary = "share_only_when_necessary",
        Security = "security",
        ProcessorsBound = "processors_bound",
        RespectRights = "respect_rights",
        Accountability = "accountability",
        StorageLimitation = "storage_limitation",
    }
}

vocab! {
    /// Roles acting for the controller.
    pub enum Role: "role" {
        BoardChair = "board_chair",
        GeneralDirector = "general_director",
        ChiefPhysician = "chief_physician",
        DailyManagement = "daily_management",
        FinancialDirector = "financial_director",
        NursingDirector = "nursing_director",
        RegionalManager = "regional_manager",
        Physicians = "physicians",
        NursingParamedical = "nursing_paramedical",
        Kitchen = "kitchen",
        MedicalSecretariats = "medical_secretariats",
        AdmissionBilling = "admission_billing",
        ItDepartment = "it_department",
        PatientSupport = "patient_support",
        Ombudsservice = "ombudsservice",
        Pharmacy = "pharmacy",
        SecurityOfficerAndDpo = "security_officer_and_dpo",
        MedicalStaff = "medical_staff",
        SecretarialStaff = "secretarial_staff",
        SkinTherapists = "skin_therapists",
        Beauticians = "beauticians",
        FinancialAdministration = "financial_administration",
        TreatmentTeam = "treatment_team",
        SupportStaff = "support_staff",
        HealthPersonnel = "health_personnel",
        Staff = "staff",
        ServiceDesk = "service_desk",
    }
}

vocab! {
    /// Form of address before a person's name.
    pub enum Salutation: "salutation" {
        Ms = "ms",
        Mr = "mr",
    }
}

vocab! {
    /// What a mandatary (e.g. the chief physician in a Belgian hospital) is jointly responsible for.
    pub enum MandateScope: "mandate" {
        MedicalRecord = "medical_record",
        MedicalActivityRegistration = "medical_activity_registration",
        MedicalAudit = "medical_audit",
    }
}

vocab! {
    /// Tasks of the data protection officer.
    pub enum DpoTask: "dpo-task" {
        MonitorCompliance = "monitor_compliance",
        Advise = "advise",
        ReportToBoard = "report_to_board",
        ReceiveBreachReports = "receive_breach_reports",
        ConsultedOnErasure = "consulted_on_erasure",
        HandleRequests = "handle_requests",
    }
}

vocab! {
    /// Kinds of persons whose data are processed.
    pub enum Subject: "subject" {
        Patients = "patients",
        Clients = "clients",
        Revalidants = "revalidants",
        WebsiteVisitors = "website_visitors",
        TrustedPersons = "trusted_persons",
        Representatives = "representatives",
        Relatives = "relatives",
        // Terms the real statements of the coverage corpus need (issue 16).
        Residents = "residents",
        ProspectiveResidents = "prospective_residents",
        FormerResidents = "former_residents",
        DayCareUsers = "day_care_users",
        InformalCarers = "informal_carers",
        Staff = "staff",
        Visitors = "visitors",
        InvolvedProviders = "involved_providers",
        Suppliers = "suppliers",
        JobApplicants = "job_applicants",
    }
}

vocab! {
    /// Categories of personal data.
    pub enum Category: "category" {
        Identification = "identification",
        Contact = "contact",
        GenderBirthdate = "gender_birthdate",
        NationalId = "national_id",
        IdDocument = "id_document",
        Insurance = "insurance",
        TreatingPractitioners = "treating_practitioners",
        Preferences = "preferences",
        Financial = "financial",
        Administrative = "administrative",
        Satisfaction = "satisfaction",
        Social = "social",
        Judicial = "judicial",
        Health = "health",
        Account = "account",
        Consent = "consent",
        Images = "images",
        CallRecordings = "call_recordings",
        Website = "website",
        Occupation = "occupation",
    }
}

vocab! {
    /// Examples within a category (most of them health data).
    pub enum Example: "example" {
        Name = "name",
        Address = "address",
        Residence = "residence",
        Phone = "phone",
        Email = "email",
        Gender = "gender",
        BirthDate = "birth_date",
        HealthInsurer = "health_insurer",
        Gp = "gp",
        OccupationalPhysician = "occupational_physician",
        Physiotherapist = "physiotherapist",
        ImagingCentre = "imaging_centre",
        PharmacyName = "pharmacy",
        CommunicationWishes = "communication_wishes",
        Payments = "payments",
        Appointments = "appointments",
        MedicalHistory = "medical_history",
        ConsultReports = "consult_reports",
        OperationReports = "operation_reports",
        Correspondence = "correspondence",
        Medication = "medication",
        /// All medication the patient uses, not only what was prescribed here (DermaMediSpa's
        /// "medikamentbruk", issue 16 item 12).
        MedicationUse = "medication_use",
        Prescriptions = "prescriptions",
        TestResults = "test_results",
        Questionnaires = "questionnaires",
        Implants = "implants",
        Photos = "before_after_photos",
        Diagnoses = "diagnoses",
        PreviousTreatments = "previous_treatments",
        HealthCondition = "health_condition",
        MedicalData = "medical_data",
        ParamedicalData = "paramedical_data",
        NursingData = "nursing_data",
        Occupation = "occupation",
        HealthInsuranceFund = "health_insurance_fund",
        AdmissionBilling = "admission_billing",
        // Terms the real statements of the coverage corpus need (issue 16).
        Nationality = "nationality",
        Language = "language",
        EmergencyContact = "emergency_contact",
        Age = "age",
        BankAccount = "bank_account",
        TreatmentCourse = "treatment_course",
        Attendance = "attendance",
        MessageContent = "message_content",
        CareRequest = "care_request",
        IpAddress = "ip_address",
    }
}

vocab! {
    /// Where data come from (Art. 14(2)(f) for every source but the patient).
    pub enum Source: "source" {
        Patient = "patient",
        Referrer = "referrer",
        PreviousProviders = "previous_providers",
        Pharmacy = "pharmacy",
        HealthPersonnel = "health_personnel",
        Examinations = "examinations",
        Representatives = "representatives",
        NationalExchange = "national_exchange",
        PublicRegistry = "public_registry",
        // Terms the real statements of the coverage corpus need (issue 16).
        HealthInsurer = "health_insurer",
        TreatingProviders = "treating_providers",
        Eid = "eid",
        InsuranceCheck = "insurance_check",
    }
}

vocab! {
    /// When a source is used.
    pub enum SourceCondition: "source-condition" {
        WithConsent = "with_consent",
        WhenPatientUnable = "when_patient_unable",
        WhenPurposeRequires = "when_purpose_requires",
        ClearlyProvidedForProcessing = "clearly_provided_for_processing",
    }
}

vocab! {
    /// Purposes of processing. Each has a label and a standard description.
    pub enum PurposeId: "purpose" {
        Care = "care",
        Billing = "billing",
        Contact = "contact",
        NationalId = "national_id",
        Account = "account",
        Appointments = "appointments",
        Quality = "quality",
        Accountability = "accountability",
        Research = "research",
        Marketing = "marketing",
        Surveys = "surveys",
        Complaints = "complaints",
        LegalClaims = "legal_claims",
        CameraSecurity = "camera_security",
        CallRecording = "call_recording",
        FraudPrevention = "fraud_prevention",
        ImplantRegistry = "implant_registry",
        StatutoryRecords = "statutory_records",
        Administration = "administration",
        Registration = "registration",
        Medicines = "medicines",
        ScientificRegistration = "scientific_registration",
        OrganDonation = "organ_donation",
        RiskManagement = "risk_management",
        WorkPlanning = "work_planning",
        Beneficiaries = "beneficiaries",
        CareEvaluation = "care_evaluation",
        Website = "website",
        Bookkeeping = "bookkeeping",
        ClientRelationship = "client_relationship",
    }
}

vocab! {
    /// Article 6(1) GDPR.
    pub enum Art6: "art6" {
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal_obligation",
        VitalInterests = "vital_interests",
        PublicTask = "public_task",
        LegitimateInterest = "legitimate_interest",
    }
}

vocab! {
    /// Article 9(2) GDPR conditions for special categories.
    pub enum Art9: "art9" {
        ExplicitConsent = "explicit_consent",
        Employment = "employment",
        VitalInterests = "vital_interests",
        MadePublic = "made_public",
        LegalClaims = "legal_claims",
        SubstantialPublicInterest = "substantial_public_interest",
        HealthCare = "health_care",
        PublicHealth = "public_health",
        Research = "research",
    }
}

vocab! {
    /// Categories of recipients.
    pub enum RecipientKind: "recipient" {
        Partners = "partners",
        OtherCareProviders = "other_care_providers",
        ExternalConsultant = "external_consultant",
        Referrer = "referrer",
        HealthInsurer = "health_insurer",
        InsuranceInstitutions = "insurance_institutions",
        Riziv = "riziv",
        Igj = "igj",
        Nza = "nza",
        ImplantRegistry = "implant_registry",
        DisputesCommittee = "disputes_committee",
        DisciplinaryBoard = "disciplinary_board",
        Court = "court",
        ComplaintsOfficer = "complaints_officer",
        Lawyer = "lawyer",
        Police = "police",
        CompetentAuthorities = "competent_authorities",
        GovernmentBodies = "government_bodies",
        Researchers = "researchers",
        PatientsRepresentatives = "patients_representatives",
        OtherBodies = "other_bodies",
        LiabilityInsurer = "liability_insurer",
        Processors = "processors",
        FpsHealth = "fps_health",
        FlemishCommunity = "flemish_community",
        BillingServices = "billing_services",
        // Statutory notifications and further recipients (issue 16 item 8); which
        // jurisdiction's law knows a national body is in its law data (`recipients`).
        InfectiousDiseaseAuthority = "infectious_disease_authority",
        SchoolHealthService = "school_health_service",
        SocialWelfareCentre = "social_welfare_centre",
        Helfo = "helfo",
        Locum = "locum",
        InsurerMedicalAdviser = "insurer_medical_adviser",
        // Generic kinds the real statements of the coverage corpus need (issue 16); they
        // exist in every jurisdiction (not in `NATIONAL_RECIPIENTS`).
        Laboratory = "laboratory",
        Pharmacy = "pharmacy",
        Gp = "gp",
        Specialist = "specialist",
        School = "school",
        IncapacityPhysician = "incapacity_physician",
    }
}

vocab! {
    /// Under which condition data go to a recipient.
    pub enum Condition: "condition" {
        ByLaw = "by_law",
        WithConsent = "with_consent",
        ExplicitConsent = "explicit_consent",
        UnlessObjection = "unless_objection",
        WithoutObjection = "without_objection",
        NecessaryForCare = "necessary_for_care",
        OnRequest = "on_request",
        LegalClaims = "legal_claims",
        WithoutConsentForClaims = "without_consent_for_claims",
        SuspectedCrime = "suspected_crime",
        SuspectedFraud = "suspected_fraud",
        StatutoryGuarantees = "statutory_guarantees",
        WithinPatientRightsAct = "within_patient_rights_act",
        AuthorisedByDecision = "authorised_by_decision",
        Complaint = "complaint",
    }
}

vocab! {
    /// In which form data reach a recipient.
    pub enum DataForm: "form" {
        Identifiable = "identifiable",
        Pseudonymised = "pseudonymised",
        Anonymised = "anonymised",
    }
}

vocab! {
    /// What a processor does for the clinic.
    pub enum Service: "service" {
        Billing = "billing",
        MedicalRecords = "medical_records",
        Booking = "booking",
        PatientPortal = "patient_portal",
        ItServices = "it_services",
        Hosting = "hosting",
        Email = "email",
        Newsletter = "newsletter",
        Analytics = "analytics",
        Telephony = "telephony",
        // Terms the real statements of the coverage corpus need (issue 16).
        Referrals = "referrals",
        SecureMessaging = "secure_messaging",
        Advertising = "advertising",
    }
}

vocab! {
    /// Legal instruments for transfers outside the EEA (Chapter V GDPR).
    pub enum Mechanism: "mechanism" {
        Adequacy = "adequacy",
        DataPrivacyFramework = "data_privacy_framework",
        StandardContractualClauses = "standard_contractual_clauses",
        BindingCorporateRules = "binding_corporate_rules",
        Derogation = "derogation",
    }
}

vocab! {
    /// Kinds of record in the retention table.
    pub enum Record: "record" {
        MedicalRecord = "medical_record",
        NursingRecord = "nursing_record",
        PatientJournal = "patient_journal",
        Financial = "financial",
        Billing = "billing",
        Accounting = "accounting",
        OmbudsFiles = "ombuds_files",
        Marketing = "marketing",
        Research = "research",
        CameraFootage = "camera_footage",
        CallRecordings = "call_recordings",
        CustomerRelationship = "customer_relationship",
        Complaints = "complaints",
        Account = "account",
        Consent = "consent",
        WebsiteLogs = "website_logs",
        WebForms = "web_forms",
        WebsiteStatistics = "website_statistics",
    }
}

vocab! {
    /// The event from which a retention period is counted.
    pub enum StartEvent: "from" {
        LastChange = "last_change",
        LastEntry = "last_entry",
        EndOfTreatment = "end_of_treatment",
        LastContact = "last_contact",
        LastDischargeOrTreatment = "last_discharge_or_treatment",
        EndOfYearOfTreatmentEnd = "end_of_year_of_treatment_end",
        EndOfYearReceived = "end_of_year_received",
        EndOfFinancialYear = "end_of_financial_year",
        ResearchCompletion = "research_completion",
        Recording = "recording",
        EndOfRelationship = "end_of_relationship",
        ClosingOfFile = "closing_of_file",
        Withdrawal = "withdrawal",
    }
}

vocab! {
    /// When data are kept past the period.
    pub enum Extension: "extension" {
        Incident = "incident",
        GoodCare = "good_care",
        LegalClaims = "legal_claims",
        LegalDuty = "legal_duty",
        AgreedWithPatient = "agreed_with_patient",
        MedicalGrounds = "medical_grounds",
    }
}

vocab! {
    /// When data are deleted (Belgian reglementen list these).
    pub enum DeletionTrigger: "deletion" {
        RetentionExpired = "retention_expired",
        ByLaw = "by_law",
        JustifiedRequest = "justified_request",
        CourtOrder = "court_order",
        // Terms the real statements of the coverage corpus need (issue 16).
        ConsentWithdrawn = "consent_withdrawn",
    }
}

vocab! {
    /// Technical and organisational security measures (Art. 32).
    pub enum Measure: "measure" {
        UsernamePassword = "username_password",
        TwoFactor = "two_factor",
        VisualLoginToken = "visual_login_token",
        SeparateRecordSystem = "separate_record_system",
        RoleBasedAccess = "role_based_access",
        PhysicalAccess = "physical_access",
        VirtualAccessControl = "virtual_access_control",
        AccessLogging = "access_logging",
        EncryptionAtRest = "encryption_at_rest",
        EncryptionInTransit = "encryption_in_transit",
        Pseudonymisation = "pseudonymisation",
        EffectivenessTesting = "effectiveness_testing",
        AccuracyControls = "accuracy_controls",
        ContinuousMonitoring = "continuous_monitoring",
        ComplianceChecks = "compliance_checks",
        ConfidentialityUndertakings = "confidentiality_undertakings",
        EncryptedReports = "encrypted_reports",
        Investment = "investment",
        // Terms the real statements of the coverage corpus need (issue 16).
        LockedStorage = "locked_storage",
        NoLocalStorage = "no_local_storage",
        NoSensitiveDataByMessage = "no_sensitive_data_by_message",
    }
}

vocab! {
    /// Information-security standards.
    pub enum Standard: "standard" {
        Nen7510 = "nen7510",
        Iso27001 = "iso27001",
        Normen = "normen",
    }
}

vocab! {
    /// Cookie categories.
    pub enum CookieCategory: "cookie" {
        Functional = "functional",
        Analytics = "analytics",
        Statistics = "statistics",
        Tracking = "tracking",
        Marketing = "marketing",
    }
}

vocab! {
    /// How consent to cookies is obtained.
    pub enum CookieConsent: "cookie-consent" {
        Banner = "banner",
        NotNeeded = "not_needed",
    }
}
