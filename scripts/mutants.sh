#!/usr/bin/env bash
# Mutation testing of the modules whose promises the README makes (issue 18): the store, the
# A7 rules, the grading rules, the gradebook and the bundle's verification. Every mutant
# should be caught by a test, or explained in the issue's closing note.
#
# Each module runs with the tests that hold its promises: the library's unit tests, plus the
# integration tests named below. `-C` gives them to cargo's build phase too, so a mutant
# rebuilds the library and those tests only (15-60 s each here, rather than every test
# binary). A mutant missed here may still be caught by a slower test elsewhere: run it again
# with that test (`--re NAME -C --test -C FILE`) before writing a new one.
#
# Usage: scripts/mutants.sh [MODULE...]   (store audit grading gradebook bundle; all by default)
# Results: target/mutants/MODULE/mutants.out/{caught,missed,unviable,timeout}.txt
# Needs cargo-mutants (`cargo install --locked cargo-mutants`); slow: run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
  echo "scripts/mutants.sh: cargo-mutants is not installed: cargo install --locked cargo-mutants" >&2
  exit 2
fi

bash scripts/ensure-python.sh
run() {
  local name=$1
  shift
  cargo mutants --no-shuffle --jobs "${JOBS:-1}" --timeout-multiplier 3 \
    -o "target/mutants/$name" "$@" || true
  local out="target/mutants/$name/mutants.out"
  echo "$name: $(wc -l <"$out/caught.txt") caught, $(wc -l <"$out/missed.txt") missed, $(wc -l <"$out/timeout.txt") timeouts, $(wc -l <"$out/unviable.txt") unviable"
  sed 's/^/  missed: /' "$out/missed.txt"
}

modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(store audit grading gradebook bundle)
for module in "${modules[@]}"; do
  case $module in
    store) run store -f src/workspace/store.rs -C --lib -C --test -C store_commands ;;
    audit) run audit -f src/workbench/gdpr/audit.rs -C --lib ;;
    grading) run grading -f src/exam/grading.rs -C --lib -C --test -C exam_rules ;;
    gradebook) run gradebook -f src/exam/gradebook/mod.rs -C --lib -C --test -C gradebook ;;
    bundle)
      run bundle -f src/bundle/mod.rs \
        --re 'verify|read_bundle|read_unverified|scan|read_capped|is_safe_name|local_header_name|damaged|u16_at' \
        -C --lib -C --test -C bundle -C --test -C review_trust
      ;;
    *)
      echo "scripts/mutants.sh: unknown module $module (store audit grading gradebook bundle)" >&2
      exit 2
      ;;
  esac
done
