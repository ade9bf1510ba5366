//! How the sheet's actions change the answer: by panel and by form. `update` and
//! `update_picker` take the sheet's selections (`SheetUi`) and a `BenchCx`, and change the
//! answer through `BenchCx::change_answer` (or an edit recorded when its field opens), so
//! undo, autosave and the findings work as for every workbench.

use crate::i18n::{unknown_country_codes, SheetLabel, SheetText, Text};
use crate::workbench::gdpr::audit::{Proposal, SheetConfig};
use crate::workbench::gdpr::fields::{
    apply_choice, clear_choice, cycle_status, target_at, value_at,
};
use crate::workbench::gdpr::model::{
    AuditFinding, CheckStatus, Dismissal, FindingKind, Processing, Recommendation, Sheet, Target,
};
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::gdpr::ui::{
    field_text, finding_rows, findings_rows, missing_activities, parse_transfers, picker_options,
    set_text, Choice, FRow, FText, FindingsRow, Form, PRow, PText, RText, SheetField, SheetPicker,
    SheetUi, ARGUMENT_ROW, PROCESSING_ROWS,
};
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Screen, Session};
use crate::workspace::Workspace;

/// The sheet of an exercise nobody has touched yet.
static EMPTY_SHEET: Sheet = Sheet {
    controller: String::new(),
    representative: String::new(),
    dpo: String::new(),
    processings: Vec::new(),
    checklist: Vec::new(),
    findings: Vec::new(),
    dismissed: Vec::new(),
    opinion: String::new(),
};

fn step(index: usize, len: usize, down: bool) -> usize {
    if down {
        (index + 1).min(len.saturating_sub(1))
    } else {
        index.saturating_sub(1)
    }
}

impl Session {
    /// The sheet of the current exercise (empty if none yet).
    pub fn current_sheet(&self) -> &Sheet {
        match &self.screen {
            Screen::Exercise(state) => sheet_of(&state.exercise, &self.workspace),
            Screen::Home(_) => &EMPTY_SHEET,
        }
    }

    /// The configuration of the current exercise, if it is a sheet.
    pub fn sheet_config(&self) -> SheetConfig {
        self.current_exercise()
            .map(|(exercise, _)| SheetConfig::of(exercise))
            .unwrap_or_default()
    }

    fn set_sheet_ui(&mut self, change: impl FnOnce(&mut SheetUi)) {
        if let Some(ui) = self
            .bench_mut()
            .and_then(crate::workbench::Bench::sheet_mut)
        {
            change(ui);
        }
    }

    /// Writes a typed field into the sheet (called as the person types).
    pub(crate) fn set_sheet_text(&mut self, field: SheetField, text: String) {
        let config = self.sheet_config();
        let id = self.exercise_id();
        let sheet = self.workspace.answer_mut(&id).sheet.get_or_insert_default();
        set_text(&config, sheet, field, text);
        self.dirty = true;
    }

    /// A sheet field was confirmed: say what was not understood, then save.
    pub(crate) fn sheet_field_confirmed(&mut self, field: SheetField, text: &str) -> Vec<Effect> {
        if let SheetField::Processing(_, PText::Transfers) = field {
            let (_, unknown) = parse_transfers(text);
            if !unknown.is_empty() {
                let list = unknown.join(", ");
                self.error(unknown_country_codes(self.lang, &list));
            }
        }
        vec![Effect::SaveNow]
    }

    /// A new entry's first field was cancelled, so the entry is gone: close a form left
    /// pointing past the end of its list.
    pub(crate) fn sheet_entry_cancelled(&mut self) {
        let Some((bench, cx)) = self.split_bench() else {
            return;
        };
        let Some(ui) = bench.sheet_mut() else {
            return;
        };
        let (processings, findings) = {
            let sheet = sheet_in(&cx);
            (sheet.processings.len(), sheet.findings.len())
        };
        ui.form = match ui.form {
            Some(Form::Processing { index, .. }) if index >= processings => None,
            Some(Form::Finding { index, .. }) if index >= findings => None,
            form => form,
        };
        clamp_findings_row(ui, &cx);
    }

    /// The actions of a sheet picker.
    pub(crate) fn update_sheet_picker(
        &mut self,
        picker: SheetPicker,
        action: Action,
    ) -> Vec<Effect> {
        let Some((bench, mut cx)) = self.split_bench() else {
            return Vec::new();
        };
        // The picker opens over the sheet's bench; its selections are kept there.
        let mut detached = SheetUi::default();
        let ui = bench.sheet_mut().unwrap_or(&mut detached);
        update_picker(ui, &mut cx, picker, action)
    }

    /// A click in the sheet's panel selects the row under it (a second click on the selected
    /// processing opens its form, as on the home screen). False when the click is not ours.
    pub(crate) fn click_sheet(&mut self, at: ratatui::layout::Position) -> bool {
        let Some((exercise, state)) = self.current_exercise() else {
            return false;
        };
        if exercise.kind != crate::case::Kind::Sheet
            || !matches!(
                state.panel,
                Panel::Gdpr(GdprPanel::SheetRegister)
                    | Panel::Gdpr(GdprPanel::SheetChecklist)
                    | Panel::Gdpr(GdprPanel::SheetFindings)
            )
        {
            return false;
        }
        let body = crate::workbench::screen::layout::frame(self.size).body;
        let regions = crate::workbench::screen::layout::exercise(body, exercise, state.brief.shown);
        let area = crate::workbench::screen::session::inner(regions.panel);
        let Some(row) = self.bench_view().and_then(|(bench, view)| {
            crate::workbench::gdpr::view::row_at(bench.sheet()?, &view, area, at)
        }) else {
            return false;
        };
        let panel = state.panel;
        let ui = state.bench.sheet().cloned().unwrap_or_default();
        match (panel, ui.form) {
            (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { index, .. })) => {
                self.set_sheet_ui(|ui| ui.form = Some(Form::Processing { index, row }))
            }
            (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, .. })) => {
                self.set_sheet_ui(|ui| ui.form = Some(Form::Finding { index, row }))
            }
            (Panel::Gdpr(GdprPanel::SheetRegister), _) if ui.processing == row => {
                if let Some((bench, mut cx)) = self.split_bench() {
                    if let Some(ui) = bench.sheet_mut() {
                        update_register(ui, &mut cx, Action::EditEntry, row);
                    }
                }
            }
            (Panel::Gdpr(GdprPanel::SheetRegister), _) => {
                self.set_sheet_ui(|ui| ui.processing = row)
            }
            (Panel::Gdpr(GdprPanel::SheetChecklist), _) => self.set_sheet_ui(|ui| ui.check = row),
            _ => self.set_sheet_ui(|ui| ui.finding_row = row),
        }
        true
    }
}

/// The sheet of exercise `id` in `workspace` (empty if none yet).
pub fn sheet_of<'a>(id: &str, workspace: &'a Workspace) -> &'a Sheet {
    workspace
        .answer(id)
        .and_then(|a| a.sheet.as_ref())
        .unwrap_or(&EMPTY_SHEET)
}

fn sheet_in<'c>(cx: &'c BenchCx) -> &'c Sheet {
    sheet_of(&cx.exercise.id, cx.workspace)
}

fn config(cx: &BenchCx) -> SheetConfig {
    SheetConfig::of(cx.exercise)
}

fn change_sheet<R>(cx: &mut BenchCx, change: impl FnOnce(&mut Sheet) -> R) -> R {
    cx.change_answer(|answer| change(answer.sheet.get_or_insert_with(Sheet::default)))
}

fn open_sheet_field(cx: &mut BenchCx, field: SheetField, is_new: bool) {
    let text = field_text(&config(cx), sheet_in(cx), field);
    if !is_new {
        cx.record_before_edit();
    }
    cx.open_field(EditTarget::Sheet(field), &text, is_new);
}

fn open_picker(cx: &mut BenchCx, choice: Choice) {
    let options = picker_options(cx.case, &config(cx), sheet_in(cx), cx.lang, choice);
    let cursor = if choice.is_multi() {
        0
    } else {
        options.iter().position(|o| o.marked).unwrap_or(0)
    };
    if choice.is_multi() {
        cx.record_before_edit();
    }
    *cx.overlay = Some(Overlay::SheetPick(SheetPicker { choice, cursor }));
}

/// The sheet's actions, by panel and form.
pub fn update(ui: &mut SheetUi, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let form = ui.form;
    let (processing, check, finding_row) = (ui.processing, ui.check, ui.finding_row);
    match (*cx.panel, form) {
        (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { index, row })) => {
            update_processing_form(ui, cx, action, index, row)
        }
        (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, row })) => {
            update_finding_form(ui, cx, action, index, row)
        }
        (Panel::Gdpr(GdprPanel::SheetRegister), _) => update_register(ui, cx, action, processing),
        (Panel::Gdpr(GdprPanel::SheetChecklist), _) => update_checklist(ui, cx, action, check),
        (Panel::Gdpr(GdprPanel::SheetFindings), _) => update_findings(ui, cx, action, finding_row),
        (Panel::Gdpr(GdprPanel::SheetOpinion), _) if action == Action::EditEntry => {
            open_sheet_field(cx, SheetField::Opinion, false)
        }
        _ => {}
    }
    Vec::new()
}

fn update_register(ui: &mut SheetUi, cx: &mut BenchCx, action: Action, selected: usize) {
    let count = sheet_in(cx).processings.len();
    let selected = selected.min(count.saturating_sub(1));
    match action {
        Action::SelectPrev | Action::SelectNext => {
            let next = step(selected, count, action == Action::SelectNext);
            ui.processing = next;
        }
        Action::EditEntry if count > 0 => {
            // The facts of the processing replace the brief, from their top.
            cx.brief.scroll = 0;
            ui.processing = selected;
            ui.form = Some(Form::Processing {
                index: selected,
                row: 0,
            });
        }
        Action::EditEntry => cx.info(cx.t(Text::SelectItemFirst)),
        Action::AddEntry => open_picker(cx, Choice::NewProcessing),
        // The register's organisation-level entries (controller, representative, DPO).
        Action::EditEvidence => open_picker(cx, Choice::OrganisationEntry),
        Action::DeleteEntry if count > 0 => {
            change_sheet(cx, |s| s.processings.remove(selected));
            ui.processing = selected.min(count.saturating_sub(2));
            cx.info(cx.t(Text::Deleted));
        }
        _ => {}
    }
}

fn update_processing_form(
    ui: &mut SheetUi,
    cx: &mut BenchCx,
    action: Action,
    index: usize,
    row: usize,
) {
    let count = sheet_in(cx).processings.len();
    if count == 0 {
        ui.form = None;
        return;
    }
    let index = index.min(count - 1);
    let row = row.min(PROCESSING_ROWS.len() - 1);
    let set_form = |ui: &mut SheetUi, cx: &mut BenchCx, index: usize, row: usize| {
        if index != ui.processing {
            // Another processing: its facts start at the top.
            cx.brief.scroll = 0;
        }
        ui.processing = index;
        ui.form = Some(Form::Processing { index, row });
    };
    match action {
        Action::SelectPrev | Action::SelectNext => {
            let row = step(row, PROCESSING_ROWS.len(), action == Action::SelectNext);
            set_form(ui, cx, index, row);
        }
        Action::NextRecord | Action::PrevRecord => {
            let index = step(index, count, action == Action::NextRecord);
            set_form(ui, cx, index, row);
        }
        Action::Cancel => ui.form = None,
        Action::EditEntry => match PROCESSING_ROWS[row] {
            PRow::Text(t) => open_sheet_field(cx, SheetField::Processing(index, t), false),
            PRow::Choice(c) => open_picker(cx, Choice::Processing(index, c)),
        },
        Action::DeleteEntry => match PROCESSING_ROWS[row] {
            PRow::Text(PText::Id) => {}
            PRow::Text(t) => {
                let config = config(cx);
                change_sheet(cx, |s| {
                    set_text(&config, s, SheetField::Processing(index, t), String::new())
                });
            }
            PRow::Choice(c) => change_sheet(cx, |s| {
                if let Some(p) = s.processings.get_mut(index) {
                    clear_choice(p, c);
                }
            }),
        },
        _ => {}
    }
}

fn update_checklist(ui: &mut SheetUi, cx: &mut BenchCx, action: Action, selected: usize) {
    let config = config(cx);
    let count = config.items().count();
    let selected = selected.min(count.saturating_sub(1));
    let Some((_, item)) = config.items().nth(selected) else {
        return;
    };
    let item = item.clone();
    match action {
        Action::SelectPrev | Action::SelectNext => {
            let next = step(selected, count, action == Action::SelectNext);
            ui.check = next;
        }
        Action::ToggleMark => change_sheet(cx, |s| {
            let answer = s.check_answer_mut(&item);
            answer.status = cycle_status(answer.status);
        }),
        Action::EditEntry => open_picker(cx, Choice::CheckStatus(selected)),
        Action::EditEvidence => open_sheet_field(cx, SheetField::CheckComment(selected), false),
        Action::DeleteEntry => change_sheet(cx, |s| s.checklist.retain(|a| a.item != item)),
        _ => {}
    }
}

fn update_findings(ui: &mut SheetUi, cx: &mut BenchCx, action: Action, selected: usize) {
    let rows = findings_rows(sheet_in(cx));
    let selected = selected.min(rows.len().saturating_sub(1));
    let row = rows.get(selected).cloned();
    match (action, row) {
        (Action::SelectPrev | Action::SelectNext, _) => {
            let next = step(selected, rows.len(), action == Action::SelectNext);
            ui.finding_row = next;
        }
        (Action::AddEntry, _) => open_picker(cx, Choice::NewFinding),
        (Action::EditEntry, Some(FindingsRow::Proposal(proposal))) => {
            accept_proposal(ui, cx, &proposal)
        }
        (Action::EditEntry, Some(FindingsRow::Finding(index))) => {
            ui.form = Some(Form::Finding { index, row: 0 });
        }
        (Action::EditEntry, Some(FindingsRow::Dismissed(index))) => {
            open_sheet_field(cx, SheetField::DismissReason(index), false)
        }
        (Action::DismissProposal, Some(FindingsRow::Proposal(proposal))) => {
            let id = proposal.id();
            let index = change_sheet(cx, |s| {
                s.dismissed.push(Dismissal {
                    id,
                    reason: String::new(),
                });
                s.dismissed.len() - 1
            });
            cx.open_field(
                EditTarget::Sheet(SheetField::DismissReason(index)),
                "",
                true,
            );
        }
        (Action::DismissProposal, _) => cx.info(SheetText::DismissOnlyProposals.get(cx.lang)),
        (Action::DeleteEntry, Some(FindingsRow::Finding(index))) => {
            change_sheet(cx, |s| s.findings.remove(index));
            cx.info(cx.t(Text::Deleted));
        }
        (Action::DeleteEntry, Some(FindingsRow::Dismissed(index))) => {
            change_sheet(cx, |s| s.dismissed.remove(index));
            cx.info(SheetText::ProposalRestored.get(cx.lang));
        }
        _ => {}
    }
    clamp_findings_row(ui, cx);
}

fn clamp_findings_row(ui: &mut SheetUi, cx: &BenchCx) {
    let count = findings_rows(sheet_in(cx)).len();
    ui.finding_row = ui.finding_row.min(count.saturating_sub(1));
}

/// Accepts a proposal: it becomes a finding with the proposal's id, and the argument
/// field opens (Esc there undoes the acceptance).
fn accept_proposal(ui: &mut SheetUi, cx: &mut BenchCx, proposal: &Proposal) {
    let config = config(cx);
    let rule = proposal.rule;
    let finding = AuditFinding {
        id: proposal.id(),
        target: Target::Processing(proposal.processing.clone()),
        kind: rule.finding_kind(),
        rule: Some(rule),
        title: config
            .rule_label(rule)
            .unwrap_or(rule.label(cx.lang))
            .to_string(),
        article: rule.article().to_string(),
        severity: None,
        argument: String::new(),
        recommendations: Vec::new(),
    };
    let index = change_sheet(cx, |s| {
        s.findings.push(finding);
        s.findings.len() - 1
    });
    ui.form = Some(Form::Finding {
        index,
        row: ARGUMENT_ROW,
    });
    cx.open_field(
        EditTarget::Sheet(SheetField::Finding(index, FText::Argument)),
        "",
        true,
    );
}

fn update_finding_form(
    ui: &mut SheetUi,
    cx: &mut BenchCx,
    action: Action,
    index: usize,
    row: usize,
) {
    let sheet = sheet_in(cx);
    let count = sheet.findings.len();
    let Some(finding) = sheet.findings.get(index.min(count.saturating_sub(1))) else {
        ui.form = None;
        return;
    };
    let index = index.min(count - 1);
    let rows = finding_rows(finding);
    let row = row.min(rows.len() - 1);
    let recommendations = finding.recommendations.len();
    let set_form =
        |ui: &mut SheetUi, index: usize, row: usize| ui.form = Some(Form::Finding { index, row });
    match action {
        Action::SelectPrev | Action::SelectNext => set_form(
            ui,
            index,
            step(row, rows.len(), action == Action::SelectNext),
        ),
        Action::NextRecord | Action::PrevRecord => {
            set_form(ui, step(index, count, action == Action::NextRecord), 0)
        }
        Action::Cancel => {
            ui.form = None;
            // Back on the finding's row of the list.
            let position = findings_rows(sheet_in(cx))
                .iter()
                .position(|r| *r == FindingsRow::Finding(index))
                .unwrap_or(0);
            ui.finding_row = position;
        }
        Action::AddEntry => {
            change_sheet(cx, |s| {
                if let Some(f) = s.findings.get_mut(index) {
                    f.recommendations.push(Recommendation::default());
                }
            });
            let new_row = finding_rows(&sheet_in(cx).findings[index])
                .iter()
                .position(|r| *r == FRow::RecText(recommendations))
                .unwrap_or(0);
            set_form(ui, index, new_row);
            cx.open_field(
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
            FRow::Target => open_picker(cx, Choice::FindingTarget(index)),
            FRow::Kind => open_picker(cx, Choice::FindingKind(index)),
            FRow::Rule => open_picker(cx, Choice::FindingRule(index)),
            FRow::Severity => open_picker(cx, Choice::FindingSeverity(index)),
            FRow::Text(t) => open_sheet_field(cx, SheetField::Finding(index, t), false),
            FRow::RecText(r) => {
                open_sheet_field(cx, SheetField::Recommendation(index, r, RText::Text), false)
            }
            FRow::RecDeadline(r) => open_sheet_field(
                cx,
                SheetField::Recommendation(index, r, RText::Deadline),
                false,
            ),
            FRow::RecOwner(r) => open_picker(cx, Choice::RecOwner(index, r)),
            FRow::RecPriority(r) => open_picker(cx, Choice::RecPriority(index, r)),
        },
        Action::DeleteEntry => match rows[row] {
            FRow::RecText(r) | FRow::RecOwner(r) | FRow::RecPriority(r) | FRow::RecDeadline(r) => {
                change_sheet(cx, |s| {
                    if let Some(f) = s.findings.get_mut(index) {
                        f.recommendations.remove(r);
                    }
                });
                set_form(ui, index, row.saturating_sub(4).max(ARGUMENT_ROW));
                cx.info(cx.t(Text::Deleted));
            }
            FRow::Text(t) => {
                let config = config(cx);
                change_sheet(cx, |s| {
                    set_text(&config, s, SheetField::Finding(index, t), String::new())
                });
            }
            FRow::Severity => change_sheet(cx, |s| {
                if let Some(f) = s.findings.get_mut(index) {
                    f.severity = None;
                }
            }),
            FRow::Rule => change_sheet(cx, |s| {
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
pub fn update_picker(
    ui: &mut SheetUi,
    cx: &mut BenchCx,
    picker: SheetPicker,
    action: Action,
) -> Vec<Effect> {
    let SheetPicker { choice, cursor } = picker;
    let count = picker_options(cx.case, &config(cx), sheet_in(cx), cx.lang, choice).len();
    let keep = |cx: &mut BenchCx, cursor: usize| {
        *cx.overlay = Some(Overlay::SheetPick(SheetPicker { choice, cursor }));
    };
    match action {
        Action::SelectPrev | Action::SelectNext => {
            keep(cx, step(cursor, count, action == Action::SelectNext));
        }
        Action::ToggleMark if choice.is_multi() => {
            let case = cx.case;
            let sheet = cx.answer_mut().sheet.get_or_insert_default();
            apply_choice(case, sheet, choice, cursor);
            cx.touch();
            keep(cx, cursor);
        }
        Action::Confirm if choice.is_multi() => return vec![Effect::SaveNow],
        Action::Cancel if choice.is_multi() => {
            cx.revert();
            cx.touch();
        }
        Action::Confirm => {
            confirm_choice(ui, cx, choice, cursor);
            return vec![Effect::SaveNow];
        }
        Action::Cancel => {}
        _ => keep(cx, cursor),
    }
    Vec::new()
}

fn confirm_choice(ui: &mut SheetUi, cx: &mut BenchCx, choice: Choice, index: usize) {
    match choice {
        Choice::NewProcessing => {
            let activity = missing_activities(cx.case, sheet_in(cx))
                .get(index)
                .map(|a| (a.id.clone(), a.name.clone()));
            let blank = activity.is_none();
            let at = change_sheet(cx, |s| {
                let (id, name) = activity.unwrap_or_default();
                let id = s.free_processing_id(if id.is_empty() { "traitement" } else { &id });
                s.processings.push(Processing {
                    id,
                    name,
                    ..Processing::default()
                });
                s.processings.len() - 1
            });
            ui.processing = at;
            ui.form = Some(Form::Processing {
                index: at,
                row: if blank { 1 } else { 2 },
            });
        }
        Choice::NewFinding => {
            let target = target_at(sheet_in(cx), index);
            let at = change_sheet(cx, |s| {
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
            ui.form = Some(Form::Finding { index: at, row: 3 });
            cx.open_field(
                EditTarget::Sheet(SheetField::Finding(at, FText::Title)),
                "",
                true,
            );
        }
        Choice::OrganisationEntry => {
            if let Some(field) = crate::workbench::gdpr::fields::ORGANISATION_ENTRIES.get(index) {
                open_sheet_field(cx, *field, false);
            }
        }
        Choice::CheckStatus(item) => {
            let config = config(cx);
            let text = config.items().nth(item).map(|(_, text)| text.clone());
            if let Some(text) = text {
                change_sheet(cx, |s| {
                    s.check_answer_mut(&text).status = value_at(CheckStatus::ALL, index)
                });
            }
        }
        _ => {
            let case = cx.case;
            change_sheet(cx, |s| apply_choice(case, s, choice, index));
        }
    }
}
