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
    // -- tree / map: A5 mind map and A3 world map (issue 4) --
    KeyAddChild,
    KeyAddSibling,
    KeyIndent,
    KeyOutdent,
    KeyCut,
    KeyCopy,
    KeyPaste,
    KeyToggleFold,
    KeyFoldAll,
    KeyUnfoldAll,
    KeyFoldLevel,
    KeyUnfoldLevel,
    KeyParent,
    KeyChild,
    KeyFirst,
    KeyLast,
    KeySearch,
    KeySearchNext,
    KeyNote,
    KeyLinkUrl,
    KeyTags,
    KeyAddSource,
    KeyRemoveSource,
    KeyNewLine,
    EditNode,
    EditNote,
    EditLink,
    EditSourceTitle,
    EditSourcePublisher,
    EditSourceUrl,
    EditSourceYear,
    SearchPrompt,
    PickTagsTitle,
    NoMatch,
    Match,
    Cut,
    Copied,
    Pasted,
    ClipboardEmpty,
    RootStays,
    NoTags,
    Sources,
    Tags,
    Link,
    Nodes,
    Depth,
    MindMap,
    NodeNoNote,
    NodeNoSource,
    // -- map texts --
    KeyAddActorHere,
    KeyPickPlace,
    KeyPickCategory,
    KeyLinkActor,
    KeyEditTitle,
    KeyActorNote,
    KeyMoveActorHere,
    KeyCursor,
    KeyZoomIn,
    KeyZoomOut,
    KeyResetView,
    KeyNextActor,
    KeyPrevActor,
    KeyCycleSymbol,
    KeyCycleColour,
    KeyCycleLinkKind,
    KeyLinkActors,
    EditMapTitle,
    EditActorName,
    EditActorNote,
    EditCategoryName,
    EditLinkLabel,
    EditRecommendation,
    WorldMap,
    PickPlaceTitle,
    PickCategoryTitle,
    NewCategory,
    LinkTo,
    RecommendationActors,
    NoActors,
    NoLegend,
    NoLinks,
    NoRecommendations,
    NoTitle,
    AddActorsFirst,
    Zoom,
    Legend,
    Actors,
    Links,
    Recommendations,
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

        // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --
        KeyAddChild => "ajouter un enfant",
        KeyAddSibling => "ajouter un frère (à la suite)",
        KeyIndent => "décaler à droite (enfant du précédent)",
        KeyOutdent => "décaler à gauche (frère du parent)",
        KeyCut => "couper la branche",
        KeyCopy => "copier la branche",
        KeyPaste => "coller comme enfant",
        KeyToggleFold => "plier / déplier",
        KeyFoldAll => "tout plier",
        KeyUnfoldAll => "tout déplier",
        KeyFoldLevel => "plier un niveau",
        KeyUnfoldLevel => "déplier un niveau",
        KeyParent => "plier ou aller au parent",
        KeyChild => "déplier ou aller au premier enfant",
        KeyFirst => "aller au début",
        KeyLast => "aller à la fin",
        KeySearch => "chercher",
        KeySearchNext => "résultat suivant",
        KeyNote => "note du nœud",
        KeyLinkUrl => "lien du nœud",
        KeyTags => "étiquettes",
        KeyAddSource => "ajouter une source",
        KeyRemoveSource => "retirer la dernière source",
        KeyNewLine => "nouvelle ligne (notes)",
        EditNode => "Texte du nœud",
        EditNote => "Note du nœud (Ctrl+J : nouvelle ligne)",
        EditLink => "Lien (URL)",
        EditSourceTitle => "Source : titre",
        EditSourcePublisher => "Source : éditeur ou auteur",
        EditSourceUrl => "Source : lien (URL)",
        EditSourceYear => "Source : année de publication",
        SearchPrompt => "Chercher (texte, note, étiquette)",
        PickTagsTitle => "Étiquettes du nœud",
        NoMatch => "Aucun résultat",
        Match => "Résultat",
        Cut => "Branche coupée : p pour la coller",
        Copied => "Branche copiée : p pour la coller",
        Pasted => "Branche collée",
        ClipboardEmpty => "Rien à coller : x coupe, y copie une branche",
        RootStays => "La racine ne peut pas être supprimée ni déplacée",
        NoTags => "Le cas ne propose pas d'étiquettes",
        Sources => "Sources",
        Tags => "Étiquettes",
        Link => "Lien",
        Nodes => "nœuds",
        Depth => "profondeur",
        MindMap => "Carte mentale",
        NodeNoNote => "Pas de note : N pour en écrire une.",
        NodeNoSource => "Pas de source : s pour en ajouter une.",

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --
        KeyAddActorHere => "placer un acteur au curseur",
        KeyPickPlace => "placer un acteur sur un lieu du cas",
        KeyPickCategory => "catégorie de l'acteur",
        KeyLinkActor => "relier à un autre acteur",
        KeyEditTitle => "titre (problématique)",
        KeyActorNote => "note de l'acteur",
        KeyMoveActorHere => "déplacer l'acteur au curseur",
        KeyCursor => "déplacer le curseur (la carte suit)",
        KeyZoomIn => "zoomer sur le curseur",
        KeyZoomOut => "dézoomer",
        KeyResetView => "monde entier",
        KeyNextActor => "acteur suivant",
        KeyPrevActor => "acteur précédent",
        KeyCycleSymbol => "changer le symbole (légende)",
        KeyCycleColour => "changer la couleur (légende)",
        KeyCycleLinkKind => "changer le type de lien",
        KeyLinkActors => "acteurs visés (recommandation)",
        EditMapTitle => "Titre de la carte : sa problématique",
        EditActorName => "Nom de l'acteur ou de l'enjeu",
        EditActorNote => "Note sur l'acteur",
        EditCategoryName => "Nom de la catégorie",
        EditLinkLabel => "Libellé du lien",
        EditRecommendation => "Recommandation",
        WorldMap => "Carte du monde",
        PickPlaceTitle => "Placer un acteur sur un lieu",
        PickCategoryTitle => "Catégorie de l'acteur",
        NewCategory => "+ nouvelle catégorie",
        LinkTo => "Relier à",
        RecommendationActors => "Acteurs visés",
        NoActors => "Aucun acteur : p place un acteur sur un lieu du cas, a au curseur.",
        NoLegend => "Légende vide : a ajoute une catégorie (ou c sur un acteur).",
        NoLinks => "Aucun lien : l sur un acteur de la carte.",
        NoRecommendations => "Aucune recommandation : a en ajoute une.",
        NoTitle => "(pas de titre : t pour écrire la problématique)",
        AddActorsFirst => "Placez d'abord au moins deux acteurs.",
        Zoom => "zoom",
        Legend => "Légende",
        Actors => "Acteurs et enjeux",
        Links => "Liens",
        Recommendations => "Recommandations",

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

        // -- tree: A5 mind map (issue 4); keep this kind's entries under this line --
        KeyAddChild => "add a child",
        KeyAddSibling => "add a sibling (after)",
        KeyIndent => "indent (child of the previous)",
        KeyOutdent => "outdent (sibling of the parent)",
        KeyCut => "cut the branch",
        KeyCopy => "copy the branch",
        KeyPaste => "paste as a child",
        KeyToggleFold => "fold / unfold",
        KeyFoldAll => "fold all",
        KeyUnfoldAll => "unfold all",
        KeyFoldLevel => "fold one level",
        KeyUnfoldLevel => "unfold one level",
        KeyParent => "fold or go to the parent",
        KeyChild => "unfold or go to the first child",
        KeyFirst => "go to the top",
        KeyLast => "go to the end",
        KeySearch => "search",
        KeySearchNext => "next match",
        KeyNote => "node's note",
        KeyLinkUrl => "node's link",
        KeyTags => "tags",
        KeyAddSource => "add a source",
        KeyRemoveSource => "remove the last source",
        KeyNewLine => "new line (notes)",
        EditNode => "Node text",
        EditNote => "Node note (Ctrl+J: new line)",
        EditLink => "Link (URL)",
        EditSourceTitle => "Source: title",
        EditSourcePublisher => "Source: publisher or author",
        EditSourceUrl => "Source: link (URL)",
        EditSourceYear => "Source: year of publication",
        SearchPrompt => "Search (text, note, tag)",
        PickTagsTitle => "Node's tags",
        NoMatch => "No match",
        Match => "Match",
        Cut => "Branch cut: p pastes it",
        Copied => "Branch copied: p pastes it",
        Pasted => "Branch pasted",
        ClipboardEmpty => "Nothing to paste: x cuts, y copies a branch",
        RootStays => "The root cannot be deleted or moved",
        NoTags => "The case offers no tags",
        Sources => "Sources",
        Tags => "Tags",
        Link => "Link",
        Nodes => "nodes",
        Depth => "depth",
        MindMap => "Mind map",
        NodeNoNote => "No note: N writes one.",
        NodeNoSource => "No source: s adds one.",

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --
        KeyAddActorHere => "place an actor at the cursor",
        KeyPickPlace => "place an actor at one of the case's places",
        KeyPickCategory => "actor's category",
        KeyLinkActor => "link to another actor",
        KeyEditTitle => "title (problématique)",
        KeyActorNote => "actor's note",
        KeyMoveActorHere => "move the actor to the cursor",
        KeyCursor => "move the cursor (the map follows)",
        KeyZoomIn => "zoom in on the cursor",
        KeyZoomOut => "zoom out",
        KeyResetView => "whole world",
        KeyNextActor => "next actor",
        KeyPrevActor => "previous actor",
        KeyCycleSymbol => "change the symbol (legend)",
        KeyCycleColour => "change the colour (legend)",
        KeyCycleLinkKind => "change the link kind",
        KeyLinkActors => "actors concerned (recommendation)",
        EditMapTitle => "Map title: its problématique",
        EditActorName => "Name of the actor or stake",
        EditActorNote => "Note on the actor",
        EditCategoryName => "Category name",
        EditLinkLabel => "Link label",
        EditRecommendation => "Recommendation",
        WorldMap => "World map",
        PickPlaceTitle => "Place an actor at a place",
        PickCategoryTitle => "Actor's category",
        NewCategory => "+ new category",
        LinkTo => "Link to",
        RecommendationActors => "Actors concerned",
        NoActors => "No actor yet: p places one at a case's place, a at the cursor.",
        NoLegend => "Empty legend: a adds a category (or c on an actor).",
        NoLinks => "No link yet: l on an actor of the map.",
        NoRecommendations => "No recommendation yet: a adds one.",
        NoTitle => "(no title: t writes the problématique)",
        AddActorsFirst => "Place at least two actors first.",
        Zoom => "zoom",
        Legend => "Legend",
        Actors => "Actors and stakes",
        Links => "Links",
        Recommendations => "Recommendations",

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
        (Lang::En, WorkbenchNotAvailable { kind }) => format!(
            "the {} workbench is not in this version of atelier: only the notes are kept",
            kind.as_str()
        ),
        (Lang::Fr, WorkbenchNotAvailable { kind }) => format!(
            "l'établi « {} » n'est pas dans cette version d'atelier : seules les notes sont gardées",
            kind.as_str()
        ),
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
