//! The mind map in a real terminal (tmux): a person opens A5, adds a trend under a
//! category, writes its name, gives it a source, quits, and finds it in `workspace.json`.
//! Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn saved_texts(dir: &Path) -> Vec<String> {
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(dir)).unwrap();
    saved["exercises"]["A5"]["tree"]["nodes"]
        .as_array()
        .map(|nodes| {
            nodes
                .iter()
                .map(|n| n["text"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_trend_typed_in_the_real_terminal_is_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session::new(format!("atelier-maps-test-{}", std::process::id())).target("maps");
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(out.status.success());
    session.wait_for("Exercices");
    // A5 is the fifth exercise of the home list.
    for _ in 0..4 {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("Carte mentale · 8 nœuds");
    // Down to "Technologies", add a child, type its name.
    session.keys(&["Down"]);
    session.keys(&["Down"]);
    session.keys(&["a"]);
    session.wait_for("Carte mentale · 9 nœuds");
    session.keys(&["-l", "Vision par ordinateur en rayon"]);
    session.keys(&["Enter"]);
    session.wait_for("└─• Vision par ordinateur en rayon");
    session.keys(&["s"]);
    session.wait_for("Source : titre");
    session.keys(&["-l", "Baromètre du numérique"]);
    session.keys(&["Enter"]);
    session.keys(&["-l", "Arcep"]);
    session.keys(&["Enter"]);
    session.keys(&["-l", "https://www.arcep.fr/"]);
    session.keys(&["Enter"]);
    session.keys(&["-l", "2025"]);
    session.keys(&["Enter"]);
    session.wait_for("Vision par ordinateur en rayon ✓1");
    session.keys(&["q"]);
    let start = Instant::now();
    while session.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    assert!(saved_texts(&dir).contains(&"Vision par ordinateur en rayon".to_string()));
}
