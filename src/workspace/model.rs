//! The pure domain: a workspace and the answers it holds, one module per workbench kind.
//! No terminal code and no I/O here.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::workbench::board::model::Board;
pub use crate::workbench::deck::model::Deck;
pub use crate::workbench::notes::model::Note;

use crate::workbench::code::model as code;
use crate::workbench::gdpr::model as sheet;
use crate::workbench::grid::model as grid;
use crate::workbench::mindmap::model as tree;
use crate::workbench::sociogram::model as graph;
use crate::workbench::worldmap::model as map;

/// Current format of `workspace.json`.
pub const WORKSPACE_FORMAT: u32 = 1;

/// Everything a candidate produces for one case.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Workspace {
    pub format: u32,
    pub app_version: String,
    pub candidate: String,
    pub case_id: String,
    /// SHA-256 of the case file the workspace was made from.
    pub case_digest: String,
    /// RFC 3339 times.
    pub created: String,
    pub updated: String,
    /// One answer per exercise id.
    #[serde(default)]
    pub exercises: BTreeMap<String, Answer>,
    /// The members of the candidate's group, for the case's group exercises (A7, A14, A15,
    /// MC in both cases).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group: Vec<String>,
    /// Fields this version does not know (written by a newer atelier), kept as they were so
    /// that a save never drops them.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A candidate's answer to one exercise: the notes every kind has, and the workbench data
/// of the exercise's kind.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Answer {
    #[serde(default)]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<Board>,
    // -- code: A1 Python runner and sketch (issue 3); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<code::CodeAnswer>,
    // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tree: Option<tree::MindMap>,

    // -- map: A3 world map (issue 4); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<map::WorldMap>,
    // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graph: Option<graph::Sociogram>,
    // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<sheet::Sheet>,
    // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<grid::GridAnswer>,
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    /// The `note` kind's sections, references, scheme picks and attachments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Note>,
    /// The `deck` kind's slides, prepared objections and rehearsals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<Deck>,
    // -- review: examiners' review, grading, gradebook, demo (issue 9); keep this kind's entries under this line --
    /// Fields this version does not know (a newer atelier's kinds or data), kept as they were
    /// so that a save never drops them.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.notes.trim().is_empty()
            && self.board.as_ref().is_none_or(|b| b.is_empty())
            && self.code.as_ref().is_none_or(|c| c.is_empty())
            && self.tree.as_ref().is_none_or(|t| t.is_empty())
            && self.map.as_ref().is_none_or(|m| m.is_empty())
            && self.graph.as_ref().is_none_or(|g| g.is_empty())
            && self.grid.as_ref().is_none_or(|g| g.is_empty())
            && self.sheet.as_ref().is_none_or(|s| s.is_empty())
            && self.note.as_ref().is_none_or(|n| n.is_empty())
            && self.deck.as_ref().is_none_or(|d| d.is_empty())
    }
}

impl Workspace {
    pub fn answer(&self, exercise: &str) -> Option<&Answer> {
        self.exercises.get(exercise)
    }

    pub fn answer_mut(&mut self, exercise: &str) -> &mut Answer {
        self.exercises.entry(exercise.to_string()).or_default()
    }
}

/// The worked-example answers that go with a case (`cases/ID.example.json`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub case: String,
    pub candidate: String,
    pub answers: BTreeMap<String, Answer>,
}

/// Group members as typed on one line, separated by `;`: trimmed, empty ones dropped.
pub fn parse_group(text: &str) -> Vec<String> {
    text.split(';')
        .map(|name| name.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|name| !name.is_empty())
        .collect()
}
