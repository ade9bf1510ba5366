//! `atelier run-python` on the worked example and on hostile programs: each ends with the
//! right status, leaves no process behind, and leaves the program file as it was. Also the
//! library entry the examiners' review uses (`python::run_tests`) with the hidden tests,
//! and the sketch run end to end.

use atelier::runner::{self as python, sketch, Limits, RunStatus};
use atelier::workbench::code::config::{hidden_tests, CodeConfig};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

fn atelier(args: &[&str], tag: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .env_remove("LANG")
        .env("ATELIER_TEST_TAG", tag)
        .output()
        .expect("the binary runs")
}

/// A copy of the default case with a short time limit, so the hostile tests stay quick.
fn quick_case(tmp: &Path) -> PathBuf {
    let text = include_str!("../cases/maison-verdier.json");
    let mut case: Value = serde_json::from_str(text).unwrap();
    for exercise in case["exercises"].as_array_mut().unwrap() {
        if exercise["id"] == "A1" {
            exercise["config"]["time_limit_s"] = serde_json::json!(1.5);
            exercise["config"]["memory_limit_mb"] = serde_json::json!(256);
        }
    }
    let path = tmp.join("quick.json");
    std::fs::write(&path, serde_json::to_string(&case).unwrap()).unwrap();
    std::fs::write(
        tmp.join("quick.example.json"),
        include_str!("../cases/maison-verdier.example.json"),
    )
    .unwrap();
    path
}

fn workspace(tmp: &Path, example: bool) -> PathBuf {
    let dir = tmp.join("ws");
    let case = quick_case(tmp);
    let mut args = vec![
        "init",
        dir.to_str().unwrap(),
        "--case",
        case.to_str().unwrap(),
    ];
    if example {
        args.push("--example");
    }
    let out = atelier(&args, "init");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// Processes still alive whose environment carries `tag`.
fn processes_tagged(tag: &str) -> Vec<String> {
    let needle = format!("ATELIER_TEST_TAG={tag}");
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if let Ok(environ) = std::fs::read(entry.path().join("environ")) {
            if environ
                .split(|b| *b == 0)
                .any(|var| var == needle.as_bytes())
            {
                let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
                // A zombie waiting for its parent is gone for every practical purpose.
                if !stat.contains(") Z ") {
                    found.push(name);
                }
            }
        }
    }
    found
}

/// Runs `program` through `atelier run-python --json` and checks what must always hold.
fn run_hostile(name: &str, program: &str) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let dir = workspace(tmp.path(), false);
    let path = dir.join("A1/program.py");
    std::fs::write(&path, program).unwrap();
    let tag = format!("{name}-{}", std::process::id());
    let started = std::time::Instant::now();
    let out = atelier(
        &[
            "run-python",
            dir.to_str().unwrap(),
            "--json",
            "--lang",
            "en",
        ],
        &tag,
    );
    let elapsed = started.elapsed();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{name}: a hostile program fails"
    );
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{name}: {e}: {}", String::from_utf8_lossy(&out.stdout)));
    assert!(elapsed < Duration::from_secs(6), "{name} took {elapsed:?}");
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(
        processes_tagged(&tag),
        Vec::<String>::new(),
        "{name}: processes left behind"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        program,
        "{name}: code intact"
    );
    for field in ["status", "tests", "stdout", "stderr", "duration_ms"] {
        assert!(doc.get(field).is_some(), "{name}: no {field}");
    }
    assert_eq!(doc["tests"].as_array().unwrap().len(), 11);
    doc
}

#[test]
fn infinite_loop_times_out() {
    let doc = run_hostile("loop", "while True:\n    pass\n");
    assert_eq!(doc["status"], "timeout");
    assert!(doc["message"].as_str().unwrap().contains("1.5 s"));
    assert!(doc["tests"][0]["message"]
        .as_str()
        .unwrap()
        .contains("not run"));
}

#[test]
fn sleeping_in_c_code_times_out_too() {
    let doc = run_hostile("sleep", "import time\ntime.sleep(60)\n");
    assert_eq!(doc["status"], "timeout");
}

#[test]
fn memory_bomb_exceeds_memory() {
    let doc = run_hostile(
        "membomb",
        "blocks = []\nwhile True:\n    blocks.append(' ' * 10**7)\n",
    );
    assert_eq!(doc["status"], "memory_exceeded");
}

#[test]
fn print_flood_is_capped_and_stopped() {
    let doc = run_hostile("flood", "while True:\n    print('flood ' * 20)\n");
    assert_eq!(doc["status"], "runtime_error");
    assert_eq!(doc["stdout"].as_str().unwrap().len(), python::OUTPUT_CAP);
    assert!(doc["message"].as_str().unwrap().contains("too much"));
}

#[test]
fn raw_descriptor_flood_is_capped_and_times_out() {
    let doc = run_hostile(
        "fdflood",
        "import os\nwhile True:\n    os.write(1, b'x' * 65536)\n    os.write(2, b'y' * 65536)\n",
    );
    assert_eq!(doc["status"], "timeout");
    assert!(doc["stderr"].as_str().unwrap().len() <= python::OUTPUT_CAP * 2);
}

#[test]
fn segfault_through_ctypes_is_a_crash() {
    let doc = run_hostile("segv", "import ctypes\nctypes.string_at(0)\n");
    assert_eq!(doc["status"], "crashed");
    assert!(doc["message"].as_str().unwrap().contains("segmentation"));
}

#[test]
fn os_exit_is_a_crash() {
    let doc = run_hostile("osexit", "import os\nos._exit(0)\n");
    assert_eq!(doc["status"], "crashed");
    assert!(doc["message"].as_str().unwrap().contains("exit code 0"));
}

#[test]
fn fork_loop_is_refused() {
    let doc = run_hostile("fork", "import os\nwhile True:\n    os.fork()\n");
    assert_eq!(doc["status"], "runtime_error");
    assert!(doc["message"].as_str().unwrap().contains("os.fork"));
    assert_eq!(doc["error"]["line"], 3);
}

#[test]
fn fork_through_ctypes_is_cleaned_up_by_the_group_kill() {
    let doc = run_hostile(
        "cfork",
        "import ctypes\nlibc = ctypes.CDLL(None)\nfor _ in range(3):\n    libc.fork()\nwhile True:\n    pass\n",
    );
    assert_eq!(doc["status"], "timeout");
}

#[test]
fn subprocess_and_system_are_refused() {
    let doc = run_hostile("system", "import os\nos.system('sleep 100')\n");
    assert_eq!(doc["status"], "runtime_error");
    let doc = run_hostile(
        "popen",
        "import subprocess\nsubprocess.run(['sleep', '100'])\n",
    );
    assert_eq!(doc["status"], "runtime_error");
}

#[test]
fn recursion_bomb_is_a_runtime_error() {
    let doc = run_hostile("recursion", "def f(n):\n    return f(n + 1)\n\nf(0)\n");
    assert_eq!(doc["status"], "runtime_error");
    assert!(doc["message"].as_str().unwrap().contains("RecursionError"));
}

#[test]
fn system_exit_and_syntax_errors() {
    let doc = run_hostile("exit", "import sys\nsys.exit(2)\n");
    assert_eq!(doc["status"], "runtime_error");
    let doc = run_hostile("syntax", "def f(:\n    pass\n");
    assert_eq!(doc["status"], "syntax_error");
    assert_eq!(doc["error"]["line"], 1);
}

#[test]
fn worked_example_passes_with_exit_zero_and_records_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = workspace(tmp.path(), true);
    let out = atelier(&["run-python", dir.to_str().unwrap(), "--json"], "example");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["status"], "passed");
    assert!(doc["tests"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["passed"] == true && t["name"].is_string() && t["message"].is_string()));
    assert_eq!(doc["stdout"], "TOTAL 0\n");
    let ws: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap())
            .unwrap();
    assert_eq!(
        ws["exercises"]["A1"]["code"]["last_run"]["status"],
        "passed"
    );
    assert!(
        ws["exercises"]["A1"]["code"].get("program").is_none(),
        "the file, not workspace.json, holds the program"
    );
    // The human form says the same.
    let out = atelier(
        &["run-python", dir.to_str().unwrap(), "--lang", "en"],
        "example",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Every test passes (11/11)"));
}

fn a1_config() -> CodeConfig {
    let case = atelier::case::Case::embedded_default();
    atelier::case::parse_config("$", &case.exercise("A1").unwrap().config).unwrap()
}

fn example_file(name: &str) -> String {
    let example: atelier::workspace::Example =
        serde_json::from_str(include_str!("../cases/maison-verdier.example.json")).unwrap();
    let code = example.answers["A1"].code.clone().unwrap();
    match name {
        "program" => code.program,
        _ => code.sketch,
    }
}

fn use_built_worker() {
    std::env::set_var(
        python::process::WORKER_EXE_ENV,
        env!("CARGO_BIN_EXE_atelier"),
    );
}

#[test]
fn library_runs_the_hidden_tests_for_the_review() {
    use_built_worker();
    let hidden = hidden_tests(include_str!("../cases/maison-verdier.examiner.json"), "A1").unwrap();
    let limits = Limits::from_config(&a1_config());
    let report = python::run_tests(&example_file("program"), &hidden, &limits);
    assert_eq!(report.status, RunStatus::Passed, "{:#?}", report.tests);
    assert_eq!(report.tests.len(), hidden.len());
    // The starter fails them (all but "empty input", which it gets right), each with what
    // it gave instead.
    let starter = a1_config().starter_program;
    let report = python::run_tests(&starter, &hidden, &limits);
    assert_eq!(report.status, RunStatus::Failed);
    assert_eq!(report.passed_count(), 1);
    assert!(report.tests.iter().all(|t| t.passed || !t.got.is_empty()));
}

#[test]
fn a_forged_report_line_cannot_pass_a_test() {
    use_built_worker();
    // The program writes well-formed fake answers on every descriptor it can find; the
    // parent keeps one answer per test and judges values it alone knows the expectation of.
    let program = r#"
import os, marshal
def points_fidelite(montant, statut):
    """Faux."""
    for fd in range(3, 40):
        for i in range(20):
            data = marshal.dumps({"t": "test", "i": i, "value": 42})
            try:
                os.write(fd, len(data).to_bytes(4, "little") + data)
            except OSError:
                pass
    return -1
"#;
    let config = a1_config();
    let tests = config.test_cases();
    let report = python::run_tests(program, &tests, &Limits::from_config(&config));
    assert!(
        report.tests.iter().all(|t| !t.passed),
        "{:#?}",
        report.tests
    );
    assert_ne!(report.status, RunStatus::Passed);
}

#[test]
fn the_example_sketch_animates_and_exports() {
    use_built_worker();
    let run = sketch::run_sketch(
        &example_file("sketch"),
        &Limits::default(),
        &AtomicBool::new(false),
    );
    assert_eq!(run.status, RunStatus::Passed, "{:?}", run.error);
    assert_eq!(run.frames.len(), 30, "no_loop() after 30 frames");
    let last = run.export_frame().unwrap();
    assert_eq!((last.width, last.height), (800, 450));
    let svg = sketch::frame_to_svg(last);
    assert_eq!(
        svg.matches("<rect").count(),
        1 + 8,
        "background and eight bars"
    );
    assert!(svg.contains("fill=\"#2e6b30\""), "hex colour");
    assert!(svg.contains(">Grenoble</text>"));
    // A sketch error names its line.
    let run = sketch::run_sketch(
        "def setup():\n    size(10, 10)\n\ndef draw():\n    rect(1, 2)\n",
        &Limits::default(),
        &AtomicBool::new(false),
    );
    assert_eq!(run.status, RunStatus::RuntimeError);
    assert_eq!(run.error.unwrap().line, Some(5));
}

#[test]
fn every_sketch_function_draws_into_the_svg() {
    use_built_worker();
    let source = r##"
def setup():
    size(200, 100)

def draw():
    background("#102030")
    fill(128)
    stroke(255, 0, 0)
    stroke_weight(3)
    rect(10, 10, 20, 20)
    no_stroke()
    fill(0, 0, 255, 128)
    ellipse(50, 50, 30, 20)
    circle(80, 50, 10)
    no_fill()
    stroke(0)
    line(0, 0, width, height)
    point(5, 5)
    fill(0, 255, 0)
    triangle(100, 90, 110, 70, 120, 90)
    text("n=" + str(frame_count), 130, 20)
    r = random(10, 20)
    assert 10 <= r <= 20
    if frame_count == 3:
        no_loop()
"##;
    let run = sketch::run_sketch(source, &Limits::default(), &AtomicBool::new(false));
    assert_eq!(run.status, RunStatus::Passed, "{:?}", run.error);
    assert_eq!(run.frames.len(), 3, "three frames, then no_loop()");
    let svg = sketch::frame_to_svg(run.export_frame().unwrap());
    for wanted in [
        "width=\"200\" height=\"100\"",
        "<rect x=\"0\" y=\"0\" width=\"200\" height=\"100\" fill=\"#102030\"/>",
        "<rect x=\"10\" y=\"10\" width=\"20\" height=\"20\" fill=\"#808080\" stroke=\"#ff0000\" stroke-width=\"3\"/>",
        "<ellipse cx=\"50\" cy=\"50\" rx=\"15\" ry=\"10\" fill=\"#0000ff\" fill-opacity=\"0.502\" stroke=\"none\"/>",
        "<ellipse cx=\"80\" cy=\"50\" rx=\"5\" ry=\"5\"",
        "<line x1=\"0\" y1=\"0\" x2=\"200\" y2=\"100\" stroke=\"#000000\" stroke-width=\"3\"/>",
        "<circle cx=\"5\" cy=\"5\" r=\"1.5\" fill=\"#000000\"/>",
        "<polygon points=\"100,90 110,70 120,90\" fill=\"#00ff00\" stroke=\"#000000\"",
        ">n=3</text>",
    ] {
        assert!(svg.contains(wanted), "{wanted} missing from\n{svg}");
    }
    // A wrong colour is an error on its line, as py5 would raise.
    let run = sketch::run_sketch(
        "def setup():\n    size(10, 10)\n\ndef draw():\n    fill('vert')\n",
        &Limits::default(),
        &AtomicBool::new(false),
    );
    assert_eq!(run.status, RunStatus::RuntimeError);
    assert_eq!(run.error.as_ref().unwrap().line, Some(5));
    // An endless draw() without no_loop() stops at the frame cap; an endless setup() at
    // the time limit.
    let run = sketch::run_sketch(
        "def draw():\n    point(frame_count, 1)\n",
        &Limits::default(),
        &AtomicBool::new(false),
    );
    assert_eq!(run.frames.len(), python::SKETCH_FRAMES);
    let quick = Limits {
        time: Duration::from_millis(800),
        ..Limits::default()
    };
    let run = sketch::run_sketch(
        "def setup():\n    while True:\n        pass\n",
        &quick,
        &AtomicBool::new(false),
    );
    assert_eq!(run.status, RunStatus::Timeout);
}

#[test]
fn documentation_check_finds_missing_docstrings_header_and_shadowed_builtins() {
    use_built_worker();
    let program = "import math\n\ndef total(list):\n    sum = 0\n    for x in list:\n        sum += x\n    return sum\n\nclass Ticket:\n    \"\"\"Un ticket.\"\"\"\n";
    let report = python::run_tests(program, &[], &Limits::default());
    assert_eq!(report.status, RunStatus::Passed);
    let found: Vec<(python::DocCode, &str, u32)> = report
        .docs
        .iter()
        .map(|d| (d.code, d.name.as_str(), d.line))
        .collect();
    assert_eq!(
        found,
        vec![
            (python::DocCode::MissingHeader, "", 1),
            (python::DocCode::MissingDocstring, "total", 3),
            (python::DocCode::ShadowedBuiltin, "list", 3),
            (python::DocCode::ShadowedBuiltin, "sum", 4),
        ]
    );
    // They become findings of the exercise, with the syntax error case too.
    let code = atelier::workbench::code::model::CodeAnswer {
        program: program.into(),
        sketch: "size(10, 10)\n".into(),
        last_run: Some(report),
        sketch_svg: None,
    };
    let codes: Vec<&str> = atelier::workbench::check::check_code(Some(&code))
        .iter()
        .map(|f| f.code())
        .collect();
    assert_eq!(
        codes,
        [
            "missing-header-comment",
            "missing-docstring",
            "shadowed-builtin",
            "shadowed-builtin"
        ]
    );
    let broken = "def f(:\n";
    let report = python::run_tests(broken, &[], &Limits::default());
    let code = atelier::workbench::code::model::CodeAnswer {
        program: broken.into(),
        sketch: String::new(),
        last_run: Some(report),
        sketch_svg: None,
    };
    let findings = atelier::workbench::check::check_code(Some(&code));
    assert_eq!(findings[0].code(), "program-syntax-error");
    assert!(findings[0]
        .message(atelier::i18n::Lang::En)
        .starts_with("syntax error at line 1"));
    assert_eq!(findings[1].code(), "sketch-missing");
    // A run of another text is not the current run.
    let changed = atelier::workbench::code::model::CodeAnswer {
        program: "print(1)\n".into(),
        ..code
    };
    assert_eq!(
        atelier::workbench::check::check_code(Some(&changed))[0].code(),
        "program-not-run"
    );
}

#[test]
fn python_signal_handlers_are_installed_in_the_worker() {
    // SIGINT becomes KeyboardInterrupt, as in `python3`, rather than killing the worker.
    let doc = run_hostile(
        "sigint",
        "import signal\nsignal.raise_signal(signal.SIGINT)\n",
    );
    assert_eq!(doc["status"], "runtime_error");
    assert!(doc["message"]
        .as_str()
        .unwrap()
        .contains("KeyboardInterrupt"));
}

#[test]
fn garbage_on_the_report_channel_is_a_crash_not_a_pass() {
    let doc = run_hostile(
        "garbage",
        "import os\nfor fd in range(3, 40):\n    try:\n        os.write(fd, b'x' * 100000)\n    except OSError:\n        pass\n",
    );
    assert_eq!(doc["status"], "crashed");
    assert!(doc["message"].as_str().unwrap().contains("report channel"));
}

#[test]
fn the_bundle_carries_the_results_the_sketch_and_both_files_never_the_hidden_tests() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = workspace(tmp.path(), true);
    // A change made outside atelier after the last run: the bundle runs the tests again.
    let program = dir.join("A1/program.py");
    let text = std::fs::read_to_string(&program).unwrap();
    std::fs::write(&program, format!("{text}\n# relu\n")).unwrap();
    let zip = tmp.path().join("b.zip");
    let out = atelier(
        &["bundle", dir.to_str().unwrap(), "-o", zip.to_str().unwrap()],
        "bundle",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (_, files) = atelier::bundle::read_bundle(&zip).unwrap();
    assert!(files["A1/program.py"].ends_with(b"# relu\n"));
    assert!(files.contains_key("A1/sketch.py"));
    let results: Value = serde_json::from_slice(&files["exports/A1-results.json"]).unwrap();
    assert_eq!(results["status"], "passed");
    assert_eq!(results["tests"].as_array().unwrap().len(), 11);
    assert_eq!(
        results["program_sha256"],
        atelier::case::digest::sha256_hex(&files["A1/program.py"])
    );
    let svg = String::from_utf8(files["exports/A1-sketch.svg"].clone()).unwrap();
    assert!(svg.starts_with("<svg"));
    let html = String::from_utf8(files["report.html"].clone()).unwrap();
    assert!(html.contains("<figure class=\"sketch\">\n<svg"));
    assert!(html.contains("<td>Réassort : arrondi à l&#39;entier supérieur</td>"));
    let md = String::from_utf8(files["report.md"].clone()).unwrap();
    assert!(md.contains("```python\n# Règles de fidélité"));
    // Hidden tests stay in the examiner's file.
    for (name, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("Statut en majuscules entouré d'espaces"),
            "a hidden test leaked into {name}"
        );
    }
}

#[test]
fn export_gives_the_results_as_json_and_the_sketch_as_svg() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = workspace(tmp.path(), true);
    let json = tmp.path().join("a1.json");
    let svg = tmp.path().join("a1.svg");
    for (format, path) in [("json", &json), ("svg", &svg)] {
        let out = atelier(
            &[
                "export",
                dir.to_str().unwrap(),
                "--exercise",
                "A1",
                "--format",
                format,
                "-o",
                path.to_str().unwrap(),
            ],
            "export",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let results: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(results["status"], "passed");
    assert!(std::fs::read_to_string(&svg).unwrap().starts_with("<svg"));
}

/// The examiner reads, per test, what the program printed on stdout and on stderr, whether
/// the call returned or raised.
#[test]
fn each_function_test_reports_its_stdout_and_stderr() {
    use atelier::workbench::code::config::TestCase;
    let program = r#"
import sys

def double(x):
    print("calcul de", x)
    print("attention", x, file=sys.stderr)
    if x < 0:
        raise ValueError("négatif")
    return 2 * x
"#;
    let test = |name: &str, x: i64, expected: i64| TestCase::Function {
        name: name.into(),
        function: "double".into(),
        args: vec![serde_json::json!(x)],
        expected: serde_json::json!(expected),
        tolerance: 0.0,
    };
    let tests = vec![test("deux", 2, 4), test("moins un", -1, -2)];
    let (report, outputs) = python::run_tests_with_outputs(program, &tests, &Limits::default());
    assert_eq!(report.tests.len(), 2, "{report:?}");
    assert_eq!(outputs[0].stdout, "calcul de 2\n");
    assert_eq!(outputs[0].stderr, "attention 2\n");
    assert_eq!(outputs[1].stdout, "calcul de -1\n");
    assert_eq!(outputs[1].stderr, "attention -1\n");
}
