//! The A1 workbench's keys: the results and the editor. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::code::text::CodeText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, Binding};
use crossterm::event::KeyCode;

pub(crate) const CODE: &[Binding] = &[
    bind(
        &[code(KeyCode::F(5)), key('r')],
        RunCode,
        Text::Code(CodeText::KeyRunCode),
        true,
    ),
    bind(
        &[code(KeyCode::F(6)), key('c')],
        CancelRun,
        Text::Code(CodeText::KeyCancelRun),
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Code(CodeText::KeyEditCode),
        true,
    ),
    bind(
        &[key('s')],
        SwitchCodeFile,
        Text::Code(CodeText::KeySwitchCodeFile),
        true,
    ),
    bind(&[key('u'), ctrl('z')], Undo, Text::KeyUndo, false),
    bind(&[ctrl('y')], Redo, Text::KeyRedo, false),
    bind(&[code(KeyCode::Tab)], NextPanel, Text::KeyNextPanel, true),
    bind(
        &[code(KeyCode::BackTab)],
        PrevPanel,
        Text::KeyPrevPanel,
        false,
    ),
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

pub(crate) const CODE_EDITING: &[Binding] = &[
    bind(
        &[code(KeyCode::Esc)],
        Confirm,
        Text::Code(CodeText::KeyStopEditing),
        true,
    ),
    bind(
        &[code(KeyCode::F(5))],
        RunCode,
        Text::Code(CodeText::KeyRunCode),
        true,
    ),
    bind(
        &[code(KeyCode::F(6))],
        CancelRun,
        Text::Code(CodeText::KeyCancelRun),
        true,
    ),
    bind(&[ctrl('z')], Undo, Text::KeyUndo, true),
    bind(&[ctrl('y')], Redo, Text::KeyRedo, false),
    bind(&[code(KeyCode::F(1))], ToggleHelp, Text::KeyHelp, false),
];

/// In a review: reading both files, nothing that edits or runs them.
pub(crate) const CODE_REVIEW: &[Binding] = &[
    bind(
        &[key('s')],
        SwitchCodeFile,
        Text::Code(CodeText::KeySwitchCodeFile),
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::Code(CodeText::KeyScrollCode),
        true,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::Code(CodeText::KeyScrollCode),
        false,
    ),
    bind(&[code(KeyCode::Tab)], NextPanel, Text::KeyNextPanel, true),
    bind(
        &[code(KeyCode::BackTab)],
        PrevPanel,
        Text::KeyPrevPanel,
        false,
    ),
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
