//! The sociogram's metrics computed in a background thread, so that a structural edit of a
//! big graph (betweenness, closeness and communities take about a tenth of a second on 2,000
//! actors) never freezes the interface. One long-lived thread takes the newest request,
//! skipping those a newer one made stale, and sends back the metrics with the request's
//! version; the interface keeps only a result for the arcs it shows.

use crate::workbench::sociogram::metrics::{self, Metrics};
use std::sync::mpsc::{self, Receiver, Sender};

/// What the metrics are computed on: a graph of `n` nodes and its arcs, and the version the
/// view gave them.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsInput {
    pub version: u64,
    pub n: usize,
    pub arcs: Vec<(usize, usize)>,
    /// The nodes' canonical ranks (see [`crate::workbench::sociogram::model::Sociogram::rank`]).
    pub rank: Vec<usize>,
}

/// Metrics of a [`MetricsInput`], with the input they were computed on.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsResult {
    pub input: MetricsInput,
    pub metrics: Metrics,
}

/// Computes a request at once, in this thread.
pub fn run(input: MetricsInput) -> MetricsResult {
    let metrics = metrics::compute_ranked(input.n, &input.arcs, &input.rank);
    MetricsResult { input, metrics }
}

/// The metrics thread. Dropping it ends the thread once its current computation is over
/// (it is not waited for: quitting never waits for a computation nobody will read).
pub struct MetricsWorker {
    requests: Sender<MetricsInput>,
    results: Receiver<MetricsResult>,
}

impl MetricsWorker {
    pub fn spawn() -> MetricsWorker {
        let (requests, jobs) = mpsc::channel::<MetricsInput>();
        let (sender, results) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(mut input) = jobs.recv() {
                // Only the newest request matters: the others are stale already.
                while let Ok(newer) = jobs.try_recv() {
                    input = newer;
                }
                if sender.send(run(input)).is_err() {
                    return;
                }
            }
        });
        MetricsWorker { requests, results }
    }

    /// Asks for the metrics of `input` (replacing any request not started yet).
    pub fn request(&self, input: MetricsInput) {
        // The thread only stops when this worker is dropped, so sending cannot fail here.
        let _ = self.requests.send(input);
    }

    /// The newest result since the last call, if any (older ones are dropped).
    pub fn latest(&mut self) -> Option<MetricsResult> {
        let mut newest = None;
        while let Ok(result) = self.results.try_recv() {
            newest = Some(result);
        }
        newest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn background_metrics_are_the_foreground_ones() {
        let graph = crate::workbench::sociogram::model::Sociogram::from_case(
            &crate::case::Case::embedded_default().organisation,
        );
        let input = MetricsInput {
            version: 7,
            n: graph.actors.len(),
            arcs: graph.arcs(),
            rank: graph.rank(),
        };
        let mut worker = MetricsWorker::spawn();
        worker.request(input.clone());
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut result = None;
        while result.is_none() && Instant::now() < deadline {
            result = worker.latest();
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(result.expect("a result"), run(input));
    }
}
