//! Messages of the command line and the shell that carry values (paths, counts, names).

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
        Lang::Fr => format!("{path} : cas valide ({id}, {exercises} exercices)"),
        Lang::En => format!("{path}: valid case ({id}, {exercises} exercises)"),
    }
}

pub fn bundle_intact(lang: Lang, path: &str, candidate: &str, case: &str, files: usize) -> String {
    match lang {
        Lang::Fr => format!("{path} : paquet intact ({candidate}, {case}, {files} fichiers)"),
        Lang::En => format!("{path}: bundle intact ({candidate}, {case}, {files} files)"),
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

pub fn save_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Fr => format!("Échec de l'enregistrement : {error}"),
        Lang::En => format!("Saving failed: {error}"),
    }
}

pub fn actors_imported(lang: Lang, exercise: &str, actors: usize, relations: usize) -> String {
    match lang {
        Lang::Fr => format!("{exercise} : {actors} acteurs et {relations} relations importés"),
        Lang::En => format!("{exercise}: {actors} actors and {relations} relations imported"),
    }
}

pub fn posts_imported(lang: Lang, count: usize, exercise: &str) -> String {
    match lang {
        Lang::Fr => format!("{count} publications importées dans {exercise}"),
        Lang::En => format!("{count} posts imported into {exercise}"),
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
        Lang::Fr => format!("{nodes} nœuds importés dans {exercise} (profondeur {depth})"),
        Lang::En => format!("{nodes} nodes imported into {exercise} (depth {depth})"),
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
        Lang::Fr => format!("{actors} acteurs, {relations} relations"),
        Lang::En => format!("{actors} actors, {relations} relations"),
    }
}
