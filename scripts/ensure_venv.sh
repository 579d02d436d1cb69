#!/usr/bin/env bash
# Creates .venv with Python >= 3.12 and installs the locked dependencies (hashes checked).
set -euo pipefail
cd "$(dirname "$0")/.."
find_python() {
  for candidate in python3.12 python3.13 python3.14 python3; do
    local path
    path=$(command -v "$candidate" 2>/dev/null) || continue
    if "$path" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      echo "$path"; return 0
    fi
  done
  # pyenv keeps versions outside PATH until selected; .python-version asks for 3.12.
  for path in "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3; do
    [ -x "$path" ] && { echo "$path"; return 0; }
  done
  return 1
}
if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || {
    echo "Potrzebny jest Python 3.12 lub nowszy / Python 3.12 or newer is required (see .python-version)." >&2
    exit 1
  }
  echo "Tworzę .venv z $python ($("$python" --version))"
  "$python" -m venv .venv
fi
PIP_FIND_LINKS= .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
  -r requirements/base.lock -r requirements/dev.lock
