//! The failure of a command ([`CliError`]): one sentence, English in `Display`, in the
//! user's language from [`CliError::message`].

use crate::i18n::Lang;
use crate::{case, workspace::store};

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
            CliError::Store(e) => e.message(lang),
            CliError::Case(e) => e.message(lang),
            CliError::Bundle(e) => e.message(lang),
            CliError::Export(e) => errors::export(lang, e),
            CliError::NoCodeExercise => "ce cas n'a pas d'exercice Python".into(),
            CliError::NoProgram(path) => format!(
                "{path} n'existe pas ; créez-le ou ouvrez l'espace de travail dans atelier"
            ),
            CliError::Review(e) => e.message(lang),
            CliError::Examiner(e) => e.message(lang),
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
