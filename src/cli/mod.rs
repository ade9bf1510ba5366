//! The command line (DESIGN.md section 2): clap definitions and thin command bodies that call
//! the layers below. Errors come back as one sentence; `main` prints them.

/// `println!` for the command line's output: when stdout is a pipe closed early
/// (`atelier check ws | head -1`), the command ends quietly instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(&format!($($arg)*))
    };
}

mod code;
mod exam;

use crate::case::{self, LoadedCase};
use crate::i18n::review::ReviewText;
use crate::i18n::{self, messages, Lang};
use crate::tui::theme::ThemeName;
use crate::workbench::check::{self, Status};
pub use crate::workbench::export::ExportFormat;
use crate::workspace::store::{self, OpenWorkspace};
use clap::{Parser, Subcommand};
use serde_json::json;
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

/// A failure of a command, as one sentence.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Case(#[from] case::CaseError),
    #[error(transparent)]
    Bundle(#[from] crate::bundle::BundleError),
    #[error(transparent)]
    Export(#[from] crate::workbench::export::ExportError),
    #[error("this case has no Python exercise")]
    NoCodeExercise,
    #[error("{0} does not exist; create it or open the workspace in atelier")]
    NoProgram(String),
    #[error(transparent)]
    Review(#[from] crate::exam::review::ReviewError),
    #[error(transparent)]
    Examiner(#[from] crate::exam::examiner::ExaminerError),
    #[error("{path}: {source}")]
    Gradebook {
        path: String,
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Import { file: String, message: String },
    #[error("exercise {exercise} ({kind}) cannot be imported from a file in this version")]
    ImportUnsupported { exercise: String, kind: String },
    /// A refusal already put into the user's language.
    #[error("{0}")]
    Refused(String),
    #[error("the terminal interface failed: {0}")]
    Terminal(#[from] std::io::Error),
}

impl CliError {
    /// The error as one sentence in the user's language (the `Display` text is English).
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::errors;
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            CliError::Store(e) => errors::store(lang, e),
            CliError::Case(e) => errors::case(lang, e),
            CliError::Bundle(e) => errors::bundle(lang, e),
            CliError::Export(e) => errors::export(lang, e),
            CliError::NoCodeExercise => "ce cas n'a pas d'exercice Python".into(),
            CliError::NoProgram(path) => format!(
                "{path} n'existe pas ; créez-le ou ouvrez l'espace de travail dans atelier"
            ),
            CliError::Review(e) => errors::review(lang, e),
            CliError::Examiner(e) => errors::examiner(lang, e),
            CliError::Gradebook { path, source } => {
                format!("{path} : {}", errors::io_reason(lang, source))
            }
            CliError::Import { file, message } => format!("{file} : {message}"),
            CliError::ImportUnsupported { exercise, kind } => format!(
                "l'exercice {exercise} ({kind}) ne peut pas être importé d'un fichier dans cette version"
            ),
            CliError::Refused(message) => message.clone(),
            CliError::Terminal(e) => format!(
                "l'interface du terminal a échoué : {}",
                errors::io_reason(lang, e)
            ),
        }
    }
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
                    eprintln!("atelier: {}", messages::restored_from_backup(lang, backup));
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
                        i18n::printable(&format!(" {}", i18n::errors::bundle(lang, &err)))
                    );
                    ExitCode::from(3)
                }
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `atelier import`: reads FILE for the exercise's kind, then replaces that exercise's
/// content and saves (opening the workspace took a backup). A refused file changes nothing.
fn import(
    dir: &Path,
    exercise_id: &str,
    file: &Path,
    actors: Option<&Path>,
    lang: Lang,
) -> Result<(), CliError> {
    let mut ws = store::open(dir, true)?;
    refuse_if_newer(&ws, lang)?;
    let exercise = ws
        .case
        .case
        .exercise(exercise_id)
        .ok_or_else(|| {
            crate::workbench::export::ExportError::UnknownExercise(exercise_id.to_string())
        })?
        .clone();
    let failed = |message: String| CliError::Import {
        file: file.display().to_string(),
        message,
    };
    let bytes = std::fs::read(file).map_err(|e| failed(i18n::errors::io_reason(lang, &e)))?;
    // A mind map is XML, UTF-8; the CSV imports take what spreadsheets write (BOM, UTF-16,
    // Windows-1252; the separator and line ends are handled by each reader).
    let text = if exercise.kind == case::Kind::Tree {
        String::from_utf8(bytes).map_err(|_| {
            failed(
                match lang {
                    Lang::Fr => "le fichier n'est pas en UTF-8 valide",
                    Lang::En => "the file is not valid UTF-8",
                }
                .into(),
            )
        })?
    } else {
        crate::workbench::csv_input::decode(&bytes)
            .map_err(|e| failed(i18n::errors::decode(lang, &e)))?
            .0
    };
    if let (Some(extra), false) = (actors, exercise.kind == case::Kind::Graph) {
        return Err(CliError::Import {
            file: extra.display().to_string(),
            message: match lang {
                Lang::Fr => "--actors ne va qu'avec un exercice de sociogramme (graph)",
                Lang::En => "--actors goes with a sociogram (graph) exercise only",
            }
            .into(),
        });
    }
    let summary = match exercise.kind {
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        case::Kind::Graph => {
            let graph = import_sociogram(&ws.case.case.organisation, file, &text, actors, lang)?;
            let answer = ws.workspace.answer_mut(exercise_id);
            let (count, relations) = (graph.actors.len(), graph.relations.len());
            crate::workbench::sociogram::import_csv::replace_sociogram(answer, graph);
            messages::actors_imported(lang, exercise_id, count, relations)
        }
        // -- sheet: A7 GDPR audit sheet (issue 6) --
        case::Kind::Sheet => {
            let processings =
                crate::workbench::gdpr::formats::parse_register_csv(&text).map_err(|e| {
                    failed(crate::workbench::gdpr::text::register_import_error(
                        lang, &e,
                    ))
                })?;
            let count = processings.len();
            let answer = ws.workspace.answer_mut(exercise_id);
            crate::workbench::gdpr::formats::replace_register(
                answer.sheet.get_or_insert_default(),
                processings,
            );
            crate::i18n::register_imported(lang, count, exercise_id)
        }
        // -- tree: A5 mind map (issue 4): a Freeplane/FreeMind .mm or an OPML outline --
        case::Kind::Tree => {
            let map = crate::workbench::mindmap::formats::read_mind_map(file, &text)
                .map_err(|e| failed(crate::workbench::mindmap::text::format_error(&e, lang)))?;
            let summary =
                crate::workbench::mindmap::formats::import_summary(&map, exercise_id, lang);
            ws.workspace.answer_mut(exercise_id).tree = Some(map);
            summary
        }
        // -- grid: A8, A10, A12, A13, A14 grids (issue 7): A12's corpus of posts --
        case::Kind::Grid if exercise.config.get("listening").is_some() => {
            let posts = crate::workbench::grid::listening::read_posts_csv(&text)
                .map_err(|e| failed(crate::workbench::grid::text::posts_import_error(lang, &e)))?;
            let count = posts.len();
            let answer = ws.workspace.answer_mut(exercise_id);
            answer.grid.get_or_insert_default().posts = posts;
            messages::posts_imported(lang, count, exercise_id)
        }
        kind => {
            return Err(CliError::ImportUnsupported {
                exercise: exercise_id.to_string(),
                kind: kind.as_str().to_string(),
            })
        }
    };
    ws.save()?;
    say!("{summary}");
    Ok(())
}

/// Reads the actors file of `atelier import --exercise A6 FILE [--actors ACTORS]` (the edge
/// list is already read as `text`) and imports both; errors name the file at fault.
fn import_sociogram(
    org: &crate::case::Organisation,
    file: &Path,
    text: &str,
    actors: Option<&Path>,
    lang: Lang,
) -> Result<crate::workbench::sociogram::model::Sociogram, CliError> {
    let actors_text = match actors {
        Some(path) => {
            let failed = |message: String| CliError::Import {
                file: path.display().to_string(),
                message,
            };
            let bytes =
                std::fs::read(path).map_err(|e| failed(i18n::errors::io_reason(lang, &e)))?;
            Some(
                crate::workbench::csv_input::decode(&bytes)
                    .map_err(|e| failed(i18n::errors::decode(lang, &e)))?
                    .0,
            )
        }
        None => None,
    };
    let actors = actors.zip(actors_text.as_deref());
    crate::workbench::sociogram::import_csv::import_file(org, file, text, actors).map_err(|e| {
        CliError::Import {
            file: e.path.display().to_string(),
            message: e.message(lang),
        }
    })
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

/// Where `atelier` with no arguments keeps its workspace.
pub fn default_workspace_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("ATELIER_HOME") {
        return PathBuf::from(home);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    data.join("atelier").join("workspace")
}

/// Opens an existing workspace for a headless command that only reads (no lock, nothing
/// written), saying on stderr when a corrupt `workspace.json` was read from a backup and
/// which command repairs it.
fn open_existing(dir: Option<PathBuf>, lang: Lang) -> Result<OpenWorkspace, CliError> {
    let ws = store::open(&dir.unwrap_or_else(|| PathBuf::from(".")), false)?;
    if let Some(backup) = &ws.recovered_from {
        eprintln!("atelier: {}", messages::read_from_backup(lang, backup));
    }
    report_opening(&ws, lang);
    Ok(ws)
}

/// Says on stderr what opening noticed: a newer atelier's workspace, a case or answers amiss.
pub(crate) fn report_opening(ws: &OpenWorkspace, lang: Lang) {
    if let Some(format) = ws.newer_format {
        eprintln!(
            "atelier: {}",
            messages::newer_format(lang, store::WORKSPACE_FILE, format)
        );
    }
    for warning in &ws.warnings {
        eprintln!("atelier: {}", messages::store_warning(lang, warning));
    }
}

/// A command that writes refuses a workspace made by a newer atelier, in the user's language.
pub(crate) fn refuse_if_newer(ws: &OpenWorkspace, lang: Lang) -> Result<(), CliError> {
    match ws.newer_format {
        Some(format) => Err(CliError::Refused(messages::newer_format(
            lang,
            &ws.dir.join(store::WORKSPACE_FILE).display().to_string(),
            format,
        ))),
        None => Ok(()),
    }
}

fn open_or_create(dir: &Path, case_wanted: Option<&str>) -> Result<OpenWorkspace, CliError> {
    if !dir.join(store::WORKSPACE_FILE).exists() {
        let loaded: LoadedCase = case::resolve(case_wanted)?;
        // The login name stands in until the candidate gives theirs (`init --candidate`).
        let candidate = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_default();
        store::init(dir, loaded, &candidate, false)?;
    }
    Ok(store::open(dir, true)?)
}

fn list_cases(lang: Lang) {
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
                i18n::errors::case(lang, &err)
            ),
        }
    }
}

fn print_check(ws: &OpenWorkspace, lang: Lang, as_json: bool) {
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

/// A throwaway copy of a case's worked example, in a fresh temporary folder that is removed
/// when the demo ends, however it ends short of `kill -9` (SIGHUP and SIGTERM included).
fn demo(case_wanted: Option<&str>, lang: Lang, theme: ThemeName) -> Result<ExitCode, CliError> {
    struct Cleanup(PathBuf);
    impl Drop for Cleanup {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
            crate::tui::signals::keep_on_signal(&self.0);
        }
    }
    let loaded = case::resolve(case_wanted)?;
    let base = std::env::temp_dir().join(format!(
        "atelier-demo-{}-{}",
        std::process::id(),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos()
    ));
    let cleanup = Cleanup(base);
    crate::tui::signals::remove_on_signal(&cleanup.0);
    let dir = cleanup.0.join("ws");
    store::init(&dir, loaded, "", true)?;
    let ws = store::open(&dir, true)?;
    let ending = crate::tui::run_with_notice(
        ws,
        lang,
        theme,
        Some(i18n::Text::Review(ReviewText::DemoNotice)),
    )?;
    drop(cleanup);
    Ok(ending_code(ending))
}

/// The exit code of an interface session: 1, with the reason on stderr, when the person
/// quit although the last save failed.
fn ending_code(ending: crate::tui::Ending) -> ExitCode {
    match ending {
        crate::tui::Ending::Saved => ExitCode::SUCCESS,
        crate::tui::Ending::Unsaved(reason) => {
            eprintln!("{reason}");
            ExitCode::from(1)
        }
    }
}

/// `atelier sandbox`: the layers this machine offers, one per line, and exit 1 if one is
/// missing.
fn sandbox_command(lang: Lang) -> ExitCode {
    let probe = crate::runner::sandbox::probe();
    say!("{}", i18n::messages::sandbox_probe(lang, &probe));
    if probe.complete() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
