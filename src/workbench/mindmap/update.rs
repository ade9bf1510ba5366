//! The mind-map workbench (A5, `tree` kind): how outline actions change the answer. Every
//! structural edit goes through `Session::change_answer` (undo, autosave and findings for free);
//! folding and the search's reveal change only the view of the map and are not undo steps.
//! Drawing is in `tree_view`.

use crate::case::Kind;
use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::workbench::mindmap::fields::MindmapField;
use crate::workbench::mindmap::model::{MindMap, NodeId, Source, Subtree};
use crate::workbench::mindmap::text::MindmapText;
use crate::workbench::screen::keymap::{Action, Mode};
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Screen, Session};
use crate::workbench::worldmap::config::TreeConfig;
use crate::workbench::worldmap::model::{LinkKind, MapId};
use crate::workbench::Bench;
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

impl Session {
    fn tree_state(&self) -> Option<&TreeState> {
        match &self.screen {
            Screen::Exercise(state) => state.bench.tree(),
            Screen::Home(_) => None,
        }
    }

    fn tree_state_mut(&mut self) -> Option<&mut TreeState> {
        self.bench_mut().and_then(Bench::tree_mut)
    }

    /// The current exercise's mind-map configuration (defaults if it has none).
    pub fn tree_config(&self) -> TreeConfig {
        self.current_exercise()
            .filter(|(e, _)| e.kind == Kind::Tree)
            .and_then(|(e, _)| crate::case::parse_config("", &e.config).ok())
            .unwrap_or_default()
    }

    /// The map being worked on: the answer's, or the case's seed before the first edit.
    pub fn current_tree(&self) -> Option<Cow<'_, MindMap>> {
        let (exercise, state) = self.current_exercise()?;
        if exercise.kind != Kind::Tree {
            return None;
        }
        match self
            .workspace
            .answer(&state.exercise)
            .and_then(|a| a.tree.as_ref())
        {
            Some(tree) => Some(Cow::Borrowed(tree)),
            None => Some(Cow::Owned(MindMap::from_seed(
                &self.tree_config().seed_nodes,
            ))),
        }
    }

    pub fn selected_node(&self) -> Option<NodeId> {
        let tree = self.current_tree()?;
        Some(effective_selection(&tree, self.tree_state()?))
    }

    /// The answer's map, created from the seed if needed, changed without an undo step.
    fn tree_mut(&mut self) -> &mut MindMap {
        let seed = self.tree_config().seed_nodes;
        let id = self.exercise_id();
        self.workspace
            .answer_mut(&id)
            .tree
            .get_or_insert_with(|| MindMap::from_seed(&seed))
    }

    /// Changes the map as one undoable step.
    fn change_tree<R>(&mut self, change: impl FnOnce(&mut MindMap) -> R) -> R {
        let seed = self.tree_config().seed_nodes;
        self.change_answer(|answer| {
            change(answer.tree.get_or_insert_with(|| MindMap::from_seed(&seed)))
        })
    }

    /// A change of the view only (folding): saved with the map, but not an undo step.
    fn change_view(&mut self, change: impl FnOnce(&mut MindMap) -> bool) {
        if change(self.tree_mut()) {
            self.dirty = true;
        }
        self.keep_selection_visible();
    }

    fn select(&mut self, id: NodeId) {
        if let Some(state) = self.tree_state_mut() {
            state.previous = state.selected;
            state.selected = id;
        }
    }

    /// After folding, a hidden selection moves up to its nearest visible ancestor.
    fn keep_selection_visible(&mut self) {
        let Some(tree) = self.current_tree() else {
            return;
        };
        let Some(selected) = self.selected_node() else {
            return;
        };
        let mut visible = selected;
        for ancestor in tree.ancestors(selected) {
            if tree.content(ancestor).is_some_and(|c| c.folded) {
                visible = ancestor;
            }
        }
        if visible != selected {
            self.select(visible);
        }
    }

    pub(crate) fn update_tree(&mut self, action: Action) {
        let Some(tree) = self.current_tree() else {
            return;
        };
        let Some(state) = self.tree_state() else {
            return;
        };
        let selected = effective_selection(&tree, state);
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
            Action::SelectPrev => self.select(rows[row.saturating_sub(1)]),
            Action::SelectNext => self.select(rows[(row + 1).min(rows.len() - 1)]),
            Action::GoFirst => self.select(rows[0]),
            Action::GoLast => self.select(rows[rows.len() - 1]),
            Action::CollapseOrParent => {
                if has_children && !folded && !is_root {
                    self.change_view(|m| set_folded(m, selected, true));
                } else if let Some(parent) = parent {
                    self.select(parent);
                }
            }
            Action::ExpandOrChild => {
                if folded {
                    self.change_view(|m| set_folded(m, selected, false));
                } else if let Some(child) = first_child {
                    self.select(child);
                }
            }
            Action::ToggleFold if has_children && !is_root => {
                self.change_view(|m| set_folded(m, selected, !folded));
            }
            Action::FoldAll => self.change_view(|m| {
                m.fold_all(true);
                true
            }),
            Action::UnfoldAll => self.change_view(|m| {
                m.fold_all(false);
                true
            }),
            Action::FoldLevel => self.change_view(MindMap::fold_level),
            Action::UnfoldLevel => self.change_view(MindMap::unfold_level),
            Action::AddChild => self.add_node(selected, None),
            Action::AddSibling if is_root => self.add_node(selected, None),
            Action::AddSibling => self.add_node(parent.unwrap_or(selected), Some(selected)),
            Action::EditEntry => {
                self.record_before_edit();
                self.open_field(
                    EditTarget::Mindmap(MindmapField::NodeText(selected)),
                    &text,
                    false,
                );
            }
            Action::EditNote => {
                self.record_before_edit();
                self.open_field(
                    EditTarget::Mindmap(MindmapField::NodeNote(selected)),
                    &content.note,
                    false,
                );
            }
            Action::EditLink => {
                self.record_before_edit();
                self.open_field(
                    EditTarget::Mindmap(MindmapField::NodeLink(selected)),
                    &content.link,
                    false,
                );
            }
            Action::DeleteEntry | Action::CutNode if is_root => {
                self.info(self.t(Text::Mindmap(MindmapText::RootStays)))
            }
            Action::DeleteEntry | Action::CutNode => {
                let next = self.neighbour_after_removal(selected);
                let removed = self.change_tree(|m| m.remove(selected));
                if let Some(subtree) = removed {
                    self.select(next);
                    if action == Action::CutNode {
                        if let Some(state) = self.tree_state_mut() {
                            state.clipboard = Some(subtree);
                        }
                        self.info(self.t(Text::Mindmap(MindmapText::Cut)));
                    } else {
                        let count = subtree.len();
                        self.info(format!(
                            "{} ({})",
                            self.t(Text::Deleted),
                            crate::workbench::mindmap::text::nodes(self.lang, count)
                        ));
                    }
                }
            }
            Action::CopyNode => {
                let copy = self.current_tree().and_then(|t| t.subtree(selected));
                if let Some(state) = self.tree_state_mut() {
                    state.clipboard = copy;
                }
                self.info(self.t(Text::Mindmap(MindmapText::Copied)));
            }
            Action::PasteNode => {
                let Some(subtree) = self.tree_state().and_then(|s| s.clipboard.clone()) else {
                    self.info(self.t(Text::Mindmap(MindmapText::ClipboardEmpty)));
                    return;
                };
                let pasted = self.change_tree(|m| {
                    let at = m.children(selected).len();
                    let id = m.insert_subtree(selected, at, &subtree);
                    if let Some(c) = m.content_mut(selected) {
                        c.folded = false;
                    }
                    id
                });
                if let Some(id) = pasted {
                    self.select(id);
                    self.info(self.t(Text::Mindmap(MindmapText::Pasted)));
                }
            }
            Action::MoveEntryUp | Action::MoveEntryDown => {
                let up = action == Action::MoveEntryUp;
                let moved = self.change_tree(|m| m.move_sibling(selected, up));
                let (done, refused) = match up {
                    true => (ShellText::MovedUp, ShellText::AtTop),
                    false => (ShellText::MovedDown, ShellText::AtBottom),
                };
                self.say_move(moved, done, refused);
            }
            Action::IndentNode => {
                let moved = self.change_tree(|m| m.indent(selected));
                self.say_move(moved, ShellText::Indented, ShellText::CannotIndent);
            }
            Action::OutdentNode => {
                let moved = self.change_tree(|m| m.outdent(selected));
                self.say_move(moved, ShellText::Outdented, ShellText::CannotOutdent);
            }
            Action::EditTags => {
                if self.tree_config().tags.is_empty() {
                    self.info(self.t(Text::Mindmap(MindmapText::NoTags)));
                } else {
                    self.record_before_edit();
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickTags {
                        node: selected,
                        cursor: 0,
                    }));
                }
            }
            Action::AddSource => {
                let index = content.sources.len();
                self.change_tree(|m| {
                    if let Some(c) = m.content_mut(selected) {
                        c.sources.push(Source::default());
                    }
                });
                self.open_field(
                    EditTarget::Mindmap(MindmapField::SourceTitle(selected, index)),
                    "",
                    true,
                );
            }
            Action::EditSource => match content.sources.len() {
                0 => self.info(self.t(Text::Mindmap(MindmapText::NodeNoSource))),
                1 => self.edit_source(selected, 0),
                _ => {
                    self.overlay = Some(Overlay::Maps(MapsOverlay::PickSource {
                        node: selected,
                        cursor: 0,
                    }))
                }
            },
            Action::RemoveSource if !content.sources.is_empty() => {
                self.change_tree(|m| {
                    if let Some(c) = m.content_mut(selected) {
                        c.sources.pop();
                    }
                });
                self.info(self.t(Text::Deleted));
            }
            Action::Search => {
                let query = self
                    .tree_state()
                    .map(|s| s.query.clone())
                    .unwrap_or_default();
                self.open_field(EditTarget::Mindmap(MindmapField::Search), &query, false);
            }
            Action::SearchNext => self.search_next(selected),
            _ => {}
        }
    }

    /// Opens the form of a node's source (title, publisher, URL, year), as one undo step.
    fn edit_source(&mut self, node: NodeId, index: usize) {
        let title = self
            .current_tree()
            .and_then(|t| t.content(node).and_then(|c| c.sources.get(index).cloned()))
            .map(|s| s.title)
            .unwrap_or_default();
        self.record_before_edit();
        self.open_field(
            EditTarget::Mindmap(MindmapField::SourceTitle(node, index)),
            &title,
            false,
        );
    }

    /// Adds an empty node under `parent` (after `after`, or last) and opens its text field.
    fn add_node(&mut self, parent: NodeId, after: Option<NodeId>) {
        let id = self.change_tree(|m| {
            let index = after
                .and_then(|a| m.position(a))
                .map_or(m.children(parent).len(), |p| p + 1);
            if let Some(c) = m.content_mut(parent) {
                c.folded = false;
            }
            m.insert_child(parent, index, Default::default())
        });
        if let Some(id) = id {
            self.select(id);
            self.open_field(EditTarget::Mindmap(MindmapField::NodeText(id)), "", true);
        }
    }

    /// Where the selection goes when a node is removed: next sibling, previous, or parent.
    fn neighbour_after_removal(&self, id: NodeId) -> NodeId {
        let Some(tree) = self.current_tree() else {
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
    fn search_next(&mut self, from: NodeId) {
        let query = self
            .tree_state()
            .map(|s| s.query.clone())
            .unwrap_or_default();
        let Some(tree) = self.current_tree() else {
            return;
        };
        let matches = tree.search(&query);
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
        self.jump_to(next, total, &matches);
    }

    fn jump_to(&mut self, target: Option<NodeId>, total: usize, matches: &[NodeId]) {
        match target {
            Some(id) => {
                let hidden = self.current_tree().is_some_and(|t| {
                    t.ancestors(id)
                        .any(|a| t.content(a).is_some_and(|c| c.folded))
                });
                if hidden {
                    self.change_view(|m| {
                        m.reveal(id);
                        true
                    });
                }
                self.select(id);
                let rank = matches.iter().position(|m| *m == id).unwrap_or(0) + 1;
                self.info(format!(
                    "{} {rank}/{total}",
                    self.t(Text::Mindmap(MindmapText::Match))
                ));
            }
            None => self.info(self.t(Text::Mindmap(MindmapText::NoMatch))),
        }
    }

    /// Copies a text field of the map workbenches into the model; false for other targets.
    pub(crate) fn apply_maps_field(&mut self, target: EditTarget, text: &str) -> bool {
        if self.apply_map_field(target, text) {
            return true;
        }
        let set = |c: &mut crate::workbench::mindmap::model::Content| match target {
            EditTarget::Mindmap(MindmapField::NodeText(_)) => c.text = text.to_string(),
            EditTarget::Mindmap(MindmapField::NodeNote(_)) => c.note = text.to_string(),
            EditTarget::Mindmap(MindmapField::NodeLink(_)) => c.link = text.trim().to_string(),
            EditTarget::Mindmap(MindmapField::SourceTitle(_, i))
            | EditTarget::Mindmap(MindmapField::SourcePublisher(_, i))
            | EditTarget::Mindmap(MindmapField::SourceUrl(_, i))
            | EditTarget::Mindmap(MindmapField::SourceYear(_, i)) => {
                if let Some(source) = c.sources.get_mut(i) {
                    match target {
                        EditTarget::Mindmap(MindmapField::SourceTitle(..)) => {
                            source.title = text.to_string()
                        }
                        EditTarget::Mindmap(MindmapField::SourcePublisher(..)) => {
                            source.publisher = text.to_string()
                        }
                        EditTarget::Mindmap(MindmapField::SourceUrl(..)) => {
                            source.url = text.trim().to_string()
                        }
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
            _ => {}
        };
        match target {
            EditTarget::Mindmap(MindmapField::NodeText(id))
            | EditTarget::Mindmap(MindmapField::NodeNote(id))
            | EditTarget::Mindmap(MindmapField::NodeLink(id))
            | EditTarget::Mindmap(MindmapField::SourceTitle(id, _))
            | EditTarget::Mindmap(MindmapField::SourcePublisher(id, _))
            | EditTarget::Mindmap(MindmapField::SourceUrl(id, _))
            | EditTarget::Mindmap(MindmapField::SourceYear(id, _)) => {
                if let Some(c) = self.tree_mut().content_mut(id) {
                    set(c);
                }
                true
            }
            EditTarget::Mindmap(MindmapField::Search) => {
                if let Some(state) = self.tree_state_mut() {
                    state.query = text.to_string();
                }
                let first = self.current_tree().map(|t| t.search(text));
                if let Some(matches) = first {
                    if !text.trim().is_empty() {
                        self.jump_to(matches.first().copied(), matches.len(), &matches);
                    }
                }
                true
            }
            _ => false,
        }
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
        if let MapsOverlay::PickSource { node, cursor } = overlay {
            let count = self
                .current_tree()
                .and_then(|t| t.content(node).map(|c| c.sources.len()))
                .unwrap_or(0);
            let keep = |cursor| Some(Overlay::Maps(MapsOverlay::PickSource { node, cursor }));
            match action {
                Action::SelectPrev => self.overlay = keep(cursor.saturating_sub(1)),
                Action::SelectNext => {
                    self.overlay = keep((cursor + 1).min(count.saturating_sub(1)))
                }
                Action::Confirm => self.edit_source(node, cursor),
                Action::Cancel => {}
                _ => self.overlay = keep(cursor),
            }
            return Vec::new();
        }
        let MapsOverlay::PickTags { node, cursor } = overlay else {
            return self.update_map_overlay(overlay, action);
        };
        let tags = self.tree_config().tags;
        let keep = |cursor| Some(Overlay::Maps(MapsOverlay::PickTags { node, cursor }));
        match action {
            Action::SelectPrev => self.overlay = keep(cursor.saturating_sub(1)),
            Action::SelectNext => {
                self.overlay = keep((cursor + 1).min(tags.len().saturating_sub(1)))
            }
            Action::ToggleMark => {
                if let Some(tag) = tags.get(cursor) {
                    if let Some(c) = self.tree_mut().content_mut(node) {
                        match c.tags.iter().position(|t| t == tag) {
                            Some(i) => {
                                c.tags.remove(i);
                            }
                            None => c.tags.push(tag.clone()),
                        }
                    }
                    self.touch();
                }
                self.overlay = keep(cursor);
            }
            Action::Confirm => return vec![Effect::SaveNow],
            Action::Cancel => {
                let id = self.exercise_id();
                let history = self.histories.entry(id.clone()).or_default();
                let mut answer = self.workspace.answer(&id).cloned().unwrap_or_default();
                if history.revert(&mut answer) {
                    *self.workspace.answer_mut(&id) = answer;
                }
                self.touch();
            }
            _ => self.overlay = keep(cursor),
        }
        Vec::new()
    }
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
