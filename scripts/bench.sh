#!/usr/bin/env bash
# Speed figures: frame times (cargo bench) and start-up of the release binary on the worked
# example (loading the case, the workspace and running every check), best of many runs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo bench --quiet --bench render
cargo bench --quiet --bench maps
cargo bench --quiet --bench listening
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=target/release/atelier
"$bin" init "$tmp/ws" --example >/dev/null
best() {
  local label=$1; shift
  local min=999999999
  for _ in $(seq 1 30); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    local d=$(( (t1 - t0) / 1000 ))
    [ "$d" -lt "$min" ] && min=$d
  done
  awk -v l="$label" -v us="$min" 'BEGIN { printf "%-45s %8.2f ms (best of 30)\n", l, us / 1000 }'
}
best "atelier --version" "$bin" --version
best "atelier check (load case + workspace, checks)" "$bin" check "$tmp/ws"
best "atelier bundle (worked example)" "$bin" bundle "$tmp/ws" -o "$tmp/b.zip"
# A12 social listening from the command line: 5,000 posts imported, then analysed to JSON.
awk 'BEGIN { print "date,source,text,rating";
  for (i = 0; i < 5000; i++)
    printf "2025-%02d-%02d,Google Avis,\"Commande %d annulée, produit introuvable en magasin ; conseil au top mais livraison en retard\",%d\n",
      1 + i % 12, 1 + i % 28, i, 1 + i % 5 }' > "$tmp/posts.csv"
best "atelier import A12 (5,000 posts)" "$bin" import "$tmp/ws" --exercise A12 "$tmp/posts.csv"
best "atelier export A12 --format json (5,000 posts)" "$bin" export "$tmp/ws" --exercise A12 --format json -o "$tmp/a12.json"
