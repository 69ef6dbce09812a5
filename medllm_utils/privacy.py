"""Privacy: find identifiers in text, de-identify it, and guard what leaves the machine (chapter 5).

* :func:`find_phi` (rules in :mod:`medllm_utils.deid`) finds HIPAA Safe Harbor identifier types in
  text, :func:`deidentify` replaces them with typed placeholders, :func:`evaluate_deid` measures
  token and identifier recall, precision and look-alikes flagged on annotated notes;
* :func:`check_phi` — the client's PHI guard: it refuses to send identifier-bearing text to a backend
  not marked compliant (``MEDLLM_COMPLIANT_BACKENDS``).

The detector is rule-based (patterns, context cues and name lists), which makes it fast,
transparent and testable — and incomplete: it finds identifier *patterns*, not every way a person
can be identified. Treat a clean result as "no obvious identifiers", never as
proof that text is de-identified.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
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

from .deid import PATTERNS, PHIFinding, find_phi  # noqa: E402,F401 (the detection rules)


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
    'Mr. [NAME], MRN [ID], seen [DATE].'
    """
    findings = find_phi(text)
    out, pos = [], 0
    for f in findings:
        out += [text[pos:f.start], f"[{f.kind.upper()}]"]
        pos = f.end
    out.append(text[pos:])
    return Deidentified("".join(out), findings)


@dataclass
class DeidScore:
    """How a detector did on annotated notes (see :func:`evaluate_deid`)."""

    table: pd.DataFrame      # per identifier type: identifiers, recall (overlap), strict recall
    leaks: pd.DataFrame      # every identifier no finding touched: id, type, text
    token_recall: float      # share of the identifiers' words covered by a finding
    span_recall: float       # share of identifiers a finding overlaps (any type)
    precision: float         # share of findings that overlap an identifier (NaN when nothing was flagged)
    lookalikes_flagged: float | None   # share of look-alikes (drug names, eponyms, lab values…) flagged
    n_notes: int

    def summary(self) -> pd.Series:
        return pd.Series({"notes": self.n_notes, "identifiers": int(self.table.identifiers.sum()),
                          "token recall": self.token_recall, "identifier recall (overlap)": self.span_recall,
                          "identifier recall (exact span)": float((self.table.strict_recall * self.table.identifiers).sum()
                                                                  / self.table.identifiers.sum()),
                          "precision (overlap)": self.precision, "look-alikes flagged": self.lookalikes_flagged})


def evaluate_deid(notes: pd.DataFrame, detect: Any = None) -> DeidScore:
    """Score a detector (default :func:`find_phi`) on notes with annotated identifier ``spans``
    (``start, end, text`` and ``type`` or ``kind``) and, optionally, ``lookalikes`` that must not
    be flagged. An identifier counts as found when any finding overlaps it (whatever type the
    detector gave it — a leak is a leak); *strict* recall asks for the exact boundaries. **Token
    recall** is the share of the identifiers' words a finding covers: what actually stays hidden.

    >>> notes = pd.DataFrame([{"id": "n1", "text": "Call (212) 555-0100 today.",
    ...                        "spans": [{"type": "PHONE", "text": "(212) 555-0100", "start": 5, "end": 19}]}])
    >>> evaluate_deid(notes).token_recall
    1.0
    """
    detect = detect or find_phi
    rows, leaks = [], []
    tokens = tokens_found = findings = findings_ok = looks = looks_hit = 0
    for _, note in notes.iterrows():
        found = detect(note["text"])
        spans = list(note["spans"])
        for s in spans:
            kind = s.get("type") or s.get("kind")
            overlap = any(f.start < s["end"] and s["start"] < f.end for f in found)
            rows.append({"type": kind, "found": overlap,
                         "strict": any(f.start == s["start"] and f.end == s["end"] for f in found)})
            if not overlap:
                leaks.append({"id": note["id"], "type": kind, "text": s["text"]})
            for t in re.finditer(r"\S+", s["text"]):
                a, b = s["start"] + t.start(), s["start"] + t.end()
                tokens += 1
                tokens_found += any(f.start < b and a < f.end for f in found)
        for f in found:
            findings += 1
            findings_ok += any(f.start < s["end"] and s["start"] < f.end for s in spans)
        lookalikes = note.get("lookalikes") if "lookalikes" in note else None
        for lk in (lookalikes if isinstance(lookalikes, list) else []):
            looks += 1
            looks_hit += any(f.start < lk["end"] and lk["start"] < f.end for f in found)
    df = pd.DataFrame(rows)
    table = (df.groupby("type").agg(identifiers=("found", "size"), found=("found", "sum"), strict=("strict", "sum"))
             .sort_values("identifiers", ascending=False))
    table["recall"] = table.found / table.identifiers
    table["strict_recall"] = table.strict / table.identifiers
    table = table[["identifiers", "found", "recall", "strict_recall"]].reset_index()
    return DeidScore(table, pd.DataFrame(leaks, columns=["id", "type", "text"]), tokens_found / max(tokens, 1),
                     float(df.found.mean()), findings_ok / findings if findings else float("nan"),   # no findings: undefined
                     looks_hit / looks if looks else None, len(notes))


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
