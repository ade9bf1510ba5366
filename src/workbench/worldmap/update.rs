//! The world-map workbench (A3, `map` kind): a cursor over ratatui's world map (the view
//! pans to follow it and zooms on it), actors placed at the cursor or at the case's places,
//! a legend, links and recommendations. Every change of the answer goes through
//! `Session::change_answer`; the view (cursor, zoom, selections) is not an undo step. Drawing is
//! in `map_view`.

use crate::case::Kind;
use crate::i18n::Text;
use crate::workbench::mindmap::update::MapsOverlay;
use crate::workbench::screen::keymap::{Action, Mode};
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Screen, Session};
use crate::workbench::worldmap::config::MapConfig;
use crate::workbench::worldmap::fields::WorldmapField;
use crate::workbench::worldmap::fields::WorldmapPanel;
use crate::workbench::worldmap::model::{LinkKind, MapId, WorldMap};
use crate::workbench::worldmap::text::WorldmapText;

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

impl Session {
    fn map_state(&self) -> Option<&MapState> {
        match &self.screen {
            Screen::Exercise(state) => state.bench.map(),
            Screen::Home(_) => None,
        }
    }

    fn map_state_mut(&mut self) -> Option<&mut MapState> {
        self.bench_mut().and_then(crate::workbench::Bench::map_mut)
    }

    pub fn map_config(&self) -> MapConfig {
        self.current_exercise()
            .filter(|(e, _)| e.kind == Kind::Map)
            .and_then(|(e, _)| crate::case::parse_config("", &e.config).ok())
            .unwrap_or_default()
    }

    /// The world map being worked on (empty before the first edit).
    pub fn current_map(&self) -> Option<WorldMap> {
        let (exercise, state) = self.current_exercise()?;
        if exercise.kind != Kind::Map {
            return None;
        }
        Some(
            self.workspace
                .answer(&state.exercise)
                .and_then(|a| a.map.clone())
                .unwrap_or_default(),
        )
    }

    fn change_map<R>(&mut self, change: impl FnOnce(&mut WorldMap) -> R) -> R {
        self.change_answer(|answer| change(answer.map.get_or_insert_with(WorldMap::default)))
    }

    fn map_mut(&mut self) -> &mut WorldMap {
        let id = self.exercise_id();
        self.workspace
            .answer_mut(&id)
            .map
            .get_or_insert_with(WorldMap::default)
    }

    /// The selected actor's id, if any.
    pub fn selected_actor(&self) -> Option<MapId> {
        let map = self.current_map()?;
        let state = self.map_state()?;
        map.actors
            .get(state.actor.min(map.actors.len().saturating_sub(1)))
            .map(|a| a.id)
    }

    fn select_actor(&mut self, index: usize) {
        let Some(map) = self.current_map() else {
            return;
        };
        let Some(actor) = map.actors.get(index) else {
            return;
        };
        let target = (actor.lat, actor.lon);
        if let Some(state) = self.map_state_mut() {
            state.actor = index;
            state.cursor = target;
            let ([west, east], [south, north]) = state.bounds();
            if !(west..=east).contains(&target.1) || !(south..=north).contains(&target.0) {
                state.center = if state.zoom == 0 { (0.0, 0.0) } else { target };
            }
        }
    }

    pub(crate) fn update_map(&mut self, action: Action) {
        let Some(map) = self.current_map() else {
            return;
        };
        let Some(state) = self.map_state().cloned() else {
            return;
        };
        let panel = match &self.screen {
            Screen::Exercise(s) => s.panel,
            Screen::Home(_) => return,
        };
        let selected = self.selected_actor();
        match (panel, action) {
            (_, Action::EditTitle) => {
                self.record_before_edit();
                self.open_field(
                    EditTarget::Worldmap(WorldmapField::MapTitle),
                    &map.title,
                    false,
                );
            }
            (Panel::Zones, action) => self.update_map_cursor(action, &map, &state, selected),
            (Panel::Worldmap(WorldmapPanel::MapLegend), action) => {
                self.update_legend(action, &map, &state)
            }
            (Panel::Worldmap(WorldmapPanel::MapLinks), action) => {
                self.update_links(action, &map, &state)
            }
            (Panel::Worldmap(WorldmapPanel::MapRecommendations), action) => {
                self.update_recommendations(action, &map, &state)
            }
            _ => {}
        }
    }

    fn update_map_cursor(
        &mut self,
        action: Action,
        map: &WorldMap,
        state: &MapState,
        selected: Option<MapId>,
    ) {
        let count = map.actors.len();
        let step = |app: &mut Session, dlat: f64, dlon: f64| {
            if let Some(s) = app.map_state_mut() {
                s.step(dlat, dlon);
            }
        };
        match action {
            Action::CursorLeft => step(self, 0.0, -1.0),
            Action::CursorRight => step(self, 0.0, 1.0),
            Action::CursorUp => step(self, 1.0, 0.0),
            Action::CursorDown => step(self, -1.0, 0.0),
            Action::ZoomIn => {
                if let Some(s) = self.map_state_mut() {
                    s.zoom_to(state.zoom + 1);
                }
            }
            Action::ZoomOut => {
                if let Some(s) = self.map_state_mut() {
                    s.zoom_to(state.zoom.saturating_sub(1));
                }
            }
            Action::ResetView => {
                if let Some(s) = self.map_state_mut() {
                    s.zoom_to(0);
                }
            }
            Action::NextActor if count > 0 => self.select_actor((state.actor + 1) % count),
            Action::PrevActor if count > 0 => self.select_actor((state.actor + count - 1) % count),
            Action::AddEntry => {
                let (lat, lon) = state.cursor;
                let id = self.change_map(|m| m.add_actor("", lat, lon, ""));
                if let Some(s) = self.map_state_mut() {
                    s.actor = count;
                }
                self.open_field(EditTarget::Worldmap(WorldmapField::ActorName(id)), "", true);
            }
            Action::PickPlace => {
                self.overlay = Some(Overlay::Maps(MapsOverlay::PickPlace { cursor: 0 }));
            }
            Action::EditEntry | Action::EditNote => match selected.and_then(|id| map.actor(id)) {
                Some(actor) => {
                    self.record_before_edit();
                    if action == Action::EditEntry {
                        self.open_field(
                            EditTarget::Worldmap(WorldmapField::ActorName(actor.id)),
                            &actor.name,
                            false,
                        );
                    } else {
                        self.open_field(
                            EditTarget::Worldmap(WorldmapField::ActorNote(actor.id)),
                            &actor.note,
                            false,
                        );
                    }
                }
                None => self.info(self.t(Text::Worldmap(WorldmapText::NoMapActors))),
            },
            Action::MoveActorHere => {
                if let Some(id) = selected {
                    let (lat, lon) = state.cursor;
                    self.change_map(|m| {
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
                    self.change_map(|m| m.delete_actor(id));
                    if let Some(s) = self.map_state_mut() {
                        s.actor = s.actor.min(count.saturating_sub(2));
                    }
                    self.info(self.t(Text::Deleted));
                }
            }
            Action::PickCategory => match selected {
                Some(actor) => {
                    self.record_before_edit();
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickCategory {
                        actor,
                        cursor: 0,
                    }));
                }
                None => self.info(self.t(Text::Worldmap(WorldmapText::NoMapActors))),
            },
            Action::LinkActor => match selected {
                Some(from) if count >= 2 => {
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
                        from,
                        kind: LinkKind::Flow,
                        cursor: 0,
                    }));
                }
                _ => self.info(self.t(Text::Worldmap(WorldmapText::AddActorsFirst))),
            },
            _ => {}
        }
    }

    fn update_legend(&mut self, action: Action, map: &WorldMap, state: &MapState) {
        let count = map.legend.len();
        let selected = map
            .legend
            .get(state.legend.min(count.saturating_sub(1)))
            .map(|c| c.id);
        match action {
            Action::SelectPrev => self.set_list(|s| s.legend = s.legend.saturating_sub(1)),
            Action::SelectNext => {
                self.set_list(|s| s.legend = (s.legend + 1).min(count.saturating_sub(1)))
            }
            Action::AddEntry => {
                let id = self.change_map(|m| m.add_category(""));
                self.set_list(|s| s.legend = count);
                self.open_field(
                    EditTarget::Worldmap(WorldmapField::CategoryName(id)),
                    "",
                    true,
                );
            }
            Action::EditEntry => {
                if let Some(c) = selected.and_then(|id| map.category(id)) {
                    self.record_before_edit();
                    self.open_field(
                        EditTarget::Worldmap(WorldmapField::CategoryName(c.id)),
                        &c.name,
                        false,
                    );
                }
            }
            Action::CycleSymbol | Action::CycleColour => {
                if let Some(id) = selected {
                    let colour = action == Action::CycleColour;
                    self.change_map(|m| m.cycle_category(id, colour));
                }
            }
            Action::DeleteEntry => {
                if let Some(id) = selected {
                    self.change_map(|m| m.delete_category(id));
                    self.set_list(|s| s.legend = s.legend.min(count.saturating_sub(2)));
                    self.info(self.t(Text::Deleted));
                }
            }
            _ => {}
        }
    }

    fn update_links(&mut self, action: Action, map: &WorldMap, state: &MapState) {
        let count = map.links.len();
        let selected = map
            .links
            .get(state.link.min(count.saturating_sub(1)))
            .map(|l| l.id);
        match action {
            Action::SelectPrev => self.set_list(|s| s.link = s.link.saturating_sub(1)),
            Action::SelectNext => {
                self.set_list(|s| s.link = (s.link + 1).min(count.saturating_sub(1)))
            }
            Action::AddEntry => match self.selected_actor() {
                Some(from) if map.actors.len() >= 2 => {
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
                        from,
                        kind: LinkKind::Flow,
                        cursor: 0,
                    }));
                }
                _ => self.info(self.t(Text::Worldmap(WorldmapText::AddActorsFirst))),
            },
            Action::EditEntry => {
                if let Some(link) = selected.and_then(|id| map.links.iter().find(|l| l.id == id)) {
                    self.record_before_edit();
                    self.open_field(
                        EditTarget::Worldmap(WorldmapField::LinkLabel(link.id)),
                        &link.label,
                        false,
                    );
                }
            }
            Action::CycleLinkKind => {
                if let Some(id) = selected {
                    self.change_map(|m| {
                        if let Some(l) = m.links.iter_mut().find(|l| l.id == id) {
                            l.kind = l.kind.next();
                        }
                    });
                }
            }
            Action::DeleteEntry => {
                if let Some(id) = selected {
                    self.change_map(|m| m.delete_link(id));
                    self.set_list(|s| s.link = s.link.min(count.saturating_sub(2)));
                    self.info(self.t(Text::Deleted));
                }
            }
            _ => {}
        }
    }

    fn update_recommendations(&mut self, action: Action, map: &WorldMap, state: &MapState) {
        let count = map.recommendations.len();
        let selected = map
            .recommendations
            .get(state.recommendation.min(count.saturating_sub(1)))
            .map(|r| r.id);
        match action {
            Action::SelectPrev => {
                self.set_list(|s| s.recommendation = s.recommendation.saturating_sub(1))
            }
            Action::SelectNext => self.set_list(|s| {
                s.recommendation = (s.recommendation + 1).min(count.saturating_sub(1))
            }),
            Action::AddEntry => {
                let id = self.change_map(|m| m.add_recommendation(""));
                self.set_list(|s| s.recommendation = count);
                self.open_field(
                    EditTarget::Worldmap(WorldmapField::RecommendationText(id)),
                    "",
                    true,
                );
            }
            Action::EditEntry => {
                if let Some(r) =
                    selected.and_then(|id| map.recommendations.iter().find(|r| r.id == id))
                {
                    self.record_before_edit();
                    self.open_field(
                        EditTarget::Worldmap(WorldmapField::RecommendationText(r.id)),
                        &r.text,
                        false,
                    );
                }
            }
            Action::LinkItems => match selected {
                Some(rec) if !map.actors.is_empty() => {
                    self.record_before_edit();
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickRecommendationActors {
                        rec,
                        cursor: 0,
                    }));
                }
                _ => self.info(self.t(Text::Worldmap(WorldmapText::NoMapActors))),
            },
            Action::DeleteEntry => {
                if let Some(id) = selected {
                    self.change_map(|m| m.delete_recommendation(id));
                    self.set_list(|s| {
                        s.recommendation = s.recommendation.min(count.saturating_sub(2))
                    });
                    self.info(self.t(Text::Deleted));
                }
            }
            _ => {}
        }
    }

    fn set_list(&mut self, change: impl FnOnce(&mut MapState)) {
        if let Some(state) = self.map_state_mut() {
            change(state);
        }
    }

    /// Copies a world-map text field into the model; false for other targets.
    pub(crate) fn apply_map_field(&mut self, target: EditTarget, text: &str) -> bool {
        let map = match target {
            EditTarget::Worldmap(WorldmapField::MapTitle)
            | EditTarget::Worldmap(WorldmapField::ActorName(_))
            | EditTarget::Worldmap(WorldmapField::ActorNote(_))
            | EditTarget::Worldmap(WorldmapField::CategoryName(_))
            | EditTarget::Worldmap(WorldmapField::LinkLabel(_))
            | EditTarget::Worldmap(WorldmapField::RecommendationText(_)) => self.map_mut(),
            _ => return false,
        };
        let text = text.to_string();
        match target {
            EditTarget::Worldmap(WorldmapField::MapTitle) => map.title = text,
            EditTarget::Worldmap(WorldmapField::ActorName(id)) => {
                if let Some(a) = map.actor_mut(id) {
                    a.name = text;
                }
            }
            EditTarget::Worldmap(WorldmapField::ActorNote(id)) => {
                if let Some(a) = map.actor_mut(id) {
                    a.note = text;
                }
            }
            EditTarget::Worldmap(WorldmapField::CategoryName(id)) => {
                if let Some(c) = map.legend.iter_mut().find(|c| c.id == id) {
                    c.name = text;
                }
            }
            EditTarget::Worldmap(WorldmapField::LinkLabel(id)) => {
                if let Some(l) = map.links.iter_mut().find(|l| l.id == id) {
                    l.label = text;
                }
            }
            EditTarget::Worldmap(WorldmapField::RecommendationText(id)) => {
                if let Some(r) = map.recommendations.iter_mut().find(|r| r.id == id) {
                    r.text = text;
                }
            }
            _ => {}
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

    /// The world map's dialogs: places, categories, link targets, a recommendation's actors.
    pub(crate) fn update_map_overlay(
        &mut self,
        overlay: MapsOverlay,
        action: Action,
    ) -> Vec<Effect> {
        let map = self.current_map().unwrap_or_default();
        let rows = match &overlay {
            MapsOverlay::PickPlace { .. } => self.map_config().places.len(),
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
                self.overlay = Some(Overlay::Maps(
                    overlay.with_cursor(moved(overlay.cursor(), action)),
                ));
            }
            (MapsOverlay::PickPlace { cursor }, Action::Confirm) => {
                if let Some(place) = self.map_config().places.get(cursor).cloned() {
                    let name = place_short_name(&place.name);
                    let count = map.actors.len();
                    let id =
                        self.change_map(|m| m.add_actor(&name, place.lat, place.lon, &place.name));
                    if let Some(s) = self.map_state_mut() {
                        s.actor = count;
                        s.cursor = (place.lat, place.lon);
                    }
                    self.open_field(
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
                        if let Some(a) = self.map_mut().actor_mut(actor) {
                            a.category = Some(category);
                        }
                        self.touch();
                        return vec![Effect::SaveNow];
                    }
                    None => {
                        // A new category, named at once, given to the actor.
                        let id = self.map_mut().add_category("");
                        if let Some(a) = self.map_mut().actor_mut(actor) {
                            a.category = Some(id);
                        }
                        self.touch();
                        self.open_field(
                            EditTarget::Worldmap(WorldmapField::CategoryName(id)),
                            "",
                            false,
                        );
                    }
                }
            }
            (MapsOverlay::PickLinkTarget { from, kind, cursor }, Action::CycleLinkKind) => {
                self.overlay = Some(Overlay::Maps(MapsOverlay::PickLinkTarget {
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
                    if let Some(id) = self.change_map(|m| m.add_link(from, to, kind)) {
                        self.set_list(|s| s.link = count);
                        self.open_field(
                            EditTarget::Worldmap(WorldmapField::LinkLabel(id)),
                            "",
                            false,
                        );
                    }
                }
            }
            (MapsOverlay::PickRecommendationActors { rec, cursor }, Action::ToggleMark) => {
                if let Some(actor) = map.actors.get(cursor).map(|a| a.id) {
                    self.map_mut().toggle_recommendation_actor(rec, actor);
                    self.touch();
                }
                self.overlay = Some(Overlay::Maps(MapsOverlay::PickRecommendationActors {
                    rec,
                    cursor,
                }));
            }
            (
                MapsOverlay::PickRecommendationActors { .. } | MapsOverlay::PickCategory { .. },
                Action::Cancel,
            ) => {
                let id = self.exercise_id();
                let history = self.histories.entry(id.clone()).or_default();
                let mut answer = self.workspace.answer(&id).cloned().unwrap_or_default();
                if history.revert(&mut answer) {
                    *self.workspace.answer_mut(&id) = answer;
                }
                self.touch();
            }
            (MapsOverlay::PickRecommendationActors { .. }, Action::Confirm) => {
                return vec![Effect::SaveNow]
            }
            (_, Action::Cancel) => {}
            (overlay, _) => self.overlay = Some(Overlay::Maps(overlay)),
        }
        Vec::new()
    }
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
