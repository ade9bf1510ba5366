//! What a text field of the A5 mind map edits (a node's text, note or link, a source's
//! title, publisher, address or year, the outline's search), its title, and the field that
//! follows in the source form.

use crate::i18n::Text;
use crate::workbench::mindmap::model::NodeId;
use crate::workbench::mindmap::text::MindmapText;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MindmapField {
    NodeText(NodeId),
    NodeNote(NodeId),
    NodeLink(NodeId),
    SourceTitle(NodeId, usize),
    SourcePublisher(NodeId, usize),
    SourceUrl(NodeId, usize),
    SourceYear(NodeId, usize),
    /// The outline's search: jumps to the first match as it is typed.
    Search,
}

impl MindmapField {
    pub fn title(self) -> Text {
        Text::Mindmap(match self {
            MindmapField::NodeText(_) => MindmapText::EditNode,
            MindmapField::NodeNote(_) => MindmapText::EditNote,
            MindmapField::NodeLink(_) => MindmapText::EditLink,
            MindmapField::SourceTitle(..) => MindmapText::EditSourceTitle,
            MindmapField::SourcePublisher(..) => MindmapText::EditSourcePublisher,
            MindmapField::SourceUrl(..) => MindmapText::EditSourceUrl,
            MindmapField::SourceYear(..) => MindmapText::EditSourceYear,
            MindmapField::Search => MindmapText::SearchPrompt,
        })
    }

    /// A source's title, then publisher, then address, then year.
    pub fn next(self) -> Option<MindmapField> {
        match self {
            MindmapField::SourceTitle(n, i) => Some(MindmapField::SourcePublisher(n, i)),
            MindmapField::SourcePublisher(n, i) => Some(MindmapField::SourceUrl(n, i)),
            MindmapField::SourceUrl(n, i) => Some(MindmapField::SourceYear(n, i)),
            _ => None,
        }
    }
}
