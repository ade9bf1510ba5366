//! The examiners' review keys: grading a criterion and moving through the bundle. Read both to turn a key into an action and to draw the help.

use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, Binding, DIGITS};
use crossterm::event::KeyCode;

pub(crate) const GRADING: &[Binding] = &[
    bind(
        DIGITS,
        SetScoreDigit,
        Text::Review(ReviewText::KeyScore),
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
        &[code(KeyCode::Right), key('+')],
        ScoreUp,
        Text::Review(ReviewText::KeyScoreUp),
        false,
    ),
    bind(
        &[code(KeyCode::Left), key('-')],
        ScoreDown,
        Text::Review(ReviewText::KeyScoreDown),
        false,
    ),
    bind(
        &[code(KeyCode::Delete), code(KeyCode::Backspace)],
        ClearScore,
        Text::Review(ReviewText::KeyClearScore),
        false,
    ),
    bind(
        &[key('c'), code(KeyCode::Enter)],
        EditComment,
        Text::Review(ReviewText::KeyComment),
        true,
    ),
    bind(
        &[key('v')],
        MarkValidated,
        Text::Review(ReviewText::KeyValidate),
        true,
    ),
    bind(
        &[key('x')],
        MarkNotValidated,
        Text::Review(ReviewText::KeyReject),
        true,
    ),
    bind(
        &[key('z')],
        ClearDecision,
        Text::Review(ReviewText::KeyUndecide),
        false,
    ),
    bind(
        &[key('h')],
        ToggleHistory,
        Text::Review(ReviewText::KeyHistory),
        false,
    ),
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
        &[key('g'), code(KeyCode::Tab), code(KeyCode::Esc)],
        FocusGrading,
        Text::Review(ReviewText::KeyFocusGrading),
        true,
    ),
    bind(
        &[key('}'), code(KeyCode::F(8))],
        NextExercise,
        Text::Review(ReviewText::KeyNextExercise),
        true,
    ),
    bind(
        &[key('{'), code(KeyCode::F(7))],
        PrevExercise,
        Text::Review(ReviewText::KeyPrevExercise),
        false,
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

pub(crate) const REVIEW: &[Binding] = &[
    bind(
        &[key('g')],
        FocusGrading,
        Text::Review(ReviewText::KeyFocusGrading),
        true,
    ),
    bind(
        &[key('}'), code(KeyCode::F(8))],
        NextExercise,
        Text::Review(ReviewText::KeyNextExercise),
        true,
    ),
    bind(
        &[key('{'), code(KeyCode::F(7))],
        PrevExercise,
        Text::Review(ReviewText::KeyPrevExercise),
        false,
    ),
];
