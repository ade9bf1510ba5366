//! `atelier gradebook DIR -o FILE.csv`: one row per bundle found under DIR (recursively,
//! without following symbolic links), graded or not, intact or not: a bundle is never
//! skipped. Each bundle is verified (hashing only), then its manifest, workspace and case
//! are read without keeping the rest; a case shared by many bundles is parsed once.
//!
//! Columns: `file`, `candidate`, `case`, `integrity` (`ok` or `failed`), `integrity_error`,
//! `grades` (`none`, `partial`, `complete`, `stale` when the bundle changed since it was
//! graded, `unreadable`), `examiner`, `graded_at`, `decided` (exercises decided / total),
//! then `ID_score` and `ID_decision` per exercise, `bloc1`..`bloc4` and `certification`
//! (`yes`, `no`, `pending`). A bundle that fails verification, or whose grades are stale,
//! never obtains the certification (`no`), whatever its grades say.

use crate::bundle;
use crate::case::Case;
use crate::exam::grading::{Grades, Outcome, BLOCS};
use crate::exam::review;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every `*.zip` under `dir`, sorted, symbolic links not followed.
pub fn find_bundles(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file()
                && path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// One bundle as the gradebook sees it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: String,
    pub candidate: String,
    pub case_id: String,
    pub integrity_error: Option<String>,
    pub grades_state: &'static str,
    pub grades: Option<Grades>,
    pub case: Option<std::rc::Rc<Case>>,
}

/// Reads one bundle (never failing: what cannot be read is left blank).
fn entry(path: &Path, root: &Path, cases: &mut HashMap<String, std::rc::Rc<Case>>) -> Entry {
    let file = path
        .strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string();
    let integrity_error = bundle::verify(path).err().map(|e| e.to_string());
    let files = bundle::read_unverified(path).unwrap_or_default();
    let manifest = review::unverified_manifest(&files);
    let workspace: Option<crate::workspace::Workspace> = files
        .get(crate::workspace::store::WORKSPACE_FILE)
        .and_then(|b| serde_json::from_slice(b).ok());
    let case = files
        .get(crate::workspace::store::CASE_FILE)
        .and_then(|bytes| {
            let key = crate::case::digest::sha256_hex(bytes);
            if let Some(case) = cases.get(&key) {
                return Some(case.clone());
            }
            let text = std::str::from_utf8(bytes).ok()?;
            // A bundle made by another version of atelier may hold a case this version no longer
            // validates (a workbench's configuration changed): its exercises, blocs and rubrics
            // are all the gradebook needs, so read it without validating rather than lose them.
            let case = Case::from_json(text)
                .ok()
                .or_else(|| serde_json::from_str::<Case>(text).ok())?;
            let case = std::rc::Rc::new(case);
            cases.insert(key, case.clone());
            Some(case)
        });
    let candidate = manifest
        .as_ref()
        .map(|m| m.candidate.clone())
        .or_else(|| workspace.as_ref().map(|w| w.candidate.clone()))
        .unwrap_or_default();
    let case_id = manifest
        .as_ref()
        .map(|m| m.case_id.clone())
        .or_else(|| workspace.as_ref().map(|w| w.case_id.clone()))
        .unwrap_or_default();
    let (grades_state, grades) = match review::load_grades(&review::grades_path(path)) {
        Err(_) => ("unreadable", None),
        Ok(None) => ("none", None),
        Ok(Some(grades)) => {
            let stale = review::file_sha256(path).map_or(true, |sha| sha != grades.bundle_sha256);
            let state = if stale {
                "stale"
            } else {
                match case.as_deref().map(|c| grades.progress(c)) {
                    Some((decided, total)) if decided == total => "complete",
                    _ => "partial",
                }
            };
            (state, Some(grades))
        }
    };
    Entry {
        file,
        candidate,
        case_id,
        integrity_error,
        grades_state,
        grades,
        case,
    }
}

/// The exercise columns: the exercises of every case met, in the first case's order.
fn exercise_ids(entries: &[Entry]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for case in entries.iter().filter_map(|e| e.case.as_deref()) {
        let mut order: Vec<&crate::case::Exercise> = case.exercises.iter().collect();
        order.sort_by_key(|e| e.bloc.unwrap_or(u8::MAX));
        for exercise in order {
            if !ids.contains(&exercise.id) {
                ids.push(exercise.id.clone());
            }
        }
    }
    ids
}

/// Builds the gradebook of `dir` as CSV text; returns it with the number of rows.
pub fn build(dir: &Path) -> std::io::Result<(String, usize)> {
    let paths = find_bundles(dir)?;
    let mut cases = HashMap::new();
    let entries: Vec<Entry> = paths.iter().map(|p| entry(p, dir, &mut cases)).collect();
    let ids = exercise_ids(&entries);
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "file",
        "candidate",
        "case",
        "integrity",
        "integrity_error",
        "grades",
        "examiner",
        "graded_at",
        "decided",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for id in &ids {
        header.push(format!("{id}_score"));
        header.push(format!("{id}_decision"));
    }
    for bloc in BLOCS {
        header.push(format!("bloc{bloc}"));
    }
    header.push("certification".into());
    out.write_record(&header).map_err(std::io::Error::other)?;
    for entry in &entries {
        out.write_record(row(entry, &ids))
            .map_err(std::io::Error::other)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok((String::from_utf8_lossy(&bytes).into_owned(), entries.len()))
}

fn row(entry: &Entry, ids: &[String]) -> Vec<String> {
    let grades = entry.grades.as_ref();
    let case = entry.case.as_deref();
    let mut row = vec![
        entry.file.clone(),
        entry.candidate.clone(),
        entry.case_id.clone(),
        if entry.integrity_error.is_none() {
            "ok".into()
        } else {
            "failed".into()
        },
        entry.integrity_error.clone().unwrap_or_default(),
        entry.grades_state.into(),
        grades.map(|g| g.examiner.clone()).unwrap_or_default(),
        grades.map(|g| g.updated.clone()).unwrap_or_default(),
        match (grades, case) {
            (Some(g), Some(c)) => {
                let (decided, total) = g.progress(c);
                format!("{decided}/{total}")
            }
            (None, Some(c)) => format!("0/{}", c.exercises.len()),
            _ => String::new(),
        },
    ];
    for id in ids {
        let exercise = case.and_then(|c| c.exercise(id));
        let score = match (grades, exercise) {
            (Some(g), Some(e)) if g.score(e).scored > 0 => g.score(e).to_string(),
            _ => String::new(),
        };
        let decision = grades
            .and_then(|g| g.decision(id))
            .map(|d| d.as_str().to_string())
            .unwrap_or_default();
        row.push(score);
        row.push(decision);
    }
    let empty = Grades::default();
    let g = grades.unwrap_or(&empty);
    for bloc in BLOCS {
        row.push(
            case.map_or(Outcome::NotObtained, |c| g.bloc(c, bloc))
                .as_str()
                .into(),
        );
    }
    let trusted = entry.integrity_error.is_none() && entry.grades_state != "stale";
    let certification = match case {
        Some(c) if trusted => g.certification(c),
        _ => Outcome::NotObtained,
    };
    row.push(certification.as_str().into());
    row
}
