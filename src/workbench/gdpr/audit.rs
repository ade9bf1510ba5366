//! The A7 GDPR audit, as pure functions of the sheet: the rule engine that reads the register
//! and proposes findings (each with a stable id `PROCESSING:RULE` the candidate accepts or
//! dismisses), the checks of the sheet's completeness, the case's configuration of the
//! `sheet` kind, and the match of the candidate's findings against the examiner's planted
//! flaws (for the examiners' review).

use crate::case::Exercise;
use crate::workbench::check::Finding;
use crate::workbench::gdpr::countries::{self, Adequacy};
use crate::workbench::gdpr::model::{Processing, Rule, Safeguard, Sheet, Target};
use serde::{Deserialize, Serialize};

/// The `config` of a `sheet` exercise in a case.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetConfig {
    /// Processings the register needs before the exercise can be complete.
    #[serde(default)]
    pub min_processings: u32,
    /// The rules the case shows the candidate, with the case's own wording.
    #[serde(default)]
    pub rules: Vec<RuleLabel>,
    /// The security checklist, grouped like the CNIL's security guide.
    #[serde(default)]
    pub security_checklist: Vec<ChecklistGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleLabel {
    pub id: Rule,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistGroup {
    pub group: String,
    pub items: Vec<String>,
}

impl SheetConfig {
    /// The exercise's configuration (validated when the case was loaded).
    pub fn of(exercise: &Exercise) -> SheetConfig {
        crate::case::parse_config("$", &exercise.config).unwrap_or_default()
    }

    /// The case's wording of a rule, if it gives one.
    pub fn rule_label(&self, rule: Rule) -> Option<&str> {
        self.rules
            .iter()
            .find(|r| r.id == rule)
            .map(|r| r.label.as_str())
    }

    /// Every checklist item, in order.
    pub fn items(&self) -> impl Iterator<Item = (&ChecklistGroup, &String)> {
        self.security_checklist
            .iter()
            .flat_map(|g| g.items.iter().map(move |i| (g, i)))
    }
}

/// A finding the rule engine proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub rule: Rule,
    pub processing: String,
}

impl Proposal {
    /// The stable id: `PROCESSING:RULE`, like `paie:processor-without-contract`.
    pub fn id(&self) -> String {
        proposal_id(&self.processing, self.rule)
    }
}

pub fn proposal_id(processing: &str, rule: Rule) -> String {
    format!("{processing}:{}", rule.code())
}

/// What the candidate did with a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Pending,
    Accepted,
    Dismissed,
}

pub fn decision(sheet: &Sheet, id: &str) -> Decision {
    if sheet.finding(id).is_some() {
        Decision::Accepted
    } else if sheet.dismissal(id).is_some() {
        Decision::Dismissed
    } else {
        Decision::Pending
    }
}

/// Words that say a retention period (or part of it) is not defined, wherever they stand,
/// when a candidate copies the facts ("12 mois, sans limite pour le fichier").
const UNDEFINED_RETENTION: &[&str] = &[
    "non défini",
    "non précisé",
    "indéfini",
    "sans limite",
    "illimité",
    "undefined",
    "not defined",
    "unlimited",
];

/// Words that say so only at the start ("aucune", but not "30 jours, aucune copie").
const UNDEFINED_RETENTION_START: &[&str] = &["aucune", "none", "?"];

fn retention_undefined(retention: &str) -> bool {
    let text = retention.trim().to_lowercase();
    text.is_empty()
        || UNDEFINED_RETENTION.iter().any(|w| text.contains(w))
        || UNDEFINED_RETENTION_START
            .iter()
            .any(|w| text.starts_with(w))
}

/// Whether a transfer to this country, with this safeguard, lacks a valid chapter V basis.
pub fn transfer_lacks_safeguard(country: &str, safeguard: Option<Safeguard>) -> bool {
    if countries::in_eea(country) {
        return false;
    }
    match (countries::adequacy(country), safeguard) {
        // A whole-country adequacy decision is enough by itself.
        (Some(Adequacy::Full), _) => false,
        (_, Some(Safeguard::Scc | Safeguard::Bcr | Safeguard::Derogation)) => false,
        // Partly adequate countries: the register says the recipient is covered.
        (Some(Adequacy::Partial), Some(Safeguard::Adequacy)) => false,
        // No decision (so `adequacy` is wrong), or no safeguard at all.
        _ => true,
    }
}

/// The rules that fire on one processing, in the rules' order.
pub fn fired_rules(p: &Processing) -> Vec<Rule> {
    let mut fired = Vec::new();
    if p.legal_basis.is_none() {
        fired.push(Rule::LegalBasisMissing);
    }
    if p.purpose.trim().is_empty() {
        fired.push(Rule::PurposeMissing);
    }
    if !p.special_categories.is_empty() && p.art9_exception.is_none() {
        fired.push(Rule::SpecialCategoryWithoutException);
    }
    if retention_undefined(&p.retention) {
        fired.push(Rule::RetentionUndefined);
    }
    if p.transfers
        .iter()
        .any(|c| transfer_lacks_safeguard(c, p.transfer_safeguard))
    {
        fired.push(Rule::TransferWithoutSafeguard);
    }
    if !p.processors.is_empty() && p.processor_contract != Some(true) {
        fired.push(Rule::ProcessorWithoutContract);
    }
    if p.dpia_criteria.len() >= 2 && p.dpia_done != Some(true) {
        fired.push(Rule::DpiaRequired);
    }
    if p.information_given != Some(true) {
        fired.push(Rule::InformationMissing);
    }
    if p.security_measures.is_empty() {
        fired.push(Rule::SecurityMeasuresMissing);
    }
    fired
}

/// Every proposal of the engine, processing by processing.
pub fn proposals(sheet: &Sheet) -> Vec<Proposal> {
    sheet
        .processings
        .iter()
        .flat_map(|p| {
            fired_rules(p).into_iter().map(|rule| Proposal {
                rule,
                processing: p.id.clone(),
            })
        })
        .collect()
}

/// A proposal and what the candidate decided, for `atelier check --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposalRecord {
    pub id: String,
    pub rule: Rule,
    /// The processing id.
    pub target: String,
    pub decision: Decision,
}

/// Every proposal of the engine with its decision (pending, accepted, dismissed).
pub fn proposal_records(sheet: &Sheet) -> Vec<ProposalRecord> {
    proposals(sheet)
        .into_iter()
        .map(|p| {
            let id = p.id();
            ProposalRecord {
                decision: decision(sheet, &id),
                id,
                rule: p.rule,
                target: p.processing,
            }
        })
        .collect()
}

/// What the sheet still lacks: undecided proposals, unassessed risks, unanswered checklist
/// items, findings without recommendations, the opinion.
pub fn check_sheet(config: &SheetConfig, sheet: &Sheet) -> Vec<Finding> {
    let mut findings = Vec::new();
    let count = sheet.processings.len();
    if count < config.min_processings as usize {
        findings.push(Finding::TooFewProcessings {
            count,
            min: config.min_processings,
        });
    }
    for (index, p) in sheet.processings.iter().enumerate() {
        if p.id.trim().is_empty() {
            findings.push(Finding::ProcessingWithoutId { row: index + 1 });
        } else if sheet.processings[..index].iter().any(|q| q.id == p.id) {
            findings.push(Finding::DuplicateProcessingId { id: p.id.clone() });
        }
    }
    for proposal in proposals(sheet) {
        if decision(sheet, &proposal.id()) == Decision::Pending {
            findings.push(Finding::GdprRule {
                rule: proposal.rule,
                processing: proposal.processing,
            });
        }
    }
    for dismissal in &sheet.dismissed {
        if dismissal.reason.trim().is_empty() {
            findings.push(Finding::DismissedWithoutReason {
                id: dismissal.id.clone(),
            });
        }
    }
    for p in &sheet.processings {
        let risks = &p.risks;
        if ![
            &risks.illegitimate_access,
            &risks.unwanted_modification,
            &risks.disappearance,
        ]
        .iter()
        .all(|r| r.is_assessed())
        {
            findings.push(Finding::RisksNotAssessed {
                processing: p.id.clone(),
            });
        }
    }
    let total = config.items().count();
    let answered = config
        .items()
        .filter(|(_, item)| sheet.check_answer(item).is_some_and(|a| a.status.is_some()))
        .count();
    if answered < total {
        findings.push(Finding::ChecklistIncomplete { answered, total });
    }
    for finding in &sheet.findings {
        if let Target::Processing(id) = &finding.target {
            if sheet.processing(id).is_none() {
                findings.push(Finding::FindingUnknownProcessing {
                    id: finding.id.clone(),
                    processing: id.clone(),
                });
            }
        }
        if finding.argument.trim().is_empty() {
            findings.push(Finding::FindingWithoutArgument {
                id: finding.id.clone(),
            });
        }
        if finding.severity.is_none() {
            findings.push(Finding::FindingWithoutSeverity {
                id: finding.id.clone(),
            });
        }
        if finding.recommendations.is_empty() {
            findings.push(Finding::FindingWithoutRecommendation {
                id: finding.id.clone(),
            });
        }
        for r in &finding.recommendations {
            if r.text.trim().is_empty()
                || r.owner.is_none()
                || r.priority.is_none()
                || r.deadline.trim().is_empty()
            {
                findings.push(Finding::RecommendationIncomplete {
                    id: finding.id.clone(),
                });
                break;
            }
        }
    }
    if sheet.opinion.trim().is_empty() {
        findings.push(Finding::OpinionMissing);
    }
    findings
}

/// The checks of a `sheet` exercise's answer.
pub fn check_exercise(exercise: &Exercise, sheet: Option<&Sheet>) -> Vec<Finding> {
    let empty = Sheet::default();
    check_sheet(&SheetConfig::of(exercise), sheet.unwrap_or(&empty))
}

// ---------------------------------------------------------------------------------------
// The examiner's planted flaws.

/// A flaw the case's author planted (`cases/ID.examiner.json`, `exercises.A7.planted_flaws`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlantedFlaw {
    pub processing: String,
    pub rule: Rule,
    pub explanation: String,
}

/// Reads the planted flaws of an exercise from the examiner file's JSON.
pub fn planted_flaws(
    examiner: &serde_json::Value,
    exercise: &str,
) -> Result<Vec<PlantedFlaw>, crate::case::CaseError> {
    let value = examiner
        .get("exercises")
        .and_then(|e| e.get(exercise))
        .and_then(|e| e.get("planted_flaws"))
        .cloned()
        .unwrap_or(serde_json::Value::Array(Vec::new()));
    crate::case::parse_config(
        &format!("$.exercises.{exercise}.planted_flaws"),
        &serde_json::json!({ "flaws": value }),
    )
    .map(|w: FlawList| w.flaws)
}

#[derive(Deserialize)]
struct FlawList {
    flaws: Vec<PlantedFlaw>,
}

/// For the examiner: which planted flaws the candidate's findings name (same processing and
/// same rule), which they missed, and the findings that match no planted flaw (worth a look:
/// a sound extra point, or a false defect).
#[derive(Debug, Clone, PartialEq)]
pub struct FlawReview {
    /// Each planted flaw with the id of the candidate's finding that names it, if any.
    pub flaws: Vec<(PlantedFlaw, Option<String>)>,
    /// Ids of the candidate's findings that match no planted flaw.
    pub extra: Vec<String>,
}

impl FlawReview {
    pub fn found(&self) -> usize {
        self.flaws.iter().filter(|(_, by)| by.is_some()).count()
    }
}

pub fn review_flaws(sheet: &Sheet, flaws: &[PlantedFlaw]) -> FlawReview {
    let names = |f: &crate::workbench::gdpr::model::AuditFinding, flaw: &PlantedFlaw| {
        f.rule == Some(flaw.rule) && f.target.processing() == Some(flaw.processing.as_str())
    };
    let matched = flaws
        .iter()
        .map(|flaw| {
            let by = sheet
                .findings
                .iter()
                .find(|f| names(f, flaw))
                .map(|f| f.id.clone());
            (flaw.clone(), by)
        })
        .collect();
    let extra = sheet
        .findings
        .iter()
        .filter(|f| !flaws.iter().any(|flaw| names(f, flaw)))
        .map(|f| f.id.clone())
        .collect();
    FlawReview {
        flaws: matched,
        extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbench::gdpr::model::*;

    /// A processing every rule is happy with.
    fn clean() -> Processing {
        Processing {
            id: "wifi".into(),
            name: "Wi-Fi".into(),
            purpose: "Fournir l'accès".into(),
            legal_basis: Some(LegalBasis::LegalObligation),
            data_subjects: vec!["clients".into()],
            data_categories: vec!["e-mail".into()],
            special_categories: vec![SpecialCategory::Health],
            art9_exception: Some(Art9Exception::ExplicitConsent),
            recipients: vec!["DSI".into()],
            processors: vec!["opérateur".into()],
            processor_contract: Some(true),
            transfers: vec!["DE".into(), "GB".into(), "US".into(), "TN".into()],
            transfer_safeguard: Some(Safeguard::Scc),
            retention: "1 an".into(),
            security_measures: vec!["réseau isolé".into()],
            information_given: Some(true),
            dpia_criteria: vec![DpiaCriterion::LargeScale, DpiaCriterion::SensitiveData],
            dpia_done: Some(true),
            risks: Risks::default(),
        }
    }

    fn fires(change: impl FnOnce(&mut Processing)) -> Vec<Rule> {
        let mut p = clean();
        change(&mut p);
        fired_rules(&p)
    }

    #[test]
    fn clean_register_fires_no_rule() {
        assert_eq!(fired_rules(&clean()), []);
        let sheet = Sheet {
            processings: vec![clean()],
            ..Sheet::default()
        };
        assert!(proposals(&sheet).is_empty());
    }

    #[test]
    fn rule_legal_basis_missing() {
        assert_eq!(fires(|p| p.legal_basis = None), [Rule::LegalBasisMissing]);
    }

    #[test]
    fn rule_purpose_missing() {
        assert_eq!(fires(|p| p.purpose = "  ".into()), [Rule::PurposeMissing]);
    }

    #[test]
    fn rule_special_category_without_exception() {
        assert_eq!(
            fires(|p| p.art9_exception = None),
            [Rule::SpecialCategoryWithoutException]
        );
        // No special category: no exception needed.
        assert_eq!(
            fires(|p| {
                p.art9_exception = None;
                p.special_categories.clear();
            }),
            []
        );
    }

    #[test]
    fn rule_retention_undefined() {
        assert_eq!(fires(|p| p.retention.clear()), [Rule::RetentionUndefined]);
        assert_eq!(
            fires(|p| p.retention = "Non définie".into()),
            [Rule::RetentionUndefined]
        );
        assert_eq!(
            fires(|p| p.retention = "12 mois ; sans limite pour le fichier".into()),
            [Rule::RetentionUndefined]
        );
        assert_eq!(
            fires(|p| p.retention = "Aucune purge".into()),
            [Rule::RetentionUndefined]
        );
        assert_eq!(fires(|p| p.retention = "30 jours, aucune copie".into()), []);
    }

    #[test]
    fn rule_transfer_without_safeguard() {
        // Tunisia has no adequacy decision: a safeguard is needed.
        assert_eq!(
            fires(|p| p.transfer_safeguard = None),
            [Rule::TransferWithoutSafeguard]
        );
        assert_eq!(
            fires(|p| p.transfer_safeguard = Some(Safeguard::None)),
            [Rule::TransferWithoutSafeguard]
        );
        // Claiming adequacy for a country without a decision does not help.
        assert_eq!(
            fires(|p| {
                p.transfers = vec!["TN".into()];
                p.transfer_safeguard = Some(Safeguard::Adequacy);
            }),
            [Rule::TransferWithoutSafeguard]
        );
        // The United States are adequate only for certified recipients: say so.
        assert_eq!(
            fires(|p| {
                p.transfers = vec!["US".into()];
                p.transfer_safeguard = None;
            }),
            [Rule::TransferWithoutSafeguard]
        );
        assert_eq!(
            fires(|p| {
                p.transfers = vec!["US".into()];
                p.transfer_safeguard = Some(Safeguard::Adequacy);
            }),
            []
        );
        // The EEA and fully adequate countries need nothing.
        assert_eq!(
            fires(|p| {
                p.transfers = vec!["NO".into(), "CH".into(), "JP".into()];
                p.transfer_safeguard = None;
            }),
            []
        );
    }

    #[test]
    fn rule_processor_without_contract() {
        assert_eq!(
            fires(|p| p.processor_contract = Some(false)),
            [Rule::ProcessorWithoutContract]
        );
        assert_eq!(
            fires(|p| p.processor_contract = None),
            [Rule::ProcessorWithoutContract]
        );
    }

    #[test]
    fn rule_dpia_required() {
        assert_eq!(fires(|p| p.dpia_done = None), [Rule::DpiaRequired]);
        // One criterion alone does not require a DPIA.
        assert_eq!(
            fires(|p| {
                p.dpia_done = Some(false);
                p.dpia_criteria.truncate(1);
            }),
            []
        );
    }

    #[test]
    fn rule_information_missing() {
        assert_eq!(
            fires(|p| p.information_given = Some(false)),
            [Rule::InformationMissing]
        );
    }

    #[test]
    fn rule_security_measures_missing() {
        assert_eq!(
            fires(|p| p.security_measures.clear()),
            [Rule::SecurityMeasuresMissing]
        );
    }

    #[test]
    fn decisions_remove_proposals_from_the_checks() {
        let mut p = clean();
        p.retention.clear();
        p.information_given = None;
        let mut sheet = Sheet {
            processings: vec![p],
            ..Sheet::default()
        };
        let config = SheetConfig::default();
        let ids: Vec<String> = proposals(&sheet).iter().map(Proposal::id).collect();
        assert_eq!(
            ids,
            ["wifi:retention-undefined", "wifi:information-missing"]
        );
        let pending = |sheet: &Sheet| {
            check_sheet(&config, sheet)
                .into_iter()
                .filter(|f| matches!(f, Finding::GdprRule { .. }))
                .count()
        };
        assert_eq!(pending(&sheet), 2);
        sheet.dismissed.push(Dismissal {
            id: ids[1].clone(),
            reason: "affichette vue sur place".into(),
        });
        assert_eq!(decision(&sheet, &ids[1]), Decision::Dismissed);
        assert_eq!(pending(&sheet), 1);
    }

    #[test]
    fn a_recommendation_needs_a_deadline_and_a_dismissal_a_reason() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let config = SheetConfig::of(loaded.case.exercise("A7").unwrap());
        let complete = example.answers["A7"].sheet.clone().unwrap();
        assert_eq!(check_sheet(&config, &complete), []);
        // Everything else filled in: only the deadline is missing.
        let mut sheet = complete.clone();
        let finding = &mut sheet.findings[0];
        finding.recommendations[0].deadline = "  ".into();
        let id = finding.id.clone();
        assert_eq!(
            check_sheet(&config, &sheet),
            [Finding::RecommendationIncomplete { id }]
        );
        // A dismissal with a blank reason, of a proposal dismissed with one in the example.
        let mut sheet = complete;
        let dismissal = sheet
            .dismissed
            .first_mut()
            .expect("the example dismisses one");
        dismissal.reason = " ".into();
        let id = dismissal.id.clone();
        assert_eq!(
            check_sheet(&config, &sheet),
            [Finding::DismissedWithoutReason { id }]
        );
    }

    #[test]
    fn worked_example_is_complete_and_finds_every_planted_flaw() {
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        let exercise = loaded.case.exercise("A7").unwrap();
        let answer = example.answers.get("A7").unwrap();
        let report = crate::workbench::check::check_exercise(exercise, Some(answer));
        assert_eq!(
            report.status,
            crate::workbench::check::Status::Complete,
            "{:?}",
            report.findings
        );
        let sheet = answer.sheet.as_ref().unwrap();
        // The control processing (Wi-Fi) is clean: no rule fires on it.
        assert_eq!(fired_rules(sheet.processing("wifi").unwrap()), []);
        let examiner: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/cases/maison-verdier.examiner.json"
            ))
            .unwrap(),
        )
        .unwrap();
        let flaws = planted_flaws(&examiner, "A7").unwrap();
        let review = review_flaws(sheet, &flaws);
        let missed: Vec<_> = review.flaws.iter().filter(|(_, by)| by.is_none()).collect();
        assert!(missed.is_empty(), "{missed:?}");
        assert!(
            !review.extra.is_empty(),
            "the example argues points beyond the planted flaws"
        );
    }

    #[test]
    fn a_bad_sheet_config_is_refused_with_its_path() {
        let case: serde_json::Value =
            serde_json::from_str(include_str!("../../../cases/maison-verdier.json")).unwrap();
        let at = case["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .position(|e| e["id"] == "A7")
            .unwrap();
        let error_at = |path: &str, value: serde_json::Value| {
            let mut case = case.clone();
            *case["exercises"][at]["config"].pointer_mut(path).unwrap() = value;
            crate::case::Case::from_json(&case.to_string())
                .unwrap_err()
                .to_string()
        };
        let err = error_at("/rules/0/id", serde_json::json!("no-such-rule"));
        assert!(
            err.starts_with(&format!("at $.exercises[{at}].config.rules[0].id:")),
            "{err}"
        );
        let err = error_at("/min_processings", serde_json::json!("six"));
        assert!(
            err.starts_with(&format!("at $.exercises[{at}].config.min_processings:")),
            "{err}"
        );
    }

    #[test]
    fn planted_flaws_are_matched_by_processing_and_rule() {
        let loaded = crate::case::load_default();
        let text = std::fs::read_to_string(crate::case::sibling(
            std::path::Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/cases/maison-verdier.json"
            )),
            "examiner.json",
        ))
        .unwrap();
        let examiner: serde_json::Value = serde_json::from_str(&text).unwrap();
        let flaws = planted_flaws(&examiner, "A7").unwrap();
        assert!(flaws.len() >= 20);
        assert!(flaws.iter().all(|f| loaded
            .case
            .organisation
            .processing_activities
            .iter()
            .any(|p| p.id == f.processing)));
        let finding = |id: &str, processing: &str, rule: Option<Rule>| AuditFinding {
            id: id.into(),
            target: Target::Processing(processing.into()),
            kind: FindingKind::NonConformity,
            rule,
            title: String::new(),
            article: String::new(),
            severity: None,
            argument: String::new(),
            recommendations: Vec::new(),
        };
        let sheet = Sheet {
            findings: vec![
                finding(
                    "paie:processor-without-contract",
                    "paie",
                    Some(Rule::ProcessorWithoutContract),
                ),
                finding(
                    "F1",
                    "recrutement",
                    Some(Rule::SpecialCategoryWithoutException),
                ),
                finding("F2", "wifi", Some(Rule::InformationMissing)),
                finding("F3", "paie", None),
            ],
            ..Sheet::default()
        };
        let review = review_flaws(&sheet, &flaws);
        assert_eq!(review.found(), 2);
        assert_eq!(review.extra, ["F2", "F3"]);
        let paie = review
            .flaws
            .iter()
            .find(|(f, _)| f.processing == "paie" && f.rule == Rule::ProcessorWithoutContract)
            .unwrap();
        assert_eq!(paie.1.as_deref(), Some("paie:processor-without-contract"));
        // A bad examiner file names the path at fault.
        let bad = serde_json::json!({"exercises": {"A7": {"planted_flaws": [{"processing": "x", "rule": "nope", "explanation": ""}]}}});
        let err = planted_flaws(&bad, "A7").unwrap_err().to_string();
        assert!(err.contains("planted_flaws"), "{err}");
    }
}
