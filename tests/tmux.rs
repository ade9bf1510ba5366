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
        .args(["open", dir.to_str().unwrap(), "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr)
        .contains("est déjà ouvert dans un autre atelier ; fermez-le d'abord"));
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

#[test]
fn a_workspace_of_a_newer_atelier_is_read_in_the_terminal_and_never_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Futur"])
        .status()
        .unwrap();
    assert!(status.success());
    let mut value: serde_json::Value = serde_json::from_str(&workspace_text(&dir)).unwrap();
    value["format"] = serde_json::json!(999);
    value["future_field"] = serde_json::json!("kept");
    let text = serde_json::to_string_pretty(&value).unwrap();
    std::fs::write(dir.join("workspace.json"), &text).unwrap();
    let backups = std::fs::read_dir(dir.join(".atelier/backups"))
        .unwrap()
        .count();

    let session = Session::new(format!("atelier-test-newer-{}", std::process::id()));
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.start(160, 40, &command);
    assert!(out.status.success());
    session.wait_for("(format 999)");
    // A change is made on screen, asked to be saved, then the session ends.
    session.keys(&["Down", "Enter"]);
    session.wait_for("Consigne");
    session.keys(&["a"]);
    session.text("Idée jamais écrite");
    session.keys(&["Enter"]);
    session.wait_for("S1");
    sleep(Duration::from_millis(1200));
    session.wait_for("ne le modifiera pas");
    session.keys(&["q"]);
    let start = Instant::now();
    while session.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    assert_eq!(workspace_text(&dir), text, "not a byte changed");
    assert_eq!(
        std::fs::read_dir(dir.join(".atelier/backups"))
            .unwrap()
            .count(),
        backups
    );
}
