//! atelier: a terminal workbench for the case studies of the Chief Digital Officer
//! certification. Layers (DESIGN.md section 4): `model` and `case` are pure data, `checks`
//! pure functions, `store`, `bundle`, `export` and `report` the I/O edges, `tui` the shell,
//! `cli` the thin command layer.

pub mod audit;
pub mod bundle;
pub mod case;
pub mod checks;
pub mod checks_maps;
pub mod cli;
pub mod digest;
pub mod export;
pub mod formats;
pub mod i18n;
pub mod model;
pub mod python;
pub mod report;
pub mod sheet_io;
pub mod sociogram;
pub mod store;
pub mod tui;
