"""The anchor of the A6 figures: igraph's C code on the graph the Rust benchmark wrote.

Reads DIR/edges.csv (written by `cargo bench --bench sociogram` with SOCIOGRAM_BENCH_DIR=DIR),
builds the same directed graph as networkx_compare.py, and times, best of 3:
- betweenness and closeness (inward, like networkx's and atelier's), together: the anchor
  of the issue's metrics goal (`igraph_paths_ms`);
- the same and the greedy communities (fast greedy, Clauset-Newman-Moore, on the
  undirected simple graph): all the metrics atelier computes (`igraph_metrics_ms`);
- Fruchterman-Reingold, 500 iterations: the layout anchor (`igraph_layout_ms`).
Prints one line per figure, the `igraph_..._ms=...` lines last, for
scripts/bench_sociogram.sh to read. igraph is only a measuring instrument here, installed in
the benchmark's own venv; atelier does not depend on it.
Usage: python igraph_anchor.py DIR
"""

import csv
import sys
import time

import igraph as ig


def read(path):
    names, index, arcs = [], {}, set()

    def node(name):
        if name not in index:
            index[name] = len(names)
            names.append(name)
        return index[name]

    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = node(row["source"]), node(row["target"])
            arcs.add((s, t))
            if row.get("mutual") == "yes":
                arcs.add((t, s))
    return ig.Graph(n=len(names), edges=sorted(arcs), directed=True)


def best_of(runs, work):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    graph = read(f"{sys.argv[1]}/edges.csv")
    print(f"igraph {ig.__version__}: {graph.vcount()} nodes, {graph.ecount()} arcs")

    def paths():
        graph.betweenness(directed=True)
        graph.closeness(mode="in")

    def metrics():
        paths()
        simple = graph.as_undirected().simplify()
        simple.community_fastgreedy().as_clustering()

    parts = {
        "betweenness": lambda: graph.betweenness(directed=True),
        "closeness": lambda: graph.closeness(mode="in"),
        "communities (fast greedy)": lambda: graph.as_undirected()
        .simplify()
        .community_fastgreedy()
        .as_clustering(),
    }
    for label, work in parts.items():
        print(f"  igraph {label:<28} {best_of(3, work) * 1e3:8.1f} ms")
    paths_s = best_of(5, paths)
    metrics_s = best_of(3, metrics)
    layout_s = best_of(3, lambda: graph.layout_fruchterman_reingold(niter=500))
    print(f"igraph_paths_ms={paths_s * 1e3:.1f}")
    print(f"igraph_metrics_ms={metrics_s * 1e3:.1f}")
    print(f"igraph_layout_ms={layout_s * 1e3:.1f}")


if __name__ == "__main__":
    main()
