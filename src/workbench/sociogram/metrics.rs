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

use petgraph::graph::{NodeIndex, UnGraph};
use std::collections::HashMap;

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
    let adj = adjacency(n, arcs);
    let in_degree: Vec<usize> = adj.pred.iter().map(Vec::len).collect();
    let out_degree: Vec<usize> = adj.succ.iter().map(Vec::len).collect();
    // The shortest paths (betweenness and closeness, from one search per source) run in two
    // fixed halves of the sources on two threads, beside the communities. The halves are
    // the same on any machine and are added in one order, so the figures do not depend on
    // the number of cores.
    let ((betweenness, closeness), (brokers, (community, modularity))) =
        std::thread::scope(|scope| {
            let paths = scope.spawn(|| shortest_path_metrics(n, &adj.succ));
            let undirected = undirected_neighbours(n, arcs);
            let rest = (
                articulation_points(n, &undirected),
                greedy_modularity_ranked(n, &undirected, &self_loops(n, arcs), rank),
            );
            // A panic in the worker is a bug of this module: surface it here.
            let paths = paths
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (paths, rest)
        });
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

/// Betweenness (Brandes) and closeness, normalised like networkx, from one breadth-first
/// search per source: a search from `s` gives the distance from `s` to every node it
/// reaches, which is what the closeness of that node sums (inward distances). The sources
/// are split in two fixed halves searched on two threads.
pub fn shortest_path_metrics(n: usize, succ: &[Vec<usize>]) -> (Vec<f64>, Vec<f64>) {
    // Successors in one flat array (compressed rows): the searches stay in cache.
    let mut start = Vec::with_capacity(n + 1);
    let mut targets: Vec<u32> = Vec::new();
    start.push(0usize);
    for list in succ.iter().take(n) {
        targets.extend(list.iter().map(|&w| w as u32));
        start.push(targets.len());
    }
    let rows = Rows {
        start: &start,
        targets: &targets,
    };
    let half = n / 2;
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| searches(n, rows, half..n));
        let first = searches(n, rows, 0..half);
        let second = second
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (first, second)
    });
    let mut betweenness: Vec<f64> = first
        .centrality
        .iter()
        .zip(&second.centrality)
        .map(|(a, b)| a + b)
        .collect();
    if n > 2 {
        let scale = 1.0 / ((n as f64 - 1.0) * (n as f64 - 2.0));
        for c in &mut betweenness {
            *c *= scale;
        }
    }
    // Wasserman-Faust: (r / total) * (r / (n - 1)), r the nodes that reach v.
    let closeness = (0..n)
        .map(|v| {
            let total = first.distance_sum[v] + second.distance_sum[v];
            let reached = first.reached_by[v] + second.reached_by[v];
            if total > 0 && n > 1 {
                let r = reached as f64;
                r / total as f64 * (r / (n - 1) as f64)
            } else {
                0.0
            }
        })
        .collect();
    (betweenness, closeness)
}

/// Brandes' betweenness alone (see [`shortest_path_metrics`]).
pub fn betweenness(n: usize, succ: &[Vec<usize>]) -> Vec<f64> {
    shortest_path_metrics(n, succ).0
}

/// The graph's successors, compressed: node `v`'s are `targets[start[v]..start[v + 1]]`.
#[derive(Clone, Copy)]
struct Rows<'a> {
    start: &'a [usize],
    targets: &'a [u32],
}

/// What the searches from some of the sources add up: unnormalised dependencies, and for
/// each node the sum of its distances from them and how many of them reach it.
struct Searched {
    centrality: Vec<f64>,
    distance_sum: Vec<u64>,
    reached_by: Vec<u32>,
}

/// The searches from `sources`. The dependencies are accumulated by walking the search
/// order backwards over the successors on a shortest path (no predecessor lists), and only
/// the nodes a search reached are reset.
fn searches(n: usize, rows: Rows, sources: std::ops::Range<usize>) -> Searched {
    let Rows { start, targets } = rows;
    let mut out = Searched {
        centrality: vec![0.0f64; n],
        distance_sum: vec![0; n],
        reached_by: vec![0; n],
    };
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    for s in sources {
        for &v in &order {
            let v = v as usize;
            sigma[v] = 0.0;
            dist[v] = u32::MAX;
            delta[v] = 0.0;
        }
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        order.push(s as u32);
        // `order` is the search's queue and, once done, the nodes by distance.
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            let next = dist[v] + 1;
            let sigma_v = sigma[v];
            for &w in &targets[start[v]..start[v + 1]] {
                let w = w as usize;
                if dist[w] == u32::MAX {
                    dist[w] = next;
                    order.push(w as u32);
                    out.distance_sum[w] += u64::from(next);
                    out.reached_by[w] += 1;
                }
                if dist[w] == next {
                    sigma[w] += sigma_v;
                }
            }
        }
        for &v in order.iter().rev() {
            let v = v as usize;
            let next = dist[v] + 1;
            let mut sum = 0.0;
            for &w in &targets[start[v]..start[v + 1]] {
                let w = w as usize;
                if dist[w] == next {
                    sum += (1.0 + delta[w]) / sigma[w];
                }
            }
            delta[v] = sigma[v] * sum;
            if v != s {
                out.centrality[v] += delta[v];
            }
        }
    }
    out
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

/// [`greedy_modularity_ranked`] with no loops, over the nodes in index order.
pub fn greedy_modularity(n: usize, neighbours: &[Vec<usize>]) -> (Vec<usize>, f64) {
    greedy_modularity_ranked(n, neighbours, &[], &[])
}

/// [`greedy_modularity_in_order`] over the nodes renumbered by `rank` (empty: index order),
/// its result numbered back: the partition then depends on the graph and the ranks only.
/// `loops[v]` (empty: none) says that node `v` has a loop.
pub fn greedy_modularity_ranked(
    n: usize,
    neighbours: &[Vec<usize>],
    loops: &[bool],
    rank: &[usize],
) -> (Vec<usize>, f64) {
    let has_loop = |v: usize| loops.get(v).copied().unwrap_or(false);
    if rank.len() != n {
        let loops: Vec<bool> = (0..n).map(has_loop).collect();
        return greedy_modularity_in_order(n, neighbours, &loops);
    }
    let mut ranked = vec![Vec::new(); n];
    let mut ranked_loops = vec![false; n];
    for v in 0..n {
        let mut list: Vec<usize> = neighbours[v].iter().map(|&w| rank[w]).collect();
        list.sort_unstable();
        ranked[rank[v]] = list;
        ranked_loops[rank[v]] = has_loop(v);
    }
    let (community, q) = greedy_modularity_in_order(n, &ranked, &ranked_loops);
    ((0..n).map(|v| community[rank[v]]).collect(), q)
}

/// Clauset-Newman-Moore greedy modularity on the undirected view: start from singletons,
/// merge the two connected communities whose merge raises modularity most (ties: the
/// smallest pair of community numbers), stop when no merge raises it. Each community keeps
/// its best merge; after a merge only the merged community and its neighbours recompute
/// theirs. Returns each node's community (from 1, by decreasing size; ties by smallest
/// member) and the modularity. A loop counts twice in its node's degree, as in networkx,
/// and never in a merge's gain.
fn greedy_modularity_in_order(
    n: usize,
    neighbours: &[Vec<usize>],
    loops: &[bool],
) -> (Vec<usize>, f64) {
    let degree: Vec<usize> = (0..n)
        .map(|v| neighbours[v].len() + 2 * usize::from(loops[v]))
        .collect();
    let ends: usize = degree.iter().sum();
    if n == 0 {
        return (Vec::new(), 0.0);
    }
    if ends == 0 {
        return ((1..=n).collect(), 0.0);
    }
    let two_m = ends as f64;
    // e[i][j]: fraction of edge ends between communities i and j (each direction); a[i]:
    // fraction of edge ends in community i.
    let mut e: Vec<HashMap<usize, f64>> = neighbours
        .iter()
        .map(|list| list.iter().map(|&w| (w, 1.0 / two_m)).collect())
        .collect();
    let mut a: Vec<f64> = degree.iter().map(|&d| d as f64 / two_m).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|v| vec![v]).collect();
    /// (gain, smaller community, larger community)
    type Merge = (f64, usize, usize);
    let better = |x: Merge, y: Option<Merge>| match y {
        None => true,
        Some(y) => x.0 > y.0 + 1e-12 || ((x.0 - y.0).abs() <= 1e-12 && (x.1, x.2) < (y.1, y.2)),
    };
    let row_best = |i: usize, e: &[HashMap<usize, f64>], a: &[f64]| {
        let mut best: Option<Merge> = None;
        for (&j, &eij) in &e[i] {
            let merge = (2.0 * (eij - a[i] * a[j]), i.min(j), i.max(j));
            if better(merge, best) {
                best = Some(merge);
            }
        }
        best
    };
    let mut best: Vec<Option<Merge>> = (0..n).map(|i| row_best(i, &e, &a)).collect();
    loop {
        let mut top: Option<Merge> = None;
        for merge in best.iter().flatten() {
            if better(*merge, top) {
                top = Some(*merge);
            }
        }
        let Some((gain, i, j)) = top else {
            break;
        };
        if gain <= 1e-12 {
            break;
        }
        // Merge i into j.
        let row_i = std::mem::take(&mut e[i]);
        for (k, w) in row_i {
            if k == j {
                continue;
            }
            *e[j].entry(k).or_insert(0.0) += w;
            let row_k = &mut e[k];
            row_k.remove(&i);
            *row_k.entry(j).or_insert(0.0) += w;
        }
        e[j].remove(&i);
        a[j] += a[i];
        a[i] = 0.0;
        best[i] = None;
        let moved = std::mem::take(&mut members[i]);
        members[j].extend(moved);
        best[j] = row_best(j, &e, &a);
        let around: Vec<usize> = e[j].keys().copied().collect();
        for k in around {
            best[k] = row_best(k, &e, &a);
        }
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by(|x, y| y.len().cmp(&x.len()).then(x[0].cmp(&y[0])));
    let mut community = vec![0; n];
    for (number, group) in groups.iter().enumerate() {
        for &v in group {
            community[v] = number + 1;
        }
    }
    let q = modularity_with_loops(&community, neighbours, loops, two_m);
    (community, q)
}

/// Newman's modularity of a partition on the undirected view.
pub fn modularity(community: &[usize], neighbours: &[Vec<usize>], two_m: f64) -> f64 {
    modularity_with_loops(community, neighbours, &[], two_m)
}

/// Newman's modularity as `nx.community.modularity` computes it: a loop is an edge inside
/// its node's community and counts twice in its degree.
pub fn modularity_with_loops(
    community: &[usize],
    neighbours: &[Vec<usize>],
    loops: &[bool],
    two_m: f64,
) -> f64 {
    if two_m == 0.0 {
        return 0.0;
    }
    let groups = community.iter().copied().max().unwrap_or(0);
    let mut inside = vec![0.0; groups + 1];
    let mut degree = vec![0.0; groups + 1];
    for (v, list) in neighbours.iter().enumerate() {
        let own = if loops.get(v).copied().unwrap_or(false) {
            2.0
        } else {
            0.0
        };
        degree[community[v]] += list.len() as f64 + own;
        inside[community[v]] += own;
        for &w in list {
            if community[w] == community[v] {
                inside[community[v]] += 1.0;
            }
        }
    }
    (0..=groups)
        .map(|c| inside[c] / two_m - (degree[c] / two_m).powi(2))
        .sum()
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
