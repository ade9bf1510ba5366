//! Every string a person reads, in French and English, in one place. `Text` keys are matched
//! exhaustively per language, so neither language can miss a string.

use crate::workbench::check::Status;

// -- sheet: A7 GDPR audit sheet (issue 6) --
/// Sentences about a Python run (A1), built from its data.
pub use crate::workbench::code::text as python;
pub mod cli_help;
pub mod errors;
pub(crate) mod findings;
pub mod messages;
pub mod numbers;
pub mod plural;
mod printable;
pub use printable::{printable, printable_lines};
pub mod review;
pub mod shell;

pub use crate::workbench::gdpr::text::{
    register_imported, sheet_label, unknown_country_codes, SheetLabel, SheetText,
};
pub use crate::workbench::grid::text::expected_message;
pub use crate::workbench::sociogram::text::{graph_finding_message, relation_type_name};
pub use findings::{finding_message, slide_limit_message};

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
    KeyGroup,
    EditGroup,
    Group,
    GroupWork,
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
    EditRecommendation,
    EditPriority,
    EditKpiName,
    EditKpiTarget,
    EditKpiUnit,
    EditNotes,
    PickStrategyKind,
    PickRecommendationKind,
    LinkItemsTitle,
    NothingToUndo,
    NothingToRedo,
    Undone,
    Redone,
    Deleted,
    EmptyZone,
    NoStrategies,
    NoRecommendations,
    NoPriorities,
    NoKpis,
    NotesEmpty,
    NotesEditingHint,
    NotesViewHint,
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
    /// The shell's own strings since issue 15 (`i18n/shell.rs`).
    Shell(crate::i18n::shell::ShellText),
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
        KeyGroup => "membres du groupe",
        EditGroup => "Membres du groupe (séparés par ;)",
        Group => "Groupe",
        GroupWork => "Travail de groupe",
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
        EditRecommendation => "Recommandation",
        EditPriority => "Priorité",
        EditKpiName => "Nom de l'indicateur",
        EditKpiTarget => "Cible (nombre)",
        EditKpiUnit => "Unité (%, €, jours…)",
        EditNotes => "Notes (Échap pour terminer)",
        PickStrategyKind => "Type de stratégie",
        PickRecommendationKind => "Type de recommandation",
        LinkItemsTitle => "Éléments combinés (Espace pour cocher, Entrée pour finir)",
        NothingToUndo => "Rien à annuler.",
        NothingToRedo => "Rien à rétablir.",
        Undone => "Annulé.",
        Redone => "Rétabli.",
        Deleted => "Supprimé (u pour annuler).",
        EmptyZone => "(vide : a pour ajouter)",
        NoStrategies => "Aucune stratégie : a pour en ajouter une.",
        NoRecommendations => "Aucune recommandation : a pour en ajouter une.",
        NoPriorities => "Aucune priorité : a pour en ajouter une.",
        NoKpis => "Aucun indicateur : a pour en ajouter un.",
        NotesEmpty => "(aucune note : Entrée pour écrire)",
        NotesEditingHint => "Saisie en cours : Échap pour terminer",
        NotesViewHint => "Entrée pour écrire",
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
        Shell(text) => text.get(Lang::Fr),
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
        KeyGroup => "group members",
        EditGroup => "Group members (separated by ;)",
        Group => "Group",
        GroupWork => "Group work",
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
        EditRecommendation => "Recommendation",
        EditPriority => "Priority",
        EditKpiName => "Indicator name",
        EditKpiTarget => "Target (a number)",
        EditKpiUnit => "Unit (%, €, days…)",
        EditNotes => "Notes (Esc to finish)",
        PickStrategyKind => "Kind of strategy",
        PickRecommendationKind => "Kind of recommendation",
        LinkItemsTitle => "Items combined (Space to tick, Enter to finish)",
        NothingToUndo => "Nothing to undo.",
        NothingToRedo => "Nothing to redo.",
        Undone => "Undone.",
        Redone => "Redone.",
        Deleted => "Deleted (u to undo).",
        EmptyZone => "(empty: a to add)",
        NoStrategies => "No strategy yet: a to add one.",
        NoRecommendations => "No recommendation yet: a to add one.",
        NoPriorities => "No priority yet: a to add one.",
        NoKpis => "No indicator yet: a to add one.",
        NotesEmpty => "(no notes: Enter to write)",
        NotesEditingHint => "Editing: Esc to finish",
        NotesViewHint => "Enter to write",
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
        Shell(text) => text.get(Lang::En),
    }
}

pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::NotStarted => Text::StatusNotStarted.get(lang),
        Status::InProgress => Text::StatusInProgress.get(lang),
        Status::Complete => Text::StatusComplete.get(lang),
    }
}

// -- graph: A6 sociogram and SIC grid (issue 5) --

// -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --

// -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
