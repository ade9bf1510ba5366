//! The candidate's workspace: the `Workspace` and its `Answer`s (one per exercise), the store
//! on disk (atomic saves, backups, lock) and the undo history.

mod code_backups;
pub mod history;
pub mod migrate;
mod model;
pub mod store;
pub mod text;
pub mod unknown;

pub use model::*;
