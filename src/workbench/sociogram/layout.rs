//! The sociogram's ForceAtlas2 layout: settled at once (seeded, for exports and the report)
//! or run in a background thread that sends snapshots, so the interface never waits for it.

use crate::workbench::sociogram::forceatlas2::{self, Layout, Settings};
use crate::workbench::sociogram::model::Sociogram;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Layouts start from positions drawn with this seed, so the same graph lays out the same.
pub const SEED: u64 = 2030;

/// What a layout starts from: positions, pins, weighted edges, settings, how long to run at
/// most (a Barnes-Hut layout stops before once settled: see [`forceatlas2::SETTLED`]).
#[derive(Debug, Clone)]
pub struct LayoutInput {
    pub start: Vec<[f64; 2]>,
    pub pinned: Vec<bool>,
    pub edges: Vec<(usize, usize, f64)>,
    pub settings: Settings,
    pub iterations: u64,
}

/// Iterations a layout runs at most: enough to settle a graph of that size.
pub fn iterations_for(n: usize) -> u64 {
    match n {
        0..=100 => 800,
        101..=500 => 500,
        _ => 300,
    }
}

/// The undirected weighted edges the layout pulls along: one per pair of related actors,
/// weighted by the strongest intensity between them.
pub fn layout_edges(graph: &Sociogram) -> Vec<(usize, usize, f64)> {
    let index: HashMap<&str, usize> = graph
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut weights: HashMap<(usize, usize), f64> = HashMap::new();
    let mut order = Vec::new();
    for relation in &graph.relations {
        let (Some(&s), Some(&t)) = (
            index.get(relation.source.as_str()),
            index.get(relation.target.as_str()),
        ) else {
            continue;
        };
        if s == t {
            continue;
        }
        let key = (s.min(t), s.max(t));
        let w = f64::from(relation.intensity.max(1));
        match weights.get_mut(&key) {
            Some(old) => *old = old.max(w),
            None => {
                weights.insert(key, w);
                order.push(key);
            }
        }
    }
    order
        .into_iter()
        .map(|(s, t)| (s, t, weights[&(s, t)]))
        .collect()
}

/// The input of a layout of `graph`, starting from `start` (or seeded positions).
pub fn input(graph: &Sociogram, start: Option<&[[f64; 2]]>) -> LayoutInput {
    let n = graph.actors.len();
    let mut positions = match start {
        Some(p) if p.len() == n => p.to_vec(),
        _ => forceatlas2::initial_positions(n, SEED),
    };
    let pinned: Vec<bool> = graph.actors.iter().map(|a| a.pinned.is_some()).collect();
    for (i, actor) in graph.actors.iter().enumerate() {
        if let Some(p) = actor.pinned {
            positions[i] = p;
        }
    }
    LayoutInput {
        start: positions,
        pinned,
        edges: layout_edges(graph),
        settings: Settings::for_size(n),
        iterations: iterations_for(n),
    }
}

/// Runs a layout to its end (settled, or its iterations done), in this thread.
pub fn run(input: LayoutInput) -> Snapshot {
    let mut layout = Layout::new(input.start, input.pinned, input.edges, input.settings);
    while layout.iterations < input.iterations && !layout.settled() {
        layout.step();
    }
    Snapshot {
        iterations: layout.iterations,
        positions: layout.pos,
        done: true,
    }
}

/// A settled, reproducible layout of the graph (exports, report).
pub fn settle(graph: &Sociogram) -> Vec<[f64; 2]> {
    run(input(graph, None)).positions
}

/// Positions sent by a background layout.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub positions: Vec<[f64; 2]>,
    pub iterations: u64,
    pub done: bool,
}

/// A layout running in its own thread; dropping it stops the thread.
pub struct LayoutWorker {
    receiver: Receiver<Snapshot>,
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
    finished: bool,
}

/// How often a running layout sends its positions.
const SNAPSHOT_EVERY: Duration = Duration::from_millis(40);

impl LayoutWorker {
    pub fn spawn(input: LayoutInput) -> LayoutWorker {
        let (sender, receiver) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = Arc::clone(&stop);
        let handle = std::thread::spawn(move || {
            let total = input.iterations;
            let mut layout = Layout::new(input.start, input.pinned, input.edges, input.settings);
            let mut last = Instant::now();
            while layout.iterations < total {
                if stop_flag.load(Ordering::Relaxed) {
                    return;
                }
                layout.step();
                // The same end as `run`'s.
                let done = layout.iterations == total || layout.settled();
                if done || last.elapsed() >= SNAPSHOT_EVERY {
                    last = Instant::now();
                    let snapshot = Snapshot {
                        positions: layout.pos.clone(),
                        iterations: layout.iterations,
                        done,
                    };
                    if sender.send(snapshot).is_err() || done {
                        return;
                    }
                }
            }
        });
        LayoutWorker {
            receiver,
            stop,
            handle: Some(handle),
            finished: false,
        }
    }

    /// The newest snapshot since the last call, if any (older ones are dropped).
    pub fn latest(&mut self) -> Option<Snapshot> {
        let mut newest = None;
        while let Ok(snapshot) = self.receiver.try_recv() {
            newest = Some(snapshot);
        }
        if newest.as_ref().is_some_and(|s| s.done) {
            self.finished = true;
        }
        newest
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

impl Drop for LayoutWorker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case_graph() -> Sociogram {
        Sociogram::from_case(&crate::case::Case::embedded_default().organisation)
    }

    #[test]
    fn settled_layout_reproduces_and_keeps_pins() {
        let mut graph = case_graph();
        assert_eq!(settle(&graph), settle(&graph));
        graph.actors[3].pinned = Some([5.0, -7.0]);
        assert_eq!(settle(&graph)[3], [5.0, -7.0]);
    }

    #[test]
    fn background_layout_reaches_the_same_end_as_the_foreground_one() {
        let graph = case_graph();
        let mut worker = LayoutWorker::spawn(input(&graph, None));
        let mut last = None;
        let deadline = Instant::now() + Duration::from_secs(30);
        while !worker.is_finished() && Instant::now() < deadline {
            if let Some(s) = worker.latest() {
                last = Some(s);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let last = last.expect("snapshots");
        assert!(last.done);
        assert_eq!(last.positions, settle(&graph));
    }

    /// 300 actors in ten groups, most relations inside a group (a fixed LCG).
    fn grouped_graph() -> Sociogram {
        use crate::workbench::sociogram::model::{GraphActor, GraphRelation, RelationType};
        let mut seed = 3u64;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        let mut graph = Sociogram::default();
        for i in 0..300 {
            graph.actors.push(GraphActor {
                id: format!("a{i}"),
                label: format!("A{i}"),
                department: String::new(),
                level: 1,
                role: String::new(),
                pinned: None,
            });
        }
        for _ in 0..900 {
            let s = next(300);
            let t = if next(10) < 8 {
                s / 30 * 30 + next(30)
            } else {
                next(300)
            };
            if s != t {
                graph.relations.push(GraphRelation {
                    source: format!("a{s}"),
                    target: format!("a{t}"),
                    relation_type: RelationType::ALL[0],
                    intensity: 1,
                    mutual: false,
                    description: String::new(),
                });
            }
        }
        graph
    }

    #[test]
    fn a_barnes_hut_layout_stops_once_settled_an_exact_one_runs_its_iterations() {
        let case = case_graph();
        let exact = run(input(&case, None));
        assert_eq!(exact.iterations, iterations_for(case.actors.len()));
        let graph = grouped_graph();
        let settled = run(input(&graph, None));
        assert!(
            settled.iterations < iterations_for(300),
            "{}",
            settled.iterations
        );
        assert!(settled.iterations > forceatlas2::CALM_WINDOW as u64);
        // The background layout stops at the same iteration, on the same positions.
        let mut worker = LayoutWorker::spawn(input(&graph, None));
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut last = None;
        while !worker.is_finished() && Instant::now() < deadline {
            if let Some(s) = worker.latest() {
                last = Some(s);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let last = last.expect("snapshots");
        assert_eq!(
            (last.iterations, last.positions),
            (settled.iterations, settled.positions)
        );
    }
}
