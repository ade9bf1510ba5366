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
