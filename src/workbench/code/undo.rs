//! The editors' undo (A1's files, the notes): whole words, not characters. A step starts when a word starts
//! after a space or a line break, when a key other than typing (a deletion, a paste, Enter)
//! follows typing, or after a pause; up to `DEPTH` steps are kept. Each step keeps the text
//! and the cursor before it, so undo puts both back. No I/O: the time comes from the caller.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};
use std::collections::VecDeque;
use std::time::Duration;

/// Steps kept (a whole session of typing).
pub const DEPTH: usize = 10_000;
/// A pause this long starts a new step.
pub const PAUSE: Duration = Duration::from_millis(1_000);

/// What an edit is, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    /// A letter, digit or sign typed.
    Word,
    /// A space typed.
    Space,
    /// Anything else (Enter, a deletion, a paste, Tab): a step of its own kind.
    Other,
}

/// What a key typed into an editor is, for grouping; `None` when it edits nothing (a move).
pub fn edit_kind(key: &KeyEvent) -> Option<EditKind> {
    match (key.code, key.modifiers) {
        (KeyCode::Char(' '), _) => Some(EditKind::Space),
        (KeyCode::Char(_), m) if !m.contains(KeyModifiers::CONTROL) => Some(EditKind::Word),
        (KeyCode::Char(_), _)
        | (KeyCode::Enter, _)
        | (KeyCode::Tab, _)
        | (KeyCode::Backspace, _)
        | (KeyCode::Delete, _) => Some(EditKind::Other),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Snapshot {
    lines: Vec<String>,
    cursor: (usize, usize),
}

impl Snapshot {
    fn of(area: &TextArea<'_>) -> Snapshot {
        Snapshot {
            lines: area.lines().to_vec(),
            cursor: (area.cursor().0, area.cursor().1),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct UndoHistory {
    past: VecDeque<Snapshot>,
    future: Vec<Snapshot>,
    last: Option<(EditKind, Duration)>,
}

impl UndoHistory {
    /// Call before an edit of kind `kind` at time `now`: records the text when the edit
    /// starts a new step.
    pub fn before_edit(&mut self, area: &TextArea<'_>, kind: EditKind, now: Duration) {
        let new_step = match self.last {
            None => true,
            Some((_, at)) if now.saturating_sub(at) >= PAUSE => true,
            Some((last, _)) => matches!(
                (last, kind),
                (_, EditKind::Other) | (EditKind::Other, _) | (EditKind::Space, EditKind::Word)
            ),
        };
        if new_step {
            self.past.push_back(Snapshot::of(area));
            if self.past.len() > DEPTH {
                self.past.pop_front();
            }
        }
        self.future.clear();
        self.last = Some((kind, now));
    }

    /// Ends the current step (the cursor moved, the file changed): the next edit starts one.
    pub fn break_step(&mut self) {
        self.last = None;
    }

    /// Puts the text back as it was before the last step; false when there is none.
    pub fn undo(&mut self, area: &mut TextArea<'static>) -> bool {
        self.undo_with(area, crate::workbench::code::update::editor_of_lines)
    }

    /// `undo` for an editor made by `make` (its wrapping and tabs kept).
    pub fn undo_with(
        &mut self,
        area: &mut TextArea<'static>,
        make: fn(Vec<String>) -> TextArea<'static>,
    ) -> bool {
        let Some(before) = self.past.pop_back() else {
            return false;
        };
        self.future.push(Snapshot::of(area));
        restore(area, before, make);
        self.last = None;
        true
    }

    /// Does again what was undone; false when nothing was.
    pub fn redo(&mut self, area: &mut TextArea<'static>) -> bool {
        self.redo_with(area, crate::workbench::code::update::editor_of_lines)
    }

    /// `redo` for an editor made by `make`.
    pub fn redo_with(
        &mut self,
        area: &mut TextArea<'static>,
        make: fn(Vec<String>) -> TextArea<'static>,
    ) -> bool {
        let Some(after) = self.future.pop() else {
            return false;
        };
        self.past.push_back(Snapshot::of(area));
        restore(area, after, make);
        self.last = None;
        true
    }

    /// Steps that can be undone.
    pub fn depth(&self) -> usize {
        self.past.len()
    }
}

fn restore(
    area: &mut TextArea<'static>,
    snapshot: Snapshot,
    make: fn(Vec<String>) -> TextArea<'static>,
) {
    let mut fresh = make(snapshot.lines);
    let (row, col) = snapshot.cursor;
    fresh.move_cursor(CursorMove::Jump(
        u16::try_from(row).unwrap_or(u16::MAX),
        u16::try_from(col).unwrap_or(u16::MAX),
    ));
    *area = fresh;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn typed(area: &mut TextArea<'static>, history: &mut UndoHistory, text: &str, t: &mut u64) {
        for c in text.chars() {
            let kind = if c == ' ' {
                EditKind::Space
            } else {
                EditKind::Word
            };
            history.before_edit(area, kind, Duration::from_millis(*t));
            area.input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            *t += 50;
        }
    }

    #[test]
    fn undo_takes_back_a_word_at_a_time() {
        let mut area = crate::workbench::code::update::editor("");
        let mut history = UndoHistory::default();
        let mut t = 0;
        typed(&mut area, &mut history, "def total(prix, taux)", &mut t);
        assert_eq!(area.lines(), ["def total(prix, taux)"]);
        assert!(history.undo(&mut area));
        assert_eq!(area.lines(), ["def total(prix, "]);
        assert!(history.undo(&mut area));
        assert_eq!(area.lines(), ["def "]);
        assert!(history.redo(&mut area));
        assert_eq!(area.lines(), ["def total(prix, "]);
        assert!(history.undo(&mut area));
        assert!(history.undo(&mut area));
        assert_eq!(area.lines(), [""]);
        assert!(!history.undo(&mut area));
    }

    #[test]
    fn a_pause_starts_a_step_and_the_history_is_deep() {
        let mut area = crate::workbench::code::update::editor("");
        let mut history = UndoHistory::default();
        let mut t = 0;
        typed(&mut area, &mut history, "abc", &mut t);
        t += 2_000;
        typed(&mut area, &mut history, "def", &mut t);
        assert!(history.undo(&mut area));
        assert_eq!(area.lines(), ["abc"]);
        let mut history = UndoHistory::default();
        for _ in 0..(DEPTH + 50) {
            history.before_edit(&area, EditKind::Other, Duration::ZERO);
        }
        assert_eq!(history.depth(), DEPTH);
    }
}
