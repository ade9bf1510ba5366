//! Two markers and moderation: each examiner grades in a record of their own, the second
//! blind to the first until both decided; `--moderate` shows them side by side, flags a gap of
//! more than one level and records the agreed grade, which the gradebook counts. A grades file
//! of format 1 migrates with its original kept; a bundle changed after grading is "to grade
//! again" until graded again. With the real binary in tmux, and on a `TestBackend`.

mod common;

use atelier::case;
use atelier::exam::grading::Decision;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::tui::app::App;
use atelier::tui::review_run::{review_app_with, ReviewMode};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::workspace::store;
use common::tmux::Session;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn bundle(tmp: &Path, candidate: &str, file: &Path) -> PathBuf {
    let dir = tmp.join(format!("ws-{candidate}"));
    let ws = store::init(&dir, case::load_default(), candidate, true).unwrap();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    atelier::bundle::write_bundle(&ws, file, Lang::Fr).unwrap();
    drop(ws);
    std::fs::remove_dir_all(&dir).unwrap();
    file.to_path_buf()
}

fn open(file: &Path, examiner: &str, moderate: bool) -> App {
    let bundle = review::open(file).unwrap();
    let grades = review::grades_for(&bundle).unwrap();
    let mut app = review_app_with(
        &bundle,
        grades,
        examiner,
        Err("none".into()),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
        ReviewMode {
            moderate,
            anonymous: false,
        },
    );
    app.review.as_mut().unwrap().clock = || "2026-06-15T09:00:00Z".to_string();
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// Scores A2's four criteria and decides with `decision_key`, then saves.
fn grade_a2(app: &mut App, file: &Path, scores: [char; 4], decision_key: char) {
    app.open_exercise("A2");
    if !app.review.as_ref().unwrap().grading {
        key(app, KeyCode::Char('g'));
    }
    app.review.as_mut().unwrap().criterion = 0;
    for (i, s) in scores.into_iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Down);
        }
        key(app, KeyCode::Char(s));
    }
    key(app, KeyCode::Char(decision_key));
    review::save_grades(
        &review::grades_path(file),
        &app.review.as_ref().unwrap().to_save(),
    )
    .unwrap();
}

fn panel(app: &App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 60)).unwrap();
    terminal
        .draw(|f| atelier::tui::view::render(app, f))
        .unwrap();
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
        .map(|r| r.split('│').nth(1).unwrap_or(r).trim().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_second_marker_is_blind_until_both_decided_and_moderation_records_the_agreed_grade() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Camille", &tmp.path().join("class/camille.zip"));
    let mut eve = open(&file, "Eve", false);
    grade_a2(&mut eve, &file, ['4', '4', '3', '3'], 'v');
    // Paul sees none of Eve's marks while he grades.
    let mut paul = open(&file, "Paul", false);
    paul.open_exercise("A2");
    key(&mut paul, KeyCode::Char('g'));
    let shown = panel(&paul);
    assert!(shown.contains("quand tous ont décidé"), "{shown}");
    assert!(!shown.contains("Eve"), "{shown}");
    grade_a2(&mut paul, &file, ['1', '4', '3', '2'], 'x');
    // Both decided: each sees the other's, and the gap of 3 levels on A2-1 is flagged.
    let shown = panel(&paul);
    assert!(shown.contains("Eve ✔ validé 14/16"), "{shown}");
    assert!(
        shown.contains("· Eve 4 ⚠ écart de plus d'un niveau"),
        "{shown}"
    );
    let saved = review::load_grades(&review::grades_path(&file))
        .unwrap()
        .unwrap();
    assert_eq!(saved.examiners(), ["Eve", "Paul"]);
    assert_eq!(saved.agreed_decision("A2"), None, "they differ");
    // Moderation: both side by side, the agreed grade recorded apart.
    let mut zoe = open(&file, "Zoé", true);
    zoe.open_exercise("A2");
    key(&mut zoe, KeyCode::Char('g'));
    let shown = panel(&zoe);
    assert!(shown.contains("MODÉRATION"), "{shown}");
    assert!(shown.contains("· Eve 4 · Paul 1 ⚠"), "{shown}");
    grade_a2(&mut zoe, &file, ['3', '4', '3', '2'], 'v');
    let saved = review::load_grades(&review::grades_path(&file))
        .unwrap()
        .unwrap();
    assert_eq!(
        saved.examiners(),
        ["Eve", "Paul"],
        "the moderator is no marker"
    );
    assert_eq!(saved.agreed.as_ref().unwrap().examiner, "Zoé");
    assert_eq!(saved.agreed_decision("A2"), Some(Decision::Validated));
    // Every change is in the history, each with its examiner; the agreed ones marked so.
    let who: Vec<(&str, bool)> = saved
        .criterion_history("A2", "A2-1")
        .map(|c| (c.examiner.as_str(), c.agreed))
        .collect();
    assert_eq!(who, [("Eve", false), ("Paul", false), ("Zoé", true)]);
    // Eve's record was never changed by the others.
    assert_eq!(
        saved.marker("Eve").unwrap().decision("A2"),
        Some(Decision::Validated)
    );
}

#[test]
fn a_format_1_grades_file_migrates_and_its_original_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Camille", &tmp.path().join("camille.zip"));
    let sha = review::file_sha256(&file).unwrap();
    let old = format!(
        r#"{{"format": 1, "bundle": "camille.zip", "bundle_sha256": "{sha}",
        "candidate": "Camille", "case_id": "maison-verdier", "examiner": "Eve",
        "updated": "2026-06-01T10:00:00Z", "kept_field": "x",
        "exercises": {{"A2": {{"criteria": {{"A2-1": {{"score": 2, "comment": "juste"}}}},
        "decision": "not_validated", "examiner": "Eve", "updated": "2026-06-01T10:00:00Z"}}}}}}"#
    );
    let path = review::grades_path(&file);
    std::fs::write(&path, &old).unwrap();
    let mut paul = open(&file, "Paul", false);
    grade_a2(&mut paul, &file, ['3', '3', '3', '3'], 'v');
    assert_eq!(
        std::fs::read_to_string(review::original_path(&path)).unwrap(),
        old
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["format"], 2);
    assert_eq!(saved["kept_field"], "x");
    assert_eq!(saved["markers"][0]["examiner"], "Eve");
    assert_eq!(
        saved["markers"][0]["exercises"]["A2"]["criteria"]["A2-1"]["comment"],
        "juste"
    );
    assert_eq!(saved["markers"][1]["examiner"], "Paul");
    assert_eq!(saved["history"][0]["what"], "migrated");
    // A second save keeps the first original.
    grade_a2(&mut paul, &file, ['3', '3', '3', '4'], 'v');
    assert_eq!(
        std::fs::read_to_string(review::original_path(&path)).unwrap(),
        old
    );
}

#[test]
fn a_bundle_changed_after_grading_is_to_grade_again_until_graded_again() {
    let tmp = tempfile::tempdir().unwrap();
    let class = tmp.path().join("class");
    let file = bundle(tmp.path(), "Camille", &class.join("camille.zip"));
    let mut eve = open(&file, "Eve", false);
    grade_a2(&mut eve, &file, ['3', '3', '3', '3'], 'v');
    // Handed in again: a new bundle under the same name.
    bundle(tmp.path(), "Camille bis", &file);
    let state = |lang: &str| {
        let out_file = tmp.path().join("notes.csv");
        let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
            .args(["--lang", lang, "gradebook"])
            .arg(&class)
            .arg("-o")
            .arg(&out_file)
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = std::fs::read_to_string(&out_file).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader.headers().unwrap().clone();
        let at = header
            .iter()
            .position(|h| h == "état" || h == "state")
            .unwrap();
        let row = reader.records().next().unwrap().unwrap();
        row[at].to_string()
    };
    assert_eq!(state("fr"), "à noter de nouveau");
    let mut eve = open(&file, "Eve", false);
    assert!(eve.review.as_ref().unwrap().stale);
    assert!(panel(&eve).contains("le paquet a changé"));
    grade_a2(&mut eve, &file, ['3', '3', '3', '4'], 'v');
    assert!(!eve.review.as_ref().unwrap().stale);
    assert_eq!(state("en"), "in progress");
}

#[test]
fn two_markers_and_moderation_in_the_real_terminal() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Camille", &tmp.path().join("class/camille.zip"));
    let tmux = Session::new(format!("atelier-markers-{}", std::process::id())).target("m");
    let run = |who: &str, extra: &str, scores: [&str; 4], decide: &str, check: &dyn Fn(&str)| {
        let command = format!(
            "exec {} review {} --examiner '{who}' {extra} --lang fr",
            env!("CARGO_BIN_EXE_atelier"),
            file.display()
        );
        assert!(tmux.start(150, 50, &command).status.success());
        tmux.wait_for("lecture seule");
        tmux.keys(&["Down", "Enter"]);
        tmux.wait_for("Notation · A2");
        tmux.keys(&["g"]);
        for (i, s) in scores.iter().enumerate() {
            if i > 0 {
                tmux.keys(&["Down"]);
            }
            tmux.keys(&[s]);
        }
        check(&tmux.screen());
        tmux.keys(&[decide]);
        tmux.keys(&["Up", "Up", "Up"]);
        let shown = tmux.wait_for("notation enregistrée");
        tmux.keys(&["q"]);
        let start = Instant::now();
        while tmux.is_running() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "review did not quit"
            );
            sleep(Duration::from_millis(50));
        }
        shown
    };
    let eve = run("Eve", "", ["4", "4", "3", "3"], "v", &|_| {});
    assert!(eve.contains("validé"), "{eve}");
    let paul = run("Paul", "", ["1", "4", "3", "2"], "x", &|screen| {
        // Before deciding: Eve's marks hidden.
        assert!(screen.contains("quand tous ont"), "{screen}");
        assert!(!screen.contains("Eve 4"), "{screen}");
    });
    assert!(paul.contains("Eve 4"), "{paul}");
    assert!(paul.contains("⚠"), "{paul}");
    let zoe = run("Zoé", "--moderate", ["3", "4", "3", "2"], "v", &|screen| {
        assert!(screen.contains("MODÉRATION"), "{screen}");
        assert!(screen.contains("Eve 4 · Paul 1 ⚠"), "{screen}");
    });
    assert!(zoe.contains("MODÉRATION"), "{zoe}");
    let saved = review::load_grades(&review::grades_path(&file))
        .unwrap()
        .unwrap();
    assert_eq!(saved.examiners(), ["Eve", "Paul"]);
    assert_eq!(saved.agreed_decision("A2"), Some(Decision::Validated));
    assert_eq!(saved.agreed.unwrap().examiner, "Zoé");
}
