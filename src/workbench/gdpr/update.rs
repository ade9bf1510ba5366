//! How the sheet's actions change the answer: by panel and by form, through
//! `Session::change_answer` (or an edit recorded when its field opens), so undo, autosave and the
//! findings work as for every workbench.

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
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Screen, Session};

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
            Screen::Exercise(state) => state.bench.sheet().cloned().unwrap_or_default(),
            Screen::Home(_) => SheetUi::default(),
        }
    }

    fn set_sheet_ui(&mut self, change: impl FnOnce(&mut SheetUi)) {
        if let Some(ui) = self
            .bench_mut()
            .and_then(crate::workbench::Bench::sheet_mut)
        {
            change(ui);
        }
    }

    fn change_sheet<R>(&mut self, change: impl FnOnce(&mut Sheet) -> R) -> R {
        self.change_answer(|answer| change(answer.sheet.get_or_insert_with(Sheet::default)))
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
        let Some(row) = crate::workbench::gdpr::view::row_at(self, area, state, at) else {
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
                self.update_register(Action::EditEntry, row)
            }
            (Panel::Gdpr(GdprPanel::SheetRegister), _) => {
                self.set_sheet_ui(|ui| ui.processing = row)
            }
            (Panel::Gdpr(GdprPanel::SheetChecklist), _) => self.set_sheet_ui(|ui| ui.check = row),
            _ => self.set_sheet_ui(|ui| ui.finding_row = row),
        }
        true
    }

    /// The sheet's actions, by panel and form.
    pub(crate) fn update_sheet(&mut self, action: Action) {
        let Some((_, state)) = self.current_exercise() else {
            return;
        };
        let panel = state.panel;
        let ui = self.sheet_ui();
        match (panel, ui.form) {
            (Panel::Gdpr(GdprPanel::SheetRegister), Some(Form::Processing { index, row })) => {
                self.update_processing_form(action, index, row)
            }
            (Panel::Gdpr(GdprPanel::SheetFindings), Some(Form::Finding { index, row })) => {
                self.update_finding_form(action, index, row)
            }
            (Panel::Gdpr(GdprPanel::SheetRegister), _) => {
                self.update_register(action, ui.processing)
            }
            (Panel::Gdpr(GdprPanel::SheetChecklist), _) => self.update_checklist(action, ui.check),
            (Panel::Gdpr(GdprPanel::SheetFindings), _) => {
                self.update_findings(action, ui.finding_row)
            }
            (Panel::Gdpr(GdprPanel::SheetOpinion), _) if action == Action::EditEntry => {
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
            Action::EditEntry if count > 0 => {
                if let Some(state) = self.state_mut() {
                    // The facts of the processing replace the brief, from their top.
                    state.brief.scroll = 0;
                }
                self.set_sheet_ui(|ui| {
                    ui.processing = selected;
                    ui.form = Some(Form::Processing {
                        index: selected,
                        row: 0,
                    });
                })
            }
            Action::EditEntry => self.info(self.t(Text::SelectItemFirst)),
            Action::AddEntry => self.open_picker(Choice::NewProcessing),
            // The register's organisation-level entries (controller, representative, DPO).
            Action::EditEvidence => self.open_picker(Choice::OrganisationEntry),
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
        let set_form = |app: &mut Session, index: usize, row: usize| {
            if index != app.sheet_ui().processing {
                // Another processing: its facts start at the top.
                if let Some(state) = app.state_mut() {
                    state.brief.scroll = 0;
                }
            }
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
            (Action::DismissProposal, _) => {
                self.info(SheetText::DismissOnlyProposals.get(self.lang))
            }
            (Action::DeleteEntry, Some(FindingsRow::Finding(index))) => {
                self.change_sheet(|s| s.findings.remove(index));
                self.info(self.t(Text::Deleted));
            }
            (Action::DeleteEntry, Some(FindingsRow::Dismissed(index))) => {
                self.change_sheet(|s| s.dismissed.remove(index));
                self.info(SheetText::ProposalRestored.get(self.lang));
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
        let set_form = |app: &mut Session, index: usize, row: usize| {
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
    pub(crate) fn update_sheet_picker(
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
        let keep = |app: &mut Session, cursor: usize| {
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
            Choice::OrganisationEntry => {
                if let Some(field) = crate::workbench::gdpr::fields::ORGANISATION_ENTRIES.get(index)
                {
                    self.open_sheet_field(*field, false);
                }
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
