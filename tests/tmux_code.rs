//! The A1 screen in a real terminal (tmux), as a person uses it: the program changed by
//! another editor shows up, F5 runs an endless loop while the screen still answers keys,
//! F6 cancels it and no worker is left; typed code lands in the file; a syntax error is
//! reported with its line. Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::Session;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Worker processes started by this test's atelier (found by the tag in their environment).
fn workers(tag: &str) -> usize {
    // The worker's environment is scrubbed by the sandbox, so it is found through its parent:
    // the atelier of this test (tagged), whose child is the worker's supervisor.
    let needle = format!("ATELIER_TEST_TAG={tag}");
    let tagged = |pid: &str| {
        std::fs::read(format!("/proc/{pid}/environ"))
            .unwrap_or_default()
            .split(|b| *b == 0)
            .any(|v| v == needle.as_bytes())
    };
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|entry| {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
            // After the command's name in parentheses: state, then the parent's pid.
            let after = stat.rsplit_once(") ").map(|(_, rest)| rest).unwrap_or("");
            let mut fields = after.split(' ');
            let state = fields.next().unwrap_or("");
            let parent = fields.next().unwrap_or("");
            String::from_utf8_lossy(&cmdline).contains("__python-worker")
                && state != "Z"
                && tagged(parent)
        })
        .count()
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(10), "{what}");
        sleep(Duration::from_millis(50));
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn run_cancel_edit_and_errors_in_the_real_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    // A long time limit, so that the cancel below is ours even on a slow machine.
    let mut case: serde_json::Value =
        serde_json::from_str(include_str!("../cases/maison-verdier.json")).unwrap();
    for exercise in case["exercises"].as_array_mut().unwrap() {
        if exercise["id"] == "A1" {
            exercise["config"]["time_limit_s"] = serde_json::json!(60);
        }
    }
    let case_path = tmp.path().join("slow.json");
    std::fs::write(&case_path, case.to_string()).unwrap();
    assert!(Command::new(bin)
        .args([
            "init",
            dir.to_str().unwrap(),
            "--case",
            case_path.to_str().unwrap()
        ])
        .status()
        .unwrap()
        .success());
    let program = dir.join("A1/program.py");
    let tag = format!("tmux-code-{}", std::process::id());
    let session = Session::new(format!("atelier-code-test-{}", std::process::id()));
    let command = format!(
        "env ATELIER_TEST_TAG={tag} {bin} open {} --lang en",
        dir.display()
    );
    let out = session.start(120, 40, &command);
    assert!(out.status.success());
    session.wait_for("Exercises");
    // A1 is the first exercise.
    session.keys(&["Enter"]);
    session.wait_for("program.py");
    session.wait_for("points_fidelite");

    // Another editor changes the file: the screen follows.
    std::fs::write(&program, "# Boucle\nwhile True:\n    pass\n").unwrap();
    session.wait_for("The file changed on disk");
    session.wait_for("while True:");

    // F5 runs it in the background: the screen still answers keys meanwhile.
    session.keys(&["F5"]);
    session.wait_for("Running");
    wait_until("the worker started", || workers(&tag) == 1);
    session.keys(&["?"]);
    session.wait_for("cancel the run");
    session.keys(&["Escape"]);
    session.keys(&["F6"]);
    session.wait_for("Run cancelled");
    wait_until("no worker is left", || workers(&tag) == 0);
    assert_eq!(read(&program), "# Boucle\nwhile True:\n    pass\n");

    // Typing goes into the file; auto-indent follows the colon.
    session.keys(&["Enter"]);
    session.keys(&["Down"]);
    session.keys(&["End"]);
    session.keys(&["Enter"]);
    session.text("x = 1");
    session.keys(&["Escape"]);
    wait_until("the typed code reached the file", || {
        read(&program) == "# Boucle\nwhile True:\n    x = 1\n    pass\n"
    });

    // A syntax error is reported with its line.
    std::fs::write(&program, "# Erreur\ndef f(:\n    pass\n").unwrap();
    session.wait_for("def f(:");
    session.keys(&["F5"]);
    session.wait_for("Syntax error (line 2)");
    session.keys(&["q"]);
}
