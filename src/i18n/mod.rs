//! Every string a person reads, in French and English, in one place. `Text` keys are matched
//! exhaustively per language, so neither language can miss a string.

use crate::workbench::check::{Finding, Status};
use crate::workbench::sociogram::text::SociogramText;

// -- sheet: A7 GDPR audit sheet (issue 6) --
/// Sentences about a Python run (A1), built from its data.
pub use crate::workbench::code::text as python;
pub mod review;
pub use crate::workbench::gdpr::text::{
    register_imported, sheet_label, unknown_country_codes, SheetLabel, SheetText,
};

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

    /// The language's code, for `lang` attributes of HTML outputs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The colon between a label and its value, by each language's typography.
    pub fn colon(self) -> &'static str {
        match self {
            Lang::Fr => " : ",
            Lang::En => ": ",
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
    /// The sheet's headings, hints and the labels of its coded values (`i18n/sheet.rs`).
    Sheet(SheetText),
    // Each kind's strings, in its own `text.rs`.
    Code(crate::workbench::code::text::CodeText),
    Mindmap(crate::workbench::mindmap::text::MindmapText),
    Worldmap(crate::workbench::worldmap::text::WorldmapText),
    Sociogram(crate::workbench::sociogram::text::SociogramText),
    Gdpr(crate::workbench::gdpr::text::GdprText),
    Grid(crate::workbench::grid::text::GridText),
    NoteDeck(crate::workbench::notes::text::NotesText),
    Review(crate::i18n::review::ReviewText),
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
        Sheet(text) => crate::workbench::gdpr::text::fr(text),
        Code(text) => text.get(Lang::Fr),
        Mindmap(text) => text.get(Lang::Fr),
        Worldmap(text) => text.get(Lang::Fr),
        Sociogram(text) => text.get(Lang::Fr),
        Gdpr(text) => text.get(Lang::Fr),
        Grid(text) => text.get(Lang::Fr),
        NoteDeck(text) => text.get(Lang::Fr),
        Review(text) => text.get(Lang::Fr),
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
        Sheet(text) => crate::workbench::gdpr::text::en(text),
        Code(text) => text.get(Lang::En),
        Mindmap(text) => text.get(Lang::En),
        Worldmap(text) => text.get(Lang::En),
        Sociogram(text) => text.get(Lang::En),
        Gdpr(text) => text.get(Lang::En),
        Grid(text) => text.get(Lang::En),
        NoteDeck(text) => text.get(Lang::En),
        Review(text) => text.get(Lang::En),
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
        // -- tree: A5 mind map (issue 4) --
        (Lang::En, TooFewSectors { count, min }) => format!(
            "the map has {}, the case asks for at least {min}",
            plural(*count, "sector (first-level branch)", "sectors (first-level branches)")
        ),
        (Lang::Fr, TooFewSectors { count, min }) => format!(
            "la carte a {}, le cas en demande au moins {min}",
            plural(*count, "secteur (branche de premier niveau)", "secteurs (branches de premier niveau)")
        ),
        (Lang::En, MapTooShallow { depth, min }) => format!(
            "the map goes {} below the root, the case asks for at least {min}",
            plural(*depth, "level", "levels")
        ),
        (Lang::Fr, MapTooShallow { depth, min }) => format!(
            "la carte descend de {} sous la racine, le cas en demande au moins {min}",
            plural(*depth, "niveau", "niveaux")
        ),
        (Lang::En, EmptyNodes { count }) => format!("{} without text", plural(*count, "node", "nodes")),
        (Lang::Fr, EmptyNodes { count }) => format!("{} sans texte", plural(*count, "nœud", "nœuds")),
        (Lang::En, LeavesWithoutSource { count, examples }) => format!(
            "{} without a source ({})",
            plural(*count, "trend", "trends"),
            quoted(examples, *count, "“", "”")
        ),
        (Lang::Fr, LeavesWithoutSource { count, examples }) => format!(
            "{} sans source ({})",
            plural(*count, "tendance", "tendances"),
            quoted(examples, *count, "« ", " »")
        ),
        (Lang::En, OutdatedSource { node, source, year, oldest }) => format!(
            "\"{node}\": the source \"{source}\" dates from {year}, the case asks for {oldest} or later"
        ),
        (Lang::Fr, OutdatedSource { node, source, year, oldest }) => format!(
            "« {node} » : la source « {source} » date de {year}, le cas demande {oldest} ou après"
        ),
        (Lang::En, SourceWithoutYear { node, source }) => {
            format!("\"{node}\": the source \"{source}\" has no year")
        }
        (Lang::Fr, SourceWithoutYear { node, source }) => {
            format!("« {node} » : la source « {source} » n'a pas d'année")
        }
        (Lang::En, SourceWithoutLink { node, source }) => {
            format!("\"{node}\": the source \"{source}\" has no link")
        }
        (Lang::Fr, SourceWithoutLink { node, source }) => {
            format!("« {node} » : la source « {source} » n'a pas de lien")
        }
        (Lang::En, DuplicateNode { text, count }) => {
            format!("\"{text}\" appears {count} times: merge or tell them apart")
        }
        (Lang::Fr, DuplicateNode { text, count }) => {
            format!("« {text} » apparaît {count} fois : fusionnez ou distinguez")
        }
        // -- map: A3 world map (issue 4) --
        (Lang::En, MapWithoutTitle) => "the map has no title (its problématique)".to_string(),
        (Lang::Fr, MapWithoutTitle) => "la carte n'a pas de titre (sa problématique)".to_string(),
        (Lang::En, TooFewActors { count, min }) => format!(
            "the map places {}, the case asks for at least {min}",
            plural(*count, "actor", "actors")
        ),
        (Lang::Fr, TooFewActors { count, min }) => format!(
            "la carte place {}, le cas en demande au moins {min}",
            plural(*count, "acteur", "acteurs")
        ),
        (Lang::En, ActorWithoutCategory { actor }) => {
            format!("\"{actor}\" has no category of the legend")
        }
        (Lang::Fr, ActorWithoutCategory { actor }) => {
            format!("« {actor} » n'a pas de catégorie de la légende")
        }
        (Lang::En, CategoryNotInLegend { actor }) => {
            format!("the category of \"{actor}\" is not (or not named) in the legend")
        }
        (Lang::Fr, CategoryNotInLegend { actor }) => {
            format!("la catégorie de « {actor} » n'est pas (ou mal) nommée dans la légende")
        }
        (Lang::En, NoRecommendations) => "no recommendation yet".to_string(),
        (Lang::Fr, NoRecommendations) => "aucune recommandation pour l'instant".to_string(),
        (Lang::En, RecommendationWithoutActor { rank }) => {
            format!("recommendation {rank} references no actor of the map")
        }
        (Lang::Fr, RecommendationWithoutActor { rank }) => {
            format!("la recommandation {rank} ne cite aucun acteur de la carte")
        }
        // -- sheet: A7 GDPR audit sheet (issue 6) --
        (Lang::En, TooFewProcessings { count, min }) => format!(
            "the register has {}, the case asks for at least {min}",
            plural(*count, "processing", "processings")
        ),
        (Lang::Fr, TooFewProcessings { count, min }) => format!(
            "le registre compte {}, le cas en demande au moins {min}",
            plural(*count, "traitement", "traitements")
        ),
        (Lang::En, ProcessingWithoutId { row }) => format!("processing {row} has no id"),
        (Lang::Fr, ProcessingWithoutId { row }) => format!("le traitement n° {row} n'a pas d'identifiant"),
        (Lang::En, DuplicateProcessingId { id }) => format!("two processings have the id {id}"),
        (Lang::Fr, DuplicateProcessingId { id }) => format!("deux traitements ont l'identifiant {id}"),
        (lang, GdprRule { rule, processing }) => match lang {
            Lang::En => format!(
                "{processing}: {} (accept or dismiss {})",
                rule.label(lang),
                crate::workbench::gdpr::audit::proposal_id(processing, *rule)
            ),
            Lang::Fr => format!(
                "{processing} : {} (à retenir ou écarter : {})",
                rule.label(lang),
                crate::workbench::gdpr::audit::proposal_id(processing, *rule)
            ),
        },
        (Lang::En, DismissedWithoutReason { id }) => format!("{id} is dismissed without a reason"),
        (Lang::Fr, DismissedWithoutReason { id }) => format!("{id} est écarté sans motif"),
        (Lang::En, RisksNotAssessed { processing }) => format!(
            "{processing}: the three risks need a severity and a likelihood"
        ),
        (Lang::Fr, RisksNotAssessed { processing }) => format!(
            "{processing} : les trois risques demandent une gravité et une vraisemblance"
        ),
        (Lang::En, ChecklistIncomplete { answered, total }) => {
            format!("security checklist: {answered} of {total} items answered")
        }
        (Lang::Fr, ChecklistIncomplete { answered, total }) => {
            format!("liste de contrôle sécurité : {answered} points renseignés sur {total}")
        }
        (Lang::En, FindingUnknownProcessing { id, processing }) => {
            format!("finding {id} concerns {processing}, which is not in the register")
        }
        (Lang::Fr, FindingUnknownProcessing { id, processing }) => {
            format!("le constat {id} porte sur {processing}, absent du registre")
        }
        (Lang::En, FindingWithoutArgument { id }) => format!("finding {id} has no argument"),
        (Lang::Fr, FindingWithoutArgument { id }) => format!("le constat {id} n'est pas argumenté"),
        (Lang::En, FindingWithoutSeverity { id }) => format!("finding {id} has no severity"),
        (Lang::Fr, FindingWithoutSeverity { id }) => format!("le constat {id} n'a pas de gravité"),
        (Lang::En, FindingWithoutRecommendation { id }) => {
            format!("finding {id} has no recommendation")
        }
        (Lang::Fr, FindingWithoutRecommendation { id }) => {
            format!("le constat {id} n'a pas de préconisation")
        }
        (Lang::En, RecommendationIncomplete { id }) => format!(
            "finding {id}: every recommendation needs a text, an owner, a priority and a deadline"
        ),
        (Lang::Fr, RecommendationIncomplete { id }) => format!(
            "constat {id} : chaque préconisation demande un texte, un responsable, une priorité et une échéance"
        ),
        (Lang::En, OpinionMissing) => "the sheet has no closing opinion".to_string(),
        (Lang::Fr, OpinionMissing) => "la fiche n'a pas d'avis de synthèse".to_string(),
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
        (Lang::En, SectionEmpty { section }) => format!("the section \"{section}\" is empty"),
        (Lang::Fr, SectionEmpty { section }) => format!("la section « {section} » est vide"),
        (Lang::En, CitationUnknown { key }) => {
            format!("the citation [@{key}] matches no reference of the list")
        }
        (Lang::Fr, CitationUnknown { key }) => {
            format!("la citation [@{key}] ne renvoie à aucune référence de la liste")
        }
        (Lang::En, ReferenceUnused { key }) => {
            format!("the reference {key} is never cited in the text (cite it as [@{key}])")
        }
        (Lang::Fr, ReferenceUnused { key }) => {
            format!("la référence {key} n'est jamais citée dans le texte (citez-la avec [@{key}])")
        }
        (Lang::En, ReferenceIncomplete { key }) => {
            format!("the reference {key} lacks its author, title or year")
        }
        (Lang::Fr, ReferenceIncomplete { key }) => {
            format!("il manque l'auteur, le titre ou l'année de la référence {key}")
        }
        (Lang::En, TooFewReferences { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(*count, "reference", "references")
        ),
        (Lang::Fr, TooFewReferences { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(*count, "référence", "références")
        ),
        (Lang::En, TooFewPicks { count, min }) => format!(
            "{} picked, the case asks for at least {min}",
            plural(*count, "scheme", "schemes")
        ),
        (Lang::Fr, TooFewPicks { count, min }) => format!(
            "{} {}, le cas en demande au moins {min}",
            plural(*count, "dispositif", "dispositifs"),
            if *count > 1 { "retenus" } else { "retenu" }
        ),
        (Lang::En, PickWithoutArgument { scheme }) => {
            format!("the pick \"{scheme}\" has no argument")
        }
        (Lang::Fr, PickWithoutArgument { scheme }) => {
            format!("le choix « {scheme} » n'est pas argumenté")
        }
        (Lang::En, PickWithoutCounterparts { scheme }) => {
            format!("the counterparts of \"{scheme}\" are not discussed")
        }
        (Lang::Fr, PickWithoutCounterparts { scheme }) => {
            format!("les contreparties de « {scheme} » ne sont pas discutées")
        }
        (Lang::En, UnknownScheme { scheme }) => {
            format!("the pick {scheme} is not in the case's table of schemes")
        }
        (Lang::Fr, UnknownScheme { scheme }) => {
            format!("le dispositif {scheme} n'est pas dans le tableau du cas")
        }
        (Lang::En, AttachmentUnavailable { exercise }) => {
            format!("the attached exercise {exercise} has no answer to export")
        }
        (Lang::Fr, AttachmentUnavailable { exercise }) => {
            format!("l'exercice joint {exercise} n'a pas de réponse à exporter")
        }
        (Lang::En, NoSlides) => "the deck has no slides".to_string(),
        (Lang::Fr, NoSlides) => "la présentation n'a aucune diapositive".to_string(),
        (Lang::En, TooManySlides { count, max }) => {
            format!("the deck has {count} slides, the case allows at most {max}")
        }
        (Lang::Fr, TooManySlides { count, max }) => {
            format!("la présentation compte {count} diapositives, le cas en autorise au plus {max}")
        }
        (Lang::En, SlideWithoutTitle { slide }) => format!("slide {slide} has no title"),
        (Lang::Fr, SlideWithoutTitle { slide }) => format!("la diapositive {slide} n'a pas de titre"),
        (Lang::En, SlideWithoutPoints { slide }) => format!("slide {slide} has no points"),
        (Lang::Fr, SlideWithoutPoints { slide }) => {
            format!("la diapositive {slide} n'a aucun point")
        }
        (Lang::En, SlideWithoutNotes { slide }) => format!("slide {slide} has no speaker notes"),
        (Lang::Fr, SlideWithoutNotes { slide }) => {
            format!("la diapositive {slide} n'a pas de notes d'orateur")
        }
        (Lang::En, PointTooLong { slide, words, max }) => format!(
            "slide {slide} has a point of {words} words, keep points under {max}"
        ),
        (Lang::Fr, PointTooLong { slide, words, max }) => format!(
            "la diapositive {slide} a un point de {words} mots : restez sous {max}"
        ),
        (Lang::En, NotRehearsed) => "the pitch was never rehearsed in presenter mode".to_string(),
        (Lang::Fr, NotRehearsed) => {
            "le pitch n'a jamais été répété en mode présentateur".to_string()
        }
        (Lang::En, TooFewObjections { count, min }) => format!(
            "{} prepared for the jury, the case asks for at least {min}",
            plural(*count, "objection", "objections")
        ),
        (Lang::Fr, TooFewObjections { count, min }) => format!(
            "{} {} pour le jury, le cas en demande au moins {min}",
            plural(*count, "objection", "objections"),
            if *count > 1 { "préparées" } else { "préparée" }
        ),
        (Lang::En, ObjectionWithoutAnswer { objection }) => {
            format!("the objection \"{objection}\" has no answer")
        }
        (Lang::Fr, ObjectionWithoutAnswer { objection }) => {
            format!("l'objection « {objection} » n'a pas de réponse")
        }
        (
            Lang::En,
            RehearsalOverTime {
                seconds,
                max_minutes,
            },
        ) => format!(
            "the last rehearsal took {}, over the {max_minutes}-minute limit",
            crate::workbench::deck::model::clock_text(*seconds as i64)
        ),
        (
            Lang::Fr,
            RehearsalOverTime {
                seconds,
                max_minutes,
            },
        ) => format!(
            "la dernière répétition a duré {}, au-delà des {max_minutes} minutes",
            crate::workbench::deck::model::clock_text(*seconds as i64)
        ),
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        (lang, Graph(finding)) => finding.message(lang),
        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
        (lang, finding) => grid_finding_message(lang, finding),
    }
}

// -- graph: A6 sociogram and SIC grid (issue 5) --

/// The name of a relation type in the interface's language.
pub fn relation_type_name(
    lang: Lang,
    kind: crate::workbench::sociogram::model::RelationType,
) -> &'static str {
    use crate::workbench::sociogram::model::RelationType::*;
    match kind {
        Hierarchy => Text::Sociogram(SociogramText::RelHierarchy).get(lang),
        Cooperation => Text::Sociogram(SociogramText::RelCooperation).get(lang),
        Conflict => Text::Sociogram(SociogramText::RelConflict).get(lang),
        Affinity => Text::Sociogram(SociogramText::RelAffinity).get(lang),
        Influence => Text::Sociogram(SociogramText::RelInfluence).get(lang),
    }
}

pub fn graph_finding_message(
    lang: Lang,
    finding: &crate::workbench::sociogram::GraphFinding,
) -> String {
    use crate::workbench::sociogram::{GraphFinding::*, Position};
    match (lang, finding) {
        (Lang::En, TooFewActors { count, min }) => format!(
            "the sociogram has {}, the case asks for at least {min}",
            plural(*count, "actor", "actors")
        ),
        (Lang::Fr, TooFewActors { count, min }) => format!(
            "le sociogramme compte {}, le cas en demande au moins {min}",
            plural(*count, "acteur", "acteurs")
        ),
        (Lang::En, SociogramNotStarted) => "the sociogram is not started: change it (or tick a step) to take the case's actors and relations, or import a file".to_string(),
        (Lang::Fr, SociogramNotStarted) => "le sociogramme n'est pas commencé : modifiez-le (ou cochez une étape) pour reprendre les acteurs et relations du cas, ou importez un fichier".to_string(),
        (Lang::En, StepOutOfOrder { step, earlier }) => {
            format!("step {step} was marked done before step {earlier}")
        }
        (Lang::Fr, StepOutOfOrder { step, earlier }) => {
            format!("l'étape {step} a été faite avant l'étape {earlier}")
        }
        (Lang::En, StepsIncomplete { done, total }) => {
            format!("{done} of the {total} diagnosis steps are done")
        }
        (Lang::Fr, StepsIncomplete { done, total }) => {
            format!("{done} des {total} étapes du diagnostic sont faites")
        }
        (Lang::En, TooFewRecommendations { count, min }) => format!(
            "{}, the case asks for at least {min}",
            plural(*count, "recommendation", "recommendations")
        ),
        (Lang::Fr, TooFewRecommendations { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(*count, "préconisation", "préconisations")
        ),
        (lang, PositionNotDiscussed { actor, position }) => {
            let what = match position {
                Position::Unchosen => Text::Sociogram(SociogramText::Unchosen).get(lang),
                Position::Isolate => Text::Sociogram(SociogramText::IsolateNx).get(lang),
                Position::Broker => Text::Sociogram(SociogramText::Broker).get(lang),
            };
            match lang {
                Lang::En => {
                    format!("{actor} is {what} in the sociogram, but no observation names them")
                }
                Lang::Fr => format!(
                    "{actor} est {what} dans le sociogramme, mais aucune observation ne le cite"
                ),
            }
        }
    }
}

// -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
/// Said in the status line when a slide beyond the case's limit is added.
pub fn slide_limit_message(lang: Lang, count: usize, max: u32) -> String {
    match lang {
        Lang::Fr => format!(
            "{count} diapositives : le cas en autorise {max} au plus. Regroupez ou supprimez-en une (d)."
        ),
        Lang::En => {
            format!("{count} slides: the case allows at most {max}. Merge or delete one (d).")
        }
    }
}

/// Quoted examples, with an ellipsis when there are more than shown.
fn quoted(examples: &[String], count: usize, open: &str, close: &str) -> String {
    let mut out = examples
        .iter()
        .map(|e| format!("{open}{e}{close}"))
        .collect::<Vec<_>>()
        .join(", ");
    if count > examples.len() {
        out.push_str(", …");
    }
    out
}

// -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --

fn rows_list(rows: &[usize]) -> String {
    let shown: Vec<String> = rows.iter().take(8).map(usize::to_string).collect();
    let more = if rows.len() > 8 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

fn expected_text(lang: Lang, expected: crate::workbench::grid::model::Expected) -> &'static str {
    use crate::workbench::grid::model::Expected::*;
    match (lang, expected) {
        (Lang::Fr, Number) => "un nombre",
        (Lang::En, Number) => "a number",
        (Lang::Fr, Level) => "un niveau de 1 à 5",
        (Lang::En, Level) => "a level from 1 to 5",
        (Lang::Fr, Option) => "une des valeurs proposées",
        (Lang::En, Option) => "one of the offered values",
        (Lang::Fr, Date) => "une date AAAA-MM-JJ",
        (Lang::En, Date) => "a date YYYY-MM-DD",
        (Lang::Fr, Quarter) => "un trimestre comme 2026-T3",
        (Lang::En, Quarter) => "a quarter such as 2026-T3",
        (Lang::Fr, Colour) => "une couleur #RRGGBB",
        (Lang::En, Colour) => "a colour #RRGGBB",
    }
}

pub fn expected_message(lang: Lang, expected: crate::workbench::grid::model::Expected) -> String {
    match lang {
        Lang::Fr => format!("attendu : {}", expected_text(lang, expected)),
        Lang::En => format!("expected {}", expected_text(lang, expected)),
    }
}

fn grid_finding_message(lang: Lang, finding: &Finding) -> String {
    use Finding::*;
    let number = crate::workbench::grid::model::format_number;
    match (lang, finding) {
        (Lang::En, GridTooFewRows { grid, count, min }) => format!(
            "{grid} has {}, the case asks for at least {min}",
            plural(*count, "filled row", "filled rows")
        ),
        (Lang::Fr, GridTooFewRows { grid, count, min }) => format!(
            "{grid} : {}, le cas en demande au moins {min}",
            plural(*count, "ligne remplie", "lignes remplies")
        ),
        (Lang::En, GridCellsMissing { grid, column, rows }) => format!(
            "{grid}: \"{column}\" is empty in {} {}",
            if rows.len() == 1 { "row" } else { "rows" },
            rows_list(rows)
        ),
        (Lang::Fr, GridCellsMissing { grid, column, rows }) => format!(
            "{grid} : « {column} » est vide {} {}",
            if rows.len() == 1 {
                "à la ligne"
            } else {
                "aux lignes"
            },
            rows_list(rows)
        ),
        (
            Lang::En,
            GridCellInvalid {
                grid,
                row,
                column,
                value,
                expected,
            },
        ) => format!(
            "{grid}, row {row}: \"{value}\" in \"{column}\" is not {}",
            expected_text(lang, *expected)
        ),
        (
            Lang::Fr,
            GridCellInvalid {
                grid,
                row,
                column,
                value,
                expected,
            },
        ) => format!(
            "{grid}, ligne {row} : « {value} » dans « {column} » n'est pas {}",
            expected_text(lang, *expected)
        ),
        (
            Lang::En,
            GridTooFewDistinct {
                grid,
                column,
                count,
                min,
            },
        ) => format!(
            "{grid}: {count} different values of \"{column}\", the case asks for at least {min}"
        ),
        (
            Lang::Fr,
            GridTooFewDistinct {
                grid,
                column,
                count,
                min,
            },
        ) => format!(
            "{grid} : {count} valeurs différentes de « {column} », le cas en demande au moins {min}"
        ),
        (
            Lang::En,
            GridTooFewMatching {
                grid,
                column,
                value,
                count,
                min,
            },
        ) => format!(
            "{grid}: {} with \"{column}\" = {value}, the case asks for at least {min}",
            plural(*count, "row", "rows")
        ),
        (
            Lang::Fr,
            GridTooFewMatching {
                grid,
                column,
                value,
                count,
                min,
            },
        ) => format!(
            "{grid} : {} avec « {column} » = {value}, le cas en demande au moins {min}",
            plural(*count, "ligne", "lignes")
        ),
        (
            Lang::En,
            GridTooFewPerOption {
                grid,
                option,
                count,
                min,
            },
        ) => format!(
            "{grid}: {option} has {}, the case asks for at least {min}",
            plural(*count, "row", "rows")
        ),
        (
            Lang::Fr,
            GridTooFewPerOption {
                grid,
                option,
                count,
                min,
            },
        ) => format!(
            "{grid} : {option} a {}, le cas en demande au moins {min}",
            plural(*count, "ligne", "lignes")
        ),
        (Lang::En, GridGapWithoutAction { grid, row, value }) => format!(
            "a gap of {} for {row} has no action in {grid}",
            number(*value)
        ),
        (Lang::Fr, GridGapWithoutAction { grid, row, value }) => format!(
            "un écart de {} pour {row} n'a aucune action dans {grid}",
            number(*value)
        ),
        (Lang::En, TooFewPosts { count, min }) => format!(
            "the corpus has {}, the analysis needs at least {min}",
            plural(*count, "post", "posts")
        ),
        (Lang::Fr, TooFewPosts { count, min }) => format!(
            "le corpus compte {}, l'analyse en demande au moins {min}",
            plural(*count, "publication", "publications")
        ),
        (Lang::En, GridTotalTooHigh { grid, column, total, max }) => format!(
            "{grid}: the total of \"{column}\" is {}, the case allows at most {}",
            number(*total),
            number(*max)
        ),
        (Lang::Fr, GridTotalTooHigh { grid, column, total, max }) => format!(
            "{grid} : le total de « {column} » est de {}, le cas autorise au plus {}",
            number(*total),
            number(*max)
        ),
        (Lang::En, GridRowNotTiedToListening { grid, row, column }) => format!(
            "{grid}, row {row}: \"{column}\" cites nothing the social listening found (a complaint theme or a frequent term)"
        ),
        (Lang::Fr, GridRowNotTiedToListening { grid, row, column }) => format!(
            "{grid}, ligne {row} : « {column} » ne cite rien de ce que l'écoute sociale a trouvé (thème de plainte ou terme fréquent)"
        ),
        _ => String::new(),
    }
}

/// Messages of the command line and the shell that carry values.
pub mod messages {
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

    pub fn bundle_intact(
        lang: Lang,
        path: &str,
        candidate: &str,
        case: &str,
        files: usize,
    ) -> String {
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
}
