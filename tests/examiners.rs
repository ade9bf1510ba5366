//! Examiners with the real binary: the gradebook over a class mixing intact, tampered and
//! ungraded bundles; grades that survive a kill of the review mid-session (tmux, SIGKILL);
//! the examiner-only material never in a candidate's workspace, bundle or binary.

mod common;

use atelier::case;
use atelier::exam::grading::Decision;
use atelier::exam::markers::GradesFile;
use atelier::exam::review;
use atelier::i18n::Lang;
use atelier::workspace::store;
use common::tmux::Session;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

fn atelier(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("the binary runs")
}

/// A candidate's bundle of the worked example, written at `file`.
fn bundle(tmp: &Path, candidate: &str, file: &Path) -> PathBuf {
    let dir = tmp.join(format!("ws-{candidate}"));
    let ws = store::init(&dir, case::load_default(), candidate, true).unwrap();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    atelier::bundle::write_bundle(&ws, file, Lang::Fr).unwrap();
    file.to_path_buf()
}

/// Grades every exercise of a bundle, validated unless listed in `rejected`.
fn grade(file: &Path, rejected: &[&str], leave_out: &[&str]) {
    let opened = review::open(file).unwrap();
    let mut file_grades = review::grades_for(&opened).unwrap();
    let grades = file_grades.marker_mut("Eve");
    for exercise in &opened.case.exercises {
        if leave_out.contains(&exercise.id.as_str()) {
            continue;
        }
        for index in 0..exercise.rubric.len() {
            grades
                .set_score(exercise, index, Some(3), "Eve", "2026-06-15T09:00:00Z")
                .unwrap();
        }
        let decision = if rejected.contains(&exercise.id.as_str()) {
            Decision::NotValidated
        } else {
            Decision::Validated
        };
        grades.set_decision(&exercise.id, Some(decision), "Eve", "2026-06-15T09:00:00Z");
    }
    review::save_grades(&review::grades_path(file), &file_grades).unwrap();
}

/// Rewrites a bundle with one entry changed (the manifest left as it was).
fn tamper(file: &Path) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut files = Vec::new();
    for i in 0..archive.len() {
        let mut e = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).unwrap();
        if e.name() == "report.md" {
            bytes.extend_from_slice(b"\nAjout.\n");
        }
        files.push((e.name().to_string(), bytes));
    }
    let mut out = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    for (name, bytes) in files {
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
}

fn rows(csv_text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn gradebook_lists_intact_tampered_and_ungraded_bundles() {
    let tmp = tempfile::tempdir().unwrap();
    let class = tmp.path().join("class");
    let alice = bundle(tmp.path(), "Alice", &class.join("alice.zip"));
    grade(&alice, &[], &[]);
    let bruno = bundle(tmp.path(), "Bruno", &class.join("groupe-b/bruno.zip"));
    grade(&bruno, &["A7"], &[]);
    let chloe = bundle(tmp.path(), "Chloé", &class.join("groupe-b/chloe.zip"));
    grade(&chloe, &[], &["MC"]);
    bundle(tmp.path(), "Dina", &class.join("dina.zip"));
    let emile = bundle(tmp.path(), "Émile", &class.join("emile.zip"));
    grade(&emile, &[], &[]);
    tamper(&emile);
    let farid = bundle(tmp.path(), "Farid", &class.join("farid.zip"));
    std::fs::write(review::grades_path(&farid), b"{ not json").unwrap();
    // Graded, then handed in again (a new, intact bundle under the same name).
    let hana = bundle(tmp.path(), "Hana", &class.join("hana.zip"));
    grade(&hana, &[], &[]);
    bundle(tmp.path(), "Hana bis", &hana);
    std::fs::write(class.join("pas-un-zip.zip"), b"not a zip").unwrap();
    std::fs::write(class.join("notes.txt"), b"ignored").unwrap();

    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "--lang",
            "en",
            "gradebook",
            class.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&out_file).unwrap();
    let rows = rows(&text);
    let by_file = |name: &str| {
        rows.iter()
            .find(|r| r["file"] == name)
            .unwrap_or_else(|| panic!("{name} not listed:\n{text}"))
    };
    assert_eq!(rows.len(), 8, "{text}");

    let a = by_file("alice.zip");
    assert_eq!(a["candidate"], "Alice");
    assert_eq!(a["case"], "maison-verdier");
    assert_eq!(a["integrity"], "ok");
    assert_eq!(a["state"], "graded");
    assert_eq!(a["examiner"], "Eve");
    assert_eq!(a["exercises decided"], "18");
    assert_eq!(a["exercises"], "18");
    assert_eq!(a["A2 points"], "12");
    assert_eq!(a["A2 max"], "16");
    assert_eq!(a["A2 agreed decision"], "validated");
    assert_eq!(a["bloc 1 points"], "45");
    assert_eq!(a["bloc 1 max"], "60");
    assert_eq!(a["total max"], "276");
    assert_eq!(a["bloc 1"], "obtained");
    assert_eq!(a["certification"], "obtained");

    let b = by_file("groupe-b/bruno.zip");
    assert_eq!(b["A7 agreed decision"], "not validated");
    assert_eq!(b["bloc 2"], "not obtained");
    assert_eq!(b["bloc 1"], "obtained");
    assert_eq!(b["certification"], "not obtained");

    let c = by_file("groupe-b/chloe.zip");
    assert_eq!(c["state"], "in progress");
    assert_eq!(c["MC agreed decision"], "");
    assert_eq!(c["MC points"], "");
    assert_eq!(c["MC max"], "20");
    assert_eq!(c["bloc 4"], "obtained");
    assert_eq!(c["certification"], "pending");

    let d = by_file("dina.zip");
    assert_eq!(d["candidate"], "Dina");
    assert_eq!(d["integrity"], "ok");
    assert_eq!(d["state"], "to grade");
    assert_eq!(d["exercises decided"], "0");
    assert_eq!(d["A2 points"], "");
    assert_eq!(d["certification"], "pending");

    let e = by_file("emile.zip");
    assert_eq!(e["candidate"], "Émile");
    assert_eq!(e["integrity"], "failed");
    assert!(e["integrity error"].contains("report.md"));
    assert_eq!(e["state"], "failed verification");
    // Graded before the change: never certified.
    assert_eq!(e["certification"], "not obtained");

    let f = by_file("farid.zip");
    assert_eq!(f["integrity"], "ok");
    assert_eq!(f["state"], "grades unreadable");
    assert_eq!(f["certification"], "pending");

    let h = by_file("hana.zip");
    assert_eq!(h["integrity"], "ok");
    assert_eq!(h["state"], "to grade again");
    assert_eq!(h["certification"], "pending");
    assert_eq!(h["bloc 1"], "pending");

    let z = by_file("pas-un-zip.zip");
    assert_eq!(z["integrity"], "failed");
    assert_eq!(z["candidate"], "");
    assert_eq!(z["certification"], "not obtained");
    assert!(!text.contains("notes.txt"));
}

#[test]
fn examiner_material_is_never_in_a_workspace_a_bundle_or_the_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let examiner: atelier::exam::examiner::ExaminerFile = serde_json::from_str(
        &std::fs::read_to_string(root.join("cases/maison-verdier.examiner.json")).unwrap(),
    )
    .unwrap();
    let secrets: Vec<String> = examiner.exercises["A1"]
        .hidden_tests
        .iter()
        .map(|t| t.name.clone())
        .chain(
            examiner.exercises["A7"]
                .planted_flaws
                .iter()
                .map(|f| f.explanation.clone()),
        )
        .collect();
    assert!(secrets.len() > 10);
    // A workspace made from ./cases, where the examiner file sits beside the case.
    let work = tmp.path().join("salle");
    std::fs::create_dir_all(work.join("cases")).unwrap();
    for name in [
        "maison-verdier.json",
        "maison-verdier.example.json",
        "maison-verdier.examiner.json",
    ] {
        std::fs::copy(root.join("cases").join(name), work.join("cases").join(name)).unwrap();
    }
    let case_path = work.join("cases/maison-verdier.json");
    let out = atelier(
        &[
            "init",
            "ws",
            "--case",
            case_path.to_str().unwrap(),
            "--example",
        ],
        &work,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = atelier(&["bundle", "ws", "-o", "rendu.zip"], &work);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut haystacks: Vec<(String, Vec<u8>)> = Vec::new();
    let mut pending = vec![work.join("ws")];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                haystacks.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    let (_, files) = atelier::bundle::read_bundle(&work.join("rendu.zip")).unwrap();
    haystacks.extend(
        files
            .into_iter()
            .map(|(n, b)| (format!("rendu.zip:{n}"), b)),
    );
    haystacks.push((
        "the atelier binary".into(),
        std::fs::read(env!("CARGO_BIN_EXE_atelier")).unwrap(),
    ));
    for (name, bytes) in &haystacks {
        let text = String::from_utf8_lossy(bytes);
        // (The binary knows the field names, to read an examiner file; never their values.)
        if !name.contains("binary") {
            assert!(!text.contains("hidden_tests"), "{name} holds hidden tests");
            assert!(
                !text.contains("planted_flaws"),
                "{name} holds planted flaws"
            );
        }
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{name} holds {secret:?}");
        }
    }
}

#[test]
fn review_refuses_an_examiner_file_of_another_case() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Alice", &tmp.path().join("alice.zip"));
    let wrong = tmp.path().join("autre.examiner.json");
    std::fs::write(&wrong, r#"{"case": "autre-cas", "exercises": {}}"#).unwrap();
    let out = atelier(
        &[
            "review",
            file.to_str().unwrap(),
            "--examiner-file",
            wrong.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("autre-cas") && err.contains("maison-verdier"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(!review::grades_path(&file).exists());
}

#[test]
fn grades_survive_a_kill_of_the_review_and_the_bundle_is_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Alice", &tmp.path().join("class/alice.zip"));
    let before = review::file_sha256(&file).unwrap();
    let tmux = Session::new(format!("atelier-review-{}", std::process::id())).target("r");
    let command = format!(
        "exec {} review {} --examiner 'Eve Durand' --lang fr",
        env!("CARGO_BIN_EXE_atelier"),
        file.display()
    );
    let out = tmux.start(120, 40, &command);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tmux.wait_for("lecture seule");
    // Open A2, try to edit (refused), then grade with the keys.
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Notation · A2");
    tmux.keys(&["a"]);
    tmux.wait_for("ne peut pas être modifié");
    tmux.keys(&["g", "3", "Down", "4", "c"]);
    tmux.tmux(&["send-keys", "-t", "r", "-l", "Forces étayées"]);
    tmux.keys(&["Enter", "x"]);
    tmux.wait_for("non validé");
    let grades_file = review::grades_path(&file);
    let start = Instant::now();
    let grades: GradesFile = loop {
        if let Ok(Some(g)) = review::load_grades(&grades_file) {
            if g.agreed_decision("A2") == Some(Decision::NotValidated) {
                break g;
            }
        }
        assert!(start.elapsed() < Duration::from_secs(5), "grades not saved");
        sleep(Duration::from_millis(50));
    };
    // Kill it hard, mid-session: no chance to save on the way out.
    let pid = String::from_utf8_lossy(
        &tmux
            .tmux(&["display-message", "-p", "-t", "r", "#{pane_pid}"])
            .stdout,
    )
    .trim()
    .to_string();
    let killed = Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    assert!(killed.success());
    sleep(Duration::from_millis(300));
    let after_kill = review::load_grades(&grades_file).unwrap().unwrap();
    assert_eq!(after_kill, grades);
    let case = case::Case::embedded_default();
    let a2 = case.exercise("A2").unwrap();
    let record = after_kill.marker("Eve Durand").unwrap();
    assert_eq!(record.score(a2).points, 7);
    assert_eq!(
        record.exercises["A2"].criteria["A2-2"].comment,
        "Forces étayées"
    );
    // The bundle did not change, and nothing but the grades file appeared beside it.
    assert_eq!(review::file_sha256(&file).unwrap(), before);
    let mut names: Vec<String> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["alice.zip", "alice.zip.grades.json"]);
}

#[test]
fn a_tampered_bundle_opens_with_the_warning_and_exits_3() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Alice", &tmp.path().join("alice.zip"));
    tamper(&file);
    let tmux = Session::new(format!("atelier-tampered-{}", std::process::id())).target("r");
    let command = format!(
        "{} review {} --lang fr 2>/dev/null; echo EXIT=$?; sleep 20",
        env!("CARGO_BIN_EXE_atelier"),
        file.display()
    );
    let out = tmux.start(100, 30, &command);
    assert!(out.status.success());
    let screen = tmux.wait_for("PAQUET NON CONFORME");
    assert!(screen.contains("report.md"), "{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("PAQUET NON CONFORME");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=3");
}

#[test]
fn the_second_case_is_valid_rich_and_ships_its_example_and_examiner_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let loaded = case::load_path(&root.join("monts-de-loue.json")).unwrap();
    let c = &loaded.case;
    assert_eq!(c.id, "monts-de-loue");
    assert_eq!(c.language, "fr");
    assert_ne!(
        c.organisation.sector,
        case::Case::embedded_default().organisation.sector
    );
    let org = &c.organisation;
    assert!(org.departments.len() >= 6);
    assert!(org.actors.len() >= 12);
    assert!(org.relations.len() >= 20);
    assert!(org.processing_activities.len() >= 6);
    assert!(
        org.companies.len() >= 5
            && org
                .companies
                .iter()
                .all(|co| co.url.starts_with("https://"))
    );
    let ids: Vec<&str> = c.exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13",
            "A14", "A15", "RE", "MI", "MC"
        ]
    );
    for id in ["A2", "A11"] {
        assert!(c.exercise(id).unwrap().board.is_some(), "{id} has no board");
    }
    // Every exercise is done in the same workbench as in the default case.
    let default = case::Case::embedded_default();
    for e in &c.exercises {
        assert_eq!(e.kind, default.exercise(&e.id).unwrap().kind, "{}", e.id);
    }
    assert!(c
        .exercises
        .iter()
        .all(|e| !e.rubric.is_empty() && e.brief.len() > 300));
    let a1 = &c.exercise("A1").unwrap().config;
    assert!(a1["tests"].as_array().unwrap().len() >= 8);
    assert!(a1["starter_program"]
        .as_str()
        .unwrap()
        .contains("def prix_1000l"));
    // The worked example fills a workspace whose boards are complete.
    let tmp = tempfile::tempdir().unwrap();
    let ws = store::init(&tmp.path().join("ws"), loaded.clone(), "", true).unwrap();
    let reports = atelier::workbench::check::check_workspace(c, &ws.workspace);
    for id in ["A2", "A4", "A9", "A11", "A15"] {
        let report = reports.iter().find(|r| r.id == id).unwrap();
        assert_eq!(
            report.status,
            atelier::workbench::check::Status::Complete,
            "{id}: {:?}",
            report.findings
        );
    }
    // The examiner file: hidden tests, a planted flaw in every processing activity, an
    // answer key per exercise; none of it in the case file candidates receive.
    let examiner =
        atelier::exam::examiner::load(&root.join("monts-de-loue.examiner.json"), &c.id).unwrap();
    assert!(examiner.exercises["A1"].hidden_tests.len() >= 10);
    for activity in &org.processing_activities {
        assert!(
            examiner.exercises["A7"]
                .planted_flaws
                .iter()
                .any(|f| f.processing == activity.id),
            "no planted flaw in {}",
            activity.id
        );
    }
    assert!(c
        .exercises
        .iter()
        .all(|e| !examiner.exercises[&e.id].answer_key.trim().is_empty()));
    // Every planted flaw names a rule the GDPR sheet knows, so it can be matched by machine.
    let a7 = c.exercise("A7").unwrap();
    let checks = atelier::exam::examiner::automated(
        &examiner.exercises["A7"],
        a7,
        None,
        &std::collections::BTreeMap::new(),
    );
    let [atelier::exam::examiner::AutoCheck::PlantedFlaws { flaws, .. }] = &checks[..] else {
        panic!("{checks:?}");
    };
    assert!(flaws
        .iter()
        .all(|(_, m)| *m == atelier::exam::examiner::FlawMatch::Missed));
    for test in &examiner.exercises["A1"].hidden_tests {
        assert!(
            !loaded.text.contains(&test.name),
            "{} is visible",
            test.name
        );
    }
    // `atelier cases`, run in the repository, lists it.
    let out = atelier(&["cases"], Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(String::from_utf8_lossy(&out.stdout).contains("monts-de-loue"));
}

#[test]
fn demo_opens_a_throwaway_worked_example_and_leaves_nothing_behind() {
    let tmux = Session::new(format!("atelier-demo-test-{}", std::process::id())).target("r");
    let tmp = tempfile::tempdir().unwrap();
    // TMPDIR points the demo's throwaway copy into our own folder, to check it is removed.
    let command = format!(
        "cd {} && TMPDIR={} exec {} demo --case monts-de-loue --theme projector --lang fr",
        env!("CARGO_MANIFEST_DIR"),
        tmp.path().display(),
        env!("CARGO_BIN_EXE_atelier"),
    );
    let out = tmux.start(120, 36, &command);
    assert!(out.status.success());
    let screen = tmux.wait_for("Coopérative des Monts de Loue");
    assert!(screen.contains("Démonstration"), "{screen}");
    assert!(screen.contains("Exemple du formateur"));
    let copies: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert_eq!(copies.len(), 1, "one throwaway copy while the demo runs");
    // Open A2 (filled in), with the key display on, then change it: the copy takes it.
    tmux.keys(&["F2", "Down", "Enter"]);
    tmux.wait_for("Entrée/Enter  ouvrir");
    tmux.keys(&["a"]);
    tmux.tmux(&["send-keys", "-t", "r", "-l", "Démonstration en direct"]);
    tmux.keys(&["Enter", "q"]);
    let start = Instant::now();
    while tmux.is_running() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the demo did not quit"
        );
        sleep(Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "the demo left its copy behind"
    );
}

#[test]
fn gradebook_reads_a_bundle_whose_case_this_version_no_longer_validates() {
    let tmp = tempfile::tempdir().unwrap();
    // A case as an older atelier wrote it: A8's configuration in a shape today's grid
    // workbench refuses, the rest intact.
    let mut value: serde_json::Value = serde_json::from_str(&case::load_default().text).unwrap();
    let a8 = value["exercises"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["id"] == "A8")
        .unwrap();
    a8["config"] = serde_json::json!({ "object": "une application", "min_levers": 4 });
    let text = serde_json::to_string_pretty(&value).unwrap();
    assert!(
        case::Case::from_json(&text).is_err(),
        "the old case should not validate"
    );
    let old = case::LoadedCase {
        case: serde_json::from_str(&text).unwrap(),
        text,
        origin: case::CaseOrigin::Embedded,
    };
    let ws = store::init(&tmp.path().join("ws"), old, "Gaëlle", false).unwrap();
    let class = tmp.path().join("class");
    std::fs::create_dir_all(&class).unwrap();
    let file = class.join("gaelle.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "--lang",
            "en",
            "gradebook",
            class.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let rows = rows(&std::fs::read_to_string(&out_file).unwrap());
    assert_eq!(rows.len(), 1);
    let g = &rows[0];
    assert_eq!(g["candidate"], "Gaëlle");
    assert_eq!(g["integrity"], "ok");
    assert_eq!(g["exercises decided"], "0");
    assert_eq!(g["bloc 2"], "pending");
    assert_eq!(g["certification"], "pending");
}

/// The reference solution in the default case's A1 answer key.
fn reference_solution() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
    let file = atelier::exam::examiner::load(&path, "maison-verdier").unwrap();
    let key = &file.exercises["A1"].answer_key;
    let start = key.find("```python\n").unwrap() + "```python\n".len();
    let end = start + key[start..].find("```").unwrap();
    key[start..end].to_string()
}

fn hidden_run(program: &str) -> atelier::runner::RunReport {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let ws = store::init(&dir, case::load_default(), "Alice", false).unwrap();
    std::fs::create_dir_all(dir.join("A1")).unwrap();
    std::fs::write(dir.join("A1/program.py"), program).unwrap();
    let file = tmp.path().join("alice.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    let opened = review::open(&file).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
    let examiner = atelier::exam::examiner::load(&path, "maison-verdier").unwrap();
    let a1 = opened.case.exercise("A1").unwrap();
    atelier::exam::examiner::run_hidden_tests(&examiner, a1, &opened.files)
        .expect("A1 has hidden tests")
        .expect("they run")
        .report
}

#[test]
fn hidden_tests_run_at_review_in_the_sandbox_on_the_program_handed_in() {
    let examiner: atelier::exam::examiner::ExaminerFile = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let count = examiner.exercises["A1"].hidden_tests.len();
    // The reference solution passes every hidden test.
    let report = hidden_run(&reference_solution());
    assert_eq!(report.tests.len(), count);
    assert!(
        report.tests.iter().all(|t| t.passed),
        "{:?}",
        report
            .tests
            .iter()
            .filter(|t| !t.passed)
            .collect::<Vec<_>>()
    );
    // A program that forgets the edge cases fails some, each with what it returned.
    let naive = reference_solution().replace("if montant <= 0:\n        return 0\n", "");
    let report = hidden_run(&naive);
    let failed: Vec<_> = report.tests.iter().filter(|t| !t.passed).collect();
    assert!(!failed.is_empty());
    assert!(
        failed.iter().any(|t| t.name.contains("Avoir")),
        "{failed:?}"
    );
    // A program that loops forever is stopped by the runner's time limit, not the review.
    let looping = "def points_fidelite(m, s):\n    while True:\n        pass\n";
    let report = hidden_run(looping);
    assert!(report.tests.iter().all(|t| !t.passed));
}

#[test]
fn gradebook_never_certifies_a_bundle_failing_verification_even_graded_after_the_change() {
    let tmp = tempfile::tempdir().unwrap();
    let class = tmp.path().join("class");
    let gina = bundle(tmp.path(), "Gina", &class.join("gina.zip"));
    // Tampered first, then graded: the grades hold the tampered file's SHA-256, so they are
    // not stale and only the failed verification keeps the certification away.
    tamper(&gina);
    grade(&gina, &[], &[]);
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "--lang",
            "en",
            "gradebook",
            class.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let text = std::fs::read_to_string(&out_file).unwrap();
    let rows = rows(&text);
    assert_eq!(rows.len(), 1, "{text}");
    let g = &rows[0];
    assert_eq!(g["integrity"], "failed");
    assert_eq!(g["state"], "failed verification", "{text}");
    assert_eq!(g["bloc 1"], "not obtained");
    assert_eq!(g["certification"], "not obtained", "{text}");
}

#[test]
fn a_second_examiner_is_refused_while_a_review_holds_the_grades() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Hugo", &tmp.path().join("class/hugo.zip"));
    let held = review::lock_grades(&file).expect("the first examiner takes the grades");
    let err = review::lock_grades(&file).unwrap_err();
    assert!(
        err.to_string()
            .contains("is being graded in another atelier review"),
        "{err}"
    );
    // The real binary refuses too, with one sentence, before any screen.
    let out = atelier(&["review", file.to_str().unwrap()], tmp.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("est en cours de notation dans une autre revue atelier"),
        "{stderr}"
    );
    assert!(!review::grades_path(&file).exists());
    drop(held);
    assert!(
        review::lock_grades(&file).is_ok(),
        "the lock goes with the review"
    );
}

#[test]
fn grades_of_a_newer_atelier_are_read_but_never_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundle(tmp.path(), "Inès", &tmp.path().join("class/ines.zip"));
    grade(&file, &[], &[]);
    let path = review::grades_path(&file);
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    value["format"] = serde_json::json!(999);
    value["future_field"] = serde_json::json!({"kept": true});
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(serde_json::to_string_pretty(&value).unwrap().as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    // Read (the gradebook lists it), with its BOM and unknown field.
    let loaded = review::load_grades(&path).unwrap().unwrap();
    assert_eq!(loaded.format, 999);
    assert_eq!(loaded.extra["future_field"]["kept"], true);
    // Never edited: the review refuses it with the sentence, and the bytes stay.
    let opened = review::open(&file).unwrap();
    let err = review::grades_for(&opened).unwrap_err().to_string();
    assert!(
        err.contains(
            "made by a newer atelier (format 999); this version reads it but will not change it"
        ),
        "{err}"
    );
    let out = atelier(
        &["review", file.to_str().unwrap(), "--lang", "fr"],
        tmp.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("créé par une version plus récente d'atelier (format 999)"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}
