//! The workbench kinds, one folder each (model, checks, formats, update, view, keys, text),
//! and what they share: the findings and status of an exercise (`check`) and the exports of one
//! exercise (`export`).

pub mod board;
pub mod check;
pub mod code;
pub mod deck;
pub mod export;
pub mod gdpr;
pub mod grid;
pub mod mindmap;
pub mod notes;
pub mod sociogram;
pub mod worldmap;
