"""Times networkx on the graph the Rust benchmark wrote and compares every metric.

Reads DIR/edges.csv (the 2,000-actor graph), DIR/case-edges.csv (Maison Verdier) and
DIR/metrics.json (what atelier computed) written by `cargo bench --bench sociogram` with
SOCIOGRAM_BENCH_DIR=DIR. Builds `nx.DiGraph` the way atelier reads the sociogram (one arc per
relation, two for a mutual one, parallel relations merged, a relation of an actor to itself
kept as a loop), then:
- checks in/out degree, betweenness, closeness, reciprocity and brokers against atelier's
  values (largest absolute difference), and compares the communities' modularity;
- times the same metrics in networkx and prints the ratio to atelier's time.
Usage: python networkx_compare.py DIR
"""

import csv
import json
import sys
import time

import networkx as nx


def read(path, ids):
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = row["source"], row["target"]
            graph.add_edge(s, t)
            if row.get("mutual") == "yes":
                graph.add_edge(t, s)
    return graph


def metrics(graph):
    out = {}
    out["in_degree"] = dict(graph.in_degree())
    out["out_degree"] = dict(graph.out_degree())
    out["betweenness"] = nx.betweenness_centrality(graph)
    out["closeness"] = nx.closeness_centrality(graph)
    out["reciprocity"] = nx.reciprocity(graph)
    undirected = graph.to_undirected()
    out["broker"] = set(nx.articulation_points(undirected))
    communities = nx.community.greedy_modularity_communities(undirected)
    out["modularity"] = nx.community.modularity(undirected, communities)
    out["communities"] = len(communities)
    return out


def compare(name, ours, graph, theirs):
    ids = ours["ids"]
    worst = {}
    for key in ("in_degree", "out_degree", "betweenness", "closeness"):
        worst[key] = max(
            (abs(ours[key][i] - theirs[key][node]) for i, node in enumerate(ids)), default=0.0
        )
    worst["reciprocity"] = abs(ours["reciprocity"] - theirs["reciprocity"])
    brokers = {node for i, node in enumerate(ids) if ours["broker"][i]}
    print(f"{name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} arcs")
    for key, value in worst.items():
        print(f"  max |atelier - networkx| {key:<12} {value:.3g}")
    print(f"  brokers (articulation points) identical: {brokers == theirs['broker']}"
          f" ({len(brokers)} in atelier, {len(theirs['broker'])} in networkx)")
    print(f"  communities: atelier {max(ours['community'], default=0)}"
          f" (modularity {ours['modularity']:.4f}), networkx {theirs['communities']}"
          f" (modularity {theirs['modularity']:.4f})")
    ok = all(v < 1e-9 for v in worst.values()) and brokers == theirs["broker"]
    return ok


def main():
    directory = sys.argv[1]
    with open(f"{directory}/metrics.json", encoding="utf-8") as f:
        ours = json.load(f)
    case_graph = read(f"{directory}/case-edges.csv", ours["case"]["ids"])
    ok = compare("Maison Verdier", ours["case"], case_graph, metrics(case_graph))
    graph = read(f"{directory}/edges.csv", ours["big"]["ids"])
    start, cpu_start = time.perf_counter(), time.process_time()
    theirs = metrics(graph)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    ok = compare("benchmark graph", ours["big"], graph, theirs) and ok
    rust = ours["rust_metrics_seconds"]
    print(f"networkx, same metrics: {seconds * 1e3:.0f} ms (networkx {nx.__version__},"
          f" Python {sys.version.split()[0]})")
    print(f"atelier, same metrics:  {rust * 1e3:.1f} ms")
    print(f"ratio networkx / atelier: {seconds / rust:.1f}x (wall clock)")
    rust_cpu = ours.get("rust_metrics_cpu_seconds")
    if rust_cpu:
        print(f"CPU time: networkx {cpu * 1e3:.0f} ms, atelier {rust_cpu * 1e3:.0f} ms,"
              f" ratio {cpu / rust_cpu:.1f}x (what the work costs, whatever else runs)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
