//! The world-map workbench (A3, `map` kind): a cursor over ratatui's world map (the view
//! pans to follow it and zooms on it), actors placed at the cursor or at the case's places,
//! a legend, links and recommendations. `update` and `update_overlay` take the view's state
//! (`MapState`) and a `BenchCx`; every change of the answer goes through
//! `BenchCx::change_answer`, while the view (cursor, zoom, selections) is not an undo step.
//! Drawing is in `view`.

use crate::case::{Exercise, Kind};
use crate::i18n::Text;
use crate::workbench::mindmap::update::MapsOverlay;
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::{Action, Mode};
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Session};
use crate::workbench::worldmap::config::MapConfig;
use crate::workbench::worldmap::fields::WorldmapField;
use crate::workbench::worldmap::fields::WorldmapPanel;
use crate::workbench::worldmap::model::{LinkKind, MapId, WorldMap};
use crate::workbench::worldmap::text::WorldmapText;
use crate::workspace::Workspace;

/// Deepest zoom: the view then spans 360 / 2^6 = 5.6 degrees of longitude.
pub const MAX_ZOOM: u8 = 6;

/// The view of the map and the selection in each list.
#[derive(Debug, Clone, PartialEq)]
pub struct MapState {
    /// (latitude, longitude) of the cursor.
    pub cursor: (f64, f64),
    /// (latitude, longitude) of the view's centre.
    pub center: (f64, f64),
    pub zoom: u8,
    /// Selected actor, as an index in the answer's list.
    pub actor: usize,
    pub legend: usize,
    pub link: usize,
    pub recommendation: usize,
}

impl Default for MapState {
    fn default() -> Self {
        MapState {
            cursor: (46.6, 2.4),
            center: (0.0, 0.0),
            zoom: 0,
            actor: 0,
            legend: 0,
            link: 0,
            recommendation: 0,
        }
    }
}

impl MapState {
    /// Degrees of longitude and latitude the view spans.
    pub fn span(&self) -> (f64, f64) {
        let factor = f64::from(1u32 << self.zoom);
        (360.0 / factor, 180.0 / factor)
    }

    /// The view's bounds: ([west, east], [south, north]).
    pub fn bounds(&self) -> ([f64; 2], [f64; 2]) {
        let (w, h) = self.span();
        let (lat, lon) = self.center;
        (
            [lon - w / 2.0, lon + w / 2.0],
            [lat - h / 2.0, lat + h / 2.0],
        )
    }

    /// Moves the cursor by a step of the view, panning when it leaves the view.
    fn step(&mut self, dlat: f64, dlon: f64) {
        let (w, h) = self.span();
        let lat = (self.cursor.0 + dlat * h / 20.0).clamp(-89.0, 89.0);
        let lon = crate::workbench::worldmap::model::wrap_lon(self.cursor.1 + dlon * w / 40.0);
        self.cursor = (lat, lon);
        let ([west, east], [south, north]) = self.bounds();
        if !(west..=east).contains(&lon) || !(south..=north).contains(&lat) {
            self.center = if self.zoom == 0 {
                (0.0, 0.0)
            } else {
                self.cursor
            };
        }
    }

    fn zoom_to(&mut self, zoom: u8) {
        self.zoom = zoom.min(MAX_ZOOM);
        self.center = if self.zoom == 0 {
            (0.0, 0.0)
        } else {
            self.cursor
        };
    }
}

/// A short name for an actor placed at a case's place: the place's name before any
/// parenthesis ("Tunis (sous-traitant de paie)" gives "Tunis").
pub fn place_short_name(place: &str) -> String {
    place.split(" (").next().unwrap_or(place).trim().to_string()
}

/// The world-map configuration of `exercise` (defaults if it has none or is of another kind).
pub fn config(exercise: &Exercise) -> MapConfig {
    Some(exercise)
        .filter(|e| e.kind == Kind::Map)
        .and_then(|e| crate::case::parse_config("", &e.config).ok())
        .unwrap_or_default()
}

/// The world map of `exercise` in `workspace` (empty before the first edit); None for an
/// exercise of another kind.
pub fn map_of(exercise: &Exercise, workspace: &Workspace) -> Option<WorldMap> {
    if exercise.kind != Kind::Map {
        return None;
    }
    Some(
        workspace
            .answer(&exercise.id)
            .and_then(|a| a.map.clone())
            .unwrap_or_default(),
    )
}

/// The selected actor's id, if any.
pub fn selected_actor_of(map: &WorldMap, ui: &MapState) -> Option<MapId> {
    map.actors
        .get(ui.actor.min(map.actors.len().saturating_sub(1)))
        .map(|a| a.id)
}

impl Session {
    pub fn map_config(&self) -> MapConfig {
        self.current_exercise()
            .map(|(e, _)| config(e))
            .unwrap_or_default()
    }

    /// The world map being worked on (empty before the first edit).
    pub fn current_map(&self) -> Option<WorldMap> {
        let (exercise, _) = self.current_exercise()?;
        map_of(exercise, &self.workspace)
    }

    /// The selected actor's id, if any.
    pub fn selected_actor(&self) -> Option<MapId> {
        selected_actor_of(&self.current_map()?, self.bench()?.map()?)
    }

    /// Copies a world-map text field into the model; false for other targets.
    pub(crate) fn apply_map_field(&mut self, target: EditTarget, text: &str) -> bool {
        let EditTarget::Worldmap(field) = target else {
            return false;
        };
        if let Some((_, mut cx)) = self.split_bench() {
            apply_field(&mut cx, field, text);
        }
        true
    }

    pub(crate) fn map_field_text(&self, target: EditTarget) -> Option<String> {
        let map = self.current_map()?;
        Some(match target {
            EditTarget::Worldmap(WorldmapField::MapTitle) => map.title,
            EditTarget::Worldmap(WorldmapField::ActorName(id)) => map.actor(id)?.name.clone(),
            EditTarget::Worldmap(WorldmapField::ActorNote(id)) => map.actor(id)?.note.clone(),
            EditTarget::Worldmap(WorldmapField::CategoryName(id)) => map.category(id)?.name.clone(),
            EditTarget::Worldmap(WorldmapField::LinkLabel(id)) => {
                map.links.iter().find(|l| l.id == id)?.label.clone()
            }
            EditTarget::Worldmap(WorldmapField::RecommendationText(id)) => map
                .recommendations
                .iter()
                .find(|r| r.id == id)?
                .text
                .clone(),
            _ => return None,
        })
    }
}

/// The world map being worked on (see `map_of`).
fn map(cx: &BenchCx) -> Option<WorldMap> {
    map_of(cx.exercise, cx.workspace)
}

/// The answer's world map, created if needed, changed without an undo step.
fn map_mut<'c>(cx: &'c mut BenchCx) -> &'c mut WorldMap {
    cx.answer_mut().map.get_or_insert_with(WorldMap::default)
}

/// Changes the world map as one undoable step.
fn change_map<R>(cx: &mut BenchCx, change: impl FnOnce(&mut WorldMap) -> R) -> R {
    cx.change_answer(|answer| change(answer.map.get_or_insert_with(WorldMap::default)))
}

fn select_actor(ui: &mut MapState, cx: &BenchCx, index: usize) {
    let Some(map) = map(cx) else {
        return;
    };
    let Some(actor) = map.actors.get(index) else {
        return;
    };
    let target = (actor.lat, actor.lon);
    ui.actor = index;
    ui.cursor = target;
    let ([west, east], [south, north]) = ui.bounds();
    if !(west..=east).contains(&target.1) || !(south..=north).contains(&target.0) {
        ui.center = if ui.zoom == 0 { (0.0, 0.0) } else { target };
    }
}

/// The world map's actions, by focused panel.
pub fn update(ui: &mut MapState, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let Some(map) = map(cx) else {
        return Vec::new();
    };
    let state = ui.clone();
    let selected = selected_actor_of(&map, ui);
    match (*cx.panel, action) {
        (_, Action::EditTitle) => {
            cx.record_before_edit();
            cx.open_field(
                EditTarget::Worldmap(WorldmapField::MapTitle),
                &map.title,
                false,
            );
        }
        (Panel::Zones, action) => update_cursor(ui, cx, action, &map, &state, selected),
        (Panel::Worldmap(WorldmapPanel::MapLegend), action) => {
            update_legend(ui, cx, action, &map, &state)
        }
        (Panel::Worldmap(WorldmapPanel::MapLinks), action) => {
            update_links(ui, cx, action, &map, &state)
        }
        (Panel::Worldmap(WorldmapPanel::MapRecommendations), action) => {
            update_recommendations(ui, cx, action, &map, &state)
        }
        _ => {}
    }
    Vec::new()
}

fn update_cursor(
    ui: &mut MapState,
    cx: &mut BenchCx,
    action: Action,
    map: &WorldMap,
    state: &MapState,
    selected: Option<MapId>,
) {
    let count = map.actors.len();
    match action {
        Action::CursorLeft => ui.step(0.0, -1.0),
        Action::CursorRight => ui.step(0.0, 1.0),
        Action::CursorUp => ui.step(1.0, 0.0),
        Action::CursorDown => ui.step(-1.0, 0.0),
        Action::ZoomIn => {
            ui.zoom_to(state.zoom + 1);
        }
        Action::ZoomOut => {
            ui.zoom_to(state.zoom.saturating_sub(1));
        }
        Action::ResetView => {
            ui.zoom_to(0);
        }
        Action::NextActor if count > 0 => select_actor(ui, cx, (state.actor + 1) % count),
        Action::PrevActor if count > 0 => select_actor(ui, cx, (state.actor + count - 1) % count),
        Action::AddEntry => {
            let (lat, lon) = state.cursor;
            let id = change_map(cx, |m| m.add_actor("", lat, lon, ""));
            ui.actor = count;
            cx.open_field(EditTarget::Worldmap(WorldmapField::ActorName(id)), "", true);
        }
        Action::PickPlace => {
            *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickPlace { cursor: 0 }));
        }
        Action::EditEntry | Action::EditNote => match selected.and_then(|id| map.actor(id)) {
            Some(actor) => {
                cx.record_before_edit();
                if action == Action::EditEntry {
                    cx.open_field(
                        EditTarget::Worldmap(WorldmapField::ActorName(actor.id)),
                        &actor.name,
                        false,
                    );
                } else {
                    cx.open_field(
                        EditTarget::Worldmap(WorldmapField::ActorNote(actor.id)),
                        &actor.note,
                        false,
                    );
                }
            }
            None => cx.info(cx.t(Text::Worldmap(WorldmapText::NoMapActors))),
        },
        Action::MoveActorHere => {
            if let Some(id) = selected {
                let (lat, lon) = state.cursor;
                change_map(cx, |m| {
                    if let Some(a) = m.actor_mut(id) {
                        a.lat = lat;
                        a.lon = lon;
                        a.place.clear();
                    }
                });
            }
        }
        Action::DeleteEntry => {
            if let Some(id) = selected {
                change_map(cx, |m| m.delete_actor(id));
                ui.actor = ui.actor.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        Action::PickCategory => match selected {
            Some(actor) => {
                cx.record_before_edit();
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickCategory {
                    actor,
                    cursor: 0,
                }));
            }
            None => cx.info(cx.t(Text::Worldmap(WorldmapText::NoMapActors))),
        },
        Action::LinkActor => match selected {
            Some(from) if count >= 2 => {
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
                    from,
                    kind: LinkKind::Flow,
                    cursor: 0,
                }));
            }
            _ => cx.info(cx.t(Text::Worldmap(WorldmapText::AddActorsFirst))),
        },
        _ => {}
    }
}

fn update_legend(
    ui: &mut MapState,
    cx: &mut BenchCx,
    action: Action,
    map: &WorldMap,
    state: &MapState,
) {
    let count = map.legend.len();
    let selected = map
        .legend
        .get(state.legend.min(count.saturating_sub(1)))
        .map(|c| c.id);
    match action {
        Action::SelectPrev => ui.legend = ui.legend.saturating_sub(1),
        Action::SelectNext => ui.legend = (ui.legend + 1).min(count.saturating_sub(1)),
        Action::AddEntry => {
            let id = change_map(cx, |m| m.add_category(""));
            ui.legend = count;
            cx.open_field(
                EditTarget::Worldmap(WorldmapField::CategoryName(id)),
                "",
                true,
            );
        }
        Action::EditEntry => {
            if let Some(c) = selected.and_then(|id| map.category(id)) {
                cx.record_before_edit();
                cx.open_field(
                    EditTarget::Worldmap(WorldmapField::CategoryName(c.id)),
                    &c.name,
                    false,
                );
            }
        }
        Action::CycleSymbol | Action::CycleColour => {
            if let Some(id) = selected {
                let colour = action == Action::CycleColour;
                change_map(cx, |m| m.cycle_category(id, colour));
            }
        }
        Action::DeleteEntry => {
            if let Some(id) = selected {
                change_map(cx, |m| m.delete_category(id));
                ui.legend = ui.legend.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        _ => {}
    }
}

fn update_links(
    ui: &mut MapState,
    cx: &mut BenchCx,
    action: Action,
    map: &WorldMap,
    state: &MapState,
) {
    let count = map.links.len();
    let selected = map
        .links
        .get(state.link.min(count.saturating_sub(1)))
        .map(|l| l.id);
    match action {
        Action::SelectPrev => ui.link = ui.link.saturating_sub(1),
        Action::SelectNext => ui.link = (ui.link + 1).min(count.saturating_sub(1)),
        Action::AddEntry => match selected_actor_of(map, ui) {
            Some(from) if map.actors.len() >= 2 => {
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
                    from,
                    kind: LinkKind::Flow,
                    cursor: 0,
                }));
            }
            _ => cx.info(cx.t(Text::Worldmap(WorldmapText::AddActorsFirst))),
        },
        Action::EditEntry => {
            if let Some(link) = selected.and_then(|id| map.links.iter().find(|l| l.id == id)) {
                cx.record_before_edit();
                cx.open_field(
                    EditTarget::Worldmap(WorldmapField::LinkLabel(link.id)),
                    &link.label,
                    false,
                );
            }
        }
        Action::CycleLinkKind => {
            if let Some(id) = selected {
                change_map(cx, |m| {
                    if let Some(l) = m.links.iter_mut().find(|l| l.id == id) {
                        l.kind = l.kind.next();
                    }
                });
            }
        }
        Action::DeleteEntry => {
            if let Some(id) = selected {
                change_map(cx, |m| m.delete_link(id));
                ui.link = ui.link.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        _ => {}
    }
}

fn update_recommendations(
    ui: &mut MapState,
    cx: &mut BenchCx,
    action: Action,
    map: &WorldMap,
    state: &MapState,
) {
    let count = map.recommendations.len();
    let selected = map
        .recommendations
        .get(state.recommendation.min(count.saturating_sub(1)))
        .map(|r| r.id);
    match action {
        Action::SelectPrev => ui.recommendation = ui.recommendation.saturating_sub(1),
        Action::SelectNext => {
            ui.recommendation = (ui.recommendation + 1).min(count.saturating_sub(1))
        }
        Action::AddEntry => {
            let id = change_map(cx, |m| m.add_recommendation(""));
            ui.recommendation = count;
            cx.open_field(
                EditTarget::Worldmap(WorldmapField::RecommendationText(id)),
                "",
                true,
            );
        }
        Action::EditEntry => {
            if let Some(r) = selected.and_then(|id| map.recommendations.iter().find(|r| r.id == id))
            {
                cx.record_before_edit();
                cx.open_field(
                    EditTarget::Worldmap(WorldmapField::RecommendationText(r.id)),
                    &r.text,
                    false,
                );
            }
        }
        Action::LinkItems => match selected {
            Some(rec) if !map.actors.is_empty() => {
                cx.record_before_edit();
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickRecommendationActors {
                    rec,
                    cursor: 0,
                }));
            }
            _ => cx.info(cx.t(Text::Worldmap(WorldmapText::NoMapActors))),
        },
        Action::DeleteEntry => {
            if let Some(id) = selected {
                change_map(cx, |m| m.delete_recommendation(id));
                ui.recommendation = ui.recommendation.min(count.saturating_sub(2));
                cx.info(cx.t(Text::Deleted));
            }
        }
        _ => {}
    }
}

/// Copies the text of a world-map field into the model.
fn apply_field(cx: &mut BenchCx, field: WorldmapField, text: &str) {
    let map = map_mut(cx);
    let text = text.to_string();
    match field {
        WorldmapField::MapTitle => map.title = text,
        WorldmapField::ActorName(id) => {
            if let Some(a) = map.actor_mut(id) {
                a.name = text;
            }
        }
        WorldmapField::ActorNote(id) => {
            if let Some(a) = map.actor_mut(id) {
                a.note = text;
            }
        }
        WorldmapField::CategoryName(id) => {
            if let Some(c) = map.legend.iter_mut().find(|c| c.id == id) {
                c.name = text;
            }
        }
        WorldmapField::LinkLabel(id) => {
            if let Some(l) = map.links.iter_mut().find(|l| l.id == id) {
                l.label = text;
            }
        }
        WorldmapField::RecommendationText(id) => {
            if let Some(r) = map.recommendations.iter_mut().find(|r| r.id == id) {
                r.text = text;
            }
        }
    }
}

/// The world map's dialogs: places, categories, link targets, a recommendation's actors.
/// (`ui` is None when the bench is not the world map's.)
pub fn update_overlay(
    ui: Option<&mut MapState>,
    cx: &mut BenchCx,
    overlay: MapsOverlay,
    action: Action,
) -> Vec<Effect> {
    let map = map(cx).unwrap_or_default();
    let rows = match &overlay {
        MapsOverlay::PickPlace { .. } => config(cx.exercise).places.len(),
        MapsOverlay::PickCategory { .. } => map.legend.len() + 1,
        MapsOverlay::PickLinkTarget { from, .. } => {
            map.actors.iter().filter(|a| a.id != *from).count()
        }
        MapsOverlay::PickRecommendationActors { .. } => map.actors.len(),
        MapsOverlay::PickTags { .. } | MapsOverlay::PickSource { .. } => 0,
    };
    let moved = |cursor: usize, action: Action| match action {
        Action::SelectPrev => cursor.saturating_sub(1),
        Action::SelectNext => (cursor + 1).min(rows.saturating_sub(1)),
        _ => cursor,
    };
    match (overlay, action) {
        (overlay, Action::SelectPrev | Action::SelectNext) => {
            *cx.overlay = Some(Overlay::Maps(
                overlay.with_cursor(moved(overlay.cursor(), action)),
            ));
        }
        (MapsOverlay::PickPlace { cursor }, Action::Confirm) => {
            if let Some(place) = config(cx.exercise).places.get(cursor).cloned() {
                let name = place_short_name(&place.name);
                let count = map.actors.len();
                let id = change_map(cx, |m| {
                    m.add_actor(&name, place.lat, place.lon, &place.name)
                });
                if let Some(s) = ui {
                    s.actor = count;
                    s.cursor = (place.lat, place.lon);
                }
                cx.open_field(
                    EditTarget::Worldmap(WorldmapField::ActorName(id)),
                    &name,
                    false,
                );
            }
        }
        (MapsOverlay::PickCategory { actor, cursor }, Action::Confirm) => {
            match map.legend.get(cursor) {
                Some(category) => {
                    let category = category.id;
                    if let Some(a) = map_mut(cx).actor_mut(actor) {
                        a.category = Some(category);
                    }
                    cx.touch();
                    return vec![Effect::SaveNow];
                }
                None => {
                    // A new category, named at once, given to the actor.
                    let id = map_mut(cx).add_category("");
                    if let Some(a) = map_mut(cx).actor_mut(actor) {
                        a.category = Some(id);
                    }
                    cx.touch();
                    cx.open_field(
                        EditTarget::Worldmap(WorldmapField::CategoryName(id)),
                        "",
                        false,
                    );
                }
            }
        }
        (MapsOverlay::PickLinkTarget { from, kind, cursor }, Action::CycleLinkKind) => {
            *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
                from,
                kind: kind.next(),
                cursor,
            }));
        }
        (MapsOverlay::PickLinkTarget { from, kind, cursor }, Action::Confirm) => {
            let target = map
                .actors
                .iter()
                .filter(|a| a.id != from)
                .nth(cursor)
                .map(|a| a.id);
            if let Some(to) = target {
                let count = map.links.len();
                if let Some(id) = change_map(cx, |m| m.add_link(from, to, kind)) {
                    if let Some(s) = ui {
                        s.link = count;
                    }
                    cx.open_field(
                        EditTarget::Worldmap(WorldmapField::LinkLabel(id)),
                        "",
                        false,
                    );
                }
            }
        }
        (MapsOverlay::PickRecommendationActors { rec, cursor }, Action::ToggleMark) => {
            if let Some(actor) = map.actors.get(cursor).map(|a| a.id) {
                map_mut(cx).toggle_recommendation_actor(rec, actor);
                cx.touch();
            }
            *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickRecommendationActors {
                rec,
                cursor,
            }));
        }
        (
            MapsOverlay::PickRecommendationActors { .. } | MapsOverlay::PickCategory { .. },
            Action::Cancel,
        ) => {
            cx.revert();
            cx.touch();
        }
        (MapsOverlay::PickRecommendationActors { .. }, Action::Confirm) => {
            return vec![Effect::SaveNow]
        }
        (_, Action::Cancel) => {}
        (overlay, _) => *cx.overlay = Some(Overlay::Maps(overlay)),
    }
    Vec::new()
}

impl MapsOverlay {
    pub fn cursor(&self) -> usize {
        match self {
            MapsOverlay::PickTags { cursor, .. }
            | MapsOverlay::PickSource { cursor, .. }
            | MapsOverlay::PickPlace { cursor }
            | MapsOverlay::PickCategory { cursor, .. }
            | MapsOverlay::PickLinkTarget { cursor, .. }
            | MapsOverlay::PickRecommendationActors { cursor, .. } => *cursor,
        }
    }

    pub fn with_cursor(self, cursor: usize) -> MapsOverlay {
        match self {
            MapsOverlay::PickTags { node, .. } => MapsOverlay::PickTags { node, cursor },
            MapsOverlay::PickSource { node, .. } => MapsOverlay::PickSource { node, cursor },
            MapsOverlay::PickPlace { .. } => MapsOverlay::PickPlace { cursor },
            MapsOverlay::PickCategory { actor, .. } => MapsOverlay::PickCategory { actor, cursor },
            MapsOverlay::PickLinkTarget { from, kind, .. } => {
                MapsOverlay::PickLinkTarget { from, kind, cursor }
            }
            MapsOverlay::PickRecommendationActors { rec, .. } => {
                MapsOverlay::PickRecommendationActors { rec, cursor }
            }
        }
    }

    /// Which key table the dialog uses.
    pub(crate) fn map_mode(&self) -> Mode {
        match self {
            MapsOverlay::PickPlace { .. }
            | MapsOverlay::PickCategory { .. }
            | MapsOverlay::PickSource { .. } => Mode::Picker,
            MapsOverlay::PickLinkTarget { .. } => Mode::LinkPicker,
            MapsOverlay::PickRecommendationActors { .. } | MapsOverlay::PickTags { .. } => {
                Mode::Checklist
            }
        }
    }
}

impl Session {
    /// A left click in a map workbench's work area: on the outline, selects the row's
    /// node; on the world map, puts the cursor there.
    pub(crate) fn click_map_workbench(
        &mut self,
        kind: Kind,
        area: ratatui::layout::Rect,
        at: ratatui::layout::Position,
    ) {
        match kind {
            Kind::Tree => {
                let [outline, _] = crate::workbench::mindmap::view::split(area);
                let inner = crate::workbench::screen::session::inner(outline);
                let (Some(tree), Some(selected)) = (self.current_tree(), self.selected_node())
                else {
                    return;
                };
                if !inner.contains(at) {
                    return;
                }
                let rows: Vec<_> = tree.visible().map(|(id, _)| id).collect();
                let current = rows.iter().position(|id| *id == selected).unwrap_or(0);
                let offset = crate::workbench::screen::layout::scroll_offset(
                    current,
                    inner.height,
                    rows.len(),
                );
                let target = rows.get(offset + usize::from(at.y - inner.y)).copied();
                drop(tree);
                if let Some(id) = target {
                    if let Some(state) = self.state_mut() {
                        state.panel = Panel::Zones;
                        if let Some(ui) = state.bench.tree_mut() {
                            ui.previous = ui.selected;
                            ui.selected = id;
                        }
                    }
                }
            }
            Kind::Map => {
                let [canvas, _] = crate::workbench::worldmap::view::split(area);
                let inner = crate::workbench::screen::session::inner(canvas);
                if !inner.contains(at) || inner.width == 0 || inner.height == 0 {
                    return;
                }
                if let Some(state) = self.state_mut() {
                    state.panel = Panel::Zones;
                    let Some(view) = state.bench.map_mut() else {
                        return;
                    };
                    let ([west, east], [south, north]) = view.bounds();
                    let fx = (f64::from(at.x - inner.x) + 0.5) / f64::from(inner.width);
                    let fy = (f64::from(at.y - inner.y) + 0.5) / f64::from(inner.height);
                    let lon =
                        crate::workbench::worldmap::model::wrap_lon(west + fx * (east - west));
                    let lat = (north - fy * (north - south)).clamp(-89.0, 89.0);
                    view.cursor = (lat, lon);
                }
            }
            _ => {}
        }
    }
}
