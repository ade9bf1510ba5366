//! The note workbench (A4, A9, RE, MI, MC) and the deck workbench (A15) driven by key
//! events on a `TestBackend`: sections, references, scheme picks, the slide limit, the
//! presenter's countdown on a hand-set clock (no sleeping), and snapshots of the screens.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Panel, Screen};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::check::Finding;
use atelier::workbench::notes::ui::ManualClock;
use atelier::workbench::notes::ui::NoteDeckPanel;
use atelier::workspace::store;
use atelier::workspace::{Deck, Note};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;
use std::sync::Arc;
use std::time::Duration;

fn app(example: bool) -> App {
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
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn note(app: &App, id: &str) -> Note {
    app.workspace
        .answer(id)
        .and_then(|a| a.note.clone())
        .unwrap_or_default()
}

fn deck(app: &App) -> Deck {
    app.workspace
        .answer("A15")
        .and_then(|a| a.deck.clone())
        .unwrap_or_default()
}

fn panel(app: &App) -> Panel {
    match &app.screen {
        Screen::Exercise(state) => state.panel,
        Screen::Home(_) => panic!("not in an exercise"),
    }
}

fn findings(app: &App, id: &str) -> Vec<Finding> {
    app.report(id).unwrap().findings.clone()
}

#[test]
fn a_section_is_written_in_place_and_counted_the_french_way() {
    let mut app = app(false);
    app.open_exercise("A9");
    assert_eq!(panel(&app), Panel::NoteDeck(NoteDeckPanel::Sections));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "L'entreprise a peut-être gagné.");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Oui [@chesbrough2003]");
    // Typed text is in the model before Esc, so an autosave keeps it.
    let written = note(&app, "A9");
    assert_eq!(
        written.sections[1].title,
        "Ce que le partage de connaissances a produit"
    );
    assert_eq!(
        written.sections[1].text,
        "L'entreprise a peut-être gagné.\nOui [@chesbrough2003]"
    );
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveNow]);
    // l' + entreprise + a + peut-être + gagné + Oui + [@chesbrough2003] = 7 words.
    assert!(screen_text(&draw(&app, 120, 40)).contains("7 mots (300–800)"));
    assert!(findings(&app, "A9").contains(&Finding::CitationUnknown {
        key: "chesbrough2003".into()
    }));
    // Undo takes the whole edit back.
    key(&mut app, KeyCode::Char('u'));
    assert!(note(&app, "A9").sections.iter().all(|s| s.text.is_empty()));
}

#[test]
fn references_form_asks_each_field_and_escape_drops_a_new_one() {
    let mut app = app(false);
    app.open_exercise("A9");
    key(&mut app, KeyCode::Tab);
    assert_eq!(panel(&app), Panel::NoteDeck(NoteDeckPanel::References));
    key(&mut app, KeyCode::Char('a'));
    // The key comes first, suggested; spaces become hyphens.
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "chesbrough 2003");
    key(&mut app, KeyCode::Enter);
    for field in [
        "Henry Chesbrough",
        "Open Innovation",
        "Harvard Business School Press",
        "2003",
        "",
    ] {
        type_text(&mut app, field);
        key(&mut app, KeyCode::Enter);
    }
    let reference = note(&app, "A9").references[0].clone();
    assert_eq!(reference.id, "chesbrough-2003");
    assert_eq!(reference.author, "Henry Chesbrough");
    assert_eq!(reference.year, "2003");
    assert!(findings(&app, "A9").contains(&Finding::ReferenceUnused {
        key: "chesbrough-2003".into()
    }));
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "x");
    key(&mut app, KeyCode::Esc);
    assert_eq!(note(&app, "A9").references.len(), 1);
}

#[test]
fn a_scheme_is_picked_argued_and_its_counterparts_discussed() {
    let mut app = app(false);
    app.open_exercise("A4");
    key(&mut app, KeyCode::Tab);
    assert_eq!(panel(&app), Panel::NoteDeck(NoteDeckPanel::Schemes));
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(note(&app, "A4").picks[0].scheme, "cir");
    let name = "Crédit d'impôt recherche (CIR)".to_string();
    assert!(
        findings(&app, "A4").contains(&Finding::PickWithoutArgument {
            scheme: name.clone()
        })
    );
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Prévision de la demande avec un laboratoire");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "Dossier technique, rescrit");
    key(&mut app, KeyCode::Enter);
    let found = findings(&app, "A4");
    assert!(!found.iter().any(|f| matches!(
        f,
        Finding::PickWithoutArgument { .. } | Finding::PickWithoutCounterparts { .. }
    )));
    assert!(found.contains(&Finding::TooFewPicks { count: 1, min: 3 }));
    // Arguing an unpicked scheme picks it; Esc takes both back.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('c'));
    type_text(&mut app, "x");
    key(&mut app, KeyCode::Esc);
    assert_eq!(note(&app, "A4").picks.len(), 1);
}

#[test]
fn the_eleventh_slide_is_announced_and_flagged() {
    let mut app = app(false);
    app.open_exercise("A15");
    assert_eq!(panel(&app), Panel::NoteDeck(NoteDeckPanel::Slides));
    for n in 1..=10 {
        key(&mut app, KeyCode::Char('a'));
        type_text(&mut app, &format!("Diapositive {n}"));
        key(&mut app, KeyCode::Enter);
    }
    assert_eq!(deck(&app).slides.len(), 10);
    assert!(app.status.is_none());
    assert!(!findings(&app, "A15")
        .iter()
        .any(|f| matches!(f, Finding::TooManySlides { .. })));
    key(&mut app, KeyCode::Char('a'));
    let status = app.status.clone().unwrap().text;
    assert!(
        status.starts_with("11 diapositives : le cas en autorise 10 au plus"),
        "{status}"
    );
    type_text(&mut app, "Une de trop");
    key(&mut app, KeyCode::Enter);
    assert!(findings(&app, "A15").contains(&Finding::TooManySlides { count: 11, max: 10 }));
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(deck(&app).slides.len(), 10);
}

#[test]
fn points_and_speaker_notes_are_multiline() {
    let mut app = app(false);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Notre demande");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('p'));
    type_text(&mut app, "Valider la phase 1");
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Nommer un comité");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Appel à la décision.");
    key(&mut app, KeyCode::Esc);
    let slide = deck(&app).slides[0].clone();
    assert_eq!(slide.points, ["Valider la phase 1", "Nommer un comité"]);
    assert_eq!(slide.notes, "Appel à la décision.");
    assert_eq!(
        findings(&app, "A15"),
        vec![
            Finding::TooFewObjections { count: 0, min: 5 },
            Finding::NotRehearsed
        ]
    );
}

fn presenting(app: &mut App) -> Arc<ManualClock> {
    let clock = Arc::new(ManualClock::default());
    app.clock = clock.clone();
    app.open_exercise("A15");
    key(app, KeyCode::F(5));
    assert!(app.presenter().is_some());
    clock
}

#[test]
fn presenter_counts_down_records_time_per_slide_and_changes_colour() {
    let mut app = app(true);
    let before = deck(&app).rehearsals.len();
    let clock = presenting(&mut app);
    let screen = screen_text(&draw(&app, 120, 40));
    assert!(screen.contains("limite 10:00"), "{screen}");
    clock.advance(Duration::from_secs(65));
    key(&mut app, KeyCode::Right);
    clock.advance(Duration::from_secs(30));
    key(&mut app, KeyCode::Char('p'));
    clock.advance(Duration::from_secs(300));
    assert!(screen_text(&draw(&app, 120, 40)).contains("EN PAUSE"));
    key(&mut app, KeyCode::Char('p'));
    clock.advance(Duration::from_secs(10));
    key(&mut app, KeyCode::Left);
    // 1:45 spoken (the pause left out): 8:15 left, calm green.
    assert_eq!(
        app.presenter()
            .unwrap()
            .countdown
            .remaining_seconds(clock_now(&app)),
        495
    );
    let green = draw(&app, 120, 40);
    assert!(has_colour(&green, Color::Green));
    clock.advance(Duration::from_secs(480));
    let red = draw(&app, 120, 40);
    assert!(
        has_colour(&red, Color::Red),
        "under 30 s left the clock is red"
    );
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveNow]);
    assert!(app.presenter().is_none());
    let rehearsals = deck(&app).rehearsals;
    assert_eq!(rehearsals.len(), before + 1);
    let last = rehearsals.last().unwrap();
    let seconds: Vec<u64> = last.slides.iter().map(|s| s.seconds).collect();
    assert_eq!(&seconds[..3], &[65 + 480, 40, 0]);
    assert_eq!(last.total_seconds(), 585);
    assert_eq!(last.limit_seconds, 600);
    assert_eq!(last.date, "2026-06-15T10:00:00Z");
}

fn clock_now(app: &App) -> Duration {
    app.clock.now()
}

/// Whether a cell of the countdown's corner (top right) has this foreground colour.
fn has_colour(terminal: &Terminal<TestBackend>, colour: Color) -> bool {
    let buffer = terminal.backend().buffer();
    (0..4).any(|y| {
        (80..buffer.area.width).any(|x| {
            let cell = &buffer[(x, y)];
            cell.fg == colour && cell.symbol() != " "
        })
    })
}

#[test]
fn leaving_the_presenter_at_once_records_nothing() {
    let mut app = app(true);
    let before = deck(&app).rehearsals.len();
    presenting(&mut app);
    assert_eq!(key(&mut app, KeyCode::Esc), Vec::<Effect>::new());
    assert_eq!(deck(&app).rehearsals.len(), before);
}

#[test]
fn snapshot_note_sections() {
    let mut app = app(true);
    app.open_exercise("A9");
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_schemes_table() {
    let mut app = app(true);
    app.open_exercise("A4");
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_references() {
    let mut app = app(true);
    app.open_exercise("MI");
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_slides() {
    let mut app = app(true);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_presenter() {
    let mut app = app(true);
    let clock = presenting(&mut app);
    clock.advance(Duration::from_secs(52));
    key(&mut app, KeyCode::Right);
    clock.advance(Duration::from_secs(23));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_presenter_in_english_near_the_end() {
    let mut app = app(true);
    app.lang = Lang::En;
    let clock = presenting(&mut app);
    for _ in 0..9 {
        key(&mut app, KeyCode::Right);
    }
    clock.advance(Duration::from_secs(590));
    insta::assert_snapshot!(draw(&app, 100, 30).backend());
}

#[test]
fn help_follows_the_workbench_and_the_presenter() {
    let mut app = app(true);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Char('?'));
    let screen = screen_text(&draw(&app, 120, 40));
    assert!(screen.contains("F5  P"), "{screen}");
    assert!(screen.contains("présenter depuis le début"));
    assert!(screen.contains("Maj+F5"), "{screen}");
    assert!(screen.contains("présenter depuis la diapositive choisie"));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::F(5));
    key(&mut app, KeyCode::Char('?'));
    let screen = screen_text(&draw(&app, 120, 40));
    assert!(screen.contains("diapositive suivante"), "{screen}");
    assert!(screen.contains("pause / reprise du chrono"));
    key(&mut app, KeyCode::Esc);
    assert!(
        app.presenter().is_some(),
        "Esc closes the help, not the presenter"
    );
    app.open_exercise("A4");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('?'));
    let screen = screen_text(&draw(&app, 120, 40));
    assert!(screen.contains("discuter les contreparties"), "{screen}");
}

#[test]
fn a_click_selects_a_row_of_the_list() {
    use atelier::tui::app::inner;
    use atelier::tui::layout;
    use atelier::workbench::notes::view::panel_layout;
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    use ratatui::layout::Rect;

    let mut app = app(true);
    app.open_exercise("A15");
    let body = layout::frame(Rect::new(0, 0, 120, 40)).body;
    let exercise = app.case.exercise("A15").unwrap().clone();
    let regions = layout::exercise(body, &exercise, true);
    let list = panel_layout(
        inner(regions.panel),
        Panel::NoteDeck(NoteDeckPanel::Slides),
        false,
    )
    .list;
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: list.x + 1,
        row: list.y + 2,
        modifiers: KeyModifiers::NONE,
    }));
    let Screen::Exercise(state) = &app.screen else {
        panic!("left the exercise");
    };
    assert_eq!(state.bench.note_deck().unwrap().slide, 2);
    assert_eq!(state.panel, Panel::NoteDeck(NoteDeckPanel::Slides));
}

#[test]
fn objections_are_prepared_with_their_answers() {
    let mut app = app(false);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Tab);
    assert_eq!(panel(&app), Panel::NoteDeck(NoteDeckPanel::Objections));
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Quel retour sur investissement ?");
    key(&mut app, KeyCode::Enter);
    assert!(
        findings(&app, "A15").contains(&Finding::ObjectionWithoutAnswer {
            objection: "Quel retour sur investissement ?".into()
        })
    );
    type_text(&mut app, "Point mort en 2028.");
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveNow]);
    let objection = deck(&app).objections[0].clone();
    assert_eq!(objection.objection, "Quel retour sur investissement ?");
    assert_eq!(objection.answer, "Point mort en 2028.");
    assert!(findings(&app, "A15").contains(&Finding::TooFewObjections { count: 1, min: 5 }));
    // Esc on a new objection removes it, objection and answer alike.
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Et la DSI ?");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert_eq!(deck(&app).objections.len(), 1);
}

#[test]
fn snapshot_objections() {
    let mut app = app(true);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn f5_presents_from_the_first_slide_and_shift_f5_from_the_selected_one() {
    let mut app = app(true);
    app.open_exercise("A15");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::F(5));
    assert_eq!(app.presenter().unwrap().countdown.current(), 0);
    key(&mut app, KeyCode::Esc);
    // Leaving the presenter selects the slide it showed: choose the third again.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::F(5),
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.presenter().unwrap().countdown.current(), 2);
}
