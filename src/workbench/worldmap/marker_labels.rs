//! The numbers of the world map's markers in its SVG, placed without collisions (see
//! [`crate::workbench::labels`]): no number covers another or a marker, and a number moved
//! away from its marker gets a leader line.

use crate::workbench::labels::{self, Rect as LabelBox};
use std::fmt::Write as _;

/// Font size of the markers' numbers.
pub const LABEL_SIZE: f64 = 11.0;

/// The numbers of the markers at `points` (x, y, number), placed so that no two overlap and
/// none covers a marker or an `obstacle` (see [`crate::workbench::labels`]), with a leader
/// line when a number had to move away from its marker.
pub fn marker_labels(
    out: &mut String,
    points: &[(f64, f64, usize)],
    obstacles: &[LabelBox],
    bounds: LabelBox,
) {
    let anchors: Vec<(f64, f64)> = points.iter().map(|&(x, y, _)| (x, y)).collect();
    let sizes: Vec<(f64, f64)> = points
        .iter()
        .map(|&(_, _, n)| {
            (
                labels::text_width(n.to_string().len(), LABEL_SIZE),
                LABEL_SIZE,
            )
        })
        .collect();
    let mut avoid: Vec<LabelBox> = anchors
        .iter()
        .map(|&(x, y)| LabelBox {
            x: x - 6.0,
            y: y - 6.0,
            w: 12.0,
            h: 12.0,
        })
        .collect();
    avoid.extend_from_slice(obstacles);
    let placed = labels::place(&anchors, &sizes, &avoid, bounds);
    for (&(x, y, n), label) in points.iter().zip(&placed) {
        let r = label.rect;
        if label.leader {
            let (lx, ly) = r.nearest((x, y));
            let _ = writeln!(
                out,
                "<line class=\"leader\" x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{lx:.1}\" y2=\"{ly:.1}\" stroke=\"#555555\" stroke-width=\"0.6\"/>"
            );
        }
        let _ = writeln!(
            out,
            "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{LABEL_SIZE}\" font-weight=\"bold\" fill=\"#1A1A1A\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{n}</text>",
            r.x + 1.0,
            r.y + r.h - 2.0,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::workbench::worldmap::model::WorldMap;

    /// The boxes of the markers' numbers in an SVG, from their text position and length.
    fn label_boxes(svg: &str) -> Vec<LabelBox> {
        svg.split("<text class=\"label\"")
            .skip(1)
            .map(|tag| {
                let attr = |name: &str| -> f64 {
                    let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                    tag[at..].split('"').next().unwrap().parse().unwrap()
                };
                let digits = tag.split('>').nth(1).unwrap().split('<').next().unwrap();
                LabelBox {
                    x: attr("x") - 1.0,
                    y: attr("y") - LABEL_SIZE + 2.0,
                    w: labels::text_width(digits.len(), LABEL_SIZE),
                    h: LABEL_SIZE,
                }
            })
            .collect()
    }

    #[test]
    fn numbers_of_crowded_markers_do_not_collide() {
        let mut m = WorldMap::default();
        // Twelve actors around Paris and three in Lyon: one pixel apart on the world map.
        for i in 0..12 {
            m.add_actor(&format!("Paris {i}"), 48.8 + f64::from(i) * 0.05, 2.3, "");
        }
        for i in 0..3 {
            m.add_actor(&format!("Lyon {i}"), 45.7, 4.8 + f64::from(i) * 0.1, "");
        }
        let svg = crate::workbench::worldmap::formats::render_svg(&m, "A3", Lang::Fr);
        let boxes = label_boxes(&svg);
        // Each number on the world map, and again in the inset of the crowded region.
        assert_eq!(boxes.len(), 30);
        let (world, inset) = boxes.split_at(15);
        for group in [world, inset] {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    assert!(!a.overlaps(b), "{a:?} and {b:?}");
                }
            }
        }
        assert!(
            svg.contains("class=\"leader\""),
            "numbers moved away have a line"
        );
    }
}
