//! The parent side of a run: start the worker under its limits, feed it the request, read
//! its reports, enforce the wall-clock limit and cancellation, kill its process group, and
//! turn what came back into a [`RunReport`] (the judging happens here, never in the worker).

use crate::runner::channel::{self, Pipe, Reports};
use crate::runner::sandbox::{self, Layers};
use crate::runner::{
    python_repr, values_match, DocFinding, Limits, Outcome, PyError, RunReport, RunStatus,
    TestCase, TestResult,
};
use serde_json::Value;
use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The hidden subcommand that runs the worker.
pub const WORKER_SUBCOMMAND: &str = "__python-worker";
/// Environment variable naming the binary to start as the worker (tests set it; otherwise
/// the running executable is used).
pub const WORKER_EXE_ENV: &str = "ATELIER_WORKER_EXE";
/// Most files the candidate's code may hold open at once.
const OPEN_FILES_CAP: u64 = 64;
/// Largest file the candidate's code may write in its scratch directory.
const FILE_SIZE_CAP: u64 = 16 * 1024 * 1024;

/// How the worker process ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// It exited by itself with this code.
    Exited(i32),
    /// It died of this signal (not ours).
    Signal(i32),
    /// The parent killed it at the time limit.
    TimedOut,
    /// The user cancelled the run.
    Cancelled,
    /// It could not be started.
    NotStarted(String),
}

/// The walls the run had: the namespaces (seen by the parent) and, from the worker itself,
/// Landlock, seccomp and `no_new_privs`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SandboxStatus {
    /// Every layer was up at full strength.
    pub complete: bool,
    /// What was up, in one line (for a warning or the examiner's screen).
    pub text: String,
}

/// What the parent observed of one worker run.
#[derive(Debug, Clone)]
pub struct WorkerOutcome {
    pub messages: Vec<Value>,
    /// `None` when the worker did not say (it died before, or was not started).
    pub sandbox: Option<SandboxStatus>,
    pub stderr: String,
    pub ending: Ending,
    pub duration: Duration,
    /// Lines on the channel that were not valid reports.
    pub garbled: usize,
    /// Why the first of them was refused (its size, its nesting, the run's budget...).
    pub garbled_reason: Option<String>,
}

impl WorkerOutcome {
    pub fn finished(&self) -> bool {
        self.messages.iter().any(|m| m["t"] == "done")
    }
    pub fn of_type<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
        self.messages.iter().filter(move |m| m["t"] == kind)
    }
}

fn worker_exe() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os(WORKER_EXE_ENV) {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    // A test harness (target/*/deps/atelier-HASH) is not atelier: use the binary beside it.
    if exe
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "deps")
    {
        if let Some(bin) = exe
            .parent()
            .and_then(|p| p.parent())
            .map(|p| p.join("atelier"))
            .filter(|p| p.is_file())
        {
            return Ok(bin);
        }
    }
    Ok(exe)
}

fn scratch_dir() -> Result<PathBuf, String> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("atelier-run-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// Runs one worker with `request` under `limits`, behind every wall of the sandbox; never
/// panics, always returns an outcome.
pub fn run_worker(request: &Value, limits: &Limits, cancel: &AtomicBool) -> WorkerOutcome {
    run_worker_with(request, limits, cancel, Layers::ALL)
}

/// [`run_worker`] behind only some of the sandbox's layers (the tests prove that each one
/// holds alone).
pub fn run_worker_with(
    request: &Value,
    limits: &Limits,
    cancel: &AtomicBool,
    layers: Layers,
) -> WorkerOutcome {
    let start = Instant::now();
    let not_started = |why: String| WorkerOutcome {
        messages: Vec::new(),
        sandbox: None,
        stderr: String::new(),
        ending: Ending::NotStarted(why),
        duration: start.elapsed(),
        garbled: 0,
        garbled_reason: None,
    };
    let exe = match worker_exe() {
        Ok(exe) => exe,
        Err(why) => return not_started(why),
    };
    let scratch = match scratch_dir() {
        Ok(dir) => dir,
        Err(why) => return not_started(why),
    };
    let memory = limits.memory_mb.saturating_mul(1024 * 1024);
    let layers_arg = layers.to_arg();
    let argv0 = exe.to_string_lossy();
    // Set in the child before exec, so they bind every process of the sandbox.
    let rlimits = [
        (libc::RLIMIT_AS, memory),
        (libc::RLIMIT_CORE, 0),
        (libc::RLIMIT_FSIZE, FILE_SIZE_CAP),
        (libc::RLIMIT_NOFILE, OPEN_FILES_CAP),
    ];
    // The worker, in its own process group, behind the namespaces, with a scrubbed
    // environment and the parent-death signal.
    let input = crate::runner::marshal::encode(request);
    let spawned = sandbox::spawn(&sandbox::SpawnSpec {
        program: &exe,
        args: &[&argv0, WORKER_SUBCOMMAND, "--layers", &layers_arg],
        dir: &scratch,
        input: &input,
        limits: &rlimits,
        layers,
    });
    let sandbox::Spawned {
        pid,
        stdin,
        stdout,
        stderr: stderr_pipe,
        namespaces,
    } = match spawned {
        Ok(spawned) => spawned,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&scratch);
            return not_started(e.to_string());
        }
    };
    // Wakes the wait below the moment the worker ends (the worker is unreaped until the
    // group kill below, so the pid cannot name another process meanwhile).
    let pidfd = pid_fd(pid);
    if let Some(mut stdin) = stdin {
        // The request did not fit in the pipe before the spawn. A worker that dies before
        // reading gets EPIPE here; its ending says why. The pipe closes at the end of this
        // block: the worker reads to its end (it writes nothing before).
        let _ = stdin.write_all(&input);
    }
    let mut reports_pipe = Pipe::new(stdout);
    let mut stderr_pipe = Pipe::new(stderr_pipe);
    let mut reports = Reports::default();
    let mut kept = Vec::new();
    let cap = limits.output_cap;
    let mut ended = false;
    let ending = loop {
        if cancel.load(Ordering::Relaxed) {
            break Some(Ending::Cancelled);
        }
        let elapsed = start.elapsed();
        if elapsed >= limits.time {
            break Some(Ending::TimedOut);
        }
        // The run is over once the channel is closed and the worker has ended (its code
        // may close the channel and run on: then the limit ends it).
        if !reports_pipe.open() && (ended || exited(pid)) {
            break None;
        }
        let mut wait = (limits.time - elapsed).min(Duration::from_millis(25));
        if pidfd.is_none() && !reports_pipe.open() {
            // No pidfd (Linux before 5.3): look at the worker every millisecond.
            wait = wait.min(Duration::from_millis(1));
        }
        let pidfd = if ended { None } else { pidfd.as_ref() };
        let woken = channel::wait(
            &mut reports_pipe,
            &mut stderr_pipe,
            pidfd,
            wait,
            &mut reports,
            &mut kept,
            cap,
        );
        ended |= woken.ended;
    };
    // Kill the whole group before reaping: the group id (the worker's pid) cannot be
    // reused while the worker is unreaped, so this never hits a stranger.
    // SAFETY: kill has no memory-safety preconditions.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
    let status = std::process::ExitStatus::from_raw(sandbox::reap(pid));
    let duration = start.elapsed();
    let ending = ending.unwrap_or_else(|| match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(signal)) => Ending::Signal(signal),
        _ => Ending::Exited(-1),
    });
    // Whatever was reported before the end still counts: the pipes are read to their end
    // (every process that held them is gone), within half a second.
    let deadline = Instant::now() + Duration::from_millis(500);
    while reports_pipe.open() || stderr_pipe.open() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        channel::wait(
            &mut reports_pipe,
            &mut stderr_pipe,
            None,
            left,
            &mut reports,
            &mut kept,
            cap,
        );
    }
    let Reports {
        mut messages,
        garbled,
        reason: garbled_reason,
        ..
    } = reports;
    // The worker's first report, sent before any Python runs (so candidate code cannot
    // forge it), says which walls it raised; the namespaces are the parent's.
    let sandbox = (messages.first().is_some_and(|m| m["t"] == "sandbox"))
        .then(|| messages.remove(0))
        .map(|inside| SandboxStatus {
            complete: layers == Layers::ALL && inside["complete"] == true && namespaces.complete(),
            text: format!(
                "{}; {}",
                namespaces,
                inside["text"].as_str().unwrap_or_default()
            ),
        });
    let stderr = String::from_utf8_lossy(&kept).into_owned();
    let _ = std::fs::remove_dir_all(&scratch);
    WorkerOutcome {
        messages,
        sandbox,
        stderr,
        ending,
        duration,
        garbled,
        garbled_reason,
    }
}

/// A descriptor that becomes readable when the process `pid` ends (`None` before Linux 5.3).
fn pid_fd(pid: i32) -> Option<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: pidfd_open takes a pid and flags; a descriptor it returns is ours alone.
    unsafe {
        let fd = libc::syscall(libc::SYS_pidfd_open, pid, 0);
        (fd >= 0).then(|| std::os::fd::OwnedFd::from_raw_fd(fd as i32))
    }
}

/// Whether the process has exited, without reaping it.
fn exited(pid: i32) -> bool {
    // SAFETY: waitid writes only into the siginfo we own.
    unsafe {
        let mut info: libc::siginfo_t = std::mem::zeroed();
        let rc = libc::waitid(
            libc::P_PID,
            pid as libc::id_t,
            &mut info,
            libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
        );
        rc != 0 || info.si_pid() != 0
    }
}

fn py_error(value: &Value) -> Option<PyError> {
    if value.is_null() {
        return None;
    }
    serde_json::from_value(value.clone()).ok()
}

fn text_of(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

/// Judges a program run: statuses and each test's result, from the worker's raw reports
/// and the expected values only the parent holds.
pub fn judge(program: &str, tests: &[TestCase], outcome: WorkerOutcome) -> RunReport {
    let analysis = outcome.of_type("analysis").next().cloned();
    let main = outcome.of_type("main").next().cloned();
    let syntax_error = analysis.as_ref().and_then(|a| py_error(&a["syntax_error"]));
    let docs: Vec<DocFinding> = analysis
        .as_ref()
        .and_then(|a| serde_json::from_value(a["docs"].clone()).ok())
        .unwrap_or_default();
    // One answer per test; a repeated answer (forged or not) makes the test fail.
    let mut answers: Vec<Option<&Value>> = vec![None; tests.len()];
    let mut repeated = vec![false; tests.len()];
    for message in outcome.of_type("test") {
        if let Some(i) = message["i"].as_u64().map(|i| i as usize) {
            if i < tests.len() {
                if answers[i].is_some() {
                    repeated[i] = true;
                }
                answers[i] = Some(message);
            }
        }
    }
    let results: Vec<TestResult> = tests
        .iter()
        .enumerate()
        .map(|(i, test)| match answers[i] {
            Some(_) if repeated[i] => TestResult {
                name: test.name().to_string(),
                passed: false,
                outcome: Outcome::NotRun,
                expected: expected_text(test),
                got: String::new(),
            },
            Some(answer) => judge_test(test, answer),
            None => TestResult {
                name: test.name().to_string(),
                passed: false,
                outcome: Outcome::NotRun,
                expected: expected_text(test),
                got: String::new(),
            },
        })
        .collect();
    let main_error = main.as_ref().and_then(|m| py_error(&m["error"]));
    let memory_error = outcome.of_type("memory").next().is_some()
        || main_error.as_ref().is_some_and(|e| e.kind == "MemoryError")
        || results
            .iter()
            .any(|t| matches!(&t.outcome, Outcome::Error { error } if error.kind == "MemoryError"));
    let all_passed = results.iter().all(|t| t.passed);
    let status = match &outcome.ending {
        Ending::TimedOut | Ending::Cancelled => RunStatus::Timeout,
        _ if syntax_error.is_some() => RunStatus::SyntaxError,
        _ if memory_error => RunStatus::MemoryExceeded,
        Ending::Exited(0) if outcome.finished() && outcome.garbled == 0 => {
            if main_error.is_some() {
                RunStatus::RuntimeError
            } else if all_passed {
                RunStatus::Passed
            } else {
                RunStatus::Failed
            }
        }
        _ if looks_out_of_memory(&outcome.stderr) => RunStatus::MemoryExceeded,
        _ => RunStatus::Crashed,
    };
    let mut stderr = main
        .as_ref()
        .map(|m| text_of(&m["stderr"]))
        .unwrap_or_default();
    if !outcome.stderr.trim().is_empty() {
        if !stderr.is_empty() && !stderr.ends_with('\n') {
            stderr.push('\n');
        }
        stderr.push_str(&outcome.stderr);
    }
    let error = syntax_error
        .or(main_error)
        .or_else(|| match &outcome.ending {
            Ending::Exited(0) if outcome.garbled > 0 => Some(PyError {
                kind: "Crash".into(),
                message: match &outcome.garbled_reason {
                    Some(why) => format!("the program wrote on atelier's report channel: {why}"),
                    None => "the program wrote on atelier's report channel".into(),
                },
                line: None,
                traceback: String::new(),
            }),
            Ending::Signal(signal) => Some(PyError {
                kind: "Crash".into(),
                message: format!("signal {signal}, {}", signal_name(*signal)),
                line: None,
                traceback: String::new(),
            }),
            Ending::Exited(code) if !outcome.finished() => Some(PyError {
                kind: "Crash".into(),
                message: format!("the Python process ended early with exit code {code}"),
                line: None,
                traceback: String::new(),
            }),
            Ending::NotStarted(why) => Some(PyError {
                kind: "Crash".into(),
                message: format!("the Python worker could not start: {why}"),
                line: None,
                traceback: String::new(),
            }),
            _ => None,
        });
    RunReport {
        status,
        tests: results,
        stdout: main
            .as_ref()
            .map(|m| text_of(&m["stdout"]))
            .unwrap_or_default(),
        stderr,
        duration_ms: outcome.duration.as_millis() as u64,
        error,
        docs,
        program_sha256: crate::case::digest::sha256_hex(program.as_bytes()),
        cancelled: outcome.ending == Ending::Cancelled,
        sandbox: outcome.sandbox.map(|s| crate::runner::RunSandbox {
            complete: s.complete,
            layers: s.text,
        }),
    }
}

fn looks_out_of_memory(stderr: &str) -> bool {
    stderr.contains("MemoryError")
        || stderr.contains("Cannot allocate memory")
        || stderr.contains("out of memory")
}

pub fn signal_name(signal: i32) -> &'static str {
    match signal {
        libc::SIGSEGV => "segmentation fault",
        libc::SIGABRT => "abort",
        libc::SIGBUS => "bus error",
        libc::SIGFPE => "arithmetic error",
        libc::SIGILL => "illegal instruction",
        libc::SIGKILL => "killed",
        libc::SIGTERM => "terminated",
        _ => "signal",
    }
}

fn expected_text(test: &TestCase) -> String {
    match test {
        TestCase::Function { expected, .. } => python_repr(expected),
        TestCase::Io { stdout, .. } => stdout.clone(),
    }
}

fn judge_test(test: &TestCase, answer: &Value) -> TestResult {
    let name = test.name().to_string();
    let expected = expected_text(test);
    if let Some(function) = answer["missing"].as_str() {
        return TestResult {
            name,
            passed: false,
            outcome: Outcome::MissingFunction {
                function: function.to_string(),
            },
            expected,
            got: String::new(),
        };
    }
    if let Some(error) = py_error(&answer["error"]) {
        return TestResult {
            name,
            passed: false,
            got: format!("{}: {}", error.kind, error.message),
            outcome: Outcome::Error { error },
            expected,
        };
    }
    let (passed, got) = match test {
        TestCase::Function {
            expected: want,
            tolerance,
            ..
        } => match (&answer["value"], answer["repr"].as_str()) {
            (_, Some(repr)) => (false, repr.to_string()),
            (value, None) => (values_match(value, want, *tolerance), python_repr(value)),
        },
        TestCase::Io { stdout, .. } => {
            let got = text_of(&answer["stdout"]);
            (
                crate::runner::normalise_output(&got) == crate::runner::normalise_output(stdout),
                got,
            )
        }
    };
    TestResult {
        name,
        passed,
        outcome: if passed {
            Outcome::Passed
        } else {
            Outcome::Mismatch
        },
        expected,
        got,
    }
}
