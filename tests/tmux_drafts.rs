//! Nothing typed is lost, in the real binary (tmux): the reason an examiner is typing for a
//! decision against the case's rule, and the group's members typed on the home screen,
//! survive a `kill -9` in the middle of the typing: on disk within half a second, and on
//! screen when atelier opens again. Needs tmux (scripts/test.sh installs it).

mod common;

use atelier::exam::grading::Decision;
use atelier::exam::review;
use common::tmux::{workspace_text, Session};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Kills the program running in the session's pane with SIGKILL (no chance to save on the
/// way out), and waits until the session is gone.
fn kill_9(tmux: &Session, target: &str) {
    let pid = String::from_utf8_lossy(
        &tmux
            .tmux(&["display-message", "-p", "-t", target, "#{pane_pid}"])
            .stdout,
    )
    .trim()
    .to_string();
    assert!(!pid.is_empty(), "no pane to kill");
    let killed = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    assert!(killed.success());
    let start = Instant::now();
    while tmux.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "still running");
        sleep(Duration::from_millis(50));
    }
}

/// Types `text` a character at a time, 150 ms apart (at least seven keys, a second in all):
/// a person typing on, never pausing half a second.
fn type_slowly(tmux: &Session, text: &str) {
    let mut pieces: Vec<String> = Vec::new();
    for c in text.chars() {
        match pieces.last_mut() {
            // A lone `;` is tmux's command separator: it goes with the next character.
            Some(last) if last == ";" => last.push(c),
            _ => pieces.push(c.to_string()),
        }
    }
    assert!(pieces.len() >= 7, "too short to last a second");
    for piece in pieces {
        // `text` waits 150 ms after each key.
        tmux.text(&piece);
    }
}

/// Waits until `quit` ends the session's program.
fn quit(tmux: &Session) {
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_reason_being_typed_survives_a_kill_and_comes_back_as_a_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let file = common::exam::bundle(tmp.path(), "Camille Martin", &tmp.path().join("cm.zip"));
    let command = format!(
        "exec {} review {} --examiner Eve --lang fr",
        env!("CARGO_BIN_EXE_atelier"),
        file.display()
    );
    let tmux = Session::new(format!("atelier-draft-reason-{}", std::process::id())).target("r");
    assert!(tmux.start(150, 50, &command).status.success());
    tmux.wait_for("lecture seule");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Notation · A2");
    // 14/16, none under 2: the rule says validated; "not validated" asks why.
    tmux.keys(&["g", "4", "Down", "4", "Down", "3", "Down", "3"]);
    tmux.wait_for("proposition : ✔ validé");
    tmux.keys(&["x"]);
    tmux.wait_for("donnez-en le motif");
    // Typed on without a pause of half a second, then killed mid-word (neither Enter nor
    // Esc): what was on screen a second before the kill is on disk.
    tmux.text("Analyse externe");
    tmux.wait_for("Analyse externe");
    type_slowly(&tmux, " recopi");
    kill_9(&tmux, "r");
    sleep(Duration::from_secs(1));
    let path = review::grades_path(&file);
    let saved = review::load_grades(&path).unwrap().unwrap();
    let eve = saved.marker("Eve").unwrap();
    let draft = eve.reason_draft("A2").expect("the draft is saved");
    assert!(
        draft.text.starts_with("Analyse externe")
            && "Analyse externe recopi".starts_with(&draft.text),
        "{:?}",
        draft.text
    );
    assert_eq!(draft.decision, Decision::NotValidated);
    let typed = draft.text.clone();
    // A draft decides nothing.
    assert_eq!(eve.decision("A2"), None);
    assert_eq!(saved.agreed_reason("A2"), None);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"reason_draft\""), "{text}");

    // Open again: the panel shows the draft; the same decision opens the field on it.
    assert!(tmux.start(150, 50, &command).status.success());
    tmux.wait_for("lecture seule");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Notation · A2");
    tmux.wait_for("Brouillon de motif, non confirmé (non validé)");
    tmux.wait_for(&format!("« {typed} »"));
    tmux.keys(&["g", "x"]);
    tmux.wait_for("donnez-en le motif");
    // The field opens on the draft: what is typed goes on after it.
    tmux.text(" (suite)");
    // Esc keeps it, says so, and decides nothing.
    tmux.keys(&["Escape"]);
    tmux.wait_for("Texte conservé en brouillon");
    let reason = format!("{typed} (suite)");
    tmux.wait_for(&format!("« {reason} »"));
    // Enter on the completed reason records the decision; the draft is gone.
    tmux.keys(&["x"]);
    tmux.wait_for("donnez-en le motif");
    tmux.keys(&["Enter"]);
    let shown = tmux.wait_for(&format!("Motif : « {reason} »"));
    assert!(!shown.contains("Brouillon de motif"), "{shown}");
    quit(&tmux);
    let saved = review::load_grades(&path).unwrap().unwrap();
    assert_eq!(saved.agreed_decision("A2"), Some(Decision::NotValidated));
    assert_eq!(saved.agreed_reason("A2"), Some(reason.as_str()));
    assert_eq!(saved.marker("Eve").unwrap().reason_draft("A2"), None);
}

#[test]
fn group_members_being_typed_survive_a_kill_and_show_when_reopened() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Ana Roy"])
        .status()
        .unwrap();
    assert!(status.success());
    let command = format!("exec {bin} open {} --lang fr", dir.display());
    let tmux = Session::new(format!("atelier-draft-group-{}", std::process::id()));
    assert!(tmux.start(140, 40, &command).status.success());
    tmux.wait_for("Exercices");
    tmux.keys(&["G"]);
    tmux.wait_for("Membres du groupe");
    // Typed on without a pause, then killed mid-name: a second later, what was on screen a
    // second before the kill is in workspace.json.
    tmux.text("Ana Roy ; Bo Lin");
    tmux.wait_for("Ana Roy ; Bo Lin");
    type_slowly(&tmux, " ; Cyril V");
    kill_9(&tmux, "atelier");
    sleep(Duration::from_secs(1));
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(&dir)).unwrap();
    let group: Vec<String> = serde_json::from_value(saved["group"].clone()).unwrap();
    let typed = group.join(" ; ");
    assert!(
        typed.starts_with("Ana Roy ; Bo Lin") && "Ana Roy ; Bo Lin ; Cyril V".starts_with(&typed),
        "{typed:?}"
    );
    // Open again: the home screen shows them, and the field opens on them.
    assert!(tmux.start(140, 40, &command).status.success());
    tmux.wait_for(&group.join(", "));
    tmux.keys(&["G"]);
    tmux.wait_for(&typed);
    tmux.text(" ; Dana Vu");
    // Esc keeps what was typed, and says so.
    tmux.keys(&["Escape"]);
    tmux.wait_for("Texte conservé");
    tmux.wait_for(&format!("{}, Dana Vu", group.join(", ")));
    quit(&tmux);
    let saved: serde_json::Value = serde_json::from_str(&workspace_text(&dir)).unwrap();
    let mut expected = group.clone();
    expected.push("Dana Vu".into());
    assert_eq!(saved["group"], serde_json::json!(expected));
}
