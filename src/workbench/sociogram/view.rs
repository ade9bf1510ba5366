//! Drawing of the sociogram workbench: the graph on a Braille canvas (departments as node
//! colours, relation types as edge colours and dash patterns, arrowheads towards the chosen
//! actor, the selected actor and its neighbours highlighted, labels that do not cover each
//! other) and its legend; the side panels are in `panels`. Reads the sociogram's `GraphView`
//! and a `BenchView` (named `bench`, as `view` is the graph's here) only.

use crate::i18n::{relation_type_name, Text};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::session::Panel;
use crate::workbench::sociogram::fields::SociogramPanel;
use crate::workbench::sociogram::formats::{department_index, department_order};
use crate::workbench::sociogram::model::RelationType;
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::sociogram::ui::GraphView;
use crate::workbench::sociogram::update::department_name_in;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Context, Line as CanvasLine};
use ratatui::widgets::Paragraph;
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
pub(crate) fn monochrome(bench: &BenchView) -> bool {
    bench.theme.dim == Style::default() && bench.theme.border == Style::default()
}

/// The sociogram's screen inside its panel's frame: the diagnosis steps, or the drawing, its
/// legend, the metrics table and the selected actor's details.
pub(crate) fn render(view: &GraphView, bench: &BenchView, frame: &mut Frame, inner: Rect) {
    if bench.panel == Panel::Sociogram(SociogramPanel::Steps) {
        crate::workbench::sociogram::panels::render_steps(bench, frame, inner, view);
        return;
    }
    if view.graph.actors.is_empty() {
        frame.render_widget(
            Paragraph::new(bench.t(Text::Sociogram(SociogramText::NoActors)))
                .style(bench.theme.dim),
            inner,
        );
        return;
    }
    let regions = regions(inner);
    render_canvas(bench, frame, regions.drawing, view);
    render_legend(bench, frame, regions.legend, view);
    crate::workbench::sociogram::panels::render_table(bench, frame, regions.table, view);
    crate::workbench::sociogram::panels::render_details(bench, frame, regions.details, view);
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

pub(crate) fn node_colour(
    bench: &BenchView,
    view: &GraphView,
    order: &[String],
    i: usize,
) -> Color {
    if monochrome(bench) {
        return Color::Reset;
    }
    let department = &view.graph.actors[i].department;
    DEPARTMENT_COLOURS[department_index(order, department) % DEPARTMENT_COLOURS.len()]
}

pub(crate) fn departments(bench: &BenchView, view: &GraphView) -> Vec<String> {
    let ids: Vec<String> = bench
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
pub(crate) fn short(label: &str) -> String {
    let count = label.chars().count();
    if count <= 18 {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(17).collect::<String>())
    }
}

fn render_canvas(bench: &BenchView, frame: &mut Frame, area: Rect, view: &GraphView) {
    let positions = &view.positions;
    let Some((x_bounds, y_bounds)) = canvas_bounds(positions) else {
        return;
    };
    let unit = crate::workbench::sociogram::ui::bounds_span(positions);
    let order = departments(bench, view);
    let neighbours = view.neighbours();
    let selected = view.selected;
    let mono = monochrome(bench);
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
                    ctx.print(x, y, Span::styled("·", bench.theme.dim));
                    continue;
                }
                let glyph = if view.graph.actors[i].pinned.is_some() {
                    "◆"
                } else {
                    "●"
                };
                let dot = Span::styled(
                    glyph,
                    Style::default().fg(node_colour(bench, view, &order, i)),
                );
                let Some(label) = labels[i].clone().filter(|_| labelled) else {
                    ctx.print(x, y, dot);
                    continue;
                };
                let style = if Some(i) == selected {
                    bench.theme.selected
                } else if neighbours.contains(&i) {
                    bench
                        .theme
                        .accent
                        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
                } else {
                    bench.theme.base
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

fn render_legend(bench: &BenchView, frame: &mut Frame, area: Rect, view: &GraphView) {
    let mono = monochrome(bench);
    let mut types = Vec::new();
    for kind in RelationType::ALL {
        let style = if !view.shows_type(kind) {
            bench.theme.dim
        } else if mono {
            bench.theme.base
        } else {
            Style::default().fg(type_colour(kind))
        };
        types.push(Span::styled(
            format!(
                "{} {}  ",
                type_stroke(kind),
                relation_type_name(bench.lang, kind)
            ),
            style,
        ));
    }
    let layout_state = format!(
        "{} · {} it.",
        if view.layout_running {
            bench.t(Text::Sociogram(SociogramText::LayoutRunning))
        } else {
            bench.t(Text::Sociogram(SociogramText::LayoutDone))
        },
        view.layout_iterations
    );
    let filter = match &view.department_filter {
        Some(d) => format!(" · {}", department_name_in(bench.case, d)),
        None => String::new(),
    };
    let marks = format!(
        "★ {} · ○ {} · ⧓ {}",
        bench.t(Text::Sociogram(SociogramText::Star)),
        bench.t(Text::Sociogram(SociogramText::UnchosenShort)),
        bench.t(Text::Sociogram(SociogramText::BrokerShort))
    );
    let lines = vec![
        Line::from(types),
        Line::styled(marks, bench.theme.dim),
        Line::from(vec![
            Span::styled(layout_state, bench.theme.dim),
            Span::styled(filter, bench.theme.accent),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}
