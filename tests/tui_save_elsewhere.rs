//! "Save elsewhere" on a `TestBackend`: from the dialog when quitting could not save, `e`
//! opens a path field; Enter asks the shell to write there; the outcome is said (why not,
//! or where) and, once written, Enter quits and Esc stays. The key bar lists each key.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay};
use atelier::tui::keymap::Mode;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// An app whose last save failed on quit: the dialog is open.
fn failed_app(lang: Lang) -> App {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Camille Martin",
        false,
    )
    .unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        lang,
        Theme::new(ThemeName::Default, false),
    );
    app.session.overlay = Some(Overlay::QuitFailed {
        error: "/srv/ws/workspace.json : permission refusée".into(),
    });
    app
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Empties the field and types `path`.
fn type_path(app: &mut App, path: &str) {
    let len = app
        .save_elsewhere
        .as_ref()
        .map_or(0, |s| s.path().chars().count());
    for _ in 0..len {
        key(app, KeyCode::Backspace);
    }
    type_text(app, path);
}

fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.handle_event(&Event::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    terminal
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    format!("{}", draw(app, width, height).backend())
}

#[test]
fn e_opens_a_field_with_a_dated_file_and_typing_goes_into_it() {
    let mut app = failed_app(Lang::Fr);
    assert_eq!(app.mode(), Mode::QuitFailed);
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("e  enregistrer ailleurs"), "{shown}");
    assert!(key(&mut app, KeyCode::Char('e')).is_empty());
    assert_eq!(app.mode(), Mode::SaveElsewhere);
    let proposed = app.save_elsewhere.as_ref().unwrap().path();
    assert!(proposed.contains("atelier-sauvegarde-"), "{proposed}");
    // Letters that are keys elsewhere (q, e, Q) are typed, not obeyed.
    type_path(&mut app, "/tmp/qeQ.json");
    assert_eq!(app.save_elsewhere.as_ref().unwrap().path(), "/tmp/qeQ.json");
    assert_eq!(app.mode(), Mode::SaveElsewhere);
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(effects, vec![Effect::SaveElsewhere("/tmp/qeQ.json".into())]);
}

#[test]
fn a_failure_says_why_and_keeps_the_field() {
    let mut app = failed_app(Lang::Fr);
    key(&mut app, KeyCode::Char('e'));
    type_path(&mut app, "/nulle/part.json");
    key(&mut app, KeyCode::Enter);
    app.saved_elsewhere(Err(
        "/nulle/part.json : fichier ou dossier introuvable".into()
    ));
    assert_eq!(app.mode(), Mode::SaveElsewhere);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains("Rien n'est écrit\u{a0}: /nulle/part.json"),
        "{shown}"
    );
    assert!(shown.contains("/nulle/part.json▏"), "{shown}");
    // Typing again clears the reason; Esc goes back to the choice.
    type_text(&mut app, "x");
    assert!(app.save_elsewhere.as_ref().unwrap().failure.is_none());
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::QuitFailed);
    assert!(app.save_elsewhere.is_none());
}

#[test]
fn once_saved_enter_quits_and_esc_stays() {
    let mut app = failed_app(Lang::En);
    key(&mut app, KeyCode::Char('e'));
    type_path(&mut app, "/tmp/copy.json");
    key(&mut app, KeyCode::Enter);
    app.saved_elsewhere(Ok("/tmp/copy.json".into()));
    assert_eq!(app.mode(), Mode::SavedElsewhere);
    let shown = screen(&mut app, 100, 30);
    assert!(
        shown.contains("The workspace is saved in /tmp/copy.json."),
        "{shown}"
    );
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::QuitUnsaved]);
    // Esc instead: atelier stays open, the dialog closed.
    let mut app = failed_app(Lang::En);
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Enter);
    app.saved_elsewhere(Ok("/tmp/copy.json".into()));
    assert!(key(&mut app, KeyCode::Esc).is_empty());
    assert!(app.session.overlay.is_none());
}

#[test]
fn snapshot_save_elsewhere_80x24() {
    let mut app = failed_app(Lang::Fr);
    key(&mut app, KeyCode::Char('e'));
    type_path(&mut app, "/tmp/atelier-copie.json");
    insta::assert_snapshot!(
        "save_elsewhere_field_80x24",
        draw(&mut app, 80, 24).backend()
    );
    key(&mut app, KeyCode::Enter);
    app.saved_elsewhere(Ok("/tmp/atelier-copie.json".into()));
    insta::assert_snapshot!(
        "save_elsewhere_saved_80x24",
        draw(&mut app, 80, 24).backend()
    );
}
