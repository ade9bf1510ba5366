//! Trainers' key display: with F2, the last keys pressed appear in a corner of the screen,
//! each with what it did, so that a projected audience can follow. The labels come from the
//! keymap (the same names and help texts as the help overlay), so they cannot drift apart.

use crate::i18n::review::ReviewText;
use crate::i18n::Text;
use crate::tui::app::App;
use crate::tui::keymap::{self, Binding};
use crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Keys kept on screen.
const SHOWN: usize = 4;

impl App {
    pub fn toggle_key_display(&mut self) {
        if self.key_display.take().is_some() {
            self.info(self.t(Text::Review(ReviewText::KeysHidden)));
        } else {
            self.key_display = Some(Vec::new());
            self.info(self.t(Text::Review(ReviewText::KeysShown)));
        }
    }

    /// Records a key press for the display (when it is on).
    pub(crate) fn show_key(&mut self, key: &KeyEvent, binding: Option<&Binding>, typing: bool) {
        let lang = self.session.lang;
        let Some(shown) = self.key_display.as_mut() else {
            return;
        };
        let label = match binding {
            Some(b) => format!("{}  {}", keymap::event_label(key), b.help.get(lang)),
            // Text being typed is shown once, not letter by letter.
            None if typing => format!("⌨  {}", Text::Review(ReviewText::Typing).get(lang)),
            None => return,
        };
        if shown.last() == Some(&label) && typing {
            return;
        }
        shown.push(label);
        if shown.len() > SHOWN {
            shown.remove(0);
        }
    }
}

/// The key display, bottom right of `body`, over whatever is there.
pub fn render(app: &App, frame: &mut Frame, body: Rect) {
    let Some(shown) = &app.key_display else {
        return;
    };
    if shown.is_empty() {
        return;
    }
    let width = shown
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.as_str()) as u16 + 4)
        .max()
        .unwrap_or(10)
        .min(body.width);
    let height = (shown.len() as u16 + 2).min(body.height);
    let area = Rect::new(
        body.right().saturating_sub(width),
        body.bottom().saturating_sub(height),
        width,
        height,
    );
    frame.render_widget(Clear, area);
    let last = shown.len() - 1;
    let lines: Vec<Line> = shown
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let style = if i == last {
                app.session.theme.selected
            } else {
                app.session.theme.accent
            };
            Line::from(Span::styled(format!(" {label} "), style))
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(app.session.theme.border_focused)
                .style(app.session.theme.base),
        ),
        area,
    );
}
