//! Configuration of the two map kinds, read from an exercise's `config` with `parse_config`:
//! the A5 mind map (`tree`) and the A3 world map (`map`).

use crate::workbench::mindmap::model::SeedNode;
use serde::{Deserialize, Serialize};

/// The mind map's thresholds and starter material.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreeConfig {
    /// Tags a node may carry (technology, economy, usage...).
    #[serde(default)]
    pub tags: Vec<String>,
    /// First-level branches (sectors) the map needs.
    #[serde(default)]
    pub min_sectors: u32,
    /// Levels below the root the map needs.
    #[serde(default)]
    pub min_depth: u32,
    /// A source older than this many years before today is flagged.
    #[serde(default)]
    pub source_max_age_years: Option<u32>,
    /// The outline a new map starts from (first node: the root).
    #[serde(default)]
    pub seed_nodes: Vec<SeedNode>,
    #[serde(default)]
    pub suggested_sources: Vec<String>,
}

/// A place the case offers for the world map.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// The world map's thresholds and starter material.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapConfig {
    #[serde(default)]
    pub title_hint: String,
    #[serde(default)]
    pub min_actors: u32,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub suggested_categories: Vec<String>,
    #[serde(default)]
    pub facts: Vec<String>,
}

impl Place {
    /// A latitude from -90 to 90 and a longitude from -180 to 180.
    pub fn on_globe(&self) -> bool {
        (-90.0..=90.0).contains(&self.lat) && (-180.0..=180.0).contains(&self.lon)
    }
}
