//! The store's promises across versions and failures: unknown fields kept, a newer format
//! never rewritten, tolerant reading, backups (at session start, a minute apart, 30 kept,
//! never overwriting each other, an unreadable one skipped) and a failed save's cleanup.

use super::*;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

fn fresh(example: bool) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    init(&dir, case::load_default(), "Alice", example).unwrap();
    (tmp, dir)
}

fn read_value(dir: &Path) -> Value {
    serde_json::from_slice(&fs::read(dir.join(WORKSPACE_FILE)).unwrap()).unwrap()
}

fn write_value(dir: &Path, value: &Value) {
    fs::write(
        dir.join(WORKSPACE_FILE),
        serde_json::to_string_pretty(value).unwrap(),
    )
    .unwrap();
}

#[test]
fn unknown_fields_survive_a_save_in_the_workspace_and_every_kind_of_answer() {
    let (_tmp, dir) = fresh(true);
    let mut value = read_value(&dir);
    value["future_field"] = json!({"nested": [1, 2, 3]});
    let mut kinds = BTreeSet::new();
    for (_, answer) in value["exercises"].as_object_mut().unwrap() {
        let answer = answer.as_object_mut().unwrap();
        kinds.extend(answer.keys().filter(|k| *k != "notes").cloned());
        answer.insert("future_answer_field".into(), json!("kept"));
    }
    // The worked example holds data of every kind, so every kind is round-tripped here.
    let every_kind = [
        "board", "code", "tree", "map", "graph", "sheet", "grid", "note", "deck",
    ];
    for kind in every_kind {
        assert!(kinds.contains(kind), "the example has no {kind} answer");
    }
    write_value(&dir, &value);
    let mut ws = open(&dir, true).unwrap();
    ws.workspace.answer_mut("A2").notes = "changé".into();
    ws.save().unwrap();
    drop(ws);
    let saved = read_value(&dir);
    assert_eq!(saved["future_field"], json!({"nested": [1, 2, 3]}));
    for (id, answer) in saved["exercises"].as_object().unwrap() {
        assert_eq!(answer["future_answer_field"], "kept", "{id}");
    }
    assert_eq!(saved["exercises"]["A2"]["notes"], "changé");
}

/// The first list of objects inside `value` (depth first), for a field of the future on an
/// item: a slide, an actor, a node, a processing...
fn first_item(value: &mut Value) -> Option<&mut serde_json::Map<String, Value>> {
    match value {
        Value::Array(items) => {
            if items.first().is_some_and(Value::is_object) {
                return items[0].as_object_mut();
            }
            items.iter_mut().find_map(first_item)
        }
        Value::Object(fields) => fields.values_mut().find_map(first_item),
        _ => None,
    }
}

#[test]
fn unknown_fields_inside_every_kind_of_data_survive_a_save() {
    let (_tmp, dir) = fresh(true);
    let mut value = read_value(&dir);
    let mut planted = Vec::new();
    for (id, answer) in value["exercises"].as_object_mut().unwrap() {
        for (kind, data) in answer.as_object_mut().unwrap() {
            let Some(fields) = data.as_object_mut() else {
                continue;
            };
            fields.insert("future_in_kind".into(), json!({"since": 2}));
            if let Some(item) = first_item(data) {
                item.insert("future_in_item".into(), json!([kind.clone()]));
                planted.push((id.clone(), kind.clone(), true));
            } else {
                planted.push((id.clone(), kind.clone(), false));
            }
        }
    }
    write_value(&dir, &value);
    let mut ws = open(&dir, true).unwrap();
    // A change in every kind's exercise too: what is saved is the model, not the old file.
    ws.workspace.answer_mut("A15").notes = "changé".into();
    if let Some(deck) = ws.workspace.answer_mut("A15").deck.as_mut() {
        deck.slides.remove(0);
    }
    ws.save().unwrap();
    drop(ws);
    let mut saved = read_value(&dir);
    let kinds: BTreeSet<&str> = planted.iter().map(|(_, k, _)| k.as_str()).collect();
    for kind in [
        "board", "code", "tree", "map", "graph", "sheet", "grid", "note", "deck",
    ] {
        assert!(kinds.contains(kind), "no {kind} was tried");
    }
    for (id, kind, in_item) in planted {
        let data = &mut saved["exercises"][&id][&kind];
        assert_eq!(data["future_in_kind"], json!({"since": 2}), "{id}.{kind}");
        // The deck lost its first slide: its field went with it, to no other slide.
        if in_item && !(id == "A15" && kind == "deck") {
            let item = first_item(data).unwrap_or_else(|| panic!("{id}.{kind}"));
            assert_eq!(item["future_in_item"], json!([kind]), "{id}.{kind}");
        }
    }
    let slides = saved["exercises"]["A15"]["deck"]["slides"]
        .as_array()
        .unwrap();
    assert!(slides.iter().all(|s| s.get("future_in_item").is_none()));
    assert_eq!(saved["exercises"]["A15"]["notes"], "changé");
}

#[test]
fn an_answer_of_each_kind_with_an_unknown_field_round_trips() {
    let loaded = case::load_default();
    let example: Example = serde_json::from_str(&loaded.example_text().unwrap()).unwrap();
    // One answer holding every kind's data at once, plus a field from the future.
    let mut all = crate::workspace::Answer::default();
    for answer in example.answers.values() {
        all.board = all.board.take().or(answer.board.clone());
        all.code = all.code.take().or(answer.code.clone());
        all.tree = all.tree.take().or(answer.tree.clone());
        all.map = all.map.take().or(answer.map.clone());
        all.graph = all.graph.take().or(answer.graph.clone());
        all.sheet = all.sheet.take().or(answer.sheet.clone());
        all.grid = all.grid.take().or(answer.grid.clone());
        all.note = all.note.take().or(answer.note.clone());
        all.deck = all.deck.take().or(answer.deck.clone());
    }
    all.extra
        .insert("future_kind".into(), json!({"cells": [[1]]}));
    let text = serde_json::to_string(&all).unwrap();
    let back: crate::workspace::Answer = serde_json::from_str(&text).unwrap();
    // What is written once is written again the same (the A1 files are not kept in JSON).
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
    assert!(back.board.is_some() && back.code.is_some() && back.tree.is_some());
    assert!(back.map.is_some() && back.graph.is_some() && back.sheet.is_some());
    assert!(back.grid.is_some() && back.note.is_some() && back.deck.is_some());
    assert_eq!(back.extra["future_kind"], json!({"cells": [[1]]}));
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in fs::read_dir(&next).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.ends_with(Path::new(STATE_DIR).join(LOCK_FILE)) {
                found.insert(path.clone(), fs::read(&path).unwrap());
            }
        }
    }
    found
}

#[test]
fn a_newer_format_opens_read_only_and_is_never_rewritten() {
    let (_tmp, dir) = fresh(true);
    let mut value = read_value(&dir);
    value["format"] = json!(999);
    value["future_field"] = json!("from the future");
    write_value(&dir, &value);
    let before = snapshot(&dir);
    for lock in [true, false] {
        let mut ws = open(&dir, lock).unwrap();
        assert_eq!(ws.newer_format, Some(999));
        assert!(!ws.is_writable());
        ws.workspace.answer_mut("A2").notes = "changé".into();
        let err = ws.save().unwrap_err().to_string();
        assert!(
            err.ends_with(
                "made by a newer atelier (format 999); this version reads it but will not change it"
            ),
            "{err}"
        );
        assert!(ws.backup_now().is_err());
    }
    assert_eq!(
        snapshot(&dir),
        before,
        "not a byte changed, no backup added"
    );
    // A newer file this version cannot even read is refused, and not taken for corrupt.
    value["exercises"] = json!(["a list, in format 999"]);
    write_value(&dir, &value);
    let before = snapshot(&dir);
    for lock in [true, false] {
        let err = open(&dir, lock).unwrap_err();
        assert!(
            matches!(err, StoreError::NewerFormat { format: 999, .. }),
            "{err}"
        );
    }
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_byte_order_mark_is_accepted_in_the_workspace_and_its_case() {
    let (_tmp, dir) = fresh(false);
    for file in [WORKSPACE_FILE, CASE_FILE] {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(fs::read(dir.join(file)).unwrap());
        fs::write(dir.join(file), bytes).unwrap();
    }
    let ws = open(&dir, false).unwrap();
    assert!(ws.recovered_from.is_none(), "a BOM is not corruption");
    assert_eq!(ws.workspace.candidate, "Alice");
    assert_eq!(ws.case.case.id, case::DEFAULT_CASE_ID);
}

#[test]
fn a_workspace_naming_another_or_an_unknown_case_is_named() {
    let (_tmp, dir) = fresh(false);
    let mut value = read_value(&dir);
    value["case_id"] = json!("cas-inconnu");
    write_value(&dir, &value);
    let ws = open(&dir, false).unwrap();
    assert_eq!(
        ws.warnings,
        vec![Warning::CaseMismatch {
            named: "cas-inconnu".into(),
            case: case::DEFAULT_CASE_ID.into(),
        }]
    );
    let text = crate::workspace::text::store_warning(crate::i18n::Lang::En, &ws.warnings[0]);
    assert!(
        text.contains("atelier init DIR --case cas-inconnu"),
        "{text}"
    );
    drop(ws);
    fs::remove_file(dir.join(CASE_FILE)).unwrap();
    let err = open(&dir, false).unwrap_err().to_string();
    assert!(err.contains("names case \"cas-inconnu\""), "{err}");
    assert!(err.contains("atelier cases"), "{err}");
}

#[test]
fn empty_answers_are_named_when_a_backup_holds_some() {
    let (_tmp, dir) = fresh(true);
    let mut value = read_value(&dir);
    value["exercises"] = json!({});
    write_value(&dir, &value);
    let ws = open(&dir, false).unwrap();
    let [Warning::NoAnswers { backup }] = ws.warnings.as_slice() else {
        panic!("{:?}", ws.warnings);
    };
    assert!(dir.join(STATE_DIR).join(BACKUP_DIR).join(backup).is_file());
    let text = crate::workspace::text::store_warning(crate::i18n::Lang::Fr, &ws.warnings[0]);
    assert!(
        text.contains("copiez .atelier/backups/workspace-"),
        "{text}"
    );
    // A fresh workspace with no answer yet says nothing.
    let (_tmp2, empty) = fresh(false);
    let mut value = read_value(&empty);
    value["exercises"] = json!({});
    write_value(&empty, &value);
    assert!(open(&empty, false).unwrap().warnings.is_empty());
}

#[test]
fn a_session_starts_with_a_backup_and_read_only_opens_take_none() {
    let (_tmp, dir) = fresh(false);
    let before = backups(&dir).len();
    drop(open(&dir, false).unwrap());
    assert_eq!(backups(&dir).len(), before);
    let ws = open(&dir, true).unwrap();
    assert_eq!(backups(&dir).len(), before + 1);
    assert!(ws.last_backup.is_some());
}

#[test]
fn a_backup_is_taken_at_most_once_a_minute() {
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    let start = backups(&dir).len();
    ws.workspace.answer_mut("A2").notes = "un".into();
    ws.save().unwrap();
    assert_eq!(
        backups(&dir).len(),
        start,
        "the session's backup is less than a minute old"
    );
    ws.last_backup = Some(SystemTime::now() - Duration::from_secs(50));
    ws.save().unwrap();
    assert_eq!(backups(&dir).len(), start);
    ws.last_backup = Some(SystemTime::now() - Duration::from_secs(61));
    ws.save().unwrap();
    assert_eq!(
        backups(&dir).len(),
        start + 1,
        "a minute later, a new backup"
    );
    ws.save().unwrap();
    assert_eq!(backups(&dir).len(), start + 1);
}

#[test]
fn thirty_backups_are_kept_none_overwriting_another() {
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    // Far quicker than one a millisecond: every one must still get its own file.
    let mut contents = Vec::new();
    for i in 0..35 {
        ws.workspace.answer_mut("A2").notes = format!("version {i}");
        ws.last_backup = None;
        ws.save().unwrap();
        contents.push(fs::read(dir.join(WORKSPACE_FILE)).unwrap());
    }
    ws.backup_now().unwrap();
    let kept = backups(&dir);
    assert_eq!(kept.len(), 30);
    // The newest backup holds the last save, the 30th newest the 30th last version saved.
    assert_eq!(fs::read(&kept[0]).unwrap(), contents[34]);
    assert_eq!(fs::read(&kept[29]).unwrap(), contents[5]);
}

#[test]
fn recovery_skips_backups_it_cannot_read() {
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    ws.workspace.answer_mut("A2").notes = "la bonne".into();
    ws.save().unwrap();
    ws.backup_now().unwrap();
    drop(ws);
    let backup_dir = dir.join(STATE_DIR).join(BACKUP_DIR);
    // Newer than the good one: a truncated copy, and one that cannot be read at all.
    fs::write(
        backup_dir.join("workspace-999999999999998.json"),
        b"{\"format\": 1,",
    )
    .unwrap();
    fs::create_dir(backup_dir.join("workspace-999999999999999.json")).unwrap();
    fs::write(dir.join(WORKSPACE_FILE), b"").unwrap();
    let ws = open(&dir, true).unwrap();
    assert_eq!(ws.workspace.answer("A2").unwrap().notes, "la bonne");
    let used = ws.recovered_from.clone().unwrap();
    assert!(!used.starts_with("workspace-99999999999999"), "{used}");
}

const FSIZE_CHILD: &str = "ATELIER_TEST_FSIZE_DIR";
const FSIZE_LIMIT: u64 = 64 * 1024;

fn temporary_files(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_keys()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(".tmp"))
        })
        .collect()
}

/// Runs in a child process whose files cannot grow past `FSIZE_LIMIT` (SIGXFSZ ignored, so
/// a write past it fails with EFBIG as on a full disk). Does nothing in a normal run.
#[test]
#[ignore = "run by a_failed_save_leaves_no_temporary_file_and_says_the_space_needed"]
fn save_under_a_file_size_limit() {
    let Some(dir) = std::env::var_os(FSIZE_CHILD).map(PathBuf::from) else {
        return;
    };
    let before = fs::read(dir.join(WORKSPACE_FILE)).unwrap();
    let mut ws = open(&dir, false).unwrap();
    // The backup taken first copies a workspace.json past the limit: it fails, and cleans up.
    let err = ws.save().unwrap_err().to_string();
    assert!(
        err.contains(&format!("{} bytes were to be written", before.len())),
        "{err}"
    );
    assert_eq!(temporary_files(&dir), Vec::<PathBuf>::new());
    // No backup due: the save itself fails, and cleans up.
    ws.last_backup = Some(SystemTime::now());
    ws.workspace.answer_mut("A2").notes.push_str(" et plus");
    let err = ws.save().unwrap_err().to_string();
    assert!(
        err.contains("bytes were to be written: free that much space"),
        "{err}"
    );
    assert_eq!(temporary_files(&dir), Vec::<PathBuf>::new());
    assert_eq!(fs::read(dir.join(WORKSPACE_FILE)).unwrap(), before);
}

#[test]
fn a_failed_save_leaves_no_temporary_file_and_says_the_space_needed() {
    use std::os::unix::process::CommandExt;
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    ws.workspace.answer_mut("A2").notes = "x".repeat(2 * FSIZE_LIMIT as usize);
    ws.save().unwrap();
    drop(ws);
    let mut child = std::process::Command::new(std::env::current_exe().unwrap());
    child
        .args([
            "--exact",
            "workspace::store::durability_tests::save_under_a_file_size_limit",
            "--ignored",
            "--test-threads=1",
        ])
        .env(FSIZE_CHILD, &dir);
    // SAFETY: between fork and exec only async-signal-safe calls (signal, setrlimit).
    unsafe {
        child.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: FSIZE_LIMIT,
                rlim_max: FSIZE_LIMIT,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = child.output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("1 passed"),
        "the child ran the test: {report}"
    );
    assert_eq!(temporary_files(&dir), Vec::<PathBuf>::new());
}

#[test]
fn the_lock_goes_with_its_atelier_even_while_a_child_is_between_fork_and_exec() {
    use std::os::unix::process::CommandExt;
    let (_tmp, dir) = fresh(false);
    let first = open(&dir, true).unwrap();
    // A child forked now (as for a Python worker) shares every open file until it execs;
    // this one waits 2 s before its exec.
    let spawner = std::thread::spawn(|| {
        let mut child = std::process::Command::new("true");
        // SAFETY: only an async-signal-safe sleep between fork and exec.
        unsafe {
            child.pre_exec(|| {
                libc::usleep(2_000_000);
                Ok(())
            });
        }
        child.status().unwrap()
    });
    std::thread::sleep(Duration::from_millis(500));
    drop(first);
    let second = open(&dir, true);
    assert!(
        second.is_ok(),
        "the lock stayed with the forked child: {:?}",
        second.err()
    );
    assert!(spawner.join().unwrap().success());
}

#[test]
fn a_workspace_records_when_it_was_made_and_last_saved() {
    use time::format_description::well_known::Rfc3339;
    let before = time::OffsetDateTime::now_utc() - time::Duration::seconds(1);
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    let created = time::OffsetDateTime::parse(&ws.workspace.created, &Rfc3339).unwrap();
    assert!(created >= before, "{created}");
    ws.workspace.answer_mut("A2").notes = "plus tard".into();
    ws.save().unwrap();
    let saved = read_value(&dir);
    let updated =
        time::OffsetDateTime::parse(saved["updated"].as_str().unwrap(), &Rfc3339).unwrap();
    assert!(updated >= created, "{updated} < {created}");
    assert!(updated <= time::OffsetDateTime::now_utc());
}

/// A format before 1, for the tests: its candidate was called `name`.
fn format_zero_to_one(value: &mut Value) -> Result<(), String> {
    let object = value.as_object_mut().ok_or("not an object")?;
    let name = object.remove("name").ok_or("no name")?;
    object.insert("candidate".into(), name);
    Ok(())
}

const FROM_ZERO: crate::workspace::migrate::Migrations = crate::workspace::migrate::Migrations {
    first: 0,
    steps: &[format_zero_to_one],
};

fn a_format_zero_workspace() -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let (tmp, dir) = fresh(true);
    let mut value = read_value(&dir);
    let candidate = value["candidate"].take();
    let object = value.as_object_mut().unwrap();
    object.remove("candidate");
    object.insert("name".into(), candidate);
    value["format"] = json!(0);
    write_value(&dir, &value);
    let bytes = fs::read(dir.join(WORKSPACE_FILE)).unwrap();
    (tmp, dir, bytes)
}

#[test]
fn an_older_format_is_migrated_step_by_step_and_its_original_kept_in_the_backups() {
    let (_tmp, dir, original) = a_format_zero_workspace();
    let ws = open_with(&dir, true, &FROM_ZERO).unwrap();
    assert_eq!(ws.workspace.candidate, "Alice");
    let [Warning::Migrated {
        from: 0,
        original: Some(name),
    }] = ws.warnings.as_slice()
    else {
        panic!("{:?}", ws.warnings);
    };
    // The original, byte for byte, in the backups; the file itself in the current format,
    // its answers all there.
    let kept = fs::read(dir.join(".atelier/backups").join(name)).unwrap();
    assert_eq!(kept, original);
    let saved = read_value(&dir);
    assert_eq!(saved["format"], json!(WORKSPACE_FORMAT));
    assert_eq!(saved["candidate"], "Alice");
    assert!(saved.get("name").is_none());
    let before: Value = serde_json::from_slice(&original).unwrap();
    assert_eq!(saved["exercises"], before["exercises"]);
    let text = crate::workspace::text::store_warning(crate::i18n::Lang::Fr, &ws.warnings[0]);
    assert!(
        text.contains("format 0") && text.contains(name.as_str()),
        "{text}"
    );
}

#[test]
fn a_read_only_open_migrates_in_memory_and_writes_nothing() {
    let (_tmp, dir, original) = a_format_zero_workspace();
    let listing = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = walk(dir).into_iter().collect();
        names.sort();
        names
    };
    let before = listing(&dir);
    let ws = open_with(&dir, false, &FROM_ZERO).unwrap();
    assert_eq!(ws.workspace.candidate, "Alice");
    assert!(matches!(
        ws.warnings.as_slice(),
        [Warning::Migrated {
            from: 0,
            original: None
        }]
    ));
    assert_eq!(fs::read(dir.join(WORKSPACE_FILE)).unwrap(), original);
    assert_eq!(listing(&dir), before);
}

#[test]
fn a_format_older_than_any_known_is_refused_and_left_byte_for_byte() {
    let (_tmp, dir, original) = a_format_zero_workspace();
    let err = open(&dir, true).unwrap_err();
    assert!(
        matches!(
            &err,
            StoreError::Migration {
                error: crate::workspace::migrate::MigrationError::TooOld {
                    format: 0,
                    first: 1
                },
                ..
            }
        ),
        "{err}"
    );
    let message = err.message(crate::i18n::Lang::Fr);
    assert!(
        message.contains("format 0") && message.contains("rien n'a été modifié"),
        "{message}"
    );
    assert_eq!(fs::read(dir.join(WORKSPACE_FILE)).unwrap(), original);
}

/// Every file under `dir`, relative.
fn walk(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out
}

#[test]
fn a_backup_whose_millisecond_is_taken_goes_after_the_others_not_over_them() {
    let (_tmp, dir) = fresh(false);
    let mut ws = open(&dir, true).unwrap();
    ws.workspace.answer_mut("A2").notes = "la dernière".into();
    ws.save().unwrap();
    let backup_dir = dir.join(STATE_DIR).join(BACKUP_DIR);
    // The next two seconds' names are taken (a clock set back, another atelier's copies).
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    for stamp in now..now + 2_000 {
        fs::write(
            backup_dir.join(format!("workspace-{stamp:015}.json")),
            b"{}",
        )
        .unwrap();
    }
    ws.backup_now().unwrap();
    // The new backup is the newest by name, holding the last save; none was overwritten.
    let kept = backups(&dir);
    assert_eq!(
        fs::read(&kept[0]).unwrap(),
        fs::read(dir.join(WORKSPACE_FILE)).unwrap()
    );
    assert!(
        kept[1..].iter().all(|b| fs::read(b).unwrap() == b"{}"),
        "an older backup was overwritten"
    );
}
