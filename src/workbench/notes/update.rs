//! How actions change a note or a deck: structural changes through `Session::change_answer`;
//! typing in an editor writes into the answer as it goes (so an autosave keeps it) after one
//! undo snapshot taken when the editor opened. State types are in `note_deck`.

use crate::case::{DeckConfig, Exercise, NoteConfig};
use crate::i18n::{self, Text};
use crate::workbench::deck::model::{oral_date, oral_minutes, Countdown, OralSession};
use crate::workbench::notes::model::{is_key_char, Reference};
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::NoteDeckPanel;
use crate::workbench::notes::ui::{attachable, Editor, NoteDeckState, Presenter, RefField, Target};
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{Effect, Panel, Screen, Session};
use crate::workbench::Bench;
use crate::workspace::{Answer, Deck, Note};
use crossterm::event::KeyEvent;
use ratatui_textarea::CursorMove;
use std::time::Duration;

/// The answer's oral session, made when the first of its fields is typed.
fn oral_of(answer: &mut Answer) -> &mut OralSession {
    answer
        .deck
        .get_or_insert_default()
        .oral
        .get_or_insert_default()
}

fn to_key(text: &str) -> String {
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
        let answer = self
            .workspace
            .answer(&exercise.id)
            .cloned()
            .unwrap_or_default();
        crate::workbench::notes::formats::shaped_note(&exercise, &answer)
    }

    pub fn current_deck(&self) -> Deck {
        let id = self.exercise_id();
        self.workspace
            .answer(&id)
            .and_then(|a| a.deck.clone())
            .unwrap_or_default()
    }

    /// The slide the presenter shows, if it is on.
    pub fn presenter(&self) -> Option<&Presenter> {
        self.nd().and_then(|nd| nd.presenter.as_ref())
    }

    pub(crate) fn update_note_deck(&mut self, action: Action) -> Vec<Effect> {
        let Some(exercise) = self.exercise_now() else {
            return Vec::new();
        };
        let Some(nd) = self.nd() else {
            return Vec::new();
        };
        if nd.editor.is_some() {
            return self.update_editor(action);
        }
        if nd.presenter.is_some() {
            return self.update_presenter(action);
        }
        let panel = match &self.screen {
            Screen::Exercise(state) => state.panel,
            Screen::Home(_) => return Vec::new(),
        };
        match panel {
            Panel::NoteDeck(NoteDeckPanel::Sections) => self.update_sections(action),
            Panel::NoteDeck(NoteDeckPanel::References) => self.update_references(action),
            Panel::NoteDeck(NoteDeckPanel::Schemes) => self.update_schemes(action, &exercise),
            Panel::NoteDeck(NoteDeckPanel::Attachments) => {
                self.update_attachments(action, &exercise)
            }
            Panel::NoteDeck(NoteDeckPanel::Slides) => return self.update_slides(action, &exercise),
            Panel::NoteDeck(NoteDeckPanel::Objections) => self.update_objections(action),
            _ => {}
        }
        Vec::new()
    }

    fn update_sections(&mut self, action: Action) {
        let count = self.current_note().sections.len();
        let Some(nd) = self.nd_mut() else {
            return;
        };
        match action {
            Action::SelectPrev => nd.section = nd.section.saturating_sub(1),
            Action::SelectNext => nd.section = (nd.section + 1).min(count.saturating_sub(1)),
            Action::EditEntry => {
                let at = nd.section;
                self.open_editor(Target::Section(at));
            }
            _ => {}
        }
    }

    fn update_references(&mut self, action: Action) {
        let count = self.current_note().references.len();
        let Some(nd) = self.nd_mut() else {
            return;
        };
        let at = nd.reference;
        match action {
            Action::SelectPrev => nd.reference = at.saturating_sub(1),
            Action::SelectNext => nd.reference = (at + 1).min(count.saturating_sub(1)),
            Action::AddEntry => {
                let before = self.current_answer();
                let id = self.current_note().fresh_reference_id();
                let index = self.change_note(|note| {
                    note.references.push(Reference {
                        id,
                        ..Reference::default()
                    });
                    note.references.len() - 1
                });
                if let Some(nd) = self.nd_mut() {
                    nd.reference = index;
                }
                self.open_editor_from(Target::Reference(index, RefField::Id), before);
            }
            Action::EditEntry if count > 0 => self.open_editor(Target::Reference(at, RefField::Id)),
            Action::DeleteEntry if count > 0 => {
                self.change_note(|note| {
                    note.references.remove(at);
                });
                self.clamp_note_deck();
                self.info(self.t(Text::Deleted));
            }
            _ => {}
        }
    }

    fn update_schemes(&mut self, action: Action, exercise: &Exercise) {
        let config = NoteConfig::of(exercise);
        let Some(nd) = self.nd_mut() else {
            return;
        };
        let at = nd.scheme.min(config.schemes.len().saturating_sub(1));
        let Some(scheme) = config.schemes.get(at).map(|s| s.id.clone()) else {
            return;
        };
        match action {
            Action::SelectPrev => nd.scheme = at.saturating_sub(1),
            Action::SelectNext => nd.scheme = (at + 1).min(config.schemes.len() - 1),
            Action::ToggleMark => {
                self.change_note(|note| note.toggle_pick(&scheme));
            }
            Action::EditEntry | Action::EditCounterparts => {
                let before = self.current_answer();
                if self.current_note().pick(&scheme).is_none() {
                    self.change_note(|note| note.toggle_pick(&scheme));
                }
                let target = if action == Action::EditEntry {
                    Target::Argument(scheme)
                } else {
                    Target::Counterparts(scheme)
                };
                self.open_editor_from(target, before);
            }
            _ => {}
        }
    }

    fn update_attachments(&mut self, action: Action, exercise: &Exercise) {
        let options = attachable(self, &exercise.id);
        let Some(nd) = self.nd_mut() else {
            return;
        };
        let at = nd.attachment.min(options.len().saturating_sub(1));
        let Some(target) = options.get(at).cloned() else {
            return;
        };
        match action {
            Action::SelectPrev => nd.attachment = at.saturating_sub(1),
            Action::SelectNext => nd.attachment = (at + 1).min(options.len() - 1),
            Action::ToggleMark => {
                self.change_note(|note| note.toggle_attachment(&target));
            }
            Action::EditEntry => {
                let before = self.current_answer();
                let attached = self
                    .current_note()
                    .attachments
                    .iter()
                    .any(|a| a.exercise == target);
                if !attached {
                    self.change_note(|note| note.toggle_attachment(&target));
                }
                self.open_editor_from(Target::Caption(target), before);
            }
            _ => {}
        }
    }

    fn update_objections(&mut self, action: Action) {
        let count = self.current_deck().objections.len();
        let Some(nd) = self.nd_mut() else {
            return;
        };
        let at = nd.objection.min(count.saturating_sub(1));
        match action {
            Action::SelectPrev => nd.objection = at.saturating_sub(1),
            Action::SelectNext => nd.objection = (at + 1).min(count.saturating_sub(1)),
            Action::AddEntry => {
                let before = self.current_answer();
                let index = self.change_deck(|deck| {
                    deck.objections.push(Default::default());
                    deck.objections.len() - 1
                });
                if let Some(nd) = self.nd_mut() {
                    nd.objection = index;
                }
                self.open_editor_from(Target::ObjectionText(index), before);
            }
            Action::EditEntry if count > 0 => self.open_editor(Target::ObjectionText(at)),
            Action::RecordOral => self.open_editor(Target::OralDate),
            Action::DeleteEntry if count > 0 => {
                self.change_deck(|deck| {
                    deck.objections.remove(at);
                });
                self.clamp_note_deck();
                self.info(self.t(Text::Deleted));
            }
            _ => {}
        }
    }

    fn update_slides(&mut self, action: Action, exercise: &Exercise) -> Vec<Effect> {
        let config = DeckConfig::of(exercise);
        let count = self.current_deck().slides.len();
        let Some(nd) = self.nd_mut() else {
            return Vec::new();
        };
        let at = nd.slide.min(count.saturating_sub(1));
        match action {
            Action::SelectPrev => nd.slide = at.saturating_sub(1),
            Action::SelectNext => nd.slide = (at + 1).min(count.saturating_sub(1)),
            Action::AddEntry => {
                let before = self.current_answer();
                let insert_at = if count == 0 { 0 } else { at + 1 };
                let index = self.change_deck(|deck| deck.insert_slide(insert_at, ""));
                if let Some(nd) = self.nd_mut() {
                    nd.slide = index;
                }
                self.open_editor_from(Target::SlideTitle(index), before);
                let count = count + 1;
                if count > config.max_slides as usize {
                    // Said at once: the check flags it too, but the candidate should know now.
                    self.error(i18n::slide_limit_message(
                        self.lang,
                        count,
                        config.max_slides,
                    ));
                }
            }
            Action::StartPresenter | Action::StartPresenterHere if count == 0 => {
                self.info(self.t(Text::NoteDeck(NotesText::PresenterNeedsSlides)));
            }
            _ if count == 0 => {}
            Action::EditEntry => self.open_editor(Target::SlideTitle(at)),
            Action::EditPoints => self.open_editor(Target::SlidePoints(at)),
            Action::EditSpeakerNotes => self.open_editor(Target::SlideNotes(at)),
            Action::DeleteEntry => {
                self.change_deck(|deck| {
                    deck.slides.remove(at);
                });
                self.clamp_note_deck();
                self.info(self.t(Text::Deleted));
            }
            Action::MoveEntryUp | Action::MoveEntryDown => {
                let up = action == Action::MoveEntryUp;
                let moved = self.change_deck(|deck| deck.move_slide(at, up));
                if let Some(nd) = self.nd_mut() {
                    nd.slide = moved;
                }
            }
            Action::StartPresenter | Action::StartPresenterHere => {
                let limit = Duration::from_secs(u64::from(config.max_minutes) * 60);
                // F5 starts at the first slide, as slide software does; Shift+F5 here.
                let from = if action == Action::StartPresenter {
                    0
                } else {
                    at
                };
                let countdown = Countdown::start(limit, count, from, self.clock.now());
                if let Some(nd) = self.nd_mut() {
                    nd.presenter = Some(Presenter { countdown });
                }
                self.status = None;
            }
            _ => {}
        }
        Vec::new()
    }

    fn update_presenter(&mut self, action: Action) -> Vec<Effect> {
        let now = self.clock.now();
        let date = self.clock.date();
        let deck = self.current_deck();
        let last = deck.slides.len().saturating_sub(1);
        let Some(presenter) = self.nd_mut().and_then(|nd| nd.presenter.as_mut()) else {
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
                if let Some(nd) = self.nd_mut() {
                    nd.presenter = None;
                    nd.slide = current;
                }
                if let Some(rehearsal) = rehearsal {
                    self.change_deck(|deck| deck.record(rehearsal));
                    self.info(self.t(Text::NoteDeck(NotesText::RehearsalRecorded)));
                    return vec![Effect::SaveNow];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn current_answer(&self) -> Answer {
        let id = self.exercise_id();
        self.workspace.answer(&id).cloned().unwrap_or_default()
    }

    /// Changes the current note (shaped to the case's sections first), with undo.
    fn change_note<R>(&mut self, change: impl FnOnce(&mut Note) -> R) -> R {
        let titles = self
            .exercise_now()
            .map(|e| NoteConfig::of(&e).section_titles())
            .unwrap_or_default();
        self.change_answer(|answer| {
            let note = answer.note.get_or_insert_default();
            *note = note.with_sections(&titles);
            change(note)
        })
    }

    fn change_deck<R>(&mut self, change: impl FnOnce(&mut Deck) -> R) -> R {
        self.change_answer(|answer| change(answer.deck.get_or_insert_default()))
    }

    /// Opens the editor on a target, taking an undo snapshot first.
    fn open_editor(&mut self, target: Target) {
        let before = self.current_answer();
        self.record_before_edit();
        self.open_editor_from(target, before);
    }

    /// Opens the editor; `before` is what Esc on a one-line field goes back to.
    fn open_editor_from(&mut self, target: Target, before: Answer) {
        // A note's sections exist before their text is typed.
        if matches!(target, Target::Section(_)) {
            let titles = self
                .exercise_now()
                .map(|e| NoteConfig::of(&e).section_titles())
                .unwrap_or_default();
            let id = self.exercise_id();
            let answer = self.workspace.answer_mut(&id);
            let note = answer.note.get_or_insert_default();
            *note = note.with_sections(&titles);
        }
        let text = self.target_text(&target);
        let lines: Vec<String> = if target.multiline() {
            text.lines().map(str::to_string).collect()
        } else {
            vec![text]
        };
        // Wrapped by words; undo by word (`Editor::undo`), a whole session deep.
        let mut area = crate::workbench::screen::session::notes_editor_of_lines(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        if let Some(nd) = self.nd_mut() {
            nd.editor = Some(Editor {
                target,
                area,
                before,
                undo: Default::default(),
            });
        }
    }

    fn target_text(&self, target: &Target) -> String {
        let answer = self.current_answer();
        let note = answer.note.clone().unwrap_or_default();
        let deck = answer.deck.clone().unwrap_or_default();
        match target {
            Target::Section(i) => note
                .sections
                .get(*i)
                .map(|s| s.text.clone())
                .unwrap_or_default(),
            Target::Reference(i, field) => note
                .references
                .get(*i)
                .map(|r| field.get(r).to_string())
                .unwrap_or_default(),
            Target::Argument(id) => note
                .pick(id)
                .map(|p| p.argument.clone())
                .unwrap_or_default(),
            Target::Counterparts(id) => note
                .pick(id)
                .map(|p| p.counterparts.clone())
                .unwrap_or_default(),
            Target::Caption(id) => note
                .attachments
                .iter()
                .find(|a| &a.exercise == id)
                .map(|a| a.caption.clone())
                .unwrap_or_default(),
            Target::SlideTitle(i) => deck
                .slides
                .get(*i)
                .map(|s| s.title.clone())
                .unwrap_or_default(),
            Target::SlidePoints(i) => deck
                .slides
                .get(*i)
                .map(|s| s.points.join("\n"))
                .unwrap_or_default(),
            Target::SlideNotes(i) => deck
                .slides
                .get(*i)
                .map(|s| s.notes.clone())
                .unwrap_or_default(),
            Target::ObjectionText(i) => deck
                .objections
                .get(*i)
                .map(|o| o.objection.clone())
                .unwrap_or_default(),
            Target::ObjectionAnswer(i) => deck
                .objections
                .get(*i)
                .map(|o| o.answer.clone())
                .unwrap_or_default(),
            // A first record is most often made on the day: today is offered.
            Target::OralDate => match &deck.oral {
                Some(oral) => oral.date.clone(),
                None => self.clock.date().chars().take(10).collect(),
            },
            Target::OralMinutes => deck
                .oral
                .and_then(|o| o.minutes)
                .map(|m| m.to_string())
                .unwrap_or_default(),
            Target::OralQuestions => deck
                .oral
                .map(|o| o.questions.join("\n"))
                .unwrap_or_default(),
        }
    }

    /// Copies the editor's text into the answer.
    fn apply_editor(&mut self) {
        let id = self.exercise_id();
        let Some(editor) = self.nd().and_then(|nd| nd.editor.as_ref()) else {
            return;
        };
        let target = editor.target.clone();
        let lines = editor.area.lines().to_vec();
        let text = if target.multiline() {
            lines.join("\n")
        } else {
            lines.join(" ")
        };
        let answer = self.workspace.answer_mut(&id);
        match target {
            Target::Section(i) => {
                if let Some(section) = answer.note.get_or_insert_default().sections.get_mut(i) {
                    section.text = text;
                }
            }
            Target::Reference(i, field) => {
                if let Some(reference) = answer.note.get_or_insert_default().references.get_mut(i) {
                    field.set(reference, text);
                }
            }
            Target::Argument(scheme) => {
                if let Some(pick) = answer.note.get_or_insert_default().pick_mut(&scheme) {
                    pick.argument = text;
                }
            }
            Target::Counterparts(scheme) => {
                if let Some(pick) = answer.note.get_or_insert_default().pick_mut(&scheme) {
                    pick.counterparts = text;
                }
            }
            Target::Caption(exercise) => {
                if let Some(attachment) = answer
                    .note
                    .get_or_insert_default()
                    .attachments
                    .iter_mut()
                    .find(|a| a.exercise == exercise)
                {
                    attachment.caption = text;
                }
            }
            Target::SlideTitle(i) => {
                if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                    slide.title = text;
                }
            }
            Target::SlidePoints(i) => {
                if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                    slide.points = text.lines().map(|l| l.trim_end().to_string()).collect();
                }
            }
            Target::SlideNotes(i) => {
                if let Some(slide) = answer.deck.get_or_insert_default().slides.get_mut(i) {
                    slide.notes = text;
                }
            }
            Target::ObjectionText(i) => {
                if let Some(o) = answer.deck.get_or_insert_default().objections.get_mut(i) {
                    o.objection = text;
                }
            }
            Target::ObjectionAnswer(i) => {
                if let Some(o) = answer.deck.get_or_insert_default().objections.get_mut(i) {
                    o.answer = text;
                }
            }
            // Kept as typed (an autosave keeps it); checked when confirmed.
            Target::OralDate => oral_of(answer).date = text,
            Target::OralMinutes => {
                let oral = oral_of(answer);
                if text.trim().is_empty() {
                    oral.minutes = None;
                } else if let Some(minutes) = oral_minutes(&text) {
                    oral.minutes = Some(minutes);
                }
            }
            Target::OralQuestions => {
                oral_of(answer).questions =
                    text.lines().map(|l| l.trim_end().to_string()).collect();
            }
        }
        self.dirty = true;
    }

    pub(crate) fn input_note_deck(&mut self, key: &KeyEvent) {
        let now = self.clock.now();
        if let Some(editor) = self.nd_mut().and_then(|nd| nd.editor.as_mut()) {
            match crate::workbench::code::undo::edit_kind(key) {
                Some(kind) => editor.undo.before_edit(&editor.area, kind, now),
                None => editor.undo.break_step(),
            }
            editor.area.input(*key);
        }
        self.apply_editor();
    }

    /// Undoes (or redoes) the text being written in the editor, a word at a time; false
    /// when no editor is open (the exercise's own undo applies then).
    pub(crate) fn step_note_deck_editor(&mut self, back: bool) -> bool {
        use crate::workbench::screen::session::notes_editor_of_lines;
        let Some(editor) = self.nd_mut().and_then(|nd| nd.editor.as_mut()) else {
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
            self.apply_editor();
        }
        self.say_undo(back, moved);
        true
    }

    pub(crate) fn paste_note_deck(&mut self, text: &str) {
        let now = self.clock.now();
        if let Some(editor) = self.nd_mut().and_then(|nd| nd.editor.as_mut()) {
            let kind = crate::workbench::code::undo::EditKind::Other;
            editor.undo.before_edit(&editor.area, kind, now);
            let text = if editor.target.multiline() {
                text.replace('\r', "")
            } else {
                text.replace(['\r', '\n'], " ")
            };
            editor.area.insert_str(text);
        }
        self.apply_editor();
    }

    /// Enter on a field of the oral session: the date and the length must be real before the
    /// next field opens (a wrong one stays open with one sentence); the questions end it.
    /// `None` for any other target.
    fn confirm_oral(&mut self, target: Target, editor: &Editor) -> Option<Vec<Effect>> {
        let typed = editor.area.lines().join(" ");
        let refused = match target {
            Target::OralDate => match oral_date(&typed) {
                Some(date) => {
                    let id = self.exercise_id();
                    oral_of(self.workspace.answer_mut(&id)).date = date;
                    None
                }
                None => Some(NotesText::BadOralDate),
            },
            Target::OralMinutes if !typed.trim().is_empty() && oral_minutes(&typed).is_none() => {
                Some(NotesText::BadOralMinutes)
            }
            Target::OralMinutes | Target::OralQuestions => None,
            _ => return None,
        };
        if let Some(why) = refused {
            self.error(self.t(Text::NoteDeck(why)));
            if let Some(nd) = self.nd_mut() {
                nd.editor = Some(Editor {
                    target,
                    area: editor.area.clone(),
                    before: editor.before.clone(),
                    undo: editor.undo.clone(),
                });
            }
            return Some(Vec::new());
        }
        match target {
            Target::OralDate => self.open_editor_from(Target::OralMinutes, editor.before.clone()),
            Target::OralMinutes => {
                self.open_editor_from(Target::OralQuestions, editor.before.clone())
            }
            _ => {
                self.dirty = true;
                self.info(self.t(Text::NoteDeck(NotesText::OralRecorded)));
                self.refresh_reports();
                return Some(vec![Effect::SaveNow]);
            }
        }
        self.refresh_reports();
        Some(Vec::new())
    }

    fn update_editor(&mut self, action: Action) -> Vec<Effect> {
        let Some(editor) = self.nd_mut().and_then(|nd| nd.editor.take()) else {
            return Vec::new();
        };
        match action {
            Action::Confirm => {
                if let Some(effects) = self.confirm_oral(editor.target.clone(), &editor) {
                    return effects;
                }
                if let Target::ObjectionText(i) = editor.target {
                    self.open_editor_from(Target::ObjectionAnswer(i), editor.before);
                    self.refresh_reports();
                    return Vec::new();
                }
                if let Target::Reference(i, field) = &editor.target {
                    let (i, field) = (*i, *field);
                    if field == RefField::Id {
                        self.settle_reference_key(i);
                    }
                    if let Some(next) = field.next() {
                        self.open_editor_from(Target::Reference(i, next), editor.before);
                        self.refresh_reports();
                        return Vec::new();
                    }
                }
                self.refresh_reports();
                vec![Effect::SaveNow]
            }
            Action::Cancel => {
                let id = self.exercise_id();
                *self.workspace.answer_mut(&id) = editor.before;
                self.clamp_note_deck();
                self.touch();
                Vec::new()
            }
            _ => {
                if let Some(nd) = self.nd_mut() {
                    nd.editor = Some(editor);
                }
                Vec::new()
            }
        }
    }

    /// A citation key is letters, digits, `-` and `_`, and unique: spaces become `-`, other
    /// characters go, and an empty or taken key gets a fresh one.
    fn settle_reference_key(&mut self, index: usize) {
        let id = self.exercise_id();
        let Some(note) = self.workspace.answer_mut(&id).note.as_mut() else {
            return;
        };
        let Some(wanted) = note.references.get(index).map(|r| to_key(&r.id)) else {
            return;
        };
        let taken = note
            .references
            .iter()
            .enumerate()
            .any(|(i, r)| i != index && r.id == wanted);
        let key = if wanted.is_empty() || taken {
            note.references[index].id = String::new();
            note.fresh_reference_id()
        } else {
            wanted
        };
        note.references[index].id = key;
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
                (nd.attachment, attachable(self, &exercise.id).len())
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
        let Some(exercise) = self.exercise_now() else {
            return;
        };
        let note = self.current_note();
        let slides = self.current_deck().slides.len();
        let objections = self.current_deck().objections.len();
        let attachable = attachable(self, &exercise.id).len();
        let schemes = NoteConfig::of(&exercise).schemes.len();
        if let Some(nd) = self.nd_mut() {
            nd.section = nd.section.min(note.sections.len().saturating_sub(1));
            nd.reference = nd.reference.min(note.references.len().saturating_sub(1));
            nd.scheme = nd.scheme.min(schemes.saturating_sub(1));
            nd.attachment = nd.attachment.min(attachable.saturating_sub(1));
            nd.slide = nd.slide.min(slides.saturating_sub(1));
            nd.objection = nd.objection.min(objections.saturating_sub(1));
            nd.editor = None;
        }
    }
}
