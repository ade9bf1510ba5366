//! Blind marking with the real binary: `review --anonymous` never shows the candidate's name
//! (nor the bundle's file name, which holds it) on any screen, shows a code derived from the
//! bundle instead, writes no name in the grades file, and the gradebook maps the code back to
//! the name.

mod common;

use atelier::case;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::workspace::store;
use common::tmux::Session;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

#[test]
fn an_anonymous_review_never_shows_the_name_and_the_gradebook_maps_the_code_back() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Zéphyrine Quesnel",
        true,
    )
    .unwrap();
    let class = tmp.path().join("class");
    std::fs::create_dir_all(&class).unwrap();
    let file = class.join("zephyrine-quesnel.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    let code = review::candidate_code(&review::file_sha256(&file).unwrap());
    assert!(code.starts_with("C-") && code.len() == 10, "{code}");

    let tmux = Session::new(format!("atelier-blind-{}", std::process::id())).target("b");
    let command = format!(
        "exec {} review {} --examiner Eve --anonymous --lang fr",
        env!("CARGO_BIN_EXE_atelier"),
        file.display()
    );
    assert!(tmux.start(140, 45, &command).status.success());
    let mut screens = vec![tmux.wait_for("lecture seule")];
    assert!(screens[0].contains(&code), "{}", screens[0]);
    // Every exercise's screen, the grading panel, the help, a decision.
    tmux.keys(&["Enter"]);
    screens.push(tmux.wait_for("Notation · A1"));
    tmux.keys(&["g", "3"]);
    screens.push(tmux.screen());
    for _ in 0..18 {
        tmux.keys(&["]"]);
        screens.push(tmux.screen());
    }
    tmux.keys(&["?"]);
    screens.push(tmux.screen());
    tmux.keys(&["Escape", "Escape"]);
    screens.push(tmux.screen());
    tmux.keys(&["q"]);
    let start = Instant::now();
    while tmux.is_running() {
        assert!(start.elapsed() < Duration::from_secs(10));
        sleep(Duration::from_millis(50));
    }
    for screen in &screens {
        for part in ["Zéphyrine", "Quesnel", "zephyrine", "quesnel"] {
            assert!(!screen.contains(part), "{part} on screen:\n{screen}");
        }
    }
    assert!(screens.iter().filter(|s| s.contains(&code)).count() > 10);
    // The grades file it wrote holds the code, not the name.
    let written = std::fs::read_to_string(review::grades_path(&file)).unwrap();
    assert!(
        !written.contains("Zéphyrine") && !written.contains("Quesnel"),
        "{written}"
    );
    assert!(written.contains(&code));
    // The gradebook maps the code back to the name.
    let out_file = tmp.path().join("notes.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["gradebook"])
        .arg(&class)
        .arg("-o")
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = std::fs::read_to_string(&out_file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let get = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(get("candidat"), "Zéphyrine Quesnel");
    assert_eq!(get("code anonyme"), code);
}
