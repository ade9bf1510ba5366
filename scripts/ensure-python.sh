#!/usr/bin/env bash
# The A1 runner embeds CPython (pyo3): building needs a `python3` (3.9 or later) with its
# shared library, `libpython3.X.so`. Installs Debian's python3-dev when there is none.
# (PYO3_PYTHON may name another interpreter; build.rs sets the binary's rpath to its
# library folder, so the built binary runs without LD_LIBRARY_PATH.)
set -euo pipefail
python=${PYO3_PYTHON:-python3}
has_shared_python() {
  command -v "$python" >/dev/null 2>&1 &&
    "$python" -c 'import sys, sysconfig; sys.exit(0 if sys.version_info >= (3, 9) and sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)' 2>/dev/null
}
if ! has_shared_python; then
  echo "scripts/ensure-python.sh: installing python3-dev (the A1 runner embeds CPython)" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-dev >/dev/null
  has_shared_python || { echo "scripts/ensure-python.sh: no python3 with a shared libpython" >&2; exit 1; }
fi
