//! The pickers of a board, and what a text field of a board edits (an item's text or evidence, a strategy, a priority,
//! a KPI's name, target or unit), its title, and the field that follows in the KPI form.

use crate::i18n::Text;
use crate::workbench::board::model::ItemId;
use crate::workbench::screen::keymap::Mode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardField {
    ItemText(ItemId),
    ItemEvidence(ItemId),
    StrategyText(ItemId),
    PriorityText(ItemId),
    KpiName(ItemId),
    KpiTarget(ItemId),
    KpiUnit(ItemId),
}

impl BoardField {
    pub fn title(self) -> Text {
        match self {
            BoardField::ItemText(_) => Text::EditItem,
            BoardField::ItemEvidence(_) => Text::EditEvidence,
            BoardField::StrategyText(_) => Text::EditStrategy,
            BoardField::PriorityText(_) => Text::EditPriority,
            BoardField::KpiName(_) => Text::EditKpiName,
            BoardField::KpiTarget(_) => Text::EditKpiTarget,
            BoardField::KpiUnit(_) => Text::EditKpiUnit,
        }
    }

    /// A KPI's name, then its target, then its unit.
    pub fn next(self) -> Option<BoardField> {
        match self {
            BoardField::KpiName(id) => Some(BoardField::KpiTarget(id)),
            BoardField::KpiTarget(id) => Some(BoardField::KpiUnit(id)),
            _ => None,
        }
    }

    /// Evidence is a long text: `Esc` keeps it.
    pub fn keeps_on_cancel(self) -> bool {
        matches!(self, BoardField::ItemEvidence(_))
    }
}

/// A board's dialogs: the kind of a new strategy, and the items a strategy draws on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardOverlay {
    PickStrategyKind { selected: usize },
    LinkItems { strategy: ItemId, cursor: usize },
}

impl BoardOverlay {
    pub fn mode(self) -> Mode {
        match self {
            BoardOverlay::PickStrategyKind { .. } => Mode::Picker,
            BoardOverlay::LinkItems { .. } => Mode::Checklist,
        }
    }
}
