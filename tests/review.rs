//! The examiners' review on a `TestBackend`: nothing done in it can change the bundle or the
//! candidate's work, grades are entered with keys and saved beside the bundle, a bundle that
//! fails verification shows its warning on every screen; snapshots of the review screens.

use atelier::case;
use atelier::exam::grading::Decision;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Screen};
use atelier::tui::review_run::{review_app, Material};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::code::effect::CodeEffect;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The worked example's sources (A5) are judged on a fixed day, not the calendar's, so the
/// screens do not change in 2028.
fn pin_today() {
    std::env::set_var(
        "ATELIER_TODAY",
        atelier::workbench::mindmap::check::TEST_TODAY,
    );
}

fn example_bundle(dir: &Path) -> PathBuf {
    pin_today();
    let ws = store::init(
        &dir.join("ws"),
        case::load_default(),
        "Camille Martin",
        true,
    )
    .unwrap();
    let file = dir.join("class").join("camille.zip");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    std::fs::remove_dir_all(dir.join("ws")).unwrap();
    file
}

fn examiner_file() -> Material {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
    atelier::exam::examiner::load(&path, "maison-verdier").map_err(|e| e.to_string())
}

fn open_review(file: &Path) -> App {
    let bundle = review::open(file).unwrap();
    let grades = review::grades_for(&bundle).unwrap();
    let mut app = review_app(
        &bundle,
        grades,
        "Eve Durand",
        examiner_file(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    if let Some(review) = app.review.as_mut() {
        review.clock = || "2026-06-15T09:00:00Z".to_string();
    }
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

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

fn screen(app: &App) -> String {
    draw(app, 120, 40).backend().to_string()
}

fn sha(path: &Path) -> String {
    review::file_sha256(path).unwrap()
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn no_key_in_a_review_changes_the_candidates_work_or_the_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let before = sha(&file);
    let mut app = open_review(&file);
    let original = app.workspace.clone();
    let mut effects = Vec::new();
    // Every exercise, every editing key of the board and notes screens, and typing.
    for _ in 0..18 {
        effects.extend(key(&mut app, KeyCode::Char('}')));
        for code in [
            KeyCode::Char('a'),
            KeyCode::Char('x'),
            KeyCode::Enter,
            KeyCode::Char('d'),
            KeyCode::Char('e'),
            KeyCode::Char('s'),
            KeyCode::Char('K'),
            KeyCode::Char('J'),
            KeyCode::Char('H'),
            KeyCode::Char('M'),
            KeyCode::Char('u'),
            KeyCode::Char('r'),
            KeyCode::Char('l'),
            KeyCode::Delete,
            KeyCode::Tab,
            KeyCode::Char('a'),
            KeyCode::Enter,
        ] {
            effects.extend(key(&mut app, code));
            effects.extend(chars(&mut app, "zz"));
        }
        assert_eq!(app.workspace, original, "the work changed in a review");
        assert!(!app.dirty);
    }
    assert!(
        !effects.contains(&Effect::SaveNow),
        "a review asked to save the workspace"
    );
    assert!(screen(&app).contains("lecture seule"));
    assert_eq!(sha(&file), before);
    assert_eq!(listing(file.parent().unwrap()), ["camille.zip"]);
}

#[test]
fn an_editing_key_is_refused_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('a'));
    assert!(app.overlay.is_none());
    let status = app.status.clone().unwrap();
    assert!(status.text.contains("lecture seule"), "{}", status.text);
    // Notes cannot be edited either.
    app.open_exercise("A9");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "ajout");
    assert_eq!(app.workspace, app.review.as_ref().unwrap().original);
}

#[test]
fn grades_are_entered_with_keys_and_saved_beside_the_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(chars(&mut app, "3"), vec![Effect::SaveGrades]);
    key(&mut app, KeyCode::Down);
    assert!(chars(&mut app, "9").is_empty()); // above the scale of 4: refused
    let status = app.status.clone().unwrap().text;
    assert_eq!(status, "Note 9 refusée : le critère A2-2 se note de 0 à 4.");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('c'));
    chars(&mut app, "Forces étayées");
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveGrades]);
    // Two criteria unscored: validating asks first; the same key again validates.
    assert!(key(&mut app, KeyCode::Char('v')).is_empty());
    let status = app.status.clone().unwrap().text;
    assert!(
        status.starts_with("2 critères ne sont pas notés"),
        "{status}"
    );
    assert_eq!(app.review.as_ref().unwrap().grades.decision("A2"), None);
    assert_eq!(key(&mut app, KeyCode::Char('v')), vec![Effect::SaveGrades]);
    let review = app.review.as_ref().unwrap();
    let a2 = app.case.exercise("A2").unwrap();
    assert_eq!(review.grades.score(a2).points, 4);
    assert_eq!(review.grades.decision("A2"), Some(Decision::Validated));
    let comment = &review.grades.exercise("A2").unwrap().criteria["A2-2"].comment;
    assert_eq!(comment, "Forces étayées");
    // Esc in a comment puts the previous one back.
    key(&mut app, KeyCode::Char('c'));
    chars(&mut app, " mais");
    key(&mut app, KeyCode::Esc);
    let review = app.review.as_ref().unwrap();
    assert_eq!(
        review.grades.exercise("A2").unwrap().criteria["A2-2"].comment,
        "Forces étayées"
    );
    // The shell writes them; they load again, beside the bundle and not in it.
    let path = review::grades_path(&file);
    review::save_grades(&path, &review.to_save()).unwrap();
    let loaded = review::load_grades(&path).unwrap().unwrap();
    assert_eq!(loaded.examiners(), ["Eve Durand"]);
    assert_eq!(loaded.candidate, "Camille Martin");
    assert_eq!(loaded.bundle_sha256, sha(&file));
    let record = loaded.marker("Eve Durand").unwrap();
    assert_eq!(record.exercises["A2"].updated, "2026-06-15T09:00:00Z");
    // Every change is in the history, with who and when: two scores, the comment (once,
    // when its field closed, then put back by Esc), the decision.
    let whats: Vec<&str> = loaded.history.iter().map(|c| c.what.as_str()).collect();
    assert_eq!(
        whats,
        ["score", "score", "score", "comment", "decision"],
        "{:?}",
        loaded.history
    );
    assert!(loaded
        .history
        .iter()
        .all(|c| c.examiner == "Eve Durand" && c.at == "2026-06-15T09:00:00Z"));
    assert!(atelier::bundle::verify(&file).is_ok());
}

/// Rewrites a bundle with one entry's bytes changed (the manifest left as it was).
fn tamper(file: &Path, entry: &str) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut files = Vec::new();
    for i in 0..archive.len() {
        let mut e = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).unwrap();
        if e.name() == entry {
            let text = String::from_utf8(bytes).unwrap();
            bytes = text
                .replacen(
                    "Conseil expert en magasin, reconnu",
                    "Conseil EXPERT en magasin, reconnu",
                    1,
                )
                .into_bytes();
        }
        files.push((e.name().to_string(), bytes));
    }
    let mut out = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    for (name, bytes) in files {
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn a_bundle_failing_verification_warns_on_every_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    tamper(&file, "workspace.json");
    let mut app = open_review(&file);
    assert!(app.review.as_ref().unwrap().integrity.is_err());
    let mut screens = vec![screen(&app)];
    app.open_exercise("A2");
    screens.push(screen(&app));
    key(&mut app, KeyCode::Char('g'));
    screens.push(screen(&app));
    key(&mut app, KeyCode::Char('?'));
    screens.push(screen(&app));
    key(&mut app, KeyCode::Esc);
    app.open_exercise("A9");
    screens.push(screen(&app));
    screens.push(draw(&app, 30, 10).backend().to_string());
    for shown in &screens {
        assert!(shown.contains("PAQUET NON CONFORME"), "{shown}");
    }
    // The changed text is what the examiner sees.
    assert!(screens[1].contains("Conseil EXPERT"));
}

#[test]
fn snapshot_review_home() {
    pin_today();
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('g'));
    chars(&mut app, "3");
    // Three criteria unscored: the first v asks, the second validates.
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Esc);
    insta::assert_snapshot!(draw(&app, 120, 32).backend());
}

#[test]
fn snapshot_review_grading_a2() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('g'));
    chars(&mut app, "3");
    key(&mut app, KeyCode::Down);
    chars(&mut app, "4");
    key(&mut app, KeyCode::Char('c'));
    chars(&mut app, "Preuves solides");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('x'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_review_a7_with_planted_flaws() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A7");
    key(&mut app, KeyCode::Char('g'));
    for _ in 0..3 {
        key(&mut app, KeyCode::PageDown);
    }
    insta::assert_snapshot!(draw(&app, 120, 36).backend());
}

#[test]
fn snapshot_tampered_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    tamper(&file, "workspace.json");
    let app = open_review(&file);
    let shown = draw(&app, 100, 14).backend().to_string();
    // The bundle's path is a temporary folder: keep only the screen's first line.
    insta::assert_snapshot!(shown.lines().next().unwrap_or_default());
}

/// Trainers' key display (not a review feature, but driven the same way).
#[test]
fn the_key_display_shows_the_keys_pressed_with_their_help() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), case::load_default(), "", true).unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Projector, false),
    );
    assert!(!screen(&app).contains("descendre"));
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Conseil");
    let shown = screen(&app);
    for label in [
        "↓  descendre",
        "Entrée/Enter  ouvrir",
        "a  ajouter",
        "⌨  saisie",
    ] {
        assert!(shown.contains(label), "{label} not shown:\n{shown}");
    }
    // Typing shows once, not letter by letter; only the last four keys stay.
    assert_eq!(app.key_display.as_ref().unwrap().len(), 4);
    assert_eq!(shown.matches("⌨  saisie").count(), 1);
    insta::assert_snapshot!(draw(&app, 80, 20).backend());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(2));
    assert!(app.key_display.is_none());
    assert!(!screen(&app).contains("descendre"));
}

#[test]
fn the_review_draws_at_every_size_without_losing_its_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    for (width, height) in [(40, 12), (60, 20), (100, 30), (200, 60)] {
        app.size = ratatui::layout::Rect::new(0, 0, width, height);
        let home = draw(&app, width, height).backend().to_string();
        assert!(home.contains("RÉVISION"), "{width}x{height}:\n{home}");
        app.open_exercise("A11");
        key(&mut app, KeyCode::Char('g'));
        let grading = draw(&app, width, height).backend().to_string();
        // Narrow terminals show the grading panel over the whole body.
        assert!(grading.contains("Notation"), "{width}x{height}:\n{grading}");
        key(&mut app, KeyCode::Char('g'));
        key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn the_a1_program_handed_in_is_shown_beside_the_rubric() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Camille",
        true,
    )
    .unwrap();
    std::fs::create_dir_all(tmp.path().join("ws/A1")).unwrap();
    std::fs::write(
        tmp.path().join("ws/A1/program.py"),
        "def points_fidelite(montant, statut):\n    \"\"\"Points du ticket.\"\"\"\n    return 0\n",
    )
    .unwrap();
    let file = tmp.path().join("camille.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    let mut app = open_review(&file);
    app.open_exercise("A1");
    key(&mut app, KeyCode::Char('g'));
    // The files come after the rubric and the examiner's material: scroll down to them.
    let mut shown = screen(&app);
    for _ in 0..80 {
        if shown.contains("A1/program.py") {
            break;
        }
        key(&mut app, KeyCode::PageDown);
        shown = screen(&app);
    }
    assert!(shown.contains("A1/program.py"), "{shown}");
    assert!(shown.contains("Points du ticket"), "{shown}");
}

#[test]
fn the_a7_sheet_opens_its_forms_for_reading_but_keeps_every_finding() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    let original = app.workspace.clone();
    app.open_exercise("A7");
    let before = screen(&app);
    key(&mut app, KeyCode::Enter);
    let form = screen(&app);
    assert_ne!(before, form, "Enter should open the processing's form");
    for code in [
        KeyCode::Enter,
        KeyCode::Char('a'),
        KeyCode::Char('d'),
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Char('x'),
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Tab,
        KeyCode::Enter,
        KeyCode::Char('x'),
        KeyCode::Delete,
    ] {
        key(&mut app, code);
        chars(&mut app, "zz");
        assert_eq!(app.workspace, original);
    }
    // A refused edit says so (until the next key).
    key(&mut app, KeyCode::Delete);
    assert!(app.status.is_some());
}

#[test]
fn every_exercise_screen_shows_the_grading_panel_in_a_review() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    let ids: Vec<String> = app.case.exercises.iter().map(|e| e.id.clone()).collect();
    for id in ids {
        app.open_exercise(&id);
        let shown = draw(&app, 140, 40).backend().to_string();
        assert!(
            shown.contains(&format!("Notation · {id}")),
            "{id} has no grading panel:\n{shown}"
        );
        assert!(
            !shown.contains("Consigne"),
            "{id} shows the brief:\n{shown}"
        );
    }
}

/// The screen with run durations (which vary from run to run) written `N ms`, followed by as
/// many spaces as the number had digits beyond one, so that a line keeps its width however
/// long the run took.
fn without_durations(screen: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let mut rest = screen.chars().peekable();
    while let Some(c) = rest.next() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let tail: String = std::iter::once(c).chain(rest.clone().take(2)).collect();
            if tail == " ms" {
                // `N ms`, then as many spaces as digits were dropped, so the line keeps its
                // width whatever the duration (a 9 ms run and a 43 ms run draw the same).
                out.push_str("N ms");
                out.push_str(&" ".repeat(digits.len() - 1));
                rest.next();
                rest.next();
                digits.clear();
                continue;
            }
            out.push_str(&digits);
            digits.clear();
        }
        out.push(c);
    }
    out.push_str(&digits);
    out
}

#[test]
fn snapshot_review_a1_shows_the_bundles_program_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    app.open_exercise("A1");
    let shown = draw(&app, 120, 36).backend().to_string();
    assert!(!shown.contains("absent ou vide"), "{shown}");
    assert!(shown.contains("lecture seule"), "{shown}");
    insta::assert_snapshot!(without_durations(&shown));
}

#[test]
fn the_a1_screen_in_review_agrees_with_check_and_offers_no_editing_key() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let ws = store::init(&dir, case::load_default(), "Camille Martin", true).unwrap();
    let file = tmp.path().join("camille.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    // What `atelier check` says of this folder.
    let opened = store::open(&dir, false).unwrap();
    let checked = atelier::workbench::check::check_workspace(&opened.case.case, &opened.workspace);
    let in_folder = checked.iter().find(|r| r.id == "A1").unwrap();
    let program = std::fs::read_to_string(dir.join("A1/program.py")).unwrap();

    let mut app = open_review(&file);
    app.open_exercise("A1");
    let in_review = app.reports.iter().find(|r| r.id == "A1").unwrap();
    assert_eq!(in_review.status, in_folder.status);
    let messages = |r: &atelier::workbench::check::ExerciseReport| {
        r.findings
            .iter()
            .map(|f| f.message(Lang::Fr))
            .collect::<Vec<_>>()
    };
    assert_eq!(messages(in_review), messages(in_folder));
    assert_eq!(
        app.workspace
            .answer("A1")
            .unwrap()
            .code
            .as_ref()
            .unwrap()
            .program,
        program
    );

    // The key bar offers reading keys only.
    let shown = screen(&app);
    let bar = shown.lines().last().unwrap().to_string();
    for editing in ["modifier le code", "exécuter", "annuler", "Annuler"] {
        assert!(!bar.contains(editing), "{bar}");
    }
    // Short lines of the program are shown whole, with their numbers.
    for (number, line) in program.lines().enumerate().take(20) {
        if line.starts_with("import ") {
            assert!(
                shown.contains(&format!("│{:>2} {line} ", number + 1)),
                "{shown}"
            );
        }
    }

    // No editing key does anything: no effect, no change, no editor.
    let before = app.workspace.clone();
    let mut effects = Vec::new();
    for code in [
        KeyCode::Char('e'),
        KeyCode::Enter,
        KeyCode::Char('r'),
        KeyCode::F(5),
        KeyCode::Char('u'),
        KeyCode::Char('i'),
        KeyCode::Backspace,
        KeyCode::Delete,
    ] {
        effects.extend(key(&mut app, code));
        if code == KeyCode::Backspace {
            // Backspace goes back home: come back to A1.
            app.open_exercise("A1");
        }
    }
    effects.extend(chars(&mut app, "abc\tdef"));
    for ctrl in ['z', 'y', 'v'] {
        effects.extend(app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char(ctrl),
            KeyModifiers::CONTROL,
        ))));
    }
    effects.extend(app.handle_event(&Event::Paste("print('x')\n".into())));
    assert!(
        effects.iter().all(|e| !matches!(
            e,
            Effect::Code(CodeEffect::RunProgram { .. })
                | Effect::Code(CodeEffect::RunSketch { .. })
                | Effect::Code(CodeEffect::WriteCodeFiles { .. })
        )),
        "{effects:?}"
    );
    assert!(app.workspace == before);
    let after = screen(&app);
    assert!(after.contains("lecture seule"), "{after}");
    assert!(!after.contains("abc"), "{after}");
}

#[test]
fn the_review_marks_the_error_line_and_scrolls_the_code() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let ws = store::init(&dir, case::load_default(), "Camille", false).unwrap();
    std::fs::create_dir_all(dir.join("A1")).unwrap();
    let mut program = String::from("\"\"\"Points de fidélité.\"\"\"\n\n\n");
    for i in 0..60 {
        program.push_str(&format!("LIGNE_{i} = {i}\n"));
    }
    // Line 66: the error.
    program.push_str(
        "def points_fidelite(montant, statut):\n    \"\"\"Points.\"\"\"\n    return 1 / 0\n",
    );
    std::fs::write(dir.join("A1/program.py"), &program).unwrap();
    let file = tmp.path().join("camille.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    let mut app = open_review(&file);
    // The hidden tests, run as `atelier review` runs them, point at the error line.
    let bundle = review::open(&file).unwrap();
    let run = atelier::exam::examiner::review_hidden_tests(
        &bundle,
        examiner_file().as_ref().unwrap(),
        Lang::Fr,
    );
    app.review.as_mut().unwrap().hidden_run = run;
    app.open_exercise("A1");
    let terminal = draw(&app, 120, 40);
    let shown = terminal.backend().to_string();
    // The error line (66) is in view, its number marked.
    let row = shown
        .lines()
        .position(|l| l.contains("return 1 / 0"))
        .unwrap_or_else(|| panic!("{shown}"));
    let line = shown.lines().nth(row).unwrap();
    let col = line.find("66 ").unwrap();
    let col = line[..col].chars().count() as u16;
    let cell = &terminal.backend().buffer()[(col, row as u16)];
    assert!(
        cell.modifier.contains(ratatui::style::Modifier::REVERSED),
        "{cell:?}"
    );
    // The first lines are above: up scrolls back to them, down goes on.
    assert!(!shown.contains("LIGNE_0 "), "{shown}");
    for _ in 0..70 {
        key(&mut app, KeyCode::Up);
    }
    assert!(screen(&app).contains("LIGNE_0 "));
    key(&mut app, KeyCode::Down);
    assert!(!screen(&app).contains("Points de fidélité"));
}

#[test]
fn the_examiner_sees_what_the_program_printed_in_each_hidden_test() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let ws = store::init(&dir, case::load_default(), "Camille", false).unwrap();
    std::fs::create_dir_all(dir.join("A1")).unwrap();
    std::fs::write(
        dir.join("A1/program.py"),
        "import sys\n\nprint('\\x1b]0;pwned\\x07avertissement', file=sys.stderr)\n\n\n\
         def points_fidelite(montant, statut):\n    \"\"\"Points.\"\"\"\n    \
         print('trace', montant)\n    return 0\n",
    )
    .unwrap();
    let file = tmp.path().join("camille.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    let mut app = open_review(&file);
    let bundle = review::open(&file).unwrap();
    let run = atelier::exam::examiner::review_hidden_tests(
        &bundle,
        examiner_file().as_ref().unwrap(),
        Lang::Fr,
    );
    app.review.as_mut().unwrap().hidden_run = run;
    app.open_exercise("A1");
    key(&mut app, KeyCode::Char('g'));
    let mut seen = String::new();
    for _ in 0..60 {
        seen.push_str(&screen(&app));
        key(&mut app, KeyCode::PageDown);
    }
    assert!(seen.contains("sortie :"), "{seen}");
    assert!(seen.contains("      trace "), "{seen}");
    assert!(seen.contains("erreurs :"), "{seen}");
    // The output, in the grading panel (the left column), without its escape sequence (the
    // source, there and on the right, shows the program's text as written).
    let panel: Vec<String> = seen.lines().map(|l| l.chars().take(38).collect()).collect();
    assert!(
        panel
            .iter()
            .any(|l| l.starts_with("\"│      avertissement ")),
        "{seen}"
    );
    assert!(
        panel
            .iter()
            .all(|l| !l.contains("pwned") || l.contains("print(")),
        "{seen}"
    );
}

/// Validates every exercise of the bundle, in its grades file.
fn validate_everything(file: &Path) {
    let opened = review::open(file).unwrap();
    let mut file_grades = review::grades_for(&opened).unwrap();
    let grades = file_grades.marker_mut("Eve Durand");
    for exercise in &opened.case.exercises {
        for index in 0..exercise.rubric.len() {
            grades
                .set_score(
                    exercise,
                    index,
                    Some(3),
                    "Eve Durand",
                    "2026-06-15T09:00:00Z",
                )
                .unwrap();
        }
        grades.set_decision(
            &exercise.id,
            Some(Decision::Validated),
            "Eve Durand",
            "2026-06-15T09:00:00Z",
        );
    }
    review::save_grades(&review::grades_path(file), &file_grades).unwrap();
}

/// The mark after "Certification" on the review's home screen.
fn certification_mark(app: &App) -> String {
    let shown = screen(app);
    let line = shown
        .lines()
        .find(|l| l.contains("Certification"))
        .unwrap_or_else(|| panic!("no certification line:\n{shown}"));
    let after = line.split("Certification").nth(1).unwrap();
    after.trim_start().chars().next().unwrap().to_string()
}

#[test]
fn the_review_never_shows_a_bundle_failing_verification_as_certified() {
    let tmp = tempfile::tempdir().unwrap();
    let intact = example_bundle(&tmp.path().join("a"));
    validate_everything(&intact);
    assert_eq!(certification_mark(&open_review(&intact)), "✔");
    // The same grades on a tampered bundle, graded after the change (so not stale).
    let tampered = example_bundle(&tmp.path().join("b"));
    tamper(&tampered, "workspace.json");
    validate_everything(&tampered);
    let app = open_review(&tampered);
    assert!(app.review.as_ref().unwrap().integrity.is_err());
    assert_eq!(certification_mark(&app), "✘");
}

#[test]
fn a_long_a7_value_is_read_whole_in_a_review_and_brackets_step_records() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut app = open_review(&file);
    let original = app.workspace.clone();
    app.open_exercise("A7");
    key(&mut app, KeyCode::Enter);
    let first = screen(&app);
    // `]` is the next record in the form, never the next exercise.
    key(&mut app, KeyCode::Char(']'));
    assert!(matches!(&app.screen, Screen::Exercise(s) if s.exercise == "A7"));
    assert_ne!(screen(&app), first);
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.mode(), atelier::tui::keymap::Mode::Detail);
    let detail = app.selection_detail().unwrap();
    assert!(detail.fields.len() > 10, "every field of the processing");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.workspace, original);
}
