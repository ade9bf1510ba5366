//! The world map (A3) as SVG (coastlines, markers, links, title, legend, recommendations;
//! sized for an A4 landscape page), as CSV (the actors, for a spreadsheet) and as Markdown.
//!
//! The coastlines are ratatui's own world map (the `Map` shape of its canvas, public domain
//! Natural Earth data): its point table is private, so it is read back once by drawing the
//! shape on a large braille canvas and decoding the dots, at half a degree of resolution.

use crate::case::Exercise;
use crate::i18n::{Lang, Text};
use crate::workbench::labels::Rect as LabelBox;
use crate::workbench::mindmap::formats::{one_line, xml_text};
use crate::workbench::worldmap::marker_labels::marker_labels;
use crate::workbench::worldmap::model::{LinkKind, WorldMap};
use crate::workbench::worldmap::text::WorldmapText;
use crate::workspace::Answer;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::widgets::canvas::{Canvas, Map, MapResolution};
use ratatui::widgets::Widget;
use std::fmt::Write;
use std::sync::OnceLock;

const COLS: u16 = 360;
const ROWS: u16 = 90;

/// Coastline points as (longitude, latitude), from ratatui's high-resolution world map.
pub fn coastline() -> &'static [(f64, f64)] {
    static POINTS: OnceLock<Vec<(f64, f64)>> = OnceLock::new();
    POINTS.get_or_init(|| {
        let area = Rect::new(0, 0, COLS, ROWS);
        let mut buffer = Buffer::empty(area);
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([-180.0, 180.0])
            .y_bounds([-90.0, 90.0])
            .paint(|ctx| {
                ctx.draw(&Map {
                    resolution: MapResolution::High,
                    ..Map::default()
                })
            })
            .render(area, &mut buffer);
        // Braille dots: bit -> (column, row) inside the 2x4 cell.
        const DOTS: [(u16, u16); 8] = [
            (0, 0),
            (0, 1),
            (0, 2),
            (1, 0),
            (1, 1),
            (1, 2),
            (0, 3),
            (1, 3),
        ];
        let (w, h) = (f64::from(COLS * 2), f64::from(ROWS * 4));
        let mut points = Vec::new();
        for y in 0..ROWS {
            for x in 0..COLS {
                let Some(c) = buffer[(x, y)].symbol().chars().next() else {
                    continue;
                };
                let bits = (c as u32).wrapping_sub(0x2800);
                if bits == 0 || bits > 0xff {
                    continue;
                }
                for (bit, (dx, dy)) in DOTS.iter().enumerate() {
                    if bits & (1 << bit) != 0 {
                        let px = f64::from(x * 2 + dx) + 0.5;
                        let py = f64::from(y * 4 + dy) + 0.5;
                        points.push((px / w * 360.0 - 180.0, 90.0 - py / h * 180.0));
                    }
                }
            }
        }
        points
    })
}

const MAP_W: f64 = 1000.0;
const MAP_H: f64 = 500.0;
const TOP: f64 = 70.0;
const SIDE: f64 = 20.0;

fn project(lat: f64, lon: f64) -> (f64, f64) {
    (
        SIDE + (lon + 180.0) / 360.0 * MAP_W,
        TOP + (90.0 - lat) / 180.0 * MAP_H,
    )
}

fn link_style(kind: LinkKind) -> (&'static str, &'static str, bool) {
    // (colour, dash pattern, arrow at the end)
    match kind {
        LinkKind::Flow => ("#333333", "", true),
        LinkKind::Dependency => ("#333333", "7,4", true),
        LinkKind::Conflict => ("#C00000", "2,3", false),
    }
}

pub fn link_kind_label(kind: LinkKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (LinkKind::Flow, Lang::Fr) => "flux",
        (LinkKind::Flow, Lang::En) => "flow",
        (LinkKind::Dependency, Lang::Fr) => "dépendance",
        (LinkKind::Dependency, Lang::En) => "dependency",
        (LinkKind::Conflict, Lang::Fr) => "conflit",
        (LinkKind::Conflict, Lang::En) => "conflict",
    }
}

/// Splits a text into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The map as a standalone SVG document (also embedded in the HTML report).
pub fn svg(exercise: &Exercise, answer: &Answer, lang: Lang) -> String {
    let empty = WorldMap::default();
    let map = answer.map.as_ref().unwrap_or(&empty);
    render_svg(map, &exercise.id, lang)
}

pub fn render_svg(map: &WorldMap, exercise_id: &str, lang: Lang) -> String {
    let title = if map.title.trim().is_empty() {
        exercise_id.to_string()
    } else {
        map.title.trim().to_string()
    };
    // Under the map, three columns: the legend, the numbered actors, the recommendations.
    let mut legend: Vec<(String, Vec<String>)> = map
        .legend
        .iter()
        .map(|c| {
            let mark = format!(
                "<tspan fill=\"{}\" font-size=\"14\">{}</tspan> ",
                xml_text(&c.colour),
                xml_text(&c.symbol)
            );
            (mark, wrap(&c.name, 44))
        })
        .collect();
    for kind in LinkKind::ALL {
        legend.push((
            format!("@{}", kind.as_str()),
            vec![link_kind_label(kind, lang).to_string()],
        ));
    }
    let actors: Vec<(String, Vec<String>)> = map
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                format!("<tspan font-weight=\"bold\">{}</tspan> ", i + 1),
                wrap(&a.name, 40),
            )
        })
        .collect();
    let recommendations: Vec<(String, Vec<String>)> = map
        .recommendations
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let numbers: Vec<String> = map
                .actors
                .iter()
                .enumerate()
                .filter(|(_, a)| r.actors.contains(&a.id))
                .map(|(n, _)| (n + 1).to_string())
                .collect();
            let text = if numbers.is_empty() {
                r.text.clone()
            } else {
                format!("{} (→ {})", r.text, numbers.join(", "))
            };
            (
                format!("<tspan font-weight=\"bold\">{}.</tspan> ", i + 1),
                wrap(&text, 46),
            )
        })
        .collect();
    let rows = |items: &[(String, Vec<String>)]| items.iter().map(|(_, l)| l.len()).sum::<usize>();
    let below = rows(&legend).max(rows(&actors)).max(rows(&recommendations)) as f64 * LINE + 50.0;
    let width = MAP_W + 2.0 * SIDE;
    let height = TOP + MAP_H + below;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"{}\">",
        xml_text(&title)
    );
    out.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/></marker></defs>\n");
    out.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (i, line) in wrap(&title, 88).iter().take(2).enumerate() {
        let _ = writeln!(
            out,
            "<text x=\"{SIDE}\" y=\"{}\" font-size=\"18\" font-weight=\"bold\">{}</text>",
            26.0 + i as f64 * 22.0,
            xml_text(line)
        );
    }
    // The base map: ocean, graticule, coastlines.
    let _ = writeln!(
        out,
        "<rect x=\"{SIDE}\" y=\"{TOP}\" width=\"{MAP_W}\" height=\"{MAP_H}\" fill=\"#F4F8FB\" stroke=\"#999999\"/>"
    );
    out.push_str("<g stroke=\"#DDE5EC\" stroke-width=\"0.6\">");
    for lon in (-150..=150).step_by(30) {
        let (x, _) = project(0.0, f64::from(lon));
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{}\"/>",
            TOP + MAP_H
        );
    }
    for lat in (-60..=60).step_by(30) {
        let (_, y) = project(f64::from(lat), 0.0);
        let _ = write!(
            out,
            "<line x1=\"{SIDE}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\"/>",
            SIDE + MAP_W
        );
    }
    out.push_str("</g>\n<path fill=\"none\" stroke=\"#8A9BA8\" stroke-width=\"1.8\" stroke-linecap=\"round\" d=\"");
    for (lon, lat) in coastline() {
        let (x, y) = project(*lat, *lon);
        let _ = write!(out, "M{x:.1} {y:.1}h0");
    }
    out.push_str("\"/>\n");
    // Links under the markers; their labels are in the tooltips and the exports.
    for link in &map.links {
        let (Some(a), Some(b)) = (map.actor(link.from), map.actor(link.to)) else {
            continue;
        };
        let (x1, y1) = project(a.lat, a.lon);
        let (x2, y2) = project(b.lat, b.lon);
        // A gentle curve, so links between near places stay apart from each other.
        let (mx, my) = (
            (x1 + x2) / 2.0,
            (y1 + y2) / 2.0 - ((x2 - x1).abs() * 0.15).min(60.0),
        );
        let _ = write!(
            out,
            "<path d=\"M{x1:.1},{y1:.1} Q{mx:.1},{my:.1} {x2:.1},{y2:.1}\" fill=\"none\""
        );
        link_stroke(&mut out, link.kind);
        let _ = writeln!(
            out,
            "><title>{} → {} : {}</title></path>",
            xml_text(&a.name),
            xml_text(&b.name),
            xml_text(&link.label)
        );
    }
    // Markers, each numbered as in the list of actors.
    for (i, actor) in map.actors.iter().enumerate() {
        let (x, y) = project(actor.lat, actor.lon);
        let (symbol, colour) = actor
            .category
            .and_then(|c| map.category(c))
            .map_or(("●", "#777777"), |c| {
                (c.symbol.as_str(), c.colour.as_str())
            });
        let _ = writeln!(
            out,
            "<g><title>{}</title><text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"16\" text-anchor=\"middle\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"0.8\">{}</text></g>",
            xml_text(&format!("{}. {} — {}", i + 1, actor.name, actor.note)),
            y + 5.5,
            xml_text(colour),
            xml_text(symbol),
        );
    }
    let crowded = crowded_region(map);
    let inset_box = LabelBox {
        x: SIDE + 8.0,
        y: TOP + MAP_H - INSET_H - 8.0,
        w: INSET_W,
        h: INSET_H,
    };
    let points: Vec<(f64, f64, usize)> = map
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (x, y) = project(a.lat, a.lon);
            (x, y, i + 1)
        })
        .collect();
    marker_labels(
        &mut out,
        &points,
        if crowded.is_some() {
            std::slice::from_ref(&inset_box)
        } else {
            &[]
        },
        LabelBox {
            x: SIDE,
            y: TOP,
            w: MAP_W,
            h: MAP_H,
        },
    );
    if let Some(region) = crowded {
        inset(&mut out, map, region);
    }
    let top = TOP + MAP_H + 26.0;
    column(
        &mut out,
        SIDE,
        top,
        Text::Worldmap(WorldmapText::Legend).get(lang),
        &legend,
    );
    column(
        &mut out,
        SIDE + 340.0,
        top,
        Text::Worldmap(WorldmapText::MapActors).get(lang),
        &actors,
    );
    column(
        &mut out,
        SIDE + 640.0,
        top,
        Text::Worldmap(WorldmapText::MapRecommendationsTitle).get(lang),
        &recommendations,
    );
    let _ = writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9\" fill=\"#777777\" text-anchor=\"end\">{}</text>",
        SIDE + MAP_W,
        height - 6.0,
        xml_text(credit(lang))
    );
    out.push_str("</svg>\n");
    out
}

/// A box of the globe: (west, east, south, north) in degrees.
type Region = (f64, f64, f64, f64);

/// Where at least three actors crowd within a few degrees (Europe, typically): the region
/// an inset magnifies, with a margin, at the inset's 3:2 shape. None when no place crowds.
fn crowded_region(map: &WorldMap) -> Option<Region> {
    let near = |a: &crate::workbench::worldmap::model::Actor,
                b: &crate::workbench::worldmap::model::Actor| {
        (a.lon - b.lon).abs() < 14.0 && (a.lat - b.lat).abs() < 9.0
    };
    let seed = map
        .actors
        .iter()
        .max_by_key(|a| map.actors.iter().filter(|b| near(a, b)).count())?;
    let cluster: Vec<_> = map.actors.iter().filter(|b| near(seed, b)).collect();
    if cluster.len() < 3 {
        return None;
    }
    let (mut west, mut east, mut south, mut north) = (180.0f64, -180.0f64, 90.0f64, -90.0f64);
    for a in &cluster {
        west = west.min(a.lon);
        east = east.max(a.lon);
        south = south.min(a.lat);
        north = north.max(a.lat);
    }
    let (cx, cy) = ((west + east) / 2.0, (south + north) / 2.0);
    // Degrees of longitude shrink with latitude: keep the inset's shape true on the ground.
    let squeeze = cy.to_radians().cos().max(0.3);
    let width = ((east - west) + 6.0).max((north - south + 4.0) * INSET_W / INSET_H / squeeze);
    let height = width * squeeze * INSET_H / INSET_W;
    Some((
        cx - width / 2.0,
        cx + width / 2.0,
        cy - height / 2.0,
        cy + height / 2.0,
    ))
}

const INSET_W: f64 = 300.0;
const INSET_H: f64 = 200.0;

/// The crowded region drawn larger in the map's south-west corner (open ocean), framed on
/// the world map, with the same numbered markers.
fn inset(out: &mut String, map: &WorldMap, (west, east, south, north): Region) {
    let (x0, y0) = (SIDE + 8.0, TOP + MAP_H - INSET_H - 8.0);
    let project_in = |lat: f64, lon: f64| {
        (
            x0 + (lon - west) / (east - west) * INSET_W,
            y0 + (north - lat) / (north - south) * INSET_H,
        )
    };
    let (ax, ay) = project(north, west);
    let (bx, by) = project(south, east);
    let _ = writeln!(
        out,
        "<rect x=\"{ax:.1}\" y=\"{ay:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\" stroke=\"#555555\" stroke-dasharray=\"3,2\"/>",
        bx - ax,
        by - ay
    );
    let _ = writeln!(
        out,
        "<rect x=\"{x0:.1}\" y=\"{y0:.1}\" width=\"{INSET_W}\" height=\"{INSET_H}\" fill=\"#F4F8FB\" stroke=\"#555555\" stroke-width=\"1.2\"/>"
    );
    out.push_str(
        "<path fill=\"none\" stroke=\"#8A9BA8\" stroke-width=\"1.6\" stroke-linecap=\"round\" d=\"",
    );
    for (lon, lat) in coastline() {
        if (west..=east).contains(lon) && (south..=north).contains(lat) {
            let (x, y) = project_in(*lat, *lon);
            let _ = write!(out, "M{x:.1} {y:.1}h0");
        }
    }
    out.push_str("\"/>\n");
    let mut points = Vec::new();
    for (i, actor) in map.actors.iter().enumerate() {
        if !(west..=east).contains(&actor.lon) || !(south..=north).contains(&actor.lat) {
            continue;
        }
        let (x, y) = project_in(actor.lat, actor.lon);
        let (symbol, colour) = actor
            .category
            .and_then(|c| map.category(c))
            .map_or(("●", "#777777"), |c| {
                (c.symbol.as_str(), c.colour.as_str())
            });
        let _ = writeln!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"16\" text-anchor=\"middle\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"0.8\">{}</text>",
            y + 5.5,
            xml_text(colour),
            xml_text(symbol),
        );
        points.push((x, y, i + 1));
    }
    marker_labels(
        out,
        &points,
        &[],
        LabelBox {
            x: x0,
            y: y0,
            w: INSET_W,
            h: INSET_H,
        },
    );
}

/// Height of a line of text under the map.
const LINE: f64 = 16.0;

fn link_stroke(out: &mut String, kind: LinkKind) {
    let (colour, dash, arrow) = link_style(kind);
    let _ = write!(out, " stroke=\"{colour}\" stroke-width=\"1.8\"");
    if !dash.is_empty() {
        let _ = write!(out, " stroke-dasharray=\"{dash}\"");
    }
    if arrow {
        out.push_str(" marker-end=\"url(#arrow)\"");
    }
}

/// A titled column of entries: each a prefix (SVG markup, or `@kind` for a link sample)
/// and its wrapped lines.
fn column(out: &mut String, x: f64, top: f64, title: &str, items: &[(String, Vec<String>)]) {
    let _ = writeln!(
        out,
        "<text x=\"{x:.1}\" y=\"{top:.1}\" font-size=\"14\" font-weight=\"bold\">{}</text>",
        xml_text(title)
    );
    let mut y = top;
    for (prefix, lines) in items {
        for (i, line) in lines.iter().enumerate() {
            y += LINE;
            if i == 0 {
                if let Some(kind) = prefix.strip_prefix('@') {
                    let kind = LinkKind::ALL
                        .into_iter()
                        .find(|k| k.as_str() == kind)
                        .unwrap_or_default();
                    let _ = write!(
                        out,
                        "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"",
                        y - 4.0,
                        x + 18.0,
                        y - 4.0
                    );
                    link_stroke(out, kind);
                    out.push_str("/>");
                    let _ = writeln!(
                        out,
                        "<text x=\"{:.1}\" y=\"{y:.1}\">{}</text>",
                        x + 24.0,
                        xml_text(line)
                    );
                    continue;
                }
                let _ = writeln!(
                    out,
                    "<text x=\"{x:.1}\" y=\"{y:.1}\">{prefix}{}</text>",
                    xml_text(line)
                );
            } else {
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{y:.1}\">{}</text>",
                    x + 16.0,
                    xml_text(line)
                );
            }
        }
    }
}

fn credit(lang: Lang) -> &'static str {
    crate::i18n::messages::base_map_credit(lang)
}

/// The actors, one row each: name, category, symbol, colour, place, latitude, longitude,
/// note, and the links that leave from them.
pub fn csv(answer: &Answer) -> String {
    let empty = WorldMap::default();
    let map = answer.map.as_ref().unwrap_or(&empty);
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record([
        "name",
        "category",
        "symbol",
        "colour",
        "place",
        "latitude",
        "longitude",
        "note",
        "links",
    ]);
    for actor in &map.actors {
        let category = actor.category.and_then(|c| map.category(c));
        let links = map
            .links
            .iter()
            .filter(|l| l.from == actor.id)
            .filter_map(|l| {
                map.actor(l.to)
                    .map(|to| format!("{} → {}", l.kind.as_str(), to.name))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let _ = out.write_record([
            actor.name.as_str(),
            category.map_or("", |c| c.name.as_str()),
            category.map_or("", |c| c.symbol.as_str()),
            category.map_or("", |c| c.colour.as_str()),
            actor.place.as_str(),
            &format!("{:.2}", actor.lat),
            &format!("{:.2}", actor.lon),
            actor.note.as_str(),
            &links,
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Title, legend, actors, links and recommendations as Markdown.
pub fn markdown(map: &WorldMap, lang: Lang) -> String {
    let mut md = String::new();
    if !map.title.trim().is_empty() {
        let _ = writeln!(md, "### {}\n", one_line(&map.title, 300));
    }
    if !map.legend.is_empty() {
        let _ = writeln!(
            md,
            "**{}**\n",
            Text::Worldmap(WorldmapText::Legend).get(lang)
        );
        for c in &map.legend {
            let _ = writeln!(md, "- {} {}", c.symbol, one_line(&c.name, 200));
        }
        md.push('\n');
    }
    if !map.actors.is_empty() {
        let _ = writeln!(
            md,
            "**{}**\n",
            Text::Worldmap(WorldmapText::MapActors).get(lang)
        );
        for a in &map.actors {
            let category = a
                .category
                .and_then(|c| map.category(c))
                .map_or(String::new(), |c| format!("{} ", c.symbol));
            let place = if a.place.is_empty() {
                format!("{:.1}, {:.1}", a.lat, a.lon)
            } else {
                a.place.clone()
            };
            let _ = write!(md, "- {category}**{}** ({place})", one_line(&a.name, 200));
            if !a.note.trim().is_empty() {
                let _ = write!(md, " — {}", one_line(&a.note, 500));
            }
            md.push('\n');
        }
        md.push('\n');
    }
    if !map.links.is_empty() {
        let _ = writeln!(
            md,
            "**{}**\n",
            Text::Worldmap(WorldmapText::Links).get(lang)
        );
        for l in &map.links {
            let (Some(a), Some(b)) = (map.actor(l.from), map.actor(l.to)) else {
                continue;
            };
            let _ = write!(
                md,
                "- {} → {} ({})",
                a.name,
                b.name,
                link_kind_label(l.kind, lang)
            );
            if !l.label.is_empty() {
                let _ = write!(md, " : {}", one_line(&l.label, 200));
            }
            md.push('\n');
        }
        md.push('\n');
    }
    if !map.recommendations.is_empty() {
        let _ = writeln!(
            md,
            "**{}**\n",
            Text::Worldmap(WorldmapText::MapRecommendationsTitle).get(lang)
        );
        for (rank, r) in map.recommendations.iter().enumerate() {
            let actors = map.actor_names(&r.actors).join(", ");
            let _ = writeln!(md, "{}. {} ({actors})", rank + 1, one_line(&r.text, 1000));
        }
        md.push('\n');
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crowded_region_gets_an_inset() {
        let mut m = WorldMap::default();
        for (name, lat, lon) in [
            ("Paris", 48.86, 2.35),
            ("Bruxelles", 50.85, 4.35),
            ("Francfort", 50.11, 8.68),
            ("Tokyo", 35.68, 139.65),
        ] {
            m.add_actor(name, lat, lon, "");
        }
        let (west, east, south, north) = crowded_region(&m).unwrap();
        assert!(west < 2.35 && east > 8.68 && south < 48.86 && north > 50.85);
        assert!(east - west < 40.0, "a region, not the world");
        let svg = render_svg(&m, "A3", Lang::Fr);
        assert!(
            svg.contains("stroke-dasharray=\"3,2\""),
            "the region is framed"
        );
        m.actors.truncate(2);
        assert!(crowded_region(&m).is_none());
    }

    #[test]
    fn coastlines_come_from_ratatui_and_look_like_the_world() {
        let points = coastline();
        assert!(points.len() > 3000, "{} points", points.len());
        // Some coast near Marseille (43.3 N, 5.4 E), none in the middle of the Pacific.
        let near = |lat: f64, lon: f64, r: f64| {
            points
                .iter()
                .any(|(x, y)| (x - lon).abs() < r && (y - lat).abs() < r)
        };
        assert!(near(43.3, 5.4, 1.0));
        assert!(!near(-30.0, -130.0, 5.0));
    }

    #[test]
    fn svg_and_csv_of_a_small_map() {
        let mut m = WorldMap {
            title: "Données & lois <extraterritoriales>".into(),
            ..WorldMap::default()
        };
        let c = m.add_category("Cloud américain");
        let a = m.add_actor("CRM, Virginie", 39.04, -77.49, "Ashburn");
        let b = m.add_actor("Siège", 45.67, 4.75, "Lyon");
        m.actor_mut(a).unwrap().category = Some(c);
        m.add_link(b, a, LinkKind::Dependency);
        let r = m.add_recommendation("Encadrer le transfert");
        m.toggle_recommendation_actor(r, a);
        let svg = render_svg(&m, "A3", Lang::Fr);
        assert!(svg.contains("Données &amp; lois &lt;extraterritoriales&gt;"));
        assert!(svg.contains("marker-end=\"url(#arrow)\""));
        assert!(svg.contains("Encadrer le transfert (→ 1)"));
        assert!(
            svg.contains("1. CRM, Virginie — "),
            "tooltip names the actor"
        );
        let answer = Answer {
            map: Some(m),
            ..Answer::default()
        };
        let text = csv(&answer);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][0], "CRM, Virginie");
        assert_eq!(&rows[0][1], "Cloud américain");
        assert_eq!(&rows[1][8], "dependency → CRM, Virginie");
    }
}
