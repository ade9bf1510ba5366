//! The errors every module shares the words of: the system's (`io_reason`), the command
//! line's (clap's usage errors), imports' and exports'. Each module words its own errors in
//! its `text.rs` (`StoreError::message`, `BundleError::message`, ...): the error types keep
//! their English `Display` (logs, tests, `--lang en`), and what a person reads goes through
//! `message`, so the French interface never answers in English.

use std::io;

use crate::i18n::Lang;
use crate::workbench::csv_input::DecodeError;
use crate::workbench::export::ExportError;

/// Why the system refused a file operation, in the language's words (the OS's English text
/// for the rare kinds not named here).
pub fn io_reason(lang: Lang, error: &io::Error) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    use io::ErrorKind::*;
    match error.kind() {
        NotFound => "fichier ou dossier introuvable".into(),
        PermissionDenied => "permission refusée".into(),
        AlreadyExists => "le fichier existe déjà".into(),
        StorageFull => "plus de place sur le disque".into(),
        ReadOnlyFilesystem => "le disque est en lecture seule".into(),
        IsADirectory => "c'est un dossier, pas un fichier".into(),
        NotADirectory => "un élément du chemin n'est pas un dossier".into(),
        FileTooLarge => "fichier trop volumineux".into(),
        InvalidData => "données illisibles".into(),
        UnexpectedEof => "fichier tronqué".into(),
        _ => error.to_string(),
    }
}

/// Why a file's bytes are not text (every CSV import).
pub fn decode(lang: Lang, error: &DecodeError) -> String {
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, DecodeError::BadUtf8 { line, byte }) => format!(
            "ligne {line} : le fichier commence par une marque d'ordre d'octets UTF-8 mais n'est pas en UTF-8 valide (octet 0x{byte:02X}) ; enregistrez-le de nouveau en « CSV UTF-8 »"
        ),
        (Lang::Fr, DecodeError::Unknown { line, byte }) => format!(
            "ligne {line} : le fichier n'est ni en UTF-8 ni en Windows-1252 (octet 0x{byte:02X}) ; enregistrez-le de nouveau en « CSV UTF-8 »"
        ),
    }
}

pub fn export(lang: Lang, error: &ExportError) -> String {
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, ExportError::UnknownExercise(id)) => {
            format!("le cas n'a pas d'exercice {id}")
        }
        (Lang::Fr, ExportError::Unsupported { exercise, format }) => {
            format!("l'exercice {exercise} ne peut pas être exporté en {format} dans cette version")
        }
        (Lang::Fr, ExportError::Xlsx(message)) => {
            format!("le classeur n'a pas pu être écrit : {message}")
        }
    }
}

/// A usage error of the command line (clap's) in French: the sentence, a suggestion, and
/// where help is. `None` in English, and for help, version and the rarer kinds, whose text
/// clap writes itself.
pub fn usage(lang: Lang, error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if lang == Lang::En {
        return None;
    }
    let get = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let sentence = match error.kind() {
        ErrorKind::UnknownArgument => {
            format!("argument inattendu : {}", get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "commande inconnue : {}",
                get(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("il manque : {}", get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue => format!(
            "la valeur « {} » ne convient pas à {} (valeurs possibles : {})",
            get(ContextKind::InvalidValue),
            get(ContextKind::InvalidArg),
            get(ContextKind::ValidValue)
        ),
        ErrorKind::ArgumentConflict => format!(
            "{} ne va pas avec {}",
            get(ContextKind::InvalidArg),
            get(ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("trop de valeurs pour {}", get(ContextKind::InvalidArg))
        }
        _ => return None,
    };
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(get)
    .find(|s| !s.is_empty());
    let suggestion = suggested
        .map(|s| format!(" ; vouliez-vous dire « {s} » ?"))
        .unwrap_or_default();
    Some(format!("{sentence}{suggestion} (aide : atelier --help)"))
}

/// The language asked for on a command line that could not be parsed: `--lang fr`,
/// `--lang=en`, else `LANG`.
pub fn lang_of_args(args: &[String]) -> Lang {
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    Lang::detect(flag.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_and_exports_speak_french() {
        assert!(decode(
            Lang::Fr,
            &DecodeError::Unknown {
                line: 3,
                byte: 0x81
            }
        )
        .starts_with("ligne 3 : le fichier n'est ni en UTF-8 ni en Windows-1252 (octet 0x81)"));
        assert_eq!(
            export(Lang::Fr, &ExportError::UnknownExercise("A99".into())),
            "le cas n'a pas d'exercice A99"
        );
    }
}
