//! The world map's keys: the map, its lists and the link picker. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, with_exercise_keys, Binding};
use crate::workbench::worldmap::text::WorldmapText;
use crossterm::event::KeyCode;

pub(crate) const MAP: &[Binding] = with_exercise_keys![
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddEntry,
        Text::Worldmap(WorldmapText::KeyAddActorHere),
        true,
    ),
    bind(
        &[key('p')],
        PickPlace,
        Text::Worldmap(WorldmapText::KeyPickPlace),
        true
    ),
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::KeyEdit,
        true,
    ),
    bind(
        &[key('c')],
        PickCategory,
        Text::Worldmap(WorldmapText::KeyPickCategory),
        true
    ),
    bind(
        &[key('l')],
        LinkActor,
        Text::Worldmap(WorldmapText::KeyLinkActor),
        true
    ),
    bind(
        &[key('t')],
        EditTitle,
        Text::Worldmap(WorldmapText::KeyEditMapTitle),
        true
    ),
    bind(
        &[key('w')],
        EditNote,
        Text::Worldmap(WorldmapText::KeyActorNote),
        false
    ),
    bind(
        &[key('m')],
        MoveActorHere,
        Text::Worldmap(WorldmapText::KeyMoveActorHere),
        false
    ),
    bind(
        &[key('d'), code(KeyCode::Delete)],
        DeleteEntry,
        Text::KeyDelete,
        false,
    ),
    bind(
        &[code(KeyCode::Left), key('h')],
        CursorLeft,
        Text::Worldmap(WorldmapText::KeyCursor),
        false,
    ),
    bind(
        &[code(KeyCode::Right)],
        CursorRight,
        Text::Worldmap(WorldmapText::KeyCursor),
        false
    ),
    bind(
        &[code(KeyCode::Up), key('k')],
        CursorUp,
        Text::Worldmap(WorldmapText::KeyCursor),
        false,
    ),
    bind(
        &[code(KeyCode::Down), key('j')],
        CursorDown,
        Text::Worldmap(WorldmapText::KeyCursor),
        false,
    ),
    bind(
        &[key('+'), key('=')],
        ZoomIn,
        Text::Worldmap(WorldmapText::KeyZoomIn),
        false
    ),
    bind(
        &[key('-')],
        ZoomOut,
        Text::Worldmap(WorldmapText::KeyZoomOut),
        false
    ),
    bind(
        &[key('0')],
        ResetView,
        Text::Worldmap(WorldmapText::KeyResetView),
        false
    ),
    bind(
        &[key('n')],
        NextActor,
        Text::Worldmap(WorldmapText::KeyNextActor),
        false
    ),
    bind(
        &[key('N')],
        PrevActor,
        Text::Worldmap(WorldmapText::KeyPrevActor),
        false
    ),
];

pub(crate) const MAP_LIST: &[Binding] = &[
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
    bind(
        &[key('s')],
        CycleSymbol,
        Text::Worldmap(WorldmapText::KeyCycleSymbol),
        false,
    ),
    bind(
        &[key('c')],
        CycleColour,
        Text::Worldmap(WorldmapText::KeyCycleColour),
        false,
    ),
    bind(
        &[code(KeyCode::Char(' '))],
        CycleLinkKind,
        Text::Worldmap(WorldmapText::KeyCycleLinkKind),
        false,
    ),
    bind(
        &[key('l')],
        LinkItems,
        Text::Worldmap(WorldmapText::KeyLinkActors),
        false,
    ),
    bind(
        &[key('t')],
        EditTitle,
        Text::Worldmap(WorldmapText::KeyEditMapTitle),
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

pub(crate) const LINK_PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Confirm, Text::KeyConfirm, true),
    bind(
        &[code(KeyCode::Char(' '))],
        CycleLinkKind,
        Text::Worldmap(WorldmapText::KeyCycleLinkKind),
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
    bind(&[code(KeyCode::Esc)], Cancel, Text::KeyCancel, true),
];
