//! The grid exercises' commands, on the built binary: `atelier import` of an A12 corpus (and
//! its errors with line numbers, one fixture per error), `export` as CSV, SVG and JSON, and
//! the bundle's grid exports and report.

#[path = "common/xlsx.rs"]
mod xlsx;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use xlsx::{read_xlsx, table_of};

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

fn posts(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/posts")
        .join(name)
        .display()
        .to_string()
}

fn workspace(example: bool) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    let mut args = vec!["init", dir.to_str().unwrap()];
    if example {
        args.push("--example");
    }
    let out = atelier(tmp.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    (tmp, dir)
}

fn one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(output));
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

#[test]
fn import_a12_corpus_then_export_the_analysis_as_json() {
    let (tmp, dir) = workspace(false);
    let ws = dir.to_str().unwrap();
    let backups_before = std::fs::read_dir(dir.join(".atelier/backups"))
        .unwrap()
        .count();
    let out = atelier(
        tmp.path(),
        &["import", ws, "--exercise", "A12", &posts("small.csv")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "4 publications importées dans A12\n"
    );
    let backups_after = std::fs::read_dir(dir.join(".atelier/backups"))
        .unwrap()
        .count();
    assert!(
        backups_after > backups_before,
        "the previous content is kept"
    );
    let json = tmp.path().join("a12.json");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A12",
            "--format",
            "json",
            "-o",
            json.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["corpus"], "imported");
    assert_eq!(doc["posts"], 4);
    // super, conseil, adorable, rapide: +4; annulée, introuvable: -2; retard, personne: -2;
    // "pas mauvais" (negated, +1) and lente (-1): 0.
    let scores: Vec<i64> = doc["sentiment_per_post"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["score"].as_i64().unwrap())
        .collect();
    assert_eq!(scores, [4, -2, -2, 0]);
    assert_eq!(doc["summary"]["positive"], 1);
    assert_eq!(doc["summary"]["neutral"], 1);
    assert_eq!(doc["summary"]["negative"], 2);
    let months = doc["sentiment_per_month"].as_array().unwrap();
    assert_eq!(months.len(), 2);
    assert_eq!(months[0]["month"], "2025-03");
    assert_eq!(months[0]["mean_score"], 1.0);
    assert_eq!(months[1]["mean_score"], -1.0);
    let terms = doc["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 16);
    assert_eq!(terms[0]["term"], "livraison");
    assert_eq!(terms[0]["count"], 2);
    assert_eq!(terms[1]["term"], "magasin");
    let complaints: Vec<(&str, i64)> = doc["top_complaints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["theme"].as_str().unwrap(), c["count"].as_i64().unwrap()))
        .collect();
    assert_eq!(complaints, [("stock", 1), ("livraison", 1), ("service", 1)]);
}

#[test]
fn import_errors_name_the_line() {
    let (tmp, dir) = workspace(false);
    let ws = dir.to_str().unwrap();
    for (file, expected) in [
        (
            "bad-date.csv",
            "line 4: the date \"2025-13-40\" is not a calendar date YYYY-MM-DD",
        ),
        (
            "missing-column.csv",
            "line 1: the header has no \"text\" column",
        ),
        (
            "bad-rating.csv",
            "line 3: the rating \"zéro\" is not a whole number from 1 to 5",
        ),
        ("short-line.csv", "line 3: 2 fields where the header has 3"),
    ] {
        let out = atelier(
            tmp.path(),
            &[
                "import",
                ws,
                "--exercise",
                "A12",
                &posts(file),
                "--lang",
                "en",
            ],
        );
        let err = one_line_error(&out);
        assert!(err.contains(expected), "{file}: {err}");
        assert!(err.contains(file), "{err}");
    }
    // In French by default.
    let out = atelier(
        tmp.path(),
        &["import", ws, "--exercise", "A12", &posts("bad-date.csv")],
    );
    let err = one_line_error(&out);
    assert!(
        err.contains("bad-date.csv : ligne 4 : la date « 2025-13-40 » n'est pas une date du calendrier AAAA-MM-JJ"),
        "{err}"
    );
    let out = atelier(
        tmp.path(),
        &["import", ws, "--exercise", "A8", &posts("small.csv")],
    );
    assert!(
        one_line_error(&out).contains("l'exercice A8 (grid) ne peut pas être importé d'un fichier")
    );
    // The refused imports changed nothing.
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap())
            .unwrap();
    assert!(saved["exercises"]["A12"].is_null());
    // DIR is optional: the current directory.
    let out = atelier(&dir, &["import", "--exercise", "A12", &posts("small.csv")]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn exports_of_a_grid_exercise() {
    let (tmp, dir) = workspace(true);
    let ws = dir.to_str().unwrap();
    let csv_path = tmp.path().join("a10.csv");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A10",
            "--format",
            "csv",
            "-o",
            csv_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // One CSV per grid (one table per file, as pandas reads it), named by the grid's id.
    assert!(!csv_path.exists());
    let besoins = tmp.path().join("a10-besoins.csv");
    let formation = tmp.path().join("a10-formation.csv");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}\n{}\n", besoins.display(), formation.display())
    );
    let text = std::fs::read_to_string(&besoins).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Service,Compétence,Actuel,Cible,Horizon,Exposition,Écart,Priorité")
    );
    assert_eq!(
        lines.next(),
        Some("Magasins,\"Relation client omnicanale (click & collect, vente assistée sur tablette)\",1,4,1 an,5,3,15")
    );
    let training = std::fs::read_to_string(&formation).unwrap();
    // The training plan's totals line sums hours, participants and budget.
    assert!(training.contains("Total,,,,166,1700,389900,"), "{training}");
    // Every file is one rectangular table.
    let tables = [table_of(&text), table_of(&training)];
    for table in &tables {
        assert!(table.len() > 1 && table.iter().all(|r| r.len() == table[0].len()));
    }
    // -o DIR: DIR/A10-GRID.csv.
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A10",
            "--format",
            "csv",
            "-o",
            ".",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("A10-besoins.csv")).unwrap(),
        text
    );
    // The workbook: one sheet per grid, the same cells as the CSV files, numbers as numbers.
    let xlsx_path = tmp.path().join("a10.xlsx");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A10",
            "--format",
            "xlsx",
            "-o",
            xlsx_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let sheets = read_xlsx(&std::fs::read(&xlsx_path).unwrap());
    let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["besoins", "formation"]);
    assert_eq!(sheets[0].1, tables[0]);
    assert_eq!(sheets[1].1, tables[1]);
    let svg_path = tmp.path().join("a13.svg");
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A13",
            "--format",
            "svg",
            "-o",
            svg_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("Calendrier de la feuille de route"));
    assert!(svg.contains("2026-T3"));
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws,
            "--exercise",
            "A8",
            "--format",
            "json",
            "-o",
            "x.json",
        ],
    );
    assert!(one_line_error(&out).contains("ne peut pas être exporté en json"));
}

#[test]
fn bundle_carries_every_grid_chart_and_analysis() {
    let (tmp, dir) = workspace(true);
    let ws = dir.to_str().unwrap();
    let zip = tmp.path().join("b.zip");
    let out = atelier(tmp.path(), &["bundle", ws, "-o", zip.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = atelier(tmp.path(), &["verify", zip.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (manifest, files) = atelier::bundle::read_bundle(&zip).unwrap();
    let paths: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    for expected in [
        "exports/A8-inventaire.csv",
        "exports/A8-leviers.csv",
        "exports/A8-ruptures.csv",
        "exports/A8-inventaire-1.svg",
        "exports/A8-inventaire-2.svg",
        "exports/A10-besoins.csv",
        "exports/A10.xlsx",
        "exports/A10-besoins-1.svg",
        "exports/A10-formation.csv",
        "exports/A12-comparaison.csv",
        "exports/A12-listening.json",
        "exports/A13-feuille_de_route-1.svg",
        "exports/A14-moodboard-1.svg",
        "exports/A14-idees.csv",
        "exports/A14.md",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
    let report = String::from_utf8(files["report.html"].clone()).unwrap();
    assert!(report.contains("<table class=\"grid\">"));
    assert!(report.contains("<figure class=\"chart\"><svg"));
    assert!(report.contains("background:#2E7D32"), "mood board swatch");
    assert!(report.contains("Gaz à effet de serre par phase"));
    let md = String::from_utf8(files["exports/A13.md"].clone()).unwrap();
    assert!(md.contains("| Fondations | Comité de pilotage avec la DSI et la DPO |"));
}
