//! Ends that do not come from the keyboard: a pipe closed early (`atelier check | head -1`)
//! ends the command quietly; SIGTERM, SIGHUP and a closed terminal end `atelier demo` with
//! the terminal given back and its temporary folder removed.

mod common;

use common::tmux::Session;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_atelier")
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    assert!(Command::new(bin())
        .args(["init", ws.to_str().unwrap()])
        .output()
        .unwrap()
        .status
        .success());
    for args in [vec!["check"], vec!["check", "--json"]] {
        // The reading end is closed before atelier writes a byte: its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(bin())
            .args(&args)
            .arg(&ws)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

/// The demo folder `atelier demo` made in `tmp`, and the pid in its name.
fn demo_folder(tmp: &Path) -> (PathBuf, i32) {
    let start = Instant::now();
    loop {
        let found = std::fs::read_dir(tmp)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("atelier-demo-"))
            });
        if let Some(path) = found {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let pid = name["atelier-demo-".len()..]
                .split('-')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            return (path, pid);
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no demo folder");
        sleep(Duration::from_millis(50));
    }
}

fn wait_gone(path: &Path) {
    let start = Instant::now();
    while path.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{} is still there",
            path.display()
        );
        sleep(Duration::from_millis(50));
    }
}

fn killed_demo_cleans_up(signal: i32, name: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let session = Session::new(format!("atelier-{name}-{}", std::process::id()));
    let command = format!(
        "TMPDIR={} {} demo --lang fr; echo fini-$?; sleep 30",
        tmp.path().display(),
        bin()
    );
    assert!(session.start(100, 30, &command).status.success());
    session.wait_for("Exercices");
    let (folder, pid) = demo_folder(tmp.path());
    assert!(folder.join("ws").join("workspace.json").exists());
    // SAFETY: kill(2) on the pid of the demo this test started.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    let screen = session.wait_for("fini-0");
    // The terminal is given back: the shell's line, no trace of the interface.
    assert!(!screen.contains("Exercices"), "{screen}");
    wait_gone(&folder);
}

#[test]
fn sigterm_ends_the_demo_cleanly() {
    killed_demo_cleans_up(libc::SIGTERM, "term");
}

#[test]
fn sighup_ends_the_demo_cleanly() {
    killed_demo_cleans_up(libc::SIGHUP, "hup");
}

#[test]
fn closing_the_terminal_removes_the_demo_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let session = Session::new(format!("atelier-close-{}", std::process::id()));
    let command = format!("TMPDIR={} {} demo --lang fr", tmp.path().display(), bin());
    assert!(session.start(100, 30, &command).status.success());
    session.wait_for("Exercices");
    let (folder, _) = demo_folder(tmp.path());
    // The terminal goes away under the demo (its window closed): SIGHUP, then nothing to
    // read or draw on.
    session.tmux(&["kill-session", "-t", "atelier"]);
    wait_gone(&folder);
}
