//! Reports: `report.html` (self-contained, every exercise rendered, candidate text escaped)
//! and `report.md`, for the bundle an examiner opens.
//!
//! The HTML report needs no network and no script: inline CSS only, and a Content Security
//! Policy that forbids scripts, so that even a missed escape could not run code. Every piece
//! of case or candidate text goes through [`escape`] before it reaches the page; numbers
//! (grid positions, counts) are the only values written unescaped.

use crate::case::{Case, Exercise};
use crate::i18n::review::ReviewText;
use crate::i18n::{self, Lang, Text};
use crate::workbench::check::{self, ExerciseReport, Status};
use crate::workbench::export;
use crate::workbench::html::{escape, escape_lines, markdown_html};
use crate::workspace::{Answer, Workspace};
use std::fmt::Write as _;

/// Escaped text with its line breaks kept.
fn status_class(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "not_started",
        Status::InProgress => "in_progress",
        Status::Complete => "complete",
    }
}

fn app_version() -> String {
    format!("atelier {}", env!("CARGO_PKG_VERSION"))
}

const CSS: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
  max-width: 72rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5rem; }
h1 { margin-bottom: 0.3rem; }
h2 { border-bottom: 1px solid #bbb; padding-bottom: 0.2rem; margin-top: 2.5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
.status { font-weight: 600; white-space: nowrap; }
.status.complete { color: #116611; }
.status.in_progress { color: #8a5a00; }
.status.not_started { color: #666; }
.exercise .meta { color: #444; }
.board { display: grid; gap: 0.5rem; margin: 1rem 0; }
.zone { border: 1px solid #888; border-radius: 4px; padding: 0.4rem 0.6rem; min-width: 0;
  overflow-wrap: anywhere; }
.zone h4 { margin: 0 0 0.3rem 0; }
.zone ul { margin: 0; padding-left: 1.1rem; }
.label { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 600;
  margin-right: 0.3rem; }
.evidence { color: #444; font-size: 0.9em; font-style: italic; }
.empty { color: #888; }
.credit { font-size: 0.85em; color: #444; }
.notes { border-left: 3px solid #ccc; padding-left: 0.8rem; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; }
.swatch { display: inline-block; width: 1em; height: 1em; margin-right: 0.3em;
  border: 1px solid #888; vertical-align: middle; }
figure.chart, figure.map { margin: 0.8rem 0; }
/* Every drawing scales down to the page's width, keeping its proportions (viewBox). */
main svg { max-width: 100%; height: auto; }
.outline ul { margin: 0.2rem 0; padding-left: 1.2rem; }
.outline .note { color: #444; font-size: 0.9em; border-left: 2px solid #ccc; padding-left: 0.5rem;
  margin: 0.1rem 0; }
.outline .sources { list-style: none; padding-left: 0.5rem; font-size: 0.9em; color: #333; }
.outline .link { color: #444; font-size: 0.9em; overflow-wrap: anywhere; }
tr.totals th { background: #f7f7f7; }
footer { margin-top: 3rem; font-size: 0.85em; color: #666; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  /* Nothing scrolls on paper: what would be cut wraps or shrinks instead. */
  figure, div, section, table, pre { overflow: visible !important; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; }
  main svg { max-width: 100% !important; max-height: 240mm; height: auto !important; }
  figure { break-inside: avoid; }
  .outline li { break-inside: auto; }
  td, th { overflow-wrap: break-word; }
  a { color: inherit; text-decoration: none; }
  section.exercise { break-before: page; }
  .zone, tr, li { break-inside: avoid; }
  /* A closed <details> (the rubric, A1's files) prints open. */
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.sketch svg { max-width: 100%; height: auto; border: 1px solid #ccc; }
.tests td.ok { color: #1b7f3a; } .tests td.ko { color: #b3261e; }
pre { overflow-x: auto; background: #f6f6f6; padding: .5rem; }
"#;

/// The whole report as one self-contained HTML5 page.
pub fn html(case: &Case, workspace: &Workspace, lang: Lang) -> String {
    let reports = check::check_workspace(case, workspace);
    let t = |text: Text| escape(text.get(lang));
    let mut out = String::new();
    let title = if workspace.candidate.trim().is_empty() {
        case.title.clone()
    } else {
        format!("{} — {}", case.title, workspace.candidate)
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(&app_version()),
        escape(&title),
        crate::workbench::notes::report::CSS
    );

    // Header.
    let org = &case.organisation;
    let _ = writeln!(
        out,
        "<header>\n<h1>{}</h1>\n<dl class=\"meta\">",
        escape(&case.title)
    );
    let mut meta = |key: Text, value: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", t(key), escape(value));
    };
    meta(Text::Candidate, &workspace.candidate);
    if !workspace.group.is_empty() {
        meta(Text::Group, &workspace.group.join(", "));
    }
    meta(Text::Case, &format!("{} ({})", case.title, case.id));
    meta(
        Text::Organisation,
        &format!("{} — {}, {}", org.name, org.sector, org.location),
    );
    meta(
        Text::Review(ReviewText::Created),
        &i18n::numbers::date_time(lang, &workspace.created),
    );
    meta(
        Text::Review(ReviewText::Updated),
        &i18n::numbers::date_time(lang, &workspace.updated),
    );
    meta(
        Text::Review(ReviewText::AppVersion),
        env!("CARGO_PKG_VERSION"),
    );
    out.push_str("</dl>\n</header>\n<main>\n");

    // Summary table.
    let _ = writeln!(
        out,
        "<section id=\"summary\">\n<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        t(Text::Review(ReviewText::Summary)),
        t(Text::Review(ReviewText::Exercise)),
        t(Text::Review(ReviewText::Title)),
        t(Text::Bloc),
        t(Text::Review(ReviewText::Status)),
        t(Text::Review(ReviewText::FindingCount))
    );
    for (exercise, report) in case.exercises.iter().zip(&reports) {
        let id = escape(&exercise.id);
        let _ = writeln!(
            out,
            "<tr><td><a href=\"#{id}\">{id}</a></td><td>{}</td><td>{}</td><td class=\"status {}\">{}</td><td>{}</td></tr>",
            escape(&exercise.title),
            exercise.bloc.map_or_else(|| "—".to_string(), |b| b.to_string()),
            status_class(report.status),
            escape(i18n::status_label(lang, report.status)),
            report.findings.len()
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    for (exercise, report) in case.exercises.iter().zip(&reports) {
        exercise_html(
            &mut out,
            case,
            exercise,
            workspace.answer(&exercise.id),
            report,
            lang,
            &workspace.group,
        );
    }

    let _ = write!(
        out,
        "</main>\n<footer>{} · {}</footer>\n</body>\n</html>\n",
        escape(&app_version()),
        escape(&case.id)
    );
    out
}

fn exercise_html(
    out: &mut String,
    case: &Case,
    exercise: &Exercise,
    answer: Option<&Answer>,
    report: &ExerciseReport,
    lang: Lang,
    group: &[String],
) {
    let t = |text: Text| escape(text.get(lang));
    let id = escape(&exercise.id);
    let _ = writeln!(
        out,
        "<section class=\"exercise\" id=\"{id}\">\n<h2>{id} — {}</h2>",
        escape(&exercise.title)
    );
    let bloc = match exercise.bloc {
        Some(b) => format!("{} {b}", t(Text::Bloc)),
        None => t(Text::OutsideBlocs),
    };
    let c = lang.colon();
    let _ = writeln!(
        out,
        "<p class=\"meta\">{bloc} · {}{c}{} · {}{c}<span class=\"status {}\">{}</span></p>",
        t(Text::Competences),
        escape(&exercise.competences.join(", ")),
        t(Text::Review(ReviewText::Status)),
        status_class(report.status),
        escape(i18n::status_label(lang, report.status))
    );
    if exercise.group && !group.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"meta group\">{}{c}{}</p>",
            t(Text::GroupWork),
            escape(&group.join(", "))
        );
    }

    // Findings.
    let _ = writeln!(out, "<h3>{}</h3>", t(Text::Findings));
    if report.findings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t(Text::NoFindings));
    } else {
        out.push_str("<ul class=\"findings\">\n");
        for finding in &report.findings {
            let _ = writeln!(out, "<li>{}</li>", escape(&finding.message(lang)));
        }
        out.push_str("</ul>\n");
    }

    // The answer.
    let empty = Answer::default();
    let answer = answer.unwrap_or(&empty);
    if answer.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            t(Text::Review(ReviewText::NoAnswer))
        );
    }
    crate::workbench::report_html(out, case, exercise, answer, lang);
    if !answer.notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<div class=\"notes\">\n{}</div>",
            t(Text::Notes),
            markdown_html(&answer.notes)
        );
    }

    // Rubric.
    if !exercise.rubric.is_empty() {
        let _ = writeln!(
            out,
            "<details class=\"rubric\">\n<summary>{}</summary>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            t(Text::Rubric),
            t(Text::Review(ReviewText::Criterion)),
            t(Text::Review(ReviewText::Competence)),
            t(Text::Review(ReviewText::Wording)),
            t(Text::Review(ReviewText::Scale))
        );
        for criterion in &exercise.rubric {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>0–{}</td></tr>",
                escape(&rubric_line_id(criterion)),
                escape(&criterion.competence),
                escape_lines(&criterion.text),
                if criterion.expectations.trim().is_empty() {
                    String::new()
                } else {
                    format!(
                        "<br><small>{}</small>",
                        escape_lines(&criterion.expectations)
                    )
                },
                criterion.scale
            );
            if !criterion.levels.is_empty() {
                let _ = writeln!(
                    out,
                    "<tr class=\"levels\"><td></td><td colspan=\"3\"><ol start=\"0\">{}</ol></td></tr>",
                    criterion
                        .levels
                        .iter()
                        .map(|l| format!("<li>{}</li>", escape(l)))
                        .collect::<String>()
                );
            }
        }
        if let Some(rule) = &exercise.pass {
            let _ = writeln!(
                out,
                "<tr class=\"rule\"><td colspan=\"4\">{}{}{}</td></tr>",
                t(Text::Review(ReviewText::Rule)),
                lang.colon(),
                escape(&rule.text(lang))
            );
        }
        out.push_str("</tbody>\n</table>\n</details>\n");
    }
    out.push_str("</section>\n");
}

/// Collapses a value for one Markdown table cell.
/// A rubric line's id, with the referentiel's criterion it assesses when it cites one.
fn rubric_line_id(line: &crate::case::Criterion) -> String {
    if line.criterion.trim().is_empty() {
        line.id.clone()
    } else {
        format!("{} ({})", line.id, line.criterion)
    }
}

fn md_cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The same content as the HTML report, in Markdown.
pub fn markdown(case: &Case, workspace: &Workspace, lang: Lang) -> String {
    let reports = check::check_workspace(case, workspace);
    let t = |text: Text| text.get(lang);
    let org = &case.organisation;
    let mut md = format!("# {}\n\n", md_cell(&case.title));
    for (key, value) in [
        (Text::Candidate, workspace.candidate.clone()),
        (Text::Group, workspace.group.join(", ")),
        (Text::Case, format!("{} ({})", case.title, case.id)),
        (
            Text::Organisation,
            format!("{} — {}, {}", org.name, org.sector, org.location),
        ),
        (
            Text::Review(ReviewText::Created),
            i18n::numbers::date_time(lang, &workspace.created),
        ),
        (
            Text::Review(ReviewText::Updated),
            i18n::numbers::date_time(lang, &workspace.updated),
        ),
        (
            Text::Review(ReviewText::AppVersion),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
    ] {
        if key == Text::Group && value.is_empty() {
            continue;
        }
        let _ = writeln!(md, "- **{}**{}{}", t(key), lang.colon(), md_cell(&value));
    }
    let _ = write!(
        md,
        "\n## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        t(Text::Review(ReviewText::Summary)),
        t(Text::Review(ReviewText::Exercise)),
        t(Text::Review(ReviewText::Title)),
        t(Text::Bloc),
        t(Text::Review(ReviewText::Status)),
        t(Text::Review(ReviewText::FindingCount))
    );
    for (exercise, report) in case.exercises.iter().zip(&reports) {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            md_cell(&exercise.id),
            md_cell(&exercise.title),
            exercise
                .bloc
                .map_or_else(|| "—".to_string(), |b| b.to_string()),
            i18n::status_label(lang, report.status),
            report.findings.len()
        );
    }
    md.push('\n');

    for (exercise, report) in case.exercises.iter().zip(&reports) {
        let answer = workspace.answer(&exercise.id).cloned().unwrap_or_default();
        let body = export::exercise_markdown(exercise, &answer, lang);
        // `exercise_markdown` starts with the exercise's heading: the meta line goes under it.
        let (heading, rest) = body.split_once("\n\n").unwrap_or((body.as_str(), ""));
        let bloc = match exercise.bloc {
            Some(b) => format!("{} {b}", t(Text::Bloc)),
            None => t(Text::OutsideBlocs).to_string(),
        };
        let c = lang.colon();
        let _ = write!(
            md,
            "{heading}\n\n{bloc} · {}{c}{} · {}{c}{}\n\n",
            t(Text::Competences),
            exercise.competences.join(", "),
            t(Text::Review(ReviewText::Status)),
            i18n::status_label(lang, report.status)
        );
        if exercise.group && !workspace.group.is_empty() {
            let _ = write!(
                md,
                "{}{c}{}\n\n",
                t(Text::GroupWork),
                md_cell(&workspace.group.join(", "))
            );
        }
        let _ = writeln!(md, "### {}\n", t(Text::Findings));
        if report.findings.is_empty() {
            let _ = writeln!(md, "{}\n", t(Text::NoFindings));
        } else {
            for finding in &report.findings {
                let _ = writeln!(md, "- {}", md_cell(&finding.message(lang)));
            }
            md.push('\n');
        }
        if answer.is_empty() {
            let _ = writeln!(md, "_{}_\n", t(Text::Review(ReviewText::NoAnswer)));
        } else {
            md.push_str(rest);
        }
        if !exercise.rubric.is_empty() {
            let _ = write!(
                md,
                "### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
                t(Text::Rubric),
                t(Text::Review(ReviewText::Criterion)),
                t(Text::Review(ReviewText::Competence)),
                t(Text::Review(ReviewText::Wording)),
                t(Text::Review(ReviewText::Scale))
            );
            for criterion in &exercise.rubric {
                let _ = writeln!(
                    md,
                    "| {} | {} | {}{} | 0–{} |",
                    md_cell(&rubric_line_id(criterion)),
                    md_cell(&criterion.competence),
                    md_cell(&criterion.text),
                    if criterion.expectations.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" — {}", md_cell(&criterion.expectations))
                    },
                    criterion.scale
                );
                for (value, level) in criterion.levels.iter().enumerate() {
                    let _ = writeln!(md, "| | | {value}{}{} | |", lang.colon(), md_cell(level));
                }
            }
            if let Some(rule) = &exercise.pass {
                let _ = writeln!(
                    md,
                    "\n{}{}{}",
                    t(Text::Review(ReviewText::Rule)),
                    lang.colon(),
                    rule.text(lang)
                );
            }
            md.push('\n');
        }
    }
    md
}

#[cfg(test)]
mod tests;
