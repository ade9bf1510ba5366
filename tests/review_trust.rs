//! What `atelier review` and `atelier verify` do with bundles they cannot trust: exit 3 with
//! one sentence naming the file (unreadable, not a zip, too many entries, too large, bad
//! case), case.json cross-checked against the manifest's case digest, the candidate code of
//! a bundle failing verification never run, and no terminal control sequence from a bundle
//! ever printed.

use atelier::case;
use atelier::exam::{examiner, review};
use atelier::i18n::Lang;
use atelier::workspace::store;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const HOSTILE_NAME: &str = "\x1b]0;pwned\x07Eve\x1b[2J";

/// The binary in English (the reasons below are asserted in English; `verify_speaks_french`
/// asserts the French ones).
fn atelier(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .args(["--lang", "en"])
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

/// Exit 3, one line on stderr naming `file`, no control character in it.
fn assert_untrusted(output: &Output, file: &Path, says: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(3), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("atelier: {}: ", file.display())),
        "{err}"
    );
    assert!(err.contains(says), "{err}");
    assert!(
        !err.trim_end().contains(|c: char| c.is_control()),
        "{err:?}"
    );
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A bundle of the worked example, by `candidate`.
fn example_bundle(dir: &Path, candidate: &str, program: Option<&str>) -> PathBuf {
    let ws = store::init(&dir.join("ws"), case::load_default(), candidate, true).unwrap();
    if let Some(program) = program {
        std::fs::write(dir.join("ws/A1/program.py"), program).unwrap();
    }
    let file = dir.join("bundle.zip");
    atelier::bundle::write_bundle(&ws, &file, Lang::Fr).unwrap();
    drop(ws);
    std::fs::remove_dir_all(dir.join("ws")).unwrap();
    file
}

fn entries(file: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().to_string(), bytes)
        })
        .collect()
}

fn write_zip(file: &Path, files: &[(String, Vec<u8>)]) {
    let mut out = zip::ZipWriter::new(std::fs::File::create(file).unwrap());
    for (name, bytes) in files {
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn review_exits_3_naming_the_file_for_every_bundle_it_cannot_open() {
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    let review_of = |file: &Path| atelier(cwd, &["review", file.to_str().unwrap()]);

    let missing = cwd.join("absent.zip");
    assert_untrusted(&review_of(&missing), &missing, "cannot read the file");

    let text = cwd.join("text.zip");
    std::fs::write(&text, "ceci n'est pas un zip\n").unwrap();
    assert_untrusted(&review_of(&text), &text, "not a valid zip archive");

    let folder = cwd.join("folder.zip");
    std::fs::create_dir(&folder).unwrap();
    assert_untrusted(&review_of(&folder), &folder, "cannot read the file");

    let crowded = cwd.join("crowded.zip");
    let many: Vec<(String, Vec<u8>)> = (0..5_001).map(|i| (format!("f{i}"), Vec::new())).collect();
    write_zip(&crowded, &many);
    assert_untrusted(&review_of(&crowded), &crowded, "more than 5000 entries");

    // 65 MiB of zeros deflate to a few dozen KiB: refused by its declared, then real, size.
    let large = cwd.join("large.zip");
    {
        let mut out = zip::ZipWriter::new(std::fs::File::create(&large).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        out.start_file("case.json", options).unwrap();
        let chunk = vec![0u8; 1024 * 1024];
        for _ in 0..65 {
            out.write_all(&chunk).unwrap();
        }
        out.finish().unwrap();
    }
    assert_untrusted(&review_of(&large), &large, "larger than the 64 MiB limit");

    // A bundle whose case.json is no case (its manifest made consistent with it).
    let bad_case = example_bundle(&cwd.join("bad"), "Alice", None);
    let mut files = entries(&bad_case);
    for (name, bytes) in files.iter_mut() {
        if name == "case.json" {
            *bytes = b"{\"id\": 3}".to_vec();
        }
    }
    write_zip(&bad_case, &files);
    assert_untrusted(&review_of(&bad_case), &bad_case, "case.json");
}

/// Rewrites the bundle with case.json changed and the manifest's entry for it updated, so
/// that only the case digest can tell.
fn swap_case_consistently(file: &Path) {
    let mut files = entries(file);
    let mut case_text = None;
    for (name, bytes) in files.iter_mut() {
        if name == "case.json" {
            let text = String::from_utf8(bytes.clone()).unwrap();
            let changed = text.replacen("\"time_limit_s\"", "\"time_limit_s\" ", 1);
            assert_ne!(changed, text, "the case has a time limit to change");
            *bytes = changed.into_bytes();
            case_text = Some(bytes.clone());
        }
    }
    let case_bytes = case_text.unwrap();
    for (name, bytes) in files.iter_mut() {
        if name == "manifest.json" {
            let mut manifest: serde_json::Value = serde_json::from_slice(bytes).unwrap();
            for entry in manifest["files"].as_array_mut().unwrap() {
                if entry["path"] == "case.json" {
                    entry["sha256"] = sha(&case_bytes).into();
                    entry["size"] = case_bytes.len().into();
                }
            }
            *bytes = serde_json::to_vec_pretty(&manifest).unwrap();
        }
    }
    write_zip(file, &files);
}

#[test]
fn verify_cross_checks_case_json_with_the_manifests_case_digest() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path(), "Alice", None);
    let out = atelier(tmp.path(), &["verify", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    swap_case_consistently(&file);
    let out = atelier(tmp.path(), &["verify", file.to_str().unwrap()]);
    assert_untrusted(&out, &file, "case digest");
}

#[test]
fn verify_help_says_intact_is_not_signed() {
    let tmp = tempfile::tempdir().unwrap();
    let out = atelier(tmp.path(), &["verify", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("unchanged since"), "{help}");
    assert!(help.contains("not a signature"), "{help}");
}

#[test]
fn a_hostile_candidate_name_is_printed_without_its_control_sequences() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path(), HOSTILE_NAME, None);
    let out = atelier(tmp.path(), &["verify", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(shown.contains("Eve"), "{shown}");
    assert!(
        !shown.contains('\x1b') && !shown.contains('\x07'),
        "{shown:?}"
    );
    assert!(
        !shown.contains("pwned") && !shown.contains("[2J"),
        "{shown:?}"
    );

    // Opened for review: the name the screens and the grades use is clean.
    let opened = review::open(&file).unwrap();
    assert_eq!(opened.workspace.candidate, "Eve");
    let grades = review::grades_for(&opened).unwrap();
    assert_eq!(grades.candidate, "Eve");

    // A file name with a control sequence, added to the bundle: verify names it harmlessly.
    let mut files = entries(&file);
    files.push(("A1/\x1b]0;pwned\x07x.py".to_string(), b"x".to_vec()));
    write_zip(&file, &files);
    let out = atelier(tmp.path(), &["verify", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
}

/// The examiner file of the default case.
fn examiner_file() -> examiner::ExaminerFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.examiner.json");
    examiner::load(&path, "maison-verdier").unwrap()
}

#[test]
fn hidden_tests_never_run_for_a_bundle_failing_verification() {
    let tmp = tempfile::tempdir().unwrap();
    let marker = tmp.path().join("ran.txt");
    // The program leaves a trace whenever it runs, and prints in its function.
    let program = format!(
        "try:\n    open({:?}, 'a').write('ran\\n')\nexcept OSError:\n    pass  # the sandbox refuses writes outside\n\n\ndef points_fidelite(montant, statut):\n    \
         \"\"\"Points du ticket.\"\"\"\n    print('calcul', montant)\n    return 0\n",
        marker.to_str().unwrap()
    );
    let file = example_bundle(&tmp.path().join("b"), "Alice", Some(&program));
    // Writing the bundle ran the visible tests: that trace is not the review's.
    let _ = std::fs::remove_file(&marker);

    // Intact: the tests run, each with what the program printed.
    let opened = review::open(&file).unwrap();
    let run = examiner::review_hidden_tests(&opened, &examiner_file(), Lang::Fr)
        .expect("A1 has hidden tests")
        .expect("an intact bundle's hidden tests run");
    assert_eq!(run.outputs.len(), run.report.tests.len());
    assert!(
        run.outputs.iter().any(|o| o.stdout.starts_with("calcul ")),
        "{:?}",
        run.outputs
    );
    let _ = std::fs::remove_file(&marker);

    // One byte of program.py changed: verification fails, nothing runs, and it says why.
    let mut files = entries(&file);
    for (name, bytes) in files.iter_mut() {
        if name == "A1/program.py" {
            let at = bytes.iter().position(|b| *b == b'0').unwrap();
            bytes[at] = b'1';
        }
    }
    write_zip(&file, &files);
    let opened = review::open(&file).unwrap();
    assert!(opened.integrity.is_err());
    let why = examiner::review_hidden_tests(&opened, &examiner_file(), Lang::Fr)
        .expect("A1 has hidden tests")
        .expect_err("not run");
    assert!(why.contains("vérification"), "{why}");
    assert!(why.contains("A1/program.py"), "{why}");
    assert!(!marker.exists(), "the tampered program ran");
}

#[test]
fn verify_speaks_french() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("pas-un-zip.zip");
    std::fs::write(&file, b"ceci n'est pas une archive").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(["verify", file.to_str().unwrap()])
        .current_dir(tmp.path())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        format!(
            "atelier: {} : le fichier n'est pas une archive zip valide\n",
            file.display()
        )
    );
}
