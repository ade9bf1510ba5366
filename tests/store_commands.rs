//! The store seen from the commands (the real binary): one lock for every writer, read-only
//! commands that never repair, and a workspace of a newer atelier that no command rewrites.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn atelier(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn init(tmp: &Path) -> PathBuf {
    let dir = tmp.join("ws");
    let out = atelier(tmp, &["init", dir.to_str().unwrap(), "--example"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// Every file of the workspace folder with its bytes, but the lock file.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.ends_with(".atelier/lock") {
                found.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// Holds the workspace's lock as a running atelier does.
fn hold_lock(dir: &Path) -> File {
    std::fs::create_dir_all(dir.join(".atelier")).unwrap();
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(".atelier/lock"))
        .unwrap();
    file.try_lock().unwrap();
    file
}

fn opml(tmp: &Path) -> PathBuf {
    let path = tmp.join("carte.opml");
    std::fs::write(
        &path,
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>Carte</title></head><body><outline text="Racine"><outline text="Branche importée"/></outline></body></opml>"#,
    )
    .unwrap();
    path
}

#[test]
fn while_the_lock_is_held_no_command_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let ws = dir.to_str().unwrap();
    std::fs::write(dir.join("workspace.json"), b"{ corrupt").unwrap();
    let lock = hold_lock(&dir);
    let before = snapshot(&dir);

    // check reads the backup and writes nothing: no repair, no workspace.corrupt-* copy.
    let out = atelier(tmp.path(), &["check", ws, "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("`atelier check --repair` repairs it"));
    // Every writer refuses with the reason.
    let out = atelier(tmp.path(), &["check", ws, "--repair", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("already open in another atelier"),
        "{}",
        stderr(&out)
    );
    let file = opml(tmp.path());
    let out = atelier(
        tmp.path(),
        &["import", ws, "--exercise", "A5", file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("est déjà ouvert dans un autre atelier ; fermez-le d'abord"),
        "{}",
        stderr(&out)
    );
    // run-python runs, says its result is not recorded, and records nothing.
    let out = atelier(tmp.path(), &["run-python", ws, "--lang", "en"]);
    assert!(
        stderr(&out).contains("Run not recorded"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        snapshot(&dir),
        before,
        "a command wrote while the lock was held"
    );

    // The lock released, the writers work: the repair, then the import.
    drop(lock);
    let out = atelier(tmp.path(), &["check", ws, "--repair", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("restored from backup"));
    let out = atelier(
        tmp.path(),
        &["import", ws, "--exercise", "A5", file.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.join("workspace.json")).unwrap();
    assert!(text.contains("Branche importée"));
}

#[test]
fn no_command_rewrites_a_workspace_of_a_newer_atelier() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let ws = dir.to_str().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("workspace.json")).unwrap()).unwrap();
    value["format"] = serde_json::json!(999);
    value["future_field"] = serde_json::json!("kept");
    value["exercises"]["A2"]["future_answer_field"] = serde_json::json!(42);
    std::fs::write(
        dir.join("workspace.json"),
        serde_json::to_string_pretty(&value).unwrap(),
    )
    .unwrap();
    let before = snapshot(&dir);
    let sentence_en =
        "made by a newer atelier (format 999); this version reads it but will not change it";
    let sentence_fr = "créé par une version plus récente d'atelier (format 999) ; cette version le lit mais ne le modifiera pas";

    // Readers read it and say so.
    let out = atelier(tmp.path(), &["check", ws, "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(sentence_en), "{}", stderr(&out));
    let out = atelier(tmp.path(), &["check", ws, "--lang", "fr"]);
    assert!(stderr(&out).contains(sentence_fr), "{}", stderr(&out));
    // Writers refuse with the sentence.
    let file = opml(tmp.path());
    let out = atelier(
        tmp.path(),
        &[
            "import",
            ws,
            "--exercise",
            "A5",
            file.to_str().unwrap(),
            "--lang",
            "fr",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(sentence_fr), "{}", stderr(&out));
    let out = atelier(tmp.path(), &["check", ws, "--repair", "--lang", "en"]);
    assert!(stderr(&out).contains(sentence_en), "{}", stderr(&out));
    let out = atelier(tmp.path(), &["run-python", ws, "--lang", "en"]);
    assert!(stderr(&out).contains(sentence_en), "{}", stderr(&out));
    assert_eq!(
        snapshot(&dir),
        before,
        "not a byte of the workspace changed"
    );
}
