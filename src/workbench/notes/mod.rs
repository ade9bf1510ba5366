//! The `note` kind (A4, A9, RE, MI, MC): sections, references, schemes, attachments; shared with the deck for its editor and screen.

pub mod check;
pub mod config;
pub mod editor;
pub mod formats;
pub mod keys;
pub mod model;
pub mod report;
pub mod text;
pub mod ui;
pub mod update;
pub mod view;
