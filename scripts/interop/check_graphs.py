"""Reads atelier's A6 sociogram with networkx, as Gephi users' scripts would.

- networkx reads the GEXF (read_gexf) and the GraphML (read_graphml);
- both hold the same actors, and the same arcs as the edge list (A6-edges.csv: one arc per
  relation, two for a mutual one);
- the metrics written on each node equal networkx's on the graph read (parallel arcs merged):
  in- and out-degree exactly, betweenness and closeness (networkx's default normalisation,
  Wasserman-Faust closeness) to 1e-9. While atelier rounds them to 6 decimals (issue 16,
  part B, makes them exact), the comparison allows the rounding, 5e-7, and says so.

Usage: python check_graphs.py A6.gexf A6.graphml A6-edges.csv
Exit status 0 when every check holds, 1 otherwise.
"""

import csv
import sys

import networkx as nx

TOLERANCE = 1e-9
ROUNDED_TOLERANCE = 5e-7


def decimals(value):
    text = str(value)
    return len(text.split(".", 1)[1]) if "." in text else 0


def check_metrics(name, graph, raw_values, problems):
    """Compares the metrics the file gives each node with networkx's."""
    simple = nx.DiGraph(graph)
    expected = {
        "in_degree": dict(simple.in_degree()),
        "out_degree": dict(simple.out_degree()),
        "betweenness": nx.betweenness_centrality(simple),
        "closeness": nx.closeness_centrality(simple),
    }
    # Rounded: no value has more than 6 decimals, and some have exactly 6.
    written = [
        decimals(raw_values[node].get(key, ""))
        for node in raw_values
        for key in ("betweenness", "closeness")
    ]
    rounded = bool(written) and max(written) == 6
    tolerance = ROUNDED_TOLERANCE if rounded else TOLERANCE
    if rounded:
        print(f"{name}: metrics written with 6 decimals: compared to {ROUNDED_TOLERANCE}")
    worst = 0.0
    for node, data in graph.nodes(data=True):
        for key, want in expected.items():
            if key not in data:
                problems.append(f"{name}: node {node} has no {key}")
                continue
            got = float(data[key])
            diff = abs(got - want[node])
            worst = max(worst, diff)
            if diff > tolerance:
                problems.append(f"{name}: node {node}: {key} {got}, networkx {want[node]}")
    return worst


def raw_gexf_values(path):
    """The attribute values of each node as written (text), to see their precision."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    ns = {"g": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {}
    prefix = "g:" if ns else ""
    values = {}
    for node in root.iter(f"{{{ns['g']}}}node" if ns else "node"):
        values[node.get("id")] = {
            v.get("for"): v.get("value")
            for v in node.iterfind(f".//{prefix}attvalue", ns)
        }
    return values


def main():
    gexf_path, graphml_path, edges_path = sys.argv[1:4]
    problems = []
    gexf = nx.read_gexf(gexf_path)
    graphml = nx.read_graphml(graphml_path)
    for name, graph in (("GEXF", gexf), ("GraphML", graphml)):
        if not graph.is_directed():
            problems.append(f"{name}: read as an undirected graph")
    with open(edges_path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    arcs = sum(2 if (r.get("mutual") or "").lower() in ("yes", "true", "oui", "1") else 1 for r in rows)
    for name, graph in (("GEXF", gexf), ("GraphML", graphml)):
        if graph.number_of_edges() != arcs:
            problems.append(f"{name}: {graph.number_of_edges()} arcs, the edge list has {arcs}")
    if set(gexf.nodes) != set(graphml.nodes):
        problems.append(f"GEXF and GraphML differ in actors: {sorted(set(gexf.nodes) ^ set(graphml.nodes))}")
    if not gexf.number_of_nodes():
        problems.append("no actor")
    # Attribute titles: networkx names GEXF attributes by title, GraphML data by attr.name.
    raw = raw_gexf_values(gexf_path)
    worst = check_metrics("GEXF", gexf, raw, problems)
    graphml_raw = {n: {k: str(v) for k, v in d.items()} for n, d in graphml.nodes(data=True)}
    worst = max(worst, check_metrics("GraphML", graphml, graphml_raw, problems))
    for problem in problems[:20]:
        print(problem)
    if len(problems) > 20:
        print(f"... and {len(problems) - 20} more")
    if not problems:
        print(
            f"{gexf_path}: {gexf.number_of_nodes()} actors, {gexf.number_of_edges()} arcs in GEXF and GraphML; "
            f"metrics equal networkx's (largest difference {worst:.2e})"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
