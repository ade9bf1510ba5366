//! The A7 GDPR audit sheet's interface: its selections, its forms (one per processing, one
//! per finding), the pickers of coded values (no enum code is ever typed), and how its
//! actions change the answer, always through `App::change_answer` (or a recorded edit) so
//! undo, autosave and findings work as everywhere else. Drawing is in `sheet_view`.
//!
//! The four panels are the register (a table of processings; Enter opens the form), the
//! security checklist of the case, the findings (the rule engine's pending proposals first,
//! to accept with Enter or dismiss with `x`, then the candidate's findings, then the
//! dismissed proposals) and the opinion.

use super::app::{App, EditTarget, Effect, ExerciseState, Overlay, Panel, Screen};
use super::keymap::{Action, Mode};
use crate::audit::{self, Decision, Proposal, SheetConfig};
use crate::i18n::{Lang, Text};
use crate::model::countries;
use crate::model::sheet::{
    join_values, split_values, Art9Exception, AuditFinding, CheckStatus, Dismissal, DpiaCriterion,
    FindingKind, LegalBasis, Level, Owner, Priority, Processing, Recommendation, RiskKind, Rule,
    Safeguard, Severity, Sheet, SpecialCategory, Target,
};
use crate::sheet_io::tr;

/// The sheet of an exercise nobody has touched yet.
static EMPTY_SHEET: Sheet = Sheet {
    processings: Vec::new(),
    checklist: Vec::new(),
    findings: Vec::new(),
    dismissed: Vec::new(),
    opinion: String::new(),
};

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
}

/// Coded fields of a processing, chosen in a picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PChoice {
    LegalBasis,
    SpecialCategories,
    Art9Exception,
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
    PRow::Text(PText::DataSubjects),
    PRow::Text(PText::DataCategories),
    PRow::Choice(PChoice::SpecialCategories),
    PRow::Choice(PChoice::Art9Exception),
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
}

impl Choice {
    /// Several values can be ticked (special categories, DPIA criteria).
    pub fn is_multi(self) -> bool {
        matches!(
            self,
            Choice::Processing(_, PChoice::SpecialCategories | PChoice::DpiaCriteria)
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
    match (state.panel, state.sheet.form) {
        (Panel::SheetRegister, Some(Form::Processing { .. }))
        | (Panel::SheetFindings, Some(Form::Finding { .. })) => Mode::SheetForm,
        (Panel::SheetChecklist, _) => Mode::SheetChecklist,
        (Panel::SheetFindings, _) => Mode::SheetFindings,
        // The opinion is one text: the notes' keys.
        (Panel::SheetOpinion, _) => Mode::Notes,
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

/// One option of a picker: its label and whether it is the current (or a ticked) value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub label: String,
    pub marked: bool,
}

fn opt(label: impl Into<String>, marked: bool) -> PickOption {
    PickOption {
        label: label.into(),
        marked,
    }
}

/// Options of a single choice with an empty value first.
fn optional<T: Copy + PartialEq>(
    lang: Lang,
    all: &[T],
    current: Option<T>,
    label: fn(T, Lang) -> &'static str,
) -> Vec<PickOption> {
    let mut options = vec![opt(
        tr(lang, "— (non renseigné)", "— (not filled in)"),
        current.is_none(),
    )];
    options.extend(
        all.iter()
            .map(|v| opt(label(*v, lang), current == Some(*v))),
    );
    options
}

fn yes_no_options(lang: Lang, current: Option<bool>) -> Vec<PickOption> {
    vec![
        opt(
            tr(lang, "— (non renseigné)", "— (not filled in)"),
            current.is_none(),
        ),
        opt(tr(lang, "Oui", "Yes"), current == Some(true)),
        opt(tr(lang, "Non", "No"), current == Some(false)),
    ]
}

fn yes_no_at(index: usize) -> Option<bool> {
    match index {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

/// The value of an optional single choice at a picker index (0 is "not filled in").
fn value_at<T: Copy>(all: &[T], index: usize) -> Option<T> {
    index.checked_sub(1).and_then(|i| all.get(i).copied())
}

fn multi<T: Copy + PartialEq>(
    lang: Lang,
    all: &[T],
    ticked: &[T],
    label: fn(T, Lang) -> &'static str,
) -> Vec<PickOption> {
    all.iter()
        .map(|v| opt(label(*v, lang), ticked.contains(v)))
        .collect()
}

fn toggle<T: Copy + PartialEq + Ord>(values: &mut Vec<T>, value: T) {
    if let Some(at) = values.iter().position(|v| *v == value) {
        values.remove(at);
    } else {
        values.push(value);
        values.sort();
    }
}

/// Case activities not in the register yet, for the "add a processing" picker.
pub fn missing_activities<'a>(
    case: &'a crate::case::Case,
    sheet: &Sheet,
) -> Vec<&'a crate::case::ProcessingActivity> {
    case.organisation
        .processing_activities
        .iter()
        .filter(|a| sheet.processing(&a.id).is_none())
        .collect()
}

/// The options of a picker, from the case and the sheet.
pub fn picker_options(
    case: &crate::case::Case,
    config: &SheetConfig,
    sheet: &Sheet,
    lang: Lang,
    choice: Choice,
) -> Vec<PickOption> {
    let finding = |i: usize| sheet.findings.get(i);
    let rec = |i: usize, r: usize| finding(i).and_then(|f| f.recommendations.get(r));
    match choice {
        Choice::Processing(index, field) => {
            let Some(p) = sheet.processings.get(index) else {
                return Vec::new();
            };
            match field {
                PChoice::LegalBasis => {
                    optional(lang, LegalBasis::ALL, p.legal_basis, LegalBasis::label)
                }
                PChoice::SpecialCategories => multi(
                    lang,
                    SpecialCategory::ALL,
                    &p.special_categories,
                    SpecialCategory::label,
                ),
                PChoice::Art9Exception => optional(
                    lang,
                    Art9Exception::ALL,
                    p.art9_exception,
                    Art9Exception::label,
                ),
                PChoice::ProcessorContract => yes_no_options(lang, p.processor_contract),
                PChoice::TransferSafeguard => {
                    optional(lang, Safeguard::ALL, p.transfer_safeguard, Safeguard::label)
                }
                PChoice::InformationGiven => yes_no_options(lang, p.information_given),
                PChoice::DpiaCriteria => multi(
                    lang,
                    DpiaCriterion::ALL,
                    &p.dpia_criteria,
                    DpiaCriterion::label,
                ),
                PChoice::DpiaDone => yes_no_options(lang, p.dpia_done),
                PChoice::Severity(kind) => {
                    optional(lang, Level::ALL, p.risks.get(kind).severity, Level::label)
                }
                PChoice::Likelihood(kind) => {
                    optional(lang, Level::ALL, p.risks.get(kind).likelihood, Level::label)
                }
            }
        }
        Choice::FindingTarget(i) => {
            let current = finding(i).map(|f| f.target.clone());
            target_options(sheet, lang, current.as_ref())
        }
        Choice::NewFinding => target_options(sheet, lang, None),
        Choice::FindingKind(i) => FindingKind::ALL
            .iter()
            .map(|k| opt(k.label(lang), finding(i).map(|f| f.kind) == Some(*k)))
            .collect(),
        Choice::FindingRule(i) => {
            let current = finding(i).and_then(|f| f.rule);
            let mut options = vec![opt(
                tr(lang, "— (autre règle)", "— (another rule)"),
                current.is_none(),
            )];
            options.extend(Rule::ALL.iter().map(|r| {
                let label = config.rule_label(*r).unwrap_or(r.label(lang));
                opt(format!("{label} · {}", r.code()), current == Some(*r))
            }));
            options
        }
        Choice::FindingSeverity(i) => optional(
            lang,
            Severity::ALL,
            finding(i).and_then(|f| f.severity),
            Severity::label,
        ),
        Choice::RecOwner(i, r) => optional(
            lang,
            Owner::ALL,
            rec(i, r).and_then(|r| r.owner),
            Owner::label,
        ),
        Choice::RecPriority(i, r) => optional(
            lang,
            Priority::ALL,
            rec(i, r).and_then(|r| r.priority),
            Priority::label,
        ),
        Choice::CheckStatus(item) => {
            let current = config
                .items()
                .nth(item)
                .and_then(|(_, text)| sheet.check_answer(text))
                .and_then(|a| a.status);
            optional(lang, CheckStatus::ALL, current, CheckStatus::label)
        }
        Choice::NewProcessing => {
            let mut options: Vec<PickOption> = missing_activities(case, sheet)
                .into_iter()
                .map(|a| opt(format!("{} — {}", a.id, a.name), false))
                .collect();
            options.push(opt(
                tr(
                    lang,
                    "Nouveau traitement (vierge)",
                    "New processing (blank)",
                ),
                false,
            ));
            options
        }
    }
}

fn target_options(sheet: &Sheet, lang: Lang, current: Option<&Target>) -> Vec<PickOption> {
    let mut options = vec![opt(
        tr(
            lang,
            "L'organisation dans son ensemble",
            "The organisation as a whole",
        ),
        current == Some(&Target::Organisation),
    )];
    options.extend(sheet.processings.iter().map(|p| {
        opt(
            format!("{} — {}", p.id, p.name),
            current == Some(&Target::Processing(p.id.clone())),
        )
    }));
    options
}

fn target_at(sheet: &Sheet, index: usize) -> Target {
    match index.checked_sub(1).and_then(|i| sheet.processings.get(i)) {
        Some(p) => Target::Processing(p.id.clone()),
        None => Target::Organisation,
    }
}

/// The text of a sheet field, as the field shows it.
pub fn field_text(config: &SheetConfig, sheet: &Sheet, field: SheetField) -> String {
    match field {
        SheetField::Processing(i, t) => sheet
            .processings
            .get(i)
            .map(|p| processing_text(p, t))
            .unwrap_or_default(),
        SheetField::Finding(i, t) => sheet
            .findings
            .get(i)
            .map(|f| match t {
                FText::Title => f.title.clone(),
                FText::Article => f.article.clone(),
                FText::Argument => f.argument.clone(),
            })
            .unwrap_or_default(),
        SheetField::Recommendation(i, r, t) => sheet
            .findings
            .get(i)
            .and_then(|f| f.recommendations.get(r))
            .map(|r| match t {
                RText::Text => r.text.clone(),
                RText::Deadline => r.deadline.clone(),
            })
            .unwrap_or_default(),
        SheetField::CheckComment(item) => config
            .items()
            .nth(item)
            .and_then(|(_, text)| sheet.check_answer(text))
            .map(|a| a.comment.clone())
            .unwrap_or_default(),
        SheetField::Opinion => sheet.opinion.clone(),
        SheetField::DismissReason(i) => sheet
            .dismissed
            .get(i)
            .map(|d| d.reason.clone())
            .unwrap_or_default(),
    }
}

pub fn processing_text(p: &Processing, field: PText) -> String {
    match field {
        PText::Id => p.id.clone(),
        PText::Name => p.name.clone(),
        PText::Purpose => p.purpose.clone(),
        PText::DataSubjects => join_values(&p.data_subjects),
        PText::DataCategories => join_values(&p.data_categories),
        PText::Recipients => join_values(&p.recipients),
        PText::Processors => join_values(&p.processors),
        PText::Transfers => join_values(&p.transfers),
        PText::Retention => p.retention.clone(),
        PText::SecurityMeasures => join_values(&p.security_measures),
    }
}

/// Country codes of a transfers field, and the words that are not codes.
pub fn parse_transfers(text: &str) -> (Vec<String>, Vec<String>) {
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    for value in split_values(text) {
        let upper = value.to_ascii_uppercase();
        if countries::is_country_code(&upper) {
            if !codes.contains(&upper) {
                codes.push(upper);
            }
        } else {
            unknown.push(value);
        }
    }
    (codes, unknown)
}

/// Writes a text field into the sheet (the history was recorded when the field opened).
pub fn set_text(config: &SheetConfig, sheet: &mut Sheet, field: SheetField, text: String) {
    match field {
        SheetField::Processing(i, PText::Id) => {
            if let Some(old) = sheet.processings.get(i).map(|p| p.id.clone()) {
                sheet.rename_processing(&old, text.trim());
            }
        }
        SheetField::Processing(i, t) => {
            let Some(p) = sheet.processings.get_mut(i) else {
                return;
            };
            match t {
                PText::Id => {}
                PText::Name => p.name = text,
                PText::Purpose => p.purpose = text,
                PText::DataSubjects => p.data_subjects = split_values(&text),
                PText::DataCategories => p.data_categories = split_values(&text),
                PText::Recipients => p.recipients = split_values(&text),
                PText::Processors => p.processors = split_values(&text),
                PText::Transfers => p.transfers = parse_transfers(&text).0,
                PText::Retention => p.retention = text,
                PText::SecurityMeasures => p.security_measures = split_values(&text),
            }
        }
        SheetField::Finding(i, t) => {
            if let Some(f) = sheet.findings.get_mut(i) {
                match t {
                    FText::Title => f.title = text,
                    FText::Article => f.article = text,
                    FText::Argument => f.argument = text,
                }
            }
        }
        SheetField::Recommendation(i, r, t) => {
            if let Some(rec) = sheet
                .findings
                .get_mut(i)
                .and_then(|f| f.recommendations.get_mut(r))
            {
                match t {
                    RText::Text => rec.text = text,
                    RText::Deadline => rec.deadline = text,
                }
            }
        }
        SheetField::CheckComment(item) => {
            if let Some((_, item)) = config.items().nth(item) {
                sheet.check_answer_mut(item).comment = text;
            }
        }
        SheetField::Opinion => sheet.opinion = text,
        SheetField::DismissReason(i) => {
            if let Some(d) = sheet.dismissed.get_mut(i) {
                d.reason = text;
            }
        }
    }
}

/// Applies the option at `index` of a single choice.
fn apply_choice(case: &crate::case::Case, sheet: &mut Sheet, choice: Choice, index: usize) {
    let _ = case;
    let target = target_at(sheet, index);
    fn finding(sheet: &mut Sheet, i: usize) -> Option<&mut AuditFinding> {
        sheet.findings.get_mut(i)
    }
    match choice {
        Choice::Processing(i, field) => {
            let Some(p) = sheet.processings.get_mut(i) else {
                return;
            };
            match field {
                PChoice::LegalBasis => p.legal_basis = value_at(LegalBasis::ALL, index),
                PChoice::Art9Exception => p.art9_exception = value_at(Art9Exception::ALL, index),
                PChoice::ProcessorContract => p.processor_contract = yes_no_at(index),
                PChoice::TransferSafeguard => {
                    p.transfer_safeguard = value_at(Safeguard::ALL, index)
                }
                PChoice::InformationGiven => p.information_given = yes_no_at(index),
                PChoice::DpiaDone => p.dpia_done = yes_no_at(index),
                PChoice::Severity(kind) => {
                    p.risks.get_mut(kind).severity = value_at(Level::ALL, index)
                }
                PChoice::Likelihood(kind) => {
                    p.risks.get_mut(kind).likelihood = value_at(Level::ALL, index)
                }
                PChoice::SpecialCategories => {
                    if let Some(v) = SpecialCategory::ALL.get(index) {
                        toggle(&mut p.special_categories, *v);
                    }
                }
                PChoice::DpiaCriteria => {
                    if let Some(v) = DpiaCriterion::ALL.get(index) {
                        toggle(&mut p.dpia_criteria, *v);
                    }
                }
            }
        }
        Choice::FindingTarget(i) => {
            if let Some(f) = finding(sheet, i) {
                f.target = target;
            }
        }
        Choice::FindingKind(i) => {
            if let (Some(f), Some(kind)) = (finding(sheet, i), FindingKind::ALL.get(index)) {
                f.kind = *kind;
            }
        }
        Choice::FindingRule(i) => {
            if let Some(f) = finding(sheet, i) {
                f.rule = value_at(Rule::ALL, index);
            }
        }
        Choice::FindingSeverity(i) => {
            if let Some(f) = finding(sheet, i) {
                f.severity = value_at(Severity::ALL, index);
            }
        }
        Choice::RecOwner(i, r) => {
            if let Some(rec) = finding(sheet, i).and_then(|f| f.recommendations.get_mut(r)) {
                rec.owner = value_at(Owner::ALL, index);
            }
        }
        Choice::RecPriority(i, r) => {
            if let Some(rec) = finding(sheet, i).and_then(|f| f.recommendations.get_mut(r)) {
                rec.priority = value_at(Priority::ALL, index);
            }
        }
        Choice::CheckStatus(_) | Choice::NewProcessing | Choice::NewFinding => {}
    }
}

/// The next answer of a checklist item when Space is pressed.
fn cycle_status(status: Option<CheckStatus>) -> Option<CheckStatus> {
    match status {
        None => Some(CheckStatus::Yes),
        Some(CheckStatus::Yes) => Some(CheckStatus::Partial),
        Some(CheckStatus::Partial) => Some(CheckStatus::No),
        Some(CheckStatus::No) => Some(CheckStatus::NotApplicable),
        Some(CheckStatus::NotApplicable) => None,
    }
}

fn step(index: usize, len: usize, down: bool) -> usize {
    if down {
        (index + 1).min(len.saturating_sub(1))
    } else {
        index.saturating_sub(1)
    }
}

impl App {
    /// The sheet of the current exercise (empty if none yet).
    pub fn current_sheet(&self) -> &Sheet {
        match &self.screen {
            Screen::Exercise(state) => self
                .workspace
                .answer(&state.exercise)
                .and_then(|a| a.sheet.as_ref())
                .unwrap_or(&EMPTY_SHEET),
            Screen::Home(_) => &EMPTY_SHEET,
        }
    }

    /// The configuration of the current exercise, if it is a sheet.
    pub fn sheet_config(&self) -> SheetConfig {
        self.current_exercise()
            .map(|(exercise, _)| SheetConfig::of(exercise))
            .unwrap_or_default()
    }

    fn sheet_ui(&self) -> SheetUi {
        match &self.screen {
            Screen::Exercise(state) => state.sheet.clone(),
            Screen::Home(_) => SheetUi::default(),
        }
    }

    fn set_sheet_ui(&mut self, change: impl FnOnce(&mut SheetUi)) {
        if let Some(state) = self.state_mut() {
            change(&mut state.sheet);
        }
    }

    fn change_sheet<R>(&mut self, change: impl FnOnce(&mut Sheet) -> R) -> R {
        self.change_answer(|answer| change(answer.sheet.get_or_insert_with(Sheet::default)))
    }

    /// Writes a typed field into the sheet (called as the person types).
    pub(super) fn set_sheet_text(&mut self, field: SheetField, text: String) {
        let config = self.sheet_config();
        let id = self.exercise_id();
        let sheet = self.workspace.answer_mut(&id).sheet.get_or_insert_default();
        set_text(&config, sheet, field, text);
        self.dirty = true;
    }

    /// A sheet field was confirmed: say what was not understood, then save.
    pub(super) fn sheet_field_confirmed(&mut self, field: SheetField, text: &str) -> Vec<Effect> {
        if let SheetField::Processing(_, PText::Transfers) = field {
            let (_, unknown) = parse_transfers(text);
            if !unknown.is_empty() {
                let list = unknown.join(", ");
                self.error(match self.lang {
                    Lang::Fr => format!(
                        "Codes pays ISO 3166 inconnus, ignorés : {list} (exemples : US, TN, GB)"
                    ),
                    Lang::En => format!(
                        "Unknown ISO 3166 country codes, ignored: {list} (for example US, TN, GB)"
                    ),
                });
            }
        }
        vec![Effect::SaveNow]
    }

    /// A new entry's first field was cancelled, so the entry is gone: close a form left
    /// pointing past the end of its list.
    pub(super) fn sheet_entry_cancelled(&mut self) {
        let (processings, findings) = {
            let sheet = self.current_sheet();
            (sheet.processings.len(), sheet.findings.len())
        };
        self.set_sheet_ui(|ui| {
            ui.form = match ui.form {
                Some(Form::Processing { index, .. }) if index >= processings => None,
                Some(Form::Finding { index, .. }) if index >= findings => None,
                form => form,
            }
        });
        self.clamp_findings_row();
    }

    fn open_sheet_field(&mut self, field: SheetField, is_new: bool) {
        let text = field_text(&self.sheet_config(), self.current_sheet(), field);
        if !is_new {
            self.record_before_edit();
        }
        self.open_field(EditTarget::Sheet(field), &text, is_new);
    }

    fn open_picker(&mut self, choice: Choice) {
        let options = picker_options(
            &self.case,
            &self.sheet_config(),
            self.current_sheet(),
            self.lang,
            choice,
        );
        let cursor = if choice.is_multi() {
            0
        } else {
            options.iter().position(|o| o.marked).unwrap_or(0)
        };
        if choice.is_multi() {
            self.record_before_edit();
        }
        self.overlay = Some(Overlay::SheetPick(SheetPicker { choice, cursor }));
    }

    /// The sheet's actions, by panel and form.
    pub(super) fn update_sheet(&mut self, action: Action) {
        let Some((_, state)) = self.current_exercise() else {
            return;
        };
        let panel = state.panel;
        let ui = self.sheet_ui();
        match (panel, ui.form) {
            (Panel::SheetRegister, Some(Form::Processing { index, row })) => {
                self.update_processing_form(action, index, row)
            }
            (Panel::SheetFindings, Some(Form::Finding { index, row })) => {
                self.update_finding_form(action, index, row)
            }
            (Panel::SheetRegister, _) => self.update_register(action, ui.processing),
            (Panel::SheetChecklist, _) => self.update_checklist(action, ui.check),
            (Panel::SheetFindings, _) => self.update_findings(action, ui.finding_row),
            (Panel::SheetOpinion, _) if action == Action::EditEntry => {
                self.open_sheet_field(SheetField::Opinion, false)
            }
            _ => {}
        }
    }

    fn update_register(&mut self, action: Action, selected: usize) {
        let count = self.current_sheet().processings.len();
        let selected = selected.min(count.saturating_sub(1));
        match action {
            Action::SelectPrev | Action::SelectNext => {
                let next = step(selected, count, action == Action::SelectNext);
                self.set_sheet_ui(|ui| ui.processing = next);
            }
            Action::EditEntry if count > 0 => self.set_sheet_ui(|ui| {
                ui.processing = selected;
                ui.form = Some(Form::Processing {
                    index: selected,
                    row: 0,
                });
            }),
            Action::EditEntry => self.info(self.t(Text::SelectItemFirst)),
            Action::AddEntry => self.open_picker(Choice::NewProcessing),
            Action::DeleteEntry if count > 0 => {
                self.change_sheet(|s| s.processings.remove(selected));
                self.set_sheet_ui(|ui| ui.processing = selected.min(count.saturating_sub(2)));
                self.info(self.t(Text::Deleted));
            }
            _ => {}
        }
    }

    fn update_processing_form(&mut self, action: Action, index: usize, row: usize) {
        let count = self.current_sheet().processings.len();
        if count == 0 {
            self.set_sheet_ui(|ui| ui.form = None);
            return;
        }
        let index = index.min(count - 1);
        let row = row.min(PROCESSING_ROWS.len() - 1);
        let set_form = |app: &mut App, index: usize, row: usize| {
            app.set_sheet_ui(|ui| {
                ui.processing = index;
                ui.form = Some(Form::Processing { index, row });
            })
        };
        match action {
            Action::SelectPrev | Action::SelectNext => {
                let row = step(row, PROCESSING_ROWS.len(), action == Action::SelectNext);
                set_form(self, index, row);
            }
            Action::NextRecord | Action::PrevRecord => {
                let index = step(index, count, action == Action::NextRecord);
                set_form(self, index, row);
            }
            Action::Cancel => self.set_sheet_ui(|ui| ui.form = None),
            Action::EditEntry => match PROCESSING_ROWS[row] {
                PRow::Text(t) => self.open_sheet_field(SheetField::Processing(index, t), false),
                PRow::Choice(c) => self.open_picker(Choice::Processing(index, c)),
            },
            Action::DeleteEntry => match PROCESSING_ROWS[row] {
                PRow::Text(PText::Id) => {}
                PRow::Text(t) => {
                    let config = self.sheet_config();
                    self.change_sheet(|s| {
                        set_text(&config, s, SheetField::Processing(index, t), String::new())
                    });
                }
                PRow::Choice(c) => self.change_sheet(|s| {
                    if let Some(p) = s.processings.get_mut(index) {
                        clear_choice(p, c);
                    }
                }),
            },
            _ => {}
        }
    }

    fn update_checklist(&mut self, action: Action, selected: usize) {
        let config = self.sheet_config();
        let count = config.items().count();
        let selected = selected.min(count.saturating_sub(1));
        let Some((_, item)) = config.items().nth(selected) else {
            return;
        };
        let item = item.clone();
        match action {
            Action::SelectPrev | Action::SelectNext => {
                let next = step(selected, count, action == Action::SelectNext);
                self.set_sheet_ui(|ui| ui.check = next);
            }
            Action::ToggleMark => self.change_sheet(|s| {
                let answer = s.check_answer_mut(&item);
                answer.status = cycle_status(answer.status);
            }),
            Action::EditEntry => self.open_picker(Choice::CheckStatus(selected)),
            Action::EditEvidence => {
                self.open_sheet_field(SheetField::CheckComment(selected), false)
            }
            Action::DeleteEntry => self.change_sheet(|s| s.checklist.retain(|a| a.item != item)),
            _ => {}
        }
    }

    fn update_findings(&mut self, action: Action, selected: usize) {
        let rows = findings_rows(self.current_sheet());
        let selected = selected.min(rows.len().saturating_sub(1));
        let row = rows.get(selected).cloned();
        match (action, row) {
            (Action::SelectPrev | Action::SelectNext, _) => {
                let next = step(selected, rows.len(), action == Action::SelectNext);
                self.set_sheet_ui(|ui| ui.finding_row = next);
            }
            (Action::AddEntry, _) => self.open_picker(Choice::NewFinding),
            (Action::EditEntry, Some(FindingsRow::Proposal(proposal))) => {
                self.accept_proposal(&proposal)
            }
            (Action::EditEntry, Some(FindingsRow::Finding(index))) => self.set_sheet_ui(|ui| {
                ui.form = Some(Form::Finding { index, row: 0 });
            }),
            (Action::EditEntry, Some(FindingsRow::Dismissed(index))) => {
                self.open_sheet_field(SheetField::DismissReason(index), false)
            }
            (Action::DismissProposal, Some(FindingsRow::Proposal(proposal))) => {
                let id = proposal.id();
                let index = self.change_sheet(|s| {
                    s.dismissed.push(Dismissal {
                        id,
                        reason: String::new(),
                    });
                    s.dismissed.len() - 1
                });
                self.open_field(
                    EditTarget::Sheet(SheetField::DismissReason(index)),
                    "",
                    true,
                );
            }
            (Action::DismissProposal, _) => self.info(match self.lang {
                Lang::Fr => "Seule une proposition de l'analyse (marquée ?) peut être écartée.",
                Lang::En => "Only a proposal of the analysis (marked ?) can be dismissed.",
            }),
            (Action::DeleteEntry, Some(FindingsRow::Finding(index))) => {
                self.change_sheet(|s| s.findings.remove(index));
                self.info(self.t(Text::Deleted));
            }
            (Action::DeleteEntry, Some(FindingsRow::Dismissed(index))) => {
                self.change_sheet(|s| s.dismissed.remove(index));
                self.info(match self.lang {
                    Lang::Fr => "Proposition rétablie (u pour annuler).",
                    Lang::En => "Proposal restored (u to undo).",
                });
            }
            _ => {}
        }
        self.clamp_findings_row();
    }

    fn clamp_findings_row(&mut self) {
        let count = findings_rows(self.current_sheet()).len();
        self.set_sheet_ui(|ui| ui.finding_row = ui.finding_row.min(count.saturating_sub(1)));
    }

    /// Accepts a proposal: it becomes a finding with the proposal's id, and the argument
    /// field opens (Esc there undoes the acceptance).
    fn accept_proposal(&mut self, proposal: &Proposal) {
        let config = self.sheet_config();
        let rule = proposal.rule;
        let finding = AuditFinding {
            id: proposal.id(),
            target: Target::Processing(proposal.processing.clone()),
            kind: rule.finding_kind(),
            rule: Some(rule),
            title: config
                .rule_label(rule)
                .unwrap_or(rule.label(self.lang))
                .to_string(),
            article: rule.article().to_string(),
            severity: None,
            argument: String::new(),
            recommendations: Vec::new(),
        };
        let index = self.change_sheet(|s| {
            s.findings.push(finding);
            s.findings.len() - 1
        });
        self.set_sheet_ui(|ui| {
            ui.form = Some(Form::Finding {
                index,
                row: ARGUMENT_ROW,
            })
        });
        self.open_field(
            EditTarget::Sheet(SheetField::Finding(index, FText::Argument)),
            "",
            true,
        );
    }

    fn update_finding_form(&mut self, action: Action, index: usize, row: usize) {
        let sheet = self.current_sheet();
        let count = sheet.findings.len();
        let Some(finding) = sheet.findings.get(index.min(count.saturating_sub(1))) else {
            self.set_sheet_ui(|ui| ui.form = None);
            return;
        };
        let index = index.min(count - 1);
        let rows = finding_rows(finding);
        let row = row.min(rows.len() - 1);
        let recommendations = finding.recommendations.len();
        let set_form = |app: &mut App, index: usize, row: usize| {
            app.set_sheet_ui(|ui| ui.form = Some(Form::Finding { index, row }))
        };
        match action {
            Action::SelectPrev | Action::SelectNext => set_form(
                self,
                index,
                step(row, rows.len(), action == Action::SelectNext),
            ),
            Action::NextRecord | Action::PrevRecord => {
                set_form(self, step(index, count, action == Action::NextRecord), 0)
            }
            Action::Cancel => {
                self.set_sheet_ui(|ui| ui.form = None);
                // Back on the finding's row of the list.
                let position = findings_rows(self.current_sheet())
                    .iter()
                    .position(|r| *r == FindingsRow::Finding(index))
                    .unwrap_or(0);
                self.set_sheet_ui(|ui| ui.finding_row = position);
            }
            Action::AddEntry => {
                self.change_sheet(|s| {
                    if let Some(f) = s.findings.get_mut(index) {
                        f.recommendations.push(Recommendation::default());
                    }
                });
                let new_row = finding_rows(&self.current_sheet().findings[index])
                    .iter()
                    .position(|r| *r == FRow::RecText(recommendations))
                    .unwrap_or(0);
                set_form(self, index, new_row);
                self.open_field(
                    EditTarget::Sheet(SheetField::Recommendation(
                        index,
                        recommendations,
                        RText::Text,
                    )),
                    "",
                    true,
                );
            }
            Action::EditEntry => match rows[row] {
                FRow::Target => self.open_picker(Choice::FindingTarget(index)),
                FRow::Kind => self.open_picker(Choice::FindingKind(index)),
                FRow::Rule => self.open_picker(Choice::FindingRule(index)),
                FRow::Severity => self.open_picker(Choice::FindingSeverity(index)),
                FRow::Text(t) => self.open_sheet_field(SheetField::Finding(index, t), false),
                FRow::RecText(r) => {
                    self.open_sheet_field(SheetField::Recommendation(index, r, RText::Text), false)
                }
                FRow::RecDeadline(r) => self
                    .open_sheet_field(SheetField::Recommendation(index, r, RText::Deadline), false),
                FRow::RecOwner(r) => self.open_picker(Choice::RecOwner(index, r)),
                FRow::RecPriority(r) => self.open_picker(Choice::RecPriority(index, r)),
            },
            Action::DeleteEntry => match rows[row] {
                FRow::RecText(r)
                | FRow::RecOwner(r)
                | FRow::RecPriority(r)
                | FRow::RecDeadline(r) => {
                    self.change_sheet(|s| {
                        if let Some(f) = s.findings.get_mut(index) {
                            f.recommendations.remove(r);
                        }
                    });
                    set_form(self, index, row.saturating_sub(4).max(ARGUMENT_ROW));
                    self.info(self.t(Text::Deleted));
                }
                FRow::Text(t) => {
                    let config = self.sheet_config();
                    self.change_sheet(|s| {
                        set_text(&config, s, SheetField::Finding(index, t), String::new())
                    });
                }
                FRow::Severity => self.change_sheet(|s| {
                    if let Some(f) = s.findings.get_mut(index) {
                        f.severity = None;
                    }
                }),
                FRow::Rule => self.change_sheet(|s| {
                    if let Some(f) = s.findings.get_mut(index) {
                        f.rule = None;
                    }
                }),
                FRow::Target | FRow::Kind => {}
            },
            _ => {}
        }
    }

    /// The actions of a sheet picker.
    pub(super) fn update_sheet_picker(
        &mut self,
        picker: SheetPicker,
        action: Action,
    ) -> Vec<Effect> {
        let SheetPicker { choice, cursor } = picker;
        let count = picker_options(
            &self.case,
            &self.sheet_config(),
            self.current_sheet(),
            self.lang,
            choice,
        )
        .len();
        let keep = |app: &mut App, cursor: usize| {
            app.overlay = Some(Overlay::SheetPick(SheetPicker { choice, cursor }));
        };
        match action {
            Action::SelectPrev | Action::SelectNext => {
                keep(self, step(cursor, count, action == Action::SelectNext));
            }
            Action::ToggleMark if choice.is_multi() => {
                let id = self.exercise_id();
                let case = self.case.clone();
                let sheet = self.workspace.answer_mut(&id).sheet.get_or_insert_default();
                apply_choice(&case, sheet, choice, cursor);
                self.touch();
                keep(self, cursor);
            }
            Action::Confirm if choice.is_multi() => return vec![Effect::SaveNow],
            Action::Cancel if choice.is_multi() => {
                let id = self.exercise_id();
                let mut answer = self.workspace.answer(&id).cloned().unwrap_or_default();
                if self
                    .histories
                    .entry(id.clone())
                    .or_default()
                    .revert(&mut answer)
                {
                    *self.workspace.answer_mut(&id) = answer;
                }
                self.touch();
            }
            Action::Confirm => {
                self.confirm_choice(choice, cursor);
                return vec![Effect::SaveNow];
            }
            Action::Cancel => {}
            _ => keep(self, cursor),
        }
        Vec::new()
    }

    fn confirm_choice(&mut self, choice: Choice, index: usize) {
        match choice {
            Choice::NewProcessing => {
                let activity = missing_activities(&self.case, self.current_sheet())
                    .get(index)
                    .map(|a| (a.id.clone(), a.name.clone()));
                let blank = activity.is_none();
                let at = self.change_sheet(|s| {
                    let (id, name) = activity.unwrap_or_default();
                    let id = s.free_processing_id(if id.is_empty() { "traitement" } else { &id });
                    s.processings.push(Processing {
                        id,
                        name,
                        ..Processing::default()
                    });
                    s.processings.len() - 1
                });
                self.set_sheet_ui(|ui| {
                    ui.processing = at;
                    ui.form = Some(Form::Processing {
                        index: at,
                        row: if blank { 1 } else { 2 },
                    });
                });
            }
            Choice::NewFinding => {
                let target = target_at(self.current_sheet(), index);
                let at = self.change_sheet(|s| {
                    let id = s.next_manual_finding_id();
                    s.findings.push(AuditFinding {
                        id,
                        target,
                        kind: FindingKind::NonConformity,
                        rule: None,
                        title: String::new(),
                        article: String::new(),
                        severity: None,
                        argument: String::new(),
                        recommendations: Vec::new(),
                    });
                    s.findings.len() - 1
                });
                self.set_sheet_ui(|ui| ui.form = Some(Form::Finding { index: at, row: 3 }));
                self.open_field(
                    EditTarget::Sheet(SheetField::Finding(at, FText::Title)),
                    "",
                    true,
                );
            }
            Choice::CheckStatus(item) => {
                let config = self.sheet_config();
                let text = config.items().nth(item).map(|(_, text)| text.clone());
                if let Some(text) = text {
                    self.change_sheet(|s| {
                        s.check_answer_mut(&text).status = value_at(CheckStatus::ALL, index)
                    });
                }
            }
            _ => {
                let case = self.case.clone();
                self.change_sheet(|s| apply_choice(&case, s, choice, index));
            }
        }
    }
}

fn clear_choice(p: &mut Processing, choice: PChoice) {
    match choice {
        PChoice::LegalBasis => p.legal_basis = None,
        PChoice::SpecialCategories => p.special_categories.clear(),
        PChoice::Art9Exception => p.art9_exception = None,
        PChoice::ProcessorContract => p.processor_contract = None,
        PChoice::TransferSafeguard => p.transfer_safeguard = None,
        PChoice::InformationGiven => p.information_given = None,
        PChoice::DpiaCriteria => p.dpia_criteria.clear(),
        PChoice::DpiaDone => p.dpia_done = None,
        PChoice::Severity(kind) => p.risks.get_mut(kind).severity = None,
        PChoice::Likelihood(kind) => p.risks.get_mut(kind).likelihood = None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfers_keep_codes_and_report_the_rest() {
        let (codes, unknown) = parse_transfers("us; Tunisie; tn; US");
        assert_eq!(codes, ["US", "TN"]);
        assert_eq!(unknown, ["Tunisie"]);
    }

    #[test]
    fn processing_form_covers_every_register_field_and_risk() {
        let texts = PROCESSING_ROWS
            .iter()
            .filter(|r| matches!(r, PRow::Text(_)))
            .count();
        let choices = PROCESSING_ROWS.len() - texts;
        // 18 CSV columns (10 texts, 8 choices) and 3 risks x 2 scales.
        assert_eq!(texts, 10);
        assert_eq!(choices, 8 + 6);
    }

    #[test]
    fn checklist_status_cycles_back_to_empty() {
        let mut status = None;
        for _ in 0..5 {
            status = cycle_status(status);
        }
        assert_eq!(status, None);
    }
}
