#!/usr/bin/env bash
# Second test suite: build the book, then test the built site in a real browser (headless
# Chromium driven by Playwright, served from 127.0.0.1). Screenshots go to artifacts/.
#
#   bash scripts/test_site.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[site] installing Debian's chromium (Playwright cannot download browsers here)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "[site] Chromium is required: install it (e.g. 'sudo apt-get install chromium') and re-run." >&2
    exit 1
  fi
fi
bash "$ROOT/scripts/build_book.sh"
VENV="${MEDLLM_VENV:-$ROOT/.venv}"
cd "$ROOT"
"$VENV/bin/python" -m pytest tests_site -p no:cacheprovider "$@"
