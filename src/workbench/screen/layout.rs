//! Where things are on screen, as pure functions of the area and the state: the views draw
//! into these rectangles and the mouse handler reads the same ones, so a click lands where
//! the eye sees it.

use crate::case::{BoardConfig, Exercise};
use ratatui::layout::{Constraint, Layout, Rect};

/// Smallest terminal the interface works in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Below this width the brief is hidden to leave room for the workbench.
const BRIEF_MIN_WIDTH: u16 = 90;

/// The frame's three bands: title bar, body, status line and key bar.
pub struct Frame3 {
    pub title: Rect,
    pub body: Rect,
    pub status: Rect,
    pub keys: Rect,
}

pub fn frame(area: Rect) -> Frame3 {
    let [title, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    Frame3 {
        title,
        body,
        status,
        keys,
    }
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Home: the exercise list and the details of the selected one.
pub fn home(body: Rect) -> (Rect, Option<Rect>) {
    if body.width < 80 {
        return (body, None);
    }
    let [list, details] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    (list, Some(details))
}

/// First visible row of a list of `rows` with `selected` kept in view in `height` rows.
pub fn scroll_offset(selected: usize, height: u16, rows: usize) -> usize {
    let height = usize::from(height.max(1));
    if rows <= height {
        return 0;
    }
    selected.saturating_sub(height - 1).min(rows - height)
}

/// The exercise screen: brief (optional), the board's zones (if any) and the lower panel.
pub struct ExerciseLayout {
    pub brief: Option<Rect>,
    pub zones: Vec<Rect>,
    pub panel: Rect,
}

/// The brief (when shown and there is room) and the workbench beside it.
pub fn brief_and_work(body: Rect, show_brief: bool) -> (Option<Rect>, Rect) {
    if show_brief && body.width >= BRIEF_MIN_WIDTH {
        let [brief, work] =
            Layout::horizontal([Constraint::Percentage(32), Constraint::Percentage(68)])
                .areas(body);
        (Some(brief), work)
    } else {
        (None, body)
    }
}

pub fn exercise(body: Rect, exercise: &Exercise, show_brief: bool) -> ExerciseLayout {
    let (brief, work) = brief_and_work(body, show_brief);
    match &exercise.board {
        Some(config) => {
            let [board, panel] =
                Layout::vertical([Constraint::Percentage(66), Constraint::Percentage(34)])
                    .areas(work);
            ExerciseLayout {
                brief,
                zones: zones(board, config),
                panel,
            }
        }
        None => ExerciseLayout {
            brief,
            zones: Vec::new(),
            panel: work,
        },
    }
}

/// One rectangle per zone, following the case's grid (columns, rows, spans).
pub fn zones(area: Rect, config: &BoardConfig) -> Vec<Rect> {
    let cols = split_evenly(area.x, area.width, config.columns);
    let rows = split_evenly(area.y, area.height, config.rows);
    config
        .zones
        .iter()
        .map(|zone| {
            let c0 = usize::from(zone.col);
            let r0 = usize::from(zone.row);
            let c1 = usize::from(zone.col + zone.col_span);
            let r1 = usize::from(zone.row + zone.row_span);
            let x = cols[c0];
            let y = rows[r0];
            Rect::new(x, y, cols[c1] - x, rows[r1] - y)
        })
        .collect()
}

/// Boundaries of `n` near-equal parts of a length: n + 1 positions.
fn split_evenly(start: u16, length: u16, n: u16) -> Vec<u16> {
    let n = n.max(1);
    (0..=n)
        .map(|i| start + (u32::from(length) * u32::from(i) / u32::from(n)) as u16)
        .collect()
}

/// A centred rectangle for a dialog, clamped to the area.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;

    #[test]
    fn canvas_zones_tile_the_board() {
        let case = Case::embedded_default();
        let config = case.exercise("A11").unwrap().board.clone().unwrap();
        let area = Rect::new(0, 0, 100, 30);
        let rects = zones(area, &config);
        let covered: u32 = rects
            .iter()
            .map(|r| u32::from(r.width) * u32::from(r.height))
            .sum();
        assert_eq!(covered, 100 * 30);
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn scroll_keeps_selection_visible() {
        assert_eq!(scroll_offset(0, 5, 20), 0);
        assert_eq!(scroll_offset(4, 5, 20), 0);
        assert_eq!(scroll_offset(5, 5, 20), 1);
        assert_eq!(scroll_offset(19, 5, 20), 15);
        assert_eq!(scroll_offset(3, 10, 4), 0);
    }
}
