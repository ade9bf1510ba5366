//! The workbench kinds, one folder each (model, checks, formats, update, view, keys, text),
//! and what they share: the findings and status of an exercise (`check`), the exports of one
//! exercise (`export`) and the screen's vocabulary (`screen`). This file is the one place that
//! matches on an exercise's kind to reach its workbench: its state on screen (`Bench`), its
//! panels, its key table, its update, its drawing, its bundle files and its report section.
//! Adding a kind is one folder plus one line in each of these matches.
//!
//! A kind's update takes only its own state and a `BenchCx` (`screen::bench_cx`), the rest
//! of the session as disjoint borrows: `update_bench` splits the session once
//! (`Session::split_bench`) and calls `kind::update::update(ui, cx, action)`; drawing takes
//! its state and a read-only `BenchView` (`Session::bench_view`), through `render_work_area`,
//! `render_panel`, `render_beside`, `render_sociogram`, `render_full_screen` and
//! `render_bench_overlay` here, the dialogs through the shell's overlay. Every kind's update
//! and drawing works so (A1's code panel takes its keys before the shell's own,
//! `App::update_exercise`, through `update_bench` too).

pub mod board;
#[cfg(test)]
mod brief_tests;
pub mod check;
pub mod code;
pub mod csv_input;
pub mod deck;
pub mod export;
pub mod gdpr;
pub mod grid;
pub mod html;
pub mod labels;
pub mod mindmap;
pub mod notes;
pub mod screen;
pub mod sociogram;
pub mod worldmap;
pub mod xlsx;

use crate::case::{BoardConfig, Case, Exercise, Kind};
use crate::i18n::{Lang, Text};
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::sociogram::fields::SociogramPanel;
use crate::workbench::worldmap::fields::WorldmapPanel;
use crate::workspace::{Answer, Board};
use ratatui::layout::Rect;
use ratatui::widgets::ListItem;
use ratatui::Frame;
use screen::keymap::{Action, Mode};
use screen::session::{Effect, ExerciseState, Panel, Session};

/// The state of the workbench on screen, one variant per kind: the shell holds one of these
/// in its exercise screen and knows a kind only through it.
pub enum Bench {
    Board(board::Ui),
    Code(Box<code::update::CodeState>),
    Mindmap(mindmap::update::TreeState),
    Worldmap(worldmap::update::MapState),
    /// The sociogram (`None` until built from the answer) and A6's SIC grid, a board.
    Sociogram {
        graph: Option<Box<sociogram::ui::GraphView>>,
        board: board::Ui,
    },
    Grid(grid::update::GridUi),
    Gdpr(gdpr::ui::SheetUi),
    /// The note kind and the deck kind share their editor and selections.
    Notes(notes::ui::NoteDeckState),
    Deck(notes::ui::NoteDeckState),
}

/// `bench.grid()`, `bench.grid_mut()`...: the kind's own state when the bench is of that kind.
macro_rules! bench_accessors {
    ($($get:ident, $get_mut:ident => $ty:ty: $($variant:ident)|+;)*) => {
        impl Bench {
            $(
                pub fn $get(&self) -> Option<&$ty> {
                    match self {
                        $(Bench::$variant(ui) => Some(ui),)+
                        _ => None,
                    }
                }
                pub fn $get_mut(&mut self) -> Option<&mut $ty> {
                    match self {
                        $(Bench::$variant(ui) => Some(ui),)+
                        _ => None,
                    }
                }
            )*
        }
    };
}

bench_accessors! {
    code, code_mut => code::update::CodeState: Code;
    tree, tree_mut => mindmap::update::TreeState: Mindmap;
    map, map_mut => worldmap::update::MapState: Worldmap;
    grid, grid_mut => grid::update::GridUi: Grid;
    sheet, sheet_mut => gdpr::ui::SheetUi: Gdpr;
    note_deck, note_deck_mut => notes::ui::NoteDeckState: Notes | Deck;
}

impl Bench {
    /// The board's selections: a board exercise's, or A6's SIC grid.
    pub fn board(&self) -> Option<&board::Ui> {
        match self {
            Bench::Board(ui) | Bench::Sociogram { board: ui, .. } => Some(ui),
            _ => None,
        }
    }
    pub fn board_mut(&mut self) -> Option<&mut board::Ui> {
        match self {
            Bench::Board(ui) | Bench::Sociogram { board: ui, .. } => Some(ui),
            _ => None,
        }
    }
    /// The sociogram's view, once built.
    pub fn graph(&self) -> Option<&sociogram::ui::GraphView> {
        match self {
            Bench::Sociogram { graph, .. } => graph.as_deref(),
            _ => None,
        }
    }
    pub fn graph_mut(&mut self) -> Option<&mut sociogram::ui::GraphView> {
        match self {
            Bench::Sociogram { graph, .. } => graph.as_deref_mut(),
            _ => None,
        }
    }
}

/// The files a bundle holds for one exercise besides its Markdown: each kind's exports in
/// the formats its users' tools open.
pub fn bundle_files(
    case: &Case,
    exercise: &Exercise,
    answer: &Answer,
    has_answer: bool,
    lang: Lang,
) -> Vec<(String, Vec<u8>)> {
    let id = &exercise.id;
    let board_csv = |files: &mut Vec<(String, Vec<u8>)>| {
        if let Some(config) = &exercise.board {
            let board = answer.board.clone().unwrap_or_default();
            let csv = export::board_csv(config, &board);
            files.push((format!("exports/{id}.csv"), csv.into_bytes()));
        }
    };
    let mut files = Vec::new();
    match exercise.kind {
        Kind::Board => board_csv(&mut files),
        Kind::Code => {}
        Kind::Tree | Kind::Map => {
            for (name, bytes) in mindmap::formats::bundle_exports(exercise, answer, lang) {
                files.push((format!("exports/{id}.{name}"), bytes));
            }
        }
        Kind::Graph => {
            board_csv(&mut files);
            if let Some(graph) = &answer.graph {
                files.extend(sociogram::bundle_files(case, exercise, graph));
            }
        }
        Kind::Grid => files.extend(grid::formats::bundle_files(
            exercise,
            answer.grid.as_ref(),
            lang,
        )),
        Kind::Sheet => {
            if let Some(sheet) = &answer.sheet {
                let csv = gdpr::formats::register_csv(sheet);
                files.push((format!("exports/{id}.csv"), csv.into_bytes()));
                if let Ok(xlsx) = gdpr::formats::register_xlsx(sheet) {
                    files.push((format!("exports/{id}.xlsx"), xlsx));
                }
            }
        }
        Kind::Note | Kind::Deck if has_answer => {
            files.extend(notes::formats::bundle_files(case, exercise, answer, lang))
        }
        Kind::Note | Kind::Deck => {}
    }
    files
}

/// The kind's part of an exercise's section in report.html, after its findings.
pub fn report_html(
    out: &mut String,
    case: &Case,
    exercise: &Exercise,
    answer: &Answer,
    lang: Lang,
) {
    let board = |out: &mut String| {
        if let Some(config) = &exercise.board {
            let board = answer.board.clone().unwrap_or_default();
            if !board.is_empty() {
                board::formats::board_html(out, &exercise.id, config, &board, lang);
            }
        }
    };
    match exercise.kind {
        Kind::Board => board(out),
        Kind::Code => {
            if let Some(code) = &answer.code {
                code::formats::code_html(out, code, lang);
            }
        }
        Kind::Tree | Kind::Map => {
            out.push_str(&mindmap::formats::report_html(exercise, answer, lang))
        }
        Kind::Graph => {
            if let Some(graph) = &answer.graph {
                out.push_str(&sociogram::report_html(case, exercise, graph, lang));
            }
            board(out);
        }
        Kind::Grid if !answer.is_empty() => {
            grid::formats::html(out, exercise, answer.grid.as_ref(), lang)
        }
        Kind::Grid => {}
        Kind::Sheet => {
            if let Some(sheet) = &answer.sheet {
                let config = gdpr::audit::SheetConfig::of(exercise);
                gdpr::formats::sheet_html(out, &config, sheet, lang);
            }
        }
        Kind::Note | Kind::Deck => notes::report::answer_html(out, exercise, answer, lang),
    }
}

impl Session {
    /// The workbench state of an exercise being opened, by its kind.
    pub(crate) fn open_bench(&mut self, exercise: &Exercise) -> Bench {
        match exercise.kind {
            Kind::Board => Bench::Board(Default::default()),
            Kind::Code => {
                let config = crate::case::parse_config("$", &exercise.config).unwrap_or_default();
                let state = crate::workbench::code::update::CodeState::new(
                    self.workspace
                        .answer(&exercise.id)
                        .and_then(|a| a.code.as_ref()),
                    &config,
                );
                Bench::Code(Box::new(state))
            }
            Kind::Tree => Bench::Mindmap(Default::default()),
            Kind::Map => Bench::Worldmap(Default::default()),
            Kind::Graph => Bench::Sociogram {
                graph: self.open_graph(exercise).map(Box::new),
                board: Default::default(),
            },
            Kind::Grid => Bench::Grid(Default::default()),
            Kind::Sheet => Bench::Gdpr(Default::default()),
            Kind::Note => Bench::Notes(Default::default()),
            Kind::Deck => Bench::Deck(Default::default()),
        }
    }

    /// Panels this exercise offers, in Tab order.
    pub fn panels(exercise: &Exercise) -> Vec<Panel> {
        let mut panels = Vec::new();
        if exercise.kind == Kind::Code {
            panels.push(Panel::Code);
        }
        // -- tree / map (issue 4): the workbench comes first --
        if matches!(exercise.kind, Kind::Tree) {
            panels.push(Panel::Zones);
        }
        if matches!(exercise.kind, Kind::Map) {
            panels.extend([
                Panel::Zones,
                Panel::Worldmap(WorldmapPanel::MapLegend),
                Panel::Worldmap(WorldmapPanel::MapLinks),
                Panel::Worldmap(WorldmapPanel::MapRecommendations),
            ]);
        }
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        if exercise.kind == Kind::Graph {
            panels.push(Panel::Sociogram(SociogramPanel::Sociogram));
        }
        if let Some(config) = &exercise.board {
            panels.push(Panel::Zones);
            if !config.strategy_kinds.is_empty() {
                panels.push(Panel::Strategies);
            }
            if config.min_priorities.is_some() {
                panels.push(Panel::Priorities);
            }
            if config.min_kpis.is_some() {
                panels.push(Panel::Kpis);
            }
        }
        if exercise.kind == Kind::Graph {
            panels.push(Panel::Sociogram(SociogramPanel::Steps));
        }
        if exercise.kind == Kind::Grid {
            panels.push(Panel::Grid);
        }
        if exercise.kind == Kind::Sheet {
            panels.extend([
                Panel::Gdpr(GdprPanel::SheetRegister),
                Panel::Gdpr(GdprPanel::SheetChecklist),
                Panel::Gdpr(GdprPanel::SheetFindings),
                Panel::Gdpr(GdprPanel::SheetOpinion),
            ]);
        }
        // -- note_deck: the note's and the deck's panels come first (issue 8) --
        panels.extend(crate::workbench::notes::ui::panels(exercise));
        panels.push(Panel::Notes);
        panels
    }
}

impl Session {
    /// The open exercise's workbench takes the actions the shell does not: the session is
    /// split once, and the kind gets its own state and a `BenchCx` of the rest.
    pub(crate) fn update_bench(&mut self, action: Action) -> Vec<Effect> {
        let Some((bench, mut cx)) = self.split_bench() else {
            return Vec::new();
        };
        let cx = &mut cx;
        match bench {
            Bench::Board(ui) => board::update::update(ui, cx, action),
            // A1's editor, on its panel, takes its keys before the shell does
            // (`App::update_exercise`); on the notes panel, none of them.
            Bench::Code(ui) if *cx.panel == Panel::Code => code::update::update(ui, cx, action),
            Bench::Code(_) => Vec::new(),
            Bench::Mindmap(ui) => mindmap::update::update(ui, cx, action),
            Bench::Worldmap(ui) => worldmap::update::update(ui, cx, action),
            Bench::Sociogram { graph, board } => {
                sociogram::update::update(graph.as_deref_mut(), board, cx, action)
            }
            Bench::Grid(ui) => grid::update::update(ui, cx, action),
            Bench::Gdpr(ui) => gdpr::update::update(ui, cx, action),
            Bench::Notes(nd) | Bench::Deck(nd) => notes::update::update(nd, cx, action),
        }
    }

    /// The key table of the open exercise's workbench, by its kind and focused panel.
    pub fn bench_mode(&self, state: &ExerciseState) -> Mode {
        let Some(kind) = self.case.exercise(&state.exercise).map(|e| e.kind) else {
            return Mode::Notes;
        };
        match kind {
            // A review reads the files: no key edits or runs them.
            Kind::Code if state.panel == Panel::Code && self.reviewing => Mode::CodeReview,
            Kind::Code if state.panel == Panel::Code => {
                match state.bench.code().is_some_and(|c| c.editing) {
                    true => Mode::CodeEditing,
                    false => Mode::Code,
                }
            }
            // The editor and the presenter keep their keys whatever the panel.
            Kind::Note | Kind::Deck
                if state.bench.note_deck().is_some_and(|nd| nd.is_active())
                    || state.panel.is_note_deck() =>
            {
                state
                    .bench
                    .note_deck()
                    .map_or(Mode::Notes, |nd| nd.mode(state.panel))
            }
            _ if state.panel == Panel::Notes => Mode::Notes,
            Kind::Board => Mode::Board,
            Kind::Tree => Mode::Tree,
            Kind::Map if state.panel == Panel::Zones => Mode::Map,
            Kind::Map => Mode::MapList,
            Kind::Graph => sociogram::ui::mode_for(state.panel),
            Kind::Grid => Mode::Grid,
            Kind::Sheet => gdpr::ui::mode(state),
            Kind::Code | Kind::Note | Kind::Deck => Mode::Notes,
        }
    }
}

/// The work area of the kinds that draw their own (the outline or the map above the panel, a
/// grid's tab): true when
/// drawn; otherwise the shell draws the board's zones, if any, and `render_panel`.
pub(crate) fn render_work_area(
    app: &Session,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
) -> bool {
    let Some((bench, view)) = app.bench_view() else {
        return false;
    };
    match bench {
        Bench::Mindmap(ui) => {
            let [outline, panel] = mindmap::view::split(area);
            mindmap::view::render(ui, &view, frame, outline);
            render_panel(app, frame, panel, exercise, None);
        }
        Bench::Worldmap(ui) => {
            let [canvas, panel] = worldmap::view::split(area);
            worldmap::view::render(ui, &view, frame, canvas);
            render_panel(app, frame, panel, exercise, None);
        }
        // A grid's tab fills the work area; its notes tab is the shell's panel.
        Bench::Grid(ui) if view.panel == Panel::Grid => grid::view::render(ui, &view, frame, area),
        _ => return false,
    }
    true
}

/// In place of the brief, what the open kind shows there (the case's facts about the
/// processing whose A7 form is open): true when drawn, otherwise the shell draws the brief.
pub(crate) fn render_beside(app: &Session, frame: &mut Frame, area: Rect, scroll: u16) -> bool {
    match app.bench_view() {
        Some((Bench::Gdpr(ui), view)) => gdpr::view::render_facts(ui, &view, frame, area, scroll),
        _ => false,
    }
}

/// The sociogram's screen (its drawing or its diagnosis steps fill the work area), in the
/// panel's frame with its tabs.
pub(crate) fn render_sociogram(app: &Session, frame: &mut Frame, area: Rect, exercise: &Exercise) {
    let Some((bench, view)) = app.bench_view() else {
        return;
    };
    let block = screen::panels::bordered(
        app,
        screen::panels::panel_tabs(app, exercise, view.panel),
        true,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(graph) = bench.graph() {
        sociogram::view::render(graph, &view, frame, inner);
    }
}

/// What the open kind draws over the whole screen but the key bar (the deck's presenter):
/// true when drawn.
pub(crate) fn render_full_screen(app: &Session, frame: &mut Frame, area: Rect) -> bool {
    match app.bench_view() {
        Some((Bench::Notes(nd) | Bench::Deck(nd), view)) => nd
            .presenter
            .as_ref()
            .is_some_and(|p| deck::presenter::render_presenter(p, &view, frame, area)),
        _ => false,
    }
}

/// The open kind's dialogs over the screen that are its own state rather than the shell's
/// overlay (the note's and the deck's field editor).
pub(crate) fn render_bench_overlay(app: &Session, frame: &mut Frame, body: Rect) {
    if let Some((Bench::Notes(nd) | Bench::Deck(nd), view)) = app.bench_view() {
        notes::view::render_editor_overlay(nd, &view, frame, body);
    }
}

/// The focused panel of the open exercise, drawn by its kind (the notes panel is everyone's).
pub(crate) fn render_panel(
    app: &Session,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    board: Option<(&BoardConfig, &Board)>,
) {
    let Some((_, state)) = app.current_exercise() else {
        return;
    };
    let block = screen::panels::bordered(
        app,
        screen::panels::panel_tabs(app, exercise, state.panel),
        state.panel != Panel::Zones,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let board_ui = state.bench.board().copied().unwrap_or_default();
    let Some((_, view)) = app.bench_view() else {
        return;
    };
    match (state.panel, board) {
        (Panel::Zones, Some((config, board))) => {
            if let Some(ui) = state.bench.board() {
                // A6's SIC grid names the sociogram's actors an item cites.
                let cited = |item: &board::model::Item| {
                    let graph = state.bench.graph()?;
                    Some(sociogram::panels::cited_actors_line(graph, &view, item))
                };
                board::view::render_details(ui, &view, frame, inner, config, board, &cited)
            }
        }
        (Panel::Strategies, Some((config, board))) => {
            board::view::render_strategies(&view, frame, inner, config, board, board_ui.strategy)
        }
        (Panel::Priorities, Some((_, board))) => {
            let rows: Vec<ListItem> = board
                .priorities
                .iter()
                .enumerate()
                .map(|(i, p)| ListItem::new(format!("{}. {}", i + 1, p.text)))
                .collect();
            board::view::render_list(
                &view,
                frame,
                inner,
                rows,
                board_ui.priority,
                Text::NoPriorities,
            );
        }
        (Panel::Kpis, Some((_, board))) => {
            board::view::render_kpis(&view, frame, inner, board, board_ui.kpi)
        }
        // -- code: A1 Python runner and sketch (issue 3) --
        (Panel::Code, _) => {
            if let Some(code) = state.bench.code() {
                code::view::render(code, &view, frame, inner)
            }
        }
        // -- tree / map (issue 4) --
        (Panel::Zones, None) if exercise.kind == Kind::Tree => {
            if let Some(ui) = state.bench.tree() {
                mindmap::view::render_details(ui, &view, frame, inner)
            }
        }
        (panel, None) if exercise.kind == Kind::Map && panel != Panel::Notes => {
            if let Some(ui) = state.bench.map() {
                worldmap::view::render_panel(ui, &view, frame, inner)
            }
        }
        (
            Panel::Gdpr(GdprPanel::SheetRegister)
            | Panel::Gdpr(GdprPanel::SheetChecklist)
            | Panel::Gdpr(GdprPanel::SheetFindings)
            | Panel::Gdpr(GdprPanel::SheetOpinion),
            _,
        ) => {
            if let Some(ui) = state.bench.sheet() {
                gdpr::view::render_panel(ui, &view, frame, inner)
            }
        }
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
        (panel, _) if panel.is_note_deck() => {
            if let Some(nd) = state.bench.note_deck() {
                notes::view::render_panel(&view, frame, inner, exercise, nd, panel)
            }
        }
        _ => screen::panels::render_notes(app, frame, inner, exercise),
    }
}

/// The findings of the exercise's kind, added to `findings`; true when the answer is still
/// the starting point the case gave (A1's starter files), so the exercise is not started.
pub(crate) fn kind_findings(
    exercise: &Exercise,
    answer: &Answer,
    grids: &grid::check::GridCache,
    findings: &mut Vec<check::Finding>,
) -> bool {
    let mut untouched = false;
    match exercise.kind {
        Kind::Board => {}

        // -- code: A1 Python runner and sketch (issue 3) --
        Kind::Code => {
            findings.extend(check::check_code(answer.code.as_ref()));
            findings.extend(code::check::header_placeholders(
                exercise,
                answer.code.as_ref(),
            ));
            untouched = code::check::code_untouched(exercise, answer);
        }

        // -- tree: A5 mind map (issue 4) --
        Kind::Tree => {
            let config: worldmap::config::TreeConfig =
                crate::case::parse_config("", &exercise.config).unwrap_or_default();
            let seed;
            let tree = match &answer.tree {
                Some(tree) => tree,
                None => {
                    seed = mindmap::model::MindMap::from_seed(&config.seed_nodes);
                    &seed
                }
            };
            let year = mindmap::check::current_year();
            findings.extend(mindmap::check::check_tree(&config, tree, year));
        }

        // -- map: A3 world map (issue 4) --
        Kind::Map => {
            let config: worldmap::config::MapConfig =
                crate::case::parse_config("", &exercise.config).unwrap_or_default();
            let map = answer.map.clone().unwrap_or_default();
            findings.extend(mindmap::check::check_world_map(&config, &map));
        }

        // -- graph: A6 sociogram and SIC grid (issue 5) --
        Kind::Graph => findings.extend(
            sociogram::check(exercise, answer)
                .into_iter()
                .map(check::Finding::Graph),
        ),

        // -- sheet: A7 GDPR audit sheet (issue 6) --
        Kind::Sheet => {
            findings.extend(gdpr::audit::check_exercise(exercise, answer.sheet.as_ref()))
        }

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7) --
        Kind::Grid => {
            let parsed: grid::config::GridExercise;
            let config = match grids.config(&exercise.id) {
                Some(config) => config,
                None => {
                    parsed = crate::case::parse_config("$", &exercise.config).unwrap_or_default();
                    &parsed
                }
            };
            let answer = answer.grid.as_ref();
            let listening = grids.listening(&exercise.id, answer).map(|(a, _)| a);
            findings.extend(grid::check::check_grids_with(config, answer, listening));
        }

        // -- note_deck: notes and the A15 deck (issue 8) --
        Kind::Note => findings.extend(notes::check::check_note(exercise, answer)),
        Kind::Deck => findings.extend(notes::check::check_deck(exercise, answer)),
    }
    untouched
}
