//! The A7 GDPR audit sheet (`sheet` kind): the register of processing activities with the
//! fields of GDPR art. 30(1), the three CNIL risks of each processing, the answers to the
//! case's security checklist, the findings with their recommendations, the decisions on the
//! rule engine's proposals, and the closing opinion. Plain data; the rules are in `audit`.
//!
//! Every enumerated value has a stable code (the CSV's and the JSON's) and a French and
//! English label, declared together by `code_enum!` so that neither can be missing.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Declares an enum of coded values: serde uses the code, `ALL` lists them in order.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal, $fr:literal, $en:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code, as written in CSV and JSON.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, Lang::Fr) => $fr, ($name::$variant, Lang::En) => $en,)+
                }
            }

            /// The codes, comma-separated, for error messages.
            pub fn codes() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

code_enum!(
    /// Lawfulness of processing, GDPR art. 6(1).
    LegalBasis {
        Consent => "consent", "Consentement (6.1.a)", "Consent (6.1.a)";
        Contract => "contract", "Contrat (6.1.b)", "Contract (6.1.b)";
        LegalObligation => "legal_obligation", "Obligation légale (6.1.c)", "Legal obligation (6.1.c)";
        VitalInterests => "vital_interests", "Intérêts vitaux (6.1.d)", "Vital interests (6.1.d)";
        PublicTask => "public_task", "Mission d'intérêt public (6.1.e)", "Public task (6.1.e)";
        LegitimateInterests => "legitimate_interests", "Intérêt légitime (6.1.f)", "Legitimate interests (6.1.f)";
    }
);

code_enum!(
    /// Special categories of personal data (art. 9(1)) and criminal data (art. 10).
    SpecialCategory {
        Health => "health", "Santé", "Health";
        Biometric => "biometric", "Biométrie", "Biometric";
        Genetic => "genetic", "Génétique", "Genetic";
        RacialEthnic => "racial_ethnic", "Origine raciale ou ethnique", "Racial or ethnic origin";
        Political => "political", "Opinions politiques", "Political opinions";
        Religious => "religious", "Convictions religieuses ou philosophiques", "Religious or philosophical beliefs";
        TradeUnion => "trade_union", "Appartenance syndicale", "Trade union membership";
        SexLife => "sex_life", "Vie ou orientation sexuelle", "Sex life or sexual orientation";
        Criminal => "criminal", "Infractions et condamnations (art. 10)", "Criminal convictions and offences (art. 10)";
    }
);

code_enum!(
    /// The exceptions of art. 9(2) that allow processing special categories.
    Art9Exception {
        ExplicitConsent => "explicit_consent", "9.2.a Consentement explicite", "9.2.a Explicit consent";
        Employment => "employment", "9.2.b Droit du travail et protection sociale", "9.2.b Employment and social security law";
        VitalInterests => "vital_interests", "9.2.c Intérêts vitaux", "9.2.c Vital interests";
        NotForProfit => "not_for_profit", "9.2.d Organisme à but non lucratif", "9.2.d Not-for-profit body";
        MadePublic => "made_public", "9.2.e Données rendues publiques par la personne", "9.2.e Made public by the data subject";
        LegalClaims => "legal_claims", "9.2.f Droits en justice", "9.2.f Legal claims";
        PublicInterest => "public_interest", "9.2.g Intérêt public important", "9.2.g Substantial public interest";
        HealthCare => "health_care", "9.2.h Médecine du travail, soins", "9.2.h Occupational medicine, health care";
        PublicHealth => "public_health", "9.2.i Santé publique", "9.2.i Public health";
        Research => "research", "9.2.j Archives, recherche, statistiques", "9.2.j Archiving, research, statistics";
    }
);

code_enum!(
    /// The safeguard of a transfer outside the EEA (GDPR chapter V).
    Safeguard {
        Adequacy => "adequacy", "Décision d'adéquation (art. 45)", "Adequacy decision (art. 45)";
        Scc => "scc", "Clauses contractuelles types (art. 46)", "Standard contractual clauses (art. 46)";
        Bcr => "bcr", "Règles d'entreprise contraignantes (art. 47)", "Binding corporate rules (art. 47)";
        Derogation => "derogation", "Dérogation (art. 49)", "Derogation (art. 49)";
        None => "none", "Aucune garantie", "No safeguard";
    }
);

code_enum!(
    /// The nine criteria of the EDPB guidelines on DPIA (WP248 rev.01): two or more usually
    /// make a DPIA mandatory (art. 35).
    DpiaCriterion {
        EvaluationScoring => "evaluation_scoring", "Évaluation ou notation (profilage)", "Evaluation or scoring (profiling)";
        AutomatedDecision => "automated_decision", "Décision automatisée à effet juridique", "Automated decision with legal effect";
        SystematicMonitoring => "systematic_monitoring", "Surveillance systématique", "Systematic monitoring";
        SensitiveData => "sensitive_data", "Données sensibles ou très personnelles", "Sensitive or highly personal data";
        LargeScale => "large_scale", "Traitement à grande échelle", "Large-scale processing";
        MatchingDatasets => "matching_datasets", "Croisement de jeux de données", "Matching or combining datasets";
        VulnerableSubjects => "vulnerable_subjects", "Personnes vulnérables (salariés, mineurs…)", "Vulnerable data subjects (employees, children…)";
        InnovativeTechnology => "innovative_technology", "Usage innovant ou nouvelle technologie", "Innovative use or new technology";
        PreventsRight => "prevents_right", "Empêche d'exercer un droit ou de bénéficier d'un service", "Prevents exercising a right or using a service";
    }
);

code_enum!(
    /// The CNIL's four-level scale, used for both the severity and the likelihood of a risk.
    Level {
        Negligible => "negligible", "1 Négligeable", "1 Negligible";
        Limited => "limited", "2 Limitée", "2 Limited";
        Significant => "significant", "3 Importante", "3 Significant";
        Maximum => "maximum", "4 Maximale", "4 Maximum";
    }
);

code_enum!(
    /// The three feared events of the CNIL's PIA method.
    RiskKind {
        IllegitimateAccess => "illegitimate_access", "Accès illégitime", "Illegitimate access";
        UnwantedModification => "unwanted_modification", "Modification non désirée", "Unwanted modification";
        Disappearance => "disappearance", "Disparition", "Disappearance";
    }
);

code_enum!(
    /// Whether a finding breaks a rule or exposes the data.
    FindingKind {
        NonConformity => "non_conformity", "Non-conformité", "Non-conformity";
        Vulnerability => "vulnerability", "Vulnérabilité", "Vulnerability";
    }
);

code_enum!(
    /// The rules of the audit's rule engine (`audit::fired_rules`). The codes are stable:
    /// finding ids, `atelier check --json` and the examiner's planted flaws use them.
    Rule {
        LegalBasisMissing => "legal-basis-missing", "Base légale absente (art. 6)", "No legal basis (art. 6)";
        PurposeMissing => "purpose-missing", "Finalité absente (art. 5.1.b)", "No purpose (art. 5.1.b)";
        SpecialCategoryWithoutException => "special-category-without-exception", "Donnée sensible sans exception de l'art. 9.2", "Special category without an art. 9(2) exception";
        RetentionUndefined => "retention-undefined", "Durée de conservation non définie (art. 5.1.e)", "Retention period undefined (art. 5.1.e)";
        TransferWithoutSafeguard => "transfer-without-safeguard", "Transfert hors EEE sans garantie (chapitre V)", "Transfer outside the EEA without safeguard (chapter V)";
        ProcessorWithoutContract => "processor-without-contract", "Sous-traitant sans contrat art. 28", "Processor without an art. 28 contract";
        DpiaRequired => "dpia-required", "AIPD requise non réalisée (art. 35)", "DPIA required and not done (art. 35)";
        InformationMissing => "information-missing", "Information des personnes absente (art. 13/14)", "Data subjects not informed (art. 13/14)";
        SecurityMeasuresMissing => "security-measures-missing", "Mesures de sécurité absentes (art. 32)", "No security measures (art. 32)";
    }
);

impl Rule {
    /// The article at stake, as a finding's default reference.
    pub fn article(self) -> &'static str {
        match self {
            Rule::LegalBasisMissing => "art. 6",
            Rule::PurposeMissing => "art. 5.1.b",
            Rule::SpecialCategoryWithoutException => "art. 9",
            Rule::RetentionUndefined => "art. 5.1.e",
            Rule::TransferWithoutSafeguard => "art. 44 à 49",
            Rule::ProcessorWithoutContract => "art. 28",
            Rule::DpiaRequired => "art. 35",
            Rule::InformationMissing => "art. 12 à 14",
            Rule::SecurityMeasuresMissing => "art. 32",
        }
    }

    /// A rule about the data's protection rather than the law's formalities.
    pub fn finding_kind(self) -> FindingKind {
        match self {
            Rule::SecurityMeasuresMissing => FindingKind::Vulnerability,
            _ => FindingKind::NonConformity,
        }
    }
}

code_enum!(
    /// How serious a finding is.
    Severity {
        Low => "low", "Faible", "Low";
        Medium => "medium", "Moyenne", "Medium";
        High => "high", "Élevée", "High";
        Critical => "critical", "Critique", "Critical";
    }
);

code_enum!(
    /// Who a recommendation is addressed to.
    Owner {
        Dsi => "dsi", "DSI", "CIO (DSI)";
        Rssi => "rssi", "RSSI", "CISO (RSSI)";
        Dpo => "dpo", "DPO", "DPO";
    }
);

code_enum!(
    /// How soon a recommendation must be carried out.
    Priority {
        Urgent => "urgent", "Urgent", "Urgent";
        ThreeMonths => "three_months", "Sous trois mois", "Within three months";
        OneYear => "one_year", "Sous un an", "Within a year";
    }
);

code_enum!(
    /// The answer to one item of the security checklist.
    CheckStatus {
        Yes => "yes", "Oui", "Yes";
        Partial => "partial", "Partiel", "Partly";
        No => "no", "Non", "No";
        NotApplicable => "not_applicable", "Sans objet", "Not applicable";
    }
);

/// The severity and likelihood of one feared event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RiskAssessment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<Level>,
}

impl RiskAssessment {
    pub fn is_assessed(&self) -> bool {
        self.severity.is_some() && self.likelihood.is_some()
    }
}

/// The three risks of a processing, as the CNIL's method weighs them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Risks {
    #[serde(default)]
    pub illegitimate_access: RiskAssessment,
    #[serde(default)]
    pub unwanted_modification: RiskAssessment,
    #[serde(default)]
    pub disappearance: RiskAssessment,
}

impl Risks {
    pub fn get(&self, kind: RiskKind) -> &RiskAssessment {
        match kind {
            RiskKind::IllegitimateAccess => &self.illegitimate_access,
            RiskKind::UnwantedModification => &self.unwanted_modification,
            RiskKind::Disappearance => &self.disappearance,
        }
    }

    pub fn get_mut(&mut self, kind: RiskKind) -> &mut RiskAssessment {
        match kind {
            RiskKind::IllegitimateAccess => &mut self.illegitimate_access,
            RiskKind::UnwantedModification => &mut self.unwanted_modification,
            RiskKind::Disappearance => &mut self.disappearance,
        }
    }
}

/// One processing activity of the register (GDPR art. 30(1)). `None` means "not filled in".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Processing {
    /// A short id (the case's processing ids, like `paie`), unique in the register.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    #[serde(default)]
    pub data_subjects: Vec<String>,
    #[serde(default)]
    pub data_categories: Vec<String>,
    #[serde(default)]
    pub special_categories: Vec<SpecialCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art9_exception: Option<Art9Exception>,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub processors: Vec<String>,
    /// An art. 28 contract binds every processor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processor_contract: Option<bool>,
    /// ISO 3166-1 alpha-2 codes of the countries the data goes to outside France.
    #[serde(default)]
    pub transfers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_safeguard: Option<Safeguard>,
    #[serde(default)]
    pub retention: String,
    #[serde(default)]
    pub security_measures: Vec<String>,
    /// Data subjects are informed (art. 13/14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_given: Option<bool>,
    #[serde(default)]
    pub dpia_criteria: Vec<DpiaCriterion>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpia_done: Option<bool>,
    #[serde(default)]
    pub risks: Risks,
}

/// What a finding concerns: a processing (by id) or the organisation as a whole.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Organisation,
    Processing(String),
}

impl Target {
    pub fn processing(&self) -> Option<&str> {
        match self {
            Target::Processing(id) => Some(id),
            Target::Organisation => None,
        }
    }
}

/// One recommendation of a finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// A date or a horizon, as the candidate writes it ("2026-12-31", "fin du T1").
    #[serde(default)]
    pub deadline: String,
}

/// A non-conformity or vulnerability the candidate records (an accepted proposal of the
/// rule engine keeps the proposal's id, so it is matched with the engine and the examiner's
/// planted flaws).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditFinding {
    pub id: String,
    pub target: Target,
    pub kind: FindingKind,
    /// The rule at stake, when the finding is one of the engine's rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    #[serde(default)]
    pub title: String,
    /// The article or rule at stake ("art. 5.1.e", "code du travail L1222-4").
    #[serde(default)]
    pub article: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The candidate's argument.
    #[serde(default)]
    pub argument: String,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
}

/// A proposal of the rule engine the candidate dismissed, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dismissal {
    pub id: String,
    pub reason: String,
}

/// The answer to one item of the security checklist (items are named by their text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckAnswer {
    pub item: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CheckStatus>,
    #[serde(default)]
    pub comment: String,
}

/// The whole audit sheet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    #[serde(default)]
    pub processings: Vec<Processing>,
    #[serde(default)]
    pub checklist: Vec<CheckAnswer>,
    #[serde(default)]
    pub findings: Vec<AuditFinding>,
    #[serde(default)]
    pub dismissed: Vec<Dismissal>,
    #[serde(default)]
    pub opinion: String,
}

impl Sheet {
    pub fn is_empty(&self) -> bool {
        self.processings.is_empty()
            && self.findings.is_empty()
            && self.dismissed.is_empty()
            && self.opinion.trim().is_empty()
            && self
                .checklist
                .iter()
                .all(|c| c.status.is_none() && c.comment.trim().is_empty())
    }

    pub fn processing(&self, id: &str) -> Option<&Processing> {
        self.processings.iter().find(|p| p.id == id)
    }

    pub fn finding(&self, id: &str) -> Option<&AuditFinding> {
        self.findings.iter().find(|f| f.id == id)
    }

    pub fn dismissal(&self, id: &str) -> Option<&Dismissal> {
        self.dismissed.iter().find(|d| d.id == id)
    }

    pub fn check_answer(&self, item: &str) -> Option<&CheckAnswer> {
        self.checklist.iter().find(|c| c.item == item)
    }

    pub fn check_answer_mut(&mut self, item: &str) -> &mut CheckAnswer {
        if let Some(at) = self.checklist.iter().position(|c| c.item == item) {
            return &mut self.checklist[at];
        }
        self.checklist.push(CheckAnswer {
            item: item.to_string(),
            status: None,
            comment: String::new(),
        });
        let last = self.checklist.len() - 1;
        &mut self.checklist[last]
    }

    /// A processing id not used yet, from a wished one (`traitement`, `traitement-2`...).
    pub fn free_processing_id(&self, wished: &str) -> String {
        let base = if wished.trim().is_empty() {
            "traitement"
        } else {
            wished.trim()
        };
        if self.processing(base).is_none() {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.processing(id).is_none())
            .unwrap_or_default()
    }

    /// The next id of a finding the candidate adds by hand (`F1`, `F2`...).
    pub fn next_manual_finding_id(&self) -> String {
        (1..)
            .map(|n| format!("F{n}"))
            .find(|id| self.finding(id).is_none())
            .unwrap_or_default()
    }

    /// Renames a processing, and the findings and dismissals that name it.
    pub fn rename_processing(&mut self, old: &str, new: &str) {
        if old == new {
            return;
        }
        for processing in &mut self.processings {
            if processing.id == old {
                processing.id = new.to_string();
            }
        }
        let old_prefix = format!("{old}:");
        for finding in &mut self.findings {
            if finding.target == Target::Processing(old.to_string()) {
                finding.target = Target::Processing(new.to_string());
            }
            if let Some(rule) = finding.id.strip_prefix(&old_prefix) {
                finding.id = format!("{new}:{rule}");
            }
        }
        for dismissal in &mut self.dismissed {
            if let Some(rule) = dismissal.id.strip_prefix(&old_prefix) {
                dismissal.id = format!("{new}:{rule}");
            }
        }
    }
}

/// Splits a multi-valued cell or field (`a; b ;c`) into its trimmed, non-empty values.
pub fn split_values(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Joins values for a multi-valued cell or field.
pub fn join_values(values: &[String]) -> String {
    values.join("; ")
}

pub fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serde_uses_them() {
        for basis in LegalBasis::ALL {
            assert_eq!(LegalBasis::from_code(basis.code()), Some(*basis));
        }
        assert_eq!(
            serde_json::to_string(&DpiaCriterion::PreventsRight).unwrap(),
            "\"prevents_right\""
        );
        assert_eq!(DpiaCriterion::ALL.len(), 9);
        assert_eq!(SpecialCategory::ALL.len(), 9);
        assert_eq!(LegalBasis::from_code("Consent"), None);
    }

    #[test]
    fn rename_follows_findings_and_dismissals() {
        let mut sheet = Sheet {
            processings: vec![Processing {
                id: "paie".into(),
                ..Processing::default()
            }],
            findings: vec![AuditFinding {
                id: "paie:retention-undefined".into(),
                target: Target::Processing("paie".into()),
                kind: FindingKind::NonConformity,
                rule: Some(Rule::RetentionUndefined),
                title: String::new(),
                article: String::new(),
                severity: None,
                argument: String::new(),
                recommendations: Vec::new(),
            }],
            dismissed: vec![Dismissal {
                id: "paie:dpia-required".into(),
                reason: "x".into(),
            }],
            ..Sheet::default()
        };
        sheet.rename_processing("paie", "payroll");
        assert_eq!(sheet.processings[0].id, "payroll");
        assert_eq!(sheet.findings[0].id, "payroll:retention-undefined");
        assert_eq!(
            sheet.findings[0].target,
            Target::Processing("payroll".into())
        );
        assert_eq!(sheet.dismissed[0].id, "payroll:dpia-required");
        assert_eq!(sheet.free_processing_id("payroll"), "payroll-2");
    }

    #[test]
    fn values_split_and_join() {
        assert_eq!(split_values(" a; b ;;c "), ["a", "b", "c"]);
        assert_eq!(join_values(&split_values("a;b")), "a; b");
    }
}
