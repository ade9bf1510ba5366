//! The `map` answer (A3 world map of cyberspace): a title (the problématique), a legend of
//! categories the candidate defines (name, symbol, colour), actors and stakes placed on the
//! globe with a category, links between them (flows, dependencies, conflicts), and
//! recommendations that reference actors. Ids stay stable across edits; undo is outside.

use serde::{Deserialize, Serialize};

pub type MapId = u32;

/// Symbols a category can take, drawn the same in the terminal and in the SVG.
pub const SYMBOLS: &[&str] = &["●", "■", "▲", "◆", "★", "✚", "✖", "◉"];
/// Colours a category can take (Okabe-Ito, readable in print and by colour-blind readers).
pub const COLOURS: &[&str] = &[
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WorldMap {
    /// The problématique, shown as the map's title.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub legend: Vec<Category>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub id: MapId,
    pub name: String,
    /// One of `SYMBOLS`.
    pub symbol: String,
    /// `#rrggbb`, one of `COLOURS`.
    pub colour: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: MapId,
    pub name: String,
    /// A legend category id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<MapId>,
    pub lat: f64,
    pub lon: f64,
    /// The case's place it was put at, if picked from the list.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    #[default]
    Flow,
    Dependency,
    Conflict,
}

impl LinkKind {
    pub const ALL: [LinkKind; 3] = [LinkKind::Flow, LinkKind::Dependency, LinkKind::Conflict];

    pub fn next(self) -> LinkKind {
        match self {
            LinkKind::Flow => LinkKind::Dependency,
            LinkKind::Dependency => LinkKind::Conflict,
            LinkKind::Conflict => LinkKind::Flow,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Flow => "flow",
            LinkKind::Dependency => "dependency",
            LinkKind::Conflict => "conflict",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub id: MapId,
    pub from: MapId,
    pub to: MapId,
    #[serde(default)]
    pub kind: LinkKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: MapId,
    pub text: String,
    /// Actors it concerns.
    #[serde(default)]
    pub actors: Vec<MapId>,
}

impl WorldMap {
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty()
            && self.legend.is_empty()
            && self.actors.is_empty()
            && self.links.is_empty()
            && self.recommendations.is_empty()
    }

    pub fn next_id(&self) -> MapId {
        let ids = self
            .legend
            .iter()
            .map(|c| c.id)
            .chain(self.actors.iter().map(|a| a.id))
            .chain(self.links.iter().map(|l| l.id))
            .chain(self.recommendations.iter().map(|r| r.id));
        ids.max().unwrap_or(0) + 1
    }

    pub fn category(&self, id: MapId) -> Option<&Category> {
        self.legend.iter().find(|c| c.id == id)
    }

    pub fn actor(&self, id: MapId) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn actor_mut(&mut self, id: MapId) -> Option<&mut Actor> {
        self.actors.iter_mut().find(|a| a.id == id)
    }

    /// A new category with the next unused symbol and colour.
    pub fn add_category(&mut self, name: &str) -> MapId {
        let id = self.next_id();
        let n = self.legend.len();
        self.legend.push(Category {
            id,
            name: name.to_string(),
            symbol: SYMBOLS[n % SYMBOLS.len()].to_string(),
            colour: COLOURS[n % COLOURS.len()].to_string(),
        });
        id
    }

    /// Steps a category's symbol (or colour) to the next one of the palette.
    pub fn cycle_category(&mut self, id: MapId, colour: bool) -> bool {
        let Some(c) = self.legend.iter_mut().find(|c| c.id == id) else {
            return false;
        };
        let (list, value) = if colour {
            (COLOURS, &mut c.colour)
        } else {
            (SYMBOLS, &mut c.symbol)
        };
        let at = list.iter().position(|s| s == value).map_or(0, |i| i + 1);
        *value = list[at % list.len()].to_string();
        true
    }

    /// Removes a category; its actors are left without one (the checks say so).
    pub fn delete_category(&mut self, id: MapId) -> bool {
        let before = self.legend.len();
        self.legend.retain(|c| c.id != id);
        for actor in &mut self.actors {
            if actor.category == Some(id) {
                actor.category = None;
            }
        }
        before != self.legend.len()
    }

    pub fn add_actor(&mut self, name: &str, lat: f64, lon: f64, place: &str) -> MapId {
        let id = self.next_id();
        self.actors.push(Actor {
            id,
            name: name.to_string(),
            category: None,
            lat: lat.clamp(-90.0, 90.0),
            lon: wrap_lon(lon),
            place: place.to_string(),
            note: String::new(),
        });
        id
    }

    /// Moves an actor by a step in degrees.
    pub fn move_actor(&mut self, id: MapId, dlat: f64, dlon: f64) -> bool {
        let Some(a) = self.actor_mut(id) else {
            return false;
        };
        a.lat = (a.lat + dlat).clamp(-90.0, 90.0);
        a.lon = wrap_lon(a.lon + dlon);
        a.place.clear();
        true
    }

    /// Removes an actor with its links and its mentions in recommendations.
    pub fn delete_actor(&mut self, id: MapId) -> bool {
        let before = self.actors.len();
        self.actors.retain(|a| a.id != id);
        self.links.retain(|l| l.from != id && l.to != id);
        for r in &mut self.recommendations {
            r.actors.retain(|a| *a != id);
        }
        before != self.actors.len()
    }

    /// Links two different actors; None if either is unknown or they are the same.
    pub fn add_link(&mut self, from: MapId, to: MapId, kind: LinkKind) -> Option<MapId> {
        if from == to || self.actor(from).is_none() || self.actor(to).is_none() {
            return None;
        }
        let id = self.next_id();
        self.links.push(Link {
            id,
            from,
            to,
            kind,
            label: String::new(),
        });
        Some(id)
    }

    pub fn delete_link(&mut self, id: MapId) -> bool {
        let before = self.links.len();
        self.links.retain(|l| l.id != id);
        before != self.links.len()
    }

    pub fn add_recommendation(&mut self, text: &str) -> MapId {
        let id = self.next_id();
        self.recommendations.push(Recommendation {
            id,
            text: text.to_string(),
            actors: Vec::new(),
        });
        id
    }

    pub fn delete_recommendation(&mut self, id: MapId) -> bool {
        let before = self.recommendations.len();
        self.recommendations.retain(|r| r.id != id);
        before != self.recommendations.len()
    }

    /// Adds the actor to the recommendation's references, or removes it.
    pub fn toggle_recommendation_actor(&mut self, rec: MapId, actor: MapId) -> bool {
        if self.actor(actor).is_none() {
            return false;
        }
        let Some(r) = self.recommendations.iter_mut().find(|r| r.id == rec) else {
            return false;
        };
        match r.actors.iter().position(|a| *a == actor) {
            Some(i) => {
                r.actors.remove(i);
            }
            None => r.actors.push(actor),
        }
        true
    }

    /// Names of the actors a recommendation references, in the actors' order.
    pub fn actor_names(&self, ids: &[MapId]) -> Vec<String> {
        self.actors
            .iter()
            .filter(|a| ids.contains(&a.id))
            .map(|a| a.name.clone())
            .collect()
    }
}

/// A longitude brought back into -180..180.
pub fn wrap_lon(lon: f64) -> f64 {
    let mut l = (lon + 180.0).rem_euclid(360.0) - 180.0;
    if l == -180.0 && lon > 0.0 {
        l = 180.0;
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_an_actor_cleans_links_and_recommendations() {
        let mut m = WorldMap::default();
        let a = m.add_actor("CRM", 39.0, -77.5, "Ashburn");
        let b = m.add_actor("Siège", 45.7, 4.75, "");
        let l = m.add_link(a, b, LinkKind::Flow).unwrap();
        assert!(m.add_link(a, a, LinkKind::Flow).is_none());
        let r = m.add_recommendation("Migrer le CRM");
        assert!(m.toggle_recommendation_actor(r, a));
        assert!(m.delete_actor(a));
        assert!(m.links.iter().all(|x| x.id != l));
        assert!(m.recommendations[0].actors.is_empty());
    }

    #[test]
    fn categories_cycle_and_deleting_one_frees_its_actors() {
        let mut m = WorldMap::default();
        let c = m.add_category("Cloud");
        assert_eq!(m.category(c).unwrap().symbol, SYMBOLS[0]);
        assert!(m.cycle_category(c, false));
        assert_eq!(m.category(c).unwrap().symbol, SYMBOLS[1]);
        assert!(m.cycle_category(c, true));
        assert_eq!(m.category(c).unwrap().colour, COLOURS[1]);
        let a = m.add_actor("x", 0.0, 0.0, "");
        m.actor_mut(a).unwrap().category = Some(c);
        assert!(m.delete_category(c));
        assert_eq!(m.actor(a).unwrap().category, None);
    }

    #[test]
    fn moving_wraps_longitude_and_clamps_latitude() {
        let mut m = WorldMap::default();
        let a = m.add_actor("x", 89.0, 179.0, "Quelque part");
        assert!(m.move_actor(a, 5.0, 2.0));
        let actor = m.actor(a).unwrap();
        assert_eq!(actor.lat, 90.0);
        assert_eq!(actor.lon, -179.0);
        assert!(actor.place.is_empty(), "moved off its place");
        assert_eq!(wrap_lon(540.0), 180.0);
    }
}
