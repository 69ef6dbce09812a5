"""Turn the marked-up PHI note sources in this folder into JSONL with exact character spans.

Source format (one file per set, UTF-8):

    === <note id> | <genre>
    <note text, any number of lines, with markup:>
      [[TYPE|text]]   an identifier of a Safe Harbor type (TYPE from TYPES below)
      {{KIND|text}}   a look-alike that must NOT be flagged (KIND from LOOKALIKES below)

Output (medllm_utils/resources/data/<set>.jsonl), one note per line:
    {"id", "genre", "text", "spans": [{"start", "end", "type", "text"}], "lookalikes": [{"start", "end", "kind", "text"}]}

    python scripts/phi_notes/build.py            # every *.txt here -> resources/data/phi_<name>_notes.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "medllm_utils" / "resources" / "data"

TYPES = {"NAME", "STREET", "CITY", "ZIP", "DATE", "AGE_OVER_89", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
         "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "OTHER_ID"}
LOOKALIKES = {"DRUG", "EPONYM", "LAB", "DOSE", "SCORE", "DEVICE_MODEL", "AGE", "YEAR", "STATE", "FACILITY", "OTHER"}
MARK = re.compile(r"\[\[([A-Z_0-9]+)\|([^\]]+)\]\]|\{\{([A-Z_]+)\|([^}]+)\}\}")


def parse(source: str, name: str) -> list[dict]:
    notes, errors = [], []
    blocks = re.split(r"^=== ", source, flags=re.M)
    for block in blocks[1:]:
        header, _, body = block.partition("\n")
        note_id, _, genre = (x.strip() for x in header.partition("|"))
        text, spans, looks, pos = "", [], [], 0
        body = body.strip("\n")
        for m in MARK.finditer(body):
            text += body[pos:m.start()]
            kind, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            start = len(text)
            text += value
            item = {"start": start, "end": len(text), "text": value}
            if m.group(1):
                if kind not in TYPES:
                    errors.append(f"{name}:{note_id}: unknown identifier type {kind!r}")
                spans.append({**item, "type": kind})
            else:
                if kind not in LOOKALIKES:
                    errors.append(f"{name}:{note_id}: unknown look-alike kind {kind!r}")
                looks.append({**item, "kind": kind})
            pos = m.end()
        text += body[pos:]
        for bad in ("[[", "]]", "{{", "}}"):
            if bad in text:
                errors.append(f"{name}:{note_id}: stray {bad!r} (malformed markup)")
        notes.append({"id": note_id, "genre": genre, "text": text, "spans": spans, "lookalikes": looks})
    ids = [n["id"] for n in notes]
    if len(set(ids)) != len(ids):
        errors.append(f"{name}: duplicate note ids")
    if errors:
        raise SystemExit("\n".join(errors))
    return notes


def main() -> None:
    for src in sorted(HERE.glob("*.txt")):
        notes = parse(src.read_text(encoding="utf-8"), src.name)
        out = OUT / f"phi_{src.stem}_notes.jsonl"
        out.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8")
        n_spans = sum(len(n["spans"]) for n in notes)
        n_looks = sum(len(n["lookalikes"]) for n in notes)
        print(f"{src.name}: {len(notes)} notes, {n_spans} identifiers, {n_looks} look-alikes -> {out.name}")


if __name__ == "__main__":
    sys.exit(main())
