//! The command line (DESIGN.md section 2): the clap definitions, and [`run`], which sends
//! each command to its thin body (here or in a submodule) calling the layers below. Errors
//! come back as one sentence ([`CliError`]); `main` prints them.

/// `println!` for the command line's output: when stdout is a pipe closed early
/// (`atelier check ws | head -1`), the command ends quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(&format!($($arg)*))
    };
}

mod code;
mod error;
mod exam;
mod import;
mod inspect;
mod session;
mod workspace;

pub use error::CliError;
use import::import;
use inspect::{list_cases, print_check, sandbox_command};
use session::{demo, ending_code};
pub use workspace::default_workspace_dir;
pub(crate) use workspace::report_opening;
use workspace::{open_existing, open_or_create};

use crate::case;
use crate::i18n::{self, messages, Lang};
use crate::tui::theme::ThemeName;
pub use crate::workbench::export::ExportFormat;
use crate::workspace::store;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "atelier",
    version,
    about = "Workbench for the Chief Digital Officer certification's case studies"
)]
pub struct Cli {
    /// Interface language: fr or en (default: from LANG, French otherwise).
    #[arg(long, global = true, value_parser = ["fr", "en"])]
    pub lang: Option<String>,
    /// Colour theme: default, or projector (high contrast, for a room).
    #[arg(long, global = true, value_enum, default_value_t = ThemeName::Default)]
    pub theme: ThemeName,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a workspace without opening it.
    Init {
        dir: PathBuf,
        /// A case id (see `atelier cases`) or a case file path.
        #[arg(long)]
        case: Option<String>,
        #[arg(long)]
        candidate: Option<String>,
        /// Fill the workspace with the case's worked-example answers.
        #[arg(long)]
        example: bool,
        /// The members of the candidate's group, separated by `;` ("A;B;C"), for the
        /// group exercises (A7, A14, A15, MC).
        #[arg(long)]
        group: Option<String>,
    },
    /// Open (or create) the workspace in DIR in the terminal interface.
    Open {
        dir: Option<PathBuf>,
        #[arg(long)]
        case: Option<String>,
    },
    /// Open a throwaway copy of the worked-example workspace, for trainers.
    Demo {
        /// A case id (see `atelier cases`) or a case file path; default: the embedded case.
        #[arg(long)]
        case: Option<String>,
    },
    /// List the available cases (embedded and ./cases).
    Cases,
    /// Case files.
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// Report each exercise's status and findings (read-only: a corrupt workspace.json is
    /// read from a backup and left as it is, unless --repair).
    Check {
        dir: Option<PathBuf>,
        #[arg(long)]
        json: bool,
        /// Restore a corrupt workspace.json from its newest readable backup (takes the
        /// workspace's lock, like every command that writes).
        #[arg(long)]
        repair: bool,
    },
    /// Export one exercise to a file.
    Export {
        dir: Option<PathBuf>,
        #[arg(long)]
        exercise: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Replace one exercise's content with a file's (the previous content stays in the
    /// backups): `atelier import [DIR] --exercise ID FILE`.
    Import {
        /// [DIR] FILE: the workspace (default: .) and the file to read.
        #[arg(num_args = 1..=2, required = true, value_names = ["DIR", "FILE"])]
        paths: Vec<PathBuf>,
        #[arg(long)]
        exercise: String,
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        /// A6 only: a CSV of actors `id,label,department,level` that adds their details.
        #[arg(long)]
        actors: Option<PathBuf>,
    },
    /// Write the deliverables bundle (a zip) for the examiners.
    Bundle {
        dir: Option<PathBuf>,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Check a bundle's integrity: exit 0 if intact, 3 otherwise.
    ///
    /// "Intact" means unchanged since `atelier bundle` wrote it: every file matches the
    /// manifest's SHA-256 and size, nothing was added or removed, and case.json matches the
    /// manifest's case digest. It is not a signature: whoever can write a bundle can write a
    /// consistent one, so it does not prove who made it.
    Verify { file: PathBuf },
    /// Run the A1 program and its tests: exit 0 when every test passes, 1 otherwise.
    RunPython {
        dir: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// The sandboxed Python worker (started by atelier itself, reads a request on stdin).
    #[command(name = "__python-worker", hide = true)]
    PythonWorker {
        /// The sandbox's layers to raise: some of n (namespaces), l (Landlock), s (seccomp).
        #[arg(long, default_value = "nls")]
        layers: String,
    },
    /// Which walls of the A1 sandbox this machine offers (kernel, Landlock, seccomp,
    /// namespaces): exit 0 when every one is there, 1 otherwise.
    Sandbox,
    /// Open a bundle read-only with its rubric, for examiners (grades: FILE.grades.json).
    Review {
        file: PathBuf,
        /// The examiner's name recorded with each grade (default: $USER).
        #[arg(long)]
        examiner: Option<String>,
        /// The case's examiner file (default: ./cases/CASE.examiner.json, if there is one).
        #[arg(long)]
        examiner_file: Option<PathBuf>,
        /// Run the candidate's code even where this machine lacks a layer of the sandbox
        /// (`atelier sandbox` says which).
        #[arg(long)]
        allow_weak_sandbox: bool,
        /// Moderation: every marker's grades side by side (gaps over one level flagged);
        /// your keys enter the agreed grade.
        #[arg(long)]
        moderate: bool,
        /// Blind marking: the candidate's name is never shown nor written; a code derived
        /// from the bundle stands for it (the gradebook maps codes to names).
        #[arg(long)]
        anonymous: bool,
    },
    /// The jury's record of a session (procès-verbal): per candidate each bloc, RE, MI, MC,
    /// the certification and the reasons of decisions against the rule; FILE ends in .html
    /// (printable on A4), .md or .csv. A jury.json beside the bundles records blocs obtained
    /// earlier or by VAE.
    Jury {
        dir: PathBuf,
        /// The session's date (e.g. 2026-12-15).
        #[arg(long)]
        session: String,
        /// The jury's members, separated by `;`.
        #[arg(long)]
        members: String,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Write one CSV row per bundle found in DIR (recursively), graded or not; DIR may also
    /// be the zip of Moodle's "Download all submissions".
    Gradebook {
        dir: PathBuf,
        #[arg(short = 'o', long)]
        output: PathBuf,
        /// csv: the board's table; moodle: Moodle's offline grading worksheet.
        #[arg(long, value_enum, default_value_t = exam::GradebookFormat::Csv)]
        format: exam::GradebookFormat,
        /// For a spreadsheet set to French: a UTF-8 BOM and `;` between cells.
        #[arg(long)]
        excel: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Validate a case file; errors name the JSON path at fault.
    Validate { path: PathBuf },
}

/// Writes one line on stdout; a closed pipe ends the process at once, quietly and with
/// success (what was asked for was read), as `head` expects of the commands before it.
pub(crate) fn write_stdout(line: &str) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    if let Err(err) = writeln!(out, "{line}").and_then(|()| out.flush()) {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}

pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    if let Some(Command::PythonWorker { layers }) = &cli.command {
        let layers = crate::runner::sandbox::Layers::from_arg(layers);
        return Ok(ExitCode::from(crate::runner::worker::main(layers) as u8));
    }
    let lang = Lang::detect(cli.lang.as_deref());
    let theme = cli.theme;
    match cli.command {
        None => {
            let dir = default_workspace_dir();
            let ws = open_or_create(&dir, None)?;
            return Ok(ending_code(crate::tui::run(ws, lang, theme)?));
        }
        Some(Command::Open { dir, case }) => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            let ws = open_or_create(&dir, case.as_deref())?;
            return Ok(ending_code(crate::tui::run(ws, lang, theme)?));
        }
        Some(Command::Demo { case }) => return demo(case.as_deref(), lang, theme),
        Some(Command::Review {
            file,
            examiner,
            examiner_file,
            allow_weak_sandbox,
            moderate,
            anonymous,
        }) => {
            let options = exam::ReviewOptions {
                examiner,
                examiner_file,
                allow_weak_sandbox,
                moderate,
                anonymous,
            };
            return exam::review(&file, options, lang, theme);
        }
        Some(Command::Jury {
            dir,
            session,
            members,
            output,
        }) => exam::jury(&dir, &session, &members, &output, lang)?,
        Some(Command::Gradebook {
            dir,
            output,
            format,
            excel,
        }) => exam::gradebook(&dir, &output, format, excel, lang)?,
        Some(Command::Init {
            dir,
            case,
            candidate,
            example,
            group,
        }) => {
            let loaded = case::resolve(case.as_deref())?;
            let candidate = candidate.unwrap_or_default();
            let mut ws = store::init(&dir, loaded, &candidate, example)?;
            if let Some(group) = group {
                ws.workspace.group = crate::workspace::parse_group(&group);
                ws.save()?;
            }
            say!(
                "{}",
                messages::workspace_created(
                    lang,
                    &ws.dir.display().to_string(),
                    &ws.case.case.id,
                    example
                )
            );
        }
        Some(Command::Cases) => list_cases(lang),
        Some(Command::Case {
            command: CaseCommand::Validate { path },
        }) => {
            let loaded = case::load_path(&path)?;
            case::referentiel::conform(&loaded.case, &case::referentiel::Referentiel::embedded())?;
            say!(
                "{}",
                messages::valid_case(
                    lang,
                    &path.display().to_string(),
                    &loaded.case.id,
                    loaded.case.exercises.len()
                )
            );
        }
        Some(Command::Check { dir, json, repair }) => {
            let ws = if repair {
                let dir = dir.unwrap_or_else(|| PathBuf::from("."));
                let ws = store::open(&dir, true)?;
                if let Some(backup) = &ws.recovered_from {
                    eprintln!(
                        "atelier: {}",
                        crate::workspace::text::restored_from_backup(lang, backup)
                    );
                }
                report_opening(&ws, lang);
                ws
            } else {
                open_existing(dir, lang)?
            };
            print_check(&ws, lang, json);
        }
        Some(Command::Export {
            dir,
            exercise,
            format,
            output,
        }) => {
            let ws = open_existing(dir, lang)?;
            // -- code: A1 results (json) and sketch (svg) come from a run (issue 3) --
            let files = match code::export(&ws, &exercise, format) {
                Some(bytes) => vec![(None, bytes)],
                None => crate::workbench::export::export_files(
                    &ws.case.case,
                    &ws.workspace,
                    &exercise,
                    format,
                    lang,
                )?,
            };
            for (part, bytes) in &files {
                let path = output_path(&output, &exercise, part.as_deref());
                store::write_atomic(&path, bytes)?;
                if part.is_some() {
                    say!("{}", path.display());
                }
            }
        }
        Some(Command::Import {
            paths,
            exercise,
            actors,
        }) => {
            let (dir, file) = match paths.as_slice() {
                [file] => (PathBuf::from("."), file.clone()),
                [dir, file, ..] => (dir.clone(), file.clone()),
                [] => (PathBuf::from("."), PathBuf::new()),
            };
            import(&dir, &exercise, &file, actors.as_deref(), lang)?;
        }
        Some(Command::Bundle { dir, output }) => {
            let ws = open_existing(dir, lang)?;
            let files = crate::bundle::write_bundle(&ws, &output, lang)?;
            say!(
                "{} ({})",
                output.display(),
                match lang {
                    Lang::Fr => i18n::plural::count(lang, files, "fichier", "fichiers"),
                    Lang::En => i18n::plural::count(lang, files, "file", "files"),
                }
            );
        }
        Some(Command::RunPython { dir, json }) => {
            let dir = dir.unwrap_or_else(|| PathBuf::from("."));
            return code::run_python(&dir, lang, json);
        }
        Some(Command::PythonWorker { .. }) => {}
        Some(Command::Sandbox) => return Ok(sandbox_command(lang)),
        Some(Command::Verify { file }) => {
            return Ok(match crate::bundle::verify(&file) {
                Ok(manifest) => {
                    say!(
                        "{}",
                        messages::bundle_intact(
                            lang,
                            &file.display().to_string(),
                            &i18n::printable(&manifest.candidate),
                            &i18n::printable(&manifest.case_id),
                            manifest.files.len()
                        )
                    );
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!(
                        "atelier: {}{}{}",
                        file.display(),
                        lang.colon().trim_end(),
                        i18n::printable(&format!(" {}", err.message(lang)))
                    );
                    ExitCode::from(3)
                }
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Where one file of an export goes: `output` itself for a single file; for one of several
/// (`part`, a grid's id), `DIR/EXERCISE-PART.EXT` when `output` is a directory, else
/// `output` with `-PART` before its extension (`a10.csv` -> `a10-besoins.csv`).
fn output_path(output: &Path, exercise: &str, part: Option<&str>) -> PathBuf {
    let Some(part) = part else {
        return output.to_path_buf();
    };
    if output.is_dir() {
        return output.join(format!("{exercise}-{part}.csv"));
    }
    let stem = output.file_stem().map_or_else(
        || exercise.to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let name = match output.extension() {
        Some(ext) => format!("{stem}-{part}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{part}"),
    };
    output.with_file_name(name)
}
