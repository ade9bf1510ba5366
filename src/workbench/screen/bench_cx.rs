//! What a workbench kind's update and drawing may reach besides its own state: `BenchCx`
//! borrows, apart from one another, the fields of the `Session` an update may change (the
//! workspace, the undo histories, the findings, the status line, the dialog slot, the dirty
//! flag) and reads the rest (language, theme, case, the open exercise); `BenchView` reads
//! them all for drawing. `workbench/mod.rs` splits the session once (`Session::split_bench`)
//! into the kind's own state (`&mut` of its `Bench` variant) and a `BenchCx`, so a kind's
//!
//! ```text
//! pub fn update(ui: &mut KindUi, cx: &mut BenchCx, action: Action) -> Vec<Effect>
//! ```
//!
//! sees its own state and its answer, and nothing of another kind's nor of the shell's. The
//! helpers kinds call (status, undo steps, text fields) have one implementation here, which
//! the `Session`'s methods of the same name use too.

use crate::case::{Case, Exercise};
use crate::i18n::shell::ShellText;
use crate::i18n::{Lang, Text};
use crate::workbench::check::{self, ExerciseReport};
use crate::workbench::grid::check::GridCache;
use crate::workbench::notes::ui::Clock;
use crate::workbench::screen::edit_target::EditTarget;
use crate::workbench::screen::session::{
    field_maker, BriefUi, Overlay, Panel, StatusKind, StatusLine,
};
use crate::workbench::screen::theme::Theme;
use crate::workspace::history::History;
use crate::workspace::{Answer, Board, Workspace};
use std::collections::HashMap;
use std::sync::Arc;

/// The undo histories of the answers, by exercise id.
pub type Histories = HashMap<String, History<Answer>>;

/// What a kind's update works on besides its own state: disjoint borrows of the session.
pub struct BenchCx<'a> {
    pub lang: Lang,
    pub theme: &'a Theme,
    pub case: &'a Case,
    /// The open exercise.
    pub exercise: &'a Exercise,
    /// The focused panel of the exercise screen.
    pub panel: &'a mut Panel,
    /// The brief beside the workbench (the A7 form scrolls the facts it shows in its place).
    pub brief: &'a mut BriefUi,
    /// The answers; the kind changes its own (`answer_mut`, `change_answer`).
    pub workspace: &'a mut Workspace,
    pub histories: &'a mut Histories,
    pub reports: &'a mut Vec<ExerciseReport>,
    pub grids: &'a mut GridCache,
    pub status: &'a mut Option<StatusLine>,
    /// The dialog over the screen.
    pub overlay: &'a mut Option<Overlay>,
    /// The workspace changed since the last save.
    pub dirty: &'a mut bool,
    /// An examiner's review: the work is read, not changed.
    pub reviewing: bool,
    pub clock: &'a Arc<dyn Clock>,
    /// `touch` ran: the dispatcher then refreshes what depends on the answer outside the
    /// kind (the sociogram's view, when a board shares its bench).
    pub touched: bool,
}

/// What a kind's drawing reads besides its own state.
pub struct BenchView<'a> {
    pub lang: Lang,
    pub theme: &'a Theme,
    pub case: &'a Case,
    /// The open exercise.
    pub exercise: &'a Exercise,
    /// The focused panel of the exercise screen.
    pub panel: Panel,
    pub workspace: &'a Workspace,
    pub reports: &'a [ExerciseReport],
    pub grids: &'a GridCache,
    pub overlay: Option<&'a Overlay>,
    pub reviewing: bool,
    /// The time (the deck's presenter counts down).
    pub clock: &'a Arc<dyn Clock>,
}

impl BenchView<'_> {
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang)
    }

    /// The open exercise's answer, if it has one yet.
    pub fn answer(&self) -> Option<&Answer> {
        self.workspace.answer(&self.exercise.id)
    }

    /// The open exercise's findings and status.
    pub fn report(&self) -> Option<&ExerciseReport> {
        self.report_of(&self.exercise.id)
    }

    /// Exercise `id`'s findings and status (a note lists those of the exercises it attaches).
    pub fn report_of(&self, id: &str) -> Option<&ExerciseReport> {
        self.reports.iter().find(|r| r.id == id)
    }
}

impl BenchCx<'_> {
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        *self.status = Some(StatusLine::new(StatusKind::Info, text));
    }

    pub fn error(&mut self, text: impl Into<String>) {
        *self.status = Some(StatusLine::new(StatusKind::Error, text));
    }

    /// Says what a move did: `done` when it happened, `refused` when it could not.
    pub fn say_move(&mut self, moved: bool, done: ShellText, refused: ShellText) {
        self.info(self.t(move_text(moved, done, refused)));
    }

    /// Says what an undo (`back`) or a redo did, or that there was nothing to do.
    pub fn say_undo(&mut self, back: bool, moved: bool) {
        self.info(self.t(undo_text(back, moved)));
    }

    /// Opens the text field over the screen for `target`, holding `text`.
    pub fn open_field(&mut self, target: EditTarget, text: &str, is_new: bool) {
        *self.overlay = Some(field(target, text, is_new));
    }

    /// The open exercise's answer, if it has one yet.
    pub fn answer(&self) -> Option<&Answer> {
        self.workspace.answer(&self.exercise.id)
    }

    /// The open exercise's answer, created if needed, changed without an undo step.
    pub fn answer_mut(&mut self) -> &mut Answer {
        self.workspace.answer_mut(&self.exercise.id)
    }

    /// Changes the open exercise's answer, recording the previous one for undo. Every
    /// workbench goes through here, so undo, redo, autosave and findings work the same.
    pub fn change_answer<R>(&mut self, change: impl FnOnce(&mut Answer) -> R) -> R {
        record(self.histories, self.workspace, &self.exercise.id);
        let result = change(self.answer_mut());
        self.touch();
        result
    }

    /// Changes the open exercise's board, recording the previous answer for undo.
    pub fn change_board<R>(&mut self, change: impl FnOnce(&mut Board) -> R) -> R {
        self.change_answer(|answer| change(answer.board.get_or_insert_with(Board::default)))
    }

    /// Records the answer as it is, before an edit made in a dialog.
    pub fn record_before_edit(&mut self) {
        record(self.histories, self.workspace, &self.exercise.id);
    }

    /// Puts the answer back as it was at the last recorded step (a cancelled dialog).
    pub fn revert(&mut self) {
        revert(self.histories, self.workspace, &self.exercise.id);
    }

    /// Marks the workspace changed and refreshes the findings. (The sociogram's view, drawn
    /// from the answer too, is refreshed by the dispatcher when `touched`.)
    pub fn touch(&mut self) {
        self.touched = true;
        *self.dirty = true;
        self.refresh_reports();
    }

    /// Checks the workspace again (the findings), without marking it changed.
    pub fn refresh_reports(&mut self) {
        refresh_reports(self.case, self.workspace, self.grids, self.reports);
    }
}

impl StatusLine {
    pub fn new(kind: StatusKind, text: impl Into<String>) -> StatusLine {
        StatusLine {
            kind,
            text: text.into(),
        }
    }
}

/// The sentence of a move: `done` when it happened, `refused` when it could not.
pub(crate) fn move_text(moved: bool, done: ShellText, refused: ShellText) -> Text {
    Text::Shell(if moved { done } else { refused })
}

/// The sentence of an undo (`back`) or a redo, or of there being nothing to do.
pub(crate) fn undo_text(back: bool, moved: bool) -> Text {
    match (back, moved) {
        (true, true) => Text::Undone,
        (false, true) => Text::Redone,
        (true, false) => Text::NothingToUndo,
        (false, false) => Text::NothingToRedo,
    }
}

/// The text field over the screen for `target`, holding `text`.
pub(crate) fn field(target: EditTarget, text: &str, is_new: bool) -> Overlay {
    let lines = text.split('\n').map(str::to_string).collect();
    let mut field = field_maker(target)(lines);
    field.move_cursor(ratatui_textarea::CursorMove::End);
    Overlay::Edit {
        target,
        field: Box::new(field),
        is_new,
    }
}

/// Records exercise `id`'s answer as it is, as an undo step.
pub(crate) fn record(histories: &mut Histories, workspace: &Workspace, id: &str) {
    let before = workspace.answer(id).cloned().unwrap_or_default();
    histories.entry(id.to_string()).or_default().record(&before);
}

/// Puts exercise `id`'s answer back as it was at its last recorded step.
pub(crate) fn revert(histories: &mut Histories, workspace: &mut Workspace, id: &str) {
    let history = histories.entry(id.to_string()).or_default();
    let mut answer = workspace.answer(id).cloned().unwrap_or_default();
    if history.revert(&mut answer) {
        *workspace.answer_mut(id) = answer;
    }
}

/// Checks the workspace again: the grids' cache, then every exercise's findings.
pub(crate) fn refresh_reports(
    case: &Case,
    workspace: &Workspace,
    grids: &mut GridCache,
    reports: &mut Vec<ExerciseReport>,
) {
    grids.refresh(workspace);
    *reports = check::check_workspace_with(case, workspace, grids);
}
