//! The exam board's rules in the review: a rubric's levels shown for the score under the
//! cursor, the decision the case's rule proposes, a decision against it kept only with a
//! reason, a score above the scale refused; and `atelier case validate` refusing a case whose
//! criteria lack levels or whose rule cannot be met.

mod common;

use atelier::case;
use atelier::exam::grading::Decision;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay};
use atelier::tui::review_run::review_app;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example_bundle(dir: &Path) -> PathBuf {
    std::env::set_var(
        "ATELIER_TODAY",
        atelier::workbench::mindmap::check::TEST_TODAY,
    );
    let ws = store::init(
        &dir.join("ws"),
        case::load_default(),
        "Camille Martin",
        true,
    )
    .unwrap();
    let file = dir.join("camille.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    file
}

fn open_review(file: &Path) -> App {
    let bundle = review::open(file).unwrap();
    let grades = review::grades_for(&bundle).unwrap();
    let mut app = review_app(
        &bundle,
        grades,
        "Eve Durand",
        Err("none".into()),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.review.as_mut().unwrap().clock = || "2026-06-15T09:00:00Z".to_string();
    app
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn chars(app: &mut App, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

/// The grading panel (the left column of an exercise screen), its wrapped lines joined.
fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(140, 60)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut rows = Vec::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        for x in 0..buffer.area.width {
            row.push_str(buffer[(x, y)].symbol());
        }
        rows.push(row);
    }
    rows.iter()
        .filter_map(|row| row.split('│').nth(1))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_level_of_the_score_under_the_cursor_and_the_rules_proposal_are_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('g'));
    let shown = screen(&app);
    assert!(
        shown.contains("Règle : au moins 2 à chaque critère et 10 au total"),
        "{shown}"
    );
    assert!(shown.contains("après notation de tous les critères"));
    assert!(shown.contains("0 Absent · 1 Insuffisant"));
    chars(&mut app, "1");
    let shown = screen(&app);
    assert!(
        shown.contains("▸ Insuffisant : les plateformes sont nommées (Amazon, ManoMano)"),
        "{shown}"
    );
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
        chars(&mut app, "4");
    }
    // 13 points, but a 1: the rule proposes "non validé".
    let a2 = app.case.exercise("A2").unwrap().clone();
    let grades = &app.review.as_ref().unwrap().grades;
    assert_eq!(grades.proposal(&a2), Some(Decision::NotValidated));
    assert!(screen(&app).contains("proposition : ✘ non validé"));
}

#[test]
fn a_decision_against_the_rule_is_kept_only_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('g'));
    for (i, score) in ["4", "4", "3", "3"].iter().enumerate() {
        if i > 0 {
            key(&mut app, KeyCode::Down);
        }
        chars(&mut app, score);
    }
    // 14/16, none under 2: the rule says validated. Deciding "not validated" asks why.
    assert!(key(&mut app, KeyCode::Char('x')).is_empty());
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    assert!(app
        .status
        .clone()
        .unwrap()
        .text
        .contains("donnez-en le motif"));
    // Enter with no reason: refused, the field stays, nothing decided.
    assert!(key(&mut app, KeyCode::Enter).is_empty());
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    assert!(app
        .status
        .clone()
        .unwrap()
        .text
        .contains("demande un motif"));
    assert_eq!(app.review.as_ref().unwrap().grades.decision("A2"), None);
    // Typed, then Esc: kept as a draft (the status says so, the panel shows it), still
    // undecided.
    chars(&mut app, "Travail copié");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveGrades]);
    assert!(app.overlay.is_none());
    assert!(app
        .status
        .clone()
        .unwrap()
        .text
        .contains("Texte conservé en brouillon"));
    let grades = &app.review.as_ref().unwrap().grades;
    assert_eq!(grades.decision("A2"), None);
    assert_eq!(grades.reason("A2"), None);
    assert_eq!(grades.reason_draft("A2").unwrap().text, "Travail copié");
    assert!(
        screen(&app).contains("Brouillon de motif, non confirmé (non validé) : « Travail copié »")
    );
    // Taking that decision again opens the field on the draft; with the reason completed
    // and confirmed: decided, the reason kept with the grade and shown, the draft gone.
    key(&mut app, KeyCode::Char('x'));
    let Some(Overlay::Edit { field, .. }) = &app.overlay else {
        panic!("the reason's field is not open");
    };
    assert_eq!(field.lines(), ["Travail copié"]);
    chars(&mut app, " d'un autre candidat");
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveGrades]);
    assert_eq!(app.review.as_ref().unwrap().grades.reason_draft("A2"), None);
    assert!(!screen(&app).contains("Brouillon de motif"));
    let grades = &app.review.as_ref().unwrap().grades;
    assert_eq!(grades.decision("A2"), Some(Decision::NotValidated));
    assert_eq!(
        grades.reason("A2"),
        Some("Travail copié d'un autre candidat")
    );
    assert!(screen(&app).contains("Motif : « Travail copié d'un autre candidat »"));
    // Saved with the grade, and read back.
    review::save_grades(
        &review::grades_path(&file),
        &app.review.as_ref().unwrap().to_save(),
    )
    .unwrap();
    let back = review::load_grades(&review::grades_path(&file))
        .unwrap()
        .unwrap();
    assert_eq!(
        back.agreed_reason("A2"),
        Some("Travail copié d'un autre candidat")
    );
    // The history kept who decided what, and why.
    let whats: Vec<&str> = back
        .criterion_history("A2", "")
        .map(|c| c.what.as_str())
        .collect();
    assert_eq!(whats, ["decision", "reason"]);
    assert!(back.history.iter().all(|c| c.examiner == "Eve Durand"));
    // The same decision again opens the field on the recorded reason; Esc leaves it as it
    // was, and no draft.
    key(&mut app, KeyCode::Char('x'));
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveGrades]);
    let grades = &app.review.as_ref().unwrap().grades;
    assert_eq!(grades.reason_draft("A2"), None);
    assert_eq!(
        grades.reason("A2"),
        Some("Travail copié d'un autre candidat")
    );
    assert!(app.status.is_none());
    // Following the rule needs no reason (and drops the old one).
    assert_eq!(key(&mut app, KeyCode::Char('v')), vec![Effect::SaveGrades]);
    let grades = &app.review.as_ref().unwrap().grades;
    assert_eq!(grades.decision("A2"), Some(Decision::Validated));
    assert_eq!(grades.reason("A2"), None);
}

fn atelier(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap()
}

#[test]
fn case_validate_refuses_missing_levels_and_an_unreachable_rule_naming_the_path() {
    let tmp = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.json");
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(source).unwrap()).unwrap();
    type Edit = fn(&mut serde_json::Value);
    let cases: [(Edit, &str); 3] = [
        (
            |v| {
                v["exercises"][3]["rubric"][1]
                    .as_object_mut()
                    .unwrap()
                    .remove("levels");
            },
            "$.exercises[3].rubric[1].levels",
        ),
        (
            |v| v["exercises"][1]["pass"]["min_total"] = 17.into(),
            "$.exercises[1].pass.min_total",
        ),
        (
            |v| v["exercises"][0]["pass"]["min_each"] = 5.into(),
            "$.exercises[0].pass.min_each",
        ),
    ];
    for (edit, path) in cases {
        let mut value = original.clone();
        edit(&mut value);
        let file = tmp.path().join("case.json");
        std::fs::write(&file, value.to_string()).unwrap();
        let out = atelier(tmp.path(), &["case", "validate", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(path), "{err}");
    }
}

#[test]
fn a_decision_against_the_rule_in_the_real_terminal_asks_for_its_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let tmux =
        common::tmux::Session::new(format!("atelier-rule-{}", std::process::id())).target("r");
    let command = format!(
        "exec {} review {} --examiner Eve --lang fr",
        env!("CARGO_BIN_EXE_atelier"),
        file.display()
    );
    assert!(tmux.start(150, 50, &command).status.success());
    tmux.wait_for("lecture seule");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Notation · A2");
    tmux.keys(&["g", "4", "Down", "4", "Down", "3", "Down", "3"]);
    tmux.wait_for("proposition : ✔ validé");
    tmux.keys(&["x"]);
    tmux.wait_for("donnez-en le motif");
    tmux.keys(&["Enter"]);
    tmux.wait_for("demande un motif");
    tmux.text("Analyse externe copiée");
    tmux.keys(&["Enter"]);
    let shown = tmux.wait_for("Motif : « Analyse externe copiée »");
    assert!(shown.contains("non validé"), "{shown}");
    tmux.keys(&["q"]);
    let start = std::time::Instant::now();
    while tmux.is_running() {
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let saved = review::load_grades(&review::grades_path(&file))
        .unwrap()
        .unwrap();
    assert_eq!(saved.agreed_decision("A2"), Some(Decision::NotValidated));
    assert_eq!(saved.agreed_reason("A2"), Some("Analyse externe copiée"));
}
