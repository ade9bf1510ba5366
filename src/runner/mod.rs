//! The A1 runner: candidate Python code runs in a worker process, never in atelier's own.
//!
//! **Shape.** The worker is this same binary started with the hidden `__python-worker`
//! subcommand ([`worker`]); it embeds CPython through pyo3, configured isolated and without
//! `site` (so it starts in a few milliseconds), with Python's signal handlers installed.
//! The parent ([`process`]) puts one request in the worker's stdin (before the worker
//! exists when the pipe can hold it) and reads the worker's reports from its stdout (both
//! in Python's `marshal` format, see [`marshal`]: it is built into the interpreter, where
//! importing `json` would cost more than the rest of a run), its stderr and its end in one
//! `poll` ([`channel`]), starting no thread. One worker process per run: an interpreter is
//! never re-initialised in a process.
//!
//! **Limits, enforced by the parent.** A wall-clock limit for the whole run (the case's
//! `config.time_limit_s`, 5 s by default), after which the parent kills the worker's whole
//! process group (the worker leads its own group); an address-space limit (`RLIMIT_AS`, set
//! between clone and exec, which turns a memory bomb into a `MemoryError`); no core files,
//! a cap on file sizes and on open files; output capped (64 KiB per
//! stream inside the worker, where going past it stops the code, and the same cap on the
//! raw pipes the parent reads); a fresh scratch directory as the working directory, removed
//! afterwards; `/dev/null` as stdin once the request is read; `PR_SET_PDEATHSIG` so the
//! worker dies with atelier. Inside the worker an audit hook (which Python code cannot
//! remove) refuses `os.fork`, `subprocess`, `os.system`, `os.exec*`, `os.posix_spawn`,
//! `os.kill` and `setrlimit`. `RLIMIT_NPROC` does not bind root, and ctypes can reach libc
//! behind the hook's back; the group kill at the end of every run (before the worker is
//! reaped, so its pid cannot be reused meanwhile) removes whatever such code started.
//!
//! **Why a pass cannot be forged.** The worker never receives the expected values: the
//! request holds the program, each test's function name and arguments, and each test's
//! stdin, nothing else. The worker sends back raw facts (the value a function returned,
//! as JSON, or the text the program printed), and the parent compares them with the
//! expected values it kept. Candidate code can write on the worker's channel (its file
//! descriptor is findable), but all it can forge that way is "my function returned X",
//! which it could achieve by returning X; it cannot learn what the hidden tests expect.
//! Messages that do not parse, or that repeat a test, count against the candidate. When
//! the worker dies (kill, segfault, `os._exit`), the parent still writes a full record:
//! the status says why, and every test without an answer is marked not run.

pub mod channel;
pub mod marshal;

pub mod process;
pub mod report;
pub mod sandbox;
pub mod sketch;
pub mod text;
pub mod worker;

use serde_json::Value;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Most characters kept of each output stream.
pub const OUTPUT_CAP: usize = 64 * 1024;
/// Frames of a sketch computed per run (at most).
pub const SKETCH_FRAMES: usize = 120;
/// Shapes in one sketch frame (at most).
pub const SKETCH_MAX_SHAPES: usize = 5000;

/// Limits of one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub time: Duration,
    pub memory_mb: u64,
    pub output_cap: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs_f64(report::DEFAULT_TIME_LIMIT_S),
            memory_mb: report::DEFAULT_MEMORY_LIMIT_MB,
            output_cap: OUTPUT_CAP,
        }
    }
}

pub use report::{
    DocCode, DocFinding, Outcome, PyError, RunReport, RunSandbox, RunStatus, TestCase, TestResult,
};

/// Runs `program` and `tests` in a worker under `limits`.
pub fn run_tests(program: &str, tests: &[TestCase], limits: &Limits) -> RunReport {
    run_tests_cancellable(program, tests, limits, &AtomicBool::new(false))
}

/// What the program printed during one test, for the examiner (empty when nothing came).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TestOutput {
    pub stdout: String,
    pub stderr: String,
}

/// [`run_tests`], with what the program printed during each test (one per test, in order).
pub fn run_tests_with_outputs(
    program: &str,
    tests: &[TestCase],
    limits: &Limits,
) -> (RunReport, Vec<TestOutput>) {
    let outcome = process::run_worker(
        &request(program, tests, limits),
        limits,
        &AtomicBool::new(false),
    );
    let outputs = test_outputs(&outcome, tests.len());
    (process::judge(program, tests, outcome), outputs)
}

/// Each test's output as the worker reported it (the last report of a test counts).
fn test_outputs(outcome: &process::WorkerOutcome, count: usize) -> Vec<TestOutput> {
    let mut outputs = vec![TestOutput::default(); count];
    for message in outcome.of_type("test") {
        let Some(output) = message["i"]
            .as_u64()
            .and_then(|i| outputs.get_mut(usize::try_from(i).ok()?))
        else {
            continue;
        };
        let text = |key: &str| message[key].as_str().unwrap_or_default().to_string();
        *output = TestOutput {
            stdout: text("stdout"),
            stderr: text("stderr"),
        };
    }
    outputs
}

/// The request of a program run: the program and each test's call or stdin, never what a
/// test expects (the parent keeps that and judges).
pub fn request(program: &str, tests: &[TestCase], limits: &Limits) -> Value {
    serde_json::json!({
        "mode": "program",
        "source": program,
        "output_cap": limits.output_cap,
        "tests": tests.iter().map(|t| match t {
            TestCase::Function { function, args, .. } => serde_json::json!({
                "function": function, "args": args,
            }),
            TestCase::Io { stdin, .. } => serde_json::json!({ "stdin": stdin }),
        }).collect::<Vec<_>>(),
    })
}

/// [`run_tests`], stopped early (the worker killed) when `cancel` becomes true.
pub fn run_tests_cancellable(
    program: &str,
    tests: &[TestCase],
    limits: &Limits,
    cancel: &AtomicBool,
) -> RunReport {
    let outcome = process::run_worker(&request(program, tests, limits), limits, cancel);
    process::judge(program, tests, outcome)
}

/// Compares a returned value with the expected one: numbers within `tolerance`, lists and
/// dicts element by element, everything else exactly. `true` and `1` differ.
pub fn values_match(got: &Value, expected: &Value, tolerance: f64) -> bool {
    match (got, expected) {
        (Value::Number(a), Value::Number(b)) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => (a - b).abs() <= tolerance.max(0.0) + f64::EPSILON * b.abs(),
            _ => a == b,
        },
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| values_match(x, y, tolerance))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| values_match(v, w, tolerance)))
        }
        _ => got == expected,
    }
}

/// Program output as compared with the expected one: line ends normalised, trailing spaces
/// of each line and trailing blank lines ignored.
pub fn normalise_output(text: &str) -> String {
    let unix = text.replace("\r\n", "\n");
    let lines: Vec<&str> = unix.lines().map(str::trim_end).collect();
    lines.join("\n").trim_end().to_string()
}

/// A JSON value written the way Python would print it (`True`, `None`, `'text'`).
pub fn python_repr(value: &Value) -> String {
    match value {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(python_repr).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("'{k}': {}", python_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_compare_with_tolerance_and_types() {
        assert!(values_match(&json!(42.004), &json!(42), 0.01));
        assert!(!values_match(&json!(42.5), &json!(42), 0.01));
        assert!(values_match(&json!(13), &json!(13), 0.0));
        assert!(!values_match(&json!(true), &json!(1), 0.0));
        assert!(values_match(&json!([1, 2.0001]), &json!([1, 2]), 0.001));
        assert!(!values_match(&json!([1]), &json!([1, 2]), 0.001));
        assert!(!values_match(&json!("13"), &json!(13), 0.0));
    }

    #[test]
    fn output_comparison_ignores_line_ends_and_trailing_spaces() {
        assert_eq!(normalise_output("42 \r\nTOTAL 42\n\n"), "42\nTOTAL 42");
        assert_ne!(normalise_output("42\n"), normalise_output("43\n"));
    }

    #[test]
    fn python_repr_reads_like_python() {
        assert_eq!(
            python_repr(&json!([1, "or", null, true])),
            "[1, 'or', None, True]"
        );
    }
}
