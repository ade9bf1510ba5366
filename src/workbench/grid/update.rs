//! The grid workbench (A8, A10, A12, A13, A14): its state (tab, row, column, sort) and how
//! its actions change the answer. `update` and `update_overlay` take the cursor (`GridUi`)
//! and a `BenchCx`, and change the answer always through `BenchCx::change_answer` so undo,
//! autosave and findings work as everywhere. Drawing is in `view`.

use crate::case::Exercise;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::grid::check::GridCache;
use crate::workbench::grid::config::{ColumnKind, GridExercise, GridSpec};
use crate::workbench::grid::fields::GridField;
use crate::workbench::grid::fields::GridOverlay;
use crate::workbench::grid::listening::{analyse_exercise, Analysis};
use crate::workbench::grid::model::{
    format_number, parse_number, view_rows, GridAnswer, RowKey, ViewRow,
};
use crate::workbench::grid::text::GridText;
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Screen, Session};
use crate::workspace::Workspace;
use std::borrow::Cow;

/// Where the grid screen's cursor is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GridUi {
    /// Index into `tabs()`.
    pub tab: usize,
    /// Selected row, in display order.
    pub row: usize,
    pub col: usize,
    /// Sorted by this column, descending when true.
    pub sort: Option<(usize, bool)>,
}

/// A tab of the grid screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridTab {
    Grid(usize),
    Listening,
    Reference,
}

pub fn tabs(config: &GridExercise) -> Vec<GridTab> {
    let mut tabs: Vec<GridTab> = (0..config.grids.len()).map(GridTab::Grid).collect();
    if config.listening.is_some() {
        tabs.push(GridTab::Listening);
    }
    if !config.reference.is_empty() {
        tabs.push(GridTab::Reference);
    }
    tabs
}

/// Rows in display order: sorted by the chosen column (numbers by value, text
/// alphabetically, empty cells last), else as entered.
pub fn display_rows(
    spec: &GridSpec,
    answer: Option<&GridAnswer>,
    sort: Option<(usize, bool)>,
) -> Vec<ViewRow> {
    let mut rows = view_rows(spec, answer.and_then(|a| a.table(&spec.id)));
    if let Some((col, desc)) = sort {
        if col < spec.columns.len() {
            rows.sort_by(|a, b| {
                let ordering = match (a.numbers[col], b.numbers[col]) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => return std::cmp::Ordering::Less,
                    (None, Some(_)) => return std::cmp::Ordering::Greater,
                    (None, None) => {
                        let (x, y) = (a.text(col).trim(), b.text(col).trim());
                        match (x.is_empty(), y.is_empty()) {
                            (false, true) => return std::cmp::Ordering::Less,
                            (true, false) => return std::cmp::Ordering::Greater,
                            _ => x.to_lowercase().cmp(&y.to_lowercase()),
                        }
                    }
                };
                if desc {
                    ordering.reverse()
                } else {
                    ordering
                }
            });
        }
    }
    rows
}

/// Can the candidate edit this cell?
pub fn editable(spec: &GridSpec, row: &ViewRow, col: usize) -> bool {
    let column = &spec.columns[col];
    column.kind != ColumnKind::Computed && !(column.locked && matches!(row.key, RowKey::Seed(_)))
}

impl Session {
    /// The grid exercise on screen: its configuration (parsed when the App was built),
    /// answer and cursor.
    pub fn current_grid(&self) -> Option<(&GridExercise, Option<&GridAnswer>, &GridUi)> {
        let (exercise, state) = self.current_exercise()?;
        if exercise.kind != crate::case::Kind::Grid {
            return None;
        }
        let answer = self
            .workspace
            .answer(&state.exercise)
            .and_then(|a| a.grid.as_ref());
        Some((
            self.grids.config(&exercise.id)?,
            answer,
            state.bench.grid()?,
        ))
    }

    /// The listening analysis of the exercise on screen and whether its posts were
    /// imported: the one kept since the posts last changed, or computed afresh if the answer
    /// changed without the findings being refreshed.
    pub fn current_listening(&self) -> Option<(Cow<'_, Analysis>, bool)> {
        let (config, answer, _) = self.current_grid()?;
        let (exercise, _) = self.current_exercise()?;
        listening_of(config, &self.grids, &exercise.id, answer)
    }

    fn grid_ui_mut(&mut self) -> Option<&mut GridUi> {
        match &mut self.screen {
            Screen::Exercise(state) => state.bench.grid_mut(),
            Screen::Home(_) => None,
        }
    }

    /// Tab moves through the grid's tabs before leaving for the notes; returns whether it did.
    pub(crate) fn grid_step_tab(&mut self, forward: bool) -> bool {
        let Some((config, _, ui)) = self.current_grid() else {
            return false;
        };
        let count = tabs(config).len();
        let panel = match &self.screen {
            Screen::Exercise(state) => state.panel,
            Screen::Home(_) => return false,
        };
        let tab = ui.tab;
        let (next_tab, stay) = match (panel, forward) {
            (Panel::Grid, true) if tab + 1 < count => (tab + 1, true),
            (Panel::Grid, false) if tab > 0 => (tab - 1, true),
            (Panel::Notes, false) => (count.saturating_sub(1), false),
            (Panel::Notes, true) => (0, false),
            _ => (tab, false),
        };
        if let Screen::Exercise(state) = &mut self.screen {
            if stay || panel == Panel::Notes {
                state.panel = Panel::Grid;
                state.bench = crate::workbench::Bench::Grid(GridUi {
                    tab: next_tab,
                    ..GridUi::default()
                });
                return true;
            }
        }
        false
    }

    /// A click on the grid panel: a tab of the strip, or a cell of the table.
    pub(crate) fn grid_click(
        &mut self,
        panel: ratatui::layout::Rect,
        at: ratatui::layout::Position,
    ) -> bool {
        use crate::workbench::grid::view::{cell_at, grid_areas, panel_areas, table_layout};
        let Some((config, answer, ui)) = self.current_grid() else {
            return false;
        };
        if !panel.contains(at) {
            return false;
        }
        let ui = ui.clone();
        let Some(GridTab::Grid(g)) = tabs(config).get(ui.tab).copied() else {
            return true;
        };
        let spec = &config.grids[g];
        let (body, _) = panel_areas(panel);
        let (_, table, _) = grid_areas(spec, body);
        if !table.contains(at) {
            return true;
        }
        let count = display_rows(spec, answer, ui.sort).len();
        let layout = table_layout(spec, &ui, count, table);
        if let Some((row, col)) = cell_at(&layout, count, at) {
            // A second click on the selected cell edits it, as on the home list.
            if (row, col) == (ui.row, ui.col) {
                if let Some((bench, mut cx)) = self.split_bench() {
                    if let Some(ui) = bench.grid_mut() {
                        update(ui, &mut cx, Action::EditEntry);
                    }
                }
            } else {
                self.with_ui(|u| {
                    u.row = row;
                    u.col = col;
                });
            }
        }
        true
    }

    fn with_ui(&mut self, change: impl FnOnce(&mut GridUi)) {
        if let Some(ui) = self.grid_ui_mut() {
            change(ui);
        }
    }

    /// The text field's content, copied into the cell as it is typed (no undo step: the
    /// step was recorded when the field opened).
    pub(crate) fn apply_grid_field(&mut self, grid: usize, row: RowKey, col: usize, text: &str) {
        if let Some((_, mut cx)) = self.split_bench() {
            apply_field(&mut cx, grid, row, col, text);
        }
    }

    /// Why a typed value does not fit its column, if it does not.
    pub(crate) fn grid_field_error(&self, grid: usize, col: usize, text: &str) -> Option<String> {
        let (config, _, _) = self.current_grid()?;
        let column = config.grids.get(grid)?.columns.get(col)?;
        crate::workbench::grid::model::check_value(column, text)
            .err()
            .map(|expected| crate::i18n::expected_message(self.lang, expected))
    }

    /// The option picker's choices: "—" (empty) then the column's options.
    pub fn grid_options(&self, grid: usize, col: usize) -> Vec<String> {
        let Some((config, _, _)) = self.current_grid() else {
            return Vec::new();
        };
        options(config, grid, col)
    }
}

impl Session {
    /// The value picker of a choice cell: Esc puts the cell back as it was.
    pub(crate) fn update_grid_overlay(
        &mut self,
        overlay: GridOverlay,
        action: Action,
    ) -> Vec<Effect> {
        match self.split_bench() {
            Some((_, mut cx)) => update_overlay(&mut cx, overlay, action),
            None => Vec::new(),
        }
    }
}

/// The grid exercise on screen: its configuration (parsed when the session was built) and
/// its answer. None for an exercise of another kind.
fn grid_in<'c>(cx: &'c BenchCx) -> Option<(&'c GridExercise, Option<&'c GridAnswer>)> {
    grid_of(cx.exercise, cx.grids, cx.workspace)
}

/// The configuration (as `grids` keeps it parsed) and the answer of a grid `exercise`; None
/// for an exercise of another kind.
pub fn grid_of<'a>(
    exercise: &Exercise,
    grids: &'a GridCache,
    workspace: &'a Workspace,
) -> Option<(&'a GridExercise, Option<&'a GridAnswer>)> {
    if exercise.kind != crate::case::Kind::Grid {
        return None;
    }
    let answer = workspace.answer(&exercise.id).and_then(|a| a.grid.as_ref());
    Some((grids.config(&exercise.id)?, answer))
}

/// The listening analysis of exercise `id` and whether its posts were imported: the one
/// `grids` kept since the posts last changed, or computed afresh if the answer changed
/// without the findings being refreshed.
pub fn listening_of<'a>(
    config: &GridExercise,
    grids: &'a GridCache,
    id: &str,
    answer: Option<&GridAnswer>,
) -> Option<(Cow<'a, Analysis>, bool)> {
    match grids.listening(id, answer) {
        Some((analysis, imported)) => Some((Cow::Borrowed(analysis), imported)),
        None => analyse_exercise(config, answer).map(|(a, imported)| (Cow::Owned(a), imported)),
    }
}

/// The grid's actions: the listening tab's posts scroll; a grid's cells are edited.
pub fn update(state: &mut GridUi, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let ui = state.clone();
    update_tab(state, cx, action, &ui);
    Vec::new()
}

fn update_tab(state: &mut GridUi, cx: &mut BenchCx, action: Action, ui: &GridUi) {
    let Some((config, answer)) = grid_in(cx) else {
        return;
    };
    let tab = tabs(config).get(ui.tab).copied();
    if tab == Some(GridTab::Listening) {
        // The posts list scrolls.
        let count = crate::workbench::grid::listening::corpus(config, answer).len();
        match action {
            Action::SelectPrev => state.row = state.row.saturating_sub(1),
            Action::SelectNext => state.row = (state.row + 1).min(count.saturating_sub(1)),
            _ => {}
        }
        return;
    }
    let Some(GridTab::Grid(g)) = tab else {
        return;
    };
    let spec = config.grids[g].clone();
    let rows = display_rows(&spec, answer, ui.sort);
    let ncols = spec.columns.len();
    let selected = rows.get(ui.row).cloned();
    match action {
        Action::SelectPrev => state.row = state.row.saturating_sub(1),
        Action::SelectNext => {
            let last = rows.len().saturating_sub(1);
            state.row = (state.row + 1).min(last)
        }
        Action::NextColumn => state.col = (state.col + 1).min(ncols - 1),
        Action::PrevColumn => state.col = state.col.saturating_sub(1),
        Action::SortByColumn => {
            state.sort = match state.sort {
                Some((c, false)) if c == state.col => Some((c, true)),
                Some((c, true)) if c == state.col => None,
                _ => Some((state.col, false)),
            };
            let sort = state.sort;
            match sort.and_then(|(c, desc)| Some((spec.columns.get(c)?.title.clone(), desc))) {
                Some((title, desc)) => {
                    cx.info(crate::i18n::shell::sorted_by(cx.lang, &title, desc))
                }
                None => cx.info(cx.t(Text::Shell(ShellText::SortCleared))),
            }
        }
        Action::AddEntry => {
            if spec.fixed_rows {
                cx.info(cx.t(Text::Grid(GridText::GridFixedRows)));
                return;
            }
            let after = match selected.as_ref().map(|r| r.key) {
                Some(RowKey::Own(id)) => Some(id),
                _ => None,
            };
            let grid_id = spec.id.clone();
            let id = cx.change_answer(|a| {
                a.grid
                    .get_or_insert_with(GridAnswer::default)
                    .tables
                    .entry(grid_id)
                    .or_default()
                    .insert_row_after(after)
            });
            // Show the new row where it was inserted: unsorted, right after the selection.
            let new_rows = display_rows(&spec, grid_in(cx).and_then(|c| c.1), None);
            let at = new_rows
                .iter()
                .position(|r| r.key == RowKey::Own(id))
                .unwrap_or(0);
            let first = spec
                .columns
                .iter()
                .position(|c| c.kind != ColumnKind::Computed)
                .unwrap_or(0);
            state.sort = None;
            state.row = at;
            state.col = first;
            if matches!(
                spec.columns[first].kind,
                ColumnKind::Choice | ColumnKind::Computed
            ) {
                return;
            }
            cx.open_field(
                EditTarget::Grid(GridField::Cell {
                    grid: g,
                    row: RowKey::Own(id),
                    col: first,
                }),
                "",
                true,
            );
        }
        Action::EditEntry => {
            let Some(row) = selected else {
                cx.info(cx.t(Text::Grid(GridText::GridNoRow)));
                return;
            };
            let col = ui.col.min(ncols - 1);
            if !editable(&spec, &row, col) {
                cx.info(cx.t(Text::Grid(GridText::GridCellReadOnly)));
                return;
            }
            let column = &spec.columns[col];
            if column.kind == ColumnKind::Choice {
                let current = row.text(col).trim();
                let selected = column
                    .options
                    .iter()
                    .position(|o| o == current)
                    .map_or(0, |i| i + 1);
                cx.record_before_edit();
                *cx.overlay = Some(Overlay::Grid(GridOverlay::PickOption {
                    grid: g,
                    row: row.key,
                    col,
                    selected,
                }));
                return;
            }
            let text = row.text(col).to_string();
            cx.record_before_edit();
            cx.open_field(
                EditTarget::Grid(GridField::Cell {
                    grid: g,
                    row: row.key,
                    col,
                }),
                &text,
                false,
            );
        }
        Action::Increase | Action::Decrease => {
            let Some(row) = selected else {
                return;
            };
            let col = ui.col.min(ncols - 1);
            if !editable(&spec, &row, col) {
                cx.info(cx.t(Text::Grid(GridText::GridCellReadOnly)));
                return;
            }
            let up = action == Action::Increase;
            let column = &spec.columns[col];
            let current = row.text(col).trim().to_string();
            let next = match column.kind {
                ColumnKind::Number => {
                    let value = parse_number(&current).unwrap_or(0.0);
                    let value = if up {
                        value + 1.0
                    } else {
                        (value - 1.0).max(0.0)
                    };
                    format_number(value)
                }
                ColumnKind::Level => {
                    let value = parse_number(&current).unwrap_or(if up { 0.0 } else { 2.0 });
                    format_number((if up { value + 1.0 } else { value - 1.0 }).clamp(1.0, 5.0))
                }
                ColumnKind::Choice => {
                    let n = column.options.len();
                    let at = column.options.iter().position(|o| *o == current);
                    let next = match (at, up) {
                        (None, true) => 0,
                        (None, false) => n - 1,
                        (Some(i), true) => (i + 1) % n,
                        (Some(i), false) => (i + n - 1) % n,
                    };
                    column.options[next].clone()
                }
                _ => {
                    cx.info(cx.t(Text::Grid(GridText::GridNotAdjustable)));
                    return;
                }
            };
            set_cell(cx, g, row.key, col, next);
        }
        Action::DeleteEntry => {
            let Some(row) = selected else {
                return;
            };
            if matches!(row.key, RowKey::Seed(_)) && !row.filled {
                cx.info(cx.t(Text::Grid(GridText::GridFixedRows)));
                return;
            }
            let grid_id = spec.id.clone();
            cx.change_answer(|a| {
                if let Some(table) = a.grid.as_mut().and_then(|g| g.tables.get_mut(&grid_id)) {
                    table.delete_row(row.key);
                }
            });
            let count = display_rows(&spec, grid_in(cx).and_then(|c| c.1), ui.sort).len();
            state.row = state.row.min(count.saturating_sub(1));
            cx.info(cx.t(if matches!(row.key, RowKey::Seed(_)) {
                Text::Grid(GridText::GridSeedCleared)
            } else {
                Text::Deleted
            }));
        }
        Action::MoveEntryUp | Action::MoveEntryDown => {
            if ui.sort.is_some() {
                cx.info(cx.t(Text::Grid(GridText::GridSortedNoMove)));
                return;
            }
            let Some(RowKey::Own(id)) = selected.map(|r| r.key) else {
                return;
            };
            let up = action == Action::MoveEntryUp;
            let grid_id = spec.id.clone();
            let moved = cx.change_answer(|a| {
                a.grid
                    .as_mut()
                    .and_then(|g| g.tables.get_mut(&grid_id))
                    .is_some_and(|t| t.move_row(id, up))
            });
            if moved {
                state.row = if up {
                    state.row.saturating_sub(1)
                } else {
                    state.row + 1
                };
            }
            let (done, refused) = match up {
                true => (ShellText::MovedUp, ShellText::AtTop),
                false => (ShellText::MovedDown, ShellText::AtBottom),
            };
            cx.say_move(moved, done, refused);
        }
        _ => {}
    }
}

/// Sets one cell through `change_answer` (one undo step).
fn set_cell(cx: &mut BenchCx, grid: usize, row: RowKey, col: usize, text: String) {
    let Some((config, _)) = grid_in(cx) else {
        return;
    };
    let Some(spec) = config.grids.get(grid) else {
        return;
    };
    let (grid_id, column) = (spec.id.clone(), spec.columns[col].id.clone());
    cx.change_answer(|a| {
        a.grid
            .get_or_insert_with(GridAnswer::default)
            .tables
            .entry(grid_id)
            .or_default()
            .set_cell(row, &column, &text)
    });
}

/// A cell's text copied into the answer without an undo step (the step was recorded when
/// its field or picker opened).
fn apply_field(cx: &mut BenchCx, grid: usize, row: RowKey, col: usize, text: &str) {
    let Some((config, _)) = grid_in(cx) else {
        return;
    };
    let Some(spec) = config.grids.get(grid) else {
        return;
    };
    let (grid_id, column) = (spec.id.clone(), spec.columns[col].id.clone());
    cx.answer_mut()
        .grid
        .get_or_insert_with(GridAnswer::default)
        .tables
        .entry(grid_id)
        .or_default()
        .set_cell(row, &column, text);
    *cx.dirty = true;
}

/// The option picker's choices: "—" (empty) then the column's options.
pub fn options(config: &GridExercise, grid: usize, col: usize) -> Vec<String> {
    let mut options = vec!["—".to_string()];
    if let Some(column) = config.grids.get(grid).and_then(|g| g.columns.get(col)) {
        options.extend(column.options.iter().cloned());
    }
    options
}

/// The value picker of a choice cell: Esc puts the cell back as it was.
pub fn update_overlay(cx: &mut BenchCx, overlay: GridOverlay, action: Action) -> Vec<Effect> {
    let GridOverlay::PickOption {
        grid,
        row,
        col,
        selected,
    } = overlay;
    if action == Action::Cancel {
        cx.revert();
        return Vec::new();
    }
    let options = grid_in(cx).map_or_else(Vec::new, |(config, _)| options(config, grid, col));
    let count = options.len();
    let reopen = |selected| {
        Overlay::Grid(GridOverlay::PickOption {
            grid,
            row,
            col,
            selected,
        })
    };
    match action {
        Action::SelectPrev => *cx.overlay = Some(reopen(selected.saturating_sub(1))),
        Action::SelectNext => {
            *cx.overlay = Some(reopen((selected + 1).min(count.saturating_sub(1))))
        }
        Action::Confirm => {
            let text = if selected == 0 {
                String::new()
            } else {
                options.get(selected).cloned().unwrap_or_default()
            };
            // The undo step was recorded when the picker opened.
            apply_field(cx, grid, row, col, &text);
            cx.touch();
            return vec![Effect::SaveNow];
        }
        _ => *cx.overlay = Some(reopen(selected)),
    }
    Vec::new()
}
