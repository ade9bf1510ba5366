//! The sociogram workbench (A6): its view state (selection, sort, filters, layout positions
//! and the metrics cache) and how its actions change the answer. The SIC grid panels
//! (observations, recommendations) are the board workbench's; the steps panel is here.
//! Its updates are in `graph_update`, its drawing in `graph_view`. The layout runs in a
//! background thread that the shell owns (`Effect::Sociogram(SociogramEffect::StartLayout)`); its snapshots come back
//! through [`Session::apply_layout`](crate::workbench::screen::session::Session::apply_layout). On a big graph the metrics
//! are computed in the background too (`Effect::Sociogram(SociogramEffect::ComputeMetrics)`), their result coming back
//! through [`Session::apply_metrics`](crate::workbench::screen::session::Session::apply_metrics).

use crate::i18n::Text;
use crate::workbench::screen::keymap::Mode;
use crate::workbench::screen::session::Panel;
use crate::workbench::sociogram::fields::SociogramPanel;
use crate::workbench::sociogram::forceatlas2;
use crate::workbench::sociogram::layout;
use crate::workbench::sociogram::metrics::{self, Metrics};
use crate::workbench::sociogram::metrics_worker::{MetricsInput, MetricsResult};
use crate::workbench::sociogram::model::{RelationType, Sociogram};
use crate::workbench::sociogram::text::SociogramText;
use std::collections::HashMap;

/// The columns of the metrics table, in the order `s` cycles through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    Actor,
    Department,
    #[default]
    InDegree,
    OutDegree,
    Betweenness,
    Closeness,
    Community,
}

impl SortColumn {
    pub const ALL: [SortColumn; 7] = [
        SortColumn::Actor,
        SortColumn::Department,
        SortColumn::InDegree,
        SortColumn::OutDegree,
        SortColumn::Betweenness,
        SortColumn::Closeness,
        SortColumn::Community,
    ];

    pub fn title(self) -> Text {
        match self {
            SortColumn::Actor => Text::Sociogram(SociogramText::Actor),
            SortColumn::Department => Text::Sociogram(SociogramText::Department),
            SortColumn::InDegree => Text::Sociogram(SociogramText::InDegree),
            SortColumn::OutDegree => Text::Sociogram(SociogramText::OutDegree),
            SortColumn::Betweenness => Text::Sociogram(SociogramText::Betweenness),
            SortColumn::Closeness => Text::Sociogram(SociogramText::Closeness),
            SortColumn::Community => Text::Sociogram(SociogramText::Community),
        }
    }

    pub(crate) fn next(self) -> SortColumn {
        let at = SortColumn::ALL.iter().position(|c| *c == self).unwrap_or(0);
        SortColumn::ALL[(at + 1) % SortColumn::ALL.len()]
    }
}

/// Up to this many actors the metrics are computed at once, in the interface's thread (a few
/// milliseconds at most, and the tests see them at once); above, in the background.
pub const SYNC_METRICS_UP_TO: usize = 300;

/// Where the metrics on screen stand (see [`GraphView::metrics`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MetricsState {
    #[default]
    Current,
    /// The arcs changed; the shell has not started the computation yet.
    Wanted,
    /// The background thread computes them.
    Computing,
}

/// The sociogram screen's state: what is selected and shown, and what was computed.
#[derive(Debug, Clone, Default)]
pub struct GraphView {
    /// The selected actor, by index in the graph.
    pub selected: Option<usize>,
    /// The selected relation among the selected actor's (index in that list).
    pub relation: usize,
    pub sort: SortColumn,
    pub descending: bool,
    pub type_filter: Option<RelationType>,
    pub department_filter: Option<String>,
    /// Layout positions, by actor index.
    pub positions: Vec<[f64; 2]>,
    pub layout_running: bool,
    pub layout_iterations: u64,
    /// Cursor of the steps panel.
    pub step: usize,
    /// The graph on screen (the answer's, or the case's starter list).
    pub graph: Sociogram,
    /// Metrics of the graph as drawn (with the relation-type filter applied). While
    /// `metrics_state` is not `Current`, betweenness, closeness and communities are the
    /// previous graph's (by actor id; 0 for a new actor), the other metrics the graph's.
    pub metrics: Metrics,
    /// Whether the metrics are those of the arcs on screen, or are wanted from the
    /// background thread (`Effect::Sociogram(SociogramEffect::ComputeMetrics)`), or being computed there.
    pub metrics_state: MetricsState,
    /// Bumped whenever the arcs change: a background result of another version is stale.
    pub metrics_version: u64,
    /// The arcs the metrics were computed on (to skip recomputing when only positions move).
    pub(crate) arcs: Vec<(usize, usize)>,
    /// Table rows: actor indexes, filtered by department and sorted.
    pub rows: Vec<usize>,
    /// Each relation's source and target, by actor index (`None` for an unknown actor).
    pub endpoints: Vec<Option<(usize, usize)>>,
}

impl GraphView {
    /// The row of the selected actor in the table.
    pub fn selected_row(&self) -> Option<usize> {
        let selected = self.selected?;
        self.rows.iter().position(|r| *r == selected)
    }

    /// Whether an actor passes the department filter.
    pub fn shows(&self, actor: usize) -> bool {
        self.department_filter.as_ref().is_none_or(|d| {
            self.graph
                .actors
                .get(actor)
                .is_some_and(|a| &a.department == d)
        })
    }

    /// Whether a relation type passes the type filter.
    pub fn shows_type(&self, kind: RelationType) -> bool {
        self.type_filter.is_none_or(|t| t == kind)
    }

    /// Indexes (in the graph) of the selected actor's relations.
    pub fn selected_relations(&self) -> Vec<usize> {
        match self.selected.and_then(|s| self.graph.actors.get(s)) {
            Some(actor) => self
                .graph
                .relations_of(&actor.id)
                .into_iter()
                .filter(|r| self.shows_type(self.graph.relations[*r].relation_type))
                .collect(),
            None => Vec::new(),
        }
    }

    /// The neighbours of the selected actor through the relations shown.
    pub fn neighbours(&self) -> Vec<usize> {
        let Some(actor) = self.selected.and_then(|s| self.graph.actors.get(s)) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = self
            .selected_relations()
            .into_iter()
            .filter_map(|r| {
                let relation = &self.graph.relations[r];
                let other = if relation.source == actor.id {
                    &relation.target
                } else {
                    &relation.source
                };
                self.graph.index_of(other)
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Brings the view up to date with `graph`: positions kept by actor id (new actors start
    /// near the centre), metrics recomputed when the arcs changed, rows re-sorted.
    pub fn refresh(&mut self, graph: Sociogram) {
        let same_actors = self.graph.actors.len() == graph.actors.len()
            && self
                .graph
                .actors
                .iter()
                .zip(&graph.actors)
                .all(|(a, b)| a.id == b.id);
        if !same_actors || self.positions.len() != graph.actors.len() {
            let old: HashMap<&str, [f64; 2]> = self
                .graph
                .actors
                .iter()
                .zip(&self.positions)
                .map(|(a, p)| (a.id.as_str(), *p))
                .collect();
            let fresh = forceatlas2::initial_positions(graph.actors.len(), layout::SEED);
            let had_positions = !old.is_empty();
            self.positions = graph
                .actors
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    if let Some(p) = old.get(a.id.as_str()) {
                        *p
                    } else if had_positions {
                        [fresh[i][0] * 0.1, fresh[i][1] * 0.1]
                    } else {
                        fresh[i]
                    }
                })
                .collect();
        }
        for (i, actor) in graph.actors.iter().enumerate() {
            if let Some(p) = actor.pinned {
                self.positions[i] = p;
            }
        }
        let type_filter = self.type_filter;
        let arcs = graph.arcs_where(|r| type_filter.is_none_or(|t| t == r.relation_type));
        if arcs != self.arcs || self.metrics.in_degree.len() != graph.actors.len() {
            self.metrics_version += 1;
            let n = graph.actors.len();
            if n <= SYNC_METRICS_UP_TO {
                self.metrics = metrics::compute_ranked(n, &arcs, &graph.rank());
                self.metrics_state = MetricsState::Current;
            } else {
                self.metrics = provisional_metrics(&self.graph, &self.metrics, &graph, &arcs);
                self.metrics_state = MetricsState::Wanted;
            }
            self.arcs = arcs;
        }
        let index: HashMap<&str, usize> = graph
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        self.endpoints = graph
            .relations
            .iter()
            .map(|r| {
                Some((
                    *index.get(r.source.as_str())?,
                    *index.get(r.target.as_str())?,
                ))
            })
            .collect();
        self.graph = graph;
        self.sort_rows();
        if self.selected.is_some_and(|s| s >= self.graph.actors.len()) {
            self.selected = None;
        }
        if self.selected.is_none() {
            self.selected = self.rows.first().copied();
        }
        let count = self.selected_relations().len();
        self.relation = self.relation.min(count.saturating_sub(1));
    }

    /// Takes metrics computed in the background, if they are those of the arcs on screen
    /// (a stale result is dropped); true when taken.
    pub fn apply_metrics(&mut self, result: MetricsResult) -> bool {
        let fresh = result.input.version == self.metrics_version
            && result.input.n == self.graph.actors.len()
            && result.input.arcs == self.arcs;
        if fresh {
            self.metrics = result.metrics;
            self.metrics_state = MetricsState::Current;
            self.sort_rows();
        }
        fresh
    }

    /// What the background thread is to compute, when metrics are wanted or computing.
    pub fn metrics_input(&self) -> Option<MetricsInput> {
        (self.metrics_state != MetricsState::Current).then(|| MetricsInput {
            version: self.metrics_version,
            n: self.graph.actors.len(),
            arcs: self.arcs.clone(),
            rank: self.graph.rank(),
        })
    }

    pub(crate) fn sort_rows(&mut self) {
        let m = &self.metrics;
        let g = &self.graph;
        let mut rows: Vec<usize> = (0..g.actors.len()).filter(|i| self.shows(*i)).collect();
        let sort = self.sort;
        rows.sort_by(|&a, &b| {
            let order = match sort {
                SortColumn::Actor => g.actors[a].label.cmp(&g.actors[b].label),
                SortColumn::Department => g.actors[a].department.cmp(&g.actors[b].department),
                SortColumn::InDegree => m.in_degree[a].cmp(&m.in_degree[b]),
                SortColumn::OutDegree => m.out_degree[a].cmp(&m.out_degree[b]),
                SortColumn::Betweenness => m.betweenness[a].total_cmp(&m.betweenness[b]),
                SortColumn::Closeness => m.closeness[a].total_cmp(&m.closeness[b]),
                SortColumn::Community => m.community[a].cmp(&m.community[b]),
            };
            // Numbers read best from the largest; names from A.
            let numeric = !matches!(sort, SortColumn::Actor | SortColumn::Department);
            let order = if numeric != self.descending {
                order.reverse()
            } else {
                order
            };
            order.then(a.cmp(&b))
        });
        self.rows = rows;
    }
}

/// The metrics shown while the background computes `graph`'s: the one-pass metrics of
/// `arcs`, with betweenness, closeness, communities and modularity kept from `old_metrics`
/// of `old_graph` by actor id (0 for an actor it did not have).
fn provisional_metrics(
    old_graph: &Sociogram,
    old_metrics: &Metrics,
    graph: &Sociogram,
    arcs: &[(usize, usize)],
) -> Metrics {
    let mut metrics = metrics::local(graph.actors.len(), arcs);
    let old: HashMap<&str, usize> = old_graph
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    for (i, actor) in graph.actors.iter().enumerate() {
        let Some(&j) = old.get(actor.id.as_str()) else {
            continue;
        };
        if let Some(&b) = old_metrics.betweenness.get(j) {
            metrics.betweenness[i] = b;
        }
        if let Some(&c) = old_metrics.closeness.get(j) {
            metrics.closeness[i] = c;
        }
        if let Some(&c) = old_metrics.community.get(j) {
            metrics.community[i] = c;
        }
    }
    metrics.modularity = old_metrics.modularity;
    metrics
}

/// The key table of a graph exercise's panel.
pub fn mode_for(panel: Panel) -> Mode {
    match panel {
        Panel::Sociogram(SociogramPanel::Sociogram) => Mode::Graph,
        Panel::Sociogram(SociogramPanel::Steps) => Mode::Steps,
        Panel::Notes => Mode::Notes,
        _ => Mode::Board,
    }
}

/// The larger side of the positions' bounding box (1 when they are all at one spot).
pub fn bounds_span(positions: &[[f64; 2]]) -> f64 {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in positions {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    let span = (x1 - x0).max(y1 - y0);
    if span.is_finite() && span > 0.0 {
        span
    } else {
        1.0
    }
}

/// What the sociogram asks the shell to do, in the background.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SociogramEffect {
    /// (Re)start the layout from `Session::layout_input`.
    StartLayout,
    /// Compute the metrics from `Session::metrics_input`.
    ComputeMetrics,
}
