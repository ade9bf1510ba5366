//! The A1 answer (`code` kind): the program and the sketch live in files (`A1/program.py`,
//! `A1/sketch.py`), which are the source of truth; the answer mirrors their text in memory
//! (never written into `workspace.json`) and keeps the record of the last run of the
//! tests. The record's types are the runner's protocol (`crate::runner::report`), re-exported
//! here.

use serde::{Deserialize, Serialize};

/// File names inside the exercise's folder.
pub const PROGRAM_FILE: &str = "program.py";
pub const SKETCH_FILE: &str = "sketch.py";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CodeAnswer {
    /// Text of `program.py` (a mirror of the file; read from a worked example).
    #[serde(default, skip_serializing)]
    pub program: String,
    /// Text of `sketch.py` (same).
    #[serde(default, skip_serializing)]
    pub sketch: String,
    /// The last run of the visible tests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run: Option<RunReport>,
    /// One frame of the sketch as SVG, computed when a bundle is written (never saved).
    #[serde(skip)]
    pub sketch_svg: Option<String>,
}

impl CodeAnswer {
    pub fn is_empty(&self) -> bool {
        self.program.trim().is_empty() && self.sketch.trim().is_empty() && self.last_run.is_none()
    }

    /// The last run, if it ran the program as it is now.
    pub fn current_run(&self) -> Option<&RunReport> {
        let digest = crate::case::digest::sha256_hex(self.program.as_bytes());
        self.last_run
            .as_ref()
            .filter(|run| run.program_sha256 == digest)
    }
}

pub use crate::runner::report::{
    DocCode, DocFinding, Outcome, PyError, RunReport, RunSandbox, RunStatus, TestResult,
};
