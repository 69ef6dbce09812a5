"""Privacy: find identifiers in text, de-identify it, and guard what leaves the machine (chapter 5).

* :func:`find_phi` finds HIPAA Safe Harbor identifier types in text, :func:`deidentify` replaces them
  with typed placeholders, :func:`evaluate_deid` measures recall/precision per type on notes with
  planted identifiers;
* :func:`check_phi` — the client's PHI guard: it refuses to send identifier-bearing text to a backend
  not marked compliant (``MEDLLM_COMPLIANT_BACKENDS``).

The detector is rule-based (regular expressions plus a few context cues), which makes it fast,
transparent and testable — and incomplete: it finds the identifier *patterns* listed below, not
every way a person can be identified. Treat a clean result as "no obvious identifiers", never as
proof that text is de-identified.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Dr. Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

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
    kinds = messages_phi_kinds(messages)
    if kinds:
        raise PHIError(
            f"Refusing to send text with possible identifiers ({', '.join(kinds)}) to the {backend!r} backend, which is "
            "not marked compliant. De-identify it first (medllm_utils.deploy.deidentify), add the backend to "
            "MEDLLM_COMPLIANT_BACKENDS if a BAA covers it, or pass allow_phi=True for text you know is synthetic.")


def messages_phi_kinds(messages: list[dict[str, Any]]) -> list[str]:
    """The identifier types found anywhere in a message list (sorted, unique)."""
    return sorted({f.kind for m in messages for f in find_phi(_content_text(m.get("content")))})


def may_store(messages: list[dict[str, Any]], allow_phi: bool = False) -> bool:
    """Whether the response cache may write these messages to disk: not when they carry possible
    identifiers, unless ``allow_phi=True`` (per call) or ``MEDLLM_CACHE_PHI=allow`` says so.

    >>> may_store([{"role": "user", "content": "Call 617-555-0143"}]), may_store([{"role": "user", "content": "Hi"}])
    (False, True)
    """
    if allow_phi or os.environ.get("MEDLLM_CACHE_PHI", "").lower() == "allow":
        return True
    return not messages_phi_kinds(messages)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # multimodal parts
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""
