//! The mind map in a real terminal (tmux): a person opens A5, adds a trend under a
//! category, writes its name, gives it a source, quits, and finds it in `workspace.json`.
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
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "maps"]).stdout)
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
        let mut args = vec!["send-keys", "-t", "maps"];
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

fn saved_texts(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("workspace.json")).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
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
    let session = Session {
        socket: format!("atelier-maps-test-{}", std::process::id()),
    };
    let command = format!("{bin} open {} --lang fr", dir.display());
    let out = session.tmux(&[
        "new-session",
        "-d",
        "-s",
        "maps",
        "-x",
        "120",
        "-y",
        "40",
        &command,
    ]);
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
    while session
        .tmux(&["has-session", "-t", "maps"])
        .status
        .success()
    {
        assert!(start.elapsed() < Duration::from_secs(10), "did not quit");
        sleep(Duration::from_millis(50));
    }
    assert!(saved_texts(&dir).contains(&"Vision par ordinateur en rayon".to_string()));
}
