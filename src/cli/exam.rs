//! The exam board's commands: `atelier gradebook` (the board's table or Moodle's worksheet,
//! from a folder of bundles or Moodle's submissions zip).

use crate::cli::CliError;
use crate::exam::gradebook::{self, Format, Options};
use crate::i18n::Lang;
use crate::workspace::store;
use std::path::Path;

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
        crate::i18n::gradebook::written(lang, &output.display().to_string(), rows)
    );
    Ok(())
}
