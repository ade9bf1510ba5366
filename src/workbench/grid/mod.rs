//! The grid workbench (A8, A10, A12, A13, A14): typed tables, social listening, their checks, exports and screen.

pub mod chart_view;
pub mod check;
pub mod config;
pub mod fields;
pub mod formats;
pub mod keys;
pub mod listening;
pub mod listening_view;
pub mod model;
pub mod posts_csv;
pub mod text;
pub mod update;
pub mod view;
