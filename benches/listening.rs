//! Social-listening benchmark (A12): reads a corpus of thousands of posts from CSV and
//! analyses it (terms, sentiment per post and month, complaints) with the default case's
//! lexicon and themes, then draws the listening tab; prints the best time of several runs.
//! Run with `cargo bench --bench listening`.

use atelier::case::{self, grid::GridExercise};
use atelier::model::grid::GridAnswer;
use atelier::model::listening::{analyse, read_posts_csv};
use std::time::{Duration, Instant};

/// A corpus of `n` posts built from the case's samples, spread over two years.
fn corpus(config: &GridExercise, n: usize) -> String {
    let samples = &config.listening.as_ref().expect("A12 listens").sample_posts;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["date", "source", "text", "rating"])
        .expect("header");
    for i in 0..n {
        let post = &samples[i % samples.len()];
        let date = format!(
            "{}-{:02}-{:02}",
            2024 + i % 2,
            1 + (i * 7) % 12,
            1 + (i * 13) % 28
        );
        let rating = post.rating.map(|r| r.to_string()).unwrap_or_default();
        writer
            .write_record([date.as_str(), &post.source, &post.text, &rating])
            .expect("row");
    }
    String::from_utf8(writer.into_inner().expect("bytes")).expect("utf-8")
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Mean time to draw the grid screen of an exercise on a tab, in a 160x48 terminal.
fn frame_time(app: &mut atelier::tui::app::App, exercise: &str, tab: usize) -> Duration {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    app.open_exercise(exercise);
    for _ in 0..tab {
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)));
    }
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 48)).expect("terminal");
    let runs = 50;
    let start = Instant::now();
    for _ in 0..runs {
        terminal
            .draw(|f| atelier::tui::view::render(app, f))
            .expect("draw");
    }
    start.elapsed() / runs
}

fn main() {
    let case = case::Case::embedded_default();
    let config: GridExercise =
        case::parse_config("$", &case.exercise("A12").expect("A12").config).expect("config");
    let listening = config.listening.clone().expect("listening");
    for n in [1_000, 5_000, 20_000] {
        let text = corpus(&config, n);
        let read = best(5, || read_posts_csv(&text).expect("valid corpus"));
        let posts = read_posts_csv(&text).expect("valid corpus");
        let analysed = best(5, || {
            analyse(
                &posts,
                &listening.positive,
                &listening.negative,
                &listening.themes,
                &listening.stop_words,
            )
        });
        let answer = GridAnswer {
            posts: posts.clone(),
            ..GridAnswer::default()
        };
        let both = best(5, || {
            atelier::model::listening::analyse_exercise(&config, Some(&answer))
        });
        println!(
            "listening {n:>6} posts ({:>5} KB): read CSV {:>7.2} ms, analyse {:>7.2} ms, read + analyse {:>7.2} ms (best of 5)",
            text.len() / 1024,
            read.as_secs_f64() * 1e3,
            analysed.as_secs_f64() * 1e3,
            (read + both).as_secs_f64() * 1e3,
        );
    }
    // Frames of the grid screens: the worked example, then A12 with 5,000 imported posts.
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = atelier::store::init(&tmp.path().join("ws"), case::load_default(), "Bench", true)
        .expect("init");
    let mut workspace = ws.workspace.clone();
    let mut app = atelier::tui::app::App::new(
        case.clone(),
        workspace.clone(),
        atelier::i18n::Lang::Fr,
        atelier::tui::theme::Theme::new(atelier::tui::theme::ThemeName::Default, false),
    );
    for (exercise, tab, label) in [
        ("A8", 0, "A8 inventory and charts"),
        ("A10", 0, "A10 skills map and heat map"),
        ("A13", 2, "A13 roadmap timeline"),
        ("A12", 3, "A12 listening (33 sample posts)"),
    ] {
        let t = frame_time(&mut app, exercise, tab);
        println!("frame {label:<40} {:>7.3} ms", t.as_secs_f64() * 1e3);
    }
    workspace
        .answer_mut("A12")
        .grid
        .get_or_insert_default()
        .posts = read_posts_csv(&corpus(&config, 5_000)).expect("valid corpus");
    let mut app = atelier::tui::app::App::new(
        case.clone(),
        workspace,
        atelier::i18n::Lang::Fr,
        atelier::tui::theme::Theme::new(atelier::tui::theme::ThemeName::Default, false),
    );
    let t = frame_time(&mut app, "A12", 3);
    println!(
        "frame {:<40} {:>7.3} ms",
        "A12 listening (5,000 imported posts)",
        t.as_secs_f64() * 1e3
    );
}
