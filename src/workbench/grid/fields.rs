//! What a text field or the value picker of the grid workbench edits: one cell (grid index,
//! row, column index).

use crate::i18n::Text;
use crate::workbench::grid::model::RowKey;
use crate::workbench::grid::text::GridText;
use crate::workbench::screen::keymap::Mode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridField {
    Cell {
        grid: usize,
        row: RowKey,
        col: usize,
    },
}

impl GridField {
    pub fn title(self) -> Text {
        Text::Grid(GridText::EditCell)
    }
}

/// The grid's dialog: the value of a choice cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridOverlay {
    PickOption {
        grid: usize,
        row: RowKey,
        col: usize,
        selected: usize,
    },
}

impl GridOverlay {
    pub fn mode(self) -> Mode {
        Mode::Picker
    }
}
