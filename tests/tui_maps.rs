//! The map workbenches driven by key events on a `TestBackend`: the A5 mind map (add, edit,
//! notes, sources, tags, move, indent, cut and paste, fold, search, undo and redo) and the A3
//! world map, with snapshots of both screens.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Overlay};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::mindmap::model::MindMap;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn app(example: bool) -> App {
    // The worked example's sources are judged on a fixed day, not the calendar's.
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
    assert!(app
        .workspace
        .answer("A5")
        .and_then(|a| a.tree.as_ref())
        .is_none());
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
    assert_eq!(
        tree(&app).len(),
        4,
        "the sector and its three children went"
    );
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
    key(&mut app, KeyCode::Home);
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
    assert_eq!(
        outline(&app).len(),
        5 + 12,
        "one more level: the categories"
    );
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(outline(&app).len(), 5);
    // Searching unfolds what hides the match and jumps to it; n goes to the next one.
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "fevad");
    key(&mut app, KeyCode::Enter);
    assert_eq!(selected_text(&app), "Stock en temps réel et retrait en 2 h");
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(
        selected_text(&app),
        "Place de marché des producteurs régionaux"
    );
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

// -- A3 world map --

fn world(app: &App) -> atelier::workbench::worldmap::model::WorldMap {
    app.current_map().unwrap()
}

fn view(app: &App) -> atelier::workbench::worldmap::update::MapState {
    match &app.screen {
        atelier::tui::app::Screen::Exercise(state) => state.bench.map().unwrap().clone(),
        _ => panic!("not in an exercise"),
    }
}

#[test]
fn world_map_built_by_keys_until_its_checks_pass() {
    let mut app = app(false);
    app.open_exercise("A3");
    // A title.
    key(&mut app, KeyCode::Char('t'));
    typed(
        &mut app,
        "Où sont les données des clients et qui peut y accéder ?",
    );
    // Eight actors from the case's places (the name proposed is the place's short name).
    for i in 0..8 {
        key(&mut app, KeyCode::Char('p'));
        for _ in 0..i {
            key(&mut app, KeyCode::Down);
        }
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Enter);
        // The first gets a new category, the others take it.
        key(&mut app, KeyCode::Char('c'));
        if i == 0 {
            key(&mut app, KeyCode::Enter);
            typed(&mut app, "Lieux de Maison Verdier et de ses partenaires");
        } else {
            key(&mut app, KeyCode::Enter);
        }
    }
    let m = world(&app);
    assert_eq!(m.actors.len(), 8);
    assert_eq!(m.actors[0].name, "France");
    assert_eq!(m.actors[2].name, "Lyon");
    assert_eq!(
        m.actors[2].place,
        "Lyon (siège de Maison Verdier à Brignais)"
    );
    assert!(m.actors.iter().all(|a| a.category == Some(m.legend[0].id)));
    // A conflict from the selected actor to the first other one: Space changes the kind.
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "désaccord");
    let m = world(&app);
    assert_eq!(m.links.len(), 1);
    assert_eq!(
        m.links[0].kind,
        atelier::workbench::worldmap::model::LinkKind::Conflict
    );
    assert_eq!(m.links[0].label, "désaccord");
    // A recommendation referencing two actors.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Rapatrier les données dans l'UE");
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Enter);
    let m = world(&app);
    assert_eq!(m.recommendations[0].actors.len(), 2);
    let report = app.report("A3").unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // Undo takes back the last tick; redo puts it back.
    key(&mut app, KeyCode::Char('u'));
    assert!(world(&app).recommendations[0].actors.len() < 2);
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(world(&app).recommendations[0].actors.len(), 2);
}

#[test]
fn cursor_pans_and_zooms_and_actors_follow() {
    let mut app = app(true);
    app.open_exercise("A3");
    let start = view(&app);
    assert_eq!(start.zoom, 0);
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('+'));
    let zoomed = view(&app);
    assert_eq!(zoomed.span(), (90.0, 45.0));
    assert_eq!(zoomed.center, zoomed.cursor, "zoom centres on the cursor");
    // Walking east past the edge pans the view.
    for _ in 0..30 {
        key(&mut app, KeyCode::Right);
    }
    let walked = view(&app);
    assert!(walked.cursor.1 > zoomed.cursor.1 + 60.0);
    assert_ne!(walked.center, zoomed.center);
    // n jumps to the next actor and brings it into view; m moves it to the cursor.
    key(&mut app, KeyCode::Char('n'));
    let m = world(&app);
    let second = &m.actors[1];
    assert_eq!(view(&app).cursor, (second.lat, second.lon));
    let in_view = atelier::workbench::worldmap::view::actors_in_view(&m, view(&app).bounds());
    assert!(in_view >= 1);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Char('m'));
    let moved = world(&app).actors[1].clone();
    assert!(moved.lon < second.lon);
    assert!(moved.place.is_empty(), "moved off its place");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(world(&app).actors[1].lon, second.lon);
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(view(&app).zoom, 0);
    // Deleting an actor takes its links and mentions with it.
    let links = world(&app).links.len();
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(world(&app).actors.len(), 11);
    assert!(world(&app).links.len() < links);
}

#[test]
fn legend_symbols_colours_and_link_kinds_change_by_keys() {
    let mut app = app(true);
    app.open_exercise("A3");
    key(&mut app, KeyCode::Tab);
    let before = world(&app).legend[0].clone();
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('c'));
    let after = world(&app).legend[0].clone();
    assert_ne!(after.symbol, before.symbol);
    assert_ne!(after.colour, before.colour);
    key(&mut app, KeyCode::Tab);
    let kind = world(&app).links[0].kind;
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(world(&app).links[0].kind, kind.next());
}

#[test]
fn snapshot_world_map_worked_example() {
    let mut app = app(true);
    app.open_exercise("A3");
    insta::assert_snapshot!(screen(&app, 120, 40).backend());
}

#[test]
fn snapshot_world_map_empty_in_english() {
    let mut app = app(false);
    app.lang = Lang::En;
    app.open_exercise("A3");
    key(&mut app, KeyCode::Char('p'));
    insta::assert_snapshot!(screen(&app, 100, 30).backend());
}

fn click(app: &mut App, column: u16, row: u16) {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

#[test]
fn mouse_selects_an_outline_row_and_moves_the_map_cursor() {
    let mut app = app(false);
    app.handle_event(&Event::Resize(120, 40));
    app.open_exercise("A5");
    // Title bar, then the outline's border: its third row (y = 4) is "Technologies".
    click(&mut app, 60, 4);
    assert_eq!(selected_text(&app), "Technologies");
    app.open_exercise("A3");
    let before = view(&app).cursor;
    click(&mut app, 60, 8);
    let after = view(&app).cursor;
    assert_ne!(before, after);
    assert!((-180.0..=180.0).contains(&after.1) && (-90.0..=90.0).contains(&after.0));
    // The click lands where the eye sees it: left of the centre is west of 0°.
    click(&mut app, 50, 12);
    assert!(view(&app).cursor.1 < 0.0);
}

#[test]
fn snapshot_node_edited_in_place() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('e'));
    keys(&mut app, " de pointe");
    assert_eq!(
        selected_text(&app),
        "Technologies de pointe",
        "typed into the model"
    );
    insta::assert_snapshot!(screen(&app, 100, 24).backend());
}

#[test]
fn help_shows_every_mind_map_key_even_on_40_rows() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('?'));
    let terminal = screen(&app, 160, 40);
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    for help in [
        "ajouter un enfant",
        "plier un niveau",
        "coller comme enfant",
        "quitter",
    ] {
        assert!(text.contains(help), "{help} missing from the help");
    }
}

#[test]
fn notes_of_the_mind_map_are_written_beside_it() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "Veille hebdomadaire");
    key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.workspace.answer("A5").unwrap().notes,
        "Veille hebdomadaire"
    );
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('a'));
    typed(&mut app, "Nouveau secteur");
    assert_eq!(tree(&app).children(tree(&app).root()).len(), 5);
}

#[test]
fn a_source_is_corrected_through_its_form() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    for (title, year) in [("Étude A", "2024"), ("Étude B", "2021")] {
        key(&mut app, KeyCode::Char('s'));
        typed(&mut app, title);
        typed(&mut app, "Fevad");
        typed(&mut app, "https://www.fevad.com/");
        typed(&mut app, year);
    }
    assert!(app
        .report("A5")
        .unwrap()
        .findings
        .iter()
        .any(|f| f.code() == "outdated-source"));
    // E lists the sources; the second one's year is corrected.
    key(&mut app, KeyCode::Char('E'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter); // title kept
    key(&mut app, KeyCode::Enter); // publisher kept
    key(&mut app, KeyCode::Enter); // URL kept
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "2025");
    let t = tree(&app);
    let sources = &t.content(app.selected_node().unwrap()).unwrap().sources;
    assert_eq!(sources[1].title, "Étude B");
    assert_eq!(sources[1].year, Some(2025));
    assert!(!app
        .report("A5")
        .unwrap()
        .findings
        .iter()
        .any(|f| f.code() == "outdated-source"));
    // One undo takes the whole correction back.
    key(&mut app, KeyCode::Char('u'));
    let t = tree(&app);
    assert_eq!(
        t.content(app.selected_node().unwrap()).unwrap().sources[1].year,
        Some(2021)
    );
}

#[test]
fn an_internal_link_shows_the_node_it_leads_to() {
    let mut app = app(false);
    app.open_exercise("A5");
    key(&mut app, KeyCode::Down);
    let root = tree(&app).root();
    let link = MindMap::internal_link(root);
    key(&mut app, KeyCode::Char('w'));
    typed(&mut app, &link);
    let t = tree(&app);
    let selected = app.selected_node().unwrap();
    assert_eq!(t.content(selected).unwrap().link, link);
    assert_eq!(t.link_target(&link), Some(root));
    let terminal = screen(&app, 160, 40);
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    let first_word = t.text(root).split_whitespace().next().unwrap().to_string();
    assert!(
        text.contains(&format!("→ {first_word}")),
        "the details name the linked node, not #ID_{root}"
    );
    assert!(!text.contains(&link));
}
