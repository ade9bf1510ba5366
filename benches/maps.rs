//! Speed of the map workbenches: the A5 outline with a 10,000-node mind map (a frame, and
//! every edit through the keys, undo snapshot, autosave mark and checks included) and the
//! A3 world map (a frame with the worked example). Run with `cargo bench --bench maps`.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::App;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::mindmap::model::{MindMap, Source};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::{Duration, Instant};

/// 10 sectors x 10 categories x 10 themes x 10 trends: 11,111 nodes, every trend sourced.
fn big_map() -> MindMap {
    let mut map = MindMap::new("Tendances numériques pour Maison Verdier");
    let root = map.root();
    for s in 0..10 {
        let sector = map.add_child(root, &format!("Secteur {s}")).unwrap();
        for c in 0..10 {
            let category = map
                .add_child(sector, &format!("Catégorie {s}.{c}"))
                .unwrap();
            for t in 0..10 {
                let theme = map
                    .add_child(category, &format!("Thème {s}.{c}.{t}"))
                    .unwrap();
                for l in 0..10 {
                    let leaf = map
                        .add_child(
                            theme,
                            &format!("Tendance {s}.{c}.{t}.{l} au libellé assez long"),
                        )
                        .unwrap();
                    map.content_mut(leaf).unwrap().sources.push(Source {
                        title: format!("Étude {l}"),
                        publisher: "Fevad".into(),
                        url: "https://www.fevad.com/".into(),
                        year: Some(2025),
                    });
                }
            }
        }
    }
    map
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn time<F: FnMut()>(label: &str, runs: u32, mut f: F) {
    for _ in 0..3 {
        f();
    }
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    let per: Duration = start.elapsed() / runs;
    println!("{label:<58} {:>8.3} ms", per.as_secs_f64() * 1e3);
}

fn main() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = atelier::workspace::store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Bench",
        true,
    )
    .expect("init");
    let mut workspace = ws.workspace.clone();
    let map = big_map();
    println!("mind map: {} nodes, depth {}", map.len(), map.max_depth());
    workspace.answer_mut("A5").tree = Some(map);
    let mut app = App::new(
        ws.case.case.clone(),
        workspace,
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.open_exercise("A5");
    // Select a node in the middle of the map.
    for _ in 0..5000 {
        press(&mut app, KeyCode::Down);
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    time("A5 frame, 11,111 nodes, 120x40", 200, || {
        terminal.draw(|f| view::render(&app, f)).expect("draw");
    });
    time("A5 move the selection (↓)", 200, || {
        press(&mut app, KeyCode::Down)
    });
    time("A5 add a sibling, type 4 letters, confirm", 50, || {
        press(&mut app, KeyCode::Char('o'));
        for c in "abcd".chars() {
            press(&mut app, KeyCode::Char(c));
        }
        press(&mut app, KeyCode::Enter);
    });
    time("A5 move a node up (K)", 50, || {
        press(&mut app, KeyCode::Char('K'))
    });
    time("A5 indent then outdent (> <)", 50, || {
        press(&mut app, KeyCode::Char('>'));
        press(&mut app, KeyCode::Char('<'));
    });
    time("A5 undo (u)", 50, || press(&mut app, KeyCode::Char('u')));
    time("A5 redo (r)", 50, || press(&mut app, KeyCode::Char('r')));
    time("A5 cut a branch and paste it back (x p)", 50, || {
        press(&mut app, KeyCode::Char('x'));
        press(&mut app, KeyCode::Char('p'));
    });
    time("A5 fold all, unfold all (z Z)", 50, || {
        press(&mut app, KeyCode::Char('z'));
        press(&mut app, KeyCode::Char('Z'));
    });
    press(&mut app, KeyCode::Char('/'));
    for c in "9.9.9".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    time("A5 next search match (n, query \"9.9.9\")", 50, || {
        press(&mut app, KeyCode::Char('n'));
    });
    let tree = app.current_tree().expect("tree").into_owned();
    time("A5 checks alone (11,111 nodes)", 50, || {
        std::hint::black_box(atelier::workbench::mindmap::check::check_tree(
            &Default::default(),
            &tree,
            2026,
        ));
    });
    time("A5 save as JSON (serialise the workspace)", 20, || {
        std::hint::black_box(serde_json::to_string(&app.workspace).expect("json"));
    });
    time("A5 export .mm (11,111 nodes)", 20, || {
        std::hint::black_box(atelier::workbench::mindmap::mm::write(&tree));
    });

    app.open_exercise("A3");
    time("A3 frame, worked example, 120x40", 200, || {
        terminal.draw(|f| view::render(&app, f)).expect("draw");
    });
}
