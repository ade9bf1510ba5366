//! Drawing of A12's social-listening tab: term counts, sentiment by month, complaints, and the posts themselves.

use crate::i18n::Text;
use crate::workbench::grid::config::GridExercise;
use crate::workbench::grid::model::GridAnswer;
use crate::workbench::grid::text::GridText;
use crate::workbench::grid::update::listening_of;
use crate::workbench::grid::view::*;
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline};
use ratatui::Frame;

pub(crate) fn render_listening(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    config: &GridExercise,
    answer: Option<&GridAnswer>,
    selected: usize,
) {
    let Some((analysis, imported)) = listening_of(config, view.grids, &view.exercise.id, answer)
    else {
        return;
    };
    let source = if imported {
        view.t(Text::Grid(GridText::ListeningImported))
    } else {
        view.t(Text::Grid(GridText::ListeningSamples))
    };
    let summary = Line::from(vec![
        Span::styled(
            crate::workbench::grid::text::listening_tally(
                view.lang,
                analysis.posts,
                analysis.positive,
                analysis.neutral,
                analysis.negative,
            ),
            view.theme.accent,
        ),
        Span::styled(format!("  ({source})"), view.theme.dim),
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
        view,
        frame,
        posts_area,
        crate::workbench::grid::listening::corpus(config, answer),
        &analysis,
        selected,
    );
    // Volume per month: a sparkline, then one line per month with its sentiment.
    let block = bordered_with(
        view.theme,
        format!(
            " {} · {} ",
            view.t(Text::Grid(GridText::ListeningVolume)),
            view.t(Text::Grid(GridText::ListeningSentiment))
        ),
        false,
    );
    let inner = block.inner(months_area);
    frame.render_widget(block, months_area);
    let [spark, month_lines] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
    let volumes: Vec<u64> = analysis.months.iter().map(|m| m.posts as u64).collect();
    frame.render_widget(
        Sparkline::default().data(&volumes).style(view.theme.accent),
        spark,
    );
    let lines: Vec<Line> = analysis
        .months
        .iter()
        .map(|m| {
            let mood = if m.mean_score > 0.0 {
                view.theme.ok
            } else if m.mean_score < 0.0 {
                view.theme.error
            } else {
                view.theme.dim
            };
            Line::from(vec![
                Span::raw(format!("{} {:>4} ", m.month, m.posts)),
                Span::styled(format!("+{:<3}", m.positive), view.theme.ok),
                Span::styled(format!("={:<3}", m.neutral), view.theme.dim),
                Span::styled(format!("−{:<3}", m.negative), view.theme.error),
                Span::styled(format!(" {:+.2}", m.mean_score), mood),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), month_lines);
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(Text::Grid(GridText::ListeningTerms))),
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
                    view.theme.accent,
                ),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(Text::Grid(GridText::ListeningComplaints))),
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
                    view.theme.warn,
                ),
                Line::styled(
                    format!(
                        "   « {} »",
                        fit(&c.example, usize::from(inner.width).saturating_sub(6)).trim_end()
                    ),
                    view.theme.dim,
                ),
            ]
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Each post with its sentiment score, the selected one kept in view (↑ ↓ scroll).
pub(crate) fn render_posts(
    view: &BenchView,
    frame: &mut Frame,
    area: Rect,
    posts: &[crate::workbench::grid::model::Post],
    analysis: &crate::workbench::grid::listening::Analysis,
    selected: usize,
) {
    use crate::workbench::grid::listening::Sentiment;
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(Text::Grid(GridText::ListeningPosts))),
        false,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset =
        crate::workbench::screen::layout::scroll_offset(selected, inner.height, posts.len());
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
                Sentiment::Positive => view.theme.ok,
                Sentiment::Neutral => view.theme.dim,
                Sentiment::Negative => view.theme.error,
            };
            let base = if i == selected {
                view.theme.selected
            } else {
                view.theme.base
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
