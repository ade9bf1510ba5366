//! The A7 GDPR sheet in a real terminal (tmux): a person adds one of the case's processings,
//! types its purpose, picks its legal basis, quits, and the register is in `workspace.json`.
//! Needs tmux (scripts/test.sh installs it).

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
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "atelier"]).stdout)
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
        let mut args = vec!["send-keys", "-t", "atelier"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
        sleep(Duration::from_millis(150));
    }

    fn text(&self, text: &str) {
        assert!(self
            .tmux(&["send-keys", "-t", "atelier", "-l", text])
            .status
            .success());
        sleep(Duration::from_millis(150));
    }

    fn is_running(&self) -> bool {
        self.tmux(&["has-session", "-t", "atelier"])
            .status
            .success()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn workspace_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("workspace.json")).unwrap()
}

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
    let session = Session {
        socket: format!("atelier-sheet-test-{}", std::process::id()),
    };
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.tmux(&[
        "new-session",
        "-d",
        "-s",
        "atelier",
        "-x",
        "120",
        "-y",
        "40",
        &command,
    ]);
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
    // The purpose, typed; the legal basis, picked (legal obligation is the third value).
    session.keys(&["Enter"]);
    session.text("Établir la paie et la DSN");
    session.keys(&["Enter"]);
    session.keys(&["Down", "Enter"]);
    session.wait_for("Choisir");
    session.keys(&["Down", "Down", "Down", "Enter"]);
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
    assert_eq!(paie["legal_basis"], "legal_obligation");
}
