//! Drawing of the mind-map workbench: the outline (only the rows on screen are built, so a
//! map of 10,000 nodes draws as fast as one of ten), a node's text edited in place on its
//! row, the selected node's details and findings, and the tags dialog. Reads the state only.
//!
//! `tui-tree-widget` 0.24 matches ratatui 0.30, but is not used: it takes the whole tree as
//! nested `TreeItem`s built for every frame (10,000 items per frame here) and keeps its own
//! selection by identifier paths beside ours; drawing the visible rows straight from the
//! id-keyed model is both faster and one source of truth.

use crate::case::Exercise;
use crate::i18n::Text;
use crate::workbench::check::Status;
use crate::workbench::mindmap::fields::MindmapField;
use crate::workbench::mindmap::formats::one_line;
use crate::workbench::mindmap::model::{MindMap, NodeId};
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::mindmap::update::{effective_selection, MapsOverlay};
use crate::workbench::render_panel;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered;
use crate::workbench::screen::session::{self as app, EditTarget, Session};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};
use ratatui::Frame;

/// The workbench: the outline above, the panel (details or notes) below.
pub(crate) fn render_workbench(app: &Session, frame: &mut Frame, area: Rect, exercise: &Exercise) {
    let Some(tree) = app.current_tree() else {
        return;
    };
    let Some((_, state)) = app.current_exercise() else {
        return;
    };
    let [outline, panel] = split(area);
    let Some(tree_ui) = state.bench.tree() else {
        return;
    };
    let selected = effective_selection(&tree, tree_ui);
    let focused = state.panel == app::Panel::Zones;
    let mut title = format!(
        " {} · {} · {} {} ",
        app.t(Text::Mindmap(MindmapText::MindMap)),
        crate::workbench::mindmap::text::nodes(app.lang, tree.len()),
        app.t(Text::Mindmap(MindmapText::Depth)),
        tree.max_depth()
    );
    if !tree_ui.query.is_empty() {
        title.push_str(&format!("· /{} ", tree_ui.query));
    }
    let block = bordered(app, title, focused);
    let inner = block.inner(outline);
    frame.render_widget(block, outline);
    frame.render_widget(
        Paragraph::new(outline_lines(app, &tree, selected, inner)),
        inner,
    );
    render_panel(app, frame, panel, exercise, None);
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
    app: &Session,
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
        .map(|&(id, depth)| row_line(app, tree, id, depth, id == selected, width))
        .collect()
}

fn row_line<'a>(
    app: &Session,
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
        app.theme.selected
    } else if depth == 0 {
        app.theme.title
    } else if depth == 1 {
        app.theme.heading
    } else {
        app.theme.base
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
        Span::styled(guides, app.theme.dim),
        Span::styled(marker, app.theme.accent),
        Span::styled(text, style),
    ];
    if !c.sources.is_empty() {
        spans.push(Span::styled(format!(" ✓{}", c.sources.len()), app.theme.ok));
    }
    if !c.note.trim().is_empty() {
        spans.push(Span::styled(" ✎", app.theme.dim));
    }
    if !c.link.is_empty() {
        spans.push(Span::styled(" ↗", app.theme.dim));
    }
    for tag in &c.tags {
        spans.push(Span::styled(format!(" #{tag}"), app.theme.dim));
    }
    Line::from(spans)
}

fn is_last(tree: &MindMap, id: NodeId) -> bool {
    tree.parent(id)
        .is_none_or(|p| tree.children(p).last() == Some(&id))
}

/// The selected node in full (path, text, tags, link, note, sources), then the findings.
pub(crate) fn render_details(app: &Session, frame: &mut Frame, area: Rect) {
    let (Some(tree), Some((exercise, _))) = (app.current_tree(), app.current_exercise()) else {
        return;
    };
    let Some(selected) = app.selected_node() else {
        return;
    };
    let mut lines = Vec::new();
    let mut path: Vec<String> = tree
        .ancestors(selected)
        .map(|a| one_line(tree.text(a), 24))
        .collect();
    path.reverse();
    if !path.is_empty() {
        lines.push(Line::styled(path.join(" › "), app.theme.dim));
    }
    if let Some(c) = tree.content(selected) {
        lines.push(Line::styled(one_line(&c.text, 400), app.theme.title));
        let mut meta = Vec::new();
        if !c.tags.is_empty() {
            meta.push(Span::styled(
                format!(
                    "{}{}",
                    app.t(Text::Mindmap(MindmapText::Tags)),
                    app.lang.colon()
                ),
                app.theme.dim,
            ));
            meta.push(Span::raw(c.tags.join(", ")));
            meta.push(Span::raw("   "));
        }
        if !c.link.is_empty() {
            meta.push(Span::styled(
                format!(
                    "{}{}",
                    app.t(Text::Mindmap(MindmapText::Link)),
                    app.lang.colon()
                ),
                app.theme.dim,
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
                app.t(Text::Mindmap(MindmapText::NodeNoNote)),
                app.theme.dim,
            ));
        } else {
            for line in c.note.lines().take(6) {
                lines.push(Line::raw(format!("  {line}")));
            }
        }
        if !c.details.trim().is_empty() {
            lines.push(Line::styled(one_line(&c.details, 200), app.theme.dim));
        }
        if c.sources.is_empty() {
            lines.push(Line::styled(
                app.t(Text::Mindmap(MindmapText::NodeNoSource)),
                app.theme.dim,
            ));
        } else {
            lines.push(Line::styled(
                app.t(Text::Mindmap(MindmapText::Sources)),
                app.theme.heading,
            ));
            for source in &c.sources {
                lines.push(Line::raw(format!("  • {}", source.label())));
            }
        }
    }
    if let Some(report) = app.report(&exercise.id) {
        if !report.findings.is_empty() {
            lines.push(Line::styled(app.t(Text::Findings), app.theme.heading));
            for finding in &report.findings {
                lines.push(Line::styled(
                    format!("• {}", finding.message(app.lang)),
                    app.theme.warn,
                ));
            }
        } else if report.status == Status::Complete {
            lines.push(Line::styled(app.t(Text::NoFindings), app.theme.ok));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

pub(crate) fn render_overlay(app: &Session, frame: &mut Frame, body: Rect, overlay: &MapsOverlay) {
    match overlay {
        MapsOverlay::PickSource { node, cursor } => {
            let sources = app
                .current_tree()
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
                    .block(bordered(
                        app,
                        format!(" {} ", app.t(Text::Mindmap(MindmapText::PickSourceTitle))),
                        true,
                    ))
                    .highlight_style(app.theme.selected),
                area,
                &mut list_state,
            );
        }
        MapsOverlay::PickPlace { .. }
        | MapsOverlay::PickCategory { .. }
        | MapsOverlay::PickLinkTarget { .. }
        | MapsOverlay::PickRecommendationActors { .. } => {
            crate::workbench::worldmap::view::render_overlay(app, frame, body, overlay)
        }
        MapsOverlay::PickTags { node, cursor } => {
            let tags = app.tree_config().tags;
            let current = app
                .current_tree()
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
                    .block(bordered(
                        app,
                        format!(" {} ", app.t(Text::Mindmap(MindmapText::PickTagsTitle))),
                        true,
                    ))
                    .highlight_style(app.theme.selected),
                area,
                &mut list_state,
            );
        }
    }
}
