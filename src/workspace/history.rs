//! Undo and redo by snapshots: boards are small, so a clone per change is cheap and cannot
//! get out of step with the operations.

/// Most snapshots kept; older ones are dropped.
const LIMIT: usize = 200;

#[derive(Debug, Clone)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }
}

impl<T: Clone + PartialEq> History<T> {
    /// Records the state before a change.
    pub fn record(&mut self, before: &T) {
        if self.undo.last() == Some(before) {
            return;
        }
        self.undo.push(before.clone());
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Restores the state before the last change; false when there is nothing to undo.
    pub fn undo(&mut self, current: &mut T) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.redo.push(std::mem::replace(current, previous));
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self, current: &mut T) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(current, next));
                true
            }
            None => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_roundtrip() {
        let mut h = History::default();
        let mut value = 1;
        h.record(&value);
        value = 2;
        h.record(&value);
        value = 3;
        assert!(h.undo(&mut value));
        assert_eq!(value, 2);
        assert!(h.undo(&mut value));
        assert_eq!(value, 1);
        assert!(!h.undo(&mut value));
        assert!(h.redo(&mut value));
        assert_eq!(value, 2);
        h.record(&value);
        value = 9;
        assert!(!h.redo(&mut value), "a new change clears redo");
        assert_eq!(value, 9);
    }
}

impl<T: Clone + PartialEq> History<T> {
    /// Goes back to the state before the last change and forgets that change (a cancelled
    /// edit), leaving nothing to redo.
    pub fn revert(&mut self, current: &mut T) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                *current = previous;
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod revert_tests {
    use super::*;

    #[test]
    fn revert_leaves_nothing_to_redo() {
        let mut h = History::default();
        let mut value = 1;
        h.record(&value);
        value = 2;
        assert!(h.revert(&mut value));
        assert_eq!(value, 1);
        assert!(!h.redo(&mut value));
    }
}
