//! `atelier import [DIR] --exercise ID FILE`: replaces an exercise's content with a file's,
//! dispatched on the exercise's kind. The file is read and checked completely before the
//! workspace is opened for writing, so a refused file leaves the workspace as it was; the
//! previous content stays in the backups (opening with the lock makes one).

use crate::case::Kind;
use crate::i18n::Lang;
use crate::store;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("the case has no exercise {0}")]
    UnknownExercise(String),
    #[error("exercise {exercise} ({kind}) cannot be imported in this version")]
    Unsupported {
        exercise: String,
        kind: &'static str,
    },
    #[error("cannot read {path}: {message}")]
    Read { path: String, message: String },
    #[error(transparent)]
    Graph(#[from] crate::sociogram::import_csv::ImportError),
}

fn read(path: &Path) -> Result<String, ImportError> {
    std::fs::read_to_string(path).map_err(|e| ImportError::Read {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Imports `file` (and the optional `extra` file) into exercise `exercise_id` of the
/// workspace in `dir`; returns a one-line summary.
pub fn import(
    dir: &Path,
    exercise_id: &str,
    file: &Path,
    extra: Option<&Path>,
    lang: Lang,
) -> Result<String, ImportError> {
    let preview = store::open(dir, false)?;
    let exercise = preview
        .case
        .case
        .exercise(exercise_id)
        .ok_or_else(|| ImportError::UnknownExercise(exercise_id.to_string()))?
        .clone();
    match exercise.kind {
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        Kind::Graph => {
            let text = read(file)?;
            let extra_text = extra.map(read).transpose()?;
            let extra_name = extra.map(file_name).unwrap_or_default();
            let known =
                crate::model::graph::Sociogram::from_case(&preview.case.case.organisation).actors;
            let mut graph = crate::sociogram::import_csv::import_csv(
                &file_name(file),
                &text,
                extra_text.as_deref().map(|t| (extra_name.as_str(), t)),
                &known,
            )?;
            drop(preview);
            let mut ws = store::open(dir, true)?;
            let answer = ws.workspace.answer_mut(exercise_id);
            // The diagnosis steps already done stay: only the sociogram is replaced.
            if let Some(old) = &answer.graph {
                graph.steps_done = old.steps_done.clone();
            }
            let (actors, relations) = (graph.actors.len(), graph.relations.len());
            answer.graph = Some(graph);
            ws.save()?;
            Ok(match lang {
                Lang::Fr => {
                    format!("{exercise_id} : {actors} acteurs et {relations} relations importés")
                }
                Lang::En => {
                    format!("{exercise_id}: {actors} actors and {relations} relations imported")
                }
            })
        }
        kind => Err(ImportError::Unsupported {
            exercise: exercise_id.to_string(),
            kind: kind.as_str(),
        }),
    }
}
