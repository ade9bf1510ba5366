//! The frame of an exercise's panels, shared by the shell and the kinds: bordered blocks,
//! the panel tabs and titles, a little Markdown, wrapped heights, and the one place that
//! draws the focused panel by its kind (the notes panel is everyone's).

use crate::case::Exercise;
use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::workbench::gdpr::text::GdprText;
use crate::workbench::gdpr::ui::GdprPanel;
use crate::workbench::grid::text::GridText;
use crate::workbench::notes::text::NotesText;
use crate::workbench::notes::ui::NoteDeckPanel;
use crate::workbench::screen::session::{Panel, Session};
use crate::workbench::screen::theme::Theme;
use crate::workbench::sociogram::fields::SociogramPanel;
use crate::workbench::sociogram::text::SociogramText;
use crate::workbench::worldmap::fields::WorldmapPanel;
use crate::workbench::worldmap::text::WorldmapText;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::Frame;

pub(crate) fn bordered<'a>(app: &Session, title: impl Into<Line<'a>>, focused: bool) -> Block<'a> {
    bordered_with(&app.theme, title, focused)
}

/// A panel's frame in `theme`, brighter when focused.
pub(crate) fn bordered_with<'a>(
    theme: &Theme,
    title: impl Into<Line<'a>>,
    focused: bool,
) -> Block<'a> {
    Block::bordered()
        .title(title)
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title_style(if focused { theme.title } else { theme.base })
}

/// A little Markdown: headings, bullets and bold markers, wrapped by the paragraph.
pub fn markdown_lines<'a>(app: &Session, text: &'a str) -> Vec<Line<'a>> {
    markdown_lines_with(&app.theme, text)
}

/// `markdown_lines` in `theme`.
pub fn markdown_lines_with<'a>(theme: &Theme, text: &'a str) -> Vec<Line<'a>> {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if let Some(heading) = trimmed.strip_prefix('#') {
                Line::styled(
                    heading.trim_start_matches('#').trim().to_string(),
                    theme.heading,
                )
            } else if let Some(item) = trimmed
                .strip_prefix("- ")
                .or_else(|| trimmed.strip_prefix("* "))
            {
                Line::raw(format!("  • {}", item.replace("**", "")))
            } else {
                Line::raw(line.replace("**", ""))
            }
        })
        .collect()
}

fn panel_title(app: &Session, panel: Panel) -> &'static str {
    match panel {
        Panel::Zones => app.t(Text::Details),
        Panel::Strategies => app.t(Text::Strategies),
        Panel::Priorities => app.t(Text::Priorities),
        Panel::Kpis => app.t(Text::Kpis),
        Panel::Notes => app.t(Text::Notes),
        Panel::Code => "Python",
        // -- map (issue 4) --
        Panel::Worldmap(WorldmapPanel::MapLegend) => app.t(Text::Worldmap(WorldmapText::Legend)),
        Panel::Worldmap(WorldmapPanel::MapLinks) => app.t(Text::Worldmap(WorldmapText::Links)),
        Panel::Worldmap(WorldmapPanel::MapRecommendations) => {
            app.t(Text::Worldmap(WorldmapText::MapRecommendationsTitle))
        }
        Panel::Sociogram(SociogramPanel::Sociogram) => {
            app.t(Text::Sociogram(SociogramText::Sociogram))
        }
        Panel::Sociogram(SociogramPanel::Steps) => {
            app.t(Text::Sociogram(SociogramText::DiagnosisSteps))
        }
        Panel::Grid => app.t(Text::Grid(GridText::Grid)),
        Panel::Gdpr(GdprPanel::SheetRegister) => app.t(Text::Gdpr(GdprText::SheetRegister)),
        Panel::Gdpr(GdprPanel::SheetChecklist) => app.t(Text::Gdpr(GdprText::SheetChecklist)),
        Panel::Gdpr(GdprPanel::SheetFindings) => app.t(Text::Gdpr(GdprText::SheetFindings)),
        Panel::Gdpr(GdprPanel::SheetOpinion) => app.t(Text::Gdpr(GdprText::SheetOpinion)),
        // -- note_deck: notes, A4 schemes and the A15 deck (issue 8) --
        Panel::NoteDeck(NoteDeckPanel::Sections) => app.t(Text::NoteDeck(NotesText::Sections)),
        Panel::NoteDeck(NoteDeckPanel::References) => {
            app.t(Text::NoteDeck(NotesText::ReferencesPanel))
        }
        Panel::NoteDeck(NoteDeckPanel::Schemes) => app.t(Text::NoteDeck(NotesText::Schemes)),
        Panel::NoteDeck(NoteDeckPanel::Attachments) => {
            app.t(Text::NoteDeck(NotesText::Attachments))
        }
        Panel::NoteDeck(NoteDeckPanel::Slides) => app.t(Text::NoteDeck(NotesText::Slides)),
        Panel::NoteDeck(NoteDeckPanel::Objections) => app.t(Text::NoteDeck(NotesText::Objections)),
    }
}

/// The tab label of a panel: the exercise id for its zones; on a graph exercise, the SIC
/// grid and its recommendations.
pub(crate) fn panel_label(app: &Session, exercise: &Exercise, panel: Panel) -> String {
    match (exercise.kind, panel) {
        (crate::case::Kind::Graph, Panel::Zones) => "SIC".to_string(),
        (_, Panel::Strategies) => exercise.board.as_ref().map_or_else(
            || panel_title(app, panel).to_string(),
            |b| b.strategies_title(app.lang),
        ),
        (_, Panel::Zones) => exercise.id.clone(),
        _ => panel_title(app, panel).to_string(),
    }
}

/// The panel tabs, the focused one highlighted.
pub(crate) fn panel_tabs(app: &Session, exercise: &Exercise, current: Panel) -> Line<'static> {
    let mut tabs = Vec::new();
    for panel in Session::panels(exercise) {
        let style = if panel == current {
            app.theme.selected
        } else {
            app.theme.dim
        };
        tabs.push(Span::styled(
            format!(" {} ", panel_label(app, exercise, panel)),
            style,
        ));
        tabs.push(Span::raw(" "));
    }
    Line::from(tabs)
}

pub(crate) fn render_notes(app: &Session, frame: &mut Frame, area: Rect, exercise: &Exercise) {
    let Some((_, state)) = app.current_exercise() else {
        return;
    };
    let mut words = crate::workbench::check::count_words(&state.notes.lines().join("\n"));
    // -- note_deck: a note's limits count its sections too (issue 8) --
    if exercise.kind == crate::case::Kind::Note {
        words += app.current_note().word_count();
    }
    let limits = &exercise.notes;
    let mut header = crate::i18n::plural::words(app.lang, words);
    if limits.min_words > 0 || limits.max_words > 0 {
        header.push_str(&format!(
            " ({}–{})",
            limits.min_words,
            if limits.max_words > 0 {
                limits.max_words.to_string()
            } else {
                "∞".into()
            }
        ));
    }
    let hint = if app.reviewing {
        app.t(Text::Review(ReviewText::ReviewReadOnly))
    } else if state.notes_editing {
        app.t(Text::NotesEditingHint)
    } else {
        app.t(Text::NotesViewHint)
    };
    let top = vec![Line::from(vec![
        Span::styled(header, app.theme.accent),
        Span::styled(format!("  · {hint}"), app.theme.dim),
    ])];
    let top_height = 1;
    let [head, editor] =
        Layout::vertical([Constraint::Length(top_height), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(top).wrap(Wrap { trim: true }), head);
    if state.notes.is_empty() && !state.notes_editing {
        let empty = if app.reviewing {
            app.t(Text::Review(ReviewText::NoAnswer))
        } else {
            app.t(Text::NotesEmpty)
        };
        frame.render_widget(Paragraph::new(empty).style(app.theme.dim), editor);
        return;
    }
    frame.render_widget(&state.notes, editor);
}

/// Rows these lines take once wrapped at `width` (by words, as `Wrap` does, near enough to
/// size a popup).
pub fn wrapped_height(lines: &[Line], width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let rows: usize = lines
        .iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            textwrap_rows(&text, width)
        })
        .sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// Rows a text takes wrapped by words at `width` (a word longer than the width is cut).
fn textwrap_rows(text: &str, width: usize) -> usize {
    if text.is_empty() {
        return 1;
    }
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let len = word.chars().count();
        let need = if used == 0 { len } else { used + 1 + len };
        if need <= width {
            used = need;
        } else {
            if used > 0 {
                rows += 1;
            }
            used = len;
            while used > width {
                rows += 1;
                used -= width;
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_rows_count_words_that_do_not_fit() {
        assert_eq!(textwrap_rows("", 10), 1);
        assert_eq!(textwrap_rows("abc def", 10), 1);
        assert_eq!(textwrap_rows("abc defghij", 10), 2);
        assert_eq!(textwrap_rows("abcdefghijklmnopqrstuvwxy", 10), 3);
    }
}
