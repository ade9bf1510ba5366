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

fn oral(dir: &Path) -> serde_json::Value {
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(dir)).unwrap();
    saved["exercises"]["A15"]["deck"]["oral"].clone()
}

/// After the real oral, the candidate records it from the questions panel with `o`: a date
/// that does not exist is refused with one sentence and stays on screen to be corrected, then
/// the length and the jury's questions; the panel, and `workspace.json`, hold them.
#[test]
fn the_oral_session_is_recorded_with_its_date_length_and_questions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--example"])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(oral(&dir).is_null(), "no oral before it is recorded");
    let session = Session::new(format!("atelier-oral-test-{}", std::process::id())).target("oral");
    let command = format!("{bin} open {} --lang fr", dir.display());
    assert!(session.start(120, 40, &command).status.success());
    session.wait_for("Exercices");
    for _ in 0..14 {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("10/10 diapositives");
    session.keys(&["Tab"]);
    session.wait_for("pas encore notée");
    session.keys(&["o"]);
    session.wait_for("Date de la soutenance");
    // Today is offered: clear it, then a day that does not exist.
    for _ in 0..10 {
        session.keys(&["BSpace"]);
    }
    session.text("31/02/2027");
    session.keys(&["Enter"]);
    let screen = session.wait_for("Cette date n'existe pas");
    assert!(screen.contains("Date de la soutenance"), "{screen}");
    assert!(oral(&dir)["minutes"].is_null());
    for _ in 0..10 {
        session.keys(&["BSpace"]);
    }
    session.text("15/12/2026");
    session.keys(&["Enter"]);
    session.wait_for("Durée de la soutenance");
    session.text("18");
    session.keys(&["Enter"]);
    session.wait_for("Questions posées par le jury");
    session.text("Pourquoi maintenant ?");
    session.keys(&["Enter"]);
    session.text("Quel budget la première année ?");
    session.keys(&["Escape"]);
    let screen = session.wait_for("Soutenance enregistrée");
    assert!(screen.contains("15 décembre 2026 · 18 min"), "{screen}");
    assert!(screen.contains("Questions du jury (2)"), "{screen}");
    session.keys(&["q"]);
    let start = Instant::now();
    while session.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    let oral = oral(&dir);
    assert_eq!(oral["date"], "2026-12-15");
    assert_eq!(oral["minutes"], 18);
    assert_eq!(
        oral["questions"],
        serde_json::json!(["Pourquoi maintenant ?", "Quel budget la première année ?"])
    );
}
