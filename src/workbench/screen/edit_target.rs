//! What a text field edits, its title and what comes after it when a form asks several
//! fields in turn. The shell's own fields (a grade's comment, a decision's reason, the
//! group's members) are here; each kind's fields are its own enum, in its folder.

use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::workbench::board::fields::BoardField;
use crate::workbench::gdpr::text::GdprText;
use crate::workbench::grid::fields::GridField;
use crate::workbench::mindmap::fields::MindmapField;
use crate::workbench::sociogram::fields::SociogramField;
use crate::workbench::worldmap::fields::WorldmapField;

/// What a text field edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    /// Review: the comment on a rubric criterion (by index).
    GradeComment(usize),
    /// Review: why a decision goes against the case's rule (a draft in the grades as typed;
    /// the decision is recorded when Enter confirms it).
    DecisionReason(crate::case::Decision),
    /// Home: the members of the candidate's group, separated by `;` (saved as typed).
    GroupMembers,
    Board(BoardField),
    Mindmap(MindmapField),
    Worldmap(WorldmapField),
    Sociogram(SociogramField),
    Grid(GridField),
    /// A text field of the A7 sheet.
    Sheet(crate::workbench::gdpr::ui::SheetField),
}

impl EditTarget {
    pub fn title(self) -> Text {
        match self {
            EditTarget::GradeComment(_) => Text::Review(ReviewText::EditComment),
            EditTarget::DecisionReason(_) => Text::Review(ReviewText::EditReason),
            EditTarget::GroupMembers => Text::EditGroup,
            EditTarget::Board(field) => field.title(),
            EditTarget::Mindmap(field) => field.title(),
            EditTarget::Worldmap(field) => field.title(),
            EditTarget::Sociogram(field) => field.title(),
            EditTarget::Grid(field) => field.title(),
            EditTarget::Sheet(_) => Text::Gdpr(GdprText::SheetField),
        }
    }

    /// The field that follows in a form (a KPI's name, then target, then unit).
    pub(crate) fn next(self) -> Option<EditTarget> {
        match self {
            EditTarget::Board(field) => field.next().map(EditTarget::Board),
            EditTarget::Mindmap(field) => field.next().map(EditTarget::Mindmap),
            _ => None,
        }
    }

    /// A field whose text may hold several lines (Ctrl+J adds one).
    pub fn multiline(self) -> bool {
        matches!(self, EditTarget::Mindmap(MindmapField::NodeNote(_)))
    }

    /// A long text (a note, an opinion, an argument): `Esc` keeps what was typed, as the
    /// notes do, rather than dropping it.
    pub fn keeps_on_cancel(self) -> bool {
        match self {
            EditTarget::Sheet(field) => field.is_long(),
            EditTarget::Mindmap(field) => matches!(field, MindmapField::NodeNote(_)),
            EditTarget::Worldmap(field) => field.keeps_on_cancel(),
            EditTarget::Board(field) => field.keeps_on_cancel(),
            _ => false,
        }
    }

    /// A field drawn on a single row, in place (so it scrolls sideways rather than wraps).
    pub fn is_one_row(self) -> bool {
        matches!(self, EditTarget::Mindmap(MindmapField::NodeText(_)))
    }

    /// A field that edits the answer (and so goes through undo); the search does not.
    pub(crate) fn edits_answer(self) -> bool {
        self != EditTarget::Mindmap(MindmapField::Search)
    }
}
