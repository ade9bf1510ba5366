//! The sociogram's shortest-path metrics, betweenness (Brandes) and closeness, from one
//! breadth-first search per source (see [`crate::workbench::sociogram::metrics`] for their
//! definitions, networkx's).
//!
//! The searches go 64 sources at a time, one bit of a word each (a multi-source search):
//! a node's word at a level says from which of the 64 sources it lies at that distance, so
//! one pass over the arcs per level advances all 64 searches, and only the shortest-path
//! counts and dependencies are kept per source (Brandes' sums, over the same arcs in the
//! same order as one search at a time). The batches of 64 sources are taken in turn by the
//! available cores; each batch adds up its own dependencies and the batches are summed in
//! their order, so the figures are the same on any machine, whatever the number of cores or
//! the load, while a busy core never holds the others back. Memory: two 64-wide rows of
//! floats per node and per thread (2 MB for 2,000 actors).

use std::sync::atomic::{AtomicUsize, Ordering};

/// Sources per batch: the bits of a word.
const WIDTH: usize = 64;

/// Threads the searches use at most.
const MAX_THREADS: usize = 8;

/// Threads worth running the searches on: the available cores, at most [`MAX_THREADS`].
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, MAX_THREADS)
}

/// Betweenness (Brandes) and closeness, normalised like networkx, from one breadth-first
/// search per source: a search from `s` gives the distance from `s` to every node it
/// reaches, which is what the closeness of that node sums (inward distances).
pub fn shortest_path_metrics(n: usize, succ: &[Vec<usize>]) -> (Vec<f64>, Vec<f64>) {
    shortest_path_metrics_on(n, succ, threads())
}

/// [`shortest_path_metrics`] on `threads` threads (the figures do not depend on it).
fn shortest_path_metrics_on(n: usize, succ: &[Vec<usize>], threads: usize) -> (Vec<f64>, Vec<f64>) {
    let searches = PathSearches::new(n, succ);
    let parts = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(searches.batches).max(1))
            .map(|_| scope.spawn(|| searches.take_batches()))
            .collect();
        let mut parts = vec![searches.take_batches()];
        parts.extend(helpers.into_iter().map(join));
        parts
    });
    searches.finish(parts)
}

/// The result of a scoped thread; a panic in it is a bug of this module: surfaced here.
pub fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Brandes' betweenness alone (see [`shortest_path_metrics`]).
pub fn betweenness(n: usize, succ: &[Vec<usize>]) -> Vec<f64> {
    shortest_path_metrics(n, succ).0
}

/// The searches of one graph, shared by the threads that run them: each calls
/// [`PathSearches::take_batches`] (any number of threads, at any time, a thread may first do
/// other work), then [`PathSearches::finish`] adds up what they did.
pub struct PathSearches {
    n: usize,
    /// The successors in one flat array (compressed rows): node `v`'s are
    /// `targets[start[v]..start[v + 1]]`.
    start: Vec<u32>,
    targets: Vec<u32>,
    batches: usize,
    next: AtomicUsize,
}

/// What one thread did: the dependencies of each batch it took, the distances it found.
pub struct Part {
    done: Vec<(usize, Vec<f64>)>,
    distance_sum: Vec<u64>,
    reached_by: Vec<u32>,
}

impl PathSearches {
    pub fn new(n: usize, succ: &[Vec<usize>]) -> PathSearches {
        let mut start: Vec<u32> = Vec::with_capacity(n + 1);
        let mut targets: Vec<u32> = Vec::new();
        start.push(0);
        for list in succ.iter().take(n) {
            targets.extend(list.iter().map(|&w| w as u32));
            start.push(targets.len() as u32);
        }
        PathSearches {
            n,
            start,
            targets,
            batches: n.div_ceil(WIDTH),
            next: AtomicUsize::new(0),
        }
    }

    /// Runs batches of searches until none is left.
    pub fn take_batches(&self) -> Part {
        let n = self.n;
        let mut part = Part {
            done: Vec::new(),
            distance_sum: vec![0; n],
            reached_by: vec![0; n],
        };
        let mut batch = Batch::new(n);
        loop {
            let at = self.next.fetch_add(1, Ordering::Relaxed);
            if at >= self.batches {
                break;
            }
            let first = at * WIDTH;
            let mut centrality = vec![0.0f64; n];
            batch.run(
                self,
                first,
                WIDTH.min(n - first),
                &mut centrality,
                &mut part,
            );
            part.done.push((at, centrality));
        }
        part
    }

    /// Betweenness and closeness from the parts of every thread that took batches (all of
    /// them taken).
    pub fn finish(&self, parts: Vec<Part>) -> (Vec<f64>, Vec<f64>) {
        let n = self.n;
        let mut by_batch: Vec<Option<Vec<f64>>> = vec![None; self.batches];
        let mut distance_sum = vec![0u64; n];
        let mut reached_by = vec![0u32; n];
        for part in parts {
            for (at, centrality) in part.done {
                by_batch[at] = Some(centrality);
            }
            for v in 0..n {
                distance_sum[v] += part.distance_sum[v];
                reached_by[v] += part.reached_by[v];
            }
        }
        let mut betweenness = vec![0.0f64; n];
        for centrality in by_batch.into_iter().flatten() {
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
}

/// The bits of a word, lowest first.
fn bits(mut word: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (word != 0).then(|| {
            let b = word.trailing_zeros() as usize;
            word &= word - 1;
            b
        })
    })
}

/// One thread's buffers for its batches of searches, reused from one batch to the next.
struct Batch {
    /// Per node, the sources whose search reached it.
    seen: Vec<u64>,
    /// The levels of the searches, one after the other: `(v, word)`, the sources at that
    /// distance from `v`; level `d` at `levels[level_start[d]..level_start[d + 1]]`.
    levels: Vec<(u32, u64)>,
    level_start: Vec<usize>,
    /// The nodes a level's pass reached first, and their word so far (0 elsewhere).
    fresh: Vec<u32>,
    word: Vec<u64>,
    /// Per node and source (`v * WIDTH + b`): the number of shortest paths from the
    /// source, then, once the node's dependency is known, `(1 + delta) / sigma`: what it
    /// passes to each node before it on a shortest path, times that node's `sigma`.
    sigma: Vec<f64>,
    /// Per node and source: the dependency of the source on the node (`delta`).
    delta: Vec<f64>,
}

impl Batch {
    fn new(n: usize) -> Batch {
        Batch {
            seen: vec![0; n],
            levels: Vec::new(),
            level_start: Vec::new(),
            fresh: Vec::new(),
            word: vec![0; n],
            sigma: vec![0.0; n * WIDTH],
            delta: vec![0.0; n * WIDTH],
        }
    }

    /// The searches from sources `first..first + count`: adds their dependencies to
    /// `centrality` (Brandes, in the order of the sources) and, for every node they reach,
    /// its distance from each source to the part's `distance_sum` and one to `reached_by`.
    fn run(
        &mut self,
        graph: &PathSearches,
        first: usize,
        count: usize,
        centrality: &mut [f64],
        part: &mut Part,
    ) {
        let PathSearches { start, targets, .. } = graph;
        let successors = |v: usize| &targets[start[v] as usize..start[v + 1] as usize];
        let Batch {
            seen,
            levels,
            level_start,
            fresh,
            word,
            sigma,
            delta,
        } = self;
        seen.fill(0);
        sigma.fill(0.0);
        levels.clear();
        level_start.clear();
        level_start.push(0);
        for b in 0..count {
            let s = first + b;
            seen[s] = 1 << b;
            sigma[s * WIDTH + b] = 1.0;
            levels.push((s as u32, 1 << b));
        }
        level_start.push(levels.len());
        // Forward: level d + 1 from level d, the path counts added along the arcs.
        loop {
            let d = level_start.len() - 2;
            for &(v, sources) in &levels[level_start[d]..level_start[d + 1]] {
                let v = v as usize;
                for &w in successors(v) {
                    let w = w as usize;
                    let new = sources & !seen[w];
                    if new == 0 {
                        continue;
                    }
                    if word[w] == 0 {
                        fresh.push(w as u32);
                    }
                    word[w] |= new;
                    for b in bits(new) {
                        sigma[w * WIDTH + b] += sigma[v * WIDTH + b];
                    }
                }
            }
            if fresh.is_empty() {
                break;
            }
            let distance = (d + 1) as u64;
            for &w in fresh.iter() {
                let w = w as usize;
                let sources = std::mem::take(&mut word[w]);
                seen[w] |= sources;
                part.distance_sum[w] += distance * u64::from(sources.count_ones());
                part.reached_by[w] += sources.count_ones();
                levels.push((w as u32, sources));
            }
            fresh.clear();
            level_start.push(levels.len());
        }
        // Backward, from the farthest level: delta[v] = sigma[v] · Σ share[w] over the arcs
        // (v, w) of a shortest path, `word` holding the level after v's.
        let deepest = level_start.len() - 2;
        let level = |d: usize| level_start[d]..level_start[d + 1];
        for d in (0..=deepest).rev() {
            if d + 2 <= deepest {
                for &(w, _) in &levels[level(d + 2)] {
                    word[w as usize] = 0;
                }
            }
            if d < deepest {
                for &(w, sources) in &levels[level(d + 1)] {
                    word[w as usize] = sources;
                }
            }
            for &(v, sources) in &levels[level(d)] {
                let v = v as usize;
                let row = v * WIDTH;
                for b in bits(sources) {
                    delta[row + b] = 0.0;
                }
                for &w in successors(v) {
                    let w = w as usize;
                    for b in bits(sources & word[w]) {
                        delta[row + b] += sigma[w * WIDTH + b];
                    }
                }
                for b in bits(sources) {
                    let dependency = sigma[row + b] * delta[row + b];
                    sigma[row + b] = (1.0 + dependency) / sigma[row + b];
                    delta[row + b] = dependency;
                }
            }
        }
        if deepest >= 1 {
            for &(w, _) in &levels[level(1)] {
                word[w as usize] = 0;
            }
        }
        // Each node's dependencies, in the order of the sources (a source's own left out).
        for (v, total) in centrality.iter_mut().enumerate() {
            let mut reached = seen[v];
            if (first..first + count).contains(&v) {
                reached &= !(1 << (v - first));
            }
            let row = v * WIDTH;
            for b in bits(reached) {
                *total += delta[row + b];
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
        for n in [0usize, 1, 2, 5, 40, WIDTH, WIDTH + 3, 5 * WIDTH + 17] {
            let mut succ = vec![Vec::new(); n];
            for _ in 0..n * 3 {
                let (s, t) = (next(n), next(n));
                if !succ[s].contains(&t) {
                    succ[s].push(t);
                }
            }
            // and a long path with a few arcs back: deep levels, reached in several ways.
            let mut path = vec![Vec::new(); n];
            for v in 1..n {
                path[v - 1].push(v);
                if v % 7 == 0 {
                    path[v].push(v / 2);
                }
            }
            let fast = betweenness(n, &path);
            let reference = betweenness_by_the_book(n, &path);
            for v in 0..n {
                assert!((fast[v] - reference[v]).abs() < 1e-12, "path n={n} v={v}");
            }
            let fast = betweenness(n, &succ);
            let reference = betweenness_by_the_book(n, &succ);
            for v in 0..n {
                assert!((fast[v] - reference[v]).abs() < 1e-12, "n={n} v={v}");
            }
            // The same figures, bit for bit, on every run and on any number of threads.
            let once = shortest_path_metrics_on(n, &succ, 1);
            for threads in [1, 2, 3, 5] {
                assert_eq!(shortest_path_metrics_on(n, &succ, threads), once, "n={n}");
            }
        }
    }
}
