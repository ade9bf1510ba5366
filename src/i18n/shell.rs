//! The shell's strings added by issue 15 (text fields that keep what was typed, saves that
//! fail on quit, the organisation screen, the detail pane, feedback on sorting and moving),
//! in French and English, matched exhaustively so that neither language can miss one.

use crate::i18n::Lang;

/// The shell's fixed strings (keys of `Text::Shell`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShellText {
    /// Esc in a long text: the text stays.
    TextKept,
    /// Esc in a one-line field: the edit is dropped.
    EditCancelled,
    /// Esc in the group's members: kept as typed.
    GroupKept,
    /// The key that keeps a long text.
    KeyKeepText,
    /// The dialog when quitting could not save.
    QuitFailedTitle,
    QuitFailedBody,
    KeyRetrySave,
    KeyQuitAnyway,
    KeyStay,
    /// "Save elsewhere" in the dialog when quitting could not save.
    KeySaveElsewhere,
    SaveElsewhereBody,
    KeySaveHere,
    KeyBackToChoice,
    KeyQuitNow,
    SavedElsewhereTitle,
    // The organisation screen.
    FactsTitle,
    FactsOrganisation,
    FactsFigures,
    FactsDepartments,
    FactsActors,
    FactsCompanies,
    FactsProcessings,
    FactsPlaces,
    FactsNone,
    FactsSearch,
    FactsHint,
    FactsNoMatch,
    Sector,
    Location,
    Founded,
    Employees,
    Revenue,
    Description,
    Source,
    Level,
    KeyFacts,
    KeyNextSection,
    KeyPrevSection,
    KeyScroll,
    KeySearch,
    KeySearchNext,
    KeyCloseFacts,
    KeyEndSearch,
    KeyCancelSearch,
    // The detail popup.
    KeyDetail,
    KeyClose,
    DetailClose,
    NothingSelected,
    PostDate,
    PostSource,
    PostText,
    PostRating,
    Note,
    // What moving and sorting did (or why they could not).
    MovedUp,
    MovedDown,
    AtTop,
    AtBottom,
    Indented,
    CannotIndent,
    Outdented,
    CannotOutdent,
    SortCleared,
}

impl ShellText {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr(),
            Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use ShellText::*;
        match self {
            TextKept => "Texte gardé (u pour annuler la saisie).",
            EditCancelled => "Saisie annulée.",
            GroupKept => "Texte conservé : les membres du groupe sont enregistrés tels que saisis.",
            KeyKeepText => "garder le texte et fermer",
            QuitFailedTitle => "Enregistrement impossible",
            QuitFailedBody => "Vos dernières modifications ne sont pas enregistrées. Libérez de la place ou corrigez le problème, puis réessayez.",
            KeyRetrySave => "réessayer d'enregistrer, puis quitter",
            KeyQuitAnyway => "quitter sans enregistrer (les modifications sont perdues)",
            KeyStay => "rester dans atelier",
            KeySaveElsewhere => "enregistrer ailleurs",
            SaveElsewhereBody => "Enregistrer l'espace de travail dans ce fichier (même format que workspace.json)\u{a0}:",
            KeySaveHere => "enregistrer dans ce fichier",
            KeyBackToChoice => "revenir au choix",
            KeyQuitNow => "quitter",
            SavedElsewhereTitle => "Enregistré ailleurs",
            FactsTitle => "Organisation",
            FactsOrganisation => "Organisation",
            FactsFigures => "Chiffres",
            FactsDepartments => "Services",
            FactsActors => "Acteurs",
            FactsCompanies => "Entreprises comparées",
            FactsProcessings => "Traitements de données",
            FactsPlaces => "Lieux",
            FactsNone => "(rien dans ce cas)",
            FactsSearch => "Chercher :",
            FactsHint => "/ chercher · Tab section suivante · ↑↓ PgUp PgDn défiler · Échap ou F4 fermer",
            FactsNoMatch => "Aucun résultat.",
            Sector => "Secteur",
            Location => "Siège",
            Founded => "Fondée en",
            Employees => "Salariés",
            Revenue => "Chiffre d'affaires",
            Description => "Présentation",
            Source => "Source",
            Level => "niveau",
            KeyFacts => "écran Organisation (faits du cas)",
            KeyNextSection => "section suivante",
            KeyPrevSection => "section précédente",
            KeyScroll => "faire défiler",
            KeySearch => "chercher",
            KeySearchNext => "résultat suivant",
            KeyCloseFacts => "fermer l'écran Organisation",
            KeyEndSearch => "garder la recherche",
            KeyCancelSearch => "effacer la recherche",
            KeyDetail => "voir en entier",
            KeyClose => "fermer",
            DetailClose => "↑↓ défiler · Échap fermer",
            NothingSelected => "Rien de sélectionné à afficher.",
            PostDate => "Date",
            PostSource => "Source",
            PostText => "Message",
            PostRating => "Note",
            Note => "Note",
            MovedUp => "Remonté d'un rang.",
            MovedDown => "Descendu d'un rang.",
            AtTop => "Impossible : déjà en haut de la liste.",
            AtBottom => "Impossible : déjà en bas de la liste.",
            Indented => "Décalé : il devient l'enfant du nœud au-dessus.",
            CannotIndent => "Impossible de décaler : aucun nœud frère au-dessus.",
            Outdented => "Remonté d'un niveau : il devient le frère de son parent.",
            CannotOutdent => "Impossible de remonter d'un niveau : le nœud est déjà sous la racine.",
            SortCleared => "Tri retiré : ordre de saisie.",
        }
    }

    fn en(self) -> &'static str {
        use ShellText::*;
        match self {
            TextKept => "Text kept (u to undo the edit).",
            EditCancelled => "Edit cancelled.",
            GroupKept => "Text kept: the group's members are saved as typed.",
            KeyKeepText => "keep the text and close",
            QuitFailedTitle => "Saving failed",
            QuitFailedBody => "Your last changes are not saved. Free some space or fix the problem, then try again.",
            KeyRetrySave => "try saving again, then quit",
            KeyQuitAnyway => "quit without saving (the changes are lost)",
            KeyStay => "stay in atelier",
            KeySaveElsewhere => "save elsewhere",
            SaveElsewhereBody => "Save the workspace to this file (same format as workspace.json):",
            KeySaveHere => "save to this file",
            KeyBackToChoice => "back to the choice",
            KeyQuitNow => "quit",
            SavedElsewhereTitle => "Saved elsewhere",
            FactsTitle => "Organisation",
            FactsOrganisation => "Organisation",
            FactsFigures => "Figures",
            FactsDepartments => "Departments",
            FactsActors => "Actors",
            FactsCompanies => "Companies compared",
            FactsProcessings => "Data processings",
            FactsPlaces => "Places",
            FactsNone => "(none in this case)",
            FactsSearch => "Search:",
            FactsHint => "/ search · Tab next section · ↑↓ PgUp PgDn scroll · Esc or F4 close",
            FactsNoMatch => "No match.",
            Sector => "Sector",
            Location => "Head office",
            Founded => "Founded",
            Employees => "Employees",
            Revenue => "Revenue",
            Description => "Overview",
            Source => "Source",
            Level => "level",
            KeyFacts => "Organisation screen (the case's facts)",
            KeyNextSection => "next section",
            KeyPrevSection => "previous section",
            KeyScroll => "scroll",
            KeySearch => "search",
            KeySearchNext => "next match",
            KeyCloseFacts => "close the Organisation screen",
            KeyEndSearch => "keep the search",
            KeyCancelSearch => "clear the search",
            KeyDetail => "see it whole",
            KeyClose => "close",
            DetailClose => "↑↓ scroll · Esc close",
            NothingSelected => "Nothing selected to show.",
            PostDate => "Date",
            PostSource => "Source",
            PostText => "Post",
            PostRating => "Rating",
            Note => "Note",
            MovedUp => "Moved up one place.",
            MovedDown => "Moved down one place.",
            AtTop => "Cannot move: already at the top of the list.",
            AtBottom => "Cannot move: already at the bottom of the list.",
            Indented => "Indented: it is now a child of the node above.",
            CannotIndent => "Cannot indent: no sibling above.",
            Outdented => "Outdented: it is now a sibling of its parent.",
            CannotOutdent => "Cannot outdent: the node is already under the root.",
            SortCleared => "Sort removed: the order as entered.",
        }
    }
}

/// A grid sorted by a column, one way or the other.
pub fn sorted_by(lang: Lang, column: &str, descending: bool) -> String {
    match (lang, descending) {
        (Lang::Fr, false) => format!("Trié par « {column} », ordre croissant."),
        (Lang::Fr, true) => format!("Trié par « {column} », ordre décroissant."),
        (Lang::En, false) => format!("Sorted by \u{201c}{column}\u{201d}, ascending."),
        (Lang::En, true) => format!("Sorted by \u{201c}{column}\u{201d}, descending."),
    }
}

/// The file "save elsewhere" proposes, in the home folder: `atelier-sauvegarde-DATE.json`.
pub fn elsewhere_file_name(lang: Lang, stamp: &str) -> String {
    match lang {
        Lang::Fr => format!("atelier-sauvegarde-{stamp}.json"),
        Lang::En => format!("atelier-backup-{stamp}.json"),
    }
}

/// The workspace was written to another file.
pub fn saved_elsewhere(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fr => format!("L'espace de travail est enregistré dans {path}."),
        Lang::En => format!("The workspace is saved in {path}."),
    }
}

/// Why "save elsewhere" did not write, with the file named.
pub fn save_elsewhere_failed(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Fr => format!("Rien n'est écrit\u{a0}: {reason}"),
        Lang::En => format!("Nothing written: {reason}"),
    }
}

/// What the command line says when the person quits after saving elsewhere.
pub fn quit_saved_elsewhere(lang: Lang, path: &str, reason: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "Échec de l'enregistrement dans le dossier de l'espace de travail ({reason})\u{a0}; votre travail est enregistré dans {path}"
        ),
        Lang::En => format!(
            "Saving in the workspace's folder failed ({reason}); your work is saved in {path}"
        ),
    }
}

impl From<ShellText> for crate::i18n::Text {
    fn from(text: ShellText) -> Self {
        crate::i18n::Text::Shell(text)
    }
}
