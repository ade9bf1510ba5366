//! Finding and opening the workspace a command works on: the default folder, opening for
//! reading or for the interface (creating it when missing), and what opening noticed.

use super::CliError;
use crate::case::{self, LoadedCase};
use crate::i18n::Lang;
use crate::workspace::store::{self, OpenWorkspace};
use std::path::{Path, PathBuf};

/// Where `atelier` with no arguments keeps its workspace.
pub fn default_workspace_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("ATELIER_HOME") {
        return PathBuf::from(home);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data.join("atelier").join("workspace")
}

/// Opens an existing workspace for a headless command that only reads (no lock, nothing
/// written), saying on stderr when a corrupt `workspace.json` was read from a backup and
/// which command repairs it.
pub(super) fn open_existing(dir: Option<PathBuf>, lang: Lang) -> Result<OpenWorkspace, CliError> {
    let ws = store::open(&dir.unwrap_or_else(|| PathBuf::from(".")), false)?;
    if let Some(backup) = &ws.recovered_from {
        eprintln!(
            "atelier: {}",
            crate::workspace::text::read_from_backup(lang, backup)
        );
    }
    report_opening(&ws, lang);
    Ok(ws)
}

/// Says on stderr what opening noticed: a newer atelier's workspace, a case or answers amiss.
pub(crate) fn report_opening(ws: &OpenWorkspace, lang: Lang) {
    if let Some(format) = ws.newer_format {
        eprintln!(
            "atelier: {}",
            crate::workspace::text::newer_format(lang, store::WORKSPACE_FILE, format)
        );
    }
    for warning in &ws.warnings {
        eprintln!(
            "atelier: {}",
            crate::workspace::text::store_warning(lang, warning)
        );
    }
}

/// A command that writes refuses a workspace made by a newer atelier, in the user's language.
pub(crate) fn refuse_if_newer(ws: &OpenWorkspace, lang: Lang) -> Result<(), CliError> {
    match ws.newer_format {
        Some(format) => Err(CliError::Refused(crate::workspace::text::newer_format(
            lang,
            &ws.dir.join(store::WORKSPACE_FILE).display().to_string(),
            format,
        ))),
        None => Ok(()),
    }
}

pub(super) fn open_or_create(
    dir: &Path,
    case_wanted: Option<&str>,
) -> Result<OpenWorkspace, CliError> {
    if !dir.join(store::WORKSPACE_FILE).exists() {
        let loaded: LoadedCase = case::resolve(case_wanted)?;
        // The login name stands in until the candidate gives theirs (`init --candidate`).
        let candidate = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_default();
        store::init(dir, loaded, &candidate, false)?;
    }
    Ok(store::open(dir, true)?)
}
