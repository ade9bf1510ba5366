//! Checks: pure functions from (case, workspace) to findings and a status per exercise.
//! The home screen, the workbench hints, `atelier check`, the report and the review all read
//! these same findings. This file owns the status, the report of an exercise and the checks
//! that dispatch to each kind's; the findings themselves ([`Finding`]) are in
//! `check/finding.rs`.

use crate::case::{Case, Exercise};
use crate::workspace::{Answer, Workspace};
use serde::Serialize;

pub use crate::workbench::board::check::check_board;
pub use crate::workbench::code::check::check_code;
pub use crate::workbench::notes::check::text_words;

mod finding;
pub use finding::Finding;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    InProgress,
    Complete,
}

/// The result of checking one exercise.
#[derive(Debug, Clone)]
pub struct ExerciseReport {
    pub id: String,
    pub status: Status,
    pub findings: Vec<Finding>,
}

/// Checks every exercise of the case, in the case's order.
pub fn check_workspace(case: &Case, workspace: &Workspace) -> Vec<ExerciseReport> {
    check_workspace_with(
        case,
        workspace,
        &crate::workbench::grid::check::GridCache::default(),
    )
}

/// `check_workspace`, reading the grid exercises' configurations and listening analyses
/// from a cache kept by the caller where it has them (the same findings, without parsing
/// and analysing again on every change).
pub fn check_workspace_with(
    case: &Case,
    workspace: &Workspace,
    grids: &crate::workbench::grid::check::GridCache,
) -> Vec<ExerciseReport> {
    let mut reports: Vec<ExerciseReport> = case
        .exercises
        .iter()
        .map(|exercise| check_exercise_with(exercise, workspace.answer(&exercise.id), grids))
        .collect();
    // -- note_deck: attachments point at other exercises' answers (issue 8) --
    crate::workbench::notes::check::check_attachments(case, workspace, &mut reports);
    reports
}

pub fn check_exercise(exercise: &Exercise, answer: Option<&Answer>) -> ExerciseReport {
    check_exercise_with(
        exercise,
        answer,
        &crate::workbench::grid::check::GridCache::default(),
    )
}

fn check_exercise_with(
    exercise: &Exercise,
    answer: Option<&Answer>,
    grids: &crate::workbench::grid::check::GridCache,
) -> ExerciseReport {
    let empty = Answer::default();
    let answer = answer.unwrap_or(&empty);
    let mut findings = Vec::new();
    // A board can come with any kind (A6's SIC grid beside its sociogram).
    if let Some(config) = &exercise.board {
        let board = answer.board.clone().unwrap_or_default();
        findings.extend(check_board(config, &board));
    }
    let untouched = crate::workbench::kind_findings(exercise, answer, grids, &mut findings);
    findings.extend(check_notes(
        exercise,
        crate::workbench::notes::check::text_words(exercise, answer),
    ));
    let limits = &exercise.notes;
    let lines = crate::workbench::notes::model::count_lines(&answer.notes);
    if limits.min_lines > 0 && lines < limits.min_lines as usize {
        findings.push(Finding::NotesTooFewLines {
            lines,
            min: limits.min_lines,
        });
    }
    let status = if answer.is_empty() || untouched {
        Status::NotStarted
    } else if findings.is_empty() {
        Status::Complete
    } else {
        Status::InProgress
    };
    ExerciseReport {
        id: exercise.id.clone(),
        status,
        findings,
    }
}

fn check_notes(exercise: &Exercise, words: usize) -> Vec<Finding> {
    let limits = &exercise.notes;
    let mut findings = Vec::new();
    if limits.min_words > 0 && words < limits.min_words as usize {
        findings.push(Finding::NotesTooShort {
            words,
            min: limits.min_words,
        });
    }
    if limits.max_words > 0 && words > limits.max_words as usize {
        findings.push(Finding::NotesTooLong {
            words,
            max: limits.max_words,
        });
    }
    findings
}

/// Words as a reader counts them (French elisions and hyphens: see `model::note`).
pub fn count_words(text: &str) -> usize {
    crate::workbench::notes::model::count_words(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{BoardConfig, StrategyKind, ZoneConfig};
    use crate::i18n::Lang;
    use crate::workspace::Board;

    fn zone(id: &str, title: &str, min: u32) -> ZoneConfig {
        ZoneConfig {
            id: id.into(),
            title: title.into(),
            hint: String::new(),
            col: 0,
            row: 0,
            col_span: 1,
            row_span: 1,
            min_items: min,
            evidence_required: true,
        }
    }

    fn swot_config() -> BoardConfig {
        BoardConfig {
            columns: 2,
            rows: 2,
            zones: vec![
                zone("S", "Forces", 1),
                zone("W", "Faiblesses", 1),
                zone("O", "Opportunités", 3),
                zone("T", "Menaces", 1),
            ],
            strategy_kinds: vec![StrategyKind {
                id: "WO".into(),
                title: "WO".into(),
                combines: vec!["W".into(), "O".into()],
                any_zone: false,
            }],
            min_strategies_per_kind: 1,
            min_priorities: None,
            min_kpis: Some(1),
            credit: String::new(),
            strategies_title: String::new(),
        }
    }

    #[test]
    fn counts_thresholds_and_names_the_zone() {
        let mut board = Board::default();
        let o = board.add_item("O", "drive piéton");
        board.item_mut(o).unwrap().evidence = "étude".into();
        let findings = check_board(&swot_config(), &board);
        assert!(findings.contains(&Finding::TooFewItems {
            zone: "Opportunités".into(),
            count: 1,
            min: 3
        }));
        let message = Finding::TooFewItems {
            zone: "Opportunities".into(),
            count: 1,
            min: 3,
        }
        .message(Lang::En);
        assert_eq!(
            message,
            "Opportunities has 1 item, the case asks for at least 3"
        );
    }

    #[test]
    fn strategy_must_reference_each_combined_zone() {
        let mut board = Board::default();
        let o = board.add_item("O", "x");
        board.add_strategy("WO", "premier");
        let s = board.add_strategy("WO", "second");
        board.toggle_strategy_ref(s, o);
        let findings = check_board(&swot_config(), &board);
        assert!(findings.contains(&Finding::StrategyMissingZone {
            recommendation: false,
            label: "WO-2".into(),
            zone: "Faiblesses".into()
        }));
        assert!(findings.contains(&Finding::StrategyMissingZone {
            recommendation: false,
            label: "WO-1".into(),
            zone: "Opportunités".into()
        }));
        assert_eq!(
            Finding::StrategyMissingZone {
                recommendation: false,
                label: "WO-2".into(),
                zone: "weakness".into()
            }
            .message(Lang::En),
            "strategy WO-2 references no item of weakness"
        );
    }

    #[test]
    fn evidence_and_kpis() {
        let mut board = Board::default();
        board.add_item("S", "marque");
        board.add_kpi("Part du web", "", "");
        let findings = check_board(&swot_config(), &board);
        assert!(findings.iter().any(|f| f.code() == "missing-evidence"));
        assert!(findings.iter().any(|f| f.code() == "kpi-without-target"));
        assert!(findings.iter().any(|f| f.code() == "kpi-without-unit"));
    }

    #[test]
    fn status_follows_findings() {
        let case = crate::case::Case::embedded_default();
        let a2 = case.exercise("A2").unwrap();
        assert_eq!(check_exercise(a2, None).status, Status::NotStarted);
        let mut answer = Answer::default();
        answer.board.get_or_insert_default().add_item("S", "x");
        assert_eq!(check_exercise(a2, Some(&answer)).status, Status::InProgress);
    }

    #[test]
    fn worked_example_is_complete_for_boards() {
        // Source recency (A5) is judged on a fixed day, not the calendar's.
        std::env::set_var(
            "ATELIER_TODAY",
            crate::workbench::mindmap::check::TEST_TODAY,
        );
        let loaded = crate::case::load_default();
        let example: crate::workspace::Example =
            serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
        for id in ["A2", "A11", "A3", "A5"] {
            let exercise = loaded.case.exercise(id).unwrap();
            let report = check_exercise(exercise, example.answers.get(id));
            assert_eq!(
                report.status,
                Status::Complete,
                "{id}: {:?}",
                report.findings
            );
        }
    }

    #[test]
    fn word_count_ignores_punctuation_runs() {
        assert_eq!(count_words("Bonjour , le  monde — ok"), 4);
        assert_eq!(count_words(""), 0);
    }
}
