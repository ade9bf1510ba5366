//! Drawing of the grid workbench's charts in the terminal: bars, heat maps and timelines, as lines of text coloured by value.

use crate::i18n::numbers::{figure, figure_within, percent};
use crate::i18n::Text;
use crate::workbench::grid::config::ChartSpec;
use crate::workbench::grid::model::{quarter_label, ChartData, Heat};
use crate::workbench::grid::text::GridText;
use crate::workbench::grid::view::*;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Colour from green (low) to red (high) for a value's fraction of the largest.
pub(crate) fn heat_colour(fraction: f64) -> Color {
    let f = fraction.clamp(0.0, 1.0);
    let r = (60.0 + 180.0 * f) as u8;
    let g = (170.0 - 120.0 * f) as u8;
    Color::Rgb(r, g, 60)
}

pub(crate) fn shade(fraction: f64) -> &'static str {
    match fraction {
        f if f >= 0.75 => "█",
        f if f >= 0.5 => "▓",
        f if f >= 0.25 => "▒",
        f if f > 0.0 => "░",
        _ => " ",
    }
}

pub(crate) fn render_chart(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    chart: &ChartSpec,
    data: &ChartData,
) {
    let block = bordered_with(view.theme, format!(" {} ", chart.title()), false);
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
            Paragraph::new(view.t(Text::Grid(GridText::NoChartData))).style(view.theme.dim),
            inner,
        );
        return;
    }
    let lines = match data {
        ChartData::Bars(bars) => bar_lines(view, bars, chart.bar_style(), inner.width),
        ChartData::Heat(heat) => {
            let shares = matches!(chart, ChartSpec::Heatmap { shares: true, .. });
            heat_lines(view, heat, shares, inner.width)
        }
        ChartData::Timeline(spans) => timeline_lines(view, spans, inner.width),
        ChartData::Swatches(swatches) => swatches
            .iter()
            .map(|(label, (r, g, b))| {
                let hex = format!("#{r:02X}{g:02X}{b:02X}");
                if colour_on(view) {
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

pub(crate) fn bar_lines(
    view: &BenchView,
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
    let lang = view.lang;
    let value_text = |bar: &crate::workbench::grid::model::Bar| match (style.shares, style.max) {
        (true, _) => format!(
            " {} ({})",
            figure(lang, bar.value),
            percent(lang, bar.share, 0)
        ),
        (false, Some(max)) => format!(" {} / {}", figure(lang, bar.value), figure(lang, max)),
        (false, None) => format!(" {}", figure(lang, bar.value)),
    };
    let hot_text = format!(" ◀ {}", view.t(Text::Grid(GridText::Hotspot)));
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
                        view.theme.warn
                    } else {
                        view.theme.accent
                    },
                ),
                Span::raw(value),
                if hot {
                    Span::styled(hot_text.clone(), view.theme.warn)
                } else {
                    Span::raw("")
                },
            ])
        })
        .collect()
}

pub(crate) fn heat_lines(
    view: &BenchView,
    heat: &Heat,
    shares: bool,
    width: u16,
) -> Vec<Line<'static>> {
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
                    .map(|c| Span::styled(format!("{} ", fit(c, cell - 1)), view.theme.heading)),
            )
            .collect::<Vec<_>>(),
    )];
    let hotspots: Vec<Option<usize>> = (0..heat.columns.len()).map(|c| heat.hotspot(c)).collect();
    for (r, label) in heat.rows.iter().enumerate() {
        let mut spans = vec![Span::raw(format!("{} ", fit(label, label_width)))];
        for (c, hotspot) in hotspots.iter().enumerate() {
            let Some(value) = heat.cells[r][c] else {
                spans.push(Span::styled(fit(" ·", cell), view.theme.dim));
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
                // "23 %" where the cell holds it, else "100%" rather than a cut figure.
                let room = (cell - 1).saturating_sub(shade(fraction).width());
                let mut written = percent(view.lang, share, 0);
                if written.width() > room {
                    written = format!("{share:.0}%");
                }
                format!("{}{written}", shade(fraction))
            } else {
                let room = (cell - 1).saturating_sub(shade(fraction).width());
                format!(
                    "{}{}",
                    shade(fraction),
                    figure_within(view.lang, value, room)
                )
            };
            let mut style = if colour_on(view) {
                Style::default().bg(heat_colour(fraction)).fg(Color::Black)
            } else {
                view.theme.base
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
            format!(
                "{} ",
                fit(view.t(Text::Grid(GridText::Totals)), label_width)
            ),
            view.theme.heading,
        )];
        for c in 0..heat.columns.len() {
            // Each total in its cell, a space after it, as the rows above: totals side by
            // side never run together.
            spans.push(Span::styled(
                fit(
                    &figure_within(view.lang, heat.column_total(c), cell - 1),
                    cell - 1,
                ),
                view.theme.heading,
            ));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    lines
}

pub(crate) fn timeline_lines(
    view: &BenchView,
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
        view.theme.heading,
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
        let style = if colour_on(view) {
            Style::default().fg(GROUP_COLOURS[g % GROUP_COLOURS.len()])
        } else {
            view.theme.base
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", fit(&label, label_width))),
            Span::raw(" ".repeat(from)),
            Span::styled("█".repeat(to - from), style),
        ]));
    }
    lines
}
