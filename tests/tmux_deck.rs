//! The pitch in a real terminal (tmux): a person opens A15, starts the presenter with F5,
//! moves to the next slide with →, leaves with Esc, and the rehearsal is in
//! `workspace.json`. Needs tmux (scripts/test.sh installs it).

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Session {
    socket: String,
}

impl Session {
    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is required for this test: run `bash scripts/test.sh`, which installs it")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "deck"]).stdout)
            .into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never saw {text:?} on screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "deck"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
        sleep(Duration::from_millis(150));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn rehearsals(dir: &Path) -> usize {
    let text = std::fs::read_to_string(dir.join("workspace.json")).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
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
    let session = Session {
        socket: format!("atelier-deck-test-{}", std::process::id()),
    };
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.tmux(&[
        "new-session",
        "-d",
        "-s",
        "deck",
        "-x",
        "120",
        "-y",
        "40",
        &command,
    ]);
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
    while session
        .tmux(&["has-session", "-t", "deck"])
        .status
        .success()
    {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    assert_eq!(rehearsals(&dir), before + 1);
}
