//! Drawing: pure functions from `&App` to the frame. Nothing here changes the state.

use crate::case::Exercise;
use crate::i18n::review::ReviewText;
use crate::i18n::{self, Lang, Text};
use crate::tui::app::{self, App, HomeRow, Overlay, Panel, Screen, StatusKind};
use crate::tui::key_display;
use crate::tui::keymap;
use crate::tui::layout;
use crate::tui::review_view;
use crate::workbench::board::fields::BoardField;
use crate::workbench::check::Status;
use crate::workbench::grid::fields::GridOverlay;
use crate::workbench::render_panel;
use crate::workbench::screen::panels::{bordered, markdown_lines};
use crate::workbench::sociogram::fields::SociogramOverlay;
use crate::workbench::sociogram::fields::SociogramPanel;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    frame.render_widget(Block::default().style(app.session.theme.base), area);
    if layout::too_small(area) {
        let mut text = app.t(Text::TooSmall).to_string();
        if let Some(Err(reason)) = app.review.as_ref().map(|r| &r.integrity) {
            text = format!(
                "{} : {reason}. {text}",
                app.t(Text::Review(ReviewText::IntegrityFailed))
            );
        }
        let message = Paragraph::new(text)
            .style(app.session.theme.warn)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, area);
        return;
    }
    let bands = layout::frame(area);
    // -- note_deck: the presenter takes the whole screen but the key bar (issue 8) --
    if crate::workbench::render_full_screen(app, frame, area) {
        render_key_bar(app, frame, bands.keys);
        if let Some(facts) = &app.facts {
            crate::tui::facts::render(app, frame, bands.body, facts);
        }
        if app.help_open {
            render_help(app, frame, bands.body);
        }
        return;
    }
    render_title(app, frame, bands.title);
    match &app.session.screen {
        Screen::Home(home) => render_home(app, frame, bands.body, home.selected),
        Screen::Exercise(_) => render_exercise(app, frame, bands.body),
    }
    render_status(app, frame, bands.status);
    render_key_bar(app, frame, bands.keys);
    if let Some(overlay) = &app.session.overlay {
        render_overlay(app, frame, bands.body, overlay);
    }
    crate::workbench::render_bench_overlay(app, frame, bands.body);
    if let Some(facts) = &app.facts {
        crate::tui::facts::render(app, frame, bands.body, facts);
    }
    if app.help_open {
        render_help(app, frame, bands.body);
    }
    key_display::render(app, frame, bands.body);
}

fn render_title(app: &App, frame: &mut Frame, area: Rect) {
    if app.review.is_some() {
        return review_view::render_title(app, frame, area);
    }
    let saved = if app.session.dirty {
        Span::styled(
            format!(" ● {} ", app.t(Text::Unsaved)),
            app.session.theme.warn,
        )
    } else {
        Span::styled(format!(" ✓ {} ", app.t(Text::Saved)), app.session.theme.ok)
    };
    let mut spans = vec![
        Span::styled(" atelier ", app.session.theme.key),
        Span::raw(" "),
        Span::styled(
            app.session.case.organisation.name.clone(),
            app.session.theme.title,
        ),
        Span::styled(" · ", app.session.theme.dim),
        Span::raw(app.session.workspace.candidate.clone()),
    ];
    if !app.session.workspace.group.is_empty() {
        spans.push(Span::styled(
            format!(" ({})", app.session.workspace.group.join(", ")),
            app.session.theme.dim,
        ));
    }
    if let Some((exercise, _)) = app.current_exercise() {
        spans.push(Span::styled(" · ", app.session.theme.dim));
        spans.push(Span::styled(
            format!("{} {}", exercise.id, exercise.title),
            app.session.theme.accent,
        ));
    }
    let left = Line::from(spans);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(1), Constraint::Length(16)]).areas(area);
    frame.render_widget(Paragraph::new(left), left_area);
    frame.render_widget(
        Paragraph::new(Line::from(saved)).right_aligned(),
        right_area,
    );
}

fn render_status(app: &App, frame: &mut Frame, area: Rect) {
    let Some(status) = &app.session.status else {
        return;
    };
    let style = match status.kind {
        StatusKind::Info => app.session.theme.accent,
        StatusKind::Error => app.session.theme.error,
    };
    frame.render_widget(
        Paragraph::new(format!(" {}", status.text)).style(style),
        area,
    );
}

fn render_key_bar(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    // Help first, so it stays visible however narrow the terminal is.
    let mode = app.mode();
    // A review's own keys come first on every screen but its grading panel (which has them).
    let review_keys = review_view::review_keys(app, mode);
    let bindings = keymap::bindings(mode);
    let help_first = bindings
        .iter()
        .filter(|b| b.action == keymap::Action::ToggleHelp)
        .chain(review_keys.iter())
        .chain(
            bindings
                .iter()
                .filter(|b| b.action != keymap::Action::ToggleHelp),
        );
    let entries: Vec<(String, String)> = help_first
        .filter(|b| b.in_bar && !b.keys.is_empty())
        .map(|b| {
            (
                format!(" {} ", keymap::bar_label(b)),
                format!(" {}  ", b.help.get(app.session.lang)),
            )
        })
        .collect();
    // Whole entries only: those that do not fit are left to the help (`?`), never cut.
    let (shown, more) = crate::tui::panes::fit_key_bar(&entries, usize::from(area.width));
    for (key, help) in shown {
        spans.push(Span::styled(key.clone(), app.session.theme.key));
        spans.push(Span::raw(help.clone()));
    }
    if more {
        spans.push(Span::styled("…", app.session.theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn status_mark(app: &App, status: Status) -> (&'static str, Style) {
    match status {
        Status::NotStarted => ("○", app.session.theme.dim),
        Status::InProgress => ("◐", app.session.theme.warn),
        Status::Complete => ("●", app.session.theme.ok),
    }
}

fn status_span(app: &App, status: Status) -> Span<'static> {
    let (mark, style) = status_mark(app, status);
    Span::styled(
        format!("{mark} {}", i18n::status_label(app.session.lang, status)),
        style,
    )
}

/// The key to the status marks, shown under the exercise list.
fn status_legend(app: &App) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for status in [Status::NotStarted, Status::InProgress, Status::Complete] {
        spans.push(status_span(app, status));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

fn render_home(app: &App, frame: &mut Frame, body: Rect, selected: usize) {
    let (list_area, details_area) = layout::home(body);
    let rows = app::home_rows(&app.session.case);
    let order = app.home_order();
    let complete = app
        .reports
        .iter()
        .filter(|r| r.status == Status::Complete)
        .count();
    let title = format!(
        " {} · {}/{} {} ",
        app.t(Text::Exercises),
        complete,
        app.session.reports.len(),
        app.t(Text::StatusComplete)
    );
    let block = bordered(app, title, true).title_bottom(status_legend(app));
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let selected_row = rows
        .iter()
        .position(|r| *r == HomeRow::Exercise(selected))
        .unwrap_or(0);
    let offset = layout::scroll_offset(selected_row, inner.height, rows.len());
    let lines: Vec<Line> = rows
        .iter()
        .skip(offset)
        .take(usize::from(inner.height))
        .map(|row| match row {
            HomeRow::Heading(bloc) => Line::styled(
                bloc_title(app.session.lang, *bloc),
                app.session.theme.heading,
            ),
            HomeRow::Exercise(position) => {
                let exercise = &app.session.case.exercises[order[*position]];
                let report = app.report(&exercise.id);
                let status = report.map_or(Status::NotStarted, |r| r.status);
                let style = if *position == selected {
                    app.session.theme.selected
                } else {
                    app.session.theme.base
                };
                // The status mark comes before the title, so a long title cannot hide it.
                let (mark, mark_style) = status_mark(app, status);
                let mut spans = vec![
                    Span::styled(
                        format!(" {:<4}", exercise.id),
                        style.add_modifier(Modifier::BOLD),
                    ),
                    Span::styled(format!("{mark} "), mark_style),
                ];
                // A review shows the decision and score before the title, which may be cut.
                spans.extend(review_view::home_marks(app, exercise));
                // A title too long for the list ends with an ellipsis (the details show it).
                let used: usize = spans.iter().map(|s| s.width()).sum();
                let room = usize::from(inner.width).saturating_sub(used);
                let title = crate::workbench::grid::view::fit(&exercise.title, room);
                spans.push(Span::styled(title.trim_end().to_string(), style));
                Line::from(spans)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);

    let Some(details_area) = details_area else {
        return;
    };
    let Some(exercise) = order.get(selected).map(|&i| &app.session.case.exercises[i]) else {
        return;
    };
    if app.review.is_some() {
        return review_view::render_home_details(app, frame, details_area, exercise);
    }
    let block = bordered(app, format!(" {} ", app.t(Text::Details)), false);
    let inner = block.inner(details_area);
    frame.render_widget(block, details_area);
    let mut lines = vec![
        Line::styled(
            format!("{} — {}", exercise.id, exercise.title),
            app.session.theme.title,
        ),
        Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Candidate), app.session.lang.colon()),
                app.session.theme.dim,
            ),
            Span::raw(app.session.workspace.candidate.clone()),
        ]),
        Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Group), app.session.lang.colon()),
                app.session.theme.dim,
            ),
            Span::raw(if app.session.workspace.group.is_empty() {
                "—".to_string()
            } else {
                app.session.workspace.group.join(", ")
            }),
            Span::styled("  (G)", app.session.theme.dim),
        ]),
        Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Case), app.session.lang.colon()),
                app.session.theme.dim,
            ),
            Span::raw(app.session.case.title.clone()),
        ]),
        Line::from(vec![
            Span::styled(
                format!("{}{}", app.t(Text::Kind), app.session.lang.colon()),
                app.session.theme.dim,
            ),
            Span::raw(exercise.kind.as_str()),
            Span::styled(
                format!(
                    "   {}{}",
                    app.t(Text::Competences),
                    app.session.lang.colon()
                ),
                app.session.theme.dim,
            ),
            Span::raw(exercise.competences.join(", ")),
        ]),
        Line::raw(""),
    ];
    if let Some(report) = app.report(&exercise.id) {
        lines.push(Line::from(status_span(app, report.status)));
        if report.findings.is_empty() {
            if report.status == Status::Complete {
                lines.push(Line::styled(app.t(Text::NoFindings), app.session.theme.ok));
            }
        } else {
            lines.push(Line::styled(
                app.t(Text::Findings),
                app.session.theme.heading,
            ));
            for finding in &report.findings {
                lines.push(Line::raw(format!(
                    "• {}",
                    finding.message(app.session.lang)
                )));
            }
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        app.t(Text::EnterToOpen),
        app.session.theme.accent,
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn bloc_title(lang: Lang, bloc: Option<u8>) -> String {
    let name = match (lang, bloc) {
        (Lang::Fr, Some(1)) => "Définir une stratégie numérique",
        (Lang::Fr, Some(2)) => "Concevoir un projet de transformation numérique",
        (Lang::Fr, Some(3)) => "Piloter un projet de transformation numérique",
        (Lang::Fr, Some(4)) => "Manager le changement",
        (Lang::En, Some(1)) => "Define a digital strategy",
        (Lang::En, Some(2)) => "Design a digital transformation project",
        (Lang::En, Some(3)) => "Steer a digital transformation project",
        (Lang::En, Some(4)) => "Manage the change",
        _ => return Text::OutsideBlocs.get(lang).to_string(),
    };
    format!("{} {} · {name}", Text::Bloc.get(lang), bloc.unwrap_or(0))
}

fn render_exercise(app: &App, frame: &mut Frame, body: Rect) {
    let Some((exercise, state)) = app.current_exercise() else {
        return;
    };
    // In a review the grading panel takes the brief's place (the whole body when there is
    // no room beside the work and the grading panel has the keyboard).
    let grading = app.review.as_ref().is_some_and(|r| r.grading);
    // -- graph: A6 sociogram and SIC grid (issue 5) --
    if matches!(
        state.panel,
        Panel::Sociogram(SociogramPanel::Sociogram) | Panel::Sociogram(SociogramPanel::Steps)
    ) {
        let (brief, work) = layout::brief_and_work(body, state.brief.shown);
        if app.review.is_some() && brief.is_none() && grading {
            review_view::render_grading(app, frame, body, exercise, state.brief.scroll);
            return;
        }
        if let Some(brief) = brief {
            if app.review.is_some() {
                review_view::render_grading(app, frame, brief, exercise, state.brief.scroll);
            } else {
                render_brief(app, frame, brief, exercise, state.brief.scroll);
            }
        }
        crate::workbench::render_sociogram(app, frame, work, exercise);
        return;
    }
    let regions = layout::exercise(body, exercise, state.brief.shown);
    if app.review.is_some() && regions.brief.is_none() && grading {
        review_view::render_grading(app, frame, body, exercise, state.brief.scroll);
        return;
    }
    if let Some(brief) = regions.brief {
        if app.review.is_some() {
            review_view::render_grading(app, frame, brief, exercise, state.brief.scroll);
        } else if !crate::workbench::render_beside(app, frame, brief, state.brief.scroll) {
            // The A7 form shows the case's facts of its processing in place of the brief.
            render_brief(app, frame, brief, exercise, state.brief.scroll);
        }
    }
    // -- tree / map (issue 4): the map workbenches draw their own work area --
    if crate::workbench::render_work_area(app, frame, regions.panel, exercise) {
        return;
    }
    if let (Some((config, board)), Some(ui), Some((_, view))) =
        (app.current_board(), state.bench.board(), app.bench_view())
    {
        for (index, (zone, rect)) in config.zones.iter().zip(&regions.zones).enumerate() {
            let focused = state.panel == Panel::Zones && ui.zone == index;
            crate::workbench::board::view::render_zone(
                &view, frame, *rect, board, zone, focused, ui.item,
            );
        }
        render_panel(app, frame, regions.panel, exercise, Some((config, board)));
    } else {
        render_panel(app, frame, regions.panel, exercise, None);
    }
}

fn render_brief(app: &App, frame: &mut Frame, area: Rect, exercise: &Exercise, scroll: u16) {
    let block = bordered(app, format!(" {} ", app.t(Text::Brief)), false);
    let mut lines = markdown_lines(app, &exercise.brief);
    lines.push(Line::raw(""));
    lines.push(Line::styled(app.t(Text::Rubric), app.session.theme.heading));
    for criterion in &exercise.rubric {
        lines.push(Line::raw(format!(
            "  • [{}] {} (/{})",
            criterion.competence, criterion.text, criterion.scale
        )));
        if !criterion.expectations.trim().is_empty() {
            lines.push(Line::styled(
                format!("    {}", criterion.expectations.trim()),
                app.session.theme.dim,
            ));
        }
    }
    lines.extend(crate::workbench::code::view::task_lines(
        app.lang,
        &app.session.theme,
        exercise,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        area,
    );
}

fn render_overlay(app: &App, frame: &mut Frame, body: Rect, overlay: &Overlay) {
    match overlay {
        // -- tree / map (issue 4) --
        Overlay::Maps(overlay) => {
            if let Some((_, view)) = app.bench_view() {
                crate::workbench::mindmap::view::render_overlay(&view, frame, body, overlay)
            }
        }
        Overlay::Grid(GridOverlay::PickOption {
            grid,
            col,
            selected,
            ..
        }) => {
            if let Some((_, view)) = app.bench_view() {
                crate::workbench::grid::view::render_pick_option(
                    &view, frame, body, *grid, *col, *selected,
                )
            }
        }
        Overlay::Edit { target, field, .. } => {
            // -- tree (issue 4): a node's text is edited in place, on its own row --
            if let Some(row) =
                crate::workbench::mindmap::view::inline_field_area(app, body, *target)
            {
                frame.render_widget(Clear, row);
                frame.render_widget(field.as_ref(), row);
                return;
            }
            let (title, height) = match (target, app.bench_view()) {
                (app::EditTarget::Sheet(f), Some((_, view))) => {
                    crate::workbench::gdpr::view::field_title(&view, *f)
                }
                // A note (several lines) gets a taller field.
                (app::EditTarget::Board(BoardField::StrategyText(_)), _)
                    if app.current_board().is_some_and(|(c, _)| c.recommends()) =>
                {
                    (app.t(Text::EditRecommendation).to_string(), 6)
                }
                _ => (
                    app.t(target.title()).to_string(),
                    if target.multiline() { 14 } else { 6 },
                ),
            };
            let area = layout::centered(body, body.width.saturating_sub(8).min(90), height);
            frame.render_widget(Clear, area);
            let block = bordered(app, format!(" {title} "), true);
            let inner = block.inner(area);
            frame.render_widget(block, area);
            frame.render_widget(field.as_ref(), inner);
        }
        Overlay::SheetPick(picker) => {
            if let Some((_, view)) = app.bench_view() {
                crate::workbench::gdpr::view::render_picker(&view, frame, body, picker)
            }
        }
        Overlay::Detail(detail) => {
            crate::workbench::screen::detail::render(app, frame, body, detail)
        }
        Overlay::QuitFailed { error } => {
            crate::tui::panes::render_quit_failed(app, frame, body, error)
        }
        Overlay::Board(overlay) => {
            if let Some((_, view)) = app.bench_view() {
                crate::workbench::board::view::render_overlay(&view, frame, body, overlay)
            }
        }
        // -- graph: A6 sociogram and SIC grid (issue 5) --
        Overlay::Sociogram(SociogramOverlay::PickActor { selected }) => {
            if let Some((bench, view)) = app.bench_view() {
                if let Some(graph) = bench.graph() {
                    crate::workbench::sociogram::panels::render_pick_actor(
                        graph, &view, frame, body, *selected,
                    )
                }
            }
        }
    }
}

fn render_help(app: &App, frame: &mut Frame, body: Rect) {
    // The keys of the screen under the help overlay.
    let mode = app.base_mode();
    // A review's keys (outside its grading panel, which has them) and the keys of every mode.
    let review_keys = review_view::review_keys(app, mode);
    let rows: Vec<Row> = keymap::bindings(mode)
        .iter()
        .chain(review_keys)
        .chain(keymap::bindings(keymap::Mode::Global))
        .map(|b| {
            let keys = b
                .keys
                .iter()
                .map(keymap::key_label)
                .collect::<Vec<_>>()
                .join("  ");
            Row::new(vec![
                Cell::from(keys).style(app.session.theme.accent),
                Cell::from(b.help.get(app.session.lang)),
            ])
        })
        .collect();
    // A long table (the mind map has some forty keys) goes in two columns rather than
    // being cut by a short terminal.
    let two_columns = rows.len() as u16 + 4 > body.height && body.width >= 120;
    let per_column = if two_columns {
        rows.len().div_ceil(2)
    } else {
        rows.len()
    };
    let height = per_column as u16 + 4;
    let width = if two_columns { 152 } else { 76 };
    let area = layout::centered(body, width, height);
    frame.render_widget(Clear, area);
    let block = bordered(app, format!(" {} ", app.t(Text::HelpTitle)), true)
        .title_bottom(Line::from(format!(" {} ", app.t(Text::HelpClose))).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block.style(app.session.theme.base), area);
    let columns: Vec<Rect> = if two_columns {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(inner)
            .to_vec()
    } else {
        vec![inner]
    };
    let mut rows = rows.into_iter();
    for column in columns {
        let chunk: Vec<Row> = rows.by_ref().take(per_column).collect();
        let table = Table::new(chunk, [Constraint::Length(28), Constraint::Min(10)])
            .style(app.session.theme.base);
        frame.render_widget(table, column);
    }
}
