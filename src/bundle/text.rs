//! The bundle's words, in French and English: why a bundle could not be written, read or
//! verified (`BundleError::message`, verify's reasons).

use crate::bundle::BundleError;
use crate::i18n::errors::io_reason;
use crate::i18n::{plural, Lang};

impl BundleError {
    /// Why a bundle could not be written, read or verified (verify's reasons).
    pub fn message(&self, lang: Lang) -> String {
        let error = self;
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
            Store(error) => error.message(lang),
            TargetNotEmpty(dir) => format!(
                "{dir} n'est pas un dossier vide : extrayez dans un dossier neuf ou vide"
            ),
            NotAFolder(dir) => format!(
                "{dir} est un lien symbolique ou n'est pas un dossier : atelier n'écrit pas à travers"
            ),
            Io { path, source } => format!("{path} : {}", io_reason(lang, source)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_reasons_speak_french() {
        assert_eq!(
            BundleError::Changed("workspace.json".into()).message(Lang::Fr),
            "workspace.json a été modifié (son SHA-256 ne correspond pas au manifeste)"
        );
        assert_eq!(
            BundleError::NotZip.message(Lang::Fr),
            "le fichier n'est pas une archive zip valide"
        );
        assert_eq!(
            BundleError::NotZip.message(Lang::En),
            "the file is not a valid zip archive"
        );
    }
}
