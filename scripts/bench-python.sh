#!/usr/bin/env bash
# A1 runner speed (issue 12): the worked example's program and its tests through atelier's
# sandboxed worker, against the real `python3 -I -S` running the same tests in one process
# (benches/python.rs: every variant sampled in the same rounds, the ratio printed last), then
# the whole `atelier run-python` command (case, workspace, run, record), best of 30. The
# machine's load is printed before and after: compare ratios of one run, not across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
bin="$target/release/atelier"
cargo build --release --quiet
echo "load before: $(uptime)"
ATELIER_WORKER_EXE="$bin" cargo bench --quiet --bench python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" init "$tmp/ws" --example >/dev/null
min=999999999
for _ in $(seq 1 30); do
  t0=$(date +%s%N); "$bin" run-python "$tmp/ws" >/dev/null; t1=$(date +%s%N)
  d=$(( (t1 - t0) / 1000 ))
  [ "$d" -lt "$min" ] && min=$d
done
awk -v us="$min" 'BEGIN { printf "%-42s best %7.2f ms (whole command)\n", "atelier run-python (worked example)", us / 1000 }'
echo "load after: $(uptime)"
