//! The A1 files (`program.py`, `sketch.py`) in the backups: they are plain files beside
//! `workspace.json`, not in it, so each backup of the workspace also keeps a copy of every
//! exercise's code files that changed since their last copy, named
//! `EXERCISE-program-STAMP.py`, the newest `KEPT` of each kept.

use crate::workbench::code::model::{PROGRAM_FILE, SKETCH_FILE};
use std::fs;
use std::path::{Path, PathBuf};

/// Copies of each file kept; older ones are deleted.
const KEPT: usize = 30;

/// Copies every exercise folder's code files into `backup_dir` when they differ from their
/// newest copy there. `stamp` is the backup's time stamp (zero-padded milliseconds).
pub(crate) fn backup_code_files(dir: &Path, backup_dir: &Path, stamp: u128) -> std::io::Result<()> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    let mut folders: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_dir()
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    folders.sort();
    for folder in folders {
        let exercise = folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        for file in [PROGRAM_FILE, SKETCH_FILE] {
            let Ok(text) = fs::read(folder.join(file)) else {
                continue;
            };
            let stem = file.trim_end_matches(".py");
            let prefix = format!("{exercise}-{stem}-");
            let copies = copies_of(backup_dir, &prefix);
            if copies.first().and_then(|p| fs::read(p).ok()).as_deref() == Some(text.as_slice()) {
                continue;
            }
            let target = backup_dir.join(format!("{prefix}{stamp:015}.py"));
            crate::workspace::store::write_atomic(&target, &text)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            for old in copies_of(backup_dir, &prefix).into_iter().skip(KEPT) {
                let _ = fs::remove_file(old);
            }
        }
    }
    Ok(())
}

/// The copies of one file (by name prefix), newest first.
pub fn copies_of(backup_dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(backup_dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "py")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_code_files_are_copied_once_and_the_oldest_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let backups = dir.join(".atelier/backups");
        fs::create_dir_all(&backups).unwrap();
        fs::create_dir_all(dir.join("A1")).unwrap();
        fs::write(dir.join("A1/program.py"), "print(1)\n").unwrap();
        backup_code_files(dir, &backups, 1).unwrap();
        backup_code_files(dir, &backups, 2).unwrap();
        assert_eq!(
            copies_of(&backups, "A1-program-").len(),
            1,
            "unchanged: no new copy"
        );
        fs::write(dir.join("A1/program.py"), "print(2)\n").unwrap();
        backup_code_files(dir, &backups, 3).unwrap();
        let copies = copies_of(&backups, "A1-program-");
        assert_eq!(copies.len(), 2);
        assert_eq!(fs::read_to_string(&copies[0]).unwrap(), "print(2)\n");
        assert_eq!(fs::read_to_string(&copies[1]).unwrap(), "print(1)\n");
        for stamp in 4..40 {
            fs::write(dir.join("A1/program.py"), format!("print({stamp})\n")).unwrap();
            backup_code_files(dir, &backups, stamp).unwrap();
        }
        assert_eq!(copies_of(&backups, "A1-program-").len(), KEPT);
        assert!(copies_of(&backups, "A1-sketch-").is_empty());
    }
}
