//! What a text field of the A3 world map edits (the map's title, an actor's name or note, a
//! category, a link's label, a recommendation) and its title.

use crate::i18n::Text;
use crate::workbench::worldmap::model::MapId;
use crate::workbench::worldmap::text::WorldmapText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorldmapField {
    MapTitle,
    ActorName(MapId),
    ActorNote(MapId),
    CategoryName(MapId),
    LinkLabel(MapId),
    RecommendationText(MapId),
}

impl WorldmapField {
    pub fn title(self) -> Text {
        Text::Worldmap(match self {
            WorldmapField::MapTitle => WorldmapText::EditMapTitle,
            WorldmapField::ActorName(_) => WorldmapText::EditMapActorName,
            WorldmapField::ActorNote(_) => WorldmapText::EditActorNote,
            WorldmapField::CategoryName(_) => WorldmapText::EditCategoryName,
            WorldmapField::LinkLabel(_) => WorldmapText::EditLinkLabel,
            WorldmapField::RecommendationText(_) => WorldmapText::EditRecommendation,
        })
    }

    /// A note and a recommendation are long texts: `Esc` keeps them.
    pub fn keeps_on_cancel(self) -> bool {
        matches!(
            self,
            WorldmapField::ActorNote(_) | WorldmapField::RecommendationText(_)
        )
    }
}

/// A3's panels beside the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorldmapPanel {
    MapLegend,
    MapLinks,
    MapRecommendations,
}
