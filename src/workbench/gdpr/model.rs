//! The A7 GDPR audit sheet (`sheet` kind): the register of processing activities with the
//! fields of GDPR art. 30(1), the three CNIL risks of each processing, the answers to the
//! case's security checklist, the findings with their recommendations, the decisions on the
//! rule engine's proposals, and the closing opinion. Plain data; the rules are in `audit`.
//!
//! Every enumerated value has a stable code (the CSV's and the JSON's), declared by
//! `code_enum!`; its French and English labels are in `i18n` (`sheet_label`, `SheetLabel`).

use serde::{Deserialize, Serialize};

/// Declares an enum of coded values: serde uses the code, `ALL` lists them in order.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal;)+ }) => {
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
        Consent => "consent";
        Contract => "contract";
        LegalObligation => "legal_obligation";
        VitalInterests => "vital_interests";
        PublicTask => "public_task";
        LegitimateInterests => "legitimate_interests";
    }
);

code_enum!(
    /// Special categories of personal data (art. 9(1)). Data on criminal convictions and
    /// offences are not among them: art. 10 gives them their own regime (`criminal_data`).
    SpecialCategory {
        Health => "health";
        Biometric => "biometric";
        Genetic => "genetic";
        RacialEthnic => "racial_ethnic";
        Political => "political";
        Religious => "religious";
        TradeUnion => "trade_union";
        SexLife => "sex_life";
    }
);

code_enum!(
    /// The exceptions of art. 9(2) that allow processing special categories.
    Art9Exception {
        ExplicitConsent => "explicit_consent";
        Employment => "employment";
        VitalInterests => "vital_interests";
        NotForProfit => "not_for_profit";
        MadePublic => "made_public";
        LegalClaims => "legal_claims";
        PublicInterest => "public_interest";
        HealthCare => "health_care";
        PublicHealth => "public_health";
        Research => "research";
    }
);

code_enum!(
    /// The safeguard of a transfer outside the EEA (GDPR chapter V).
    Safeguard {
        Adequacy => "adequacy";
        Scc => "scc";
        Bcr => "bcr";
        Derogation => "derogation";
        None => "none";
    }
);

code_enum!(
    /// Collections the CNIL names as disproportionate in its recommendations (data
    /// minimisation, art. 5(1)(c)): the register records them so the rule can find them.
    Minimisation {
        CamerasOnWorkstations => "cameras_on_workstations";
        CamerasInBreakRooms => "cameras_in_break_rooms";
        ContinuousGeolocation => "continuous_geolocation";
        VideoKeptOverAMonth => "video_kept_over_a_month";
    }
);

code_enum!(
    /// The nine criteria of the EDPB guidelines on DPIA (WP248 rev.01): two or more usually
    /// make a DPIA mandatory (art. 35).
    DpiaCriterion {
        EvaluationScoring => "evaluation_scoring";
        AutomatedDecision => "automated_decision";
        SystematicMonitoring => "systematic_monitoring";
        SensitiveData => "sensitive_data";
        LargeScale => "large_scale";
        MatchingDatasets => "matching_datasets";
        VulnerableSubjects => "vulnerable_subjects";
        InnovativeTechnology => "innovative_technology";
        PreventsRight => "prevents_right";
    }
);

code_enum!(
    /// The CNIL's four-level scale, used for both the severity and the likelihood of a risk.
    Level {
        Negligible => "negligible";
        Limited => "limited";
        Significant => "significant";
        Maximum => "maximum";
    }
);

code_enum!(
    /// The three feared events of the CNIL's PIA method.
    RiskKind {
        IllegitimateAccess => "illegitimate_access";
        UnwantedModification => "unwanted_modification";
        Disappearance => "disappearance";
    }
);

code_enum!(
    /// Whether a finding breaks a rule or exposes the data.
    FindingKind {
        NonConformity => "non_conformity";
        Vulnerability => "vulnerability";
    }
);

code_enum!(
    /// The rules of the audit's rule engine (`audit::fired_rules`). The codes are stable:
    /// finding ids, `atelier check --json` and the examiner's planted flaws use them.
    Rule {
        LegalBasisMissing => "legal-basis-missing";
        PurposeMissing => "purpose-missing";
        DataNotMinimised => "data-not-minimised";
        SpecialCategoryWithoutException => "special-category-without-exception";
        CriminalDataWithoutGround => "criminal-data-without-ground";
        RetentionUndefined => "retention-undefined";
        TransferWithoutSafeguard => "transfer-without-safeguard";
        DerogationForRegularTransfer => "derogation-for-regular-transfer";
        ProcessorWithoutContract => "processor-without-contract";
        DpiaRequired => "dpia-required";
        InformationMissing => "information-missing";
        SecurityMeasuresMissing => "security-measures-missing";
    }
);

impl Rule {
    /// The article at stake, as a finding's default reference.
    pub fn article(self) -> &'static str {
        match self {
            Rule::LegalBasisMissing => "art. 6",
            Rule::PurposeMissing => "art. 5.1.b",
            Rule::DataNotMinimised => "art. 5.1.c",
            Rule::SpecialCategoryWithoutException => "art. 9",
            Rule::CriminalDataWithoutGround => "art. 10",
            Rule::RetentionUndefined => "art. 5.1.e",
            Rule::TransferWithoutSafeguard => "art. 44 à 49",
            Rule::DerogationForRegularTransfer => "art. 49",
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
        Low => "low";
        Medium => "medium";
        High => "high";
        Critical => "critical";
    }
);

code_enum!(
    /// Who a recommendation is addressed to.
    Owner {
        Dsi => "dsi";
        Rssi => "rssi";
        Dpo => "dpo";
    }
);

code_enum!(
    /// How soon a recommendation must be carried out.
    Priority {
        Urgent => "urgent";
        ThreeMonths => "three_months";
        OneYear => "one_year";
    }
);

code_enum!(
    /// The answer to one item of the security checklist.
    CheckStatus {
        Yes => "yes";
        Partial => "partial";
        No => "no";
        NotApplicable => "not_applicable";
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
#[serde(from = "compat::ProcessingOnDisk")]
pub struct Processing {
    /// A short id (the case's processing ids, like `paie`), unique in the register.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub purpose: String,
    /// The art. 6(1) bases; a processing with several purposes may rest on several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_basis: Vec<LegalBasis>,
    /// Joint controllers (art. 26) of this processing, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_controllers: Vec<String>,
    #[serde(default)]
    pub data_subjects: Vec<String>,
    #[serde(default)]
    pub data_categories: Vec<String>,
    #[serde(default)]
    pub special_categories: Vec<SpecialCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art9_exception: Option<Art9Exception>,
    /// Data relating to criminal convictions and offences (art. 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criminal_data: Option<bool>,
    /// The ground of art. 10 (official authority, a law that authorises it: the French law of
    /// 6 January 1978, art. 46).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub art10_ground: String,
    /// Collections the CNIL names as disproportionate (art. 5(1)(c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minimisation: Vec<Minimisation>,
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
    /// The controller, with its contact details (art. 30(1)(a)).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub controller: String,
    /// The controller's representative in the Union (art. 27), if it has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub representative: String,
    /// The data protection officer and their contact details (art. 37 to 39).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dpo: String,
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
        self.controller.trim().is_empty()
            && self.representative.trim().is_empty()
            && self.dpo.trim().is_empty()
            && self.processings.is_empty()
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

/// Reading registers written before the register had several legal bases and an art. 10
/// field: a single `legal_basis` still loads, and `criminal` among the special categories
/// becomes `criminal_data`.
mod compat {
    use super::*;

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(LegalBasis),
        Many(Vec<LegalBasis>),
    }

    #[derive(Deserialize)]
    enum Legacy {
        #[serde(rename = "criminal")]
        Criminal,
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum CategoryOnDisk {
        Category(SpecialCategory),
        Legacy(Legacy),
    }

    #[derive(Deserialize)]
    pub(super) struct ProcessingOnDisk {
        id: String,
        name: String,
        #[serde(default)]
        purpose: String,
        #[serde(default)]
        legal_basis: Option<OneOrMany>,
        #[serde(default)]
        joint_controllers: Vec<String>,
        #[serde(default)]
        data_subjects: Vec<String>,
        #[serde(default)]
        data_categories: Vec<String>,
        #[serde(default)]
        special_categories: Vec<CategoryOnDisk>,
        #[serde(default)]
        art9_exception: Option<Art9Exception>,
        #[serde(default)]
        criminal_data: Option<bool>,
        #[serde(default)]
        art10_ground: String,
        #[serde(default)]
        minimisation: Vec<Minimisation>,
        #[serde(default)]
        recipients: Vec<String>,
        #[serde(default)]
        processors: Vec<String>,
        #[serde(default)]
        processor_contract: Option<bool>,
        #[serde(default)]
        transfers: Vec<String>,
        #[serde(default)]
        transfer_safeguard: Option<Safeguard>,
        #[serde(default)]
        retention: String,
        #[serde(default)]
        security_measures: Vec<String>,
        #[serde(default)]
        information_given: Option<bool>,
        #[serde(default)]
        dpia_criteria: Vec<DpiaCriterion>,
        #[serde(default)]
        dpia_done: Option<bool>,
        #[serde(default)]
        risks: Risks,
    }

    impl From<ProcessingOnDisk> for Processing {
        fn from(p: ProcessingOnDisk) -> Processing {
            let mut special_categories = Vec::new();
            let mut criminal = false;
            for category in p.special_categories {
                match category {
                    CategoryOnDisk::Category(c) => special_categories.push(c),
                    CategoryOnDisk::Legacy(Legacy::Criminal) => criminal = true,
                }
            }
            Processing {
                id: p.id,
                name: p.name,
                purpose: p.purpose,
                legal_basis: match p.legal_basis {
                    None => Vec::new(),
                    Some(OneOrMany::One(basis)) => vec![basis],
                    Some(OneOrMany::Many(bases)) => bases,
                },
                joint_controllers: p.joint_controllers,
                data_subjects: p.data_subjects,
                data_categories: p.data_categories,
                special_categories,
                art9_exception: p.art9_exception,
                criminal_data: if criminal {
                    Some(true)
                } else {
                    p.criminal_data
                },
                art10_ground: p.art10_ground,
                minimisation: p.minimisation,
                recipients: p.recipients,
                processors: p.processors,
                processor_contract: p.processor_contract,
                transfers: p.transfers,
                transfer_safeguard: p.transfer_safeguard,
                retention: p.retention,
                security_measures: p.security_measures,
                information_given: p.information_given,
                dpia_criteria: p.dpia_criteria,
                dpia_done: p.dpia_done,
                risks: p.risks,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_register_still_loads() {
        let old = r#"{"id": "paie", "name": "Paie", "legal_basis": "legal_obligation",
            "special_categories": ["health", "criminal"]}"#;
        let p: Processing = serde_json::from_str(old).unwrap();
        assert_eq!(p.legal_basis, [LegalBasis::LegalObligation]);
        assert_eq!(p.special_categories, [SpecialCategory::Health]);
        assert_eq!(p.criminal_data, Some(true));
        let new = serde_json::to_value(&p).unwrap();
        assert_eq!(new["legal_basis"], serde_json::json!(["legal_obligation"]));
        let again: Processing = serde_json::from_value(new).unwrap();
        assert_eq!(again, p);
        let two = r#"{"id": "n", "name": "N", "legal_basis": ["consent", "contract"]}"#;
        let p: Processing = serde_json::from_str(two).unwrap();
        assert_eq!(p.legal_basis, [LegalBasis::Consent, LegalBasis::Contract]);
    }

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
        assert_eq!(SpecialCategory::ALL.len(), 8);
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
