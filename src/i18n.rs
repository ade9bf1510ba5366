//! Every string a person reads, in French and English, in one place. `Text` keys are matched
//! exhaustively per language, so neither language can miss a string.

use crate::checks::{Finding, Status};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// French unless asked otherwise: `--lang`, then `LANG` starting with `en`.
    pub fn detect(flag: Option<&str>) -> Lang {
        let wanted = flag
            .map(str::to_string)
            .or_else(|| std::env::var("LANG").ok())
            .unwrap_or_default();
        if wanted.to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Fr
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

/// Keys of the interface's fixed strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    AppName,
    Candidate,
    Case,
    Bloc,
    OutsideBlocs,
    Exercises,
    Details,
    Findings,
    NoFindings,
    Brief,
    Notes,
    Strategies,
    Priorities,
    Kpis,
    Evidence,
    Saved,
    Unsaved,
    Help,
    HelpTitle,
    HelpClose,
    TooSmall,
    StatusNotStarted,
    StatusInProgress,
    StatusComplete,
    KeyQuit,
    KeyHelp,
    KeyUp,
    KeyDown,
    KeyOpen,
    KeyBack,
    KeyLanguage,
    KeyNextPanel,
    KeyPrevPanel,
    KeyNextZone,
    KeyPrevZone,
    KeyAdd,
    KeyEdit,
    KeyEvidence,
    KeyDelete,
    KeyMoveUp,
    KeyMoveDown,
    KeyMoveToPrevZone,
    KeyMoveToNextZone,
    KeyLink,
    KeyUndo,
    KeyRedo,
    KeyToggleBrief,
    KeyScrollBrief,
    KeyConfirm,
    KeyCancel,
    KeyToggle,
    KeyNextField,
    EditItem,
    EditEvidence,
    EditStrategy,
    EditPriority,
    EditKpiName,
    EditKpiTarget,
    EditKpiUnit,
    EditNotes,
    PickStrategyKind,
    LinkItemsTitle,
    NothingToUndo,
    NothingToRedo,
    Undone,
    Redone,
    Deleted,
    EmptyZone,
    NoStrategies,
    NoPriorities,
    NoKpis,
    NotesEmpty,
    NotesEditingHint,
    NotesViewHint,
    WorkbenchLater,
    Words,
    Kind,
    Competences,
    Rubric,
    Organisation,
    EnterToOpen,
    SelectItemFirst,
    AddItemsFirst,
    Target,
    Unit,
    Name,
    References,
    Language,
    Summary,
    Status,
    Created,
    Updated,
    AppVersion,
    Exercise,
    Title,
    FindingCount,
    Strategy,
    Wording,
    Criterion,
    Competence,
    Scale,
    NoAnswer,
    // -- code: A1 Python runner and sketch (issue 3) --
    KeyRunCode,
    KeyCancelRun,
    KeyEditCode,
    KeyStopEditing,
    KeySwitchCodeFile,
    CodeReloaded,
    SketchRan,
    CodeRunning,
    CodeTests,
    CodeOutput,
    CodeNotRun,
    CodeStale,
    SketchNotRun,
    CodeTask,
    CodeEditingHint,
    CodeViewHint,
    CodeCancelHint,
    SketchFrame,
}

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => fr(self),
            Lang::En => en(self),
        }
    }
}

fn fr(text: Text) -> &'static str {
    use Text::*;
    match text {
        AppName => "atelier",
        Candidate => "Candidat",
        Case => "Cas",
        Bloc => "Bloc",
        OutsideBlocs => "Épreuves complémentaires",
        Exercises => "Exercices",
        Details => "Détails",
        Findings => "À faire",
        NoFindings => "Rien à signaler : l'exercice est complet.",
        Brief => "Consigne",
        Notes => "Notes",
        Strategies => "Stratégies",
        Priorities => "Priorités",
        Kpis => "Indicateurs (KPI)",
        Evidence => "Preuve / source",
        Saved => "enregistré",
        Unsaved => "modifié",
        Help => "aide",
        HelpTitle => "Touches de cet écran",
        HelpClose => "? ou Échap pour fermer",
        TooSmall => "Terminal trop petit : agrandissez-le à au moins 40 × 12.",
        StatusNotStarted => "non commencé",
        StatusInProgress => "en cours",
        StatusComplete => "complet",
        KeyQuit => "quitter (enregistre)",
        KeyHelp => "aide",
        KeyUp => "monter",
        KeyDown => "descendre",
        KeyOpen => "ouvrir",
        KeyBack => "retour à l'accueil",
        KeyLanguage => "changer de langue",
        KeyNextPanel => "panneau suivant",
        KeyPrevPanel => "panneau précédent",
        KeyNextZone => "zone suivante",
        KeyPrevZone => "zone précédente",
        KeyAdd => "ajouter",
        KeyEdit => "modifier",
        KeyEvidence => "preuve / source",
        KeyDelete => "supprimer",
        KeyMoveUp => "remonter l'élément",
        KeyMoveDown => "descendre l'élément",
        KeyMoveToPrevZone => "déplacer vers la zone précédente",
        KeyMoveToNextZone => "déplacer vers la zone suivante",
        KeyLink => "lier des éléments",
        KeyUndo => "annuler",
        KeyRedo => "rétablir",
        KeyToggleBrief => "afficher/masquer la consigne",
        KeyScrollBrief => "faire défiler la consigne",
        KeyConfirm => "valider",
        KeyCancel => "annuler la saisie",
        KeyToggle => "cocher/décocher",
        KeyNextField => "champ suivant",
        EditItem => "Élément",
        EditEvidence => "Preuve ou source de l'élément",
        EditStrategy => "Stratégie",
        EditPriority => "Priorité",
        EditKpiName => "Nom de l'indicateur",
        EditKpiTarget => "Cible (nombre)",
        EditKpiUnit => "Unité (%, €, jours…)",
        EditNotes => "Notes (Échap pour terminer)",
        PickStrategyKind => "Type de stratégie",
        LinkItemsTitle => "Éléments combinés (Espace pour cocher, Entrée pour finir)",
        NothingToUndo => "Rien à annuler.",
        NothingToRedo => "Rien à rétablir.",
        Undone => "Annulé.",
        Redone => "Rétabli.",
        Deleted => "Supprimé (u pour annuler).",
        EmptyZone => "(vide : a pour ajouter)",
        NoStrategies => "Aucune stratégie : a pour en ajouter une.",
        NoPriorities => "Aucune priorité : a pour en ajouter une.",
        NoKpis => "Aucun indicateur : a pour en ajouter un.",
        NotesEmpty => "(aucune note : Entrée pour écrire)",
        NotesEditingHint => "Saisie en cours : Échap pour terminer",
        NotesViewHint => "Entrée pour écrire",
        WorkbenchLater => "L'établi de cet exercice arrive dans une prochaine version ; vos notes sont enregistrées et rendues.",
        Words => "mots",
        Kind => "Type",
        Competences => "Compétences",
        Rubric => "Grille d'évaluation",
        Organisation => "Organisation",
        EnterToOpen => "Entrée pour ouvrir l'exercice",
        SelectItemFirst => "Sélectionnez d'abord un élément.",
        AddItemsFirst => "Ajoutez d'abord des éléments dans les zones.",
        Target => "Cible",
        Unit => "Unité",
        Name => "Nom",
        References => "Combine",
        Language => "Langue : français",

        // -- code: A1 Python runner and sketch (issue 3); keep this kind's entries under this line --
        KeyRunCode => "exécuter",
        KeyCancelRun => "annuler l'exécution",
        KeyEditCode => "modifier le code",
        KeyStopEditing => "quitter l'éditeur",
        KeySwitchCodeFile => "programme / esquisse",
        CodeReloaded => "Le fichier a changé sur le disque : nouvelle version chargée.",
        SketchRan => "Esquisse exécutée.",
        CodeRunning => "Exécution en cours",
        CodeTests => "Tests",
        CodeOutput => "Sortie du programme",
        CodeNotRun => "Pas encore exécuté : F5 lance le programme et ses tests.",
        CodeStale => "Le programme a changé depuis la dernière exécution (F5).",
        SketchNotRun => "F5 exécute l'esquisse et l'anime ici.",
        CodeTask => "L'énoncé",
        CodeEditingHint => "Échap pour sortir de l'éditeur · F5 exécuter",
        CodeViewHint => "Entrée pour écrire · F5 exécuter · s programme/esquisse",
        CodeCancelHint => "F6 ou c pour annuler",
        SketchFrame => "image",

        // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --

        // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --

        // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --

        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --

        // -- review: examiners' review, grading, gradebook, demo (issue 9); keep this kind's entries under this line --
        Summary => "Synthèse",
        Status => "Statut",
        Created => "Créé le",
        Updated => "Mis à jour le",
        AppVersion => "Version d'atelier",
        Exercise => "Exercice",
        Title => "Titre",
        FindingCount => "Points à traiter",
        Strategy => "Stratégie",
        Wording => "Énoncé",
        Criterion => "Critère",
        Competence => "Compétence",
        Scale => "Barème",
        NoAnswer => "Pas de réponse.",
    }
}

fn en(text: Text) -> &'static str {
    use Text::*;
    match text {
        AppName => "atelier",
        Candidate => "Candidate",
        Case => "Case",
        Bloc => "Bloc",
        OutsideBlocs => "Additional assessments",
        Exercises => "Exercises",
        Details => "Details",
        Findings => "To do",
        NoFindings => "Nothing to report: the exercise is complete.",
        Brief => "Brief",
        Notes => "Notes",
        Strategies => "Strategies",
        Priorities => "Priorities",
        Kpis => "Indicators (KPIs)",
        Evidence => "Evidence / source",
        Saved => "saved",
        Unsaved => "modified",
        Help => "help",
        HelpTitle => "Keys of this screen",
        HelpClose => "? or Esc to close",
        TooSmall => "Terminal too small: enlarge it to at least 40 × 12.",
        StatusNotStarted => "not started",
        StatusInProgress => "in progress",
        StatusComplete => "complete",
        KeyQuit => "quit (saves)",
        KeyHelp => "help",
        KeyUp => "up",
        KeyDown => "down",
        KeyOpen => "open",
        KeyBack => "back to home",
        KeyLanguage => "switch language",
        KeyNextPanel => "next panel",
        KeyPrevPanel => "previous panel",
        KeyNextZone => "next zone",
        KeyPrevZone => "previous zone",
        KeyAdd => "add",
        KeyEdit => "edit",
        KeyEvidence => "evidence / source",
        KeyDelete => "delete",
        KeyMoveUp => "move item up",
        KeyMoveDown => "move item down",
        KeyMoveToPrevZone => "move to previous zone",
        KeyMoveToNextZone => "move to next zone",
        KeyLink => "link items",
        KeyUndo => "undo",
        KeyRedo => "redo",
        KeyToggleBrief => "show/hide the brief",
        KeyScrollBrief => "scroll the brief",
        KeyConfirm => "confirm",
        KeyCancel => "cancel the edit",
        KeyToggle => "tick/untick",
        KeyNextField => "next field",
        EditItem => "Item",
        EditEvidence => "Evidence or source of the item",
        EditStrategy => "Strategy",
        EditPriority => "Priority",
        EditKpiName => "Indicator name",
        EditKpiTarget => "Target (a number)",
        EditKpiUnit => "Unit (%, €, days…)",
        EditNotes => "Notes (Esc to finish)",
        PickStrategyKind => "Kind of strategy",
        LinkItemsTitle => "Items combined (Space to tick, Enter to finish)",
        NothingToUndo => "Nothing to undo.",
        NothingToRedo => "Nothing to redo.",
        Undone => "Undone.",
        Redone => "Redone.",
        Deleted => "Deleted (u to undo).",
        EmptyZone => "(empty: a to add)",
        NoStrategies => "No strategy yet: a to add one.",
        NoPriorities => "No priority yet: a to add one.",
        NoKpis => "No indicator yet: a to add one.",
        NotesEmpty => "(no notes: Enter to write)",
        NotesEditingHint => "Editing: Esc to finish",
        NotesViewHint => "Enter to write",
        WorkbenchLater => {
            "This exercise's workbench comes in a later version; your notes are saved and rendered."
        }
        Words => "words",
        Kind => "Kind",
        Competences => "Competences",
        Rubric => "Rubric",
        Organisation => "Organisation",
        EnterToOpen => "Enter to open the exercise",
        SelectItemFirst => "Select an item first.",
        AddItemsFirst => "Add items to the zones first.",
        Target => "Target",
        Unit => "Unit",
        Name => "Name",
        References => "Combines",
        Language => "Language: English",

        // -- code: A1 Python runner and sketch (issue 3); keep this kind's entries under this line --
        KeyRunCode => "run",
        KeyCancelRun => "cancel the run",
        KeyEditCode => "edit the code",
        KeyStopEditing => "leave the editor",
        KeySwitchCodeFile => "program / sketch",
        CodeReloaded => "The file changed on disk: the new version is loaded.",
        SketchRan => "Sketch run.",
        CodeRunning => "Running",
        CodeTests => "Tests",
        CodeOutput => "Program output",
        CodeNotRun => "Not run yet: F5 runs the program and its tests.",
        CodeStale => "The program changed since the last run (F5).",
        SketchNotRun => "F5 runs the sketch and animates it here.",
        CodeTask => "The task",
        CodeEditingHint => "Esc leaves the editor · F5 run",
        CodeViewHint => "Enter to write · F5 run · s program/sketch",
        CodeCancelHint => "F6 or c to cancel",
        SketchFrame => "frame",

        // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --

        // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --

        // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --

        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --

        // -- review: examiners' review, grading, gradebook, demo (issue 9); keep this kind's entries under this line --
        Summary => "Summary",
        Status => "Status",
        Created => "Created",
        Updated => "Updated",
        AppVersion => "atelier version",
        Exercise => "Exercise",
        Title => "Title",
        FindingCount => "Findings",
        Strategy => "Strategy",
        Wording => "Wording",
        Criterion => "Criterion",
        Competence => "Competence",
        Scale => "Scale",
        NoAnswer => "No answer.",
    }
}

pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::NotStarted => Text::StatusNotStarted.get(lang),
        Status::InProgress => Text::StatusInProgress.get(lang),
        Status::Complete => Text::StatusComplete.get(lang),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

pub fn finding_message(lang: Lang, finding: &Finding) -> String {
    use Finding::*;
    match (lang, finding) {
        (Lang::En, TooFewItems { zone, count, min }) => format!(
            "{zone} has {}, the case asks for at least {min}",
            plural(*count, "item", "items")
        ),
        (Lang::Fr, TooFewItems { zone, count, min }) => format!(
            "{zone} : {}, le cas en demande au moins {min}",
            plural(*count, "élément", "éléments")
        ),
        (Lang::En, MissingEvidence { zone, item }) => {
            format!("{zone}: \"{item}\" has no evidence or source")
        }
        (Lang::Fr, MissingEvidence { zone, item }) => {
            format!("{zone} : « {item} » n'a ni preuve ni source")
        }
        (Lang::En, EmptyItem { zone }) => format!("{zone} has an empty item"),
        (Lang::Fr, EmptyItem { zone }) => format!("{zone} contient un élément vide"),
        (Lang::En, TooFewStrategies { kind, count, min }) => format!(
            "{kind}: {}, the case asks for at least {min}",
            plural(*count, "strategy", "strategies")
        ),
        (Lang::Fr, TooFewStrategies { kind, count, min }) => format!(
            "{kind} : {}, le cas en demande au moins {min}",
            plural(*count, "stratégie", "stratégies")
        ),
        (Lang::En, StrategyWithoutText { label }) => format!("strategy {label} has no text"),
        (Lang::Fr, StrategyWithoutText { label }) => format!("la stratégie {label} n'a pas de texte"),
        (Lang::En, StrategyMissingZone { label, zone }) => {
            format!("strategy {label} references no item of {zone}")
        }
        (Lang::Fr, StrategyMissingZone { label, zone }) => {
            format!("la stratégie {label} ne cite aucun élément de {zone}")
        }
        (Lang::En, TooFewPriorities { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(*count, "priority", "priorities")
        ),
        (Lang::Fr, TooFewPriorities { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(*count, "priorité", "priorités")
        ),
        (Lang::En, TooFewKpis { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(*count, "KPI", "KPIs")
        ),
        (Lang::Fr, TooFewKpis { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(*count, "indicateur", "indicateurs")
        ),
        (Lang::En, KpiWithoutTarget { name }) => format!("KPI \"{name}\" has no numeric target"),
        (Lang::Fr, KpiWithoutTarget { name }) => {
            format!("l'indicateur « {name} » n'a pas de cible chiffrée")
        }
        (Lang::En, KpiWithoutUnit { name }) => format!("KPI \"{name}\" has no unit"),
        (Lang::Fr, KpiWithoutUnit { name }) => format!("l'indicateur « {name} » n'a pas d'unité"),
        (Lang::En, NotesTooShort { words, min }) => {
            format!("the notes have {words} words, the case asks for at least {min}")
        }
        (Lang::Fr, NotesTooShort { words, min }) => {
            format!("les notes font {words} mots, le cas en demande au moins {min}")
        }
        (Lang::En, NotesTooLong { words, max }) => {
            format!("the notes have {words} words, the case allows at most {max}")
        }
        (Lang::Fr, NotesTooLong { words, max }) => {
            format!("les notes font {words} mots, le cas en autorise au plus {max}")
        }
        // -- code: A1 Python runner and sketch (issue 3) --
        (Lang::En, ProgramMissing) => "program.py is missing or empty".into(),
        (Lang::Fr, ProgramMissing) => "program.py est absent ou vide".into(),
        (Lang::En, ProgramNotRun) => {
            "the tests have not been run on the program as it is now (F5)".into()
        }
        (Lang::Fr, ProgramNotRun) => {
            "les tests n'ont pas été lancés sur le programme tel qu'il est (F5)".into()
        }
        (Lang::En, ProgramSyntaxError { line, message }) => {
            format!("syntax error at line {line}: {message}")
        }
        (Lang::Fr, ProgramSyntaxError { line, message }) => {
            format!("erreur de syntaxe ligne {line} : {message}")
        }
        (Lang::En, ProgramRunFailed { status }) => {
            format!("the last run ended with {}", status.as_str())
        }
        (Lang::Fr, ProgramRunFailed { status }) => {
            format!("la dernière exécution s'est terminée par {}", status.as_str())
        }
        (Lang::En, TestsFailing { passed, total }) => format!("{passed} of {total} tests pass"),
        (Lang::Fr, TestsFailing { passed, total }) => {
            format!("{passed} test(s) sur {total} passent")
        }
        (Lang::En, MissingHeaderComment) => {
            "the program has no header comment or module docstring".into()
        }
        (Lang::Fr, MissingHeaderComment) => {
            "le programme n'a ni commentaire d'en-tête ni docstring de module".into()
        }
        (Lang::En, MissingDocstring { name, line }) => {
            format!("{name} (line {line}) has no docstring")
        }
        (Lang::Fr, MissingDocstring { name, line }) => {
            format!("{name} (ligne {line}) n'a pas de docstring")
        }
        (Lang::En, ShadowedBuiltin { name, line }) => {
            format!("the name {name} (line {line}) hides a Python builtin")
        }
        (Lang::Fr, ShadowedBuiltin { name, line }) => {
            format!("le nom {name} (ligne {line}) masque une fonction native de Python")
        }
        (Lang::En, SketchMissing) => "sketch.py is missing or empty".into(),
        (Lang::Fr, SketchMissing) => "sketch.py est absent ou vide".into(),
        (Lang::En, WorkbenchNotAvailable { kind }) => format!(
            "the {} workbench is not in this version of atelier: only the notes are kept",
            kind.as_str()
        ),
        (Lang::Fr, WorkbenchNotAvailable { kind }) => format!(
            "l'établi « {} » n'est pas dans cette version d'atelier : seules les notes sont gardées",
            kind.as_str()
        ),
    }
}
