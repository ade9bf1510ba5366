//! The configuration of a `code` exercise (A1): the task, the starter files, the run limits
//! and the visible tests; and the examiner file's hidden tests. Read with `parse_config`, so a
//! bad case is refused at load with the JSON path at fault.

use crate::case::reason::{CaseReason, Reason};
use crate::case::validate::{invalid, CaseError};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use crate::runner::report::{TestCase, DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_S};

/// `config` of a `code` exercise.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CodeConfig {
    /// Markdown statement of the programming task, shown under the brief.
    #[serde(default)]
    pub task: String,
    /// Text of `program.py` in a new workspace.
    #[serde(default)]
    pub starter_program: String,
    /// Text of `sketch.py` in a new workspace.
    #[serde(default)]
    pub starter_sketch: String,
    /// Wall-clock limit of one run (all the tests together), in seconds.
    #[serde(default)]
    pub time_limit_s: Option<f64>,
    /// Memory limit of the worker process, in MiB.
    #[serde(default)]
    pub memory_limit_mb: Option<u64>,
    /// The tests the candidate sees and runs.
    #[serde(default)]
    pub tests: Vec<TestSpec>,
}

/// A test as written in a case file: a function call (`function`, `args`, `expected`,
/// `tolerance`) or a run of the whole program (`stdin`, `stdout`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TestSpec {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
}

/// Why an A1 configuration or test list is refused (its words are in `text.rs`).
#[derive(Debug, Clone, PartialEq)]
pub enum CodeReason {
    /// A function test with "stdin".
    FunctionTakesNoStdin,
    /// The function's name is not a Python identifier.
    NotAFunctionName { name: String },
    /// A function test without its "expected" value.
    NeedsExpected,
    /// A negative or infinite tolerance.
    Tolerance,
    /// An input/output test with a field of function tests.
    IoTestField { field: &'static str },
    /// A test with both shapes.
    BothShapes,
    /// A test with neither shape.
    NoShape,
    /// A time limit outside (0, 120] seconds.
    TimeLimit,
    /// A memory limit outside 64 to 8192 MiB.
    MemoryLimit,
    /// Two tests share a name.
    NameTwice { name: String },
}

impl TestSpec {
    /// Checks the shape of one test; `path` is its JSON path.
    pub fn to_case(&self, path: &str) -> Result<TestCase, CaseError> {
        if self.name.trim().is_empty() {
            return Err(invalid(format!("{path}.name"), CaseReason::NonEmpty));
        }
        match (&self.function, &self.stdout) {
            (Some(function), None) => {
                if self.stdin.is_some() {
                    return Err(invalid(
                        format!("{path}.stdin"),
                        CodeReason::FunctionTakesNoStdin,
                    ));
                }
                if !is_identifier(function) {
                    return Err(invalid(
                        format!("{path}.function"),
                        CodeReason::NotAFunctionName {
                            name: function.clone(),
                        },
                    ));
                }
                let Some(expected) = &self.expected else {
                    return Err(invalid(
                        format!("{path}.expected"),
                        CodeReason::NeedsExpected,
                    ));
                };
                let tolerance = self.tolerance.unwrap_or(0.0);
                if !(tolerance.is_finite() && tolerance >= 0.0) {
                    return Err(invalid(format!("{path}.tolerance"), CodeReason::Tolerance));
                }
                Ok(TestCase::Function {
                    name: self.name.clone(),
                    function: function.clone(),
                    args: self.args.clone().unwrap_or_default(),
                    expected: expected.clone(),
                    tolerance,
                })
            }
            (None, Some(stdout)) => {
                for (field, present) in [
                    ("args", self.args.is_some()),
                    ("expected", self.expected.is_some()),
                    ("tolerance", self.tolerance.is_some()),
                ] {
                    if present {
                        return Err(invalid(
                            format!("{path}.{field}"),
                            CodeReason::IoTestField { field },
                        ));
                    }
                }
                Ok(TestCase::Io {
                    name: self.name.clone(),
                    stdin: self.stdin.clone().unwrap_or_default(),
                    stdout: stdout.clone(),
                })
            }
            (Some(_), Some(_)) => Err(invalid(path, CodeReason::BothShapes)),
            (None, None) => Err(invalid(path, CodeReason::NoShape)),
        }
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

impl CodeConfig {
    /// Validates what types cannot say; `path` is the exercise's JSON path.
    pub fn validate(&self, path: &str) -> Result<(), CaseError> {
        if let Some(limit) = self.time_limit_s {
            if !(limit.is_finite() && limit > 0.0 && limit <= 120.0) {
                return Err(invalid(
                    format!("{path}.config.time_limit_s"),
                    CodeReason::TimeLimit,
                ));
            }
        }
        if let Some(mb) = self.memory_limit_mb {
            if !(64..=8192).contains(&mb) {
                return Err(invalid(
                    format!("{path}.config.memory_limit_mb"),
                    CodeReason::MemoryLimit,
                ));
            }
        }
        test_cases(&format!("{path}.config.tests"), &self.tests).map(|_| ())
    }

    /// The visible tests, checked (a validated case never fails here).
    pub fn test_cases(&self) -> Vec<TestCase> {
        test_cases("$", &self.tests).unwrap_or_default()
    }

    pub fn time_limit_s(&self) -> f64 {
        self.time_limit_s.unwrap_or(DEFAULT_TIME_LIMIT_S)
    }

    pub fn memory_limit_mb(&self) -> u64 {
        self.memory_limit_mb.unwrap_or(DEFAULT_MEMORY_LIMIT_MB)
    }
}

/// The runner's limits come from the exercise's configuration on this side: the runner
/// knows no workbench.
impl crate::runner::Limits {
    pub fn from_config(config: &CodeConfig) -> crate::runner::Limits {
        crate::runner::Limits {
            time: std::time::Duration::from_secs_f64(config.time_limit_s()),
            memory_mb: config.memory_limit_mb(),
            output_cap: crate::runner::OUTPUT_CAP,
        }
    }
}

/// Checks a list of tests (`path` is the list's JSON path): shapes and unique names.
pub fn test_cases(path: &str, specs: &[TestSpec]) -> Result<Vec<TestCase>, CaseError> {
    let mut names = std::collections::HashSet::new();
    let mut cases = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let at = format!("{path}[{index}]");
        if !names.insert(spec.name.as_str()) {
            return Err(invalid(
                format!("{at}.name"),
                CodeReason::NameTwice {
                    name: spec.name.clone(),
                },
            ));
        }
        cases.push(spec.to_case(&at)?);
    }
    Ok(cases)
}

/// The A1 part of an examiner file (`ID.examiner.json`, `exercises.A1`): hidden tests, run
/// only at review, never copied into a workspace or a bundle.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ExaminerCode {
    #[serde(default)]
    pub hidden_tests: Vec<TestSpec>,
}

/// Reads the hidden tests of exercise `id` from an examiner file's text.
pub fn hidden_tests(examiner_json: &str, id: &str) -> Result<Vec<TestCase>, CaseError> {
    let value: Value = serde_json::from_str(examiner_json).map_err(|e| CaseError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let entry = value
        .get("exercises")
        .and_then(|e| e.get(id))
        .cloned()
        .unwrap_or(Value::Null);
    let path = format!("$.exercises.{id}");
    let examiner: ExaminerCode = if entry.is_null() {
        ExaminerCode::default()
    } else {
        serde_path_to_error::deserialize(entry).map_err(|err| {
            invalid(
                format!("{path}.{}", err.path()),
                Reason::Serde(err.into_inner().to_string()),
            )
        })?
    };
    test_cases(&format!("{path}.hidden_tests"), &examiner.hidden_tests)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(value: Value) -> Result<CodeConfig, CaseError> {
        let config: CodeConfig = crate::case::parse_config("$.exercises[0]", &value)?;
        config.validate("$.exercises[0]")?;
        Ok(config)
    }

    #[test]
    fn the_default_case_a1_tests_are_valid() {
        let case = crate::case::Case::embedded_default();
        let a1 = case.exercise("A1").unwrap();
        let config: CodeConfig = crate::case::parse_config("$", &a1.config).unwrap();
        let tests = config.test_cases();
        assert_eq!(tests.len(), 11);
        assert!(matches!(tests[0], TestCase::Function { .. }));
        assert!(matches!(tests[10], TestCase::Io { .. }));
        assert_eq!(config.time_limit_s(), 5.0);
    }

    #[test]
    fn bad_tests_name_their_path() {
        let err = parse(json!({"tests": [{"name": "a", "function": "f", "args": []}]}))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("at $.exercises[0].config.tests[0].expected:"),
            "{err}"
        );
        let err = parse(json!({"tests": [{"name": "a"}]}))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("at $.exercises[0].config.tests[0]:"),
            "{err}"
        );
        let err = parse(json!({"tests": [
            {"name": "a", "stdout": "x"}, {"name": "a", "stdout": "y"}]}))
        .unwrap_err()
        .to_string();
        assert!(err.contains("tests[1].name"), "{err}");
        let err = parse(json!({"time_limit_s": -1})).unwrap_err().to_string();
        assert!(err.contains("config.time_limit_s"), "{err}");
        let err = parse(json!({"tests": [{"name": "a", "stdout": "x", "tolerance": 1}]}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("tests[0].tolerance"), "{err}");
        let err = parse(json!({"tests": [{"name": "a", "function": "1f", "expected": 1}]}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("tests[0].function"), "{err}");
    }

    #[test]
    fn hidden_tests_come_from_the_examiner_file() {
        let text = include_str!("../../../cases/maison-verdier.examiner.json");
        let hidden = hidden_tests(text, "A1").unwrap();
        assert!(hidden.len() >= 10);
        assert!(hidden_tests(text, "A2").unwrap().is_empty());
    }
}
