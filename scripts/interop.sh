#!/usr/bin/env bash
# Interoperability (issue 16): what atelier writes, read by its users' own tools. For both
# worked examples (the embedded case and ./cases/monts-de-loue), builds the workspace and its
# bundle, then:
#   - presenterm 0.16.1 presents the A15 Markdown, every slide, with no error on screen (tmux);
#   - networkx reads the A6 GEXF and GraphML, finds the same actors and arcs as the edge list,
#     and its degrees, betweenness and closeness equal the exported ones;
#   - a Python checker (scripts/interop/check_mm.py, xml.etree) resolves every internal link of
#     the exported A5 map, and of Freeplane's own user guide imported then exported (33 links,
#     each to the node of the same text);
#   - pandas reads every CSV export;
#   - openpyxl reads every .xlsx export (check_xlsx_exports);
#   - headless Chromium prints report.html to PDF (scripts/interop/check_pdf.py): every word
#     lies within its page, and each figure's label drawn furthest right is printed (the A3
#     and A5 maps were cut at the page's edge).
# Installs what it needs, cached under target/interop/ so that a second run takes seconds:
# Debian packages (tmux, chromium, poppler-utils, python3-venv) with apt-get when missing,
# presenterm with `cargo install` into target/interop/bin, the Python packages in
# target/interop/venv. Exits non-zero, saying which reader failed and on which file.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache=$root/target/interop
mkdir -p "$cache"
failures=0
passed=0

say() { printf 'interop: %s\n' "$*"; }
pass() {
  say "$*"
  passed=$((passed + 1))
}
fail() {
  printf 'interop: FAILED: %s\n' "$*" >&2
  failures=$((failures + 1))
}

# -- installs ----------------------------------------------------------------------------

apt_updated=0
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  if [ "$apt_updated" = 0 ]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  say "installing $* (Debian)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_command() { # need_command COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
  command -v "$1" >/dev/null 2>&1 || { echo "interop: $1 is still missing after installing $2" >&2; exit 1; }
}

need_command tmux tmux
need_command pdftotext poppler-utils
need_command pdfinfo poppler-utils
if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium fonts-dejavu-core
fi
chromium_bin=$(command -v chromium)

# Python: the real interpreter (not a pyenv shim), a venv under target/interop.
python=$(python3 -c 'import sys; print(sys.executable)')
venv=$cache/venv
if ! "$venv/bin/python" -c 'import networkx, pandas, openpyxl' >/dev/null 2>&1; then
  if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c 'import ensurepip' >/dev/null 2>&1; then
    apt_install python3-venv
  fi
  rm -rf "$venv"
  "$python" -m venv "$venv"
  say "installing networkx, pandas and openpyxl into $venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check networkx pandas openpyxl
fi
py=$venv/bin/python

# presenterm, built once from crates.io. A light release profile (no LTO, opt-level 1):
# presenterm's own profile asks for fat LTO, which takes most of an hour on two cores.
presenterm_version=0.16.1
presenterm=$cache/bin/presenterm
# One already installed (cargo install presenterm, on PATH) will do if it is this version.
if ! [ -x "$presenterm" ] && command -v presenterm >/dev/null 2>&1 &&
  presenterm --version 2>/dev/null | grep -q "$presenterm_version"; then
  presenterm=$(command -v presenterm)
fi
if ! { [ -x "$presenterm" ] && "$presenterm" --version 2>/dev/null | grep -q "$presenterm_version"; }; then
  presenterm=$cache/bin/presenterm
  say "building presenterm $presenterm_version into $cache/bin (once; several minutes)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install --quiet --locked presenterm --version "$presenterm_version" \
    --root "$cache" --target-dir "$cache/cargo-build"
fi

# -- atelier and the worked examples -------------------------------------------------------

bash scripts/ensure-python.sh
cargo build --quiet --bin atelier
atelier=$root/target/debug/atelier
work=$(mktemp -d)
tmux_socket="atelier-interop-$$"
cleanup() {
  tmux -L "$tmux_socket" kill-server >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export ATELIER_TODAY=2026-11-22 NO_COLOR=1

cases=$("$atelier" cases | cut -f1)
for case_id in maison-verdier monts-de-loue; do
  echo "$cases" | grep -qx "$case_id" || { fail "atelier cases does not list $case_id"; continue; }
  dir=$work/$case_id
  "$atelier" --lang fr init "$dir/ws" --case "$case_id" --example >/dev/null
  "$atelier" --lang fr bundle "$dir/ws" -o "$dir/bundle.zip" >/dev/null
  "$atelier" verify "$dir/bundle.zip" >/dev/null
  mkdir -p "$dir/bundle"
  "$py" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$dir/bundle.zip" "$dir/bundle"
  say "$case_id: workspace and bundle made"
done

# -- presenterm ----------------------------------------------------------------------------

# Presents FILE in a 120×40 tmux pane, steps through SLIDES slides, and fails when any screen
# shows an error (presenterm prints its errors on screen and stays open) or the first slide's
# title is missing.
check_presenterm() {
  local file=$1 slides=$2 first_title=$3 label=$4
  local pane screens=$cache/presenterm-$label.txt
  tmux -L "$tmux_socket" new-session -d -s "$label" -x 120 -y 40 \
    "cd '$(dirname "$file")' && TERM=xterm-256color '$presenterm' '$file'; echo 'presenterm exited:' \$?; sleep 30"
  : >"$screens"
  local i
  for ((i = 1; i <= slides; i++)); do
    sleep 1
    pane=$(tmux -L "$tmux_socket" capture-pane -p -t "$label")
    printf -- '--- screen %d ---\n%s\n' "$i" "$pane" >>"$screens"
    if grep -qiE 'error|invalid|failed|panicked|presenterm exited' <<<"$pane"; then
      fail "presenterm on $file, slide $i: $(grep -iE 'error|invalid|failed|panicked|exited' <<<"$pane" | head -3 | tr -s ' ')"
      break
    fi
    tmux -L "$tmux_socket" send-keys -t "$label" Right
  done
  if ! grep -qF "$first_title" "$screens"; then
    fail "presenterm on $file: the first slide's title \"$first_title\" never showed (screens in $screens)"
  fi
  tmux -L "$tmux_socket" kill-session -t "$label" >/dev/null 2>&1 || true
}

for case_id in maison-verdier monts-de-loue; do
  dir=$work/$case_id
  md=$dir/A15.md
  "$atelier" export "$dir/ws" --exercise A15 --format md -o "$md" >/dev/null
  # presenterm makes a title slide of the front matter, then one per `<!-- end_slide -->`.
  slides=$(grep -c '^<!-- end_slide -->$' "$md" || true)
  slides=$((slides + 2))
  first_title=$(awk '/^===$/ { print prev; exit } { prev = $0 }' "$md")
  check_presenterm "$md" "$slides" "${first_title:0:40}" "deck-$case_id"
  cmp -s "$md" "$dir/bundle/exports/A15.md" || fail "$case_id: the bundle's exports/A15.md differs from atelier export"
  pass "$case_id: presenterm presented the $slides slides of A15 (title slide included)"
done

# -- networkx: GEXF and GraphML ------------------------------------------------------------

# A case's worked example need not answer every exercise (monts-de-loue answers a few): each
# file is checked where the bundle has it, and the embedded case must have them all.
graphs_read=0
for case_id in maison-verdier monts-de-loue; do
  exports=$work/$case_id/bundle/exports
  [ -f "$exports/A6.gexf" ] || continue
  graphs_read=$((graphs_read + 1))
  if "$py" scripts/interop/check_graphs.py "$exports/A6.gexf" "$exports/A6.graphml" "$exports/A6-edges.csv"; then
    pass "$case_id: networkx read A6.gexf and A6.graphml"
  else
    fail "$case_id: networkx on A6.gexf / A6.graphml"
  fi
done
[ "$graphs_read" -gt 0 ] || fail "no bundle holds A6.gexf: networkx read nothing"

# -- Freeplane maps: every internal link resolves ------------------------------------------

maps_read=0
for case_id in maison-verdier monts-de-loue; do
  map=$work/$case_id/bundle/exports/A5.mm
  [ -f "$map" ] || continue
  maps_read=$((maps_read + 1))
  if "$py" scripts/interop/check_mm.py "$map"; then
    pass "$case_id: every internal link of A5.mm resolves"
  else
    fail "$case_id: exports/A5.mm"
  fi
done
[ "$maps_read" -gt 0 ] || fail "no bundle holds A5.mm: the .mm checker read nothing"
# Freeplane's own user guide, imported then exported: its 33 internal links must survive.
guide=tests/fixtures/freeplane/freeplaneUserGuide.mm
"$atelier" init "$work/guide" >/dev/null
"$atelier" import "$work/guide" --exercise A5 "$guide" >/dev/null
"$atelier" export "$work/guide" --exercise A5 --format mm -o "$work/guide.mm" >/dev/null
if "$py" scripts/interop/check_mm.py "$work/guide.mm" --original "$guide" --links 33; then
  pass "Freeplane's user guide imported then exported: its 33 internal links resolve"
else
  fail "Freeplane's user guide imported then exported"
fi

# -- pandas: every CSV ---------------------------------------------------------------------

for case_id in maison-verdier monts-de-loue; do
  if "$py" scripts/interop/check_csv.py "$work/$case_id/bundle/exports"; then
    pass "$case_id: pandas read every CSV"
  else
    fail "$case_id: pandas on the CSV exports"
  fi
done

# -- openpyxl: every .xlsx -------------------------------------------------------------------

# Hook for the spreadsheet exports (issue 16, part B: grids and the A7 register as .xlsx):
# every .xlsx of the bundle is opened with openpyxl, and each sheet must have a header row.
check_xlsx_exports() {
  local exports=$1
  if "$py" scripts/interop/check_xlsx.py "$exports"; then
    pass "openpyxl read every .xlsx of $(basename "$(dirname "$(dirname "$exports")")")"
  else
    fail "openpyxl on the .xlsx exports of $exports"
  fi
}
for case_id in maison-verdier monts-de-loue; do
  check_xlsx_exports "$work/$case_id/bundle/exports"
done

# -- Chromium: report.html printed to PDF --------------------------------------------------

for case_id in maison-verdier monts-de-loue; do
  dir=$work/$case_id
  profile=$(mktemp -d)
  timeout 180 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --no-pdf-header-footer --user-data-dir="$profile" \
    --print-to-pdf="$dir/report.pdf" "file://$dir/bundle/report.html" >"$dir/chromium.log" 2>&1 ||
    { fail "$case_id: Chromium could not print report.html (see $dir/chromium.log)"; rm -rf "$profile"; continue; }
  rm -rf "$profile"
  if "$py" scripts/interop/check_pdf.py "$dir/report.pdf" "$dir/bundle/report.html"; then
    pass "$case_id: Chromium printed report.html, $(pdfinfo "$dir/report.pdf" | awk '/^Pages:/ { print $2 }') pages, nothing clipped"
  else
    fail "$case_id: report.html printed by Chromium"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "interop: $failures reader(s) refused what atelier wrote" >&2
  echo "interop: $passed passed, $failures failed"
  exit 1
fi
say "every reader read what atelier wrote"
echo "interop: $passed passed, $failures failed"
