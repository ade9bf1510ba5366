//! `atelier jury DIR --session DATE --members "A;B;C" -o FILE.html|md|csv`: the jury's record
//! (procès-verbal) of a session. Per candidate: each bloc (validated, not validated, obtained
//! earlier or by VAE as a `jury.json` beside the bundles records it), RE, MI and MC, the
//! certification by the referentiel's rule (the four blocs, the rapport d'étonnement, the
//! individual and the collective memoirs), and the reason of every decision taken against the
//! case's rule. Built from the gradebook's reading of the bundles (`gradebook::read_source`);
//! `record` is pure, the three writers only format it. The HTML is self-contained and prints
//! on A4.
//!
//! `jury.json`: `{"candidates": [{"candidate": "Name", "blocs": {"2": "vae"}, "outside":
//! {"RE": "earlier"}}]}`, where a candidate may be named by `file` (the bundle's path under
//! DIR) instead, and each value is `earlier` or `vae`.

use crate::exam::gradebook::{Entry, State};
use crate::exam::grading::{Decision, Outcome, BLOCS, REQUIRED_OUTSIDE_BLOCS};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The file beside the bundles that records what was obtained outside this session.
pub const JURY_FILE: &str = "jury.json";

/// How a bloc (or RE, MI, MC) was obtained outside this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Earlier {
    /// In an earlier session.
    Earlier,
    /// By validation of acquired experience (VAE).
    Vae,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JuryCandidate {
    #[serde(default)]
    pub candidate: String,
    #[serde(default)]
    pub file: String,
    #[serde(default)]
    pub blocs: BTreeMap<u8, Earlier>,
    #[serde(default)]
    pub outside: BTreeMap<String, Earlier>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JuryFile {
    #[serde(default)]
    pub candidates: Vec<JuryCandidate>,
}

/// Reads `jury.json`; an error names the JSON path at fault.
pub fn parse_jury_file(text: &str) -> Result<JuryFile, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let file: JuryFile = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            format!("line {}, column {}: {inner}", inner.line(), inner.column())
        } else {
            format!("at $.{path}: {inner}")
        }
    })?;
    for (i, c) in file.candidates.iter().enumerate() {
        if c.candidate.trim().is_empty() && c.file.trim().is_empty() {
            return Err(format!(
                "at $.candidates[{i}]: expected \"candidate\" or \"file\""
            ));
        }
        if let Some(bloc) = c.blocs.keys().find(|b| !BLOCS.contains(b)) {
            return Err(format!(
                "at $.candidates[{i}].blocs.{bloc}: expected a bloc from 1 to 4"
            ));
        }
        if let Some(id) = c
            .outside
            .keys()
            .find(|id| !REQUIRED_OUTSIDE_BLOCS.contains(&id.as_str()))
        {
            return Err(format!(
                "at $.candidates[{i}].outside.{id}: expected RE, MI or MC"
            ));
        }
    }
    Ok(file)
}

/// One result in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Validated,
    NotValidated,
    Earlier,
    Vae,
    Pending,
}

impl Standing {
    fn obtained(self) -> Outcome {
        match self {
            Standing::Validated | Standing::Earlier | Standing::Vae => Outcome::Obtained,
            Standing::NotValidated => Outcome::NotObtained,
            Standing::Pending => Outcome::Pending,
        }
    }
}

/// A decision taken against the case's rule, with its reason.
#[derive(Debug, Clone, PartialEq)]
pub struct AgainstRule {
    pub exercise: String,
    pub decision: Decision,
    pub reason: String,
}

/// One candidate's line of the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub candidate: String,
    pub file: String,
    pub blocs: [Standing; 4],
    /// RE, MI, MC.
    pub outside: [Standing; 3],
    pub certification: Outcome,
    /// Why the bundle's grades do not count, when they do not.
    pub state: State,
    pub against_rule: Vec<AgainstRule>,
}

/// The session's record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub session: String,
    pub members: Vec<String>,
    pub lines: Vec<Line>,
}

fn from_outcome(outcome: Outcome) -> Standing {
    match outcome {
        Outcome::Obtained => Standing::Validated,
        Outcome::NotObtained => Standing::NotValidated,
        Outcome::Pending => Standing::Pending,
    }
}

fn earlier(e: Earlier) -> Standing {
    match e {
        Earlier::Earlier => Standing::Earlier,
        Earlier::Vae => Standing::Vae,
    }
}

/// Builds the record from the gradebook's entries and the jury file.
pub fn record(session: &str, members: &[String], entries: &[Entry], jury: &JuryFile) -> Record {
    let lines = entries
        .iter()
        .map(|entry| {
            let recorded = jury.candidates.iter().find(|c| {
                (!c.file.is_empty() && c.file == entry.file)
                    || (!c.candidate.is_empty() && c.candidate == entry.candidate)
            });
            let settle = |result: Standing| match entry.state {
                State::VerificationFailed => Standing::NotValidated,
                State::ToGradeAgain => Standing::Pending,
                _ => result,
            };
            let empty = crate::exam::grading::Grades::default();
            let grades = entry.grades.as_ref().unwrap_or(&empty);
            let blocs = BLOCS.map(|bloc| {
                if let Some(e) = recorded.and_then(|r| r.blocs.get(&bloc)) {
                    return earlier(*e);
                }
                match entry.case.as_deref() {
                    Some(case) => settle(from_outcome(grades.bloc(case, bloc))),
                    None => Standing::NotValidated,
                }
            });
            let outside = REQUIRED_OUTSIDE_BLOCS.map(|id| {
                if let Some(e) = recorded.and_then(|r| r.outside.get(id)) {
                    return earlier(*e);
                }
                match grades.decision(id) {
                    Some(Decision::Validated) => settle(Standing::Validated),
                    Some(Decision::NotValidated) => settle(Standing::NotValidated),
                    None => settle(Standing::Pending),
                }
            });
            let mut certification = Outcome::Obtained;
            for result in blocs.iter().chain(outside.iter()) {
                match result.obtained() {
                    Outcome::NotObtained => certification = Outcome::NotObtained,
                    Outcome::Pending if certification == Outcome::Obtained => {
                        certification = Outcome::Pending
                    }
                    _ => {}
                }
            }
            let against_rule = entry
                .case
                .as_deref()
                .map(|case| {
                    case.exercises
                        .iter()
                        .filter_map(|e| {
                            let reason = grades.reason(&e.id)?;
                            Some(AgainstRule {
                                exercise: e.id.clone(),
                                decision: grades.decision(&e.id)?,
                                reason: reason.to_string(),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            Line {
                candidate: entry.candidate.clone(),
                file: entry.file.clone(),
                blocs,
                outside,
                certification,
                state: entry.state,
                against_rule,
            }
        })
        .collect();
    Record {
        session: session.to_string(),
        members: members.to_vec(),
        lines,
    }
}

fn word(lang: Lang, result: Standing) -> &'static str {
    crate::exam::gradebook::text::jury_result(lang, result)
}

/// The record as CSV: one row per candidate (cells neutralised as in the gradebook).
pub fn csv(record: &Record, lang: Lang) -> std::io::Result<Vec<u8>> {
    use crate::exam::gradebook::text::{self as words, Column};
    let options = crate::exam::gradebook::Options {
        lang,
        format: crate::exam::gradebook::Format::Board,
        excel: false,
    };
    let mut out = crate::exam::gradebook::writer(options);
    let mut header = vec![
        words::jury_word(lang, "session").to_string(),
        words::jury_word(lang, "jury").to_string(),
        Column::Candidate.get(lang).to_string(),
        Column::File.get(lang).to_string(),
    ];
    for bloc in BLOCS {
        header.push(words::bloc_column(lang, bloc, None));
    }
    for id in REQUIRED_OUTSIDE_BLOCS {
        header.push(id.to_string());
    }
    header.push(Column::Certification.get(lang).to_string());
    header.push(words::jury_word(lang, "reasons").to_string());
    crate::exam::gradebook::write_row(&mut out, &header)?;
    for line in &record.lines {
        let mut row = vec![
            record.session.clone(),
            record.members.join(" ; "),
            line.candidate.clone(),
            line.file.clone(),
        ];
        row.extend(line.blocs.iter().map(|r| word(lang, *r).to_string()));
        row.extend(line.outside.iter().map(|r| word(lang, *r).to_string()));
        row.push(words::certification(lang, line.certification).to_string());
        row.push(reasons_text(line, lang));
        crate::exam::gradebook::write_row(&mut out, &row)?;
    }
    crate::exam::gradebook::finish(out)
}

fn reasons_text(line: &Line, lang: Lang) -> String {
    line.against_rule
        .iter()
        .map(|a| {
            format!(
                "{} {}{}{}",
                a.exercise,
                crate::exam::gradebook::text::decision(lang, Some(a.decision)),
                lang.colon(),
                a.reason
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The record as Markdown.
pub fn markdown(record: &Record, lang: Lang) -> String {
    use crate::exam::gradebook::text::{self as words, Column};
    let cell = |s: &str| s.replace('|', "\\|").replace(['\n', '\r'], " ");
    let c = lang.colon();
    let mut md = format!("# {}\n\n", words::jury_word(lang, "title"));
    let _ = writeln!(
        md,
        "- **{}**{c}{}",
        words::jury_word(lang, "session"),
        cell(&record.session)
    );
    let _ = writeln!(
        md,
        "- **{}**{c}{}\n",
        words::jury_word(lang, "jury"),
        cell(&record.members.join(", "))
    );
    let _ = write!(md, "| {} |", Column::Candidate.get(lang));
    for bloc in BLOCS {
        let _ = write!(md, " {} |", words::bloc_column(lang, bloc, None));
    }
    for id in REQUIRED_OUTSIDE_BLOCS {
        let _ = write!(md, " {id} |");
    }
    let _ = writeln!(md, " {} |", Column::Certification.get(lang));
    md.push_str(&"|---".repeat(9));
    md.push_str("|\n");
    for line in &record.lines {
        let _ = write!(md, "| {} |", cell(&line.candidate));
        for r in line.blocs.iter().chain(line.outside.iter()) {
            let _ = write!(md, " {} |", word(lang, *r));
        }
        let _ = writeln!(md, " {} |", words::certification(lang, line.certification));
    }
    let reasons: Vec<&Line> = record
        .lines
        .iter()
        .filter(|l| !l.against_rule.is_empty())
        .collect();
    if !reasons.is_empty() {
        let _ = writeln!(md, "\n## {}\n", words::jury_word(lang, "reasons"));
        for line in reasons {
            for a in &line.against_rule {
                let _ = writeln!(
                    md,
                    "- {} · {} {}{c}{}",
                    cell(&line.candidate),
                    a.exercise,
                    words::decision(lang, Some(a.decision)),
                    cell(&a.reason)
                );
            }
        }
    }
    let _ = writeln!(md, "\n{}", words::jury_word(lang, "signatures"));
    for member in &record.members {
        let _ = writeln!(md, "\n- {} : ____________________", cell(member));
    }
    md
}

const CSS: &str = "@page { size: A4; margin: 15mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.3mm solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
tr { page-break-inside: avoid; }
.sign { display: inline-block; width: 55mm; margin: 8mm 6mm 0 0; border-top: 0.3mm solid #000; padding-top: 1mm; }
";

/// The record as a self-contained HTML page for A4 (no script, no outside resource).
pub fn html(record: &Record, lang: Lang) -> String {
    use crate::exam::gradebook::text::{self as words, Column};
    use crate::workbench::html::escape;
    let c = lang.colon();
    let title = words::jury_word(lang, "title");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        lang.code(),
        escape(title),
        escape(&record.session),
        escape(title)
    );
    let _ = writeln!(
        out,
        "<p><strong>{}</strong>{c}{}<br><strong>{}</strong>{c}{}</p>",
        escape(words::jury_word(lang, "session")),
        escape(&record.session),
        escape(words::jury_word(lang, "jury")),
        escape(&record.members.join(", "))
    );
    let _ = write!(
        out,
        "<table>\n<thead><tr><th style=\"width:22%\">{}</th>",
        escape(Column::Candidate.get(lang))
    );
    for bloc in BLOCS {
        let _ = write!(
            out,
            "<th>{}</th>",
            escape(&words::bloc_column(lang, bloc, None))
        );
    }
    for id in REQUIRED_OUTSIDE_BLOCS {
        let _ = write!(out, "<th>{id}</th>");
    }
    let _ = writeln!(
        out,
        "<th>{}</th></tr></thead>\n<tbody>",
        escape(Column::Certification.get(lang))
    );
    for line in &record.lines {
        let _ = write!(out, "<tr><td>{}</td>", escape(&line.candidate));
        for r in line.blocs.iter().chain(line.outside.iter()) {
            let _ = write!(out, "<td>{}</td>", escape(word(lang, *r)));
        }
        let _ = writeln!(
            out,
            "<td><strong>{}</strong></td></tr>",
            escape(words::certification(lang, line.certification))
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let reasons: Vec<&Line> = record
        .lines
        .iter()
        .filter(|l| !l.against_rule.is_empty())
        .collect();
    if !reasons.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul>",
            escape(words::jury_word(lang, "reasons"))
        );
        for line in reasons {
            for a in &line.against_rule {
                let _ = writeln!(
                    out,
                    "<li>{} · {} {}{c}{}</li>",
                    escape(&line.candidate),
                    escape(&a.exercise),
                    escape(words::decision(lang, Some(a.decision))),
                    escape(&a.reason)
                );
            }
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<div>",
        escape(words::jury_word(lang, "signatures"))
    );
    for member in &record.members {
        let _ = writeln!(out, "<span class=\"sign\">{}</span>", escape(member));
    }
    out.push_str("</div>\n</body>\n</html>\n");
    out
}
