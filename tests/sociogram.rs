//! A6, the sociogram and the SIC grid: the workbench driven by keys on a `TestBackend`
//! (selection, sort, filters, pin and move, actors and relations, steps), snapshots of its
//! screens, and the commands (`export --format gexf|graphml|dot|csv`, `import`, `bundle`)
//! run on the built binary.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay, Panel, Screen};
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::check::Status;
use atelier::workbench::sociogram::fields::SociogramOverlay;
use atelier::workbench::sociogram::fields::SociogramPanel;
use atelier::workbench::sociogram::model::{RelationType, Sociogram};
use atelier::workbench::sociogram::ui::SociogramEffect;
use atelier::workbench::sociogram::ui::SortColumn;
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
    key_mod(app, code, KeyModifiers::NONE)
}

fn key_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, mods)))
}

fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::render(app, f)).unwrap();
    terminal
}

/// A6 opened on the sociogram, its layout settled (as the background thread would).
fn a6(example: bool) -> App {
    let mut app = app(example);
    app.open_exercise("A6");
    app.settle_layout();
    app
}

fn graph(app: &App) -> Sociogram {
    app.workspace
        .answer("A6")
        .and_then(|a| a.graph.clone())
        .expect("the answer has a sociogram")
}

fn selected_label(app: &App) -> String {
    let view = app.graph_view().unwrap();
    view.graph.actors[view.selected.unwrap()].label.clone()
}

#[test]
fn opening_a6_from_home_starts_the_layout_on_the_sociogram() {
    let mut app = app(false);
    let position = app
        .home_order()
        .iter()
        .position(|&i| app.case.exercises[i].id == "A6")
        .unwrap();
    for _ in 0..position {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        vec![Effect::Sociogram(SociogramEffect::StartLayout)]
    );
    let Screen::Exercise(state) = &app.screen else {
        panic!("not on the exercise");
    };
    assert_eq!(state.panel, Panel::Sociogram(SociogramPanel::Sociogram));
    // The case's starter list is shown, not yet part of the answer.
    let view = app.graph_view().unwrap();
    assert_eq!(view.graph.actors.len(), 18);
    assert!(app.workspace.answer("A6").is_none_or(|a| a.graph.is_none()));
    assert!(app.layout_input().is_some());
    // Tab goes through the SIC grid, the recommendations, the steps and the notes.
    let mut seen = Vec::new();
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
        if let Screen::Exercise(state) = &app.screen {
            seen.push(state.panel);
        }
    }
    assert_eq!(
        seen,
        [
            Panel::Zones,
            Panel::Strategies,
            Panel::Sociogram(SociogramPanel::Steps),
            Panel::Notes,
            Panel::Sociogram(SociogramPanel::Sociogram)
        ]
    );
}

#[test]
fn table_sorts_by_any_column_and_selection_follows_rows() {
    let mut app = a6(false);
    // By in-degree, largest first: the star of the case.
    assert_eq!(selected_label(&app), "Hélène Rambaud");
    key(&mut app, KeyCode::Down);
    assert_eq!(selected_label(&app), "Nadia Benali");
    for _ in 0..2 {
        key(&mut app, KeyCode::Char('s'));
    }
    let view = app.graph_view().unwrap();
    assert_eq!(view.sort, SortColumn::Betweenness);
    let first = view.rows[0];
    assert_eq!(view.graph.actors[first].label, "Karim Haddad");
    key(&mut app, KeyCode::Char('S'));
    let view = app.graph_view().unwrap();
    assert_eq!(view.metrics.betweenness[view.rows[0]], 0.0);
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('s'));
    }
    assert_eq!(app.graph_view().unwrap().sort, SortColumn::Department);
}

#[test]
fn type_and_department_filters() {
    let mut app = a6(false);
    key(&mut app, KeyCode::Char('t'));
    let view = app.graph_view().unwrap();
    assert_eq!(view.type_filter, Some(RelationType::Hierarchy));
    // On hierarchy alone, Hélène Rambaud still has 8 subordinates; Karim Haddad chooses his
    // boss only.
    let karim = view.graph.index_of("k_haddad").unwrap();
    assert_eq!(view.metrics.out_degree[karim], 1);
    for _ in 0..5 {
        key(&mut app, KeyCode::Char('t'));
    }
    assert_eq!(app.graph_view().unwrap().type_filter, None);
    key(&mut app, KeyCode::Char('f'));
    let view = app.graph_view().unwrap();
    assert_eq!(view.department_filter.as_deref(), Some("direction"));
    assert_eq!(view.rows.len(), 2);
    assert!(view.rows.contains(&view.selected.unwrap()));
}

#[test]
fn pin_move_and_undo() {
    let mut app = a6(false);
    let before = app.graph_view().unwrap().positions[0];
    assert_eq!(
        key(&mut app, KeyCode::Char('p')),
        vec![Effect::Sociogram(SociogramEffect::StartLayout)]
    );
    assert_eq!(graph(&app).actors[0].pinned, Some(before));
    key_mod(&mut app, KeyCode::Right, KeyModifiers::SHIFT);
    let moved = graph(&app).actors[0].pinned.unwrap();
    assert!(moved[0] > before[0]);
    assert_eq!(moved[1], before[1]);
    assert_eq!(app.graph_view().unwrap().positions[0], moved);
    // The layout keeps a pinned actor where it is.
    app.settle_layout();
    assert_eq!(app.graph_view().unwrap().positions[0], moved);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(graph(&app).actors[0].pinned, Some(before));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(graph(&app).actors[0].pinned, None);
}

#[test]
fn add_an_actor_and_a_relation_then_edit_the_relation() {
    let mut app = a6(false);
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.overlay, Some(Overlay::Edit { .. })));
    chars(&mut app, "Nora Diallo");
    key(&mut app, KeyCode::Enter);
    let g = graph(&app);
    assert_eq!(g.actors.len(), 19);
    assert_eq!(g.actors[18].label, "Nora Diallo");
    assert_eq!(g.actors[18].id, "nora_diallo");
    assert_eq!(selected_label(&app), "Nora Diallo");
    // A relation to the first actor of the picker (names in alphabetical order).
    key(&mut app, KeyCode::Char('l'));
    assert!(matches!(
        app.overlay,
        Some(Overlay::Sociogram(SociogramOverlay::PickActor { .. }))
    ));
    let effects = key(&mut app, KeyCode::Enter);
    assert!(effects.contains(&Effect::Sociogram(SociogramEffect::StartLayout)));
    let relation = graph(&app).relations.last().cloned().unwrap();
    assert_eq!(relation.source, "nora_diallo");
    assert_eq!(relation.target, "b_verdier");
    assert_eq!(relation.relation_type, RelationType::Cooperation);
    key(&mut app, KeyCode::Char('y'));
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('i'));
    let relation = graph(&app).relations.last().cloned().unwrap();
    assert_eq!(relation.relation_type, RelationType::Conflict);
    assert!(relation.mutual);
    assert_eq!(relation.intensity, 3);
    let view = app.graph_view().unwrap();
    let nora = view.graph.index_of("nora_diallo").unwrap();
    assert_eq!(
        (view.metrics.in_degree[nora], view.metrics.out_degree[nora]),
        (1, 1)
    );
    // Department, level and role of the new actor.
    key(&mut app, KeyCode::Char('c'));
    key(&mut app, KeyCode::Char('v'));
    key(&mut app, KeyCode::Char('o'));
    chars(&mut app, "Cheffe de projet");
    key(&mut app, KeyCode::Enter);
    let nora_actor = graph(&app).actors[18].clone();
    assert_eq!(nora_actor.department, "reseau");
    assert_eq!(nora_actor.level, 1);
    assert_eq!(nora_actor.role, "Cheffe de projet");
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(graph(&app).relations.len(), 37);
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(graph(&app).actors.len(), 18);
    // Cancelling a new actor's name removes the actor.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "X");
    key(&mut app, KeyCode::Esc);
    assert_eq!(graph(&app).actors.len(), 18);
}

#[test]
fn steps_are_ticked_in_order_and_the_checks_say_so() {
    let mut app = a6(false);
    app.update(atelier::tui::keymap::Action::PrevPanel);
    app.update(atelier::tui::keymap::Action::PrevPanel);
    let Screen::Exercise(state) = &app.screen else {
        panic!()
    };
    assert_eq!(state.panel, Panel::Sociogram(SociogramPanel::Steps));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(graph(&app).steps_done, vec![1]);
    let codes: Vec<&str> = app
        .report("A6")
        .unwrap()
        .findings
        .iter()
        .map(|f| f.code())
        .collect();
    assert!(codes.contains(&"step-out-of-order"), "{codes:?}");
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(graph(&app).steps_done, vec![0, 1]);
    let codes: Vec<&str> = app
        .report("A6")
        .unwrap()
        .findings
        .iter()
        .map(|f| f.code())
        .collect();
    assert!(!codes.contains(&"step-out-of-order"), "{codes:?}");
    assert!(codes.contains(&"steps-incomplete"));
}

#[test]
fn worked_example_a6_is_complete() {
    let app = a6(true);
    assert_eq!(app.report("A6").unwrap().status, Status::Complete);
}

#[test]
fn snapshot_sociogram() {
    let app = a6(true);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sociogram_without_brief_filtered_in_english() {
    let mut app = a6(true);
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Char('L'));
    for _ in 0..2 {
        key(&mut app, KeyCode::Char('t'));
    }
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!(draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sic_grid_and_steps() {
    let mut app = a6(true);
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("sic_grid", draw(&app, 120, 40).backend());
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::BackTab);
    insta::assert_snapshot!("steps", draw(&app, 120, 40).backend());
}

#[test]
fn snapshot_sociogram_40x12() {
    let app = a6(true);
    insta::assert_snapshot!(draw(&app, 40, 12).backend());
}

// ---------------------------------------------------------------------------------------
// Commands

fn atelier(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn init(tmp: &Path, example: bool) -> PathBuf {
    let dir = tmp.join("ws");
    let mut args = vec!["init", dir.to_str().unwrap()];
    if example {
        args.push("--example");
    }
    let out = atelier(tmp, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

fn export(tmp: &Path, dir: &Path, format: &str) -> String {
    let file = tmp.join(format!("a6.{format}"));
    let out = atelier(
        tmp,
        &[
            "export",
            dir.to_str().unwrap(),
            "--exercise",
            "A6",
            "--format",
            format,
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::read_to_string(file).unwrap()
}

#[test]
fn export_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), true);
    let gexf = export(tmp.path(), &dir, "gexf");
    assert!(gexf.contains("xmlns=\"http://gexf.net/1.3\""));
    let mut reader = quick_xml::Reader::from_str(&gexf);
    let mut nodes = 0;
    loop {
        match reader.read_event().expect("well-formed GEXF") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"node" => nodes += 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(nodes, 18);
    let graphml = export(tmp.path(), &dir, "graphml");
    assert!(graphml.contains("edgedefault=\"directed\""));
    let dot = export(tmp.path(), &dir, "dot");
    assert_eq!(dot.matches(" -> ").count(), 37);
    let svg = export(tmp.path(), &dir, "svg");
    assert!(svg.starts_with("<svg") && svg.contains("Martine Rousseau"));
    let csv = export(tmp.path(), &dir, "csv");
    assert!(csv.starts_with("source,target,type,weight,mutual\n"));
    assert_eq!(csv.lines().count(), 38);
}

fn import(tmp: &Path, dir: &Path, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "import",
        dir.to_str().unwrap(),
        "--exercise",
        "A6",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    // The reasons below are asserted in English.
    if !args.contains(&"--lang") {
        args.extend_from_slice(&["--lang", "en"]);
    }
    atelier(tmp, &args)
}

#[test]
fn import_replaces_the_sociogram_and_a_bad_file_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), true);
    let good = tmp.path().join("edges.csv");
    std::fs::write(
        &good,
        "source,target,type,weight,mutual\nh_rambaud,b_verdier,hierarchy,3,no\nnora,h_rambaud,affinity,2,yes\n",
    )
    .unwrap();
    let actors = tmp.path().join("actors.csv");
    std::fs::write(
        &actors,
        "id,label,department,level\nnora,Nora Diallo,ecommerce,3\n",
    )
    .unwrap();
    let out = import(
        tmp.path(),
        &dir,
        &good,
        &["--actors", actors.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let ws: atelier::workspace::Workspace =
        serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap())
            .unwrap();
    let g = ws.exercises["A6"].graph.clone().unwrap();
    assert_eq!(g.actors.len(), 3);
    assert_eq!(g.actors[0].label, "Hélène Rambaud");
    let nora = &g.actors[g.index_of("nora").unwrap()];
    assert_eq!((nora.label.as_str(), nora.level), ("Nora Diallo", 3));
    assert_eq!(g.arcs().len(), 3);
    // The steps already done and the SIC grid stay.
    assert_eq!(g.steps_done.len(), 8);
    assert!(ws.exercises["A6"].board.is_some());

    let before = std::fs::read(dir.join("workspace.json")).unwrap();
    let bad = tmp.path().join("bad.csv");
    std::fs::write(
        &bad,
        "source,target,type\nh_rambaud,b_verdier,hierarchy\nb_verdier,s_verdier,rivalry\n",
    )
    .unwrap();
    let out = import(tmp.path(), &dir, &bad, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("bad.csv: line 3: unknown type \"rivalry\""),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.join("workspace.json")).unwrap(), before);

    // In French by default.
    let err = stderr(&import(tmp.path(), &dir, &bad, &["--lang", "fr"]));
    assert!(
        err.contains("bad.csv : ligne 3 : type « rivalry » inconnu (attendu : hierarchy,"),
        "{err}"
    );
    std::fs::write(&bad, "source,target,kind\na,b,c\n").unwrap();
    let err = stderr(&import(tmp.path(), &dir, &bad, &[]));
    assert!(err.contains("line 1: unknown column \"kind\""), "{err}");
    std::fs::write(&bad, "source,target,type\na,,conflict\n").unwrap();
    let err = stderr(&import(tmp.path(), &dir, &bad, &[]));
    assert!(err.contains("line 2: missing field \"target\""), "{err}");
    // With --actors, an edge to an id neither listed nor in the case is refused (CRLF lines,
    // a French spreadsheet's separator and encoding).
    std::fs::write(
        &bad,
        b"source;target;type\r\nnora;h_rambaud;affinity\r\nnora;z\xE9lie;conflict\r\n",
    )
    .unwrap();
    let out = import(
        tmp.path(),
        &dir,
        &bad,
        &["--actors", actors.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bad.csv: line 3: \"zélie\" is neither an id of the actors file actors.csv nor an actor of the case"),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.join("workspace.json")).unwrap(), before);
}

#[test]
fn import_into_the_current_directory_and_of_another_kind() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), false);
    let file = dir.join("e.csv");
    std::fs::write(&file, "source,target,type\na,b,conflict\n").unwrap();
    let out = atelier(&dir, &["import", "--exercise", "A6", "e.csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = atelier(&dir, &["import", "--exercise", "A2", "e.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("A2"));
    let out = atelier(
        &dir,
        &["import", "--exercise", "A7", "e.csv", "--actors", "e.csv"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--actors"), "{}", stderr(&out));
}

#[test]
fn bundle_has_the_sociogram_exports_and_the_report_draws_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), true);
    let zip_path = tmp.path().join("b.zip");
    let out = atelier(
        tmp.path(),
        &[
            "bundle",
            dir.to_str().unwrap(),
            "-o",
            zip_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, files) = atelier::bundle::read_bundle(&zip_path).unwrap();
    for name in [
        "exports/A6.gexf",
        "exports/A6.graphml",
        "exports/A6-edges.csv",
    ] {
        assert!(files.contains_key(name), "{name} missing");
    }
    let report = String::from_utf8(files["report.html"].clone()).unwrap();
    let a6 = &report[report.find("id=\"A6\"").unwrap()..];
    assert!(a6.contains("<svg"));
    assert!(a6.contains("Martine Rousseau"));
    let out = atelier(tmp.path(), &["verify", zip_path.to_str().unwrap()]);
    assert!(out.status.success());
}

#[test]
fn mouse_click_selects_the_nearest_actor_and_drag_pins_it() {
    use atelier::workbench::sociogram::view::{canvas_bounds, cell_to_point, regions};
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = a6(false);
    app.size = ratatui::layout::Rect::new(0, 0, 120, 40);
    let body = atelier::tui::layout::frame(app.size).body;
    let (_, work) = atelier::tui::layout::brief_and_work(body, true);
    let drawing = regions(atelier::tui::app::inner(work)).drawing;
    let view = app.graph_view().unwrap();
    let target = view.graph.index_of("m_rousseau").unwrap();
    let bounds = canvas_bounds(&view.positions).unwrap();
    // The cell whose centre is nearest to the actor.
    let mut best = (u16::MAX, u16::MAX, f64::MAX);
    for col in drawing.x..drawing.x + drawing.width {
        for row in drawing.y..drawing.y + drawing.height {
            let p = cell_to_point(drawing, bounds, col, row);
            let d = (p[0] - view.positions[target][0]).powi(2)
                + (p[1] - view.positions[target][1]).powi(2);
            if d < best.2 {
                best = (col, row, d);
            }
        }
    }
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(&mouse(
        MouseEventKind::Down(MouseButton::Left),
        best.0,
        best.1,
    ));
    assert_eq!(selected_label(&app), "Martine Rousseau");
    let effects = app.handle_event(&mouse(
        MouseEventKind::Drag(MouseButton::Left),
        drawing.x,
        drawing.y,
    ));
    assert_eq!(
        effects,
        vec![Effect::Sociogram(SociogramEffect::StartLayout)]
    );
    let pinned = graph(&app).actors[target].pinned.unwrap();
    assert!(
        pinned[0] < view_x_min(&app),
        "{pinned:?} {}",
        view_x_min(&app)
    );
}

fn view_x_min(app: &App) -> f64 {
    // The drag went to the drawing's left edge: left of every other actor's position.
    let view = app.graph_view().unwrap();
    let target = view.graph.index_of("m_rousseau").unwrap();
    view.positions
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != target)
        .map(|(_, p)| p[0])
        .fold(f64::MAX, f64::min)
}

#[test]
fn snapshot_sociogram_help_lists_its_keys() {
    let mut app = a6(true);
    key(&mut app, KeyCode::Char('?'));
    assert_eq!(app.mode(), atelier::tui::keymap::Mode::Help);
    assert_eq!(app.base_mode(), atelier::tui::keymap::Mode::Graph);
    insta::assert_snapshot!(draw(&app, 120, 44).backend());
}

/// A graph too big for the metrics to be computed in the interface's thread: a ring of 400
/// actors with a few chords.
fn big_ring() -> Sociogram {
    use atelier::workbench::sociogram::model::{GraphActor, GraphRelation};
    let n = 400;
    let mut graph = Sociogram::default();
    for i in 0..n {
        graph.actors.push(GraphActor {
            id: format!("a{i}"),
            label: format!("Acteur {i}"),
            department: "direction".into(),
            level: 1,
            ..Default::default()
        });
    }
    for i in 0..n {
        for step in [1, 7] {
            graph.relations.push(GraphRelation {
                source: format!("a{i}"),
                target: format!("a{}", (i + step) % n),
                relation_type: RelationType::Cooperation,
                intensity: 1,
                mutual: false,
                description: String::new(),
            });
        }
    }
    graph
}

#[test]
fn big_graph_metrics_come_from_the_background_and_stale_ones_are_dropped() {
    use atelier::tui::keymap::Action;
    use atelier::workbench::sociogram::metrics as graph_metrics;
    use atelier::workbench::sociogram::metrics_worker::run;
    let mut app = app(false);
    app.workspace.answer_mut("A6").graph = Some(big_ring());
    app.open_exercise("A6");
    assert!(app.metrics_pending());
    // Any action asks the shell for them while they are wanted.
    assert!(app
        .update(Action::SelectNext)
        .contains(&Effect::Sociogram(SociogramEffect::ComputeMetrics)));
    let first = app.metrics_input().expect("metrics wanted");
    app.metrics_started();
    assert!(!app
        .update(Action::SelectNext)
        .contains(&Effect::Sociogram(SociogramEffect::ComputeMetrics)));
    // Meanwhile the screen says so, with the degrees of the graph already.
    let screen = format!("{:?}", draw(&app, 160, 50).backend());
    assert!(screen.contains("calcul…"), "{screen}");
    let view = app.graph_view().unwrap();
    assert_eq!(view.metrics.in_degree, vec![2; 400]);
    // A structural edit before the result: the first result is stale.
    assert!(app
        .update(Action::ToggleMutual)
        .contains(&Effect::Sociogram(SociogramEffect::ComputeMetrics)));
    let second = app.metrics_input().unwrap();
    assert!(second.version > first.version);
    app.apply_metrics(run(first));
    assert!(app.metrics_pending());
    app.apply_metrics(run(second));
    assert!(!app.metrics_pending());
    let view = app.graph_view().unwrap();
    let arcs = view.graph.arcs();
    assert_eq!(
        view.metrics,
        graph_metrics::compute_ranked(view.graph.actors.len(), &arcs, &view.graph.rank())
    );
    let screen = format!("{:?}", draw(&app, 160, 50).backend());
    assert!(!screen.contains("calcul…"));
}
