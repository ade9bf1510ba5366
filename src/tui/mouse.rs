//! The mouse: a click selects or opens what is under it, the wheel scrolls; each kind's own clicks are its workbench's.

use crate::case::Kind;
use crate::tui::app::*;
use crate::tui::keymap::Action;
use crate::tui::layout;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

impl App {
    pub(crate) fn handle_mouse(&mut self, mouse: &MouseEvent) {
        if self.help_open || self.session.overlay.is_some() {
            return;
        }
        let at = Position::new(mouse.column, mouse.row);
        let scroll = match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::SelectPrev),
            MouseEventKind::ScrollDown => Some(Action::SelectNext),
            _ => None,
        };
        if let Some(action) = scroll {
            self.update(action);
            return;
        }
        if mouse.kind != MouseEventKind::Down(MouseButton::Left) {
            return;
        }
        // -- note_deck: a click in a note's or a deck's list selects its row (issue 8) --
        if self.click_note_deck(at) {
            return;
        }
        // -- sheet: a click in the A7 sheet's lists and forms selects the row (issue 6) --
        if self.click_sheet(at) {
            return;
        }
        let body = layout::frame(self.session.size).body;
        if let Some((exercise, state)) = self.current_exercise() {
            if exercise.kind == Kind::Grid && state.panel == Panel::Grid {
                let panel = layout::exercise(body, exercise, state.brief.shown).panel;
                if self.grid_click(panel, at) {
                    return;
                }
            }
        }
        match &mut self.session.screen {
            Screen::Home(home) => {
                let (list, _) = layout::home(body);
                let inner = inner(list);
                if !inner.contains(at) {
                    return;
                }
                let rows = home_rows(&self.session.case);
                let selected_row = rows
                    .iter()
                    .position(|r| *r == HomeRow::Exercise(home.selected))
                    .unwrap_or(0);
                let offset = layout::scroll_offset(selected_row, inner.height, rows.len());
                let row = offset + usize::from(at.y - inner.y);
                if let Some(HomeRow::Exercise(index)) = rows.get(row) {
                    if home.selected == *index {
                        self.update(Action::OpenExercise);
                    } else {
                        home.selected = *index;
                    }
                }
            }
            Screen::Exercise(state) => {
                let Some(exercise) = self.session.case.exercise(&state.exercise) else {
                    return;
                };
                let regions = layout::exercise(body, exercise, state.brief.shown);
                // -- tree / map (issue 4): a click selects a row of the outline, or moves
                // the map's cursor --
                if matches!(exercise.kind, Kind::Tree | Kind::Map) {
                    let kind = exercise.kind;
                    self.click_map_workbench(kind, regions.panel, at);
                    return;
                }
                let zone_at = regions.zones.iter().position(|r| r.contains(at));
                if let (Some(zone), Some(ui)) = (zone_at, state.bench.board_mut()) {
                    let rect = inner(regions.zones[zone]);
                    let offset = if ui.zone == zone {
                        zone_offset(ui.item, rect.height)
                    } else {
                        0
                    };
                    state.panel = Panel::Zones;
                    ui.zone = zone;
                    if rect.contains(at) {
                        ui.item = offset + usize::from(at.y - rect.y);
                    }
                    self.clamp_selection();
                } else if regions.panel.contains(at)
                    && exercise.board.is_none()
                    && exercise.kind != Kind::Sheet
                    && !state.panel.is_note_deck()
                {
                    state.panel = Panel::Notes;
                }
            }
        }
    }
}
