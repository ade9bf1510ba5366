//! The grid workbench driven by key events on a `TestBackend`: editing typed cells, the
//! option picker, +/- and dot votes, sorting, adding and deleting rows, undo, refused
//! values, and snapshots of every grid exercise's screens (A8, A10, A12, A13, A14).

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay, Panel, Screen};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::grid::fields::GridOverlay;
use atelier::workbench::grid::model::view_rows;
use atelier::workspace::store;
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

/// The texts of one column of a grid, as shown (seeded rows merged with the answer).
fn column(app: &App, exercise: &str, grid: &str, column: &str) -> Vec<String> {
    let config: atelier::workbench::grid::config::GridExercise =
        case::parse_config("$", &app.case.exercise(exercise).unwrap().config).unwrap();
    let spec = config.grid(grid).unwrap();
    let c = spec.column_index(column).unwrap();
    let table = app
        .workspace
        .answer(exercise)
        .and_then(|a| a.grid.as_ref())
        .and_then(|g| g.table(grid));
    view_rows(spec, table)
        .iter()
        .map(|r| r.text(c).to_string())
        .collect()
}

fn findings(app: &App, exercise: &str) -> Vec<&'static str> {
    app.report(exercise)
        .unwrap()
        .findings
        .iter()
        .map(|f| f.code())
        .collect()
}

#[test]
fn a10_rows_are_typed_computed_and_checked_for_coverage() {
    let mut app = app(false);
    app.open_exercise("A10");
    assert!(matches!(&app.screen, Screen::Exercise(s) if s.panel == Panel::Grid));
    // Add a row: the first column is a choice, so no text field opens.
    key(&mut app, KeyCode::Char('a'));
    assert!(app.overlay.is_none());
    // Service: the picker lists "—" then the options; DSI is the sixth option.
    key(&mut app, KeyCode::Enter);
    assert!(matches!(
        app.overlay,
        Some(Overlay::Grid(GridOverlay::PickOption { .. }))
    ));
    for _ in 0..6 {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveNow]);
    assert_eq!(column(&app, "A10", "besoins", "service"), ["DSI"]);
    // Skill: + takes the first option.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('+'));
    // Current level: typed; a 7 is refused and the field stays open.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "7");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    let status = app.status.clone().unwrap().text;
    assert_eq!(status, "attendu : un niveau de 1 à 5");
    key(&mut app, KeyCode::Backspace);
    type_text(&mut app, "1");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    // Target level: + from empty gives 1, then 2, 3, 4.
    key(&mut app, KeyCode::Right);
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('+'));
    }
    assert_eq!(column(&app, "A10", "besoins", "cible"), ["4"]);
    // Horizon, then exposure.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('+'));
    assert_eq!(column(&app, "A10", "besoins", "ecart"), ["3"]);
    assert_eq!(column(&app, "A10", "besoins", "priorite"), ["6"]);
    // A gap of 3 with no training action is flagged.
    assert!(findings(&app, "A10").contains(&"grid-gap-without-action"));
    // Computed cells cannot be edited.
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    assert_eq!(
        app.status.clone().unwrap().text,
        "Cette cellule est calculée ou fournie par le cas."
    );
    // Undo takes back the last change (exposure 2 -> 1), redo restores it.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(column(&app, "A10", "besoins", "exposition"), ["1"]);
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(column(&app, "A10", "besoins", "exposition"), ["2"]);
}

#[test]
fn a8_seeded_rows_keep_the_case_values_and_sort() {
    let mut app = app(false);
    app.open_exercise("A8");
    // Row 1 is the case's tablet factor: the phase is locked.
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    // The quantity column (index 4) can be typed; a comma is a decimal mark.
    for _ in 0..4 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "60");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "2,5");
    key(&mut app, KeyCode::Enter);
    let impact = column(&app, "A8", "inventaire", "impact");
    assert_eq!(impact[0], "4200");
    assert_eq!(impact[1], "0.005");
    // Adding is allowed here (the grid is not fixed); cancelling the new row removes it.
    let before = column(&app, "A8", "inventaire", "element").len();
    key(&mut app, KeyCode::Char('a'));
    assert!(app.overlay.is_none(), "the first column is a choice");
    assert_eq!(
        column(&app, "A8", "inventaire", "element").len(),
        before + 1
    );
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(column(&app, "A8", "inventaire", "element").len(), before);
    // Sorting by the impact column puts the largest first, then back to the case's order.
    for _ in 0..6 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('s'));
    let screen = format!("{}", draw(&app, 160, 50).backend());
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Impact /") && l.contains('▼')),
        "{screen}"
    );
    let first_row = screen
        .lines()
        .find(|l| l.contains("  1 "))
        .unwrap()
        .to_string();
    assert!(first_row.contains("4\u{202f}200"), "{first_row}");
}

#[test]
fn a14_dot_votes_and_fixed_rows() {
    let mut app = app(false);
    app.open_exercise("A14");
    // The stages come from the case: no row can be added.
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(
        app.status.clone().unwrap().text,
        "Les lignes de ce tableau viennent du cas : on les complète, on n'en ajoute pas."
    );
    // To the ideas (fifth tab): add an idea and give it three dots.
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Kit première réussite");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('+'));
    }
    key(&mut app, KeyCode::Char('-'));
    assert_eq!(column(&app, "A14", "idees", "votes"), ["2"]);
    assert!(findings(&app, "A14").contains(&"grid-too-few-matching"));
    assert!(findings(&app, "A14").contains(&"grid-too-few-per-option"));
    // Tab goes through every tab (7 grids and the case's data), then the notes, then back
    // to the first tab.
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    assert!(matches!(&app.screen, Screen::Exercise(s) if s.panel == Panel::Notes));
    key(&mut app, KeyCode::Tab);
    assert!(
        matches!(&app.screen, Screen::Exercise(s) if s.panel == Panel::Grid && s.bench.grid().is_some_and(|g| g.tab == 0))
    );
}

#[test]
fn a12_comparison_row_cleared_by_delete_and_listening_tab() {
    let mut app = app(true);
    app.open_exercise("A12");
    let before = column(&app, "A12", "comparaison", "c1");
    assert!(!before[0].is_empty());
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(column(&app, "A12", "comparaison", "c1")[0], "");
    assert_eq!(column(&app, "A12", "comparaison", "pratique").len(), 8);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(column(&app, "A12", "comparaison", "c1"), before);
}

#[test]
fn clicking_a_cell_selects_it_and_a_second_click_edits_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app(false);
    app.open_exercise("A13");
    let screen = format!("{}", draw(&app, 120, 40).backend());
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    // Each line of the backend's text is quoted: column x is at index x + 1.
    let find = |needle: &str| {
        let needle: Vec<char> = needle.chars().collect();
        lines.iter().enumerate().find_map(|(y, line)| {
            line.windows(needle.len())
                .position(|w| w == needle.as_slice())
                .map(|x| (x as u16 - 1, y as u16))
        })
    };
    let (note_x, _) = find("Note ").unwrap();
    let (_, row_y) = find("  3 Stratégie").unwrap();
    let click = |app: &mut App| {
        app.handle_event(&Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: note_x + 1,
            row: row_y,
            modifiers: KeyModifiers::NONE,
        }))
    };
    click(&mut app);
    assert!(
        matches!(&app.screen, Screen::Exercise(s) if s.bench.grid().is_some_and(|g| g.row == 2 && g.col == 2)),
        "the third row's Note is selected"
    );
    assert!(app.overlay.is_none());
    click(&mut app);
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    type_text(&mut app, "3");
    key(&mut app, KeyCode::Enter);
    assert_eq!(column(&app, "A13", "questionnaire", "note")[2], "3");
}

fn open_tab(app: &mut App, id: &str, tab: usize) {
    app.open_exercise(id);
    for _ in 0..tab {
        key(app, KeyCode::Tab);
    }
}

#[test]
fn snapshot_a8_lca_inventory_with_hotspot() {
    let mut app = app(true);
    open_tab(&mut app, "A8", 0);
    insta::assert_snapshot!(draw(&app, 140, 45).backend());
}

#[test]
fn snapshot_a8_levers() {
    let mut app = app(true);
    open_tab(&mut app, "A8", 1);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a10_skills_heat_map() {
    let mut app = app(true);
    open_tab(&mut app, "A10", 0);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a10_training_plan() {
    let mut app = app(true);
    open_tab(&mut app, "A10", 1);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a12_comparison() {
    let mut app = app(true);
    open_tab(&mut app, "A12", 0);
    insta::assert_snapshot!(draw(&app, 140, 40).backend());
}

#[test]
fn snapshot_a12_social_listening() {
    let mut app = app(true);
    open_tab(&mut app, "A12", 3);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a13_maturity_profile() {
    let mut app = app(true);
    open_tab(&mut app, "A13", 0);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a13_roadmap_timeline() {
    let mut app = app(true);
    open_tab(&mut app, "A13", 2);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a14_empathy_map() {
    let mut app = app(true);
    open_tab(&mut app, "A14", 1);
    key(&mut app, KeyCode::Char('b'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a14_mood_board_in_english() {
    let mut app = app(true);
    open_tab(&mut app, "A14", 3);
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Char('L'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_a14_ideas_sorted_by_votes() {
    let mut app = app(true);
    open_tab(&mut app, "A14", 4);
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('s'));
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_grid_help_and_picker() {
    let mut app = app(false);
    app.open_exercise("A13");
    key(&mut app, KeyCode::Char('?'));
    insta::assert_snapshot!("grid_help", draw(&app, 120, 40).backend());
    key(&mut app, KeyCode::Char('?'));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("grid_picker", draw(&app, 100, 30).backend());
}

#[test]
fn smallest_terminal_shows_the_grid() {
    let mut app = app(true);
    app.open_exercise("A10");
    insta::assert_snapshot!("a10_40x12", draw(&app, 40, 12).backend());
}
