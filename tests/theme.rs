//! The projector theme is readable from the back of a room: every role is bold and its
//! foreground and background contrast by at least 7:1 (WCAG AAA for normal text), computed
//! with xterm's default palette for the named colours (what most terminals show).

use atelier::tui::theme::{Theme, ThemeName};
use ratatui::style::{Color, Modifier, Style};

fn rgb(color: Color) -> (u8, u8, u8) {
    match color {
        Color::Black => (0, 0, 0),
        Color::Red => (205, 0, 0),
        Color::Green => (0, 205, 0),
        Color::Yellow => (205, 205, 0),
        Color::Blue => (0, 0, 238),
        Color::Magenta => (205, 0, 205),
        Color::Cyan => (0, 205, 205),
        Color::Gray => (229, 229, 229),
        Color::DarkGray => (127, 127, 127),
        Color::LightRed => (255, 0, 0),
        Color::LightGreen => (0, 255, 0),
        Color::LightYellow => (255, 255, 0),
        Color::LightBlue => (92, 92, 255),
        Color::LightMagenta => (255, 0, 255),
        Color::LightCyan => (0, 255, 255),
        Color::White => (255, 255, 255),
        Color::Rgb(r, g, b) => (r, g, b),
        // xterm's 6x6x6 colour cube.
        Color::Indexed(i @ 16..=231) => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let i = i - 16;
            (level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        other => panic!("the projector theme should use named or RGB colours, not {other:?}"),
    }
}

fn luminance(color: Color) -> f64 {
    let (r, g, b) = rgb(color);
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_projector_role_is_bold_and_contrasts_at_least_7_to_1() {
    let theme = Theme::new(ThemeName::Projector, false);
    let roles: [(&str, Style); 12] = [
        ("base", theme.base),
        ("title", theme.title),
        ("border", theme.border),
        ("border_focused", theme.border_focused),
        ("selected", theme.selected),
        ("dim", theme.dim),
        ("accent", theme.accent),
        ("key", theme.key),
        ("ok", theme.ok),
        ("warn", theme.warn),
        ("error", theme.error),
        ("heading", theme.heading),
    ];
    for (name, style) in roles {
        assert!(
            style.add_modifier.contains(Modifier::BOLD),
            "{name} is not bold"
        );
        let fg = style
            .fg
            .unwrap_or_else(|| panic!("{name} has no foreground"));
        let bg = style
            .bg
            .unwrap_or_else(|| panic!("{name} has no background"));
        let ratio = contrast(fg, bg);
        assert!(ratio >= 7.0, "{name}: contrast {ratio:.1}:1 is below 7:1");
    }
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast(Color::White, Color::Black) - 21.0).abs() < 0.01);
    assert!((contrast(Color::Black, Color::Black) - 1.0).abs() < 0.01);
    // Pure red on black is 5.25:1: a default red would fail the projector test.
    assert!((contrast(Color::LightRed, Color::Black) - 5.25).abs() < 0.01);
    assert_eq!(rgb(Color::Indexed(210)), (255, 135, 135));
}
