//! Examiner-only material (`cases/ID.examiner.json`): answer keys, A1's hidden tests, A7's
//! planted GDPR flaws. It is never embedded in the binary (which candidates have), never
//! copied into a workspace or a bundle: `atelier review` finds it beside the case in
//! `./cases`, or takes `--examiner-file PATH`.
//!
//! The seam for the automated checks is one function per exercise that has them
//! (`hidden_tests` for A1, `planted_flaws` for A7), both reached through `automated`. Each
//! returns an `AutoCheck` the review screen shows beside the rubric. When the workbench it
//! needs (the sandboxed Python runner, the GDPR sheet) is not in this build, the check says
//! so and lists the material for the examiner to use by hand; it never invents a result.

use crate::case::Exercise;
use crate::model::Answer;
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
    /// The GDPR sheet workbench (issue 6) is not in this build: there is no structured
    /// list of the candidate's findings to match.
    NoSheet,
}

/// An automated check the examiner material allows on one exercise.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoCheck {
    /// A1's hidden tests: their names, and why they did not run.
    HiddenTests {
        tests: Vec<String>,
        unavailable: Unavailable,
    },
    /// A7's planted flaws, with whether the candidate found each, when that can be known.
    PlantedFlaws {
        flaws: Vec<(PlantedFlaw, Option<bool>)>,
        unavailable: Option<Unavailable>,
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

/// A7: the planted flaws against the candidate's findings. Without the GDPR sheet there is
/// no structured finding to match, so each flaw is listed for the examiner to look for.
pub fn planted_flaws(flaws: &[PlantedFlaw], _answer: Option<&Answer>) -> Option<AutoCheck> {
    if flaws.is_empty() {
        return None;
    }
    Some(AutoCheck::PlantedFlaws {
        flaws: flaws.iter().map(|f| (f.clone(), None)).collect(),
        unavailable: Some(Unavailable::NoSheet),
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
        assert!(matches!(
            &checks[..],
            [AutoCheck::PlantedFlaws {
                unavailable: Some(Unavailable::NoSheet),
                ..
            }]
        ));
    }
}
