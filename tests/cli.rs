//! The command line contract (DESIGN.md section 2), by running the built binary on temp dirs.

use atelier::workspace::{Example, Workspace};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn atelier(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exit 1 with exactly one line on stderr, starting with `atelier: `; returns that line.
fn assert_one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(output));
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
    assert!(err.ends_with('\n'));
    assert!(err.starts_with("atelier: "), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    err.trim_end().to_string()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn read_workspace(dir: &Path) -> Workspace {
    serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap()).unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cases")
        .join(name)
}

fn init(tmp: &Path, extra: &[&str]) -> PathBuf {
    let dir = tmp.join("ws");
    let mut args = vec!["init", dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = atelier(tmp, &args);
    assert!(out.status.success(), "init failed: {}", stderr(&out));
    dir
}

fn check_json(tmp: &Path, dir: &Path) -> Value {
    let out = atelier(
        tmp,
        &["check", dir.to_str().unwrap(), "--json", "--lang", "en"],
    );
    assert!(out.status.success(), "check failed: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("check --json prints one JSON document")
}

fn status_of<'a>(doc: &'a Value, id: &str) -> &'a str {
    doc["exercises"]
        .as_array()
        .expect("exercises is an array")
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no exercise {id}"))["status"]
        .as_str()
        .expect("status is a string")
}

#[test]
fn init_creates_a_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &[]);
    let ws = read_json(&dir.join("workspace.json"));
    assert_eq!(ws["format"], 1);
    assert_eq!(ws["case_id"], "maison-verdier");
    assert_eq!(ws["case_digest"].as_str().unwrap().len(), 64);
    assert_eq!(ws["candidate"], "");
    assert!(ws["exercises"].as_object().unwrap().is_empty());
    // The case the workspace was made from sits beside it.
    let case = std::fs::read(dir.join("case.json")).unwrap();
    let embedded =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.json"))
            .unwrap();
    assert_eq!(case, embedded);
}

#[test]
fn init_with_candidate_records_the_name() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--candidate", "Zoé Martin"]);
    assert_eq!(
        read_json(&dir.join("workspace.json"))["candidate"],
        "Zoé Martin"
    );
}

#[test]
fn init_with_example_fills_the_worked_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--example"]);
    let ws = read_workspace(&dir);
    let example_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.example.json");
    let example: Example =
        serde_json::from_str(&std::fs::read_to_string(example_path).unwrap()).unwrap();
    assert!(!example.answers.is_empty());
    assert_eq!(ws.candidate, example.candidate);
    // A1's program and sketch go to their files (workspace.json records their run).
    let without_code =
        |answers: &std::collections::BTreeMap<String, atelier::workspace::Answer>| {
            let mut answers = answers.clone();
            for answer in answers.values_mut() {
                answer.code = None;
            }
            answers
        };
    assert_eq!(without_code(&ws.exercises), without_code(&example.answers));
    let a1 = example.answers["A1"].code.as_ref().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("A1/program.py")).unwrap(),
        a1.program
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("A1/sketch.py")).unwrap(),
        a1.sketch
    );
    let run = ws.exercises["A1"]
        .code
        .as_ref()
        .unwrap()
        .last_run
        .as_ref()
        .unwrap();
    assert_eq!(run.status, atelier::runner::RunStatus::Passed);
    // With --candidate too, the candidate's name wins over the example's.
    let other = tmp.path().join("other");
    let out = atelier(
        tmp.path(),
        &[
            "init",
            other.to_str().unwrap(),
            "--example",
            "--candidate",
            "Alice",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let ws = read_workspace(&other);
    assert_eq!(ws.candidate, "Alice");
    assert_eq!(without_code(&ws.exercises), without_code(&example.answers));
}

#[test]
fn init_twice_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--candidate", "Alice"]);
    let before = std::fs::read(dir.join("workspace.json")).unwrap();
    let out = atelier(
        tmp.path(),
        &["init", dir.to_str().unwrap(), "--candidate", "Bob"],
    );
    let err = assert_one_line_error(&out);
    // In the user's language: French by default.
    assert!(err.contains("contient déjà un espace de travail"), "{err}");
    assert_eq!(
        std::fs::read(dir.join("workspace.json")).unwrap(),
        before,
        "the first workspace is untouched"
    );
}

#[test]
fn cases_lists_the_embedded_case() {
    let tmp = tempfile::tempdir().unwrap();
    let out = atelier(tmp.path(), &["cases"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.starts_with("maison-verdier\t")),
        "{text}"
    );
}

#[test]
fn case_validate_accepts_both_cases_and_holds_the_minimal_fixture_to_the_referentiel() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for id in ["maison-verdier", "monts-de-loue"] {
        let path = root.join(format!("cases/{id}.json"));
        let out = atelier(
            tmp.path(),
            &["case", "validate", path.to_str().unwrap(), "--lang", "en"],
        );
        assert!(out.status.success(), "{}: {}", path.display(), stderr(&out));
        assert!(
            stdout(&out).contains(&format!("valid case ({id},")),
            "{}",
            stdout(&out)
        );
        assert!(stderr(&out).is_empty());
    }
    // The fixture's one exercise loads, but it is not a case of the certification: its rubric
    // line cites no criterion of the referentiel.
    let path = fixture("minimal.json");
    let out = atelier(tmp.path(), &["case", "validate", path.to_str().unwrap()]);
    let err = assert_one_line_error(&out);
    assert!(err.contains("$.exercises[0].rubric[0].criterion"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn case_validate_names_the_json_path_at_fault() {
    let tmp = tempfile::tempdir().unwrap();
    for (file, expected) in [
        (
            "wrong-type.json",
            vec!["at $.exercises[0].rubric[0].scale:"],
        ),
        ("unknown-field.json", vec!["$.exercises[0]", "colour"]),
        (
            "unknown-department.json",
            vec!["at $.organisation.actors[0].department: unknown department \"nowhere\""],
        ),
        (
            "overlapping-zones.json",
            vec!["at $.exercises[0].board.zones[1].col:", "overlaps"],
        ),
        ("syntax-error.json", vec!["not valid JSON (line 5, column"]),
    ] {
        let path = fixture(file);
        let out = atelier(
            tmp.path(),
            &["case", "validate", path.to_str().unwrap(), "--lang", "en"],
        );
        let err = assert_one_line_error(&out);
        for part in expected {
            assert!(err.contains(part), "{file}: {err:?} lacks {part:?}");
        }
        assert!(stdout(&out).is_empty(), "{file}: {}", stdout(&out));
    }
}

#[test]
fn check_json_of_the_worked_example() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--example"]);
    let doc = check_json(tmp.path(), &dir);
    let exercises = doc["exercises"].as_array().unwrap();
    assert!(
        exercises.len() >= 18,
        "every exercise of the case is reported"
    );
    for exercise in exercises {
        let status = exercise["status"].as_str().unwrap();
        assert!(
            ["not_started", "in_progress", "complete"].contains(&status),
            "{status}"
        );
        assert!(exercise["findings"].is_array());
        assert!(exercise["id"].is_string() && exercise["kind"].is_string());
    }
    let summary = &doc["summary"];
    let total: u64 = ["complete", "in_progress", "not_started"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, exercises.len());
    // The worked example shows two finished boards.
    assert_eq!(
        status_of(&doc, "A2"),
        "complete",
        "A2 of the worked example"
    );
    assert_eq!(
        status_of(&doc, "A11"),
        "complete",
        "A11 of the worked example"
    );
}

#[test]
fn check_of_a_fresh_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &[]);
    let doc = check_json(tmp.path(), &dir);
    assert_eq!(status_of(&doc, "A2"), "not_started");
    assert_eq!(doc["summary"]["complete"], 0);
    // The plain listing names A2 with its status too.
    let out = atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--lang", "en"],
    );
    assert!(out.status.success());
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.starts_with("A2 "))
        .expect("an A2 line");
    assert!(line.contains("not started"), "{line}");
}

#[test]
fn export_board_as_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--example"]);
    let csv = tmp.path().join("a2.csv");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            dir.to_str().unwrap(),
            "--exercise",
            "A2",
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("section,zone_id,"), "{text}");
    // One row per item, strategy, priority and KPI of the example's A2 board.
    let ws = read_json(&dir.join("workspace.json"));
    let board = &ws["exercises"]["A2"]["board"];
    let count = |key: &str| board[key].as_array().map_or(0, Vec::len);
    let rows = count("items") + count("strategies") + count("priorities") + count("kpis");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.records().count(), rows);
}

#[test]
fn export_of_an_unknown_exercise_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &[]);
    let csv = tmp.path().join("x.csv");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            dir.to_str().unwrap(),
            "--exercise",
            "Z9",
            "--format",
            "csv",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    let err = assert_one_line_error(&out);
    assert!(err.contains("Z9"), "{err}");
    assert!(!csv.exists());
}

#[test]
fn a_missing_workspace_is_one_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nowhere");
    for args in [
        vec!["check", missing.to_str().unwrap()],
        vec!["check", missing.to_str().unwrap(), "--json"],
        vec![
            "bundle",
            missing.to_str().unwrap(),
            "-o",
            tmp.path().join("b.zip").to_str().unwrap(),
        ],
    ] {
        let out = atelier(tmp.path(), &args);
        let err = assert_one_line_error(&out);
        assert!(
            err.contains("n'est pas un espace de travail atelier (pas de workspace.json)"),
            "{err}"
        );
        assert!(stdout(&out).is_empty());
    }
    assert!(!tmp.path().join("b.zip").exists());
}

#[test]
fn a_corrupt_workspace_is_recovered_from_its_last_good_backup_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--example"]);
    std::fs::write(dir.join("workspace.json"), b"{\"format\": 1, \"candid").unwrap();
    // `check` only reads: it reports from the backup, repairs nothing, names the repair.
    let out = atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--lang", "en"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("workspace.json is unreadable: read from backup workspace-"),
        "{err}"
    );
    assert!(err.contains("`atelier check --repair` repairs it"), "{err}");
    assert_eq!(
        std::fs::read(dir.join("workspace.json")).unwrap(),
        b"{\"format\": 1, \"candid"
    );
    let out = atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--repair", "--lang", "en"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("workspace.json was unreadable: restored from backup workspace-"),
        "{err}"
    );
    // The restored workspace is the worked example again, and the damaged file was kept.
    let restored = read_workspace(&dir);
    assert!(restored.exercises.contains_key("A2"));
    let kept = std::fs::read_dir(&dir).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("workspace.corrupt-")
    });
    assert!(kept, "the corrupt file is kept aside");
}

#[test]
fn english_output_with_lang_en() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &[]);
    let out = atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--lang", "en"],
    );
    let text = stdout(&out);
    assert!(text.contains("not started"), "{text}");
    assert!(!text.contains("non commencé"), "{text}");
}

#[test]
fn the_maison_verdier_worked_example_is_complete_without_error_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), &["--example"]);
    let doc = check_json(tmp.path(), &dir);
    for exercise in doc["exercises"].as_array().unwrap() {
        assert_eq!(exercise["status"], "complete", "{}", exercise["id"]);
        assert_eq!(
            exercise["findings"],
            serde_json::json!([]),
            "{}",
            exercise["id"]
        );
    }
}

#[test]
fn monts_de_loue_is_embedded_and_works_outside_the_source_tree() {
    // The temporary directory has no `cases/` folder: the case and its example come from the
    // binary.
    let tmp = tempfile::tempdir().unwrap();
    assert!(!tmp.path().join("cases").exists());
    let out = atelier(tmp.path(), &["cases"]);
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with("monts-de-loue\t") && l.ends_with("(intégré)")),
        "{}",
        stdout(&out)
    );
    let dir = init(tmp.path(), &["--example", "--case", "monts-de-loue"]);
    let doc = check_json(tmp.path(), &dir);
    let exercises = doc["exercises"].as_array().unwrap();
    assert_eq!(exercises.len(), 18);
    // Its worked example answers every exercise, with nothing left to flag.
    for exercise in exercises {
        assert_eq!(exercise["status"], "complete", "{}", exercise["id"]);
        assert_eq!(
            exercise["findings"],
            serde_json::json!([]),
            "{}",
            exercise["id"]
        );
    }
}

#[test]
fn usage_errors_speak_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let out = atelier(tmp.path(), &["chek"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "atelier: commande inconnue : chek ; vouliez-vous dire « check » ? (aide : atelier --help)\n"
    );
    let out = atelier(tmp.path(), &["check", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("la valeur « de » ne convient pas à --lang <LANG> (valeurs possibles : fr, en)"));
    // In English, clap's own text.
    let out = atelier(tmp.path(), &["check", "--bogus", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unexpected argument '--bogus'"));
}
