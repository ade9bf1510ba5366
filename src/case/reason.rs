//! Why a part of a case file is refused, as data: the validation says which rule failed and
//! with what values, and `i18n::case` (or the kind's `text.rs`) says it in the reader's
//! language. `Display` is the English sentence (logs, tests, `--lang en`).

use std::fmt;

use crate::i18n::Lang;
use crate::workbench::code::config::CodeReason;
use crate::workbench::grid::config::GridReason;
use crate::workbench::notes::config::NotesReason;

/// The reason of `CaseError::Invalid`, by the family of rules that refused the value.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A rule of the case format itself (ids, references, rubric, board).
    Case(CaseReason),
    /// A rule of the referentiel (`atelier case validate`'s conformity check).
    Referentiel(ReferentielReason),
    /// A rule of the A1 configuration and tests.
    Code(CodeReason),
    /// A rule of the grid configuration (A8 to A12).
    Grid(GridReason),
    /// A rule of the note and deck configurations.
    Notes(NotesReason),
    /// serde's own sentence about a type, a missing or an unknown field.
    Serde(String),
}

impl Reason {
    /// The sentence in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        crate::case::text::reason(lang, self)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl From<CaseReason> for Reason {
    fn from(reason: CaseReason) -> Reason {
        Reason::Case(reason)
    }
}

impl From<ReferentielReason> for Reason {
    fn from(reason: ReferentielReason) -> Reason {
        Reason::Referentiel(reason)
    }
}

impl From<CodeReason> for Reason {
    fn from(reason: CodeReason) -> Reason {
        Reason::Code(reason)
    }
}

impl From<GridReason> for Reason {
    fn from(reason: GridReason) -> Reason {
        Reason::Grid(reason)
    }
}

impl From<NotesReason> for Reason {
    fn from(reason: NotesReason) -> Reason {
        Reason::Notes(reason)
    }
}

/// The lists of a case whose ids must be unique or must exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collection {
    Department,
    Actor,
    Processing,
    Exercise,
    Criterion,
    Zone,
    StrategyKind,
}

/// The rules of the case format.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseReason {
    /// The value must be a string with something other than spaces.
    NonEmpty,
    /// An id appears twice in its list.
    UsedTwice { what: Collection, id: String },
    /// A reference names no item of its list.
    Unknown { what: Collection, id: String },
    /// The file's format number is not the one this atelier reads.
    Format { expected: u32, found: u32 },
    /// The case id has characters a file name cannot take.
    IdCharacters,
    /// The language is neither French nor English.
    Language,
    /// A relation's intensity is outside 1 to 3.
    Intensity,
    /// The case has no exercise.
    NoExercise,
    /// A bloc outside 1 to 4.
    Bloc,
    /// A competence id outside C1 to C19.
    Competence { found: String },
    /// A criterion's scale is 0.
    Scale,
    /// The notes' word limit is below their minimum.
    MaxWords,
    /// A place off the globe.
    Coordinates,
    /// A board exercise has no board.
    BoardMissing,
    /// A criterion's levels do not match its scale.
    Levels { scale: u8, found: usize },
    /// The decision rule asks more on each criterion than the weakest scale allows.
    PassEach {
        exercise: String,
        min_each: u8,
        criterion: String,
        scale: u8,
    },
    /// The decision rule asks a total above the rubric's maximum.
    PassTotal {
        exercise: String,
        min_total: u32,
        max: u32,
    },
    /// A board's size is outside 1 to 12 columns and 1 to 6 rows.
    BoardSize,
    /// A board has no zone.
    NoZone,
    /// A zone spans no column or no row.
    Spans,
    /// A zone goes beyond the board.
    ZoneOutside { columns: u16, rows: u16 },
    /// Two zones share a cell.
    ZoneOverlap { col: u16, row: u16 },
    /// A strategy kind combines no zone.
    NoCombinedZone,
}

/// The rules of the referentiel that a case must follow.
#[derive(Debug, Clone, PartialEq)]
pub enum ReferentielReason {
    /// The exercise's id is no activity of the referentiel.
    NotAnActivity { id: String },
    /// The exercise is in another bloc than the referentiel's.
    Bloc { activity: String, bloc: Option<u8> },
    /// A competence the referentiel does not give the activity.
    Competence {
        activity: String,
        allowed: String,
        found: String,
    },
    /// A rubric line names no criterion.
    NoCriterion,
    /// The criterion belongs to another activity.
    CriterionElsewhere {
        criterion: String,
        owner: String,
        activity: String,
    },
    /// The criterion is not in the referentiel.
    UnknownCriterion { id: String },
    /// The line's text is not the referentiel's wording.
    Wording { criterion: String, text: String },
    /// The line has no level descriptors.
    NoLevels { scale: u8 },
    /// The line's competence is not among the exercise's.
    CompetenceNotListed { competence: String },
    /// A criterion of the referentiel has no rubric line.
    Unassessed { criterion: String, text: String },
    /// The exercise has no decision rule.
    NoPass,
    /// An activity of the referentiel has no exercise.
    MissingActivity { activity: String, title: String },
}
