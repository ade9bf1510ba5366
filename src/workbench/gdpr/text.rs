//! The A7 GDPR audit sheet's strings (issue 6): the headings of the register, the checklist,
//! the findings and the opinion in the interface and in the documents, and the human label
//! of every coded value of `model::sheet` (whose codes stay in the model). `fr` and `en` are
//! matched exhaustively, so neither language can miss a string.

use crate::i18n::{plural, Lang, Text};
use crate::workbench::gdpr::model::{
    self as model, Art9Exception, CheckStatus, DpiaCriterion, FindingKind, LegalBasis, Level,
    Minimisation, Owner, Priority, RiskKind, Rule, Safeguard, Severity, SpecialCategory,
};

/// Keys of the sheet's fixed strings, and the labels of the model's coded values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetText {
    YesLower,
    NoLower,
    Eea,
    Adequacy,
    PartialAdequacy,
    NoAdequacy,
    Purpose,
    LegalBasis,
    DataSubjects,
    DataCategories,
    SpecialCategoriesArt9,
    Art9Exception,
    Recipients,
    Processors,
    Art28Contract,
    TransfersOutsideEu,
    TransferSafeguard,
    Retention,
    SecurityMeasures,
    DataSubjectsInformed,
    DpiaCriteria,
    DpiaDone,
    Organisation,
    RegisterHeading,
    FieldColumn,
    ValueColumn,
    RisksCnilMethod,
    Processing,
    Risk,
    Severity,
    Likelihood,
    SecurityChecklist,
    FindingsHeading,
    ConcernsColon,
    RuleColon,
    ArticleColon,
    SeverityColon,
    Recommendation,
    For,
    Priority,
    Deadline,
    ActionPlan,
    Finding,
    ProposalsHeading,
    DismissedColon,
    UndecidedColon,
    Opinion,
    DismissedProposals,
    NotFilledIn,
    Yes,
    No,
    AnotherRule,
    NewBlankProcessing,
    WholeOrganisation,
    SeparateWithSemicolon,
    CountryCodesHint,
    DeadlineDateOrHorizon,
    Comment,
    ClosingOpinion,
    DismissReason,
    IdField,
    ProcessingName,
    Purposes,
    TransfersOutsideEuCountries,
    RetentionPeriod,
    RiskIllegitimateAccess,
    RiskModification,
    RiskDisappearance,
    LegalBasisArt6,
    SubjectsInformedShort,
    SeverityLower,
    LikelihoodLower,
    Title,
    ArticleOrRule,
    Argument,
    LabelSeparator,
    Concerns,
    Kind,
    Rule,
    ForOwner,
    PriorityLower,
    DeadlineLower,
    AddRecommendationHint,
    CaseFacts,
    ProcessingsColon,
    CaseMinimumColon,
    EmptyRegister,
    IdColumn,
    BasisColumn,
    TransfersColumn,
    InfoColumn,
    DpiaColumn,
    RisksColumn,
    AutomaticAnalysis,
    NoRuleFires,
    ToAcceptOrDismiss,
    AcceptedLower,
    DismissedLower,
    ChecklistHint,
    PartlyLower,
    NotApplicableShort,
    ToDecide,
    ProposalHint,
    NoFindingsYet,
    RecommendationShort,
    ProposalDetailHint,
    DismissedDetailHint,
    NonConformityShort,
    VulnerabilityShort,
    OpinionHint,
    NoOpinionYet,
    MultiPickerHint,
    PickerHint,
    DismissOnlyProposals,
    ProposalRestored,
    JointControllers,
    CriminalDataArt10,
    Art10Ground,
    MinimisationArt5,
    Controller,
    Representative,
    Dpo,
    LegalBasesArt6,
    MinimisationLabel(Minimisation),
    LegalBasisLabel(LegalBasis),
    SpecialCategoryLabel(SpecialCategory),
    Art9ExceptionLabel(Art9Exception),
    SafeguardLabel(Safeguard),
    DpiaCriterionLabel(DpiaCriterion),
    LevelLabel(Level),
    RiskKindLabel(RiskKind),
    FindingKindLabel(FindingKind),
    RuleLabel(Rule),
    SeverityLabel(Severity),
    OwnerLabel(Owner),
    PriorityLabel(Priority),
    CheckStatusLabel(CheckStatus),
}

impl SheetText {
    pub fn get(self, lang: Lang) -> &'static str {
        Text::Sheet(self).get(lang)
    }
}

/// The label of a coded value of the sheet, in the interface's language.
pub fn sheet_label(lang: Lang, value: impl Into<SheetText>) -> &'static str {
    value.into().get(lang)
}

/// `value.label(lang)` for the coded values of the sheet (bring the trait into scope).
pub trait SheetLabel: Into<SheetText> + Copy {
    fn label(self, lang: Lang) -> &'static str {
        sheet_label(lang, self)
    }
}

impl From<LegalBasis> for SheetText {
    fn from(value: LegalBasis) -> SheetText {
        SheetText::LegalBasisLabel(value)
    }
}

impl SheetLabel for LegalBasis {}

impl From<SpecialCategory> for SheetText {
    fn from(value: SpecialCategory) -> SheetText {
        SheetText::SpecialCategoryLabel(value)
    }
}

impl SheetLabel for SpecialCategory {}

impl From<Minimisation> for SheetText {
    fn from(value: Minimisation) -> SheetText {
        SheetText::MinimisationLabel(value)
    }
}

impl SheetLabel for Minimisation {}

impl From<Art9Exception> for SheetText {
    fn from(value: Art9Exception) -> SheetText {
        SheetText::Art9ExceptionLabel(value)
    }
}

impl SheetLabel for Art9Exception {}

impl From<Safeguard> for SheetText {
    fn from(value: Safeguard) -> SheetText {
        SheetText::SafeguardLabel(value)
    }
}

impl SheetLabel for Safeguard {}

impl From<DpiaCriterion> for SheetText {
    fn from(value: DpiaCriterion) -> SheetText {
        SheetText::DpiaCriterionLabel(value)
    }
}

impl SheetLabel for DpiaCriterion {}

impl From<Level> for SheetText {
    fn from(value: Level) -> SheetText {
        SheetText::LevelLabel(value)
    }
}

impl SheetLabel for Level {}

impl From<RiskKind> for SheetText {
    fn from(value: RiskKind) -> SheetText {
        SheetText::RiskKindLabel(value)
    }
}

impl SheetLabel for RiskKind {}

impl From<FindingKind> for SheetText {
    fn from(value: FindingKind) -> SheetText {
        SheetText::FindingKindLabel(value)
    }
}

impl SheetLabel for FindingKind {}

impl From<Rule> for SheetText {
    fn from(value: Rule) -> SheetText {
        SheetText::RuleLabel(value)
    }
}

impl SheetLabel for Rule {}

impl From<Severity> for SheetText {
    fn from(value: Severity) -> SheetText {
        SheetText::SeverityLabel(value)
    }
}

impl SheetLabel for Severity {}

impl From<Owner> for SheetText {
    fn from(value: Owner) -> SheetText {
        SheetText::OwnerLabel(value)
    }
}

impl SheetLabel for Owner {}

impl From<Priority> for SheetText {
    fn from(value: Priority) -> SheetText {
        SheetText::PriorityLabel(value)
    }
}

impl SheetLabel for Priority {}

impl From<CheckStatus> for SheetText {
    fn from(value: CheckStatus) -> SheetText {
        SheetText::CheckStatusLabel(value)
    }
}

impl SheetLabel for CheckStatus {}

/// Said by `atelier import` once the register is replaced by the CSV's processings.
pub fn register_imported(lang: Lang, count: usize, exercise: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "{} dans {exercise}",
            plural::count(lang, count, "traitement importé", "traitements importés")
        ),
        Lang::En => format!(
            "{} into {exercise}",
            plural::count(lang, count, "processing imported", "processings imported")
        ),
    }
}

/// Said when the transfers name country codes that ISO 3166 does not know.
pub fn unknown_country_codes(lang: Lang, list: &str) -> String {
    match lang {
        Lang::Fr => {
            format!("Pays inconnus, ignorés : {list} (un code ISO 3166 ou un nom de pays : US, TN, Japon)")
        }
        Lang::En => {
            format!("Unknown countries, ignored: {list} (an ISO 3166 code or a country name: US, TN, Japan)")
        }
    }
}

pub(crate) fn fr(text: SheetText) -> &'static str {
    use SheetText::*;
    match text {
        YesLower => "oui",
        NoLower => "non",
        Eea => "EEE",
        Adequacy => "adéquation",
        PartialAdequacy => "adéquation partielle",
        NoAdequacy => "sans adéquation",
        Purpose => "Finalité",
        LegalBasis => "Base légale",
        DataSubjects => "Personnes concernées",
        DataCategories => "Catégories de données",
        SpecialCategoriesArt9 => "Données sensibles (art. 9)",
        Art9Exception => "Exception art. 9.2",
        Recipients => "Destinataires",
        Processors => "Sous-traitants",
        Art28Contract => "Contrat art. 28",
        TransfersOutsideEu => "Transferts hors EEE",
        TransferSafeguard => "Garantie du transfert",
        Retention => "Durée de conservation",
        SecurityMeasures => "Mesures de sécurité",
        DataSubjectsInformed => "Personnes informées (art. 13/14)",
        DpiaCriteria => "Critères AIPD (CEPD)",
        DpiaDone => "AIPD réalisée",
        Organisation => "Organisation",
        RegisterHeading => "Registre des traitements (art. 30)",
        FieldColumn => "Élément",
        ValueColumn => "Valeur",
        RisksCnilMethod => "Risques (méthode CNIL)",
        Processing => "Traitement",
        Risk => "Risque",
        Severity => "Gravité",
        Likelihood => "Vraisemblance",
        SecurityChecklist => "Sécurité : liste de contrôle",
        FindingsHeading => "Constats et préconisations",
        ConcernsColon => "Concerne :",
        RuleColon => "Règle :",
        ArticleColon => "Article :",
        SeverityColon => "Gravité :",
        Recommendation => "Préconisation",
        For => "Pour",
        Priority => "Priorité",
        Deadline => "Échéance",
        ActionPlan => "Plan d'action",
        Finding => "Constat",
        ProposalsHeading => "Propositions de l'analyse automatique",
        DismissedColon => "Écartée :",
        UndecidedColon => "Non traitée :",
        Opinion => "Avis",
        DismissedProposals => "Propositions écartées",
        NotFilledIn => "— (non renseigné)",
        Yes => "Oui",
        No => "Non",
        AnotherRule => "— (autre règle)",
        NewBlankProcessing => "Nouveau traitement (vierge)",
        WholeOrganisation => "L'organisation dans son ensemble",
        SeparateWithSemicolon => " (séparez par ;)",
        CountryCodesHint => " : codes pays ISO (US; TN), séparés par ;",
        DeadlineDateOrHorizon => "Échéance (date ou horizon)",
        Comment => "Commentaire",
        ClosingOpinion => "Avis de synthèse",
        DismissReason => "Motif pour écarter la proposition",
        IdField => "Identifiant",
        ProcessingName => "Nom du traitement",
        Purposes => "Finalité(s)",
        TransfersOutsideEuCountries => "Transferts hors EEE (pays)",
        RetentionPeriod => "Durée de conservation",
        RiskIllegitimateAccess => "Accès illégitime",
        RiskModification => "Modification",
        RiskDisappearance => "Disparition",
        LegalBasisArt6 => "Base légale (art. 6)",
        SubjectsInformedShort => "Personnes informées (13/14)",
        SeverityLower => "gravité",
        LikelihoodLower => "vraisemblance",
        Title => "Intitulé",
        ArticleOrRule => "Article ou règle en cause",
        Argument => "Argumentation",
        LabelSeparator => " : ",
        Concerns => "Concerne",
        Kind => "Nature",
        Rule => "Règle",
        ForOwner => "pour (DSI, RSSI, DPO)",
        PriorityLower => "priorité",
        DeadlineLower => "échéance",
        AddRecommendationHint => "a : + préconisation",
        CaseFacts => "Faits du cas",
        ProcessingsColon => "Traitements :",
        CaseMinimumColon => "minimum du cas :",
        EmptyRegister => "Registre vide : a pour ajouter un traitement du cas.",
        IdColumn => "Id",
        BasisColumn => "Base",
        TransfersColumn => "Transferts",
        InfoColumn => "Info",
        DpiaColumn => "AIPD",
        RisksColumn => "Risques",
        AutomaticAnalysis => "Analyse automatique ·",
        NoRuleFires => "Aucune règle ne se déclenche.",
        ToAcceptOrDismiss => "à retenir ou écarter (onglet Constats)",
        AcceptedLower => "retenue",
        DismissedLower => "écartée",
        ChecklistHint => "Espace change la réponse · Entrée la choisit · c commente",
        PartlyLower => "partiel",
        NotApplicableShort => "s.o.",
        ToDecide => "à décider",
        ProposalHint => "Entrée retient · x écarte",
        NoFindingsYet => {
            "Aucun constat : remplissez le registre, l'analyse proposera les non-conformités."
        }
        RecommendationShort => "préco.",
        ProposalDetailHint => "Entrée : retenir et argumenter · x : écarter avec un motif",
        DismissedDetailHint => "Entrée : modifier le motif · d : rétablir la proposition",
        NonConformityShort => "NC",
        VulnerabilityShort => "Vuln.",
        OpinionHint => "Entrée pour écrire l'avis qui clôt la fiche",
        NoOpinionYet => "(pas encore d'avis)",
        MultiPickerHint => " Espace coche · Entrée termine · Échap annule ",
        PickerHint => " Choisir · Entrée · Échap ",
        DismissOnlyProposals => "Seule une proposition de l'analyse (marquée ?) peut être écartée.",
        ProposalRestored => "Proposition rétablie (u pour annuler).",
        JointControllers => "Responsables conjoints (art. 26)",
        CriminalDataArt10 => "Infractions et condamnations (art. 10)",
        Art10Ground => "Fondement de l'art. 10",
        MinimisationArt5 => "Collectes disproportionnées (art. 5.1.c)",
        Controller => "Responsable du traitement et coordonnées (art. 30.1.a)",
        Representative => "Représentant dans l'Union (art. 27)",
        Dpo => "Délégué à la protection des données (DPO)",
        LegalBasesArt6 => "Base(s) légale(s) (art. 6)",
        MinimisationLabel(value) => match value {
            model::Minimisation::CamerasOnWorkstations => "Caméras filmant des postes de travail",
            model::Minimisation::CamerasInBreakRooms => "Caméras dans des salles de pause",
            model::Minimisation::ContinuousGeolocation => "Géolocalisation permanente des salariés",
            model::Minimisation::VideoKeptOverAMonth => "Images conservées plus d'un mois",
        },
        LegalBasisLabel(value) => match value {
            model::LegalBasis::Consent => "Consentement (6.1.a)",
            model::LegalBasis::Contract => "Contrat (6.1.b)",
            model::LegalBasis::LegalObligation => "Obligation légale (6.1.c)",
            model::LegalBasis::VitalInterests => "Intérêts vitaux (6.1.d)",
            model::LegalBasis::PublicTask => "Mission d'intérêt public (6.1.e)",
            model::LegalBasis::LegitimateInterests => "Intérêt légitime (6.1.f)",
        },
        SpecialCategoryLabel(value) => match value {
            model::SpecialCategory::Health => "Santé",
            model::SpecialCategory::Biometric => "Biométrie",
            model::SpecialCategory::Genetic => "Génétique",
            model::SpecialCategory::RacialEthnic => "Origine raciale ou ethnique",
            model::SpecialCategory::Political => "Opinions politiques",
            model::SpecialCategory::Religious => "Convictions religieuses ou philosophiques",
            model::SpecialCategory::TradeUnion => "Appartenance syndicale",
            model::SpecialCategory::SexLife => "Vie ou orientation sexuelle",
        },
        Art9ExceptionLabel(value) => match value {
            model::Art9Exception::ExplicitConsent => "9.2.a Consentement explicite",
            model::Art9Exception::Employment => "9.2.b Droit du travail et protection sociale",
            model::Art9Exception::VitalInterests => "9.2.c Intérêts vitaux",
            model::Art9Exception::NotForProfit => "9.2.d Organisme à but non lucratif",
            model::Art9Exception::MadePublic => "9.2.e Données rendues publiques par la personne",
            model::Art9Exception::LegalClaims => "9.2.f Droits en justice",
            model::Art9Exception::PublicInterest => "9.2.g Intérêt public important",
            model::Art9Exception::HealthCare => "9.2.h Médecine du travail, soins",
            model::Art9Exception::PublicHealth => "9.2.i Santé publique",
            model::Art9Exception::Research => "9.2.j Archives, recherche, statistiques",
        },
        SafeguardLabel(value) => match value {
            model::Safeguard::Adequacy => "Décision d'adéquation (art. 45)",
            model::Safeguard::Scc => "Clauses contractuelles types (art. 46)",
            model::Safeguard::Bcr => "Règles d'entreprise contraignantes (art. 47)",
            model::Safeguard::Derogation => "Dérogation (art. 49)",
            model::Safeguard::None => "Aucune garantie",
        },
        DpiaCriterionLabel(value) => match value {
            model::DpiaCriterion::EvaluationScoring => "Évaluation ou notation (profilage)",
            model::DpiaCriterion::AutomatedDecision => "Décision automatisée à effet juridique",
            model::DpiaCriterion::SystematicMonitoring => "Surveillance systématique",
            model::DpiaCriterion::SensitiveData => "Données sensibles ou très personnelles",
            model::DpiaCriterion::LargeScale => "Traitement à grande échelle",
            model::DpiaCriterion::MatchingDatasets => "Croisement de jeux de données",
            model::DpiaCriterion::VulnerableSubjects => {
                "Personnes vulnérables (salariés, mineurs…)"
            }
            model::DpiaCriterion::InnovativeTechnology => "Usage innovant ou nouvelle technologie",
            model::DpiaCriterion::PreventsRight => {
                "Empêche d'exercer un droit ou de bénéficier d'un service"
            }
        },
        LevelLabel(value) => match value {
            model::Level::Negligible => "1 Négligeable",
            model::Level::Limited => "2 Limitée",
            model::Level::Significant => "3 Importante",
            model::Level::Maximum => "4 Maximale",
        },
        RiskKindLabel(value) => match value {
            model::RiskKind::IllegitimateAccess => "Accès illégitime",
            model::RiskKind::UnwantedModification => "Modification non désirée",
            model::RiskKind::Disappearance => "Disparition",
        },
        FindingKindLabel(value) => match value {
            model::FindingKind::NonConformity => "Non-conformité",
            model::FindingKind::Vulnerability => "Vulnérabilité",
        },
        RuleLabel(value) => match value {
            model::Rule::LegalBasisMissing => "Base légale absente (art. 6)",
            model::Rule::PurposeMissing => "Finalité absente (art. 5.1.b)",
            model::Rule::DataNotMinimised => "Données non minimisées (art. 5.1.c)",
            model::Rule::CriminalDataWithoutGround => {
                "Données d'infraction sans fondement de l'art. 10"
            }
            model::Rule::DerogationForRegularTransfer => {
                "Dérogation de l'art. 49 pour un transfert régulier"
            }
            model::Rule::SpecialCategoryWithoutException => {
                "Donnée sensible sans exception de l'art. 9.2"
            }
            model::Rule::RetentionUndefined => "Durée de conservation non définie (art. 5.1.e)",
            model::Rule::TransferWithoutSafeguard => {
                "Transfert hors EEE sans garantie (chapitre V)"
            }
            model::Rule::ProcessorWithoutContract => "Sous-traitant sans contrat art. 28",
            model::Rule::DpiaRequired => "AIPD requise non réalisée (art. 35)",
            model::Rule::InformationMissing => "Information des personnes absente (art. 13/14)",
            model::Rule::SecurityMeasuresMissing => "Mesures de sécurité absentes (art. 32)",
        },
        SeverityLabel(value) => match value {
            model::Severity::Low => "Faible",
            model::Severity::Medium => "Moyenne",
            model::Severity::High => "Élevée",
            model::Severity::Critical => "Critique",
        },
        OwnerLabel(value) => match value {
            model::Owner::Dsi => "DSI",
            model::Owner::Rssi => "RSSI",
            model::Owner::Dpo => "DPO",
        },
        PriorityLabel(value) => match value {
            model::Priority::Urgent => "Urgent",
            model::Priority::ThreeMonths => "Sous trois mois",
            model::Priority::OneYear => "Sous un an",
        },
        CheckStatusLabel(value) => match value {
            model::CheckStatus::Yes => "Oui",
            model::CheckStatus::Partial => "Partiel",
            model::CheckStatus::No => "Non",
            model::CheckStatus::NotApplicable => "Sans objet",
        },
    }
}

pub(crate) fn en(text: SheetText) -> &'static str {
    use SheetText::*;
    match text {
        YesLower => "yes",
        NoLower => "no",
        Eea => "EEA",
        Adequacy => "adequacy",
        PartialAdequacy => "partial adequacy",
        NoAdequacy => "no adequacy",
        Purpose => "Purpose",
        LegalBasis => "Legal basis",
        DataSubjects => "Data subjects",
        DataCategories => "Data categories",
        SpecialCategoriesArt9 => "Special categories (art. 9)",
        Art9Exception => "Art. 9(2) exception",
        Recipients => "Recipients",
        Processors => "Processors",
        Art28Contract => "Art. 28 contract",
        TransfersOutsideEu => "Transfers outside the EEA",
        TransferSafeguard => "Transfer safeguard",
        Retention => "Retention",
        SecurityMeasures => "Security measures",
        DataSubjectsInformed => "Data subjects informed (art. 13/14)",
        DpiaCriteria => "DPIA criteria (EDPB)",
        DpiaDone => "DPIA done",
        Organisation => "Organisation",
        RegisterHeading => "Register of processing activities (art. 30)",
        FieldColumn => "Field",
        ValueColumn => "Value",
        RisksCnilMethod => "Risks (CNIL method)",
        Processing => "Processing",
        Risk => "Risk",
        Severity => "Severity",
        Likelihood => "Likelihood",
        SecurityChecklist => "Security checklist",
        FindingsHeading => "Findings and recommendations",
        ConcernsColon => "Concerns:",
        RuleColon => "Rule:",
        ArticleColon => "Article:",
        SeverityColon => "Severity:",
        Recommendation => "Recommendation",
        For => "For",
        Priority => "Priority",
        Deadline => "Deadline",
        ActionPlan => "Action plan",
        Finding => "Finding",
        ProposalsHeading => "Proposals of the automatic analysis",
        DismissedColon => "Dismissed:",
        UndecidedColon => "Undecided:",
        Opinion => "Opinion",
        DismissedProposals => "Dismissed proposals",
        NotFilledIn => "— (not filled in)",
        Yes => "Yes",
        No => "No",
        AnotherRule => "— (another rule)",
        NewBlankProcessing => "New processing (blank)",
        WholeOrganisation => "The organisation as a whole",
        SeparateWithSemicolon => " (separate with ;)",
        CountryCodesHint => ": ISO country codes (US; TN), separated by ;",
        DeadlineDateOrHorizon => "Deadline (date or horizon)",
        Comment => "Comment",
        ClosingOpinion => "Closing opinion",
        DismissReason => "Reason to dismiss the proposal",
        IdField => "Id",
        ProcessingName => "Processing name",
        Purposes => "Purpose(s)",
        TransfersOutsideEuCountries => "Transfers outside the EEA",
        RetentionPeriod => "Retention period",
        RiskIllegitimateAccess => "Illegitimate access",
        RiskModification => "Modification",
        RiskDisappearance => "Disappearance",
        LegalBasisArt6 => "Legal basis (art. 6)",
        SubjectsInformedShort => "Subjects informed (13/14)",
        SeverityLower => "severity",
        LikelihoodLower => "likelihood",
        Title => "Title",
        ArticleOrRule => "Article or rule at stake",
        Argument => "Argument",
        LabelSeparator => ": ",
        Concerns => "Concerns",
        Kind => "Kind",
        Rule => "Rule",
        ForOwner => "for (CIO, CISO, DPO)",
        PriorityLower => "priority",
        DeadlineLower => "deadline",
        AddRecommendationHint => "a: + recommendation",
        CaseFacts => "Case facts",
        ProcessingsColon => "Processings:",
        CaseMinimumColon => "case minimum:",
        EmptyRegister => "Empty register: a to add one of the case's processings.",
        IdColumn => "Id",
        BasisColumn => "Basis",
        TransfersColumn => "Transfers",
        InfoColumn => "Info",
        DpiaColumn => "DPIA",
        RisksColumn => "Risks",
        AutomaticAnalysis => "Automatic analysis ·",
        NoRuleFires => "No rule fires.",
        ToAcceptOrDismiss => "to accept or dismiss (Findings tab)",
        AcceptedLower => "accepted",
        DismissedLower => "dismissed",
        ChecklistHint => "Space changes the answer · Enter picks it · c comments",
        PartlyLower => "partly",
        NotApplicableShort => "n/a",
        ToDecide => "to decide",
        ProposalHint => "Enter accepts · x dismisses",
        NoFindingsYet => {
            "No finding yet: fill in the register, the analysis will propose non-conformities."
        }
        RecommendationShort => "rec.",
        ProposalDetailHint => "Enter: accept and argue · x: dismiss with a reason",
        DismissedDetailHint => "Enter: edit the reason · d: restore the proposal",
        NonConformityShort => "NC",
        VulnerabilityShort => "Vuln.",
        OpinionHint => "Enter to write the opinion that closes the sheet",
        NoOpinionYet => "(no opinion yet)",
        MultiPickerHint => " Space ticks · Enter finishes · Esc cancels ",
        PickerHint => " Choose · Enter · Esc ",
        DismissOnlyProposals => "Only a proposal of the analysis (marked ?) can be dismissed.",
        ProposalRestored => "Proposal restored (u to undo).",
        JointControllers => "Joint controllers (art. 26)",
        CriminalDataArt10 => "Criminal convictions and offences (art. 10)",
        Art10Ground => "Art. 10 ground",
        MinimisationArt5 => "Disproportionate collection (art. 5(1)(c))",
        Controller => "Controller and contact details (art. 30(1)(a))",
        Representative => "Representative in the Union (art. 27)",
        Dpo => "Data protection officer (DPO)",
        LegalBasesArt6 => "Legal basis or bases (art. 6)",
        MinimisationLabel(value) => match value {
            model::Minimisation::CamerasOnWorkstations => "Cameras filming workstations",
            model::Minimisation::CamerasInBreakRooms => "Cameras in break rooms",
            model::Minimisation::ContinuousGeolocation => "Continuous geolocation of employees",
            model::Minimisation::VideoKeptOverAMonth => "Footage kept over a month",
        },
        LegalBasisLabel(value) => match value {
            model::LegalBasis::Consent => "Consent (6.1.a)",
            model::LegalBasis::Contract => "Contract (6.1.b)",
            model::LegalBasis::LegalObligation => "Legal obligation (6.1.c)",
            model::LegalBasis::VitalInterests => "Vital interests (6.1.d)",
            model::LegalBasis::PublicTask => "Public task (6.1.e)",
            model::LegalBasis::LegitimateInterests => "Legitimate interests (6.1.f)",
        },
        SpecialCategoryLabel(value) => match value {
            model::SpecialCategory::Health => "Health",
            model::SpecialCategory::Biometric => "Biometric",
            model::SpecialCategory::Genetic => "Genetic",
            model::SpecialCategory::RacialEthnic => "Racial or ethnic origin",
            model::SpecialCategory::Political => "Political opinions",
            model::SpecialCategory::Religious => "Religious or philosophical beliefs",
            model::SpecialCategory::TradeUnion => "Trade union membership",
            model::SpecialCategory::SexLife => "Sex life or sexual orientation",
        },
        Art9ExceptionLabel(value) => match value {
            model::Art9Exception::ExplicitConsent => "9.2.a Explicit consent",
            model::Art9Exception::Employment => "9.2.b Employment and social security law",
            model::Art9Exception::VitalInterests => "9.2.c Vital interests",
            model::Art9Exception::NotForProfit => "9.2.d Not-for-profit body",
            model::Art9Exception::MadePublic => "9.2.e Made public by the data subject",
            model::Art9Exception::LegalClaims => "9.2.f Legal claims",
            model::Art9Exception::PublicInterest => "9.2.g Substantial public interest",
            model::Art9Exception::HealthCare => "9.2.h Occupational medicine, health care",
            model::Art9Exception::PublicHealth => "9.2.i Public health",
            model::Art9Exception::Research => "9.2.j Archiving, research, statistics",
        },
        SafeguardLabel(value) => match value {
            model::Safeguard::Adequacy => "Adequacy decision (art. 45)",
            model::Safeguard::Scc => "Standard contractual clauses (art. 46)",
            model::Safeguard::Bcr => "Binding corporate rules (art. 47)",
            model::Safeguard::Derogation => "Derogation (art. 49)",
            model::Safeguard::None => "No safeguard",
        },
        DpiaCriterionLabel(value) => match value {
            model::DpiaCriterion::EvaluationScoring => "Evaluation or scoring (profiling)",
            model::DpiaCriterion::AutomatedDecision => "Automated decision with legal effect",
            model::DpiaCriterion::SystematicMonitoring => "Systematic monitoring",
            model::DpiaCriterion::SensitiveData => "Sensitive or highly personal data",
            model::DpiaCriterion::LargeScale => "Large-scale processing",
            model::DpiaCriterion::MatchingDatasets => "Matching or combining datasets",
            model::DpiaCriterion::VulnerableSubjects => {
                "Vulnerable data subjects (employees, children…)"
            }
            model::DpiaCriterion::InnovativeTechnology => "Innovative use or new technology",
            model::DpiaCriterion::PreventsRight => "Prevents exercising a right or using a service",
        },
        LevelLabel(value) => match value {
            model::Level::Negligible => "1 Negligible",
            model::Level::Limited => "2 Limited",
            model::Level::Significant => "3 Significant",
            model::Level::Maximum => "4 Maximum",
        },
        RiskKindLabel(value) => match value {
            model::RiskKind::IllegitimateAccess => "Illegitimate access",
            model::RiskKind::UnwantedModification => "Unwanted modification",
            model::RiskKind::Disappearance => "Disappearance",
        },
        FindingKindLabel(value) => match value {
            model::FindingKind::NonConformity => "Non-conformity",
            model::FindingKind::Vulnerability => "Vulnerability",
        },
        RuleLabel(value) => match value {
            model::Rule::LegalBasisMissing => "No legal basis (art. 6)",
            model::Rule::PurposeMissing => "No purpose (art. 5.1.b)",
            model::Rule::DataNotMinimised => "Data not minimised (art. 5(1)(c))",
            model::Rule::CriminalDataWithoutGround => {
                "Criminal-offence data without an art. 10 ground"
            }
            model::Rule::DerogationForRegularTransfer => {
                "Art. 49 derogation for a regular transfer"
            }
            model::Rule::SpecialCategoryWithoutException => {
                "Special category without an art. 9(2) exception"
            }
            model::Rule::RetentionUndefined => "Retention period undefined (art. 5.1.e)",
            model::Rule::TransferWithoutSafeguard => {
                "Transfer outside the EEA without safeguard (chapter V)"
            }
            model::Rule::ProcessorWithoutContract => "Processor without an art. 28 contract",
            model::Rule::DpiaRequired => "DPIA required and not done (art. 35)",
            model::Rule::InformationMissing => "Data subjects not informed (art. 13/14)",
            model::Rule::SecurityMeasuresMissing => "No security measures (art. 32)",
        },
        SeverityLabel(value) => match value {
            model::Severity::Low => "Low",
            model::Severity::Medium => "Medium",
            model::Severity::High => "High",
            model::Severity::Critical => "Critical",
        },
        OwnerLabel(value) => match value {
            model::Owner::Dsi => "CIO (DSI)",
            model::Owner::Rssi => "CISO (RSSI)",
            model::Owner::Dpo => "DPO",
        },
        PriorityLabel(value) => match value {
            model::Priority::Urgent => "Urgent",
            model::Priority::ThreeMonths => "Within three months",
            model::Priority::OneYear => "Within a year",
        },
        CheckStatusLabel(value) => match value {
            model::CheckStatus::Yes => "Yes",
            model::CheckStatus::Partial => "Partly",
            model::CheckStatus::No => "No",
            model::CheckStatus::NotApplicable => "Not applicable",
        },
    }
}

/// The A7 GDPR sheet's fixed strings (keys of `Text::Gdpr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GdprText {
    SheetRegister,
    SheetChecklist,
    SheetFindings,
    SheetOpinion,
    SheetField,
    KeySheetOpen,
    KeySheetAdd,
    KeySheetOrganisation,
    KeySheetAccept,
    KeySheetAddFinding,
    KeySheetDismiss,
    KeySheetCycle,
    KeySheetChoose,
    KeySheetComment,
    KeySheetClearAnswer,
    KeySheetDelete,
    KeySheetEditField,
    KeyNextRecord,
    KeyPrevRecord,
    KeySheetAddRecommendation,
    KeySheetClearField,
    KeyCloseForm,
    KeyScrollFacts,
}

impl GdprText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use GdprText::*;
        match self {
            SheetRegister => "Registre",
            SheetChecklist => "Sécurité",
            SheetFindings => "Constats",
            SheetOpinion => "Avis",
            SheetField => "Champ",
            KeySheetOpen => "ouvrir la fiche",
            KeySheetAdd => "ajouter un traitement",
            KeySheetOrganisation => "responsable, représentant, DPO",
            KeySheetAccept => "retenir · ouvrir",
            KeySheetAddFinding => "ajouter un constat",
            KeySheetDismiss => "écarter (motif)",
            KeySheetCycle => "changer la réponse",
            KeySheetChoose => "choisir la réponse",
            KeySheetComment => "commenter",
            KeySheetClearAnswer => "effacer la réponse",
            KeySheetDelete => "supprimer · rétablir une proposition écartée",
            KeySheetEditField => "modifier le champ",
            KeyNextRecord => "fiche suivante",
            KeyPrevRecord => "fiche précédente",
            KeySheetAddRecommendation => "ajouter une préconisation",
            KeySheetClearField => "vider le champ · supprimer la préconisation",
            KeyCloseForm => "fermer la fiche",
            KeyScrollFacts => "faire défiler les faits du cas (ou la consigne)",
        }
    }

    fn en(self) -> &'static str {
        use GdprText::*;
        match self {
            SheetRegister => "Register",
            SheetChecklist => "Security",
            SheetFindings => "Findings",
            SheetOpinion => "Opinion",
            SheetField => "Field",
            KeySheetOpen => "open the form",
            KeySheetAdd => "add a processing",
            KeySheetOrganisation => "controller, representative, DPO",
            KeySheetAccept => "accept · open",
            KeySheetAddFinding => "add a finding",
            KeySheetDismiss => "dismiss (reason)",
            KeySheetCycle => "change the answer",
            KeySheetChoose => "choose the answer",
            KeySheetComment => "comment",
            KeySheetClearAnswer => "clear the answer",
            KeySheetDelete => "delete · restore a dismissed proposal",
            KeySheetEditField => "edit the field",
            KeyNextRecord => "next record",
            KeyPrevRecord => "previous record",
            KeySheetAddRecommendation => "add a recommendation",
            KeySheetClearField => "clear the field · delete the recommendation",
            KeyCloseForm => "close the form",
            KeyScrollFacts => "scroll the case's facts (or the brief)",
        }
    }
}

impl From<GdprText> for crate::i18n::Text {
    fn from(text: GdprText) -> Self {
        crate::i18n::Text::Gdpr(text)
    }
}

/// Why a register CSV was refused, in the user's language (line, column, allowed values).
pub fn register_import_error(
    lang: Lang,
    error: &crate::workbench::gdpr::formats::ImportError,
) -> String {
    use crate::workbench::gdpr::formats::csv_register::CSV_HEADER;
    use crate::workbench::gdpr::formats::ImportError::*;
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, Csv { line, message }) => {
            format!("ligne {line} : le fichier ne peut pas être lu comme un CSV ({message})")
        }
        (Lang::Fr, Header { separator }) => format!(
            "ligne 1 : l'en-tête doit être exactement {} (ou ses 18 premières colonnes), lu avec le séparateur {separator}",
            CSV_HEADER.join(",")
        ),
        (
            Lang::Fr,
            CellCount {
                line,
                expected,
                found,
            },
        ) => format!(
            "ligne {line} : {} attendues, {} trouvées",
            plural::count(lang, *expected, "cellule", "cellules"),
            crate::i18n::numbers::count(lang, *found)
        ),
        (
            Lang::Fr,
            BadValue {
                line,
                column,
                name,
                value,
                allowed,
            },
        ) => {
            use crate::workbench::gdpr::formats::csv_register::Allowed;
            let allowed = match allowed {
                Allowed::OneOrEmpty(values) => format!("{values} ou vide"),
                Allowed::Several(values) => format!("{values}, séparées par « ; »"),
                Allowed::NonEmptyId => "un identifiant non vide".to_string(),
            };
            format!(
                "ligne {line}, colonne {column} ({name}) : « {value} » n'est pas permis ; valeurs permises : {allowed}"
            )
        }
        (Lang::Fr, DuplicateId { line, id, first }) => format!(
            "ligne {line}, colonne 1 (id) : l'identifiant « {id} » est déjà pris à la ligne {first}"
        ),
    }
}
