//! The A7 GDPR sheet in a real terminal (tmux): a person adds one of the case's processings,
//! types its purpose, picks its legal basis, quits, and the register is in `workspace.json`.
//! Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[test]
fn filling_the_gdpr_register_in_the_real_terminal_saves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session::new(format!("atelier-sheet-test-{}", std::process::id()));
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for("Exercices");
    // A7 is the seventh exercise.
    session.keys(&["Down", "Down", "Down", "Down", "Down", "Down", "Enter"]);
    session.wait_for("Registre vide");
    // Add the case's payroll processing (fourth in the list): its form opens with the facts.
    session.keys(&["a"]);
    session.wait_for("Nouveau traitement (vierge)");
    session.keys(&["Down", "Down", "Down", "Enter"]);
    session.wait_for("Faits du cas · paie");
    // The purpose, typed; the legal bases, ticked (legal obligation is the third value).
    session.keys(&["Enter"]);
    session.text("Établir la paie et la DSN");
    session.keys(&["Enter"]);
    session.keys(&["Down", "Enter"]);
    session.wait_for("Espace coche");
    session.keys(&["Down", "Down", "Space", "Enter"]);
    session.wait_for("Obligation légale (6.1.c)");
    let start = Instant::now();
    while !workspace_text(&dir).contains("legal_obligation") {
        assert!(start.elapsed() < Duration::from_secs(5), "not autosaved");
        sleep(Duration::from_millis(100));
    }
    session.keys(&["q"]);
    let start = Instant::now();
    while session.is_running() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "atelier did not quit"
        );
        sleep(Duration::from_millis(50));
    }
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(&dir)).unwrap();
    let paie = &saved["exercises"]["A7"]["sheet"]["processings"][0];
    assert_eq!(paie["id"], "paie");
    assert_eq!(paie["purpose"], "Établir la paie et la DSN");
    assert_eq!(paie["legal_basis"], serde_json::json!(["legal_obligation"]));
}
