//! Drawing of the world-map workbench: ratatui's world map on a braille canvas, with the
//! links, the numbered markers (as in the SVG) and the cursor; below it, the actors (or the
//! legend, links, recommendations) and the findings; and the map's dialogs. Reads only.

use crate::i18n::Text;
use crate::workbench::check::Status;
use crate::workbench::mindmap::formats::one_line;
use crate::workbench::mindmap::update::MapsOverlay;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::layout;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::session::Panel;
use crate::workbench::screen::theme::Theme;
use crate::workbench::worldmap::fields::WorldmapPanel;
use crate::workbench::worldmap::formats::link_kind_label;
use crate::workbench::worldmap::model::{LinkKind, WorldMap};
use crate::workbench::worldmap::text::WorldmapText;
use crate::workbench::worldmap::update::{
    config, map_of, place_short_name, selected_actor_of, MapState,
};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine, Map, MapResolution};
use ratatui::widgets::{Clear, List, ListItem, ListState, Paragraph, Wrap};
use ratatui::Frame;

/// `#rrggbb` as a terminal colour (grey if unreadable).
pub fn colour(hex: &str) -> Color {
    let hex = hex.trim_start_matches('#');
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("88"), 16).unwrap_or(0x88);
    Color::Rgb(byte(0), byte(2), byte(4))
}

fn monochrome(theme: &Theme) -> bool {
    theme.border.fg.is_none()
}

/// The map (above) and the panel (below) of the work area; the mouse reads the same.
pub fn split(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Percentage(62), Constraint::Min(6)]).areas(area)
}

/// The map on its canvas, in the upper part of the work area (`split`); the panel below is
/// drawn by `workbench::render_panel`, its lists by `render_panel`.
pub fn render(ui: &MapState, view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some(map) = map_of(view.exercise, view.workspace) else {
        return;
    };
    let title = format!(
        " {} · {} · {} ×{} · {} ",
        view.t(Text::Worldmap(WorldmapText::WorldMap)),
        crate::workbench::worldmap::text::actors(view.lang, map.actors.len()),
        view.t(Text::Worldmap(WorldmapText::Zoom)),
        1u32 << ui.zoom,
        crate::workbench::worldmap::text::coordinates(view.lang, ui.cursor.0, ui.cursor.1)
    );
    let block = bordered_with(view.theme, title, view.panel == Panel::Zones);
    let mono = monochrome(view.theme);
    let ([west, east], [south, north]) = ui.bounds();
    let selected = selected_actor_of(&map, ui);
    let cursor_style = view.theme.accent;
    let canvas = Canvas::default()
        .block(block)
        .marker(Marker::Braille)
        .x_bounds([west, east])
        .y_bounds([south, north])
        .paint(|ctx| {
            ctx.draw(&Map {
                resolution: MapResolution::High,
                color: if mono { Color::Reset } else { Color::DarkGray },
            });
            ctx.layer();
            for link in &map.links {
                let (Some(a), Some(b)) = (map.actor(link.from), map.actor(link.to)) else {
                    continue;
                };
                let color = match (mono, link.kind) {
                    (true, _) => Color::Reset,
                    (false, LinkKind::Conflict) => Color::Red,
                    (false, LinkKind::Dependency) => Color::Yellow,
                    (false, LinkKind::Flow) => Color::Cyan,
                };
                ctx.draw(&CanvasLine::new(a.lon, a.lat, b.lon, b.lat, color));
            }
            ctx.layer();
            // The selected actor last, so its number stays on top of its neighbours'.
            let mut order: Vec<usize> = (0..map.actors.len()).collect();
            order.sort_by_key(|i| Some(map.actors[*i].id) == selected);
            ctx.print(ui.cursor.1, ui.cursor.0, Span::styled("╋", cursor_style));
            for i in order {
                let actor = &map.actors[i];
                let (symbol, style) = match actor.category.and_then(|c| map.category(c)) {
                    Some(c) if !mono => (c.symbol.clone(), Style::default().fg(colour(&c.colour))),
                    Some(c) => (c.symbol.clone(), Style::default()),
                    None => ("●".to_string(), view.theme.dim),
                };
                let label_style = if Some(actor.id) == selected {
                    view.theme.selected
                } else {
                    view.theme.base
                };
                ctx.print(
                    actor.lon,
                    actor.lat,
                    Line::from(vec![
                        Span::styled(symbol, style),
                        Span::styled(format!("{}", i + 1), label_style),
                    ]),
                );
            }
        });
    frame.render_widget(canvas, area);
}

/// The lower panel of the map: title, actors and findings; or the legend, links,
/// recommendations.
pub fn render_panel(ui: &MapState, view: &BenchView, frame: &mut Frame, area: Rect) {
    let Some(map) = map_of(view.exercise, view.workspace) else {
        return;
    };
    let mut lines: Vec<Line> = Vec::new();
    let title = if map.title.trim().is_empty() {
        Line::styled(
            view.t(Text::Worldmap(WorldmapText::NoTitle)),
            view.theme.dim,
        )
    } else {
        Line::styled(one_line(&map.title, 300), view.theme.title)
    };
    lines.push(title);
    let (rows, selected, empty): (Vec<Line>, usize, Text) = match view.panel {
        Panel::Worldmap(WorldmapPanel::MapLegend) => (
            map.legend
                .iter()
                .map(|c| {
                    let used = map
                        .actors
                        .iter()
                        .filter(|a| a.category == Some(c.id))
                        .count();
                    Line::from(vec![
                        Span::styled(
                            format!("{} ", c.symbol),
                            symbol_style(view.theme, &c.colour),
                        ),
                        Span::raw(if c.name.is_empty() {
                            "…".into()
                        } else {
                            c.name.clone()
                        }),
                        Span::styled(format!("  ({used})"), view.theme.dim),
                    ])
                })
                .collect(),
            ui.legend,
            Text::Worldmap(WorldmapText::NoLegend),
        ),
        Panel::Worldmap(WorldmapPanel::MapLinks) => (
            map.links
                .iter()
                .filter_map(|l| {
                    let (a, b) = (map.actor(l.from)?, map.actor(l.to)?);
                    Some(Line::from(vec![
                        Span::styled(
                            format!("{:<11}", link_kind_label(l.kind, view.lang)),
                            view.theme.accent,
                        ),
                        Span::raw(format!(
                            "{} → {}",
                            one_line(&a.name, 30),
                            one_line(&b.name, 30)
                        )),
                        Span::styled(format!("  {}", l.label), view.theme.dim),
                    ]))
                })
                .collect(),
            ui.link,
            Text::Worldmap(WorldmapText::NoLinks),
        ),
        Panel::Worldmap(WorldmapPanel::MapRecommendations) => (
            map.recommendations
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let numbers: Vec<String> = map
                        .actors
                        .iter()
                        .enumerate()
                        .filter(|(_, a)| r.actors.contains(&a.id))
                        .map(|(n, _)| (n + 1).to_string())
                        .collect();
                    Line::from(vec![
                        Span::styled(format!("{}. ", i + 1), view.theme.accent),
                        Span::raw(one_line(&r.text, 200)),
                        Span::styled(format!("  → {}", numbers.join(", ")), view.theme.dim),
                    ])
                })
                .collect(),
            ui.recommendation,
            Text::Worldmap(WorldmapText::NoRecommendations),
        ),
        _ => (
            map.actors
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let category = a.category.and_then(|c| map.category(c));
                    let (symbol, style) = category
                        .map_or(("●".to_string(), view.theme.dim), |c| {
                            (c.symbol.clone(), symbol_style(view.theme, &c.colour))
                        });
                    let place = if a.place.is_empty() {
                        crate::workbench::worldmap::text::coordinates(view.lang, a.lat, a.lon)
                    } else {
                        place_short_name(&a.place)
                    };
                    Line::from(vec![
                        Span::styled(format!("{symbol}{:<3}", i + 1), style),
                        Span::raw(if a.name.is_empty() {
                            "…".into()
                        } else {
                            one_line(&a.name, 50)
                        }),
                        Span::styled(
                            format!("  {} · {place}", category.map_or("—", |c| c.name.as_str())),
                            view.theme.dim,
                        ),
                    ])
                })
                .collect(),
            ui.actor,
            Text::Worldmap(WorldmapText::NoMapActors),
        ),
    };
    let findings: Vec<Line> =
        match view.report() {
            Some(report) if !report.findings.is_empty() => {
                std::iter::once(Line::styled(view.t(Text::Findings), view.theme.heading))
                    .chain(report.findings.iter().map(|f| {
                        Line::styled(format!("• {}", f.message(view.lang)), view.theme.warn)
                    }))
                    .collect()
            }
            Some(report) if report.status == Status::Complete => {
                vec![Line::styled(view.t(Text::NoFindings), view.theme.ok)]
            }
            _ => Vec::new(),
        };
    let findings_height = (findings.len() as u16).min(area.height / 2);
    let [head, list, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(findings_height),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), head);
    if rows.is_empty() {
        frame.render_widget(Paragraph::new(view.t(empty)).style(view.theme.dim), list);
    } else {
        let selected = selected.min(rows.len() - 1);
        let mut list_state = ListState::default().with_selected(Some(selected));
        *list_state.offset_mut() = layout::scroll_offset(selected, list.height, rows.len());
        let items: Vec<ListItem> = rows.into_iter().map(ListItem::new).collect();
        frame.render_stateful_widget(
            List::new(items).highlight_style(view.theme.selected),
            list,
            &mut list_state,
        );
    }
    frame.render_widget(Paragraph::new(findings).wrap(Wrap { trim: false }), foot);
}

fn symbol_style(theme: &Theme, hex: &str) -> Style {
    if monochrome(theme) {
        theme.base
    } else {
        Style::default().fg(colour(hex))
    }
}

pub(crate) fn render_overlay(
    view: &BenchView,
    frame: &mut Frame,
    body: Rect,
    overlay: &MapsOverlay,
) {
    let map = map_of(view.exercise, view.workspace).unwrap_or_default();
    let (title, rows): (String, Vec<String>) = match overlay {
        MapsOverlay::PickPlace { .. } => (
            view.t(Text::Worldmap(WorldmapText::PickPlaceTitle))
                .to_string(),
            config(view.exercise)
                .places
                .iter()
                .map(|p| p.name.clone())
                .collect(),
        ),
        MapsOverlay::PickCategory { .. } => (
            view.t(Text::Worldmap(WorldmapText::PickCategoryTitle))
                .to_string(),
            map.legend
                .iter()
                .map(|c| format!("{} {}", c.symbol, c.name))
                .chain(std::iter::once(
                    view.t(Text::Worldmap(WorldmapText::NewCategory))
                        .to_string(),
                ))
                .collect(),
        ),
        MapsOverlay::PickLinkTarget { from, kind, .. } => (
            format!(
                "{} ({}) · Espace/Space",
                view.t(Text::Worldmap(WorldmapText::LinkTo)),
                link_kind_label(*kind, view.lang)
            ),
            map.actors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.id != *from)
                .map(|(i, a)| format!("{:>2}. {}", i + 1, a.name))
                .collect(),
        ),
        MapsOverlay::PickRecommendationActors { rec, .. } => {
            let ticked = map
                .recommendations
                .iter()
                .find(|r| r.id == *rec)
                .map(|r| r.actors.clone())
                .unwrap_or_default();
            (
                view.t(Text::Worldmap(WorldmapText::RecommendationActors))
                    .to_string(),
                map.actors
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let mark = if ticked.contains(&a.id) { "[x]" } else { "[ ]" };
                        format!("{mark} {:>2}. {}", i + 1, a.name)
                    })
                    .collect(),
            )
        }
        MapsOverlay::PickTags { .. } | MapsOverlay::PickSource { .. } => return,
    };
    let area = layout::centered(
        body,
        body.width.saturating_sub(6).min(80),
        (rows.len() as u16 + 2).min(body.height),
    );
    frame.render_widget(Clear, area);
    let block = bordered_with(view.theme, format!(" {title} "), true);
    let inner = block.inner(area);
    let cursor = overlay.cursor().min(rows.len().saturating_sub(1));
    let mut list_state = ListState::default().with_selected(Some(cursor));
    *list_state.offset_mut() = layout::scroll_offset(cursor, inner.height, rows.len());
    frame.render_stateful_widget(
        List::new(rows.into_iter().map(ListItem::new).collect::<Vec<_>>())
            .block(block)
            .highlight_style(view.theme.selected),
        area,
        &mut list_state,
    );
}

/// The world map the canvas draws, for tests: whether any actor is on screen.
pub fn actors_in_view(map: &WorldMap, bounds: ([f64; 2], [f64; 2])) -> usize {
    let ([west, east], [south, north]) = bounds;
    map.actors
        .iter()
        .filter(|a| (west..=east).contains(&a.lon) && (south..=north).contains(&a.lat))
        .count()
}
