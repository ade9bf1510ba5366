//! The store's words, in French and English: its errors (`StoreError::message`), what it
//! noticed while opening (warnings, a backup restored, an older format migrated) and a newer
//! atelier's file.

use crate::i18n::errors::io_reason;
use crate::i18n::plural;
use crate::i18n::Lang;
use crate::workspace::store::{StoreError, Warning};

impl StoreError {
    pub fn message(&self, lang: Lang) -> String {
        let error = self;
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
            StoreError::Case(error) => format!("le cas de l'espace de travail : {}", error.message(lang)),
            StoreError::NewerFormat { file, format } => {
                newer_format(lang, file, *format)
            }
            StoreError::Migration { file, error } => {
                migration_failed(lang, file, error)
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
}

pub fn restored_from_backup(lang: Lang, backup: &str) -> String {
    match lang {
        Lang::Fr => {
            format!("workspace.json était illisible : restauré depuis la sauvegarde {backup}")
        }
        Lang::En => format!("workspace.json was unreadable: restored from backup {backup}"),
    }
}

/// A file written by a newer atelier: read, never changed.
pub fn newer_format(lang: Lang, file: &str, format: u32) -> String {
    match lang {
        Lang::Fr => format!(
            "{file} : créé par une version plus récente d'atelier (format {format}) ; cette version le lit mais ne le modifiera pas"
        ),
        Lang::En => format!(
            "{file}: made by a newer atelier (format {format}); this version reads it but will not change it"
        ),
    }
}

/// An older file that could not be brought to the current format.
pub fn migration_failed(
    lang: Lang,
    file: &str,
    error: &crate::workspace::migrate::MigrationError,
) -> String {
    use crate::workspace::migrate::MigrationError;
    match (error, lang) {
        (MigrationError::TooOld { format, first }, Lang::Fr) => format!(
            "{file} déclare le format {format}, plus ancien que le premier que cette version connaît ({first}) : rien n'a été modifié ; ouvrez-le avec la version d'atelier qui l'a créé"
        ),
        (MigrationError::TooOld { format, first }, Lang::En) => format!(
            "{file} declares format {format}, older than the first this version knows ({first}): nothing was changed; open it with the atelier that made it"
        ),
        (MigrationError::Step { format, reason }, Lang::Fr) => format!(
            "{file} : le passage du format {format} au suivant a échoué ({reason}) ; rien n'a été modifié"
        ),
        (MigrationError::Step { format, reason }, Lang::En) => format!(
            "{file}: bringing format {format} to the next failed ({reason}); nothing was changed"
        ),
    }
}

/// A read-only command found `workspace.json` unreadable and read a backup instead.
pub fn read_from_backup(lang: Lang, backup: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "workspace.json est illisible : lu depuis la sauvegarde {backup}, sans rien réparer ; `atelier check --repair` le répare"
        ),
        Lang::En => format!(
            "workspace.json is unreadable: read from backup {backup}, nothing repaired; `atelier check --repair` repairs it"
        ),
    }
}

/// What the store noticed about a workspace that still opened.
pub fn store_warning(lang: Lang, warning: &Warning) -> String {
    match (warning, lang) {
        (Warning::CaseMismatch { named, case }, Lang::Fr) => format!(
            "workspace.json nomme le cas « {named} », mais le case.json de l'espace est le cas « {case} » : remettez \"case_id\": \"{case}\" dans workspace.json, ou créez un espace pour « {named} » avec `atelier init DOSSIER --case {named}`"
        ),
        (Warning::CaseMismatch { named, case }, Lang::En) => format!(
            "workspace.json names case \"{named}\", but the workspace's case.json is case \"{case}\": set \"case_id\": \"{case}\" back in workspace.json, or create a workspace for \"{named}\" with `atelier init DIR --case {named}`"
        ),
        (Warning::NoAnswers { backup }, Lang::Fr) => format!(
            "workspace.json ne contient aucune réponse (\"exercises\": {{}}) alors que la sauvegarde {backup} en contient : copiez .atelier/backups/{backup} sur workspace.json pour les retrouver"
        ),
        (Warning::NoAnswers { backup }, Lang::En) => format!(
            "workspace.json holds no answer (\"exercises\": {{}}) while backup {backup} holds some: copy .atelier/backups/{backup} over workspace.json to get them back"
        ),
        (Warning::Migrated { from, original }, Lang::Fr) => match original {
            Some(name) => format!(
                "workspace.json était au format {from}, d'une version antérieure d'atelier : il est passé au format actuel, et l'original est gardé dans .atelier/backups/{name}"
            ),
            None => format!(
                "workspace.json est au format {from}, d'une version antérieure d'atelier : lu au format actuel sans rien écrire ; `atelier open` le convertit et garde l'original"
            ),
        },
        (Warning::Migrated { from, original }, Lang::En) => match original {
            Some(name) => format!(
                "workspace.json was in format {from}, from an older atelier: it now has the current format, and the original is kept in .atelier/backups/{name}"
            ),
            None => format!(
                "workspace.json is in format {from}, from an older atelier: read in the current format, nothing written; `atelier open` converts it and keeps the original"
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    #[test]
    fn the_lock_and_saves_speak_french() {
        let locked = StoreError::Locked("/tmp/ws".into());
        assert_eq!(
            locked.message(Lang::Fr),
            "l'espace de travail /tmp/ws est déjà ouvert dans un autre atelier ; fermez-le d'abord"
        );
        assert!(locked
            .message(Lang::En)
            .contains("already open in another atelier"));
        let full = StoreError::Write {
            path: "/tmp/ws/workspace.json".into(),
            needed: 2048,
            source: io::Error::from(io::ErrorKind::StorageFull),
        };
        assert_eq!(
            full.message(Lang::Fr),
            "/tmp/ws/workspace.json : plus de place sur le disque (2\u{202f}048 octets à écrire : libérez cette place)"
        );
    }
}
