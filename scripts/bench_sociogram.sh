#!/usr/bin/env bash
# Sociogram figures (issue 5): ForceAtlas2 iterations per second, metrics time and frame time
# on a 2,000-actor / 10,000-relation graph (cargo bench), then the same metrics in networkx on
# the same graph, with a check that the values agree and the time ratio. Installs networkx
# into target/networkx-venv if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/networkx-venv
# The real interpreter, not a pyenv shim (DESIGN.md section 5).
python=$(python3 -c 'import sys; print(sys.executable)')
if ! "$venv/bin/python" -c 'import networkx' >/dev/null 2>&1; then
  echo "scripts/bench_sociogram.sh: installing networkx into $venv" >&2
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet networkx
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
SOCIOGRAM_BENCH_DIR="$out" cargo bench --quiet --bench sociogram
"$venv/bin/python" scripts/networkx_compare.py "$out"
