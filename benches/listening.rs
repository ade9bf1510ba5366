//! Social-listening benchmark (A12): reads a corpus of thousands of posts from CSV and
//! analyses it (terms, sentiment per post and month, complaints) with the default case's
//! lexicon and themes, then draws the listening tab; prints the best time of several runs.
//! Also times what a key costs on A12 with 5,000 imported posts: a change to one of its
//! grids (the findings are refreshed, the citation check reads the analysis) and a scroll
//! of the posts list. Run with `cargo bench --bench listening`.

use atelier::case;
use atelier::workbench::grid::config::GridExercise;
use atelier::workbench::grid::listening::{analyse, read_posts_csv};
use atelier::workbench::grid::model::GridAnswer;
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

/// Mean wall-clock and CPU time of one run of `f`, over `runs` runs.
struct Timing {
    wall: Duration,
    cpu: Option<Duration>,
}

impl Timing {
    fn measure(runs: u32, mut f: impl FnMut()) -> Timing {
        let (start, cpu_start) = (Instant::now(), cpu_time());
        for _ in 0..runs {
            f();
        }
        let wall = start.elapsed() / runs;
        let cpu = cpu_time()
            .zip(cpu_start)
            .map(|(end, start)| end.saturating_sub(start) / runs);
        Timing { wall, cpu }
    }

    fn show(&self, what: &str, label: &str) {
        let cpu = self.cpu.map_or("n/a".to_string(), |c| {
            format!("{:.3} ms", c.as_secs_f64() * 1e3)
        });
        println!(
            "{what:<5} {label:<40} {:>7.3} ms (CPU {cpu})",
            self.wall.as_secs_f64() * 1e3
        );
    }
}

/// CPU time of this thread so far, in nanoseconds from /proc on Linux: on a shared machine it
/// says what the work cost, whatever else ran meanwhile.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Mean time to draw the grid screen of an exercise on a tab, in a 160x48 terminal.
fn frame_time(app: &mut atelier::tui::app::App, exercise: &str, tab: usize) -> Timing {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    app.open_exercise(exercise);
    for _ in 0..tab {
        app.handle_event(&Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)));
    }
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 48)).expect("terminal");
    Timing::measure(50, || {
        terminal
            .draw(|f| atelier::tui::view::render(app, f))
            .expect("draw");
    })
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
            atelier::workbench::grid::listening::analyse_exercise(&config, Some(&answer))
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
    let ws = atelier::workspace::store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Bench",
        true,
    )
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
        frame_time(&mut app, exercise, tab).show("frame", label);
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
    frame_time(&mut app, "A12", 3).show("frame", "A12 listening (5,000 imported posts)");
    key_time(&mut app, "A12", 3, '\u{2193}').show("key", "A12 scroll the posts (5,000 posts)");
    key_time(&mut app, "A12", 1, '+').show("key", "A12 change a cell (5,000 posts)");
    frame_time(&mut app, "A10", 0).show("frame", "A10 (beside A12's 5,000 posts)");
}

/// Mean time of one key on a tab of a grid exercise (↓ scrolls; `+` changes the first cell
/// of a row added first, so each press is one change of the answer).
fn key_time(app: &mut atelier::tui::app::App, exercise: &str, tab: usize, c: char) -> Timing {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let press = |app: &mut atelier::tui::app::App, code| {
        app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    };
    app.open_exercise(exercise);
    for _ in 0..tab {
        press(app, KeyCode::Tab);
    }
    let code = if c == '\u{2193}' {
        KeyCode::Down
    } else {
        press(app, KeyCode::Char('a'));
        KeyCode::Char(c)
    };
    Timing::measure(50, || press(app, code))
}
