//! "Save elsewhere", the way out of the dialog when quitting could not save: a one-line field
//! holding a path (a dated file in the home folder to start with), the reason when writing
//! there failed, and, once written, where, with the choice to quit or stay. The shell writes
//! the file (`Effect::SaveElsewhere`); this module keeps the state, takes the keys and draws.

use std::path::{Path, PathBuf};

use crate::i18n::shell::{self, ShellText};
use crate::i18n::{Lang, Text};
use crate::tui::app::{App, Effect, Overlay};
use crate::tui::keymap::{self, Action, Mode};
use crate::tui::layout;
use crate::workbench::screen::panels::{bordered, wrapped_height};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use ratatui::Frame;
use ratatui_textarea::{CursorMove, TextArea};

/// The state of "save elsewhere", over the dialog when quitting could not save.
#[derive(Debug)]
pub struct SaveElsewhere {
    /// The path being typed.
    pub field: TextArea<'static>,
    /// Why the last attempt wrote nothing, in the person's language.
    pub failure: Option<String>,
    /// Where the workspace was written, once it was.
    pub saved: Option<String>,
}

impl SaveElsewhere {
    pub fn new(path: &str) -> SaveElsewhere {
        let mut field = TextArea::new(vec![path.to_string()]);
        field.move_cursor(CursorMove::End);
        SaveElsewhere {
            field,
            failure: None,
            saved: None,
        }
    }

    /// The path as typed, spaces around it removed.
    pub fn path(&self) -> String {
        self.field.lines().join("").trim().to_string()
    }

    /// The key table: typing the path, or quitting once saved.
    pub fn mode(&self) -> Mode {
        match self.saved {
            Some(_) => Mode::SavedElsewhere,
            None => Mode::SaveElsewhere,
        }
    }
}

/// The file proposed first: `~/atelier-sauvegarde-2026-12-03-0812.json` (UTC time, so that
/// two proposals a minute apart differ), or in the current folder without a home.
pub fn proposed_path(lang: Lang) -> String {
    let stamp = time::OffsetDateTime::now_utc()
        .format(time::macros::format_description!(
            "[year]-[month]-[day]-[hour][minute]"
        ))
        .unwrap_or_default();
    let name = shell::elsewhere_file_name(lang, &stamp);
    match std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        Some(home) => Path::new(&home).join(name).display().to_string(),
        None => name,
    }
}

/// The file a typed path names: `~/` is the home folder, a relative path is from the
/// current folder.
pub fn resolve(typed: &str) -> PathBuf {
    let path = match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(typed),
    };
    std::path::absolute(&path).unwrap_or(path)
}

impl App {
    /// The dialog's actions while "save elsewhere" is open (`error` is why saving failed).
    pub(crate) fn update_save_elsewhere(&mut self, action: Action, error: String) -> Vec<Effect> {
        let Some(state) = self.save_elsewhere.as_mut() else {
            return Vec::new();
        };
        let saved = state.saved.is_some();
        match action {
            Action::Confirm if saved => {
                self.session.overlay = Some(Overlay::QuitFailed { error });
                return vec![Effect::QuitUnsaved];
            }
            Action::Confirm => {
                let path = state.path();
                self.session.overlay = Some(Overlay::QuitFailed { error });
                if path.is_empty() {
                    state.failure = Some(shell::save_elsewhere_failed(
                        self.session.lang,
                        crate::i18n::errors::io_reason(
                            self.session.lang,
                            &std::io::ErrorKind::NotFound.into(),
                        )
                        .as_str(),
                    ));
                    return Vec::new();
                }
                return vec![Effect::SaveElsewhere(path)];
            }
            // Once saved, Esc stays in atelier; before, it goes back to the choice.
            Action::Cancel => {
                self.save_elsewhere = None;
                if !saved {
                    self.session.overlay = Some(Overlay::QuitFailed { error });
                }
            }
            _ => self.session.overlay = Some(Overlay::QuitFailed { error }),
        }
        Vec::new()
    }

    /// A key typed into the path (Enter and Esc are bindings; Tab types nothing).
    pub(crate) fn input_save_elsewhere(&mut self, key: &KeyEvent) {
        if let Some(state) = self.save_elsewhere.as_mut() {
            if !matches!(key.code, KeyCode::Tab | KeyCode::BackTab | KeyCode::Enter) {
                state.field.input(*key);
                state.failure = None;
            }
        }
    }

    /// Text pasted into the path, on one line.
    pub(crate) fn paste_save_elsewhere(&mut self, text: &str) {
        if let Some(state) = self.save_elsewhere.as_mut() {
            state.field.insert_str(text.replace(['\r', '\n'], ""));
            state.failure = None;
        }
    }

    /// What the shell's write of the file gave: where, or why not.
    pub fn saved_elsewhere(&mut self, result: Result<String, String>) {
        let lang = self.session.lang;
        if let Some(state) = self.save_elsewhere.as_mut() {
            match result {
                Ok(path) => {
                    state.failure = None;
                    state.saved = Some(path);
                }
                Err(reason) => state.failure = Some(shell::save_elsewhere_failed(lang, &reason)),
            }
        }
    }
}

/// The dialog's "save elsewhere" state: the field and its outcome, or where it was saved;
/// then the keys of the mode.
pub fn render(app: &App, frame: &mut Frame, body: Rect, state: &SaveElsewhere) {
    let theme = &app.session.theme;
    let lang = app.session.lang;
    let width = body.width.saturating_sub(4).min(76);
    let mut lines = Vec::new();
    match &state.saved {
        Some(path) => lines.push(Line::styled(shell::saved_elsewhere(lang, path), theme.ok)),
        None => {
            lines.push(Line::raw(app.t(Text::Shell(ShellText::SaveElsewhereBody))));
            lines.push(Line::raw(""));
            let text = state.path_with_cursor();
            lines.push(Line::styled(text, theme.accent));
            if let Some(failure) = &state.failure {
                lines.push(Line::raw(""));
                lines.push(Line::styled(failure.clone(), theme.error));
            }
        }
    }
    lines.push(Line::raw(""));
    for binding in keymap::bindings(state.mode()) {
        let keys = binding
            .keys
            .iter()
            .map(keymap::key_label)
            .collect::<Vec<_>>()
            .join(" / ");
        lines.push(Line::from(vec![
            Span::styled(format!("{keys}  "), theme.accent),
            Span::raw(binding.help.get(lang)),
        ]));
    }
    let inner_width = width.saturating_sub(2).max(1);
    let height = wrapped_height(&lines, inner_width) + 2;
    let area = layout::centered(body, width, height);
    frame.render_widget(Clear, area);
    let title = match state.saved {
        Some(_) => ShellText::SavedElsewhereTitle,
        None => ShellText::QuitFailedTitle,
    };
    let title = format!(" {} ", app.t(Text::Shell(title)));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(bordered(app, title, true))
            .style(theme.base),
        area,
    );
}

impl SaveElsewhere {
    /// The path with a bar where the cursor is.
    fn path_with_cursor(&self) -> String {
        let line = self.field.lines().first().cloned().unwrap_or_default();
        let at = self.field.cursor().1;
        let mut text: String = line.chars().take(at).collect();
        text.push('▏');
        text.extend(line.chars().skip(at));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proposed_file_is_dated_in_the_home_folder() {
        let path = proposed_path(Lang::Fr);
        assert!(path.contains("atelier-sauvegarde-"), "{path}");
        assert!(path.ends_with(".json"), "{path}");
        assert!(proposed_path(Lang::En).contains("atelier-backup-"));
    }

    #[test]
    fn a_typed_path_is_made_absolute() {
        assert!(resolve("x.json").is_absolute());
        assert_eq!(resolve("/tmp/a.json"), PathBuf::from("/tmp/a.json"));
    }

    #[test]
    fn the_cursor_shows_where_typing_goes() {
        let mut state = SaveElsewhere::new("/tmp/a.json");
        assert_eq!(state.path_with_cursor(), "/tmp/a.json▏");
        state.field.move_cursor(CursorMove::Head);
        assert_eq!(state.path_with_cursor(), "▏/tmp/a.json");
        assert_eq!(state.mode(), Mode::SaveElsewhere);
        state.saved = Some("/tmp/a.json".into());
        assert_eq!(state.mode(), Mode::SavedElsewhere);
    }
}
