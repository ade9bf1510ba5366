//! Colour themes: the default one, a high-contrast projector theme readable from the back of
//! a room, and a monochrome one when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeName {
    #[default]
    Default,
    Projector,
}

/// The styles the screens use, by role.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selected: Style,
    pub dim: Style,
    pub accent: Style,
    pub key: Style,
    pub ok: Style,
    pub warn: Style,
    pub error: Style,
    pub heading: Style,
}

impl Theme {
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            ThemeName::Default => Theme {
                base: Style::default(),
                title: Style::default()
                    .fg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                border: Style::default().fg(Color::DarkGray),
                border_focused: Style::default().fg(Color::Cyan),
                selected: Style::default()
                    .bg(Color::Blue)
                    .fg(Color::White)
                    .add_modifier(Modifier::BOLD),
                dim: Style::default().fg(Color::DarkGray),
                accent: Style::default().fg(Color::Yellow),
                key: Style::default().fg(Color::Black).bg(Color::Cyan),
                ok: Style::default().fg(Color::Green),
                warn: Style::default().fg(Color::Yellow),
                error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
                heading: Style::default()
                    .fg(Color::Magenta)
                    .add_modifier(Modifier::BOLD),
            },
            ThemeName::Projector => {
                let bold = Modifier::BOLD;
                // Every role bold, light on black or black on light: read from the back of a
                // room (tests/theme.rs checks the contrast of every role).
                Theme {
                    base: Style::default()
                        .fg(Color::White)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    title: Style::default()
                        .fg(Color::Yellow)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    border: Style::default()
                        .fg(Color::White)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    border_focused: Style::default()
                        .fg(Color::Yellow)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    selected: Style::default()
                        .fg(Color::Black)
                        .bg(Color::Yellow)
                        .add_modifier(bold),
                    dim: Style::default()
                        .fg(Color::White)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    accent: Style::default()
                        .fg(Color::Cyan)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    key: Style::default()
                        .fg(Color::Black)
                        .bg(Color::White)
                        .add_modifier(bold),
                    ok: Style::default()
                        .fg(Color::LightGreen)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    warn: Style::default()
                        .fg(Color::Yellow)
                        .bg(Color::Black)
                        .add_modifier(bold),
                    // A light red (xterm 210): pure red on black is only 5.3:1.
                    error: Style::default()
                        .fg(Color::Indexed(210))
                        .bg(Color::Black)
                        .add_modifier(bold),
                    heading: Style::default()
                        .fg(Color::Cyan)
                        .bg(Color::Black)
                        .add_modifier(bold),
                }
            }
        }
    }

    fn monochrome() -> Theme {
        let plain = Style::default();
        Theme {
            base: plain,
            title: plain.add_modifier(Modifier::BOLD),
            border: plain,
            border_focused: plain.add_modifier(Modifier::BOLD),
            selected: plain.add_modifier(Modifier::REVERSED),
            dim: plain,
            accent: plain.add_modifier(Modifier::BOLD),
            key: plain.add_modifier(Modifier::REVERSED),
            ok: plain,
            warn: plain.add_modifier(Modifier::BOLD),
            error: plain.add_modifier(Modifier::BOLD),
            heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }
}
