//! The sociogram's files: GEXF 1.3 and GraphML for Gephi (attributes, positions and colours
//! kept), Graphviz DOT and the CSV edge list (which `import_csv` reads back). Pure functions
//! from data to text; the caller writes the files.

use crate::workbench::sociogram::layout;
use crate::workbench::sociogram::metrics::{self, Metrics};
use crate::workbench::sociogram::model::{GraphRelation, Sociogram};
use crate::workbench::sociogram::paths;

/// What the exports draw with: metrics, positions and node colours, computed once.
pub struct Drawing {
    pub metrics: Metrics,
    pub positions: Vec<[f64; 2]>,
    pub colours: Vec<(u8, u8, u8)>,
}

/// Node colours by department, in the order of the case's departments (then of appearance).
pub const PALETTE: [(u8, u8, u8); 10] = [
    (255, 127, 14),
    (44, 160, 44),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (23, 190, 207),
    (188, 189, 34),
    (31, 119, 180),
    (214, 39, 40),
    (127, 127, 127),
];

/// The department order colours follow: the case's, then any other the graph uses.
pub fn department_order(departments: &[String], graph: &Sociogram) -> Vec<String> {
    let mut order: Vec<String> = departments.to_vec();
    for actor in &graph.actors {
        if !order.contains(&actor.department) {
            order.push(actor.department.clone());
        }
    }
    order
}

pub fn department_index(order: &[String], department: &str) -> usize {
    order.iter().position(|d| d == department).unwrap_or(0)
}

impl Drawing {
    /// Metrics of the graph as drawn and a settled, seeded layout, computed side by side:
    /// the layout on this thread, the metrics on the other cores (one at least).
    pub fn new(graph: &Sociogram, departments: &[String]) -> Drawing {
        let order = department_order(departments, graph);
        let (metrics, positions) = std::thread::scope(|scope| {
            let metrics = scope.spawn(|| {
                metrics::compute_ranked_on(
                    graph.actors.len(),
                    &graph.arcs(),
                    &graph.rank(),
                    (paths::threads() - 1).max(1),
                )
            });
            let positions = layout::settle(graph);
            // A panic in the metrics is a bug: surface it here.
            let metrics = metrics
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (metrics, positions)
        });
        Drawing {
            metrics,
            positions,
            colours: graph
                .actors
                .iter()
                .map(|a| PALETTE[department_index(&order, &a.department) % PALETTE.len()])
                .collect(),
        }
    }
}

/// Escapes text for XML element content and quoted attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_xml_escaped(&mut out, s);
    out
}

/// [`xml_escape`] written at the end of `out`.
pub fn push_xml_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' && c != '\r' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Node size in drawings: grows with the in-degree (how much the actor is chosen).
pub fn node_size(metrics: &Metrics, i: usize) -> f64 {
    10.0 + 4.0 * metrics.in_degree[i] as f64
}

/// Arcs as exported: one per relation, two for a mutual one (as the metrics count them).
fn arcs_of(relation: &GraphRelation) -> Vec<(&str, &str)> {
    let mut arcs = vec![(relation.source.as_str(), relation.target.as_str())];
    if relation.mutual {
        arcs.push((relation.target.as_str(), relation.source.as_str()));
    }
    arcs
}

/// GEXF 1.3 (namespaces `http://gexf.net/1.3` and its `viz`), for Gephi.
pub fn gexf(graph: &Sociogram, drawing: &Drawing, description: &str) -> String {
    use std::fmt::Write;
    let m = &drawing.metrics;
    // About 900 bytes a node and 450 an arc.
    let mut out =
        String::with_capacity(900 * graph.actors.len() + 450 * graph.relations.len() + 2048);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
    out.push_str(&format!(
        "  <meta>\n    <creator>atelier {}</creator>\n    <description>{}</description>\n  </meta>\n",
        env!("CARGO_PKG_VERSION"),
        xml_escape(description)
    ));
    out.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    out.push_str("    <attributes class=\"node\">\n");
    for (id, kind) in [
        ("department", "string"),
        ("level", "integer"),
        ("role", "string"),
        ("in_degree", "integer"),
        ("out_degree", "integer"),
        ("betweenness", "double"),
        ("closeness", "double"),
        ("community", "integer"),
    ] {
        out.push_str(&format!(
            "      <attribute id=\"{id}\" title=\"{id}\" type=\"{kind}\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    // `type` is also GEXF's own edge attribute (directed or not): the column gets its own id.
    out.push_str("      <attribute id=\"relation_type\" title=\"type\" type=\"string\"/>\n");
    out.push_str("      <attribute id=\"mutual\" title=\"mutual\" type=\"boolean\"/>\n");
    out.push_str("    </attributes>\n    <nodes>\n");
    // Written in place (`write!` to a String cannot fail): no text is built per node.
    for (i, actor) in graph.actors.iter().enumerate() {
        let (r, g, b) = drawing.colours[i];
        let [x, y] = drawing.positions[i];
        out.push_str("      <node id=\"");
        push_xml_escaped(&mut out, &actor.id);
        out.push_str("\" label=\"");
        push_xml_escaped(&mut out, &actor.label);
        out.push_str("\">\n        <attvalues>\n");
        let attvalue = |out: &mut String, key: &str| {
            let _ = write!(out, "          <attvalue for=\"{key}\" value=\"");
        };
        let end = "\"/>\n";
        attvalue(&mut out, "department");
        push_xml_escaped(&mut out, &actor.department);
        out.push_str(end);
        attvalue(&mut out, "level");
        let _ = write!(out, "{}{end}", actor.level);
        attvalue(&mut out, "role");
        push_xml_escaped(&mut out, &actor.role);
        out.push_str(end);
        attvalue(&mut out, "in_degree");
        let _ = write!(out, "{}{end}", m.in_degree[i]);
        attvalue(&mut out, "out_degree");
        let _ = write!(out, "{}{end}", m.out_degree[i]);
        attvalue(&mut out, "betweenness");
        let _ = write!(out, "{}{end}", m.betweenness[i]);
        attvalue(&mut out, "closeness");
        let _ = write!(out, "{}{end}", m.closeness[i]);
        attvalue(&mut out, "community");
        let _ = write!(out, "{}{end}", m.community[i]);
        let _ = write!(
            out,
            "        </attvalues>\n        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\" a=\"1.0\"/>\n        <viz:position x=\"{x:.3}\" y=\"{:.3}\" z=\"0.0\"/>\n        <viz:size value=\"{:.1}\"/>\n      </node>\n",
            -y,
            node_size(m, i)
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    let mut id = 0;
    for relation in &graph.relations {
        let (r, g, b) = relation.relation_type.rgb();
        let kind = relation.relation_type.as_str();
        for (source, target) in arcs_of(relation) {
            let _ = write!(out, "      <edge id=\"e{id}\" source=\"");
            push_xml_escaped(&mut out, source);
            out.push_str("\" target=\"");
            push_xml_escaped(&mut out, target);
            let _ = write!(
                out,
                "\" weight=\"{}\" label=\"{kind}\">\n        <attvalues>\n          <attvalue for=\"relation_type\" value=\"{kind}\"/>\n          <attvalue for=\"mutual\" value=\"{}\"/>\n        </attvalues>\n        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\" a=\"1.0\"/>\n        <viz:thickness value=\"{}\"/>\n        <viz:shape value=\"{}\"/>\n      </edge>\n",
                relation.intensity,
                relation.mutual,
                relation.intensity,
                relation.relation_type.line_style(),
            );
            id += 1;
        }
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// GraphML with the same attributes (Gephi reads `x`, `y`, `r`, `g`, `b` and `size`).
pub fn graphml(graph: &Sociogram, drawing: &Drawing) -> String {
    let m = &drawing.metrics;
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    let node_keys = [
        ("label", "string"),
        ("department", "string"),
        ("level", "int"),
        ("role", "string"),
        ("in_degree", "int"),
        ("out_degree", "int"),
        ("betweenness", "double"),
        ("closeness", "double"),
        ("community", "int"),
        ("x", "double"),
        ("y", "double"),
        ("size", "double"),
        ("r", "int"),
        ("g", "int"),
        ("b", "int"),
    ];
    for (id, kind) in node_keys {
        out.push_str(&format!(
            "  <key id=\"{id}\" for=\"node\" attr.name=\"{id}\" attr.type=\"{kind}\"/>\n"
        ));
    }
    for (id, kind) in [
        ("type", "string"),
        ("weight", "double"),
        ("mutual", "boolean"),
    ] {
        out.push_str(&format!(
            "  <key id=\"{id}\" for=\"edge\" attr.name=\"{id}\" attr.type=\"{kind}\"/>\n"
        ));
    }
    out.push_str("  <graph id=\"sociogram\" edgedefault=\"directed\">\n");
    for (i, actor) in graph.actors.iter().enumerate() {
        let (r, g, b) = drawing.colours[i];
        let [x, y] = drawing.positions[i];
        out.push_str(&format!("    <node id=\"{}\">\n", xml_escape(&actor.id)));
        for (key, value) in [
            ("label", xml_escape(&actor.label)),
            ("department", xml_escape(&actor.department)),
            ("level", actor.level.to_string()),
            ("role", xml_escape(&actor.role)),
            ("in_degree", m.in_degree[i].to_string()),
            ("out_degree", m.out_degree[i].to_string()),
            ("betweenness", format!("{}", m.betweenness[i])),
            ("closeness", format!("{}", m.closeness[i])),
            ("community", m.community[i].to_string()),
            ("x", format!("{x:.3}")),
            ("y", format!("{:.3}", -y)),
            ("size", format!("{:.1}", node_size(m, i))),
            ("r", r.to_string()),
            ("g", g.to_string()),
            ("b", b.to_string()),
        ] {
            out.push_str(&format!("      <data key=\"{key}\">{value}</data>\n"));
        }
        out.push_str("    </node>\n");
    }
    let mut id = 0;
    for relation in &graph.relations {
        for (source, target) in arcs_of(relation) {
            out.push_str(&format!(
                "    <edge id=\"e{id}\" source=\"{}\" target=\"{}\">\n      <data key=\"type\">{}</data>\n      <data key=\"weight\">{}</data>\n      <data key=\"mutual\">{}</data>\n    </edge>\n",
                xml_escape(source),
                xml_escape(target),
                relation.relation_type.as_str(),
                relation.intensity,
                relation.mutual
            ));
            id += 1;
        }
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

fn dot_quote(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
    )
}

/// Graphviz DOT: departments as fill colours, relation types as edge colours and styles,
/// the layout's positions (`neato -n` keeps them).
pub fn dot(graph: &Sociogram, drawing: &Drawing) -> String {
    let mut out = String::from("digraph sociogram {\n  graph [overlap=false, splines=true];\n  node [shape=ellipse, style=filled, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (i, actor) in graph.actors.iter().enumerate() {
        let (r, g, b) = drawing.colours[i];
        let [x, y] = drawing.positions[i];
        out.push_str(&format!(
            "  {} [label={}, fillcolor=\"#{r:02x}{g:02x}{b:02x}\", department={}, pos=\"{:.1},{:.1}\"];\n",
            dot_quote(&actor.id),
            dot_quote(&actor.label),
            dot_quote(&actor.department),
            x * 10.0,
            -y * 10.0
        ));
    }
    for relation in &graph.relations {
        let (r, g, b) = relation.relation_type.rgb();
        out.push_str(&format!(
            "  {} -> {} [color=\"#{r:02x}{g:02x}{b:02x}\", style={}, penwidth={}, type={}, weight={}{}];\n",
            dot_quote(&relation.source),
            dot_quote(&relation.target),
            relation.relation_type.line_style(),
            relation.intensity,
            relation.relation_type.as_str(),
            relation.intensity,
            if relation.mutual { ", dir=both" } else { "" }
        ));
    }
    out.push_str("}\n");
    out
}

/// The CSV edge list `source,target,type,weight,mutual`, which the import reads back.
pub fn edges_csv(graph: &Sociogram) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = out.write_record(["source", "target", "type", "weight", "mutual"]);
    for relation in &graph.relations {
        let _ = out.write_record([
            relation.source.as_str(),
            relation.target.as_str(),
            relation.relation_type.as_str(),
            &relation.intensity.to_string(),
            if relation.mutual { "yes" } else { "no" },
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The CSV of actors `id,label,department,level` that goes with the edge list.
pub fn actors_csv(graph: &Sociogram) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(["id", "label", "department", "level"]);
    for actor in &graph.actors {
        let _ = out.write_record([
            actor.id.as_str(),
            actor.label.as_str(),
            actor.department.as_str(),
            &actor.level.to_string(),
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;
    use quick_xml::Reader;
    use std::collections::BTreeMap;

    fn case_graph() -> Sociogram {
        Sociogram::from_case(&crate::case::Case::embedded_default().organisation)
    }

    /// Every element of an XML document with its attributes, in order.
    fn elements(xml: &str) -> Vec<(String, BTreeMap<String, String>)> {
        let mut reader = Reader::from_str(xml);
        let mut out = Vec::new();
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(e) | Event::Empty(e) => {
                    let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                    let attrs = e
                        .attributes()
                        .map(|a| {
                            let a = a.unwrap();
                            (
                                String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                                a.unescape_value().unwrap().into_owned(),
                            )
                        })
                        .collect();
                    out.push((name, attrs));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        out
    }

    #[test]
    fn gexf_parses_with_attributes_positions_and_colours() {
        let mut graph = case_graph();
        graph.actors[0].label = "Hélène <\"la Parisienne\"> & co".into();
        let departments: Vec<String> = vec!["direction".into()];
        let drawing = Drawing::new(&graph, &departments);
        let xml = gexf(&graph, &drawing, "A6 & test");
        let els = elements(&xml);
        let root = &els[0];
        assert_eq!(root.0, "gexf");
        assert_eq!(root.1["xmlns"], "http://gexf.net/1.3");
        assert_eq!(root.1["xmlns:viz"], "http://gexf.net/1.3/viz");
        assert_eq!(root.1["version"], "1.3");
        let graph_el = els.iter().find(|e| e.0 == "graph").unwrap();
        assert_eq!(graph_el.1["defaultedgetype"], "directed");
        let declared: Vec<&str> = els
            .iter()
            .filter(|e| e.0 == "attribute")
            .map(|e| e.1["title"].as_str())
            .collect();
        for title in [
            "department",
            "in_degree",
            "out_degree",
            "betweenness",
            "closeness",
            "type",
        ] {
            assert!(declared.contains(&title), "{title} not declared");
        }
        let nodes: Vec<_> = els.iter().filter(|e| e.0 == "node").collect();
        assert_eq!(nodes.len(), graph.actors.len());
        assert_eq!(nodes[0].1["label"], "Hélène <\"la Parisienne\"> & co");
        assert_eq!(
            els.iter().filter(|e| e.0 == "viz:position").count(),
            graph.actors.len()
        );
        let arcs = graph.relations.len() + graph.relations.iter().filter(|r| r.mutual).count();
        let edges: Vec<_> = els.iter().filter(|e| e.0 == "edge").collect();
        assert_eq!(edges.len(), arcs);
        assert_eq!(
            els.iter().filter(|e| e.0 == "viz:color").count(),
            graph.actors.len() + arcs
        );
        assert!(edges.iter().all(|e| e.1.contains_key("weight")));
        let types: Vec<&str> = els
            .iter()
            .filter(|e| e.0 == "attvalue" && e.1["for"] == "relation_type")
            .map(|e| e.1["value"].as_str())
            .collect();
        assert_eq!(types.len(), arcs);
        assert!(types.contains(&"conflict"));
        // In-degree attribute of the first node matches the metrics.
        let first_in = els
            .iter()
            .find(|e| e.0 == "attvalue" && e.1["for"] == "in_degree")
            .unwrap();
        assert_eq!(
            first_in.1["value"],
            drawing.metrics.in_degree[0].to_string()
        );
        // Betweenness and closeness at full precision: each reads back to the same f64.
        for (key, values) in [
            ("betweenness", &drawing.metrics.betweenness),
            ("closeness", &drawing.metrics.closeness),
        ] {
            let written: Vec<f64> = els
                .iter()
                .filter(|e| e.0 == "attvalue" && e.1["for"] == key)
                .map(|e| e.1["value"].parse().unwrap())
                .collect();
            assert_eq!(&written, values, "{key}");
            assert!(values
                .iter()
                .any(|v| format!("{v:.6}").parse::<f64>().unwrap() != *v));
        }
    }

    #[test]
    fn graphml_parses_with_keys_declared_before_use() {
        let graph = case_graph();
        let drawing = Drawing::new(&graph, &[]);
        let xml = graphml(&graph, &drawing);
        let els = elements(&xml);
        let keys: Vec<&str> = els
            .iter()
            .filter(|e| e.0 == "key")
            .map(|e| e.1["id"].as_str())
            .collect();
        for key in [
            "department",
            "betweenness",
            "closeness",
            "x",
            "y",
            "r",
            "type",
            "weight",
        ] {
            assert!(keys.contains(&key), "{key}");
        }
        let used: Vec<&str> = els
            .iter()
            .filter(|e| e.0 == "data")
            .map(|e| e.1["key"].as_str())
            .collect();
        assert!(used.iter().all(|k| keys.contains(k)));
        assert_eq!(els.iter().filter(|e| e.0 == "node").count(), 18);
    }

    #[test]
    fn dot_has_one_line_per_actor_and_relation() {
        let graph = case_graph();
        let drawing = Drawing::new(&graph, &[]);
        let text = dot(&graph, &drawing);
        assert!(text.starts_with("digraph sociogram {"));
        assert_eq!(text.matches(" -> ").count(), graph.relations.len());
        assert!(text.contains("style=dashed"));
        assert!(text.trim_end().ends_with('}'));
    }

    #[test]
    fn csv_round_trip() {
        let graph = case_graph();
        let edges = edges_csv(&graph);
        let actors = actors_csv(&graph);
        let back = crate::workbench::sociogram::import_csv::import_csv(
            "e.csv",
            &edges,
            Some(("a.csv", &actors)),
            &[],
        )
        .unwrap();
        assert_eq!(back.relations.len(), graph.relations.len());
        assert_eq!(back.arcs().len(), graph.arcs().len());
        for actor in &graph.actors {
            let other = &back.actors[back.index_of(&actor.id).unwrap()];
            assert_eq!(
                (&other.label, &other.department, other.level),
                (&actor.label, &actor.department, actor.level)
            );
        }
    }
}
