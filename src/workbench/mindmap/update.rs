//! The mind-map workbench (A5, `tree` kind): how outline actions change the answer. `update`
//! and `update_overlay` take the outline's state (`TreeState`) and a `BenchCx`. Every
//! structural edit goes through `BenchCx::change_answer` (undo, autosave and findings for
//! free); folding and the search's reveal change only the view of the map and are not undo
//! steps. Drawing is in `view`.

use crate::case::{Exercise, Kind};
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::mindmap::fields::MindmapField;
use crate::workbench::mindmap::model::{MindMap, NodeId, Source, Subtree};
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::{Action, Mode};
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Session};
use crate::workbench::worldmap::config::TreeConfig;
use crate::workbench::worldmap::model::{LinkKind, MapId};
use crate::workspace::Workspace;
use std::borrow::Cow;

/// The outline's view state: selection, clipboard and last search.
#[derive(Debug, Default)]
pub struct TreeState {
    pub selected: NodeId,
    /// Where to go back to if the selected node disappears (a cancelled new node).
    pub previous: NodeId,
    pub clipboard: Option<Subtree>,
    pub query: String,
}

/// The map workbenches' dialogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapsOverlay {
    /// Tick the case's tags of a node.
    PickTags { node: NodeId, cursor: usize },
    /// Choose which of a node's sources to edit.
    PickSource { node: NodeId, cursor: usize },
    // -- map: A3 world map --
    /// Choose one of the case's places for a new actor.
    PickPlace { cursor: usize },
    /// Choose an actor's category (the last row makes a new one).
    PickCategory { actor: MapId, cursor: usize },
    /// Choose the other end of a link; Space changes its kind.
    PickLinkTarget {
        from: MapId,
        kind: LinkKind,
        cursor: usize,
    },
    /// Tick the actors a recommendation concerns.
    PickRecommendationActors { rec: MapId, cursor: usize },
}

impl MapsOverlay {
    pub fn mode(&self) -> Mode {
        self.map_mode()
    }
}

/// The node the outline shows as selected: the remembered one if it still exists, else the
/// one before it, else the root.
pub fn effective_selection(map: &MindMap, state: &TreeState) -> NodeId {
    if map.node(state.selected).is_some() {
        state.selected
    } else if map.node(state.previous).is_some() {
        state.previous
    } else {
        map.root()
    }
}

/// The mind-map configuration of `exercise` (defaults if it has none or is of another kind).
pub fn config(exercise: &Exercise) -> TreeConfig {
    Some(exercise)
        .filter(|e| e.kind == Kind::Tree)
        .and_then(|e| crate::case::parse_config("", &e.config).ok())
        .unwrap_or_default()
}

/// The map of `exercise` in `workspace`: the answer's, or the case's seed before the first
/// edit. None for an exercise of another kind.
pub fn tree_of<'a>(exercise: &Exercise, workspace: &'a Workspace) -> Option<Cow<'a, MindMap>> {
    if exercise.kind != Kind::Tree {
        return None;
    }
    match workspace.answer(&exercise.id).and_then(|a| a.tree.as_ref()) {
        Some(tree) => Some(Cow::Borrowed(tree)),
        None => Some(Cow::Owned(MindMap::from_seed(&config(exercise).seed_nodes))),
    }
}

impl Session {
    /// The current exercise's mind-map configuration (defaults if it has none).
    pub fn tree_config(&self) -> TreeConfig {
        self.current_exercise()
            .map(|(e, _)| config(e))
            .unwrap_or_default()
    }

    /// The map being worked on: the answer's, or the case's seed before the first edit.
    pub fn current_tree(&self) -> Option<Cow<'_, MindMap>> {
        let (exercise, _) = self.current_exercise()?;
        tree_of(exercise, &self.workspace)
    }

    pub fn selected_node(&self) -> Option<NodeId> {
        let tree = self.current_tree()?;
        Some(effective_selection(&tree, self.bench()?.tree()?))
    }

    /// Copies a text field of the map workbenches into the model; false for other targets.
    pub(crate) fn apply_maps_field(&mut self, target: EditTarget, text: &str) -> bool {
        if self.apply_map_field(target, text) {
            return true;
        }
        let EditTarget::Mindmap(field) = target else {
            return false;
        };
        if let Some((bench, mut cx)) = self.split_bench() {
            apply_field(bench.tree_mut(), &mut cx, field, text);
        }
        true
    }

    /// The current text of a map workbench's field; None for other targets.
    pub(crate) fn maps_field_text(&self, target: EditTarget) -> Option<String> {
        if let Some(text) = self.map_field_text(target) {
            return Some(text);
        }
        let tree = self.current_tree()?;
        let source =
            |id: NodeId, i: usize| tree.content(id).and_then(|c| c.sources.get(i).cloned());
        Some(match target {
            EditTarget::Mindmap(MindmapField::NodeText(id)) => tree.text(id).to_string(),
            EditTarget::Mindmap(MindmapField::NodeNote(id)) => tree.content(id)?.note.clone(),
            EditTarget::Mindmap(MindmapField::NodeLink(id)) => tree.content(id)?.link.clone(),
            EditTarget::Mindmap(MindmapField::SourceTitle(id, i)) => source(id, i)?.title,
            EditTarget::Mindmap(MindmapField::SourcePublisher(id, i)) => source(id, i)?.publisher,
            EditTarget::Mindmap(MindmapField::SourceUrl(id, i)) => source(id, i)?.url,
            EditTarget::Mindmap(MindmapField::SourceYear(id, i)) => source(id, i)?
                .year
                .map(|y| y.to_string())
                .unwrap_or_default(),
            _ => return None,
        })
    }

    pub(crate) fn update_maps_overlay(
        &mut self,
        overlay: MapsOverlay,
        action: Action,
    ) -> Vec<Effect> {
        let Some((bench, mut cx)) = self.split_bench() else {
            return Vec::new();
        };
        match overlay {
            MapsOverlay::PickSource { .. } | MapsOverlay::PickTags { .. } => {
                update_overlay(&mut cx, overlay, action)
            }
            _ => crate::workbench::worldmap::update::update_overlay(
                bench.map_mut(),
                &mut cx,
                overlay,
                action,
            ),
        }
    }
}

/// The map being worked on (see `tree_of`).
fn tree_in<'c>(cx: &'c BenchCx) -> Option<Cow<'c, MindMap>> {
    tree_of(cx.exercise, cx.workspace)
}

/// The answer's map, created from the seed if needed, changed without an undo step.
fn tree_mut<'c>(cx: &'c mut BenchCx) -> &'c mut MindMap {
    let seed = config(cx.exercise).seed_nodes;
    cx.answer_mut()
        .tree
        .get_or_insert_with(|| MindMap::from_seed(&seed))
}

/// Changes the map as one undoable step.
fn change_tree<R>(cx: &mut BenchCx, change: impl FnOnce(&mut MindMap) -> R) -> R {
    let seed = config(cx.exercise).seed_nodes;
    cx.change_answer(|answer| change(answer.tree.get_or_insert_with(|| MindMap::from_seed(&seed))))
}

/// A change of the view only (folding): saved with the map, but not an undo step.
fn change_view(ui: &mut TreeState, cx: &mut BenchCx, change: impl FnOnce(&mut MindMap) -> bool) {
    if change(tree_mut(cx)) {
        *cx.dirty = true;
    }
    keep_selection_visible(ui, cx);
}

fn select(ui: &mut TreeState, id: NodeId) {
    ui.previous = ui.selected;
    ui.selected = id;
}

/// After folding, a hidden selection moves up to its nearest visible ancestor.
fn keep_selection_visible(ui: &mut TreeState, cx: &BenchCx) {
    let Some(tree) = tree_in(cx) else {
        return;
    };
    let selected = effective_selection(&tree, ui);
    let mut visible = selected;
    for ancestor in tree.ancestors(selected) {
        if tree.content(ancestor).is_some_and(|c| c.folded) {
            visible = ancestor;
        }
    }
    if visible != selected {
        select(ui, visible);
    }
}

/// The outline's actions.
pub fn update(ui: &mut TreeState, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    let Some(tree) = tree_in(cx) else {
        return Vec::new();
    };
    let selected = effective_selection(&tree, ui);
    let is_root = selected == tree.root();
    let has_children = !tree.children(selected).is_empty();
    let folded = tree.content(selected).is_some_and(|c| c.folded);
    let rows: Vec<NodeId> = tree.visible().map(|(id, _)| id).collect();
    let row = rows.iter().position(|id| *id == selected).unwrap_or(0);
    let first_child = tree.children(selected).first().copied();
    let parent = tree.parent(selected);
    let text = tree.text(selected).to_string();
    let content = tree.content(selected).cloned().unwrap_or_default();
    drop(tree);
    match action {
        Action::SelectPrev => select(ui, rows[row.saturating_sub(1)]),
        Action::SelectNext => select(ui, rows[(row + 1).min(rows.len() - 1)]),
        Action::GoFirst => select(ui, rows[0]),
        Action::GoLast => select(ui, rows[rows.len() - 1]),
        Action::CollapseOrParent => {
            if has_children && !folded && !is_root {
                change_view(ui, cx, |m| set_folded(m, selected, true));
            } else if let Some(parent) = parent {
                select(ui, parent);
            }
        }
        Action::ExpandOrChild => {
            if folded {
                change_view(ui, cx, |m| set_folded(m, selected, false));
            } else if let Some(child) = first_child {
                select(ui, child);
            }
        }
        Action::ToggleFold if has_children && !is_root => {
            change_view(ui, cx, |m| set_folded(m, selected, !folded));
        }
        Action::FoldAll => change_view(ui, cx, |m| {
            m.fold_all(true);
            true
        }),
        Action::UnfoldAll => change_view(ui, cx, |m| {
            m.fold_all(false);
            true
        }),
        Action::FoldLevel => change_view(ui, cx, MindMap::fold_level),
        Action::UnfoldLevel => change_view(ui, cx, MindMap::unfold_level),
        Action::AddChild => add_node(ui, cx, selected, None),
        Action::AddSibling if is_root => add_node(ui, cx, selected, None),
        Action::AddSibling => add_node(ui, cx, parent.unwrap_or(selected), Some(selected)),
        Action::EditEntry => {
            cx.record_before_edit();
            cx.open_field(
                EditTarget::Mindmap(MindmapField::NodeText(selected)),
                &text,
                false,
            );
        }
        Action::EditNote => {
            cx.record_before_edit();
            cx.open_field(
                EditTarget::Mindmap(MindmapField::NodeNote(selected)),
                &content.note,
                false,
            );
        }
        Action::EditLink => {
            cx.record_before_edit();
            cx.open_field(
                EditTarget::Mindmap(MindmapField::NodeLink(selected)),
                &content.link,
                false,
            );
        }
        Action::DeleteEntry | Action::CutNode if is_root => {
            cx.info(cx.t(Text::Mindmap(MindmapText::RootStays)))
        }
        Action::DeleteEntry | Action::CutNode => {
            let next = neighbour_after_removal(cx, selected);
            let removed = change_tree(cx, |m| m.remove(selected));
            if let Some(subtree) = removed {
                select(ui, next);
                if action == Action::CutNode {
                    ui.clipboard = Some(subtree);
                    cx.info(cx.t(Text::Mindmap(MindmapText::Cut)));
                } else {
                    let count = subtree.len();
                    cx.info(format!(
                        "{} ({})",
                        cx.t(Text::Deleted),
                        crate::workbench::mindmap::text::nodes(cx.lang, count)
                    ));
                }
            }
        }
        Action::CopyNode => {
            ui.clipboard = tree_in(cx).and_then(|t| t.subtree(selected));
            cx.info(cx.t(Text::Mindmap(MindmapText::Copied)));
        }
        Action::PasteNode => {
            let Some(subtree) = ui.clipboard.clone() else {
                cx.info(cx.t(Text::Mindmap(MindmapText::ClipboardEmpty)));
                return Vec::new();
            };
            let pasted = change_tree(cx, |m| {
                let at = m.children(selected).len();
                let id = m.insert_subtree(selected, at, &subtree);
                if let Some(c) = m.content_mut(selected) {
                    c.folded = false;
                }
                id
            });
            if let Some(id) = pasted {
                select(ui, id);
                cx.info(cx.t(Text::Mindmap(MindmapText::Pasted)));
            }
        }
        Action::MoveEntryUp | Action::MoveEntryDown => {
            let up = action == Action::MoveEntryUp;
            let moved = change_tree(cx, |m| m.move_sibling(selected, up));
            let (done, refused) = match up {
                true => (ShellText::MovedUp, ShellText::AtTop),
                false => (ShellText::MovedDown, ShellText::AtBottom),
            };
            cx.say_move(moved, done, refused);
        }
        Action::IndentNode => {
            let moved = change_tree(cx, |m| m.indent(selected));
            cx.say_move(moved, ShellText::Indented, ShellText::CannotIndent);
        }
        Action::OutdentNode => {
            let moved = change_tree(cx, |m| m.outdent(selected));
            cx.say_move(moved, ShellText::Outdented, ShellText::CannotOutdent);
        }
        Action::EditTags => {
            if config(cx.exercise).tags.is_empty() {
                cx.info(cx.t(Text::Mindmap(MindmapText::NoTags)));
            } else {
                cx.record_before_edit();
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickTags {
                    node: selected,
                    cursor: 0,
                }));
            }
        }
        Action::AddSource => {
            let index = content.sources.len();
            change_tree(cx, |m| {
                if let Some(c) = m.content_mut(selected) {
                    c.sources.push(Source::default());
                }
            });
            cx.open_field(
                EditTarget::Mindmap(MindmapField::SourceTitle(selected, index)),
                "",
                true,
            );
        }
        Action::EditSource => match content.sources.len() {
            0 => cx.info(cx.t(Text::Mindmap(MindmapText::NodeNoSource))),
            1 => edit_source(cx, selected, 0),
            _ => {
                *cx.overlay = Some(Overlay::Maps(MapsOverlay::PickSource {
                    node: selected,
                    cursor: 0,
                }))
            }
        },
        Action::RemoveSource if !content.sources.is_empty() => {
            change_tree(cx, |m| {
                if let Some(c) = m.content_mut(selected) {
                    c.sources.pop();
                }
            });
            cx.info(cx.t(Text::Deleted));
        }
        Action::Search => {
            let query = ui.query.clone();
            cx.open_field(EditTarget::Mindmap(MindmapField::Search), &query, false);
        }
        Action::SearchNext => search_next(ui, cx, selected),
        _ => {}
    }
    Vec::new()
}

/// Opens the form of a node's source (title, publisher, URL, year), as one undo step.
fn edit_source(cx: &mut BenchCx, node: NodeId, index: usize) {
    let title = tree_in(cx)
        .and_then(|t| t.content(node).and_then(|c| c.sources.get(index).cloned()))
        .map(|s| s.title)
        .unwrap_or_default();
    cx.record_before_edit();
    cx.open_field(
        EditTarget::Mindmap(MindmapField::SourceTitle(node, index)),
        &title,
        false,
    );
}

/// Adds an empty node under `parent` (after `after`, or last) and opens its text field.
fn add_node(ui: &mut TreeState, cx: &mut BenchCx, parent: NodeId, after: Option<NodeId>) {
    let id = change_tree(cx, |m| {
        let index = after
            .and_then(|a| m.position(a))
            .map_or(m.children(parent).len(), |p| p + 1);
        if let Some(c) = m.content_mut(parent) {
            c.folded = false;
        }
        m.insert_child(parent, index, Default::default())
    });
    if let Some(id) = id {
        select(ui, id);
        cx.open_field(EditTarget::Mindmap(MindmapField::NodeText(id)), "", true);
    }
}

/// Where the selection goes when a node is removed: next sibling, previous, or parent.
fn neighbour_after_removal(cx: &BenchCx, id: NodeId) -> NodeId {
    let Some(tree) = tree_in(cx) else {
        return 0;
    };
    let Some(parent) = tree.parent(id) else {
        return tree.root();
    };
    let siblings = tree.children(parent);
    let pos = siblings.iter().position(|c| *c == id).unwrap_or(0);
    siblings
        .get(pos + 1)
        .or_else(|| pos.checked_sub(1).and_then(|p| siblings.get(p)))
        .copied()
        .unwrap_or(parent)
}

/// Jumps to the first match after `from` (wrapping), unfolding what hides it.
fn search_next(ui: &mut TreeState, cx: &mut BenchCx, from: NodeId) {
    let Some(tree) = tree_in(cx) else {
        return;
    };
    let matches = tree.search(&ui.query);
    // The first match after `from` in reading order, else the first of all.
    let wanted: std::collections::HashSet<NodeId> = matches.iter().copied().collect();
    let mut passed = false;
    let mut after = None;
    for (id, _) in tree.preorder() {
        if passed && wanted.contains(&id) {
            after = Some(id);
            break;
        }
        passed |= id == from;
    }
    let next = after.or_else(|| matches.first().copied());
    let total = matches.len();
    drop(tree);
    jump_to(Some(ui), cx, next, total, &matches);
}

/// Selects the match `target`, unfolding what hides it, and says which of `total` it is.
/// (`ui` is None when the bench is not the outline's: nothing is selected then.)
fn jump_to(
    ui: Option<&mut TreeState>,
    cx: &mut BenchCx,
    target: Option<NodeId>,
    total: usize,
    matches: &[NodeId],
) {
    match target {
        Some(id) => {
            let hidden = tree_in(cx).is_some_and(|t| {
                t.ancestors(id)
                    .any(|a| t.content(a).is_some_and(|c| c.folded))
            });
            if hidden {
                tree_mut(cx).reveal(id);
                *cx.dirty = true;
            }
            if let Some(ui) = ui {
                if hidden {
                    keep_selection_visible(ui, cx);
                }
                select(ui, id);
            }
            let rank = matches.iter().position(|m| *m == id).unwrap_or(0) + 1;
            cx.info(format!(
                "{} {rank}/{total}",
                cx.t(Text::Mindmap(MindmapText::Match))
            ));
        }
        None => cx.info(cx.t(Text::Mindmap(MindmapText::NoMatch))),
    }
}

/// Copies the text of a mind-map field into the model (`ui` is the outline's state).
fn apply_field(ui: Option<&mut TreeState>, cx: &mut BenchCx, field: MindmapField, text: &str) {
    let set = |c: &mut crate::workbench::mindmap::model::Content| match field {
        MindmapField::NodeText(_) => c.text = text.to_string(),
        MindmapField::NodeNote(_) => c.note = text.to_string(),
        MindmapField::NodeLink(_) => c.link = text.trim().to_string(),
        MindmapField::SourceTitle(_, i)
        | MindmapField::SourcePublisher(_, i)
        | MindmapField::SourceUrl(_, i)
        | MindmapField::SourceYear(_, i) => {
            if let Some(source) = c.sources.get_mut(i) {
                match field {
                    MindmapField::SourceTitle(..) => source.title = text.to_string(),
                    MindmapField::SourcePublisher(..) => source.publisher = text.to_string(),
                    MindmapField::SourceUrl(..) => source.url = text.trim().to_string(),
                    _ => {
                        source.year = text
                            .trim()
                            .parse()
                            .ok()
                            .filter(|y| (1000..=9999).contains(y))
                    }
                }
            }
        }
        MindmapField::Search => {}
    };
    match field {
        MindmapField::NodeText(id)
        | MindmapField::NodeNote(id)
        | MindmapField::NodeLink(id)
        | MindmapField::SourceTitle(id, _)
        | MindmapField::SourcePublisher(id, _)
        | MindmapField::SourceUrl(id, _)
        | MindmapField::SourceYear(id, _) => {
            if let Some(c) = tree_mut(cx).content_mut(id) {
                set(c);
            }
        }
        MindmapField::Search => {
            let mut ui = ui;
            if let Some(ui) = ui.as_deref_mut() {
                ui.query = text.to_string();
            }
            let first = tree_in(cx).map(|t| t.search(text));
            if let Some(matches) = first {
                if !text.trim().is_empty() {
                    jump_to(ui, cx, matches.first().copied(), matches.len(), &matches);
                }
            }
        }
    }
}

/// The tags' and the sources' dialogs over the outline.
pub fn update_overlay(cx: &mut BenchCx, overlay: MapsOverlay, action: Action) -> Vec<Effect> {
    if let MapsOverlay::PickSource { node, cursor } = overlay {
        let count = tree_in(cx)
            .and_then(|t| t.content(node).map(|c| c.sources.len()))
            .unwrap_or(0);
        let keep = |cursor| Some(Overlay::Maps(MapsOverlay::PickSource { node, cursor }));
        match action {
            Action::SelectPrev => *cx.overlay = keep(cursor.saturating_sub(1)),
            Action::SelectNext => *cx.overlay = keep((cursor + 1).min(count.saturating_sub(1))),
            Action::Confirm => edit_source(cx, node, cursor),
            Action::Cancel => {}
            _ => *cx.overlay = keep(cursor),
        }
        return Vec::new();
    }
    let MapsOverlay::PickTags { node, cursor } = overlay else {
        return Vec::new();
    };
    let tags = config(cx.exercise).tags;
    let keep = |cursor| Some(Overlay::Maps(MapsOverlay::PickTags { node, cursor }));
    match action {
        Action::SelectPrev => *cx.overlay = keep(cursor.saturating_sub(1)),
        Action::SelectNext => *cx.overlay = keep((cursor + 1).min(tags.len().saturating_sub(1))),
        Action::ToggleMark => {
            if let Some(tag) = tags.get(cursor) {
                if let Some(c) = tree_mut(cx).content_mut(node) {
                    match c.tags.iter().position(|t| t == tag) {
                        Some(i) => {
                            c.tags.remove(i);
                        }
                        None => c.tags.push(tag.clone()),
                    }
                }
                cx.touch();
            }
            *cx.overlay = keep(cursor);
        }
        Action::Confirm => return vec![Effect::SaveNow],
        Action::Cancel => {
            cx.revert();
            cx.touch();
        }
        _ => *cx.overlay = keep(cursor),
    }
    Vec::new()
}

fn set_folded(map: &mut MindMap, id: NodeId, folded: bool) -> bool {
    match map.content_mut(id) {
        Some(c) if c.folded != folded => {
            c.folded = folded;
            true
        }
        _ => false,
    }
}
