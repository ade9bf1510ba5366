#!/usr/bin/env bash
# Speed of `atelier gradebook` on a class of N bundles (default 300; a national session is
# 10,000: `bash scripts/gradebook-bench.sh 10000`, target under 60 s). D distinct candidates'
# bundles of the worked example (default: N up to 300) are made with `atelier init` and
# `atelier bundle`, in nested folders; the rest of the class are copies of them under other
# names (the same verification work per bundle: every entry hashed, the manifest, workspace
# and case read). Two thirds are graded (all exercises decided, in the grades format of
# atelier 1, read by migration), one in thirty is tampered with after grading (10 of 300),
# the rest ungraded. Prints the time of the gradebook (best of 3 runs) and checks that every
# bundle has its row.
#   bash scripts/gradebook-bench.sh [N] [D]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
distinct=${2:-$(( n < 300 ? n : 300 ))}
cargo build --release --quiet -j "${BENCH_JOBS:-1}"
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/atelier
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

exercises="A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 A12 A13 A14 A15 RE MI MC"
grades() { # FILE INDEX
  local file=$1 i=$2 sha first decision
  sha=$(sha256sum "$file" | cut -d' ' -f1)
  {
    printf '{"format":1,"bundle":"%s","bundle_sha256":"%s",' "$(basename "$file")" "$sha"
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
  } >"$file.grades.json"
}

t0=$(date +%s%N)
for i in $(seq 1 "$n"); do
  dir="$tmp/class/groupe-$(( i % 10 ))"
  mkdir -p "$dir"
  file="$dir/candidat-$i.zip"
  if (( i <= distinct )); then
    "$bin" init "$tmp/ws/$i" --example --candidate "Candidat $i" >/dev/null
    mkdir -p "$tmp/pristine"
    "$bin" bundle "$tmp/ws/$i" -o "$tmp/pristine/$i.zip" >/dev/null
    rm -rf "$tmp/ws/$i"
  fi
  cp "$tmp/pristine/$(( (i - 1) % distinct + 1 )).zip" "$file"
  (( i % 3 != 0 )) && grades "$file" "$i"
  if (( i % 30 == 0 )); then
    # 100 bytes overwritten in the middle of the zip (longer than a local header, so some
    # file's data changes; one byte could land in a header's date, which no hash covers).
    head -c 100 /dev/zero | tr '\0' 'X' | dd of="$file" bs=1 seek=3000 conv=notrunc status=none
  fi
done
t1=$(date +%s%N)
echo "made $n bundles ($distinct distinct) in $(( (t1 - t0) / 1000000 )) ms"

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
echo "atelier gradebook: $rows rows ($failed failed verification, $certified certified) in $best ms (best of 3, $(nproc) cores)"
[ "$rows" -eq "$n" ] || { echo "expected $n rows" >&2; exit 1; }
