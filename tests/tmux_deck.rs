//! The pitch in a real terminal (tmux): a person opens A15, starts the presenter with F5,
//! moves to the next slide with →, leaves with Esc, and the rehearsal is in
//! `workspace.json`. Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn rehearsals(dir: &Path) -> usize {
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(dir)).unwrap();
    saved["exercises"]["A15"]["deck"]["rehearsals"]
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn a_rehearsal_in_the_real_terminal_is_recorded() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--example"])
        .status()
        .unwrap();
    assert!(status.success());
    let before = rehearsals(&dir);
    let session = Session::new(format!("atelier-deck-test-{}", std::process::id())).target("deck");
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(out.status.success());
    session.wait_for("Exercices");
    // A15 is the fifteenth exercise of the home list.
    for _ in 0..14 {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("10/10 diapositives");
    session.keys(&["F5"]);
    session.wait_for("limite 10:00");
    session.wait_for("┌ 1/10");
    session.keys(&["Right"]);
    session.wait_for("┌ 2/10");
    // A rehearsal counts from one second on: this one is real time.
    sleep(Duration::from_millis(1200));
    session.keys(&["Escape"]);
    session.wait_for("Répétition enregistrée");
    session.keys(&["q"]);
    let start = Instant::now();
    while session.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    assert_eq!(rehearsals(&dir), before + 1);
}
