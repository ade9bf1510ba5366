//! The workbench kinds, one folder each (model, checks, formats, update, view, keys, text),
//! and what they share: the findings and status of an exercise (`check`) and the exports of one
//! exercise (`export`).

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
