//! Drawing of the A1 workbench: the editor (line numbers, Python colours, the error line
//! highlighted), the results of the last run (tests with expected and got, output, error)
//! and the sketch on a braille canvas. Reads the `CodeState` and a `BenchView` only.

use crate::case::Exercise;
use crate::i18n::{Lang, Text};
use crate::runner::sketch::{Frame as SketchFrame, ShapeKind};
use crate::workbench::code::model::RunStatus;
use crate::workbench::code::text as messages;
use crate::workbench::code::text::CodeText;
use crate::workbench::code::update::{time_limit_of, CodeFile, CodeState};
use crate::workbench::screen::bench_cx::BenchView;
use crate::workbench::screen::panels::bordered_with;
use crate::workbench::screen::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Circle, Line as CanvasLine, Points, Rectangle};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];
const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "dict",
    "enumerate",
    "float",
    "int",
    "isinstance",
    "len",
    "list",
    "map",
    "max",
    "min",
    "open",
    "print",
    "range",
    "round",
    "set",
    "sorted",
    "str",
    "sum",
    "tuple",
    "zip",
    "ValueError",
    "TypeError",
    "KeyError",
    "Exception",
];

/// The kind of a piece of Python source, for colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Plain,
    Keyword,
    Builtin,
    Str,
    Number,
    Comment,
}

/// Splits one line of Python into coloured pieces; `in_triple` carries an open
/// triple-quoted string from line to line.
pub fn highlight_line(line: &str, in_triple: &mut Option<&'static str>) -> Vec<(Token, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<(Token, String)> = Vec::new();
    let mut i = 0;
    let push = |out: &mut Vec<(Token, String)>, token, text: String| {
        if let Some(last) = out.last_mut() {
            if last.0 == token {
                last.1.push_str(&text);
                return;
            }
        }
        out.push((token, text));
    };
    while i < chars.len() {
        if let Some(quote) = *in_triple {
            let rest: String = chars[i..].iter().collect();
            match rest.find(quote) {
                Some(end) => {
                    let end_chars = rest[..end].chars().count() + 3;
                    push(
                        &mut out,
                        Token::Str,
                        chars[i..i + end_chars].iter().collect(),
                    );
                    i += end_chars;
                    *in_triple = None;
                }
                None => {
                    push(&mut out, Token::Str, rest);
                    i = chars.len();
                }
            }
            continue;
        }
        let c = chars[i];
        if c == '#' {
            push(&mut out, Token::Comment, chars[i..].iter().collect());
            break;
        }
        if c == '"' || c == '\'' {
            let triple = if c == '"' { "\"\"\"" } else { "'''" };
            let rest: String = chars[i..].iter().collect();
            if rest.starts_with(triple) {
                *in_triple = Some(triple);
                push(&mut out, Token::Str, triple.to_string());
                i += 3;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            push(&mut out, Token::Str, chars[i..end].iter().collect());
            i = end;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric() || chars[j] == '.' || chars[j] == '_')
            {
                j += 1;
            }
            push(&mut out, Token::Number, chars[i..j].iter().collect());
            i = j;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            // f"..." and r"..." prefixes belong to the string that follows.
            let token = if KEYWORDS.contains(&word.as_str()) {
                Token::Keyword
            } else if BUILTINS.contains(&word.as_str()) {
                Token::Builtin
            } else {
                Token::Plain
            };
            push(&mut out, token, word);
            i = j;
            continue;
        }
        push(&mut out, Token::Plain, c.to_string());
        i += 1;
    }
    out
}

/// NO_COLOR: the monochrome theme sets no colours at all.
fn monochrome(view: &BenchView) -> bool {
    view.theme.accent.fg.is_none() && view.theme.error.fg.is_none()
}

fn token_style(view: &BenchView, token: Token) -> Style {
    if monochrome(view) {
        return match token {
            Token::Keyword => Style::new().add_modifier(Modifier::BOLD),
            Token::Comment => Style::new().add_modifier(Modifier::ITALIC),
            _ => Style::new(),
        };
    }
    match token {
        Token::Plain => Style::new(),
        Token::Keyword => Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        Token::Builtin => Style::new().fg(Color::Cyan),
        Token::Str => Style::new().fg(Color::Green),
        Token::Number => Style::new().fg(Color::Yellow),
        Token::Comment => view.theme.dim.add_modifier(Modifier::ITALIC),
    }
}

/// The brief's extra part for a code exercise: the task statement.
pub fn task_lines<'a>(lang: Lang, theme: &Theme, exercise: &'a Exercise) -> Vec<Line<'a>> {
    let Some(task) = exercise.config.get("task").and_then(|t| t.as_str()) else {
        return Vec::new();
    };
    let mut lines = vec![
        Line::raw(""),
        Line::styled(Text::Code(CodeText::CodeTask).get(lang), theme.heading),
    ];
    lines.extend(crate::workbench::screen::panels::markdown_lines_with(
        theme, task,
    ));
    lines
}

/// The A1 panel: file tabs, the editor, the results.
pub fn render(code: &CodeState, view: &BenchView, frame: &mut Frame, area: Rect) {
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    render_head(view, frame, head, code);
    let [editor, results] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(body);
    render_editor(view, frame, editor, code);
    match code.file {
        CodeFile::Program => render_results(view, frame, results, code),
        CodeFile::Sketch => render_sketch(view, frame, results, code),
    }
}

fn render_head(view: &BenchView, frame: &mut Frame, area: Rect, code: &CodeState) {
    let mut spans = Vec::new();
    for file in [CodeFile::Program, CodeFile::Sketch] {
        let style = if file == code.file {
            view.theme.selected
        } else {
            view.theme.dim
        };
        spans.push(Span::styled(format!(" {} ", file.name()), style));
        spans.push(Span::raw(" "));
    }
    if code.running.is_some() {
        const SPINNER: [&str; 4] = ["◐", "◓", "◑", "◒"];
        spans.push(Span::styled(
            format!(
                " {} {}… ({})",
                SPINNER[(code.ticks % 4) as usize],
                view.t(Text::Code(CodeText::CodeRunning)),
                view.t(Text::Code(CodeText::CodeCancelHint))
            ),
            view.theme.warn,
        ));
    } else {
        let hint = if code.read_only {
            view.t(Text::Code(CodeText::CodeReviewHint))
        } else if code.editing {
            view.t(Text::Code(CodeText::CodeEditingHint))
        } else {
            view.t(Text::Code(CodeText::CodeViewHint))
        };
        spans.push(Span::styled(format!(" {hint}"), view.theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_editor(view: &BenchView, frame: &mut Frame, area: Rect, code: &CodeState) {
    let block = bordered_with(view.theme, format!(" {} ", code.file.name()), code.editing);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let editor = code.editor();
    let lines = editor.lines();
    let cursor = editor.cursor();
    let (cursor_row, cursor_col) = (cursor.0, cursor.1);
    let height = usize::from(inner.height.max(1));
    let top = if code.read_only {
        code.top.min(lines.len().saturating_sub(1))
    } else {
        cursor_row.saturating_sub(height - 1)
    };
    let width = lines.len().to_string().len().max(2);
    // Long lines scroll sideways to keep the cursor in view.
    let text_width = usize::from(inner.width).saturating_sub(width + 1).max(1);
    let left = if code.editing {
        cursor_col.saturating_sub(text_width - 1)
    } else {
        0
    };
    let error_row = code
        .error_line
        .filter(|(file, _)| *file == code.file)
        .map(|(_, line)| (line as usize).saturating_sub(1));
    let mut in_triple = None;
    let mut rendered = Vec::new();
    for (row, text) in lines.iter().enumerate() {
        let pieces = highlight_line(text, &mut in_triple);
        if row < top || row >= top + height {
            continue;
        }
        let is_error = error_row == Some(row);
        let number_style = if is_error {
            view.theme.error.add_modifier(Modifier::REVERSED)
        } else {
            view.theme.dim
        };
        let mut spans = vec![Span::styled(format!("{:>width$} ", row + 1), number_style)];
        let mut col = 0;
        // Characters of one style go into one span.
        let mut run = String::new();
        let mut run_style = Style::new();
        for (token, piece) in pieces {
            let mut style = token_style(view, token);
            if is_error {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            for ch in piece.chars() {
                if col >= left {
                    let mut ch_style = style;
                    if code.editing && row == cursor_row && col == cursor_col {
                        ch_style = ch_style.add_modifier(Modifier::REVERSED);
                    }
                    if ch_style != run_style && !run.is_empty() {
                        spans.push(Span::styled(std::mem::take(&mut run), run_style));
                    }
                    run_style = ch_style;
                    run.push(ch);
                }
                col += 1;
            }
        }
        if !run.is_empty() {
            spans.push(Span::styled(run, run_style));
        }
        if code.editing && row == cursor_row && cursor_col >= col {
            spans.push(Span::styled(
                " ",
                Style::new().add_modifier(Modifier::REVERSED),
            ));
        }
        rendered.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(rendered), inner);
}

fn status_style(view: &BenchView, status: RunStatus) -> Style {
    match status {
        RunStatus::Passed => view.theme.ok,
        RunStatus::Failed => view.theme.warn,
        _ => view.theme.error,
    }
}

fn render_results(view: &BenchView, frame: &mut Frame, area: Rect, code: &CodeState) {
    let block = bordered_with(
        view.theme,
        format!(" {} ", view.t(Text::Code(CodeText::CodeTests))),
        false,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(report) = &code.report else {
        frame.render_widget(
            Paragraph::new(view.t(Text::Code(if code.read_only {
                CodeText::CodeNotRunReview
            } else {
                CodeText::CodeNotRun
            })))
            .style(view.theme.dim)
            .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    let time_limit = time_limit_of(view.case, &view.exercise.id);
    let mut lines = vec![Line::styled(
        format!(
            "{} · {} ms",
            messages::status_message(view.lang, report, time_limit),
            report.duration_ms
        ),
        status_style(view, report.status).add_modifier(Modifier::BOLD),
    )];
    let current = view
        .answer()
        .and_then(|a| a.code.as_ref())
        .is_some_and(|c| c.current_run().is_some());
    if !current {
        lines.push(Line::styled(
            view.t(Text::Code(if code.read_only {
                CodeText::CodeStaleReview
            } else {
                CodeText::CodeStale
            })),
            view.theme.warn,
        ));
    }
    for test in &report.tests {
        let (mark, style) = if test.passed {
            ("✓", view.theme.ok)
        } else {
            ("✗", view.theme.error)
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} "), style),
            Span::raw(test.name.clone()),
        ]));
        if !test.passed {
            lines.push(Line::styled(
                format!("    {}", messages::test_message(view.lang, test)),
                view.theme.dim,
            ));
        }
    }
    if let Some(error) = &report.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("{}: {}", error.kind, error.message),
            view.theme.error,
        ));
        // The end of the traceback: where it happened, with the line of code.
        let trace: Vec<&str> = error.traceback.lines().collect();
        for line in trace.iter().skip(trace.len().saturating_sub(4)) {
            lines.push(Line::styled(line.to_string(), view.theme.dim));
        }
    }
    if !report.stdout.is_empty() || !report.stderr.trim().is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            view.t(Text::Code(CodeText::CodeOutput)),
            view.theme.heading,
        ));
        for line in report.stdout.lines().take(20) {
            lines.push(Line::raw(line.to_string()));
        }
        for line in report
            .stderr
            .lines()
            .rev()
            .take(8)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            lines.push(Line::styled(line.to_string(), view.theme.error));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn render_sketch(view: &BenchView, frame: &mut Frame, area: Rect, code: &CodeState) {
    let block = bordered_with(view.theme, " py5 ", false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(run) = &code.sketch_run else {
        frame.render_widget(
            Paragraph::new(view.t(Text::Code(if code.read_only {
                CodeText::SketchNotRunReview
            } else {
                CodeText::SketchNotRun
            })))
            .style(view.theme.dim)
            .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    let [canvas_area, info] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(2)]).areas(inner);
    if let Some(sketch_frame) = run.frames.get(code.frame).or(run.frames.last()) {
        frame.render_widget(sketch_canvas(sketch_frame, monochrome(view)), canvas_area);
    }
    let text = match &run.error {
        Some(error) => Line::styled(
            format!(
                "{}{}: {}",
                error.line.map(|l| format!("L{l} ")).unwrap_or_default(),
                error.kind,
                error.message
            ),
            view.theme.error,
        ),
        None => Line::styled(
            format!(
                "{} {}/{}",
                view.t(Text::Code(CodeText::SketchFrame)),
                code.frame + 1,
                run.frames.len()
            ),
            view.theme.dim,
        ),
    };
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), info);
}

fn rgb(c: Option<[u8; 4]>, no_color: bool) -> Option<Color> {
    c.map(|[r, g, b, _]| {
        if no_color {
            Color::Reset
        } else {
            Color::Rgb(r, g, b)
        }
    })
}

/// A sketch frame on a braille canvas (y flipped: the sketch's origin is top left).
pub fn sketch_canvas(sketch: &SketchFrame, no_color: bool) -> impl ratatui::widgets::Widget + '_ {
    let (w, h) = (f64::from(sketch.width), f64::from(sketch.height));
    Canvas::default()
        .marker(ratatui::symbols::Marker::Braille)
        .x_bounds([0.0, w])
        .y_bounds([0.0, h])
        .paint(move |ctx| {
            for shape in &sketch.commands {
                let c = |i: usize| shape.coords.get(i).copied().unwrap_or(0.0);
                let colour = rgb(shape.stroke.or(shape.fill), no_color).unwrap_or(Color::Reset);
                let fill = rgb(shape.fill, no_color);
                match shape.shape {
                    ShapeKind::Background => {}
                    ShapeKind::Rect => {
                        let (x, y, rw, rh) = (c(0), c(1), c(2), c(3));
                        let colour = fill.unwrap_or(colour);
                        if shape.fill.is_some() {
                            // Filled: horizontal lines, one per braille dot row.
                            let steps = ((rh.abs() / h) * 160.0).ceil().max(1.0) as usize;
                            for k in 0..=steps {
                                let yy = y + rh * k as f64 / steps as f64;
                                ctx.draw(&CanvasLine::new(x, h - yy, x + rw, h - yy, colour));
                            }
                        } else {
                            ctx.draw(&Rectangle::new(x, h - y - rh, rw, rh, colour));
                        }
                    }
                    ShapeKind::Ellipse => {
                        let r = (c(2) + c(3)) / 4.0;
                        ctx.draw(&Circle::new(c(0), h - c(1), r, fill.unwrap_or(colour)));
                    }
                    ShapeKind::Line => {
                        ctx.draw(&CanvasLine::new(c(0), h - c(1), c(2), h - c(3), colour))
                    }
                    ShapeKind::Point => ctx.draw(&Points::new(&[(c(0), h - c(1))], colour)),
                    ShapeKind::Triangle => {
                        let p = [(c(0), c(1)), (c(2), c(3)), (c(4), c(5))];
                        for k in 0..3 {
                            let (a, b) = (p[k], p[(k + 1) % 3]);
                            ctx.draw(&CanvasLine::new(a.0, h - a.1, b.0, h - b.1, colour));
                        }
                    }
                    ShapeKind::Text => {
                        if let Some(text) = &shape.text {
                            ctx.print(
                                c(0),
                                h - c(1),
                                Span::styled(
                                    text.clone(),
                                    Style::new().fg(fill.unwrap_or(Color::Reset)),
                                ),
                            );
                        }
                    }
                }
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_lines_are_coloured_by_kind() {
        let mut state = None;
        let pieces = highlight_line("def f(x):  # calcule", &mut state);
        assert_eq!(pieces[0], (Token::Keyword, "def".to_string()));
        assert_eq!(
            pieces.last().unwrap(),
            &(Token::Comment, "# calcule".to_string())
        );
        let pieces = highlight_line("    return len('a#b') + 42", &mut state);
        assert!(pieces.contains(&(Token::Builtin, "len".to_string())));
        assert!(pieces.contains(&(Token::Str, "'a#b'".to_string())));
        assert!(pieces.contains(&(Token::Number, "42".to_string())));
        // A docstring over several lines stays a string.
        highlight_line("\"\"\"Début", &mut state);
        assert!(state.is_some());
        let pieces = highlight_line("def pas_un_mot_clé\"\"\" + 1", &mut state);
        assert_eq!(pieces[0].0, Token::Str);
        assert!(state.is_none());
    }
}
