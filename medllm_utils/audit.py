"""Audit: an append-only, hash-chained JSONL record of every model call (chapter 5).

:class:`AuditLog` appends one line per call (metadata and the prompt's SHA-256, never the prompt);
:func:`verify_audit_log` detects an edited, removed or reordered line. ``MEDLLM_AUDIT_LOG`` turns it
on for every call the client makes (:func:`audit_from_env`). Appends from several processes are
serialised with a file lock (``filelock``, which works on every operating system).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock

_GENESIS = "0" * 64
EVENTS = ("call", "intent", "outcome")


class AuditLogWarning(UserWarning):
    """The audit log needed a repair (a torn last line was set aside); the chain goes on."""


def _key_from_env() -> bytes | None:
    key = os.environ.get("MEDLLM_AUDIT_KEY", "")
    return key.encode("utf-8") if key else None


def _digest(record: dict[str, Any], key: bytes | None = None) -> str:
    """SHA-256 of a line's content, or an HMAC-SHA-256 with ``key``: without the key, nobody can
    rewrite the chain from an edited line onwards."""
    body = json.dumps({k: v for k, v in record.items() if k != "hash"}, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest() if key else hashlib.sha256(body).hexdigest()


class AuditLog:
    """Append-only, hash-chained JSONL log of model calls.

    Each line holds the call's metadata — never the prompt itself, only its SHA-256 — plus the hash
    of the previous line and its own hash, so editing, deleting or reordering any line breaks the
    chain (:func:`verify_audit_log`). Set ``MEDLLM_AUDIT_LOG`` to a path and the client writes an
    ``intent`` line before each model call and an ``outcome`` line after it (a ``call`` line for an
    answer replayed from the cache). With ``MEDLLM_AUDIT_KEY`` (or ``key=``) every hash is an HMAC,
    so a rewritten chain is detected by whoever holds the key. A torn last line (a write cut off by
    a crash or a full disk) is moved to ``<log>.torn`` with a warning and the chain continues from
    the last complete line — a later call never fails because of it.

    >>> import tempfile, pathlib
    >>> log = AuditLog(pathlib.Path(tempfile.mkdtemp()) / "audit.jsonl")
    >>> _ = log.append(backend="offline", model="m", prompt="hi", prompt_tokens=3, completion_tokens=2)
    >>> verify_audit_log(log.path).ok
    True
    """

    def __init__(self, path: str | Path, key: bytes | str | None = None):
        self.path = Path(path)
        self.key = key.encode("utf-8") if isinstance(key, str) else key if key is not None else _key_from_env()
        self._lock = threading.Lock()

    def _tail(self) -> tuple[int, str]:
        """Sequence number and hash of the last complete line; sets aside a torn last line."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return 0, _GENESIS
        size = self.path.stat().st_size
        with open(self.path, "rb") as fh:
            start = max(0, size - 65536)
            fh.seek(start)
            chunk = fh.read()
        complete = chunk.endswith(b"\n")
        lines = chunk.splitlines()
        last = lines[-1] if lines else b""
        try:
            rec = json.loads(last) if complete else None
        except json.JSONDecodeError:
            rec = None
        if rec is None:  # torn (no newline, or not JSON): keep the bytes, cut them from the log
            cut = size - len(chunk.rsplit(b"\n", 1)[-1] if not complete else last + b"\n")
            with open(self.path, "rb+") as fh:
                fh.seek(cut)
                torn = fh.read()
                with open(str(self.path) + ".torn", "ab") as out:
                    out.write(torn + (b"" if torn.endswith(b"\n") else b"\n"))
                fh.truncate(cut)
            warnings.warn(f"audit log {self.path}: an incomplete last line ({len(torn)} bytes) was moved to "
                          f"{self.path}.torn; the chain continues from the last complete line", AuditLogWarning,
                          stacklevel=4)
            return self._tail()
        return int(rec["seq"]), rec["hash"]

    def append(self, *, backend: str, model: str, prompt: Any, prompt_tokens: int | None = None,
               completion_tokens: int | None = None, cost_usd: float | None = None, user: str | None = None,
               label: str = "", cached: bool = False, event: str = "call", call_id: str | None = None,
               status: str = "ok", error: str | None = None) -> dict[str, Any]:
        """Append one line; ``prompt`` (messages or text) is stored only as its SHA-256.

        ``event``: ``"call"`` (one line for a whole call), ``"intent"`` (before a model call) or
        ``"outcome"`` (after it, with ``status`` ``"ok"`` or ``"error"`` and the tokens used).
        """
        if event not in EVENTS:
            raise ValueError(f"event must be one of {', '.join(EVENTS)}")
        prompt_hash = hashlib.sha256(json.dumps(prompt, sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with FileLock(str(self.path) + ".lock"):  # other processes appending to the same file wait
                seq, prev = self._tail()
                rec = {"seq": seq + 1, "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                       "event": event, "call_id": call_id, "backend": backend, "model": model,
                       "user": user or os.environ.get("MEDLLM_USER") or getpass_user(),
                       "label": label, "prompt_sha256": prompt_hash,
                       "prompt_tokens": None if prompt_tokens is None else int(prompt_tokens),
                       "completion_tokens": None if completion_tokens is None else int(completion_tokens),
                       "cost_usd": cost_usd, "cached": bool(cached), "status": status, "error": error,
                       "mac": "hmac-sha256" if self.key else "sha256", "prev_hash": prev}
                rec["hash"] = _digest(rec, self.key)
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(fd, (json.dumps(rec, sort_keys=True) + "\n").encode())
                finally:
                    os.close(fd)
        return rec

    def checkpoint(self) -> dict[str, Any]:
        """Line count and last hash: keep it elsewhere, and :func:`verify_audit_log` can tell later
        whether lines were cut from the end (which the chain alone cannot show)."""
        with FileLock(str(self.path) + ".lock"):
            seq, head = self._tail()
        return {"lines": seq, "head": head}


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


def verify_audit_log(path: str | Path, *, key: bytes | str | None = None,
                     checkpoint: dict[str, Any] | None = None) -> AuditReport:
    """Check every line's hash and the chain; report the first line that does not verify.

    ``key`` (default ``MEDLLM_AUDIT_KEY``) checks HMAC lines; ``checkpoint`` (from
    :meth:`AuditLog.checkpoint`) also detects lines cut from the end.

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
    key = key.encode("utf-8") if isinstance(key, str) else key if key is not None else _key_from_env()
    if not path.exists():
        return AuditReport(False, 0, None, f"{path} does not exist")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    total, prev = len(lines), _GENESIS
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            torn = n == total and not text.endswith("\n")
            return AuditReport(False, total, n, f"line {n} is incomplete (a write was cut off)" if torn
                               else f"line {n} is not valid JSON")
        uses_key = rec.get("mac") == "hmac-sha256"
        if uses_key and not key:
            return AuditReport(False, total, n, f"line {n} is signed with a key: set MEDLLM_AUDIT_KEY to verify it")
        if rec.get("hash") != _digest(rec, key if uses_key else None):
            return AuditReport(False, total, n, f"line {n} was edited (its hash does not match its content)")
        if rec.get("prev_hash") != prev or rec.get("seq") != n:
            return AuditReport(False, total, n, f"line {n} does not follow line {n - 1} (a line was removed, inserted or moved)")
        prev = rec["hash"]
    if checkpoint is not None:
        want = int(checkpoint["lines"])
        if total < want:
            return AuditReport(False, total, None, f"the log was truncated: {want - total} line(s) after line {total} "
                                                   "are missing (checkpoint)")
        head = json.loads(lines[want - 1])["hash"] if want else _GENESIS
        if head != checkpoint["head"]:
            return AuditReport(False, total, want, f"line {want} differs from the checkpoint")
    return AuditReport(True, total)


_audit_logs: dict[str, AuditLog] = {}


def audit_from_env() -> AuditLog | None:
    """The :class:`AuditLog` at ``MEDLLM_AUDIT_LOG``, if that variable is set."""
    path = os.environ.get("MEDLLM_AUDIT_LOG", "").strip()
    if not path:
        return None
    return _audit_logs.setdefault(path, AuditLog(path))
