//! What a check finds ([`Finding`]): one thing the candidate still has to do, or did wrong,
//! for every kind; its stable machine name, its message, and for the A7 rule engine's
//! findings the id and target a candidate accepts or dismisses.

use crate::i18n::Lang;

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
