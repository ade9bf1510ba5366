//! The runner's protocol, as plain data: the tests it runs ([`TestCase`]), the default
//! limits of a run, and the record of a run ([`RunReport`] with its status, test results,
//! errors, documentation findings and sandbox). The `code` workbench re-exports them
//! (`workbench::code::{config, model}`) and keeps them in its answers; their serde form is
//! the contract of `exports/A1-results.json` and `atelier run-python --json`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Default wall-clock limit of one run, in seconds.
pub const DEFAULT_TIME_LIMIT_S: f64 = 5.0;
/// Default address-space limit of the worker process, in MiB.
pub const DEFAULT_MEMORY_LIMIT_MB: u64 = 512;

/// A test, checked: exactly one of the two shapes.
#[derive(Debug, Clone, PartialEq)]
pub enum TestCase {
    /// Call `function(*args)`; the value must equal `expected` (numbers within `tolerance`).
    Function {
        name: String,
        function: String,
        args: Vec<Value>,
        expected: Value,
        tolerance: f64,
    },
    /// Run the program with `stdin`; its output must equal `stdout` (line ends and trailing
    /// spaces aside).
    Io {
        name: String,
        stdin: String,
        stdout: String,
    },
}

impl TestCase {
    pub fn name(&self) -> &str {
        match self {
            TestCase::Function { name, .. } | TestCase::Io { name, .. } => name,
        }
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

/// Why a test did not pass, as data (the `code` workbench's `text` says it).
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
