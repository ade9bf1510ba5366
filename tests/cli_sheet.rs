//! The A7 GDPR audit sheet through the built binary: `export --format csv|md`, `import`
//! (round trip, refused values with their line, column and allowed values, workspace left
//! unchanged), `check --json` (the rule engine's ids and processing ids) and the bundle.

#[path = "common/xlsx.rs"]
mod xlsx;

use atelier::workspace::Workspace;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use xlsx::{read_xlsx, table_of};

/// The register's header: the first register's 18 columns, then the ones added since.
const HEADER: &str = "id,name,purpose,legal_basis,data_subjects,data_categories,special_categories,art9_exception,recipients,processors,processor_contract,transfers,transfer_safeguard,retention,security_measures,information_given,dpia_criteria,dpia_done,joint_controllers,criminal_data,art10_ground,minimisation";
/// The first register's header, which a file kept from then still has.
const OLD_HEADER: &str = "id,name,purpose,legal_basis,data_subjects,data_categories,special_categories,art9_exception,recipients,processors,processor_contract,transfers,transfer_safeguard,retention,security_measures,information_given,dpia_criteria,dpia_done";

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

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Exit 1 with exactly one line on stderr; returns it.
fn one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("atelier: "), "{err}");
    err.trim_end().to_string()
}

fn init(tmp: &Path, name: &str, example: bool) -> PathBuf {
    let dir = tmp.join(name);
    let mut args = vec!["init", dir.to_str().unwrap()];
    if example {
        args.push("--example");
    }
    ok(&atelier(tmp, &args));
    dir
}

fn workspace(dir: &Path) -> Workspace {
    serde_json::from_str(&std::fs::read_to_string(dir.join("workspace.json")).unwrap()).unwrap()
}

fn export(tmp: &Path, dir: &Path, format: &str) -> String {
    let out = tmp.join(format!("A7.{format}"));
    ok(&atelier(
        tmp,
        &[
            "export",
            dir.to_str().unwrap(),
            "--exercise",
            "A7",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ],
    ));
    std::fs::read_to_string(out).unwrap()
}

/// `atelier import` in English (the reasons below are asserted in English; the French ones
/// are asserted by `register_import_errors_speak_french`).
fn import(tmp: &Path, dir: &Path, file: &Path) -> Output {
    atelier(
        tmp,
        &[
            "import",
            dir.to_str().unwrap(),
            "--exercise",
            "A7",
            file.to_str().unwrap(),
            "--lang",
            "en",
        ],
    )
}

#[test]
fn csv_export_has_the_exact_header_and_imports_back() {
    let tmp = tempfile::tempdir().unwrap();
    let example = init(tmp.path(), "example", true);
    let csv = export(tmp.path(), &example, "csv");
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some(HEADER));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 9);
    let paie = rows.iter().find(|r| r.starts_with("paie,")).unwrap();
    assert!(paie.contains(",legal_obligation;contract,"), "{paie}");
    assert!(paie.contains(",health,employment,"), "{paie}");
    assert!(paie.contains(",no,TN,none,"), "{paie}");
    assert!(
        paie.ends_with(",sensitive_data;vulnerable_subjects,no,,,,"),
        "{paie}"
    );

    // Into a fresh workspace (the register kept in a spreadsheet, brought back).
    let fresh = init(tmp.path(), "fresh", false);
    let file = tmp.path().join("A7.csv");
    let said = ok(&import(tmp.path(), &fresh, &file));
    assert!(said.contains("9 processings imported into A7"), "{said}");
    let expected = workspace(&example).exercises["A7"]
        .sheet
        .clone()
        .unwrap()
        .processings;
    let imported = workspace(&fresh).exercises["A7"]
        .sheet
        .clone()
        .unwrap()
        .processings;
    assert_eq!(imported.len(), expected.len());
    for (got, want) in imported.iter().zip(&expected) {
        // The CSV is the register: everything but the risk assessment.
        let mut want = want.clone();
        want.risks = Default::default();
        assert_eq!(got, &want);
    }
    // Exported again, the same bytes.
    assert_eq!(export(tmp.path(), &fresh, "csv"), csv);

    // Into the example itself: the risks of processings that stay are kept.
    ok(&import(tmp.path(), &example, &file));
    assert_eq!(
        workspace(&example).exercises["A7"]
            .sheet
            .clone()
            .unwrap()
            .processings,
        expected
    );
}

#[test]
fn a_bad_value_is_refused_with_line_column_and_allowed_values() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", true);
    let before = std::fs::read(dir.join("workspace.json")).unwrap();
    let cases = [
        (
            "paie,Paie,Payer,légale,,,,,,,,,,,,,,",
            "line 2, column 4 (legal_basis): \"légale\" is not allowed; allowed values: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, separated by ';'",
        ),
        (
            "paie,Paie,,,,,santé,,,,,,,,,,,",
            "line 2, column 7 (special_categories): \"santé\" is not allowed; allowed values: health, biometric, genetic, racial_ethnic, political, religious, trade_union, sex_life, criminal, separated by ';'",
        ),
        (
            "paie,Paie,,,,,,,,,oui,,,,,,,",
            "line 2, column 11 (processor_contract): \"oui\" is not allowed; allowed values: yes, no or empty",
        ),
        (
            "paie,Paie,,,,,,,,,,TN;Atlantide,,,,,,",
            "line 2, column 12 (transfers): \"Atlantide\" is not allowed",
        ),
        (
            "paie,Paie,,,,,,,,,,TN,clauses,,,,,",
            "line 2, column 13 (transfer_safeguard): \"clauses\" is not allowed; allowed values: adequacy, scc, bcr, derogation, none or empty",
        ),
        (
            "paie,Paie,,,,,,,,,,,,,,,profilage,",
            "line 2, column 17 (dpia_criteria): \"profilage\" is not allowed; allowed values: evaluation_scoring, automated_decision, systematic_monitoring, sensitive_data, large_scale, matching_datasets, vulnerable_subjects, innovative_technology, prevents_right, separated by ';'",
        ),
        ("paie,Paie", "line 2: expected 18 cells, found 2"),
    ];
    for (row, message) in cases {
        let file = tmp.path().join("bad.csv");
        std::fs::write(&file, format!("{OLD_HEADER}\n{row}\n")).unwrap();
        let err = one_line_error(&import(tmp.path(), &dir, &file));
        assert!(err.contains(message), "{err}\nexpected: {message}");
        assert_eq!(std::fs::read(dir.join("workspace.json")).unwrap(), before);
    }
    // A wrong header, another exercise's kind, an unknown exercise.
    let file = tmp.path().join("bad.csv");
    std::fs::write(&file, "id;name\n").unwrap();
    let err = one_line_error(&import(tmp.path(), &dir, &file));
    assert!(
        err.contains("line 1: the header must be exactly id,name,purpose"),
        "{err}"
    );
    let err = one_line_error(&atelier(
        tmp.path(),
        &[
            "import",
            dir.to_str().unwrap(),
            "--exercise",
            "A2",
            file.to_str().unwrap(),
        ],
    ));
    assert!(
        err.contains("l'exercice A2 (board) ne peut pas être importé"),
        "{err}"
    );
    let err = one_line_error(&atelier(
        tmp.path(),
        &[
            "import",
            dir.to_str().unwrap(),
            "--exercise",
            "A99",
            file.to_str().unwrap(),
        ],
    ));
    assert!(err.contains("A99"), "{err}");
    assert_eq!(std::fs::read(dir.join("workspace.json")).unwrap(), before);
}

#[test]
fn import_defaults_to_the_current_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", false);
    std::fs::write(
        dir.join("reg.csv"),
        format!("{OLD_HEADER}\npaie,Gestion de la paie,,,,,,,,,,,,,,,,\n"),
    )
    .unwrap();
    let said = ok(&atelier(&dir, &["import", "--exercise", "A7", "reg.csv"]));
    assert!(said.contains("1 traitement importé"), "{said}");
    assert_eq!(
        workspace(&dir).exercises["A7"]
            .sheet
            .as_ref()
            .unwrap()
            .processings[0]
            .id,
        "paie"
    );
}

#[test]
fn check_json_lists_the_rule_engine_findings_with_ids_and_targets() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", false);
    let file = tmp.path().join("reg.csv");
    std::fs::write(
        &file,
        format!(
            "{OLD_HEADER}\n\
             paie,Paie,Payer,legal_obligation,salariés,NIR,health,,RH,PayExpert,no,TN,none,5 ans,coffre-fort,yes,sensitive_data;vulnerable_subjects,no\n\
             wifi,Wi-Fi,Accès,legal_obligation,clients,MAC,,,DSI,opérateur,yes,,,1 an,réseau isolé,yes,,\n"
        ),
    )
    .unwrap();
    ok(&import(tmp.path(), &dir, &file));
    let out = ok(&atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--json", "--lang", "en"],
    ));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let a7 = doc["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "A7")
        .unwrap();
    assert_eq!(a7["kind"], "sheet");
    let rules: Vec<(String, String, String)> = a7["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("id").is_some())
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["code"].as_str().unwrap().to_string(),
                f["target"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        "special-category-without-exception",
        "transfer-without-safeguard",
        "processor-without-contract",
        "dpia-required",
    ];
    assert_eq!(
        rules,
        expected
            .iter()
            .map(|r| (format!("paie:{r}"), r.to_string(), "paie".to_string()))
            .collect::<Vec<_>>(),
        "the clean Wi-Fi processing fires nothing"
    );
    assert!(a7["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["code"] == "too-few-processings"));
    // Every proposal, with the decision on it (all pending here).
    let proposals = a7["proposals"].as_array().unwrap();
    assert_eq!(proposals.len(), 4);
    assert_eq!(
        proposals[0],
        serde_json::json!({
            "id": "paie:special-category-without-exception",
            "rule": "special-category-without-exception",
            "target": "paie",
            "decision": "pending"
        })
    );
}

#[test]
fn check_json_gives_the_decisions_of_the_worked_example() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", true);
    let out = ok(&atelier(
        tmp.path(),
        &["check", dir.to_str().unwrap(), "--json"],
    ));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let a7 = doc["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "A7")
        .unwrap();
    assert_eq!(a7["status"], "complete");
    assert_eq!(a7["findings"], serde_json::json!([]));
    let decision = |id: &str| {
        a7["proposals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .map(|p| p["decision"].clone())
    };
    assert_eq!(
        decision("paie:processor-without-contract"),
        Some("accepted".into())
    );
    // The CNIL's exemption for HR processing stops at 250 employees: Maison Verdier has 1,150.
    assert_eq!(decision("paie:dpia-required"), Some("accepted".into()));
    assert_eq!(
        decision("videoprotection:data-not-minimised"),
        Some("accepted".into())
    );
    assert_eq!(decision("wifi:information-missing"), None);
}

#[test]
fn markdown_and_bundle_carry_the_whole_sheet() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", true);
    let md = export(tmp.path(), &dir, "md");
    for heading in [
        "### Registre des traitements (art. 30)",
        "#### paie — Gestion de la paie",
        "### Risques (méthode CNIL)",
        "### Sécurité : liste de contrôle",
        "**Traçabilité et incidents**",
        "### Constats et préconisations",
        "#### paie:transfer-without-safeguard · Non-conformité",
        "| Préconisation | Pour | Priorité | Échéance |",
        "### Plan d'action",
        "| Urgent | RSSI | ",
        "#### paie:dpia-required · Non-conformité",
        "- Responsable du traitement et coordonnées (art. 30.1.a) : Maison Verdier SAS",
        "### Avis",
    ] {
        assert!(md.contains(heading), "missing {heading:?}");
    }
    let zip = tmp.path().join("b.zip");
    ok(&atelier(
        tmp.path(),
        &["bundle", dir.to_str().unwrap(), "-o", zip.to_str().unwrap()],
    ));
    let (_, files) = atelier::bundle::read_bundle(&zip).unwrap();
    let csv = String::from_utf8(files["exports/A7.csv"].clone()).unwrap();
    assert!(csv.starts_with(HEADER));
    // The register as a workbook: one sheet, the CSV's cells.
    let sheets = read_xlsx(&files["exports/A7.xlsx"]);
    assert_eq!(sheets.len(), 1);
    assert_eq!(sheets[0].0, "register");
    assert_eq!(sheets[0].1, table_of(&csv));
    assert!(sheets[0].1.len() > 1);
    let md = String::from_utf8(files["exports/A7.md"].clone()).unwrap();
    assert!(md.contains("### Avis"));
    let html = String::from_utf8(files["report.html"].clone()).unwrap();
    assert!(html.contains("<table class=\"register\">"));
    assert!(html.contains("paie:transfer-without-safeguard"));
    assert!(html.contains("Risques (méthode CNIL)"));
    ok(&atelier(tmp.path(), &["verify", zip.to_str().unwrap()]));
}

#[test]
fn register_import_errors_speak_french() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = init(tmp.path(), "ws", false);
    let file = tmp.path().join("bad.csv");
    let french = |file: &Path| {
        one_line_error(&atelier(
            tmp.path(),
            &[
                "import",
                dir.to_str().unwrap(),
                "--exercise",
                "A7",
                file.to_str().unwrap(),
            ],
        ))
    };
    std::fs::write(&file, "id;name\n").unwrap();
    let err = french(&file);
    assert!(
        err.contains("ligne 1 : l'en-tête doit être exactement id,name,"),
        "{err}"
    );
    std::fs::write(
        &file,
        format!("{OLD_HEADER}\npaie,Paie,,légale,,,,,,,,,,,,,,\n"),
    )
    .unwrap();
    let err = french(&file);
    assert!(
        err.contains("ligne 2, colonne 4 (legal_basis) : « légale » n'est pas permis ; valeurs permises : consent,"),
        "{err}"
    );
    assert!(err.ends_with("séparées par « ; »"), "{err}");
    std::fs::write(&file, format!("{OLD_HEADER}\npaie,Paie\n")).unwrap();
    let err = french(&file);
    assert!(
        err.contains("ligne 2 : 18 cellules attendues, 2 trouvées"),
        "{err}"
    );
    std::fs::write(&file, b"id,name\n\x81\x00\n").unwrap();
    let err = french(&file);
    assert!(
        err.contains("ligne 2 : le fichier n'est ni en UTF-8 ni en Windows-1252"),
        "{err}"
    );
}
