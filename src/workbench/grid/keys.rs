//! The grid workbench's keys. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::grid::text::GridText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, shift, Binding};
use crossterm::event::KeyCode;

pub(crate) const GRID: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Grid(GridText::KeyEditCell),
        true,
    ),
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::Grid(GridText::KeyAddRow),
        true,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::Grid(GridText::KeyDeleteRow),
        false,
    ),
    bind(
        &[key('+'), key('=')],
        Increase,
        Text::Grid(GridText::KeyIncrease),
        true,
    ),
    bind(
        &[key('-')],
        Decrease,
        Text::Grid(GridText::KeyDecrease),
        false,
    ),
    bind(
        &[key('s')],
        SortByColumn,
        Text::Grid(GridText::KeySort),
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
    bind(
        &[code(KeyCode::Right), key('l')],
        NextColumn,
        Text::Grid(GridText::KeyNextColumn),
        false,
    ),
    bind(
        &[code(KeyCode::Left), key('h')],
        PrevColumn,
        Text::Grid(GridText::KeyPrevColumn),
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
        &[code(KeyCode::Tab)],
        NextPanel,
        Text::Grid(GridText::KeyNextTab),
        true,
    ),
    bind(
        &[code(KeyCode::BackTab)],
        PrevPanel,
        Text::KeyPrevPanel,
        false,
    ),
    bind(&[key('u'), ctrl('z')], Undo, Text::KeyUndo, true),
    bind(&[key('r'), ctrl('y')], Redo, Text::KeyRedo, false),
    bind(&[key('b')], ToggleBrief, Text::KeyToggleBrief, false),
    bind(
        &[code(KeyCode::PageUp)],
        ScrollBriefUp,
        Text::KeyScrollBrief,
        false,
    ),
    bind(
        &[code(KeyCode::PageDown)],
        ScrollBriefDown,
        Text::KeyScrollBrief,
        false,
    ),
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Backspace)],
        Back,
        Text::KeyBack,
        true,
    ),
    bind(&[key('L')], ToggleLanguage, Text::KeyLanguage, false),
    bind(
        &[key('?'), code(KeyCode::F(1))],
        ToggleHelp,
        Text::KeyHelp,
        true,
    ),
    bind(&[key('q'), ctrl('c')], Quit, Text::KeyQuit, true),
];
