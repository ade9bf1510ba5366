//! How actions change a note or a deck: `update` takes the selections and editor
//! (`NoteDeckState`) and a `BenchCx`; structural changes go through `BenchCx::change_answer`;
//! typing in an editor writes into the answer as it goes (so an autosave keeps it) after one
//! undo snapshot taken when the editor opened. State types are in `ui`.

use crate::case::{DeckConfig, Exercise, NoteConfig};
use crate::i18n::{self, Text};
use crate::workbench::deck::model::{Countdown, OralSession};
use crate::workbench::notes::editor::{apply_editor, open_editor, open_editor_from, update_editor};
use crate::workbench::notes::model::{is_key_char, Reference};
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::NoteDeckPanel;
use crate::workbench::notes::ui::{attachable_in, NoteDeckState, Presenter, RefField, Target};
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{Effect, Panel, Screen, Session};
use crate::workbench::Bench;
use crate::workspace::{Answer, Deck, Note, Workspace};
use crossterm::event::KeyEvent;
use std::time::Duration;

/// The answer's oral session, made when the first of its fields is typed.
pub(super) fn oral_of(answer: &mut Answer) -> &mut OralSession {
    answer
        .deck
        .get_or_insert_default()
        .oral
        .get_or_insert_default()
}

pub(super) fn to_key(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .filter(|c| is_key_char(*c))
        .collect()
}

impl Session {
    fn nd(&self) -> Option<&NoteDeckState> {
        match &self.screen {
            Screen::Exercise(state) => state.bench.note_deck(),
            Screen::Home(_) => None,
        }
    }

    fn nd_mut(&mut self) -> Option<&mut NoteDeckState> {
        self.bench_mut().and_then(Bench::note_deck_mut)
    }

    fn exercise_now(&self) -> Option<Exercise> {
        self.current_exercise().map(|(e, _)| e.clone())
    }

    /// The current note, shaped to the case's sections.
    pub fn current_note(&self) -> Note {
        let Some(exercise) = self.exercise_now() else {
            return Note::default();
        };
        note_of(&exercise, &self.workspace)
    }

    pub fn current_deck(&self) -> Deck {
        deck_of(&self.exercise_id(), &self.workspace)
    }

    /// The slide the presenter shows, if it is on.
    pub fn presenter(&self) -> Option<&Presenter> {
        self.nd().and_then(|nd| nd.presenter.as_ref())
    }

    pub(crate) fn input_note_deck(&mut self, key: &KeyEvent) {
        let Some((bench, mut cx)) = self.split_bench() else {
            return;
        };
        let Some(nd) = bench.note_deck_mut() else {
            return;
        };
        let now = cx.clock.now();
        if let Some(editor) = nd.editor.as_mut() {
            match crate::workbench::code::undo::edit_kind(key) {
                Some(kind) => editor.undo.before_edit(&editor.area, kind, now),
                None => editor.undo.break_step(),
            }
            editor.area.input(*key);
        }
        apply_editor(nd, &mut cx);
    }

    /// Undoes (or redoes) the text being written in the editor, a word at a time; false
    /// when no editor is open (the exercise's own undo applies then).
    pub(crate) fn step_note_deck_editor(&mut self, back: bool) -> bool {
        use crate::workbench::screen::session::notes_editor_of_lines;
        let Some((bench, mut cx)) = self.split_bench() else {
            return false;
        };
        let Some(nd) = bench.note_deck_mut() else {
            return false;
        };
        let Some(editor) = nd.editor.as_mut() else {
            return false;
        };
        let moved = if back {
            editor
                .undo
                .undo_with(&mut editor.area, notes_editor_of_lines)
        } else {
            editor
                .undo
                .redo_with(&mut editor.area, notes_editor_of_lines)
        };
        if moved {
            apply_editor(nd, &mut cx);
        }
        cx.say_undo(back, moved);
        true
    }

    pub(crate) fn paste_note_deck(&mut self, text: &str) {
        let Some((bench, mut cx)) = self.split_bench() else {
            return;
        };
        let Some(nd) = bench.note_deck_mut() else {
            return;
        };
        let now = cx.clock.now();
        if let Some(editor) = nd.editor.as_mut() {
            let kind = crate::workbench::code::undo::EditKind::Other;
            editor.undo.before_edit(&editor.area, kind, now);
            let text = if editor.target.multiline() {
                text.replace('\r', "")
            } else {
                text.replace(['\r', '\n'], " ")
            };
            editor.area.insert_str(text);
        }
        apply_editor(nd, &mut cx);
    }

    /// A click on a row of the focused list selects it; true when the click was ours.
    pub(crate) fn click_note_deck(&mut self, at: ratatui::layout::Position) -> bool {
        let Some(exercise) = self.exercise_now() else {
            return false;
        };
        let Screen::Exercise(state) = &self.screen else {
            return false;
        };
        let Some(nd) = state.bench.note_deck() else {
            return false;
        };
        if !state.panel.is_note_deck() || nd.is_active() {
            return false;
        }
        let panel = state.panel;
        let body = crate::workbench::screen::layout::frame(self.size).body;
        let regions =
            crate::workbench::screen::layout::exercise(body, &exercise, state.brief.shown);
        let area = crate::workbench::screen::session::inner(regions.panel);
        let config = NoteConfig::of(&exercise);
        let (selected, count) = match panel {
            Panel::NoteDeck(NoteDeckPanel::Sections) => {
                (nd.section, self.current_note().sections.len())
            }
            Panel::NoteDeck(NoteDeckPanel::References) => {
                (nd.reference, self.current_note().references.len())
            }
            Panel::NoteDeck(NoteDeckPanel::Schemes) => (nd.scheme, config.schemes.len()),
            Panel::NoteDeck(NoteDeckPanel::Attachments) => {
                (nd.attachment, attachable_in(&self.case, &exercise.id).len())
            }
            Panel::NoteDeck(NoteDeckPanel::Slides) => (nd.slide, self.current_deck().slides.len()),
            Panel::NoteDeck(NoteDeckPanel::Objections) => {
                (nd.objection, self.current_deck().objections.len())
            }
            _ => return false,
        };
        let has_facts = !config.case_facts.is_empty();
        let Some(row) = crate::workbench::notes::view::row_at(area, panel, has_facts, selected, at)
        else {
            return false;
        };
        if row < count {
            if let Some(nd) = self.nd_mut() {
                match panel {
                    Panel::NoteDeck(NoteDeckPanel::Sections) => nd.section = row,
                    Panel::NoteDeck(NoteDeckPanel::References) => nd.reference = row,
                    Panel::NoteDeck(NoteDeckPanel::Schemes) => nd.scheme = row,
                    Panel::NoteDeck(NoteDeckPanel::Attachments) => nd.attachment = row,
                    Panel::NoteDeck(NoteDeckPanel::Objections) => nd.objection = row,
                    _ => nd.slide = row,
                }
            }
        }
        true
    }

    /// Keeps the selections inside their lists after a deletion or an undo.
    pub(crate) fn clamp_note_deck(&mut self) {
        if let Some((bench, cx)) = self.split_bench() {
            if let Some(nd) = bench.note_deck_mut() {
                clamp(nd, &cx);
            }
        }
    }
}

/// The note of `exercise` in `workspace`, shaped to the case's sections.
pub fn note_of(exercise: &Exercise, workspace: &Workspace) -> Note {
    let answer = workspace.answer(&exercise.id).cloned().unwrap_or_default();
    crate::workbench::notes::formats::shaped_note(exercise, &answer)
}

/// The deck of exercise `id` in `workspace` (empty if none yet).
pub fn deck_of(id: &str, workspace: &Workspace) -> Deck {
    workspace
        .answer(id)
        .and_then(|a| a.deck.clone())
        .unwrap_or_default()
}

fn current_note(cx: &BenchCx) -> Note {
    note_of(cx.exercise, cx.workspace)
}

fn current_deck(cx: &BenchCx) -> Deck {
    deck_of(&cx.exercise.id, cx.workspace)
}

/// The note's and the deck's actions: the editor's or the presenter's when open, else the
/// focused list's.
pub fn update(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let exercise = cx.exercise;
    if nd.editor.is_some() {
        return update_editor(nd, cx, action);
    }
    if nd.presenter.is_some() {
        return update_presenter(nd, cx, action);
    }
    match *cx.panel {
        Panel::NoteDeck(NoteDeckPanel::Sections) => update_sections(nd, cx, action),
        Panel::NoteDeck(NoteDeckPanel::References) => update_references(nd, cx, action),
        Panel::NoteDeck(NoteDeckPanel::Schemes) => update_schemes(nd, cx, action, exercise),
        Panel::NoteDeck(NoteDeckPanel::Attachments) => update_attachments(nd, cx, action, exercise),
        Panel::NoteDeck(NoteDeckPanel::Slides) => return update_slides(nd, cx, action, exercise),
        Panel::NoteDeck(NoteDeckPanel::Objections) => update_objections(nd, cx, action),
        _ => {}
    }
    Vec::new()
}

fn update_sections(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action) {
    let count = current_note(cx).sections.len();
    match action {
        Action::SelectPrev => nd.section = nd.section.saturating_sub(1),
        Action::SelectNext => nd.section = (nd.section + 1).min(count.saturating_sub(1)),
        Action::EditEntry => {
            let at = nd.section;
            open_editor(nd, cx, Target::Section(at));
        }
        _ => {}
    }
}

fn update_references(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action) {
    let count = current_note(cx).references.len();
    let at = nd.reference;
    match action {
        Action::SelectPrev => nd.reference = at.saturating_sub(1),
        Action::SelectNext => nd.reference = (at + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            let before = current_answer(cx);
            let id = current_note(cx).fresh_reference_id();
            let index = change_note(cx, |note| {
                note.references.push(Reference {
                    id,
                    ..Reference::default()
                });
                note.references.len() - 1
            });
            nd.reference = index;
            open_editor_from(nd, cx, Target::Reference(index, RefField::Id), before);
        }
        Action::EditEntry if count > 0 => open_editor(nd, cx, Target::Reference(at, RefField::Id)),
        Action::DeleteEntry if count > 0 => {
            change_note(cx, |note| {
                note.references.remove(at);
            });
            clamp(nd, cx);
            cx.info(cx.t(Text::Deleted));
        }
        _ => {}
    }
}

fn update_schemes(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action, exercise: &Exercise) {
    let config = NoteConfig::of(exercise);
    let at = nd.scheme.min(config.schemes.len().saturating_sub(1));
    let Some(scheme) = config.schemes.get(at).map(|s| s.id.clone()) else {
        return;
    };
    match action {
        Action::SelectPrev => nd.scheme = at.saturating_sub(1),
        Action::SelectNext => nd.scheme = (at + 1).min(config.schemes.len() - 1),
        Action::ToggleMark => {
            change_note(cx, |note| note.toggle_pick(&scheme));
        }
        Action::EditEntry | Action::EditCounterparts => {
            let before = current_answer(cx);
            if current_note(cx).pick(&scheme).is_none() {
                change_note(cx, |note| note.toggle_pick(&scheme));
            }
            let target = if action == Action::EditEntry {
                Target::Argument(scheme)
            } else {
                Target::Counterparts(scheme)
            };
            open_editor_from(nd, cx, target, before);
        }
        _ => {}
    }
}

fn update_attachments(
    nd: &mut NoteDeckState,
    cx: &mut BenchCx,
    action: Action,
    exercise: &Exercise,
) {
    let options = attachable_in(cx.case, &exercise.id);
    let at = nd.attachment.min(options.len().saturating_sub(1));
    let Some(target) = options.get(at).cloned() else {
        return;
    };
    match action {
        Action::SelectPrev => nd.attachment = at.saturating_sub(1),
        Action::SelectNext => nd.attachment = (at + 1).min(options.len() - 1),
        Action::ToggleMark => {
            change_note(cx, |note| note.toggle_attachment(&target));
        }
        Action::EditEntry => {
            let before = current_answer(cx);
            let attached = current_note(cx)
                .attachments
                .iter()
                .any(|a| a.exercise == target);
            if !attached {
                change_note(cx, |note| note.toggle_attachment(&target));
            }
            open_editor_from(nd, cx, Target::Caption(target), before);
        }
        _ => {}
    }
}

fn update_objections(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action) {
    let count = current_deck(cx).objections.len();
    let at = nd.objection.min(count.saturating_sub(1));
    match action {
        Action::SelectPrev => nd.objection = at.saturating_sub(1),
        Action::SelectNext => nd.objection = (at + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            let before = current_answer(cx);
            let index = change_deck(cx, |deck| {
                deck.objections.push(Default::default());
                deck.objections.len() - 1
            });
            nd.objection = index;
            open_editor_from(nd, cx, Target::ObjectionText(index), before);
        }
        Action::EditEntry if count > 0 => open_editor(nd, cx, Target::ObjectionText(at)),
        Action::RecordOral => open_editor(nd, cx, Target::OralDate),
        Action::DeleteEntry if count > 0 => {
            change_deck(cx, |deck| {
                deck.objections.remove(at);
            });
            clamp(nd, cx);
            cx.info(cx.t(Text::Deleted));
        }
        _ => {}
    }
}

fn update_slides(
    nd: &mut NoteDeckState,
    cx: &mut BenchCx,
    action: Action,
    exercise: &Exercise,
) -> Vec<Effect> {
    let config = DeckConfig::of(exercise);
    let count = current_deck(cx).slides.len();
    let at = nd.slide.min(count.saturating_sub(1));
    match action {
        Action::SelectPrev => nd.slide = at.saturating_sub(1),
        Action::SelectNext => nd.slide = (at + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            let before = current_answer(cx);
            let insert_at = if count == 0 { 0 } else { at + 1 };
            let index = change_deck(cx, |deck| deck.insert_slide(insert_at, ""));
            nd.slide = index;
            open_editor_from(nd, cx, Target::SlideTitle(index), before);
            let count = count + 1;
            if count > config.max_slides as usize {
                // Said at once: the check flags it too, but the candidate should know now.
                cx.error(i18n::slide_limit_message(cx.lang, count, config.max_slides));
            }
        }
        Action::StartPresenter | Action::StartPresenterHere if count == 0 => {
            cx.info(cx.t(Text::NoteDeck(NotesText::PresenterNeedsSlides)));
        }
        _ if count == 0 => {}
        Action::EditEntry => open_editor(nd, cx, Target::SlideTitle(at)),
        Action::EditPoints => open_editor(nd, cx, Target::SlidePoints(at)),
        Action::EditSpeakerNotes => open_editor(nd, cx, Target::SlideNotes(at)),
        Action::DeleteEntry => {
            change_deck(cx, |deck| {
                deck.slides.remove(at);
            });
            clamp(nd, cx);
            cx.info(cx.t(Text::Deleted));
        }
        Action::MoveEntryUp | Action::MoveEntryDown => {
            let up = action == Action::MoveEntryUp;
            let moved = change_deck(cx, |deck| deck.move_slide(at, up));
            nd.slide = moved;
        }
        Action::StartPresenter | Action::StartPresenterHere => {
            let limit = Duration::from_secs(u64::from(config.max_minutes) * 60);
            // F5 starts at the first slide, as slide software does; Shift+F5 here.
            let from = if action == Action::StartPresenter {
                0
            } else {
                at
            };
            let countdown = Countdown::start(limit, count, from, cx.clock.now());
            nd.presenter = Some(Presenter { countdown });
            *cx.status = None;
        }
        _ => {}
    }
    Vec::new()
}

fn update_presenter(nd: &mut NoteDeckState, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let now = cx.clock.now();
    let date = cx.clock.date();
    let deck = current_deck(cx);
    let last = deck.slides.len().saturating_sub(1);
    let Some(presenter) = nd.presenter.as_mut() else {
        return Vec::new();
    };
    let countdown = &mut presenter.countdown;
    match action {
        Action::NextSlide => {
            let next = (countdown.current() + 1).min(last);
            if next != countdown.current() {
                countdown.go_to(next, now);
            }
        }
        Action::PrevSlide => {
            let previous = countdown.current().saturating_sub(1);
            if previous != countdown.current() {
                countdown.go_to(previous, now);
            }
        }
        Action::PauseTimer => countdown.toggle_pause(now),
        Action::RestartTimer => {
            *countdown =
                Countdown::start(countdown.limit, deck.slides.len(), countdown.current(), now);
        }
        Action::LeavePresenter => {
            let titles: Vec<String> = deck.slides.iter().map(|s| s.title.clone()).collect();
            let current = countdown.current();
            let rehearsal = countdown.record(&titles, now, date);
            nd.presenter = None;
            nd.slide = current;
            if let Some(rehearsal) = rehearsal {
                change_deck(cx, |deck| deck.record(rehearsal));
                cx.info(cx.t(Text::NoteDeck(NotesText::RehearsalRecorded)));
                return vec![Effect::SaveNow];
            }
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn current_answer(cx: &BenchCx) -> Answer {
    cx.answer().cloned().unwrap_or_default()
}

/// Changes the current note (shaped to the case's sections first), with undo.
fn change_note<R>(cx: &mut BenchCx, change: impl FnOnce(&mut Note) -> R) -> R {
    let titles = NoteConfig::of(cx.exercise).section_titles();
    cx.change_answer(|answer| {
        let note = answer.note.get_or_insert_default();
        *note = note.with_sections(&titles);
        change(note)
    })
}

fn change_deck<R>(cx: &mut BenchCx, change: impl FnOnce(&mut Deck) -> R) -> R {
    cx.change_answer(|answer| change(answer.deck.get_or_insert_default()))
}

/// Keeps the selections inside their lists after a deletion or an undo.
pub(crate) fn clamp(nd: &mut NoteDeckState, cx: &BenchCx) {
    let exercise = cx.exercise;
    let note = current_note(cx);
    let slides = current_deck(cx).slides.len();
    let objections = current_deck(cx).objections.len();
    let attachable = attachable_in(cx.case, &exercise.id).len();
    let schemes = NoteConfig::of(exercise).schemes.len();
    nd.section = nd.section.min(note.sections.len().saturating_sub(1));
    nd.reference = nd.reference.min(note.references.len().saturating_sub(1));
    nd.scheme = nd.scheme.min(schemes.saturating_sub(1));
    nd.attachment = nd.attachment.min(attachable.saturating_sub(1));
    nd.slide = nd.slide.min(slides.saturating_sub(1));
    nd.objection = nd.objection.min(objections.saturating_sub(1));
    nd.editor = None;
}
