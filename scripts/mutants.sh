#!/usr/bin/env bash
# Mutation testing of the modules whose promises the README makes (issue 18): the store, the
# bundle's verification, the gradebook, the grading rules and the A7 rules. Every mutant
# should be caught by a test, or explained in the issue's closing note.
# Needs cargo-mutants (`cargo install --locked cargo-mutants`); slow: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
  echo "scripts/mutants.sh: cargo-mutants is not installed: cargo install --locked cargo-mutants" >&2
  exit 2
fi

bash scripts/ensure-python.sh
cargo mutants --jobs "${JOBS:-1}" --timeout-multiplier 3 \
  --file src/workspace/store.rs \
  --file src/bundle/mod.rs \
  --file src/exam/gradebook.rs \
  --file src/exam/grading.rs \
  --file src/workbench/gdpr/audit.rs \
  --file src/tui/mod.rs \
  "$@"
