#!/usr/bin/env bash
# Run the whole test suite: unit tests, tests against the embedded model, and every notebook
# under nbval. Extra arguments go to pytest (e.g. `-k cache`, `-m "not model"`).
#
#   bash scripts/run_tests.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup_env.sh"
VENV="${MEDLLM_VENV:-$ROOT/.venv}"
export PATH="$VENV/bin:$PATH"
cd "$ROOT"
# Tests never use a key or a hosted backend, and record into a throw-away cache so that the
# notebooks really run the model rather than replaying earlier recordings.
unset OPENAI_API_KEY OPENAI_BASE_URL AZURE_OPENAI_ENDPOINT AZURE_OPENAI_API_KEY MEDLLM_MODEL
export MEDLLM_BACKEND=offline MEDLLM_PROGRESS=0
# MEDLLM_TEST_CACHE_DIR (set by .ci/run) keeps that recording for the book build that follows, so
# the build replays what the tests ran instead of running the model a second time.
if [ -n "${MEDLLM_TEST_CACHE_DIR:-}" ]; then
  MEDLLM_CACHE_DIR="$MEDLLM_TEST_CACHE_DIR"
  if [ -n "$(ls -A "$MEDLLM_CACHE_DIR" 2>/dev/null)" ]; then
    echo "MEDLLM_TEST_CACHE_DIR must be an empty folder (tests must run the model, not replay it)" >&2
    exit 2
  fi
else
  MEDLLM_CACHE_DIR="$(mktemp -d)"
  trap 'rm -rf "$MEDLLM_CACHE_DIR"' EXIT
fi
export MEDLLM_CACHE_DIR
python -m pytest tests notebooks medllm_utils --ignore=tests/fixtures --doctest-modules --nbval-lax --nbval-current-env --nbval-cell-timeout=900 -p no:cacheprovider "$@"
