//! Issue 15 in a real terminal (tmux): when quitting cannot save, "save elsewhere" writes the
//! workspace to a file the person types, says where, and lets them quit; a path that cannot be
//! written says why and stays. Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::Session;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn init(tmp: &Path) -> PathBuf {
    let dir = tmp.join("ws");
    let status = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["init", dir.to_str().unwrap(), "--candidate", "Test Tmux"])
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

/// Starts atelier on `dir` in `lang`; its exit code goes to `rc` beside it, stderr to `stderr`.
fn start(name: &str, dir: &Path, lang: &str) -> Session {
    let session = Session::new(format!("atelier-elsewhere-{name}-{}", std::process::id()));
    let command = format!(
        "{} open {} --lang {lang} 2>{}; echo $? > {}",
        env!("CARGO_BIN_EXE_atelier"),
        dir.display(),
        dir.with_file_name("stderr").display(),
        dir.with_file_name("rc").display()
    );
    let out = session.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for(if lang == "fr" {
        "Exercices"
    } else {
        "Exercises"
    });
    session
}

fn exit_code(dir: &Path) -> Option<String> {
    std::fs::read_to_string(dir.with_file_name("rc"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(15), "{what}");
        sleep(Duration::from_millis(100));
    }
}

/// Makes the workspace folder refuse writes: read-only (chmod 555); where that does not
/// stop this user (root), `workspace.json` also becomes a folder that cannot be replaced.
fn refuse_saves(dir: &Path) {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join(".probe");
    if std::fs::write(&probe, b"x").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::rename(
            dir.join("workspace.json"),
            dir.with_file_name("workspace.saved"),
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("workspace.json").join("blocker")).unwrap();
    }
}

/// Gives the folder back its rights, so that the temporary folder can be removed.
fn allow_saves(dir: &Path) {
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755));
}

/// Empties the path field (the cursor is at its end).
fn clear_field(session: &Session) {
    session.keys(&["BSpace"; 120]);
}

/// Opens A2, adds a strength, quits: the save fails and the dialog shows.
fn fail_a_save(session: &Session, dir: &Path, item: &str, title: &str) {
    session.keys(&["Down", "Enter"]);
    // The zones' titles are the case's, in French either way.
    session.wait_for("Forces (0/4)");
    refuse_saves(dir);
    session.keys(&["a"]);
    session.text(item);
    session.keys(&["Enter"]);
    session.keys(&["q"]);
    session.wait_for(title);
}

#[test]
fn save_elsewhere_writes_the_typed_file_says_where_and_lets_the_person_quit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("fr", &dir, "fr");
    fail_a_save(
        &session,
        &dir,
        "Savoir-faire reconnu depuis 1962",
        "Enregistrement impossible",
    );
    let screen = session.screen();
    assert!(screen.contains("enregistrer ailleurs"), "{screen}");
    // The key bar lists it too.
    assert!(
        screen.lines().last().unwrap_or("").contains("ailleurs")
            || screen.matches("enregistrer ailleurs").count() >= 2,
        "{screen}"
    );
    session.keys(&["e"]);
    let screen = session.wait_for("même format que");
    assert!(screen.contains("atelier-sauvegarde-"), "{screen}");
    // A path that cannot be written: the reason, and the field stays.
    clear_field(&session);
    let blocked = tmp.path().join("nowhere").join("copie.json");
    session.text(&blocked.display().to_string());
    session.keys(&["Enter"]);
    let screen = session.wait_for("Rien n'est écrit");
    assert!(screen.contains("introuvable"), "{screen}");
    assert!(!screen.contains("libérez"), "no full disk here: {screen}");
    assert!(exit_code(&dir).is_none(), "atelier must not have quit");
    // A path in /tmp: written, and said where.
    let target = tmp.path().join("copie.json");
    clear_field(&session);
    session.text(&target.display().to_string());
    session.keys(&["Enter"]);
    let screen = session.wait_for("L'espace de travail est enregistré dans");
    assert!(screen.contains("copie.json"), "{screen}");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(
        written.contains("Savoir-faire reconnu depuis 1962"),
        "{written}"
    );
    let value: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert!(
        value.get("exercises").is_some(),
        "the format of workspace.json"
    );
    // Then quit: exit 1 (the workspace's own folder was not written), saying where the work is.
    session.keys(&["Enter"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    allow_saves(&dir);
    assert_eq!(exit_code(&dir).as_deref(), Some("1"));
    let stderr = std::fs::read_to_string(dir.with_file_name("stderr")).unwrap();
    assert!(
        stderr.contains("votre travail est enregistré dans"),
        "{stderr}"
    );
    assert!(stderr.contains("copie.json"), "{stderr}");
}

#[test]
fn save_elsewhere_in_english_and_back_to_the_choice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("en", &dir, "en");
    fail_a_save(&session, &dir, "Known since 1962", "Saving failed");
    session.keys(&["e"]);
    let screen = session.wait_for("same format as");
    assert!(screen.contains("atelier-backup-"), "{screen}");
    // Esc goes back to the choice, which still offers to save elsewhere.
    session.keys(&["Escape"]);
    let screen = session.wait_for("save elsewhere");
    assert!(screen.contains("Saving failed"), "{screen}");
    session.keys(&["Q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    allow_saves(&dir);
    assert_eq!(exit_code(&dir).as_deref(), Some("1"));
}
