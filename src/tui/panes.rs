//! The shell's popups added by issue 15: the choice when quitting cannot save, and the
//! detail popup that shows a selected text whole, wrapped. Drawing only reads.

use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::tui::app::App;
use crate::tui::keymap::{self, Mode};
use crate::tui::layout;
use crate::tui::view::bordered;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

/// Quitting could not save: the reason, what is at stake, and the keys of the choice.
pub fn render_quit_failed(app: &App, frame: &mut Frame, body: Rect, error: &str) {
    let width = body.width.saturating_sub(4).min(76);
    let mut lines = vec![
        Line::raw(app.t(Text::Shell(ShellText::QuitFailedBody))),
        Line::raw(""),
        Line::styled(error.to_string(), app.theme.error),
        Line::raw(""),
    ];
    for binding in keymap::bindings(Mode::QuitFailed) {
        let keys = binding
            .keys
            .iter()
            .map(keymap::key_label)
            .collect::<Vec<_>>()
            .join(" / ");
        lines.push(Line::from(vec![
            Span::styled(format!("{keys}  "), app.theme.accent),
            Span::raw(binding.help.get(app.lang)),
        ]));
    }
    let inner_width = width.saturating_sub(2).max(1);
    let height = wrapped_height(&lines, inner_width) + 2;
    let area = layout::centered(body, width, height);
    frame.render_widget(Clear, area);
    let title = format!(" {} ", app.t(Text::Shell(ShellText::QuitFailedTitle)));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(bordered(app, title, true))
            .style(app.theme.base),
        area,
    );
}

/// The key bar's entries (key, help) that fit in `width` columns, whole and in order (one
/// too long is skipped, a shorter one after it may still fit), and whether some were left
/// out (the bar then ends with "…", one column kept for it).
pub fn fit_key_bar(entries: &[(String, String)], width: usize) -> (Vec<&(String, String)>, bool) {
    let len = |e: &(String, String)| e.0.chars().count() + e.1.trim_end().chars().count();
    let mut used = 0;
    let mut shown = Vec::new();
    let mut more = false;
    for entry in entries {
        let gap = if shown.is_empty() { 0 } else { 2 };
        if used + gap + len(entry) < width {
            used += gap + len(entry);
            shown.push(entry);
        } else {
            more = true;
        }
    }
    (shown, more)
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
    fn the_key_bar_keeps_whole_entries_and_says_when_some_are_left_out() {
        let entries: Vec<(String, String)> = [
            (" ? ", " aide  "),
            (" a ", " ajouter  "),
            (" F5 ", " présenter depuis le début  "),
            (" q ", " quitter  "),
        ]
        .iter()
        .map(|(k, h)| (k.to_string(), h.to_string()))
        .collect();
        let (shown, more) = fit_key_bar(&entries, 200);
        assert_eq!(shown.len(), 4);
        assert!(!more);
        let (shown, more) = fit_key_bar(&entries, 40);
        let keys: Vec<&str> = shown.iter().map(|e| e.0.trim()).collect();
        assert_eq!(keys, ["?", "a", "q"], "the long one is skipped, not cut");
        assert!(more);
    }

    #[test]
    fn wrapped_rows_count_words_that_do_not_fit() {
        assert_eq!(textwrap_rows("", 10), 1);
        assert_eq!(textwrap_rows("abc def", 10), 1);
        assert_eq!(textwrap_rows("abc defghij", 10), 2);
        assert_eq!(textwrap_rows("abcdefghijklmnopqrstuvwxy", 10), 3);
    }
}
