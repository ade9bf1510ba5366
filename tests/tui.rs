//! The interface driven by key events on a `TestBackend`: behaviour of the board workbench
//! (add, edit, evidence, reorder, move, delete, strategies, KPIs, notes, undo/redo) and
//! snapshots of the screens.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay, Panel, Screen};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::board::fields::BoardOverlay;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn app(example: bool) -> App {
    // The worked example's sources (A5) are judged on a fixed day, not the calendar's.
    std::env::set_var(
        "ATELIER_TODAY",
        atelier::workbench::mindmap::check::TEST_TODAY,
    );
    let tmp = tempfile::tempdir().unwrap();
    let candidate = if example { "" } else { "Camille Martin" };
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        candidate,
        example,
    )
    .unwrap();
    App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    )
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    key_mod(app, code, KeyModifiers::NONE)
}

fn key_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, mods)))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn open(app: &mut App, id: &str) {
    app.open_exercise(id);
}

fn board(app: &App, id: &str) -> atelier::workspace::Board {
    app.workspace
        .answer(id)
        .and_then(|a| a.board.clone())
        .unwrap_or_default()
}

fn texts(app: &App, id: &str, zone: &str) -> Vec<String> {
    board(app, id)
        .items_in(zone)
        .map(|i| i.text.clone())
        .collect()
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

#[test]
fn add_edit_and_evidence_with_keys() {
    let mut app = app(false);
    open(&mut app, "A2");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Réseau de 38 magasins");
    // Typed text is in the model before Enter, so an autosave keeps it.
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 magasins"]);
    assert!(app.dirty);
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveNow]);
    key(&mut app, KeyCode::Char('s'));
    type_text(&mut app, "Rapport annuel 2025");
    key(&mut app, KeyCode::Enter);
    assert_eq!(board(&app, "A2").items[0].evidence, "Rapport annuel 2025");
    // Edit the text: Enter opens the field with the current text.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 magasi"]);
}

#[test]
fn cancelling_a_new_item_removes_it_and_cancelling_an_edit_restores_it() {
    let mut app = app(false);
    open(&mut app, "A2");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "brouillon");
    key(&mut app, KeyCode::Esc);
    assert!(texts(&app, "A2", "S").is_empty());
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "gardé");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('e'));
    type_text(&mut app, " puis changé");
    key(&mut app, KeyCode::Esc);
    assert_eq!(texts(&app, "A2", "S"), ["gardé"]);
}

#[test]
fn reorder_move_delete_undo_redo() {
    let mut app = app(false);
    open(&mut app, "A2");
    for text in ["un", "deux", "trois"] {
        key(&mut app, KeyCode::Char('a'));
        type_text(&mut app, text);
        key(&mut app, KeyCode::Enter);
    }
    assert_eq!(texts(&app, "A2", "S"), ["un", "deux", "trois"]);
    // "trois" is selected: move it up twice.
    key(&mut app, KeyCode::Char('K'));
    key_mod(&mut app, KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(texts(&app, "A2", "S"), ["trois", "un", "deux"]);
    // Move "trois" to the next zone (W).
    key(&mut app, KeyCode::Char('M'));
    assert_eq!(texts(&app, "A2", "W"), ["trois"]);
    assert_eq!(texts(&app, "A2", "S"), ["un", "deux"]);
    // Delete it, then undo and redo.
    key(&mut app, KeyCode::Char('d'));
    assert!(texts(&app, "A2", "W").is_empty());
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(texts(&app, "A2", "W"), ["trois"]);
    key_mod(&mut app, KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert!(texts(&app, "A2", "W").is_empty());
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(texts(&app, "A2", "S"), ["trois", "un", "deux"]);
    // Undo goes back to the empty board, then says there is nothing left.
    for _ in 0..20 {
        key(&mut app, KeyCode::Char('u'));
    }
    assert!(board(&app, "A2").items.is_empty());
    assert!(app.status.as_ref().unwrap().text.contains("Rien à annuler"));
}

#[test]
fn tows_strategy_references_items() {
    let mut app = app(false);
    open(&mut app, "A2");
    key(&mut app, KeyCode::Right); // W
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "site web lent");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right); // O
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "click and collect");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    let Screen::Exercise(state) = &app.screen else {
        panic!("exercise screen expected")
    };
    assert_eq!(state.panel, Panel::Strategies);
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(
        app.overlay,
        Some(Overlay::Board(BoardOverlay::PickStrategyKind { .. }))
    ));
    // SO, ST, WO: the third kind.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Refondre le site autour du retrait");
    key(&mut app, KeyCode::Enter);
    let b = board(&app, "A2");
    assert_eq!(b.strategies.len(), 1);
    assert_eq!(b.strategies[0].kind, "WO");
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char(' ')); // the W item comes first
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    let b = board(&app, "A2");
    assert_eq!(b.strategies[0].refs.len(), 2);
    let findings = &app.report("A2").unwrap().findings;
    assert!(
        !findings.iter().any(|f| f.code() == "strategy-missing-zone"),
        "{findings:?}"
    );
}

#[test]
fn kpi_form_chains_name_target_unit() {
    let mut app = app(false);
    open(&mut app, "A11");
    // Zones -> Priorities -> KPIs.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Part du CA en ligne");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "15");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "%");
    key(&mut app, KeyCode::Enter);
    let kpi = &board(&app, "A11").kpis[0];
    assert_eq!(
        (kpi.name.as_str(), kpi.target.as_str(), kpi.unit.as_str()),
        ("Part du CA en ligne", "15", "%")
    );
    assert!(app.overlay.is_none());
}

#[test]
fn priorities_add_and_reorder() {
    let mut app = app(false);
    open(&mut app, "A11");
    key(&mut app, KeyCode::Tab);
    for text in ["Omnicanal", "Données clients"] {
        key(&mut app, KeyCode::Char('a'));
        type_text(&mut app, text);
        key(&mut app, KeyCode::Enter);
    }
    key(&mut app, KeyCode::Char('K'));
    let b = board(&app, "A11");
    let order: Vec<_> = b.priorities.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(order, ["Données clients", "Omnicanal"]);
}

#[test]
fn notes_are_typed_into_the_model() {
    let mut app = app(false);
    open(&mut app, "A4");
    // A4 opens on its sections; the free notes are the last panel.
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Crédit d'impôt");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "innovation");
    assert_eq!(
        app.workspace.answer("A4").unwrap().notes,
        "Crédit d'impôt\ninnovation"
    );
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveNow]);
    // Back on the notes panel, Esc now leaves for home.
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.screen, Screen::Home(_)));
}

#[test]
fn home_navigation_language_and_quit() {
    let mut app = app(false);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current_exercise().unwrap().0.id, "A2");
    key(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang, Lang::En);
    key(&mut app, KeyCode::Char('?'));
    assert!(app.help_open);
    key(&mut app, KeyCode::Esc);
    assert!(!app.help_open);
    assert_eq!(key(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn mouse_click_selects_an_exercise_then_opens_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app(false);
    let click = |row| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 5,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // Title bar, border, "Bloc 1" heading, A1, A2: A2 is on row 4.
    app.handle_event(&click(4));
    assert!(app.current_exercise().is_none());
    app.handle_event(&click(4));
    assert_eq!(app.current_exercise().unwrap().0.id, "A2");
}

#[test]
fn snapshot_home() {
    let app = app(true);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_swot_board() {
    let mut app = app(true);
    open(&mut app, "A2");
    insta::assert_snapshot!(draw(&app, 140, 45).backend());
}

#[test]
fn snapshot_swot_strategies() {
    let mut app = app(true);
    open(&mut app, "A2");
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(draw(&app, 140, 45).backend());
}

#[test]
fn snapshot_business_model_canvas() {
    let mut app = app(true);
    open(&mut app, "A11");
    insta::assert_snapshot!(draw(&app, 160, 48).backend());
}

#[test]
fn snapshot_canvas_kpis_in_english() {
    let mut app = app(true);
    open(&mut app, "A11");
    key(&mut app, KeyCode::Char('L'));
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_help_overlay() {
    let mut app = app(false);
    open(&mut app, "A2");
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn smallest_terminal_still_works_and_smaller_says_so() {
    let mut app = app(true);
    insta::assert_snapshot!("home_40x12", draw(&app, 40, 12).backend());
    open(&mut app, "A2");
    insta::assert_snapshot!("swot_40x12", draw(&app, 40, 12).backend());
    let tiny = format!("{}", draw(&app, 39, 11).backend());
    assert!(tiny.contains("Terminal trop petit"), "{tiny}");
}

#[test]
fn notes_undo_takes_back_a_word_at_a_time_and_redo_brings_it_back() {
    let mut app = app(false);
    // A hand-set clock: no pause between keys, so only words make the steps.
    app.clock = std::sync::Arc::new(atelier::workbench::notes::ui::ManualClock::default());
    open(&mut app, "A4");
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Crédit d'impôt innovation");
    let notes = |app: &App| app.workspace.answer("A4").unwrap().notes.clone();
    key_mod(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(notes(&app), "Crédit d'impôt ");
    assert_eq!(app.status.as_ref().unwrap().text, "Annulé.");
    key_mod(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(notes(&app), "Crédit ");
    key_mod(&mut app, KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert_eq!(notes(&app), "Crédit d'impôt ");
    // Typing goes on where the cursor was put back.
    type_text(&mut app, "recherche");
    assert_eq!(notes(&app), "Crédit d'impôt recherche");
    for _ in 0..5 {
        key_mod(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    }
    assert_eq!(notes(&app), "");
    assert_eq!(app.status.as_ref().unwrap().text, "Rien à annuler.");
}

#[test]
fn a_note_section_s_undo_takes_back_a_word_at_a_time() {
    let mut app = app(false);
    app.clock = std::sync::Arc::new(atelier::workbench::notes::ui::ManualClock::default());
    open(&mut app, "A4");
    // A4 opens on its sections: Enter writes the first one.
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Dépenses éligibles");
    let section = |app: &App| {
        app.workspace
            .answer("A4")
            .unwrap()
            .note
            .as_ref()
            .unwrap()
            .sections[0]
            .text
            .clone()
    };
    assert_eq!(section(&app), "Dépenses éligibles");
    key_mod(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(section(&app), "Dépenses ");
    key_mod(&mut app, KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert_eq!(section(&app), "Dépenses éligibles");
    assert_eq!(app.status.as_ref().unwrap().text, "Rétabli.");
}

#[test]
fn a_field_s_undo_takes_back_a_word_at_a_time_and_a_new_field_starts_afresh() {
    let mut app = app(false);
    app.clock = std::sync::Arc::new(atelier::workbench::notes::ui::ManualClock::default());
    open(&mut app, "A2");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Réseau de 38 magasins");
    let ctrl = |app: &mut App, c: char| key_mod(app, KeyCode::Char(c), KeyModifiers::CONTROL);
    ctrl(&mut app, 'z');
    // Typed text goes to the model as it is typed: the undo does too.
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 "]);
    assert_eq!(app.status.as_ref().unwrap().text, "Annulé.");
    ctrl(&mut app, 'z');
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de "]);
    ctrl(&mut app, 'y');
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 "]);
    assert_eq!(app.status.as_ref().unwrap().text, "Rétabli.");
    // Typing goes on where the cursor was put back, and Enter keeps the field's text.
    type_text(&mut app, "boutiques");
    key(&mut app, KeyCode::Enter);
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 boutiques"]);
    // The next field (the evidence) has nothing to undo of the first.
    key(&mut app, KeyCode::Char('s'));
    ctrl(&mut app, 'z');
    assert_eq!(app.status.as_ref().unwrap().text, "Rien à annuler.");
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    key(&mut app, KeyCode::Esc);
    assert_eq!(texts(&app, "A2", "S"), ["Réseau de 38 boutiques"]);
}
