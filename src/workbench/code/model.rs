//! The A1 answer (`code` kind): the program and the sketch live in files (`A1/program.py`,
//! `A1/sketch.py`), which are the source of truth; the answer mirrors their text in memory
//! (never written into `workspace.json`) and keeps the record of the last run of the
//! tests. The record's types are plain data here; the runner (`crate::runner`) fills them.

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

/// How a run ended (the contract's `status` field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Passed,
    Failed,
    SyntaxError,
    RuntimeError,
    Timeout,
    MemoryExceeded,
    Crashed,
}

impl RunStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Passed => "passed",
            RunStatus::Failed => "failed",
            RunStatus::SyntaxError => "syntax_error",
            RunStatus::RuntimeError => "runtime_error",
            RunStatus::Timeout => "timeout",
            RunStatus::MemoryExceeded => "memory_exceeded",
            RunStatus::Crashed => "crashed",
        }
    }
}

/// A Python error as the candidate should see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PyError {
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
    /// Line in the candidate's file, when the error happened there.
    pub line: Option<u32>,
    #[serde(default)]
    pub traceback: String,
}

/// Why a test did not pass, as data (messages come from [`messages`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    /// The value or output differs from the expected one.
    Mismatch,
    /// The code raised an error during the test.
    Error {
        error: PyError,
    },
    /// The function the test calls is not defined.
    MissingFunction {
        function: String,
    },
    /// The run ended before this test (time limit, crash...).
    NotRun,
}

/// One test's result: computed by the parent from what the worker reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    pub name: String,
    pub passed: bool,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The expected value (Python-like text) or output.
    pub expected: String,
    /// What came back, same notation; empty when nothing did.
    pub got: String,
}

/// A documentation finding of the program (module header, docstrings, builtins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFinding {
    pub code: DocCode,
    /// The function, class or variable concerned ("" for the module).
    pub name: String,
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocCode {
    MissingHeader,
    MissingDocstring,
    ShadowedBuiltin,
}

/// Everything one run of the program and its tests gave: the record written to
/// `exports/A1-results.json` and printed by `atelier run-python --json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    pub status: RunStatus,
    pub tests: Vec<TestResult>,
    pub stdout: String,
    pub stderr: String,
    pub duration_ms: u64,
    /// The program's syntax or runtime error, if any.
    pub error: Option<PyError>,
    /// Documentation findings (empty when the file does not parse).
    #[serde(default)]
    pub docs: Vec<DocFinding>,
    /// SHA-256 of the program text that was run.
    pub program_sha256: String,
    /// The run was stopped by the user.
    #[serde(default)]
    pub cancelled: bool,
    /// The walls the program ran behind (`None`: the worker never said).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<RunSandbox>,
}

/// The sandbox of a run, as the runner saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunSandbox {
    /// Every layer (namespaces, Landlock, seccomp) was up at full strength.
    pub complete: bool,
    /// What was up, in one line.
    pub layers: String,
}

impl RunReport {
    pub fn passed_count(&self) -> usize {
        self.tests.iter().filter(|t| t.passed).count()
    }

    /// The line to highlight in the editor, if the error points at one.
    pub fn error_line(&self) -> Option<u32> {
        self.error.as_ref().and_then(|e| e.line).or_else(|| {
            self.tests.iter().find_map(|t| match &t.outcome {
                Outcome::Error { error } => error.line,
                _ => None,
            })
        })
    }
}
