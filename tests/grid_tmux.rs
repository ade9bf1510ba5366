//! The grid workbench in a real terminal (tmux): a person opens A13, scores a question with
//! the keys, types a justification, quits, and both are in `workspace.json`.

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
fn scoring_the_maturity_questionnaire_in_the_real_terminal_saves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let bin = env!("CARGO_BIN_EXE_atelier");
    let status = Command::new(bin)
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session {
        socket: format!("atelier-grid-test-{}", std::process::id()),
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
