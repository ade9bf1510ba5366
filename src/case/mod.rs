//! Cases: the data a trainer writes (organisation, exercises, briefs, rubrics, thresholds),
//! loading them from the binary or from disk, and validating them with errors that name
//! the JSON path at fault. Cases are data, never code.

pub mod digest;
pub mod reason;
pub mod referentiel;
pub mod text;
pub mod validate;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use crate::workbench::notes::config::{DeckConfig, FundingForm, NoteConfig, Scheme};
pub use validate::{parse_config, CaseError};

/// The case embedded in the binary, used when no other is named.
pub const DEFAULT_CASE_ID: &str = "maison-verdier";
const DEFAULT_CASE_JSON: &str = include_str!("../../cases/maison-verdier.json");
const DEFAULT_EXAMPLE_JSON: &str = include_str!("../../cases/maison-verdier.example.json");

/// The cases built into the binary, with their worked examples: (id, case, example).
/// Their examiner files stay out of the binary (candidates run it).
pub const EMBEDDED: &[(&str, &str, &str)] = &[
    (DEFAULT_CASE_ID, DEFAULT_CASE_JSON, DEFAULT_EXAMPLE_JSON),
    (
        "monts-de-loue",
        include_str!("../../cases/monts-de-loue.json"),
        include_str!("../../cases/monts-de-loue.example.json"),
    ),
];

/// Current format of case files.
pub const CASE_FORMAT: u32 = 1;

/// A whole case: the organisation the candidate studies and one entry per exercise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub format: u32,
    pub id: String,
    pub title: String,
    pub language: String,
    /// Markdown presentation of the case, shown on the home screen.
    pub summary: String,
    pub organisation: Organisation,
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub sector: String,
    pub location: String,
    pub founded: u32,
    pub employees: u32,
    pub revenue_eur: u64,
    /// Markdown description of the organisation: history, strategy, situation.
    pub description: String,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub departments: Vec<Department>,
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    #[serde(default)]
    pub processing_activities: Vec<ProcessingActivity>,
    #[serde(default)]
    pub companies: Vec<Company>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub label: String,
    pub value: String,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub id: String,
    pub name: String,
    pub headcount: u32,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
    /// A department id.
    pub department: String,
    /// Hierarchical level, 1 = top management.
    pub level: u8,
    pub role: String,
    #[serde(default)]
    pub description: String,
}

/// The relation types of the sociogram (defined with the sociogram's model).
pub use crate::workbench::sociogram::model::RelationType;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    pub relation_type: RelationType,
    /// 1 (weak) to 3 (strong).
    pub intensity: u8,
    #[serde(default)]
    pub mutual: bool,
    #[serde(default)]
    pub description: String,
}

/// A processing of personal data as the organisation describes it (facts, possibly flawed:
/// finding the flaws is the candidate's work in A7).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProcessingActivity {
    pub id: String,
    pub name: String,
    pub department: String,
    /// What the organisation says about this processing, in prose.
    pub description: String,
    /// Further facts as key/value pairs (tools, retention, contracts, countries...).
    #[serde(default)]
    pub facts: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: String,
    pub kind: String,
    pub description: String,
    #[serde(default)]
    pub url: String,
}

/// The kind of workbench an exercise is done in (DESIGN.md section 1).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Code,
    Board,
    Map,
    Note,
    Tree,
    Graph,
    Sheet,
    Grid,
    Deck,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Code => "code",
            Kind::Board => "board",
            Kind::Map => "map",
            Kind::Note => "note",
            Kind::Tree => "tree",
            Kind::Graph => "graph",
            Kind::Sheet => "sheet",
            Kind::Grid => "grid",
            Kind::Deck => "deck",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// A1..A15, RE, MI, MC.
    pub id: String,
    /// 1 to 4; absent for RE, MI and MC, which sit outside the blocs.
    #[serde(default)]
    pub bloc: Option<u8>,
    pub title: String,
    pub kind: Kind,
    /// Competence ids of the referentiel (C1..C19).
    pub competences: Vec<String>,
    /// Markdown brief shown beside the workbench.
    pub brief: String,
    pub rubric: Vec<Criterion>,
    /// A group exercise: the workspace's group members did it together (shown with it in the
    /// report, the review and the gradebook).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub group: bool,
    /// The decision rule the review proposes decisions from (required of a case of the
    /// certification, `referentiel::conform`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass: Option<PassRule>,
    /// Layout and thresholds of a `board` exercise; required for that kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub board: Option<BoardConfig>,
    /// Thresholds of a free-text answer (every kind keeps notes).
    #[serde(default)]
    pub notes: NotesConfig,
    /// Kind-specific configuration and starter material of the kinds that read it.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub config: serde_json::Value,
}

/// One rubric criterion, restating an evaluation criterion of the referentiel.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    /// The id of the referentiel's evaluation criterion this line assesses (`A14.3`).
    #[serde(default)]
    pub criterion: String,
    pub competence: String,
    /// The referentiel's wording of the criterion (unless `adapted`).
    pub text: String,
    /// What this case expects beyond the referentiel's wording (a trainer's precision).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub expectations: String,
    /// The wording is a marked adaptation of the referentiel's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub adapted: bool,
    /// Highest score on this criterion (scores run 0..=scale).
    pub scale: u8,
    /// What each score looks like: one short descriptor per score from 0 to `scale`, in order
    /// (Moodle's rubric levels). Required of a case of the certification
    /// (`referentiel::conform`); older cases without them still load.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
}

impl Criterion {
    /// The descriptor of a score, when the case gives levels.
    pub fn level(&self, score: u8) -> Option<&str> {
        self.levels.get(usize::from(score)).map(String::as_str)
    }
}

/// An exercise's decision rule, as a trainer writes it in the case: validated when every
/// criterion scores at least `min_each` and the scores add up to at least `min_total`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PassRule {
    pub min_each: u8,
    pub min_total: u32,
}

/// Whether an exercise is validated: what its `PassRule` proposes and an examiner decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Validated,
    NotValidated,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Validated => "validated",
            Decision::NotValidated => "not_validated",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NotesConfig {
    /// Words the notes need before the exercise can be complete (0: notes optional).
    #[serde(default)]
    pub min_words: u32,
    /// Most words allowed (0: no limit).
    #[serde(default)]
    pub max_words: u32,
    /// Lines the notes need, as the brief counts them ("10 à 20 lignes"): lines of at most 80
    /// characters once wrapped, blank ones not counted (0: no minimum).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub min_lines: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A board: zones laid out on a grid (SWOT 2x2, the canvas's nine blocks...), optional
/// strategies combining items of several zones (TOWS), priorities and KPIs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BoardConfig {
    pub columns: u16,
    pub rows: u16,
    pub zones: Vec<ZoneConfig>,
    #[serde(default)]
    pub strategy_kinds: Vec<StrategyKind>,
    /// Strategies needed of each kind.
    #[serde(default)]
    pub min_strategies_per_kind: u32,
    /// `Some(n)`: the board has a priorities list that needs n entries.
    #[serde(default)]
    pub min_priorities: Option<u32>,
    /// `Some(n)`: the board has a KPI table that needs n entries.
    #[serde(default)]
    pub min_kpis: Option<u32>,
    /// Attribution to show with the board (the canvas is CC BY-SA).
    #[serde(default)]
    pub credit: String,
    /// What the strategies are called, when not "Strategies" (A6: "Préconisations").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strategies_title: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ZoneConfig {
    pub id: String,
    pub title: String,
    /// One line telling what belongs in the zone.
    #[serde(default)]
    pub hint: String,
    pub col: u16,
    pub row: u16,
    #[serde(default = "one")]
    pub col_span: u16,
    #[serde(default = "one")]
    pub row_span: u16,
    #[serde(default)]
    pub min_items: u32,
    /// Every item of this zone needs its evidence or source.
    #[serde(default)]
    pub evidence_required: bool,
}

fn one() -> u16 {
    1
}

/// A kind of strategy, such as TOWS's SO: it combines items of the zones it names.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StrategyKind {
    pub id: String,
    pub title: String,
    pub combines: Vec<String>,
    /// A strategy of this kind needs an item of at least one of the `combines` zones (rather
    /// than one of each): A6's recommendations, each grounded in some observation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub any_zone: bool,
}

impl Case {
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// Parses and validates a case from JSON text.
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        validate::parse_and_validate(text)
    }

    /// The embedded default case.
    pub fn embedded_default() -> Case {
        // The embedded case is validated by a unit test, so failing here is a build defect.
        Case::from_json(DEFAULT_CASE_JSON).expect("the embedded case is valid")
    }
}

impl BoardConfig {
    /// The title of the strategies: the case's, or the interface's "Strategies".
    pub fn strategies_title(&self, lang: crate::i18n::Lang) -> String {
        if self.strategies_title.trim().is_empty() {
            crate::i18n::Text::Strategies.get(lang).to_string()
        } else {
            self.strategies_title.clone()
        }
    }

    /// Whether the board's strategies are recommendations, each grounded in some observation
    /// (A6): the interface calls them so, not "strategies".
    pub fn recommends(&self) -> bool {
        !self.strategy_kinds.is_empty() && self.strategy_kinds.iter().all(|k| k.any_zone)
    }

    pub fn zone(&self, id: &str) -> Option<&ZoneConfig> {
        self.zones.iter().find(|z| z.id == id)
    }
    pub fn strategy_kind(&self, id: &str) -> Option<&StrategyKind> {
        self.strategy_kinds.iter().find(|k| k.id == id)
    }
}

/// A case together with its source text (whose digest the workspace records).
#[derive(Debug, Clone)]
pub struct LoadedCase {
    pub case: Case,
    pub text: String,
    pub origin: CaseOrigin,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CaseOrigin {
    Embedded,
    File(PathBuf),
}

impl LoadedCase {
    pub fn digest(&self) -> String {
        crate::case::digest::sha256_hex(self.text.as_bytes())
    }

    /// The worked-example answers that go with this case, if it has any.
    pub fn example_text(&self) -> Option<String> {
        match &self.origin {
            CaseOrigin::Embedded => EMBEDDED
                .iter()
                .find(|(id, _, _)| *id == self.case.id)
                .map(|(_, _, example)| example.to_string()),
            CaseOrigin::File(path) => std::fs::read_to_string(sibling(path, "example.json")).ok(),
        }
    }
}

/// `cases/x.json` -> `cases/x.<suffix>`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.{suffix}"))
}

/// Loads the embedded default case.
pub fn load_default() -> LoadedCase {
    LoadedCase {
        case: Case::embedded_default(),
        text: DEFAULT_CASE_JSON.to_string(),
        origin: CaseOrigin::Embedded,
    }
}

/// Loads an embedded case by id.
pub fn load_embedded(id: &str) -> Option<LoadedCase> {
    let (_, text, _) = EMBEDDED.iter().find(|(embedded, _, _)| *embedded == id)?;
    // Every embedded case is validated by a unit test, so failing here is a build defect.
    let case = Case::from_json(text).expect("the embedded cases are valid");
    Some(LoadedCase {
        case,
        text: text.to_string(),
        origin: CaseOrigin::Embedded,
    })
}

/// Loads a case from a file path.
pub fn load_path(path: &Path) -> Result<LoadedCase, CaseError> {
    let text = std::fs::read_to_string(path).map_err(|e| CaseError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
        kind: e.kind(),
    })?;
    // Some editors start a UTF-8 file with a byte order mark; JSON has no use for it.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    let case = Case::from_json(&text)?;
    Ok(LoadedCase {
        case,
        text,
        origin: CaseOrigin::File(path.to_path_buf()),
    })
}

/// Finds a case by id (embedded, then `./cases/ID.json`) or by path.
pub fn resolve(id_or_path: Option<&str>) -> Result<LoadedCase, CaseError> {
    let Some(wanted) = id_or_path else {
        return Ok(load_default());
    };
    if let Some(loaded) = load_embedded(wanted) {
        return Ok(loaded);
    }
    let as_path = Path::new(wanted);
    if as_path.is_file() {
        return load_path(as_path);
    }
    for entry in list_local_case_files() {
        if let Ok(loaded) = load_path(&entry) {
            if loaded.case.id == wanted {
                return Ok(loaded);
            }
        }
    }
    Err(CaseError::NotFound(wanted.to_string()))
}

/// Case files in `./cases`, leaving out the examples and examiner files that sit beside them.
pub fn list_local_case_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("cases")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_case_file(p))
        .collect();
    files.sort();
    files
}

fn is_case_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.ends_with(".json")
        && name != "referentiel.json"
        && !name.ends_with(".example.json")
        && !name.ends_with(".examiner.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_case_is_valid_and_complete() {
        let case = Case::from_json(DEFAULT_CASE_JSON).unwrap();
        let ids: Vec<&str> = case.exercises.iter().map(|e| e.id.as_str()).collect();
        for expected in [
            "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13",
            "A14", "A15", "RE", "MI", "MC",
        ] {
            assert!(ids.contains(&expected), "missing exercise {expected}");
        }
        assert!(case.organisation.departments.len() >= 6);
        assert!(case.organisation.actors.len() >= 12);
        assert!(case.organisation.processing_activities.len() >= 6);
    }

    #[test]
    fn every_embedded_case_loads_with_its_example() {
        for (id, _, _) in EMBEDDED {
            let loaded = load_embedded(id).unwrap();
            assert_eq!(loaded.case.id, *id);
            let example: crate::workspace::Example =
                serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
            assert_eq!(example.case, *id);
        }
    }

    #[test]
    fn sibling_paths() {
        assert_eq!(
            sibling(Path::new("cases/x.json"), "example.json"),
            PathBuf::from("cases/x.example.json")
        );
    }
}
