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
    if p.legal_basis.is_empty() {
        fired.push(Rule::LegalBasisMissing);
    }
    if p.purpose.trim().is_empty() {
        fired.push(Rule::PurposeMissing);
    }
    if !p.minimisation.is_empty() {
        fired.push(Rule::DataNotMinimised);
    }
    if !p.special_categories.is_empty() && p.art9_exception.is_none() {
        fired.push(Rule::SpecialCategoryWithoutException);
    }
    if p.criminal_data == Some(true) && p.art10_ground.trim().is_empty() {
        fired.push(Rule::CriminalDataWithoutGround);
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
    // Art. 49 only covers occasional transfers: a register that relies on it for a regular
    // flow needs art. 45 or 46; the candidate dismisses this if the transfer is occasional.
    if p.transfer_safeguard == Some(Safeguard::Derogation)
        && p.transfers
            .iter()
            .any(|c| !countries::in_eea(c) && countries::adequacy(c) != Some(Adequacy::Full))
    {
        fired.push(Rule::DerogationForRegularTransfer);
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
mod tests;
