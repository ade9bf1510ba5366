#!/usr/bin/env bash
# Speed of `atelier gradebook` on a class of N bundles (default 300): N distinct candidates'
# bundles of the worked example in nested folders, two thirds graded (all exercises decided),
# one in thirty tampered with after grading (10 of 300), the rest ungraded. Prints the time of the
# gradebook (best of 3 runs) and checks that every bundle has its row.
#   bash scripts/gradebook-bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
cargo build --release --quiet
bin=$PWD/target/release/atelier
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

exercises="A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 RE MI MC"
t0=$(date +%s%N)
for i in $(seq 1 "$n"); do
  group=$(( i % 10 ))
  dir="$tmp/class/groupe-$group"
  mkdir -p "$dir"
  "$bin" init "$tmp/ws/$i" --example --candidate "Candidat $i" >/dev/null
  "$bin" bundle "$tmp/ws/$i" -o "$dir/candidat-$i.zip" >/dev/null
  if (( i % 3 != 0 )); then
    sha=$(sha256sum "$dir/candidat-$i.zip" | cut -d' ' -f1)
    {
      printf '{"format":1,"bundle":"candidat-%s.zip","bundle_sha256":"%s",' "$i" "$sha"
      printf '"candidate":"Candidat %s","case_id":"maison-verdier","examiner":"bench",' "$i"
      printf '"updated":"2026-06-15T09:00:00Z","exercises":{'
      first=1
      for e in $exercises; do
        (( first )) || printf ','
        first=0
        decision=validated
        (( i % 7 == 0 )) && [ "$e" = A7 ] && decision=not_validated
        printf '"%s":{"criteria":{"%s-1":{"score":3,"comment":""}},"decision":"%s","examiner":"bench","updated":"2026-06-15T09:00:00Z"}' "$e" "$e" "$decision"
      done
      printf '}}\n'
    } >"$dir/candidat-$i.zip.grades.json"
  fi
  if (( i % 30 == 0 )); then
    # 100 bytes overwritten in the middle of the zip (longer than a local header, so some
    # file's data changes; one byte could land in a header's date, which no hash covers).
    head -c 100 /dev/zero | tr '\0' 'X' | dd of="$dir/candidat-$i.zip" bs=1 seek=3000 conv=notrunc status=none
  fi
done
t1=$(date +%s%N)
echo "made $n bundles in $(( (t1 - t0) / 1000000 )) ms"

best=999999999
for _ in 1 2 3; do
  s=$(date +%s%N)
  "$bin" --lang en gradebook "$tmp/class" -o "$tmp/gradebook.csv" >/dev/null
  e=$(date +%s%N)
  d=$(( (e - s) / 1000000 ))
  (( d < best )) && best=$d
done
rows=$(( $(wc -l <"$tmp/gradebook.csv") - 1 ))
failed=$(grep -c ',failed,' "$tmp/gradebook.csv" || true)
certified=$(awk -F, 'NR > 1 && $NF ~ /^obtained/' "$tmp/gradebook.csv" | wc -l)
echo "atelier gradebook: $rows rows ($failed failed verification, $certified certified) in $best ms (best of 3)"
[ "$rows" -eq "$n" ] || { echo "expected $n rows" >&2; exit 1; }
