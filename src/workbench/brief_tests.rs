//! The checks match what the briefs ask for, on the embedded case and its worked example:
//! A1's header placeholders and notes length, A2's note, an A13 roadmap that runs forwards.

use crate::case;
use crate::workbench::check::{check_exercise, Finding, Status};
use crate::workspace::store;

fn example() -> (tempfile::TempDir, store::OpenWorkspace) {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), case::load_default(), "", true).unwrap();
    (tmp, ws)
}

fn findings(ws: &store::OpenWorkspace, id: &str) -> (Status, Vec<Finding>) {
    let exercise = ws.case.case.exercise(id).unwrap();
    let report = check_exercise(exercise, ws.workspace.answer(id));
    (report.status, report.findings)
}

const SHORT_NOTES: &str = "Microservice recommandé.\nMoins de recopies.";

#[test]
fn a1_keeps_asking_for_its_header_and_ten_lines_of_notes() {
    let (_tmp, mut ws) = example();
    let (_, before) = findings(&ws, "A1");
    assert!(!before.iter().any(|f| matches!(
        f,
        Finding::HeaderPlaceholder { .. } | Finding::NotesTooFewLines { .. }
    )));
    let answer = ws.workspace.answer_mut("A1");
    let code = answer.code.as_mut().unwrap();
    code.program = format!("\"\"\"Prototype.\n\nAuteur : ...\n\"\"\"\n{}", code.program);
    answer.notes = SHORT_NOTES.into();
    let (status, after) = findings(&ws, "A1");
    assert_ne!(status, Status::Complete);
    assert!(after.contains(&Finding::HeaderPlaceholder {
        line: 3,
        text: "Auteur : ...".into()
    }));
    assert!(after.contains(&Finding::NotesTooFewLines { lines: 2, min: 10 }));
    assert_eq!(
        Finding::NotesTooFewLines { lines: 2, min: 10 }.message(crate::i18n::Lang::Fr),
        "les notes font 2 lignes, la consigne en demande au moins 10"
    );
}

#[test]
fn a2_is_not_complete_without_its_note() {
    let (_tmp, mut ws) = example();
    assert_eq!(findings(&ws, "A2").0, Status::Complete);
    ws.workspace.answer_mut("A2").notes.clear();
    let (status, after) = findings(&ws, "A2");
    assert_eq!(status, Status::InProgress);
    assert_eq!(after, vec![Finding::NotesTooFewLines { lines: 0, min: 10 }]);
    ws.workspace.answer_mut("A2").notes = SHORT_NOTES.into();
    assert_eq!(findings(&ws, "A2").0, Status::InProgress);
}

#[test]
fn an_a13_roadmap_that_ends_before_it_starts_is_refused() {
    let (_tmp, mut ws) = example();
    assert_eq!(findings(&ws, "A13").0, Status::Complete);
    let grid = ws.workspace.answer_mut("A13").grid.as_mut().unwrap();
    let table = grid.tables.get_mut("feuille_de_route").unwrap();
    let row = table.rows.first_mut().unwrap();
    let start = row.cells.get("debut").cloned().unwrap();
    row.cells.insert("debut".into(), "2028-T4".into());
    row.cells.insert("fin".into(), start.clone());
    let (status, after) = findings(&ws, "A13");
    assert_eq!(status, Status::InProgress);
    let message = after
        .iter()
        .find(|f| matches!(f, Finding::GridEndsBeforeStart { .. }))
        .unwrap()
        .message(crate::i18n::Lang::Fr);
    assert!(
        message.ends_with(&format!(
            "ligne 1 : la fin ({start}) précède le début (2028-T4)"
        )),
        "{message}"
    );
}

#[test]
fn lines_are_counted_as_printed_lines() {
    use crate::workbench::notes::model::count_lines;
    assert_eq!(count_lines(""), 0);
    assert_eq!(count_lines("un\n\n  \ndeux"), 2);
    // A paragraph of 30 words of 7 letters wraps into 3 lines of 80 characters.
    let paragraph = vec!["abcdefg"; 30].join(" ");
    assert_eq!(count_lines(&paragraph), 3);
}

#[test]
fn a12_compares_at_least_three_companies() {
    let (_tmp, mut ws) = example();
    assert_eq!(findings(&ws, "A12").0, Status::Complete);
    let grid = ws.workspace.answer_mut("A12").grid.as_mut().unwrap();
    for row in &mut grid.tables.get_mut("comparaison").unwrap().rows {
        for column in ["c3", "c4", "c5"] {
            row.cells.remove(column);
        }
    }
    let (status, after) = findings(&ws, "A12");
    assert_eq!(status, Status::InProgress);
    let finding = after
        .iter()
        .find(|f| matches!(f, Finding::GridTooFewColumnsFilled { .. }))
        .unwrap();
    assert_eq!(
        finding.message(crate::i18n::Lang::Fr),
        "Comparaison des pratiques de data marketing : 1 colonne remplie parmi Leroy Merlin, Botanic, Truffaut, Amazon, le cas en demande au moins 3"
    );
}
