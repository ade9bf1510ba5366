//! The A1 Processing sketch: `sketch.py` written in py5's imported mode (`setup()`,
//! `draw()`, `size`, `background`, `fill`, `rect`...). It runs in the same sandboxed
//! worker as the program; the worker's py5 subset records each frame as a list of shapes,
//! which the TUI animates on a braille canvas and which [`frame_to_svg`] turns into the
//! SVG that goes into the bundle.

use crate::runner::process::{run_worker, Ending, WorkerOutcome};
use crate::runner::{Limits, PyError, RunStatus};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::sync::atomic::AtomicBool;

/// An RGBA colour.
pub type Rgba = [u8; 4];

/// One drawing command of a frame, in sketch pixels (origin top left, y down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    pub shape: ShapeKind,
    pub coords: Vec<f64>,
    pub fill: Option<Rgba>,
    pub stroke: Option<Rgba>,
    #[serde(default)]
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShapeKind {
    Background,
    Rect,
    Ellipse,
    Line,
    Point,
    Triangle,
    Text,
}

/// One frame: the canvas size and what is on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub n: u64,
    pub width: u32,
    pub height: u32,
    pub commands: Vec<Shape>,
}

/// The result of running a sketch.
#[derive(Debug, Clone, PartialEq)]
pub struct SketchRun {
    /// `Passed` when it ran without error (a sketch has no tests).
    pub status: RunStatus,
    pub frames: Vec<Frame>,
    pub error: Option<PyError>,
    pub stdout: String,
    pub stderr: String,
}

impl SketchRun {
    /// The frame exported to SVG: the last one computed.
    pub fn export_frame(&self) -> Option<&Frame> {
        self.frames.last()
    }
}

/// Runs `source` as a py5 sketch: `setup()` once, `draw()` up to
/// [`crate::runner::SKETCH_FRAMES`] times (once after `no_loop()`).
pub fn run_sketch(source: &str, limits: &Limits, cancel: &AtomicBool) -> SketchRun {
    let request = serde_json::json!({
        "mode": "sketch",
        "source": source,
        "output_cap": limits.output_cap,
        "max_frames": crate::runner::SKETCH_FRAMES,
        "max_commands": crate::runner::SKETCH_MAX_SHAPES,
    });
    judge_sketch(run_worker(&request, limits, cancel))
}

fn judge_sketch(outcome: WorkerOutcome) -> SketchRun {
    let frames: Vec<Frame> = outcome
        .of_type("frame")
        .filter_map(|m| serde_json::from_value(m.clone()).ok())
        .collect();
    let analysis_error = outcome
        .of_type("analysis")
        .next()
        .and_then(|a| serde_json::from_value::<PyError>(a["syntax_error"].clone()).ok());
    let main = outcome.of_type("main").next();
    let error = main.and_then(|m| serde_json::from_value::<PyError>(m["error"].clone()).ok());
    let status = match &outcome.ending {
        Ending::TimedOut | Ending::Cancelled => RunStatus::Timeout,
        _ if analysis_error.is_some() => RunStatus::SyntaxError,
        _ if outcome.of_type("memory").next().is_some()
            || error.as_ref().is_some_and(|e| e.kind == "MemoryError") =>
        {
            RunStatus::MemoryExceeded
        }
        Ending::Exited(0) if outcome.finished() => {
            if error.is_some() {
                RunStatus::RuntimeError
            } else {
                RunStatus::Passed
            }
        }
        _ => RunStatus::Crashed,
    };
    let text = |key: &str| {
        main.and_then(|m| m[key].as_str())
            .unwrap_or_default()
            .to_string()
    };
    let mut stderr = text("stderr");
    stderr.push_str(&outcome.stderr);
    SketchRun {
        status,
        frames,
        error: analysis_error.or(error),
        stdout: text("stdout"),
        stderr,
    }
}

fn colour(c: Option<Rgba>) -> String {
    match c {
        None => "none".to_string(),
        Some([r, g, b, _]) => format!("#{r:02x}{g:02x}{b:02x}"),
    }
}

fn opacity(attr: &str, c: Option<Rgba>) -> String {
    match c {
        Some([_, _, _, a]) if a < 255 => format!(" {attr}-opacity=\"{:.3}\"", f64::from(a) / 255.0),
        _ => String::new(),
    }
}

fn paint(shape: &Shape) -> String {
    let mut attrs = format!(
        "fill=\"{}\"{} stroke=\"{}\"{}",
        colour(shape.fill),
        opacity("fill", shape.fill),
        colour(shape.stroke),
        opacity("stroke", shape.stroke)
    );
    if shape.stroke.is_some() {
        let _ = write!(attrs, " stroke-width=\"{}\"", num(shape.weight));
    }
    attrs
}

fn num(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One frame as a standalone SVG document (also valid inline in HTML).
pub fn frame_to_svg(frame: &Frame) -> String {
    let (w, h) = (frame.width, frame.height);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n"
    );
    for shape in &frame.commands {
        let c = |i: usize| num(shape.coords.get(i).copied().unwrap_or(0.0));
        let line = match shape.shape {
            ShapeKind::Background => format!(
                "<rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{}\"{}/>",
                colour(shape.fill),
                opacity("fill", shape.fill)
            ),
            ShapeKind::Rect => format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>",
                c(0),
                c(1),
                c(2),
                c(3),
                paint(shape)
            ),
            ShapeKind::Ellipse => format!(
                "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\" {}/>",
                c(0),
                c(1),
                num(shape.coords.get(2).copied().unwrap_or(0.0) / 2.0),
                num(shape.coords.get(3).copied().unwrap_or(0.0) / 2.0),
                paint(shape)
            ),
            ShapeKind::Line => format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"{} stroke-width=\"{}\"/>",
                c(0),
                c(1),
                c(2),
                c(3),
                colour(shape.stroke),
                opacity("stroke", shape.stroke),
                num(shape.weight)
            ),
            ShapeKind::Point => format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"{}/>",
                c(0),
                c(1),
                num((shape.weight / 2.0).max(0.5)),
                colour(shape.stroke),
                opacity("fill", shape.stroke)
            ),
            ShapeKind::Triangle => format!(
                "<polygon points=\"{},{} {},{} {},{}\" {}/>",
                c(0),
                c(1),
                c(2),
                c(3),
                c(4),
                c(5),
                paint(shape)
            ),
            ShapeKind::Text => format!(
                "<text x=\"{}\" y=\"{}\" font-family=\"sans-serif\" font-size=\"{}\" fill=\"{}\"{}>{}</text>",
                c(0),
                c(1),
                num(shape.size.unwrap_or(12.0)),
                colour(shape.fill.or(Some([0, 0, 0, 255]))),
                opacity("fill", shape.fill),
                escape(shape.text.as_deref().unwrap_or_default())
            ),
        };
        svg.push_str("  ");
        svg.push_str(&line);
        svg.push('\n');
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(kind: ShapeKind, coords: &[f64]) -> Shape {
        Shape {
            shape: kind,
            coords: coords.to_vec(),
            fill: Some([76, 140, 74, 255]),
            stroke: None,
            weight: 1.0,
            text: None,
            size: None,
        }
    }

    fn frame(commands: Vec<Shape>) -> Frame {
        Frame {
            n: 1,
            width: 800,
            height: 450,
            commands,
        }
    }

    #[test]
    fn rect_and_background_become_svg_rects() {
        let mut bg = shape(ShapeKind::Background, &[]);
        bg.fill = Some([250, 248, 240, 255]);
        let svg = frame_to_svg(&frame(vec![
            bg,
            shape(ShapeKind::Rect, &[68.0, 90.5, 70.0, 300.0]),
        ]));
        assert!(svg
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"450\""));
        assert!(
            svg.contains("<rect x=\"0\" y=\"0\" width=\"800\" height=\"450\" fill=\"#faf8f0\"/>")
        );
        assert!(svg.contains(
            "<rect x=\"68\" y=\"90.5\" width=\"70\" height=\"300\" fill=\"#4c8c4a\" stroke=\"none\"/>"
        ));
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn circle_is_an_ellipse_with_half_diameters_and_stroke() {
        let mut c = shape(ShapeKind::Ellipse, &[100.0, 50.0, 40.0, 40.0]);
        c.fill = None;
        c.stroke = Some([255, 0, 0, 128]);
        c.weight = 3.0;
        let svg = frame_to_svg(&frame(vec![c]));
        assert!(svg.contains(
            "<ellipse cx=\"100\" cy=\"50\" rx=\"20\" ry=\"20\" fill=\"none\" stroke=\"#ff0000\" stroke-opacity=\"0.502\" stroke-width=\"3\"/>"
        ), "{svg}");
    }

    #[test]
    fn lines_triangles_points_and_text() {
        let mut l = shape(ShapeKind::Line, &[0.0, 0.0, 10.0, 20.0]);
        l.stroke = Some([0, 0, 0, 255]);
        let mut p = shape(ShapeKind::Point, &[5.0, 5.0]);
        p.stroke = Some([0, 0, 255, 255]);
        p.weight = 4.0;
        let t = shape(ShapeKind::Triangle, &[0.0, 10.0, 5.0, 0.0, 10.0, 10.0]);
        let mut txt = shape(ShapeKind::Text, &[10.0, 30.0]);
        txt.text = Some("CA <2025> & co".into());
        txt.size = Some(16.0);
        let svg = frame_to_svg(&frame(vec![l, p, t, txt]));
        assert!(svg.contains(
            "<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"20\" stroke=\"#000000\" stroke-width=\"1\"/>"
        ));
        assert!(svg.contains("<circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"#0000ff\"/>"));
        assert!(svg.contains("<polygon points=\"0,10 5,0 10,10\""));
        assert!(svg.contains(">CA &lt;2025&gt; &amp; co</text>"));
        assert!(svg.contains("font-size=\"16\""));
    }
}
