//! Metrics of the sociogram with networkx's definitions, so that anyone can check them with
//! `nx.DiGraph` (directed, unweighted; see `scripts/networkx_compare.py`):
//!
//! - in- and out-degree: arcs in and out;
//! - betweenness: `nx.betweenness_centrality(G)` (Brandes; normalised for a directed graph by
//!   `1 / ((n - 1)(n - 2))`);
//! - closeness: `nx.closeness_centrality(G)`: on a directed graph it uses the distances *to*
//!   the node, and with `wf_improved=True` (the default) the Wasserman-Faust formula
//!   `(r - 1)/(n - 1) · (r - 1)/Σd` where `r` counts the nodes that reach it (itself included);
//!   0 for a node nobody reaches;
//! - reciprocity: `nx.reciprocity(G)` (share of arcs whose reverse exists) and, per node,
//!   `nx.reciprocity(G, n)` (2 · |pred ∩ succ| / (|pred| + |succ|), undefined without arcs);
//! - Moreno's positions: a *star* is much chosen (in-degree at least the mean plus one
//!   standard deviation, and at least 2); an *unchosen* actor (Moreno's isolate) has
//!   in-degree 0 even if it chooses others; an *isolate* in networkx's sense
//!   (`nx.isolates`) has no arc at all;
//! - brokers: articulation points of the undirected view (`nx.articulation_points`);
//! - communities: greedy modularity maximisation (Clauset-Newman-Moore) on the undirected
//!   view, the algorithm of `nx.community.greedy_modularity_communities`; numbered from 1 by
//!   decreasing size. The greedy steps run over the nodes in a canonical order (the caller's
//!   rank, the actors' ids: see [`crate::workbench::sociogram::model::Sociogram::rank`]), ties
//!   broken by that rank, so the communities do not depend on the order of the input;
//! - self-loops (an actor related to itself) count as in networkx: one arc in and one out,
//!   twice in the degree of the undirected view (so in the modularity), never on a path.

pub use crate::workbench::sociogram::communities::{
    greedy_modularity, greedy_modularity_ranked, modularity, modularity_with_loops,
};
use crate::workbench::sociogram::paths::{self, PathSearches};
pub use crate::workbench::sociogram::paths::{betweenness, shortest_path_metrics};
use petgraph::graph::{NodeIndex, UnGraph};

/// Every metric of every node, by node index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metrics {
    pub in_degree: Vec<usize>,
    pub out_degree: Vec<usize>,
    pub betweenness: Vec<f64>,
    pub closeness: Vec<f64>,
    /// `None` for a node with no arc (networkx raises there).
    pub reciprocity: Vec<Option<f64>>,
    /// Community number, from 1 (the largest).
    pub community: Vec<usize>,
    pub star: Vec<bool>,
    /// In-degree 0: Moreno's isolate.
    pub unchosen: Vec<bool>,
    /// No arc at all: networkx's isolate.
    pub isolate: Vec<bool>,
    /// Articulation point of the undirected view.
    pub broker: Vec<bool>,
    /// Reciprocity of the whole graph (`None` without arcs).
    pub graph_reciprocity: Option<f64>,
    /// Modularity of the communities found, on the undirected view.
    pub modularity: f64,
}

/// Adjacency lists of a directed graph without duplicates (a loop is in both lists of its node).
struct Adjacency {
    succ: Vec<Vec<usize>>,
    pred: Vec<Vec<usize>>,
}

fn adjacency(n: usize, arcs: &[(usize, usize)]) -> Adjacency {
    let mut succ = vec![Vec::new(); n];
    let mut pred = vec![Vec::new(); n];
    for &(s, t) in arcs {
        succ[s].push(t);
        pred[t].push(s);
    }
    Adjacency { succ, pred }
}

/// Computes every metric of the graph with `n` nodes and the given arcs (no duplicates; a
/// loop `(v, v)` is an arc: see [`crate::workbench::sociogram::model::Sociogram::arcs`]).
pub fn compute(n: usize, arcs: &[(usize, usize)]) -> Metrics {
    compute_ranked(n, arcs, &[])
}

/// [`compute`] with the communities found over the nodes in the order of `rank` (node `v`
/// comes `rank[v]`-th; empty: the index order), so that they depend on the graph and the
/// ranks only, not on the order of the nodes or arcs.
pub fn compute_ranked(n: usize, arcs: &[(usize, usize)], rank: &[usize]) -> Metrics {
    compute_ranked_on(n, arcs, rank, paths::threads())
}

/// [`compute_ranked`] on `threads` threads, this one included (the figures do not depend
/// on it): fewer than the cores when something else runs beside it (an export's layout).
pub fn compute_ranked_on(
    n: usize,
    arcs: &[(usize, usize)],
    rank: &[usize],
    threads: usize,
) -> Metrics {
    let adj = adjacency(n, arcs);
    let in_degree: Vec<usize> = adj.pred.iter().map(Vec::len).collect();
    let out_degree: Vec<usize> = adj.succ.iter().map(Vec::len).collect();
    // The shortest paths (betweenness and closeness, from one search per source: see
    // `paths`) take the threads, this one once it has found the brokers and the
    // communities.
    let searches = PathSearches::new(n, &adj.succ);
    let (parts, (brokers, (community, modularity))) = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .map(|_| scope.spawn(|| searches.take_batches()))
            .collect();
        let undirected = undirected_neighbours(n, arcs);
        let rest = (
            articulation_points(n, &undirected),
            greedy_modularity_ranked(n, &undirected, &self_loops(n, arcs), rank),
        );
        let mut parts = vec![searches.take_batches()];
        parts.extend(helpers.into_iter().map(paths::join));
        (parts, rest)
    });
    let (betweenness, closeness) = searches.finish(parts);
    Metrics {
        betweenness,
        closeness,
        reciprocity: (0..n).map(|v| node_reciprocity(&adj, v)).collect(),
        community,
        star: stars(&in_degree),
        unchosen: in_degree.iter().map(|d| *d == 0).collect(),
        isolate: (0..n)
            .map(|v| in_degree[v] == 0 && out_degree[v] == 0)
            .collect(),
        broker: (0..n).map(|v| brokers[v]).collect(),
        graph_reciprocity: graph_reciprocity(arcs),
        modularity,
        in_degree,
        out_degree,
    }
}

/// The metrics that cost one pass over the arcs (degrees, reciprocity, Moreno's positions,
/// isolates, brokers), the same as [`compute`]'s; betweenness, closeness and communities
/// are left at zero (community 0: none), for the caller to fill in or to compute later
/// (the interface does them in the background on big graphs).
pub fn local(n: usize, arcs: &[(usize, usize)]) -> Metrics {
    let adj = adjacency(n, arcs);
    let in_degree: Vec<usize> = adj.pred.iter().map(Vec::len).collect();
    let out_degree: Vec<usize> = adj.succ.iter().map(Vec::len).collect();
    let undirected = undirected_neighbours(n, arcs);
    Metrics {
        betweenness: vec![0.0; n],
        closeness: vec![0.0; n],
        reciprocity: (0..n).map(|v| node_reciprocity(&adj, v)).collect(),
        community: vec![0; n],
        star: stars(&in_degree),
        unchosen: in_degree.iter().map(|d| *d == 0).collect(),
        isolate: (0..n)
            .map(|v| in_degree[v] == 0 && out_degree[v] == 0)
            .collect(),
        broker: articulation_points(n, &undirected),
        graph_reciprocity: graph_reciprocity(arcs),
        modularity: 0.0,
        in_degree,
        out_degree,
    }
}

fn node_reciprocity(adj: &Adjacency, v: usize) -> Option<f64> {
    let total = adj.pred[v].len() + adj.succ[v].len();
    if total == 0 {
        return None;
    }
    let overlap = adj.pred[v]
        .iter()
        .filter(|p| adj.succ[v].contains(p))
        .count();
    Some(2.0 * overlap as f64 / total as f64)
}

fn graph_reciprocity(arcs: &[(usize, usize)]) -> Option<f64> {
    if arcs.is_empty() {
        return None;
    }
    let set: std::collections::HashSet<(usize, usize)> = arcs.iter().copied().collect();
    // As networkx counts it (arcs less edges of the undirected view), a loop is never
    // reciprocated.
    let reciprocated = arcs
        .iter()
        .filter(|(s, t)| s != t && set.contains(&(*t, *s)))
        .count();
    Some(reciprocated as f64 / arcs.len() as f64)
}

/// Much chosen: in-degree at least the mean plus one standard deviation, and at least 2.
pub fn stars(in_degree: &[usize]) -> Vec<bool> {
    let n = in_degree.len().max(1) as f64;
    let mean = in_degree.iter().sum::<usize>() as f64 / n;
    let var = in_degree
        .iter()
        .map(|d| (*d as f64 - mean).powi(2))
        .sum::<f64>()
        / n;
    let threshold = (mean + var.sqrt()).max(2.0);
    in_degree.iter().map(|d| *d as f64 >= threshold).collect()
}

/// Sorted, de-duplicated neighbour lists of the undirected view, loops left out (see
/// [`self_loops`]).
pub fn undirected_neighbours(n: usize, arcs: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut nb = vec![Vec::new(); n];
    for &(s, t) in arcs.iter().filter(|(s, t)| s != t) {
        nb[s].push(t);
        nb[t].push(s);
    }
    for list in &mut nb {
        list.sort_unstable();
        list.dedup();
    }
    nb
}

/// The nodes with a loop.
pub fn self_loops(n: usize, arcs: &[(usize, usize)]) -> Vec<bool> {
    let mut loops = vec![false; n];
    for &(s, t) in arcs {
        if s == t {
            loops[s] = true;
        }
    }
    loops
}

/// Articulation points of the undirected view (petgraph's algorithm).
pub fn articulation_points(n: usize, neighbours: &[Vec<usize>]) -> Vec<bool> {
    let mut graph: UnGraph<(), ()> = UnGraph::with_capacity(n, 0);
    for _ in 0..n {
        graph.add_node(());
    }
    for (v, list) in neighbours.iter().enumerate() {
        for &w in list {
            if v < w {
                graph.add_edge(NodeIndex::new(v), NodeIndex::new(w), ());
            }
        }
    }
    let mut out = vec![false; n];
    for node in petgraph::algo::articulation_points::articulation_points(&graph) {
        out[node.index()] = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Closeness as it was computed before it shared the betweenness searches: one search per
    /// node on the reversed graph. The reference the shared computation must equal.
    fn closeness_by_inward_searches(n: usize, pred: &[Vec<usize>]) -> Vec<f64> {
        use std::collections::VecDeque;
        let mut out = vec![0.0; n];
        let mut dist = vec![usize::MAX; n];
        let mut queue = VecDeque::new();
        let mut seen = Vec::new();
        for (u, value) in out.iter_mut().enumerate() {
            // BFS on the reversed graph: the distances from every node to u.
            dist[u] = 0;
            seen.push(u);
            queue.push_back(u);
            let mut total = 0usize;
            while let Some(v) = queue.pop_front() {
                for &w in &pred[v] {
                    if dist[w] == usize::MAX {
                        dist[w] = dist[v] + 1;
                        total += dist[w];
                        seen.push(w);
                        queue.push_back(w);
                    }
                }
            }
            let reached = seen.len();
            if total > 0 && n > 1 {
                let r = (reached - 1) as f64;
                *value = r / total as f64 * (r / (n - 1) as f64);
            }
            for v in seen.drain(..) {
                dist[v] = usize::MAX;
            }
        }
        out
    }

    #[test]
    fn closeness_from_the_shared_searches_equals_inward_searches() {
        // Small pseudo-random graphs (a fixed LCG), loops and unreachable nodes included.
        let mut seed = 42u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        for n in [1usize, 2, 3, 7, 30, 61] {
            let mut arcs = Vec::new();
            for _ in 0..n * 3 {
                let (s, t) = (next(n), next(n));
                if !arcs.contains(&(s, t)) {
                    arcs.push((s, t));
                }
            }
            let adj = adjacency(n, &arcs);
            let (_, closeness) = shortest_path_metrics(n, &adj.succ);
            let reference = closeness_by_inward_searches(n, &adj.pred);
            for v in 0..n {
                assert!((closeness[v] - reference[v]).abs() < 1e-12, "n={n} v={v}");
            }
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// A directed path a -> b -> c -> d.
    #[test]
    fn path_by_hand() {
        let m = compute(4, &[(0, 1), (1, 2), (2, 3)]);
        assert_eq!(m.in_degree, vec![0, 1, 1, 1]);
        assert_eq!(m.out_degree, vec![1, 1, 1, 0]);
        // b lies on a->c and a->d (2 pairs), c on a->d and b->d: both 2 / (3 · 2).
        assert!(close(m.betweenness[1], 2.0 / 6.0));
        assert!(close(m.betweenness[2], 2.0 / 6.0));
        assert!(close(m.betweenness[0], 0.0));
        // Closeness of d: reached by a, b, c at 3, 2, 1: (3/6) · (3/3) = 0.5.
        assert!(close(m.closeness[3], 0.5));
        // c: reached by a (2) and b (1): (2/3) · (2/3).
        assert!(close(m.closeness[2], 4.0 / 9.0));
        // b: reached by a at 1: (1/1) · (1/3).
        assert!(close(m.closeness[1], 1.0 / 3.0));
        // a: reached by nobody.
        assert!(close(m.closeness[0], 0.0));
        assert_eq!(m.graph_reciprocity, Some(0.0));
        assert_eq!(m.unchosen, vec![true, false, false, false]);
        assert_eq!(m.isolate, vec![false; 4]);
        assert_eq!(m.broker, vec![false, true, true, false]);
    }

    /// A star: three spokes choose the hub, the hub chooses one back; plus a lone node.
    #[test]
    fn star_and_isolates_by_hand() {
        let arcs = [(1, 0), (2, 0), (3, 0), (0, 1)];
        let m = compute(5, &arcs);
        assert_eq!(m.in_degree, vec![3, 1, 0, 0, 0]);
        assert_eq!(m.star, vec![true, false, false, false, false]);
        assert_eq!(m.unchosen, vec![false, false, true, true, true]);
        assert_eq!(m.isolate, vec![false, false, false, false, true]);
        assert_eq!(m.broker, vec![true, false, false, false, false]);
        // 2 of the 4 arcs are reciprocated.
        assert_eq!(m.graph_reciprocity, Some(0.5));
        // Hub: pred {1,2,3}, succ {1}: 2 · 1 / 4.
        assert_eq!(m.reciprocity[0], Some(0.5));
        assert_eq!(m.reciprocity[4], None);
        // Paths through the hub: 2->0->1 and 3->0->1: 2 / (4 · 3).
        assert!(close(m.betweenness[0], 2.0 / 12.0));
        // Hub reached by 1, 2, 3 at distance 1 out of n - 1 = 4: (3/3) · (3/4).
        assert!(close(m.closeness[0], 0.75));
        // 1 reached by 0 (1), 2 (2), 3 (2): (3/5) · (3/4).
        assert!(close(m.closeness[1], 0.45));
    }

    /// Two triangles joined by one edge: two communities, the joining nodes are brokers.
    #[test]
    fn two_triangles_make_two_communities() {
        let mut arcs = Vec::new();
        for (s, t) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)] {
            arcs.push((s, t));
        }
        let m = compute(6, &arcs);
        assert_eq!(m.community[0], m.community[1]);
        assert_eq!(m.community[1], m.community[2]);
        assert_eq!(m.community[3], m.community[4]);
        assert_ne!(m.community[0], m.community[3]);
        // Q = 2 · (3/7 - (7/14)^2) = 6/7 - 1/2.
        assert!(close(m.modularity, 6.0 / 7.0 - 0.5), "{}", m.modularity);
        assert_eq!(m.broker, vec![false, false, true, true, false, false]);
    }

    #[test]
    fn self_loops_count_as_in_networkx() {
        // Two triangles joined by 2 -> 3, loops on 0 and 4, and 4 -> 3 reciprocating 3 -> 4.
        // Expected values from networkx 3.6.1 (nx.DiGraph with the same arcs).
        let arcs = [
            (0, 1),
            (1, 2),
            (2, 0),
            (3, 4),
            (4, 5),
            (5, 3),
            (2, 3),
            (0, 0),
            (4, 4),
            (4, 3),
        ];
        let m = compute(6, &arcs);
        assert_eq!(m.in_degree, [2, 1, 1, 3, 2, 1]);
        assert_eq!(m.out_degree, [2, 1, 2, 1, 3, 1]);
        assert_eq!(m.graph_reciprocity, Some(0.2));
        assert_eq!(m.reciprocity[0], Some(0.5));
        assert_eq!(m.reciprocity[4], Some(0.8));
        let expected = [0.05, 0.2, 0.35, 0.35, 0.2, 0.0];
        assert!(m
            .betweenness
            .iter()
            .zip(expected)
            .all(|(a, b)| close(*a, b)));
        assert_eq!(m.community, [1, 1, 1, 2, 2, 2]);
        assert!(close(m.modularity, 0.38888888888888884), "{}", m.modularity);
        assert!(!m.isolate[0] && !m.unchosen[0]);
    }

    #[test]
    fn empty_and_tiny_graphs_do_not_divide_by_zero() {
        let m = compute(0, &[]);
        assert!(m.in_degree.is_empty());
        let m = compute(2, &[(0, 1), (1, 0)]);
        assert_eq!(m.betweenness, vec![0.0, 0.0]);
        assert!(close(m.closeness[0], 1.0));
        assert_eq!(m.graph_reciprocity, Some(1.0));
        assert_eq!(m.community, vec![1, 1]);
    }

    #[test]
    fn local_metrics_are_those_of_compute() {
        let arcs = [(0, 1), (1, 0), (1, 2), (2, 3), (3, 1), (4, 2), (5, 6)];
        let all = compute(8, &arcs);
        let local = local(8, &arcs);
        assert_eq!(
            Metrics {
                betweenness: all.betweenness.clone(),
                closeness: all.closeness.clone(),
                community: all.community.clone(),
                modularity: all.modularity,
                ..local
            },
            all
        );
    }
}
