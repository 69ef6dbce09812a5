"""Deployment safeguards. This module starts with a PHI detector: find HIPAA Safe Harbor
identifier types in text before it is sent to a hosted model.

The detector is rule-based (regular expressions plus a few context cues), which makes it fast,
transparent and testable — and incomplete: it finds the identifier *patterns* listed below, not
every way a person can be identified. Treat a clean result as "no obvious identifiers", never as
proof that text is de-identified.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Dr. Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "ssn": re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),
    "phone": re.compile(r"(?<!\d)(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"),
    "mrn": re.compile(r"\b(?:MRN|medical record(?: number)?|record no\.?)\s*[:#]?\s*[A-Z]{0,3}\d{5,10}\b", re.I),
    "date": re.compile(rf"\b(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b"),
    "age_over_89": re.compile(r"\b(?:9\d|1[0-1]\d)[- ](?:year|yr)s?[- ]old\b|\bage(?:d)? (?:9\d|1[0-1]\d)\b", re.I),
    "address": re.compile(r"\b\d{1,5} (?:[A-Z][a-z]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct)\b\.?"),
    "zip": re.compile(r"\b\d{5}(?:-\d{4})\b"),
    "url": re.compile(r"\bhttps?://\S+"),
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
