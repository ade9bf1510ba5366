//! Tests of the parent module.

use super::*;
use crate::case;

#[test]
fn safe_names() {
    for good in [
        "report.html",
        "A1/program.py",
        "exports/A2.csv",
        "a/b/c.txt",
        "élève.md",
        "..hidden",
        "a..b",
    ] {
        assert!(is_safe_name(good), "{good} should be safe");
    }
    for bad in [
        "",
        "/abs/path",
        "../escape.txt",
        "a/../../b",
        "a/..",
        "..",
        ".",
        "./a",
        "a//b",
        "a/",
        "dir\\file",
        "..\\evil",
        "C:/windows",
        "C:evil",
        "c:\\x",
        "file.txt:stream",
        "a\0b",
        "line\nbreak",
    ] {
        assert!(!is_safe_name(bad), "{bad:?} should be unsafe");
    }
}

fn workspace(example: bool) -> (tempfile::TempDir, OpenWorkspace) {
    let tmp = tempfile::tempdir().unwrap();
    let mut ws = store::init(
        &tmp.path().join("ws"),
        case::load_default(),
        "Alice",
        example,
    )
    .unwrap();
    let board = ws
        .workspace
        .answer_mut("A2")
        .board
        .get_or_insert_with(Default::default);
    board.add_item("S", "marque connue");
    ws.workspace.answer_mut("A9").notes = "Une note.".into();
    ws.save().unwrap();
    (tmp, ws)
}

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    zip_with_bundle_options(entries).unwrap()
}

#[test]
fn every_changed_byte_of_a_bundle_is_caught() {
    let good = bundle_of(&[
        ("report.html", b"<p>bonjour</p>".to_vec()),
        ("exports/A2.csv", b"section,zone_id\nitem,S\n".to_vec()),
    ]);
    check(&good, &Limits::DEFAULT).expect("the untouched bundle verifies");
    for at in 0..good.len() {
        let mut bad = good.clone();
        bad[at] ^= 0x01;
        assert!(
            check(&bad, &Limits::DEFAULT).is_err(),
            "a change of byte {at} of {} went unnoticed",
            good.len()
        );
    }
    let mut longer = good.clone();
    longer.push(0);
    assert!(matches!(
        check(&longer, &Limits::DEFAULT),
        Err(BundleError::Structure(_))
    ));
}

/// A bundle of the given files and a case.json, with a matching manifest.
fn bundle_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let case = b"{}".to_vec();
    let mut files = files.to_vec();
    files.insert(0, (store::CASE_FILE, case.clone()));
    let manifest = Manifest {
        format: 1,
        app_version: "t".into(),
        candidate: "c".into(),
        case_id: "x".into(),
        case_digest: crate::case::digest::sha256_hex(&case),
        created: "now".into(),
        files: files
            .iter()
            .map(|(p, b)| ManifestFile {
                path: p.to_string(),
                size: b.len() as u64,
                sha256: crate::case::digest::sha256_hex(b),
            })
            .collect(),
    };
    let mut entries = files.to_vec();
    entries.push((MANIFEST_FILE, serde_json::to_vec(&manifest).unwrap()));
    zip_of(&entries)
}

#[test]
fn case_json_must_be_the_case_of_the_manifest() {
    let case = b"{}".to_vec();
    let manifest = |files: &[(&str, &Vec<u8>)], digest: &str| Manifest {
        format: 1,
        app_version: "t".into(),
        candidate: "c".into(),
        case_id: "x".into(),
        case_digest: digest.into(),
        created: "now".into(),
        files: files
            .iter()
            .map(|(p, b)| ManifestFile {
                path: p.to_string(),
                size: b.len() as u64,
                sha256: crate::case::digest::sha256_hex(b),
            })
            .collect(),
    };
    let with = |manifest: Manifest, files: &[(&str, &Vec<u8>)]| {
        let mut entries: Vec<(&str, Vec<u8>)> =
            files.iter().map(|(p, b)| (*p, (*b).clone())).collect();
        entries.push((MANIFEST_FILE, serde_json::to_vec(&manifest).unwrap()));
        zip_of(&entries)
    };
    // Listed and consistent with its own entry, but not the case the manifest names.
    let other = with(
        manifest(&[(store::CASE_FILE, &case)], &"0".repeat(64)),
        &[(store::CASE_FILE, &case)],
    );
    assert!(matches!(
        check(&other, &Limits::DEFAULT),
        Err(BundleError::CaseMismatch)
    ));
    // No case.json at all.
    let text = b"x".to_vec();
    let none = with(
        manifest(&[("a.txt", &text)], &crate::case::digest::sha256_hex(&case)),
        &[("a.txt", &text)],
    );
    assert!(matches!(
        check(&none, &Limits::DEFAULT),
        Err(BundleError::Missing(name)) if name == store::CASE_FILE
    ));
}

#[test]
fn written_bundle_verifies_and_lists_every_file() {
    let (tmp, ws) = workspace(false);
    fs::create_dir_all(ws.dir.join("A1")).unwrap();
    fs::write(ws.dir.join("A1/program.py"), "print('bonjour')\n").unwrap();
    fs::remove_file(ws.dir.join("A1/sketch.py")).unwrap();
    let out = tmp.path().join("bundle.zip");
    let count = write_bundle(&ws, &out, Lang::Fr).unwrap();
    let (manifest, files) = read_bundle(&out).unwrap();
    assert_eq!(count, files.len() + 1);
    assert_eq!(manifest.files.len(), files.len());
    assert_eq!(manifest.candidate, "Alice");
    assert_eq!(manifest.case_digest, ws.case.digest());
    let paths: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "the manifest is sorted by path");
    for expected in [
        "workspace.json",
        "case.json",
        "A1/program.py",
        "report.html",
        "report.md",
        "exports/A2.csv",
        "exports/A2.md",
        "exports/A11.csv",
        "exports/A9.md",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
    assert!(
        !paths.contains(&"A1/sketch.py"),
        "absent files are not invented"
    );
    assert!(
        !paths.contains(&"exports/A11.md"),
        "no answer, no Markdown export"
    );
    assert!(!paths.iter().any(|p| p.contains("examiner")));
    assert_eq!(files["case.json"], ws.case.text.as_bytes());
    assert_eq!(files["A1/program.py"], b"print('bonjour')\n");
    let saved: crate::workspace::Workspace =
        serde_json::from_slice(&files["workspace.json"]).unwrap();
    // The A1 files' text is mirrored in memory, never written into workspace.json.
    let mut expected = ws.workspace.clone();
    for answer in expected.exercises.values_mut() {
        if let Some(code) = answer.code.as_mut() {
            code.program.clear();
            code.sketch.clear();
        }
    }
    assert_eq!(saved, expected);
    assert!(paths.contains(&"exports/A1-results.json"));
    // The manifest is the zip's last entry.
    let mut archive = ZipArchive::new(File::open(&out).unwrap()).unwrap();
    let last = archive.len() - 1;
    assert_eq!(archive.by_index(last).unwrap().name(), MANIFEST_FILE);
    // No temporary file is left beside the output.
    let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().flatten().collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

fn check(bytes: &[u8], limits: &Limits) -> Result<Scanned, BundleError> {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("b.zip");
    fs::write(&path, bytes).unwrap();
    scan(&path, limits, false)
}

#[test]
fn limits_are_enforced_while_reading() {
    let files = [("a.txt", vec![b'a'; 600]), ("b.txt", vec![b'b'; 600])];
    let bundle = bundle_of(&files);
    let roomy = Limits {
        max_entries: 10,
        max_entry_size: 1000,
        max_total_size: 5000,
    };
    assert!(check(&bundle, &roomy).is_ok());
    let small_entry = Limits {
        max_entry_size: 500,
        ..roomy
    };
    let err = check(&bundle, &small_entry).err().unwrap();
    assert!(matches!(err, BundleError::EntryTooLarge { .. }), "{err}");
    // The manifest (~300 bytes) and one file fit; the second file crosses the total.
    let small_total = Limits {
        max_total_size: 1200,
        ..roomy
    };
    let err = check(&bundle, &small_total).err().unwrap();
    assert!(matches!(err, BundleError::TotalTooLarge { .. }), "{err}");
    let few_entries = Limits {
        max_entries: 2,
        ..roomy
    };
    let err = check(&bundle, &few_entries).err().unwrap();
    assert_eq!(err.to_string(), "the archive has more than 2 entries");
}

#[test]
fn a_file_longer_than_listed_stops_at_the_listed_size() {
    let mut bundle = bundle_of(&[("a.txt", b"short".to_vec())]);
    // Rewrite: same manifest, longer a.txt.
    let mut archive = ZipArchive::new(Cursor::new(bundle.clone())).unwrap();
    let mut manifest = Vec::new();
    archive
        .by_name(MANIFEST_FILE)
        .unwrap()
        .read_to_end(&mut manifest)
        .unwrap();
    bundle = zip_of(&[("a.txt", vec![b'x'; 100_000]), (MANIFEST_FILE, manifest)]);
    let err = check(&bundle, &Limits::DEFAULT).err().unwrap();
    assert_eq!(
        err.to_string(),
        "a.txt was changed (its size does not match the manifest)"
    );
}

#[test]
fn directories_and_unknown_manifest_formats_are_refused() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.add_directory("docs/", SimpleFileOptions::default())
        .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let err = check(&bytes, &Limits::DEFAULT).err().unwrap();
    assert_eq!(err.to_string(), "entry docs/ is not a regular file");

    let manifest = serde_json::json!({
        "format": 2, "app_version": "", "candidate": "", "case_id": "",
        "case_digest": "", "created": "", "files": []
    });
    let bytes = zip_of(&[(MANIFEST_FILE, manifest.to_string().into_bytes())]);
    let err = check(&bytes, &Limits::DEFAULT).err().unwrap();
    assert!(
        err.to_string()
            .starts_with("manifest.json is not a valid manifest"),
        "{err}"
    );
}

#[test]
fn extract_writes_only_under_the_target() {
    let (tmp, ws) = workspace(false);
    let out = tmp.path().join("bundle.zip");
    write_bundle(&ws, &out, Lang::En).unwrap();
    let target = tmp.path().join("out");
    let manifest = extract(&out, &target).unwrap();
    for file in &manifest.files {
        let bytes = fs::read(target.join(&file.path)).unwrap();
        assert_eq!(crate::case::digest::sha256_hex(&bytes), file.sha256);
    }
    assert!(target.join(MANIFEST_FILE).is_file());
    // A second extraction into the same (now full) folder is refused.
    let err = extract(&out, &target).err().unwrap();
    assert!(matches!(err, BundleError::TargetNotEmpty(_)), "{err}");
}

#[cfg(unix)]
#[test]
fn extract_refuses_a_target_that_is_a_link() {
    let (tmp, ws) = workspace(false);
    let out = tmp.path().join("bundle.zip");
    write_bundle(&ws, &out, Lang::En).unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
    let err = extract(&out, &link).err().unwrap();
    assert!(matches!(err, BundleError::NotAFolder(_)), "{err}");
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    // A link planted inside the target is not followed either.
    let root = tmp.path().join("root");
    fs::create_dir(&root).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join("exports")).unwrap();
    let err = write_under(&root.canonicalize().unwrap(), "exports/A2.csv", b"x")
        .err()
        .unwrap();
    assert!(matches!(err, BundleError::NotAFolder(_)), "{err}");
    std::os::unix::fs::symlink(elsewhere.join("f"), root.join("report.md")).unwrap();
    assert!(write_under(&root.canonicalize().unwrap(), "report.md", b"x").is_err());
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
}
