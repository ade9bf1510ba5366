//! Interface sessions started from the command line: the throwaway demo and the exit code
//! of a session.

use super::CliError;
use crate::case;
use crate::i18n::{self, review::ReviewText, Lang};
use crate::tui::theme::ThemeName;
use crate::workspace::store;
use std::path::PathBuf;
use std::process::ExitCode;

/// A throwaway copy of a case's worked example, in a fresh temporary folder that is removed
/// when the demo ends, however it ends short of `kill -9` (SIGHUP and SIGTERM included).
pub(super) fn demo(
    case_wanted: Option<&str>,
    lang: Lang,
    theme: ThemeName,
) -> Result<ExitCode, CliError> {
    struct Cleanup(PathBuf);
    impl Drop for Cleanup {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
            crate::tui::signals::keep_on_signal(&self.0);
        }
    }
    let loaded = case::resolve(case_wanted)?;
    let base = std::env::temp_dir().join(format!(
        "atelier-demo-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    let cleanup = Cleanup(base);
    crate::tui::signals::remove_on_signal(&cleanup.0);
    let dir = cleanup.0.join("ws");
    store::init(&dir, loaded, "", true)?;
    let ws = store::open(&dir, true)?;
    let ending = crate::tui::run_with_notice(
        ws,
        lang,
        theme,
        Some(i18n::Text::Review(ReviewText::DemoNotice)),
    )?;
    drop(cleanup);
    Ok(ending_code(ending))
}

/// The exit code of an interface session: 1, with the reason on stderr, when the person
/// quit although the last save failed.
pub(super) fn ending_code(ending: crate::tui::Ending) -> ExitCode {
    match ending {
        crate::tui::Ending::Saved => ExitCode::SUCCESS,
        crate::tui::Ending::Unsaved(reason) => {
            eprintln!("{reason}");
            ExitCode::from(1)
        }
    }
}
