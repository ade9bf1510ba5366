//! `atelier import`: a file read into one exercise (A5 mind map, A6 sociogram and its actors
//! file, A7 register, A12 posts), all or nothing.

use super::workspace::refuse_if_newer;
use super::CliError;
use crate::case;
use crate::i18n::{self, messages, Lang};
use crate::workspace::store;
use std::path::Path;

/// `atelier import`: reads FILE for the exercise's kind, then replaces that exercise's
/// content and saves (opening the workspace took a backup). A refused file changes nothing.
pub(super) fn import(
    dir: &Path,
    exercise_id: &str,
    file: &Path,
    actors: Option<&Path>,
    lang: Lang,
) -> Result<(), CliError> {
    let mut ws = store::open(dir, true)?;
    refuse_if_newer(&ws, lang)?;
    let exercise = ws
        .case
        .case
        .exercise(exercise_id)
        .ok_or_else(|| {
            crate::workbench::export::ExportError::UnknownExercise(exercise_id.to_string())
        })?
        .clone();
    let failed = |message: String| CliError::Import {
        file: file.display().to_string(),
        message,
    };
    let bytes = std::fs::read(file).map_err(|e| failed(i18n::errors::io_reason(lang, &e)))?;
    // A mind map is XML, UTF-8; the CSV imports take what spreadsheets write (BOM, UTF-16,
    // Windows-1252; the separator and line ends are handled by each reader).
    let text = if exercise.kind == case::Kind::Tree {
        String::from_utf8(bytes).map_err(|_| {
            failed(
                match lang {
                    Lang::Fr => "le fichier n'est pas en UTF-8 valide",
                    Lang::En => "the file is not valid UTF-8",
                }
                .into(),
            )
        })?
    } else {
        crate::workbench::csv_input::decode(&bytes)
            .map_err(|e| failed(i18n::errors::decode(lang, &e)))?
            .0
    };
    if let (Some(extra), false) = (actors, exercise.kind == case::Kind::Graph) {
        return Err(CliError::Import {
            file: extra.display().to_string(),
            message: match lang {
                Lang::Fr => "--actors ne va qu'avec un exercice de sociogramme (graph)",
                Lang::En => "--actors goes with a sociogram (graph) exercise only",
            }
            .into(),
        });
    }
    let summary = match exercise.kind {
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        case::Kind::Graph => {
            let graph = import_sociogram(&ws.case.case.organisation, file, &text, actors, lang)?;
            let answer = ws.workspace.answer_mut(exercise_id);
            let (count, relations) = (graph.actors.len(), graph.relations.len());
            crate::workbench::sociogram::import_csv::replace_sociogram(answer, graph);
            messages::actors_imported(lang, exercise_id, count, relations)
        }
        // -- sheet: A7 GDPR audit sheet (issue 6) --
        case::Kind::Sheet => {
            let processings =
                crate::workbench::gdpr::formats::parse_register_csv(&text).map_err(|e| {
                    failed(crate::workbench::gdpr::text::register_import_error(
                        lang, &e,
                    ))
                })?;
            let count = processings.len();
            let answer = ws.workspace.answer_mut(exercise_id);
            crate::workbench::gdpr::formats::replace_register(
                answer.sheet.get_or_insert_default(),
                processings,
            );
            crate::i18n::register_imported(lang, count, exercise_id)
        }
        // -- tree: A5 mind map (issue 4): a Freeplane/FreeMind .mm or an OPML outline --
        case::Kind::Tree => {
            let map = crate::workbench::mindmap::formats::read_mind_map(file, &text)
                .map_err(|e| failed(crate::workbench::mindmap::text::format_error(&e, lang)))?;
            let summary =
                crate::workbench::mindmap::formats::import_summary(&map, exercise_id, lang);
            ws.workspace.answer_mut(exercise_id).tree = Some(map);
            summary
        }
        // -- grid: A8, A10, A12, A13, A14 grids (issue 7): A12's corpus of posts --
        case::Kind::Grid if exercise.config.get("listening").is_some() => {
            let posts = crate::workbench::grid::listening::read_posts_csv(&text)
                .map_err(|e| failed(crate::workbench::grid::text::posts_import_error(lang, &e)))?;
            let count = posts.len();
            let answer = ws.workspace.answer_mut(exercise_id);
            answer.grid.get_or_insert_default().posts = posts;
            messages::posts_imported(lang, count, exercise_id)
        }
        kind => {
            return Err(CliError::ImportUnsupported {
                exercise: exercise_id.to_string(),
                kind: kind.as_str().to_string(),
            })
        }
    };
    ws.save()?;
    say!("{summary}");
    Ok(())
}

/// Reads the actors file of `atelier import --exercise A6 FILE [--actors ACTORS]` (the edge
/// list is already read as `text`) and imports both; errors name the file at fault.
pub(super) fn import_sociogram(
    org: &crate::case::Organisation,
    file: &Path,
    text: &str,
    actors: Option<&Path>,
    lang: Lang,
) -> Result<crate::workbench::sociogram::model::Sociogram, CliError> {
    let actors_text = match actors {
        Some(path) => {
            let failed = |message: String| CliError::Import {
                file: path.display().to_string(),
                message,
            };
            let bytes =
                std::fs::read(path).map_err(|e| failed(i18n::errors::io_reason(lang, &e)))?;
            Some(
                crate::workbench::csv_input::decode(&bytes)
                    .map_err(|e| failed(i18n::errors::decode(lang, &e)))?
                    .0,
            )
        }
        None => None,
    };
    let actors = actors.zip(actors_text.as_deref());
    crate::workbench::sociogram::import_csv::import_file(org, file, text, actors).map_err(|e| {
        CliError::Import {
            file: e.path.display().to_string(),
            message: e.message(lang),
        }
    })
}
