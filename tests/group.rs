//! Group work: `atelier init --group "A;B;C"` and the home screen's field record the group's
//! members; the report shows them with the group exercises (A7, A14, A15, MC), the review with
//! those exercises, and the gradebook in its own column.

use atelier::case;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::tui::app::{App, Effect, Overlay};
use atelier::tui::review_run::review_app;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::workspace::store;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::process::Command;

fn atelier(args: &[&str], cwd: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap()
}

fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

#[test]
fn the_group_from_init_is_in_the_report_the_review_and_the_gradebook() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let out = atelier(
        &[
            "init",
            ws.to_str().unwrap(),
            "--example",
            "--candidate",
            "Ana Roy",
            "--group",
            " Ana Roy ; Bo  Lin;;Cyril Vu ",
        ],
        tmp.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(ws.join("workspace.json")).unwrap()).unwrap();
    assert_eq!(
        saved["group"],
        serde_json::json!(["Ana Roy", "Bo Lin", "Cyril Vu"])
    );
    let class = tmp.path().join("class");
    std::fs::create_dir_all(&class).unwrap();
    let file = class.join("ana.zip");
    let out = atelier(
        &["bundle", ws.to_str().unwrap(), "-o", file.to_str().unwrap()],
        tmp.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The report: in the header, and with the group exercises only.
    let opened = review::open(&file).unwrap();
    let html = String::from_utf8(opened.files["report.html"].clone()).unwrap();
    assert!(html.contains("<dt>Groupe</dt><dd>Ana Roy, Bo Lin, Cyril Vu</dd>"));
    let section = |id: &str| {
        let start = html.find(&format!("id=\"{id}\"")).unwrap();
        let end = start + html[start..].find("</section>").unwrap();
        html[start..end].to_string()
    };
    for id in ["A7", "A14", "A15", "MC"] {
        assert!(
            section(id).contains("Travail de groupe : Ana Roy, Bo Lin, Cyril Vu"),
            "{id}"
        );
    }
    assert!(!section("A2").contains("Travail de groupe"));
    let md = String::from_utf8(opened.files["report.md"].clone()).unwrap();
    assert!(md.contains("- **Groupe** : Ana Roy, Bo Lin, Cyril Vu"));
    // The review shows them with a group exercise.
    let grades = review::grades_for(&opened).unwrap();
    let mut app = review_app(
        &opened,
        grades,
        "Eve",
        Err("none".into()),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    app.open_exercise("A14");
    key(&mut app, KeyCode::Char('g'));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 50)).unwrap();
    terminal
        .draw(|f| atelier::tui::view::render(&app, f))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let screen: String = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .map(|(x, y)| buffer[(x, y)].symbol().to_string())
        .collect();
    assert!(screen.contains("Travail de groupe : Ana Roy, Bo Lin, Cyril Vu"));
    // The gradebook, in its column.
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "gradebook",
            class.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let text = std::fs::read_to_string(&out_file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let at = header.iter().position(|h| h == "groupe").unwrap();
    assert_eq!(&row[at], "Ana Roy ; Bo Lin ; Cyril Vu");
}

#[test]
fn the_home_screen_sets_the_group() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), case::load_default(), "Ana", false).unwrap();
    let mut app = App::new(
        ws.case.case.clone(),
        ws.workspace.clone(),
        Lang::Fr,
        Theme::new(ThemeName::Default, false),
    );
    key(&mut app, KeyCode::Char('G'));
    for c in "Ana; Bo".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    // In the workspace as typed (so the autosave keeps it), and Enter confirms.
    assert_eq!(app.workspace.group, ["Ana", "Bo"]);
    assert!(app.dirty);
    assert_eq!(key(&mut app, KeyCode::Enter), vec![Effect::SaveNow]);
    assert_eq!(app.workspace.group, ["Ana", "Bo"]);
    // Esc keeps what was typed too, and says so.
    key(&mut app, KeyCode::Char('G'));
    for c in " ; Cy".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::SaveNow]);
    assert!(app.overlay.is_none());
    assert_eq!(app.workspace.group, ["Ana", "Bo", "Cy"]);
    assert!(app.status.clone().unwrap().text.contains("Texte conservé"));
    // The field opens on the members as saved.
    key(&mut app, KeyCode::Char('G'));
    let Some(Overlay::Edit { field, .. }) = &app.overlay else {
        panic!("the field is not open");
    };
    assert_eq!(field.lines(), ["Ana ; Bo ; Cy"]);
}
