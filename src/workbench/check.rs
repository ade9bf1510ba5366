//! Checks: pure functions from (case, workspace) to findings and a status per exercise.
//! The home screen, the workbench hints, `atelier check`, the report and the review all read
//! these same findings.

use crate::case::{Case, Exercise, Kind};
use crate::i18n::Lang;
use crate::workspace::{Answer, Workspace};
use serde::Serialize;

pub use crate::workbench::board::check::check_board;
pub use crate::workbench::code::check::check_code;
use crate::workbench::code::check::code_untouched;
pub use crate::workbench::notes::check::text_words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    InProgress,
    Complete,
}

/// One thing the candidate still has to do, or did wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    TooFewItems {
        zone: String,
        count: usize,
        min: u32,
    },
    MissingEvidence {
        zone: String,
        item: String,
    },
    EmptyItem {
        zone: String,
    },
    TooFewStrategies {
        /// The board's strategies are recommendations (A6), and are called so.
        recommendation: bool,
        kind: String,
        count: usize,
        min: u32,
    },
    StrategyWithoutText {
        recommendation: bool,
        label: String,
    },
    StrategyMissingZone {
        recommendation: bool,
        label: String,
        zone: String,
    },
    TooFewPriorities {
        count: usize,
        min: u32,
    },
    TooFewKpis {
        count: usize,
        min: u32,
    },
    KpiWithoutTarget {
        name: String,
    },
    KpiWithoutUnit {
        name: String,
    },
    NotesTooShort {
        words: usize,
        min: u32,
    },
    NotesTooLong {
        words: usize,
        max: u32,
    },
    /// The notes have fewer lines than the brief asks for.
    NotesTooFewLines {
        lines: usize,
        min: u32,
    },
    /// The program's header still holds a placeholder of the starter ("Auteur : ...").
    HeaderPlaceholder {
        line: usize,
        text: String,
    },
    // -- code: A1 Python runner and sketch (issue 3); keep this kind's entries under this line --
    /// `program.py` is missing or empty.
    ProgramMissing,
    /// The tests were never run on the program as it is now.
    ProgramNotRun,
    /// The program does not parse.
    ProgramSyntaxError {
        line: u32,
        message: String,
    },
    /// The last run ended badly (runtime error, time or memory limit, crash).
    ProgramRunFailed {
        status: crate::workbench::code::model::RunStatus,
    },
    /// Some visible tests fail.
    TestsFailing {
        passed: usize,
        total: usize,
    },
    /// The module has no header comment or docstring.
    MissingHeaderComment,
    /// A function or class without a docstring.
    MissingDocstring {
        name: String,
        line: u32,
    },
    /// A name that hides a Python builtin (`list`, `sum`, `max`...).
    ShadowedBuiltin {
        name: String,
        line: u32,
    },
    /// `sketch.py` is missing or empty.
    SketchMissing,
    // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --
    TooFewSectors {
        count: usize,
        min: u32,
    },
    MapTooShallow {
        depth: usize,
        min: u32,
    },
    EmptyNodes {
        count: usize,
    },
    /// Trend leaves without any source; `examples` quotes the first few.
    LeavesWithoutSource {
        count: usize,
        examples: Vec<String>,
    },
    OutdatedSource {
        node: String,
        source: String,
        year: i32,
        /// The oldest year the case accepts today.
        oldest: i32,
    },
    SourceWithoutYear {
        node: String,
        source: String,
    },
    SourceWithoutLink {
        node: String,
        source: String,
    },
    DuplicateNode {
        text: String,
        count: usize,
    },
    // -- map: A3 world map (issue 4); keep this kind's entries under this line --
    MapWithoutTitle,
    TooFewActors {
        count: usize,
        min: u32,
    },
    ActorWithoutCategory {
        actor: String,
    },
    CategoryNotInLegend {
        actor: String,
    },
    NoRecommendations,
    RecommendationWithoutActor {
        rank: usize,
    },
    // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
    /// The sociogram and the SIC diagnosis (A6): see `crate::workbench::sociogram::checks`.
    Graph(crate::workbench::sociogram::GraphFinding),
    // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --
    /// The register lists fewer processings than the case asks for.
    TooFewProcessings {
        count: usize,
        min: u32,
    },
    /// A processing of the register has no id (row is 1-based).
    ProcessingWithoutId {
        row: usize,
    },
    DuplicateProcessingId {
        id: String,
    },
    /// A rule of the audit's engine fired on a processing and the candidate has neither
    /// accepted nor dismissed it (its id is `PROCESSING:RULE`).
    GdprRule {
        rule: crate::workbench::gdpr::model::Rule,
        processing: String,
    },
    DismissedWithoutReason {
        id: String,
    },
    RisksNotAssessed {
        processing: String,
    },
    ChecklistIncomplete {
        answered: usize,
        total: usize,
    },
    FindingUnknownProcessing {
        id: String,
        processing: String,
    },
    FindingWithoutArgument {
        id: String,
    },
    FindingWithoutSeverity {
        id: String,
    },
    FindingWithoutRecommendation {
        id: String,
    },
    RecommendationIncomplete {
        id: String,
    },
    OpinionMissing,
    // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
    GridTooFewRows {
        grid: String,
        count: usize,
        min: u32,
    },
    /// Required cells left empty in a column, by row number (from 1).
    GridCellsMissing {
        grid: String,
        column: String,
        rows: Vec<usize>,
    },
    GridCellInvalid {
        grid: String,
        row: usize,
        column: String,
        value: String,
        expected: crate::workbench::grid::model::Expected,
    },
    GridTooFewDistinct {
        grid: String,
        column: String,
        count: usize,
        min: u32,
    },
    GridTooFewMatching {
        grid: String,
        column: String,
        value: String,
        count: usize,
        min: u32,
    },
    GridTooFewPerOption {
        grid: String,
        option: String,
        count: usize,
        min: u32,
    },
    /// A large gap (skills) with no row of the plan that covers it.
    GridGapWithoutAction {
        grid: String,
        row: String,
        value: f64,
    },
    TooFewPosts {
        count: usize,
        min: u32,
    },
    /// Fewer of the named columns hold something than the case asks (A12's companies).
    GridTooFewColumnsFilled {
        grid: String,
        columns: Vec<String>,
        count: usize,
        min: u32,
    },
    /// A row of a timeline ends before it starts (an A13 roadmap phase from 2027-T2 to
    /// 2026-T4).
    GridEndsBeforeStart {
        grid: String,
        row: usize,
        start: String,
        end: String,
    },
    GridTotalTooHigh {
        grid: String,
        column: String,
        total: f64,
        max: f64,
    },
    /// A recommendation whose finding cites nothing the social listening found.
    GridRowNotTiedToListening {
        grid: String,
        row: usize,
        column: String,
    },
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    /// A section the case sets has no text.
    SectionEmpty {
        section: String,
    },
    /// `[@key]` in the text names no reference of the list.
    CitationUnknown {
        key: String,
    },
    /// A reference of the list is never cited.
    ReferenceUnused {
        key: String,
    },
    /// A reference lacks its author, title or year.
    ReferenceIncomplete {
        key: String,
    },
    TooFewReferences {
        count: usize,
        min: u32,
    },
    TooFewPicks {
        count: usize,
        min: u32,
    },
    PickWithoutArgument {
        scheme: String,
    },
    PickWithoutCounterparts {
        scheme: String,
    },
    /// A pick of a scheme the case does not list.
    UnknownScheme {
        scheme: String,
    },
    /// An attachment names no exercise of the case, or one with no answer yet.
    AttachmentUnavailable {
        exercise: String,
    },
    NoSlides,
    TooManySlides {
        count: usize,
        max: u32,
    },
    SlideWithoutTitle {
        slide: usize,
    },
    SlideWithoutPoints {
        slide: usize,
    },
    SlideWithoutNotes {
        slide: usize,
    },
    PointTooLong {
        slide: usize,
        words: usize,
        max: u32,
    },
    NotRehearsed,
    TooFewObjections {
        count: usize,
        min: u32,
    },
    ObjectionWithoutAnswer {
        objection: String,
    },
    /// The last rehearsal went over the time limit.
    RehearsalOverTime {
        seconds: u64,
        max_minutes: u32,
    },
    // -- review: examiners' review (issue 9); keep this kind's entries under this line --
}

impl Finding {
    /// Stable machine name, for `--json`.
    pub fn code(&self) -> &'static str {
        match self {
            Finding::TooFewItems { .. } => "too-few-items",
            Finding::MissingEvidence { .. } => "missing-evidence",
            Finding::EmptyItem { .. } => "empty-item",
            Finding::TooFewStrategies { .. } => "too-few-strategies",
            Finding::StrategyWithoutText { .. } => "strategy-without-text",
            Finding::StrategyMissingZone { .. } => "strategy-missing-zone",
            Finding::TooFewPriorities { .. } => "too-few-priorities",
            Finding::TooFewKpis { .. } => "too-few-kpis",
            Finding::KpiWithoutTarget { .. } => "kpi-without-target",
            Finding::KpiWithoutUnit { .. } => "kpi-without-unit",
            Finding::NotesTooShort { .. } => "notes-too-short",
            Finding::NotesTooFewLines { .. } => "notes-too-few-lines",
            Finding::HeaderPlaceholder { .. } => "header-placeholder",
            Finding::NotesTooLong { .. } => "notes-too-long",
            // -- code: A1 Python runner and sketch (issue 3); keep this kind's entries under this line --
            Finding::ProgramMissing => "program-missing",
            Finding::ProgramNotRun => "program-not-run",
            Finding::ProgramSyntaxError { .. } => "program-syntax-error",
            Finding::ProgramRunFailed { .. } => "program-run-failed",
            Finding::TestsFailing { .. } => "tests-failing",
            Finding::MissingHeaderComment => "missing-header-comment",
            Finding::MissingDocstring { .. } => "missing-docstring",
            Finding::ShadowedBuiltin { .. } => "shadowed-builtin",
            Finding::SketchMissing => "sketch-missing",
            // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --
            Finding::TooFewSectors { .. } => "too-few-sectors",
            Finding::MapTooShallow { .. } => "map-too-shallow",
            Finding::EmptyNodes { .. } => "empty-nodes",
            Finding::LeavesWithoutSource { .. } => "leaves-without-source",
            Finding::OutdatedSource { .. } => "outdated-source",
            Finding::SourceWithoutYear { .. } => "source-without-year",
            Finding::SourceWithoutLink { .. } => "source-without-link",
            Finding::DuplicateNode { .. } => "duplicate-node",
            // -- map: A3 world map (issue 4); keep this kind's entries under this line --
            Finding::MapWithoutTitle => "map-without-title",
            Finding::TooFewActors { .. } => "too-few-actors",
            Finding::ActorWithoutCategory { .. } => "actor-without-category",
            Finding::CategoryNotInLegend { .. } => "category-not-in-legend",
            Finding::NoRecommendations => "no-recommendations",
            Finding::RecommendationWithoutActor { .. } => "recommendation-without-actor",
            // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
            Finding::Graph(finding) => finding.code(),
            // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --
            Finding::TooFewProcessings { .. } => "too-few-processings",
            Finding::ProcessingWithoutId { .. } => "processing-without-id",
            Finding::DuplicateProcessingId { .. } => "duplicate-processing-id",
            Finding::GdprRule { rule, .. } => rule.code(),
            Finding::DismissedWithoutReason { .. } => "dismissed-without-reason",
            Finding::RisksNotAssessed { .. } => "risks-not-assessed",
            Finding::ChecklistIncomplete { .. } => "checklist-incomplete",
            Finding::FindingUnknownProcessing { .. } => "finding-unknown-processing",
            Finding::FindingWithoutArgument { .. } => "finding-without-argument",
            Finding::FindingWithoutSeverity { .. } => "finding-without-severity",
            Finding::FindingWithoutRecommendation { .. } => "finding-without-recommendation",
            Finding::RecommendationIncomplete { .. } => "recommendation-incomplete",
            Finding::OpinionMissing => "opinion-missing",
            // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
            Finding::GridTooFewRows { .. } => "grid-too-few-rows",
            Finding::GridCellsMissing { .. } => "grid-cells-missing",
            Finding::GridCellInvalid { .. } => "grid-cell-invalid",
            Finding::GridTooFewDistinct { .. } => "grid-too-few-distinct",
            Finding::GridTooFewMatching { .. } => "grid-too-few-matching",
            Finding::GridTooFewPerOption { .. } => "grid-too-few-per-option",
            Finding::GridGapWithoutAction { .. } => "grid-gap-without-action",
            Finding::TooFewPosts { .. } => "too-few-posts",
            Finding::GridRowNotTiedToListening { .. } => "grid-row-not-tied-to-listening",
            Finding::GridTotalTooHigh { .. } => "grid-total-too-high",
            Finding::GridEndsBeforeStart { .. } => "grid-ends-before-start",
            Finding::GridTooFewColumnsFilled { .. } => "grid-too-few-columns-filled",
            // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
            Finding::SectionEmpty { .. } => "section-empty",
            Finding::CitationUnknown { .. } => "citation-unknown",
            Finding::ReferenceUnused { .. } => "reference-unused",
            Finding::ReferenceIncomplete { .. } => "reference-incomplete",
            Finding::TooFewReferences { .. } => "too-few-references",
            Finding::TooFewPicks { .. } => "too-few-picks",
            Finding::PickWithoutArgument { .. } => "pick-without-argument",
            Finding::PickWithoutCounterparts { .. } => "pick-without-counterparts",
            Finding::UnknownScheme { .. } => "unknown-scheme",
            Finding::AttachmentUnavailable { .. } => "attachment-unavailable",
            Finding::NoSlides => "no-slides",
            Finding::TooManySlides { .. } => "too-many-slides",
            Finding::SlideWithoutTitle { .. } => "slide-without-title",
            Finding::SlideWithoutPoints { .. } => "slide-without-points",
            Finding::SlideWithoutNotes { .. } => "slide-without-notes",
            Finding::PointTooLong { .. } => "point-too-long",
            Finding::NotRehearsed => "not-rehearsed",
            Finding::TooFewObjections { .. } => "too-few-objections",
            Finding::ObjectionWithoutAnswer { .. } => "objection-without-answer",
            Finding::RehearsalOverTime { .. } => "rehearsal-over-time",
            // -- review: examiners' review (issue 9); keep this kind's entries under this line --
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::finding_message(lang, self)
    }

    /// The stable id of a finding a candidate can accept or dismiss (the A7 rule engine's
    /// `PROCESSING:RULE`), for `--json`.
    pub fn id(&self) -> Option<String> {
        match self {
            Finding::GdprRule { rule, processing } => Some(
                crate::workbench::gdpr::audit::proposal_id(processing, *rule),
            ),
            _ => None,
        }
    }

    /// What the finding concerns inside the exercise (the A7 processing id), for `--json`.
    pub fn target(&self) -> Option<&str> {
        match self {
            Finding::GdprRule { processing, .. } | Finding::RisksNotAssessed { processing } => {
                Some(processing)
            }
            _ => None,
        }
    }
}

/// The result of checking one exercise.
#[derive(Debug, Clone)]
pub struct ExerciseReport {
    pub id: String,
    pub status: Status,
    pub findings: Vec<Finding>,
}

/// Checks every exercise of the case, in the case's order.
pub fn check_workspace(case: &Case, workspace: &Workspace) -> Vec<ExerciseReport> {
    check_workspace_with(
        case,
        workspace,
        &crate::workbench::grid::check::GridCache::default(),
    )
}

/// `check_workspace`, reading the grid exercises' configurations and listening analyses
/// from a cache kept by the caller where it has them (the same findings, without parsing
/// and analysing again on every change).
pub fn check_workspace_with(
    case: &Case,
    workspace: &Workspace,
    grids: &crate::workbench::grid::check::GridCache,
) -> Vec<ExerciseReport> {
    let mut reports: Vec<ExerciseReport> = case
        .exercises
        .iter()
        .map(|exercise| check_exercise_with(exercise, workspace.answer(&exercise.id), grids))
        .collect();
    // -- note_deck: attachments point at other exercises' answers (issue 8) --
    crate::workbench::notes::check::check_attachments(case, workspace, &mut reports);
    reports
}

pub fn check_exercise(exercise: &Exercise, answer: Option<&Answer>) -> ExerciseReport {
    check_exercise_with(
        exercise,
        answer,
        &crate::workbench::grid::check::GridCache::default(),
    )
}

fn check_exercise_with(
    exercise: &Exercise,
    answer: Option<&Answer>,
    grids: &crate::workbench::grid::check::GridCache,
) -> ExerciseReport {
    let empty = Answer::default();
    let answer = answer.unwrap_or(&empty);
    let mut findings = Vec::new();
    // A board can come with any kind (A6's SIC grid beside its sociogram).
    if let Some(config) = &exercise.board {
        let board = answer.board.clone().unwrap_or_default();
        findings.extend(check_board(config, &board));
    }
    let mut untouched = false;
    match exercise.kind {
        Kind::Board => {}

        // -- code: A1 Python runner and sketch (issue 3) --
        Kind::Code => {
            findings.extend(check_code(answer.code.as_ref()));
            findings.extend(crate::workbench::code::check::header_placeholders(
                exercise,
                answer.code.as_ref(),
            ));
            untouched = code_untouched(exercise, answer);
        }

        // -- tree: A5 mind map (issue 4) --
        Kind::Tree => {
            let config: crate::workbench::worldmap::config::TreeConfig =
                crate::case::parse_config("", &exercise.config).unwrap_or_default();
            let seed;
            let tree = match &answer.tree {
                Some(tree) => tree,
                None => {
                    seed = crate::workbench::mindmap::model::MindMap::from_seed(&config.seed_nodes);
                    &seed
                }
            };
            let year = crate::workbench::mindmap::check::current_year();
            findings.extend(crate::workbench::mindmap::check::check_tree(
                &config, tree, year,
            ));
        }

        // -- map: A3 world map (issue 4) --
        Kind::Map => {
            let config: crate::workbench::worldmap::config::MapConfig =
                crate::case::parse_config("", &exercise.config).unwrap_or_default();
            let map = answer.map.clone().unwrap_or_default();
            findings.extend(crate::workbench::mindmap::check::check_world_map(
                &config, &map,
            ));
        }

        // -- graph: A6 sociogram and SIC grid (issue 5) --
        Kind::Graph => findings.extend(
            crate::workbench::sociogram::check(exercise, answer)
                .into_iter()
                .map(Finding::Graph),
        ),

        // -- sheet: A7 GDPR audit sheet (issue 6) --
        Kind::Sheet => findings.extend(crate::workbench::gdpr::audit::check_exercise(
            exercise,
            answer.sheet.as_ref(),
        )),

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7) --
        Kind::Grid => {
            let parsed: crate::workbench::grid::config::GridExercise;
            let config = match grids.config(&exercise.id) {
                Some(config) => config,
                None => {
                    parsed = crate::case::parse_config("$", &exercise.config).unwrap_or_default();
                    &parsed
                }
            };
            let answer = answer.grid.as_ref();
            let listening = grids.listening(&exercise.id, answer).map(|(a, _)| a);
            findings.extend(crate::workbench::grid::check::check_grids_with(
                config, answer, listening,
            ));
        }

        // -- note_deck: notes and the A15 deck (issue 8) --
        Kind::Note => findings.extend(crate::workbench::notes::check::check_note(exercise, answer)),
        Kind::Deck => findings.extend(crate::workbench::notes::check::check_deck(exercise, answer)),
    }
    findings.extend(check_notes(
        exercise,
        crate::workbench::notes::check::text_words(exercise, answer),
    ));
    let limits = &exercise.notes;
    let lines = crate::workbench::notes::model::count_lines(&answer.notes);
    if limits.min_lines > 0 && lines < limits.min_lines as usize {
        findings.push(Finding::NotesTooFewLines {
            lines,
            min: limits.min_lines,
        });
    }
    let status = if answer.is_empty() || untouched {
        Status::NotStarted
    } else if findings.is_empty() {
        Status::Complete
    } else {
        Status::InProgress
    };
    ExerciseReport {
        id: exercise.id.clone(),
        status,
        findings,
    }
}

fn check_notes(exercise: &Exercise, words: usize) -> Vec<Finding> {
    let limits = &exercise.notes;
    let mut findings = Vec::new();
    if limits.min_words > 0 && words < limits.min_words as usize {
        findings.push(Finding::NotesTooShort {
            words,
            min: limits.min_words,
        });
    }
    if limits.max_words > 0 && words > limits.max_words as usize {
        findings.push(Finding::NotesTooLong {
            words,
            max: limits.max_words,
        });
    }
    findings
}

/// Words as a reader counts them (French elisions and hyphens: see `model::note`).
pub fn count_words(text: &str) -> usize {
    crate::workbench::notes::model::count_words(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{BoardConfig, StrategyKind, ZoneConfig};
    use crate::workspace::Board;

    fn zone(id: &str, title: &str, min: u32) -> ZoneConfig {
        ZoneConfig {
            id: id.into(),
            title: title.into(),
            hint: String::new(),
            col: 0,
            row: 0,
            col_span: 1,
            row_span: 1,
            min_items: min,
            evidence_required: true,
        }
    }

    fn swot_config() -> BoardConfig {
        BoardConfig {
            columns: 2,
            rows: 2,
            zones: vec![
                zone("S", "Forces", 1),
                zone("W", "Faiblesses", 1),
                zone("O", "Opportunités", 3),
                zone("T", "Menaces", 1),
            ],
            strategy_kinds: vec![StrategyKind {
                id: "WO".into(),
                title: "WO".into(),
                combines: vec!["W".into(), "O".into()],
                any_zone: false,
            }],
            min_strategies_per_kind: 1,
            min_priorities: None,
            min_kpis: Some(1),
            credit: String::new(),
            strategies_title: String::new(),
        }
    }

    #[test]
    fn counts_thresholds_and_names_the_zone() {
        let mut board = Board::default();
        let o = board.add_item("O", "drive piéton");
        board.item_mut(o).unwrap().evidence = "étude".into();
        let findings = check_board(&swot_config(), &board);
        assert!(findings.contains(&Finding::TooFewItems {
            zone: "Opportunités".into(),
            count: 1,
            min: 3
        }));
        let message = Finding::TooFewItems {
            zone: "Opportunities".into(),
            count: 1,
            min: 3,
        }
        .message(Lang::En);
        assert_eq!(
            message,
            "Opportunities has 1 item, the case asks for at least 3"
        );
    }

    #[test]
    fn strategy_must_reference_each_combined_zone() {
        let mut board = Board::default();
        let o = board.add_item("O", "x");
        board.add_strategy("WO", "premier");
        let s = board.add_strategy("WO", "second");
        board.toggle_strategy_ref(s, o);
        let findings = check_board(&swot_config(), &board);
        assert!(findings.contains(&Finding::StrategyMissingZone {
            recommendation: false,
            label: "WO-2".into(),
            zone: "Faiblesses".into()
        }));
        assert!(findings.contains(&Finding::StrategyMissingZone {
            recommendation: false,
            label: "WO-1".into(),
            zone: "Opportunités".into()
        }));
        assert_eq!(
            Finding::StrategyMissingZone {
                recommendation: false,
                label: "WO-2".into(),
                zone: "weakness".into()
            }
            .message(Lang::En),
            "strategy WO-2 references no item of weakness"
        );
    }

    #[test]
    fn evidence_and_kpis() {
        let mut board = Board::default();
        board.add_item("S", "marque");
        board.add_kpi("Part du web", "", "");
        let findings = check_board(&swot_config(), &board);
        assert!(findings.iter().any(|f| f.code() == "missing-evidence"));
        assert!(findings.iter().any(|f| f.code() == "kpi-without-target"));
        assert!(findings.iter().any(|f| f.code() == "kpi-without-unit"));
    }

    #[test]
    fn status_follows_findings() {
        let case = crate::case::Case::embedded_default();
        let a2 = case.exercise("A2").unwrap();
        assert_eq!(check_exercise(a2, None).status, Status::NotStarted);
        let mut answer = Answer::default();
        answer.board.get_or_insert_default().add_item("S", "x");
        assert_eq!(check_exercise(a2, Some(&answer)).status, Status::InProgress);
    }

    #[test]
    fn worked_example_is_complete_for_boards() {
        // Source recency (A5) is judged on a fixed day, not the calendar's.
        std::env::set_var(
            "ATELIER_TODAY",
            crate::workbench::mindmap::check::TEST_TODAY,
        );
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        for id in ["A2", "A11", "A3", "A5"] {
            let exercise = loaded.case.exercise(id).unwrap();
            let report = check_exercise(exercise, example.answers.get(id));
            assert_eq!(
                report.status,
                Status::Complete,
                "{id}: {:?}",
                report.findings
            );
        }
    }

    #[test]
    fn word_count_ignores_punctuation_runs() {
        assert_eq!(count_words("Bonjour , le  monde — ok"), 4);
        assert_eq!(count_words(""), 0);
    }
}
