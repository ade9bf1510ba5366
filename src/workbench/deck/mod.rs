//! The `deck` kind (A15, the pitch): slides, speaker notes, the presenter and its countdown.

pub mod model;
pub mod presenter;
