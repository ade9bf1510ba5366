//! The map commands on the built binary: `atelier import` of Freeplane's own map, `export`
//! of both maps in every format (the XML parsed back), and the bundle's map files.

use atelier::workbench::mindmap::{mm, opml};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// One of Freeplane's documentation maps, shipped in `tests/fixtures/freeplane/`.
fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/freeplane")
        .join(name)
}

fn workspace(example: bool) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    let mut args = vec!["init", ws.to_str().unwrap()];
    if example {
        args.push("--example");
    }
    ok(&atelier(tmp.path(), &args));
    (tmp, ws)
}

#[test]
fn import_freeplane_user_guide_then_export_keeps_every_node() {
    let (tmp, ws) = workspace(false);
    let guide = sample("freeplaneUserGuide.mm");
    let out = ok(&atelier(
        tmp.path(),
        &[
            "import",
            ws.to_str().unwrap(),
            "--exercise",
            "A5",
            guide.to_str().unwrap(),
        ],
    ));
    assert!(out.contains("1\u{202f}460 nœuds importés"), "{out}");
    let original = mm::read(&std::fs::read_to_string(&guide).unwrap()).unwrap();
    for format in ["mm", "opml"] {
        let file = tmp.path().join(format!("guide.{format}"));
        ok(&atelier(
            tmp.path(),
            &[
                "export",
                ws.to_str().unwrap(),
                "--exercise",
                "A5",
                "--format",
                format,
                "-o",
                file.to_str().unwrap(),
            ],
        ));
        let text = std::fs::read_to_string(&file).unwrap();
        let back = match format {
            "mm" => mm::read(&text).unwrap(),
            _ => opml::read(&text).unwrap(),
        };
        assert_eq!(back.len(), 1460, "{format}");
        let texts = |m: &atelier::workbench::mindmap::model::MindMap| {
            m.preorder()
                .map(|(id, d)| (d, m.content(id).unwrap().text.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&back), texts(&original), "{format}");
        // Every internal link still lands on the node of the same text.
        let links = |m: &atelier::workbench::mindmap::model::MindMap| {
            m.preorder()
                .filter_map(|(id, _)| {
                    let c = m.content(id)?;
                    let target = m.link_target(&c.link)?;
                    Some((c.text.clone(), m.text(target).to_string()))
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(links(&original).len(), 33);
        assert_eq!(links(&back), links(&original), "{format}");
        if format == "mm" {
            assert!(text.starts_with("<map version=\"freeplane 1.9.13\">"));
        }
    }
    // The import replaced the answer and left the previous workspace in the backups.
    let backups = std::fs::read_dir(ws.join(".atelier/backups"))
        .unwrap()
        .count();
    assert!(backups >= 1);
}

#[test]
fn import_refuses_a_broken_file_and_a_kind_without_import() {
    let (tmp, ws) = workspace(false);
    let before = std::fs::read(ws.join("workspace.json")).unwrap();
    // Cut short: every tag is fine, but the file ends with <node> still open.
    let cut = tmp.path().join("cut.mm");
    std::fs::write(&cut, "<map>\n<node TEXT=\"x\">").unwrap();
    let out = atelier(
        tmp.path(),
        &[
            "import",
            ws.to_str().unwrap(),
            "--exercise",
            "A5",
            cut.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cut.mm")
            && err.contains("ligne 2, colonne 1 : l'élément <node> ouvert ici n'est jamais fermé"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert_eq!(
        std::fs::read(ws.join("workspace.json")).unwrap(),
        before,
        "a refused file changes nothing"
    );
    let broken = tmp.path().join("broken.mm");
    std::fs::write(&broken, "<map><node TEXT='x'></map>").unwrap();
    let out = atelier(
        tmp.path(),
        &[
            "import",
            ws.to_str().unwrap(),
            "--exercise",
            "A5",
            broken.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("atelier: ") && err.contains("broken.mm"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    let out = atelier(
        tmp.path(),
        &[
            "import",
            ws.to_str().unwrap(),
            "--exercise",
            "A2",
            broken.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn worked_example_exports_parse_and_go_into_the_bundle() {
    let (tmp, ws) = workspace(true);
    let export = |exercise: &str, format: &str| {
        let file = tmp.path().join(format!("{exercise}.{format}"));
        ok(&atelier(
            tmp.path(),
            &[
                "export",
                ws.to_str().unwrap(),
                "--exercise",
                exercise,
                "--format",
                format,
                "-o",
                file.to_str().unwrap(),
            ],
        ));
        std::fs::read_to_string(file).unwrap()
    };
    let map = mm::read(&export("A5", "mm")).unwrap();
    assert_eq!(map.len(), 37);
    let outline = opml::read(&export("A5", "opml")).unwrap();
    assert_eq!(outline.len(), 37);
    let svg = export("A5", "svg");
    assert!(svg.starts_with("<svg") && svg.contains("Jardineries et commerce spécialisé"));
    let md = export("A5", "md");
    assert!(md.contains("- **Logistique du dernier kilomètre**"), "{md}");
    // Every SVG is well-formed XML.
    for text in [&svg, &export("A3", "svg")] {
        let mut reader = quick_xml::Reader::from_str(text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("SVG not well-formed: {e}"),
            }
        }
    }
    let csv = export("A3", "csv");
    assert!(csv.starts_with("name,category,symbol,colour,place,latitude,longitude"));
    let out = atelier(
        tmp.path(),
        &[
            "export",
            ws.to_str().unwrap(),
            "--exercise",
            "A2",
            "--format",
            "mm",
            "-o",
            "x.mm",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "a SWOT has no mind map");

    let zip = tmp.path().join("b.zip");
    ok(&atelier(
        tmp.path(),
        &["bundle", ws.to_str().unwrap(), "-o", zip.to_str().unwrap()],
    ));
    let file = std::fs::File::open(&zip).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    for name in [
        "exports/A5.mm",
        "exports/A5.opml",
        "exports/A5.svg",
        "exports/A3.svg",
        "exports/A3.csv",
    ] {
        assert!(
            archive.by_name(name).is_ok(),
            "{name} missing from the bundle"
        );
    }
    let mut html = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("report.html").unwrap(), &mut html).unwrap();
    // The two maps drawn inline, each in its figure (other exercises draw charts too).
    let figures: Vec<&str> = html.split("<figure class=\"map\"").skip(1).collect();
    assert_eq!(figures.len(), 2, "A3 and A5 drawn inline");
    assert!(figures.iter().all(|f| f.contains("<svg xmlns")));
    // Printed, nothing scrolls: the drawings scale to the page's width, keeping their viewBox.
    assert!(
        !html.contains("style=\"overflow-x: auto"),
        "no scrolling box left"
    );
    assert!(html.contains("main svg { max-width: 100%; height: auto; }"));
    assert!(html.contains("@media print"));
    // A5's outline follows its drawing, with every note and dated source, as report.md has.
    let a5 = html.split("id=\"A5\"").nth(1).unwrap();
    let a5 = a5.split("<section").next().unwrap();
    assert!(a5.contains("<h3>Plan de la carte, avec les notes et les sources</h3>"));
    let sources = a5.matches("<li>Source : ").count();
    assert!(sources >= 10, "{sources} sources in the HTML report");
    let mut md = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("report.md").unwrap(), &mut md).unwrap();
    let md_a5 = md
        .split("\n## A5")
        .nth(1)
        .unwrap()
        .split("\n## A6")
        .next()
        .unwrap();
    assert_eq!(
        md_a5.matches("- Source : ").count(),
        sources,
        "as many as report.md"
    );
    assert!(a5.contains("class=\"note\""));
    // Dates in the report's language, never RFC 3339.
    let created = html.split("<dd>").nth(4).unwrap();
    assert!(
        !html.contains("Z</dd>") && created.contains(" à "),
        "{created}"
    );
    // Numbers with a decimal comma in French (the A6 metrics).
    let a6 = html.split("id=\"A6\"").nth(1).unwrap();
    assert!(a6.contains("<td>0,") && !a6.contains("<td>0."));
    assert!(html.contains(">Tendances numériques pour Maison Verdier</text>"));
    assert!(html.contains("face aux lois extraterritoriales et aux"));
    ok(&atelier(tmp.path(), &["verify", zip.to_str().unwrap()]));
}

#[test]
fn source_age_is_judged_as_of_atelier_today() {
    let (tmp, ws) = workspace(true);
    let check = |today: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_atelier"))
            .args(["check", ws.to_str().unwrap(), "--json"])
            .current_dir(tmp.path())
            .env("ATELIER_TODAY", today)
            .output()
            .unwrap();
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let a5 = doc["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == "A5")
            .unwrap()
            .clone();
        a5
    };
    assert_eq!(check("2026-11-22")["status"], "complete");
    let later = check("2030-01-01");
    assert_eq!(later["status"], "in_progress");
    assert!(later["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["code"] == "outdated-source"));
}
