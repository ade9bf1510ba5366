//! Bundles made and graded for the exam board's tests (gradebook, jury).

use atelier::case;
use atelier::exam::grading::Decision;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::workspace::store;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn atelier(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("the binary runs")
}

pub fn bundle(tmp: &Path, candidate: &str, file: &Path) -> PathBuf {
    let dir = tmp.join(format!("ws-{}", file.display().to_string().len()));
    let dir = dir.with_extension(format!("{}", candidate.len()));
    let ws = store::init(&dir, case::load_default(), candidate, true).unwrap();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    atelier::bundle::write_bundle(&ws, file, Lang::Fr).unwrap();
    drop(ws);
    std::fs::remove_dir_all(&dir).unwrap();
    file.to_path_buf()
}

/// Every exercise scored 3 on every criterion by Eve and validated; A7 not, against the
/// rule, with `reason`, when asked.
pub fn grade(file: &Path, reject_a7: bool, reason: &str) {
    let opened = review::open(file).unwrap();
    let mut file_grades = review::grades_for(&opened).unwrap();
    let grades = file_grades.marker_mut("Eve");
    for exercise in &opened.case.exercises {
        for index in 0..exercise.rubric.len() {
            grades
                .set_score(exercise, index, Some(3), "Eve", "2026-06-15T09:00:00Z")
                .unwrap();
        }
        let decision = if reject_a7 && exercise.id == "A7" {
            Decision::NotValidated
        } else {
            Decision::Validated
        };
        grades
            .decide(
                exercise,
                Some(decision),
                reason,
                "Eve",
                "2026-06-15T09:00:00Z",
            )
            .unwrap();
    }
    review::save_grades(&review::grades_path(file), &file_grades).unwrap();
}
