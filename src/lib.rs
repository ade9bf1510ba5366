//! atelier: a terminal workbench for the case studies of the Chief Digital Officer
//! certification. Layers (DESIGN.md section 4): `case` and `workspace` are the data, each
//! workbench kind lives in one folder under `workbench` (model, checks, formats, screen),
//! `runner` runs candidate Python, `bundle` and `exam` are the examiners' edges, `tui` the
//! shell and `cli` the thin command layer.

pub mod bundle;
pub mod case;
pub mod cli;
pub mod exam;
pub mod i18n;
pub mod runner;
pub mod tui;
pub mod workbench;
pub mod workspace;
