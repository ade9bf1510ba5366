//! Drawing of the sociogram workbench: the graph on a Braille canvas (departments as node
//! colours, relation types as edge colours and dash patterns, arrowheads towards the chosen
//! actor, the selected actor and its neighbours highlighted), the metrics table sortable by
//! any column, the selected actor's details, and the diagnosis steps. Reads the state only.

use super::app::{App, ExerciseState, Panel};
use super::graph::{GraphView, SortColumn};
use super::layout;
use super::view::{bordered, panel_tabs};
use crate::case::Exercise;
use crate::i18n::{relation_type_name, Text};
use crate::model::graph::{mentioned_actors, RelationType};
use crate::sociogram::formats::{department_index, department_order};
use crate::sociogram::GraphFinding;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Context, Line as CanvasLine};
use ratatui::widgets::{Cell, Clear, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

/// Department colours on screen, in the case's department order.
const DEPARTMENT_COLOURS: [Color; 10] = [
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::LightRed,
    Color::LightMagenta,
    Color::Cyan,
    Color::LightYellow,
    Color::LightBlue,
    Color::Red,
    Color::Gray,
];

/// Above this many actors, only the selected one, its neighbours and the most chosen are
/// labelled, so the drawing stays readable.
const ALL_LABELS_UP_TO: usize = 60;

pub fn type_colour(kind: RelationType) -> Color {
    match kind {
        RelationType::Hierarchy => Color::Gray,
        RelationType::Cooperation => Color::Green,
        RelationType::Conflict => Color::Red,
        RelationType::Affinity => Color::Magenta,
        RelationType::Influence => Color::LightBlue,
    }
}

/// How the legend writes a type's line style.
fn type_stroke(kind: RelationType) -> &'static str {
    match kind.dashes() {
        None => "──",
        Some((1, 1)) => "┈┈",
        Some((3, _)) => "╌╌",
        Some(_) => "╍╍",
    }
}

/// The theme has no colours (NO_COLOR): draw everything in the default colour.
fn monochrome(app: &App) -> bool {
    app.theme.dim == Style::default() && app.theme.border == Style::default()
}

pub(super) fn render(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    state: &ExerciseState,
) {
    let block = bordered(app, panel_tabs(app, exercise, state.panel), true);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(view) = &state.graph else {
        return;
    };
    if state.panel == Panel::Steps {
        render_steps(app, frame, inner, exercise, view);
        return;
    }
    if view.graph.actors.is_empty() {
        frame.render_widget(
            Paragraph::new(app.t(Text::NoActors)).style(app.theme.dim),
            inner,
        );
        return;
    }
    let regions = regions(inner);
    render_canvas(app, frame, regions.drawing, view);
    render_legend(app, frame, regions.legend, view);
    render_table(app, frame, regions.table, view);
    render_details(app, frame, regions.details, view);
}

/// Where the sociogram screen's parts are, inside its panel: the drawing and its legend,
/// the metrics table and the selected actor's details. The mouse handler reads the same.
pub struct Regions {
    pub drawing: Rect,
    pub legend: Rect,
    pub table: Rect,
    pub details: Rect,
}

pub fn regions(inner: Rect) -> Regions {
    let (canvas_area, side) = if inner.width >= 72 {
        let [a, b] = Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)])
            .areas(inner);
        (a, b)
    } else {
        let [a, b] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(inner);
        (a, b)
    };
    let [drawing, legend] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(3)]).areas(canvas_area);
    let details_height = if side.height >= 20 {
        10
    } else {
        side.height / 2
    };
    let [table, details] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(details_height)]).areas(side);
    Regions {
        drawing,
        legend,
        table,
        details,
    }
}

/// The drawing's coordinate bounds: the positions' box, with room for the labels on the
/// right and a little elsewhere for the dots.
pub fn canvas_bounds(positions: &[[f64; 2]]) -> Option<([f64; 2], [f64; 2])> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in positions {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    if !(x0.is_finite() && x1.is_finite() && y0.is_finite() && y1.is_finite()) {
        return None;
    }
    let span_x = (x1 - x0).max(1e-6);
    let span_y = (y1 - y0).max(1e-6);
    Some((
        [x0 - span_x * 0.04, x1 + span_x * 0.22],
        [y0 - span_y * 0.06, y1 + span_y * 0.06],
    ))
}

/// The layout coordinates under a terminal cell of the drawing.
pub fn cell_to_point(area: Rect, bounds: ([f64; 2], [f64; 2]), col: u16, row: u16) -> [f64; 2] {
    let ([x0, x1], [y0, y1]) = bounds;
    let fx = (f64::from(col.saturating_sub(area.x)) + 0.5) / f64::from(area.width.max(1));
    let fy = (f64::from(row.saturating_sub(area.y)) + 0.5) / f64::from(area.height.max(1));
    [x0 + fx * (x1 - x0), y1 - fy * (y1 - y0)]
}

fn node_colour(app: &App, view: &GraphView, order: &[String], i: usize) -> Color {
    if monochrome(app) {
        return Color::Reset;
    }
    let department = &view.graph.actors[i].department;
    DEPARTMENT_COLOURS[department_index(order, department) % DEPARTMENT_COLOURS.len()]
}

fn departments(app: &App, view: &GraphView) -> Vec<String> {
    let ids: Vec<String> = app
        .case
        .organisation
        .departments
        .iter()
        .map(|d| d.id.clone())
        .collect();
    department_order(&ids, &view.graph)
}

/// A name as the drawing writes it: "H. Rambaud" for "Hélène Rambaud" (first names become
/// initials), cut to 16 characters.
fn drawn_name(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    let name = match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first @ .., last] => {
            let initials: String = first
                .iter()
                .filter_map(|w| w.chars().next())
                .map(|c| format!("{c}. "))
                .collect();
            format!("{initials}{last}")
        }
    };
    let count = name.chars().count();
    if count <= 16 {
        name
    } else {
        format!("{}…", name.chars().take(15).collect::<String>())
    }
}

/// A short label: the name cut to 18 characters.
fn short(label: &str) -> String {
    let count = label.chars().count();
    if count <= 18 {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(17).collect::<String>())
    }
}

fn render_canvas(app: &App, frame: &mut Frame, area: Rect, view: &GraphView) {
    let positions = &view.positions;
    let Some((x_bounds, y_bounds)) = canvas_bounds(positions) else {
        return;
    };
    let unit = super::graph::bounds_span(positions);
    let order = departments(app, view);
    let neighbours = view.neighbours();
    let selected = view.selected;
    let mono = monochrome(app);
    let n = view.graph.actors.len();
    let labels = place_labels(view, area, (x_bounds, y_bounds), &neighbours);
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds(x_bounds)
        .y_bounds(y_bounds)
        .paint(|ctx| {
            // Edges not touching the selection first, then the selection's on top.
            for pass in 0..2 {
                for (relation, ends) in view.graph.relations.iter().zip(&view.endpoints) {
                    if !view.shows_type(relation.relation_type) {
                        continue;
                    }
                    let Some((s, t)) = *ends else {
                        continue;
                    };
                    let touches = Some(s) == selected || Some(t) == selected;
                    if touches != (pass == 1) {
                        continue;
                    }
                    if s == t || !(view.shows(s) || view.shows(t)) {
                        continue;
                    }
                    let colour = if mono {
                        Color::Reset
                    } else if selected.is_some() && !touches && n > ALL_LABELS_UP_TO {
                        Color::DarkGray
                    } else {
                        type_colour(relation.relation_type)
                    };
                    draw_edge(
                        ctx,
                        positions[s],
                        positions[t],
                        relation.relation_type.dashes(),
                        relation.mutual,
                        unit,
                        colour,
                    );
                }
            }
            ctx.layer();
            // The selection last, so no other label hides it.
            let order_drawn = (0..n)
                .filter(|i| Some(*i) != selected)
                .chain(selected.filter(|s| *s < n));
            for i in order_drawn {
                let labelled = labels[i].is_some();
                let [x, y] = positions[i];
                if !view.shows(i) {
                    ctx.print(x, y, Span::styled("·", app.theme.dim));
                    continue;
                }
                let glyph = if view.graph.actors[i].pinned.is_some() {
                    "◆"
                } else {
                    "●"
                };
                let dot = Span::styled(
                    glyph,
                    Style::default().fg(node_colour(app, view, &order, i)),
                );
                let Some(label) = labels[i].clone().filter(|_| labelled) else {
                    ctx.print(x, y, dot);
                    continue;
                };
                let style = if Some(i) == selected {
                    app.theme.selected
                } else if neighbours.contains(&i) {
                    app.theme
                        .accent
                        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                } else {
                    app.theme.base
                };
                ctx.print(x, y, Line::from(vec![dot, Span::styled(label, style)]));
            }
        });
    frame.render_widget(canvas, area);
}

/// The labels the drawing can show without covering another label or a dot: the selected
/// actor first (always labelled), then its neighbours, then the most chosen; a label that
/// does not fit is shortened to the surname, else left out. Above `ALL_LABELS_UP_TO` actors
/// only the selection, its neighbours and the stars are candidates.
fn place_labels(
    view: &GraphView,
    area: Rect,
    bounds: ([f64; 2], [f64; 2]),
    neighbours: &[usize],
) -> Vec<Option<String>> {
    let n = view.graph.actors.len();
    let (w, h) = (usize::from(area.width), usize::from(area.height));
    let mut labels = vec![None; n];
    if w == 0 || h == 0 {
        return labels;
    }
    let ([x0, x1], [y0, y1]) = bounds;
    // The cell `Context::print` writes to, as ratatui's canvas computes it.
    let cell = |p: [f64; 2]| {
        let col = ((p[0] - x0) * (w as f64 - 1.0) / (x1 - x0)).max(0.0) as usize;
        let row = ((y1 - p[1]) * (h as f64 - 1.0) / (y1 - y0)).max(0.0) as usize;
        (col.min(w - 1), row.min(h - 1))
    };
    let mut taken = vec![vec![false; w]; h];
    for i in 0..n {
        let (col, row) = cell(view.positions[i]);
        taken[row][col] = true;
    }
    let mut order: Vec<usize> = (0..n)
        .filter(|&i| {
            view.shows(i)
                && (n <= ALL_LABELS_UP_TO
                    || Some(i) == view.selected
                    || neighbours.contains(&i)
                    || view.metrics.star[i])
        })
        .collect();
    let rank = |i: usize| {
        if Some(i) == view.selected {
            0
        } else if neighbours.contains(&i) {
            1
        } else {
            2
        }
    };
    order.sort_by_key(|&i| (rank(i), std::cmp::Reverse(view.metrics.in_degree[i]), i));
    for i in order {
        let (col, row) = cell(view.positions[i]);
        let full = drawn_name(&view.graph.actors[i].label);
        let surname = full.rsplit(' ').next().unwrap_or_default().to_string();
        let fits = |text: &str, taken: &[Vec<bool>]| {
            let len = text.chars().count();
            col + 1 + len <= w && (col + 1..col + 1 + len).all(|c| !taken[row][c])
        };
        let chosen = if Some(i) == view.selected || fits(&full, &taken) {
            Some(full)
        } else if fits(&surname, &taken) {
            Some(surname)
        } else {
            None
        };
        if let Some(text) = &chosen {
            let end = (col + 1 + text.chars().count()).min(w);
            for c in taken[row].iter_mut().take(end).skip(col + 1) {
                *c = true;
            }
        }
        labels[i] = chosen;
    }
    labels
}

/// An edge as a line (dashed or not) with an arrowhead before the target, and one before the
/// source when the relation is mutual.
fn draw_edge(
    ctx: &mut Context,
    from: [f64; 2],
    to: [f64; 2],
    dashes: Option<(u8, u8)>,
    mutual: bool,
    unit: f64,
    colour: Color,
) {
    let (dx, dy) = (to[0] - from[0], to[1] - from[1]);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= 0.0 {
        return;
    }
    let mut segment = |a: [f64; 2], b: [f64; 2]| {
        ctx.draw(&CanvasLine {
            x1: a[0],
            y1: a[1],
            x2: b[0],
            y2: b[1],
            color: colour,
        });
    };
    match dashes {
        None => segment(from, to),
        Some((on, off)) => {
            let step = unit / 80.0;
            let (on, off) = (f64::from(on) * step, f64::from(off) * step);
            let mut at = 0.0;
            while at < length {
                let end = (at + on).min(length);
                segment(
                    [from[0] + dx * at / length, from[1] + dy * at / length],
                    [from[0] + dx * end / length, from[1] + dy * end / length],
                );
                at = end + off;
            }
        }
    }
    let head = |ctx: &mut Context, tip: [f64; 2], ux: f64, uy: f64| {
        let size = unit * 0.025;
        for angle in [0.45f64, -0.45] {
            let (c, s) = (angle.cos(), angle.sin());
            let (wx, wy) = (-(ux * c - uy * s), -(ux * s + uy * c));
            ctx.draw(&CanvasLine {
                x1: tip[0],
                y1: tip[1],
                x2: tip[0] + wx * size,
                y2: tip[1] + wy * size,
                color: colour,
            });
        }
    };
    let (ux, uy) = (dx / length, dy / length);
    let gap = (unit * 0.02).min(length * 0.3);
    head(ctx, [to[0] - ux * gap, to[1] - uy * gap], ux, uy);
    if mutual {
        head(ctx, [from[0] + ux * gap, from[1] + uy * gap], -ux, -uy);
    }
}

fn render_legend(app: &App, frame: &mut Frame, area: Rect, view: &GraphView) {
    let mono = monochrome(app);
    let mut types = Vec::new();
    for kind in RelationType::ALL {
        let style = if !view.shows_type(kind) {
            app.theme.dim
        } else if mono {
            app.theme.base
        } else {
            Style::default().fg(type_colour(kind))
        };
        types.push(Span::styled(
            format!(
                "{} {}  ",
                type_stroke(kind),
                relation_type_name(app.lang, kind)
            ),
            style,
        ));
    }
    let layout_state = format!(
        "{} · {} it.",
        if view.layout_running {
            app.t(Text::LayoutRunning)
        } else {
            app.t(Text::LayoutDone)
        },
        view.layout_iterations
    );
    let filter = match &view.department_filter {
        Some(d) => format!(" · {}", app.department_name(d)),
        None => String::new(),
    };
    let marks = format!(
        "★ {} · ○ {} · ⧓ {}",
        app.t(Text::Star),
        app.t(Text::UnchosenShort),
        app.t(Text::BrokerShort)
    );
    let lines = vec![
        Line::from(types),
        Line::styled(marks, app.theme.dim),
        Line::from(vec![
            Span::styled(layout_state, app.theme.dim),
            Span::styled(filter, app.theme.accent),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn render_table(app: &App, frame: &mut Frame, area: Rect, view: &GraphView) {
    let arrow =
        if view.descending != !matches!(view.sort, SortColumn::Actor | SortColumn::Department) {
            "▼"
        } else {
            "▲"
        };
    let header: Vec<Cell> = SortColumn::ALL
        .iter()
        .map(|c| {
            let title = header_title(app, *c);
            if *c == view.sort {
                Cell::from(format!("{title}{arrow}")).style(app.theme.accent)
            } else {
                Cell::from(title).style(app.theme.heading)
            }
        })
        .collect();
    let block = bordered(
        app,
        format!(
            " {} · {} ",
            app.t(Text::Metrics),
            view.type_filter
                .map_or(app.t(Text::AllTypes), |t| relation_type_name(app.lang, t))
        ),
        false,
    )
    // Reciprocity of the graph and modularity Q of its communities (Clauset-Newman-Moore).
    .title_bottom(format!(
        " {} {} · Q {:.2} (CNM) ",
        app.t(Text::Reciprocity).to_lowercase(),
        view.metrics
            .graph_reciprocity
            .map_or("—".to_string(), |r| format!("{r:.2}")),
        view.metrics.modularity
    ));
    let inner = block.inner(area);
    let visible = usize::from(inner.height.saturating_sub(1));
    let selected_row = view.selected_row().unwrap_or(0);
    let offset = layout::scroll_offset(selected_row, visible as u16, view.rows.len());
    let m = &view.metrics;
    let order = departments(app, view);
    // Narrow: no department column (the name's colour says it) and two decimals.
    let wide = inner.width >= 48;
    let decimals = if wide { 3 } else { 2 };
    let rows: Vec<Row> = view
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(visible)
        .map(|(row, &i)| {
            let actor = &view.graph.actors[i];
            // Positions first, so a cut name cannot hide them: ★ star, ○ unchosen, ⧓ broker.
            let mut name = String::new();
            if m.star[i] {
                name.push('★');
            }
            if m.unchosen[i] {
                name.push('○');
            }
            if m.broker[i] {
                name.push('⧓');
            }
            name.push_str(&short(&actor.label));
            let style = if Some(row) == view.selected_row() {
                app.theme.selected
            } else {
                app.theme.base
            };
            let colour = Style::default().fg(node_colour(app, view, &order, i));
            let mut cells = vec![Cell::from(Span::styled(
                name,
                if wide { Style::default() } else { colour },
            ))];
            if wide {
                cells.push(Cell::from(Span::styled(actor.department.clone(), colour)));
            }
            cells.extend([
                Cell::from(m.in_degree[i].to_string()),
                Cell::from(m.out_degree[i].to_string()),
                Cell::from(format!("{:.*}", decimals, m.betweenness[i])),
                Cell::from(format!("{:.*}", decimals, m.closeness[i])),
                Cell::from(m.community[i].to_string()),
            ]);
            Row::new(cells).style(style)
        })
        .collect();
    let number = Constraint::Length(decimals as u16 + 2);
    let mut widths = vec![Constraint::Min(8)];
    if wide {
        widths.push(Constraint::Length(10));
    }
    widths.extend([
        Constraint::Length(3),
        Constraint::Length(3),
        number,
        number,
        Constraint::Length(3),
    ]);
    let header: Vec<Cell> = header
        .into_iter()
        .enumerate()
        .filter(|(k, _)| wide || *k != 1)
        .map(|(_, c)| c)
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header))
        .block(block);
    frame.render_widget(table, area);
}

/// Column titles short enough for the table.
fn header_title(app: &App, column: SortColumn) -> String {
    let full = app.t(column.title());
    match column {
        SortColumn::Actor | SortColumn::Department => full.to_string(),
        SortColumn::InDegree => "in".to_string(),
        SortColumn::OutDegree => "out".to_string(),
        SortColumn::Betweenness => full.chars().take(5).collect(),
        SortColumn::Closeness => full.chars().take(5).collect(),
        SortColumn::Community => full.chars().take(3).collect(),
    }
}

fn render_details(app: &App, frame: &mut Frame, area: Rect, view: &GraphView) {
    let block = bordered(app, format!(" {} ", app.t(Text::Actor)), false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(i) = view.selected else {
        return;
    };
    let actor = &view.graph.actors[i];
    let m = &view.metrics;
    let mut lines = vec![Line::from(vec![
        Span::styled(actor.label.clone(), app.theme.title),
        Span::styled(
            format!(
                " · {} · {} {} · {}{}",
                app.department_name(&actor.department),
                app.t(Text::Level),
                actor.level,
                actor.role,
                if actor.pinned.is_some() {
                    format!(" · {}", app.t(Text::Pinned))
                } else {
                    String::new()
                }
            ),
            app.theme.dim,
        ),
    ])];
    let positions = crate::sociogram::position_labels(m, i, app.lang);
    if !positions.is_empty() {
        lines.push(Line::styled(positions.join(" · "), app.theme.accent));
    }
    if let Some((config, board)) = app.current_board() {
        let cited: Vec<String> = board
            .items
            .iter()
            .filter(|item| {
                mentioned_actors(&view.graph, &format!("{} {}", item.text, item.evidence))
                    .contains(&i)
            })
            .filter_map(|item| crate::export::item_label(config, board, item.id))
            .collect();
        if !cited.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{}{} ",
                        app.t(Text::MentionedIn),
                        if app.lang == crate::i18n::Lang::Fr {
                            " :"
                        } else {
                            ":"
                        }
                    ),
                    app.theme.dim,
                ),
                Span::raw(cited.join(", ")),
            ]));
        }
    }
    let relations = view.selected_relations();
    for (k, &r) in relations.iter().enumerate() {
        let relation = &view.graph.relations[r];
        let outgoing = relation.source == actor.id;
        let other = if outgoing {
            &relation.target
        } else {
            &relation.source
        };
        let other = view
            .graph
            .index_of(other)
            .map_or(other.as_str(), |o| view.graph.actors[o].label.as_str());
        let arrow = match (relation.mutual, outgoing) {
            (true, _) => "↔",
            (false, true) => "→",
            (false, false) => "←",
        };
        let style = if k == view.relation {
            app.theme.selected
        } else if monochrome(app) {
            app.theme.base
        } else {
            Style::default().fg(type_colour(relation.relation_type))
        };
        lines.push(Line::styled(
            format!(
                "{arrow} {} · {} · {}",
                short(other),
                relation_type_name(app.lang, relation.relation_type),
                "●".repeat(usize::from(relation.intensity))
            ),
            style,
        ));
    }
    let offset = view
        .relation
        .saturating_sub(usize::from(inner.height.saturating_sub(4)));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .scroll((offset as u16, 0)),
        inner,
    );
}

fn render_steps(app: &App, frame: &mut Frame, area: Rect, exercise: &Exercise, view: &GraphView) {
    let config = crate::sociogram::config(exercise);
    let findings: Vec<GraphFinding> = app
        .report(&exercise.id)
        .map(|r| {
            r.findings
                .iter()
                .filter_map(|f| match f {
                    crate::checks::Finding::Graph(g) => Some(g.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let early: Vec<usize> = findings
        .iter()
        .filter_map(|f| match f {
            GraphFinding::StepOutOfOrder { step, .. } => Some(step - 1),
            _ => None,
        })
        .collect();
    let mut lines = vec![
        Line::styled(app.t(Text::StepsHint), app.theme.dim),
        Line::raw(""),
    ];
    for (i, step) in config.steps.iter().enumerate() {
        let done_at = view.graph.steps_done.iter().position(|s| *s == i);
        let mark = if done_at.is_some() { "[x]" } else { "[ ]" };
        let style = if i == view.step {
            app.theme.selected
        } else if early.contains(&i) {
            app.theme.error
        } else if done_at.is_some() {
            app.theme.ok
        } else {
            app.theme.base
        };
        let order = done_at.map_or(String::new(), |at| format!("  (#{})", at + 1));
        lines.push(Line::styled(
            format!("{mark} {}. {step}{order}", i + 1),
            style,
        ));
    }
    lines.push(Line::raw(""));
    if let Some(report) = app.report(&exercise.id) {
        if !report.findings.is_empty() {
            lines.push(Line::styled(app.t(Text::Findings), app.theme.heading));
            for finding in &report.findings {
                lines.push(Line::raw(format!("• {}", finding.message(app.lang))));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t(Text::MentionHint), app.theme.dim));
    if !config.relation_convention.trim().is_empty() {
        lines.push(Line::styled(
            config.relation_convention.clone(),
            app.theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// On a graph exercise, the actors a SIC observation names (by full name or `@id`).
pub(super) fn cited_actors_line(
    app: &App,
    item: &crate::model::board::Item,
) -> Option<Line<'static>> {
    let view = app.graph_view()?;
    let cited = mentioned_actors(&view.graph, &format!("{} {}", item.text, item.evidence));
    let names: Vec<String> = cited
        .iter()
        .map(|&i| view.graph.actors[i].label.clone())
        .collect();
    let value = if names.is_empty() {
        "—".to_string()
    } else {
        names.join(", ")
    };
    Some(Line::from(vec![
        Span::styled(format!("{}: ", app.t(Text::Actors)), app.theme.dim),
        Span::styled(value, app.theme.accent),
    ]))
}

/// The relation picker: the actor a new relation goes to.
pub(super) fn render_pick_actor(app: &App, frame: &mut Frame, body: Rect, selected: usize) {
    let Some(view) = app.graph_view() else {
        return;
    };
    let order = app.pick_actor_order();
    let area = layout::centered(body, 60, body.height.min(order.len() as u16 + 2));
    frame.render_widget(Clear, area);
    let rows: Vec<ListItem> = order
        .iter()
        .map(|&i| {
            let actor = &view.graph.actors[i];
            ListItem::new(format!(
                "{} · {}",
                actor.label,
                app.department_name(&actor.department)
            ))
        })
        .collect();
    let mut list_state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(rows)
            .block(bordered(
                app,
                format!(" {} ", app.t(Text::PickRelationTarget)),
                true,
            ))
            .highlight_style(app.theme.selected),
        area,
        &mut list_state,
    );
}
