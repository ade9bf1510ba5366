//! The `tree` answer (A5 mind map): nodes keyed by ids, each knowing its parent and its
//! ordered children, so every edit touches only the nodes concerned and a map of 10,000
//! nodes edits as fast as one of ten. Saved flat, in pre-order (`id`, `parent`), so a deep
//! map never meets a parser's nesting limit. Undo lives in `History`, outside.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// Hashes node ids by one multiplication (Fibonacci hashing): ids are small sequential
/// integers, so this spreads them as well as SipHash does, several times faster, which
/// every walk of a 10,000-node map feels.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Nodes = HashMap<NodeId, Arc<Node>, BuildHasherDefault<IdHasher>>;

/// Stable id of a node inside one map (for one session: ids are renumbered on load).
pub type NodeId = u32;

/// A source backing a node: what a reader needs to find it and judge its age.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    #[serde(default)]
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

impl Source {
    /// One line: "Title — Publisher, 2024 <url>".
    pub fn label(&self) -> String {
        let mut out = self.title.clone();
        if !self.publisher.is_empty() {
            out.push_str(" — ");
            out.push_str(&self.publisher);
        }
        if let Some(year) = self.year {
            out.push_str(&format!(", {year}"));
        }
        if !self.url.is_empty() {
            out.push_str(&format!(" <{}>", self.url));
        }
        out
    }

    /// The compact form used in `.mm` attributes and OPML: `title | publisher | url | year`.
    pub fn to_field(&self) -> String {
        let year = self.year.map(|y| y.to_string()).unwrap_or_default();
        [
            self.title.as_str(),
            &self.publisher,
            &self.url,
            year.as_str(),
        ]
        .iter()
        .map(|s| s.replace('|', "/"))
        .collect::<Vec<_>>()
        .join(" | ")
    }

    pub fn from_field(field: &str) -> Source {
        let mut parts = field.split('|').map(str::trim);
        let title = parts.next().unwrap_or("").to_string();
        let publisher = parts.next().unwrap_or("").to_string();
        let url = parts.next().unwrap_or("").to_string();
        let year = parts.next().and_then(|y| y.parse().ok());
        Source {
            title,
            publisher,
            url,
            year,
        }
    }
}

/// What a node holds, apart from its place in the tree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Content {
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Freeplane's "details" (a second text under the node), kept through imports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub details: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Other name/value attributes (from Freeplane), kept through imports and exports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub folded: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: NodeId,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub content: Content,
}

/// A node as saved: its content, its id and its parent's id, in pre-order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlatNode {
    pub id: NodeId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<NodeId>,
    #[serde(flatten)]
    pub content: Content,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Saved {
    nodes: Vec<FlatNode>,
}

/// A detached subtree (cut or copied): contents with the index of each one's parent in the
/// list, parents first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Subtree {
    pub nodes: Vec<(Option<usize>, Content)>,
}

impl Subtree {
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// A mind map: one root, any number of descendants. Nodes are shared (`Arc`) between the
/// map and its undo snapshots: a snapshot copies pointers, an edit copies only the nodes it
/// touches, and comparing two snapshots skips the nodes they share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "Saved", into = "Saved")]
pub struct MindMap {
    nodes: Nodes,
    root: NodeId,
    next_id: NodeId,
}

impl Default for MindMap {
    fn default() -> Self {
        MindMap::new("")
    }
}

impl From<Saved> for MindMap {
    /// Rebuilds the tree from a saved list, whatever it holds: a node whose parent is
    /// unknown (or comes later) hangs from the root, so nothing is ever dropped.
    fn from(saved: Saved) -> MindMap {
        let mut nodes = saved.nodes.into_iter();
        let (mut map, first_id) = match nodes.next() {
            Some(first) => (MindMap::with_root(first.content), first.id),
            None => return MindMap::new(""),
        };
        let mut ids: HashMap<NodeId, NodeId> = HashMap::new();
        ids.insert(first_id, map.root);
        for flat in nodes {
            let parent = flat
                .parent
                .and_then(|p| ids.get(&p).copied())
                .unwrap_or(map.root);
            let id = map.push_child(parent, flat.content);
            ids.entry(flat.id).or_insert(id);
        }
        // Internal links name the saved ids: they follow their nodes to the new ones.
        map.remap_links(|key| {
            key.strip_prefix(KEY_PREFIX)
                .and_then(|n| n.parse::<NodeId>().ok())
                .and_then(|old| ids.get(&old).copied())
        });
        map
    }
}

impl From<MindMap> for Saved {
    fn from(map: MindMap) -> Saved {
        Saved {
            nodes: map
                .preorder()
                .map(|(id, _)| {
                    let node = &map.nodes[&id];
                    FlatNode {
                        id,
                        parent: node.parent,
                        content: node.content.clone(),
                    }
                })
                .collect(),
        }
    }
}

impl MindMap {
    pub fn new(root_text: &str) -> MindMap {
        MindMap::with_root(Content {
            text: root_text.to_string(),
            ..Content::default()
        })
    }

    pub fn with_root(content: Content) -> MindMap {
        let mut nodes = Nodes::default();
        nodes.insert(
            0,
            Arc::new(Node {
                id: 0,
                parent: None,
                children: Vec::new(),
                content,
            }),
        );
        MindMap {
            nodes,
            root: 0,
            next_id: 1,
        }
    }

    pub fn root(&self) -> NodeId {
        self.root
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// A map is empty when it is a root without text and without children.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() == 1 && self.content(self.root).is_none_or(|c| c.text.is_empty())
    }

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(&id).map(Arc::as_ref)
    }

    pub fn content(&self, id: NodeId) -> Option<&Content> {
        self.nodes.get(&id).map(|n| &n.content)
    }

    pub fn content_mut(&mut self, id: NodeId) -> Option<&mut Content> {
        self.nodes
            .get_mut(&id)
            .map(|n| &mut Arc::make_mut(n).content)
    }

    pub fn text(&self, id: NodeId) -> &str {
        self.content(id).map_or("", |c| c.text.as_str())
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        self.nodes.get(&id).map_or(&[], |n| n.children.as_slice())
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes.get(&id).and_then(|n| n.parent)
    }

    /// Distance from the root (the root is at depth 0).
    pub fn depth(&self, id: NodeId) -> usize {
        let mut depth = 0;
        let mut at = id;
        while let Some(parent) = self.parent(at) {
            depth += 1;
            at = parent;
        }
        depth
    }

    /// Every node with its depth, parents before children, siblings in order.
    pub fn preorder(&self) -> impl Iterator<Item = (NodeId, usize)> + '_ {
        self.walk(false)
    }

    /// The rows an outline shows: like `preorder`, without the children of folded nodes.
    pub fn visible(&self) -> impl Iterator<Item = (NodeId, usize)> + '_ {
        self.walk(true)
    }

    fn walk(&self, skip_folded: bool) -> impl Iterator<Item = (NodeId, usize)> + '_ {
        let mut stack = vec![(self.root, 0usize)];
        std::iter::from_fn(move || {
            let (id, depth) = stack.pop()?;
            if let Some(node) = self.nodes.get(&id) {
                if !(skip_folded && node.content.folded) {
                    stack.extend(node.children.iter().rev().map(|c| (*c, depth + 1)));
                }
            }
            Some((id, depth))
        })
    }

    /// Greatest depth of any node.
    pub fn max_depth(&self) -> usize {
        self.preorder().map(|(_, d)| d).max().unwrap_or(0)
    }

    fn fresh_id(&mut self) -> NodeId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn push_child(&mut self, parent: NodeId, content: Content) -> NodeId {
        let index = self.children(parent).len();
        self.insert_child(parent, index, content)
            .unwrap_or(self.root)
    }

    /// Inserts a node under `parent` at `index` (clamped); None if the parent is unknown.
    pub fn insert_child(
        &mut self,
        parent: NodeId,
        index: usize,
        content: Content,
    ) -> Option<NodeId> {
        if !self.nodes.contains_key(&parent) {
            return None;
        }
        let id = self.fresh_id();
        self.nodes.insert(
            id,
            Arc::new(Node {
                id,
                parent: Some(parent),
                children: Vec::new(),
                content,
            }),
        );
        let siblings = &mut Arc::make_mut(self.nodes.get_mut(&parent)?).children;
        let index = index.min(siblings.len());
        siblings.insert(index, id);
        Some(id)
    }

    /// Adds a child with this text at the end of `parent`'s children.
    pub fn add_child(&mut self, parent: NodeId, text: &str) -> Option<NodeId> {
        let index = self.children(parent).len();
        self.insert_child(parent, index, text_content(text))
    }

    /// Adds a sibling right after `after` (the root has no siblings).
    pub fn add_sibling(&mut self, after: NodeId, text: &str) -> Option<NodeId> {
        let parent = self.parent(after)?;
        let index = self.position(after)? + 1;
        self.insert_child(parent, index, text_content(text))
    }

    /// Position of a node among its siblings.
    pub fn position(&self, id: NodeId) -> Option<usize> {
        let parent = self.parent(id)?;
        self.children(parent).iter().position(|c| *c == id)
    }

    /// Removes a node and its descendants and returns them (the root cannot be removed).
    pub fn remove(&mut self, id: NodeId) -> Option<Subtree> {
        let parent = self.parent(id)?;
        let subtree = self.subtree(id)?;
        let doomed: Vec<NodeId> = self.descendants(id).collect();
        for node in doomed {
            self.nodes.remove(&node);
        }
        if let Some(p) = self.nodes.get_mut(&parent) {
            Arc::make_mut(p).children.retain(|c| *c != id);
        }
        Some(subtree)
    }

    /// The node and everything under it, parents first.
    pub fn descendants(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![id];
        std::iter::from_fn(move || {
            let at = stack.pop()?;
            stack.extend(self.children(at).iter().rev());
            Some(at)
        })
    }

    /// A copy of the subtree under `id`.
    pub fn subtree(&self, id: NodeId) -> Option<Subtree> {
        self.nodes.get(&id)?;
        let mut index_of: HashMap<NodeId, usize> = HashMap::new();
        let mut nodes = Vec::new();
        for node in self.descendants(id) {
            let parent = if node == id {
                None
            } else {
                self.parent(node).and_then(|p| index_of.get(&p).copied())
            };
            index_of.insert(node, nodes.len());
            nodes.push((parent, self.nodes[&node].content.clone()));
        }
        Some(Subtree { nodes })
    }

    /// Inserts a subtree under `parent` at `index`; returns the id of its top node.
    pub fn insert_subtree(
        &mut self,
        parent: NodeId,
        index: usize,
        subtree: &Subtree,
    ) -> Option<NodeId> {
        let mut ids: Vec<NodeId> = Vec::with_capacity(subtree.len());
        let mut top = None;
        for (parent_index, content) in &subtree.nodes {
            let id = match parent_index.and_then(|i| ids.get(i).copied()) {
                Some(p) => {
                    let at = self.children(p).len();
                    self.insert_child(p, at, content.clone())?
                }
                None if top.is_none() => {
                    let id = self.insert_child(parent, index, content.clone())?;
                    top = Some(id);
                    id
                }
                None => return top,
            };
            ids.push(id);
        }
        top
    }

    /// Swaps a node with its previous (`up`) or next sibling.
    pub fn move_sibling(&mut self, id: NodeId, up: bool) -> bool {
        let (Some(parent), Some(pos)) = (self.parent(id), self.position(id)) else {
            return false;
        };
        let siblings =
            &mut Arc::make_mut(self.nodes.get_mut(&parent).expect("parent exists")).children;
        let other = if up {
            match pos.checked_sub(1) {
                Some(o) => o,
                None => return false,
            }
        } else if pos + 1 < siblings.len() {
            pos + 1
        } else {
            return false;
        };
        siblings.swap(pos, other);
        true
    }

    /// Makes a node the last child of its previous sibling.
    pub fn indent(&mut self, id: NodeId) -> bool {
        let (Some(parent), Some(pos)) = (self.parent(id), self.position(id)) else {
            return false;
        };
        if pos == 0 {
            return false;
        }
        let new_parent = self.children(parent)[pos - 1];
        self.reparent(id, new_parent, usize::MAX);
        if let Some(c) = self.content_mut(new_parent) {
            c.folded = false;
        }
        true
    }

    /// Makes a node the next sibling of its parent (a first-level node stays under the root).
    pub fn outdent(&mut self, id: NodeId) -> bool {
        let Some(parent) = self.parent(id) else {
            return false;
        };
        let (Some(grand), Some(parent_pos)) = (self.parent(parent), self.position(parent)) else {
            return false;
        };
        self.reparent(id, grand, parent_pos + 1);
        true
    }

    /// Moves a node (with its subtree) under a new parent at `index` (clamped). Refuses to
    /// move a node under itself or its descendants.
    pub fn reparent(&mut self, id: NodeId, new_parent: NodeId, index: usize) -> bool {
        let Some(old_parent) = self.parent(id) else {
            return false;
        };
        if !self.nodes.contains_key(&new_parent)
            || self.ancestors(new_parent).any(|a| a == id)
            || new_parent == id
        {
            return false;
        }
        if let Some(p) = self.nodes.get_mut(&old_parent) {
            Arc::make_mut(p).children.retain(|c| *c != id);
        }
        let siblings =
            &mut Arc::make_mut(self.nodes.get_mut(&new_parent).expect("checked")).children;
        let index = index.min(siblings.len());
        siblings.insert(index, id);
        if let Some(n) = self.nodes.get_mut(&id) {
            Arc::make_mut(n).parent = Some(new_parent);
        }
        true
    }

    /// Parent, grandparent... up to the root.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut at = self.parent(id);
        std::iter::from_fn(move || {
            let current = at?;
            at = self.parent(current);
            Some(current)
        })
    }

    /// Unfolds every ancestor so the node shows in the outline.
    pub fn reveal(&mut self, id: NodeId) {
        let ancestors: Vec<NodeId> = self.ancestors(id).collect();
        for a in ancestors {
            if let Some(c) = self.content_mut(a) {
                c.folded = false;
            }
        }
    }

    /// Folds (or unfolds) every node that has children.
    pub fn fold_all(&mut self, folded: bool) {
        let root = self.root;
        for node in self.nodes.values_mut() {
            let wanted = folded && !node.children.is_empty() && node.id != root;
            // Only the nodes that change are copied.
            if node.content.folded != wanted {
                Arc::make_mut(node).content.folded = wanted;
            }
        }
    }

    /// Shows one more level: unfolds the folded nodes that are visible now.
    pub fn unfold_level(&mut self) -> bool {
        let folded: Vec<NodeId> = self
            .visible()
            .filter(|(id, _)| self.nodes[id].content.folded)
            .map(|(id, _)| id)
            .collect();
        for id in &folded {
            if let Some(c) = self.content_mut(*id) {
                c.folded = false;
            }
        }
        !folded.is_empty()
    }

    /// Hides the deepest visible level: folds the visible parents whose children are all
    /// leaves or folded.
    pub fn fold_level(&mut self) -> bool {
        let visible: Vec<(NodeId, usize)> = self.visible().collect();
        let deepest_parent = visible
            .iter()
            .filter(|(id, _)| *id != self.root && !self.nodes[id].children.is_empty())
            .filter(|(id, _)| !self.nodes[id].content.folded)
            .map(|(_, d)| *d)
            .max();
        let Some(depth) = deepest_parent else {
            return false;
        };
        for (id, d) in visible {
            if d == depth && id != self.root && !self.nodes[&id].children.is_empty() {
                if let Some(c) = self.content_mut(id) {
                    c.folded = true;
                }
            }
        }
        true
    }

    /// Nodes whose text, note, tags or sources (title, publisher) contain `query`
    /// (case-insensitive), in pre-order.
    pub fn search(&self, query: &str) -> Vec<NodeId> {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        self.preorder()
            .filter(|(id, _)| {
                let c = &self.nodes[id].content;
                c.text.to_lowercase().contains(&query)
                    || c.note.to_lowercase().contains(&query)
                    || c.tags.iter().any(|t| t.to_lowercase().contains(&query))
                    || c.sources.iter().any(|s| {
                        s.title.to_lowercase().contains(&query)
                            || s.publisher.to_lowercase().contains(&query)
                    })
            })
            .map(|(id, _)| id)
            .collect()
    }

    /// Number of nodes under `id`, itself excluded.
    pub fn descendant_count(&self, id: NodeId) -> usize {
        self.descendants(id).count().saturating_sub(1)
    }
}

/// How a node is named in files (`ID` in `.mm`) and in internal links (`#ID_12`), as
/// Freeplane names its own nodes.
const KEY_PREFIX: &str = "ID_";

impl MindMap {
    /// A node's name in files: `ID_12`.
    pub fn node_key(id: NodeId) -> String {
        format!("{KEY_PREFIX}{id}")
    }

    /// The link to a node of the same map: `#ID_12`.
    pub fn internal_link(id: NodeId) -> String {
        format!("#{KEY_PREFIX}{id}")
    }

    /// The node of this map an internal link (`#ID_12`) points to, if it is one and the
    /// node exists.
    pub fn link_target(&self, link: &str) -> Option<NodeId> {
        let id = link
            .strip_prefix('#')?
            .strip_prefix(KEY_PREFIX)?
            .parse::<NodeId>()
            .ok()?;
        self.nodes.contains_key(&id).then_some(id)
    }

    /// Rewrites every internal link `#KEY` whose KEY `target` knows into a link to the node
    /// it names; other links (web addresses, keys `target` does not know) stay as they are.
    /// Each link is looked up once, in its original form, so two keys swapping places do not
    /// chain.
    pub fn remap_links(&mut self, target: impl Fn(&str) -> Option<NodeId>) {
        let changes: Vec<(NodeId, String)> = self
            .nodes
            .values()
            .filter_map(|node| {
                let key = node.content.link.strip_prefix('#')?;
                let to = target(key)?;
                let link = MindMap::internal_link(to);
                (link != node.content.link).then_some((node.id, link))
            })
            .collect();
        for (id, link) in changes {
            if let Some(c) = self.content_mut(id) {
                c.link = link;
            }
        }
    }
}

fn text_content(text: &str) -> Content {
    Content {
        text: text.to_string(),
        ..Content::default()
    }
}

/// A node of an outline given as nested data (the case's seed, a test's fixture).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SeedNode {
    pub text: String,
    #[serde(default)]
    pub tag: String,
    #[serde(default)]
    pub children: Vec<SeedNode>,
}

impl MindMap {
    /// A map built from nested seed nodes (the first one is the root; others hang from it).
    pub fn from_seed(seed: &[SeedNode]) -> MindMap {
        let Some(first) = seed.first() else {
            return MindMap::new("");
        };
        let mut map = MindMap::with_root(seed_content(first));
        let root = map.root;
        let mut stack: Vec<(NodeId, &SeedNode)> = Vec::new();
        for child in first.children.iter().chain(seed.iter().skip(1)).rev() {
            stack.push((root, child));
        }
        // Depth-first with an explicit stack; children pushed in reverse keep their order.
        while let Some((parent, node)) = stack.pop() {
            let id = map.push_child(parent, seed_content(node));
            for child in node.children.iter().rev() {
                stack.push((id, child));
            }
        }
        map
    }
}

fn seed_content(node: &SeedNode) -> Content {
    Content {
        text: node.text.clone(),
        tags: if node.tag.is_empty() {
            Vec::new()
        } else {
            vec![node.tag.clone()]
        },
        ..Content::default()
    }
}

#[cfg(test)]
mod tests;
