//! The A3 world map: its strings in French and English, matched exhaustively so that neither
//! language can miss one.

/// The A3 world map's fixed strings (keys of `Text::Worldmap`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorldmapText {
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
}

impl WorldmapText {
    pub fn get(self, lang: crate::i18n::Lang) -> &'static str {
        match lang {
            crate::i18n::Lang::Fr => self.fr(),
            crate::i18n::Lang::En => self.en(),
        }
    }

    fn fr(self) -> &'static str {
        use WorldmapText::*;
        match self {
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
            NoRecommendations => "Aucune recommandation : a pour en ajouter une.",
            NoTitle => "(pas de titre : t pour écrire la problématique)",
            AddActorsFirst => "Placez d'abord au moins deux acteurs.",
            Zoom => "zoom",
            Legend => "Légende",
            MapActors => "Acteurs et enjeux",
            Links => "Liens",
            MapRecommendationsTitle => "Recommandations",
        }
    }

    fn en(self) -> &'static str {
        use WorldmapText::*;
        match self {
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
        }
    }
}

impl From<WorldmapText> for crate::i18n::Text {
    fn from(text: WorldmapText) -> Self {
        crate::i18n::Text::Worldmap(text)
    }
}

/// A count of actors on the map: "1 acteur", "8 acteurs"; "1 actor", "8 actors".
pub fn actors(lang: crate::i18n::Lang, n: usize) -> String {
    match lang {
        crate::i18n::Lang::Fr => crate::i18n::plural::count(lang, n, "acteur", "acteurs"),
        crate::i18n::Lang::En => crate::i18n::plural::count(lang, n, "actor", "actors"),
    }
}

/// A point as latitude and longitude in degrees, one decimal, as the language writes
/// numbers: "45,8° ; 4,8°" (French: the comma is the decimal mark), "45.8°, 4.8°".
pub fn coordinates(lang: crate::i18n::Lang, lat: f64, lon: f64) -> String {
    let (lat, lon) = (
        crate::i18n::numbers::fixed(lang, lat, 1),
        crate::i18n::numbers::fixed(lang, lon, 1),
    );
    match lang {
        crate::i18n::Lang::Fr => format!("{lat}° ; {lon}°"),
        crate::i18n::Lang::En => format!("{lat}°, {lon}°"),
    }
}
