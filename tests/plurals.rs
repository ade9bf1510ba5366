//! Counts on screen follow each language's CLDR plural rules: French takes the singular for
//! 0 and 1 ("0 référence", "1 référence", "2 références"), English for 1 only ("0 references",
//! "1 reference"). Drawn on a `TestBackend`, as a candidate sees the A9 note's head line.

use atelier::case;
use atelier::i18n::Lang;
use atelier::tui::app::App;
use atelier::tui::theme::{Theme, ThemeName};
use atelier::tui::view;
use atelier::workbench::notes::model::Reference;
use atelier::workspace::store;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn app(lang: Lang) -> App {
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
        lang,
        Theme::new(ThemeName::Default, false),
    )
}

/// The A9 head line ("… mots (300–800)  · N références · M [@…]") with `n` references.
fn head_line(lang: Lang, n: usize) -> String {
    let mut app = app(lang);
    app.open_exercise("A9");
    let note = app.workspace.answer_mut("A9").note.get_or_insert_default();
    note.references = (0..n)
        .map(|i| Reference {
            id: format!("ref{i}"),
            ..Reference::default()
        })
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| view::render(&app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .find(|line| line.contains("[@…]"))
        .map(|line| {
            let start = line.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let end = line.find("[@…]").unwrap() + "[@…]".len();
            line[start..end].to_string()
        })
        .expect("the note's head line is on screen")
}

#[test]
fn french_counts_take_the_singular_at_zero_and_one() {
    let lines: Vec<String> = (0..3).map(|n| head_line(Lang::Fr, n)).collect();
    assert!(lines[0].contains("0 mot (300–800)"), "{}", lines[0]);
    assert!(lines[0].contains("· 0 référence ·"), "{}", lines[0]);
    assert!(lines[1].contains("· 1 référence ·"), "{}", lines[1]);
    assert!(lines[2].contains("· 2 références ·"), "{}", lines[2]);
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn english_counts_take_the_singular_at_one_only() {
    let lines: Vec<String> = (0..3).map(|n| head_line(Lang::En, n)).collect();
    assert!(lines[0].contains("0 words (300–800)"), "{}", lines[0]);
    assert!(lines[0].contains("· 0 references ·"), "{}", lines[0]);
    assert!(lines[1].contains("· 1 reference ·"), "{}", lines[1]);
    assert!(lines[2].contains("· 2 references ·"), "{}", lines[2]);
    insta::assert_snapshot!(lines.join("\n"));
}
