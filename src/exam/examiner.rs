//! Examiner-only material (`cases/ID.examiner.json`): answer keys, A1's hidden tests, A7's
//! planted GDPR flaws. It is never embedded in the binary (which candidates have), never
//! copied into a workspace or a bundle: `atelier review` finds it beside the case in
//! `./cases`, or takes `--examiner-file PATH`.
//!
//! The seam for the automated checks is one function per exercise that has them
//! (`hidden_tests` for A1, `planted_flaws` for A7), both reached through `automated`. Each
//! returns an `AutoCheck` the review screen shows beside the rubric. A7's planted flaws are
//! matched against the findings of the candidate's GDPR sheet (`audit::review_flaws`). A1's
//! hidden tests are run by `run_hidden_tests` in the sandboxed runner (`python::run_tests`:
//! a worker process, pass and fail judged here) on the program the bundle holds; the review
//! runs them once when it opens, and shows each result.

use crate::case::Exercise;
use crate::workspace::Answer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The whole examiner file of a case.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ExaminerFile {
    /// The case id this file goes with.
    pub case: String,
    #[serde(default)]
    pub exercises: BTreeMap<String, ExaminerExercise>,
    /// The file's text as read, for the workbenches that read their own part of it.
    #[serde(skip)]
    pub source: String,
    /// The examiner's own copy of the case (embedded, or `ID.json` beside this file), whose
    /// limits the hidden tests run under: never the bundle's case.json.
    #[serde(skip)]
    pub case_copy: Option<crate::case::Case>,
}

/// Most time a hidden-test run of a review may take, whatever a case says.
pub const REVIEW_TIME_CAP_S: f64 = 10.0;
/// Most memory a hidden-test run of a review may take, in MiB, whatever a case says.
pub const REVIEW_MEMORY_CAP_MB: u64 = 1024;

/// The limits of A1's hidden tests in a review: the examiner's copy of the case (defaults
/// when there is none), capped.
pub fn review_limits(file: &ExaminerFile, exercise_id: &str) -> crate::runner::Limits {
    let config: crate::workbench::code::config::CodeConfig = file
        .case_copy
        .as_ref()
        .and_then(|case| case.exercise(exercise_id))
        .and_then(|e| crate::case::parse_config("$", &e.config).ok())
        .unwrap_or_default();
    let mut limits = crate::runner::Limits::from_config(&config);
    limits.time = limits
        .time
        .min(std::time::Duration::from_secs_f64(REVIEW_TIME_CAP_S));
    limits.memory_mb = limits.memory_mb.min(REVIEW_MEMORY_CAP_MB);
    limits
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ExaminerExercise {
    /// Markdown: what a good answer contains.
    #[serde(default)]
    pub answer_key: String,
    /// A1: tests the candidate never sees, run at review in the sandboxed runner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_tests: Vec<HiddenTest>,
    /// A7: the flaws planted in the case's processing activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planted_flaws: Vec<PlantedFlaw>,
}

/// A hidden test: either a call of one function with arguments and an expected value, or a
/// run of the main program with a standard input and an expected standard output.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct HiddenTest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PlantedFlaw {
    /// A processing activity id of the case.
    pub processing: String,
    /// The rule it breaks (the A7 sheet's rule ids).
    pub rule: String,
    pub explanation: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ExaminerError {
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("{path} is not a valid examiner file: {message}")]
    Invalid { path: String, message: String },
    #[error("{path} is the examiner file of case \"{found}\", not of \"{expected}\"")]
    WrongCase {
        path: String,
        found: String,
        expected: String,
    },
}

/// Where the examiner file of a case is: the flag's path, else `./cases/ID.examiner.json`.
pub fn locate(case_id: &str, flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = flag {
        return Some(path.to_path_buf());
    }
    let beside = Path::new("cases").join(format!("{case_id}.examiner.json"));
    beside.is_file().then_some(beside)
}

pub fn load(path: &Path, case_id: &str) -> Result<ExaminerFile, ExaminerError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| ExaminerError::Io {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    let mut file: ExaminerFile = {
        let de = &mut serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(de).map_err(|e| ExaminerError::Invalid {
            path: shown.clone(),
            message: format!("at $.{}: {}", e.path(), e.inner()),
        })?
    };
    file.source = text;
    let embedded = crate::case::load_default().case;
    file.case_copy = if embedded.id == case_id {
        Some(embedded)
    } else {
        crate::case::load_path(&path.with_file_name(format!("{case_id}.json")))
            .ok()
            .map(|loaded| loaded.case)
            .filter(|case| case.id == case_id)
    };
    if file.case != case_id {
        return Err(ExaminerError::WrongCase {
            path: shown,
            found: file.case,
            expected: case_id.to_string(),
        });
    }
    Ok(file)
}

/// Why an automated check could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// The sandboxed Python runner (issue 3) is not in this build.
    NoRunner,
}

/// Whether the candidate's sheet names a planted flaw.
#[derive(Debug, Clone, PartialEq)]
pub enum FlawMatch {
    /// Named by the finding with this id (same processing, same rule).
    FoundBy(String),
    Missed,
    /// The flaw's rule is not one the sheet knows: match it by hand.
    Unknown,
}

/// An automated check the examiner material allows on one exercise.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoCheck {
    /// A1's hidden tests: their names, and why they did not run.
    HiddenTests {
        tests: Vec<String>,
        unavailable: Unavailable,
    },
    /// A7's planted flaws, each with the candidate's finding that names it; and the ids of
    /// the candidate's findings that match no planted flaw (a sound extra, or a false defect).
    PlantedFlaws {
        flaws: Vec<(PlantedFlaw, FlawMatch)>,
        extra: Vec<String>,
    },
}

/// A1: the hidden tests. The sandboxed runner is not in this build, so they are listed
/// without a result.
pub fn hidden_tests(tests: &[HiddenTest], _files: &BTreeMap<String, Vec<u8>>) -> Option<AutoCheck> {
    if tests.is_empty() {
        return None;
    }
    Some(AutoCheck::HiddenTests {
        tests: tests.iter().map(|t| t.name.clone()).collect(),
        unavailable: Unavailable::NoRunner,
    })
}

/// A1's hidden tests as run for a review: the judged report, and what the program printed
/// during each test (for the examiner's eyes).
#[derive(Debug, Clone, PartialEq)]
pub struct HiddenRun {
    pub report: crate::runner::RunReport,
    pub outputs: Vec<crate::runner::TestOutput>,
}

/// A1's hidden tests for the review of `bundle`: run only when the bundle passed
/// verification (candidate code from a bundle that cannot be trusted is never run), else
/// `Err` saying why they did not run. `None` when there are no hidden tests.
pub fn review_hidden_tests(
    bundle: &crate::exam::review::ReviewBundle,
    file: &ExaminerFile,
    lang: crate::i18n::Lang,
) -> Option<Result<HiddenRun, String>> {
    let exercise = bundle
        .case
        .exercises
        .iter()
        .find(|e| e.kind == crate::case::Kind::Code)?;
    let material = file.exercises.get(&exercise.id)?;
    if material.hidden_tests.is_empty() {
        return None;
    }
    if let Err(reason) = &bundle.integrity {
        return Some(Err(crate::i18n::review::hidden_tests_not_run(
            lang,
            &crate::i18n::printable(reason),
        )));
    }
    run_hidden_tests(file, exercise, &bundle.files)
}

/// A1: runs the hidden tests of a `code` exercise on the program the bundle holds
/// (`ID/program.py`), in the sandboxed runner under [`review_limits`]. `None` when the
/// examiner file has no hidden tests for it; `Err` with a sentence when they cannot run.
/// Does not look at the bundle's integrity: [`review_hidden_tests`] does.
pub fn run_hidden_tests(
    file: &ExaminerFile,
    exercise: &Exercise,
    files: &BTreeMap<String, Vec<u8>>,
) -> Option<Result<HiddenRun, String>> {
    let material = file.exercises.get(&exercise.id)?;
    if material.hidden_tests.is_empty() {
        return None;
    }
    let tests = match crate::workbench::code::config::hidden_tests(&file.source, &exercise.id) {
        Ok(tests) => tests,
        Err(err) => return Some(Err(err.to_string())),
    };
    let name = format!("{}/program.py", exercise.id);
    let Some(program) = files.get(&name) else {
        return Some(Err(format!("{name} is not in the bundle")));
    };
    let program = String::from_utf8_lossy(program);
    let limits = review_limits(file, &exercise.id);
    let (report, outputs) = crate::runner::run_tests_with_outputs(&program, &tests, &limits);
    Some(Ok(HiddenRun { report, outputs }))
}

/// A7: the planted flaws against the findings of the candidate's GDPR sheet (no sheet: every
/// flaw missed).
pub fn planted_flaws(flaws: &[PlantedFlaw], answer: Option<&Answer>) -> Option<AutoCheck> {
    if flaws.is_empty() {
        return None;
    }
    let empty = crate::workbench::gdpr::model::Sheet::default();
    let sheet = answer.and_then(|a| a.sheet.as_ref()).unwrap_or(&empty);
    // The sheet's own reading of a flaw (its rule ids are an enum): a flaw whose rule it does
    // not know cannot be matched by machine.
    let typed: Vec<Option<crate::workbench::gdpr::audit::PlantedFlaw>> = flaws
        .iter()
        .map(|f| {
            serde_json::to_value(f)
                .ok()
                .and_then(|v| serde_json::from_value(v).ok())
        })
        .collect();
    let known: Vec<crate::workbench::gdpr::audit::PlantedFlaw> =
        typed.iter().flatten().cloned().collect();
    let review = crate::workbench::gdpr::audit::review_flaws(sheet, &known);
    let mut matched = review.flaws.into_iter();
    let flaws = flaws
        .iter()
        .zip(&typed)
        .map(|(flaw, typed)| {
            let status = match (typed, matched.next()) {
                (Some(_), Some((_, Some(id)))) => FlawMatch::FoundBy(id),
                (Some(_), Some((_, None))) => FlawMatch::Missed,
                _ => FlawMatch::Unknown,
            };
            (flaw.clone(), status)
        })
        .collect();
    Some(AutoCheck::PlantedFlaws {
        flaws,
        extra: review.extra,
    })
}

/// The automated checks of one exercise, from its examiner material.
pub fn automated(
    material: &ExaminerExercise,
    exercise: &Exercise,
    answer: Option<&Answer>,
    files: &BTreeMap<String, Vec<u8>>,
) -> Vec<AutoCheck> {
    let _ = exercise;
    let mut checks = Vec::new();
    checks.extend(hidden_tests(&material.hidden_tests, files));
    checks.extend(planted_flaws(&material.planted_flaws, answer));
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_limits_come_from_the_examiners_copy_of_the_case_capped() {
        use crate::runner::Limits;
        use crate::workbench::code::config::CodeConfig;
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
        let mut file = load(&path, "maison-verdier").unwrap();
        let embedded = crate::case::load_default().case;
        let config: CodeConfig =
            crate::case::parse_config("$", &embedded.exercise("A1").unwrap().config).unwrap();
        assert_eq!(review_limits(&file, "A1"), Limits::from_config(&config));
        // A case asking for an hour and 64 GiB gets the caps.
        let mut greedy = embedded.clone();
        for exercise in &mut greedy.exercises {
            if exercise.id == "A1" {
                exercise.config["time_limit_s"] = serde_json::json!(3600);
                exercise.config["memory_limit_mb"] = serde_json::json!(65536);
            }
        }
        file.case_copy = Some(greedy);
        let limits = review_limits(&file, "A1");
        assert_eq!(limits.time.as_secs_f64(), REVIEW_TIME_CAP_S);
        assert_eq!(limits.memory_mb, REVIEW_MEMORY_CAP_MB);
        // No copy of the case: the defaults, never the bundle's.
        file.case_copy = None;
        assert_eq!(review_limits(&file, "A1"), Limits::default());
    }

    #[test]
    fn the_default_case_examiner_file_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
        let file = load(&path, "maison-verdier").unwrap();
        assert!(file.exercises["A1"].hidden_tests.len() >= 5);
        assert!(file.exercises["A7"].planted_flaws.len() >= 6);
        assert!(matches!(
            load(&path, "other"),
            Err(ExaminerError::WrongCase { .. })
        ));
        let case = crate::case::Case::embedded_default();
        let a7 = case.exercise("A7").unwrap();
        let checks = automated(&file.exercises["A7"], a7, None, &BTreeMap::new());
        // No sheet: every flaw missed, no extra finding.
        let [AutoCheck::PlantedFlaws { flaws, extra }] = &checks[..] else {
            panic!("{checks:?}");
        };
        assert!(flaws.iter().all(|(_, m)| *m == FlawMatch::Missed));
        assert!(extra.is_empty());
        // The worked example's sheet names most of them, each by the finding's id.
        let example: crate::workspace::Example = serde_json::from_str(
            &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.example.json"),
            )
            .unwrap(),
        )
        .unwrap();
        let answer = example.answers.get("A7");
        let checks = automated(&file.exercises["A7"], a7, answer, &BTreeMap::new());
        let [AutoCheck::PlantedFlaws { flaws, .. }] = &checks[..] else {
            panic!("{checks:?}");
        };
        let found: Vec<&String> = flaws
            .iter()
            .filter_map(|(_, m)| match m {
                FlawMatch::FoundBy(id) => Some(id),
                _ => None,
            })
            .collect();
        assert!(found.len() > flaws.len() / 2, "{flaws:?}");
        assert!(found
            .iter()
            .any(|id| id.as_str() == "fidelite:transfer-without-safeguard"));
        assert!(flaws.iter().all(|(_, m)| *m != FlawMatch::Unknown));
    }
}
