//! The note and deck exports through the built binary: `atelier export --exercise A15
//! --format md|html`, a note's Markdown, and the bundle carrying them (parsed back for
//! structure, not compared as text).

use std::path::Path;
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

fn example_workspace() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let out = atelier(tmp.path(), &["init", "ws", "--example"]);
    assert!(out.status.success(), "{out:?}");
    tmp
}

fn export(tmp: &Path, exercise: &str, format: &str) -> Result<String, String> {
    let file = format!("{exercise}.{format}");
    let out = atelier(
        tmp,
        &[
            "export",
            "ws",
            "--exercise",
            exercise,
            "--format",
            format,
            "-o",
            &file,
        ],
    );
    if out.status.success() {
        Ok(std::fs::read_to_string(tmp.join(file)).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn deck_exports_for_presenterm_and_the_browser() {
    let tmp = example_workspace();
    let md = export(tmp.path(), "A15", "md").unwrap();
    let (front, body) = md
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .expect("front matter");
    assert!(front.starts_with("title: \"Restitution"));
    let slides: Vec<&str> = body.split("<!-- end_slide -->").collect();
    assert_eq!(slides.len(), 10);
    for slide in &slides {
        let lines: Vec<&str> = slide.trim().lines().collect();
        // presenterm's slide title: a setext heading.
        assert_eq!(lines[1], "===", "{slide}");
        assert!(lines.iter().any(|l| l.starts_with("* ")), "{slide}");
        // The notes in presenterm's block form: `speaker_note: |`, then the note indented.
        let at = lines
            .iter()
            .position(|l| *l == "speaker_note: |")
            .unwrap_or_else(|| panic!("no speaker note in {slide}"));
        assert_eq!(lines[at - 1], "<!--", "{slide}");
        let end = at + lines[at..].iter().position(|l| *l == "-->").unwrap();
        assert!(end > at + 1, "{slide}");
        assert!(lines[at + 1..end].iter().all(|l| l.starts_with("  ")));
    }
    // The worked example's notes say " : " (7 of its 14 notes), which the inline form
    // `<!-- speaker_note: ... -->` made presenterm read as a YAML mapping.
    assert!(body.contains("\n  ") && body.matches(" : ").count() >= 7);
    assert!(!body.contains("<!-- speaker_note:"));
    assert!(slides[9].contains("Notre demande\n==="));

    let html = export(tmp.path(), "A15", "html").unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<section class=\"slide\"").count(), 10);
    assert!(html.contains("<h1>Budget : 9 M€ sur trois ans</h1>"));
    assert!(html.contains("<li>4,1 M€ systèmes et données, 2,3 M€ application et fidélité</li>"));
    // The candidate's apostrophes are escaped like every other character that matters.
    assert!(html.contains("<h1>Ce qui nous freine aujourd&#39;hui</h1>"));
    assert!(!html.contains("http"), "no external resource");
}

#[test]
fn a_note_exports_its_sections_and_references() {
    let tmp = example_workspace();
    let md = export(tmp.path(), "A9", "md").unwrap();
    assert!(md.starts_with("## A9 — "));
    for heading in [
        "### L'innovation ouverte en bref",
        "### Trois recommandations",
        "### Références",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("[@chesbrough2003]"));
    assert!(md.contains("- [@chesbrough2003] Henry Chesbrough, Open Innovation"));
    let a4 = export(tmp.path(), "A4", "md").unwrap();
    assert!(a4.contains("| Crédit d'impôt recherche (CIR) |"));
    let err = export(tmp.path(), "A9", "html").unwrap_err();
    assert_eq!(
        err,
        "atelier: l'exercice A9 ne peut pas être exporté en html dans cette version\n"
    );
}

#[test]
fn the_bundle_carries_the_deck_and_the_notes() {
    let tmp = example_workspace();
    let out = atelier(tmp.path(), &["bundle", "ws", "-o", "b.zip"]);
    assert!(out.status.success(), "{out:?}");
    let (manifest, files) = atelier::bundle::read_bundle(&tmp.path().join("b.zip")).unwrap();
    let paths: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    for path in [
        "exports/A15.md",
        "exports/A15.html",
        "exports/A4.md",
        "exports/A9.md",
        "exports/RE.md",
        "exports/MI.md",
        "exports/MC.md",
    ] {
        assert!(paths.contains(&path), "{path} missing from {paths:?}");
    }
    let deck_md = String::from_utf8(files["exports/A15.md"].clone()).unwrap();
    assert_eq!(deck_md.matches("<!-- end_slide -->").count(), 9);
    let report = String::from_utf8(files["report.html"].clone()).unwrap();
    assert!(
        report.contains("<h4><span class=\"label\">7/10</span>Budget : 9 M€ sur trois ans</h4>")
    );
    assert!(report.contains("<table class=\"schemes\">"));
    assert!(report.contains("<table class=\"rehearsals\">"));
    assert!(report.contains("<span class=\"label\">[@crozier1977]</span>"));
    assert!(report.contains("<ul class=\"attachments\">"));
    let mi = String::from_utf8(files["exports/MI.md"].clone()).unwrap();
    assert!(mi.contains("### Introduction et problématique"));
    let verify = atelier(tmp.path(), &["verify", "b.zip"]);
    assert!(verify.status.success());
}
