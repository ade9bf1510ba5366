//! The keys of the shell's screens added by issue 15: the choice when quitting cannot save,
//! the organisation screen and its search, the detail popup, and the key that opens it.

use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, Binding};
use crossterm::event::KeyCode;

pub(crate) const QUIT_FAILED: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('r')],
        Confirm,
        Text::Shell(ShellText::KeyRetrySave),
        true,
    ),
    bind(
        &[key('e')],
        SaveElsewhere,
        Text::Shell(ShellText::KeySaveElsewhere),
        true,
    ),
    bind(
        &[key('Q')],
        QuitAnyway,
        Text::Shell(ShellText::KeyQuitAnyway),
        true,
    ),
    bind(
        &[code(KeyCode::Esc)],
        Cancel,
        Text::Shell(ShellText::KeyStay),
        true,
    ),
];

/// Typing the path of "save elsewhere" (the other keys go into the field).
pub(crate) const SAVE_ELSEWHERE: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter)],
        Confirm,
        Text::Shell(ShellText::KeySaveHere),
        true,
    ),
    bind(
        &[code(KeyCode::Esc)],
        Cancel,
        Text::Shell(ShellText::KeyBackToChoice),
        true,
    ),
];

/// The workspace was saved elsewhere: quit, or stay.
pub(crate) const SAVED_ELSEWHERE: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('q')],
        Confirm,
        Text::Shell(ShellText::KeyQuitNow),
        true,
    ),
    bind(
        &[code(KeyCode::Esc)],
        Cancel,
        Text::Shell(ShellText::KeyStay),
        true,
    ),
];

pub(crate) const FACTS: &[Binding] = &[
    bind(
        &[code(KeyCode::Tab), code(KeyCode::Right)],
        NextPanel,
        Text::Shell(ShellText::KeyNextSection),
        true,
    ),
    bind(
        &[code(KeyCode::BackTab), code(KeyCode::Left)],
        PrevPanel,
        Text::Shell(ShellText::KeyPrevSection),
        false,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::Shell(ShellText::KeyScroll),
        true,
    ),
    bind(
        &[code(KeyCode::PageUp)],
        ScrollBriefUp,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
    bind(
        &[code(KeyCode::PageDown)],
        ScrollBriefDown,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
    bind(
        &[code(KeyCode::Home)],
        GoFirst,
        Text::Mindmap(MindmapText::KeyFirst),
        false,
    ),
    bind(&[key('/')], Search, Text::Shell(ShellText::KeySearch), true),
    bind(
        &[key('n')],
        SearchNext,
        Text::Shell(ShellText::KeySearchNext),
        true,
    ),
    bind(
        &[code(KeyCode::Esc), code(KeyCode::F(4))],
        ToggleFacts,
        Text::Shell(ShellText::KeyCloseFacts),
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

pub(crate) const FACTS_SEARCH: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter)],
        Confirm,
        Text::Shell(ShellText::KeyEndSearch),
        true,
    ),
    bind(
        &[code(KeyCode::Esc)],
        Cancel,
        Text::Shell(ShellText::KeyCancelSearch),
        true,
    ),
];

pub(crate) const DETAIL: &[Binding] = &[
    bind(
        &[code(KeyCode::Esc), key('v'), code(KeyCode::Enter)],
        Cancel,
        Text::Shell(ShellText::KeyClose),
        true,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::Shell(ShellText::KeyScroll),
        true,
    ),
    bind(
        &[code(KeyCode::PageUp)],
        ScrollBriefUp,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
    bind(
        &[code(KeyCode::PageDown)],
        ScrollBriefDown,
        Text::Shell(ShellText::KeyScroll),
        false,
    ),
];

/// The key that shows a selection whole, added to the screens that cut their rows.
pub(crate) const SHOW_DETAIL: Binding = bind(
    &[key('v')],
    ShowDetail,
    Text::Shell(ShellText::KeyDetail),
    true,
);
