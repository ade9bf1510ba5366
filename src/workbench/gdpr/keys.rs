//! The A7 sheet's keys: the register, the checklist, the findings and the forms. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::gdpr::text::GdprText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, with_exercise_keys, Binding};
use crossterm::event::KeyCode;

/// The register of processings.
pub(crate) const SHEET_REGISTER: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Gdpr(GdprText::KeySheetOpen),
        true,
    ),
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::Gdpr(GdprText::KeySheetAdd),
        true,
    ),
    bind(
        &[key('o')],
        EditEvidence,
        Text::Gdpr(GdprText::KeySheetOrganisation),
        false,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
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
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
];

/// The security checklist.
pub(crate) const SHEET_CHECKLIST: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Char(' '))],
        ToggleMark,
        Text::Gdpr(GdprText::KeySheetCycle),
        true,
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Gdpr(GdprText::KeySheetChoose),
        false,
    ),
    bind(
        &[key('c')],
        EditEvidence,
        Text::Gdpr(GdprText::KeySheetComment),
        true
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::Gdpr(GdprText::KeySheetClearAnswer),
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

/// The findings and the rule engine's proposals.
pub(crate) const SHEET_FINDINGS: &[Binding] = with_exercise_keys![
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Gdpr(GdprText::KeySheetAccept),
        true,
    ),
    bind(
        &[key('x')],
        DismissProposal,
        Text::Gdpr(GdprText::KeySheetDismiss),
        true
    ),
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::Gdpr(GdprText::KeySheetAddFinding),
        true,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::Gdpr(GdprText::KeySheetDelete),
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
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
];

pub(crate) const SHEET_FORM: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Gdpr(GdprText::KeySheetEditField),
        true,
    ),
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
    bind(
        &[code(KeyCode::Down), key('j')],
        SelectNext,
        Text::KeyDown,
        false,
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        SelectPrev,
        Text::KeyUp,
        false,
    ),
    bind(
        &[key(']')],
        NextRecord,
        Text::Gdpr(GdprText::KeyNextRecord),
        true,
    ),
    bind(
        &[key('[')],
        PrevRecord,
        Text::Gdpr(GdprText::KeyPrevRecord),
        false,
    ),
    bind(
        &[code(KeyCode::PageUp)],
        ScrollBriefUp,
        Text::Gdpr(GdprText::KeyScrollFacts),
        false,
    ),
    bind(
        &[code(KeyCode::PageDown)],
        ScrollBriefDown,
        Text::Gdpr(GdprText::KeyScrollFacts),
        false,
    ),
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::Gdpr(GdprText::KeySheetAddRecommendation),
        false,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::Gdpr(GdprText::KeySheetClearField),
        false,
    ),
    bind(&[key('u'), ctrl('z')], Undo, Text::KeyUndo, true),
    bind(&[key('r'), ctrl('y')], Redo, Text::KeyRedo, false),
    bind(&[key('b')], ToggleBrief, Text::KeyToggleBrief, false),
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Backspace)],
        Cancel,
        Text::Gdpr(GdprText::KeyCloseForm),
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
