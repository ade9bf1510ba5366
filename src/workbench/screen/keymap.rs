//! Keys: one table per mode, read both to turn a key into an `Action` and to draw the help
//! overlay and the key bar, so the keys and their help cannot drift apart.

use crate::i18n::review::ReviewText;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::mindmap::text::MindmapText;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a person asked for, whatever key they used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Save and leave atelier.
    Quit,
    /// Leave although the last changes could not be saved.
    QuitAnyway,
    /// Saving failed: write the workspace to another file, typed by the person.
    SaveElsewhere,
    /// Open or close the organisation screen (the case's facts).
    ToggleFacts,
    /// Show the selected item, cell, post or record whole, in a popup.
    ShowDetail,
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
    /// Present the deck from its first slide, with the countdown.
    StartPresenter,
    /// Record the oral session: its date, its length, the jury's questions.
    RecordOral,
    /// Present the deck from the selected slide, with the countdown.
    StartPresenterHere,
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
    /// Grading: show or hide the history of the selected criterion.
    ToggleHistory,
    /// Home: edit the members of the candidate's group.
    EditGroup,
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
    /// The A1 workbench in a review: the files are read, never edited or run.
    CodeReview,
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
    /// Quitting could not save: retry, quit anyway, or stay.
    QuitFailed,
    /// The path of "save elsewhere" has the keyboard; then what was saved, and quitting.
    SaveElsewhere,
    SavedElsewhere,
    /// The organisation screen (the case's facts).
    Facts,
    /// The organisation screen's search has the keyboard.
    FactsSearch,
    /// The detail popup (the selection, whole).
    Detail,
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
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::Tab)], $crate::workbench::screen::keymap::Action::NextPanel, $crate::i18n::Text::KeyNextPanel, true),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::BackTab)], $crate::workbench::screen::keymap::Action::PrevPanel, $crate::i18n::Text::KeyPrevPanel, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('u'), $crate::workbench::screen::keymap::ctrl('z')], $crate::workbench::screen::keymap::Action::Undo, $crate::i18n::Text::KeyUndo, true),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('r'), $crate::workbench::screen::keymap::ctrl('y')], $crate::workbench::screen::keymap::Action::Redo, $crate::i18n::Text::KeyRedo, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('b')], $crate::workbench::screen::keymap::Action::ToggleBrief, $crate::i18n::Text::KeyToggleBrief, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::PageUp)], $crate::workbench::screen::keymap::Action::ScrollBriefUp, $crate::i18n::Text::KeyScrollBrief, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::PageDown)], $crate::workbench::screen::keymap::Action::ScrollBriefDown, $crate::i18n::Text::KeyScrollBrief, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::Esc), $crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::Backspace)], $crate::workbench::screen::keymap::Action::Back, $crate::i18n::Text::KeyBack, true),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('L')], $crate::workbench::screen::keymap::Action::ToggleLanguage, $crate::i18n::Text::KeyLanguage, false),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('?'), $crate::workbench::screen::keymap::code(::crossterm::event::KeyCode::F(1))], $crate::workbench::screen::keymap::Action::ToggleHelp, $crate::i18n::Text::KeyHelp, true),
            $crate::workbench::screen::keymap::bind(&[$crate::workbench::screen::keymap::key('q'), $crate::workbench::screen::keymap::ctrl('c')], $crate::workbench::screen::keymap::Action::Quit, $crate::i18n::Text::KeyQuit, true),
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
    bind(&[key('G')], EditGroup, Text::KeyGroup, false),
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
    bind(&[ctrl('z')], Undo, Text::KeyUndo, false),
    bind(&[ctrl('y')], Redo, Text::KeyRedo, false),
    bind(
        &[ctrl('j')],
        NewLine,
        Text::Mindmap(MindmapText::KeyNewLine),
        false,
    ),
];

const NOTES_EDITING: &[Binding] = &[
    bind(&[code(KeyCode::Esc)], Confirm, Text::KeyConfirm, true),
    bind(&[ctrl('z')], Undo, Text::KeyUndo, true),
    bind(&[ctrl('y')], Redo, Text::KeyRedo, false),
];

// -- sheet: A7 GDPR audit sheet (issue 6) --

// -- tree: A5 mind map (issue 4) --

// -- map: A3 world map (issue 4) --

pub(crate) const DIGITS: &[Key] = &[
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

const GLOBAL: &[Binding] = &[
    bind(
        &[code(KeyCode::F(4))],
        ToggleFacts,
        Text::Shell(ShellText::KeyFacts),
        false,
    ),
    bind(
        &[code(KeyCode::F(2))],
        ToggleKeyDisplay,
        Text::Review(ReviewText::KeyKeyDisplay),
        false,
    ),
];

pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Code => crate::workbench::code::keys::CODE,
        Mode::CodeEditing => crate::workbench::code::keys::CODE_EDITING,
        Mode::CodeReview => crate::workbench::code::keys::CODE_REVIEW,
        Mode::Home => HOME,
        Mode::Board => crate::workbench::board::keys::BOARD,
        Mode::Notes => NOTES,
        Mode::Grid => crate::workbench::grid::keys::GRID,
        Mode::Help => HELP,
        Mode::Picker => PICKER,
        Mode::Checklist => CHECKLIST,
        Mode::TextField => TEXT_FIELD,
        Mode::NotesEditing => NOTES_EDITING,
        Mode::Graph => crate::workbench::sociogram::keys::GRAPH,
        Mode::Steps => crate::workbench::sociogram::keys::STEPS,
        Mode::SheetRegister => crate::workbench::gdpr::keys::SHEET_REGISTER,
        Mode::SheetChecklist => crate::workbench::gdpr::keys::SHEET_CHECKLIST,
        Mode::SheetFindings => crate::workbench::gdpr::keys::SHEET_FINDINGS,
        Mode::SheetForm => crate::workbench::gdpr::keys::SHEET_FORM,
        // -- tree / map (issue 4) --
        Mode::Tree => crate::workbench::mindmap::keys::TREE,
        Mode::Map => crate::workbench::worldmap::keys::MAP,
        Mode::MapList => crate::workbench::worldmap::keys::MAP_LIST,
        Mode::LinkPicker => crate::workbench::worldmap::keys::LINK_PICKER,
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
        Mode::Sections => note_deck::SECTIONS,
        Mode::References => note_deck::REFERENCES,
        Mode::Schemes => note_deck::SCHEMES,
        Mode::Attachments => note_deck::ATTACHMENTS,
        Mode::Slides => note_deck::SLIDES,
        Mode::Presenter => note_deck::PRESENTER,
        Mode::Objections => note_deck::OBJECTIONS,
        Mode::Grading => crate::workbench::screen::review_keys::GRADING,
        Mode::Review => crate::workbench::screen::review_keys::REVIEW,
        Mode::Global => GLOBAL,
        Mode::QuitFailed => crate::workbench::screen::shell_keys::QUIT_FAILED,
        Mode::SaveElsewhere => crate::workbench::screen::shell_keys::SAVE_ELSEWHERE,
        Mode::SavedElsewhere => crate::workbench::screen::shell_keys::SAVED_ELSEWHERE,
        Mode::Facts => crate::workbench::screen::shell_keys::FACTS,
        Mode::FactsSearch => crate::workbench::screen::shell_keys::FACTS_SEARCH,
        Mode::Detail => crate::workbench::screen::shell_keys::DETAIL,
    }
}

/// The binding a key has in a mode, if any.
pub fn binding_for(mode: Mode, event: &KeyEvent) -> Option<&'static Binding> {
    // Terminals report Shift with upper-case letters inconsistently, and Shift+Tab as
    // `BackTab` with Shift set (crossterm) or not: compare those without Shift.
    let mods = match event.code {
        KeyCode::Char(_) | KeyCode::BackTab => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    bindings(mode).iter().find(|b| {
        b.keys.iter().any(|k| {
            let wanted = match k.code {
                KeyCode::Char(_) | KeyCode::BackTab => k.mods - KeyModifiers::SHIFT,
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
        let shift_tab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(action_for(Mode::Board, &shift_tab), Some(Action::PrevPanel));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(Mode::Home, &ctrl_c), Some(Action::Quit));
    }

    /// A review's own keys come before the screen's: none may also mean something else on
    /// a screen (the A7 form's `]` was both "next record" and "next exercise").
    #[test]
    fn review_keys_mean_one_thing_on_every_screen() {
        for mode in ALL_MODES {
            if matches!(mode, Mode::Review | Mode::Grading | Mode::Global) {
                continue;
            }
            for binding in bindings(Mode::Review) {
                for k in binding.keys {
                    let other = bindings(*mode)
                        .iter()
                        .find(|b| b.keys.contains(k) && b.action != binding.action);
                    assert!(
                        other.is_none(),
                        "{mode:?}: {k:?} means two things in a review"
                    );
                }
            }
        }
    }

    const ALL_MODES: &[Mode] = &[
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
        Mode::CodeReview,
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
        Mode::QuitFailed,
        Mode::SaveElsewhere,
        Mode::SavedElsewhere,
        Mode::Facts,
        Mode::FactsSearch,
        Mode::Detail,
    ];

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for &mode in ALL_MODES {
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
