//! The commands that only look and print: `atelier cases`, `atelier check` (text or JSON)
//! and `atelier sandbox`.

use crate::case;
use crate::i18n::{self, Lang};
use crate::workbench::check::{self, Status};
use crate::workspace::store::OpenWorkspace;
use serde_json::json;
use std::process::ExitCode;

pub(super) fn list_cases(lang: Lang) {
    let (embedded_label, invalid_label) = match lang {
        Lang::Fr => ("(intégré)", "invalide : "),
        Lang::En => ("(embedded)", "invalid: "),
    };
    for (id, _, _) in case::EMBEDDED {
        if let Some(embedded) = case::load_embedded(id) {
            say!(
                "{}\t{}\t{embedded_label}",
                embedded.case.id,
                embedded.case.title
            );
        }
    }
    for path in case::list_local_case_files() {
        match case::load_path(&path) {
            Ok(loaded) => say!(
                "{}\t{}\t{}",
                loaded.case.id,
                loaded.case.title,
                path.display()
            ),
            Err(err) => say!(
                "-\t{}\t{invalid_label}{}",
                path.display(),
                err.message(lang)
            ),
        }
    }
}

pub(super) fn print_check(ws: &OpenWorkspace, lang: Lang, as_json: bool) {
    let case = &ws.case.case;
    let reports = check::check_workspace(case, &ws.workspace);
    if as_json {
        let exercises: Vec<_> = reports
            .iter()
            .map(|r| {
                let exercise = case.exercise(&r.id);
                let mut value = json!({
                    "id": r.id,
                    "title": exercise.map(|e| e.title.as_str()),
                    "bloc": exercise.and_then(|e| e.bloc),
                    "kind": exercise.map(|e| e.kind.as_str()),
                    "status": r.status,
                    "findings": r.findings.iter().map(|f| {
                        let mut finding = json!({
                            "code": f.code(),
                            "message": f.message(lang),
                        });
                        // Findings a candidate can accept or dismiss have an id, and a
                        // target inside the exercise (A7: the processing id).
                        if let Some(id) = f.id() {
                            finding["id"] = json!(id);
                        }
                        if let Some(target) = f.target() {
                            finding["target"] = json!(target);
                        }
                        finding
                    }).collect::<Vec<_>>(),
                });
                // -- sheet: A7 GDPR audit sheet (issue 6) --
                // Every proposal of the rule engine, with the candidate's decision on it.
                if let Some(sheet) = ws.workspace.answer(&r.id).and_then(|a| a.sheet.as_ref()) {
                    value["proposals"] =
                        json!(crate::workbench::gdpr::audit::proposal_records(sheet));
                }
                value
            })
            .collect();
        let count = |s: Status| reports.iter().filter(|r| r.status == s).count();
        let doc = json!({
            "candidate": ws.workspace.candidate,
            "case_id": ws.workspace.case_id,
            "summary": {
                "complete": count(Status::Complete),
                "in_progress": count(Status::InProgress),
                "not_started": count(Status::NotStarted),
            },
            "exercises": exercises,
        });
        say!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        return;
    }
    for report in &reports {
        let title = case.exercise(&report.id).map_or("", |e| e.title.as_str());
        say!(
            "{:<4} {:<13} {}",
            report.id,
            i18n::status_label(lang, report.status),
            title
        );
        for finding in &report.findings {
            say!("       - {}", finding.message(lang));
        }
    }
}

/// `atelier sandbox`: the layers this machine offers, one per line, and exit 1 if one is
/// missing.
pub(super) fn sandbox_command(lang: Lang) -> ExitCode {
    let probe = crate::runner::sandbox::probe();
    say!("{}", crate::runner::text::sandbox_probe(lang, &probe));
    if probe.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
