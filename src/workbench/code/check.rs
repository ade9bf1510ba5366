//! Checks of the A1 program: written, run, and its visible tests passing. Pure functions of the answer.

use crate::case::Exercise;
use crate::workbench::check::Finding;
pub use crate::workbench::notes::check::text_words;
use crate::workspace::Answer;

/// The A1 program and sketch: presence, the last run of the tests (on the program as it is
/// now), and the documentation findings that run gave.
pub fn check_code(code: Option<&crate::workbench::code::model::CodeAnswer>) -> Vec<Finding> {
    use crate::workbench::code::model::{DocCode, RunStatus};
    let mut findings = Vec::new();
    // No answer: the files are still the case's starters, never run.
    let Some(code) = code else {
        return vec![Finding::ProgramNotRun];
    };
    if code.program.trim().is_empty() {
        findings.push(Finding::ProgramMissing);
        if code.sketch.trim().is_empty() {
            findings.push(Finding::SketchMissing);
        }
        return findings;
    }
    match code.current_run() {
        None => findings.push(Finding::ProgramNotRun),
        Some(run) => {
            match run.status {
                RunStatus::Passed => {}
                RunStatus::Failed => findings.push(Finding::TestsFailing {
                    passed: run.passed_count(),
                    total: run.tests.len(),
                }),
                RunStatus::SyntaxError => findings.push(Finding::ProgramSyntaxError {
                    line: run.error.as_ref().and_then(|e| e.line).unwrap_or(0),
                    message: run
                        .error
                        .as_ref()
                        .map(|e| e.message.clone())
                        .unwrap_or_default(),
                }),
                status => findings.push(Finding::ProgramRunFailed { status }),
            }
            for doc in &run.docs {
                findings.push(match doc.code {
                    DocCode::MissingHeader => Finding::MissingHeaderComment,
                    DocCode::MissingDocstring => Finding::MissingDocstring {
                        name: doc.name.clone(),
                        line: doc.line,
                    },
                    DocCode::ShadowedBuiltin => Finding::ShadowedBuiltin {
                        name: doc.name.clone(),
                        line: doc.line,
                    },
                });
            }
        }
    }
    if code.sketch.trim().is_empty() {
        findings.push(Finding::SketchMissing);
    }
    findings
}

/// Lines of the program that still hold a placeholder of the starter's header ("Auteur :
/// ...", a line of the starter's header with "..." that the candidate was to fill in), with
/// their 1-based line numbers.
pub fn header_placeholders(
    exercise: &Exercise,
    code: Option<&crate::workbench::code::model::CodeAnswer>,
) -> Vec<Finding> {
    let Some(code) = code else {
        return Vec::new();
    };
    let config: crate::workbench::code::config::CodeConfig =
        crate::case::parse_config("$", &exercise.config).unwrap_or_default();
    // The header: the starter's lines before its first import or definition.
    let placeholders: Vec<&str> = config
        .starter_program
        .lines()
        .map(str::trim)
        .take_while(|l| {
            !["import ", "from ", "def ", "class "]
                .iter()
                .any(|k| l.starts_with(k))
        })
        .filter(|l| l.contains("...") || l.contains('…'))
        .collect();
    code.program
        .lines()
        .enumerate()
        .filter(|(_, l)| placeholders.contains(&l.trim()))
        .map(|(i, l)| Finding::HeaderPlaceholder {
            line: i + 1,
            text: l.trim().to_string(),
        })
        .collect()
}

/// The A1 answer is still the case's starter files, never run, without notes.
pub(crate) fn code_untouched(exercise: &Exercise, answer: &Answer) -> bool {
    let Some(code) = &answer.code else {
        return false;
    };
    let config: crate::workbench::code::config::CodeConfig =
        crate::case::parse_config("$", &exercise.config).unwrap_or_default();
    answer.notes.trim().is_empty()
        && code.last_run.is_none()
        && code.program == config.starter_program
        && code.sketch == config.starter_sketch
}
