//! Key tables of the note workbench (sections, references, schemes, attachments), the
//! deck workbench (slides) and the presenter. The help overlay and key bar read them.

use crate::i18n::Text;
use crate::tui::keymap::Action::*;
use crate::tui::keymap::{bind, code, ctrl, key, shift, with_exercise_keys, Binding};
use crossterm::event::KeyCode;

pub(crate) const SECTIONS: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyWrite,
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
        Text::KeyPick,
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyArgue,
        true,
    ),
    bind(&[key('c')], EditCounterparts, Text::KeyCounterparts, true),
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
        Text::KeyAttach,
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyCaption,
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
        Text::KeyEditTitle,
        true,
    ),
    bind(&[key('p')], EditPoints, Text::KeyEditPoints, true),
    bind(
        &[key('n')],
        EditSpeakerNotes,
        Text::KeyEditSpeakerNotes,
        true,
    ),
    bind(
        &[code(KeyCode::F(5)), key('P')],
        StartPresenter,
        Text::KeyPresent,
        true,
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
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyEditObjection,
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
        Text::KeyNextSlide,
        true,
    ),
    bind(
        &[
            code(KeyCode::Left),
            code(KeyCode::PageUp),
            code(KeyCode::Up),
        ],
        PrevSlide,
        Text::KeyPrevSlide,
        true,
    ),
    bind(&[key('p')], PauseTimer, Text::KeyPause, true),
    bind(&[key('r')], RestartTimer, Text::KeyRestart, false),
    bind(
        &[code(KeyCode::Esc), key('q')],
        LeavePresenter,
        Text::KeyLeavePresenter,
        true,
    ),
    bind(
        &[key('?'), code(KeyCode::F(1))],
        ToggleHelp,
        Text::KeyHelp,
        true,
    ),
];
