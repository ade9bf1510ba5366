//! The sociogram's communities: Clauset-Newman-Moore greedy modularity maximisation on the
//! undirected view (the algorithm of networkx's `greedy_modularity_communities`), over the
//! nodes in a canonical order so that the partition depends on the graph only, and Newman's
//! modularity as `nx.community.modularity` computes it (see
//! [`crate::workbench::sociogram::metrics`]).

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

/// A merge of two communities: (modularity gain, smaller community, larger community).
type Merge = (f64, usize, usize);

/// Whether merge `x` goes before `y` (or `y` is none): the larger gain, gains within 1e-12
/// being equal, then the smaller pair of communities.
fn better(x: Merge, y: Option<Merge>) -> bool {
    match y {
        None => true,
        Some(y) => x.0 > y.0 + 1e-12 || ((x.0 - y.0).abs() <= 1e-12 && (x.1, x.2) < (y.1, y.2)),
    }
}

fn best_of(x: Option<Merge>, y: Option<Merge>) -> Option<Merge> {
    match x {
        Some(m) if better(m, y) => x,
        _ => y,
    }
}

/// The best merge of every community, and the best of them all at the root: a tournament
/// tree (leaves at `size..2 · size`), so finding the next merge and changing a community's
/// best cost a logarithm of the number of nodes rather than a scan of them all.
struct Tournament {
    size: usize,
    tree: Vec<Option<Merge>>,
}

impl Tournament {
    fn new(leaves: Vec<Option<Merge>>) -> Tournament {
        let size = leaves.len().next_power_of_two();
        let mut tree = vec![None; 2 * size];
        tree[size..size + leaves.len()].copy_from_slice(&leaves);
        for p in (1..size).rev() {
            tree[p] = best_of(tree[2 * p], tree[2 * p + 1]);
        }
        Tournament { size, tree }
    }

    fn get(&self, i: usize) -> Option<Merge> {
        self.tree[self.size + i]
    }

    fn set(&mut self, i: usize, merge: Option<Merge>) {
        let mut p = self.size + i;
        self.tree[p] = merge;
        while p > 1 {
            p /= 2;
            self.tree[p] = best_of(self.tree[2 * p], self.tree[2 * p + 1]);
        }
    }

    fn top(&self) -> Option<Merge> {
        self.tree.get(1).copied().flatten()
    }
}

/// Community `i`'s best merge with one of its neighbours (`row`: `(j, e_ij)` sorted by `j`).
fn row_best(i: usize, row: &[(usize, f64)], a: &[f64]) -> Option<Merge> {
    let mut best: Option<Merge> = None;
    for &(j, eij) in row {
        let merge = (2.0 * (eij - a[i] * a[j]), i.min(j), i.max(j));
        if better(merge, best) {
            best = Some(merge);
        }
    }
    best
}

/// Adds `w` to the entry `k` of a row sorted by community, inserting it if absent.
fn add_to(row: &mut Vec<(usize, f64)>, k: usize, w: f64) {
    match row.binary_search_by_key(&k, |&(j, _)| j) {
        Ok(at) => row[at].1 += w,
        Err(at) => row.insert(at, (k, w)),
    }
}

/// Clauset-Newman-Moore greedy modularity on the undirected view: start from singletons,
/// merge the two connected communities whose merge raises modularity most (ties: the
/// smallest pair of community numbers), stop when no merge raises it. Each community keeps
/// its best merge in a tournament tree; after a merge only the merged community and the
/// neighbours whose best involved the two merged ones look at all their neighbours again
/// (the others' entries did not change but the one with the merged community). Returns
/// each node's community (from 1, by decreasing size; ties by smallest member) and the
/// modularity. A loop counts twice in its node's degree, as in networkx, and never in a
/// merge's gain.
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
    // e[i]: (j, e_ij) sorted by j, e_ij the fraction of edge ends between communities i and
    // j (each direction); a[i]: fraction of edge ends in community i.
    let mut e: Vec<Vec<(usize, f64)>> = neighbours
        .iter()
        .map(|list| list.iter().map(|&w| (w, 1.0 / two_m)).collect())
        .collect();
    let mut a: Vec<f64> = degree.iter().map(|&d| d as f64 / two_m).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|v| vec![v]).collect();
    let mut best = Tournament::new((0..n).map(|i| row_best(i, &e[i], &a)).collect());
    let mut merged: Vec<(usize, f64)> = Vec::new();
    while let Some((gain, i, j)) = best.top() {
        if gain <= 1e-12 {
            break;
        }
        // Merge i into j: row j becomes the sum of rows i and j, without i and j.
        let row_i = std::mem::take(&mut e[i]);
        let row_j = std::mem::take(&mut e[j]);
        merged.clear();
        let (mut p, mut q) = (0, 0);
        while p < row_j.len() || q < row_i.len() {
            let next = if q == row_i.len() || (p < row_j.len() && row_j[p].0 < row_i[q].0) {
                p += 1;
                row_j[p - 1]
            } else if p == row_j.len() || row_i[q].0 < row_j[p].0 {
                q += 1;
                row_i[q - 1]
            } else {
                p += 1;
                q += 1;
                (row_j[p - 1].0, row_j[p - 1].1 + row_i[q - 1].1)
            };
            if next.0 != i && next.0 != j {
                merged.push(next);
            }
        }
        // Each neighbour of i forgets i and adds its share to j.
        for &(k, w) in &row_i {
            if k == j {
                continue;
            }
            let row_k = &mut e[k];
            if let Ok(at) = row_k.binary_search_by_key(&i, |&(c, _)| c) {
                row_k.remove(at);
            }
            add_to(row_k, j, w);
        }
        e[j] = std::mem::replace(&mut merged, row_j);
        a[j] += a[i];
        a[i] = 0.0;
        best.set(i, None);
        let moved = std::mem::take(&mut members[i]);
        members[j].extend(moved);
        best.set(j, row_best(j, &e[j], &a));
        for idx in 0..e[j].len() {
            let k = e[j][idx].0;
            let old = best.get(k);
            let new = match old {
                Some((_, p, q)) if p != i && p != j && q != i && q != j => {
                    // Only k's entry with j changed.
                    let row_k = &e[k];
                    let at = row_k
                        .binary_search_by_key(&j, |&(c, _)| c)
                        .expect("a neighbour of j has j in its row");
                    let ekj = row_k[at].1;
                    best_of(Some((2.0 * (ekj - a[k] * a[j]), k.min(j), k.max(j))), old)
                }
                _ => row_best(k, &e[k], &a),
            };
            if new != old {
                best.set(k, new);
            }
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
    use std::collections::HashMap;

    /// The greedy steps as they were written before the tournament tree and the sorted
    /// rows: every community's best merge scanned at each step, rows in hash maps. The
    /// reference the fast steps must equal, partition and modularity.
    fn cnm_by_scans(n: usize, neighbours: &[Vec<usize>], loops: &[bool]) -> (Vec<usize>, f64) {
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

    #[test]
    fn tournament_steps_equal_the_scanning_steps() {
        // Pseudo-random graphs (a fixed LCG) with groups, loops and isolated nodes.
        let mut seed = 11u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        for n in [1usize, 2, 3, 9, 40, 150, 600] {
            let mut neighbours = vec![Vec::new(); n];
            let mut loops = vec![false; n];
            for _ in 0..n * 2 {
                let s = next(n);
                // Most ties inside a group of ten.
                let t = if next(10) < 7 {
                    (s / 10 * 10 + next(10)).min(n - 1)
                } else {
                    next(n)
                };
                if s == t {
                    loops[s] = true;
                } else if !neighbours[s].contains(&t) {
                    neighbours[s].push(t);
                    neighbours[t].push(s);
                }
            }
            for list in &mut neighbours {
                list.sort_unstable();
            }
            let fast = greedy_modularity_in_order(n, &neighbours, &loops);
            let reference = cnm_by_scans(n, &neighbours, &loops);
            assert_eq!(fast, reference, "n={n}");
        }
    }
}
