//! The errors of the command line, the store (the lock, saves), bundles (verify's reasons),
//! imports and cases, as one sentence in the user's language. The error types keep their
//! English `Display` (logs, tests, `--lang en`); what a person reads goes through `message`
//! here, so the French interface never answers in English.

use std::io;

use crate::bundle::BundleError;
use crate::case::CaseError;
use crate::exam::examiner::ExaminerError;
use crate::exam::review::ReviewError;
use crate::i18n::plural;
use crate::i18n::Lang;
use crate::workbench::csv_input::DecodeError;
use crate::workbench::export::ExportError;
use crate::workspace::store::StoreError;

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

pub fn store(lang: Lang, error: &StoreError) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        StoreError::Io { path, source } => format!("{path} : {}", io_reason(lang, source)),
        StoreError::AlreadyExists(dir) => format!(
            "{dir} contient déjà un espace de travail : ouvrez-le avec `atelier open`, ou choisissez un autre dossier"
        ),
        StoreError::NotAWorkspace(dir) => {
            format!("{dir} n'est pas un espace de travail atelier (pas de workspace.json)")
        }
        StoreError::Locked(dir) => format!(
            "l'espace de travail {dir} est déjà ouvert dans un autre atelier ; fermez-le d'abord"
        ),
        StoreError::Unrecoverable(dir) => format!(
            "le workspace.json de {dir} est illisible, et aucune sauvegarde n'a pu être lue non plus"
        ),
        StoreError::Case(error) => format!("le cas de l'espace de travail : {}", case(lang, error)),
        StoreError::NewerFormat { file, format } => {
            crate::i18n::messages::newer_format(lang, file, *format)
        }
        StoreError::Migration { file, error } => {
            crate::i18n::messages::migration_failed(lang, file, error)
        }
        StoreError::Write {
            path,
            needed,
            source,
        } => format!(
            "{path} : {} ({} à écrire : libérez cette place)",
            io_reason(lang, source),
            plural::count(lang, *needed as usize, "octet", "octets")
        ),
        StoreError::UnknownCase { dir, id } => format!(
            "le workspace.json de {dir} nomme le cas « {id} », et il n'y a ni case.json à côté ni cas connu de ce nom (`atelier cases` les liste) : placez le fichier du cas en {dir}/case.json"
        ),
        StoreError::Example(message) => {
            format!("l'exemple corrigé de ce cas n'est pas valide : {message}")
        }
    }
}

pub fn case(lang: Lang, error: &CaseError) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    match error {
        CaseError::Io { path, kind, .. } => format!(
            "impossible de lire le fichier du cas {path}\u{a0}: {}",
            io_reason(lang, &io::Error::from(*kind))
        ),
        CaseError::Syntax {
            line,
            column,
            message,
        } => format!(
            "le fichier du cas n'est pas du JSON valide (ligne {line}, colonne {column})\u{a0}: {}",
            crate::i18n::case::serde_sentence(lang, message)
        ),
        CaseError::Invalid { path, reason } => {
            format!("en {path}\u{a0}: {}", reason.describe(lang))
        }
        CaseError::NotFound(id) => {
            format!("aucun cas nommé {id} (ni intégré, ni dans ./cases)")
        }
    }
}

/// Why a bundle could not be written, read or verified (verify's reasons).
pub fn bundle(lang: Lang, error: &BundleError) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    use BundleError::*;
    match error {
        Read(source) => format!("impossible de lire le fichier : {}", io_reason(lang, source)),
        NotZip => "le fichier n'est pas une archive zip valide".into(),
        TooManyEntries { limit } => format!(
            "l'archive compte plus de {}",
            plural::count(lang, *limit, "entrée", "entrées")
        ),
        UnsafePath(name) => format!("l'entrée {name} a un chemin dangereux"),
        Duplicate(name) => format!("l'entrée {name} apparaît plusieurs fois"),
        NameMismatch(name) => format!(
            "l'entrée {name} porte un autre nom dans son en-tête local que dans le répertoire de l'archive"
        ),
        NotAFile(name) => format!("l'entrée {name} n'est pas un fichier ordinaire"),
        Encrypted(name) => format!("l'entrée {name} est chiffrée"),
        EntryTooLarge { name, limit_mib } => {
            format!("l'entrée {name} dépasse la limite de {limit_mib} Mio")
        }
        TotalTooLarge { limit_mib } => {
            format!("les fichiers de l'archive dépassent ensemble la limite de {limit_mib} Mio")
        }
        Damaged { name, message } => format!("{name} est endommagé ({message})"),
        NoManifest => "manifest.json est absent".into(),
        BadManifest(message) => format!("manifest.json n'est pas un manifeste valide : {message}"),
        Missing(name) => format!("{name} est absent"),
        Changed(name) => format!(
            "{name} a été modifié (son SHA-256 ne correspond pas au manifeste)"
        ),
        Resized(name) => format!("{name} a été modifié (sa taille ne correspond pas au manifeste)"),
        Structure(name) => format!(
            "{name} a été modifié (ses octets diffèrent de ce qu'écrit atelier)"
        ),
        NotListed(name) => format!("{name} n'est pas listé dans le manifeste"),
        CaseMismatch => "case.json n'est pas le cas que nomme le manifeste (son SHA-256 diffère de l'empreinte du cas dans le manifeste)".into(),
        UnsafeExerciseId(id) => {
            format!("l'identifiant d'exercice « {id} » ne peut pas nommer un fichier du paquet")
        }
        Zip(message) => format!("impossible d'écrire le paquet : {message}"),
        Store(error) => store(lang, error),
        TargetNotEmpty(dir) => format!(
            "{dir} n'est pas un dossier vide : extrayez dans un dossier neuf ou vide"
        ),
        NotAFolder(dir) => format!(
            "{dir} est un lien symbolique ou n'est pas un dossier : atelier n'écrit pas à travers"
        ),
        Io { path, source } => format!("{path} : {}", io_reason(lang, source)),
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

pub fn review(lang: Lang, error: &ReviewError) -> String {
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, ReviewError::Bundle(error)) => bundle(lang, error),
        (Lang::Fr, ReviewError::Unreadable(what)) => {
            format!("le paquet ne contient pas de {what} lisible")
        }
        (Lang::Fr, ReviewError::BadCase(message)) => {
            format!("le case.json du paquet n'est pas un cas valide : {message}")
        }
        (Lang::Fr, ReviewError::BadGrades { path, message }) => {
            format!("{path} n'est pas un fichier de notes lisible : {message}")
        }
        (Lang::Fr, ReviewError::Store(error)) => store(lang, error),
        (Lang::Fr, ReviewError::GradesLocked(path)) => format!(
            "{path} est en cours de notation dans une autre revue atelier ; fermez-la d'abord, ou attendez"
        ),
    }
}

pub fn examiner(lang: Lang, error: &ExaminerError) -> String {
    match (lang, error) {
        (Lang::En, _) => error.to_string(),
        (Lang::Fr, ExaminerError::Io { path, message }) => format!("{path} : {message}"),
        (Lang::Fr, ExaminerError::Invalid { path, message }) => {
            // The message is "at $.JSON_PATH: what serde says".
            let (at, what) = message
                .strip_prefix("at ")
                .and_then(|rest| rest.split_once(": "))
                .map_or(("", message.as_str()), |(at, what)| (at, what));
            let what = crate::i18n::case::serde_sentence(lang, what);
            match at {
                "" => format!("{path} n'est pas un fichier d'examinateur valide\u{a0}: {what}"),
                at => format!(
                    "{path} n'est pas un fichier d'examinateur valide, en {at}\u{a0}: {what}"
                ),
            }
        }
        (
            Lang::Fr,
            ExaminerError::WrongCase {
                path,
                found,
                expected,
            },
        ) => {
            format!("{path} est le fichier d'examinateur du cas « {found} », pas de « {expected} »")
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
    fn the_lock_and_saves_speak_french() {
        let locked = StoreError::Locked("/tmp/ws".into());
        assert_eq!(
            store(Lang::Fr, &locked),
            "l'espace de travail /tmp/ws est déjà ouvert dans un autre atelier ; fermez-le d'abord"
        );
        assert!(store(Lang::En, &locked).contains("already open in another atelier"));
        let full = StoreError::Write {
            path: "/tmp/ws/workspace.json".into(),
            needed: 2048,
            source: io::Error::from(io::ErrorKind::StorageFull),
        };
        assert_eq!(
            store(Lang::Fr, &full),
            "/tmp/ws/workspace.json : plus de place sur le disque (2\u{202f}048 octets à écrire : libérez cette place)"
        );
    }

    #[test]
    fn verify_reasons_speak_french() {
        assert_eq!(
            bundle(Lang::Fr, &BundleError::Changed("workspace.json".into())),
            "workspace.json a été modifié (son SHA-256 ne correspond pas au manifeste)"
        );
        assert_eq!(
            bundle(Lang::Fr, &BundleError::NotZip),
            "le fichier n'est pas une archive zip valide"
        );
        assert_eq!(
            bundle(Lang::En, &BundleError::NotZip),
            "the file is not a valid zip archive"
        );
    }

    #[test]
    fn imports_and_cases_speak_french() {
        assert!(decode(
            Lang::Fr,
            &DecodeError::Unknown {
                line: 3,
                byte: 0x81
            }
        )
        .starts_with("ligne 3 : le fichier n'est ni en UTF-8 ni en Windows-1252 (octet 0x81)"));
        assert_eq!(
            case(Lang::Fr, &CaseError::NotFound("x".into())),
            "aucun cas nommé x (ni intégré, ni dans ./cases)"
        );
        assert_eq!(
            export(Lang::Fr, &ExportError::UnknownExercise("A99".into())),
            "le cas n'a pas d'exercice A99"
        );
    }
}

#[cfg(test)]
mod examiner_tests {
    use super::*;

    #[test]
    fn an_invalid_examiner_file_is_said_in_french_with_its_json_path() {
        let error = ExaminerError::Invalid {
            path: "cas.examiner.json".into(),
            message:
                "at $.exercises.A1.tests[0].expected: invalid type: string \"a\", expected u32"
                    .into(),
        };
        let fr = examiner(Lang::Fr, &error);
        assert!(fr.starts_with("cas.examiner.json n'est pas un fichier d'examinateur valide, en $.exercises.A1.tests[0].expected\u{a0}: "), "{fr}");
        assert!(!fr.contains("invalid type"), "{fr}");
        assert!(examiner(Lang::En, &error).contains("invalid type"));
    }
}
