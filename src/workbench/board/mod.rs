//! The board workbench (SWOT, Business Model Canvas, any zone grid a case configures).

pub mod model;
pub mod update;
pub mod view;
