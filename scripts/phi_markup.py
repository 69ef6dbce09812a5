"""Marked-up synthetic notes to text, identifier spans and look-alikes: the one conversion the
de-identification development-set generators (``scripts/phi_dev*_notes.py``) share.

A note is written with ``[[TYPE|text]]`` around each identifier and ``{{kind|text}}`` around each
look-alike; each generator keeps its own mark pattern (groups: 1 type, 2 identifier text, 3 kind,
4 look-alike text) and its own checks.

>>> import re
>>> strip_marks("Seen by [[NAME|Ana Ruiz]] for {{eponym|Graves disease}}.",
...             re.compile(r"\\[\\[([A-Z_]+)\\|(.+?)\\]\\]|\\{\\{([a-z_]+)\\|(.+?)\\}\\}"))[0]
'Seen by Ana Ruiz for Graves disease.'
"""

from __future__ import annotations

import json
import re
from collections import Counter


# The identifier types (the Safe Harbor categories that occur in notes) and look-alike kinds of the sets.
TYPES = ("NAME", "DATE", "PHONE", "FAX", "EMAIL", "URL", "IP", "SSN", "MRN", "ACCOUNT",
         "HEALTH_PLAN", "LICENSE", "VEHICLE", "DEVICE", "BIOMETRIC", "OTHER_ID", "STREET",
         "CITY", "ZIP", "AGE_OVER_89")
KINDS = ("drug", "eponym", "lab", "dose", "score", "device_model", "code", "age", "facility", "other")

def strip_marks(marked: str, pattern: re.Pattern[str]) -> tuple[str, list[dict], list[dict]]:
    """The note without its marks, its identifier spans (start, end, text, type) and its look-alikes
    (start, end, text, kind), with offsets into the returned text."""
    parts: list[str] = []
    spans: list[dict] = []
    looks: list[dict] = []
    pos = length = 0
    for m in pattern.finditer(marked):
        parts.append(marked[pos:m.start()])
        length += m.start() - pos
        identifier = m.group(1) is not None
        inner = m.group(2) if identifier else m.group(4)
        item = {"start": length, "end": length + len(inner), "text": inner}
        if identifier:
            spans.append({**item, "type": m.group(1)})
        else:
            looks.append({**item, "kind": m.group(3)})
        parts.append(inner)
        length += len(inner)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans, looks


def check_offsets(records: list[dict], types: tuple[str, ...], kinds: tuple[str, ...]) -> tuple[Counter, Counter]:
    """Assert what every generated set must hold: no marks left in a text, every identifier type and
    look-alike kind known, every span the text at its offsets (no surrounding spaces) and no two
    spans overlapping. Returns the counts of identifier types and look-alike kinds."""
    type_counts, kind_counts = Counter(), Counter()
    for r in records:
        text = r["text"]
        for mark in ("[[", "]]", "{{", "}}"):
            assert mark not in text, (r["id"], mark)
        for s in r["spans"]:
            assert s["type"] in types, (r["id"], s)
            type_counts[s["type"]] += 1
        for s in r["lookalikes"]:
            assert s["kind"] in kinds, (r["id"], s)
            kind_counts[s["kind"]] += 1
        end = -1
        for s in sorted([*r["spans"], *r["lookalikes"]], key=lambda s: (s["start"], s["end"])):
            assert 0 <= s["start"] < s["end"] <= len(text), (r["id"], s)
            assert text[s["start"]:s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip(), (r["id"], s)
            assert s["start"] >= end, ("overlap", r["id"], s)
            end = s["end"]
    return type_counts, kind_counts


def write_set(records: list[dict], out) -> None:
    """Write ``records`` as JSON lines to ``out`` (a ``pathlib.Path``, ``\\n`` line endings) and print
    how many notes, identifiers of each type and look-alikes of each kind it holds."""
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    types = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter(s["kind"] for r in records for s in r["lookalikes"])
    print(f"{len(records)} notes, {sum(types.values())} identifiers, {sum(kinds.values())} look-alikes -> {out}")
    print("identifiers:", ", ".join(f"{k} {v}" for k, v in types.most_common()))
    print("look-alikes:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


def build_records(notes: list[tuple[str, str, str]], pattern: re.Pattern[str]) -> list[dict]:
    """Records from ``(id, genre, marked text)`` notes, in order: id, genre, text, spans, lookalikes."""
    records = []
    for nid, genre, marked in notes:
        text, spans, looks = strip_marks(marked, pattern)
        records.append({"id": nid, "genre": genre, "text": text, "spans": spans, "lookalikes": looks})
    return records


DOC_IP = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")   # the documentation address ranges


def check_invented(span: dict, note_id: str) -> None:
    """Assert that a phone, fax, e-mail, web, IP or social-security value can belong to no one: the
    fictional 555-01xx phone range, reserved example domains, documentation IP ranges, and SSNs that
    are never issued (9xx, 000). Other types pass unchecked."""
    value, kind = span["text"], span["type"]
    digits = re.sub(r"\D", "", value)
    if kind in ("PHONE", "FAX"):
        assert "55501" in digits, (note_id, value)
    elif kind == "EMAIL":
        assert re.fullmatch(r"[^@\s]+@([\w-]+\.)*example\.(org|com|net)", value), (note_id, value)
    elif kind == "URL":
        assert re.search(r"(^|[/.])example\.(org|com|net)(/|$)", value), (note_id, value)
    elif kind == "IP":
        assert value.lower().startswith(DOC_IP), (note_id, value)
    elif kind == "SSN":
        assert digits[:1] == "9" or digits[:3] == "000", (note_id, value)


_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def age_value(value: str) -> int:
    """An age written in digits or in words, for checking AGE_OVER_89 spans.

    >>> age_value("ninety-one"), age_value("one hundred and two"), age_value("93")
    (91, 102, 93)
    """
    if value.isdigit():
        return int(value)
    total = 0
    for w in value.lower().replace("-", " ").replace(" and ", " ").split():
        if w == "ninety":
            total += 90
        elif w == "hundred":
            total = (total or 1) * 100
        elif w in _UNITS:
            total += _UNITS[w]
        else:
            raise AssertionError(("age word", value))
    return total


def check_set(records: list[dict], *, id_prefix: str, titles: tuple[str, ...], credentials: tuple[str, ...],
              minimum: dict[str, int], zip_may_have_spaces: bool = False) -> None:
    """The checks the sixth and later sets share: unique ids with their prefix, at least 70 notes,
    offsets and invented ranges, span forms (a ZIP's digits, no bare year or weekday in a DATE, no
    title, credential or possessive in a NAME, AGE_OVER_89 at least 90, no leading "the" in a CITY,
    look-alike ages at most 89), and the minimum counts and shares of types and kinds."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(rf"{id_prefix}\d{{3}}", i) for i in ids), ids
    assert len(records) >= 70, len(records)
    types, kinds = check_offsets(records, TYPES, KINDS)
    for r in records:
        for s in r["spans"]:
            check_invented(s, r["id"])
            value, kind = s["text"], s["type"]
            if kind == "ZIP":
                digits = value.replace(" ", "") if zip_may_have_spaces else value   # OCR'd faxes may split a ZIP
                assert re.fullmatch(r"\d{5}(-\d{4})?", digits), (r["id"], value)
            elif kind == "DATE":
                assert not re.fullmatch(r"(19|20)\d\d", value), (r["id"], value)
                assert not re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? ", value), (r["id"], value)
            elif kind == "NAME":
                assert not value.startswith(titles), (r["id"], value)
                assert not value.endswith(credentials), (r["id"], value)
                assert not value.endswith(("'s", "\u2019s")), (r["id"], value)
            elif kind == "AGE_OVER_89":
                assert age_value(value) >= 90, (r["id"], value)
            elif kind == "CITY":
                assert not value.lower().startswith("the "), (r["id"], value)
        for s in r["lookalikes"]:
            if s["kind"] == "age" and s["text"].isdigit():
                assert int(s["text"]) <= 89, (r["id"], s)
    for t in TYPES:
        assert types[t] >= max(10, minimum.get(t, 0)), (t, types[t])
    for k in KINDS:
        assert kinds[k] >= 10, (k, kinds[k])
    total = sum(types.values())
    assert total >= 1100, total
    assert 0.33 <= types["NAME"] / total <= 0.42, types["NAME"] / total
    assert 0.17 <= types["DATE"] / total <= 0.24, types["DATE"] / total
    assert sum(kinds.values()) >= 250, sum(kinds.values())
