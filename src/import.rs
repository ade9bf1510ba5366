//! `atelier import`: replaces one exercise's content with a file's, dispatched on the
//! exercise's kind (each kind that reads files adds its arm). Pure: the caller reads the
//! file, keeps a backup and saves.

use crate::case::{Case, Kind};
use crate::i18n::Lang;
use crate::model::Answer;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the case has no exercise {0}")]
    UnknownExercise(String),
    #[error("exercise {exercise} ({kind}) cannot import files in this version")]
    Unsupported {
        exercise: String,
        kind: &'static str,
    },
    #[error("{file}: {reason}")]
    Unreadable { file: String, reason: String },
}

/// Reads `bytes` (the content of `file`) into the exercise's answer; returns a one-line
/// summary of what came in.
pub fn import(
    case: &Case,
    exercise_id: &str,
    file: &Path,
    bytes: &[u8],
    answer: &mut Answer,
    lang: Lang,
) -> Result<String, ImportError> {
    let exercise = case
        .exercise(exercise_id)
        .ok_or_else(|| ImportError::UnknownExercise(exercise_id.to_string()))?;
    let unreadable = |reason: String| ImportError::Unreadable {
        file: file.display().to_string(),
        reason,
    };
    match exercise.kind {
        // -- tree: A5 mind map (issue 4) --
        Kind::Tree => {
            let text = std::str::from_utf8(bytes)
                .map_err(|_| unreadable("the file is not UTF-8 text".into()))?;
            let map =
                crate::formats::read_mind_map(file, text).map_err(|e| unreadable(e.to_string()))?;
            let summary = match lang {
                Lang::Fr => format!(
                    "{} nœuds importés (profondeur {})",
                    map.len(),
                    map.max_depth()
                ),
                Lang::En => format!("{} nodes imported (depth {})", map.len(), map.max_depth()),
            };
            answer.tree = Some(map);
            Ok(summary)
        }
        kind => Err(ImportError::Unsupported {
            exercise: exercise_id.to_string(),
            kind: kind.as_str(),
        }),
    }
}
