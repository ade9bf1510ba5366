//! Messages of the command line and the shell that carry values (paths, counts, names).

use crate::i18n::plural::count;
use crate::i18n::Lang;

pub fn workspace_created(lang: Lang, dir: &str, case: &str, example: bool) -> String {
    match (lang, example) {
        (Lang::Fr, false) => format!("Espace de travail créé : {dir} ({case})"),
        (Lang::Fr, true) => {
            format!("Espace de travail créé : {dir} ({case}, avec l'exemple corrigé)")
        }
        (Lang::En, false) => format!("Workspace created: {dir} ({case})"),
        (Lang::En, true) => {
            format!("Workspace created: {dir} ({case}, with the worked example)")
        }
    }
}

pub fn valid_case(lang: Lang, path: &str, id: &str, exercises: usize) -> String {
    match lang {
        Lang::Fr => format!(
            "{path} : cas valide ({id}, {})",
            count(lang, exercises, "exercice", "exercices")
        ),
        Lang::En => format!(
            "{path}: valid case ({id}, {})",
            count(lang, exercises, "exercise", "exercises")
        ),
    }
}

pub fn bundle_intact(lang: Lang, path: &str, candidate: &str, case: &str, files: usize) -> String {
    match lang {
        Lang::Fr => format!(
            "{path} : paquet intact ({candidate}, {case}, {})",
            count(lang, files, "fichier", "fichiers")
        ),
        Lang::En => format!(
            "{path}: bundle intact ({candidate}, {case}, {})",
            count(lang, files, "file", "files")
        ),
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

/// `run-python` ran while another atelier held the workspace.
pub fn run_not_recorded(lang: Lang) -> String {
    match lang {
        Lang::Fr => "Résultat non enregistré : l'espace de travail est ouvert dans un autre atelier ; relancez `atelier run-python` après l'avoir fermé".into(),
        Lang::En => "Run not recorded: the workspace is open in another atelier; run `atelier run-python` again once it is closed".into(),
    }
}

/// What the store noticed about a workspace that still opened.
pub fn store_warning(lang: Lang, warning: &crate::workspace::store::Warning) -> String {
    use crate::workspace::store::Warning;
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

pub fn save_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Fr => format!("Échec de l'enregistrement : {error}"),
        Lang::En => format!("Saving failed: {error}"),
    }
}

pub fn actors_imported(lang: Lang, exercise: &str, actors: usize, relations: usize) -> String {
    match lang {
        Lang::Fr => format!(
            "{exercise} : {} et {} importés",
            count(lang, actors, "acteur", "acteurs"),
            count(lang, relations, "relation", "relations")
        ),
        Lang::En => format!(
            "{exercise}: {} and {} imported",
            count(lang, actors, "actor", "actors"),
            count(lang, relations, "relation", "relations")
        ),
    }
}

pub fn posts_imported(lang: Lang, posts: usize, exercise: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "{} dans {exercise}",
            count(
                lang,
                posts,
                "publication importée",
                "publications importées"
            )
        ),
        Lang::En => format!(
            "{} into {exercise}",
            count(lang, posts, "post imported", "posts imported")
        ),
    }
}

pub fn deck_html_help(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "← → diapositives · f plein écran · n notes",
        Lang::En => "← → slides · f full screen · n notes",
    }
}

pub fn nodes_imported(lang: Lang, nodes: usize, exercise: &str, depth: usize) -> String {
    match lang {
        Lang::Fr => format!(
            "{} dans {exercise} (profondeur {depth})",
            count(lang, nodes, "nœud importé", "nœuds importés")
        ),
        Lang::En => format!(
            "{} into {exercise} (depth {depth})",
            count(lang, nodes, "node imported", "nodes imported")
        ),
    }
}

pub fn base_map_credit(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Fond de carte : côtes du monde de ratatui (Natural Earth, domaine public), projection équirectangulaire",
        Lang::En => "Base map: ratatui's world coastlines (Natural Earth, public domain), equirectangular projection",
    }
}

pub fn actors_and_relations(lang: Lang, actors: usize, relations: usize) -> String {
    match lang {
        Lang::Fr => format!(
            "{}, {}",
            count(lang, actors, "acteur", "acteurs"),
            count(lang, relations, "relation", "relations")
        ),
        Lang::En => format!(
            "{}, {}",
            count(lang, actors, "actor", "actors"),
            count(lang, relations, "relation", "relations")
        ),
    }
}

/// `atelier sandbox`: the layers this machine offers, and a verdict.
pub fn sandbox_probe(lang: Lang, probe: &crate::runner::sandbox::Probe) -> String {
    let fr = lang == Lang::Fr;
    let colon = lang.colon();
    let landlock = match (probe.landlock_abi, fr) {
        (0, true) => "absent".to_string(),
        (0, false) => "missing".to_string(),
        (abi, true) => format!(
            "ABI {abi} (fichiers{}{})",
            if abi >= 4 { ", TCP" } else { "" },
            if abi >= 6 {
                ", signaux et sockets abstraites"
            } else {
                ""
            }
        ),
        (abi, false) => format!(
            "ABI {abi} (files{}{})",
            if abi >= 4 { ", TCP" } else { "" },
            if abi >= 6 {
                ", signals and abstract sockets"
            } else {
                ""
            }
        ),
    };
    let (present, missing) = if fr {
        ("disponible", "absent")
    } else {
        ("available", "missing")
    };
    let namespaces = match (probe.namespaces, fr) {
        (true, true) => "utilisateur, PID, réseau, IPC, montage",
        (true, false) => "user, PID, network, IPC, mount",
        (false, true) => "indisponibles",
        (false, false) => "unavailable",
    };
    let mut lacking = Vec::new();
    if probe.landlock_abi < 6 {
        lacking.push("Landlock (ABI 6+)");
    }
    if !probe.seccomp {
        lacking.push("seccomp");
    }
    if !probe.namespaces {
        lacking.push(if fr { "espaces de noms" } else { "namespaces" });
    }
    let verdict = match (lacking.is_empty(), fr) {
        (true, true) => "Toutes les protections sont en place : le code des candidats s'exécute derrière les murs du noyau.".to_string(),
        (true, false) => "Every layer is in place: candidate code runs behind the kernel's walls.".to_string(),
        (false, true) => format!(
            "Il manque : {}. Le code des candidats s'exécutera avec une protection partielle ; `atelier review` ne lance pas les tests cachés sans --allow-weak-sandbox.",
            lacking.join(", ")
        ),
        (false, false) => format!(
            "Missing: {}. Candidate code will run with partial protection; `atelier review` does not run hidden tests without --allow-weak-sandbox.",
            lacking.join(", ")
        ),
    };
    let (kernel, ns_label) = if fr {
        ("Noyau", "Espaces de noms")
    } else {
        ("Kernel", "Namespaces")
    };
    format!(
        "{kernel}{colon}{}\nLandlock{colon}{landlock}\nseccomp{colon}{}\n{ns_label}{colon}{namespaces}\n{verdict}",
        probe.kernel,
        if probe.seccomp { present } else { missing },
    )
}
