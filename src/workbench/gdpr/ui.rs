//! The A7 GDPR audit sheet's interface: its selections, its forms (one per processing, one
//! per finding), the pickers of coded values (no enum code is ever typed), and how its
//! actions change the answer, always through `Session::change_answer` (or a recorded edit) so
//! undo, autosave and findings work as everywhere else. Drawing is in `sheet_view`.
//!
//! The four panels are the register (a table of processings; Enter opens the form), the
//! security checklist of the case, the findings (the rule engine's pending proposals first,
//! to accept with Enter or dismiss with `x`, then the candidate's findings, then the
//! dismissed proposals) and the opinion.
//!
//! `mod.rs` holds the state and the shapes of the forms, `fields` reads and writes the
//! sheet's fields and the pickers' options (pure functions of the sheet), `update` the
//! actions.

pub use crate::workbench::gdpr::fields::{
    field_text, missing_activities, parse_transfers, picker_options, processing_text, set_text,
    PickOption,
};

use crate::workbench::gdpr::audit::{self, Decision, Proposal};
use crate::workbench::gdpr::model::{AuditFinding, RiskKind, Sheet};
use crate::workbench::screen::keymap::Mode;
use crate::workbench::screen::session::{ExerciseState, Panel};

/// Selections of the sheet's panels and the open form, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetUi {
    /// Selected processing in the register.
    pub processing: usize,
    /// Selected checklist item (over all groups).
    pub check: usize,
    /// Selected row of the findings panel.
    pub finding_row: usize,
    pub form: Option<Form>,
}

/// A form over the register or the findings: the record's index and the selected row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Processing { index: usize, row: usize },
    Finding { index: usize, row: usize },
}

/// Free-text fields of a processing (multi-valued ones are typed separated by `;`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PText {
    Id,
    Name,
    Purpose,
    DataSubjects,
    DataCategories,
    Recipients,
    Processors,
    Transfers,
    Retention,
    SecurityMeasures,
    JointControllers,
    Art10Ground,
}

/// Coded fields of a processing, chosen in a picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PChoice {
    LegalBasis,
    SpecialCategories,
    Art9Exception,
    CriminalData,
    Minimisation,
    ProcessorContract,
    TransferSafeguard,
    InformationGiven,
    DpiaCriteria,
    DpiaDone,
    Severity(RiskKind),
    Likelihood(RiskKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PRow {
    Text(PText),
    Choice(PChoice),
}

/// The processing form's rows: art. 30(1)'s fields, then the three CNIL risks.
pub const PROCESSING_ROWS: &[PRow] = &[
    PRow::Text(PText::Id),
    PRow::Text(PText::Name),
    PRow::Text(PText::Purpose),
    PRow::Choice(PChoice::LegalBasis),
    PRow::Text(PText::JointControllers),
    PRow::Text(PText::DataSubjects),
    PRow::Text(PText::DataCategories),
    PRow::Choice(PChoice::Minimisation),
    PRow::Choice(PChoice::SpecialCategories),
    PRow::Choice(PChoice::Art9Exception),
    PRow::Choice(PChoice::CriminalData),
    PRow::Text(PText::Art10Ground),
    PRow::Text(PText::Recipients),
    PRow::Text(PText::Processors),
    PRow::Choice(PChoice::ProcessorContract),
    PRow::Text(PText::Transfers),
    PRow::Choice(PChoice::TransferSafeguard),
    PRow::Text(PText::Retention),
    PRow::Text(PText::SecurityMeasures),
    PRow::Choice(PChoice::InformationGiven),
    PRow::Choice(PChoice::DpiaCriteria),
    PRow::Choice(PChoice::DpiaDone),
    PRow::Choice(PChoice::Severity(RiskKind::IllegitimateAccess)),
    PRow::Choice(PChoice::Likelihood(RiskKind::IllegitimateAccess)),
    PRow::Choice(PChoice::Severity(RiskKind::UnwantedModification)),
    PRow::Choice(PChoice::Likelihood(RiskKind::UnwantedModification)),
    PRow::Choice(PChoice::Severity(RiskKind::Disappearance)),
    PRow::Choice(PChoice::Likelihood(RiskKind::Disappearance)),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FText {
    Title,
    Article,
    Argument,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RText {
    Text,
    Deadline,
}

/// The rows of a finding's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FRow {
    Target,
    Kind,
    Rule,
    Text(FText),
    Severity,
    /// A recommendation's text, owner, priority or deadline.
    RecText(usize),
    RecOwner(usize),
    RecPriority(usize),
    RecDeadline(usize),
}

/// Row of the argument in a finding's form (an accepted proposal opens there).
pub const ARGUMENT_ROW: usize = 6;

pub fn finding_rows(finding: &AuditFinding) -> Vec<FRow> {
    let mut rows = vec![
        FRow::Target,
        FRow::Kind,
        FRow::Rule,
        FRow::Text(FText::Title),
        FRow::Text(FText::Article),
        FRow::Severity,
        FRow::Text(FText::Argument),
    ];
    for i in 0..finding.recommendations.len() {
        rows.extend([
            FRow::RecText(i),
            FRow::RecOwner(i),
            FRow::RecPriority(i),
            FRow::RecDeadline(i),
        ]);
    }
    rows
}

/// What a text field of the sheet edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetField {
    Processing(usize, PText),
    Finding(usize, FText),
    Recommendation(usize, usize, RText),
    /// The comment of a checklist item (index over all groups).
    CheckComment(usize),
    Opinion,
    DismissReason(usize),
    /// The register's organisation-level entries (art. 30(1)(a)).
    Controller,
    Representative,
    Dpo,
}

impl SheetField {
    /// Long texts get a taller field.
    pub fn is_long(self) -> bool {
        matches!(
            self,
            SheetField::Opinion
                | SheetField::Finding(_, FText::Argument)
                | SheetField::Processing(_, PText::Purpose)
        )
    }
}

/// What a picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Processing(usize, PChoice),
    FindingTarget(usize),
    FindingKind(usize),
    FindingRule(usize),
    FindingSeverity(usize),
    RecOwner(usize, usize),
    RecPriority(usize, usize),
    CheckStatus(usize),
    /// A processing to add: one of the case's activities not in the register, or a blank one.
    NewProcessing,
    /// What a new finding concerns: the organisation or a processing.
    NewFinding,
    /// Which organisation-level entry of the register to edit (controller, representative,
    /// DPO).
    OrganisationEntry,
}

impl Choice {
    /// Several values can be ticked (legal bases, special categories, disproportionate
    /// collections, DPIA criteria).
    pub fn is_multi(self) -> bool {
        matches!(
            self,
            Choice::Processing(
                _,
                PChoice::LegalBasis
                    | PChoice::SpecialCategories
                    | PChoice::Minimisation
                    | PChoice::DpiaCriteria
            )
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetPicker {
    pub choice: Choice,
    pub cursor: usize,
}

impl SheetPicker {
    pub fn mode(&self) -> Mode {
        if self.choice.is_multi() {
            Mode::Checklist
        } else {
            Mode::Picker
        }
    }
}

/// The key table of the sheet's panels.
pub fn mode(state: &ExerciseState) -> Mode {
    match (state.panel, state.bench.sheet().and_then(|ui| ui.form)) {
        (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { .. }))
        | (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { .. })) => Mode::SheetForm,
        (Panel::Gdpr(GdprPanel::SheetChecklist), _) => Mode::SheetChecklist,
        (Panel::Gdpr(GdprPanel::SheetFindings), _) => Mode::SheetFindings,
        // The opinion is one text: the notes' keys.
        (Panel::Gdpr(GdprPanel::SheetOpinion), _) => Mode::Notes,
        _ => Mode::SheetRegister,
    }
}

/// A row of the findings panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingsRow {
    Proposal(Proposal),
    Finding(usize),
    Dismissed(usize),
}

/// The findings panel: pending proposals, findings, dismissed proposals.
pub fn findings_rows(sheet: &Sheet) -> Vec<FindingsRow> {
    let mut rows: Vec<FindingsRow> = audit::proposals(sheet)
        .into_iter()
        .filter(|p| audit::decision(sheet, &p.id()) == Decision::Pending)
        .map(FindingsRow::Proposal)
        .collect();
    rows.extend((0..sheet.findings.len()).map(FindingsRow::Finding));
    rows.extend((0..sheet.dismissed.len()).map(FindingsRow::Dismissed));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn processing_form_covers_every_register_field_and_risk() {
        let texts = PROCESSING_ROWS
            .iter()
            .filter(|r| matches!(r, PRow::Text(_)))
            .count();
        let choices = PROCESSING_ROWS.len() - texts;
        // 22 CSV columns (12 texts, 10 choices) and 3 risks x 2 scales.
        assert_eq!(texts, 12);
        assert_eq!(choices, 10 + 6);
        assert_eq!(
            texts + choices - 6,
            crate::workbench::gdpr::formats::CSV_HEADER.len()
        );
    }
}

/// The A7 sheet's panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GdprPanel {
    SheetRegister,
    SheetChecklist,
    SheetFindings,
    SheetOpinion,
}
