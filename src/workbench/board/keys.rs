//! The board workbench's keys. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, key, shift, with_exercise_keys, Binding};
use crossterm::event::KeyCode;

pub(crate) const BOARD: &[Binding] = with_exercise_keys![
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
    bind(&[key('s')], EditEvidence, Text::KeyEvidence, true),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        true,
    ),
    bind(&[key('l')], LinkItems, Text::KeyLink, false),
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
    bind(&[code(KeyCode::Right)], NextZone, Text::KeyNextZone, false),
    bind(&[code(KeyCode::Left)], PrevZone, Text::KeyPrevZone, false),
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
        &[shift(KeyCode::Left), key('H')],
        MoveItemToPrevZone,
        Text::KeyMoveToPrevZone,
        false,
    ),
    bind(
        &[shift(KeyCode::Right), key('M')],
        MoveItemToNextZone,
        Text::KeyMoveToNextZone,
        false,
    ),
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
];
