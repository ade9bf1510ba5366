//! `atelier run-python [DIR] [--json]`: the A1 program and its visible tests, headless.

use crate::case::Kind;
use crate::cli::{CliError, ExportFormat};
use crate::i18n::Lang;
use crate::runner::{Limits, RunStatus};
use crate::workbench::code::files;
use crate::workbench::code::text as messages;
use crate::workspace::store::OpenWorkspace;
use crate::workspace::store::{self, StoreError};
use serde_json::json;
use std::path::Path;
use std::process::ExitCode;

pub fn run_python(dir: &Path, lang: Lang, as_json: bool) -> Result<ExitCode, CliError> {
    // Record the run in the workspace when no other atelier holds it; run anyway otherwise.
    let mut ws = match store::open(dir, true) {
        Ok(ws) => ws,
        Err(StoreError::Locked(_)) => {
            let ws = store::open(dir, false)?;
            eprintln!("atelier: {}", crate::i18n::messages::run_not_recorded(lang));
            ws
        }
        Err(err) => return Err(err.into()),
    };
    crate::cli::report_opening(&ws, lang);
    let Some((exercise, config)) = files::code_exercises(&ws.case.case).into_iter().next() else {
        return Err(CliError::NoCodeExercise);
    };
    let exercise_id = exercise.id.clone();
    let path = files::program_path(dir, &exercise_id);
    if !path.is_file() {
        return Err(CliError::NoProgram(path.display().to_string()));
    }
    let program = files::read_text(&path);
    let limits = Limits::from_config(&config);
    let report = crate::runner::run_tests(&program, &config.test_cases(), &limits);
    // The candidate's own code on the candidate's machine: a weaker sandbox is worth a
    // warning, not a refusal (the examiner's review is stricter).
    if let Some(sandbox) = report.sandbox.as_ref().filter(|s| !s.complete) {
        eprintln!("{}", messages::weak_sandbox_warning(lang, &sandbox.layers));
    }
    // Recorded only under the lock, and never into a newer atelier's workspace.
    if ws.is_locked() && ws.is_writable() {
        let answer = ws.workspace.answer_mut(&exercise_id);
        answer.code.get_or_insert_default().last_run = Some(report.clone());
        ws.save()?;
    }
    if as_json {
        let doc = json!({
            "exercise": exercise_id,
            "status": report.status,
            "message": messages::status_message(lang, &report, config.time_limit_s()),
            "tests": report.tests.iter().map(|t| json!({
                "name": t.name,
                "passed": t.passed,
                "message": messages::test_message(lang, t),
                "expected": t.expected,
                "got": t.got,
            })).collect::<Vec<_>>(),
            "stdout": report.stdout,
            "stderr": report.stderr,
            "duration_ms": report.duration_ms,
            "error": report.error,
            "sandbox": report.sandbox,
        });
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else {
        for test in &report.tests {
            let mark = match (test.passed, lang) {
                (true, _) => "ok   ",
                (false, Lang::Fr) => "ÉCHEC",
                (false, Lang::En) => "FAIL ",
            };
            say!(
                "{mark} {} — {}",
                test.name,
                messages::test_message(lang, test)
            );
        }
        if !report.stdout.is_empty() {
            say!("--- stdout ---\n{}", report.stdout.trim_end());
        }
        if !report.stderr.trim().is_empty() {
            say!("--- stderr ---\n{}", report.stderr.trim_end());
        }
        say!(
            "{} ({} ms)",
            messages::status_message(lang, &report, config.time_limit_s()),
            report.duration_ms
        );
    }
    Ok(if report.status == RunStatus::Passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `atelier export --exercise A1 --format json|svg`: the results of the visible tests on the
/// program as it is in the folder (the recorded run when it ran that very text), or one frame
/// of the sketch: the same files as the bundle's. `None` for anything else.
pub fn export(ws: &OpenWorkspace, exercise: &str, format: ExportFormat) -> Option<Vec<u8>> {
    if ws.case.case.exercise(exercise)?.kind != Kind::Code {
        return None;
    }
    let suffix = match format {
        ExportFormat::Json => "results.json",
        ExportFormat::Svg => "sketch.svg",
        _ => return None,
    };
    let wanted = format!("exports/{exercise}-{suffix}");
    files::bundle_exports(&ws.dir, &ws.case.case, &ws.workspace)
        .files
        .into_iter()
        .find(|(name, _)| *name == wanted)
        .map(|(_, bytes)| bytes)
}
