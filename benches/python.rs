//! A1 runner benchmark: the worked-example program and its 11 visible tests run through
//! `python::run_tests` (a fresh worker process embedding CPython, limits, judging in the
//! parent), side by side with the real interpreter running the same file by itself
//! (`python3 -I program.py`, and `-I -S`, the fair floor: the worker does not import
//! `site`). Prints the best and the median of many runs and the ratios. Run with
//! `bash scripts/bench-python.sh` (it builds the release binary the worker is).

use atelier::runner::sandbox::Layers;
use atelier::runner::{self as python, Limits, RunStatus};
use atelier::workbench::code::config::CodeConfig;
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const RUNS: usize = 40;

fn stats(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(samples[0]), ms(samples[samples.len() / 2]))
}

fn time(mut f: impl FnMut()) -> (f64, f64) {
    f(); // warm the page cache
    stats(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let bin = std::env::var(python::process::WORKER_EXE_ENV)
        .unwrap_or_else(|_| "target/release/atelier".to_string());
    std::env::set_var(python::process::WORKER_EXE_ENV, &bin);
    let interpreter = env!("ATELIER_PYTHON_EXECUTABLE");
    let case = atelier::case::Case::embedded_default();
    let config: CodeConfig =
        atelier::case::parse_config("$", &case.exercise("A1").expect("A1").config)
            .expect("A1 config");
    let example: atelier::workspace::Example =
        serde_json::from_str(include_str!("../cases/maison-verdier.example.json"))
            .expect("example");
    let program = example.answers["A1"].code.clone().expect("A1 code").program;
    let tests = config.test_cases();
    let limits = Limits::from_config(&config);

    let report = python::run_tests(&program, &tests, &limits);
    assert_eq!(report.status, RunStatus::Passed, "the example passes");

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("program.py");
    std::fs::write(&file, &program).expect("write program");
    let python = |flags: &[&str]| {
        let status = Command::new(interpreter)
            .args(flags)
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .expect("python3 runs");
        assert!(status.success());
    };

    println!("worker: {bin}\ninterpreter: {interpreter}\n");
    let runner = time(|| {
        std::hint::black_box(python::run_tests(&program, &tests, &limits));
    });
    let isolated = time(|| python(&["-I"]));
    let no_site = time(|| python(&["-I", "-S"]));
    for (label, (best, median)) in [
        ("atelier run_tests (11 tests + main run)", runner),
        ("python3 -I program.py", isolated),
        ("python3 -I -S program.py", no_site),
    ] {
        println!("{label:<42} best {best:>7.2} ms   median {median:>7.2} ms");
    }
    println!(
        "\nratio atelier / python3 -I     : best {:.2}   median {:.2}",
        runner.0 / isolated.0,
        runner.1 / isolated.1
    );
    println!(
        "ratio atelier / python3 -I -S  : best {:.2}   median {:.2}",
        runner.0 / no_site.0,
        runner.1 / no_site.1
    );

    // What each wall costs: the same run with some of the sandbox's layers only.
    println!("\nthe same run by sandbox layers (best, median):");
    let request = python::request(&program, &tests, &limits);
    for (label, layers) in [
        ("no wall (a test-only control)", Layers::NONE),
        (
            "namespaces only",
            Layers {
                namespaces: true,
                landlock: false,
                seccomp: false,
            },
        ),
        (
            "Landlock and seccomp only",
            Layers {
                namespaces: false,
                landlock: true,
                seccomp: true,
            },
        ),
        ("every layer (what atelier runs)", Layers::ALL),
    ] {
        let (best, median) = time(|| {
            let outcome = python::process::run_worker_with(
                &request,
                &limits,
                &AtomicBool::new(false),
                layers,
            );
            std::hint::black_box(python::process::judge(&program, &tests, outcome));
        });
        println!("  {label:<40} best {best:>7.2} ms   median {median:>7.2} ms");
    }
}
