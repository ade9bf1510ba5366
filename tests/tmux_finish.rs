//! Issue 15 in a real terminal (tmux), as a candidate types: the A7 opinion survives Esc,
//! the first F5 of a new workspace runs the starter on screen, an A13 question is read whole
//! at 80x24, Shift+Tab goes back a panel, and a save that fails on quit keeps atelier open
//! with a choice. The screen and the workspace are checked after each step.
//! Needs tmux (scripts/test.sh installs it).

mod common;

use common::tmux::{workspace_text, Session};
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

/// Starts atelier on `dir` at `width` x `height`; its exit code goes to `rc` beside it.
fn start(name: &str, dir: &Path, width: u16, height: u16) -> Session {
    let session = Session::new(format!("atelier-finish-{name}-{}", std::process::id()));
    let rc = dir.with_file_name("rc");
    let err = dir.with_file_name("stderr");
    let command = format!(
        "{} open {} --lang fr 2>{}; echo $? > {}",
        env!("CARGO_BIN_EXE_atelier"),
        dir.display(),
        err.display(),
        rc.display()
    );
    let out = session.start(width, height, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    session.wait_for("Exercices");
    session
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(15), "{what}");
        sleep(Duration::from_millis(100));
    }
}

fn exit_code(dir: &Path) -> Option<String> {
    std::fs::read_to_string(dir.with_file_name("rc"))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn open_exercise(session: &Session, downs: usize) {
    for _ in 0..downs {
        session.keys(&["Down"]);
    }
    session.keys(&["Enter"]);
}

#[test]
fn the_a7_opinion_survives_escape() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("opinion", &dir, 120, 40);
    open_exercise(&session, 6);
    session.wait_for("Registre vide");
    // Register, checklist, findings, opinion.
    session.keys(&["Tab", "Tab", "Tab"]);
    session.wait_for("Entrée pour écrire l'avis");
    session.keys(&["Enter"]);
    session.text("Avis réservé : la paie doit passer en priorité.");
    session.keys(&["Escape"]);
    let screen = session.wait_for("Texte gardé");
    assert!(
        screen.contains("Avis réservé : la paie doit passer en priorité."),
        "{screen}"
    );
    wait_until("the opinion is saved", || {
        workspace_text(&dir).contains("Avis réservé : la paie doit passer en priorité.")
    });
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("0"));
}

#[test]
fn the_first_f5_of_a_new_workspace_runs_the_starter_on_screen() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("starter", &dir, 120, 40);
    open_exercise(&session, 0);
    session.wait_for("program.py");
    session.keys(&["F5"]);
    // The run ends by putting the cursor on the first error line, and says so.
    let screen = session.wait_for("Curseur mis ligne");
    // The starter's functions exist and say "à compléter": they are not undefined.
    assert!(
        screen.contains("NotImplementedError: à compléter"),
        "{screen}"
    );
    assert!(!screen.contains("n'est pas définie"), "{screen}");
    assert!(!screen.contains("a changé sur le disque"), "{screen}");
    // Files on disk are the starter, untouched; a second F5 gives the same result.
    let program = std::fs::read_to_string(dir.join("A1/program.py")).unwrap();
    assert!(program.contains("def points_fidelite"), "{program}");
    sleep(Duration::from_millis(1500));
    assert!(!session.screen().contains("a changé sur le disque"));
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
}

#[test]
fn an_a13_question_is_readable_whole_at_80x24() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("a13", &dir, 80, 24);
    open_exercise(&session, 12);
    let table = session.wait_for("Questionnaire de maturité");
    assert!(
        !table.contains("portée par le comité"),
        "cut in the table: {table}"
    );
    session.keys(&["v"]);
    let popup = session.wait_for("portée par le comité");
    assert!(popup.contains("de direction ?"), "{popup}");
    session.keys(&["Escape"]);
    sleep(Duration::from_millis(200));
    assert!(!session.screen().contains("portée par le comité"));
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
}

#[test]
fn shift_tab_goes_back_to_the_previous_panel() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("backtab", &dir, 120, 40);
    open_exercise(&session, 6);
    session.wait_for("Registre vide");
    session.keys(&["Tab"]);
    wait_until("the checklist is shown", || {
        !session.screen().contains("Registre vide")
    });
    session.keys(&["BTab"]);
    session.wait_for("Registre vide");
    // From the first panel, Shift+Tab wraps round to the last (the notes).
    session.keys(&["BTab"]);
    wait_until("the last panel is shown", || {
        !session.screen().contains("Registre vide")
    });
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
}

#[test]
fn quitting_while_a_save_fails_keeps_atelier_open_with_a_choice() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("savefail", &dir, 120, 40);
    open_exercise(&session, 1);
    session.wait_for("Forces");
    // The disk refuses the save: workspace.json is now a folder that cannot be replaced.
    let saved = dir.with_file_name("workspace.saved");
    std::fs::rename(dir.join("workspace.json"), &saved).unwrap();
    std::fs::create_dir_all(dir.join("workspace.json").join("blocker")).unwrap();
    session.keys(&["a"]);
    session.text("Marque familiale connue depuis 1962");
    session.keys(&["Enter"]);
    session.keys(&["q"]);
    let screen = session.wait_for("Enregistrement impossible");
    assert!(screen.contains("quitter sans enregistrer"), "{screen}");
    assert!(session.is_running());
    // Retry while the disk still refuses: the choice stays.
    session.keys(&["r"]);
    sleep(Duration::from_millis(300));
    assert!(session.screen().contains("Enregistrement impossible"));
    assert!(exit_code(&dir).is_none(), "atelier must not have quit");
    // The disk is fixed: retry saves and quits, with the item in the workspace.
    std::fs::remove_dir_all(dir.join("workspace.json")).unwrap();
    std::fs::rename(&saved, dir.join("workspace.json")).unwrap();
    session.keys(&["r"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("0"));
    assert!(workspace_text(&dir).contains("Marque familiale connue depuis 1962"));
}

#[test]
fn quitting_anyway_after_a_failed_save_exits_1_with_the_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("quitanyway", &dir, 120, 40);
    open_exercise(&session, 1);
    session.wait_for("Forces");
    std::fs::rename(
        dir.join("workspace.json"),
        dir.with_file_name("workspace.saved"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("workspace.json").join("blocker")).unwrap();
    session.keys(&["a"]);
    session.text("Réseau de 38 magasins");
    session.keys(&["Enter"]);
    session.keys(&["q"]);
    session.wait_for("Enregistrement impossible");
    session.keys(&["Q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("1"));
    let stderr = std::fs::read_to_string(dir.with_file_name("stderr")).unwrap();
    assert!(stderr.contains("Échec de l'enregistrement"), "{stderr}");
}

#[test]
fn quitting_right_after_typing_in_a1_writes_the_file_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("a1write", &dir, 120, 40);
    open_exercise(&session, 0);
    session.wait_for("program.py");
    session.keys(&["Enter"]);
    session.text("# écrit juste avant de quitter");
    // Leave the editor and quit at once: no half-second wait for the debounced write.
    session.keys(&["Escape"]);
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("0"));
    let program = std::fs::read_to_string(dir.join("A1/program.py")).unwrap();
    assert!(
        program.contains("# écrit juste avant de quitter"),
        "{program}"
    );
}

/// `atelier check DIR` in French: its line for `exercise`.
fn check_line(dir: &Path, exercise: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["check", dir.to_str().unwrap(), "--lang", "fr"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.starts_with(exercise))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a15_is_completed_with_keys_alone_from_an_empty_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    assert!(check_line(&dir, "A15").contains("non commencé"));
    let session = start("a15", &dir, 120, 40);
    open_exercise(&session, 14);
    session.wait_for("Diapositives");
    // A slide: its title, one point, its speaker notes.
    session.keys(&["a"]);
    session.text("Accroche : 38 magasins");
    session.keys(&["Enter"]);
    session.wait_for("1. Accroche : 38 magasins");
    session.keys(&["p"]);
    session.text("Le client veut le même stock partout");
    session.keys(&["Escape"]);
    session.wait_for("▸ Le client veut le même stock partout");
    session.keys(&["n"]);
    session.text("Commencer par une cliente");
    session.keys(&["Escape"]);
    session.wait_for("Commencer par une cliente");
    // Five objections, each with its answer.
    session.keys(&["Tab"]);
    session.wait_for("Objections : 0");
    for i in 1..=5 {
        session.keys(&["a"]);
        session.text(&format!("Objection {i} ?"));
        session.keys(&["Enter"]);
        session.text(&format!("Réponse {i}."));
        session.keys(&["Enter"]);
        session.wait_for(&format!("{i}. Objection {i} ?"));
    }
    session.wait_for("Objections : 5");
    // A rehearsal: F5 from the slides, then Esc records it.
    session.keys(&["BTab"]);
    session.keys(&["F5"]);
    session.wait_for("limite 10:00");
    sleep(Duration::from_millis(1100));
    session.keys(&["Escape"]);
    wait_until("the rehearsal is saved", || {
        workspace_text(&dir).contains("rehearsals")
    });
    wait_until("A15 is complete", || {
        check_line(&dir, "A15").contains("complet")
    });
    assert!(!check_line(&dir, "A15").contains("non "));
    session.keys(&["Escape"]);
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
}

#[test]
fn a2_is_completed_with_keys_alone_from_an_empty_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("a2", &dir, 120, 40);
    open_exercise(&session, 1);
    session.wait_for("S · Forces (0/4)");
    // Four items in each quadrant, each with its evidence; → goes to the next quadrant.
    for (zone, heading) in [
        "S · Forces",
        "W · Faiblesses",
        "O · Opportunités",
        "T · Menaces",
    ]
    .iter()
    .enumerate()
    {
        for i in 1..=4 {
            session.keys(&["a"]);
            session.text(&format!("Élément {}.{i}", zone + 1));
            session.keys(&["Enter"]);
            session.keys(&["s"]);
            session.text(&format!("Rapport annuel 2025, p. {i}"));
            session.keys(&["Enter"]);
        }
        session.wait_for(&format!("{heading} (4/4)"));
        session.keys(&["Right"]);
    }
    wait_until("the items are saved", || {
        workspace_text(&dir).contains("Élément 4.4")
    });
    // One TOWS strategy of each kind, linked to the items it combines: in the list, S1 is
    // first, W1 fifth, O1 ninth, T1 thirteenth.
    session.keys(&["Tab"]);
    for (kind, (first, second)) in [(0, 8), (0, 12), (4, 8), (4, 12)].iter().enumerate() {
        session.keys(&["a"]);
        for _ in 0..kind {
            session.keys(&["Down"]);
        }
        session.keys(&["Enter"]);
        session.text(&format!("Stratégie {kind}"));
        session.keys(&["Enter"]);
        session.keys(&["l"]);
        for _ in 0..*first {
            session.keys(&["Down"]);
        }
        session.keys(&["Space"]);
        for _ in *first..*second {
            session.keys(&["Down"]);
        }
        session.keys(&["Space", "Enter"]);
    }
    let screen = session.wait_for("WT-1  Stratégie 3  [W1 T1]");
    assert!(screen.contains("SO-1  Stratégie 0  [S1 O1]"), "{screen}");
    // The notes: twelve lines.
    session.keys(&["Tab"]);
    session.keys(&["Enter"]);
    for line in 1..=12 {
        session.text(&format!(
            "Ligne {line} de l'analyse : distributeur ou plateforme."
        ));
        session.keys(&["Enter"]);
    }
    session.keys(&["Escape"]);
    wait_until("A2 is complete", || {
        let line = check_line(&dir, "A2");
        line.contains("complet") && !line.contains("en cours")
    });
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("0"));
}

#[test]
fn a7_is_completed_with_keys_alone_from_an_empty_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path());
    let session = start("a7", &dir, 120, 40);
    open_exercise(&session, 6);
    session.wait_for("Registre vide");
    // Six of the case's processings, each taken from the list `a` offers.
    for _ in 0..6 {
        session.keys(&["a"]);
        session.keys(&["Enter"]);
        session.keys(&["Escape"]);
    }
    session.wait_for("Traitements : 6");
    // Each processing's three risks, severity and likelihood, chosen in pickers (the six
    // last rows of its form); `]` opens the next processing at the same row.
    for _ in 0..6 {
        session.keys(&["Up"]);
    }
    session.keys(&["Enter"]);
    session.wait_for("(1/6)");
    for _ in 0..22 {
        session.keys(&["Down"]);
    }
    for processing in 1..=6 {
        if processing > 1 {
            session.keys(&["]"]);
            session.keys(&["Up", "Up", "Up", "Up", "Up"]);
        }
        for _ in 0..6 {
            session.keys(&["Enter", "Down", "Enter", "Down"]);
        }
        session.wait_for(&format!("({processing}/6)"));
    }
    session.keys(&["Escape"]);
    wait_until("the risks are saved", || {
        workspace_text(&dir).matches("\"likelihood\"").count() >= 18
    });
    // The security checklist: an answer to each of its 24 questions.
    session.keys(&["Tab"]);
    session.wait_for("0/24");
    for _ in 0..24 {
        session.keys(&["Space", "Down"]);
    }
    session.wait_for("24/24");
    // The rule engine's 30 proposals, each dismissed with its reason.
    session.keys(&["Tab"]);
    session.wait_for("30 à décider");
    for _ in 0..30 {
        session.keys(&["x"]);
        session.text("Vérifié sur place : conforme");
        session.keys(&["Enter"]);
    }
    session.wait_for("0 à décider");
    // The opinion.
    session.keys(&["Tab"]);
    session.keys(&["Enter"]);
    session.text("Avis : le registre est à reprendre avant toute collecte.");
    session.keys(&["Enter"]);
    wait_until("A7 is complete", || {
        let line = check_line(&dir, "A7");
        line.contains("complet") && !line.contains("en cours")
    });
    session.keys(&["q"]);
    wait_until("atelier quits", || exit_code(&dir).is_some());
    assert_eq!(exit_code(&dir).as_deref(), Some("0"));
}
