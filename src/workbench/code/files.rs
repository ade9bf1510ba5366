//! The A1 files in a workspace folder (`DIR/A1/program.py`, `DIR/A1/sketch.py`): written at
//! creation (from the worked example or the case's starters), mirrored into the answer when
//! the workspace opens, and read again whenever someone else may have changed them.

use crate::case::{Case, Exercise, Kind};
use crate::workbench::code::config::CodeConfig;
use crate::workbench::code::model::{CodeAnswer, PROGRAM_FILE, SKETCH_FILE};
use crate::workspace::Workspace;
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

/// Fills every code answer's mirror from the files. An exercise without an answer whose
/// files are still the case's starters stays without one (it is not started).
pub fn load_mirrors(dir: &Path, case: &Case, workspace: &mut Workspace) {
    fill_mirrors(case, workspace, |exercise, file| {
        read_text(&dir.join(exercise).join(file))
    });
}

/// [`load_mirrors`] from the files a bundle holds (`ID/program.py`, `ID/sketch.py`), so that a
/// review sees, and checks, the code exactly as `atelier check` does in the folder.
pub fn load_mirrors_from_bundle(
    files: &std::collections::BTreeMap<String, Vec<u8>>,
    case: &Case,
    workspace: &mut Workspace,
) {
    fill_mirrors(case, workspace, |exercise, file| {
        files
            .get(&format!("{exercise}/{file}"))
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
            .unwrap_or_default()
    });
}

fn fill_mirrors(case: &Case, workspace: &mut Workspace, read: impl Fn(&str, &str) -> String) {
    for (exercise, config) in code_exercises(case) {
        let program = read(&exercise.id, PROGRAM_FILE);
        let sketch = read(&exercise.id, SKETCH_FILE);
        let has_code = workspace
            .answer(&exercise.id)
            .is_some_and(|a| a.code.is_some());
        if !has_code && is_starter(&config, &program, &sketch) {
            continue;
        }
        let code = workspace
            .answer_mut(&exercise.id)
            .code
            .get_or_insert_with(CodeAnswer::default);
        code.program = program;
        code.sketch = sketch;
    }
}

/// The files are still what the case gives to start with (or absent).
pub fn is_starter(config: &CodeConfig, program: &str, sketch: &str) -> bool {
    (program.is_empty() || program == config.starter_program)
        && (sketch.is_empty() || sketch == config.starter_sketch)
}

/// What a bundle carries for the code exercises: `exports/ID-results.json` (the run of the
/// visible tests on the program as it is in the folder: the recorded one when it ran that
/// very text, a fresh run otherwise) and `exports/ID-sketch.svg` (the sketch's last frame);
/// and the workspace the report is drawn from, with those results and the SVG filled in.
pub struct CodeExports {
    pub files: Vec<(String, Vec<u8>)>,
    pub report_workspace: Workspace,
}

pub fn bundle_exports(dir: &Path, case: &Case, workspace: &Workspace) -> CodeExports {
    let mut report_workspace = workspace.clone();
    let mut files = Vec::new();
    for (exercise, config) in code_exercises(case) {
        let program = read_text(&program_path(dir, &exercise.id));
        let sketch = read_text(&sketch_path(dir, &exercise.id));
        if program.trim().is_empty() && sketch.trim().is_empty() {
            continue;
        }
        let limits = crate::runner::Limits::from_config(&config);
        let answer = report_workspace.answer_mut(&exercise.id);
        let code = answer.code.get_or_insert_with(CodeAnswer::default);
        code.program = program;
        code.sketch = sketch;
        if !code.program.trim().is_empty() {
            let run = match code.current_run() {
                Some(run) => run.clone(),
                None => crate::runner::run_tests(&code.program, &config.test_cases(), &limits),
            };
            let mut json = serde_json::to_string_pretty(&run).unwrap_or_default();
            json.push('\n');
            files.push((
                format!("exports/{}-results.json", exercise.id),
                json.into_bytes(),
            ));
            code.last_run = Some(run);
        }
        if !code.sketch.trim().is_empty() {
            let run = crate::runner::sketch::run_sketch(
                &code.sketch,
                &limits,
                &std::sync::atomic::AtomicBool::new(false),
            );
            if let Some(frame) = run.export_frame() {
                let svg = crate::runner::sketch::frame_to_svg(frame);
                files.push((
                    format!("exports/{}-sketch.svg", exercise.id),
                    svg.clone().into_bytes(),
                ));
                code.sketch_svg = Some(svg);
            }
        }
    }
    CodeExports {
        files,
        report_workspace,
    }
}

/// Runs the visible tests of every code exercise whose program has no current run, and
/// records the results in the answers (for a worked example: its results are real).
pub fn record_runs(case: &Case, workspace: &mut Workspace) {
    for (exercise, config) in code_exercises(case) {
        let Some(code) = workspace
            .exercises
            .get_mut(&exercise.id)
            .and_then(|a| a.code.as_mut())
        else {
            continue;
        };
        if code.program.trim().is_empty() || code.current_run().is_some() {
            continue;
        }
        let limits = crate::runner::Limits::from_config(&config);
        code.last_run = Some(crate::runner::run_tests(
            &code.program,
            &config.test_cases(),
            &limits,
        ));
    }
}
