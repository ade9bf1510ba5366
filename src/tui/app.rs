//! The interface's state and its `update`: events become `Action`s (through the keymap),
//! actions change the state and return `Effect`s for the shell to carry out. No I/O here,
//! so every behaviour is testable without a terminal. The state the workbench kinds work on
//! is the `Session` (in `workbench::screen`); `App` adds what only the shell needs.

use crate::case::{Case, Kind};
use crate::i18n::{Lang, Text};
pub use crate::tui::home::{home_order, home_rows, HomeRow};
use crate::workbench::screen::keymap::{self, Action, Mode};
pub use crate::workbench::screen::session::{
    inner, zone_offset, BriefUi, EditTarget, Effect, ExerciseState, HomeState, Overlay, Panel,
    Screen, Session, StatusKind, StatusLine,
};
use crate::workbench::screen::theme::Theme;
use crate::workspace::Workspace;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;

pub struct App {
    /// What the screens show and the workbench kinds change.
    pub session: Session,
    pub help_open: bool,
    /// Why the last save failed, until one succeeds.
    pub last_save_error: Option<String>,
    /// The organisation screen (F4), over whatever is open, when shown.
    pub facts: Option<crate::tui::facts::FactsState>,
    /// Examiners' read-only review with grading (`atelier review`), when set.
    pub review: Option<Box<crate::tui::review::ReviewState>>,
    /// Trainers' key display: the last keys pressed, with what they did, when shown.
    pub key_display: Option<Vec<String>>,
    /// "Save elsewhere", open over the dialog when quitting could not save.
    pub save_elsewhere: Option<crate::tui::save_elsewhere::SaveElsewhere>,
    /// The open text field's undo, a word at a time, with the field it belongs to: a new
    /// field, or none open, starts afresh.
    pub field_undo: Option<(EditTarget, crate::workbench::code::undo::UndoHistory)>,
}

impl std::ops::Deref for App {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.session
    }
}

impl std::ops::DerefMut for App {
    fn deref_mut(&mut self) -> &mut Session {
        &mut self.session
    }
}

impl App {
    /// The session's own, called on the shell: the borrow then splits as it would on the
    /// session (`app.info(app.t(..))`).
    pub fn t(&self, text: Text) -> &'static str {
        self.session.t(text)
    }
    pub fn info(&mut self, text: impl Into<String>) {
        self.session.info(text)
    }
    pub fn error(&mut self, text: impl Into<String>) {
        self.session.error(text)
    }

    /// Opens an exercise; in a review, A1's editor is read-only and marks the hidden tests'
    /// first failing line.
    pub fn open_exercise(&mut self, id: &str) {
        self.session.open_exercise(id);
        if let Some(review) = &self.review {
            let hidden = review
                .hidden_run
                .as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|run| &run.report);
            if let Some(code) = self.session.bench_mut().and_then(|b| b.code_mut()) {
                code.read_only(hidden);
            }
        }
    }

    pub fn new(case: Case, workspace: Workspace, lang: Lang, theme: Theme) -> App {
        App {
            session: Session::new(case, workspace, lang, theme),
            help_open: false,
            last_save_error: None,
            facts: None,
            review: None,
            key_display: None,
            save_elsewhere: None,
            field_undo: None,
        }
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
        match &self.session.overlay {
            Some(Overlay::Edit { .. }) => return Mode::TextField,
            Some(Overlay::Board(overlay)) => return overlay.mode(),
            Some(Overlay::Maps(overlay)) => return overlay.mode(),
            Some(Overlay::Sociogram(overlay)) => return overlay.mode(),
            Some(Overlay::Grid(overlay)) => return overlay.mode(),
            Some(Overlay::SheetPick(picker)) => return picker.mode(),
            Some(Overlay::QuitFailed { .. }) => {
                return self
                    .save_elsewhere
                    .as_ref()
                    .map_or(Mode::QuitFailed, |s| s.mode())
            }
            Some(Overlay::Detail(_)) => return Mode::Detail,
            None => {}
        }
        if let (Some(review), Screen::Exercise(_)) = (&self.review, &self.session.screen) {
            if review.grading {
                return Mode::Grading;
            }
        }
        match &self.session.screen {
            Screen::Home(_) => Mode::Home,
            Screen::Exercise(state) if state.notes_editing => Mode::NotesEditing,
            // Each workbench kind has its own key tables.
            Screen::Exercise(state) => self.session.bench_mode(state),
        }
    }

    /// Exercises in the order the home screen lists them: by bloc, then the others.
    pub fn home_order(&self) -> Vec<usize> {
        home_order(&self.session.case)
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
                if !self.help_open {
                    if let Some(effects) = self.handle_graph_mouse(mouse) {
                        return effects;
                    }
                }
                self.handle_mouse(mouse);
                Vec::new()
            }
            Event::Resize(w, h) => {
                self.session.size = Rect::new(0, 0, *w, *h);
                Vec::new()
            }
            Event::Paste(text) => self.paste(text),
            _ => Vec::new(),
        }
    }

    fn handle_key(&mut self, key: &KeyEvent) -> Vec<Effect> {
        // The status line speaks of the last action only: the next key clears it.
        self.session.status = None;
        let mode = self.mode();
        if mode != Mode::TextField {
            self.field_undo = None;
        }
        let typing = matches!(
            mode,
            Mode::TextField | Mode::NotesEditing | Mode::FactsSearch | Mode::SaveElsewhere
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
        if mode == Mode::SaveElsewhere {
            self.input_save_elsewhere(key);
            return Vec::new();
        }
        if mode != Mode::Help && self.note_deck_editing() && self.facts.is_none() {
            self.input_note_deck(key);
            return Vec::new();
        }
        match mode {
            Mode::TextField => {
                let now = self.session.clock.now();
                if let Some(Overlay::Edit { target, field, .. }) = &mut self.session.overlay {
                    // A field is one line: Enter confirms (handled above), so no newline
                    // here; Tab is no character of a field either (it would type spaces).
                    if !matches!(key.code, KeyCode::Tab | KeyCode::BackTab) {
                        let undo = field_undo_of(&mut self.field_undo, *target);
                        match crate::workbench::code::undo::edit_kind(key) {
                            Some(kind) => undo.before_edit(field, kind, now),
                            // The cursor moved: the next edit is a step of its own.
                            None => undo.break_step(),
                        }
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
        matches!(&self.session.screen, Screen::Exercise(state) if state.bench.note_deck().is_some_and(|nd| nd.editor.is_some()))
    }

    fn paste(&mut self, text: &str) -> Vec<Effect> {
        if self.note_deck_editing() {
            self.paste_note_deck(text);
            return Vec::new();
        }
        match self.mode() {
            Mode::SaveElsewhere => self.paste_save_elsewhere(text),
            Mode::TextField => {
                let now = self.session.clock.now();
                if let Some(Overlay::Edit { target, field, .. }) = &mut self.session.overlay {
                    let kind = crate::workbench::code::undo::EditKind::Other;
                    field_undo_of(&mut self.field_undo, *target).before_edit(field, kind, now);
                    field.insert_str(text.replace(['\r', '\n'], " "));
                }
                self.apply_field();
            }
            Mode::NotesEditing => {
                let now = self.session.clock.now();
                if let Screen::Exercise(state) = &mut self.session.screen {
                    let kind = crate::workbench::code::undo::EditKind::Other;
                    state.notes_undo.before_edit(&state.notes, kind, now);
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
            self.session.lang = self.session.lang.other();
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
        if action == Action::ShowDetail && self.session.overlay.is_none() {
            self.show_detail();
            return Vec::new();
        }
        if self.session.overlay.is_some() {
            return self.update_overlay(action);
        }
        match &self.session.screen {
            Screen::Home(_) => self.update_home(action),
            Screen::Exercise(_) => self.update_exercise(action),
        }
    }

    fn update_exercise(&mut self, action: Action) -> Vec<Effect> {
        let Some((exercise, _)) = self.current_exercise() else {
            return Vec::new();
        };
        let panels = Session::panels(exercise);
        let exercise_kind = exercise.kind;
        // A grid's Tab goes through its tabs before the notes.
        if exercise_kind == Kind::Grid
            && matches!(action, Action::NextPanel | Action::PrevPanel)
            && self.grid_step_tab(action == Action::NextPanel)
        {
            return Vec::new();
        }
        // In the note's or the deck's editor, undo takes back the words typed.
        if matches!(action, Action::Undo | Action::Redo)
            && self.step_note_deck_editor(action == Action::Undo)
        {
            return Vec::new();
        }
        let Screen::Exercise(state) = &mut self.session.screen else {
            return Vec::new();
        };
        if state.notes_editing {
            match action {
                Action::Confirm => {
                    state.notes_editing = false;
                    self.refresh_reports();
                    return vec![Effect::SaveNow];
                }
                Action::Undo | Action::Redo => self.step_notes(action == Action::Undo),
                _ => {}
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
            return self.update_bench(action);
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
                let before = self
                    .session
                    .workspace
                    .answer(&id)
                    .cloned()
                    .unwrap_or_default();
                self.session
                    .histories
                    .entry(id)
                    .or_default()
                    .record(&before);
            }
            // Each workbench kind handles the rest of its actions.
            _ => return self.update_bench(action),
        }
        Vec::new()
    }

    fn input_notes(&mut self, key: &KeyEvent) {
        let now = self.session.clock.now();
        if let Some(state) = self.state_mut() {
            match crate::workbench::code::undo::edit_kind(key) {
                Some(kind) => state.notes_undo.before_edit(&state.notes, kind, now),
                // The cursor moved: the next edit is a step of its own.
                None => state.notes_undo.break_step(),
            }
            state.notes.input(*key);
        }
        self.sync_notes_from_editor();
    }

    /// Undoes (or redoes) the notes being written, a word at a time, and says so.
    fn step_notes(&mut self, back: bool) {
        use crate::workbench::screen::session::notes_editor_of_lines;
        let Some(state) = self.state_mut() else {
            return;
        };
        let moved = if back {
            state
                .notes_undo
                .undo_with(&mut state.notes, notes_editor_of_lines)
        } else {
            state
                .notes_undo
                .redo_with(&mut state.notes, notes_editor_of_lines)
        };
        if moved {
            self.sync_notes_from_editor();
        }
        self.say_undo(back, moved);
    }
}

/// The undo of the field open for `target`: the one kept, or a new one for a new field.
fn field_undo_of(
    kept: &mut Option<(EditTarget, crate::workbench::code::undo::UndoHistory)>,
    target: EditTarget,
) -> &mut crate::workbench::code::undo::UndoHistory {
    if kept.as_ref().is_none_or(|(t, _)| *t != target) {
        *kept = Some((target, Default::default()));
    }
    &mut kept.as_mut().expect("set above").1
}
