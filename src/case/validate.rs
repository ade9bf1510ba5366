//! Validation of case files: JSON syntax and types first (with the JSON path at fault),
//! then the rules that types cannot say (unique ids, references, layouts inside their grid).

use crate::case::reason::{CaseReason, Collection, Reason};
use crate::case::{Case, Kind, CASE_FORMAT};
use std::collections::HashSet;

/// Why a case could not be used; every message names the JSON path at fault.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CaseError {
    #[error("cannot read the case file {path}: {message}")]
    Io {
        path: String,
        message: String,
        /// What kind of refusal, for the sentence in another language than the system's.
        kind: std::io::ErrorKind,
    },
    #[error("the case file is not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("at {path}: {reason}")]
    Invalid { path: String, reason: Reason },
    #[error("no case named {0} (neither embedded nor in ./cases)")]
    NotFound(String),
}

pub(crate) fn invalid(path: impl Into<String>, reason: impl Into<Reason>) -> CaseError {
    CaseError::Invalid {
        path: path.into(),
        reason: reason.into(),
    }
}

pub(crate) fn parse_and_validate(text: &str) -> Result<Case, CaseError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let case: Case = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            CaseError::Syntax {
                line: inner.line(),
                column: inner.column(),
                message: strip_position(&inner.to_string()),
            }
        } else {
            let path = if path.is_empty() || path == "." {
                "$".to_string()
            } else {
                format!("$.{path}")
            };
            invalid(path, Reason::Serde(strip_position(&inner.to_string())))
        }
    })?;
    validate(&case)?;
    Ok(case)
}

/// serde_json appends " at line L column C", which the path already locates better.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

pub(crate) fn require_text(path: &str, value: &str) -> Result<(), CaseError> {
    if value.trim().is_empty() {
        return Err(invalid(path, CaseReason::NonEmpty));
    }
    Ok(())
}

fn unique<'a>(
    path: &str,
    what: Collection,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, CaseError> {
    let mut seen = HashSet::new();
    for (index, id) in ids.enumerate() {
        require_text(&format!("{path}[{index}].id"), id)?;
        if !seen.insert(id) {
            return Err(invalid(
                format!("{path}[{index}].id"),
                CaseReason::UsedTwice {
                    what,
                    id: id.to_string(),
                },
            ));
        }
    }
    Ok(seen)
}

/// The rules that the types cannot express.
pub fn validate(case: &Case) -> Result<(), CaseError> {
    if case.format != CASE_FORMAT {
        return Err(invalid(
            "$.format",
            CaseReason::Format {
                expected: CASE_FORMAT,
                found: case.format,
            },
        ));
    }
    require_text("$.id", &case.id)?;
    if !case
        .id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(invalid("$.id", CaseReason::IdCharacters));
    }
    require_text("$.title", &case.title)?;
    if case.language != "fr" && case.language != "en" {
        return Err(invalid("$.language", CaseReason::Language));
    }
    let org = &case.organisation;
    require_text("$.organisation.name", &org.name)?;
    let departments = unique(
        "$.organisation.departments",
        Collection::Department,
        org.departments.iter().map(|d| d.id.as_str()),
    )?;
    let actors = unique(
        "$.organisation.actors",
        Collection::Actor,
        org.actors.iter().map(|a| a.id.as_str()),
    )?;
    for (index, actor) in org.actors.iter().enumerate() {
        if !departments.contains(actor.department.as_str()) {
            return Err(invalid(
                format!("$.organisation.actors[{index}].department"),
                CaseReason::Unknown {
                    what: Collection::Department,
                    id: actor.department.clone(),
                },
            ));
        }
    }
    for (index, relation) in org.relations.iter().enumerate() {
        for (field, id) in [("source", &relation.source), ("target", &relation.target)] {
            if !actors.contains(id.as_str()) {
                return Err(invalid(
                    format!("$.organisation.relations[{index}].{field}"),
                    CaseReason::Unknown {
                        what: Collection::Actor,
                        id: id.clone(),
                    },
                ));
            }
        }
        if !(1..=3).contains(&relation.intensity) {
            return Err(invalid(
                format!("$.organisation.relations[{index}].intensity"),
                CaseReason::Intensity,
            ));
        }
    }
    unique(
        "$.organisation.processing_activities",
        Collection::Processing,
        org.processing_activities.iter().map(|p| p.id.as_str()),
    )?;
    unique(
        "$.exercises",
        Collection::Exercise,
        case.exercises.iter().map(|e| e.id.as_str()),
    )?;
    if case.exercises.is_empty() {
        return Err(invalid("$.exercises", CaseReason::NoExercise));
    }
    for (index, exercise) in case.exercises.iter().enumerate() {
        validate_exercise(&format!("$.exercises[{index}]"), exercise)?;
    }
    Ok(())
}

fn validate_exercise(path: &str, exercise: &crate::case::Exercise) -> Result<(), CaseError> {
    require_text(&format!("{path}.title"), &exercise.title)?;
    require_text(&format!("{path}.brief"), &exercise.brief)?;
    if let Some(bloc) = exercise.bloc {
        if !(1..=4).contains(&bloc) {
            return Err(invalid(format!("{path}.bloc"), CaseReason::Bloc));
        }
    }
    for (index, competence) in exercise.competences.iter().enumerate() {
        if !is_competence(competence) {
            return Err(invalid(
                format!("{path}.competences[{index}]"),
                CaseReason::Competence {
                    found: competence.clone(),
                },
            ));
        }
    }
    unique(
        &format!("{path}.rubric"),
        Collection::Criterion,
        exercise.rubric.iter().map(|c| c.id.as_str()),
    )?;
    for (index, criterion) in exercise.rubric.iter().enumerate() {
        let at = format!("{path}.rubric[{index}]");
        if !is_competence(&criterion.competence) {
            return Err(invalid(
                format!("{at}.competence"),
                CaseReason::Competence {
                    found: criterion.competence.clone(),
                },
            ));
        }
        require_text(&format!("{at}.text"), &criterion.text)?;
        if criterion.scale == 0 {
            return Err(invalid(format!("{at}.scale"), CaseReason::Scale));
        }
        validate_levels(&at, criterion)?;
    }
    if let Some(rule) = &exercise.pass {
        validate_pass(path, exercise, rule)?;
    }
    let notes = &exercise.notes;
    if notes.max_words > 0 && notes.max_words < notes.min_words {
        return Err(invalid(
            format!("{path}.notes.max_words"),
            CaseReason::MaxWords,
        ));
    }
    // -- code: A1 Python runner and sketch (issue 3) --
    if exercise.kind == Kind::Code {
        let config: crate::workbench::code::config::CodeConfig =
            parse_config(path, &exercise.config)?;
        config.validate(path)?;
    }
    // -- tree / map: A5 mind map and A3 world map (issue 4) --
    match exercise.kind {
        Kind::Tree => {
            parse_config::<crate::workbench::worldmap::config::TreeConfig>(path, &exercise.config)?;
        }
        Kind::Map => {
            let config: crate::workbench::worldmap::config::MapConfig =
                parse_config(path, &exercise.config)?;
            if let Some(i) = config.places.iter().position(|p| !p.on_globe()) {
                return Err(invalid(
                    format!("{path}.config.places[{i}]"),
                    CaseReason::Coordinates,
                ));
            }
        }
        _ => {}
    }
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    if exercise.kind == Kind::Graph {
        parse_config::<crate::workbench::sociogram::GraphConfig>(path, &exercise.config)?;
    }
    if exercise.kind == Kind::Grid {
        let config: crate::workbench::grid::config::GridExercise =
            parse_config(path, &exercise.config)?;
        crate::workbench::grid::config::validate(path, &config)?;
    }
    // -- sheet: A7 GDPR audit sheet (issue 6) --
    if exercise.kind == Kind::Sheet {
        parse_config::<crate::workbench::gdpr::audit::SheetConfig>(path, &exercise.config)?;
    }
    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
    crate::workbench::notes::config::validate(path, exercise)?;
    match (&exercise.board, exercise.kind) {
        (None, Kind::Board) => Err(invalid(format!("{path}.board"), CaseReason::BoardMissing)),
        (Some(board), _) => validate_board(&format!("{path}.board"), board),
        (None, _) => Ok(()),
    }
}

/// A criterion's levels, when given: one non-empty descriptor per score from 0 to its scale.
pub(crate) fn validate_levels(
    at: &str,
    criterion: &crate::case::Criterion,
) -> Result<(), CaseError> {
    if criterion.levels.is_empty() {
        return Ok(());
    }
    let expected = usize::from(criterion.scale) + 1;
    if criterion.levels.len() != expected {
        return Err(invalid(
            format!("{at}.levels"),
            CaseReason::Levels {
                scale: criterion.scale,
                found: criterion.levels.len(),
            },
        ));
    }
    for (index, level) in criterion.levels.iter().enumerate() {
        require_text(&format!("{at}.levels[{index}]"), level)?;
    }
    Ok(())
}

/// A decision rule must be reachable with the rubric's scales.
fn validate_pass(
    path: &str,
    exercise: &crate::case::Exercise,
    rule: &crate::case::PassRule,
) -> Result<(), CaseError> {
    if let Some(lowest) = exercise.rubric.iter().min_by_key(|c| c.scale) {
        if rule.min_each > lowest.scale {
            return Err(invalid(
                format!("{path}.pass.min_each"),
                CaseReason::PassEach {
                    exercise: exercise.id.clone(),
                    min_each: rule.min_each,
                    criterion: lowest.id.clone(),
                    scale: lowest.scale,
                },
            ));
        }
    }
    let max: u32 = exercise.rubric.iter().map(|c| u32::from(c.scale)).sum();
    if rule.min_total > max {
        return Err(invalid(
            format!("{path}.pass.min_total"),
            CaseReason::PassTotal {
                exercise: exercise.id.clone(),
                min_total: rule.min_total,
                max,
            },
        ));
    }
    Ok(())
}

fn is_competence(id: &str) -> bool {
    id.strip_prefix('C')
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (1..=19).contains(&n))
}

fn validate_board(path: &str, board: &crate::case::BoardConfig) -> Result<(), CaseError> {
    if board.columns == 0 || board.rows == 0 || board.columns > 12 || board.rows > 6 {
        return Err(invalid(format!("{path}.columns"), CaseReason::BoardSize));
    }
    if board.zones.is_empty() {
        return Err(invalid(format!("{path}.zones"), CaseReason::NoZone));
    }
    let zones = unique(
        &format!("{path}.zones"),
        Collection::Zone,
        board.zones.iter().map(|z| z.id.as_str()),
    )?;
    let mut covered = vec![false; usize::from(board.columns) * usize::from(board.rows)];
    for (index, zone) in board.zones.iter().enumerate() {
        let at = format!("{path}.zones[{index}]");
        require_text(&format!("{at}.title"), &zone.title)?;
        if zone.col_span == 0 || zone.row_span == 0 {
            return Err(invalid(format!("{at}.col_span"), CaseReason::Spans));
        }
        if zone.col + zone.col_span > board.columns || zone.row + zone.row_span > board.rows {
            return Err(invalid(
                format!("{at}.col"),
                CaseReason::ZoneOutside {
                    columns: board.columns,
                    rows: board.rows,
                },
            ));
        }
        for row in zone.row..zone.row + zone.row_span {
            for col in zone.col..zone.col + zone.col_span {
                let cell =
                    &mut covered[usize::from(row) * usize::from(board.columns) + usize::from(col)];
                if *cell {
                    return Err(invalid(
                        format!("{at}.col"),
                        CaseReason::ZoneOverlap { col, row },
                    ));
                }
                *cell = true;
            }
        }
    }
    unique(
        &format!("{path}.strategy_kinds"),
        Collection::StrategyKind,
        board.strategy_kinds.iter().map(|k| k.id.as_str()),
    )?;
    for (index, kind) in board.strategy_kinds.iter().enumerate() {
        if kind.combines.is_empty() {
            return Err(invalid(
                format!("{path}.strategy_kinds[{index}].combines"),
                CaseReason::NoCombinedZone,
            ));
        }
        for (z, zone) in kind.combines.iter().enumerate() {
            if !zones.contains(zone.as_str()) {
                return Err(invalid(
                    format!("{path}.strategy_kinds[{index}].combines[{z}]"),
                    CaseReason::Unknown {
                        what: Collection::Zone,
                        id: zone.clone(),
                    },
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "format": 1, "id": "t", "title": "T", "language": "fr", "summary": "s",
            "organisation": {
                "name": "O", "sector": "s", "location": "l", "founded": 2000,
                "employees": 10, "revenue_eur": 1, "description": "d",
                "departments": [{"id": "d1", "name": "D", "headcount": 3}],
                "actors": [{"id": "a1", "name": "A", "department": "d1", "level": 1, "role": "r"}]
            },
            "exercises": [{
                "id": "A2", "bloc": 1, "title": "SWOT", "kind": "board", "competences": ["C2"],
                "brief": "b", "rubric": [{"id": "A2-1", "competence": "C2", "text": "t", "scale": 4}],
                "board": {"columns": 2, "rows": 1, "zones": [
                    {"id": "S", "title": "S", "col": 0, "row": 0},
                    {"id": "W", "title": "W", "col": 1, "row": 0}
                ], "strategy_kinds": [{"id": "SW", "title": "x", "combines": ["S", "W"]}]}
            }]
        })
    }

    fn error_of(value: serde_json::Value) -> String {
        parse_and_validate(&value.to_string())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn minimal_case_is_valid() {
        parse_and_validate(&minimal().to_string()).unwrap();
    }

    #[test]
    fn levels_and_a_decision_rule_must_fit_the_scale() {
        let mut v = minimal();
        v["exercises"][0]["rubric"][0]["levels"] = serde_json::json!(["0", "1", "2", "3"]);
        assert_eq!(
            error_of(v.clone()),
            "at $.exercises[0].rubric[0].levels: expected 5 descriptors, one per score from 0 to 4, found 4"
        );
        v["exercises"][0]["rubric"][0]["levels"] = serde_json::json!(["0", "1", " ", "3", "4"]);
        assert!(error_of(v.clone()).starts_with("at $.exercises[0].rubric[0].levels[2]:"));
        v["exercises"][0]["rubric"][0]["levels"] = serde_json::json!(["0", "1", "2", "3", "4"]);
        v["exercises"][0]["pass"] = serde_json::json!({"min_each": 5, "min_total": 1});
        assert_eq!(
            error_of(v.clone()),
            "at $.exercises[0].pass.min_each: the rule cannot be met: A2 needs at least 5 on every criterion, but A2-1 scores at most 4"
        );
        v["exercises"][0]["pass"] = serde_json::json!({"min_each": 2, "min_total": 5});
        assert!(error_of(v.clone()).starts_with(
            "at $.exercises[0].pass.min_total: the rule cannot be met: A2 needs a total of 5, but its rubric adds up to 4 at most"
        ));
        v["exercises"][0]["pass"] = serde_json::json!({"min_each": 2, "min_total": 4});
        let case = parse_and_validate(&v.to_string()).unwrap();
        assert_eq!(case.exercises[0].rubric[0].level(3), Some("3"));
        assert_eq!(case.exercises[0].rubric[0].level(5), None);
    }

    #[test]
    fn type_errors_name_the_path() {
        let mut v = minimal();
        v["exercises"][0]["rubric"][0]["scale"] = serde_json::json!("four");
        let message = error_of(v);
        assert!(
            message.starts_with("at $.exercises[0].rubric[0].scale:"),
            "{message}"
        );
    }

    #[test]
    fn missing_and_unknown_fields_name_the_path() {
        let mut v = minimal();
        v["organisation"].as_object_mut().unwrap().remove("name");
        assert!(error_of(v).contains("missing field `name`"));
        let mut v = minimal();
        v["exercises"][0]["colour"] = serde_json::json!("red");
        let message = error_of(v);
        assert!(
            message.contains("$.exercises[0]") && message.contains("colour"),
            "{message}"
        );
    }

    #[test]
    fn unknown_kind_is_refused_with_its_path() {
        let mut v = minimal();
        v["exercises"][0]["kind"] = serde_json::json!("spreadsheet");
        let message = error_of(v);
        assert!(message.contains("$.exercises[0].kind"), "{message}");
    }

    #[test]
    fn semantic_errors_name_the_path() {
        let mut v = minimal();
        v["organisation"]["actors"][0]["department"] = serde_json::json!("nowhere");
        assert_eq!(
            error_of(v),
            "at $.organisation.actors[0].department: unknown department \"nowhere\""
        );
        let mut v = minimal();
        v["exercises"][0]["board"]["zones"][1]["col"] = serde_json::json!(0);
        assert!(error_of(v).contains("overlaps"));
        let mut v = minimal();
        v["exercises"][0]["board"]["strategy_kinds"][0]["combines"][1] = serde_json::json!("Q");
        assert_eq!(
            error_of(v),
            "at $.exercises[0].board.strategy_kinds[0].combines[1]: unknown zone \"Q\""
        );
        let mut v = minimal();
        v["exercises"][0].as_object_mut().unwrap().remove("board");
        assert!(error_of(v).contains("$.exercises[0].board"));
        let mut v = minimal();
        v["exercises"][0]["competences"][0] = serde_json::json!("C42");
        assert!(error_of(v).contains("$.exercises[0].competences[0]"));
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let err = parse_and_validate("{\n  \"format\": 1,\n  oops\n}").unwrap_err();
        assert!(matches!(err, CaseError::Syntax { line: 3, .. }), "{err:?}");
    }
}

/// Reads an exercise's `config` into the typed configuration of its workbench kind, with an
/// error naming the JSON path at fault (`path` is the exercise's, like `$.exercises[4]`).
/// Workbench modules call this from `validate_exercise` so a bad case is refused at load.
pub fn parse_config<T: serde::de::DeserializeOwned>(
    path: &str,
    value: &serde_json::Value,
) -> Result<T, CaseError> {
    let value = if value.is_null() {
        serde_json::Value::Object(Default::default())
    } else {
        value.clone()
    };
    serde_path_to_error::deserialize(value).map_err(|err| {
        let inner = err.path().to_string();
        let at = if inner.is_empty() || inner == "." {
            format!("{path}.config")
        } else {
            format!("{path}.config.{inner}")
        };
        invalid(
            at,
            Reason::Serde(strip_position(&err.into_inner().to_string())),
        )
    })
}

#[cfg(test)]
mod config_tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Sample {
        max_slides: u32,
    }

    #[test]
    fn config_errors_name_the_path() {
        let value = serde_json::json!({"max_slides": "ten"});
        let err = parse_config::<Sample>("$.exercises[14]", &value).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("at $.exercises[14].config.max_slides:"),
            "{err}"
        );
        let ok: Sample = parse_config("$", &serde_json::json!({"max_slides": 10})).unwrap();
        assert_eq!(ok.max_slides, 10);
    }
}
