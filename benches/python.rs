//! A1 runner benchmark: the worked example's program and its 11 visible tests run through
//! `python::run_tests` (a fresh sandboxed worker process embedding CPython, limits,
//! judging in the parent), against the real interpreter (`python3 -I -S`, never the pyenv
//! shim: the executable pyo3 was built against) running the same program and the same
//! tests in one process (a driver script written here: the program run as `__main__`, then
//! loaded as a module, each function called, each stdin test run, each result compared).
//! `python3 -I -S program.py` (the program alone) is printed for reference, then the same
//! sandboxed run behind some of the sandbox's layers only, then where its time goes.
//!
//! Every variant is sampled in the same rounds, one after the other in turn, so that a
//! shared, loaded machine slows them alike; the ratios compare samples of one run. Each line
//! gives the best and the median wall time and the median CPU time (user + system, the
//! bench's own threads and the processes it started). Run with `bash scripts/bench-python.sh`
//! (it builds the release binary the worker is).

use atelier::runner::sandbox::Layers;
use atelier::runner::{self as python, Limits, RunStatus, TestCase};
use atelier::workbench::code::config::CodeConfig;
use serde_json::Value;
use std::process::{Command, Stdio};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const ROUNDS: usize = 80;
/// The goal of issue 12: the sandboxed run costs at most this much more than the floor.
const GOAL: f64 = 1.2;

/// CPU time used so far by this process and by its reaped descendants.
fn cpu_time() -> Duration {
    let used = |who| {
        // SAFETY: getrusage writes into the struct we own.
        let usage = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(who, &mut usage);
            usage
        };
        let tv = |t: libc::timeval| {
            Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
        };
        tv(usage.ru_utime) + tv(usage.ru_stime)
    };
    used(libc::RUSAGE_SELF) + used(libc::RUSAGE_CHILDREN)
}

/// The sandboxed run's phases, between the parent's call, the worker's clock (see
/// `worker::main` and `bootstrap.py`'s `main`) and the parent's return.
const PHASES: [&str; 9] = [
    "spawn: clone, namespaces, exec, dynamic linking, to the worker's main",
    "request read, descriptors set",
    "walls up: no_new_privs, Landlock, seccomp",
    "CPython initialised (isolated, no site, UTF-8)",
    "bootstrap loaded (its imports, _ast)",
    "analysis: parse, syntax error or documentation checks",
    "main run: compile, run as __main__",
    "tests: the module loaded, each test run",
    "end: exit, namespaces torn down, reaped, judged",
];

struct Variant<'a> {
    label: &'a str,
    run: Box<dyn FnMut() + 'a>,
    wall: Vec<Duration>,
    cpu: Vec<Duration>,
}

impl<'a> Variant<'a> {
    fn new(label: &'a str, run: impl FnMut() + 'a) -> Variant<'a> {
        Variant {
            label,
            run: Box::new(run),
            wall: Vec::new(),
            cpu: Vec::new(),
        }
    }

    fn sample(&mut self) {
        let cpu = cpu_time();
        let start = Instant::now();
        (self.run)();
        self.wall.push(start.elapsed());
        self.cpu.push(cpu_time().saturating_sub(cpu));
    }

    /// Best wall, median wall, median CPU, in milliseconds.
    fn stats(&self) -> (f64, f64, f64) {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let mut wall = self.wall.clone();
        let mut cpu = self.cpu.clone();
        wall.sort();
        cpu.sort();
        (
            ms(wall[0]),
            ms(wall[wall.len() / 2]),
            ms(cpu[cpu.len() / 2]),
        )
    }

    fn print(&self) {
        let (best, median, cpu) = self.stats();
        println!(
            "  {:<46} best {best:>6.2} ms   median {median:>6.2} ms   cpu {cpu:>6.2} ms",
            self.label
        );
    }
}

/// A Python script that runs `program.py` and `tests` in one process, as the worker does
/// (without the worker's documentation checks): exits 1 if a test fails. Values are written
/// as JSON, which is a Python expression once `true`, `false` and `null` are defined.
fn driver(tests: &[TestCase]) -> String {
    let mut cases = String::new();
    for test in tests {
        let line = match test {
            TestCase::Function {
                function,
                args,
                expected,
                tolerance,
                ..
            } => format!(
                "    (\"call\", {}, {}, {}, {tolerance:?}),\n",
                Value::from(function.as_str()),
                Value::from(args.clone()),
                expected
            ),
            TestCase::Io { stdin, stdout, .. } => format!(
                "    (\"io\", {}, {}),\n",
                Value::from(stdin.as_str()),
                Value::from(stdout.as_str())
            ),
        };
        cases.push_str(&line);
    }
    format!(
        r#"import builtins, io, sys
true, false, null = True, False, None
TESTS = [
{cases}]
source = open(sys.argv[1], encoding="utf-8").read()
code = compile(source, "program.py", "exec", dont_inherit=True)

def run(namespace, stdin):
    out = io.StringIO()
    saved = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO(stdin), out
    try:
        exec(code, namespace)
    finally:
        sys.stdin, sys.stdout = saved
    return out.getvalue()

def same(got, want, tolerance):
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and abs(got - want) <= tolerance
    return got == want

def lines(text):
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip()

run({{"__name__": "__main__", "__builtins__": builtins}}, "")
module = {{"__name__": "program", "__builtins__": builtins}}
run(module, "")
failed = 0
for test in TESTS:
    if test[0] == "call":
        _, function, args, expected, tolerance = test
        failed += not same(module[function](*args), expected, tolerance)
    else:
        _, stdin, expected = test
        got = run({{"__name__": "__main__", "__builtins__": builtins}}, stdin)
        failed += lines(got) != lines(expected)
sys.exit(1 if failed else 0)
"#
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

    let request = python::request(&program, &tests, &limits);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("program.py");
    std::fs::write(&file, &program).expect("write program");
    let script = dir.path().join("driver.py");
    std::fs::write(&script, driver(&tests)).expect("write driver");
    let python = |args: &[&std::ffi::OsStr]| {
        let status = Command::new(interpreter)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .expect("python3 runs");
        assert!(status.success(), "python3 {args:?} failed");
    };
    let flags_is: [&std::ffi::OsStr; 2] = ["-I".as_ref(), "-S".as_ref()];
    python(&[&flags_is[..], &[script.as_os_str(), file.as_os_str()]].concat());

    println!("worker: {bin}\ninterpreter: {interpreter}");
    println!(
        "{} tests; {ROUNDS} rounds, every variant once per round\n",
        tests.len()
    );
    let layered = |layers: Layers| {
        let (program, tests, limits, request) = (&program, &tests, &limits, &request);
        move || {
            let outcome =
                python::process::run_worker_with(request, limits, &AtomicBool::new(false), layers);
            std::hint::black_box(python::process::judge(program, tests, outcome));
        }
    };
    let only = |namespaces, landlock, seccomp| Layers {
        namespaces,
        landlock,
        seccomp,
    };
    // Where the sandboxed run's time goes: the worker's clock (CLOCK_MONOTONIC, reported
    // with its last message) between the parent's call and its return.
    let mut phases: Vec<Vec<f64>> = Vec::new();
    let mut variants = vec![
        Variant::new("atelier run_tests (sandboxed, every layer)", || {
            // What `run_tests` does, keeping the worker's clock.
            let called = atelier::runner::worker::monotonic_ns();
            let outcome = python::process::run_worker(&request, &limits, &AtomicBool::new(false));
            let clock: Vec<i64> = outcome
                .of_type("done")
                .next()
                .and_then(|done| serde_json::from_value(done["clock"].clone()).ok())
                .unwrap_or_default();
            std::hint::black_box(python::process::judge(&program, &tests, outcome));
            let returned = atelier::runner::worker::monotonic_ns();
            if clock.len() == PHASES.len() - 1 {
                let stamps: Vec<i64> = [called]
                    .into_iter()
                    .chain(clock)
                    .chain([returned])
                    .collect();
                phases.push(
                    stamps
                        .windows(2)
                        .map(|w| (w[1] - w[0]) as f64 / 1e6)
                        .collect(),
                );
            }
        }),
        Variant::new("python3 -I -S, the same tests in one process", || {
            python(&[&flags_is[..], &[script.as_os_str(), file.as_os_str()]].concat())
        }),
        Variant::new("python3 -I -S program.py (program alone)", || {
            python(&[&flags_is[..], &[file.as_os_str()]].concat())
        }),
        Variant::new("no wall (a test-only control)", layered(Layers::NONE)),
        Variant::new("namespaces only", layered(only(true, false, false))),
        Variant::new(
            "Landlock and seccomp only",
            layered(only(false, true, true)),
        ),
    ];
    for variant in variants.iter_mut() {
        variant.sample(); // warm the page cache
        variant.wall.clear();
        variant.cpu.clear();
    }
    for round in 0..ROUNDS {
        // Start each round with another variant, so none is always first after a pause.
        let count = variants.len();
        for k in 0..count {
            variants[(round + k) % count].sample();
        }
    }

    let stats: Vec<(f64, f64, f64)> = variants.iter().map(Variant::stats).collect();
    println!("the worked example, wall time (best, median) and CPU time (median):");
    for variant in &variants[..3] {
        variant.print();
    }
    println!("the same sandboxed run by layers:");
    for variant in &variants[3..] {
        variant.print();
    }
    drop(variants);
    println!(
        "the sandboxed run by phases (ms, best and median of {} runs):",
        phases.len()
    );
    for (index, label) in PHASES.iter().enumerate() {
        let mut times: Vec<f64> = phases.iter().map(|p| p[index]).collect();
        times.sort_by(f64::total_cmp);
        if let (Some(best), Some(median)) = (times.first(), times.get(times.len() / 2)) {
            println!("  {label:<64} {best:>6.2} {median:>6.2}");
        }
    }
    let (runner, floor, alone) = (stats[0], stats[1], stats[2]);
    println!(
        "\nratio atelier / python3 -I -S program.py       : best {:.2}   median {:.2}",
        runner.0 / alone.0,
        runner.1 / alone.1
    );
    let (best, median) = (runner.0 / floor.0, runner.1 / floor.1);
    println!(
        "RATIO atelier / python3 -I -S, same tests      : best {best:.2}   median {median:.2}   \
         (goal <= {GOAL:.2}: {})",
        if best <= GOAL && median <= GOAL {
            "met"
        } else {
            "not met"
        }
    );
}
