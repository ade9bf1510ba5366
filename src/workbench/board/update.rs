//! The board workbench (SWOT, Business Model Canvas, any zone grid a case configures): how
//! board actions change the answer, per focused panel (zones, strategies, priorities, KPIs).
//! `update` and `update_overlay` take the board's selections (`Ui`) and a `BenchCx`; A6's SIC
//! grid reaches them through `Session::update_board`. Drawing is in `view`.

use crate::case::BoardConfig;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::board::fields::BoardField;
use crate::workbench::board::fields::BoardOverlay;
use crate::workbench::board::model::{Direction, ItemId};
use crate::workbench::board::Ui;
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{board_of, EditTarget, Effect, Overlay, Session};
use crate::workbench::Bench;
use crate::workspace::Board;

use crate::workbench::screen::session::Panel;

impl Session {
    pub fn link_order(&self) -> Vec<ItemId> {
        let Some((config, board)) = self.current_board() else {
            return Vec::new();
        };
        link_order_of(config, board)
    }

    pub(crate) fn field_text(&self, target: EditTarget) -> String {
        if let Some(text) = self.maps_field_text(target) {
            return text;
        }
        let (Some((_, board)), EditTarget::Board(field)) = (self.current_board(), target) else {
            return String::new();
        };
        get_field(board, field).unwrap_or_default()
    }
}

/// The board's actions, by focused panel (zones, strategies, priorities, KPIs).
pub fn update(ui: &mut Ui, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let Some((config, board)) = board_of(cx.exercise, cx.workspace) else {
        return Vec::new();
    };
    let (config, board) = (config.clone(), board.clone());
    match *cx.panel {
        Panel::Zones => update_zones(ui, cx, action, &config, &board),
        Panel::Strategies => update_strategies(ui, cx, action, &config, &board),
        Panel::Priorities => update_priorities(ui, cx, action, &board),
        Panel::Kpis => update_kpis(ui, cx, action, &board),
        _ => {}
    }
    Vec::new()
}

/// The selected item of the focused zone, if any.
pub fn selected_item(ui: &Ui, config: &BoardConfig, board: &Board) -> Option<ItemId> {
    let zone = config.zones.get(ui.zone)?;
    board.items_in(&zone.id).nth(ui.item).map(|i| i.id)
}

/// Items in the order the link dialog lists them: zone by zone.
pub fn link_order_of(config: &BoardConfig, board: &Board) -> Vec<ItemId> {
    config
        .zones
        .iter()
        .flat_map(|z| board.items_in(&z.id).map(|i| i.id).collect::<Vec<_>>())
        .collect()
}

fn update_zones(
    state: &mut Ui,
    cx: &mut BenchCx,
    action: Action,
    config: &BoardConfig,
    board: &Board,
) {
    let zone_count = config.zones.len();
    let selected = selected_item(state, config, board);
    let zone_id = config.zones[state.zone.min(zone_count - 1)].id.clone();
    let in_zone = board.items_in(&zone_id).count();
    match action {
        Action::SelectPrev => state.item = state.item.saturating_sub(1),
        Action::SelectNext => state.item = (state.item + 1).min(in_zone.saturating_sub(1)),
        Action::NextZone => {
            state.zone = (state.zone + 1) % zone_count;
            state.item = 0;
        }
        Action::PrevZone => {
            state.zone = (state.zone + zone_count - 1) % zone_count;
            state.item = 0;
        }
        Action::AddEntry => {
            let at = if in_zone == 0 { 0 } else { state.item + 1 };
            state.item = at;
            let id = cx.change_board(|b| b.insert_item_after(selected, &zone_id, ""));
            cx.open_field(EditTarget::Board(BoardField::ItemText(id)), "", true);
        }
        Action::EditEntry | Action::EditEvidence => match selected.and_then(|id| board.item(id)) {
            Some(item) => {
                let (target, text) = if action == Action::EditEntry {
                    (
                        EditTarget::Board(BoardField::ItemText(item.id)),
                        item.text.clone(),
                    )
                } else {
                    (
                        EditTarget::Board(BoardField::ItemEvidence(item.id)),
                        item.evidence.clone(),
                    )
                };
                cx.record_before_edit();
                cx.open_field(target, &text, false);
            }
            None => cx.info(cx.t(Text::SelectItemFirst)),
        },
        Action::DeleteEntry => {
            if let Some(id) = selected {
                cx.change_board(|b| b.delete_item(id));
                state.item = state.item.min(in_zone.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        Action::MoveEntryUp | Action::MoveEntryDown => {
            if let Some(id) = selected {
                let direction = if action == Action::MoveEntryUp {
                    Direction::Up
                } else {
                    Direction::Down
                };
                let moved = cx.change_board(|b| b.move_item(id, direction));
                if moved {
                    state.item = match direction {
                        Direction::Up => state.item.saturating_sub(1),
                        Direction::Down => state.item + 1,
                    };
                }
                let (done, refused) = match direction {
                    Direction::Up => (ShellText::MovedUp, ShellText::AtTop),
                    Direction::Down => (ShellText::MovedDown, ShellText::AtBottom),
                };
                cx.say_move(moved, done, refused);
            }
        }
        Action::MoveItemToPrevZone | Action::MoveItemToNextZone => {
            if let Some(id) = selected {
                let target = if action == Action::MoveItemToNextZone {
                    (state.zone + 1) % zone_count
                } else {
                    (state.zone + zone_count - 1) % zone_count
                };
                let target_id = config.zones[target].id.clone();
                let landing = board.items_in(&target_id).count();
                cx.change_board(|b| b.move_item_to_zone(id, &target_id));
                state.zone = target;
                state.item = landing;
            }
        }
        _ => {}
    }
}

fn update_strategies(
    state: &mut Ui,
    cx: &mut BenchCx,
    action: Action,
    config: &BoardConfig,
    board: &Board,
) {
    let count = board.strategies.len();
    let selected = board.strategies.get(state.strategy).map(|s| s.id);
    match action {
        Action::SelectPrev => state.strategy = state.strategy.saturating_sub(1),
        Action::SelectNext => state.strategy = (state.strategy + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            if config.strategy_kinds.is_empty() {
                return;
            }
            *cx.overlay = Some(Overlay::Board(BoardOverlay::PickStrategyKind {
                selected: 0,
            }));
        }
        Action::EditEntry => {
            if let Some(strategy) = selected.and_then(|id| board.strategy(id)) {
                let text = strategy.text.clone();
                cx.record_before_edit();
                cx.open_field(
                    EditTarget::Board(BoardField::StrategyText(strategy.id)),
                    &text,
                    false,
                );
            }
        }
        Action::LinkItems => match selected {
            Some(id) if !board.items.is_empty() => {
                cx.record_before_edit();
                *cx.overlay = Some(Overlay::Board(BoardOverlay::LinkItems {
                    strategy: id,
                    cursor: 0,
                }));
            }
            Some(_) => cx.info(cx.t(Text::AddItemsFirst)),
            None => cx.info(cx.t(Text::SelectItemFirst)),
        },
        Action::DeleteEntry => {
            if let Some(id) = selected {
                cx.change_board(|b| b.delete_strategy(id));
                state.strategy = state.strategy.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        _ => {}
    }
}

fn update_priorities(state: &mut Ui, cx: &mut BenchCx, action: Action, board: &Board) {
    let count = board.priorities.len();
    let selected = board.priorities.get(state.priority).map(|p| p.id);
    match action {
        Action::SelectPrev => state.priority = state.priority.saturating_sub(1),
        Action::SelectNext => state.priority = (state.priority + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            state.priority = count;
            let id = cx.change_board(|b| b.add_priority(""));
            cx.open_field(EditTarget::Board(BoardField::PriorityText(id)), "", true);
        }
        Action::EditEntry => {
            if let Some(p) = selected.and_then(|id| board.priorities.iter().find(|p| p.id == id)) {
                let text = p.text.clone();
                cx.record_before_edit();
                cx.open_field(
                    EditTarget::Board(BoardField::PriorityText(p.id)),
                    &text,
                    false,
                );
            }
        }
        Action::DeleteEntry => {
            if let Some(id) = selected {
                cx.change_board(|b| b.delete_priority(id));
                state.priority = state.priority.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        Action::MoveEntryUp | Action::MoveEntryDown => {
            if let Some(id) = selected {
                let up = action == Action::MoveEntryUp;
                let direction = if up { Direction::Up } else { Direction::Down };
                let moved = cx.change_board(|b| b.move_priority(id, direction));
                if moved {
                    state.priority = if up {
                        state.priority.saturating_sub(1)
                    } else {
                        state.priority + 1
                    };
                }
                let (done, refused) = match up {
                    true => (ShellText::MovedUp, ShellText::AtTop),
                    false => (ShellText::MovedDown, ShellText::AtBottom),
                };
                cx.say_move(moved, done, refused);
            }
        }
        _ => {}
    }
}

fn update_kpis(state: &mut Ui, cx: &mut BenchCx, action: Action, board: &Board) {
    let count = board.kpis.len();
    let selected = board.kpis.get(state.kpi).map(|k| k.id);
    match action {
        Action::SelectPrev => state.kpi = state.kpi.saturating_sub(1),
        Action::SelectNext => state.kpi = (state.kpi + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            state.kpi = count;
            let id = cx.change_board(|b| b.add_kpi("", "", ""));
            cx.open_field(EditTarget::Board(BoardField::KpiName(id)), "", true);
        }
        Action::EditEntry => {
            if let Some(k) = selected.and_then(|id| board.kpis.iter().find(|k| k.id == id)) {
                let name = k.name.clone();
                cx.record_before_edit();
                cx.open_field(EditTarget::Board(BoardField::KpiName(k.id)), &name, false);
            }
        }
        Action::DeleteEntry => {
            if let Some(id) = selected {
                cx.change_board(|b| b.delete_kpi(id));
                state.kpi = state.kpi.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        _ => {}
    }
}

/// Writes a board field's text into the board.
pub(crate) fn set_field(board: &mut Board, field: BoardField, text: String) {
    match field {
        BoardField::ItemText(id) => {
            if let Some(item) = board.item_mut(id) {
                item.text = text;
            }
        }
        BoardField::ItemEvidence(id) => {
            if let Some(item) = board.item_mut(id) {
                item.evidence = text;
            }
        }
        BoardField::StrategyText(id) => {
            if let Some(s) = board.strategy_mut(id) {
                s.text = text;
            }
        }
        BoardField::PriorityText(id) => {
            if let Some(p) = board.priorities.iter_mut().find(|p| p.id == id) {
                p.text = text;
            }
        }
        BoardField::KpiName(id) | BoardField::KpiTarget(id) | BoardField::KpiUnit(id) => {
            if let Some(k) = board.kpis.iter_mut().find(|k| k.id == id) {
                match field {
                    BoardField::KpiName(_) => k.name = text,
                    BoardField::KpiTarget(_) => k.target = text,
                    _ => k.unit = text,
                }
            }
        }
    }
}

/// A board field's text as the board holds it.
pub(crate) fn get_field(board: &Board, field: BoardField) -> Option<String> {
    let kpi = |id| board.kpis.iter().find(|k| k.id == id);
    match field {
        BoardField::ItemText(id) => board.item(id).map(|i| i.text.clone()),
        BoardField::ItemEvidence(id) => board.item(id).map(|i| i.evidence.clone()),
        BoardField::StrategyText(id) => board.strategy(id).map(|s| s.text.clone()),
        BoardField::PriorityText(id) => board
            .priorities
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.text.clone()),
        BoardField::KpiName(id) => kpi(id).map(|k| k.name.clone()),
        BoardField::KpiTarget(id) => kpi(id).map(|k| k.target.clone()),
        BoardField::KpiUnit(id) => kpi(id).map(|k| k.unit.clone()),
    }
}

impl Session {
    /// Keeps the board's selections within its lists (after an undo or a redo).
    pub(crate) fn clamp_selection(&mut self) {
        let Some((config, board)) = self.current_board() else {
            return;
        };
        let (config, board) = (config.clone(), board.clone());
        let zone = self.bench().and_then(Bench::board).map_or(0, |ui| ui.zone);
        let zone_id = config
            .zones
            .get(zone)
            .map(|z| z.id.clone())
            .unwrap_or_default();
        let in_zone = board.items_in(&zone_id).count();
        let (strategies, priorities, kpis) = (
            board.strategies.len(),
            board.priorities.len(),
            board.kpis.len(),
        );
        if let Some(ui) = self.bench_mut().and_then(Bench::board_mut) {
            ui.item = ui.item.min(in_zone.saturating_sub(1));
            ui.strategy = ui.strategy.min(strategies.saturating_sub(1));
            ui.priority = ui.priority.min(priorities.saturating_sub(1));
            ui.kpi = ui.kpi.min(kpis.saturating_sub(1));
        }
    }
}

impl Session {
    /// A board's pickers: the kind of a new strategy, the items a strategy draws on.
    pub(crate) fn update_board_overlay(
        &mut self,
        overlay: BoardOverlay,
        action: Action,
    ) -> Vec<Effect> {
        let Some((bench, mut cx)) = self.split_bench() else {
            return Vec::new();
        };
        let effects = update_overlay(bench.board_mut(), &mut cx, overlay, action);
        if cx.touched {
            self.refresh_graph();
        }
        effects
    }
}

/// A board's pickers: the kind of a new strategy, the items a strategy draws on. (`ui` is
/// None when the bench has no board.)
pub fn update_overlay(
    ui: Option<&mut Ui>,
    cx: &mut BenchCx,
    overlay: BoardOverlay,
    action: Action,
) -> Vec<Effect> {
    match overlay {
        BoardOverlay::PickStrategyKind { selected } => {
            let kinds = board_of(cx.exercise, cx.workspace)
                .map(|(c, _)| c.strategy_kinds.clone())
                .unwrap_or_default();
            match action {
                Action::SelectPrev => {
                    *cx.overlay = Some(Overlay::Board(BoardOverlay::PickStrategyKind {
                        selected: selected.saturating_sub(1),
                    }))
                }
                Action::SelectNext => {
                    *cx.overlay = Some(Overlay::Board(BoardOverlay::PickStrategyKind {
                        selected: (selected + 1).min(kinds.len().saturating_sub(1)),
                    }))
                }
                Action::Confirm => {
                    if let Some(kind) = kinds.get(selected) {
                        let kind = kind.id.clone();
                        let id = cx.change_board(|b| b.add_strategy(&kind, ""));
                        let count = board_of(cx.exercise, cx.workspace)
                            .map_or(0, |(_, b)| b.strategies.len());
                        if let Some(ui) = ui {
                            ui.strategy = count.saturating_sub(1);
                        }
                        cx.open_field(EditTarget::Board(BoardField::StrategyText(id)), "", true);
                    }
                }
                _ => {}
            }
        }
        BoardOverlay::LinkItems { strategy, cursor } => {
            let items = board_of(cx.exercise, cx.workspace)
                .map(|(config, board)| link_order_of(config, board))
                .unwrap_or_default();
            match action {
                Action::SelectPrev => {
                    *cx.overlay = Some(Overlay::Board(BoardOverlay::LinkItems {
                        strategy,
                        cursor: cursor.saturating_sub(1),
                    }))
                }
                Action::SelectNext => {
                    *cx.overlay = Some(Overlay::Board(BoardOverlay::LinkItems {
                        strategy,
                        cursor: (cursor + 1).min(items.len().saturating_sub(1)),
                    }))
                }
                Action::ToggleMark => {
                    if let Some(&item) = items.get(cursor) {
                        if let Some(board) = cx.answer_mut().board.as_mut() {
                            board.toggle_strategy_ref(strategy, item);
                        }
                        cx.touch();
                    }
                    *cx.overlay =
                        Some(Overlay::Board(BoardOverlay::LinkItems { strategy, cursor }));
                }
                Action::Confirm => return vec![Effect::SaveNow],
                Action::Cancel => {
                    cx.revert();
                    cx.touch();
                }
                _ => {
                    *cx.overlay = Some(Overlay::Board(BoardOverlay::LinkItems { strategy, cursor }))
                }
            }
        }
    }
    Vec::new()
}
