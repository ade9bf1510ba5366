//! The presenter: the slide in large letters for the audience; for the speaker the
//! countdown (its colour follows how close the limit is), the next slide, the speaker notes
//! and the time spent on each slide. Reads the `Presenter` and a `BenchView` only (the time
//! from its clock).

use crate::case::DeckConfig;
use crate::i18n::Text;
use crate::workbench::deck::model::{clock_text, Phase};
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::Presenter;
use crate::workbench::notes::update::deck_of;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;
use tui_big_text::{BigText, PixelSize};

fn phase_style(view: &BenchView, phase: Phase) -> Style {
    match phase {
        Phase::Calm => view.theme.ok,
        Phase::Hurry => view.theme.warn,
        Phase::Last => view.theme.error,
        Phase::Over => view.theme.error.add_modifier(Modifier::REVERSED),
    }
}

/// Words of `text` in lines of at most `width` characters.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The presenter over the whole frame (the key bar aside); false when it is off.
pub fn render_presenter(
    presenter: &Presenter,
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
) -> bool {
    let config = DeckConfig::of(view.exercise);
    let deck = deck_of(&view.exercise.id, view.workspace);
    let countdown = &presenter.countdown;
    let now = view.clock.now();
    let current = countdown.current().min(deck.slides.len().saturating_sub(1));
    let Some(slide) = deck.slides.get(current) else {
        return false;
    };
    let [main, _keys] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let side = (main.width * 34 / 100).clamp(24, 48);
    let [stage, aside] =
        Layout::horizontal([Constraint::Min(10), Constraint::Length(side)]).areas(main);

    // The slide, as the audience sees it: the title in large letters, the points below.
    let block = bordered_with(
        view.theme,
        format!(" {}/{} ", current + 1, deck.slides.len()),
        true,
    );
    let inner = block.inner(stage);
    frame.render_widget(block, stage);
    let inner = Rect::new(
        inner.x + 2,
        inner.y + 1,
        inner.width.saturating_sub(4),
        inner.height.saturating_sub(1),
    );
    // Quadrant pixels: a letter is 4 columns wide and 4 rows high.
    let per_line = usize::from(inner.width / 4).max(1);
    let mut title_lines = wrap_words(&slide.title, per_line);
    let max_title_lines = usize::from(inner.height / 3 / 4).max(1);
    let big = title_lines.len() <= max_title_lines
        && title_lines.iter().all(|l| l.chars().count() <= per_line);
    let title_height = if big {
        title_lines.len() as u16 * 4
    } else {
        title_lines = wrap_words(&slide.title, usize::from(inner.width).max(1));
        title_lines.len() as u16
    };
    let [title_area, _, points_area] = Layout::vertical([
        Constraint::Length(title_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    if big {
        let lines: Vec<Line> = title_lines.into_iter().map(Line::from).collect();
        frame.render_widget(
            BigText::builder()
                .pixel_size(PixelSize::Quadrant)
                .style(view.theme.title)
                .lines(lines)
                .build(),
            title_area,
        );
    } else {
        frame.render_widget(
            Paragraph::new(title_lines.join("\n")).style(view.theme.title),
            title_area,
        );
    }
    let mut points = Vec::new();
    for point in slide.filled_points() {
        points.push(Line::from(vec![
            Span::styled("▸ ", view.theme.accent),
            Span::styled(
                point.to_string(),
                Style::default().add_modifier(Modifier::BOLD),
            ),
        ]));
        points.push(Line::raw(""));
    }
    frame.render_widget(
        Paragraph::new(points).wrap(Wrap { trim: true }),
        points_area,
    );

    // The presenter's side: countdown, next slide, notes, time per slide.
    let phase = countdown.phase(now);
    let remaining = clock_text(countdown.remaining_seconds(now));
    let clock_height = 4;
    let [clock_area, status_area, rest] = Layout::vertical([
        Constraint::Length(clock_height),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(aside);
    let size = if usize::from(clock_area.width) >= remaining.chars().count() * 8 {
        PixelSize::HalfHeight
    } else {
        PixelSize::Quadrant
    };
    frame.render_widget(
        BigText::builder()
            .pixel_size(size)
            .style(phase_style(view, phase))
            .lines(vec![Line::from(remaining.clone())])
            .centered()
            .build(),
        clock_area,
    );
    let mut status = format!(
        "{} {} · {} min",
        view.t(Text::NoteDeck(NotesText::Limit)),
        clock_text(countdown.limit.as_secs() as i64),
        config.max_minutes
    );
    if countdown.is_paused() {
        status = format!("{} · {status}", view.t(Text::NoteDeck(NotesText::Paused)));
    }
    frame.render_widget(
        Paragraph::new(status)
            .style(phase_style(view, phase))
            .centered(),
        status_area,
    );
    let mut lines = Vec::new();
    let label = |text: Text| Line::styled(view.t(text), view.theme.heading);
    lines.push(label(Text::NoteDeck(NotesText::NextSlideLabel)));
    match deck.slides.get(current + 1) {
        Some(next) => lines.push(Line::raw(format!("{}. {}", current + 2, next.title))),
        None => lines.push(Line::styled(
            view.t(Text::NoteDeck(NotesText::LastSlide)),
            view.theme.dim,
        )),
    }
    lines.push(Line::raw(""));
    lines.push(label(Text::NoteDeck(NotesText::SpeakerNotes)));
    for line in slide.notes.lines() {
        lines.push(Line::raw(line.to_string()));
    }
    lines.push(Line::raw(""));
    lines.push(label(Text::NoteDeck(NotesText::SlideTimes)));
    let times = countdown.slide_times(now);
    let budget = countdown.limit.as_secs() / deck.slides.len().max(1) as u64;
    for (i, s) in deck.slides.iter().enumerate() {
        let spent = times.get(i).map_or(0, |t| t.as_secs());
        let style = if i == current {
            view.theme.selected
        } else if spent > budget {
            view.theme.warn
        } else {
            view.theme.base
        };
        let title: String = s
            .title
            .chars()
            .take(usize::from(side).saturating_sub(14))
            .collect();
        lines.push(Line::styled(
            format!("{:>2}. {:>5}  {title}", i + 1, clock_text(spent as i64)),
            style,
        ));
    }
    let block = bordered_with(view.theme, "", false);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        rest,
    );
    true
}
