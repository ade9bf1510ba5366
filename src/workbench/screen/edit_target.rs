//! What a text field edits (an item's text, a node's note, a grade's comment...), its title and what comes after it when a form asks several fields in turn.

use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::workbench::board::model::ItemId;
use crate::workbench::gdpr::text::GdprText;
use crate::workbench::grid::text::GridText;
use crate::workbench::mindmap::model::NodeId;
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::worldmap::model::MapId;
use crate::workbench::worldmap::text::WorldmapText;

/// What a text field edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    ItemText(ItemId),
    ItemEvidence(ItemId),
    StrategyText(ItemId),
    PriorityText(ItemId),
    KpiName(ItemId),
    KpiTarget(ItemId),
    KpiUnit(ItemId),
    /// Review: the comment on a rubric criterion (by index).
    GradeComment(usize),
    /// Review: why a decision goes against the case's rule (a draft in the grades as typed;
    /// the decision is recorded when Enter confirms it).
    DecisionReason(crate::exam::grading::Decision),
    /// Home: the members of the candidate's group, separated by `;` (saved as typed).
    GroupMembers,
    // -- tree: A5 mind map (issue 4) --
    NodeText(NodeId),
    NodeNote(NodeId),
    NodeLink(NodeId),
    SourceTitle(NodeId, usize),
    SourcePublisher(NodeId, usize),
    SourceUrl(NodeId, usize),
    SourceYear(NodeId, usize),
    /// The outline's search: jumps to the first match as it is typed.
    Search,
    // -- map targets --
    MapTitle,
    ActorName(MapId),
    ActorNote(MapId),
    CategoryName(MapId),
    LinkLabel(MapId),
    RecommendationText(MapId),
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    /// An actor's name, by index in the sociogram.
    ActorLabel(usize),
    /// An actor's formal role.
    ActorRole(usize),
    /// A cell of the grid workbench: grid index, row, column index.
    GridCell {
        grid: usize,
        row: crate::workbench::grid::model::RowKey,
        col: usize,
    },
    /// A text field of the A7 sheet.
    Sheet(crate::workbench::gdpr::ui::SheetField),
}

impl EditTarget {
    pub fn title(self) -> Text {
        match self {
            EditTarget::ItemText(_) => Text::EditItem,
            EditTarget::ItemEvidence(_) => Text::EditEvidence,
            EditTarget::StrategyText(_) => Text::EditStrategy,
            EditTarget::PriorityText(_) => Text::EditPriority,
            EditTarget::KpiName(_) => Text::EditKpiName,
            EditTarget::KpiTarget(_) => Text::EditKpiTarget,
            EditTarget::KpiUnit(_) => Text::EditKpiUnit,
            EditTarget::GradeComment(_) => Text::Review(ReviewText::EditComment),
            EditTarget::DecisionReason(_) => Text::Review(ReviewText::EditReason),
            EditTarget::GroupMembers => Text::EditGroup,
            // -- tree: A5 mind map (issue 4) --
            EditTarget::NodeText(_) => Text::Mindmap(MindmapText::EditNode),
            EditTarget::NodeNote(_) => Text::Mindmap(MindmapText::EditNote),
            EditTarget::NodeLink(_) => Text::Mindmap(MindmapText::EditLink),
            EditTarget::SourceTitle(..) => Text::Mindmap(MindmapText::EditSourceTitle),
            EditTarget::SourcePublisher(..) => Text::Mindmap(MindmapText::EditSourcePublisher),
            EditTarget::SourceUrl(..) => Text::Mindmap(MindmapText::EditSourceUrl),
            EditTarget::SourceYear(..) => Text::Mindmap(MindmapText::EditSourceYear),
            EditTarget::Search => Text::Mindmap(MindmapText::SearchPrompt),
            // -- map: A3 world map (issue 4) --
            EditTarget::MapTitle => Text::Worldmap(WorldmapText::EditMapTitle),
            EditTarget::ActorName(_) => Text::Worldmap(WorldmapText::EditMapActorName),
            EditTarget::ActorNote(_) => Text::Worldmap(WorldmapText::EditActorNote),
            EditTarget::CategoryName(_) => Text::Worldmap(WorldmapText::EditCategoryName),
            EditTarget::LinkLabel(_) => Text::Worldmap(WorldmapText::EditLinkLabel),
            EditTarget::RecommendationText(_) => Text::Worldmap(WorldmapText::EditRecommendation),
            EditTarget::ActorLabel(_) => Text::Sociogram(SociogramText::EditActorName),
            EditTarget::ActorRole(_) => Text::Sociogram(SociogramText::EditActorRole),
            EditTarget::GridCell { .. } => Text::Grid(GridText::EditCell),
            EditTarget::Sheet(_) => Text::Gdpr(GdprText::SheetField),
        }
    }

    /// The field that follows in a form (a KPI's name, then target, then unit).
    pub(crate) fn next(self) -> Option<EditTarget> {
        match self {
            EditTarget::KpiName(id) => Some(EditTarget::KpiTarget(id)),
            EditTarget::KpiTarget(id) => Some(EditTarget::KpiUnit(id)),
            // -- tree: A5 mind map (issue 4) --
            EditTarget::SourceTitle(n, i) => Some(EditTarget::SourcePublisher(n, i)),
            EditTarget::SourcePublisher(n, i) => Some(EditTarget::SourceUrl(n, i)),
            EditTarget::SourceUrl(n, i) => Some(EditTarget::SourceYear(n, i)),
            _ => None,
        }
    }

    /// A field whose text may hold several lines (Ctrl+J adds one).
    pub fn multiline(self) -> bool {
        matches!(self, EditTarget::NodeNote(_))
    }

    /// A long text (a note, an opinion, an argument): `Esc` keeps what was typed, as the
    /// notes do, rather than dropping it.
    pub fn keeps_on_cancel(self) -> bool {
        match self {
            EditTarget::Sheet(field) => field.is_long(),
            EditTarget::NodeNote(_)
            | EditTarget::ActorNote(_)
            | EditTarget::ItemEvidence(_)
            | EditTarget::RecommendationText(_) => true,
            _ => false,
        }
    }

    /// A field drawn on a single row, in place (so it scrolls sideways rather than wraps).
    pub fn is_one_row(self) -> bool {
        matches!(self, EditTarget::NodeText(_))
    }

    /// A field that edits the answer (and so goes through undo); the search does not.
    pub(crate) fn edits_answer(self) -> bool {
        self != EditTarget::Search
    }
}
