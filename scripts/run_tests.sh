#!/usr/bin/env bash
# Run the whole test suite: unit tests, tests against the embedded model, and every chapter executed
# with small parameters. Extra arguments go to pytest (e.g. `-m unit` for the one-minute check,
# `-k cache`).
#
#   bash scripts/run_tests.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup_env.sh"
VENV="${MEDLLM_VENV:-$ROOT/.venv}"
export PATH="$VENV/bin:$PATH"
cd "$ROOT"
# Tests never use a key or a hosted backend, and record into a throw-away cache so that the model
# really runs rather than replaying earlier recordings; trained weights go to a throw-away folder too.
unset OPENAI_API_KEY OPENAI_BASE_URL AZURE_OPENAI_ENDPOINT AZURE_OPENAI_API_KEY MEDLLM_MODEL
export MEDLLM_BACKEND=offline MEDLLM_PROGRESS=0
MEDLLM_CACHE_DIR="$(mktemp -d)"
trap 'rm -rf "$MEDLLM_CACHE_DIR"' EXIT
export MEDLLM_CACHE_DIR MEDLLM_FINETUNE_CACHE="$MEDLLM_CACHE_DIR/finetune"
# The embedded model's server and kernels started by the tests live and die with this run.
export MEDLLM_RUNTIME_DIR="$MEDLLM_CACHE_DIR/runtime"
# Three tiers (conftest.py): unit (no model, no network), model (the embedded model on tiny inputs),
# notebooks (every chapter with small parameters). `-m unit` runs the quick tier alone.
# One worker per core (pytest-xdist; at most 4), each with its own offline server (conftest.py);
# `-n 0` runs everything in this process. Idle workers take tests from busy ones (worksteal), and the
# chapter tests, the longest, are collected first so that they start first.
python -m pytest tests medllm_utils --ignore=tests/fixtures --doctest-modules -p no:cacheprovider \
  -n "${MEDLLM_TEST_WORKERS:-auto}" --maxprocesses=4 --dist worksteal \
  --durations=25 --durations-min=1.0 "$@"
