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
}
