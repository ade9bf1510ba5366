//! The examiners' side: the examiner-only file (answer keys, hidden tests), opening a bundle
//! for review, the grades of a bundle and the gradebook of a folder of bundles.

pub mod examiner;
pub mod gradebook;
pub mod grading;
pub mod jury;
pub mod markers;
pub mod review;
pub mod text;
