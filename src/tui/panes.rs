//! The shell's popups added by issue 15: the choice when quitting cannot save, and the
//! detail popup that shows a selected text whole, wrapped. Drawing only reads.

use crate::i18n::shell::ShellText;
use crate::i18n::Text;
use crate::tui::app::App;
use crate::tui::keymap::{self, Mode};
use crate::tui::layout;
use crate::workbench::screen::panels::bordered;
use crate::workbench::screen::panels::wrapped_height;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;

/// Quitting could not save: the reason, what is at stake, and the keys of the choice.
pub fn render_quit_failed(app: &App, frame: &mut Frame, body: Rect, error: &str) {
    if let Some(state) = &app.save_elsewhere {
        return crate::tui::save_elsewhere::render(app, frame, body, state);
    }
    let width = body.width.saturating_sub(4).min(76);
    let mut lines = vec![
        Line::raw(app.t(Text::Shell(ShellText::QuitFailedBody))),
        Line::raw(""),
        Line::styled(error.to_string(), app.session.theme.error),
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
            Span::styled(format!("{keys}  "), app.session.theme.accent),
            Span::raw(binding.help.get(app.session.lang)),
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
            .style(app.session.theme.base),
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
}
