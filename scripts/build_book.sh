#!/usr/bin/env bash
# Build the book: set up the environment, then execute every notebook on the offline model
# (unless MEDLLM_BACKEND says otherwise) and render HTML into _build/html with a strict build.
#
#   bash scripts/build_book.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup_env.sh"
VENV="${MEDLLM_VENV:-$ROOT/.venv}"
export PATH="$VENV/bin:$PATH"
export MEDLLM_BACKEND="${MEDLLM_BACKEND:-offline}"
export MEDLLM_PROGRESS=0   # progress bars are for people running notebooks, not for the rendered pages
cd "$ROOT"
# Nothing the build reads changed since the last successful build: the site is already what a rebuild
# would produce (scripts/book_stamp.py says what it covers). MEDLLM_REBUILD=1 rebuilds anyway.
if sources="$(python scripts/book_stamp.py check)" && [ "${MEDLLM_REBUILD:-0}" != "1" ]; then
  echo "[book] up to date: no source changed since the last successful build (MEDLLM_REBUILD=1 to rebuild): open $ROOT/_build/html/index.html"
  exit 0
fi
[ -n "$sources" ] || { echo "[book] scripts/book_stamp.py could not fingerprint the sources (see above)" >&2; exit 1; }
# `clean` keeps the execution cache (_build/.jupyter_cache), so unchanged notebooks are not re-run;
# without it a rebuild after a failed strict build would not repeat the warnings.
jupyter-book clean . >/dev/null
start=$(date +%s)
# Execute the chapters that changed side by side (one worker per core, each with its own offline
# server) into the execution cache; the build then renders them without executing them again.
python scripts/execute_book.py
jupyter-book build . -W -n --keep-going
python scripts/book_stamp.py write "$sources"   # only after a strict build passed (set -e)
echo "[book] built in $(( $(date +%s) - start )) s: open $ROOT/_build/html/index.html"
