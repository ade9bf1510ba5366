//! The `graph` answer (A6): a sociogram of actors and typed relations, the progress of the
//! diagnosis steps, over petgraph for the algorithms. The SIC grid itself is the exercise's
//! `board` (observations in Structure, Interactions and Culture, recommendations as its
//! strategies); observations reference actors by naming them (see [`mentioned_actors`]).
//!
//! The graph "as drawn" that the metrics read is directed and unweighted, like a networkx
//! `DiGraph` built from the relations: a relation is an arc from its source to its target, a
//! mutual relation is two arcs, several relations between the same two actors (a hierarchy
//! and an influence, say) are one arc, and a relation of an actor to itself is one arc, a
//! loop, counted as networkx counts it (one arc in and one out).

use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The relation types of the sociogram.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum RelationType {
    Hierarchy,
    Cooperation,
    Conflict,
    Affinity,
    Influence,
}

impl RelationType {
    pub const ALL: [RelationType; 5] = [
        RelationType::Hierarchy,
        RelationType::Cooperation,
        RelationType::Conflict,
        RelationType::Affinity,
        RelationType::Influence,
    ];

    /// The name used in files (CSV, GEXF, GraphML, DOT).
    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Hierarchy => "hierarchy",
            RelationType::Cooperation => "cooperation",
            RelationType::Conflict => "conflict",
            RelationType::Affinity => "affinity",
            RelationType::Influence => "influence",
        }
    }

    pub fn parse(text: &str) -> Option<RelationType> {
        RelationType::ALL
            .into_iter()
            .find(|t| t.as_str() == text.trim().to_ascii_lowercase())
    }

    /// The colour of this type in drawings and exports, as RGB.
    pub fn rgb(self) -> (u8, u8, u8) {
        match self {
            RelationType::Hierarchy => (140, 140, 140),
            RelationType::Cooperation => (46, 160, 67),
            RelationType::Conflict => (214, 39, 40),
            RelationType::Affinity => (188, 80, 188),
            RelationType::Influence => (31, 119, 180),
        }
    }

    /// Dash pattern in drawings: (drawn, gap) in tenths of the line, `None` for solid.
    pub fn dashes(self) -> Option<(u8, u8)> {
        match self {
            RelationType::Hierarchy | RelationType::Cooperation => None,
            RelationType::Conflict => Some((3, 2)),
            RelationType::Affinity => Some((1, 1)),
            RelationType::Influence => Some((6, 2)),
        }
    }

    /// The DOT / SVG style name.
    pub fn line_style(self) -> &'static str {
        match self.dashes() {
            None => "solid",
            Some((1, 1)) => "dotted",
            Some(_) => "dashed",
        }
    }
}

/// A person of the organisation on the sociogram.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GraphActor {
    /// Stable id (from the case, or from an imported file).
    pub id: String,
    pub label: String,
    /// A department id of the case (or any name an import brought).
    #[serde(default)]
    pub department: String,
    /// Hierarchical level, 1 = top management; 0 when unknown.
    #[serde(default)]
    pub level: u8,
    #[serde(default)]
    pub role: String,
    /// Where the candidate pinned the actor; the layout keeps it there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<[f64; 2]>,
}

/// A typed relation from one actor to another.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct GraphRelation {
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    pub relation_type: RelationType,
    /// 1 (weak) to 3 (strong).
    pub intensity: u8,
    /// A reciprocal choice: counted as two arcs.
    #[serde(default)]
    pub mutual: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The sociogram and the progress of the diagnosis.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Sociogram {
    #[serde(default)]
    pub actors: Vec<GraphActor>,
    #[serde(default)]
    pub relations: Vec<GraphRelation>,
    /// The diagnosis steps (indexes into the case's list) in the order they were marked done.
    #[serde(default)]
    pub steps_done: Vec<usize>,
}

/// The arcs of the graph as drawn, by actor index, without duplicates or loops.
pub type Arcs = Vec<(usize, usize)>;

impl Sociogram {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.relations.is_empty() && self.steps_done.is_empty()
    }

    /// The starter graph of a case: its actors and relations.
    pub fn from_case(org: &crate::case::Organisation) -> Sociogram {
        Sociogram {
            actors: org
                .actors
                .iter()
                .map(|a| GraphActor {
                    id: a.id.clone(),
                    label: a.name.clone(),
                    department: a.department.clone(),
                    level: a.level,
                    role: a.role.clone(),
                    pinned: None,
                })
                .collect(),
            relations: org
                .relations
                .iter()
                .map(|r| GraphRelation {
                    source: r.source.clone(),
                    target: r.target.clone(),
                    relation_type: r.relation_type,
                    intensity: r.intensity,
                    mutual: r.mutual,
                    description: r.description.clone(),
                })
                .collect(),
            steps_done: Vec::new(),
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }

    /// Arcs of the relations that pass `keep`, by actor index (see the module docs).
    pub fn arcs_where(&self, keep: impl Fn(&GraphRelation) -> bool) -> Arcs {
        let index: BTreeMap<&str, usize> = self
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let mut seen = HashSet::new();
        let mut arcs = Vec::new();
        for relation in self.relations.iter().filter(|r| keep(r)) {
            let (Some(&s), Some(&t)) = (
                index.get(relation.source.as_str()),
                index.get(relation.target.as_str()),
            ) else {
                continue;
            };
            let mut push = |a: usize, b: usize| {
                if seen.insert((a, b)) {
                    arcs.push((a, b));
                }
            };
            push(s, t);
            if relation.mutual {
                push(t, s);
            }
        }
        arcs
    }

    /// Each actor's rank in the order of their ids (index order between equal ids): the
    /// canonical order in which the communities are found, whatever the order of the input.
    pub fn rank(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by(|&a, &b| self.actors[a].id.cmp(&self.actors[b].id).then(a.cmp(&b)));
        let mut rank = vec![0; order.len()];
        for (r, &v) in order.iter().enumerate() {
            rank[v] = r;
        }
        rank
    }

    /// Every arc of the graph as drawn.
    pub fn arcs(&self) -> Arcs {
        self.arcs_where(|_| true)
    }

    /// The graph as drawn, as a petgraph `DiGraph` whose node `i` is actor `i`.
    pub fn digraph(&self) -> DiGraph<(), ()> {
        digraph(self.actors.len(), &self.arcs())
    }

    /// A fresh actor id from a name: ascii letters and digits, unique in the graph.
    pub fn fresh_id(&self, name: &str) -> String {
        let base: String = name
            .chars()
            .filter_map(|c| {
                let c = fold_accent(c).to_ascii_lowercase();
                if c.is_ascii_alphanumeric() {
                    Some(c)
                } else if c == ' ' || c == '-' || c == '_' {
                    Some('_')
                } else {
                    None
                }
            })
            .collect();
        let base = if base.trim_matches('_').is_empty() {
            "acteur".to_string()
        } else {
            base.trim_matches('_').to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.index_of(&id).is_some() {
            id = format!("{base}_{n}");
            n += 1;
        }
        id
    }

    /// Adds an actor and returns its index.
    pub fn add_actor(&mut self, label: &str, department: &str) -> usize {
        let id = self.fresh_id(label);
        self.actors.push(GraphActor {
            id,
            label: label.to_string(),
            department: department.to_string(),
            level: 0,
            role: String::new(),
            pinned: None,
        });
        self.actors.len() - 1
    }

    /// Deletes an actor and every relation touching it.
    pub fn delete_actor(&mut self, index: usize) -> bool {
        if index >= self.actors.len() {
            return false;
        }
        let id = self.actors.remove(index).id;
        self.relations.retain(|r| r.source != id && r.target != id);
        true
    }

    /// Adds a relation (intensity 2) unless the same one exists; returns its index.
    pub fn add_relation(&mut self, source: &str, target: &str, kind: RelationType) -> usize {
        if let Some(at) = self
            .relations
            .iter()
            .position(|r| r.source == source && r.target == target && r.relation_type == kind)
        {
            return at;
        }
        self.relations.push(GraphRelation {
            source: source.to_string(),
            target: target.to_string(),
            relation_type: kind,
            intensity: 2,
            mutual: false,
            description: String::new(),
        });
        self.relations.len() - 1
    }

    /// Indexes of the relations an actor takes part in, as source or target.
    pub fn relations_of(&self, id: &str) -> Vec<usize> {
        self.relations
            .iter()
            .enumerate()
            .filter(|(_, r)| r.source == id || r.target == id)
            .map(|(i, _)| i)
            .collect()
    }

    /// Marks a diagnosis step done (appended to the order of completion) or not done.
    pub fn toggle_step(&mut self, step: usize) {
        if let Some(at) = self.steps_done.iter().position(|s| *s == step) {
            self.steps_done.remove(at);
        } else {
            self.steps_done.push(step);
        }
    }
}

pub fn digraph(nodes: usize, arcs: &[(usize, usize)]) -> DiGraph<(), ()> {
    let mut graph = DiGraph::with_capacity(nodes, arcs.len());
    for _ in 0..nodes {
        graph.add_node(());
    }
    for &(s, t) in arcs {
        graph.add_edge(NodeIndex::new(s), NodeIndex::new(t), ());
    }
    graph
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' => 'i',
        'ô' | 'ö' | 'ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'À' | 'Â' => 'A',
        'É' | 'È' | 'Ê' => 'E',
        'Ç' => 'C',
        other => other,
    }
}

/// Text folded for matching names: lower case, accents removed.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(|c| fold_accent(c).to_lowercase())
        .collect()
}

/// The actors a piece of text names: by full name (accents and case ignored) or `@id`.
pub fn mentioned_actors(sociogram: &Sociogram, text: &str) -> Vec<usize> {
    Mentions::new(sociogram).in_text(text)
}

/// What a text names an actor by, folded once: to look for many actors in many texts
/// without folding every name again for each text (see [`mentioned_actors`]).
pub struct Mentions {
    /// Per actor: its folded full name (`None` when blank) and its folded `@id`.
    names: Vec<(Option<String>, String)>,
}

impl Mentions {
    pub fn new(sociogram: &Sociogram) -> Mentions {
        Mentions {
            names: sociogram.actors.iter().map(Mentions::names_of).collect(),
        }
    }

    fn names_of(actor: &GraphActor) -> (Option<String>, String) {
        let label = actor.label.trim();
        (
            (!label.is_empty()).then(|| fold(label)),
            format!("@{}", fold(&actor.id)),
        )
    }

    /// The actors `text` names, by index.
    pub fn in_text(&self, text: &str) -> Vec<usize> {
        let folded = fold(text);
        (0..self.names.len())
            .filter(|&i| self.names_folded(i, &folded))
            .collect()
    }

    fn names_folded(&self, i: usize, folded: &str) -> bool {
        let (label, id) = &self.names[i];
        label.as_ref().is_some_and(|l| folded.contains(l.as_str())) || folded.contains(id.as_str())
    }
}

/// Whether `text` names `actor` (as [`mentioned_actors`] finds it).
pub fn mentions(actor: &GraphActor, text: &str) -> bool {
    Mentions {
        names: vec![Mentions::names_of(actor)],
    }
    .names_folded(0, &fold(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str) -> GraphActor {
        GraphActor {
            id: id.into(),
            label: id.to_uppercase(),
            ..Default::default()
        }
    }

    fn relation(s: &str, t: &str, kind: RelationType, mutual: bool) -> GraphRelation {
        GraphRelation {
            source: s.into(),
            target: t.into(),
            relation_type: kind,
            intensity: 2,
            mutual,
            description: String::new(),
        }
    }

    #[test]
    fn arcs_count_mutual_twice_and_merge_parallel_relations() {
        let graph = Sociogram {
            actors: vec![actor("a"), actor("b"), actor("c")],
            relations: vec![
                relation("a", "b", RelationType::Hierarchy, false),
                relation("a", "b", RelationType::Influence, false),
                relation("b", "c", RelationType::Affinity, true),
                relation("c", "c", RelationType::Affinity, false),
            ],
            steps_done: vec![],
        };
        assert_eq!(graph.arcs(), vec![(0, 1), (1, 2), (2, 1), (2, 2)]);
        assert_eq!(graph.digraph().edge_count(), 4);
        let conflicts = graph.arcs_where(|r| r.relation_type == RelationType::Affinity);
        assert_eq!(conflicts, vec![(1, 2), (2, 1), (2, 2)]);
    }

    #[test]
    fn deleting_an_actor_deletes_its_relations() {
        let mut graph = Sociogram::default();
        graph.add_actor("Hélène Rambaud", "direction");
        graph.add_actor("Hélène Rambaud", "direction");
        assert_eq!(graph.actors[0].id, "helene_rambaud");
        assert_eq!(graph.actors[1].id, "helene_rambaud_2");
        graph.add_relation("helene_rambaud", "helene_rambaud_2", RelationType::Conflict);
        graph.add_relation("helene_rambaud", "helene_rambaud_2", RelationType::Conflict);
        assert_eq!(graph.relations.len(), 1);
        assert!(graph.delete_actor(1));
        assert!(graph.relations.is_empty());
    }

    #[test]
    fn mentions_by_name_or_id() {
        let mut graph = Sociogram::default();
        graph.add_actor("Gilles Bertrand", "logistique");
        graph.add_actor("Karim Haddad", "dsi");
        let found = mentioned_actors(&graph, "GILLES BERTRAND reste isolé ; voir @karim_haddad");
        assert_eq!(found, vec![0, 1]);
        assert!(mentioned_actors(&graph, "Gilles seul").is_empty());
    }

    #[test]
    fn steps_keep_their_order_of_completion() {
        let mut graph = Sociogram::default();
        graph.toggle_step(0);
        graph.toggle_step(2);
        graph.toggle_step(1);
        assert_eq!(graph.steps_done, vec![0, 2, 1]);
        graph.toggle_step(2);
        assert_eq!(graph.steps_done, vec![0, 1]);
    }
}
