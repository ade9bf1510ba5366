//! The state every screen of an exercise works on, shared by the shell (`tui/`) and the
//! workbench kinds: the case and the workspace, which screen is open and its workbench
//! (`Bench`), the dialog over it, the status line, undo histories, and the effects an update
//! asks the shell to carry out. A kind's update takes its own state and a `BenchCx` (see
//! `bench_cx`), split from the session by `split_bench`; the shell's `App`
//! wraps a `Session` with what only the terminal needs (help, review, organisation screen).
//! No I/O here, so every behaviour is testable without a terminal.

use crate::case::{BoardConfig, Case, Exercise};
use crate::i18n::{Lang, Text};
use crate::workbench::check::{self, ExerciseReport};
use crate::workbench::screen::bench_cx::{self, BenchCx, BenchView};
pub use crate::workbench::screen::edit_target::EditTarget;
use crate::workbench::screen::theme::Theme;
use crate::workbench::Bench;
use crate::workspace::history::History;
use crate::workspace::{Answer, Board, Workspace};
use ratatui::layout::Rect;
use ratatui_textarea::{TextArea, WrapMode};
use std::collections::HashMap;

/// The board of an exercise nobody has touched yet.
static EMPTY_BOARD: Board = Board {
    items: Vec::new(),
    strategies: Vec::new(),
    priorities: Vec::new(),
    kpis: Vec::new(),
};

/// The board of `exercise` in `workspace` (empty before the first edit), if it has one.
pub fn board_of<'a>(
    exercise: &'a Exercise,
    workspace: &'a Workspace,
) -> Option<(&'a BoardConfig, &'a Board)> {
    let config = exercise.board.as_ref()?;
    let board = workspace
        .answer(&exercise.id)
        .and_then(|a| a.board.as_ref())
        .unwrap_or(&EMPTY_BOARD);
    Some((config, board))
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save now rather than at the next autosave tick.
    SaveNow,
    /// Save, restore the terminal and leave.
    Quit,
    /// Leave although the last changes could not be saved (the person chose to).
    QuitUnsaved,
    /// Write the workspace to this file, saving in its folder having failed.
    SaveElsewhere(String),
    /// A1's files and runs.
    Code(crate::workbench::code::effect::CodeEffect),
    /// Review: write the grades file now.
    SaveGrades,
    /// The sociogram's background layout and metrics.
    Sociogram(crate::workbench::sociogram::ui::SociogramEffect),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    pub kind: StatusKind,
    pub text: String,
}

pub enum Screen {
    Home(HomeState),
    Exercise(Box<ExerciseState>),
}

#[derive(Debug, Default)]
pub struct HomeState {
    /// Index into `home_order`.
    pub selected: usize,
}

/// The panels of an exercise screen, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Zones,
    Strategies,
    Priorities,
    Kpis,
    Notes,
    /// The A1 editor and its results.
    Code,
    /// The grid workbench's tabs (its own state says which).
    Grid,
    /// A3's legend, links and recommendations.
    Worldmap(crate::workbench::worldmap::fields::WorldmapPanel),
    /// A6's drawing and its diagnosis steps.
    Sociogram(crate::workbench::sociogram::fields::SociogramPanel),
    /// The A7 sheet's register, checklist, findings and opinion.
    Gdpr(crate::workbench::gdpr::ui::GdprPanel),
    /// A note's sections, schemes, references and attachments; a deck's slides and objections.
    NoteDeck(crate::workbench::notes::ui::NoteDeckPanel),
}

pub struct ExerciseState {
    pub exercise: String,
    pub panel: Panel,
    pub brief: BriefUi,
    pub notes: TextArea<'static>,
    pub notes_editing: bool,
    /// The notes' undo, a word at a time.
    pub notes_undo: crate::workbench::code::undo::UndoHistory,
    /// The workbench of the exercise's kind.
    pub bench: Bench,
}

/// The brief beside the workbench: shown or hidden (`b`), and how far it is scrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BriefUi {
    pub shown: bool,
    pub scroll: u16,
}

/// A dialog over the screen.
pub enum Overlay {
    Edit {
        target: EditTarget,
        field: Box<TextArea<'static>>,
        /// The entry was just created: cancelling removes it.
        is_new: bool,
    },
    /// A board's pickers: a strategy's kind, the items a strategy draws on.
    Board(crate::workbench::board::fields::BoardOverlay),
    // -- tree / map: A5 mind map and A3 world map (issue 4) --
    Maps(crate::workbench::mindmap::update::MapsOverlay),
    /// The actor a new relation goes to.
    Sociogram(crate::workbench::sociogram::fields::SociogramOverlay),
    /// The value of a grid's choice cell.
    Grid(crate::workbench::grid::fields::GridOverlay),
    /// A choice among the coded values of an A7 sheet field.
    SheetPick(crate::workbench::gdpr::ui::SheetPicker),
    /// The selection, whole (`v`).
    Detail(crate::workbench::screen::detail::Detail),
    /// Quitting could not save: the reason, and a choice (retry, quit anyway, stay).
    QuitFailed {
        error: String,
    },
}

pub struct Session {
    pub case: Case,
    pub workspace: Workspace,
    pub lang: Lang,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub status: Option<StatusLine>,
    pub reports: Vec<ExerciseReport>,
    /// The grid exercises' parsed configurations and listening analyses, refreshed with the
    /// findings (so drawing and checking neither parse nor analyse again).
    pub(crate) grids: crate::workbench::grid::check::GridCache,
    pub(crate) histories: HashMap<String, History<Answer>>,
    /// The workspace changed since the last save.
    pub dirty: bool,
    /// Terminal size, kept from resize events for the mouse handler.
    pub size: Rect,
    /// Where the presenter's countdown reads the time (a hand-set clock in tests).
    pub clock: std::sync::Arc<dyn crate::workbench::notes::ui::Clock>,
    /// An examiner's review: the candidate's work is shown as the bundle holds it.
    pub reviewing: bool,
}

impl Session {
    pub fn new(case: Case, workspace: Workspace, lang: Lang, theme: Theme) -> Session {
        let grids = crate::workbench::grid::check::GridCache::new(&case, &workspace);
        let reports = check::check_workspace_with(&case, &workspace, &grids);
        Session {
            case,
            workspace,
            lang,
            theme,
            screen: Screen::Home(HomeState::default()),
            overlay: None,
            status: None,
            reports,
            grids,
            histories: HashMap::new(),
            dirty: false,
            size: Rect::new(0, 0, 120, 40),
            clock: std::sync::Arc::new(crate::workbench::notes::ui::SystemClock::default()),
            reviewing: false,
        }
    }

    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine::new(StatusKind::Info, text));
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine::new(StatusKind::Error, text));
    }

    pub fn report(&self, id: &str) -> Option<&ExerciseReport> {
        self.reports.iter().find(|r| r.id == id)
    }

    pub fn current_exercise(&self) -> Option<(&Exercise, &ExerciseState)> {
        match &self.screen {
            Screen::Exercise(state) => self
                .case
                .exercise(&state.exercise)
                .map(|exercise| (exercise, state.as_ref())),
            Screen::Home(_) => None,
        }
    }

    /// The board being worked on, if the current exercise has one.
    pub fn current_board(&self) -> Option<(&BoardConfig, &Board)> {
        let (exercise, _) = self.current_exercise()?;
        board_of(exercise, &self.workspace)
    }

    pub fn open_exercise(&mut self, id: &str) {
        let Some(exercise) = self.case.exercise(id) else {
            return;
        };
        let panel = Session::panels(exercise)[0];
        let exercise = exercise.clone();
        let bench = self.open_bench(&exercise);
        let notes = self
            .workspace
            .answer(id)
            .map(|a| a.notes.clone())
            .unwrap_or_default();
        self.screen = Screen::Exercise(Box::new(ExerciseState {
            exercise: id.to_string(),
            panel,
            brief: BriefUi {
                shown: true,
                scroll: 0,
            },
            notes: notes_editor(&notes),
            notes_editing: false,
            notes_undo: Default::default(),
            bench,
        }));
        self.status = None;
    }

    /// Board actions, by focused panel.
    /// The open exercise's workbench.
    pub fn bench(&self) -> Option<&Bench> {
        match &self.screen {
            Screen::Exercise(state) => Some(&state.bench),
            Screen::Home(_) => None,
        }
    }

    pub(crate) fn bench_mut(&mut self) -> Option<&mut Bench> {
        self.state_mut().map(|state| &mut state.bench)
    }

    pub(crate) fn state_mut(&mut self) -> Option<&mut ExerciseState> {
        match &mut self.screen {
            Screen::Exercise(state) => Some(state),
            Screen::Home(_) => None,
        }
    }

    pub(crate) fn exercise_id(&self) -> String {
        match &self.screen {
            Screen::Exercise(state) => state.exercise.clone(),
            Screen::Home(_) => String::new(),
        }
    }

    /// Marks the workspace changed and refreshes the findings.
    pub(crate) fn touch(&mut self) {
        self.dirty = true;
        self.refresh_reports();
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        self.refresh_graph();
    }

    pub(crate) fn refresh_reports(&mut self) {
        bench_cx::refresh_reports(
            &self.case,
            &self.workspace,
            &mut self.grids,
            &mut self.reports,
        );
    }

    pub(crate) fn undo(&mut self) {
        self.step_history(true);
    }

    pub(crate) fn redo(&mut self) {
        self.step_history(false);
    }

    /// Says what an undo (`back`) or a redo did, or that there was nothing to do.
    pub(crate) fn say_undo(&mut self, back: bool, moved: bool) {
        self.info(self.t(bench_cx::undo_text(back, moved)));
    }

    pub(crate) fn step_history(&mut self, back: bool) {
        let id = self.exercise_id();
        let mut answer = self.workspace.answer(&id).cloned().unwrap_or_default();
        let history = self.histories.entry(id.clone()).or_default();
        let moved = if back {
            history.undo(&mut answer)
        } else {
            history.redo(&mut answer)
        };
        if !moved {
            self.say_undo(back, moved);
            return;
        }
        let notes = answer.notes.clone();
        *self.workspace.answer_mut(&id) = answer;
        if let Some(state) = self.state_mut() {
            state.notes = notes_editor(&notes);
            state.notes_undo = Default::default();
        }
        self.clamp_selection();
        self.clamp_note_deck();
        self.touch();
        self.say_undo(back, moved);
    }

    pub(crate) fn sync_notes_from_editor(&mut self) {
        let Some(state) = self.state_mut() else {
            return;
        };
        let text = state.notes.lines().join("\n");
        let id = state.exercise.clone();
        self.workspace.answer_mut(&id).notes = text;
        self.dirty = true;
    }

    /// Opens the text field over the screen for `target`, holding `text`.
    pub(crate) fn open_field(&mut self, target: EditTarget, text: &str, is_new: bool) {
        self.overlay = Some(bench_cx::field(target, text, is_new));
    }

    /// The open exercise's workbench state apart from what its kind's update may reach
    /// besides (`BenchCx`): the one place the session's borrows are split for a kind.
    pub(crate) fn split_bench(&mut self) -> Option<(&mut Bench, BenchCx<'_>)> {
        let Screen::Exercise(state) = &mut self.screen else {
            return None;
        };
        let exercise = self.case.exercise(&state.exercise)?;
        let cx = BenchCx {
            lang: self.lang,
            theme: &self.theme,
            case: &self.case,
            exercise,
            panel: &mut state.panel,
            brief: &mut state.brief,
            workspace: &mut self.workspace,
            histories: &mut self.histories,
            reports: &mut self.reports,
            grids: &mut self.grids,
            status: &mut self.status,
            overlay: &mut self.overlay,
            dirty: &mut self.dirty,
            reviewing: self.reviewing,
            clock: &self.clock,
            touched: false,
        };
        Some((&mut state.bench, cx))
    }

    /// The open exercise's workbench state and what its kind's drawing reads besides.
    pub fn bench_view(&self) -> Option<(&Bench, BenchView<'_>)> {
        let (exercise, state) = self.current_exercise()?;
        let view = BenchView {
            lang: self.lang,
            theme: &self.theme,
            case: &self.case,
            exercise,
            panel: state.panel,
            workspace: &self.workspace,
            reports: &self.reports,
            grids: &self.grids,
            overlay: self.overlay.as_ref(),
            reviewing: self.reviewing,
            clock: &self.clock,
        };
        Some((&state.bench, view))
    }
}

/// The text field for `target`, made from lines: one drawn on one row (a node's text, in
/// place) scrolls sideways so the cursor stays in view; the others wrap by words.
pub(crate) fn field_maker(target: EditTarget) -> fn(Vec<String>) -> TextArea<'static> {
    if target.is_one_row() {
        one_row_field_of_lines
    } else {
        notes_editor_of_lines
    }
}

/// A text field drawn on one row: it scrolls sideways rather than wrapping.
fn one_row_field_of_lines(lines: Vec<String>) -> TextArea<'static> {
    let mut field = TextArea::new(lines);
    field.set_wrap_mode(WrapMode::None);
    field.set_max_histories(0);
    field
}

/// First visible item of a zone list.
pub fn zone_offset(selected: usize, height: u16) -> usize {
    let height = usize::from(height.max(1));
    selected.saturating_sub(height - 1)
}

/// The inside of a bordered block.
pub fn inner(rect: Rect) -> Rect {
    ratatui::widgets::Block::bordered().inner(rect)
}

pub(crate) fn notes_editor(text: &str) -> TextArea<'static> {
    notes_editor_of_lines(text.lines().map(str::to_string).collect())
}

/// The notes' editor (and a text field that wraps) holding these lines: wrapped by words;
/// its own undo off, since `UndoHistory` groups the edits by word.
pub(crate) fn notes_editor_of_lines(lines: Vec<String>) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_max_histories(0);
    area
}
