//! The parent side of a run: start the worker under its limits, feed it the request, read
//! its reports, enforce the wall-clock limit and cancellation, kill its process group, and
//! turn what came back into a [`RunReport`] (the judging happens here, never in the worker).

use crate::runner::sandbox::{self, Layers};
use crate::runner::{
    python_repr, values_match, DocFinding, Limits, Outcome, PyError, RunReport, RunStatus,
    TestCase, TestResult,
};
use serde_json::Value;
use std::io::{BufReader, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The hidden subcommand that runs the worker.
pub const WORKER_SUBCOMMAND: &str = "__python-worker";
/// Environment variable naming the binary to start as the worker (tests set it; otherwise
/// the running executable is used).
pub const WORKER_EXE_ENV: &str = "ATELIER_WORKER_EXE";
/// Most bytes of reports read from one worker (a sketch's frames are the biggest).
const CHANNEL_CAP: usize = 24 * 1024 * 1024;
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
    let mut command = Command::new(exe);
    command
        .arg(WORKER_SUBCOMMAND)
        .arg("--layers")
        .arg(layers.to_arg())
        .current_dir(&scratch)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    // SAFETY: the closure runs between fork and exec and only calls async-signal-safe
    // functions (setrlimit, prctl), allocating nothing.
    unsafe {
        command.pre_exec(move || {
            let set = |resource, value: u64| {
                let limit = libc::rlimit {
                    rlim_cur: value as libc::rlim_t,
                    rlim_max: value as libc::rlim_t,
                };
                libc::setrlimit(resource, &limit)
            };
            set(libc::RLIMIT_AS, memory);
            set(libc::RLIMIT_CORE, 0);
            set(libc::RLIMIT_FSIZE, FILE_SIZE_CAP);
            set(libc::RLIMIT_NOFILE, OPEN_FILES_CAP);
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    // The namespaces, a scrubbed environment and the parent-death signal; after the limits
    // above, so that the limits bind every process of the sandbox.
    let namespaces = match sandbox::prepare_command(&mut command, layers) {
        Ok(probe) => probe,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&scratch);
            return not_started(e.to_string());
        }
    };
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&scratch);
            return not_started(e.to_string());
        }
    };
    let namespaces = namespaces.report();
    let pid = child.id() as i32;
    let (tx, rx) = mpsc::channel::<Option<Value>>();
    let garbled_tx = tx.clone();
    let stdout = child.stdout.take();
    // Counted by the reader before it sends the end marker (`None`), read after it.
    let garbled_count = std::sync::Arc::new(AtomicU64::new(0));
    let garbled_in_reader = garbled_count.clone();
    let first_reason = std::sync::Arc::new(std::sync::Mutex::new(None::<String>));
    let reason_in_reader = first_reason.clone();
    std::thread::spawn(move || {
        let mut garbled = 0u64;
        let mut refuse = |why: String| {
            garbled += 1;
            if let Ok(mut first) = reason_in_reader.lock() {
                first.get_or_insert(why);
            }
        };
        if let Some(stdout) = stdout {
            let mut total = 0usize;
            // Every report of the run decodes within one budget, whatever the worker sends.
            let mut budget = crate::runner::marshal::Budget::per_run();
            let mut reader = BufReader::new(stdout);
            loop {
                // A report: its length (4 bytes, little-endian), then `marshal` bytes.
                let mut header = [0u8; 4];
                if reader.read_exact(&mut header).is_err() {
                    break;
                }
                let size = u32::from_le_bytes(header) as usize;
                total = total.saturating_add(size + 4);
                // Never more than the caps in memory, whatever length is announced: the
                // size is checked before a byte is allocated for it.
                let over = if size > crate::runner::marshal::MAX_FRAME {
                    Some(format!(
                        "a report of {size} bytes, over the cap of {}",
                        crate::runner::marshal::MAX_FRAME
                    ))
                } else if total > CHANNEL_CAP {
                    Some(format!("reports of over {CHANNEL_CAP} bytes in all"))
                } else {
                    None
                };
                if let Some(why) = over {
                    refuse(why);
                    // Drain the rest, so the worker is never blocked on a full pipe.
                    let _ = std::io::copy(&mut reader, &mut std::io::sink());
                    break;
                }
                let mut payload = vec![0u8; size];
                if reader.read_exact(&mut payload).is_err() {
                    refuse(format!("a report cut short (announced {size} bytes)"));
                    break;
                }
                match crate::runner::marshal::decode_within(&payload, &mut budget) {
                    Ok(value) if value.is_object() => {
                        let _ = tx.send(Some(value));
                    }
                    Ok(_) => refuse("a report that is not a dictionary".to_string()),
                    Err(why) => refuse(why),
                }
            }
        }
        garbled_in_reader.store(garbled, Ordering::SeqCst);
        let _ = garbled_tx.send(None);
    });
    let stderr_pipe = child.stderr.take();
    let cap = limits.output_cap;
    let (err_tx, err_rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        if let Some(mut pipe) = stderr_pipe {
            let mut buf = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let room = cap.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
        }
        let _ = err_tx.send(String::from_utf8_lossy(&kept).into_owned());
    });
    if let Some(mut stdin) = child.stdin.take() {
        let bytes = crate::runner::marshal::encode(request);
        // A worker that dies before reading gets EPIPE here; its ending says why.
        let _ = stdin.write_all(&bytes);
    }

    let mut messages = Vec::new();
    let mut eof = false;
    let ending = loop {
        if cancel.load(Ordering::Relaxed) {
            break Some(Ending::Cancelled);
        }
        let elapsed = start.elapsed();
        if elapsed >= limits.time {
            break Some(Ending::TimedOut);
        }
        if eof {
            if exited(pid) {
                break None;
            }
            std::thread::sleep(Duration::from_millis(1));
            continue;
        }
        let wait = (limits.time - elapsed).min(Duration::from_millis(25));
        match rx.recv_timeout(wait) {
            Ok(Some(message)) => messages.push(message),
            Ok(None) | Err(mpsc::RecvTimeoutError::Disconnected) => eof = true,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    };
    // Kill the whole group before reaping: the group id (the worker's pid) cannot be
    // reused while the worker is unreaped, so this never hits a stranger.
    // SAFETY: kill has no memory-safety preconditions.
    unsafe {
        libc::kill(-pid, libc::SIGKILL);
    }
    let status = child.wait();
    let duration = start.elapsed();
    let ending = ending.unwrap_or_else(|| match status {
        Ok(status) => match (status.code(), status.signal()) {
            (Some(code), _) => Ending::Exited(code),
            (None, Some(signal)) => Ending::Signal(signal),
            _ => Ending::Exited(-1),
        },
        Err(e) => Ending::NotStarted(e.to_string()),
    });
    // Whatever was reported before the end still counts.
    let deadline = Instant::now() + Duration::from_millis(500);
    while !eof {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(Some(message)) => messages.push(message),
            Ok(None) => eof = true,
            Err(_) => break,
        }
    }
    let garbled = garbled_count.load(Ordering::SeqCst) as usize;
    let garbled_reason = first_reason.lock().ok().and_then(|mut first| first.take());
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
    let stderr = err_rx
        .recv_timeout(Duration::from_millis(500))
        .unwrap_or_default();
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
