#!/usr/bin/env bash
# Speed figures: frame times (cargo bench) and start-up of the release binary on the worked
# example (loading the case, the workspace and running every check), best of many runs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
cargo bench --quiet --bench render
cargo bench --quiet --bench maps
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
