//! Drawing of the grid workbench: the tab strip, the selected table (typed cells, computed
//! columns, sort marks, totals), its charts (bars with shares and hotspot, heat maps,
//! timelines, colour swatches), the social-listening tab and the case's reference data.
//! Reads the state only; rows outside the view are never built into widgets.

use crate::case::Exercise;
use crate::i18n::Text;
use crate::tui::app::App;
use crate::tui::view::bordered;
use crate::workbench::grid::config::{ChartSpec, ColumnKind, GridExercise, GridSpec};
use crate::workbench::grid::model::{
    chart_data, format_number, parse_colour, quarter_label, totals, ChartData, GridAnswer, Heat,
    ViewRow,
};
use crate::workbench::grid::text::GridText;
use crate::workbench::grid::update::{display_rows, editable, tabs, GridTab, GridUi};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Cuts a text to `width` columns, with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return format!("{text}{}", " ".repeat(width - text.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

fn default_width(kind: ColumnKind) -> u16 {
    match kind {
        ColumnKind::Text => 24,
        ColumnKind::Number | ColumnKind::Computed => 10,
        ColumnKind::Level => 7,
        ColumnKind::Choice => 14,
        ColumnKind::Date => 10,
        ColumnKind::Quarter => 8,
        ColumnKind::Colour => 10,
    }
}

pub fn column_widths(spec: &GridSpec) -> Vec<u16> {
    spec.columns
        .iter()
        .map(|c| c.width.unwrap_or_else(|| default_width(c.kind)).max(3))
        .collect()
}

/// The first column shown so that `selected` fits in `width` (after the row numbers).
pub fn first_visible_column(widths: &[u16], selected: usize, width: u16) -> usize {
    let room = usize::from(width.saturating_sub(4));
    let mut first = 0;
    while first < selected {
        let used: usize = widths[first..=selected.min(widths.len() - 1)]
            .iter()
            .map(|w| usize::from(*w) + 1)
            .sum();
        if used <= room {
            break;
        }
        first += 1;
    }
    first
}

fn colour_on(app: &App) -> bool {
    app.theme.ok.fg.is_some()
}

pub(crate) fn render(app: &App, frame: &mut Frame, area: Rect, exercise: &Exercise) {
    let Some((config, answer, ui)) = app.current_grid() else {
        return;
    };
    let tabs = tabs(config);
    // A validated case has at least one grid; draw nothing rather than fail otherwise.
    let Some(tab) = tabs.get(ui.tab).copied() else {
        return;
    };
    let mut spans = Vec::new();
    for (i, t) in tabs.iter().enumerate() {
        let label = match t {
            GridTab::Grid(g) => config.grids[*g].title.clone(),
            GridTab::Listening => config
                .listening
                .as_ref()
                .map(|l| l.title.clone())
                .unwrap_or_default(),
            GridTab::Reference => app.t(Text::Grid(GridText::Reference)).to_string(),
        };
        let style = if i == ui.tab {
            app.theme.selected
        } else {
            app.theme.dim
        };
        let label = if i == ui.tab {
            label
        } else {
            fit(&label, 14).trim_end().to_string()
        };
        spans.push(Span::styled(format!(" {} {label} ", i + 1), style));
    }
    spans.push(Span::styled(
        format!(" {} ", app.t(Text::Notes)),
        app.theme.dim,
    ));
    let block = bordered(app, Line::from(spans), true);
    frame.render_widget(block, area);
    let (body, hints) = panel_areas(area);
    match tab {
        GridTab::Grid(g) => render_grid(app, frame, body, &config.grids[g], answer, ui),
        GridTab::Listening => render_listening(app, frame, body, config, answer, ui.row),
        GridTab::Reference => render_reference(app, frame, body, config),
    }
    render_hints(app, frame, hints, &exercise.id);
}

fn render_hints(app: &App, frame: &mut Frame, area: Rect, exercise: &str) {
    let Some(report) = app.report(exercise) else {
        return;
    };
    let line = if report.findings.is_empty() {
        Line::styled(app.t(Text::NoFindings), app.theme.ok)
    } else {
        let first: Vec<String> = report
            .findings
            .iter()
            .take(2)
            .map(|f| f.message(app.lang))
            .collect();
        Line::from(vec![
            Span::styled(
                format!("{} ({}) : ", app.t(Text::Findings), report.findings.len()),
                app.theme.warn,
            ),
            Span::raw(first.join(" · ")),
        ])
    };
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
}

/// The grid panel's body (tabs' content) and its two lines of hints, inside the border.
pub fn panel_areas(panel: Rect) -> (Rect, Rect) {
    let inner = ratatui::widgets::Block::bordered().inner(panel);
    let [body, hints] = Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(inner);
    (body, hints)
}

/// A grid tab's pieces: its hint line, the table, and the charts under it (if room).
pub fn grid_areas(spec: &GridSpec, body: Rect) -> (Rect, Rect, Option<Rect>) {
    let [hint, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    if spec.charts.is_empty() || rest.height < 14 {
        return (hint, rest, None);
    }
    let [table, charts] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(rest);
    (hint, table, Some(charts))
}

/// Where a table's columns and rows are: drawing and clicking read the same geometry.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLayout {
    /// Shown columns: (column index, x, width).
    pub columns: Vec<(usize, u16, u16)>,
    /// First row shown (display order), and how many fit.
    pub offset: usize,
    pub height: usize,
    /// Screen line of the first row.
    pub top: u16,
}

pub fn table_layout(spec: &GridSpec, ui: &GridUi, row_count: usize, area: Rect) -> TableLayout {
    let widths = column_widths(spec);
    let col = ui.col.min(spec.columns.len() - 1);
    let first = first_visible_column(&widths, col, area.width);
    let room = usize::from(area.width);
    let mut columns = Vec::new();
    let mut used = 4;
    for (c, width) in widths.iter().enumerate().skip(first) {
        let w = usize::from(*width) + 1;
        if used + w > room && !columns.is_empty() {
            break;
        }
        columns.push((c, area.x + used as u16, *width));
        used += w;
    }
    let height = usize::from(area.height.saturating_sub(1 + u16::from(spec.totals)));
    TableLayout {
        columns,
        offset: crate::tui::layout::scroll_offset(ui.row, height as u16, row_count),
        height,
        top: area.y + 1,
    }
}

/// The (row, column) under a screen position, if it is on a row.
pub fn cell_at(
    layout: &TableLayout,
    row_count: usize,
    at: ratatui::layout::Position,
) -> Option<(usize, usize)> {
    if at.y < layout.top {
        return None;
    }
    let row = layout.offset + usize::from(at.y - layout.top);
    if row >= row_count || row >= layout.offset + layout.height {
        return None;
    }
    let column = layout
        .columns
        .iter()
        .find(|(_, x, w)| at.x >= *x && at.x <= x + w)
        .or(layout.columns.first())
        .map_or(0, |c| c.0);
    Some((row, column))
}

fn render_grid(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    spec: &GridSpec,
    answer: Option<&GridAnswer>,
    ui: &GridUi,
) {
    let rows = display_rows(spec, answer, ui.sort);
    let (hint, table_area, chart_area) = grid_areas(spec, area);
    frame.render_widget(
        Paragraph::new(Line::styled(spec.hint.clone(), app.theme.dim)),
        hint,
    );
    render_table(app, frame, table_area, spec, &rows, ui);
    if let Some(chart_area) = chart_area {
        let n = spec.charts.len() as u32;
        let areas = Layout::horizontal((0..n).map(|_| Constraint::Ratio(1, n))).split(chart_area);
        for (chart, rect) in spec.charts.iter().zip(areas.iter()) {
            let data = chart_data(spec, chart, &rows);
            render_chart(app, frame, *rect, chart, &data);
        }
    }
}

fn render_table(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    spec: &GridSpec,
    rows: &[ViewRow],
    ui: &GridUi,
) {
    let widths = column_widths(spec);
    let col = ui.col.min(spec.columns.len() - 1);
    let layout = table_layout(spec, ui, rows.len(), area);
    let shown: Vec<usize> = layout.columns.iter().map(|c| c.0).collect();
    let mut lines = Vec::new();
    let mut header = vec![Span::styled(" #  ", app.theme.heading)];
    for &c in &shown {
        let column = &spec.columns[c];
        let mark = match ui.sort {
            Some((s, false)) if s == c => "▲",
            Some((s, true)) if s == c => "▼",
            _ => "",
        };
        let title = format!(
            "{}{mark}",
            fit(&column.title, usize::from(widths[c]) - mark.width())
        );
        let style = if c == col {
            app.theme.heading.add_modifier(Modifier::UNDERLINED)
        } else {
            app.theme.heading
        };
        header.push(Span::styled(title, style));
        header.push(Span::raw(" "));
    }
    lines.push(Line::from(header));
    let has_totals = spec.totals;
    if rows.is_empty() {
        lines.push(Line::styled(
            format!("    {}", app.t(Text::Grid(GridText::GridNoRow))),
            app.theme.dim,
        ));
    }
    for (index, row) in rows
        .iter()
        .enumerate()
        .skip(layout.offset)
        .take(layout.height)
    {
        let selected_row = index == ui.row;
        let mut spans = vec![Span::styled(
            format!("{:>3} ", index + 1),
            if selected_row {
                app.theme.selected
            } else {
                app.theme.dim
            },
        )];
        for &c in &shown {
            let width = usize::from(widths[c]);
            let column = &spec.columns[c];
            let mut style = if column.kind == ColumnKind::Computed {
                app.theme.accent
            } else if !editable(spec, row, c) {
                app.theme.dim
            } else {
                app.theme.base
            };
            if selected_row {
                style = app.theme.selected;
            }
            if selected_row && c == col {
                style = app.theme.key;
            }
            let text = row.text(c);
            match column.kind {
                ColumnKind::Colour if parse_colour(text).is_some() && colour_on(app) => {
                    let (r, g, b) = parse_colour(text).unwrap_or_default();
                    spans.push(Span::styled("██", Style::default().fg(Color::Rgb(r, g, b))));
                    spans.push(Span::styled(fit(&format!(" {text}"), width - 2), style));
                }
                ColumnKind::Level if !text.trim().is_empty() && width >= 7 => {
                    let n =
                        crate::workbench::grid::model::parse_number(text).unwrap_or(0.0) as usize;
                    let bar = format!("{} {}", text.trim(), "▮".repeat(n.min(5)));
                    spans.push(Span::styled(fit(&bar, width), style));
                }
                ColumnKind::Number | ColumnKind::Computed => {
                    spans.push(Span::styled(
                        format!("{:>width$}", fit(text.trim(), width).trim_end()),
                        style,
                    ));
                }
                _ => spans.push(Span::styled(fit(text, width), style)),
            }
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    if has_totals {
        let sums = totals(spec, rows);
        let mut spans = vec![Span::styled(
            fit(app.t(Text::Grid(GridText::Totals)), 4),
            app.theme.heading,
        )];
        for &c in &shown {
            let width = usize::from(widths[c]);
            let text = sums[c].map(format_number).unwrap_or_default();
            spans.push(Span::styled(format!("{text:>width$} "), app.theme.heading));
        }
        let at = area.y + area.height - 1;
        frame.render_widget(
            Paragraph::new(Line::from(spans)),
            Rect::new(area.x, at, area.width, 1),
        );
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// Colour from green (low) to red (high) for a value's fraction of the largest.
fn heat_colour(fraction: f64) -> Color {
    let f = fraction.clamp(0.0, 1.0);
    let r = (60.0 + 180.0 * f) as u8;
    let g = (170.0 - 120.0 * f) as u8;
    Color::Rgb(r, g, 60)
}

fn shade(fraction: f64) -> &'static str {
    match fraction {
        f if f >= 0.75 => "█",
        f if f >= 0.5 => "▓",
        f if f >= 0.25 => "▒",
        f if f > 0.0 => "░",
        _ => " ",
    }
}

fn render_chart(app: &App, frame: &mut Frame, area: Rect, chart: &ChartSpec, data: &ChartData) {
    let block = bordered(app, format!(" {} ", chart.title()), false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let empty = match data {
        ChartData::Bars(b) => b.is_empty(),
        ChartData::Heat(h) => h.rows.is_empty(),
        ChartData::Timeline(t) => t.is_empty(),
        ChartData::Swatches(s) => s.is_empty(),
    };
    if empty {
        frame.render_widget(
            Paragraph::new(app.t(Text::Grid(GridText::NoChartData))).style(app.theme.dim),
            inner,
        );
        return;
    }
    let lines = match data {
        ChartData::Bars(bars) => bar_lines(app, bars, chart.bar_style(), inner.width),
        ChartData::Heat(heat) => {
            let shares = matches!(chart, ChartSpec::Heatmap { shares: true, .. });
            heat_lines(app, heat, shares, inner.width)
        }
        ChartData::Timeline(spans) => timeline_lines(app, spans, inner.width),
        ChartData::Swatches(swatches) => swatches
            .iter()
            .map(|(label, (r, g, b))| {
                let hex = format!("#{r:02X}{g:02X}{b:02X}");
                if colour_on(app) {
                    Line::from(vec![
                        Span::styled("██████ ", Style::default().fg(Color::Rgb(*r, *g, *b))),
                        Span::raw(format!("{hex} {label}")),
                    ])
                } else {
                    Line::raw(format!("[{hex}] {label}"))
                }
            })
            .collect(),
    };
    frame.render_widget(Paragraph::new(lines), inner);
}

fn bar_lines(
    app: &App,
    bars: &[crate::workbench::grid::model::Bar],
    style: crate::workbench::grid::config::BarStyle,
    width: u16,
) -> Vec<Line<'static>> {
    let label_width = bars
        .iter()
        .map(|b| b.label.width())
        .max()
        .unwrap_or(0)
        .clamp(4, 22);
    let max = style
        .max
        .unwrap_or_else(|| bars.iter().fold(0.0_f64, |m, b| m.max(b.value.abs())));
    let hotspot = crate::workbench::grid::model::bar_hotspot(bars, style);
    let value_text = |bar: &crate::workbench::grid::model::Bar| match (style.shares, style.max) {
        (true, _) => format!(" {} ({:.0} %)", format_number(bar.value), bar.share),
        (false, Some(max)) => format!(" {} / {}", format_number(bar.value), format_number(max)),
        (false, None) => format!(" {}", format_number(bar.value)),
    };
    let hot_text = format!(" ◀ {}", app.t(Text::Grid(GridText::Hotspot)));
    // The bars take what the labels and the widest value (and hotspot mark) leave.
    let suffix = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            value_text(b).width()
                + if Some(i) == hotspot {
                    hot_text.width()
                } else {
                    0
                }
        })
        .max()
        .unwrap_or(0);
    let room = usize::from(width)
        .saturating_sub(label_width + 1 + suffix)
        .max(1);
    bars.iter()
        .enumerate()
        .map(|(i, bar)| {
            let length = if max > 0.0 {
                ((bar.value.abs() / max).min(1.0) * room as f64).round() as usize
            } else {
                0
            };
            let hot = Some(i) == hotspot;
            let value = value_text(bar);
            Line::from(vec![
                Span::raw(fit(&bar.label, label_width)),
                Span::raw(" "),
                Span::styled(
                    "█".repeat(length.max(usize::from(bar.value != 0.0))),
                    if hot {
                        app.theme.warn
                    } else {
                        app.theme.accent
                    },
                ),
                Span::raw(value),
                if hot {
                    Span::styled(hot_text.clone(), app.theme.warn)
                } else {
                    Span::raw("")
                },
            ])
        })
        .collect()
}

fn heat_lines(app: &App, heat: &Heat, shares: bool, width: u16) -> Vec<Line<'static>> {
    let label_width = heat
        .rows
        .iter()
        .map(|r| r.width())
        .max()
        .unwrap_or(4)
        .min(22)
        .min(usize::from(width) / 3);
    let n = heat.columns.len().max(1);
    let cell = ((usize::from(width).saturating_sub(label_width + 1)) / n).clamp(5, 14);
    let max = heat.max();
    let mut lines = vec![Line::from(
        std::iter::once(Span::raw(" ".repeat(label_width + 1)))
            .chain(
                heat.columns
                    .iter()
                    .map(|c| Span::styled(format!("{} ", fit(c, cell - 1)), app.theme.heading)),
            )
            .collect::<Vec<_>>(),
    )];
    let hotspots: Vec<Option<usize>> = (0..heat.columns.len()).map(|c| heat.hotspot(c)).collect();
    for (r, label) in heat.rows.iter().enumerate() {
        let mut spans = vec![Span::raw(format!("{} ", fit(label, label_width)))];
        for (c, hotspot) in hotspots.iter().enumerate() {
            let Some(value) = heat.cells[r][c] else {
                spans.push(Span::styled(fit(" ·", cell), app.theme.dim));
                continue;
            };
            let mut fraction = if max > 0.0 { value.abs() / max } else { 0.0 };
            let text = if shares {
                // Each indicator has its own unit: shade by the share of its column.
                let total = heat.column_total(c);
                let share = if total != 0.0 {
                    value / total * 100.0
                } else {
                    0.0
                };
                fraction = share / 100.0;
                format!("{}{:.0}%", shade(fraction), share)
            } else {
                format!("{}{}", shade(fraction), format_number(value))
            };
            let mut style = if colour_on(app) {
                Style::default().bg(heat_colour(fraction)).fg(Color::Black)
            } else {
                app.theme.base
            };
            if shares && *hotspot == Some(r) {
                style = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            }
            spans.push(Span::styled(fit(&text, cell - 1), style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    if shares {
        let mut spans = vec![Span::styled(
            format!("{} ", fit(app.t(Text::Grid(GridText::Totals)), label_width)),
            app.theme.heading,
        )];
        for c in 0..heat.columns.len() {
            spans.push(Span::styled(
                fit(&format_number(heat.column_total(c)), cell),
                app.theme.heading,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines
}

const GROUP_COLOURS: [Color; 6] = [
    Color::Green,
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Blue,
    Color::Red,
];

fn timeline_lines(
    app: &App,
    spans: &[crate::workbench::grid::model::Span],
    width: u16,
) -> Vec<Line<'static>> {
    let label_width = 24usize.min(usize::from(width) / 3);
    let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
    let months = (end - start + 1).max(1) as usize;
    let room = usize::from(width).saturating_sub(label_width + 1).max(1);
    let at = |month: i32| ((month - start) as usize * room) / months;
    let mut axis = vec![' '; room];
    let mut quarter = start - start.rem_euclid(3);
    while quarter <= end {
        if quarter >= start {
            let label = quarter_label(quarter);
            let x = at(quarter);
            if x + label.len() <= room && axis[x..x + label.len()].iter().all(|c| *c == ' ') {
                for (i, ch) in label.chars().enumerate() {
                    axis[x + i] = ch;
                }
            }
        }
        quarter += 3;
    }
    let mut groups: Vec<String> = Vec::new();
    let mut lines = vec![Line::styled(
        format!(
            "{} {}",
            " ".repeat(label_width),
            axis.iter().collect::<String>()
        ),
        app.theme.heading,
    )];
    for span in spans {
        if !groups.contains(&span.group) {
            groups.push(span.group.clone());
        }
        let g = groups.iter().position(|x| *x == span.group).unwrap_or(0);
        let from = at(span.start);
        let to = (at(span.end + 1)).max(from + 1).min(room);
        let label = if span.group.is_empty() {
            span.label.clone()
        } else {
            format!("{} · {}", span.group, span.label)
        };
        let style = if colour_on(app) {
            Style::default().fg(GROUP_COLOURS[g % GROUP_COLOURS.len()])
        } else {
            app.theme.base
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", fit(&label, label_width))),
            Span::raw(" ".repeat(from)),
            Span::styled("█".repeat(to - from), style),
        ]));
    }
    lines
}

fn render_listening(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    config: &GridExercise,
    answer: Option<&GridAnswer>,
    selected: usize,
) {
    let Some((analysis, imported)) = app.current_listening() else {
        return;
    };
    let source = if imported {
        app.t(Text::Grid(GridText::ListeningImported))
    } else {
        app.t(Text::Grid(GridText::ListeningSamples))
    };
    let summary = Line::from(vec![
        Span::styled(
            format!(
                "{} {} · {} {} · {} {} · {} {}",
                analysis.posts,
                app.t(Text::Grid(GridText::Posts)),
                analysis.positive,
                app.t(Text::Grid(GridText::Positive)),
                analysis.neutral,
                app.t(Text::Grid(GridText::Neutral)),
                analysis.negative,
                app.t(Text::Grid(GridText::Negative))
            ),
            app.theme.accent,
        ),
        Span::styled(format!("  ({source})"), app.theme.dim),
    ]);
    let [head, top, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Percentage(50),
        Constraint::Min(3),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(summary), head);
    let [months_area, terms_area] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(top);
    let [posts_area, complaints_area] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(bottom);
    render_posts(
        app,
        frame,
        posts_area,
        crate::workbench::grid::listening::corpus(config, answer),
        &analysis,
        selected,
    );
    // Volume per month: a sparkline, then one line per month with its sentiment.
    let block = bordered(
        app,
        format!(
            " {} · {} ",
            app.t(Text::Grid(GridText::ListeningVolume)),
            app.t(Text::Grid(GridText::ListeningSentiment))
        ),
        false,
    );
    let inner = block.inner(months_area);
    frame.render_widget(block, months_area);
    let [spark, month_lines] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
    let volumes: Vec<u64> = analysis.months.iter().map(|m| m.posts as u64).collect();
    frame.render_widget(
        Sparkline::default().data(&volumes).style(app.theme.accent),
        spark,
    );
    let lines: Vec<Line> = analysis
        .months
        .iter()
        .map(|m| {
            let mood = if m.mean_score > 0.0 {
                app.theme.ok
            } else if m.mean_score < 0.0 {
                app.theme.error
            } else {
                app.theme.dim
            };
            Line::from(vec![
                Span::raw(format!("{} {:>4} ", m.month, m.posts)),
                Span::styled(format!("+{:<3}", m.positive), app.theme.ok),
                Span::styled(format!("={:<3}", m.neutral), app.theme.dim),
                Span::styled(format!("−{:<3}", m.negative), app.theme.error),
                Span::styled(format!(" {:+.2}", m.mean_score), mood),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), month_lines);
    let block = bordered(
        app,
        format!(" {} ", app.t(Text::Grid(GridText::ListeningTerms))),
        false,
    );
    let inner = block.inner(terms_area);
    frame.render_widget(block, terms_area);
    let max = analysis.terms.first().map_or(1, |t| t.count).max(1);
    let bar_room = usize::from(inner.width).saturating_sub(22).max(1);
    let lines: Vec<Line> = analysis
        .top_terms(usize::from(inner.height))
        .iter()
        .map(|t| {
            Line::from(vec![
                Span::raw(format!("{} {:>4} ", fit(&t.term, 14), t.count)),
                Span::styled(
                    "▇".repeat((t.count * bar_room).div_ceil(max)),
                    app.theme.accent,
                ),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let block = bordered(
        app,
        format!(" {} ", app.t(Text::Grid(GridText::ListeningComplaints))),
        false,
    );
    let inner = block.inner(complaints_area);
    frame.render_widget(block, complaints_area);
    let lines: Vec<Line> = analysis
        .complaints
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            [
                Line::styled(
                    format!("{}. {} ({})", i + 1, c.label, c.count),
                    app.theme.warn,
                ),
                Line::styled(
                    format!(
                        "   « {} »",
                        fit(&c.example, usize::from(inner.width).saturating_sub(6)).trim_end()
                    ),
                    app.theme.dim,
                ),
            ]
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Each post with its sentiment score, the selected one kept in view (↑ ↓ scroll).
fn render_posts(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    posts: &[crate::workbench::grid::model::Post],
    analysis: &crate::workbench::grid::listening::Analysis,
    selected: usize,
) {
    use crate::workbench::grid::listening::Sentiment;
    let block = bordered(
        app,
        format!(" {} ", app.t(Text::Grid(GridText::ListeningPosts))),
        false,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = crate::tui::layout::scroll_offset(selected, inner.height, posts.len());
    let text_width = usize::from(inner.width).saturating_sub(20);
    let lines: Vec<Line> = analysis
        .sentiment
        .iter()
        .zip(posts)
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, (s, post))| {
            let style = match s.sentiment {
                Sentiment::Positive => app.theme.ok,
                Sentiment::Neutral => app.theme.dim,
                Sentiment::Negative => app.theme.error,
            };
            let base = if i == selected {
                app.theme.selected
            } else {
                app.theme.base
            };
            Line::from(vec![
                Span::styled(format!("{:>4} {} ", s.post, s.date), base),
                Span::styled(format!("{:>+3} ", s.score), style),
                Span::styled(fit(&post.text, text_width), base),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn render_reference(app: &App, frame: &mut Frame, area: Rect, config: &GridExercise) {
    let mut lines = Vec::new();
    for list in &config.reference {
        lines.push(Line::styled(list.title.clone(), app.theme.heading));
        for item in &list.items {
            lines.push(Line::raw(format!("  • {item}")));
        }
        lines.push(Line::raw(""));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// The value picker of a choice cell.
pub(crate) fn render_pick_option(
    app: &App,
    frame: &mut Frame,
    body: Rect,
    grid: usize,
    col: usize,
    selected: usize,
) {
    let options = app.grid_options(grid, col);
    let height = (options.len() as u16 + 2).min(body.height);
    let width = options
        .iter()
        .map(|o| o.width() as u16 + 4)
        .max()
        .unwrap_or(20)
        .clamp(30, body.width);
    let area = crate::tui::layout::centered(body, width, height);
    frame.render_widget(ratatui::widgets::Clear, area);
    let items: Vec<ratatui::widgets::ListItem> = options
        .iter()
        .map(|o| ratatui::widgets::ListItem::new(o.clone()))
        .collect();
    let mut state = ratatui::widgets::ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        ratatui::widgets::List::new(items)
            .block(bordered(
                app,
                format!(" {} ", app.t(Text::Grid(GridText::PickOption))),
                true,
            ))
            .highlight_style(app.theme.selected),
        area,
        &mut state,
    );
}
