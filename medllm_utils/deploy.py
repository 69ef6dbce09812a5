"""Deployment safeguards: privacy, audit, fairness and monitoring.

* **PHI**: :func:`find_phi` finds HIPAA Safe Harbor identifier types in text, :func:`deidentify`
  replaces them with typed placeholders, :func:`evaluate_deid` measures recall/precision per type on
  notes with planted identifiers; the client's PHI guard (:func:`check_phi`) refuses to send
  identifier-bearing text to a backend not marked compliant.
* **Audit**: :class:`AuditLog` writes a hash-chained, append-only JSONL record of every model call;
  :func:`verify_audit_log` detects an edited, removed or reordered line.
* **Fairness**: :func:`subgroup_report` (metric per group with CIs and the largest gap) and
  :func:`counterfactual_flips` (swap demographic words, count changed answers).
* **Monitoring**: :func:`control_limits` and :func:`alerts` (a Shewhart-style rule on a weekly canary
  metric) and :func:`review_queue` (low-confidence or unparsable cases to a person).

The detector is rule-based (regular expressions plus a few context cues), which makes it fast,
transparent and testable — and incomplete: it finds the identifier *patterns* listed below, not
every way a person can be identified. Treat a clean result as "no obvious identifiers", never as
proof that text is de-identified.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Dr. Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import MedLLMError


class PHIError(MedLLMError):
    """Text with possible identifiers was about to go to a backend not marked compliant."""

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "phone": re.compile(r"(?<!\d)(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"),
    "mrn": re.compile(r"\b(?:MRN|medical record(?: number)?|record no\.?)\s*[:#]?\s*[A-Z]{0,3}\d{5,10}\b", re.I),
    "date": re.compile(rf"\b(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b"),
    "age_over_89": re.compile(r"\b(?:9\d|1[0-1]\d)[- ](?:year|yr)s?[- ]old\b|\bage(?:d)? (?:9\d|1[0-1]\d)\b", re.I),
    "address": re.compile(r"\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court)\b|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct)\b\.?)"),
    "zip": re.compile(r"\b\d{5}(?:-\d{4})\b"),
    "url": re.compile(r"\bhttps?://\S*[^\s.,;:)\]]"),
    "name": re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? [A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"),
}


@dataclass(frozen=True)
class PHIFinding:
    kind: str
    text: str
    start: int
    end: int


def find_phi(text: str) -> list[PHIFinding]:
    """Identifier-like spans in ``text``, in order of position (overlaps resolved to the longer span)."""
    found: list[PHIFinding] = []
    for kind, pat in PATTERNS.items():
        found += [PHIFinding(kind, m.group(0).strip(), m.start(), m.end()) for m in pat.finditer(text)]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[PHIFinding] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def phi_kinds(text: str) -> list[str]:
    """The identifier types found in ``text`` (sorted, unique)."""
    return sorted({f.kind for f in find_phi(text)})


# ------------------------------------------------------------------------------------------------
# De-identification
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Deidentified:
    text: str
    findings: list[PHIFinding]


def deidentify(text: str) -> Deidentified:
    """Replace every identifier :func:`find_phi` finds with a typed placeholder such as ``[DATE]``.

    >>> deidentify("Mr. Okafor, MRN 4417302, seen 03/14/2024.").text
    '[NAME], [MRN], seen [DATE].'
    """
    findings = find_phi(text)
    out, pos = [], 0
    for f in findings:
        out += [text[pos:f.start], f"[{f.kind.upper()}]"]
        pos = f.end
    out.append(text[pos:])
    return Deidentified("".join(out), findings)


def evaluate_deid(notes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Recall and precision of :func:`find_phi` per identifier type on notes with planted spans.

    ``notes`` has ``id, text, spans`` (each span ``{kind, start, end, text}``). A planted span is
    found when a finding of the same type overlaps it. Returns the per-type table and the
    **leaks**: every planted identifier that was not found.
    """
    rows, leaks = [], []
    for _, note in notes.iterrows():
        found = find_phi(note["text"])
        for span in note["spans"]:
            hit = any(f.kind == span["kind"] and f.start < span["end"] and span["start"] < f.end for f in found)
            rows.append({"kind": span["kind"], "planted": 1, "found": int(hit)})
            if not hit:
                leaks.append({"id": note["id"], "kind": span["kind"], "text": span["text"]})
        for f in found:
            true = any(f.kind == s["kind"] and f.start < s["end"] and s["start"] < f.end for s in note["spans"])
            rows.append({"kind": f.kind, "planted": 0, "found": 0, "flagged": 1, "correct_flag": int(true)})
    df = pd.DataFrame(rows).fillna(0)
    table = df.groupby("kind").agg(planted=("planted", "sum"), found=("found", "sum"), flagged=("flagged", "sum"),
                                   correct_flags=("correct_flag", "sum"))
    table["recall"] = table.found / table.planted.where(table.planted > 0)
    table["precision"] = table.correct_flags / table.flagged.where(table.flagged > 0)
    table = table.astype({"planted": int, "found": int, "flagged": int, "correct_flags": int})
    return table.reset_index(), pd.DataFrame(leaks, columns=["id", "kind", "text"])


# ------------------------------------------------------------------------------------------------
# PHI guard (used by the client before every call)
# ------------------------------------------------------------------------------------------------
def compliant_backends() -> set[str]:
    """Backends allowed to receive PHI: always ``offline`` (nothing leaves the machine), plus those
    named in ``MEDLLM_COMPLIANT_BACKENDS`` (comma-separated, e.g. ``azure`` when your organisation
    has a business associate agreement covering that deployment)."""
    extra = {b.strip().lower() for b in os.environ.get("MEDLLM_COMPLIANT_BACKENDS", "").split(",") if b.strip()}
    return {"offline"} | extra


def check_phi(messages: list[dict[str, Any]], backend: str, allow_phi: bool = False) -> None:
    """Raise :class:`PHIError` if ``messages`` contain identifiers and ``backend`` is not compliant.

    ``allow_phi=True`` (per call) or ``MEDLLM_PHI_GUARD=off`` (everywhere) overrides — for text you
    know is synthetic or de-identified.
    """
    if allow_phi or backend in compliant_backends() or os.environ.get("MEDLLM_PHI_GUARD", "on").lower() == "off":
        return
    kinds = sorted({f.kind for m in messages for f in find_phi(_content_text(m.get("content")))})
    if kinds:
        raise PHIError(
            f"Refusing to send text with possible identifiers ({', '.join(kinds)}) to the {backend!r} backend, which is "
            "not marked compliant. De-identify it first (medllm_utils.deploy.deidentify), add the backend to "
            "MEDLLM_COMPLIANT_BACKENDS if a BAA covers it, or pass allow_phi=True for text you know is synthetic.")


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # multimodal parts
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


# ------------------------------------------------------------------------------------------------
# Audit log
# ------------------------------------------------------------------------------------------------
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
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)  # other processes appending to the same file wait
                seq, prev = self._tail()
                rec = {"seq": seq + 1, "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                       "backend": backend, "model": model, "user": user or os.environ.get("MEDLLM_USER") or getpass_user(),
                       "label": label, "prompt_sha256": prompt_hash, "prompt_tokens": int(prompt_tokens),
                       "completion_tokens": int(completion_tokens), "cost_usd": cost_usd, "cached": bool(cached),
                       "prev_hash": prev}
                rec["hash"] = _digest(rec)
                os.write(fd, (json.dumps(rec, sort_keys=True) + "\n").encode())
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
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


# ------------------------------------------------------------------------------------------------
# Fairness
# ------------------------------------------------------------------------------------------------
def subgroup_report(df: pd.DataFrame, group_col: str, score_col: str = "score", n_boot: int = 1000,
                    seed: int = 0) -> pd.DataFrame:
    """Mean of ``score_col`` (e.g. 1/0 correctness) per group with a bootstrap 95% CI, the group
    size, and each group's gap to the best group.

    >>> df = pd.DataFrame({"sex": ["F"] * 4 + ["M"] * 4, "score": [1, 1, 1, 0, 1, 0, 0, 0]})
    >>> subgroup_report(df, "sex")[["group", "n", "value", "gap_to_best"]].to_dict("records")
    [{'group': 'F', 'n': 4, 'value': 0.75, 'gap_to_best': 0.0}, {'group': 'M', 'n': 4, 'value': 0.25, 'gap_to_best': 0.5}]
    """
    from .evaluate import bootstrap_ci

    rows = []
    for g, sub in df.groupby(group_col, sort=True):
        est, lo, hi = bootstrap_ci(np.mean, sub[score_col].astype(float).tolist(), n_boot=n_boot, seed=seed)
        rows.append({"attribute": group_col, "group": g, "n": len(sub), "value": est, "ci_low": lo, "ci_high": hi})
    out = pd.DataFrame(rows)
    out["gap_to_best"] = out["value"].max() - out["value"]
    return out


def fairness_gaps(y_true: Sequence[Any], y_pred: Sequence[Any], groups: Sequence[Any]) -> dict[str, float]:
    """Gap metrics across groups with fairlearn: the largest difference in accuracy between groups,
    and the demographic-parity difference of a chosen positive label (share predicted positive).

    ``y_pred`` may hold None (unparsable): counted as wrong and as not positive.
    """
    from fairlearn.metrics import MetricFrame

    yt = np.array([str(v) for v in y_true], dtype=object)
    yp = np.array(["<none>" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in y_pred], dtype=object)
    mf = MetricFrame(metrics={"accuracy": lambda a, b: float(np.mean(a == b))}, y_true=yt, y_pred=yp,
                     sensitive_features=np.asarray(list(groups), dtype=object))
    return {"accuracy_difference": float(mf.difference()["accuracy"]),
            "accuracy_ratio": float(mf.ratio()["accuracy"]),
            "worst_group": str(mf.by_group["accuracy"].idxmin()), "best_group": str(mf.by_group["accuracy"].idxmax())}


# Words to swap for counterfactual tests (both directions are applied; case is preserved).
SEX_SWAPS = {"woman": "man", "girl": "boy", "female": "male", "she": "he", "her": "his", "mrs.": "mr.", "ms.": "mr."}
RACE_GROUPS = ("White", "Black", "Hispanic", "Asian")


def swap_words(text: str, mapping: dict[str, str]) -> str:
    """Swap whole words in both directions, keeping capitalisation.

    >>> swap_words("She is a 61-year-old woman; her HbA1c is 8.1%.", SEX_SWAPS)
    'He is a 61-year-old man; his HbA1c is 8.1%.'
    >>> swap_words("a 50-year-old man", SEX_SWAPS)
    'a 50-year-old woman'
    """
    both = {**{v: k for k, v in mapping.items() if v not in mapping}, **mapping}
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(both, key=len, reverse=True)) + r")(?!\w)", re.I)

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        new = both[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return pattern.sub(repl, text)


def counterfactual_flips(rows: pd.DataFrame, predict: Callable[[pd.Series], Any],
                         variants: Callable[[pd.Series], dict[str, str]]) -> pd.DataFrame:
    """For each row, predict on the original note and on each counterfactual note from
    ``variants(row)`` (name → new note); report whether the answer changed.

    A fair model's answers do not depend on demographic words that are irrelevant to the
    criterion, so the flip rate should be near zero.
    """
    out = []
    for _, row in rows.iterrows():
        base = predict(row)
        for name, note in variants(row).items():
            cf = row.copy()
            cf["note"] = note
            new = predict(cf)
            out.append({"id": row.get("pair_id", row.name), "variant": name, "original": base, "counterfactual": new,
                        "flipped": base != new})
    return pd.DataFrame(out)


# ------------------------------------------------------------------------------------------------
# Monitoring
# ------------------------------------------------------------------------------------------------
def control_limits(baseline: Sequence[float], min_sd: float = 0.0) -> dict[str, float]:
    """Centre line and 2σ/3σ limits of a metric from its baseline weeks (a Shewhart chart).

    ``min_sd`` floors the standard deviation: with deterministic decoding a baseline can have no
    spread at all, and limits of zero width would alert on any change (e.g. half a canary case).

    >>> control_limits([0.80, 0.82, 0.78, 0.80])["centre"]
    0.8
    >>> control_limits([1.0, 1.0, 1.0], min_sd=0.05)["lower_3sd"]
    0.85
    """
    arr = np.asarray(baseline, dtype=float)
    if arr.size < 2:
        raise ValueError("control limits need at least two baseline values")
    mu, sd = float(arr.mean()), max(float(arr.std(ddof=1)), min_sd)
    return {k: round(v, 10) for k, v in {"centre": mu, "sd": sd, "lower_2sd": mu - 2 * sd, "lower_3sd": mu - 3 * sd,
                                         "upper_2sd": mu + 2 * sd, "upper_3sd": mu + 3 * sd}.items()}


def alerts(values: Sequence[float], limits: dict[str, float]) -> list[dict[str, Any]]:
    """Weeks that break the alert rule: one value beyond 3σ, or two of three consecutive values
    beyond 2σ on the same side (two of the Western Electric rules).

    >>> lim = {"centre": 0.8, "lower_2sd": 0.76, "lower_3sd": 0.74, "upper_2sd": 0.84, "upper_3sd": 0.86}
    >>> [a["week"] for a in alerts([0.80, 0.79, 0.75, 0.81, 0.75, 0.70], lim)]
    [4, 5]
    """
    out = []
    v = list(values)
    for i, x in enumerate(v):
        if x < limits["lower_3sd"] or x > limits["upper_3sd"]:
            out.append({"week": i, "value": x, "rule": "beyond 3σ"})
            continue
        window = v[max(0, i - 2): i + 1]
        low = sum(w < limits["lower_2sd"] for w in window)
        high = sum(w > limits["upper_2sd"] for w in window)
        if len(window) == 3 and (low >= 2 and x < limits["lower_2sd"] or high >= 2 and x > limits["upper_2sd"]):
            out.append({"week": i, "value": x, "rule": "2 of 3 beyond 2σ"})
    return out


def review_queue(predictions: pd.DataFrame, min_agreement: float = 0.6, agreement_col: str = "agreement") -> pd.DataFrame:
    """Cases a person should check: unparsable outputs, errors, and answers whose agreement
    (share of samples that voted for them) is below ``min_agreement``; with the reason.

    >>> p = pd.DataFrame({"id": [1, 2, 3], "pred": ["A", None, "B"], "agreement": [0.9, 0.0, 0.4]})
    >>> review_queue(p)[["id", "reason"]].to_dict("records")
    [{'id': 2, 'reason': 'no valid answer'}, {'id': 3, 'reason': 'agreement 0.40 < 0.60'}]
    """
    reasons = []
    for _, r in predictions.iterrows():
        pred = r.get("pred")
        if pred is None or (isinstance(pred, float) and np.isnan(pred)):
            reasons.append("no valid answer")
        elif isinstance(r.get("error"), str):
            reasons.append(f"error: {r['error']}")
        elif agreement_col in r and r[agreement_col] < min_agreement:
            reasons.append(f"agreement {r[agreement_col]:.2f} < {min_agreement:.2f}")
        else:
            reasons.append(None)
    out = predictions.assign(reason=reasons)
    return out[out.reason.notna()].reset_index(drop=True)


# ------------------------------------------------------------------------------------------------
# Deployment checklist
# ------------------------------------------------------------------------------------------------
def deployment_checklist(facts: dict[str, Any]) -> pd.DataFrame:
    """A go-live checklist whose status comes from measured facts, not from ticking boxes.

    ``facts`` keys (all optional; a missing fact leaves its item "to do"): ``backend``,
    ``compliant_backends``, ``phi_guard`` (bool), ``deid_min_recall`` and ``deid_weakest`` (type),
    ``audit_ok`` (bool), ``fairness_gap``, ``counterfactual_flip_rate``, ``alerts_configured`` (bool),
    ``review_queue_share``, ``monthly_cost_usd``, ``budget_usd``, ``rollback_model`` (str),
    ``intended_use`` (str). Thresholds are the book's teaching defaults; set your own.

    >>> deployment_checklist({"phi_guard": True, "audit_ok": True})["status"].value_counts().to_dict()
    {'to do': 10, 'ok': 2}
    """
    f = facts

    def status(cond: bool | None) -> str:
        return "to do" if cond is None else ("ok" if cond else "attention")

    def get(key: str) -> Any:
        v = f.get(key)
        return None if v is None or (isinstance(v, float) and np.isnan(v)) else v

    items = [
        ("Privacy", "PHI guard on for every non-compliant backend", status(get("phi_guard")),
         "the client refuses identifier-bearing text (MEDLLM_PHI_GUARD)"),
        ("Privacy", "De-identification recall ≥ 0.95 for every identifier type",
         status(None if get("deid_min_recall") is None else get("deid_min_recall") >= 0.95),
         f"lowest recall {get('deid_min_recall')} ({get('deid_weakest')})" if get("deid_min_recall") is not None else ""),
        ("Privacy", "A business associate agreement (BAA) covers the hosted backend",
         status(None if get("backend") is None else get("backend") in (get("compliant_backends") or {"offline"})),
         f"backend {get('backend')}; compliant: {sorted(get('compliant_backends') or ['offline'])}"),
        ("Privacy", "Data residency: where prompts are processed and stored is documented", "to do",
         "region of the deployment and the provider's retention policy"),
        ("Accountability", "Audit log verifies end to end", status(get("audit_ok")), "hash chain checked by verify_audit_log"),
        ("Fairness", "Largest subgroup accuracy gap ≤ 0.10",
         status(None if get("fairness_gap") is None else get("fairness_gap") <= 0.10), f"gap {get('fairness_gap')}"),
        ("Fairness", "Counterfactual flip rate ≤ 5% (demographic words swapped)",
         status(None if get("counterfactual_flip_rate") is None else get("counterfactual_flip_rate") <= 0.05),
         f"flip rate {get('counterfactual_flip_rate')}"),
        ("Monitoring", "Canary set, control limits and alert rule in place", status(get("alerts_configured")),
         "weekly canary accuracy with 2σ/3σ rules"),
        ("Monitoring", "Human review of low-confidence and unparsable outputs",
         status(None if get("review_queue_share") is None else True), f"{get('review_queue_share')} of cases routed"),
        ("Cost", "Projected monthly cost within budget",
         status(None if get("monthly_cost_usd") is None or get("budget_usd") is None
                else get("monthly_cost_usd") <= get("budget_usd")),
         f"${get('monthly_cost_usd')} vs budget ${get('budget_usd')}"),
        ("Regulation", "Intended use stated; clinical decision support status assessed",
         status(None if not get("intended_use") else True), get("intended_use") or ""),
        ("Operations", "Rollback: a pinned previous model version and a switch to it",
         status(None if not get("rollback_model") else True), get("rollback_model") or ""),
    ]
    return pd.DataFrame(items, columns=["area", "item", "status", "evidence"])
