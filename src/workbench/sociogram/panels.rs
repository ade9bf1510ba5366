//! The sociogram workbench's side panels: the metrics table sortable by any column, the
//! selected actor's details and relations, the diagnosis steps, the relation picker, and the
//! actors a SIC observation names. Reads the sociogram's `GraphView` and a `BenchView` only.

use crate::i18n::{relation_type_name, Text};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::board_of;
use crate::workbench::sociogram::model::{mentioned_actors, mentions};
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::sociogram::ui::{GraphView, MetricsState, SortColumn};
use crate::workbench::sociogram::update::{department_name_in, pick_actor_order_of};
use crate::workbench::sociogram::view::{departments, monochrome, node_colour, short, type_colour};
use crate::workbench::sociogram::GraphFinding;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Clear, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

pub(crate) fn render_table(bench: &BenchView, frame: &mut Frame, area: Rect, view: &GraphView) {
    let arrow =
        if view.descending != !matches!(view.sort, SortColumn::Actor | SortColumn::Department) {
            "▼"
        } else {
            "▲"
        };
    let header: Vec<Cell> = SortColumn::ALL
        .iter()
        .map(|c| {
            let title = header_title(bench, *c);
            if *c == view.sort {
                Cell::from(format!("{title}{arrow}")).style(bench.theme.accent)
            } else {
                Cell::from(title).style(bench.theme.heading)
            }
        })
        .collect();
    let block = bordered_with(
        bench.theme,
        format!(
            " {} · {} ",
            bench.t(Text::Sociogram(SociogramText::Metrics)),
            view.type_filter
                .map_or(bench.t(Text::Sociogram(SociogramText::AllTypes)), |t| {
                    relation_type_name(bench.lang, t)
                })
        ),
        false,
    )
    // Reciprocity of the graph and modularity Q of its communities (Clauset-Newman-Moore).
    .title_bottom(format!(
        " {} {} · Q {} (CNM){} ",
        bench
            .t(Text::Sociogram(SociogramText::Reciprocity))
            .to_lowercase(),
        view.metrics.graph_reciprocity.map_or("—".to_string(), |r| {
            crate::i18n::numbers::fixed(bench.lang, r, 2)
        }),
        crate::i18n::numbers::fixed(bench.lang, view.metrics.modularity, 2),
        // Betweenness, closeness and communities are still the previous graph's.
        if view.metrics_state == MetricsState::Current {
            String::new()
        } else {
            format!(
                " · {}",
                bench.t(Text::Sociogram(SociogramText::MetricsComputing))
            )
        }
    ));
    let inner = block.inner(area);
    let visible = usize::from(inner.height.saturating_sub(1));
    let selected_row = view.selected_row().unwrap_or(0);
    let offset = layout::scroll_offset(selected_row, visible as u16, view.rows.len());
    let m = &view.metrics;
    let order = departments(bench, view);
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
                bench.theme.selected
            } else {
                bench.theme.base
            };
            let colour = Style::default().fg(node_colour(bench, view, &order, i));
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
                Cell::from(crate::i18n::numbers::fixed(
                    bench.lang,
                    m.betweenness[i],
                    decimals,
                )),
                Cell::from(crate::i18n::numbers::fixed(
                    bench.lang,
                    m.closeness[i],
                    decimals,
                )),
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
fn header_title(bench: &BenchView, column: SortColumn) -> String {
    let full = bench.t(column.title());
    match column {
        SortColumn::Actor | SortColumn::Department => full.to_string(),
        SortColumn::InDegree => "in".to_string(),
        SortColumn::OutDegree => "out".to_string(),
        SortColumn::Betweenness => full.chars().take(5).collect(),
        SortColumn::Closeness => full.chars().take(5).collect(),
        SortColumn::Community => full.chars().take(3).collect(),
    }
}

pub(crate) fn render_details(bench: &BenchView, frame: &mut Frame, area: Rect, view: &GraphView) {
    let block = bordered_with(
        bench.theme,
        format!(" {} ", bench.t(Text::Sociogram(SociogramText::Actor))),
        false,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(i) = view.selected else {
        return;
    };
    let actor = &view.graph.actors[i];
    let m = &view.metrics;
    let mut lines = vec![Line::from(vec![
        Span::styled(actor.label.clone(), bench.theme.title),
        Span::styled(
            format!(
                " · {} · {} {} · {}{}",
                department_name_in(bench.case, &actor.department),
                bench.t(Text::Sociogram(SociogramText::Level)),
                actor.level,
                actor.role,
                if actor.pinned.is_some() {
                    format!(" · {}", bench.t(Text::Sociogram(SociogramText::Pinned)))
                } else {
                    String::new()
                }
            ),
            bench.theme.dim,
        ),
    ])];
    let positions = crate::workbench::sociogram::position_labels(m, i, bench.lang);
    if !positions.is_empty() {
        lines.push(Line::styled(positions.join(" · "), bench.theme.accent));
    }
    if let Some((config, board)) = board_of(bench.exercise, bench.workspace) {
        let cited: Vec<String> = board
            .items
            .iter()
            .filter(|item| mentions(actor, &format!("{} {}", item.text, item.evidence)))
            .filter_map(|item| crate::workbench::export::item_label(config, board, item.id))
            .collect();
        if !cited.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{}{} ",
                        bench.t(Text::Sociogram(SociogramText::MentionedIn)),
                        if bench.lang == crate::i18n::Lang::Fr {
                            " :"
                        } else {
                            ":"
                        }
                    ),
                    bench.theme.dim,
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
            bench.theme.selected
        } else if monochrome(bench) {
            bench.theme.base
        } else {
            Style::default().fg(type_colour(relation.relation_type))
        };
        lines.push(Line::styled(
            format!(
                "{arrow} {} · {} · {}",
                short(other),
                relation_type_name(bench.lang, relation.relation_type),
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

pub(crate) fn render_steps(bench: &BenchView, frame: &mut Frame, area: Rect, view: &GraphView) {
    let exercise = bench.exercise;
    let config = crate::workbench::sociogram::config(exercise);
    let findings: Vec<GraphFinding> = bench
        .report_of(&exercise.id)
        .map(|r| {
            r.findings
                .iter()
                .filter_map(|f| match f {
                    crate::workbench::check::Finding::Graph(g) => Some(g.clone()),
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
        Line::styled(
            bench.t(Text::Sociogram(SociogramText::StepsHint)),
            bench.theme.dim,
        ),
        Line::raw(""),
    ];
    for (i, step) in config.steps.iter().enumerate() {
        let done_at = view.graph.steps_done.iter().position(|s| *s == i);
        let mark = if done_at.is_some() { "[x]" } else { "[ ]" };
        let style = if i == view.step {
            bench.theme.selected
        } else if early.contains(&i) {
            bench.theme.error
        } else if done_at.is_some() {
            bench.theme.ok
        } else {
            bench.theme.base
        };
        let order = done_at.map_or(String::new(), |at| format!("  (#{})", at + 1));
        lines.push(Line::styled(
            format!("{mark} {}. {step}{order}", i + 1),
            style,
        ));
    }
    lines.push(Line::raw(""));
    if let Some(report) = bench.report_of(&exercise.id) {
        if !report.findings.is_empty() {
            lines.push(Line::styled(bench.t(Text::Findings), bench.theme.heading));
            for finding in &report.findings {
                lines.push(Line::raw(format!("• {}", finding.message(bench.lang))));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        bench.t(Text::Sociogram(SociogramText::MentionHint)),
        bench.theme.dim,
    ));
    if !config.relation_convention.trim().is_empty() {
        lines.push(Line::styled(
            config.relation_convention.clone(),
            bench.theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// On a graph exercise, the actors a SIC observation names (by full name or `@id`).
pub(crate) fn cited_actors_line(
    view: &GraphView,
    bench: &BenchView,
    item: &crate::workbench::board::model::Item,
) -> Line<'static> {
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
    Line::from(vec![
        Span::styled(
            format!(
                "{}{}",
                bench.t(Text::Sociogram(SociogramText::Actors)),
                bench.lang.colon()
            ),
            bench.theme.dim,
        ),
        Span::styled(value, bench.theme.accent),
    ])
}

/// The relation picker: the actor a new relation goes to.
pub(crate) fn render_pick_actor(
    view: &GraphView,
    bench: &BenchView,
    frame: &mut Frame,
    body: Rect,
    selected: usize,
) {
    let order = pick_actor_order_of(view);
    let area = layout::centered(body, 60, body.height.min(order.len() as u16 + 2));
    frame.render_widget(Clear, area);
    let rows: Vec<ListItem> = order
        .iter()
        .map(|&i| {
            let actor = &view.graph.actors[i];
            ListItem::new(format!(
                "{} · {}",
                actor.label,
                department_name_in(bench.case, &actor.department)
            ))
        })
        .collect();
    let mut list_state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(rows)
            .block(bordered_with(
                bench.theme,
                format!(
                    " {} ",
                    bench.t(Text::Sociogram(SociogramText::PickRelationTarget))
                ),
                true,
            ))
            .highlight_style(bench.theme.selected),
        area,
        &mut list_state,
    );
}
