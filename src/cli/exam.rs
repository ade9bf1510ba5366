//! The exam board's commands: `atelier review` (one examiner's grading, or the moderation of
//! several) and `atelier gradebook` (the board's table or Moodle's worksheet, from a folder of
//! bundles or Moodle's submissions zip).

use crate::cli::CliError;
use crate::exam::gradebook::{self, Format, Options};
use crate::i18n::review::ReviewText;
use crate::i18n::{self, Lang};
use crate::tui::theme::ThemeName;
use crate::workspace::store;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `atelier gradebook --format` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GradebookFormat {
    /// The board's table.
    Csv,
    /// Moodle's offline grading worksheet.
    Moodle,
}

pub fn gradebook(
    source: &Path,
    output: &Path,
    format: GradebookFormat,
    excel: bool,
    lang: Lang,
) -> Result<(), CliError> {
    let options = Options {
        lang,
        format: match format {
            GradebookFormat::Csv => Format::Board,
            GradebookFormat::Moodle => Format::Moodle,
        },
        excel,
    };
    let (bytes, rows) =
        gradebook::build(source, options).map_err(|source_error| CliError::Gradebook {
            path: source.display().to_string(),
            source: source_error,
        })?;
    store::write_atomic(output, &bytes)?;
    println!(
        "{}",
        crate::exam::gradebook::text::written(lang, &output.display().to_string(), rows)
    );
    Ok(())
}

/// What `atelier review` was asked, besides the bundle.
pub struct ReviewOptions {
    pub examiner: Option<String>,
    pub examiner_file: Option<PathBuf>,
    pub allow_weak_sandbox: bool,
    pub moderate: bool,
    pub anonymous: bool,
}

/// `atelier review FILE`: verify, then open read-only with the rubric. Exit 3 when the
/// bundle fails verification (after the examiner has seen it, with the warning), and at once
/// when it cannot be opened at all (unreadable, not a zip, over the caps, no valid case or
/// workspace in it), with one sentence after the file's name.
pub fn review(
    file: &Path,
    options: ReviewOptions,
    lang: Lang,
    theme: ThemeName,
) -> Result<ExitCode, CliError> {
    let ReviewOptions {
        examiner,
        examiner_file,
        allow_weak_sandbox,
        moderate,
        anonymous,
    } = options;
    let examiner_file = examiner_file.as_deref();
    let bundle = match crate::exam::review::open_in(file, lang) {
        Ok(bundle) => bundle,
        Err(err) => {
            eprintln!(
                "atelier: {}{}{}",
                file.display(),
                lang.colon().trim_end(),
                i18n::printable(&format!(" {}", err.message(lang)))
            );
            return Ok(ExitCode::from(3));
        }
    };
    // One examiner at a time enters a bundle's grades; the lock goes when the review ends.
    let _grades_lock = crate::exam::review::lock_grades(file)?;
    let grades = match crate::exam::review::grades_for(&bundle) {
        Err(crate::exam::review::ReviewError::Store(store::StoreError::NewerFormat {
            file,
            format,
        })) => {
            return Err(CliError::Refused(crate::workspace::text::newer_format(
                lang, &file, format,
            )))
        }
        other => other?,
    };
    // Blind marking: the file name often holds the candidate's, so the code stands for it.
    let shown_file = if anonymous {
        crate::exam::review::candidate_code(&bundle.sha256)
    } else {
        file.display().to_string()
    };
    if let Err(reason) = &bundle.integrity {
        eprintln!(
            "atelier: {shown_file}{}{}",
            lang.colon(),
            i18n::printable(reason)
        );
    }
    let case_id = bundle.case.id.clone();
    // An examiner file named on the command line must load; one found in ./cases may not.
    let material = match crate::exam::examiner::locate(&case_id, examiner_file) {
        Some(path) => match crate::exam::examiner::load(&path, &case_id) {
            Ok(found) => Ok(found),
            Err(err) if examiner_file.is_some() => return Err(err.into()),
            Err(err) => Err(err.to_string()),
        },
        None => Err(i18n::Text::Review(ReviewText::NoExaminerFile)
            .get(lang)
            .to_string()),
    };
    let examiner = examiner
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "?".into());
    // A1's hidden tests run once, now, in the sandboxed runner (a few seconds at most), and
    // only for a bundle that passed verification, behind every wall of the sandbox unless
    // the examiner says otherwise.
    let hidden_run = match &material {
        Ok(_) if !allow_weak_sandbox && !crate::runner::sandbox::probe().complete() => {
            Some(Err(i18n::Text::Review(ReviewText::WeakSandbox)
                .get(lang)
                .to_string()))
        }
        Ok(examiner) => {
            if bundle.is_intact() {
                eprintln!(
                    "atelier: {}…",
                    i18n::Text::Review(ReviewText::RunningHiddenTests).get(lang)
                );
            }
            crate::exam::examiner::review_hidden_tests(&bundle, examiner, lang)
        }
        Err(_) => None,
    };
    let mut app = crate::tui::review_run::review_app_with(
        &bundle,
        grades,
        &examiner,
        material,
        lang,
        crate::tui::review_run::theme(theme),
        crate::tui::review_run::ReviewMode {
            moderate,
            anonymous,
        },
    );
    if let Some(review) = app.review.as_mut() {
        review.hidden_run = hidden_run;
    }
    crate::tui::review_run::run_review(app, crate::exam::review::grades_path(file))?;
    Ok(if bundle.is_intact() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

/// `atelier jury`: the session's record, in the format the output's extension names.
pub fn jury(
    source: &Path,
    session: &str,
    members: &str,
    output: &Path,
    lang: Lang,
) -> Result<(), CliError> {
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !matches!(extension.as_str(), "html" | "htm" | "md" | "csv") {
        return Err(CliError::Refused(match lang {
            Lang::Fr => format!(
                "{} : le procès-verbal s'écrit en .html, .md ou .csv.",
                output.display()
            ),
            Lang::En => format!(
                "{}: the jury's record is written as .html, .md or .csv.",
                output.display()
            ),
        }));
    }
    let beside = if source.is_file() {
        source.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        source.to_path_buf()
    };
    let jury_path = beside.join(crate::exam::jury::JURY_FILE);
    let recorded = match std::fs::read_to_string(&jury_path) {
        Ok(text) => crate::exam::jury::parse_jury_file(&text).map_err(|detail| {
            CliError::Refused(match lang {
                Lang::Fr => format!("{} n'est pas lisible ({detail}).", jury_path.display()),
                Lang::En => format!("{} cannot be read ({detail}).", jury_path.display()),
            })
        })?,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Default::default(),
        Err(err) => {
            return Err(CliError::Gradebook {
                path: jury_path.display().to_string(),
                source: err,
            })
        }
    };
    let entries = gradebook::read_source(source).map_err(|source_error| CliError::Gradebook {
        path: source.display().to_string(),
        source: source_error,
    })?;
    let members = crate::workspace::parse_group(members);
    let record = crate::exam::jury::record(session.trim(), &members, &entries, &recorded);
    let bytes = match extension.as_str() {
        "md" => crate::exam::jury::markdown(&record, lang).into_bytes(),
        "csv" => crate::exam::jury::csv(&record, lang).map_err(|e| CliError::Gradebook {
            path: output.display().to_string(),
            source: e,
        })?,
        _ => crate::exam::jury::html(&record, lang).into_bytes(),
    };
    store::write_atomic(output, &bytes)?;
    println!(
        "{}",
        crate::exam::gradebook::text::written(
            lang,
            &output.display().to_string(),
            record.lines.len()
        )
    );
    Ok(())
}
