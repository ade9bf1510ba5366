//! Hostile candidate programs against the A1 runner's sandbox (issue 12). Each attack runs
//! through the path the examiner's review takes (`runner::run_tests`, as
//! `examiner::run_hidden_tests` calls it) and, for the main classes, through `atelier
//! run-python`. Every test asserts that the damage did not happen (the file is absent or
//! unchanged, the listener accepted nothing, no secret in any output), not merely that Python
//! raised. The attacks go through `ctypes` and raw system calls, below the worker's audit
//! hook, so they meet the kernel's walls. Tests named `only_*` raise a single layer, to show
//! that each one holds alone.

use atelier::runner::process::{self, run_worker_with};
use atelier::runner::sandbox::{self, Layers};
use atelier::runner::{run_tests, Limits, RunReport};
use std::io::ErrorKind;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

const SECRET: &str = "hidden-expected-values-5d1c0e";

fn use_built_worker() {
    std::env::set_var(process::WORKER_EXE_ENV, env!("CARGO_BIN_EXE_atelier"));
}

/// A fresh folder outside any worker's scratch, with an examiner-like secret in it.
struct Place {
    base: PathBuf,
    secret: PathBuf,
}

impl Place {
    fn new() -> Place {
        static N: AtomicU32 = AtomicU32::new(0);
        let base = std::env::temp_dir().join(format!(
            "atelier-sandbox-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(&base).unwrap();
        let secret = base.join("maison-verdier.examiner.json");
        std::fs::write(&secret, SECRET).unwrap();
        Place { base, secret }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.base.join(name)
    }
}

impl Drop for Place {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// A path as a Python string literal.
fn py(path: &Path) -> String {
    format!("{:?}", path.to_str().unwrap())
}

/// Runs `program` as the review runs a bundle's program (no tests: its output is the report).
fn run(program: &str) -> RunReport {
    use_built_worker();
    let limits = Limits {
        time: Duration::from_secs(20),
        ..Limits::default()
    };
    let report = run_tests(program, &[], &limits);
    eprintln!(
        "--- status {:?}, sandbox {:?}\n--- stdout\n{}\n--- stderr\n{}",
        report.status, report.sandbox, report.stdout, report.stderr
    );
    report
}

/// Runs `program` behind only `layers`.
fn run_with(program: &str, layers: Layers) -> RunReport {
    use_built_worker();
    let limits = Limits {
        time: Duration::from_secs(20),
        ..Limits::default()
    };
    let request = serde_json::json!({
        "mode": "program", "source": program, "output_cap": limits.output_cap, "tests": [],
    });
    let outcome = run_worker_with(&request, &limits, &AtomicBool::new(false), layers);
    let report = process::judge(program, &[], outcome);
    eprintln!(
        "--- {layers:?}: sandbox {:?}\n--- stdout\n{}\n--- stderr\n{}",
        report.sandbox, report.stdout, report.stderr
    );
    report
}

/// Every attack runs through this: prints `DONE name` or `DENIED name ErrorType`.
const TRY: &str = r#"
import ctypes, ctypes.util, os, sys
libc = ctypes.CDLL(None, use_errno=True)
def attempt(name, f):
    try:
        r = f()
        print("DONE", name, repr(r)[:60])
    except BaseException as e:
        print("DENIED", name, type(e).__name__)
def raw_open_write(path):
    # open(2) through libc: below Python's audit hook.
    fd = libc.open(path.encode(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    if fd < 0:
        raise PermissionError(ctypes.get_errno(), "open")
    libc.write(fd, b"pwned", 5)
    libc.close(fd)
"#;

const ONLY_NAMESPACES: Layers = Layers {
    namespaces: true,
    landlock: false,
    seccomp: false,
};
const ONLY_LANDLOCK: Layers = Layers {
    namespaces: false,
    landlock: true,
    seccomp: false,
};
const ONLY_SECCOMP: Layers = Layers {
    namespaces: false,
    landlock: false,
    seccomp: true,
};

#[test]
fn this_machine_has_every_layer_and_says_so() {
    let probe = sandbox::probe();
    assert!(probe.complete(), "{probe}");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["sandbox", "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Landlock: ABI"), "{text}");
    assert!(text.contains("Every layer is in place"), "{text}");
    let report = run("print('hello')");
    assert_eq!(report.stdout.trim(), "hello");
    let sandbox = report.sandbox.expect("the worker reports its walls");
    assert!(sandbox.complete, "{}", sandbox.layers);
}

#[test]
fn normal_programs_still_work_in_utf8_mode() {
    let report = run(r#"
import json, math, re, collections, statistics, threading, sys
print("json", json.dumps({"x": [1, 2.5, "é"]}, ensure_ascii=False))
print("stats", statistics.median([3, 1, 2]), math.isclose(0.1 + 0.2, 0.3))
print("re", re.findall(r"\d+", "a1b22"), collections.Counter("abracadabra").most_common(1))
out = []
ts = [threading.Thread(target=lambda i=i: out.append(i)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("threads", len(out), "utf8", sys.flags.utf8_mode)
with open("notes.txt", "w") as f:
    f.write("café")
print("scratch", open("notes.txt").read())
"#);
    for expected in [
        "json {\"x\": [1, 2.5, \"é\"]}",
        "stats 2 True",
        "re ['1', '22'] [('a', 5)]",
        "threads 4 utf8 1",
        "scratch café",
    ] {
        assert!(report.stdout.contains(expected), "missing {expected:?}");
    }
}

#[test]
fn writes_outside_the_scratch_folder_leave_nothing() {
    let place = Place::new();
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into()))
        .join(format!("atelier-sandbox-{}", std::process::id()));
    let grades = place.path("BUNDLE.zip.grades.json");
    let program = format!(
        r#"{TRY}
attempt("python-open", lambda: open({a}, "w").write("pwned"))
attempt("libc-open", lambda: raw_open_write({b}))
attempt("home", lambda: raw_open_write({home}))
attempt("grades", lambda: raw_open_write({grades}))
attempt("parent", lambda: raw_open_write("../atelier-pwned-{pid}"))
attempt("truncate-secret", lambda: os.truncate({secret}, 0))
attempt("unlink-secret", lambda: os.unlink({secret}))
"#,
        a = py(&place.path("a")),
        b = py(&place.path("b")),
        home = py(&home),
        grades = py(&grades),
        secret = py(&place.secret),
        pid = std::process::id(),
    );
    let report = run(&program);
    for path in [
        place.path("a"),
        place.path("b"),
        home.clone(),
        grades,
        std::env::temp_dir().join(format!("atelier-pwned-{}", std::process::id())),
    ] {
        assert!(!path.exists(), "{} was written", path.display());
    }
    assert_eq!(std::fs::read_to_string(&place.secret).unwrap(), SECRET);
    assert!(report.stdout.contains("DENIED libc-open PermissionError"));
}

#[test]
fn reads_outside_fail_and_nothing_leaks() {
    let place = Place::new();
    let program = format!(
        r#"{TRY}
attempt("secret", lambda: print(open({secret}).read()))
attempt("passwd", lambda: print(open("/etc/passwd").read()))
attempt("parent-cmdline", lambda: print(open("/proc/%d/cmdline" % os.getppid(), "rb").read()))
attempt("test-cmdline", lambda: print(open("/proc/{me}/environ", "rb").read()))
attempt("proc-list", lambda: print(sorted(p for p in os.listdir("/proc") if p.isdigit())))
attempt("examiner-by-glob", lambda: print(os.listdir({dir})))
"#,
        secret = py(&place.secret),
        dir = py(&place.base),
        me = std::process::id(),
    );
    let report = run(&program);
    let all = format!("{}{}", report.stdout, report.stderr);
    assert!(!all.contains(SECRET), "the secret leaked");
    assert!(!all.contains("root:x:0:0"), "/etc/passwd leaked");
    assert!(!all.contains("CARGO"), "the test's environment leaked");
    for name in ["secret", "passwd", "test-cmdline", "examiner-by-glob"] {
        assert!(
            report.stdout.contains(&format!("DENIED {name} ")),
            "{name} was not denied"
        );
    }
}

/// A listener on 127.0.0.1 that must never see a connection.
fn listener() -> (TcpListener, u16) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

fn accepted_nothing(listener: &TcpListener) {
    match listener.accept() {
        Err(e) if e.kind() == ErrorKind::WouldBlock => {}
        other => panic!("the listener got a connection: {other:?}"),
    }
}

const CONNECT: &str = r#"
import socket
attempt("tcp", lambda: socket.create_connection(("127.0.0.1", PORT), timeout=2).send(b"grades"))
attempt("tcp6", lambda: socket.create_connection(("::ffff:127.0.0.1", PORT), timeout=2))
"#;

#[test]
fn the_network_is_out_of_reach() {
    let (listener, port) = listener();
    let program = format!("{TRY}{}", CONNECT.replace("PORT", &port.to_string()));
    let report = run(&program);
    std::thread::sleep(Duration::from_millis(200));
    accepted_nothing(&listener);
    assert!(report.stdout.contains("DENIED tcp "));
}

#[test]
fn no_program_is_executed() {
    let place = Place::new();
    let marker = place.path("shell-ran");
    let program = format!(
        r#"{TRY}
sh = b"/bin/sh"
cmd = b"touch " + {marker}.encode()
argv = (ctypes.c_char_p * 4)(sh, b"-c", cmd, None)
attempt("execve", lambda: libc.execve(sh, argv, None) and (_ for _ in ()).throw(PermissionError()))
attempt("system", lambda: libc.system(cmd))
attempt("posix_spawn", lambda: os.posix_spawn("/bin/sh", ["sh", "-c", cmd.decode()], {{}}))
"#,
        marker = py(&marker),
    );
    let report = run(&program);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!marker.exists(), "a shell ran: {}", report.stdout);
}

#[test]
fn clearing_the_audit_hook_gains_nothing() {
    let place = Place::new();
    let marker = place.path("hook-bypassed");
    // Walks the interpreter's frames to empty the bootstrap's blocklist, then calls what it
    // refused: the kernel still says no.
    let program = format!(
        r#"
import sys, os
f = sys._getframe()
while f is not None:
    for scope in (f.f_globals, f.f_locals):
        for value in list(scope.values()):
            if isinstance(value, dict) and "os.system" in value:
                value.clear()
    f = f.f_back
print("system", os.system("touch " + {marker}))
try:
    print("fork", os.fork())
except Exception as e:
    print("fork refused", type(e).__name__)
"#,
        marker = py(&marker),
    );
    let report = run(&program);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!marker.exists(), "{}", report.stdout);
    assert!(!report.stdout.contains("fork 0"), "{}", report.stdout);
}

const DAEMON: &str = r#"
import time
def daemon():
    pid = libc.fork()
    if pid != 0:
        return pid
    libc.setsid()
    if libc.fork() != 0:
        libc._exit(0)
    raw_open_write(STARTED)
    time.sleep(2)
    raw_open_write(LATE)
    libc._exit(0)
attempt("daemon", daemon)
time.sleep(0.5)  # time enough for a daemon that did start to say so
"#;

fn daemon_program(place: &Place) -> (String, PathBuf, PathBuf) {
    let (started, late) = (place.path("daemon-started"), place.path("daemon-late"));
    let code = DAEMON
        .replace("STARTED", &py(&started))
        .replace("LATE", &py(&late));
    (format!("{TRY}{code}"), started, late)
}

#[test]
fn no_daemon_outlives_the_run() {
    let place = Place::new();
    let (program, _, late) = daemon_program(&place);
    run(&program);
    std::thread::sleep(Duration::from_secs(3));
    assert!(!late.exists(), "a daemon survived the run");
}

#[test]
fn only_namespaces_the_daemon_dies_with_the_run() {
    let place = Place::new();
    let (program, started, late) = daemon_program(&place);
    let report = run_with(&program, ONLY_NAMESPACES);
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        started.exists(),
        "without seccomp or Landlock the daemon should start: {}",
        report.stdout
    );
    assert!(!late.exists(), "the PID namespace's end did not kill it");
    let (listener, port) = listener();
    let program = format!("{TRY}{}", CONNECT.replace("PORT", &port.to_string()));
    run_with(&program, ONLY_NAMESPACES);
    accepted_nothing(&listener);
}

#[test]
fn only_landlock_files_and_exec_hold() {
    let place = Place::new();
    let marker = place.path("landlock-shell");
    let program = format!(
        r#"{TRY}
attempt("write", lambda: raw_open_write({out}))
attempt("read", lambda: print(open({secret}).read()))
attempt("system", lambda: libc.system(b"touch " + {marker}.encode()))
"#,
        out = py(&place.path("landlock-write")),
        secret = py(&place.secret),
        marker = py(&marker),
    );
    let report = run_with(&program, ONLY_LANDLOCK);
    assert!(!place.path("landlock-write").exists());
    assert!(!report.stdout.contains(SECRET));
    std::thread::sleep(Duration::from_millis(300));
    assert!(!marker.exists());
}

#[test]
fn only_seccomp_exec_fork_and_network_hold() {
    let place = Place::new();
    let marker = place.path("seccomp-shell");
    let (listener, port) = listener();
    let program = format!(
        r#"{TRY}{connect}
attempt("system", lambda: libc.system(b"touch " + {marker}.encode()))
attempt("fork", lambda: libc.fork() == 0 and libc._exit(0))
"#,
        connect = CONNECT.replace("PORT", &port.to_string()),
        marker = py(&marker),
    );
    run_with(&program, ONLY_SECCOMP);
    std::thread::sleep(Duration::from_millis(300));
    assert!(!marker.exists());
    accepted_nothing(&listener);
}

#[test]
fn run_python_keeps_the_walls_for_the_candidate_too() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let atelier = env!("CARGO_BIN_EXE_atelier");
    assert!(Command::new(atelier)
        .arg("init")
        .arg(&ws)
        .output()
        .unwrap()
        .status
        .success());
    let (listener, port) = listener();
    let marker = dir.path().join("from-run-python");
    let program = format!(
        "{TRY}{connect}\nattempt('write', lambda: raw_open_write({marker}))\nattempt('workspace', lambda: raw_open_write({workspace}))\n",
        connect = CONNECT.replace("PORT", &port.to_string()),
        marker = py(&marker),
        workspace = py(&ws.join("workspace.json")),
    );
    std::fs::write(ws.join("A1/program.py"), program).unwrap();
    let before = std::fs::read(ws.join("workspace.json")).unwrap();
    let out = Command::new(atelier)
        .args(["run-python", "--json"])
        .arg(&ws)
        .env(process::WORKER_EXE_ENV, atelier)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sandbox"]["complete"], true, "{doc}");
    assert!(!marker.exists());
    accepted_nothing(&listener);
    // run-python records its run in the workspace itself; the program's own write did not
    // land (it would have replaced the file with "pwned").
    let after = std::fs::read(ws.join("workspace.json")).unwrap();
    assert!(after.starts_with(b"{"), "the workspace was overwritten");
    assert_ne!(after, b"pwned".to_vec());
    drop(before);
}

/// The control: behind no wall at all, the same attacks do their damage, so the tests above
/// would see it.
#[test]
fn without_any_wall_the_attacks_would_be_seen() {
    let place = Place::new();
    let (listener, port) = listener();
    let out = place.path("no-wall-write");
    let program = format!(
        "{TRY}{connect}\nattempt('write', lambda: raw_open_write({out}))\n",
        connect = CONNECT.replace("PORT", &port.to_string()),
        out = py(&out),
    );
    run_with(&program, Layers::NONE);
    assert!(out.exists(), "the control write did not land");
    assert!(
        listener.accept().is_ok(),
        "the control connection did not arrive"
    );
}

/// The hidden tests are nowhere the worker can read: not in the binary it runs as (the
/// examiner file is never embedded), and the request it gets holds the calls, never the
/// expected values (judged in the parent).
#[test]
fn hidden_tests_are_not_in_the_worker_binary() {
    let examiner: serde_json::Value =
        serde_json::from_str(include_str!("../cases/maison-verdier.examiner.json")).unwrap();
    let binary = std::fs::read(env!("CARGO_BIN_EXE_atelier")).unwrap();
    let binary = String::from_utf8_lossy(&binary);
    let hidden = examiner["exercises"]["A1"]["hidden_tests"]
        .as_array()
        .unwrap();
    assert!(!hidden.is_empty());
    for test in hidden {
        let name = test["name"].as_str().unwrap();
        assert!(
            !binary.contains(name),
            "the hidden test {name:?} is compiled into the worker"
        );
    }
}
