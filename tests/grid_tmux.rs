//! The grid workbench in a real terminal (tmux): a person opens A13, scores a question with
//! the keys, types a justification, quits, and both are in `workspace.json`.

mod common;

use common::tmux::{workspace_text, Session};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[test]
fn scoring_the_maturity_questionnaire_in_the_real_terminal_saves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session::new(format!("atelier-grid-test-{}", std::process::id()));
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for("Exercices");
    // A13 is the thirteenth exercise of the home list.
    for _ in 0..12 {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("Questionnaire de maturité numérique");
    session.keys(&["b", "Right", "Right", "+", "+"]);
    session.keys(&["Right", "Enter"]);
    session.text("Plan Verdier 2030 écrit mais récent");
    session.keys(&["Enter"]);
    session.wait_for("Plan Verdier 2030 écrit");
    // The profile chart follows the score.
    session.wait_for("2 / 5");
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
    let rows = saved["exercises"]["A13"]["grid"]["tables"]["questionnaire"]["rows"]
        .as_array()
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["seed"], 0);
    assert_eq!(rows[0]["cells"]["note"], "2");
    assert_eq!(
        rows[0]["cells"]["justification"],
        "Plan Verdier 2030 écrit mais récent"
    );
}
