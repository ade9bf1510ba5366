//! Keys: one table per mode, read both to turn a key into an `Action` and to draw the help
//! overlay and the key bar, so the keys and their help cannot drift apart.

use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::workbench::code::text::CodeText;
use crate::workbench::gdpr::text::GdprText;
use crate::workbench::grid::text::GridText;
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::worldmap::text::WorldmapText;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a person asked for, whatever key they used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Save and leave atelier.
    Quit,
    /// Show or hide the keys of the current screen.
    ToggleHelp,
    /// Leave the exercise for the home screen.
    Back,
    /// Move the selection up.
    SelectPrev,
    /// Move the selection down.
    SelectNext,
    /// Open the selected exercise.
    OpenExercise,
    /// Switch between French and English.
    ToggleLanguage,
    /// Focus the next panel of the workbench.
    NextPanel,
    /// Focus the previous panel.
    PrevPanel,
    /// Select the next zone of the board.
    NextZone,
    /// Select the previous zone of the board.
    PrevZone,
    /// Add an entry to the focused panel.
    AddEntry,
    /// Edit the selected entry's text.
    EditEntry,
    /// Edit the selected item's evidence or source.
    EditEvidence,
    /// Delete the selected entry.
    DeleteEntry,
    /// Move the selected entry up within its list.
    MoveEntryUp,
    /// Move the selected entry down within its list.
    MoveEntryDown,
    /// Move the selected item to the previous zone.
    MoveItemToPrevZone,
    /// Move the selected item to the next zone.
    MoveItemToNextZone,
    /// Choose the items a strategy combines.
    LinkItems,
    /// Undo the last change of this exercise.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Show or hide the brief beside the workbench.
    ToggleBrief,
    /// Scroll the brief up.
    ScrollBriefUp,
    /// Scroll the brief down.
    ScrollBriefDown,
    /// Confirm a dialog.
    Confirm,
    /// Close a dialog without keeping its edit.
    Cancel,
    /// Tick or untick the entry under the cursor.
    ToggleMark,
    // -- code: A1 Python runner and sketch (issue 3) --
    /// Run the file on screen: the program with its tests, or the sketch.
    RunCode,
    /// Stop the run under way.
    CancelRun,
    /// Show the other file (program.py or sketch.py).
    SwitchCodeFile,
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    /// Sort the metrics table by the next column.
    SortNext,
    /// Reverse the metrics table's order.
    SortReverse,
    /// Show the next relation type only (then all again).
    FilterType,
    /// Show the next department only (then all again).
    FilterDepartment,
    /// Pin the selected actor where it is, or free it.
    TogglePin,
    /// Move the selected actor left (and pin it).
    MoveNodeLeft,
    /// Move the selected actor right (and pin it).
    MoveNodeRight,
    /// Move the selected actor up (and pin it).
    MoveNodeUp,
    /// Move the selected actor down (and pin it).
    MoveNodeDown,
    /// Run the layout again from its seeded start.
    Relayout,
    /// Select the selected actor's next relation.
    NextRelation,
    /// Change the selected relation's type.
    CycleRelationType,
    /// Change the selected relation's intensity (1, 2, 3).
    RaiseIntensity,
    /// Make the selected relation mutual, or not.
    ToggleMutual,
    /// Delete the selected relation.
    DeleteRelation,
    /// Move the selected actor to the next department.
    CycleDepartment,
    /// Change the selected actor's hierarchical level (1 to 5).
    CycleLevel,
    /// Edit the selected actor's formal role.
    EditRole,
    /// Select the next column of a grid.
    NextColumn,
    /// Select the previous column of a grid.
    PrevColumn,
    /// Sort a grid by the selected column (ascending, descending, unsorted).
    SortByColumn,
    /// Add one to a number or level, or take the next option (a dot vote).
    Increase,
    /// Take one from a number or level, or the previous option.
    Decrease,
    // -- sheet: A7 GDPR audit sheet (issue 6) --
    /// Dismiss the rule engine's proposal under the cursor, with a reason.
    DismissProposal,
    /// Open the next record (processing or finding) in the form.
    NextRecord,
    /// Open the previous record in the form.
    PrevRecord,
    // -- tree / map: A5 mind map and A3 world map (issue 4) --
    /// Add a child under the selected node.
    AddChild,
    /// Add a sibling right after the selected node.
    AddSibling,
    /// Make the selected node a child of its previous sibling.
    IndentNode,
    /// Make the selected node a sibling of its parent.
    OutdentNode,
    /// Cut the selected branch (undoable) to paste it elsewhere.
    CutNode,
    /// Copy the selected branch.
    CopyNode,
    /// Paste the cut or copied branch as a child of the selected node.
    PasteNode,
    /// Fold or unfold the selected node.
    ToggleFold,
    /// Fold every node.
    FoldAll,
    /// Unfold every node.
    UnfoldAll,
    /// Fold the deepest visible level.
    FoldLevel,
    /// Unfold one more level.
    UnfoldLevel,
    /// Fold the selected node, or go to its parent.
    CollapseOrParent,
    /// Unfold the selected node, or go to its first child.
    ExpandOrChild,
    /// Go to the first row.
    GoFirst,
    /// Go to the last row.
    GoLast,
    /// Type a search.
    Search,
    /// Go to the next match of the search.
    SearchNext,
    /// Write the selected node's note.
    EditNote,
    /// Edit the selected node's link.
    EditLink,
    /// Choose the selected node's tags.
    EditTags,
    /// Add a source to the selected node.
    AddSource,
    /// Remove the selected node's last source.
    RemoveSource,
    /// Edit one of the selected node's sources.
    EditSource,
    /// Start a new line in a multi-line field.
    NewLine,
    // -- map actions --
    /// Move the map's cursor.
    CursorLeft,
    CursorRight,
    CursorUp,
    CursorDown,
    /// Zoom the map in (on the cursor) or out.
    ZoomIn,
    ZoomOut,
    /// Show the whole world again.
    ResetView,
    /// Select the next or previous actor (the cursor follows).
    NextActor,
    PrevActor,
    /// Place an actor at one of the case's places.
    PickPlace,
    /// Move the selected actor to the cursor.
    MoveActorHere,
    /// Choose the selected actor's category.
    PickCategory,
    /// Link the selected actor to another.
    LinkActor,
    /// Edit the map's title (its problématique).
    EditTitle,
    /// Change the symbol of the selected legend entry.
    CycleSymbol,
    /// Change the colour of the selected legend entry.
    CycleColour,
    /// Change the kind of the selected link (or of the link being made).
    CycleLinkKind,
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    /// Write the counterparts of the selected scheme.
    EditCounterparts,
    /// Write the selected slide's points, one per line.
    EditPoints,
    /// Write the selected slide's speaker notes.
    EditSpeakerNotes,
    /// Present the deck from the selected slide, with the countdown.
    StartPresenter,
    /// Show the next slide (presenter).
    NextSlide,
    /// Show the previous slide (presenter).
    PrevSlide,
    /// Pause or resume the countdown.
    PauseTimer,
    /// Start the countdown again from the limit.
    RestartTimer,
    /// Leave the presenter, recording the rehearsal.
    LeavePresenter,
    // review: examiners' review and trainers' key display (issue 9)
    /// Show or hide, in a corner, the keys pressed (for a projected audience).
    ToggleKeyDisplay,
    /// Review: move the keyboard between the grading panel and the candidate's work.
    FocusGrading,
    /// Review: open the next exercise.
    NextExercise,
    /// Review: open the previous exercise.
    PrevExercise,
    /// Grading: set the selected criterion's score to the digit typed.
    SetScoreDigit,
    /// Grading: one point more on the selected criterion.
    ScoreUp,
    /// Grading: one point less on the selected criterion.
    ScoreDown,
    /// Grading: clear the selected criterion's score.
    ClearScore,
    /// Grading: write a comment on the selected criterion.
    EditComment,
    /// Grading: the exercise is validated.
    MarkValidated,
    /// Grading: the exercise is not validated.
    MarkNotValidated,
    /// Grading: no decision yet.
    ClearDecision,
}

/// Which table of keys applies, derived from the interface's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Home,
    Board,
    Notes,
    /// The grid workbench.
    Grid,
    Help,
    Picker,
    Checklist,
    /// A text field has the keyboard: only Enter, Esc (and Tab in forms) are ours.
    TextField,
    /// The notes editor has the keyboard: only Esc is ours.
    NotesEditing,
    /// The A1 workbench, editor not focused.
    Code,
    /// The A1 editor has the keyboard: only Esc and function keys are ours.
    CodeEditing,
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    /// The sociogram: actors, relations, layout, metrics table.
    Graph,
    /// The diagnosis steps.
    Steps,
    /// The A7 sheet's register of processings.
    SheetRegister,
    /// The A7 sheet's security checklist.
    SheetChecklist,
    /// The A7 sheet's findings and the rule engine's proposals.
    SheetFindings,
    /// The A7 sheet's form of one processing or one finding.
    SheetForm,
    // -- tree / map (issue 4) --
    /// The A5 mind map outline.
    Tree,
    // -- map modes --
    /// The A3 world map, cursor on the map.
    Map,
    /// The A3 lists: legend, links, recommendations.
    MapList,
    /// Choosing the other end of a link (Space changes its kind).
    LinkPicker,
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    Sections,
    References,
    Schemes,
    Attachments,
    Slides,
    Presenter,
    Objections,
    /// Review: the grading panel has the keyboard.
    Grading,
    /// Review: keys added to every screen of a review (checked before the screen's own).
    Review,
    /// Keys of every mode (checked after the mode's own).
    Global,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(crate) const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

pub(crate) const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub(crate) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

pub(crate) const fn shift(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::SHIFT,
    }
}

/// A binding: the keys, the action, and its help text. The first key is the one shown.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: Text,
    /// Shown in the bottom key bar (the help overlay shows every binding).
    pub in_bar: bool,
}

pub(crate) const fn bind(
    keys: &'static [Key],
    action: Action,
    help: Text,
    in_bar: bool,
) -> Binding {
    Binding {
        keys,
        action,
        help,
        in_bar,
    }
}

/// An exercise screen's key table: its own keys, then the keys every exercise screen shares
/// (panels, undo and redo, the brief, back, language, help, quit), in that order, so the
/// shared keys are written once and read the same in every help overlay.
macro_rules! with_exercise_keys {
    ($($own:expr),* $(,)?) => {
        &[
            $($own,)*
            bind(&[code(KeyCode::Tab)], NextPanel, Text::KeyNextPanel, true),
            bind(&[code(KeyCode::BackTab)], PrevPanel, Text::KeyPrevPanel, false),
            bind(&[key('u'), ctrl('z')], Undo, Text::KeyUndo, true),
            bind(&[key('r'), ctrl('y')], Redo, Text::KeyRedo, false),
            bind(&[key('b')], ToggleBrief, Text::KeyToggleBrief, false),
            bind(&[code(KeyCode::PageUp)], ScrollBriefUp, Text::KeyScrollBrief, false),
            bind(&[code(KeyCode::PageDown)], ScrollBriefDown, Text::KeyScrollBrief, false),
            bind(&[code(KeyCode::Esc), code(KeyCode::Backspace)], Back, Text::KeyBack, true),
            bind(&[key('L')], ToggleLanguage, Text::KeyLanguage, false),
            bind(&[key('?'), code(KeyCode::F(1))], ToggleHelp, Text::KeyHelp, true),
            bind(&[key('q'), ctrl('c')], Quit, Text::KeyQuit, true),
        ]
    };
}
pub(crate) use with_exercise_keys;

use Action::*;

// -- note_deck: the note and deck tables (issue 8) --
use crate::workbench::notes::keys as note_deck;

const HOME: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('o')],
        OpenExercise,
        Text::KeyOpen,
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
    bind(&[key('L')], ToggleLanguage, Text::KeyLanguage, true),
    bind(
        &[key('?'), code(KeyCode::F(1))],
        ToggleHelp,
        Text::KeyHelp,
        true,
    ),
    bind(&[key('q'), ctrl('c')], Quit, Text::KeyQuit, true),
];

const BOARD: &[Binding] = with_exercise_keys![
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
];

const GRID: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Grid(GridText::KeyEditCell),
        true,
    ),
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

const NOTES: &[Binding] = with_exercise_keys![bind(
    &[code(KeyCode::Enter), key('e')],
    EditEntry,
    Text::KeyEdit,
    true,
),];

// -- graph: A6 sociogram and SIC grid (issue 5) --
const GRAPH: &[Binding] = with_exercise_keys![
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
        &[key('g')],
        Relayout,
        Text::Sociogram(SociogramText::KeyRelayout),
        false
    ),
];

const STEPS: &[Binding] = &[
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

const HELP: &[Binding] = &[bind(
    &[key('?'), code(KeyCode::Esc), code(KeyCode::F(1)), key('q')],
    ToggleHelp,
    Text::HelpClose,
    true,
)];

const PICKER: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Confirm, Text::KeyConfirm, true),
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

const CHECKLIST: &[Binding] = &[
    bind(
        &[code(KeyCode::Char(' ')), key('x')],
        ToggleMark,
        Text::KeyToggle,
        true,
    ),
    bind(&[code(KeyCode::Enter)], Confirm, Text::KeyConfirm, true),
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

const TEXT_FIELD: &[Binding] = &[
    bind(&[code(KeyCode::Enter)], Confirm, Text::KeyConfirm, true),
    bind(&[code(KeyCode::Esc)], Cancel, Text::KeyCancel, true),
    bind(
        &[ctrl('j')],
        NewLine,
        Text::Mindmap(MindmapText::KeyNewLine),
        false,
    ),
];

const NOTES_EDITING: &[Binding] = &[bind(&[code(KeyCode::Esc)], Confirm, Text::KeyConfirm, true)];

// -- sheet: A7 GDPR audit sheet (issue 6) --
/// The register of processings.
const SHEET_REGISTER: &[Binding] = with_exercise_keys![
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
];

/// The security checklist.
const SHEET_CHECKLIST: &[Binding] = with_exercise_keys![
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
const SHEET_FINDINGS: &[Binding] = with_exercise_keys![
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
];

const SHEET_FORM: &[Binding] = &[
    bind(
        &[code(KeyCode::Enter), key('e')],
        EditEntry,
        Text::Gdpr(GdprText::KeySheetEditField),
        true,
    ),
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

// -- tree: A5 mind map (issue 4) --
const TREE: &[Binding] = &[
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
        &[key('g'), code(KeyCode::Home)],
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
];

// -- map: A3 world map (issue 4) --
const MAP: &[Binding] = with_exercise_keys![
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

const MAP_LIST: &[Binding] = &[
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

const LINK_PICKER: &[Binding] = &[
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

const CODE: &[Binding] = &[
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

const CODE_EDITING: &[Binding] = &[
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

const DIGITS: &[Key] = &[
    key('0'),
    key('1'),
    key('2'),
    key('3'),
    key('4'),
    key('5'),
    key('6'),
    key('7'),
    key('8'),
    key('9'),
];

const GRADING: &[Binding] = &[
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
        &[key(']')],
        NextExercise,
        Text::Review(ReviewText::KeyNextExercise),
        true,
    ),
    bind(
        &[key('[')],
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

const REVIEW: &[Binding] = &[
    bind(
        &[key('g')],
        FocusGrading,
        Text::Review(ReviewText::KeyFocusGrading),
        true,
    ),
    bind(
        &[key(']')],
        NextExercise,
        Text::Review(ReviewText::KeyNextExercise),
        true,
    ),
    bind(
        &[key('[')],
        PrevExercise,
        Text::Review(ReviewText::KeyPrevExercise),
        false,
    ),
];

const GLOBAL: &[Binding] = &[bind(
    &[code(KeyCode::F(2))],
    ToggleKeyDisplay,
    Text::Review(ReviewText::KeyKeyDisplay),
    false,
)];

pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Code => CODE,
        Mode::CodeEditing => CODE_EDITING,
        Mode::Home => HOME,
        Mode::Board => BOARD,
        Mode::Notes => NOTES,
        Mode::Grid => GRID,
        Mode::Help => HELP,
        Mode::Picker => PICKER,
        Mode::Checklist => CHECKLIST,
        Mode::TextField => TEXT_FIELD,
        Mode::NotesEditing => NOTES_EDITING,
        Mode::Graph => GRAPH,
        Mode::Steps => STEPS,
        Mode::SheetRegister => SHEET_REGISTER,
        Mode::SheetChecklist => SHEET_CHECKLIST,
        Mode::SheetFindings => SHEET_FINDINGS,
        Mode::SheetForm => SHEET_FORM,
        // -- tree / map (issue 4) --
        Mode::Tree => TREE,
        Mode::Map => MAP,
        Mode::MapList => MAP_LIST,
        Mode::LinkPicker => LINK_PICKER,
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
        Mode::Sections => note_deck::SECTIONS,
        Mode::References => note_deck::REFERENCES,
        Mode::Schemes => note_deck::SCHEMES,
        Mode::Attachments => note_deck::ATTACHMENTS,
        Mode::Slides => note_deck::SLIDES,
        Mode::Presenter => note_deck::PRESENTER,
        Mode::Objections => note_deck::OBJECTIONS,
        Mode::Grading => GRADING,
        Mode::Review => REVIEW,
        Mode::Global => GLOBAL,
    }
}

/// The binding a key has in a mode, if any.
pub fn binding_for(mode: Mode, event: &KeyEvent) -> Option<&'static Binding> {
    let mods = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    bindings(mode).iter().find(|b| {
        b.keys.iter().any(|k| {
            let wanted = match k.code {
                KeyCode::Char(_) => k.mods - KeyModifiers::SHIFT,
                _ => k.mods,
            };
            k.code == event.code && wanted == mods
        })
    })
}

/// How a key event is written in the key display.
pub fn event_label(event: &KeyEvent) -> String {
    key_label(&Key {
        code: event.code,
        mods: match event.code {
            KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
            _ => event.modifiers,
        },
    })
}

/// The action a key means in a mode, if any.
pub fn action_for(mode: Mode, event: &KeyEvent) -> Option<Action> {
    // Terminals report Shift with upper-case letters inconsistently: compare letters without it.
    binding_for(mode, event).map(|b| b.action)
}

/// How a key is written in the help and the key bar.
pub fn key_label(key: &Key) -> String {
    let name = match key.code {
        KeyCode::Enter => "Entrée/Enter".to_string(),
        KeyCode::Esc => "Échap/Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Maj+Tab".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::Delete => "Suppr/Del".to_string(),
        KeyCode::Insert => "Inser/Ins".to_string(),
        KeyCode::Backspace => "⌫".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Espace/Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        _ => "?".to_string(),
    };
    let mut label = String::new();
    if key.mods.contains(KeyModifiers::CONTROL) {
        label.push_str("Ctrl+");
    }
    if key.mods.contains(KeyModifiers::SHIFT) {
        label.push_str("Maj+");
    }
    label.push_str(&name);
    label
}

/// The key bar's label of a binding: its first key, or a range (`0–9`) for a run of
/// consecutive characters.
pub fn bar_label(binding: &Binding) -> String {
    let chars: Vec<char> = binding
        .keys
        .iter()
        .filter_map(|k| match k.code {
            KeyCode::Char(c) if k.mods.is_empty() => Some(c),
            _ => None,
        })
        .collect();
    let consecutive = chars.len() == binding.keys.len()
        && chars.len() >= 3
        && chars.windows(2).all(|w| w[1] as u32 == w[0] as u32 + 1);
    match (consecutive, chars.first(), chars.last()) {
        (true, Some(first), Some(last)) => format!("{first}–{last}"),
        _ => binding.keys.first().map(short_label).unwrap_or_default(),
    }
}

/// Short label for the key bar: the first key, with the bilingual names shortened.
pub fn short_label(key: &Key) -> String {
    match key.code {
        KeyCode::Enter => "⏎".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        _ => key_label(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_resolve_per_mode() {
        let a = press(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Board, &a), Some(Action::AddEntry));
        assert_eq!(action_for(Mode::Home, &a), None);
        let upper_k = press(KeyCode::Char('K'), KeyModifiers::SHIFT);
        assert_eq!(action_for(Mode::Board, &upper_k), Some(Action::MoveEntryUp));
        let shift_up = press(KeyCode::Up, KeyModifiers::SHIFT);
        assert_eq!(
            action_for(Mode::Board, &shift_up),
            Some(Action::MoveEntryUp)
        );
        let up = press(KeyCode::Up, KeyModifiers::NONE);
        assert_eq!(action_for(Mode::Board, &up), Some(Action::SelectPrev));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Home, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in [
            Mode::Home,
            Mode::Board,
            Mode::Notes,
            Mode::Grid,
            Mode::Help,
            Mode::Picker,
            Mode::Checklist,
            Mode::TextField,
            Mode::NotesEditing,
            Mode::Code,
            Mode::CodeEditing,
            Mode::Tree,
            Mode::Map,
            Mode::MapList,
            Mode::LinkPicker,
            Mode::Graph,
            Mode::Steps,
            Mode::SheetRegister,
            Mode::SheetChecklist,
            Mode::SheetFindings,
            Mode::SheetForm,
            Mode::Sections,
            Mode::References,
            Mode::Schemes,
            Mode::Attachments,
            Mode::Slides,
            Mode::Presenter,
            Mode::Objections,
            Mode::Grading,
            Mode::Review,
            Mode::Global,
        ] {
            let mut seen = Vec::new();
            for binding in bindings(mode) {
                for k in binding.keys {
                    assert!(!seen.contains(k), "{mode:?}: {k:?} bound twice");
                    seen.push(*k);
                }
            }
        }
    }
}
