//! The A3 world map of cyberspace (`map` kind): its model, its case configuration, its SVG and its screen.

pub mod config;
pub mod fields;
pub mod formats;
pub mod keys;
pub mod marker_labels;
pub mod model;
pub mod text;
pub mod update;
pub mod view;
