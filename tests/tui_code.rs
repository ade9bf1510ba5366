//! The A1 screen on a `TestBackend`: snapshots of the editor with the results of a run, of
//! an error pointing at its line, and of the sketch on the canvas; and the screen's keys.

use atelier::case;
use atelier::i18n::Lang;
use atelier::runner::{self as python, sketch, Limits};
use atelier::tui::app::{App, Effect};
use atelier::tui::keymap::Mode;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::code::effect::CodeEffect;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::atomic::AtomicBool;

fn use_built_worker() {
    std::env::set_var(
        python::process::WORKER_EXE_ENV,
        env!("CARGO_BIN_EXE_atelier"),
    );
}

fn app(example: bool, lang: Lang) -> App {
    use_built_worker();
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), case::load_default(), "", example).unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        lang,
        Theme::new(ThemeName::Default, false),
    );
    // Durations vary from run to run: pin them for the snapshots.
    if let Some(run) = app
        .workspace
        .answer_mut("A1")
        .code
        .as_mut()
        .and_then(|c| c.last_run.as_mut())
    {
        run.duration_ms = 30;
    }
    app
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

fn a1_config() -> atelier::workbench::code::config::CodeConfig {
    let case = case::Case::embedded_default();
    case::parse_config("$", &case.exercise("A1").unwrap().config).unwrap()
}

#[test]
fn snapshot_a1_worked_example_with_its_results() {
    let mut app = app(true, Lang::Fr);
    app.open_exercise("A1");
    assert_eq!(app.mode(), Mode::Code);
    insta::assert_snapshot!(draw(&app, 140, 42).backend());
}

#[test]
fn snapshot_a1_runtime_error_points_at_its_line() {
    let mut app = app(false, Lang::En);
    app.open_exercise("A1");
    let program = "# Essai\n\"\"\"Une erreur.\"\"\"\n\n\ndef points_fidelite(montant, statut):\n    \"\"\"Points.\"\"\"\n    return montant // 0\n\n\nprint(points_fidelite(10, 'or'))\n";
    app.reload_code_files("A1", program.into(), String::new());
    let config = a1_config();
    let mut report =
        python::run_tests(program, &config.test_cases(), &Limits::from_config(&config));
    assert_eq!(report.status, python::RunStatus::RuntimeError);
    assert_eq!(report.error_line(), Some(7));
    report.duration_ms = 30;
    app.finish_program_run("A1", report);
    insta::assert_snapshot!(draw(&app, 120, 36).backend());
}

#[test]
fn snapshot_a1_sketch_on_the_canvas() {
    let mut app = app(true, Lang::Fr);
    app.open_exercise("A1");
    key(&mut app, KeyCode::Char('s'));
    let source = app
        .workspace
        .answer("A1")
        .unwrap()
        .code
        .as_ref()
        .unwrap()
        .sketch
        .clone();
    let run = sketch::run_sketch(&source, &Limits::default(), &AtomicBool::new(false));
    app.finish_sketch_run("A1", run);
    while app.animating() {
        app.tick();
    }
    insta::assert_snapshot!(draw(&app, 140, 42).backend());
}

#[test]
fn keys_run_cancel_edit_and_switch() {
    let mut app = app(true, Lang::En);
    app.open_exercise("A1");
    // F5 runs (after writing the files), a second F5 waits, F6 cancels.
    let effects = key(&mut app, KeyCode::F(5));
    assert_eq!(
        effects,
        vec![
            Effect::Code(CodeEffect::WriteCodeFiles {
                exercise: "A1".into()
            }),
            Effect::Code(CodeEffect::RunProgram {
                exercise: "A1".into()
            })
        ]
    );
    assert!(app.animating());
    assert!(key(&mut app, KeyCode::F(5)).is_empty());
    assert_eq!(
        key(&mut app, KeyCode::F(6)),
        vec![Effect::Code(CodeEffect::CancelRun)]
    );
    // Enter gives the editor the keyboard: letters are typed, not commands.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::CodeEditing);
    key(&mut app, KeyCode::Char('q'));
    assert_eq!(
        app.mode(),
        Mode::CodeEditing,
        "q is typed, it does not quit"
    );
    let program = app
        .workspace
        .answer("A1")
        .unwrap()
        .code
        .as_ref()
        .unwrap()
        .program
        .clone();
    assert!(program.starts_with('q'), "{program}");
    // Ctrl+Z undoes inside the editor; Esc leaves it.
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('z'),
        KeyModifiers::CONTROL,
    )));
    let program = app
        .workspace
        .answer("A1")
        .unwrap()
        .code
        .as_ref()
        .unwrap()
        .program
        .clone();
    assert!(!program.starts_with('q'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Code);
    // s shows the sketch; Tab goes to the notes.
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.mode(), Mode::Notes);
    // A1 has its workbench: its notes do not say it comes later.
    let screen = format!("{}", draw(&app, 120, 40).backend());
    assert!(screen.contains("words"), "{screen}");
    assert!(!screen.contains("later version"), "{screen}");
}

#[test]
fn small_terminals_draw_the_a1_screen_without_panicking() {
    let mut app = app(true, Lang::Fr);
    app.open_exercise("A1");
    for (w, h) in [(40, 12), (60, 20), (80, 24), (20, 5)] {
        draw(&app, w, h);
        key(&mut app, KeyCode::Char('s'));
        draw(&app, w, h);
        key(&mut app, KeyCode::Char('s'));
    }
    // Editing with the cursor far right keeps drawing (the line scrolls sideways).
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::End);
    for _ in 0..200 {
        key(&mut app, KeyCode::Char('x'));
    }
    let terminal = draw(&app, 80, 24);
    let screen = format!("{}", terminal.backend());
    assert!(screen.contains("xxxxxxxx"), "{screen}");
}
