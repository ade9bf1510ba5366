#!/usr/bin/env bash
# Sociogram figures (issues 5 and 16), on a 2,000-actor / 10,000-relation graph, one run
# side by side with the anchors:
#   - cargo bench: ForceAtlas2 iterations per second, all metrics, frame time;
#   - networkx on the same graph: every value agrees (1e-9) and the time ratio;
#   - igraph (C) on the same graph: betweenness + closeness + communities, and
#     Fruchterman-Reingold 500 iterations, the anchors of the issue's goals;
#   - the whole command a user runs: `atelier import` of the edge list then
#     `atelier export --format gexf` (metrics and a settled layout), best of 5.
# Prints both ratios to igraph measured in this run, with the goals:
#   metrics X ms (igraph betweenness+closeness Y ms: ratio)            goal 60 ms
#   whole command X s (goal 0.3 s; igraph betweenness+closeness+FR: ratio)
# and the machine's load (`uptime`): on a shared machine compare the ratios, not the times.
# Measured on 2026-12-03 (2 shared cores, other agents compiling; README, "The sociogram"):
#   load 6.3, before issue 16's last work: metrics 249.8 ms (0.46x), whole 0.951 s (1.16x);
#   load 6.1, after it: metrics 97.2 ms (0.21x), whole 0.472 s (0.70x);
#   the goals are 0.17x and 0.57x of igraph's figures on the machine at rest (350 ms for
#   betweenness + closeness, 530 ms with Fruchterman-Reingold): run it when `uptime` is low,
#   best of several runs.
# Installs networkx and igraph into target/networkx-venv if they are missing. Builds with
# cargo's defaults: set CARGO_BUILD_JOBS and CARGO_TARGET_DIR as the machine wants.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/networkx-venv
# The real interpreter, not a pyenv shim (DESIGN.md section 5).
python=$(python3 -c 'import sys; print(sys.executable)')
if ! "$venv/bin/python" -c 'import networkx, igraph' >/dev/null 2>&1; then
  echo "scripts/bench_sociogram.sh: installing networkx and igraph into $venv" >&2
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet networkx igraph
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --release --quiet
SOCIOGRAM_BENCH_DIR="$out" cargo bench --quiet --bench sociogram
"$venv/bin/python" scripts/networkx_compare.py "$out"
anchor=$("$venv/bin/python" scripts/igraph_anchor.py "$out")
echo "$anchor" | grep -v '_ms='
igraph_paths=$(echo "$anchor" | sed -n 's/^igraph_paths_ms=//p')
igraph_metrics=$(echo "$anchor" | sed -n 's/^igraph_metrics_ms=//p')
igraph_layout=$(echo "$anchor" | sed -n 's/^igraph_layout_ms=//p')
ours_metrics=$("$venv/bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1]))["rust_metrics_seconds"] * 1e3)' "$out/metrics.json")

# The whole command, as a user runs it on that edge list: best of 7.
bin=${CARGO_TARGET_DIR:-target}/release/atelier
"$bin" init "$out/ws" >/dev/null
best=999999999
for _ in 1 2 3 4 5 6 7; do
  t0=$(date +%s%N)
  "$bin" import "$out/ws" --exercise A6 "$out/edges.csv" >/dev/null
  "$bin" export "$out/ws" --exercise A6 --format gexf -o "$out/A6.gexf" >/dev/null
  t1=$(date +%s%N)
  d=$(((t1 - t0) / 1000))
  [ "$d" -lt "$best" ] && best=$d
done
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
awk -v ours="$ours_metrics" -v paths="$igraph_paths" -v ig="$igraph_metrics" -v igl="$igraph_layout" -v whole="$best" 'BEGIN {
  printf "metrics %.1f ms (igraph betweenness+closeness %.1f ms: %.2fx)   goal 60 ms\n", ours, paths, ours / paths
  printf "  (igraph betweenness+closeness+fast greedy communities %.1f ms: %.2fx)\n", ig, ours / ig
  printf "whole command %.3f s (goal 0.3 s; igraph betweenness+closeness + Fruchterman-Reingold 500 it. %.3f s: %.2fx)\n", whole / 1e6, (paths + igl) / 1e3, whole / 1e3 / (paths + igl)
}'
