//! The A6 sociogram: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

use crate::i18n::findings::plural;
use crate::i18n::{Lang, Text};
/// The A6 sociogram's fixed strings (keys of `Text::Sociogram(SociogramText::Sociogram)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SociogramText {
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
}

impl SociogramText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use SociogramText::*;
        match self {
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
        }
    }

    fn en(self) -> &'static str {
        use SociogramText::*;
        match self {
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
        }
    }
}

impl From<SociogramText> for crate::i18n::Text {
    fn from(text: SociogramText) -> Self {
        crate::i18n::Text::Sociogram(text)
    }
}

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
            plural(lang, *count, "actor", "actors")
        ),
        (Lang::Fr, TooFewActors { count, min }) => format!(
            "le sociogramme compte {}, le cas en demande au moins {min}",
            plural(lang, *count, "acteur", "acteurs")
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
            plural(lang, *count, "recommendation", "recommendations")
        ),
        (Lang::Fr, TooFewRecommendations { count, min }) => format!(
            "{}, le cas en demande au moins {min}",
            plural(lang, *count, "préconisation", "préconisations")
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

/// What is wrong in an imported edge list or actors file, in the user's language.
pub fn import_problem(
    lang: Lang,
    problem: &crate::workbench::sociogram::import_csv::Problem,
) -> String {
    use crate::workbench::sociogram::import_csv::Problem::*;
    if lang == Lang::En {
        return problem.to_string();
    }
    match problem {
        UnreadableHeader(e) => format!("en-tête illisible : {e}"),
        EmptyFile(expected) => format!("fichier vide : un en-tête {expected} était attendu"),
        DuplicateColumn(name) => format!("la colonne « {name} » apparaît deux fois"),
        UnknownColumn {
            name,
            expected,
            separator,
        } => format!(
            "colonne « {name} » inconnue (attendu : {expected}, séparés par {})",
            if *separator == "tab" {
                "une tabulation"
            } else {
                separator
            }
        ),
        MissingColumn(name) => format!("il manque la colonne « {name} »"),
        UnreadableLine(e) => format!("ligne illisible : {e}"),
        TooManyFields { found, columns } => format!(
            "{} alors que l'en-tête a {}",
            plural(lang, *found, "champ", "champs"),
            plural(lang, *columns, "colonne", "colonnes")
        ),
        MissingField(name) => format!("il manque le champ « {name} »"),
        UnknownType(kind) => format!(
            "type « {kind} » inconnu (attendu : hierarchy, cooperation, conflict, affinity ou influence)"
        ),
        BadWeight(w) => format!("le poids « {w} » n'est pas un nombre entier de 1 à 3"),
        BadMutual(m) => format!("mutual « {m} » n'est ni yes ni no"),
        UnknownActor { name, actors_file } => format!(
            "« {name} » n'est ni un identifiant du fichier d'acteurs {actors_file} ni un acteur du cas"
        ),
        BadLevel(l) => format!("le niveau « {l} » n'est pas un nombre entier"),
    }
}
