//! The note workbench (sections, references, A4's schemes, MC's attachments) and the deck
//! workbench (A15's slides and presenter mode): their state, the clock the presenter reads,
//! and the key table that applies. How actions change the answer is in `note_deck_update`;
//! drawing in `note_deck_view` and `presenter_view`.

use crate::case::{Exercise, Kind, NoteConfig};
use crate::i18n::Text;
use crate::workbench::deck::model::Countdown;
use crate::workbench::notes::model::Reference;
use crate::workbench::notes::text::NotesText;
use crate::workbench::screen::keymap::Mode;
use crate::workbench::screen::session::{Panel, Session};
use crate::workspace::Answer;
use ratatui_textarea::TextArea;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Where the presenter reads the time: the system's monotonic clock, or a hand-set one in
/// tests (no sleeping).
pub trait Clock: Send + Sync {
    /// Time since any fixed origin.
    fn now(&self) -> Duration;
    /// The date recorded with a rehearsal (RFC 3339).
    fn date(&self) -> String;
}

pub struct SystemClock {
    origin: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock {
            origin: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }
    fn date(&self) -> String {
        crate::workspace::store::now_rfc3339()
    }
}

/// A clock that moves only when told to.
#[derive(Default)]
pub struct ManualClock {
    millis: AtomicU64,
}

impl ManualClock {
    pub fn advance(&self, by: Duration) {
        self.millis
            .fetch_add(by.as_millis() as u64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_millis(self.millis.load(Ordering::SeqCst))
    }
    fn date(&self) -> String {
        "2026-06-15T10:00:00Z".to_string()
    }
}

/// A field of a reference, in the order the form asks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefField {
    Id,
    Author,
    Title,
    Publisher,
    Year,
    Url,
}

impl RefField {
    pub(crate) fn next(self) -> Option<RefField> {
        match self {
            RefField::Id => Some(RefField::Author),
            RefField::Author => Some(RefField::Title),
            RefField::Title => Some(RefField::Publisher),
            RefField::Publisher => Some(RefField::Year),
            RefField::Year => Some(RefField::Url),
            RefField::Url => None,
        }
    }

    pub(crate) fn get(self, reference: &Reference) -> &str {
        match self {
            RefField::Id => &reference.id,
            RefField::Author => &reference.author,
            RefField::Title => &reference.title,
            RefField::Publisher => &reference.publisher,
            RefField::Year => &reference.year,
            RefField::Url => &reference.url,
        }
    }

    pub(crate) fn set(self, reference: &mut Reference, text: String) {
        match self {
            RefField::Id => reference.id = text,
            RefField::Author => reference.author = text,
            RefField::Title => reference.title = text,
            RefField::Publisher => reference.publisher = text,
            RefField::Year => reference.year = text,
            RefField::Url => reference.url = text,
        }
    }
}

/// What the editor edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Section(usize),
    Reference(usize, RefField),
    /// A4: the argument of the pick of this scheme id.
    Argument(String),
    /// A4: the counterparts discussed for this scheme id.
    Counterparts(String),
    /// MC: the caption of the attachment of this exercise id.
    Caption(String),
    SlideTitle(usize),
    SlidePoints(usize),
    SlideNotes(usize),
    ObjectionText(usize),
    ObjectionAnswer(usize),
    /// A15's oral session: its day, its length in minutes, the jury's questions.
    OralDate,
    OralMinutes,
    OralQuestions,
}

impl Target {
    /// Several lines (Enter is a new line, Esc finishes) or one (Enter confirms).
    pub fn multiline(&self) -> bool {
        matches!(
            self,
            Target::Section(_)
                | Target::SlidePoints(_)
                | Target::SlideNotes(_)
                | Target::OralQuestions
        )
    }

    pub fn title(&self) -> Text {
        match self {
            Target::Section(_) => Text::NoteDeck(NotesText::EditSection),
            Target::Reference(_, RefField::Id) => Text::NoteDeck(NotesText::EditRefId),
            Target::Reference(_, RefField::Author) => Text::NoteDeck(NotesText::EditRefAuthor),
            Target::Reference(_, RefField::Title) => Text::NoteDeck(NotesText::EditRefTitle),
            Target::Reference(_, RefField::Publisher) => {
                Text::NoteDeck(NotesText::EditRefPublisher)
            }
            Target::Reference(_, RefField::Year) => Text::NoteDeck(NotesText::EditRefYear),
            Target::Reference(_, RefField::Url) => Text::NoteDeck(NotesText::EditRefUrl),
            Target::Argument(_) => Text::NoteDeck(NotesText::EditArgument),
            Target::Counterparts(_) => Text::NoteDeck(NotesText::EditCounterparts),
            Target::Caption(_) => Text::NoteDeck(NotesText::EditCaption),
            Target::SlideTitle(_) => Text::NoteDeck(NotesText::EditSlideTitle),
            Target::SlidePoints(_) => Text::NoteDeck(NotesText::EditSlidePoints),
            Target::SlideNotes(_) => Text::NoteDeck(NotesText::EditSpeakerNotes),
            Target::ObjectionText(_) => Text::NoteDeck(NotesText::EditObjection),
            Target::ObjectionAnswer(_) => Text::NoteDeck(NotesText::EditObjectionAnswer),
            Target::OralDate => Text::NoteDeck(NotesText::EditOralDate),
            Target::OralMinutes => Text::NoteDeck(NotesText::EditOralMinutes),
            Target::OralQuestions => Text::NoteDeck(NotesText::EditOralQuestions),
        }
    }
}

pub struct Editor {
    pub target: Target,
    pub area: TextArea<'static>,
    /// The answer when the edit began: Esc on a one-line field restores it.
    pub(crate) before: Answer,
    /// The text's undo, a word at a time.
    pub(crate) undo: crate::workbench::code::undo::UndoHistory,
}

/// The live pitch: which slide is up is the countdown's current slide.
pub struct Presenter {
    pub countdown: Countdown,
}

#[derive(Default)]
pub struct NoteDeckState {
    pub section: usize,
    pub reference: usize,
    pub scheme: usize,
    pub attachment: usize,
    pub slide: usize,
    pub objection: usize,
    pub editor: Option<Editor>,
    pub presenter: Option<Presenter>,
}

impl NoteDeckState {
    /// An editor or the presenter has the keyboard.
    pub fn is_active(&self) -> bool {
        self.editor.is_some() || self.presenter.is_some()
    }

    pub fn mode(&self, panel: Panel) -> Mode {
        if let Some(editor) = &self.editor {
            return if editor.target.multiline() {
                Mode::NotesEditing
            } else {
                Mode::TextField
            };
        }
        if self.presenter.is_some() {
            return Mode::Presenter;
        }
        match panel {
            Panel::NoteDeck(NoteDeckPanel::Sections) => Mode::Sections,
            Panel::NoteDeck(NoteDeckPanel::References) => Mode::References,
            Panel::NoteDeck(NoteDeckPanel::Schemes) => Mode::Schemes,
            Panel::NoteDeck(NoteDeckPanel::Attachments) => Mode::Attachments,
            Panel::NoteDeck(NoteDeckPanel::Slides) => Mode::Slides,
            Panel::NoteDeck(NoteDeckPanel::Objections) => Mode::Objections,
            _ => Mode::Notes,
        }
    }
}

impl Panel {
    pub fn is_note_deck(self) -> bool {
        matches!(self, Panel::NoteDeck(_))
    }
}

/// The panels of a note or deck exercise, before the free notes.
pub fn panels(exercise: &Exercise) -> Vec<Panel> {
    match exercise.kind {
        Kind::Note => {
            let config = NoteConfig::of(exercise);
            let mut panels = vec![Panel::NoteDeck(NoteDeckPanel::Sections)];
            if !config.schemes.is_empty() {
                panels.push(Panel::NoteDeck(NoteDeckPanel::Schemes));
            }
            panels.push(Panel::NoteDeck(NoteDeckPanel::References));
            if config.attachments {
                panels.push(Panel::NoteDeck(NoteDeckPanel::Attachments));
            }
            panels
        }
        Kind::Deck => vec![
            Panel::NoteDeck(NoteDeckPanel::Slides),
            Panel::NoteDeck(NoteDeckPanel::Objections),
        ],
        _ => Vec::new(),
    }
}

/// Exercises an attachment can name: every other one of the case.
pub fn attachable(app: &Session, exercise: &str) -> Vec<String> {
    attachable_in(&app.case, exercise)
}

/// The exercises of `case` a note on `exercise` may attach: all the others.
pub fn attachable_in(case: &crate::case::Case, exercise: &str) -> Vec<String> {
    case.exercises
        .iter()
        .filter(|e| e.id != exercise)
        .map(|e| e.id.clone())
        .collect()
}

/// The panels of a note (sections, schemes, references, attachments) and of a deck (slides,
/// objections).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteDeckPanel {
    Sections,
    References,
    Schemes,
    Attachments,
    Slides,
    Objections,
}
