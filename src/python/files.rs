//! The A1 files in a workspace folder (`DIR/A1/program.py`, `DIR/A1/sketch.py`): written at
//! creation (from the worked example or the case's starters), mirrored into the answer when
//! the workspace opens, and read again whenever someone else may have changed them.

use crate::case::code::CodeConfig;
use crate::case::{Case, Exercise, Kind};
use crate::model::code::{CodeAnswer, PROGRAM_FILE, SKETCH_FILE};
use crate::model::Workspace;
use std::path::{Path, PathBuf};

/// The case's `code` exercises with their typed configuration.
pub fn code_exercises(case: &Case) -> Vec<(&Exercise, CodeConfig)> {
    case.exercises
        .iter()
        .filter(|e| e.kind == Kind::Code)
        .map(|e| {
            let config = crate::case::parse_config("$", &e.config).unwrap_or_default();
            (e, config)
        })
        .collect()
}

pub fn program_path(dir: &Path, exercise: &str) -> PathBuf {
    dir.join(exercise).join(PROGRAM_FILE)
}

pub fn sketch_path(dir: &Path, exercise: &str) -> PathBuf {
    dir.join(exercise).join(SKETCH_FILE)
}

/// Reads a file's text; a missing or unreadable file reads as empty.
pub fn read_text(path: &Path) -> String {
    std::fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

/// Writes the files of every code exercise of a new workspace: the worked example's text
/// when the answer holds one, the case's starters otherwise.
pub fn write_initial(dir: &Path, case: &Case, workspace: &Workspace) -> std::io::Result<()> {
    for (exercise, config) in code_exercises(case) {
        let answer = workspace.answer(&exercise.id).and_then(|a| a.code.as_ref());
        let pick = |given: Option<&String>, starter: &str| match given {
            Some(text) if !text.trim().is_empty() => text.clone(),
            _ => starter.to_string(),
        };
        let program = pick(answer.map(|a| &a.program), &config.starter_program);
        let sketch = pick(answer.map(|a| &a.sketch), &config.starter_sketch);
        std::fs::create_dir_all(dir.join(&exercise.id))?;
        for (path, text) in [
            (program_path(dir, &exercise.id), program),
            (sketch_path(dir, &exercise.id), sketch),
        ] {
            if !path.exists() {
                std::fs::write(path, text)?;
            }
        }
    }
    Ok(())
}

/// Fills every code answer's mirror from the files.
pub fn load_mirrors(dir: &Path, case: &Case, workspace: &mut Workspace) {
    for (exercise, _) in code_exercises(case) {
        let program = read_text(&program_path(dir, &exercise.id));
        let sketch = read_text(&sketch_path(dir, &exercise.id));
        let answer = workspace.answer_mut(&exercise.id);
        if program.is_empty() && sketch.is_empty() && answer.code.is_none() {
            continue;
        }
        let code = answer.code.get_or_insert_with(CodeAnswer::default);
        code.program = program;
        code.sketch = sketch;
    }
}
