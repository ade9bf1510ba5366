//! The sociogram workbench's side panels: the metrics table sortable by any column, the
//! selected actor's details and relations, the diagnosis steps, the relation picker, and the
//! actors a SIC observation names. Reads the state only.

use crate::case::Exercise;
use crate::i18n::{relation_type_name, Text};
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered;
use crate::workbench::screen::session::Session;
use crate::workbench::sociogram::model::{mentioned_actors, mentions};
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::sociogram::ui::{GraphView, MetricsState, SortColumn};
use crate::workbench::sociogram::view::{departments, monochrome, node_colour, short, type_colour};
use crate::workbench::sociogram::GraphFinding;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Clear, List, ListItem, ListState, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

pub(crate) fn render_table(app: &Session, frame: &mut Frame, area: Rect, view: &GraphView) {
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
            app.t(Text::Sociogram(SociogramText::Metrics)),
            view.type_filter
                .map_or(app.t(Text::Sociogram(SociogramText::AllTypes)), |t| {
                    relation_type_name(app.lang, t)
                })
        ),
        false,
    )
    // Reciprocity of the graph and modularity Q of its communities (Clauset-Newman-Moore).
    .title_bottom(format!(
        " {} {} · Q {} (CNM){} ",
        app.t(Text::Sociogram(SociogramText::Reciprocity))
            .to_lowercase(),
        view.metrics.graph_reciprocity.map_or("—".to_string(), |r| {
            crate::i18n::numbers::fixed(app.lang, r, 2)
        }),
        crate::i18n::numbers::fixed(app.lang, view.metrics.modularity, 2),
        // Betweenness, closeness and communities are still the previous graph's.
        if view.metrics_state == MetricsState::Current {
            String::new()
        } else {
            format!(
                " · {}",
                app.t(Text::Sociogram(SociogramText::MetricsComputing))
            )
        }
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
                Cell::from(crate::i18n::numbers::fixed(
                    app.lang,
                    m.betweenness[i],
                    decimals,
                )),
                Cell::from(crate::i18n::numbers::fixed(
                    app.lang,
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
fn header_title(app: &Session, column: SortColumn) -> String {
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

pub(crate) fn render_details(app: &Session, frame: &mut Frame, area: Rect, view: &GraphView) {
    let block = bordered(
        app,
        format!(" {} ", app.t(Text::Sociogram(SociogramText::Actor))),
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
        Span::styled(actor.label.clone(), app.theme.title),
        Span::styled(
            format!(
                " · {} · {} {} · {}{}",
                app.department_name(&actor.department),
                app.t(Text::Sociogram(SociogramText::Level)),
                actor.level,
                actor.role,
                if actor.pinned.is_some() {
                    format!(" · {}", app.t(Text::Sociogram(SociogramText::Pinned)))
                } else {
                    String::new()
                }
            ),
            app.theme.dim,
        ),
    ])];
    let positions = crate::workbench::sociogram::position_labels(m, i, app.lang);
    if !positions.is_empty() {
        lines.push(Line::styled(positions.join(" · "), app.theme.accent));
    }
    if let Some((config, board)) = app.current_board() {
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
                        app.t(Text::Sociogram(SociogramText::MentionedIn)),
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

pub(crate) fn render_steps(
    app: &Session,
    frame: &mut Frame,
    area: Rect,
    exercise: &Exercise,
    view: &GraphView,
) {
    let config = crate::workbench::sociogram::config(exercise);
    let findings: Vec<GraphFinding> = app
        .report(&exercise.id)
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
            app.t(Text::Sociogram(SociogramText::StepsHint)),
            app.theme.dim,
        ),
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
    lines.push(Line::styled(
        app.t(Text::Sociogram(SociogramText::MentionHint)),
        app.theme.dim,
    ));
    if !config.relation_convention.trim().is_empty() {
        lines.push(Line::styled(
            config.relation_convention.clone(),
            app.theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

/// On a graph exercise, the actors a SIC observation names (by full name or `@id`).
pub(crate) fn cited_actors_line(
    app: &Session,
    item: &crate::workbench::board::model::Item,
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
        Span::styled(
            format!(
                "{}{}",
                app.t(Text::Sociogram(SociogramText::Actors)),
                app.lang.colon()
            ),
            app.theme.dim,
        ),
        Span::styled(value, app.theme.accent),
    ]))
}

/// The relation picker: the actor a new relation goes to.
pub(crate) fn render_pick_actor(app: &Session, frame: &mut Frame, body: Rect, selected: usize) {
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
                format!(
                    " {} ",
                    app.t(Text::Sociogram(SociogramText::PickRelationTarget))
                ),
                true,
            ))
            .highlight_style(app.theme.selected),
        area,
        &mut list_state,
    );
}
