//! The shell's generic overlays and how actions change them: the text field (one line or several), the pickers, the confirmations and the help.

use crate::i18n::review::ReviewText;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::tui::app::*;
use crate::tui::keymap::Action;
use crate::workbench::board::update::set_field;
use crate::workbench::grid::fields::GridField;
use crate::workbench::sociogram::fields::SociogramField;
use crate::workbench::sociogram::fields::SociogramOverlay;
use crate::workspace::Board;
use ratatui_textarea::TextArea;

impl App {
    pub(crate) fn update_overlay(&mut self, action: Action) -> Vec<Effect> {
        let Some(overlay) = self.session.overlay.take() else {
            return Vec::new();
        };
        match overlay {
            Overlay::Edit {
                target,
                field,
                is_new,
            } => match action {
                // The group's members are kept as they are typed: Enter and Esc both close
                // the field on them (Esc says so).
                Action::Confirm if target == EditTarget::GroupMembers => {
                    self.set_group(&field.lines().join(" "));
                    return vec![Effect::SaveNow];
                }
                Action::Cancel if target == EditTarget::GroupMembers => {
                    self.set_group(&field.lines().join(" "));
                    self.info(self.t(ShellText::GroupKept.into()));
                    return vec![Effect::SaveNow];
                }
                Action::Confirm if matches!(target, EditTarget::DecisionReason(_)) => {
                    if let EditTarget::DecisionReason(decision) = target {
                        let reason = field.lines().join(" ");
                        if !self.confirm_reason(decision, &reason) {
                            self.session.overlay = Some(Overlay::Edit {
                                target,
                                field,
                                is_new,
                            });
                            return Vec::new();
                        }
                    }
                    return vec![Effect::SaveGrades];
                }
                // Esc keeps the reason typed as a draft (already in the grades as typed):
                // the decision waits for a confirmed reason, and the status says so.
                Action::Cancel if matches!(target, EditTarget::DecisionReason(_)) => {
                    if let EditTarget::DecisionReason(decision) = target {
                        if self.apply_reason_draft(decision, &field.lines().join(" ")) {
                            self.info(self.t(Text::Review(ReviewText::ReasonKept)));
                        } else {
                            self.session.status = None;
                        }
                    }
                    return vec![Effect::SaveGrades];
                }
                Action::Confirm if matches!(target, EditTarget::GradeComment(_)) => {
                    if let EditTarget::GradeComment(criterion) = target {
                        self.log_comment(criterion);
                    }
                    return vec![Effect::SaveGrades];
                }
                Action::Cancel if matches!(target, EditTarget::GradeComment(_)) => {
                    if let EditTarget::GradeComment(criterion) = target {
                        self.cancel_comment(criterion);
                        self.log_comment(criterion);
                    }
                    return vec![Effect::SaveGrades];
                }
                Action::Confirm => {
                    if let EditTarget::Grid(GridField::Cell { grid, col, .. }) = target {
                        let text = field.lines().join(" ");
                        if let Some(message) = self.grid_field_error(grid, col, &text) {
                            self.error(message);
                            self.session.overlay = Some(Overlay::Edit {
                                target,
                                field,
                                is_new,
                            });
                            return Vec::new();
                        }
                        self.session.status = None;
                    }
                    self.refresh_reports();
                    if !target.edits_answer() {
                        return Vec::new();
                    }
                    if let EditTarget::Sheet(sheet_field) = target {
                        return self.sheet_field_confirmed(sheet_field, &field.lines().join(" "));
                    }
                    if let Some(next) = target.next() {
                        let text = self.field_text(next);
                        self.open_field(next, &text, false);
                        return Vec::new();
                    }
                    return vec![Effect::SaveNow];
                }
                Action::Cancel if !target.edits_answer() => {}
                // A long text is kept: Esc closes it as the notes' editor does (a new entry
                // left blank is still dropped: nothing typed, nothing lost).
                Action::Cancel
                    if target.keeps_on_cancel()
                        && !(is_new && field.lines().iter().all(|l| l.trim().is_empty())) =>
                {
                    self.refresh_reports();
                    self.info(self.t(ShellText::TextKept.into()));
                    if let EditTarget::Sheet(sheet_field) = target {
                        return self.sheet_field_confirmed(sheet_field, &field.lines().join(" "));
                    }
                    return vec![Effect::SaveNow];
                }
                Action::Cancel => {
                    self.info(self.t(ShellText::EditCancelled.into()));
                    let id = self.exercise_id();
                    let history = self.session.histories.entry(id.clone()).or_default();
                    let mut answer = self
                        .session
                        .workspace
                        .answer(&id)
                        .cloned()
                        .unwrap_or_default();
                    if history.revert(&mut answer) {
                        *self.session.workspace.answer_mut(&id) = answer;
                    }
                    if is_new {
                        self.clamp_selection();
                        if let EditTarget::Sheet(_) = target {
                            self.sheet_entry_cancelled();
                        }
                    }
                    self.touch();
                }
                Action::Undo | Action::Redo => {
                    let mut field = field;
                    let back = action == Action::Undo;
                    let moved = self.step_field(target, &mut field, back);
                    self.session.overlay = Some(Overlay::Edit {
                        target,
                        field,
                        is_new,
                    });
                    if moved {
                        self.apply_field();
                    }
                    self.say_undo(back, moved);
                }
                Action::NewLine if target.multiline() => {
                    let mut field = field;
                    field.insert_newline();
                    self.session.overlay = Some(Overlay::Edit {
                        target,
                        field,
                        is_new,
                    });
                    self.apply_field();
                }
                _ => {
                    self.session.overlay = Some(Overlay::Edit {
                        target,
                        field,
                        is_new,
                    })
                }
            },
            Overlay::Grid(overlay) => return self.update_grid_overlay(overlay, action),
            Overlay::SheetPick(picker) => return self.update_sheet_picker(picker, action),
            Overlay::Detail(detail) => self.update_detail(detail, action),
            Overlay::QuitFailed { error } if self.save_elsewhere.is_some() => {
                return self.update_save_elsewhere(action, error)
            }
            Overlay::QuitFailed { error } => match action {
                Action::Confirm => return vec![Effect::Quit],
                Action::SaveElsewhere => {
                    let path = crate::tui::save_elsewhere::proposed_path(self.session.lang);
                    self.save_elsewhere =
                        Some(crate::tui::save_elsewhere::SaveElsewhere::new(&path));
                    self.session.overlay = Some(Overlay::QuitFailed { error });
                }
                Action::QuitAnyway => return vec![Effect::QuitUnsaved],
                Action::Cancel => {}
                _ => self.session.overlay = Some(Overlay::QuitFailed { error }),
            },
            Overlay::Board(overlay) => return self.update_board_overlay(overlay, action),
            // -- graph: A6 sociogram and SIC grid (issue 5) --
            Overlay::Sociogram(SociogramOverlay::PickActor { selected }) => {
                return self.update_graph_pick_actor(action, selected)
            }
            // -- tree / map (issue 4) --
            Overlay::Maps(overlay) => return self.update_maps_overlay(overlay, action),
        }
        Vec::new()
    }

    /// Undoes (or redoes) a step of the text field's typing; false when there is none.
    fn step_field(
        &mut self,
        target: EditTarget,
        field: &mut TextArea<'static>,
        back: bool,
    ) -> bool {
        let Some((_, undo)) = self.field_undo.as_mut().filter(|(t, _)| *t == target) else {
            return false;
        };
        let make = crate::workbench::screen::session::field_maker(target);
        if back {
            undo.undo_with(field, make)
        } else {
            undo.redo_with(field, make)
        }
    }

    /// The group's members from the field's text (autosaved as typed).
    fn set_group(&mut self, text: &str) {
        let group = crate::workspace::parse_group(text);
        if group != self.session.workspace.group {
            self.session.workspace.group = group;
            self.session.dirty = true;
        }
    }

    /// Copies the text field into the model as it is typed, so an autosave keeps it.
    pub(crate) fn apply_field(&mut self) {
        let Some(Overlay::Edit { target, field, .. }) = &self.session.overlay else {
            return;
        };
        let target = *target;
        let text = field
            .lines()
            .join(if target.multiline() { "\n" } else { " " });
        if let EditTarget::GradeComment(criterion) = target {
            self.apply_comment(criterion, &text);
            return;
        }
        // A reason is a draft until Enter confirms the decision it explains.
        if let EditTarget::DecisionReason(decision) = target {
            self.apply_reason_draft(decision, &text);
            return;
        }
        if target == EditTarget::GroupMembers {
            self.set_group(&text);
            return;
        }
        // -- tree / map (issue 4) --
        if self.apply_maps_field(target, &text) {
            self.session.dirty |= target.edits_answer();
            return;
        }
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        if let EditTarget::Sociogram(SociogramField::ActorLabel(index)) = target {
            self.set_actor_label(index, text);
            self.session.dirty = true;
            return;
        }
        if let EditTarget::Sociogram(SociogramField::ActorRole(index)) = target {
            self.set_actor_role(index, text);
            self.session.dirty = true;
            return;
        }
        if let EditTarget::Grid(GridField::Cell { grid, row, col }) = target {
            self.apply_grid_field(grid, row, col, &text);
            return;
        }
        let id = self.exercise_id();
        if let EditTarget::Sheet(field) = target {
            self.set_sheet_text(field, text);
            return;
        }
        let board = self
            .workspace
            .answer_mut(&id)
            .board
            .get_or_insert_with(Board::default);
        if let EditTarget::Board(field) = target {
            set_field(board, field, text);
        }
        self.session.dirty = true;
    }
}
