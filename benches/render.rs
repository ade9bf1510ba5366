//! Frame-time benchmark: draws the home screen and the boards on a `TestBackend`, with the
//! worked example and with a board of thousands of items, and prints the mean time per
//! frame. Run with `cargo bench --bench render`.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::App;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workspace::Workspace;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

fn workspace(example: bool) -> (tempfile::TempDir, atelier::workspace::store::OpenWorkspace) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = atelier::workspace::store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Bench",
        example,
    )
    .expect("init");
    (tmp, ws)
}

fn app_for(case: &atelier::case::Case, workspace: &Workspace) -> App {
    App::new(
        case.clone(),
        workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    )
}

fn time_frames(label: &str, app: &App, width: u16, height: u16) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    // Warm up, then measure.
    for _ in 0..20 {
        terminal.draw(|f| view::render(app, f)).expect("draw");
    }
    let runs = 300;
    let start = Instant::now();
    for _ in 0..runs {
        terminal.draw(|f| view::render(app, f)).expect("draw");
    }
    let per_frame: Duration = start.elapsed() / runs;
    println!(
        "{label:<45} {width}x{height}  {:>8.3} ms/frame",
        per_frame.as_secs_f64() * 1e3
    );
}

fn main() {
    let (_tmp, ws) = workspace(true);
    let case = ws.case.case.clone();
    let mut app = app_for(&case, &ws.workspace);
    time_frames("home, worked example", &app, 120, 40);
    app.open_exercise("A2");
    time_frames("SWOT, worked example", &app, 120, 40);
    app.open_exercise("A11");
    time_frames("canvas, worked example", &app, 200, 60);

    // A stress board: 5,000 items spread over the canvas, 500 KPIs.
    let mut big = ws.workspace.clone();
    let config = case
        .exercise("A11")
        .and_then(|e| e.board.clone())
        .expect("A11 board");
    let board = big
        .answer_mut("A11")
        .board
        .get_or_insert_with(Default::default);
    for i in 0..5000 {
        let zone = &config.zones[i % config.zones.len()].id;
        board.add_item(
            zone,
            &format!("élément numéro {i} avec un texte assez long pour être coupé"),
        );
    }
    for i in 0..500 {
        board.add_kpi(&format!("indicateur {i}"), "10", "%");
    }
    let mut app = app_for(&case, &big);
    app.open_exercise("A11");
    time_frames("canvas, 5,000 items", &app, 200, 60);

    let start = Instant::now();
    let runs = 50;
    for _ in 0..runs {
        std::hint::black_box(atelier::workbench::check::check_workspace(&case, &big));
    }
    println!(
        "{:<45}           {:>8.3} ms/check",
        "checks, 5,000-item canvas",
        (start.elapsed() / runs).as_secs_f64() * 1e3
    );
}
