//! `atelier gradebook` read back as a spreadsheet would: Python's csv module reads the board's
//! table (French by default, English with --lang en), a candidate's name that is a formula is
//! neutralised, `--excel` writes a BOM and `;`, `--format moodle` writes Moodle's worksheet,
//! and Moodle's submissions zip is read without unpacking it by hand.

mod common;

use common::exam::{atelier, bundle, grade};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The CSV file as Python's csv module reads it: a list of dicts.
fn python_rows(file: &Path, delimiter: char, encoding: &str) -> Vec<serde_json::Value> {
    let script = format!(
        "import csv, json, sys\n\
         with open(sys.argv[1], newline='', encoding='{encoding}') as f:\n\
         \x20   print(json.dumps(list(csv.DictReader(f, delimiter='{delimiter}'))))\n"
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(file)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn class(tmp: &Path) -> PathBuf {
    let class = tmp.join("class");
    let alice = bundle(tmp, "Alice Martin", &class.join("alice.zip"));
    grade(&alice, false, "Dossier incomplet");
    let mallory = bundle(
        tmp,
        "=HYPERLINK(\"http://evil.example\",\"clic\")",
        &class.join("mallory.zip"),
    );
    grade(&mallory, true, "Dossier incomplet");
    bundle(tmp, "@SUM(1+1)", &class.join("at.zip"));
    let plus = bundle(tmp, "+33 6 12", &class.join("plus.zip"));
    // One exercise decided of eighteen: grading is in progress.
    let opened = atelier::exam::review::open(&plus).unwrap();
    let mut file = atelier::exam::review::grades_for(&opened).unwrap();
    let a2 = opened.case.exercise("A2").unwrap();
    file.marker_mut("Eve")
        .decide(
            a2,
            Some(atelier::exam::grading::Decision::NotValidated),
            "",
            "Eve",
            "2026-06-15T09:00:00Z",
        )
        .unwrap();
    atelier::exam::review::save_grades(&atelier::exam::review::grades_path(&plus), &file).unwrap();
    bundle(tmp, "-2+3", &class.join("minus.zip"));
    class
}

#[test]
fn the_board_table_reads_back_in_french_with_numbers_apart_and_formulas_neutralised() {
    let tmp = tempfile::tempdir().unwrap();
    let class = class(tmp.path());
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
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
    assert!(String::from_utf8_lossy(&out.stdout).contains("(5 paquets)"));
    let rows = python_rows(&out_file, ',', "utf-8");
    assert_eq!(rows.len(), 5);
    let by = |file: &str| rows.iter().find(|r| r["fichier"] == file).unwrap().clone();
    let a = by("alice.zip");
    assert_eq!(a["candidat"], "Alice Martin");
    assert_eq!(a["intégrité"], "ok");
    assert_eq!(a["état"], "noté");
    assert_eq!(a["A2 points"], "12");
    assert_eq!(a["A2 max"], "16");
    assert_eq!(a["A2 décision retenue"], "validé");
    // Following the rule (12/16, 3 everywhere): no reason kept.
    assert_eq!(a["A2 motif"], "");
    assert_eq!(a["bloc 1"], "obtenu");
    assert_eq!(a["certification"], "obtenue");
    // Every number parses as a number.
    for (key, value) in a.as_object().unwrap() {
        if key.ends_with(" points") || key.ends_with(" max") {
            value.as_str().unwrap().parse::<u32>().unwrap();
        }
    }
    let m = by("mallory.zip");
    assert_eq!(
        m["candidat"],
        "'=HYPERLINK(\"http://evil.example\",\"clic\")"
    );
    assert_eq!(m["A7 décision retenue"], "non validé");
    // 12/16 with 3 everywhere proposes "validé": the rejection kept its reason.
    assert_eq!(m["A7 motif"], "Dossier incomplet");
    assert_eq!(m["bloc 2"], "non obtenu");
    assert_eq!(m["certification"], "non obtenue");
    assert_eq!(by("at.zip")["candidat"], "'@SUM(1+1)");
    assert_eq!(by("plus.zip")["candidat"], "'+33 6 12");
    assert_eq!(by("minus.zip")["candidat"], "'-2+3");
    assert_eq!(by("minus.zip")["état"], "à noter");
    assert_eq!(by("plus.zip")["état"], "en cours");
    assert_eq!(by("minus.zip")["certification"], "en attente");
    // No cell of the file starts a formula.
    let text = std::fs::read_to_string(&out_file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t']), "{cell}");
        }
    }
}

#[test]
fn excel_gets_a_bom_and_semicolons_and_english_follows_lang() {
    let tmp = tempfile::tempdir().unwrap();
    let class = tmp.path().join("class");
    let alice = bundle(tmp.path(), "Alice; Martin", &class.join("alice.zip"));
    grade(&alice, false, "Dossier incomplet");
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "--lang",
            "en",
            "gradebook",
            class.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
            "--excel",
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let bytes = std::fs::read(&out_file).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFfile;candidate;"));
    let rows = python_rows(&out_file, ';', "utf-8-sig");
    assert_eq!(rows[0]["candidate"], "Alice; Martin");
    assert_eq!(rows[0]["state"], "graded");
    assert_eq!(rows[0]["A2 agreed decision"], "validated");
    assert_eq!(rows[0]["certification"], "obtained");
}

/// Moodle's "Download all submissions": one folder per participant.
fn submissions_zip(tmp: &Path) -> PathBuf {
    let staged = tmp.join("staged");
    let jean = bundle(
        tmp,
        "Jean Dupont",
        &staged.join("Jean Dupont_12345_assignsubmission_file_/bundle.zip"),
    );
    grade(&jean, true, "Dossier incomplet");
    bundle(
        tmp,
        "Awa Diallo",
        &staged.join("Awa Diallo_678_assignsubmission_file_/mon-paquet.zip"),
    );
    // Graded, then changed: its grades no longer apply, and Moodle gets none.
    let zoe = bundle(
        tmp,
        "Zoé Petit",
        &staged.join("Zoé Petit_999_assignsubmission_file_/paquet.zip"),
    );
    grade(&zoe, false, "");
    bundle(tmp, "Zoé Petit-Martin", &zoe);
    let file = tmp.join("submissions.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    let mut members: Vec<PathBuf> = Vec::new();
    for folder in std::fs::read_dir(&staged).unwrap() {
        for member in std::fs::read_dir(folder.unwrap().path()).unwrap() {
            members.push(member.unwrap().path());
        }
    }
    members.sort();
    for path in members {
        let name = path
            .strip_prefix(&staged)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(&std::fs::read(&path).unwrap()).unwrap();
    }
    // A member that would leave the folder is skipped, not written.
    zip.start_file("../evil.zip", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"x").unwrap();
    zip.finish().unwrap();
    file
}

#[test]
fn moodle_worksheet_from_the_submissions_zip_reads_back() {
    let tmp = tempfile::tempdir().unwrap();
    let file = submissions_zip(tmp.path());
    let out_file = tmp.path().join("worksheet.csv");
    let out = atelier(
        &[
            "gradebook",
            file.to_str().unwrap(),
            "--format",
            "moodle",
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
    assert!(!tmp.path().parent().unwrap().join("evil.zip").exists());
    let text = std::fs::read_to_string(&out_file).unwrap();
    assert!(text.starts_with(
        "Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,\
         Last modified (submission),Last modified (grade),Feedback comments\r\n"
    ));
    let rows = python_rows(&out_file, ',', "utf-8");
    assert_eq!(rows.len(), 3, "{text}");
    let zoe = rows
        .iter()
        .find(|r| r["Identifier"] == "Participant 999")
        .expect(&text);
    assert_eq!(zoe["Grade"], "", "{text}");
    assert_eq!(zoe["Last modified (grade)"], "-", "{text}");
    assert_eq!(zoe["Feedback comments"], "à noter de nouveau", "{text}");
    let awa = &rows[0];
    assert_eq!(awa["Identifier"], "Participant 678");
    assert_eq!(awa["Full name"], "Awa Diallo");
    assert_eq!(awa["Status"], "Submitted for grading");
    assert_eq!(awa["Grade"], "");
    assert_eq!(awa["Maximum Grade"], "276.00");
    assert_eq!(awa["Last modified (grade)"], "-");
    assert_eq!(awa["Feedback comments"], "à noter");
    let jean = &rows[1];
    assert_eq!(jean["Identifier"], "Participant 12345");
    assert_eq!(jean["Full name"], "Jean Dupont");
    assert_eq!(jean["Status"], "Submitted for grading - Graded");
    assert_eq!(jean["Grade"], "207.00");
    assert_eq!(jean["Grade can be changed"], "Yes");
    assert_eq!(
        jean["Last modified (grade)"],
        "Monday, 15 June 2026, 9:00 AM"
    );
    let feedback = jean["Feedback comments"].as_str().unwrap();
    assert!(feedback.starts_with("A1 validé (9/12) ; "), "{feedback}");
    assert!(
        feedback.contains("A7 non validé (12/16), motif : Dossier incomplet"),
        "{feedback}"
    );
    assert!(
        feedback.ends_with("certification : non obtenue"),
        "{feedback}"
    );
    // The board's table reads the same zip too.
    let out_file = tmp.path().join("notes.csv");
    let out = atelier(
        &[
            "gradebook",
            file.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(out.status.success());
    let rows = python_rows(&out_file, ',', "utf-8");
    assert_eq!(
        rows[1]["fichier"],
        "Jean Dupont_12345_assignsubmission_file_/bundle.zip"
    );
    assert_eq!(rows[1]["état"], "noté");
}
