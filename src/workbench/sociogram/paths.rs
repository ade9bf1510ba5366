//! The sociogram's shortest-path metrics, betweenness (Brandes) and closeness, from one
//! breadth-first search per source (see [`crate::workbench::sociogram::metrics`] for their
//! definitions, networkx's). The sources are cut into fixed blocks that the available cores
//! take in turn; each block adds up its own dependencies and the blocks are summed in their
//! order, so the figures are the same on any machine, whatever the number of cores or the
//! load, while a busy core never holds the others back.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Sources per block: enough blocks for two cores to share the work evenly when one of them
/// is slowed down, few enough that adding up the blocks costs nothing.
const BLOCK: usize = 128;

/// Threads the searches use at most.
const MAX_THREADS: usize = 8;

/// Betweenness (Brandes) and closeness, normalised like networkx, from one breadth-first
/// search per source: a search from `s` gives the distance from `s` to every node it
/// reaches, which is what the closeness of that node sums (inward distances).
pub fn shortest_path_metrics(n: usize, succ: &[Vec<usize>]) -> (Vec<f64>, Vec<f64>) {
    // Successors in one flat array (compressed rows): the searches stay in cache.
    let mut start: Vec<u32> = Vec::with_capacity(n + 1);
    let mut targets: Vec<u32> = Vec::new();
    start.push(0);
    for list in succ.iter().take(n) {
        targets.extend(list.iter().map(|&w| w as u32));
        start.push(targets.len() as u32);
    }
    let rows = Rows {
        start: &start,
        targets: &targets,
    };
    let blocks = n.div_ceil(BLOCK);
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, MAX_THREADS)
        .min(blocks.max(1));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut search = Search::new(n);
        let mut done: Vec<(usize, Vec<f64>)> = Vec::new();
        let mut distance_sum = vec![0u64; n];
        let mut reached_by = vec![0u32; n];
        loop {
            let block = next.fetch_add(1, Ordering::Relaxed);
            if block >= blocks {
                break;
            }
            let mut centrality = vec![0.0f64; n];
            for s in block * BLOCK..((block + 1) * BLOCK).min(n) {
                search.run(rows, s, &mut centrality, &mut distance_sum, &mut reached_by);
            }
            done.push((block, centrality));
        }
        (done, distance_sum, reached_by)
    };
    let parts = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut parts = vec![work()];
        for helper in helpers {
            // A panic in a helper is a bug of this module: surface it here.
            parts.push(
                helper
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
        }
        parts
    });
    let mut by_block: Vec<Option<Vec<f64>>> = vec![None; blocks];
    let mut distance_sum = vec![0u64; n];
    let mut reached_by = vec![0u32; n];
    for (done, distances, reached) in parts {
        for (block, centrality) in done {
            by_block[block] = Some(centrality);
        }
        for v in 0..n {
            distance_sum[v] += distances[v];
            reached_by[v] += reached[v];
        }
    }
    let mut betweenness = vec![0.0f64; n];
    for centrality in by_block.into_iter().flatten() {
        for (total, c) in betweenness.iter_mut().zip(centrality) {
            *total += c;
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n as f64 - 1.0) * (n as f64 - 2.0));
        for c in &mut betweenness {
            *c *= scale;
        }
    }
    // Wasserman-Faust: (r / total) * (r / (n - 1)), r the nodes that reach v.
    let closeness = (0..n)
        .map(|v| {
            let total = distance_sum[v];
            if total > 0 && n > 1 {
                let r = f64::from(reached_by[v]);
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
    start: &'a [u32],
    targets: &'a [u32],
}

/// One thread's buffers for its searches, reused from one source to the next (only the
/// nodes a search reached are reset).
struct Search {
    sigma: Vec<f64>,
    dist: Vec<u32>,
    /// `(1 + delta[w]) / sigma[w]` once `w`'s dependency is known: what `w` passes to each
    /// node before it on a shortest path, times that node's `sigma`.
    share: Vec<f64>,
    /// The nodes in the order the search reached them (its queue, then its levels).
    order: Vec<u32>,
    /// The arcs of the shortest-path graph, `(v, w)` with `dist[w] = dist[v] + 1`, as the
    /// search went: `w` only, those of `order[i]` at `dag[dag_start[i]..dag_start[i + 1]]`.
    dag: Vec<u32>,
    dag_start: Vec<u32>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            sigma: vec![0.0; n],
            dist: vec![u32::MAX; n],
            share: vec![0.0; n],
            order: Vec::with_capacity(n),
            dag: Vec::new(),
            dag_start: Vec::with_capacity(n + 1),
        }
    }

    /// The search from `s`: adds its dependencies to `centrality` (Brandes) and, for every
    /// node it reaches, its distance from `s` to `distance_sum` and one to `reached_by`.
    fn run(
        &mut self,
        rows: Rows,
        s: usize,
        centrality: &mut [f64],
        distance_sum: &mut [u64],
        reached_by: &mut [u32],
    ) {
        let Rows { start, targets } = rows;
        let Search {
            sigma,
            dist,
            share,
            order,
            dag,
            dag_start,
        } = self;
        for &v in order.iter() {
            let v = v as usize;
            sigma[v] = 0.0;
            dist[v] = u32::MAX;
        }
        order.clear();
        dag.clear();
        dag_start.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        order.push(s as u32);
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            dag_start.push(dag.len() as u32);
            let next = dist[v] + 1;
            let sigma_v = sigma[v];
            for &w in &targets[start[v] as usize..start[v + 1] as usize] {
                let wi = w as usize;
                if dist[wi] == u32::MAX {
                    dist[wi] = next;
                    order.push(w);
                    distance_sum[wi] += u64::from(next);
                    reached_by[wi] += 1;
                }
                if dist[wi] == next {
                    sigma[wi] += sigma_v;
                    dag.push(w);
                }
            }
        }
        dag_start.push(dag.len() as u32);
        // Dependencies, from the farthest nodes back: delta[v] = sigma[v] · Σ share[w].
        for i in (0..order.len()).rev() {
            let v = order[i] as usize;
            let mut sum = 0.0;
            for &w in &dag[dag_start[i] as usize..dag_start[i + 1] as usize] {
                sum += share[w as usize];
            }
            let delta = sigma[v] * sum;
            share[v] = (1.0 + delta) / sigma[v];
            if v != s {
                centrality[v] += delta;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brandes as written in his paper (predecessor lists, a stack), for the fast searches to
    /// equal.
    fn betweenness_by_the_book(n: usize, succ: &[Vec<usize>]) -> Vec<f64> {
        let mut out = vec![0.0; n];
        for s in 0..n {
            let mut stack = Vec::new();
            let mut pred = vec![Vec::new(); n];
            let mut sigma = vec![0.0; n];
            let mut dist = vec![-1i64; n];
            sigma[s] = 1.0;
            dist[s] = 0;
            let mut queue = std::collections::VecDeque::from([s]);
            while let Some(v) = queue.pop_front() {
                stack.push(v);
                for &w in &succ[v] {
                    if dist[w] < 0 {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
                    if dist[w] == dist[v] + 1 {
                        sigma[w] += sigma[v];
                        pred[w].push(v);
                    }
                }
            }
            let mut delta = vec![0.0; n];
            while let Some(w) = stack.pop() {
                for &v in &pred[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if w != s {
                    out[w] += delta[w];
                }
            }
        }
        if n > 2 {
            for c in &mut out {
                *c /= (n as f64 - 1.0) * (n as f64 - 2.0);
            }
        }
        out
    }

    #[test]
    fn blocks_and_threads_give_brandes_betweenness() {
        // Pseudo-random graphs (a fixed LCG), loops and unreachable nodes included, over
        // several blocks.
        let mut seed = 7u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        for n in [0usize, 1, 2, 5, 40, BLOCK + 3, 3 * BLOCK + 17] {
            let mut succ = vec![Vec::new(); n];
            for _ in 0..n * 3 {
                let (s, t) = (next(n), next(n));
                if !succ[s].contains(&t) {
                    succ[s].push(t);
                }
            }
            let fast = betweenness(n, &succ);
            let reference = betweenness_by_the_book(n, &succ);
            for v in 0..n {
                assert!((fast[v] - reference[v]).abs() < 1e-12, "n={n} v={v}");
            }
            // The same figures, bit for bit, on every run.
            assert_eq!(
                shortest_path_metrics(n, &succ),
                shortest_path_metrics(n, &succ)
            );
        }
    }
}
