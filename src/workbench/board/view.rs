//! Drawing of the board workbench: zones laid out on the case's grid, the selected item's
//! details and findings, strategies, priorities and the KPI table. Reads the state only.

use crate::case::BoardConfig;
use crate::i18n::Text;
use crate::workbench::board::fields::BoardOverlay;
use crate::workbench::board::model::Item;
use crate::workbench::board::update::link_order_of;
use crate::workbench::board::Ui;
use crate::workbench::check::Status;
use crate::workbench::export::item_label;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::{self as app, board_of};
use crate::workspace::Board;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;
use ratatui::widgets::{Cell, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

pub fn render_zone(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    board: &Board,
    zone: &crate::case::ZoneConfig,
    focused: bool,
    selected: usize,
) {
    let count = board.items_in(&zone.id).count();
    let title = if zone.min_items > 0 {
        format!(
            " {} · {} ({count}/{}) ",
            zone.id, zone.title, zone.min_items
        )
    } else {
        format!(" {} · {} ({count}) ", zone.id, zone.title)
    };
    let block = bordered_with(view.theme, title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if count == 0 {
        let lines = vec![
            Line::styled(zone.hint.clone(), view.theme.dim),
            Line::styled(view.t(Text::EmptyZone), view.theme.dim),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    }
    // Only the visible rows are built, so a zone of thousands of items draws as fast as ten.
    let offset = if focused {
        app::zone_offset(selected.min(count - 1), inner.height)
    } else {
        0
    };
    let lines: Vec<Line> = board
        .items_in(&zone.id)
        .enumerate()
        .skip(offset)
        .take(usize::from(inner.height))
        .map(|(rank, item)| {
            let label = format!("{}{}", zone.id, rank + 1);
            let mark = if item.evidence.trim().is_empty() {
                Span::styled(" ", view.theme.dim)
            } else {
                Span::styled("✓", view.theme.ok)
            };
            let style = if focused && rank == selected.min(count - 1) {
                view.theme.selected
            } else {
                view.theme.base
            };
            Line::from(vec![
                Span::styled(format!("{label:<4}"), view.theme.dim),
                mark,
                Span::styled(format!(" {}", item.text), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn render_list(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    rows: Vec<ListItem>,
    selected: usize,
    empty: Text,
) {
    if rows.is_empty() {
        frame.render_widget(Paragraph::new(view.t(empty)).style(view.theme.dim), area);
        return;
    }
    let mut list_state = ListState::default();
    list_state.select(Some(selected.min(rows.len() - 1)));
    *list_state.offset_mut() = app::zone_offset(selected, area.height);
    frame.render_stateful_widget(
        List::new(rows).highlight_style(view.theme.selected),
        area,
        &mut list_state,
    );
}

/// The selected item in full (with, for A6, the actors it cites: `cited`), then what the
/// checks ask for.
pub fn render_details(
    ui: &Ui,
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    config: &BoardConfig,
    board: &Board,
    cited: &dyn Fn(&Item) -> Option<Line<'static>>,
) {
    let mut lines = Vec::new();
    let zone = config.zones.get(ui.zone);
    if let Some(item) = zone.and_then(|z| board.items_in(&z.id).nth(ui.item)) {
        let label = item_label(config, board, item.id).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{label} "), view.theme.accent),
            Span::raw(item.text.clone()),
        ]));
        let evidence = if item.evidence.trim().is_empty() {
            "—".to_string()
        } else {
            item.evidence.clone()
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}{}", view.t(Text::Evidence), view.lang.colon()),
                view.theme.dim,
            ),
            Span::raw(evidence),
        ]));
        // -- graph: A6's SIC grid names the sociogram's actors the item cites --
        if let Some(line) = cited(item) {
            lines.push(line);
        }
    } else if let Some(zone) = zone {
        lines.push(Line::styled(zone.hint.clone(), view.theme.dim));
    }
    if let Some(report) = view.report() {
        if !report.findings.is_empty() {
            lines.push(Line::styled(view.t(Text::Findings), view.theme.heading));
            for finding in &report.findings {
                lines.push(Line::styled(
                    format!("• {}", finding.message(view.lang)),
                    view.theme.warn,
                ));
            }
        } else if report.status == Status::Complete {
            lines.push(Line::styled(view.t(Text::NoFindings), view.theme.ok));
        }
    }
    if !config.credit.is_empty() {
        lines.push(Line::styled(config.credit.clone(), view.theme.dim));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

pub fn render_strategies(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    config: &BoardConfig,
    board: &Board,
    selected: usize,
) {
    let rows: Vec<ListItem> = board
        .strategies
        .iter()
        .map(|s| {
            let label = board.strategy_label(s.id).unwrap_or_default();
            let refs = crate::workbench::export::item_labels(config, board, &s.refs).join(" ");
            ListItem::new(Line::from(vec![
                Span::styled(format!("{label:<6}"), view.theme.accent),
                Span::raw(s.text.clone()),
                Span::styled(format!("  [{refs}]"), view.theme.dim),
            ]))
        })
        .collect();
    let empty = if config.recommends() {
        Text::NoRecommendations
    } else {
        Text::NoStrategies
    };
    render_list(view, frame, area, rows, selected, empty);
}

pub fn render_kpis(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    board: &Board,
    selected: usize,
) {
    if board.kpis.is_empty() {
        frame.render_widget(
            Paragraph::new(view.t(Text::NoKpis)).style(view.theme.dim),
            area,
        );
        return;
    }
    let header = Row::new(vec![
        Cell::from(view.t(Text::Name)),
        Cell::from(view.t(Text::Target)),
        Cell::from(view.t(Text::Unit)),
    ])
    .style(view.theme.heading);
    let rows = board.kpis.iter().enumerate().map(|(i, k)| {
        let row = Row::new(vec![k.name.clone(), k.target.clone(), k.unit.clone()]);
        if i == selected.min(board.kpis.len() - 1) {
            row.style(view.theme.selected)
        } else {
            row
        }
    });
    let table = Table::new(
        rows,
        [
            Constraint::Percentage(60),
            Constraint::Percentage(20),
            Constraint::Percentage(20),
        ],
    )
    .header(header);
    frame.render_widget(table, area);
}

/// A board's pickers over the screen: a new strategy's kind, the items a strategy draws on.
pub(crate) fn render_overlay(
    view: &BenchView,
    frame: &mut Frame,
    body: Rect,
    overlay: &BoardOverlay,
) {
    match overlay {
        BoardOverlay::PickStrategyKind { selected } => {
            let Some((config, _)) = board_of(view.exercise, view.workspace) else {
                return;
            };
            let height = config.strategy_kinds.len() as u16 + 2;
            let area = layout::centered(body, 60, height);
            frame.render_widget(Clear, area);
            let rows: Vec<ListItem> = config
                .strategy_kinds
                .iter()
                .map(|k| ListItem::new(format!("{:<4} {}", k.id, k.title)))
                .collect();
            let mut list_state = ListState::default().with_selected(Some(*selected));
            frame.render_stateful_widget(
                List::new(rows)
                    .block(bordered_with(
                        view.theme,
                        format!(
                            " {} ",
                            view.t(if config.recommends() {
                                Text::PickRecommendationKind
                            } else {
                                Text::PickStrategyKind
                            })
                        ),
                        true,
                    ))
                    .highlight_style(view.theme.selected),
                area,
                &mut list_state,
            );
        }
        BoardOverlay::LinkItems { strategy, cursor } => {
            let Some((config, board)) = board_of(view.exercise, view.workspace) else {
                return;
            };
            let refs = board
                .strategy(*strategy)
                .map(|s| s.refs.clone())
                .unwrap_or_default();
            let order = link_order_of(config, board);
            let area = layout::centered(body, body.width.saturating_sub(6).min(100), body.height);
            frame.render_widget(Clear, area);
            let rows: Vec<ListItem> = order
                .iter()
                .filter_map(|id| board.item(*id))
                .map(|item| {
                    let mark = if refs.contains(&item.id) {
                        "[x]"
                    } else {
                        "[ ]"
                    };
                    let label = item_label(config, board, item.id).unwrap_or_default();
                    ListItem::new(format!("{mark} {label:<4} {}", item.text))
                })
                .collect();
            let label = board.strategy_label(*strategy).unwrap_or_default();
            let block = bordered_with(
                view.theme,
                format!(" {label} · {} ", view.t(Text::LinkItemsTitle)),
                true,
            );
            let inner = block.inner(area);
            let mut list_state = ListState::default().with_selected(Some(*cursor));
            *list_state.offset_mut() = app::zone_offset(*cursor, inner.height);
            frame.render_stateful_widget(
                List::new(rows)
                    .block(block)
                    .highlight_style(view.theme.selected),
                area,
                &mut list_state,
            );
        }
    }
}
