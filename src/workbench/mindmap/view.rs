//! Drawing of the mind-map workbench: the outline (only the rows on screen are built, so a
//! map of 10,000 nodes draws as fast as one of ten), a node's text edited in place on its
//! row, the selected node's details and findings, and the tags dialog. Reads the state only.
//!
//! `tui-tree-widget` 0.24 matches ratatui 0.30, but is not used: it takes the whole tree as
//! nested `TreeItem`s built for every frame (10,000 items per frame here) and keeps its own
//! selection by identifier paths beside ours; drawing the visible rows straight from the
//! id-keyed model is both faster and one source of truth.

use crate::i18n::Text;
use crate::workbench::check::Status;
use crate::workbench::mindmap::fields::MindmapField;
use crate::workbench::mindmap::formats::one_line;
use crate::workbench::mindmap::model::{MindMap, NodeId};
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::mindmap::update::{
    config, effective_selection, tree_of, MapsOverlay, TreeState,
};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::{self as app, EditTarget, Session};
use crate::workbench::screen::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};
use ratatui::Frame;

/// The outline, in the upper part of the work area (`split`); the panel below is drawn by
/// `workbench::render_panel`, the details by `render_details`.
pub fn render(ui: &TreeState, view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some(tree) = tree_of(view.exercise, view.workspace) else {
        return;
    };
    let selected = effective_selection(&tree, ui);
    let focused = view.panel == app::Panel::Zones;
    let mut title = format!(
        " {} · {} · {} {} ",
        view.t(Text::Mindmap(MindmapText::MindMap)),
        crate::workbench::mindmap::text::nodes(view.lang, tree.len()),
        view.t(Text::Mindmap(MindmapText::Depth)),
        tree.max_depth()
    );
    if !ui.query.is_empty() {
        title.push_str(&format!("· /{} ", ui.query));
    }
    let block = bordered_with(view.theme, title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(
        Paragraph::new(outline_lines(view.theme, &tree, selected, inner)),
        inner,
    );
}

/// The outline (above) and the panel (below) of the work area; the mouse reads the same.
pub fn split(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Percentage(64), Constraint::Min(5)]).areas(area)
}

/// Where a node's text field goes when it is edited in place: on the node's row of the
/// outline, after its guides and marker. None for other fields.
pub fn inline_field_area(app: &Session, body: Rect, target: EditTarget) -> Option<Rect> {
    let EditTarget::Mindmap(MindmapField::NodeText(id)) = target else {
        return None;
    };
    let (exercise, state) = app.current_exercise()?;
    let tree = app.current_tree()?;
    let work = layout::exercise(body, exercise, state.brief.shown).panel;
    let [outline, _] = split(work);
    let inner = app::inner(outline);
    let rows: Vec<(NodeId, usize)> = tree.visible().collect();
    let at = rows.iter().position(|(n, _)| *n == id)?;
    let offset = layout::scroll_offset(at, inner.height, rows.len());
    let depth = rows[at].1;
    let indent = if depth == 0 { 2 } else { 3 * (depth - 1) + 4 };
    let indent = u16::try_from(indent)
        .unwrap_or(u16::MAX)
        .min(inner.width.saturating_sub(8));
    let y = inner.y + u16::try_from(at - offset).ok()?;
    Some(Rect::new(inner.x + indent, y, inner.width - indent, 1))
}

/// The rows of the outline that fit in `area`, the selection kept in view.
pub fn outline_lines<'a>(
    theme: &Theme,
    tree: &'a MindMap,
    selected: NodeId,
    area: Rect,
) -> Vec<Line<'a>> {
    let rows: Vec<(NodeId, usize)> = tree.visible().collect();
    let at = rows.iter().position(|(id, _)| *id == selected).unwrap_or(0);
    let offset = layout::scroll_offset(at, area.height, rows.len());
    let width = usize::from(area.width);
    rows.iter()
        .skip(offset)
        .take(usize::from(area.height))
        .map(|&(id, depth)| row_line(theme, tree, id, depth, id == selected, width))
        .collect()
}

fn row_line<'a>(
    theme: &Theme,
    tree: &'a MindMap,
    id: NodeId,
    depth: usize,
    selected: bool,
    width: usize,
) -> Line<'a> {
    let Some(c) = tree.content(id) else {
        return Line::raw("");
    };
    let mut guides = String::new();
    if depth > 0 {
        // Ancestors below the root, top first: a bar where a later sibling follows.
        let mut chain: Vec<NodeId> = tree.ancestors(id).collect();
        chain.pop();
        for ancestor in chain.iter().rev() {
            guides.push_str(if is_last(tree, *ancestor) {
                "   "
            } else {
                "│  "
            });
        }
        guides.push_str(if is_last(tree, id) {
            "└─"
        } else {
            "├─"
        });
    }
    let has_children = !tree.children(id).is_empty();
    let marker = match (has_children, c.folded) {
        (true, true) => "▸ ",
        (true, false) => "▾ ",
        (false, _) if depth == 0 => "◉ ",
        (false, _) => "• ",
    };
    let style = if selected {
        theme.selected
    } else if depth == 0 {
        theme.title
    } else if depth == 1 {
        theme.heading
    } else {
        theme.base
    };
    let budget = width.saturating_sub(guides.chars().count() + 12).max(8);
    let mut text = if c.text.trim().is_empty() {
        "…".to_string()
    } else {
        one_line(&c.text, budget)
    };
    if c.folded && has_children {
        text.push_str(&format!(" (+{})", tree.descendant_count(id)));
    }
    let mut spans = vec![
        Span::styled(guides, theme.dim),
        Span::styled(marker, theme.accent),
        Span::styled(text, style),
    ];
    if !c.sources.is_empty() {
        spans.push(Span::styled(format!(" ✓{}", c.sources.len()), theme.ok));
    }
    if !c.note.trim().is_empty() {
        spans.push(Span::styled(" ✎", theme.dim));
    }
    if !c.link.is_empty() {
        spans.push(Span::styled(" ↗", theme.dim));
    }
    for tag in &c.tags {
        spans.push(Span::styled(format!(" #{tag}"), theme.dim));
    }
    Line::from(spans)
}

fn is_last(tree: &MindMap, id: NodeId) -> bool {
    tree.parent(id)
        .is_none_or(|p| tree.children(p).last() == Some(&id))
}

/// The selected node in full (path, text, tags, link, note, sources), then the findings.
pub fn render_details(ui: &TreeState, view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some(tree) = tree_of(view.exercise, view.workspace) else {
        return;
    };
    let selected = effective_selection(&tree, ui);
    let mut lines = Vec::new();
    let mut path: Vec<String> = tree
        .ancestors(selected)
        .map(|a| one_line(tree.text(a), 24))
        .collect();
    path.reverse();
    if !path.is_empty() {
        lines.push(Line::styled(path.join(" › "), view.theme.dim));
    }
    if let Some(c) = tree.content(selected) {
        lines.push(Line::styled(one_line(&c.text, 400), view.theme.title));
        let mut meta = Vec::new();
        if !c.tags.is_empty() {
            meta.push(Span::styled(
                format!(
                    "{}{}",
                    view.t(Text::Mindmap(MindmapText::Tags)),
                    view.lang.colon()
                ),
                view.theme.dim,
            ));
            meta.push(Span::raw(c.tags.join(", ")));
            meta.push(Span::raw("   "));
        }
        if !c.link.is_empty() {
            meta.push(Span::styled(
                format!(
                    "{}{}",
                    view.t(Text::Mindmap(MindmapText::Link)),
                    view.lang.colon()
                ),
                view.theme.dim,
            ));
            // An internal link names the node it leads to, not its id.
            let link = match tree.link_target(&c.link) {
                Some(target) => format!(
                    "→ {}",
                    crate::workbench::mindmap::formats::one_line(tree.text(target), 60)
                ),
                None => c.link.clone(),
            };
            meta.push(Span::raw(link));
        }
        if !meta.is_empty() {
            lines.push(Line::from(meta));
        }
        if c.note.trim().is_empty() {
            lines.push(Line::styled(
                view.t(Text::Mindmap(MindmapText::NodeNoNote)),
                view.theme.dim,
            ));
        } else {
            for line in c.note.lines().take(6) {
                lines.push(Line::raw(format!("  {line}")));
            }
        }
        if !c.details.trim().is_empty() {
            lines.push(Line::styled(one_line(&c.details, 200), view.theme.dim));
        }
        if c.sources.is_empty() {
            lines.push(Line::styled(
                view.t(Text::Mindmap(MindmapText::NodeNoSource)),
                view.theme.dim,
            ));
        } else {
            lines.push(Line::styled(
                view.t(Text::Mindmap(MindmapText::Sources)),
                view.theme.heading,
            ));
            for source in &c.sources {
                lines.push(Line::raw(format!("  • {}", source.label())));
            }
        }
    }
    if let Some(report) = view.report() {
        if !report.findings.is_empty() {
            lines.push(Line::styled(view.t(Text::Findings), view.theme.heading));
            for finding in &report.findings {
                lines.push(Line::styled(
                    format!("• {}", finding.message(view.lang)),
                    view.theme.warn,
                ));
            }
        } else if report.status == Status::Complete {
            lines.push(Line::styled(view.t(Text::NoFindings), view.theme.ok));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

pub(crate) fn render_overlay(
    view: &BenchView,
    frame: &mut Frame,
    body: Rect,
    overlay: &MapsOverlay,
) {
    match overlay {
        MapsOverlay::PickSource { node, cursor } => {
            let sources = tree_of(view.exercise, view.workspace)
                .and_then(|t| t.content(*node).map(|c| c.sources.clone()))
                .unwrap_or_default();
            let rows: Vec<ListItem> = sources
                .iter()
                .map(|s| ListItem::new(one_line(&s.label(), 90)))
                .collect();
            let area = layout::centered(
                body,
                body.width.saturating_sub(6).min(96),
                rows.len() as u16 + 2,
            );
            frame.render_widget(Clear, area);
            let mut list_state = ListState::default().with_selected(Some(*cursor));
            frame.render_stateful_widget(
                List::new(rows)
                    .block(bordered_with(
                        view.theme,
                        format!(" {} ", view.t(Text::Mindmap(MindmapText::PickSourceTitle))),
                        true,
                    ))
                    .highlight_style(view.theme.selected),
                area,
                &mut list_state,
            );
        }
        MapsOverlay::PickPlace { .. }
        | MapsOverlay::PickCategory { .. }
        | MapsOverlay::PickLinkTarget { .. }
        | MapsOverlay::PickRecommendationActors { .. } => {
            crate::workbench::worldmap::view::render_overlay(view, frame, body, overlay)
        }
        MapsOverlay::PickTags { node, cursor } => {
            let tags = config(view.exercise).tags;
            let current = tree_of(view.exercise, view.workspace)
                .and_then(|t| t.content(*node).map(|c| c.tags.clone()))
                .unwrap_or_default();
            let rows: Vec<ListItem> = tags
                .iter()
                .map(|tag| {
                    let mark = if current.contains(tag) { "[x]" } else { "[ ]" };
                    ListItem::new(format!("{mark} {tag}"))
                })
                .collect();
            let area = layout::centered(body, 50, tags.len() as u16 + 2);
            frame.render_widget(Clear, area);
            let mut list_state = ListState::default().with_selected(Some(*cursor));
            frame.render_stateful_widget(
                List::new(rows)
                    .block(bordered_with(
                        view.theme,
                        format!(" {} ", view.t(Text::Mindmap(MindmapText::PickTagsTitle))),
                        true,
                    ))
                    .highlight_style(view.theme.selected),
                area,
                &mut list_state,
            );
        }
    }
}
