//! The real binary in a real terminal (tmux): a person's keystrokes add a SWOT item, quit
//! saves, and the item is in `workspace.json`. Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[test]
fn typing_a_swot_item_in_the_real_terminal_saves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session::new(format!("atelier-test-{}", std::process::id()));
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for("Exercices");
    // A1 is selected; go down to A2 and open it.
    session.keys(&["Down", "Enter"]);
    session.wait_for("Consigne");
    session.keys(&["a"]);
    session.text("Réseau de magasins dense");
    session.keys(&["Enter"]);
    session.wait_for("S1");
    // Autosave comes within a second, before quitting.
    let start = Instant::now();
    while !workspace_text(&dir).contains("Réseau de magasins dense") {
        assert!(start.elapsed() < Duration::from_secs(5), "not autosaved");
        sleep(Duration::from_millis(100));
    }
    // A second atelier on the same workspace is refused while this one runs.
    let second = Command::new(bin)
        .args(["open", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already open"));
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
    let items = saved["exercises"]["A2"]["board"]["items"]
        .as_array()
        .unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["zone"], "S");
    assert_eq!(items[0]["text"], "Réseau de magasins dense");
}
