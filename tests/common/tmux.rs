//! The real binary in a real terminal: a tmux server of the test's own, on its own socket,
//! with one session to type keys into and read the screen from. Needs tmux
//! (scripts/test.sh installs it).

use std::path::Path;
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// One tmux server (its own socket) and the name of the session the test drives in it.
pub struct Session {
    socket: String,
    target: String,
    timeout: Duration,
}

impl Session {
    /// A server on `socket`, driving the session named `atelier`; `wait_for` gives up
    /// after 20 seconds.
    pub fn new(socket: impl Into<String>) -> Self {
        Session {
            socket: socket.into(),
            target: "atelier".to_string(),
            timeout: Duration::from_secs(20),
        }
    }

    /// Drives the session named `target` instead of `atelier`.
    pub fn target(mut self, target: &str) -> Self {
        self.target = target.to_string();
        self
    }

    /// How long `wait_for` waits before failing.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Runs `tmux` on this server's socket.
    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is required for this test: run `bash scripts/test.sh`, which installs it")
    }

    /// Starts the session, detached, `width` × `height`, running `command` (a shell line).
    pub fn start(&self, width: u16, height: u16, command: &str) -> Output {
        let (width, height) = (width.to_string(), height.to_string());
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            &self.target,
            "-x",
            &width,
            "-y",
            &height,
            command,
        ])
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(
            &self
                .tmux(&["capture-pane", "-p", "-t", &self.target])
                .stdout,
        )
        .into_owned()
    }

    /// Waits until `text` is on screen, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < self.timeout,
                "never saw {text:?} on screen:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    /// Sends keys (tmux key names, or `-l` then literal text).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.target];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
        sleep(Duration::from_millis(150));
    }

    /// Types `text` literally.
    pub fn text(&self, text: &str) {
        assert!(self
            .tmux(&["send-keys", "-t", &self.target, "-l", text])
            .status
            .success());
        sleep(Duration::from_millis(150));
    }

    /// Whether the session is still there (its program has not quit).
    pub fn is_running(&self) -> bool {
        self.tmux(&["has-session", "-t", &self.target])
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

/// The workspace's `workspace.json`, as text.
pub fn workspace_text(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("workspace.json")).unwrap()
}
