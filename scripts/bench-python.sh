#!/usr/bin/env bash
# A1 runner speed: the worked example's program with its tests through atelier's sandboxed
# worker, side by side with the real interpreter running the file by itself (benches/python.rs),
# then the whole `atelier run-python` command (case, workspace, run, record), best of 30.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
ATELIER_WORKER_EXE="$PWD/target/release/atelier" cargo bench --quiet --bench python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=target/release/atelier
"$bin" init "$tmp/ws" --example >/dev/null
min=999999999
for _ in $(seq 1 30); do
  t0=$(date +%s%N); "$bin" run-python "$tmp/ws" >/dev/null; t1=$(date +%s%N)
  d=$(( (t1 - t0) / 1000 ))
  [ "$d" -lt "$min" ] && min=$d
done
awk -v us="$min" 'BEGIN { printf "%-42s best %7.2f ms (whole command)\n", "atelier run-python (worked example)", us / 1000 }'
