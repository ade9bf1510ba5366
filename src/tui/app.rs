//! The interface's state and its `update`: events become `Action`s (through the keymap),
//! actions change the state and return `Effect`s for the shell to carry out. No I/O here,
//! so every behaviour is testable without a terminal.

use crate::case::{BoardConfig, Case, Exercise, Kind};
use crate::i18n::shell::ShellText;
use crate::i18n::{Lang, Text};
pub use crate::tui::edit_target::EditTarget;
pub use crate::tui::home::{home_order, home_rows, HomeRow};
use crate::tui::keymap::{self, Action, Mode};
use crate::tui::theme::Theme;
use crate::workbench::board::model::ItemId;
use crate::workbench::check::{self, ExerciseReport};
use crate::workbench::Bench;
use crate::workspace::history::History;
use crate::workspace::{Answer, Board, Workspace};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};
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

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save now rather than at the next autosave tick.
    SaveNow,
    /// Save, restore the terminal and leave.
    Quit,
    /// Leave although the last changes could not be saved (the person chose to).
    QuitUnsaved,
    // -- code: A1 Python runner and sketch (issue 3) --
    /// Write the exercise's code files from the answer's mirror (debounced by the shell).
    WriteCodeFiles { exercise: String },
    /// Run the program and its visible tests in a worker, in the background.
    RunProgram { exercise: String },
    /// Run the sketch in a worker, in the background.
    RunSketch { exercise: String },
    /// Stop the run under way.
    CancelRun,
    /// Review: write the grades file now.
    SaveGrades,
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    /// (Re)start the sociogram's background layout from `App::layout_input`.
    StartLayout,
    /// Compute the sociogram's metrics in the background from `App::metrics_input`.
    ComputeMetrics,
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
    // -- map: A3 world map (issue 4) --
    MapLegend,
    MapLinks,
    MapRecommendations,
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    Sociogram,
    Steps,
    /// The grid workbench's tabs (its own state says which).
    Grid,
    // -- sheet: A7 GDPR audit sheet (issue 6) --
    SheetRegister,
    SheetChecklist,
    SheetFindings,
    SheetOpinion,
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    Sections,
    References,
    Schemes,
    Attachments,
    Slides,
    Objections,
}

pub struct ExerciseState {
    pub exercise: String,
    pub panel: Panel,
    pub brief: BriefUi,
    pub notes: TextArea<'static>,
    pub notes_editing: bool,
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
    PickStrategyKind {
        selected: usize,
    },
    LinkItems {
        strategy: ItemId,
        cursor: usize,
    },
    // -- tree / map: A5 mind map and A3 world map (issue 4) --
    Maps(crate::workbench::mindmap::update::MapsOverlay),
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    /// Choose the actor a new relation goes to.
    PickActor {
        selected: usize,
    },
    /// The value of a grid's choice cell.
    PickOption {
        grid: usize,
        row: crate::workbench::grid::model::RowKey,
        col: usize,
        selected: usize,
    },
    /// A choice among the coded values of an A7 sheet field.
    SheetPick(crate::workbench::gdpr::ui::SheetPicker),
    /// The selection, whole (`v`).
    Detail(crate::tui::detail::Detail),
    /// Quitting could not save: the reason, and a choice (retry, quit anyway, stay).
    QuitFailed {
        error: String,
    },
}

pub struct App {
    pub case: Case,
    pub workspace: Workspace,
    pub lang: Lang,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub help_open: bool,
    pub status: Option<StatusLine>,
    pub reports: Vec<ExerciseReport>,
    /// The grid exercises' parsed configurations and listening analyses, refreshed with the
    /// findings (so drawing and checking neither parse nor analyse again).
    pub(crate) grids: crate::workbench::grid::check::GridCache,
    pub(crate) histories: HashMap<String, History<Answer>>,
    /// The workspace changed since the last save.
    pub dirty: bool,
    /// Why the last save failed, until one succeeds.
    pub last_save_error: Option<String>,
    /// The organisation screen (F4), over whatever is open, when shown.
    pub facts: Option<crate::tui::facts::FactsState>,
    /// Terminal size, kept from resize events for the mouse handler.
    pub size: Rect,
    /// Examiners' read-only review with grading (`atelier review`), when set.
    pub review: Option<Box<crate::tui::review::ReviewState>>,
    /// Trainers' key display: the last keys pressed, with what they did, when shown.
    pub key_display: Option<Vec<String>>,
    /// Where the presenter's countdown reads the time (a hand-set clock in tests).
    pub clock: std::sync::Arc<dyn crate::workbench::notes::ui::Clock>,
}

impl App {
    pub fn new(case: Case, workspace: Workspace, lang: Lang, theme: Theme) -> App {
        let grids = crate::workbench::grid::check::GridCache::new(&case, &workspace);
        let reports = check::check_workspace_with(&case, &workspace, &grids);
        App {
            case,
            workspace,
            lang,
            theme,
            screen: Screen::Home(HomeState::default()),
            overlay: None,
            help_open: false,
            status: None,
            reports,
            grids,
            histories: HashMap::new(),
            dirty: false,
            last_save_error: None,
            facts: None,
            size: Rect::new(0, 0, 120, 40),
            review: None,
            key_display: None,
            clock: std::sync::Arc::new(crate::workbench::notes::ui::SystemClock::default()),
        }
    }

    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine {
            kind: StatusKind::Info,
            text: text.into(),
        });
    }

    /// Says what a move did: `done` when it happened, `refused` when it could not.
    pub(crate) fn say_move(&mut self, moved: bool, done: ShellText, refused: ShellText) {
        self.info(self.t(Text::Shell(if moved { done } else { refused })));
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(StatusLine {
            kind: StatusKind::Error,
            text: text.into(),
        });
    }

    /// Which key table applies now, derived from the state.
    pub fn mode(&self) -> Mode {
        if self.help_open {
            return Mode::Help;
        }
        self.base_mode()
    }

    /// The key table of the screen, whether or not help is shown over it.
    pub fn base_mode(&self) -> Mode {
        if let Some(facts) = &self.facts {
            return match facts.searching {
                true => Mode::FactsSearch,
                false => Mode::Facts,
            };
        }
        match &self.overlay {
            Some(Overlay::Edit { .. }) => return Mode::TextField,
            Some(Overlay::PickStrategyKind { .. }) | Some(Overlay::PickOption { .. }) => {
                return Mode::Picker
            }
            Some(Overlay::LinkItems { .. }) => return Mode::Checklist,
            Some(Overlay::Maps(overlay)) => return overlay.mode(),
            Some(Overlay::PickActor { .. }) => return Mode::Picker,
            Some(Overlay::SheetPick(picker)) => return picker.mode(),
            Some(Overlay::QuitFailed { .. }) => return Mode::QuitFailed,
            Some(Overlay::Detail(_)) => return Mode::Detail,
            None => {}
        }
        if let (Some(review), Screen::Exercise(_)) = (&self.review, &self.screen) {
            if review.grading {
                return Mode::Grading;
            }
        }
        match &self.screen {
            Screen::Home(_) => Mode::Home,
            Screen::Exercise(state) if state.notes_editing => Mode::NotesEditing,
            // A review reads the files: no key edits or runs them.
            Screen::Exercise(state) if state.panel == Panel::Code && self.review.is_some() => {
                Mode::CodeReview
            }
            Screen::Exercise(state) if state.panel == Panel::Code => {
                match state.bench.code().is_some_and(|c| c.editing) {
                    true => Mode::CodeEditing,
                    false => Mode::Code,
                }
            }
            // -- note_deck: editor, presenter and panels of notes and decks (issue 8) --
            Screen::Exercise(state)
                if state.bench.note_deck().is_some_and(|nd| nd.is_active())
                    || state.panel.is_note_deck() =>
            {
                state
                    .bench
                    .note_deck()
                    .map_or(Mode::Notes, |nd| nd.mode(state.panel))
            }
            Screen::Exercise(state) if state.panel == Panel::Notes => Mode::Notes,
            // Each workbench kind has its own key table.
            Screen::Exercise(state) => match self.case.exercise(&state.exercise).map(|e| e.kind) {
                Some(Kind::Board) => Mode::Board,
                // -- tree / map (issue 4) --
                Some(Kind::Tree) => Mode::Tree,
                Some(Kind::Map) if state.panel == Panel::Zones => Mode::Map,
                Some(Kind::Map) => Mode::MapList,
                Some(Kind::Graph) => crate::workbench::sociogram::ui::mode_for(state.panel),
                Some(Kind::Grid) => Mode::Grid,
                Some(Kind::Sheet) => crate::workbench::gdpr::ui::mode(state),
                _ => Mode::Notes,
            },
        }
    }

    /// Exercises in the order the home screen lists them: by bloc, then the others.
    pub fn home_order(&self) -> Vec<usize> {
        home_order(&self.case)
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
        let (exercise, state) = self.current_exercise()?;
        let config = exercise.board.as_ref()?;
        let board = self
            .workspace
            .answer(&state.exercise)
            .and_then(|a| a.board.as_ref())
            .unwrap_or(&EMPTY_BOARD);
        Some((config, board))
    }

    /// Any terminal event: keys through the keymap (or into a text field), mouse, resize.
    pub fn handle_event(&mut self, event: &Event) -> Vec<Effect> {
        let mut effects = self.dispatch_event(event);
        self.want_metrics(&mut effects);
        effects
    }

    fn dispatch_event(&mut self, event: &Event) -> Vec<Effect> {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Mouse(mouse) => {
                // -- graph: A6 sociogram and SIC grid (issue 5) --
                if let Some(effects) = self.handle_graph_mouse(mouse) {
                    return effects;
                }
                self.handle_mouse(mouse);
                Vec::new()
            }
            Event::Resize(w, h) => {
                self.size = Rect::new(0, 0, *w, *h);
                Vec::new()
            }
            Event::Paste(text) => self.paste(text),
            _ => Vec::new(),
        }
    }

    fn handle_key(&mut self, key: &KeyEvent) -> Vec<Effect> {
        // The status line speaks of the last action only: the next key clears it.
        self.status = None;
        let mode = self.mode();
        let typing = matches!(
            mode,
            Mode::TextField | Mode::NotesEditing | Mode::FactsSearch
        ) || (self.note_deck_editing() && self.facts.is_none());
        // A review adds its keys to every screen but text fields and help.
        let review_keys = self.review.is_some() && !typing && mode != Mode::Help;
        let binding = review_keys
            .then(|| keymap::binding_for(Mode::Review, key))
            .flatten()
            .or_else(|| keymap::binding_for(mode, key))
            .or_else(|| keymap::binding_for(Mode::Global, key));
        self.show_key(key, binding, typing);
        if let Some(binding) = binding {
            if binding.action == Action::SetScoreDigit {
                return self.set_score_digit(key);
            }
            return self.update(binding.action);
        }
        if mode == Mode::FactsSearch {
            self.input_facts(key);
            return Vec::new();
        }
        if mode != Mode::Help && self.note_deck_editing() && self.facts.is_none() {
            self.input_note_deck(key);
            return Vec::new();
        }
        match mode {
            Mode::TextField => {
                if let Some(Overlay::Edit { field, .. }) = &mut self.overlay {
                    // A field is one line: Enter confirms (handled above), so no newline
                    // here; Tab is no character of a field either (it would type spaces).
                    if !matches!(key.code, KeyCode::Tab | KeyCode::BackTab) {
                        field.input(*key);
                    }
                }
                self.apply_field();
            }
            Mode::NotesEditing => self.input_notes(key),
            Mode::CodeEditing => return self.input_code(key),
            _ => {}
        }
        Vec::new()
    }

    /// True when the note and deck editor has the keyboard (it takes the keys no binding
    /// of its mode claims).
    fn note_deck_editing(&self) -> bool {
        matches!(&self.screen, Screen::Exercise(state) if state.bench.note_deck().is_some_and(|nd| nd.editor.is_some()))
    }

    fn paste(&mut self, text: &str) -> Vec<Effect> {
        if self.note_deck_editing() {
            self.paste_note_deck(text);
            return Vec::new();
        }
        match self.mode() {
            Mode::TextField => {
                if let Some(Overlay::Edit { field, .. }) = &mut self.overlay {
                    field.insert_str(text.replace(['\r', '\n'], " "));
                }
                self.apply_field();
            }
            Mode::NotesEditing => {
                if let Screen::Exercise(state) = &mut self.screen {
                    state.notes.insert_str(text.replace('\r', ""));
                }
                self.sync_notes_from_editor();
            }
            Mode::CodeEditing => return self.paste_code(text),
            _ => {}
        }
        Vec::new()
    }

    /// Applies an action; returns what the shell must do. In a review, editing actions are
    /// refused and the candidate's work is kept as the bundle holds it.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        if let Some(effects) = self.review_action(action) {
            return effects;
        }
        let mut effects = self.apply_action(action);
        self.want_metrics(&mut effects);
        self.enforce_read_only(effects)
    }

    fn apply_action(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::ToggleKeyDisplay {
            self.toggle_key_display();
            return Vec::new();
        }
        if action == Action::ToggleHelp {
            self.help_open = !self.help_open;
            return Vec::new();
        }
        if action == Action::Quit {
            return vec![Effect::Quit];
        }
        if action == Action::ToggleLanguage {
            self.lang = self.lang.other();
            self.info(self.t(Text::Language));
            return Vec::new();
        }
        // The organisation screen is over everything: it takes the keys while shown.
        if self.facts.is_some() {
            self.update_facts(action);
            return Vec::new();
        }
        if action == Action::ToggleFacts {
            self.toggle_facts();
            return Vec::new();
        }
        if action == Action::ShowDetail && self.overlay.is_none() {
            self.show_detail();
            return Vec::new();
        }
        if self.overlay.is_some() {
            return self.update_overlay(action);
        }
        match &self.screen {
            Screen::Home(_) => self.update_home(action),
            Screen::Exercise(_) => self.update_exercise(action),
        }
    }

    pub fn open_exercise(&mut self, id: &str) {
        let Some(exercise) = self.case.exercise(id) else {
            return;
        };
        let panel = App::panels(exercise)[0];
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
            bench,
        }));
        self.status = None;
    }

    fn update_exercise(&mut self, action: Action) -> Vec<Effect> {
        let Some((exercise, _)) = self.current_exercise() else {
            return Vec::new();
        };
        let panels = App::panels(exercise);
        let exercise_kind = exercise.kind;
        // A grid's Tab goes through its tabs before the notes.
        if exercise_kind == Kind::Grid
            && matches!(action, Action::NextPanel | Action::PrevPanel)
            && self.grid_step_tab(action == Action::NextPanel)
        {
            return Vec::new();
        }
        let Screen::Exercise(state) = &mut self.screen else {
            return Vec::new();
        };
        if state.notes_editing {
            if action == Action::Confirm {
                state.notes_editing = false;
                self.refresh_reports();
                return vec![Effect::SaveNow];
            }
            return Vec::new();
        }
        if state.panel == Panel::Code
            && !matches!(
                action,
                Action::Back
                    | Action::NextPanel
                    | Action::PrevPanel
                    | Action::ToggleBrief
                    | Action::ScrollBriefUp
                    | Action::ScrollBriefDown
            )
        {
            return self.update_code(action);
        }
        match action {
            Action::Back => {
                self.go_home();
                return vec![Effect::SaveNow];
            }
            Action::NextPanel | Action::PrevPanel => {
                let at = panels.iter().position(|p| *p == state.panel).unwrap_or(0);
                let n = panels.len();
                let next = if action == Action::NextPanel {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                state.panel = panels[next];
            }
            Action::ToggleBrief => state.brief.shown = !state.brief.shown,
            Action::ScrollBriefUp => state.brief.scroll = state.brief.scroll.saturating_sub(5),
            Action::ScrollBriefDown => state.brief.scroll = state.brief.scroll.saturating_add(5),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::EditEntry if state.panel == Panel::Notes => {
                let id = state.exercise.clone();
                state.notes_editing = true;
                let before = self.workspace.answer(&id).cloned().unwrap_or_default();
                self.histories.entry(id).or_default().record(&before);
            }
            // Each workbench kind handles the rest of its actions.
            _ => match exercise_kind {
                Kind::Board => self.update_board(action),
                // -- tree / map (issue 4) --
                Kind::Tree => self.update_tree(action),
                Kind::Map => self.update_map(action),
                // -- graph: A6 sociogram and SIC grid (issue 5) --
                Kind::Graph => return self.update_graph(action),
                Kind::Grid => self.update_grid(action),
                Kind::Sheet => self.update_sheet(action),
                // -- note_deck: notes and the deck (issue 8) --
                Kind::Note | Kind::Deck => return self.update_note_deck(action),
                _ => {}
            },
        }
        Vec::new()
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

    /// Changes the current board, recording the previous answer for undo.
    pub(crate) fn change_board<R>(&mut self, change: impl FnOnce(&mut Board) -> R) -> R {
        self.change_answer(|answer| change(answer.board.get_or_insert_with(Board::default)))
    }

    /// Changes the current exercise's answer, recording the previous one for undo. Every
    /// workbench goes through here, so undo, redo, autosave and findings work the same.
    pub(crate) fn change_answer<R>(&mut self, change: impl FnOnce(&mut Answer) -> R) -> R {
        let id = self.exercise_id();
        let before = self.workspace.answer(&id).cloned().unwrap_or_default();
        self.histories
            .entry(id.clone())
            .or_default()
            .record(&before);
        let result = change(self.workspace.answer_mut(&id));
        self.touch();
        result
    }

    /// Marks the workspace changed and refreshes the findings.
    pub(crate) fn touch(&mut self) {
        self.dirty = true;
        self.refresh_reports();
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        self.refresh_graph();
    }

    pub(crate) fn refresh_reports(&mut self) {
        self.grids.refresh(&self.workspace);
        self.reports = check::check_workspace_with(&self.case, &self.workspace, &self.grids);
    }

    pub(crate) fn record_before_edit(&mut self) {
        let id = self.exercise_id();
        let before = self.workspace.answer(&id).cloned().unwrap_or_default();
        self.histories.entry(id).or_default().record(&before);
    }

    fn undo(&mut self) {
        self.step_history(true);
    }

    fn redo(&mut self) {
        self.step_history(false);
    }

    fn step_history(&mut self, back: bool) {
        let id = self.exercise_id();
        let mut answer = self.workspace.answer(&id).cloned().unwrap_or_default();
        let history = self.histories.entry(id.clone()).or_default();
        let moved = if back {
            history.undo(&mut answer)
        } else {
            history.redo(&mut answer)
        };
        if !moved {
            self.info(self.t(if back {
                Text::NothingToUndo
            } else {
                Text::NothingToRedo
            }));
            return;
        }
        let notes = answer.notes.clone();
        *self.workspace.answer_mut(&id) = answer;
        if let Some(state) = self.state_mut() {
            state.notes = notes_editor(&notes);
        }
        self.clamp_selection();
        self.clamp_note_deck();
        self.touch();
        self.info(self.t(if back { Text::Undone } else { Text::Redone }));
    }

    fn input_notes(&mut self, key: &KeyEvent) {
        if let Some(state) = self.state_mut() {
            state.notes.input(*key);
        }
        self.sync_notes_from_editor();
    }

    fn sync_notes_from_editor(&mut self) {
        let Some(state) = self.state_mut() else {
            return;
        };
        let text = state.notes.lines().join("\n");
        let id = state.exercise.clone();
        self.workspace.answer_mut(&id).notes = text;
        self.dirty = true;
    }
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

fn notes_editor(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.lines().map(str::to_string).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    // The notes' undo goes back a whole session, not the default 50 keystrokes.
    area.set_max_histories(crate::workbench::code::undo::DEPTH);
    area
}
