//! Issue 15 on a `TestBackend`: the organisation screen (F4) opens from
//! anywhere (home, a workbench, a text field), steps through its sections, finds a word,
//! and closes back where the person was; snapshots at 120x40 and 80x24.

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

fn app() -> App {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Camille Martin",
        false,
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
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn screen(app: &mut App, width: u16, height: u16) -> String {
    app.handle_event(&Event::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    format!("{}", terminal.backend())
}

fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    app.handle_event(&Event::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::render(app, frame)).unwrap();
    terminal
}

#[test]
fn f4_opens_the_case_facts_from_home_and_esc_closes_them() {
    let mut app = app();
    key(&mut app, KeyCode::F(4));
    assert_eq!(app.mode(), Mode::Facts);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Organisation · Maison Verdier"), "{s}");
    assert!(s.contains("Salariés : 1") && s.contains("150"), "{s}");
    key(&mut app, KeyCode::Esc);
    assert!(app.facts.is_none());
    assert_eq!(app.mode(), Mode::Home);
}

#[test]
fn the_competitors_of_a2_are_on_the_organisation_screen_and_found_by_search() {
    let mut app = app();
    app.open_exercise("A2");
    // The brief points at this screen by its key.
    let brief = &app.case.exercise("A2").unwrap().brief;
    assert!(brief.contains("écran Organisation, touche F4"), "{brief}");
    key(&mut app, KeyCode::F(4));
    key(&mut app, KeyCode::Char('/'));
    assert_eq!(app.mode(), Mode::FactsSearch);
    type_text(&mut app, "ManoMano");
    key(&mut app, KeyCode::Enter);
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Entreprises comparées"), "{s}");
    assert!(s.contains("ManoMano"), "{s}");
    // Closing goes back to the board, untouched.
    key(&mut app, KeyCode::F(4));
    assert_eq!(app.mode(), Mode::Board);
}

#[test]
fn tab_steps_through_the_sections_and_the_processings_of_a7_are_there() {
    let mut app = app();
    app.open_exercise("A7");
    key(&mut app, KeyCode::F(4));
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("Traitements de données"), "{s}");
    assert!(s.contains("Programme de fidélité Verdier+"), "{s}");
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.facts.as_ref().unwrap().section, 4);
}

#[test]
fn f4_in_a_text_field_keeps_what_was_typed() {
    let mut app = app();
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Réseau de 38 magasins");
    key(&mut app, KeyCode::F(4));
    assert_eq!(app.mode(), Mode::Facts);
    key(&mut app, KeyCode::Esc);
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    type_text(&mut app, " en AURA");
    key(&mut app, KeyCode::Enter);
    let text = &app
        .workspace
        .answer("A2")
        .unwrap()
        .board
        .as_ref()
        .unwrap()
        .items[0]
        .text;
    assert_eq!(text, "Réseau de 38 magasins en AURA");
}

#[test]
fn help_on_every_screen_lists_f4() {
    let mut app = app();
    key(&mut app, KeyCode::Char('?'));
    assert!(screen(&mut app, 120, 40).contains("écran Organisation"));
    key(&mut app, KeyCode::Esc);
    app.open_exercise("A7");
    key(&mut app, KeyCode::Char('?'));
    assert!(screen(&mut app, 120, 40).contains("F4"));
}

#[test]
fn snapshot_organisation_screen() {
    let mut app = app();
    key(&mut app, KeyCode::F(4));
    insta::assert_snapshot!("facts_120x40", draw(&mut app, 120, 40).backend());
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("facts_actors_80x24", draw(&mut app, 80, 24).backend());
}

#[test]
fn an_a13_question_is_read_whole_at_80x24_with_v() {
    let mut app = app();
    app.open_exercise("A13");
    let table = screen(&mut app, 80, 24);
    assert!(
        !table.contains("portée par le comité"),
        "the table cuts the question: {table}"
    );
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.mode(), Mode::Detail);
    let popup = screen(&mut app, 80, 24);
    assert!(
        popup.contains("La stratégie numérique est-elle écrite"),
        "{popup}"
    );
    assert!(popup.contains("de direction ?"), "{popup}");
    insta::assert_snapshot!("a13_question_80x24", draw(&mut app, 80, 24).backend());
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Grid);
}

#[test]
fn an_a7_processing_is_read_whole_in_the_detail_popup() {
    let mut app = app();
    app.open_exercise("A7");
    key(&mut app, KeyCode::Char('v'));
    // An empty register: nothing to show, and it says so.
    assert!(app.overlay.is_none());
    assert!(app.status.is_some());
}

#[test]
fn sorting_moving_and_an_impossible_outdent_say_so() {
    let mut app = app();
    app.open_exercise("A13");
    key(&mut app, KeyCode::Char('s'));
    let status = app.status.clone().unwrap().text;
    assert_eq!(status, "Trié par « Dimension », ordre croissant.");
    key(&mut app, KeyCode::Char('s'));
    assert!(app.status.clone().unwrap().text.contains("décroissant"));
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(
        app.status.clone().unwrap().text,
        "Tri retiré : ordre de saisie."
    );
    // A5: the first branch under the root cannot go up a level.
    app.open_exercise("A5");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('<'));
    let status = app.status.clone().unwrap().text;
    assert!(status.starts_with("Impossible de remonter"), "{status}");
    // A2: an item alone in its zone cannot move up.
    app.open_exercise("A2");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Marque connue");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('K'));
    assert_eq!(
        app.status.clone().unwrap().text,
        "Impossible : déjà en haut de la liste."
    );
}

#[test]
fn an_a12_post_is_read_whole_in_the_listening_tab() {
    let mut app = app();
    app.open_exercise("A12");
    // Tab goes through the grids, then the social listening.
    let mut found = None;
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
        if let Some(detail) = app.selection_detail() {
            if detail.fields.iter().any(|(label, _)| label == "Message") {
                found = Some(detail);
                break;
            }
        }
    }
    let detail = found.expect("the listening tab shows its posts");
    let text = &detail
        .fields
        .iter()
        .find(|(l, _)| l == "Message")
        .unwrap()
        .1;
    key(&mut app, KeyCode::Char('v'));
    let popup = screen(&mut app, 80, 24);
    let last_word = text.split_whitespace().last().unwrap();
    assert!(popup.contains(last_word), "{last_word} not in {popup}");
}

#[test]
fn a_mind_map_node_is_read_whole_with_v() {
    let mut app = app();
    app.open_exercise("A5");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.mode(), Mode::Detail);
    let popup = screen(&mut app, 80, 24);
    assert!(
        popup.contains("Jardineries et commerce spécialisé"),
        "{popup}"
    );
}

#[test]
fn f4_during_a_rehearsal_shows_the_facts_and_esc_goes_back_to_the_slides() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), case::load_default(), "", true).unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.open_exercise("A15");
    key(&mut app, KeyCode::F(5));
    assert_eq!(app.mode(), Mode::Presenter);
    key(&mut app, KeyCode::F(4));
    assert!(screen(&mut app, 120, 40).contains("Organisation · Maison Verdier"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Presenter);
}
