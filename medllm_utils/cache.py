"""Record and replay model responses.

Every chat call made through :mod:`medllm_utils.client` is keyed by a hash of *what decides the
answer* — backend kind, model name and the request parameters (messages, temperature, seed,
response format, ...), and for the offline model its settings (:func:`medllm_utils.offline.engine_settings`). In a recording mode the genuine response is written to
``<cache dir>/<first 2 hex digits>/<key>.json``; in a reading mode a recorded response is returned
without calling the model. API keys, headers and base URLs are never part of a record.

Modes (``MEDLLM_CACHE`` or ``ResponseCache(mode=...)``):

==============  ====================================================================
``readwrite``   default: replay what is recorded, record what is new
``read``        replay what is recorded; new requests go to the model, not recorded
``write``       always call the model and (re)record the answer
``replay``      replay only: a request that was never recorded raises CacheMissError
``off``         no cache at all
==============  ====================================================================

The folder is ``MEDLLM_CACHE_DIR`` (default ``~/.cache/medllm-primer/responses``). Writes are atomic
(a temporary file renamed into place), so concurrent writers and interrupted runs never leave a
half-written record.

>>> from medllm_utils.cache import ResponseCache
>>> import tempfile
>>> c = ResponseCache(tempfile.mkdtemp(), mode="readwrite")
>>> key = c.key({"backend": "offline", "model": "m", "messages": [{"role": "user", "content": "hi"}]})
>>> c.get(key) is None
True
>>> c.put(key, {"request": {}, "response": {"id": "x"}})
>>> c.get(key)["response"]["id"]
'x'
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any

from .errors import CacheMissError, ConfigurationError

MODES = ("readwrite", "read", "write", "replay", "off")
_SECRET_FIELDS = {"api_key", "authorization", "headers", "extra_headers", "default_headers", "base_url"}


def default_dir() -> Path:
    return Path(os.environ.get("MEDLLM_CACHE_DIR") or Path.home() / ".cache" / "medllm-primer" / "responses")


class ResponseCache:
    """A folder of recorded responses; see the module docstring for modes."""

    def __init__(self, directory: str | os.PathLike | None = None, mode: str | None = None):
        mode = (mode or os.environ.get("MEDLLM_CACHE") or "readwrite").strip().lower()
        if mode not in MODES:
            raise ConfigurationError(f"Unknown cache mode {mode!r}; use one of {', '.join(MODES)} (MEDLLM_CACHE).")
        self.mode = mode
        self.directory = Path(directory) if directory is not None else default_dir()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    # -- policy ------------------------------------------------------------------------------
    @property
    def reads(self) -> bool:
        return self.mode in ("readwrite", "read", "replay")

    @property
    def writes(self) -> bool:
        return self.mode in ("readwrite", "write")

    # -- keys --------------------------------------------------------------------------------
    @staticmethod
    def key(request: dict[str, Any]) -> str:
        """SHA-256 of the request in canonical JSON (sorted keys, no whitespace).

        Fields that could hold secrets or that change between runs (keys, headers, base URLs)
        are refused rather than silently hashed.
        """
        leaked = _SECRET_FIELDS.intersection(request)
        if leaked:
            raise ValueError(f"cache keys must not contain {sorted(leaked)}")
        blob = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    # -- storage -----------------------------------------------------------------------------
    def get(self, key: str) -> dict[str, Any] | None:
        """Return the record for ``key``, or None on a miss (raises CacheMissError in replay mode)."""
        if not self.reads:
            return None
        p = self.path(key)
        try:
            record = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            record = None
        except (OSError, ValueError) as exc:
            warnings.warn(f"ignoring unreadable cache record {p}: {exc}", stacklevel=2)
            record = None
        with self._lock:
            if record is None:
                self.misses += 1
            else:
                self.hits += 1
        if record is None and self.mode == "replay":
            raise CacheMissError(
                f"No recorded response for this request in {self.directory} (MEDLLM_CACHE=replay). "
                "Record it first with MEDLLM_CACHE=readwrite."
            )
        return record

    def put(self, key: str, record: dict[str, Any]) -> None:
        """Store ``record`` under ``key`` atomically (no-op unless the mode writes)."""
        if not self.writes:
            return
        p = self.path(key)
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, indent=1, default=str)
            os.replace(tmp, p)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*/*.json")) if self.directory.exists() else 0

    def clear(self) -> int:
        """Delete every record; returns how many were removed."""
        n = 0
        for p in self.directory.glob("*/*.json"):
            p.unlink(missing_ok=True)
            n += 1
        return n

    def __repr__(self) -> str:
        return f"ResponseCache({str(self.directory)!r}, mode={self.mode!r})"


_default: ResponseCache | None = None


def get_cache() -> ResponseCache:
    """The process-wide cache configured from the environment (created on first use)."""
    global _default
    if _default is None:
        _default = ResponseCache()
    return _default


def set_cache(cache: ResponseCache | None) -> None:
    """Replace the process-wide cache (None: rebuild it from the environment on next use)."""
    global _default
    _default = cache
