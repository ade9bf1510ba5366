//! Drawing of the grid workbench: the tab strip, the selected table (typed cells, computed
//! columns, sort marks, totals), its charts (bars with shares and hotspot, heat maps,
//! timelines, colour swatches), the social-listening tab and the case's reference data.
//! Reads the state only; rows outside the view are never built into widgets.

use crate::i18n::Text;
use crate::workbench::grid::chart_view::*;
use crate::workbench::grid::config::{ColumnKind, GridExercise, GridSpec};
use crate::workbench::grid::listening_view::*;
use crate::workbench::grid::model::{chart_data, parse_colour, totals, GridAnswer, ViewRow};
use crate::workbench::grid::text::GridText;
use crate::workbench::grid::update::{
    display_rows, editable, grid_of, options, tabs, GridTab, GridUi,
};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
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

/// The theme has colours (not the monochrome one).
pub(crate) fn colour_on(view: &BenchView) -> bool {
    view.theme.ok.fg.is_some()
}

/// The grid panel: its tabs, the focused tab's grid (with its charts), listening analysis or
/// reference lists, and the findings below.
pub fn render(ui: &GridUi, view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some((config, answer)) = grid_of(view.exercise, view.grids, view.workspace) else {
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
            GridTab::Reference => view.t(Text::Grid(GridText::Reference)).to_string(),
        };
        let style = if i == ui.tab {
            view.theme.selected
        } else {
            view.theme.dim
        };
        let label = if i == ui.tab {
            label
        } else {
            fit(&label, 14).trim_end().to_string()
        };
        spans.push(Span::styled(format!(" {} {label} ", i + 1), style));
    }
    spans.push(Span::styled(
        format!(" {} ", view.t(Text::Notes)),
        view.theme.dim,
    ));
    let block = bordered_with(view.theme, Line::from(spans), true);
    frame.render_widget(block, area);
    let (body, hints) = panel_areas(area);
    match tab {
        GridTab::Grid(g) => render_grid(view, frame, body, &config.grids[g], answer, ui),
        GridTab::Listening => render_listening(view, frame, body, config, answer, ui.row),
        GridTab::Reference => render_reference(view, frame, body, config),
    }
    render_hints(view, frame, hints);
}

fn render_hints(view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some(report) = view.report() else {
        return;
    };
    let line = if report.findings.is_empty() {
        Line::styled(view.t(Text::NoFindings), view.theme.ok)
    } else {
        let first: Vec<String> = report
            .findings
            .iter()
            .take(2)
            .map(|f| f.message(view.lang))
            .collect();
        Line::from(vec![
            Span::styled(
                format!("{} ({}) : ", view.t(Text::Findings), report.findings.len()),
                view.theme.warn,
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
        offset: crate::workbench::screen::layout::scroll_offset(ui.row, height as u16, row_count),
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
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    spec: &GridSpec,
    answer: Option<&GridAnswer>,
    ui: &GridUi,
) {
    let rows = display_rows(spec, answer, ui.sort);
    let (hint, table_area, chart_area) = grid_areas(spec, area);
    frame.render_widget(
        Paragraph::new(Line::styled(spec.hint.clone(), view.theme.dim)),
        hint,
    );
    render_table(view, frame, table_area, spec, &rows, ui);
    if let Some(chart_area) = chart_area {
        let n = spec.charts.len() as u32;
        let areas = Layout::horizontal((0..n).map(|_| Constraint::Ratio(1, n))).split(chart_area);
        for (chart, rect) in spec.charts.iter().zip(areas.iter()) {
            let data = chart_data(spec, chart, &rows);
            render_chart(view, frame, *rect, chart, &data);
        }
    }
}

fn render_table(
    view: &BenchView,
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
    let mut header = vec![Span::styled(" #  ", view.theme.heading)];
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
            view.theme.heading.add_modifier(Modifier::UNDERLINED)
        } else {
            view.theme.heading
        };
        header.push(Span::styled(title, style));
        header.push(Span::raw(" "));
    }
    lines.push(Line::from(header));
    let has_totals = spec.totals;
    if rows.is_empty() {
        lines.push(Line::styled(
            format!("    {}", view.t(Text::Grid(GridText::GridNoRow))),
            view.theme.dim,
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
                view.theme.selected
            } else {
                view.theme.dim
            },
        )];
        for &c in &shown {
            let width = usize::from(widths[c]);
            let column = &spec.columns[c];
            let mut style = if column.kind == ColumnKind::Computed {
                view.theme.accent
            } else if !editable(spec, row, c) {
                view.theme.dim
            } else {
                view.theme.base
            };
            if selected_row {
                style = view.theme.selected;
            }
            if selected_row && c == col {
                style = view.theme.key;
            }
            let text = row.text(c);
            match column.kind {
                ColumnKind::Colour if parse_colour(text).is_some() && colour_on(view) => {
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
                    // Shown as the language writes numbers ("0,052", "9 500"); edited as typed.
                    let shown = crate::workbench::grid::model::parse_number(text)
                        .filter(|_| !text.trim().is_empty())
                        .map_or_else(
                            || text.trim().to_string(),
                            |v| crate::i18n::numbers::figure_within(view.lang, v, width),
                        );
                    spans.push(Span::styled(
                        format!("{:>width$}", fit(&shown, width).trim_end()),
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
            fit(view.t(Text::Grid(GridText::Totals)), 4),
            view.theme.heading,
        )];
        for &c in &shown {
            let width = usize::from(widths[c]);
            let text = sums[c]
                .map(|v| crate::i18n::numbers::figure_within(view.lang, v, width))
                .unwrap_or_default();
            spans.push(Span::styled(format!("{text:>width$} "), view.theme.heading));
        }
        let at = area.y + area.height - 1;
        frame.render_widget(
            Paragraph::new(Line::from(spans)),
            Rect::new(area.x, at, area.width, 1),
        );
    }
    frame.render_widget(Paragraph::new(lines), area);
}

pub(crate) const GROUP_COLOURS: [Color; 6] = [
    Color::Green,
    Color::Cyan,
    Color::Yellow,
    Color::Magenta,
    Color::Blue,
    Color::Red,
];

fn render_reference(view: &BenchView, frame: &mut Frame, area: Rect, config: &GridExercise) {
    let mut lines = Vec::new();
    for list in &config.reference {
        lines.push(Line::styled(list.title.clone(), view.theme.heading));
        for item in &list.items {
            lines.push(Line::raw(format!("  • {item}")));
        }
        lines.push(Line::raw(""));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// The value picker of a choice cell.
pub(crate) fn render_pick_option(
    view: &BenchView,
    frame: &mut Frame,
    body: Rect,
    grid: usize,
    col: usize,
    selected: usize,
) {
    let options = grid_of(view.exercise, view.grids, view.workspace)
        .map_or_else(Vec::new, |(config, _)| options(config, grid, col));
    let height = (options.len() as u16 + 2).min(body.height);
    let width = options
        .iter()
        .map(|o| o.width() as u16 + 4)
        .max()
        .unwrap_or(20)
        .clamp(30, body.width);
    let area = crate::workbench::screen::layout::centered(body, width, height);
    frame.render_widget(ratatui::widgets::Clear, area);
    let items: Vec<ratatui::widgets::ListItem> = options
        .iter()
        .map(|o| ratatui::widgets::ListItem::new(o.clone()))
        .collect();
    let mut state = ratatui::widgets::ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        ratatui::widgets::List::new(items)
            .block(bordered_with(
                view.theme,
                format!(" {} ", view.t(Text::Grid(GridText::PickOption))),
                true,
            ))
            .highlight_style(view.theme.selected),
        area,
        &mut state,
    );
}
