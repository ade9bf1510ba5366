#!/usr/bin/env bash
# The one test command (README): installs what the tests need on a fresh machine, then runs
# the whole suite (unit, snapshot, integration and the tmux-driven test).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null 2>&1; then
  echo "scripts/test.sh: installing tmux (needed by tests/tmux.rs)" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq tmux >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq tmux >/dev/null
  fi
fi

bash scripts/ensure-python.sh
cargo test "$@"
