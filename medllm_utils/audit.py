"""Audit: an append-only, hash-chained JSONL record of every model call (chapter 5).

:class:`AuditLog` appends one line per call (metadata and the prompt's SHA-256, never the prompt);
:func:`verify_audit_log` detects an edited, removed or reordered line. ``MEDLLM_AUDIT_LOG`` turns it
on for every call the client makes (:func:`audit_from_env`). Appends from several processes are
serialised with a file lock (``filelock``, which works on every operating system).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock

_GENESIS = "0" * 64


def _digest(record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class AuditLog:
    """Append-only, hash-chained JSONL log of model calls.

    Each line holds the call's metadata — never the prompt itself, only its SHA-256 — plus the hash
    of the previous line and its own hash, so editing, deleting or reordering any line breaks the
    chain (:func:`verify_audit_log`). Set ``MEDLLM_AUDIT_LOG`` to a path and the client appends one
    line per call.

    >>> import tempfile, pathlib
    >>> log = AuditLog(pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl")
    >>> _ = log.append(backend="offline", model="m", prompt="hi", prompt_tokens=3, completion_tokens=2)
    >>> verify_audit_log(log.path).ok
    True
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def _tail(self) -> tuple[int, str]:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return 0, _GENESIS
        with open(self.path, "rb") as fh:
            fh.seek(max(0, self.path.stat().st_size - 65536))
            last = fh.read().splitlines()[-1]
        rec = json.loads(last)
        return int(rec["seq"]), rec["hash"]

    def append(self, *, backend: str, model: str, prompt: Any, prompt_tokens: int, completion_tokens: int,
               cost_usd: float | None = None, user: str | None = None, label: str = "", cached: bool = False) -> dict[str, Any]:
        """Append one call; ``prompt`` (messages or text) is stored only as its SHA-256."""
        prompt_hash = hashlib.sha256(json.dumps(prompt, sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.path) + ".lock")
            with lock:  # other processes appending to the same file wait
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    seq, prev = self._tail()
                    rec = {"seq": seq + 1, "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                           "backend": backend, "model": model,
                           "user": user or os.environ.get("MEDLLM_USER") or getpass_user(),
                           "label": label, "prompt_sha256": prompt_hash, "prompt_tokens": int(prompt_tokens),
                           "completion_tokens": int(completion_tokens), "cost_usd": cost_usd, "cached": bool(cached),
                           "prev_hash": prev}
                    rec["hash"] = _digest(rec)
                    os.write(fd, (json.dumps(rec, sort_keys=True) + "\n").encode())
                finally:
                    os.close(fd)
        return rec


def getpass_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user database (some containers)
        return "unknown"


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    lines: int
    first_bad_line: int | None = None
    reason: str = ""


def verify_audit_log(path: str | Path) -> AuditReport:
    """Check every line's hash and the chain; report the first line that does not verify.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl"
    >>> log = AuditLog(p)
    >>> for i in range(3):
    ...     _ = log.append(backend="openai", model="m", prompt=f"q{i}", prompt_tokens=10, completion_tokens=5)
    >>> lines = p.read_text().splitlines()
    >>> _ = p.write_text("\\n".join([lines[0], lines[1].replace('"prompt_tokens": 10', '"prompt_tokens": 1'), lines[2]]) + "\\n")
    >>> verify_audit_log(p)
    AuditReport(ok=False, lines=3, first_bad_line=2, reason='line 2 was edited (its hash does not match its content)')
    """
    path = Path(path)
    if not path.exists():
        return AuditReport(False, 0, None, f"{path} does not exist")
    lines = path.read_text(encoding="utf-8").splitlines()
    total, prev = len(lines), _GENESIS
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            return AuditReport(False, total, n, f"line {n} is not valid JSON")
        if rec.get("hash") != _digest(rec):
            return AuditReport(False, total, n, f"line {n} was edited (its hash does not match its content)")
        if rec.get("prev_hash") != prev or rec.get("seq") != n:
            return AuditReport(False, total, n, f"line {n} does not follow line {n - 1} (a line was removed, inserted or moved)")
        prev = rec["hash"]
    return AuditReport(True, total)


_audit_logs: dict[str, AuditLog] = {}


def audit_from_env() -> AuditLog | None:
    """The :class:`AuditLog` at ``MEDLLM_AUDIT_LOG``, if that variable is set."""
    path = os.environ.get("MEDLLM_AUDIT_LOG", "").strip()
    if not path:
        return None
    return _audit_logs.setdefault(path, AuditLog(path))
