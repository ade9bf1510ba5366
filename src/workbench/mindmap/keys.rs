//! The mind map's keys. Read both to turn a key into an action and to draw the help.

use crate::i18n::Text;
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::screen::keymap::Action::*;
use crate::workbench::screen::keymap::{bind, code, ctrl, key, shift, Binding};
use crossterm::event::KeyCode;

pub(crate) const TREE: &[Binding] = &[
    bind(
        &[key('a'), code(KeyCode::Insert)],
        AddChild,
        Text::Mindmap(MindmapText::KeyAddChild),
        true,
    ),
    bind(
        &[key('o')],
        AddSibling,
        Text::Mindmap(MindmapText::KeyAddSibling),
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
    bind(
        &[code(KeyCode::Left), key('h')],
        CollapseOrParent,
        Text::Mindmap(MindmapText::KeyParent),
        false,
    ),
    bind(
        &[code(KeyCode::Right), key('l')],
        ExpandOrChild,
        Text::Mindmap(MindmapText::KeyChild),
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
        &[shift(KeyCode::Right), key('>')],
        IndentNode,
        Text::Mindmap(MindmapText::KeyIndent),
        false,
    ),
    bind(
        &[shift(KeyCode::Left), key('<')],
        OutdentNode,
        Text::Mindmap(MindmapText::KeyOutdent),
        false,
    ),
    bind(
        &[key('x')],
        CutNode,
        Text::Mindmap(MindmapText::KeyCut),
        false,
    ),
    bind(
        &[key('y')],
        CopyNode,
        Text::Mindmap(MindmapText::KeyCopy),
        false,
    ),
    bind(
        &[key('p')],
        PasteNode,
        Text::Mindmap(MindmapText::KeyPaste),
        false,
    ),
    bind(
        &[code(KeyCode::Char(' '))],
        ToggleFold,
        Text::Mindmap(MindmapText::KeyToggleFold),
        false,
    ),
    bind(
        &[key('-')],
        FoldLevel,
        Text::Mindmap(MindmapText::KeyFoldLevel),
        false,
    ),
    bind(
        &[key('+'), key('=')],
        UnfoldLevel,
        Text::Mindmap(MindmapText::KeyUnfoldLevel),
        false,
    ),
    bind(
        &[key('z')],
        FoldAll,
        Text::Mindmap(MindmapText::KeyFoldAll),
        false,
    ),
    bind(
        &[key('Z')],
        UnfoldAll,
        Text::Mindmap(MindmapText::KeyUnfoldAll),
        false,
    ),
    bind(
        &[code(KeyCode::Home)],
        GoFirst,
        Text::Mindmap(MindmapText::KeyFirst),
        false,
    ),
    bind(
        &[key('G'), code(KeyCode::End)],
        GoLast,
        Text::Mindmap(MindmapText::KeyLast),
        false,
    ),
    bind(
        &[key('/'), ctrl('f')],
        Search,
        Text::Mindmap(MindmapText::KeySearch),
        true,
    ),
    bind(
        &[key('n'), code(KeyCode::F(3))],
        SearchNext,
        Text::Mindmap(MindmapText::KeySearchNext),
        false,
    ),
    bind(
        &[key('N')],
        EditNote,
        Text::Mindmap(MindmapText::KeyNote),
        true,
    ),
    bind(
        &[key('w')],
        EditLink,
        Text::Mindmap(MindmapText::KeyLinkUrl),
        false,
    ),
    bind(
        &[key('t')],
        EditTags,
        Text::Mindmap(MindmapText::KeyTags),
        false,
    ),
    bind(
        &[key('s')],
        AddSource,
        Text::Mindmap(MindmapText::KeyAddSource),
        true,
    ),
    bind(
        &[key('E')],
        EditSource,
        Text::Mindmap(MindmapText::KeyEditSource),
        false,
    ),
    bind(
        &[key('S')],
        RemoveSource,
        Text::Mindmap(MindmapText::KeyRemoveSource),
        false,
    ),
    bind(&[code(KeyCode::Tab)], NextPanel, Text::KeyNextPanel, false),
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
    crate::workbench::screen::shell_keys::SHOW_DETAIL,
];
