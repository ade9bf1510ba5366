//! The signals that end a session from outside: SIGHUP (the terminal was closed) and SIGTERM
//! (`kill`). Instead of dying on the spot, leaving the terminal in raw mode and a demo's
//! temporary folder behind, the session ends as a quit does: the event loop sees the flag,
//! saves and returns, and every guard (the terminal's, the demo's folder) is dropped.
//!
//! A closed terminal can leave the event loop unable to see anything (reading a hung-up
//! terminal does not return), so a watcher thread finishes the job if the loop has not
//! ended within a second: it restores what it can of the terminal, removes the folders
//! registered with [`remove_on_signal`], and exits with 128 + the signal's number.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

/// How long the event loop has to end by itself after a signal.
const GRACE: Duration = Duration::from_secs(1);

/// Folders to remove if a signal ends the process (a demo's temporary copy).
static DOOMED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes `path` if SIGHUP or SIGTERM ends the process before [`keep_on_signal`].
pub fn remove_on_signal(path: &Path) {
    if let Ok(mut doomed) = DOOMED.lock() {
        doomed.push(path.to_path_buf());
    }
}

/// Forgets a folder given to [`remove_on_signal`] (its owner removed it, or keeps it).
pub fn keep_on_signal(path: &Path) {
    if let Ok(mut doomed) = DOOMED.lock() {
        doomed.retain(|p| p != path);
    }
}

/// Raised by SIGHUP or SIGTERM while it lives; dropping it stops the watcher.
pub(crate) struct EndSignals {
    raised: Arc<AtomicBool>,
    ended: Arc<AtomicBool>,
    handle: Handle,
}

impl EndSignals {
    pub(crate) fn install() -> std::io::Result<EndSignals> {
        let raised = Arc::new(AtomicBool::new(false));
        let ended = Arc::new(AtomicBool::new(false));
        let mut signals = Signals::new([SIGHUP, SIGTERM])?;
        let handle = signals.handle();
        let (flag, done) = (Arc::clone(&raised), Arc::clone(&ended));
        std::thread::Builder::new()
            .name("end-signals".into())
            .spawn(move || {
                let Some(signal) = signals.forever().next() else {
                    return;
                };
                flag.store(true, Ordering::SeqCst);
                std::thread::sleep(GRACE);
                if !done.load(Ordering::SeqCst) {
                    end_now(signal);
                }
            })?;
        Ok(EndSignals {
            raised,
            ended,
            handle,
        })
    }

    /// Whether the session was asked to end.
    pub(crate) fn raised(&self) -> bool {
        self.raised.load(Ordering::SeqCst)
    }
}

impl Drop for EndSignals {
    fn drop(&mut self) {
        self.ended.store(true, Ordering::SeqCst);
        self.handle.close();
    }
}

/// The loop could not end by itself: restore the terminal as far as it still exists, remove
/// the registered folders, and exit.
fn end_now(signal: i32) -> ! {
    crate::tui::restore_terminal();
    if let Ok(doomed) = DOOMED.lock() {
        for path in doomed.iter() {
            let _ = std::fs::remove_dir_all(path);
        }
    }
    std::process::exit(128 + signal);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_signal_raises_the_flag_instead_of_killing() {
        let signals = EndSignals::install().unwrap();
        assert!(!signals.raised());
        signal_hook::low_level::raise(SIGTERM).unwrap();
        let start = std::time::Instant::now();
        while !signals.raised() && start.elapsed() < Duration::from_millis(500) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(signals.raised());
        // Dropped within the grace period: the watcher lets the process live.
        drop(signals);
        std::thread::sleep(GRACE + Duration::from_millis(200));
    }

    #[test]
    fn registered_folders_can_be_forgotten() {
        let path = Path::new("/nonexistent/atelier-demo-test");
        remove_on_signal(path);
        assert!(DOOMED.lock().unwrap().iter().any(|p| p == path));
        keep_on_signal(path);
        assert!(!DOOMED.lock().unwrap().iter().any(|p| p == path));
    }
}
