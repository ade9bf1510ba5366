//! The sociogram in a real terminal (tmux): the layout runs in its background thread while
//! the interface answers keys, a pinned actor is saved, and quitting leaves a workspace with
//! the pin. Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[test]
fn the_layout_runs_in_the_background_and_a_pin_is_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session::new(format!("atelier-sociogram-{}", std::process::id()))
        .timeout(Duration::from_secs(30));
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for("Exercices");
    // A6 is the seventh exercise of the list.
    for _ in 0..5 {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("Sociogramme");
    // The layout thread reports its end; the interface kept drawing meanwhile.
    session.wait_for("disposition ForceAtlas2 terminée");
    session.keys(&["t"]);
    session.wait_for("Indicateurs · hiérarchie");
    session.keys(&["p"]);
    session.wait_for("épinglé");
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
    let actors = saved["exercises"]["A6"]["graph"]["actors"]
        .as_array()
        .unwrap();
    assert_eq!(actors.len(), 18);
    let pinned = actors.iter().filter(|a| a["pinned"].is_array()).count();
    assert_eq!(pinned, 1);
}
