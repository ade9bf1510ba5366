//! The map workbenches driven by key events on a `TestBackend`: the A5 mind map (add, edit,
//! notes, sources, tags, move, indent, cut and paste, fold, search, undo and redo) and the A3
//! world map, with snapshots of both screens.

use atelier::case;
use atelier::i18n::Lang;
use atelier::model::tree::MindMap;
use atelier::store;
use atelier::tui::app::{App, Overlay};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

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

fn key(app: &mut App, code: KeyCode) {
    key_mod(app, code, KeyModifiers::NONE);
}

fn key_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    app.handle_event(&Event::Key(KeyEvent::new(code, mods)));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn typed(app: &mut App, text: &str) {
    keys(app, text);
    key(app, KeyCode::Enter);
}

fn tree(app: &App) -> MindMap {
    app.current_tree().unwrap().into_owned()
}

fn selected_text(app: &App) -> String {
    let t = tree(app);
    t.text(app.selected_node().unwrap()).to_string()
}

fn outline(app: &App) -> Vec<String> {
    let t = tree(app);
    t.visible()
        .map(|(id, depth)| format!("{}{}", "  ".repeat(depth), t.text(id)))
        .collect()
}

fn screen(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

#[test]
fn a_new_map_starts_from_the_case_seed_and_grows_by_keys() {
    let mut app = app(false);
    app.open_exercise("A5");
    assert_eq!(tree(&app).len(), 8, "the case's seed");
    assert!(app.workspace.answer("A5").and_then(|a| a.tree.as_ref()).is_none());
    // Root selected: add a fifth sector.
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Maison connectée");
    assert_eq!(selected_text(&app), "Maison connectée");
    // A trend under it, with a note on two lines, a tag and a dated source.
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Arrosage piloté par capteurs");
    key(&mut app, KeyCode::Char('N'));
    keys(&mut app, "Maturité : forte");
    key_mod(&mut app, KeyCode::Char('j'), KeyModifiers::CONTROL);
    typed(&mut app, "Horizon : 2027");
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('s'));
    typed(&mut app, "Baromètre du numérique");
    typed(&mut app, "Arcep");
    typed(&mut app, "https://www.arcep.fr/");
    typed(&mut app, "2025");
    assert!(app.overlay.is_none());
    let t = tree(&app);
    let id = app.selected_node().unwrap();
    let c = t.content(id).unwrap();
    assert_eq!(c.note, "Maturité : forte\nHorizon : 2027");
    assert_eq!(c.tags, ["technologie"]);
    assert_eq!(c.sources[0].year, Some(2025));
    assert_eq!(c.sources[0].url, "https://www.arcep.fr/");
    assert_eq!(t.depth(id), 2);
    // A sibling after it, then indent it under the previous one.
    key(&mut app, KeyCode::Char('o'));
    typed(&mut app, "Domotique du jardin");
    key(&mut app, KeyCode::Char('>'));
    let t = tree(&app);
    assert_eq!(t.depth(app.selected_node().unwrap()), 3);
    key(&mut app, KeyCode::Char('<'));
    assert_eq!(tree(&app).depth(app.selected_node().unwrap()), 2);
}

#[test]
fn undo_and_redo_every_structural_edit() {
    let mut app = app(false);
    app.open_exercise("A5");
    let before = outline(&app);
    key(&mut app, KeyCode::Char('j')); // first sector
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(tree(&app).len(), 4, "the sector and its three children went");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(outline(&app), before);
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(tree(&app).len(), 4);
    key(&mut app, KeyCode::Char('u'));
    // Move the second sector up, then undo.
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Char('K'));
    assert_ne!(outline(&app), before);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(outline(&app), before);
    // A cancelled new node leaves nothing behind, and nothing to redo.
    key(&mut app, KeyCode::Char('a'));
    keys(&mut app, "brouillon");
    key(&mut app, KeyCode::Esc);
    assert_eq!(outline(&app), before);
    assert_eq!(selected_text(&app), "Animalerie et services aux animaux");
}

#[test]
fn cut_and_paste_a_branch_elsewhere() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('j')); // Jardineries
    key(&mut app, KeyCode::Char('j')); // Technologies
    key(&mut app, KeyCode::Char('x'));
    assert!(!outline(&app).iter().any(|l| l.trim() == "Technologies"));
    key(&mut app, KeyCode::Char('G')); // last sector
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(selected_text(&app), "Technologies");
    let t = tree(&app);
    let parent = t.parent(app.selected_node().unwrap()).unwrap();
    assert_eq!(t.text(parent), "Animalerie et services aux animaux");
    // The root cannot be cut.
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(tree(&app).len(), 8);
}

#[test]
fn folding_and_search_on_the_worked_example() {
    let mut app = app(true);
    app.open_exercise("A5");
    let all = tree(&app).len();
    assert_eq!(outline(&app).len(), all);
    key(&mut app, KeyCode::Char('z'));
    assert_eq!(outline(&app).len(), 5, "root and the four sectors");
    key(&mut app, KeyCode::Char('+'));
    assert_eq!(outline(&app).len(), 5 + 12, "one more level: the categories");
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(outline(&app).len(), 5);
    // Searching unfolds what hides the match and jumps to it; n goes to the next one.
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "fevad");
    key(&mut app, KeyCode::Enter);
    assert_eq!(selected_text(&app), "Stock en temps réel et retrait en 2 h");
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(selected_text(&app), "Place de marché des producteurs régionaux");
    key(&mut app, KeyCode::Char('Z'));
    assert_eq!(outline(&app).len(), all);
    // Folding is not an undo step: undo has nothing to take back.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(tree(&app).len(), all);
    assert!(app.status.as_ref().unwrap().text.contains("annuler"));
}

#[test]
fn snapshot_mind_map_worked_example() {
    let mut app = app(true);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    insta::assert_snapshot!(screen(&app, 120, 40).backend());
}

#[test]
fn snapshot_mind_map_seed_with_findings_in_english() {
    let mut app = app(false);
    app.lang = Lang::En;
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('t'));
    assert!(matches!(app.overlay, Some(Overlay::Maps(_))));
    insta::assert_snapshot!(screen(&app, 100, 30).backend());
}
