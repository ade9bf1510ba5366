//! The mind map as a Markdown outline and as an SVG drawing: the root on the left, one
//! column per level, each leaf on its own row and each parent centred on its children,
//! branches coloured by first-level sector so a printed map reads at a glance.

use crate::workbench::mindmap::formats::{one_line, xml_text};
use crate::workbench::mindmap::model::{MindMap, NodeId};
use std::collections::HashMap;
use std::fmt::Write;

/// Colours of the first-level branches, distinct in print and for common colour blindness
/// (Okabe-Ito), in turn.
pub const BRANCH_COLOURS: &[&str] = &[
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#555555",
];

/// A nested Markdown list: text, tags in italics, links, then notes and sources indented.
pub fn markdown(map: &MindMap) -> String {
    let mut md = String::new();
    let root = map.content(map.root());
    let _ = writeln!(md, "# {}\n", one_line(map.text(map.root()), 200));
    if let Some(note) = root.map(|c| c.note.trim()).filter(|n| !n.is_empty()) {
        for line in note.lines() {
            let _ = writeln!(md, "> {line}");
        }
        md.push('\n');
    }
    for (id, depth) in map.preorder().skip(1) {
        let Some(c) = map.content(id) else {
            continue;
        };
        let indent = "  ".repeat((depth - 1).min(crate::workbench::mindmap::formats::INDENT_CAP));
        let mut line = format!("{indent}- {}", one_line(&c.text, 500));
        if depth == 1 {
            line = format!("{indent}- **{}**", one_line(&c.text, 500));
        }
        if !c.tags.is_empty() {
            let _ = write!(line, " _({})_", c.tags.join(", "));
        }
        if !c.link.is_empty() {
            let _ = write!(line, " <{}>", c.link);
        }
        md.push_str(&line);
        md.push('\n');
        for note_line in c.note.lines().filter(|l| !l.trim().is_empty()) {
            let _ = writeln!(md, "{indent}  > {}", note_line.trim());
        }
        for source in &c.sources {
            let _ = writeln!(md, "{indent}  - Source : {}", source.label());
        }
    }
    md
}

/// The map as nested HTML lists, for the report: every node's full text, its tags and
/// link (an internal link names the node it leads to), its note and its sources (title,
/// publisher, year, URL), all that the Markdown outline holds. Lists nest at most
/// `INDENT_CAP` deep (deeper nodes are listed at that level), so that a browser never meets
/// a 20,000-level list.
pub fn outline_html(map: &MindMap, lang: crate::i18n::Lang) -> String {
    use crate::i18n::Text;
    use crate::workbench::html::escape;
    use crate::workbench::mindmap::text::MindmapText;
    let lines = |text: &str| escape(text.trim()).replace('\n', "<br>\n");
    let colon = lang.colon();
    let mut out = String::from("<div class=\"outline\">\n");
    let _ = writeln!(
        out,
        "<p class=\"root\"><strong>{}</strong></p>",
        lines(map.text(map.root()))
    );
    let mut open = 0usize;
    for (id, depth) in map.preorder() {
        let Some(c) = map.content(id) else {
            continue;
        };
        if depth > 0 {
            let level = depth.min(crate::workbench::mindmap::formats::INDENT_CAP);
            if level > open {
                while open < level {
                    out.push_str("<ul>\n");
                    open += 1;
                }
            } else {
                out.push_str("</li>\n");
                while open > level {
                    out.push_str("</ul></li>\n");
                    open -= 1;
                }
            }
            out.push_str("<li>");
            if depth == 1 {
                let _ = write!(out, "<strong>{}</strong>", lines(&c.text));
            } else {
                out.push_str(&lines(&c.text));
            }
        }
        if !c.tags.is_empty() {
            let _ = write!(out, " <em>({})</em>", escape(&c.tags.join(", ")));
        }
        if !c.link.is_empty() {
            let link = match map.link_target(&c.link) {
                Some(target) => {
                    let (open_quote, close_quote) = match lang {
                        crate::i18n::Lang::Fr => ("«\u{a0}", "\u{a0}»"),
                        crate::i18n::Lang::En => ("“", "”"),
                    };
                    format!(
                        "→ {} {open_quote}{}{close_quote}",
                        Text::Mindmap(MindmapText::LinkTo).get(lang),
                        one_line(map.text(target), 80)
                    )
                }
                None => format!("<{}>", c.link),
            };
            let _ = write!(out, " <span class=\"link\">{}</span>", escape(&link));
        }
        if !c.note.trim().is_empty() {
            let _ = write!(out, "\n<div class=\"note\">{}</div>", lines(&c.note));
        }
        if !c.sources.is_empty() {
            out.push_str("\n<ul class=\"sources\">");
            for source in &c.sources {
                let _ = write!(
                    out,
                    "<li>{}{colon}{}</li>",
                    Text::Mindmap(MindmapText::Source).get(lang),
                    escape(&source.label())
                );
            }
            out.push_str("</ul>");
        }
        if depth == 0 {
            out.push('\n');
        }
    }
    if open > 0 {
        out.push_str("</li>\n");
        while open > 0 {
            out.push_str("</ul>\n");
            open -= 1;
            if open > 0 {
                out.push_str("</li>\n");
            }
        }
    }
    out.push_str("</div>\n");
    out
}

const ROW: f64 = 24.0;
const MARGIN: f64 = 20.0;
const GAP: f64 = 40.0;
/// Longest label drawn, in characters (the full text is in the node's tooltip).
const LABEL_MAX: usize = 46;

/// Width of a node's label as drawn: bold (root and sectors) is wider.
fn label_width(text: &str, depth: usize) -> f64 {
    let chars = one_line(text, LABEL_MAX).chars().count().max(4) as f64;
    chars * if depth <= 1 { 7.9 } else { 6.7 } + 10.0
}

/// Where each node is drawn: the left end of its label's baseline row.
pub struct Layout {
    pub pos: HashMap<NodeId, (f64, f64)>,
    pub width: f64,
    pub height: f64,
}

pub fn layout(map: &MindMap) -> Layout {
    let order: Vec<(NodeId, usize)> = map.preorder().collect();
    // Column widths: the longest label of each depth.
    let mut columns: Vec<f64> = Vec::new();
    for (id, depth) in &order {
        if columns.len() <= *depth {
            columns.resize(depth + 1, 0.0);
        }
        columns[*depth] = columns[*depth].max(label_width(map.text(*id), *depth) + 20.0);
    }
    let mut xs = vec![MARGIN];
    for w in &columns {
        let last = *xs.last().unwrap_or(&MARGIN);
        xs.push(last + w + GAP);
    }
    let mut pos: HashMap<NodeId, (f64, f64)> = HashMap::with_capacity(order.len());
    let mut next_row = 0.0;
    for (id, depth) in &order {
        if map.children(*id).is_empty() {
            pos.insert(*id, (xs[*depth], MARGIN + 40.0 + next_row * ROW));
            next_row += 1.0;
        }
    }
    for (id, depth) in order.iter().rev() {
        let children = map.children(*id);
        if let (Some(first), Some(last)) = (children.first(), children.last()) {
            let y = (pos[first].1 + pos[last].1) / 2.0;
            pos.insert(*id, (xs[*depth], y));
        }
    }
    Layout {
        pos,
        width: xs.last().copied().unwrap_or(MARGIN) + MARGIN,
        height: MARGIN * 2.0 + 40.0 + next_row.max(1.0) * ROW,
    }
}

/// The map as a standalone SVG document (also embedded as is in the HTML report).
pub fn svg(map: &MindMap, title: &str) -> String {
    let layout = layout(map);
    let mut branch: HashMap<NodeId, usize> = HashMap::new();
    for (i, top) in map.children(map.root()).iter().enumerate() {
        for id in map.descendants(*top) {
            branch.insert(id, i % BRANCH_COLOURS.len());
        }
    }
    let colour = |id: NodeId| branch.get(&id).map_or("#222222", |b| BRANCH_COLOURS[*b]);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {h:.0}\" width=\"{w:.0}\" height=\"{h:.0}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"{t}\">",
        w = layout.width,
        h = layout.height,
        t = xml_text(title)
    );
    let _ = writeln!(
        out,
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        out,
        "<text x=\"{MARGIN}\" y=\"{}\" font-size=\"16\" font-weight=\"bold\">{}</text>",
        MARGIN + 8.0,
        xml_text(title)
    );
    // Edges first, under the labels.
    out.push_str("<g fill=\"none\" stroke-width=\"1.6\">\n");
    for (id, depth) in map.preorder() {
        let Some(&(px, py)) = layout.pos.get(&id) else {
            continue;
        };
        let start_x = px + label_width(map.text(id), depth) + 14.0;
        for child in map.children(id) {
            let Some(&(cx, cy)) = layout.pos.get(child) else {
                continue;
            };
            let mid = (start_x + cx - 4.0) / 2.0;
            let _ = writeln!(
                out,
                "<path d=\"M{start_x:.1},{py:.1} C{mid:.1},{py:.1} {mid:.1},{cy:.1} {:.1},{cy:.1}\" stroke=\"{}\"/>",
                cx - 4.0,
                colour(*child)
            );
        }
    }
    out.push_str("</g>\n");
    for (id, depth) in map.preorder() {
        let Some(&(x, y)) = layout.pos.get(&id) else {
            continue;
        };
        let Some(c) = map.content(id) else {
            continue;
        };
        let label = one_line(&c.text, LABEL_MAX);
        let width = label_width(&c.text, depth);
        let (fill, stroke, weight, text_colour) = match depth {
            0 => ("#222222", "#222222", "bold", "#ffffff"),
            1 => ("#ffffff", colour(id), "bold", colour(id)),
            _ => ("#ffffff", "none", "normal", "#222222"),
        };
        let _ = write!(out, "<g><title>{}</title>", xml_text(&c.text));
        if depth <= 1 {
            let _ = write!(
                out,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{width:.1}\" height=\"20\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>",
                x - 5.0,
                y - 10.0
            );
        }
        let _ = write!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-weight=\"{weight}\" fill=\"{text_colour}\">{}</text>",
            y + 4.0,
            xml_text(&label)
        );
        let marks = format!(
            "{}{}",
            if c.sources.is_empty() { "" } else { " ✓" },
            if c.note.trim().is_empty() { "" } else { " ✎" }
        );
        if !marks.is_empty() {
            let _ = write!(
                out,
                "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#666666\" font-size=\"10\">{marks}</text>",
                x + width - 4.0,
                y + 4.0
            );
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_sit_between_their_children() {
        let mut m = MindMap::new("racine");
        let a = m.add_child(m.root(), "A").unwrap();
        let a1 = m.add_child(a, "A1").unwrap();
        let a2 = m.add_child(a, "A2").unwrap();
        m.add_child(m.root(), "B");
        let l = layout(&m);
        assert_eq!(l.pos[&a].1, (l.pos[&a1].1 + l.pos[&a2].1) / 2.0);
        assert!(l.pos[&a1].0 > l.pos[&a].0);
        let svg = svg(&m, "Carte <test>");
        assert!(svg.contains("Carte &lt;test&gt;"));
        assert_eq!(svg.matches("<path").count(), 4);
        let md = markdown(&m);
        assert!(md.starts_with("# racine\n"));
        assert!(md.contains("- **A**\n  - A1\n"));
    }
}
