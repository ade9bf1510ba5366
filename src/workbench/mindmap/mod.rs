//! The A5 mind map (`tree` kind): its outline model, its checks, its files (Freeplane `.mm`, OPML, Markdown, SVG) and its screen.

pub mod check;
pub mod drawing;
pub mod fields;
pub mod formats;
pub mod keys;
pub mod mm;
pub mod model;
pub mod opml;
pub mod text;
pub mod update;
pub mod view;
