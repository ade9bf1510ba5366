//! Every string a person reads, in French and English, in one place. `Text` keys are matched
//! exhaustively per language, so neither language can miss a string.

use crate::workbench::check::{Finding, Status};

// -- sheet: A7 GDPR audit sheet (issue 6) --
/// Sentences about a Python run (A1), built from its data.
pub use crate::workbench::code::text as python;
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
    KeyEditSource,
    PickSourceTitle,
    // -- map texts --
    KeyAddActorHere,
    KeyPickPlace,
    KeyPickCategory,
    KeyLinkActor,
    KeyEditMapTitle,
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
    EditMapActorName,
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
    NoMapActors,
    NoLegend,
    NoLinks,
    NoRecommendations,
    NoTitle,
    AddActorsFirst,
    Zoom,
    Legend,
    MapActors,
    Links,
    MapRecommendationsTitle,
    // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
    Sociogram,
    DiagnosisSteps,
    Recommendations,
    Metrics,
    Actor,
    Department,
    InDegree,
    OutDegree,
    Betweenness,
    Closeness,
    Community,
    Reciprocity,
    Star,
    Unchosen,
    IsolateNx,
    Broker,
    AllTypes,
    AllDepartments,
    LayoutRunning,
    MetricsComputing,
    LayoutDone,
    Pinned,
    NoActors,
    Relations,
    KeySortNext,
    KeySortReverse,
    KeyPin,
    KeyMoveNode,
    KeyFilterType,
    KeyFilterDepartment,
    KeyRelayout,
    KeyAddActor,
    KeyAddRelation,
    KeyRelationType,
    KeyIntensity,
    KeyMutual,
    KeyNextRelation,
    KeyDeleteRelation,
    KeyStepDone,
    EditActorName,
    PickRelationTarget,
    StepsHint,
    MentionHint,
    MentionedIn,
    GraphReciprocity,
    Modularity,
    RelHierarchy,
    RelCooperation,
    RelConflict,
    RelAffinity,
    RelInfluence,
    Position,
    Actors,
    KeyDepartment,
    KeyLevel,
    KeyRole,
    EditActorRole,
    Level,
    UnchosenShort,
    BrokerShort,
    // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
    GridFixedRows,
    GridNoRow,
    GridCellReadOnly,
    GridNotAdjustable,
    GridSeedCleared,
    GridSortedNoMove,
    EditCell,
    KeyEditCell,
    KeyAddRow,
    KeyDeleteRow,
    KeyIncrease,
    KeyDecrease,
    KeySort,
    KeyNextColumn,
    KeyPrevColumn,
    KeyNextTab,
    PickOption,
    Totals,
    Reference,
    ListeningVolume,
    ListeningTerms,
    ListeningSentiment,
    ListeningComplaints,
    ListeningSamples,
    ListeningImported,
    Posts,
    Positive,
    Neutral,
    Negative,
    Hotspot,
    NoChartData,
    Grid,
    ListeningPosts,
    // -- sheet: A7 GDPR audit sheet (issue 6) --
    SheetRegister,
    SheetChecklist,
    SheetFindings,
    SheetOpinion,
    SheetField,
    KeySheetOpen,
    KeySheetAdd,
    KeySheetAccept,
    KeySheetAddFinding,
    KeySheetDismiss,
    KeySheetCycle,
    KeySheetChoose,
    KeySheetComment,
    KeySheetClearAnswer,
    KeySheetDelete,
    KeySheetEditField,
    KeyNextRecord,
    KeyPrevRecord,
    KeySheetAddRecommendation,
    KeySheetClearField,
    KeyCloseForm,
    KeyScrollFacts,
    /// The sheet's headings, hints and the labels of its coded values (`i18n/sheet.rs`).
    Sheet(SheetText),

    // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
    Sections,
    ReferencesPanel,
    Schemes,
    Attachments,
    Slides,
    KeyWrite,
    KeyPick,
    KeyArgue,
    KeyCounterparts,
    KeyAttach,
    KeyCaption,
    KeyEditTitle,
    KeyEditPoints,
    KeyEditSpeakerNotes,
    KeyPresent,
    KeyNextSlide,
    KeyPrevSlide,
    KeyPause,
    KeyRestart,
    KeyLeavePresenter,
    EditSection,
    EditRefId,
    EditRefAuthor,
    EditRefTitle,
    EditRefPublisher,
    EditRefYear,
    EditRefUrl,
    EditArgument,
    EditCounterparts,
    EditCaption,
    EditSlideTitle,
    EditSlidePoints,
    EditSpeakerNotes,
    NoReferences,
    NoSlides,
    NoAttachable,
    Picked,
    Argument,
    Counterparts,
    CounterpartsExpected,
    Eligibility,
    FundingBody,
    FundingForm,
    SpeakerNotes,
    NextSlideLabel,
    LastSlide,
    Paused,
    SlideTimes,
    Rehearsals,
    RehearsalRecorded,
    SlideLabel,
    Cited,
    NotCited,
    CaseFacts,
    Total,
    Limit,
    AttachedExports,
    EmptySection,
    PresenterNeedsSlides,
    Objections,
    EditObjection,
    EditObjectionAnswer,
    NoObjections,
    ExpectedObjections,
    AnswerLabel,
    KeyEditObjection,

    // review: examiners' review, grading, key display, demo (issue 9)
    ReviewReadOnly,
    IntegrityOk,
    IntegrityFailed,
    IntegrityFailedHint,
    GradesStale,
    ReadOnlyRefused,
    Grading,
    Decision,
    Validated,
    NotValidated,
    Undecided,
    Comment,
    EditComment,
    Decided,
    Examiner,
    AnswerKey,
    HiddenTests,
    PlantedFlaws,
    NoRunner,
    TestsPassed,
    RunningHiddenTests,
    Expected,
    Got,
    ExtraFindings,
    FlawFound,
    FlawsFound,
    FlawMissed,
    NoExaminerFile,
    GradesSaved,
    GradesUnsaved,
    Certification,
    KeyFocusGrading,
    KeyNextExercise,
    KeyPrevExercise,
    KeyScore,
    KeyScoreUp,
    KeyScoreDown,
    KeyClearScore,
    KeyComment,
    KeyValidate,
    KeyReject,
    KeyUndecide,
    KeyKeyDisplay,
    KeysShown,
    KeysHidden,
    Typing,
    HandedIn,
    DemoNotice,
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
        KeyEditSource => "modifier une source",
        PickSourceTitle => "Source à modifier",

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --
        KeyAddActorHere => "placer un acteur au curseur",
        KeyPickPlace => "placer un acteur sur un lieu du cas",
        KeyPickCategory => "catégorie de l'acteur",
        KeyLinkActor => "relier à un autre acteur",
        KeyEditMapTitle => "titre (problématique)",
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
        EditMapActorName => "Nom de l'acteur ou de l'enjeu",
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
        NoMapActors => "Aucun acteur : p place un acteur sur un lieu du cas, a au curseur.",
        NoLegend => "Légende vide : a ajoute une catégorie (ou c sur un acteur).",
        NoLinks => "Aucun lien : l sur un acteur de la carte.",
        NoRecommendations => "Aucune recommandation : a en ajoute une.",
        NoTitle => "(pas de titre : t pour écrire la problématique)",
        AddActorsFirst => "Placez d'abord au moins deux acteurs.",
        Zoom => "zoom",
        Legend => "Légende",
        MapActors => "Acteurs et enjeux",
        Links => "Liens",
        MapRecommendationsTitle => "Recommandations",

        // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
        Sociogram => "Sociogramme",
        DiagnosisSteps => "Démarche",
        Recommendations => "Préconisations",
        Metrics => "Indicateurs",
        Actor => "Acteur",
        Department => "Service",
        InDegree => "Choisi",
        OutDegree => "Choisit",
        Betweenness => "Intermédiarité",
        Closeness => "Proximité",
        Community => "Groupe",
        Reciprocity => "Réciprocité",
        Star => "étoile",
        Unchosen => "isolé (Moreno : personne ne le choisit)",
        IsolateNx => "isolé total (aucune relation)",
        Broker => "courtier (point d'articulation)",
        AllTypes => "tous les types",
        AllDepartments => "tous les services",
        LayoutRunning => "disposition ForceAtlas2 en cours",
        MetricsComputing => "calcul…",
        LayoutDone => "disposition ForceAtlas2 terminée",
        Pinned => "épinglé",
        NoActors => "Aucun acteur : a pour en ajouter un, ou atelier import.",
        Relations => "Relations",
        KeySortNext => "trier par la colonne suivante",
        KeySortReverse => "inverser le tri",
        KeyPin => "épingler / libérer l'acteur",
        KeyMoveNode => "déplacer l'acteur (l'épingle)",
        KeyFilterType => "filtrer par type de relation",
        KeyFilterDepartment => "filtrer par service",
        KeyRelayout => "relancer la disposition",
        KeyAddActor => "ajouter un acteur",
        KeyAddRelation => "ajouter une relation depuis l'acteur",
        KeyRelationType => "changer le type de la relation",
        KeyIntensity => "changer l'intensité (1 à 3)",
        KeyMutual => "relation réciproque ou non",
        KeyNextRelation => "relation suivante de l'acteur",
        KeyDeleteRelation => "supprimer la relation",
        KeyStepDone => "étape faite / pas faite",
        EditActorName => "Nom de l'acteur",
        PickRelationTarget => "Relation vers… (Entrée pour choisir)",
        StepsHint => "Cochez les étapes dans l'ordre où vous les faites (Espace).",
        MentionHint => "Une observation cite un acteur par son nom complet ou @identifiant.",
        MentionedIn => "Cité dans",
        GraphReciprocity => "réciprocité du graphe",
        Modularity => "modularité (Clauset-Newman-Moore)",
        RelHierarchy => "hiérarchie",
        RelCooperation => "coopération",
        RelConflict => "conflit",
        RelAffinity => "affinité",
        RelInfluence => "influence",
        Position => "Position",
        Actors => "Acteurs cités",
        KeyDepartment => "changer le service de l'acteur",
        KeyLevel => "changer le niveau hiérarchique (1 à 5)",
        KeyRole => "modifier le rôle de l'acteur",
        EditActorRole => "Rôle de l'acteur",
        Level => "niveau",
        UnchosenShort => "isolé (personne ne le choisit)",
        BrokerShort => "courtier",

        // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --
        SheetRegister => "Registre",
        SheetChecklist => "Sécurité",
        SheetFindings => "Constats",
        SheetOpinion => "Avis",
        SheetField => "Champ",
        KeySheetOpen => "ouvrir la fiche",
        KeySheetAdd => "ajouter un traitement",
        KeySheetAccept => "retenir · ouvrir",
        KeySheetAddFinding => "ajouter un constat",
        KeySheetDismiss => "écarter (motif)",
        KeySheetCycle => "changer la réponse",
        KeySheetChoose => "choisir la réponse",
        KeySheetComment => "commenter",
        KeySheetClearAnswer => "effacer la réponse",
        KeySheetDelete => "supprimer · rétablir une proposition écartée",
        KeySheetEditField => "modifier le champ",
        KeyNextRecord => "fiche suivante",
        KeyPrevRecord => "fiche précédente",
        KeySheetAddRecommendation => "ajouter une préconisation",
        KeySheetClearField => "vider le champ · supprimer la préconisation",
        KeyCloseForm => "fermer la fiche",
        KeyScrollFacts => "faire défiler les faits du cas (ou la consigne)",
        Sheet(text) => crate::workbench::gdpr::text::fr(text),

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
        GridFixedRows => "Les lignes de ce tableau viennent du cas : on les complète, on n'en ajoute pas.",
        GridNoRow => "Aucune ligne : a pour en ajouter une.",
        GridCellReadOnly => "Cette cellule est calculée ou fournie par le cas.",
        GridNotAdjustable => "+ et - changent les nombres, les niveaux et les choix ; Entrée pour écrire.",
        GridSeedCleared => "Saisies de la ligne effacées (u pour annuler).",
        GridSortedNoMove => "Tableau trié : s jusqu'à « non trié » pour réordonner les lignes.",
        EditCell => "Cellule",
        KeyEditCell => "modifier la cellule",
        KeyAddRow => "ajouter une ligne",
        KeyDeleteRow => "supprimer la ligne",
        KeyIncrease => "+1 / choix suivant (vote)",
        KeyDecrease => "-1 / choix précédent",
        KeySort => "trier par la colonne",
        KeyNextColumn => "colonne suivante",
        KeyPrevColumn => "colonne précédente",
        KeyNextTab => "onglet suivant",
        PickOption => "Choisir une valeur",
        Totals => "Total",
        Reference => "Données du cas",
        ListeningVolume => "Volume par mois",
        ListeningTerms => "Termes les plus fréquents",
        ListeningSentiment => "Sentiment par mois",
        ListeningComplaints => "Principales plaintes",
        ListeningSamples => "Corpus du cas (publications fournies) ; importez le vôtre : atelier import --exercise ID FICHIER.csv",
        ListeningImported => "Corpus importé",
        Posts => "publications",
        Positive => "positives",
        Neutral => "neutres",
        Negative => "négatives",
        Hotspot => "point chaud",
        NoChartData => "(pas encore de données : remplissez le tableau)",
        Grid => "Tableaux",
        ListeningPosts => "Publications et score de sentiment (↑ ↓)",
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
        Sections => "Sections",
        ReferencesPanel => "Références",
        Schemes => "Dispositifs",
        Attachments => "Pièces jointes",
        Slides => "Diapositives",
        KeyWrite => "écrire la section",
        KeyPick => "retenir ou écarter le dispositif",
        KeyArgue => "argumenter le choix",
        KeyCounterparts => "discuter les contreparties",
        KeyAttach => "joindre ou retirer l'exercice",
        KeyCaption => "légende de la pièce jointe",
        KeyEditTitle => "titre de la diapositive",
        KeyEditPoints => "points (un par ligne)",
        KeyEditSpeakerNotes => "notes d'orateur",
        KeyPresent => "mode présentateur",
        KeyNextSlide => "diapositive suivante",
        KeyPrevSlide => "diapositive précédente",
        KeyPause => "pause / reprise du chrono",
        KeyRestart => "recommencer le chrono",
        KeyLeavePresenter => "quitter (la répétition est enregistrée)",
        EditSection => "Section",
        EditRefId => "Clé de citation (pour [@clé])",
        EditRefAuthor => "Auteur",
        EditRefTitle => "Titre",
        EditRefPublisher => "Éditeur ou revue",
        EditRefYear => "Année",
        EditRefUrl => "URL",
        EditArgument => "Argument : projet visé, éligibilité, apport",
        EditCounterparts => "Contreparties : cofinancement, reporting, contrôles",
        EditCaption => "Légende de la pièce jointe",
        EditSlideTitle => "Titre de la diapositive",
        EditSlidePoints => "Points de la diapositive, un par ligne (Échap pour finir)",
        EditSpeakerNotes => "Notes d'orateur (Échap pour finir)",
        NoReferences => "Aucune référence : a pour en ajouter, puis citez-la dans le texte avec [@clé].",
        NoSlides => "Aucune diapositive : a pour en ajouter une.",
        NoAttachable => "Aucun autre exercice de ce cas.",
        Picked => "Dispositifs retenus",
        Argument => "Argument",
        Counterparts => "Contreparties discutées",
        CounterpartsExpected => "Contreparties attendues",
        Eligibility => "Éligibilité",
        FundingBody => "Guichet",
        FundingForm => "Forme",
        SpeakerNotes => "Notes d'orateur",
        NextSlideLabel => "Suivante",
        LastSlide => "Dernière diapositive",
        Paused => "EN PAUSE",
        SlideTimes => "Temps par diapositive",
        Rehearsals => "Répétitions",
        RehearsalRecorded => "Répétition enregistrée dans la réponse.",
        SlideLabel => "Diapositive",
        Cited => "citée",
        NotCited => "jamais citée",
        CaseFacts => "Faits du cas",
        Total => "Total",
        Limit => "limite",
        AttachedExports => "exports dans le paquet",
        EmptySection => "(section vide : Entrée pour écrire)",
        PresenterNeedsSlides => "Ajoutez d'abord une diapositive.",
        Objections => "Objections",
        EditObjection => "Objection ou question du jury",
        EditObjectionAnswer => "Votre réponse",
        NoObjections => "Aucune objection préparée : a pour en ajouter une, avec sa réponse.",
        ExpectedObjections => "Objections que le cas laisse prévoir",
        AnswerLabel => "Réponse",
        KeyEditObjection => "modifier l'objection puis la réponse",

        // -- review: examiners' review, grading, gradebook, demo (issue 9); keep this kind's entries under this line --
        ReviewReadOnly => "RÉVISION · lecture seule",
        IntegrityOk => "paquet intact",
        IntegrityFailed => "⚠ PAQUET NON CONFORME",
        IntegrityFailedHint => "Ce paquet a été modifié ou abîmé depuis sa création : ce qui s'affiche n'est peut-être pas le travail rendu. Ne le notez qu'en connaissance de cause.",
        GradesStale => "⚠ le paquet a changé depuis la saisie de cette notation",
        ReadOnlyRefused => "Révision en lecture seule : le travail du candidat ne peut pas être modifié.",
        Grading => "Notation",
        Decision => "Décision",
        Validated => "validé",
        NotValidated => "non validé",
        Undecided => "à décider",
        Comment => "Commentaire",
        EditComment => "Commentaire sur le critère",
        Decided => "décidés",
        Examiner => "Examinateur",
        AnswerKey => "Corrigé (examinateur)",
        HiddenTests => "Tests cachés (A1)",
        PlantedFlaws => "Failles introduites (A7)",
        NoRunner => "Tests cachés non exécutés (seule la commande atelier review les lance).",
        TestsPassed => "réussis",
        RunningHiddenTests => "exécution des tests cachés de A1 dans le bac à sable",
        Expected => "attendu",
        Got => "obtenu",
        ExtraFindings => "Constats du candidat hors des failles introduites (à apprécier)",
        FlawFound => "trouvée",
        FlawsFound => "trouvées",
        FlawMissed => "manquée",
        NoExaminerFile => "Pas de fichier examinateur (cases/ID.examiner.json ou --examiner-file) : ni corrigé ni tests cachés.",
        GradesSaved => "notation enregistrée",
        GradesUnsaved => "notation non enregistrée",
        Certification => "Certification",
        KeyFocusGrading => "notation ↔ travail",
        KeyNextExercise => "exercice suivant",
        KeyPrevExercise => "exercice précédent",
        KeyScore => "note du critère",
        KeyScoreUp => "note +1",
        KeyScoreDown => "note −1",
        KeyClearScore => "effacer la note",
        KeyComment => "commenter le critère",
        KeyValidate => "valider l'exercice",
        KeyReject => "ne pas valider",
        KeyUndecide => "décision à revoir",
        KeyKeyDisplay => "afficher les touches (projection)",
        KeysShown => "Affichage des touches activé (F2 pour le masquer)",
        KeysHidden => "Affichage des touches désactivé",
        Typing => "saisie",
        HandedIn => "Fichier rendu",
        DemoNotice => "Démonstration : copie jetable de l'exemple corrigé, effacée à la sortie. F2 affiche les touches.",
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
        KeyEditSource => "edit a source",
        PickSourceTitle => "Source to edit",

        // -- map: A3 world map (issue 4); keep this kind's entries under this line --
        KeyAddActorHere => "place an actor at the cursor",
        KeyPickPlace => "place an actor at one of the case's places",
        KeyPickCategory => "actor's category",
        KeyLinkActor => "link to another actor",
        KeyEditMapTitle => "title (problématique)",
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
        EditMapActorName => "Name of the actor or stake",
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
        NoMapActors => "No actor yet: p places one at a case's place, a at the cursor.",
        NoLegend => "Empty legend: a adds a category (or c on an actor).",
        NoLinks => "No link yet: l on an actor of the map.",
        NoRecommendations => "No recommendation yet: a adds one.",
        NoTitle => "(no title: t writes the problématique)",
        AddActorsFirst => "Place at least two actors first.",
        Zoom => "zoom",
        Legend => "Legend",
        MapActors => "Actors and stakes",
        Links => "Links",
        MapRecommendationsTitle => "Recommendations",

        // -- graph: A6 sociogram and SIC grid (issue 5); keep this kind's entries under this line --
        Sociogram => "Sociogram",
        DiagnosisSteps => "Steps",
        Recommendations => "Recommendations",
        Metrics => "Metrics",
        Actor => "Actor",
        Department => "Department",
        InDegree => "In",
        OutDegree => "Out",
        Betweenness => "Betweenness",
        Closeness => "Closeness",
        Community => "Community",
        Reciprocity => "Reciprocity",
        Star => "star",
        Unchosen => "unchosen (Moreno's isolate)",
        IsolateNx => "isolate (no relation at all)",
        Broker => "broker (articulation point)",
        AllTypes => "all types",
        AllDepartments => "all departments",
        LayoutRunning => "ForceAtlas2 layout running",
        MetricsComputing => "computing…",
        LayoutDone => "ForceAtlas2 layout done",
        Pinned => "pinned",
        NoActors => "No actor yet: a to add one, or atelier import.",
        Relations => "Relations",
        KeySortNext => "sort by the next column",
        KeySortReverse => "reverse the order",
        KeyPin => "pin / unpin the actor",
        KeyMoveNode => "move the actor (pins it)",
        KeyFilterType => "filter by relation type",
        KeyFilterDepartment => "filter by department",
        KeyRelayout => "run the layout again",
        KeyAddActor => "add an actor",
        KeyAddRelation => "add a relation from the actor",
        KeyRelationType => "change the relation's type",
        KeyIntensity => "change the intensity (1 to 3)",
        KeyMutual => "mutual or not",
        KeyNextRelation => "next relation of the actor",
        KeyDeleteRelation => "delete the relation",
        KeyStepDone => "step done / not done",
        EditActorName => "Actor's name",
        PickRelationTarget => "Relation to… (Enter to choose)",
        StepsHint => "Tick the steps in the order you do them (Space).",
        MentionHint => "An observation names an actor by full name or @id.",
        MentionedIn => "Named in",
        GraphReciprocity => "graph reciprocity",
        Modularity => "modularity (Clauset-Newman-Moore)",
        RelHierarchy => "hierarchy",
        RelCooperation => "cooperation",
        RelConflict => "conflict",
        RelAffinity => "affinity",
        RelInfluence => "influence",
        Position => "Position",
        Actors => "Actors named",
        KeyDepartment => "change the actor's department",
        KeyLevel => "change the hierarchical level (1 to 5)",
        KeyRole => "edit the actor's role",
        EditActorRole => "Actor's role",
        Level => "level",
        UnchosenShort => "unchosen (Moreno's isolate)",
        BrokerShort => "broker",

        // -- sheet: A7 GDPR audit sheet (issue 6); keep this kind's entries under this line --
        SheetRegister => "Register",
        SheetChecklist => "Security",
        SheetFindings => "Findings",
        SheetOpinion => "Opinion",
        SheetField => "Field",
        KeySheetOpen => "open the form",
        KeySheetAdd => "add a processing",
        KeySheetAccept => "accept · open",
        KeySheetAddFinding => "add a finding",
        KeySheetDismiss => "dismiss (reason)",
        KeySheetCycle => "change the answer",
        KeySheetChoose => "choose the answer",
        KeySheetComment => "comment",
        KeySheetClearAnswer => "clear the answer",
        KeySheetDelete => "delete · restore a dismissed proposal",
        KeySheetEditField => "edit the field",
        KeyNextRecord => "next record",
        KeyPrevRecord => "previous record",
        KeySheetAddRecommendation => "add a recommendation",
        KeySheetClearField => "clear the field · delete the recommendation",
        KeyCloseForm => "close the form",
        KeyScrollFacts => "scroll the case's facts (or the brief)",
        Sheet(text) => crate::workbench::gdpr::text::en(text),

        // -- grid: A8, A10, A12, A13, A14 grids (issue 7); keep this kind's entries under this line --
        GridFixedRows => "This table's rows come from the case: complete them, you cannot add any.",
        GridNoRow => "No row yet: a to add one.",
        GridCellReadOnly => "This cell is computed or given by the case.",
        GridNotAdjustable => "+ and - change numbers, levels and choices; Enter to type.",
        GridSeedCleared => "The row's entries cleared (u to undo).",
        GridSortedNoMove => "The table is sorted: press s until unsorted to reorder rows.",
        EditCell => "Cell",
        KeyEditCell => "edit the cell",
        KeyAddRow => "add a row",
        KeyDeleteRow => "delete the row",
        KeyIncrease => "+1 / next choice (vote)",
        KeyDecrease => "-1 / previous choice",
        KeySort => "sort by the column",
        KeyNextColumn => "next column",
        KeyPrevColumn => "previous column",
        KeyNextTab => "next tab",
        PickOption => "Choose a value",
        Totals => "Total",
        Reference => "Case data",
        ListeningVolume => "Volume per month",
        ListeningTerms => "Most frequent terms",
        ListeningSentiment => "Sentiment per month",
        ListeningComplaints => "Top complaints",
        ListeningSamples => {
            "The case's corpus (sample posts); import yours: atelier import --exercise ID FILE.csv"
        }
        ListeningImported => "Imported corpus",
        Posts => "posts",
        Positive => "positive",
        Neutral => "neutral",
        Negative => "negative",
        Hotspot => "hotspot",
        NoChartData => "(no data yet: fill in the table)",
        Grid => "Tables",
        ListeningPosts => "Posts and sentiment score (↑ ↓)",

        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8); keep this kind's entries under this line --
        Sections => "Sections",
        ReferencesPanel => "References",
        Schemes => "Schemes",
        Attachments => "Attachments",
        Slides => "Slides",
        KeyWrite => "write the section",
        KeyPick => "pick or drop the scheme",
        KeyArgue => "argue the choice",
        KeyCounterparts => "discuss the counterparts",
        KeyAttach => "attach or detach the exercise",
        KeyCaption => "caption of the attachment",
        KeyEditTitle => "slide title",
        KeyEditPoints => "points (one per line)",
        KeyEditSpeakerNotes => "speaker notes",
        KeyPresent => "presenter mode",
        KeyNextSlide => "next slide",
        KeyPrevSlide => "previous slide",
        KeyPause => "pause / resume the timer",
        KeyRestart => "restart the timer",
        KeyLeavePresenter => "leave (the rehearsal is recorded)",
        EditSection => "Section",
        EditRefId => "Citation key (for [@key])",
        EditRefAuthor => "Author",
        EditRefTitle => "Title",
        EditRefPublisher => "Publisher or journal",
        EditRefYear => "Year",
        EditRefUrl => "URL",
        EditArgument => "Argument: target project, eligibility, contribution",
        EditCounterparts => "Counterparts: co-funding, reporting, controls",
        EditCaption => "Caption of the attachment",
        EditSlideTitle => "Slide title",
        EditSlidePoints => "Slide points, one per line (Esc to finish)",
        EditSpeakerNotes => "Speaker notes (Esc to finish)",
        NoReferences => "No references: a adds one; cite it in the text with [@key].",
        NoSlides => "No slides: a adds one.",
        NoAttachable => "No other exercise in this case.",
        Picked => "Schemes picked",
        Argument => "Argument",
        Counterparts => "Counterparts discussed",
        CounterpartsExpected => "Counterparts expected",
        Eligibility => "Eligibility",
        FundingBody => "Body",
        FundingForm => "Form",
        SpeakerNotes => "Speaker notes",
        NextSlideLabel => "Next",
        LastSlide => "Last slide",
        Paused => "PAUSED",
        SlideTimes => "Time per slide",
        Rehearsals => "Rehearsals",
        RehearsalRecorded => "Rehearsal recorded in the answer.",
        SlideLabel => "Slide",
        Cited => "cited",
        NotCited => "never cited",
        CaseFacts => "Facts of the case",
        Total => "Total",
        Limit => "limit",
        AttachedExports => "exports in the bundle",
        EmptySection => "(empty section: Enter to write)",
        PresenterNeedsSlides => "Add a slide first.",
        Objections => "Objections",
        EditObjection => "The jury's objection or question",
        EditObjectionAnswer => "Your answer",
        NoObjections => "No objection prepared: a adds one, with its answer.",
        ExpectedObjections => "Objections the case suggests",
        AnswerLabel => "Answer",
        KeyEditObjection => "edit the objection, then the answer",

        // -- review: examiners' review, grading, gradebook, demo (issue 9); keep this kind's entries under this line --
        ReviewReadOnly => "REVIEW · read-only",
        IntegrityOk => "bundle intact",
        IntegrityFailed => "⚠ BUNDLE FAILED VERIFICATION",
        IntegrityFailedHint => "This bundle was changed or damaged after it was made: what you see may not be the work handed in. Grade it only knowingly.",
        GradesStale => "⚠ the bundle changed since these grades were entered",
        ReadOnlyRefused => "Read-only review: the candidate's work cannot be changed.",
        Grading => "Grading",
        Decision => "Decision",
        Validated => "validated",
        NotValidated => "not validated",
        Undecided => "undecided",
        Comment => "Comment",
        EditComment => "Comment on the criterion",
        Decided => "decided",
        Examiner => "Examiner",
        AnswerKey => "Answer key (examiner)",
        HiddenTests => "Hidden tests (A1)",
        PlantedFlaws => "Planted flaws (A7)",
        NoRunner => "Hidden tests not run (only the atelier review command runs them).",
        TestsPassed => "passed",
        RunningHiddenTests => "running A1's hidden tests in the sandbox",
        Expected => "expected",
        Got => "got",
        ExtraFindings => "Candidate's findings outside the planted flaws (to weigh)",
        FlawFound => "found",
        FlawsFound => "found",
        FlawMissed => "missed",
        NoExaminerFile => "No examiner file (cases/ID.examiner.json or --examiner-file): no answer key, no hidden tests.",
        GradesSaved => "grades saved",
        GradesUnsaved => "grades not saved",
        Certification => "Certification",
        KeyFocusGrading => "grading ↔ work",
        KeyNextExercise => "next exercise",
        KeyPrevExercise => "previous exercise",
        KeyScore => "criterion's score",
        KeyScoreUp => "score +1",
        KeyScoreDown => "score −1",
        KeyClearScore => "clear the score",
        KeyComment => "comment on the criterion",
        KeyValidate => "validate the exercise",
        KeyReject => "do not validate",
        KeyUndecide => "decision undecided",
        KeyKeyDisplay => "show keys pressed (projection)",
        KeysShown => "Key display on (F2 to hide)",
        KeysHidden => "Key display off",
        Typing => "typing",
        HandedIn => "File handed in",
        DemoNotice => "Demo: a throwaway copy of the worked example, deleted on exit. F2 shows the keys pressed.",
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
        Hierarchy => Text::RelHierarchy.get(lang),
        Cooperation => Text::RelCooperation.get(lang),
        Conflict => Text::RelConflict.get(lang),
        Affinity => Text::RelAffinity.get(lang),
        Influence => Text::RelInfluence.get(lang),
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
                Position::Unchosen => Text::Unchosen.get(lang),
                Position::Isolate => Text::IsolateNx.get(lang),
                Position::Broker => Text::Broker.get(lang),
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
