//! Bundles: `atelier bundle` then `atelier verify`, and every way a handed-in zip can be
//! tampered with or made hostile (each must exit 3 and name the file at fault), plus the
//! library's `extract`, which must write nothing when the bundle is refused.

use atelier::bundle::{self, Manifest};
use std::fs::{self, File};
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const MIB: usize = 1024 * 1024;

fn atelier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atelier"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A workspace made with `init` and these flags, bundled with `atelier bundle`.
fn bundled(tmp: &Path, init_flags: &[&str]) -> PathBuf {
    let dir = tmp.join("ws");
    let mut args = vec!["init", dir.to_str().unwrap()];
    args.extend_from_slice(init_flags);
    let out = atelier(&args);
    assert!(out.status.success(), "init: {}", stderr(&out));
    let file = tmp.join("bundle.zip");
    let out = atelier(&[
        "bundle",
        dir.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "bundle: {}", stderr(&out));
    file
}

fn example_bundle(tmp: &Path) -> PathBuf {
    bundled(tmp, &["--example"])
}

/// Every entry of a zip, in order.
fn entries(file: &Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = ZipArchive::new(File::open(file).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().to_string(), bytes)
        })
        .collect()
}

fn zip_bytes(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Writes `entries` as a zip, then renames entries by patching their names in place (the
/// zip crate refuses to write some of the names a hostile archive holds, such as
/// duplicates): each `(placeholder, name)` must have the same length.
fn write_patched(path: &Path, entries: &[(String, Vec<u8>)], renames: &[(&str, &str)]) {
    let mut bytes = zip_bytes(entries);
    for (placeholder, name) in renames {
        assert_eq!(placeholder.len(), name.len());
        let mut found = 0;
        let mut at = 0;
        while let Some(pos) = find(&bytes[at..], placeholder.as_bytes()) {
            let start = at + pos;
            bytes[start..start + name.len()].copy_from_slice(name.as_bytes());
            at = start + name.len();
            found += 1;
        }
        assert_eq!(
            found, 2,
            "the local header and the directory both name {placeholder}"
        );
    }
    fs::write(path, bytes).unwrap();
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `atelier verify FILE` must exit 3 with one line naming the problem; returns the message
/// after `atelier: FILE: `.
fn assert_refused(file: &Path) -> String {
    let out = atelier(&["verify", file.to_str().unwrap(), "--lang", "en"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
    let prefix = format!("atelier: {}: ", file.display());
    err.trim_end()
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{err:?} does not start with {prefix:?}"))
        .to_string()
}

/// Extracting a refused bundle writes nothing, in the target or beside it.
fn assert_extract_writes_nothing(file: &Path) {
    let sandbox = tempfile::tempdir().unwrap();
    let target = sandbox.path().join("a").join("target");
    assert!(bundle::extract(file, &target).is_err());
    assert!(!target.exists(), "the target was created");
    let left: Vec<_> = fs::read_dir(sandbox.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "{left:?}");
    // Into an existing empty folder: still nothing.
    fs::create_dir_all(&target).unwrap();
    assert!(bundle::extract(file, &target).is_err());
    assert_eq!(fs::read_dir(&target).unwrap().count(), 0);
}

fn manifest_of(file: &Path) -> Manifest {
    let (_, bytes) = entries(file)
        .into_iter()
        .find(|(n, _)| n == "manifest.json")
        .expect("a manifest");
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn a_fresh_bundle_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let out = atelier(&["verify", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("bundle intact"), "{text}");
    assert!(text.contains("maison-verdier"), "{text}");
    assert!(stderr(&out).is_empty());
}

#[test]
fn the_manifest_lists_every_file_with_its_size_and_hash() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let all = entries(&file);
    assert_eq!(
        all.last().unwrap().0,
        "manifest.json",
        "the manifest comes last"
    );
    let manifest = manifest_of(&file);
    assert_eq!(manifest.format, 1);
    assert_eq!(manifest.case_id, "maison-verdier");
    assert_eq!(manifest.app_version, env!("CARGO_PKG_VERSION"));
    let ws: serde_json::Value =
        serde_json::from_slice(&fs::read(tmp.path().join("ws/workspace.json")).unwrap()).unwrap();
    assert_eq!(manifest.candidate, ws["candidate"].as_str().unwrap());
    assert_eq!(manifest.case_digest, ws["case_digest"].as_str().unwrap());
    let files: Vec<_> = all.iter().filter(|(n, _)| n != "manifest.json").collect();
    assert_eq!(manifest.files.len(), files.len());
    for (name, bytes) in &files {
        let listed = manifest
            .files
            .iter()
            .find(|f| &f.path == name)
            .unwrap_or_else(|| panic!("{name} is not listed"));
        assert_eq!(listed.size, bytes.len() as u64, "{name}");
        assert_eq!(
            listed.sha256,
            atelier::case::digest::sha256_hex(bytes),
            "{name}"
        );
    }
    let paths: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    for expected in [
        "workspace.json",
        "case.json",
        "report.html",
        "report.md",
        "exports/A2.csv",
        "exports/A11.csv",
    ] {
        assert!(paths.contains(&expected), "{expected} missing: {paths:?}");
    }
    assert!(!paths.iter().any(|p| p.contains("examiner")));
    // The case inside is the candidate's case, byte for byte.
    let case = &files.iter().find(|(n, _)| n == "case.json").unwrap().1;
    assert_eq!(
        case,
        &fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("cases/maison-verdier.json")).unwrap()
    );
}

#[test]
fn a1_files_go_into_the_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    assert!(atelier(&["init", dir.to_str().unwrap()]).status.success());
    fs::create_dir_all(dir.join("A1")).unwrap();
    fs::write(dir.join("A1/program.py"), "print('ok')\n").unwrap();
    fs::write(dir.join("A1/sketch.py"), "def draw(): pass\n").unwrap();
    let file = tmp.path().join("b.zip");
    let out = atelier(&[
        "bundle",
        dir.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let all = entries(&file);
    let get = |name: &str| all.iter().find(|(n, _)| n == name).map(|(_, b)| b.clone());
    assert_eq!(get("A1/program.py").unwrap(), b"print('ok')\n");
    assert_eq!(get("A1/sketch.py").unwrap(), b"def draw(): pass\n");
    assert!(atelier(&["verify", file.to_str().unwrap()])
        .status
        .success());
}

#[test]
fn one_changed_byte_in_report_html_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    let report = &mut all.iter_mut().find(|(n, _)| n == "report.html").unwrap().1;
    let at = report.len() / 2;
    report[at] ^= 0x01;
    let tampered = tmp.path().join("tampered.zip");
    fs::write(&tampered, zip_bytes(&all)).unwrap();
    assert_eq!(
        assert_refused(&tampered),
        "report.html was changed (its SHA-256 does not match the manifest)"
    );
    assert_extract_writes_nothing(&tampered);
}

#[test]
fn an_added_file_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    all.insert(0, ("extra.txt".into(), b"hello".to_vec()));
    let tampered = tmp.path().join("tampered.zip");
    fs::write(&tampered, zip_bytes(&all)).unwrap();
    assert_eq!(
        assert_refused(&tampered),
        "extra.txt is not listed in the manifest"
    );
    assert_extract_writes_nothing(&tampered);
}

#[test]
fn a_removed_file_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    all.retain(|(n, _)| n != "report.md");
    let tampered = tmp.path().join("tampered.zip");
    fs::write(&tampered, zip_bytes(&all)).unwrap();
    assert_eq!(assert_refused(&tampered), "report.md is missing");
    assert_extract_writes_nothing(&tampered);
}

#[test]
fn a_removed_manifest_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    all.retain(|(n, _)| n != "manifest.json");
    let tampered = tmp.path().join("tampered.zip");
    fs::write(&tampered, zip_bytes(&all)).unwrap();
    assert_eq!(assert_refused(&tampered), "manifest.json is missing");
    assert_extract_writes_nothing(&tampered);
}

#[test]
fn a_file_dropped_from_the_manifest_is_caught() {
    // The manifest must describe the archive exactly, in both directions.
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    let mut manifest = manifest_of(&file);
    manifest.files.retain(|f| f.path != "report.md");
    all.last_mut().unwrap().1 = serde_json::to_vec(&manifest).unwrap();
    let tampered = tmp.path().join("tampered.zip");
    fs::write(&tampered, zip_bytes(&all)).unwrap();
    assert_eq!(
        assert_refused(&tampered),
        "report.md is not listed in the manifest"
    );
}

#[test]
fn truncated_and_garbage_files_are_not_zips() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let bytes = fs::read(&file).unwrap();
    let truncated = tmp.path().join("truncated.zip");
    fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let garbage = tmp.path().join("garbage.zip");
    fs::write(&garbage, b"this is not a zip archive at all\n").unwrap();
    let empty = tmp.path().join("empty.zip");
    fs::write(&empty, b"").unwrap();
    for bad in [&truncated, &garbage, &empty] {
        assert_eq!(assert_refused(bad), "the file is not a valid zip archive");
        assert_extract_writes_nothing(bad);
    }
    // A missing file is refused too, with the system's reason.
    let missing = tmp.path().join("missing.zip");
    let message = assert_refused(&missing);
    assert!(message.starts_with("cannot read the file: "), "{message}");
}

#[test]
fn unsafe_entry_names_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    for name in [
        "../escape.txt",
        "/abs/path",
        "..\\evil.txt",
        "C:/evil.txt",
        "exports/../../evil.txt",
        "exports//evil.txt",
    ] {
        // The hostile entry is even listed, with its true size and hash: only its name
        // is wrong.
        let placeholder = "z".repeat(name.len());
        let mut all = entries(&file);
        let mut manifest = manifest_of(&file);
        manifest.files.push(bundle::ManifestFile {
            path: name.to_string(),
            size: 5,
            sha256: atelier::case::digest::sha256_hex(b"owned"),
        });
        all.last_mut().unwrap().1 = serde_json::to_vec(&manifest).unwrap();
        all.insert(0, (placeholder.clone(), b"owned".to_vec()));
        let hostile = tmp.path().join("hostile.zip");
        write_patched(&hostile, &all, &[(&placeholder, name)]);
        let expected = format!("entry {} has an unsafe path", name.escape_debug());
        assert_eq!(assert_refused(&hostile), expected);
        assert_extract_writes_nothing(&hostile);
        assert!(!tmp.path().join("escape.txt").exists());
        assert!(!tmp.path().join("evil.txt").exists());
    }
}

#[test]
fn duplicate_entry_names_are_refused() {
    // Two entries named report.html: the zip crate would keep only the second one, other
    // tools the first; either way the archive says two things at once.
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let mut all = entries(&file);
    all.push(("report.htmX".into(), b"<p>another report</p>".to_vec()));
    let hostile = tmp.path().join("dup.zip");
    // Only the added entry carries the placeholder name, in its two headers.
    write_patched(&hostile, &all, &[("report.htmX", "report.html")]);
    assert_eq!(
        assert_refused(&hostile),
        "entry report.html appears more than once"
    );
    assert_extract_writes_nothing(&hostile);
}

#[test]
fn a_local_header_naming_another_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let all = entries(&file);
    let mut bytes = zip_bytes(&all);
    // Rename report.md in its local header only (the first occurrence of the name).
    let at = find(&bytes, b"report.md").unwrap();
    bytes[at..at + 9].copy_from_slice(b"../evil.x");
    let hostile = tmp.path().join("local.zip");
    fs::write(&hostile, bytes).unwrap();
    assert_eq!(
        assert_refused(&hostile),
        "entry report.md has another name in its local header than in the archive's directory"
    );
    assert_extract_writes_nothing(&hostile);
}

/// Writes a zip streaming to disk: the bundle's entries, then `name` holding `size` zero
/// bytes, compressed (300 MiB of zeros take about 300 KiB), never whole in memory.
fn write_bomb(path: &Path, mut all: Vec<(String, Vec<u8>)>, name: &str, size: usize) {
    let manifest = all.pop().unwrap();
    let mut zip = ZipWriter::new(File::create(path).unwrap());
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (n, bytes) in all.iter().filter(|(n, _)| n != name) {
        zip.start_file(n.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.start_file(name, options).unwrap();
    let zeros = vec![0u8; MIB];
    let mut left = size;
    while left > 0 {
        let n = left.min(zeros.len());
        zip.write_all(&zeros[..n]).unwrap();
        left -= n;
    }
    zip.start_file(manifest.0.as_str(), options).unwrap();
    zip.write_all(&manifest.1).unwrap();
    zip.finish().unwrap();
}

/// Runs `atelier verify` with its address space capped (so inflating the bomb into memory
/// would kill it instead of exiting 3), and returns the message.
#[cfg(unix)]
fn refused_within_memory(file: &Path, limit_kib: u64) -> String {
    let script = format!("ulimit -v {limit_kib} && exec \"$0\" verify \"$1\" --lang en");
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_atelier"))
        .arg(file)
        .env_remove("LANG")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "stderr: {err}");
    let prefix = format!("atelier: {}: ", file.display());
    err.trim_end().strip_prefix(&prefix).unwrap().to_string()
}

#[cfg(unix)]
#[test]
fn a_zip_bomb_is_refused_without_inflating_it() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let size = 300 * MIB;

    // 1. A listed file swapped for 300 MiB of zeros: refused as soon as it outgrows the
    //    size the manifest lists.
    let bomb = tmp.path().join("bomb-report.zip");
    write_bomb(&bomb, entries(&file), "report.html", size);
    assert!(
        fs::metadata(&bomb).unwrap().len() < 4 * MIB as u64,
        "the bomb is small"
    );
    assert_eq!(
        refused_within_memory(&bomb, 96 * 1024),
        "report.html was changed (its size does not match the manifest)"
    );

    // 2. A manifest that lists the 300 MiB file with its true size: the per-entry limit
    //    stops it at 64 MiB, read through a bounded reader, never held in memory.
    let mut all = entries(&file);
    let mut manifest = manifest_of(&file);
    manifest.files.push(bundle::ManifestFile {
        path: "big.bin".into(),
        size: size as u64,
        sha256: "0".repeat(64),
    });
    manifest.files.sort_by(|a, b| a.path.cmp(&b.path));
    all.last_mut().unwrap().1 = serde_json::to_vec(&manifest).unwrap();
    let bomb = tmp.path().join("bomb-listed.zip");
    write_bomb(&bomb, all, "big.bin", size);
    assert_eq!(
        refused_within_memory(&bomb, 96 * 1024),
        "entry big.bin is larger than the 64 MiB limit"
    );
    // The library's read_bundle keeps bytes in memory, but the bomb is refused before.
    assert!(matches!(
        bundle::read_bundle(&bomb),
        Err(bundle::BundleError::EntryTooLarge { .. })
    ));
    assert_extract_writes_nothing(&bomb);
}

#[test]
fn report_html_escapes_a_hostile_candidate_name() {
    let tmp = tempfile::tempdir().unwrap();
    let file = bundled(tmp.path(), &["--candidate", "<script>x</script>"]);
    let all = entries(&file);
    let html = String::from_utf8(
        all.iter()
            .find(|(n, _)| n == "report.html")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    assert!(
        !html.contains("<script>x</script>"),
        "the name reached the page raw"
    );
    assert!(!html.contains("<script"), "no script element at all");
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    assert_eq!(manifest_of(&file).candidate, "<script>x</script>");
}

#[test]
fn extract_writes_a_verified_bundle_under_the_target() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let target = tmp.path().join("out");
    let manifest = bundle::extract(&file, &target).unwrap();
    let mut written = Vec::new();
    for entry in walk(&target) {
        written.push(
            entry
                .strip_prefix(&target)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/"),
        );
    }
    written.sort();
    let mut expected: Vec<String> = manifest.files.iter().map(|f| f.path.clone()).collect();
    expected.push("manifest.json".into());
    expected.sort();
    assert_eq!(written, expected);
    for listed in &manifest.files {
        let bytes = fs::read(target.join(&listed.path)).unwrap();
        assert_eq!(atelier::case::digest::sha256_hex(&bytes), listed.sha256);
    }
    // A target that already holds something is refused, and left as it was.
    let err = bundle::extract(&file, &target).unwrap_err();
    assert!(err.to_string().contains("is not an empty folder"), "{err}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_changed_byte_anywhere_in_the_archive_is_caught() {
    let tmp = tempfile::tempdir().unwrap();
    let file = example_bundle(tmp.path());
    let good = fs::read(&file).unwrap();
    // Bytes spread over the whole file, plus the end record: headers, dates, flags,
    // compressed data, the central directory.
    let mut offsets: Vec<usize> = (0..40).map(|i| i * good.len() / 40 + 7).collect();
    offsets.extend(good.len() - 22..good.len());
    for at in offsets {
        let mut bad = good.clone();
        bad[at] ^= 0x01;
        let tampered = tmp.path().join("flipped.zip");
        fs::write(&tampered, &bad).unwrap();
        let out = atelier(&["verify", tampered.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(3),
            "byte {at} of {} changed, yet verify said: {}",
            good.len(),
            stderr(&out)
        );
    }
    let mut longer = good.clone();
    longer.extend_from_slice(b"trailing");
    let tampered = tmp.path().join("longer.zip");
    fs::write(&tampered, &longer).unwrap();
    assert!(assert_refused(&tampered).contains("central directory"));
}
