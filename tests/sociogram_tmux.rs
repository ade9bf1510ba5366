//! The sociogram in a real terminal (tmux): the layout runs in its background thread while
//! the interface answers keys, a pinned actor is saved, and quitting leaves a workspace with
//! the pin. Needs tmux (scripts/test.sh installs it).

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
                start.elapsed() < Duration::from_secs(30),
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

    fn is_running(&self) -> bool {
        self.tmux(&["has-session", "-t", "atelier"])
            .status
            .success()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Only this test's own server, on its own socket.
        let _ = self.tmux(&["kill-server"]);
    }
}

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
    let session = Session {
        socket: format!("atelier-sociogram-{}", std::process::id()),
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
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap())
            .unwrap();
    let actors = saved["exercises"]["A6"]["graph"]["actors"]
        .as_array()
        .unwrap();
    assert_eq!(actors.len(), 18);
    let pinned = actors.iter().filter(|a| a["pinned"].is_array()).count();
    assert_eq!(pinned, 1);
}
