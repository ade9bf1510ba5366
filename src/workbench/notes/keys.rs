//! Key tables of the note workbench (sections, references, schemes, attachments), the
//! deck workbench (slides) and the presenter. The help overlay and key bar read them.

use crate::i18n::Text;
use crate::workbench::notes::text::NotesText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, key, shift, with_exercise_keys, Binding};
use crossterm::event::KeyCode;

pub(crate) const SECTIONS: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::NoteDeck(NotesText::KeyWrite),
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const REFERENCES: &[Binding] = with_exercise_keys![
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::KeyAdd,
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyEdit,
        true,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const SCHEMES: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Char(' ')), key('x')],
        ToggleMark,
        Text::NoteDeck(NotesText::KeyPick),
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::NoteDeck(NotesText::KeyArgue),
        true,
    ),
    bind(
        &[key('c')],
        EditCounterparts,
        Text::NoteDeck(NotesText::KeyCounterparts),
        true
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const ATTACHMENTS: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Char(' ')), key('x')],
        ToggleMark,
        Text::NoteDeck(NotesText::KeyAttach),
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::NoteDeck(NotesText::KeyCaption),
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const SLIDES: &[Binding] = with_exercise_keys![
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::KeyAdd,
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::NoteDeck(NotesText::KeyEditTitle),
        true,
    ),
    bind(
        &[key('p')],
        EditPoints,
        Text::NoteDeck(NotesText::KeyEditPoints),
        true
    ),
    bind(
        &[key('n')],
        EditSpeakerNotes,
        Text::NoteDeck(NotesText::KeyEditSpeakerNotes),
        true,
    ),
    bind(
        &[code(KeyCode::F(5)), key('P')],
        StartPresenter,
        Text::NoteDeck(NotesText::KeyPresent),
        true,
    ),
    bind(
        &[shift(KeyCode::F(5))],
        StartPresenterHere,
        Text::NoteDeck(NotesText::KeyPresentHere),
        false,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        false,
    ),
    bind(
        &[shift(KeyCode::Up), key('K')],
        MoveEntryUp,
        Text::KeyMoveUp,
        false,
    ),
    bind(
        &[shift(KeyCode::Down), key('J')],
        MoveEntryDown,
        Text::KeyMoveDown,
        false,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const OBJECTIONS: &[Binding] = with_exercise_keys![
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::KeyAdd,
        true,
    ),
    bind(
        &[key('o')],
        RecordOral,
        Text::NoteDeck(NotesText::KeyRecordOral),
        // The panel itself says how to record it: the key bar keeps its room.
        false,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::NoteDeck(NotesText::KeyEditObjection),
        true,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
];

pub(crate) const PRESENTER: &[Binding] = &[
    bind(
        &[
            code(KeyCode::Right),
            code(KeyCode::Char(' ')),
            code(KeyCode::PageDown),
            code(KeyCode::Down),
        ],
        NextSlide,
        Text::NoteDeck(NotesText::KeyNextSlide),
        true,
    ),
    bind(
        &[
            code(KeyCode::Left),
            code(KeyCode::PageUp),
            code(KeyCode::Up),
        ],
        PrevSlide,
        Text::NoteDeck(NotesText::KeyPrevSlide),
        true,
    ),
    bind(
        &[key('p')],
        PauseTimer,
        Text::NoteDeck(NotesText::KeyPause),
        true,
    ),
    bind(
        &[key('r')],
        RestartTimer,
        Text::NoteDeck(NotesText::KeyRestart),
        false,
    ),
    bind(
        &[code(KeyCode::Esc), key('q')],
        LeavePresenter,
        Text::NoteDeck(NotesText::KeyLeavePresenter),
        true,
    ),
    bind(
        &[key('?'), code(KeyCode::F(1))],
        ToggleHelp,
        Text::KeyHelp,
        true,
    ),
];
