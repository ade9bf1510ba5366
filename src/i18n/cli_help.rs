//! The command line's help (`atelier --help`, `atelier init -h`...) in French. clap writes it
//! in English from the doc comments of `cli::Cli`; in French, `localize` replaces each
//! command's description, each argument's help and placeholder, the headings and the line
//! "Usage", on the built command (so the help flag and the `help` command are there too).

use clap::{Arg, Command};

use crate::i18n::Lang;

/// The language of the help: `--lang`, else French when `LANG` starts with `fr`, else
/// English (clap's own language).
pub fn help_lang(args: &[String]) -> Lang {
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    let wanted = flag
        .or_else(|| std::env::var("LANG").ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if wanted.starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The arguments for clap, less a `--lang` given after `help` (`atelier help init --lang
/// fr`): clap's `help` takes command names only, and [`help_lang`] has already read it.
pub fn without_lang_after_help(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let Some(help) = args.iter().skip(1).position(|a| a == "help").map(|i| i + 1) else {
        return args;
    };
    // Only when `help` is the command (nothing but `--lang X` before it).
    let before: Vec<&std::ffi::OsString> = args[1..help].iter().collect();
    let only_lang = before.is_empty()
        || (before.len() == 2 && before[0] == "--lang")
        || (before.len() == 1 && before[0].to_string_lossy().starts_with("--lang="));
    if !only_lang {
        return args;
    }
    let mut kept = args[..=help].to_vec();
    let mut rest = args[help + 1..].iter();
    while let Some(arg) = rest.next() {
        if arg == "--lang" {
            rest.next();
        } else if !arg.to_string_lossy().starts_with("--lang=") {
            kept.push(arg.clone());
        }
    }
    kept
}

/// `command` with its help in `lang` (as it is in English).
pub fn localize(mut command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    command.build();
    french(command, "")
}

/// What clap prints, with "Utilisation :" for "Usage:".
const TEMPLATE: &str =
    "{before-help}{about-with-newline}\nUtilisation\u{a0}: {usage}\n\n{all-args}{after-help}";
const TEMPLATE_NO_ARGS: &str =
    "{before-help}{about-with-newline}\nUtilisation\u{a0}: {usage}{after-help}";

fn french(command: Command, path: &str) -> Command {
    let has_args = command.get_arguments().any(|a| !a.is_hide_set())
        || command.get_subcommands().any(|s| !s.is_hide_set());
    let mut command = command
        .help_template(if has_args { TEMPLATE } else { TEMPLATE_NO_ARGS })
        .subcommand_help_heading("Commandes\u{a0}")
        .subcommand_value_name("COMMANDE");
    if let Some((about, long)) = about(path) {
        command = command.about(about).long_about(long);
    }
    let at = path.to_string();
    command = command.mut_args(move |arg| french_arg(&at, arg));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let inner = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        command = command.mut_subcommand(&name, |sub| french(sub, &inner));
    }
    command
}

fn french_arg(path: &str, arg: Arg) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let heading = if arg.is_positional() {
        "Arguments\u{a0}"
    } else {
        "Options\u{a0}"
    };
    let long = arg.get_long_help().is_some();
    let mut arg = arg.help_heading(heading);
    let text = match id.as_str() {
        "help" if long => {
            return arg
                .help("Afficher l'aide (plus de détails avec --help)")
                .long_help("Afficher l'aide (un résumé avec -h)")
        }
        "help" => Some("Afficher l'aide"),
        "version" => Some("Afficher la version"),
        _ => arg_help(path, &id),
    };
    if let Some(text) = text {
        arg = arg
            .help(text)
            .long_help(None::<&str>)
            .hide_possible_values(true)
            .hide_default_value(true);
    }
    if arg.get_action().takes_values() {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| n.to_string()).collect(),
            None => vec![id.to_uppercase()],
        };
        let names: Vec<&'static str> = names.iter().map(|n| value_name(n)).collect();
        arg = arg.value_names(names);
    }
    arg
}

/// The French placeholder of a value ("DIR" is "DOSSIER").
fn value_name(english: &str) -> &'static str {
    match english {
        "DIR" => "DOSSIER",
        "FILE" => "FICHIER",
        "PATH" => "CHEMIN",
        "CASE" => "CAS",
        "CANDIDATE" => "CANDIDAT",
        "GROUP" => "GROUPE",
        "EXERCISE" => "EXERCICE",
        "OUTPUT" => "SORTIE",
        "FORMAT" => "FORMAT",
        "ACTORS" => "ACTEURS",
        "EXAMINER" => "EXAMINATEUR",
        "EXAMINER_FILE" => "FICHIER_EXAMINATEUR",
        "SESSION" => "SESSION",
        "MEMBERS" => "MEMBRES",
        "LANG" => "LANGUE",
        "THEME" => "THEME",
        "LAYERS" => "COUCHES",
        "COMMAND" => "COMMANDE",
        _ => "VALEUR",
    }
}

/// A command's description in French, short and, where English has one, long.
fn about(path: &str) -> Option<(&'static str, Option<&'static str>)> {
    let short = match path {
        "" => "L'atelier des études de cas de la certification Chief Digital Officer",
        "init" => "Créer un espace de travail sans l'ouvrir",
        "open" => "Ouvrir (ou créer) l'espace de travail du DOSSIER dans l'interface",
        "demo" => "Ouvrir une copie jetable de l'espace de travail de l'exemple corrigé, pour les formateurs",
        "cases" => "Lister les cas disponibles (intégrés et dans ./cases)",
        "case" => "Fichiers de cas",
        "case validate" => "Valider un fichier de cas\u{a0}; les erreurs nomment le chemin JSON en faute",
        "check" => "Donner l'état de chaque exercice et ses remarques (en lecture seule\u{a0}: un workspace.json corrompu est lu dans une sauvegarde et laissé tel quel, sauf avec --repair)",
        "export" => "Exporter un exercice dans un fichier",
        "import" => "Remplacer le contenu d'un exercice par celui d'un fichier (l'ancien reste dans les sauvegardes)\u{a0}: `atelier import [DOSSIER] --exercise ID FICHIER`",
        "bundle" => "Écrire le paquet des livrables (un zip) pour les examinateurs",
        "verify" => "Vérifier l'intégrité d'un paquet\u{a0}: code 0 s'il est intact, 3 sinon",
        "run-python" => "Lancer le programme de A1 et ses tests\u{a0}: code 0 quand tous les tests passent, 1 sinon",
        "__python-worker" => "Le processus Python isolé (lancé par atelier lui-même, lit une requête sur l'entrée standard)",
        "sandbox" => "Les protections du bac à sable de A1 que cette machine offre (noyau, Landlock, seccomp, espaces de noms)\u{a0}: code 0 quand toutes sont là, 1 sinon",
        "review" => "Ouvrir un paquet en lecture seule avec sa grille, pour les examinateurs (notes\u{a0}: FICHIER.grades.json)",
        "jury" => "Le procès-verbal d'une session\u{a0}: par candidat chaque bloc, RE, MI, MC, la certification et les motifs des décisions contraires à la règle\u{a0}; le FICHIER finit en .html (imprimable en A4), .md ou .csv. Un jury.json à côté des paquets note les blocs obtenus plus tôt ou par VAE",
        "gradebook" => "Écrire une ligne CSV par paquet trouvé dans DOSSIER (et ses sous-dossiers), noté ou non\u{a0}; DOSSIER peut aussi être le zip «\u{a0}Télécharger tous les travaux\u{a0}» de Moodle",
        "help" | "case help" => "Afficher ce message, ou l'aide des commandes nommées",
        _ if path.starts_with("help") || path.starts_with("case help") => {
            return Some(("Afficher l'aide de cette commande", None))
        }
        _ => return None,
    };
    let long = match path {
        "verify" => Some("Vérifier l'intégrité d'un paquet\u{a0}: code 0 s'il est intact, 3 sinon.\n\n«\u{a0}Intact\u{a0}» veut dire inchangé depuis qu'`atelier bundle` l'a écrit\u{a0}: chaque fichier correspond à l'empreinte SHA-256 et à la taille du manifeste, rien n'a été ajouté ni retiré, et case.json correspond à l'empreinte du cas dans le manifeste. Ce n'est pas une signature\u{a0}: qui peut écrire un paquet peut en écrire un cohérent, donc cela ne prouve pas qui l'a fait."),
        _ => None,
    };
    Some((short, long))
}

/// An argument's help in French, by command and argument id.
fn arg_help(path: &str, id: &str) -> Option<&'static str> {
    let text = match (path, id) {
        (_, "lang") => "Langue de l'interface\u{a0}: fr ou en (par défaut\u{a0}: selon LANG, sinon le français).",
        (_, "theme") => "Thème de couleurs\u{a0}: default, ou projector (contraste fort, pour une salle)\u{a0}; par défaut\u{a0}: default.",
        ("init", "dir") => "Le dossier du nouvel espace de travail.",
        ("init" | "open", "case") => "Un identifiant de cas (voir `atelier cases`) ou le chemin d'un fichier de cas.",
        ("demo", "case") => "Un identifiant de cas (voir `atelier cases`) ou le chemin d'un fichier de cas\u{a0}; par défaut\u{a0}: le cas intégré.",
        ("init", "candidate") => "Le nom du candidat ou de la candidate.",
        ("init", "example") => "Remplir l'espace de travail avec les réponses de l'exemple corrigé du cas.",
        ("init", "group") => "Les membres du groupe du candidat, séparés par `;` (\"A;B;C\"), pour les exercices de groupe (A7, A14, A15, MC).",
        ("open", "dir") => "Le dossier de l'espace de travail (par défaut\u{a0}: le dossier courant).",
        ("check" | "export" | "bundle" | "run-python", "dir") => "Le dossier de l'espace de travail (par défaut\u{a0}: le dossier courant).",
        ("check" | "run-python", "json") => "Écrire le résultat en JSON.",
        ("check", "repair") => "Restaurer un workspace.json corrompu depuis sa sauvegarde lisible la plus récente (prend le verrou de l'espace de travail, comme toute commande qui écrit).",
        ("export" | "import", "exercise") => "L'identifiant de l'exercice (A1 à A15, RE, MI, MC).",
        ("export", "format") => "Le format du fichier\u{a0}: csv, md, mm (Freeplane / FreeMind), opml (plan OPML 2.0), svg (dessin\u{a0}: carte mentale, carte du monde, graphiques des grilles), gexf (Gephi, sociogramme), graphml (sociogramme), dot (Graphviz, sociogramme), json (analyse de l'écoute sociale de A12), html (diaporama autonome de A15), xlsx (classeur Excel\u{a0}: les grilles, le registre de A7).",
        ("export" | "bundle" | "jury" | "gradebook", "output") => "Le fichier à écrire.",
        ("import", "paths") => "[DOSSIER] FICHIER\u{a0}: l'espace de travail (par défaut\u{a0}: .) et le fichier à lire.",
        ("import", "actors") => "A6 seulement\u{a0}: un CSV d'acteurs `id,label,department,level` qui ajoute leurs détails.",
        ("verify", "file") => "Le paquet (zip) à vérifier.",
        ("__python-worker", "layers") => "Les protections à lever\u{a0}: certaines de n (espaces de noms), l (Landlock), s (seccomp).",
        ("review", "file") => "Le paquet (zip) à examiner.",
        ("review", "examiner") => "Le nom de l'examinateur noté avec chaque note (par défaut\u{a0}: $USER).",
        ("review", "examiner_file") => "Le fichier d'examinateur du cas (par défaut\u{a0}: ./cases/CAS.examiner.json, s'il existe).",
        ("review", "allow_weak_sandbox") => "Lancer le code du candidat même là où cette machine n'a pas toutes les protections du bac à sable (`atelier sandbox` dit lesquelles).",
        ("review", "moderate") => "Harmonisation\u{a0}: les notes de chaque correcteur côte à côte (écarts de plus d'un niveau signalés)\u{a0}; vos touches saisissent la note retenue.",
        ("review", "anonymous") => "Correction anonyme\u{a0}: le nom du candidat n'est jamais montré ni écrit\u{a0}; un code tiré du paquet le remplace (le relevé de notes relie codes et noms).",
        ("jury", "dir") => "Le dossier des paquets de la session.",
        ("jury", "session") => "La date de la session (par exemple 2026-12-15).",
        ("jury", "members") => "Les membres du jury, séparés par `;`.",
        ("gradebook", "dir") => "Le dossier des paquets (ou le zip de Moodle).",
        ("gradebook", "format") => "csv\u{a0}: le tableau du jury\u{a0}; moodle\u{a0}: la feuille de notation hors ligne de Moodle\u{a0}; par défaut\u{a0}: csv.",
        ("gradebook", "excel") => "Pour un tableur réglé en français\u{a0}: un BOM UTF-8 et `;` entre les cellules.",
        ("case validate", "path") => "Le fichier de cas à valider.",
        (p, "subcommand" | "commands") if p.starts_with("help") || p.contains("help") => {
            "La commande dont afficher l'aide."
        }
        _ => return None,
    };
    Some(text)
}
