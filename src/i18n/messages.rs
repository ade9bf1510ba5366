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

/// `run-python` ran while another atelier held the workspace.
pub fn run_not_recorded(lang: Lang) -> String {
    match lang {
        Lang::Fr => "Résultat non enregistré : l'espace de travail est ouvert dans un autre atelier ; relancez `atelier run-python` après l'avoir fermé".into(),
        Lang::En => "Run not recorded: the workspace is open in another atelier; run `atelier run-python` again once it is closed".into(),
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
