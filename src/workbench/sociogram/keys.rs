//! The sociogram workbench's keys: the graph and its panels, the steps of the method. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, shift, with_exercise_keys, Binding};
use crate::workbench::sociogram::text::SociogramText;
use crossterm::event::KeyCode;

pub(crate) const GRAPH: &[Binding] = with_exercise_keys![
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
        &[key('a')],
        AddEntry,
        Text::Sociogram(SociogramText::KeyAddActor),
        true
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyEdit,
        false,
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        false,
    ),
    bind(
        &[key('l')],
        LinkItems,
        Text::Sociogram(SociogramText::KeyAddRelation),
        true
    ),
    bind(
        &[key('n')],
        NextRelation,
        Text::Sociogram(SociogramText::KeyNextRelation),
        false
    ),
    bind(
        &[key('y')],
        CycleRelationType,
        Text::Sociogram(SociogramText::KeyRelationType),
        false
    ),
    bind(
        &[key('i'), key('+')],
        RaiseIntensity,
        Text::Sociogram(SociogramText::KeyIntensity),
        false,
    ),
    bind(
        &[key('m')],
        ToggleMutual,
        Text::Sociogram(SociogramText::KeyMutual),
        false
    ),
    bind(
        &[key('x')],
        DeleteRelation,
        Text::Sociogram(SociogramText::KeyDeleteRelation),
        false
    ),
    bind(
        &[key('c')],
        CycleDepartment,
        Text::Sociogram(SociogramText::KeyDepartment),
        false
    ),
    bind(
        &[key('v')],
        CycleLevel,
        Text::Sociogram(SociogramText::KeyLevel),
        false
    ),
    bind(
        &[key('o')],
        EditRole,
        Text::Sociogram(SociogramText::KeyRole),
        false
    ),
    bind(
        &[key('s')],
        SortNext,
        Text::Sociogram(SociogramText::KeySortNext),
        true
    ),
    bind(
        &[key('S')],
        SortReverse,
        Text::Sociogram(SociogramText::KeySortReverse),
        false
    ),
    bind(
        &[key('t')],
        FilterType,
        Text::Sociogram(SociogramText::KeyFilterType),
        true
    ),
    bind(
        &[key('f')],
        FilterDepartment,
        Text::Sociogram(SociogramText::KeyFilterDepartment),
        false,
    ),
    bind(
        &[key('p')],
        TogglePin,
        Text::Sociogram(SociogramText::KeyPin),
        true
    ),
    bind(
        &[shift(KeyCode::Left), key('H')],
        MoveNodeLeft,
        Text::Sociogram(SociogramText::KeyMoveNode),
        false,
    ),
    bind(
        &[shift(KeyCode::Right)],
        MoveNodeRight,
        Text::Sociogram(SociogramText::KeyMoveNode),
        false,
    ),
    bind(
        &[shift(KeyCode::Up), key('K')],
        MoveNodeUp,
        Text::Sociogram(SociogramText::KeyMoveNode),
        false,
    ),
    bind(
        &[shift(KeyCode::Down), key('J')],
        MoveNodeDown,
        Text::Sociogram(SociogramText::KeyMoveNode),
        false,
    ),
    bind(
        &[key('w')],
        Relayout,
        Text::Sociogram(SociogramText::KeyRelayout),
        false
    ),
];

pub(crate) const STEPS: &[Binding] = &[
    bind(
        &[code(KeyCode::Char(' ')), key('x'), code(KeyCode::Enter)],
        ToggleMark,
        Text::Sociogram(SociogramText::KeyStepDone),
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
    bind(&[code(KeyCode::Tab)], NextPanel, Text::KeyNextPanel, true),
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
