//! The sociogram workbench's updates (A6): how its actions, the relation picker and the
//! mouse change the answer and the view state (`GraphView`). `update` and
//! `update_pick_actor` take the view, A6's SIC grid (a board) and a `BenchCx`, and change
//! the answer through `change_graph` (`BenchCx::change_answer`, then the view brought up to
//! date) so undo, autosave and findings follow. No I/O: the layout thread is
//! asked for with `Effect::Sociogram(SociogramEffect::StartLayout)`, which the shell carries out.

use crate::case::Exercise;
use crate::i18n::Text;
use crate::workbench::screen::bench_cx::BenchCx;
use crate::workbench::screen::keymap::Action;
use crate::workbench::screen::session::{EditTarget, Effect, Overlay, Panel, Screen, Session};
use crate::workbench::sociogram::fields::SociogramField;
use crate::workbench::sociogram::fields::SociogramOverlay;
use crate::workbench::sociogram::fields::SociogramPanel;
use crate::workbench::sociogram::forceatlas2;
use crate::workbench::sociogram::layout::{self, LayoutInput, Snapshot};
use crate::workbench::sociogram::metrics_worker::{self, MetricsInput, MetricsResult};
use crate::workbench::sociogram::model::{RelationType, Sociogram};
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::sociogram::ui::{bounds_span, GraphView, MetricsState, SociogramEffect};

impl Session {
    /// The sociogram's view state, on a graph exercise.
    pub fn graph_view(&self) -> Option<&GraphView> {
        match &self.screen {
            Screen::Exercise(state) => state.bench.graph(),
            Screen::Home(_) => None,
        }
    }

    fn graph_view_mut(&mut self) -> Option<&mut GraphView> {
        match &mut self.screen {
            Screen::Exercise(state) => state.bench.graph_mut(),
            Screen::Home(_) => None,
        }
    }

    /// The sociogram on screen: the answer's, or the case's starter list.
    pub fn current_sociogram(&self) -> Sociogram {
        let id = self.exercise_id();
        crate::workbench::sociogram::sociogram_of(
            &self.case.organisation,
            self.workspace.answer(&id),
        )
    }

    /// Recomputes the sociogram's view after a change (called by `touch`).
    pub(crate) fn refresh_graph(&mut self) {
        if self.graph_view().is_none() {
            return;
        }
        let graph = self.current_sociogram();
        if let Some(view) = self.graph_view_mut() {
            view.refresh(graph);
        }
    }

    /// Creates the view state when a graph exercise opens.
    pub(crate) fn open_graph(&mut self, exercise: &Exercise) -> Option<GraphView> {
        if exercise.kind != crate::case::Kind::Graph {
            return None;
        }
        let mut view = GraphView::default();
        let answer = self.workspace.answer(&exercise.id);
        view.refresh(crate::workbench::sociogram::sociogram_of(
            &self.case.organisation,
            answer,
        ));
        Some(view)
    }

    /// What a background layout starts from: the positions on screen and the pins.
    pub fn layout_input(&self) -> Option<LayoutInput> {
        let view = self.graph_view()?;
        Some(layout::input(&view.graph, Some(&view.positions)))
    }

    /// Takes a layout snapshot (ignored if the graph changed size since it started).
    pub fn apply_layout(&mut self, snapshot: Snapshot) {
        if let Some(view) = self.graph_view_mut() {
            if snapshot.positions.len() == view.positions.len() {
                view.positions = snapshot.positions;
                view.layout_iterations = snapshot.iterations;
                view.layout_running = !snapshot.done;
            }
        }
    }

    /// Asks the shell for the sociogram's metrics when the view wants them (its arcs changed
    /// on a graph too big to compute them at once).
    pub(crate) fn want_metrics(&mut self, effects: &mut Vec<Effect>) {
        let wanted = self
            .graph_view()
            .is_some_and(|v| v.metrics_state == MetricsState::Wanted);
        if wanted && !effects.contains(&Effect::Sociogram(SociogramEffect::ComputeMetrics)) {
            effects.push(Effect::Sociogram(SociogramEffect::ComputeMetrics));
        }
    }

    /// What the background metrics are to be computed on, if the view waits for them.
    pub fn metrics_input(&self) -> Option<MetricsInput> {
        self.graph_view()?.metrics_input()
    }

    /// Marks the metrics being computed (the shell sent the request).
    pub fn metrics_started(&mut self) {
        if let Some(view) = self.graph_view_mut() {
            if view.metrics_state == MetricsState::Wanted {
                view.metrics_state = MetricsState::Computing;
            }
        }
    }

    /// Whether the screen waits for background metrics.
    pub fn metrics_pending(&self) -> bool {
        self.graph_view()
            .is_some_and(|v| v.metrics_state != MetricsState::Current)
    }

    /// Takes background metrics (dropped if the arcs changed since they were asked for).
    pub fn apply_metrics(&mut self, result: MetricsResult) {
        if let Some(view) = self.graph_view_mut() {
            view.apply_metrics(result);
        }
    }

    /// Computes the wanted metrics in this thread (tests, benchmarks).
    pub fn settle_metrics(&mut self) {
        if let Some(input) = self.metrics_input() {
            self.apply_metrics(metrics_worker::run(input));
        }
    }

    /// Marks the layout started (the shell spawned it).
    pub fn layout_started(&mut self) {
        if let Some(view) = self.graph_view_mut() {
            view.layout_running = true;
            view.layout_iterations = 0;
        }
    }

    /// Runs the layout to its end in this thread (tests, and where no thread is wanted).
    pub fn settle_layout(&mut self) {
        if let Some(input) = self.layout_input() {
            self.apply_layout(layout::run(input));
        }
    }

    /// A department's name from the case (or its id).
    pub fn department_name(&self, id: &str) -> String {
        department_name_in(&self.case, id)
    }

    /// The actors the relation picker lists: every one but the selected, in table order.
    pub fn pick_actor_order(&self) -> Vec<usize> {
        self.graph_view().map_or_else(Vec::new, pick_actor_order_of)
    }

    /// The relation picker (see `update_pick_actor`).
    pub(crate) fn update_graph_pick_actor(
        &mut self,
        action: Action,
        selected: usize,
    ) -> Vec<Effect> {
        let Some((
            crate::workbench::Bench::Sociogram {
                graph: Some(view), ..
            },
            mut cx,
        )) = self.split_bench()
        else {
            return Vec::new();
        };
        update_pick_actor(view, &mut cx, action, selected)
    }

    /// Writes the actor role being typed into the answer.
    pub(crate) fn set_actor_role(&mut self, index: usize, text: String) {
        let id = self.exercise_id();
        if let Some(actor) = self
            .workspace
            .answer_mut(&id)
            .graph
            .as_mut()
            .and_then(|g| g.actors.get_mut(index))
        {
            actor.role = text;
        }
        self.refresh_graph();
    }

    /// Writes the actor name being typed into the answer.
    pub(crate) fn set_actor_label(&mut self, index: usize, text: String) {
        let id = self.exercise_id();
        if let Some(graph) = self.workspace.answer_mut(&id).graph.as_mut() {
            if index < graph.actors.len() {
                // An actor nobody is related to yet (a new one) takes its id from its name.
                let old_id = graph.actors[index].id.clone();
                if graph.relations_of(&old_id).is_empty() {
                    graph.actors[index].id = String::new();
                    graph.actors[index].id = graph.fresh_id(&text);
                }
                graph.actors[index].label = text;
            }
        }
        self.refresh_graph();
    }
}

impl Session {
    /// Mouse on the sociogram: a click selects the nearest actor of the drawing (or a row of
    /// the table), a drag moves the selected actor there and pins it. `None` when the mouse is
    /// not the sociogram's, for the shell's own handler.
    pub(crate) fn handle_graph_mouse(
        &mut self,
        mouse: &crossterm::event::MouseEvent,
    ) -> Option<Vec<Effect>> {
        use crate::workbench::sociogram::view::{canvas_bounds, cell_to_point};
        use crossterm::event::{MouseButton, MouseEventKind};
        if self.overlay.is_some() {
            return None;
        }
        let Screen::Exercise(state) = &self.screen else {
            return None;
        };
        if state.panel != Panel::Sociogram(SociogramPanel::Sociogram) {
            return None;
        }
        let body = crate::workbench::screen::layout::frame(self.size).body;
        let (_, work) = crate::workbench::screen::layout::brief_and_work(body, state.brief.shown);
        let regions = crate::workbench::sociogram::view::regions(
            crate::workbench::screen::session::inner(work),
        );
        let view = state.bench.graph()?;
        let at = ratatui::layout::Position::new(mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) if regions.drawing.contains(at) => {
                let bounds = canvas_bounds(&view.positions)?;
                let point = cell_to_point(regions.drawing, bounds, mouse.column, mouse.row);
                let distance = |i: usize| {
                    (view.positions[i][0] - point[0]).powi(2)
                        + (view.positions[i][1] - point[1]).powi(2)
                };
                let nearest = (0..view.positions.len())
                    .filter(|i| view.shows(*i))
                    .min_by(|a, b| distance(*a).total_cmp(&distance(*b)));
                if let Some(v) = self.graph_view_mut() {
                    v.selected = nearest;
                    v.relation = 0;
                }
                Some(Vec::new())
            }
            MouseEventKind::Down(MouseButton::Left) if regions.table.contains(at) => {
                let inner = crate::workbench::screen::session::inner(regions.table);
                let visible = inner.height.saturating_sub(1);
                let offset = crate::workbench::screen::layout::scroll_offset(
                    view.selected_row().unwrap_or(0),
                    visible,
                    view.rows.len(),
                );
                if at.y > inner.y {
                    let row = offset + usize::from(at.y - inner.y - 1);
                    if let Some(&actor) = view.rows.get(row) {
                        if let Some(v) = self.graph_view_mut() {
                            v.selected = Some(actor);
                            v.relation = 0;
                        }
                    }
                }
                Some(Vec::new())
            }
            MouseEventKind::Drag(MouseButton::Left) if regions.drawing.contains(at) => {
                let i = view.selected?;
                let bounds = canvas_bounds(&view.positions)?;
                let point = cell_to_point(regions.drawing, bounds, mouse.column, mouse.row);
                if let Some((bench, mut cx)) = self.split_bench() {
                    change_graph(bench.graph_mut(), &mut cx, |g| {
                        if let Some(actor) = g.actors.get_mut(i) {
                            actor.pinned = Some(point);
                        }
                    });
                }
                Some(vec![Effect::Sociogram(SociogramEffect::StartLayout)])
            }
            _ => None,
        }
    }
}

/// The sociogram on screen: the answer's, or the case's starter list.
fn sociogram_in(cx: &BenchCx) -> Sociogram {
    crate::workbench::sociogram::sociogram_of(&cx.case.organisation, cx.answer())
}

/// A department's name from the case (or its id).
pub fn department_name_in(case: &crate::case::Case, id: &str) -> String {
    case.organisation
        .departments
        .iter()
        .find(|d| d.id == id)
        .map_or_else(|| id.to_string(), |d| d.name.clone())
}

/// The actors the relation picker lists: every one but the selected, in table order.
pub fn pick_actor_order_of(view: &GraphView) -> Vec<usize> {
    let mut order: Vec<usize> = (0..view.graph.actors.len()).collect();
    order.sort_by(|a, b| {
        view.graph.actors[*a]
            .label
            .cmp(&view.graph.actors[*b].label)
    });
    order.retain(|i| Some(*i) != view.selected);
    order
}

/// Changes the sociogram (taking the starter list on the first change) with undo.
/// The view, when there is one, is brought up to date at once, as everything after the change
/// reads it.
pub(crate) fn change_graph<R>(
    view: Option<&mut GraphView>,
    cx: &mut BenchCx,
    change: impl FnOnce(&mut Sociogram) -> R,
) -> R {
    let started = cx.answer().is_some_and(|a| a.graph.is_some());
    // The starter list only when the answer has no sociogram yet (not a clone of it).
    let starter = (!started).then(|| sociogram_in(cx));
    let result = cx.change_answer(|answer| {
        change(
            answer
                .graph
                .get_or_insert_with(|| starter.unwrap_or_default()),
        )
    });
    if let Some(view) = view {
        view.refresh(sociogram_in(cx));
    }
    result
}

/// Actions of a graph exercise, by panel: the drawing and table, the diagnosis steps, or the
/// SIC grid (a board, after which the view is brought up to date if the answer changed).
pub fn update(
    view: Option<&mut GraphView>,
    board: &mut crate::workbench::board::Ui,
    cx: &mut BenchCx,
    action: Action,
) -> Vec<Effect> {
    match *cx.panel {
        Panel::Sociogram(SociogramPanel::Sociogram) => match view {
            Some(view) => update_sociogram(view, cx, action),
            None => Vec::new(),
        },
        Panel::Sociogram(SociogramPanel::Steps) => {
            if let Some(view) = view {
                update_steps(view, cx, action);
            }
            Vec::new()
        }
        _ => {
            crate::workbench::board::update::update(board, cx, action);
            if let (true, Some(view)) = (cx.touched, view) {
                view.refresh(sociogram_in(cx));
            }
            Vec::new()
        }
    }
}

fn update_steps(view: &mut GraphView, cx: &mut BenchCx, action: Action) {
    let total = crate::workbench::sociogram::config(cx.exercise).steps.len();
    match action {
        Action::SelectPrev => view.step = view.step.saturating_sub(1),
        Action::SelectNext => view.step = (view.step + 1).min(total.saturating_sub(1)),
        Action::ToggleMark if total > 0 => {
            let step = view.step;
            change_graph(Some(view), cx, |g| g.toggle_step(step));
        }
        _ => {}
    }
}

fn update_sociogram(view: &mut GraphView, cx: &mut BenchCx, action: Action) -> Vec<Effect> {
    // What the actions read of the view, taken now (not a clone of the view, which holds
    // the whole graph: on 2,000 actors that cost more than the rest of a change).
    let selected = view.selected;
    let actor = selected.and_then(|s| view.graph.actors.get(s)).cloned();
    let relations = view.selected_relations();
    let relation = relations.get(view.relation).copied();
    let row = view.selected_row().unwrap_or(0);
    let last_row = view.rows.len().saturating_sub(1);
    let at = selected
        .and_then(|i| view.positions.get(i).copied())
        .unwrap_or([0.0; 2]);
    let span = bounds_span(&view.positions);
    match action {
        Action::SelectPrev | Action::SelectNext => {
            let row = if action == Action::SelectPrev {
                row.saturating_sub(1)
            } else {
                (row + 1).min(last_row)
            };
            view.selected = view.rows.get(row).copied();
            view.relation = 0;
        }
        Action::SortNext | Action::SortReverse => {
            if action == Action::SortNext {
                view.sort = view.sort.next();
            } else {
                view.descending = !view.descending;
            }
            view.sort_rows();
        }
        Action::FilterType => {
            view.type_filter = match view.type_filter {
                None => Some(RelationType::ALL[0]),
                Some(t) => {
                    let at = RelationType::ALL.iter().position(|x| *x == t).unwrap_or(0);
                    RelationType::ALL.get(at + 1).copied()
                }
            };
            view.relation = 0;
            view.refresh(sociogram_in(cx));
            let label = match view.type_filter {
                Some(t) => crate::i18n::relation_type_name(cx.lang, t),
                None => cx.t(Text::Sociogram(SociogramText::AllTypes)),
            };
            cx.info(label);
        }
        Action::FilterDepartment => {
            let mut departments: Vec<String> = cx
                .case
                .organisation
                .departments
                .iter()
                .map(|d| d.id.clone())
                .filter(|d| view.graph.actors.iter().any(|a| &a.department == d))
                .collect();
            for actor in &view.graph.actors {
                if !departments.contains(&actor.department) {
                    departments.push(actor.department.clone());
                }
            }
            let next = match &view.department_filter {
                None => departments.first().cloned(),
                Some(d) => {
                    let at = departments.iter().position(|x| x == d);
                    at.and_then(|at| departments.get(at + 1).cloned())
                }
            };
            let label = next.as_ref().map_or_else(
                || {
                    cx.t(Text::Sociogram(SociogramText::AllDepartments))
                        .to_string()
                },
                |d| department_name_in(cx.case, d),
            );
            view.department_filter = next;
            view.sort_rows();
            if view.selected.is_some_and(|s| !view.shows(s)) {
                view.selected = view.rows.first().copied();
            }
            cx.info(label);
        }
        Action::TogglePin => {
            if let Some(i) = selected {
                change_graph(Some(&mut *view), cx, |g| {
                    if let Some(actor) = g.actors.get_mut(i) {
                        actor.pinned = match actor.pinned {
                            Some(_) => None,
                            None => Some(at),
                        };
                    }
                });
                return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
            }
        }
        Action::MoveNodeLeft
        | Action::MoveNodeRight
        | Action::MoveNodeUp
        | Action::MoveNodeDown => {
            if let Some(i) = selected {
                let step = span * 0.04;
                let [mut x, mut y] = at;
                match action {
                    Action::MoveNodeLeft => x -= step,
                    Action::MoveNodeRight => x += step,
                    // Screen y grows downwards, layout y upwards.
                    Action::MoveNodeUp => y += step,
                    _ => y -= step,
                }
                change_graph(Some(&mut *view), cx, |g| {
                    if let Some(actor) = g.actors.get_mut(i) {
                        actor.pinned = Some([x, y]);
                    }
                });
                return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
            }
        }
        Action::Relayout => {
            view.positions = forceatlas2::initial_positions(view.positions.len(), layout::SEED);
            for (i, actor) in view.graph.actors.iter().enumerate() {
                if let Some(p) = actor.pinned {
                    view.positions[i] = p;
                }
            }
            return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
        }
        Action::AddEntry => {
            let department = actor
                .as_ref()
                .map(|a| a.department.clone())
                .or_else(|| {
                    cx.case
                        .organisation
                        .departments
                        .first()
                        .map(|d| d.id.clone())
                })
                .unwrap_or_default();
            let index = change_graph(Some(&mut *view), cx, |g| g.add_actor("", &department));
            view.selected = Some(index);
            cx.open_field(
                EditTarget::Sociogram(SociogramField::ActorLabel(index)),
                "",
                true,
            );
            return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
        }
        Action::EditEntry => match selected.zip(actor) {
            Some((i, actor)) => {
                let label = actor.label;
                change_graph(Some(&mut *view), cx, |_| ());
                cx.open_field(
                    EditTarget::Sociogram(SociogramField::ActorLabel(i)),
                    &label,
                    false,
                );
            }
            None => cx.info(cx.t(Text::SelectItemFirst)),
        },
        Action::DeleteEntry => {
            if let Some(i) = selected {
                change_graph(Some(&mut *view), cx, |g| g.delete_actor(i));
                view.selected = view.rows.first().copied();
                cx.info(cx.t(Text::Deleted));
                return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
            }
        }
        Action::LinkItems => {
            if selected.is_some() {
                *cx.overlay = Some(Overlay::Sociogram(SociogramOverlay::PickActor {
                    selected: 0,
                }));
            } else {
                cx.info(cx.t(Text::SelectItemFirst));
            }
        }
        Action::CycleDepartment | Action::CycleLevel => {
            let Some(i) = selected else {
                cx.info(cx.t(Text::SelectItemFirst));
                return Vec::new();
            };
            let departments: Vec<String> = cx
                .case
                .organisation
                .departments
                .iter()
                .map(|d| d.id.clone())
                .collect();
            let level = action == Action::CycleLevel;
            change_graph(Some(&mut *view), cx, |g| {
                let actor = &mut g.actors[i];
                if level {
                    actor.level = actor.level % 5 + 1;
                } else if !departments.is_empty() {
                    let at = departments.iter().position(|d| *d == actor.department);
                    actor.department =
                        departments[at.map_or(0, |at| (at + 1) % departments.len())].clone();
                }
            });
            let actor = &sociogram_in(cx).actors[i];
            let said = if level {
                format!(
                    "{} {}",
                    cx.t(Text::Sociogram(SociogramText::Level)),
                    actor.level
                )
            } else {
                department_name_in(cx.case, &actor.department)
            };
            cx.info(said);
        }
        Action::EditRole => match selected.zip(actor) {
            Some((i, actor)) => {
                let role = actor.role;
                change_graph(Some(&mut *view), cx, |_| ());
                cx.open_field(
                    EditTarget::Sociogram(SociogramField::ActorRole(i)),
                    &role,
                    false,
                );
            }
            None => cx.info(cx.t(Text::SelectItemFirst)),
        },
        Action::NextRelation => {
            view.relation = if relations.is_empty() {
                0
            } else {
                (view.relation + 1) % relations.len()
            };
        }
        Action::CycleRelationType
        | Action::RaiseIntensity
        | Action::ToggleMutual
        | Action::DeleteRelation => {
            let Some(r) = relation else {
                cx.info(cx.t(Text::SelectItemFirst));
                return Vec::new();
            };
            let deleted = action == Action::DeleteRelation;
            change_graph(Some(&mut *view), cx, |g| {
                if deleted {
                    g.relations.remove(r);
                    return;
                }
                let relation = &mut g.relations[r];
                match action {
                    Action::CycleRelationType => {
                        let at = RelationType::ALL
                            .iter()
                            .position(|t| *t == relation.relation_type)
                            .unwrap_or(0);
                        relation.relation_type =
                            RelationType::ALL[(at + 1) % RelationType::ALL.len()];
                    }
                    Action::RaiseIntensity => relation.intensity = relation.intensity % 3 + 1,
                    _ => relation.mutual = !relation.mutual,
                }
            });
            if deleted {
                cx.info(cx.t(Text::Deleted));
                return vec![Effect::Sociogram(SociogramEffect::StartLayout)];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The relation picker: Enter adds a cooperation from the selected actor to the chosen one.
pub fn update_pick_actor(
    view: &mut GraphView,
    cx: &mut BenchCx,
    action: Action,
    selected: usize,
) -> Vec<Effect> {
    let order = pick_actor_order_of(view);
    match action {
        Action::SelectPrev => {
            *cx.overlay = Some(Overlay::Sociogram(SociogramOverlay::PickActor {
                selected: selected.saturating_sub(1),
            }))
        }
        Action::SelectNext => {
            *cx.overlay = Some(Overlay::Sociogram(SociogramOverlay::PickActor {
                selected: (selected + 1).min(order.len().saturating_sub(1)),
            }))
        }
        Action::Confirm => {
            let (Some(source), Some(&target)) = (view.selected, order.get(selected)) else {
                return Vec::new();
            };
            let source = view.graph.actors[source].id.clone();
            let target = view.graph.actors[target].id.clone();
            let index = change_graph(Some(&mut *view), cx, |g| {
                g.add_relation(&source, &target, RelationType::Cooperation)
            });
            view.relation = view
                .selected_relations()
                .iter()
                .position(|r| *r == index)
                .unwrap_or(0);
            return vec![
                Effect::Sociogram(SociogramEffect::StartLayout),
                Effect::SaveNow,
            ];
        }
        Action::Cancel => {}
        _ => *cx.overlay = Some(Overlay::Sociogram(SociogramOverlay::PickActor { selected })),
    }
    Vec::new()
}
