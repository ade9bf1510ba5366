//! The A1 workbench (`code` kind): the Python program and its sketch, its case configuration, its run messages.

pub mod check;
pub mod config;
pub mod effect;
pub mod files;
pub mod formats;
pub mod keys;
pub mod model;
pub mod text;
pub mod undo;
pub mod update;
pub mod view;
