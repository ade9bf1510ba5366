//! The board workbench (SWOT, Business Model Canvas, any zone grid a case configures).

pub mod check;
pub mod fields;
pub mod formats;
pub mod keys;
pub mod model;
pub mod ui;

pub use ui::Ui;
pub mod update;
pub mod view;
