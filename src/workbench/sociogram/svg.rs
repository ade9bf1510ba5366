//! The sociogram as SVG for `report.html`: the settled layout, departments as node colours,
//! relation types as edge colours and dash patterns with arrowheads, a legend. Every text
//! goes through the report's escaping.

use crate::workbench::html::escape;
use crate::workbench::sociogram::formats::{department_order, Drawing};
use crate::workbench::sociogram::model::{RelationType, Sociogram};
use std::fmt::Write as _;

const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 640.0;
const MARGIN: f64 = 60.0;

/// The drawing, `departments` giving the colour order and `names` the legend's labels.
pub fn sociogram_svg(
    graph: &Sociogram,
    drawing: &Drawing,
    departments: &[(String, String)],
    type_names: &dyn Fn(RelationType) -> String,
) -> String {
    let ids: Vec<String> = departments.iter().map(|(id, _)| id.clone()).collect();
    let order = department_order(&ids, graph);
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in &drawing.positions {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    // The layout fills the canvas less its margin along one axis and is centred along the
    // other (one scale for both: the drawing keeps its shape).
    let (w, h) = ((x1 - x0).max(1e-6), (y1 - y0).max(1e-6));
    let scale = ((WIDTH - 2.0 * MARGIN) / w).min((HEIGHT - 2.0 * MARGIN) / h);
    let (left, top) = ((WIDTH - w * scale) / 2.0, (HEIGHT - h * scale) / 2.0);
    let at = |p: [f64; 2]| (left + (p[0] - x0) * scale, top + (p[1] - y0) * scale);
    let legend_height = 24.0 * (RelationType::ALL.len().max(order.len()) as f64) + 20.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sociogram\" viewBox=\"0 0 {WIDTH} {}\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">\n<defs>\n",
        HEIGHT + legend_height
    );
    for kind in RelationType::ALL {
        let (r, g, b) = kind.rgb();
        let _ = writeln!(
            svg,
            "<marker id=\"arrow-{}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"rgb({r},{g},{b})\"/></marker>",
            kind.as_str()
        );
    }
    svg.push_str("</defs>\n<g class=\"edges\">\n");
    for relation in &graph.relations {
        let (Some(s), Some(t)) = (
            graph.index_of(&relation.source),
            graph.index_of(&relation.target),
        ) else {
            continue;
        };
        if s == t {
            continue;
        }
        let (sx, sy) = at(drawing.positions[s]);
        let (tx, ty) = at(drawing.positions[t]);
        let radius = |i: usize| 5.0 + 1.5 * drawing.metrics.in_degree[i] as f64;
        let (dx, dy) = (tx - sx, ty - sy);
        let d = (dx * dx + dy * dy).sqrt().max(1e-6);
        let (ux, uy) = (dx / d, dy / d);
        let (ex, ey) = (tx - ux * (radius(t) + 2.0), ty - uy * (radius(t) + 2.0));
        let (bx, by) = (sx + ux * radius(s), sy + uy * radius(s));
        let kind = relation.relation_type;
        let (r, g, b) = kind.rgb();
        let dash = match kind.dashes() {
            None => String::new(),
            Some((on, off)) => format!(" stroke-dasharray=\"{} {}\"", on * 2, off * 2),
        };
        let start = if relation.mutual {
            format!(" marker-start=\"url(#arrow-{})\"", kind.as_str())
        } else {
            String::new()
        };
        let _ = writeln!(
            svg,
            "<line x1=\"{bx:.1}\" y1=\"{by:.1}\" x2=\"{ex:.1}\" y2=\"{ey:.1}\" stroke=\"rgb({r},{g},{b})\" stroke-width=\"{}\"{dash} marker-end=\"url(#arrow-{})\"{start}><title>{} → {} ({})</title></line>",
            0.6 + 0.6 * f64::from(relation.intensity),
            kind.as_str(),
            escape(&graph.actors[s].label),
            escape(&graph.actors[t].label),
            escape(&type_names(kind)),
        );
    }
    svg.push_str("</g>\n<g class=\"nodes\">\n");
    for (i, actor) in graph.actors.iter().enumerate() {
        let (x, y) = at(drawing.positions[i]);
        let (r, g, b) = drawing.colours[i];
        let radius = 5.0 + 1.5 * drawing.metrics.in_degree[i] as f64;
        let _ = writeln!(
            svg,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{radius:.1}\" fill=\"rgb({r},{g},{b})\" stroke=\"#222\" stroke-width=\"0.8\"><title>{} ({})</title></circle>\n<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            escape(&actor.label),
            escape(&actor.role),
            y - radius - 3.0,
            escape(&actor.label)
        );
    }
    svg.push_str("</g>\n<g class=\"legend\">\n");
    for (row, kind) in RelationType::ALL.into_iter().enumerate() {
        let y = HEIGHT + 10.0 + 24.0 * row as f64;
        let (r, g, b) = kind.rgb();
        let dash = match kind.dashes() {
            None => String::new(),
            Some((on, off)) => format!(" stroke-dasharray=\"{} {}\"", on * 2, off * 2),
        };
        let _ = writeln!(
            svg,
            "<line x1=\"20\" y1=\"{y}\" x2=\"70\" y2=\"{y}\" stroke=\"rgb({r},{g},{b})\" stroke-width=\"2\"{dash}/><text x=\"80\" y=\"{}\">{}</text>",
            y + 4.0,
            escape(&type_names(kind))
        );
    }
    for (row, department) in order.iter().enumerate() {
        let y = HEIGHT + 10.0 + 24.0 * row as f64;
        let (r, g, b) = crate::workbench::sociogram::formats::PALETTE
            [row % crate::workbench::sociogram::formats::PALETTE.len()];
        let name = departments
            .iter()
            .find(|(id, _)| id == department)
            .map_or(department.as_str(), |(_, name)| name.as_str());
        let _ = writeln!(
            svg,
            "<circle cx=\"330\" cy=\"{y}\" r=\"6\" fill=\"rgb({r},{g},{b})\"/><text x=\"342\" y=\"{}\">{}</text>",
            y + 4.0,
            escape(name)
        );
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;

    #[test]
    fn svg_is_well_formed_with_one_circle_per_actor_and_escaped_text() {
        let case = crate::case::Case::embedded_default();
        let mut graph = Sociogram::from_case(&case.organisation);
        graph.actors[0].label = "<script>alert(1)</script> & co".into();
        let departments: Vec<(String, String)> = case
            .organisation
            .departments
            .iter()
            .map(|d| (d.id.clone(), d.name.clone()))
            .collect();
        let ids: Vec<String> = departments.iter().map(|(id, _)| id.clone()).collect();
        let drawing = Drawing::new(&graph, &ids);
        let names = |k: RelationType| k.as_str().to_string();
        let svg = sociogram_svg(&graph, &drawing, &departments, &names);
        assert!(!svg.contains("<script>"));
        let mut reader = quick_xml::Reader::from_str(&svg);
        let (mut circles, mut lines, mut markers) = (0, 0, 0);
        loop {
            match reader.read_event().expect("well-formed SVG") {
                Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                    b"circle" => circles += 1,
                    b"line" => lines += 1,
                    b"marker" => markers += 1,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        // Actors plus the department legend; relations plus the type legend.
        assert_eq!(
            circles,
            graph.actors.len() + case.organisation.departments.len()
        );
        assert_eq!(lines, graph.relations.len() + RelationType::ALL.len());
        assert_eq!(markers, RelationType::ALL.len());
    }

    #[test]
    fn the_drawing_fills_its_canvas() {
        let case = crate::case::Case::embedded_default();
        let graph = Sociogram::from_case(&case.organisation);
        let drawing = Drawing::new(&graph, &[]);
        let names = |k: RelationType| k.as_str().to_string();
        let svg = sociogram_svg(&graph, &drawing, &[], &names);
        let nodes = svg
            .split("<g class=\"nodes\">")
            .nth(1)
            .unwrap()
            .split("</g>")
            .next()
            .unwrap();
        let attr = |tag: &str, name: &str| -> f64 {
            let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            tag[at..].split('"').next().unwrap().parse().unwrap()
        };
        let circles: Vec<(f64, f64)> = nodes
            .split("<circle")
            .skip(1)
            .map(|tag| (attr(tag, "cx"), attr(tag, "cy")))
            .collect();
        assert_eq!(circles.len(), graph.actors.len());
        let min_max = |values: Vec<f64>| {
            values
                .iter()
                .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
        };
        let (x0, x1) = min_max(circles.iter().map(|c| c.0).collect());
        let (y0, y1) = min_max(circles.iter().map(|c| c.1).collect());
        let near = |a: f64, b: f64| (a - b).abs() <= 0.1;
        let spans_x = near(x0, MARGIN) && near(x1, WIDTH - MARGIN);
        let spans_y = near(y0, MARGIN) && near(y1, HEIGHT - MARGIN);
        assert!(spans_x || spans_y, "x {x0}..{x1}, y {y0}..{y1}");
        // Centred along the other axis.
        assert!(near((x0 + x1) / 2.0, WIDTH / 2.0), "x {x0}..{x1}");
        assert!(near((y0 + y1) / 2.0, HEIGHT / 2.0), "y {y0}..{y1}");
    }
}
