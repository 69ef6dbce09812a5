"""Rules that read identifiers from their surroundings (chapter 5): towns after an address or after a
word that places someone (and any US postal place name after "in", "from", "near"), table cells under a
heading that names what they hold, rosters, relations in brackets, chat speakers, closing initials and
the people a letter greets. :func:`medllm_utils.deid.find_phi` merges them with the format patterns and
the name rules.
"""

from __future__ import annotations

import re

from .deid_patterns import LETTERS, STATE_SET, STATES_RE, UPPER, PHIFinding
from .deid_words import (
    _ABBREVIATIONS,
    _COMMON,
    _CRED_SET,
    _FACILITY,
    _LOWER_COMMON,
    _NAME_TOKEN,
    _NOT_PLACE,
    _PLACE,
    _PLACE_CUE,
    _ROLES,
    _TOWN,
    _bare,
    _english,
    _gazetteers,
    _us_places,
)


def cities_after_addresses(text: str, addresses: list[PHIFinding]) -> list[PHIFinding]:
    """``12 Elm St, Apt 4, Springfield``: the capitalised words after a street address are a city."""
    out = []
    for a in addresses:
        at = a.end
        for _ in range(2):
            m = re.match(r",? (?:(?:Suite|Ste|Apt|Unit|Lot|Bldg|Floor|#)[^,\n]{0,10}, )?([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2})\b",
                         text[at:at + 60])
            if not m or m.group(1) in _COMMON or _FACILITY.search(m.group(1)) or m.group(1) in STATE_SET:
                break
            out.append(PHIFinding("city", m.group(1), at + m.start(1), at + m.end(1)))
            at += m.end()
    return out



def _places(text: str) -> list[PHIFinding]:
    """Town names where the sentence says someone lives, moved from or travels: "lives in Enugu",
    "moved here from Tucson", "the Eastfield neighbourhood"."""
    out = []
    for m in _PLACE.finditer(text):
        name = m.group(1)
        if (name in _COMMON or name in _NOT_PLACE or name in STATE_SET or _FACILITY.search(name) or name.lower() in _LOWER_COMMON
                or not _PLACE_CUE.search(text[max(0, m.start() - 60):m.start()] + " ")):
            continue
        out.append(PHIFinding("city", name, m.start(1), m.end(1)))
    for m in _TOWN.finditer(text):
        after = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end():m.end() + 30])   # "Fairview Family Medicine": a facility
        if not (after and _FACILITY.fullmatch(after.group(1))) and m.group("v") not in _NOT_PLACE:
            out.append(PHIFinding("city", m.group("v"), m.start("v"), m.end("v")))
    for m in re.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?= neighbou?rhood| area of| district)", text):
        if m.group(1) not in _COMMON:
            out.append(PHIFinding("city", m.group(1), m.start(1), m.end(1)))
    return out


# A word that places what follows, then up to four words (capitalised, or lowercase in a dictation)
_AT_PLACE = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Nn]ear|[Oo]utside(?: of)?|[Aa]round|[Vv]isiting|[Pp]ast|[Tt]oward|[Tt]owards|"
                       r"(?:[Tt]ravell?ing|[Tt]ravel|[Tt]rip|[Ff]lying|[Dd]riving|[Mm]oving|[Mm]oved|[Gg]oing|[Hh]eaded|[Hh]eading|"
                       r"[Rr]eturning|[Rr]elocating) (?:back )?to)"
                       r"[ \t]+(?:the[ \t]+)?(?=(?P<v>[A-Za-z][a-z.'’-]*(?:[ \t]+[A-Za-z][a-z.'’-]*){0,3}))")


def gazetteer_places(text: str) -> list[PHIFinding]:
    """Towns from the US postal gazetteer where a word places them: "retired roofer from Pensacola",
    "drives in from Many Farms", "a fall at home in topeka" (a dictation). The longest run of words
    that is a listed place wins. A one-word place that is also an English word or a listed first
    name ("Hope", "Marion", "Commerce") needs a cue that someone lives, works or travels there
    (:data:`_PLACE_CUE`), and an English word written in lowercase never counts.

    >>> [f.text for f in gazetteer_places("Retired roofer from Pensacola; enrolled in Hope, a support group.")]
    ['Pensacola']
    """
    places, english = _us_places(), _english()
    firsts = _gazetteers()[0]
    out = []
    for m in _AT_PLACE.finditer(text):
        words = m.group("v").split()
        lower = words[0].islower()
        if not lower and not words[0][:1].isupper():   # mixed case that starts lowercase ("iPhone"): no place
            continue
        for n in range(len(words), 0, -1):
            run = [w.rstrip(".,;:") if i == n - 1 else w for i, w in enumerate(words[:n])]
            if lower != all(w.islower() or w in ("of", "on", "the") for w in run):
                continue
            name = " ".join(run)
            if name.lower() not in places:
                continue
            start = m.start("v") + text[m.start("v"):].index(run[0])
            end = start + len(name)
            if text[start:end] != name:
                break
            if n == 1:
                word = run[0]
                if (word in _COMMON or word in _NOT_PLACE or word in STATE_SET or _FACILITY.fullmatch(word)
                        or len(word) < 4 or (lower and word in english) or word.lower() in _LOWER_COMMON):
                    break
                if ((word.lower() in english or word in firsts or word.lower() in _LOWER_COMMON)
                        and not _PLACE_CUE.search(text[max(0, m.start() - 60):m.start()] + " ")):
                    break
            after = re.match(r"[ \t]*(\d|(?:[A-Z][a-z]+[ \t]*){1,3})?(station|store|plant|mall|market|factory)?",
                             text[end:end + 40])
            if after.group(2) or (after.group(1) and (after.group(1).isdigit()
                                                      or any(_FACILITY.fullmatch(w) for w in after.group(1).split()))):
                break   # "in Room 5", "from Fairview Family Medicine", "past the Shell station"
            out.append(PHIFinding("city", name, start, end))
            break
    return out


# Column headings that say what a table's cells hold (pipe- or tab-separated tables, one row per line)
_NAME_COLUMN = re.compile(r"(?i)\b(?:name|patient|pt|student|surgeon|nurse|rn|lpn|provider|attending|anes\w*|driver|"
                          r"contact|escort|staff|clinician|initials|given by|signed|by|resident|inmate|participant|"
                          r"child|parent|guardian|physician|doctor|caregiver|nok|kin|donor|recipient|tech|technologist|"
                          r"therapist|pharmacist|witness|interpreter|officer|sibling|relative|mother|father|member|"
                          r"subject|employee|worker|teacher|coach|prescriber|resident)\b")
_AGE_COLUMN = re.compile(r"(?i)^\s*(?:age|age \(y(?:ears|rs)?\)|yrs|years)\s*$")
_DATE_COLUMN = re.compile(r"(?i)\b(?:date|dob|d\.o\.b\.?|born|birth ?date|admitted|discharged|seen)\b")
# what a date cell looks like: 2/4, 2025-06-11, 14-Mar-2021, Mar 14, 20250314 (not a count or a visit number)
_DATE_CELL = re.compile(r"\d{1,4}[/.-]\d{1,2}|\b[A-Za-z]{3,9}\.? \d{1,2}\b|\d{1,2}[ -][A-Za-z]{3}|\b(?:19|20)\d{6}\b")
_PLATE_COLUMN = re.compile(r"(?i)\b(?:plate|vehicle|tag|vin)\b")
_PLATE = re.compile(r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5}(?![\w-])")


def table_cells(text: str) -> list[PHIFinding]:
    r"""Cells of pipe- or tab-separated tables whose column heading says they hold a person ("Patient",
    "Surgeon", "Given by", "Driver"), a date, an age (flagged when over 89) or a licence plate.

    >>> [f.text for f in table_cells("| Patient | Age | Seen |\n|---|---|---|\n| Okoro, Emmanuel | 93 | 2/4 |")]
    ['Okoro, Emmanuel', '93', '2/4']
    """
    out: list[PHIFinding] = []
    header: list[str] | None = None
    sep = ""
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        this_sep = "\t" if line.count("\t") >= 2 else "|" if line.count("|") >= 3 else ""
        if not this_sep:
            header = None
            continue
        cells, at = [], line_start
        for raw in line.split(this_sep):
            cells.append((raw, at))
            at += len(raw) + 1
        if this_sep == "|" and line.strip().startswith("|"):
            cells = cells[1:]
        if header is None or this_sep != sep:
            header, sep = [c for c, _ in cells], this_sep
            continue
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c, _ in cells if c.strip()):
            continue
        for (cell, start), head in zip(cells, header):
            value = cell.strip()
            if not value or value in ("-", "—", "n/a", "N/A", "none", "self", "Self") or not re.search(r"\w", value):
                continue
            vstart = start + cell.index(value)
            if _AGE_COLUMN.match(head):
                if re.fullmatch(r"(?:9\d|1[01]\d)", value):
                    out.append(PHIFinding("age_over_89", value, vstart, vstart + len(value)))
            elif _PLATE_COLUMN.search(head):
                out += [PHIFinding("id", m.group(0), vstart + m.start(), vstart + m.end())
                        for m in _PLATE.finditer(value) if not re.fullmatch(rf"(?:{STATES_RE})", m.group(0))]
            elif _NAME_COLUMN.search(head) and re.search(rf"[{UPPER}]", value) and not value.isdigit():
                if not (len(value.split()) == 1 and value in _COMMON):
                    out.append(PHIFinding("name", value, vstart, vstart + len(value)))
            elif _DATE_COLUMN.search(head) and _DATE_CELL.search(value):
                out.append(PHIFinding("date", value, vstart, vstart + len(value)))
    return out


_RELATION = (r"(?:bf|gf|boyfriend|girlfriend|husband|wife|spouse|partner|son|daughter|mom|mother|dad|father|"
             r"grandma|grandmother|grandpa|grandfather|sister|brother|aunt|uncle|niece|nephew|cousin|friend|"
             r"neighbou?r|roommate|fianc[eé]e?|caregiver|guardian|hcp|poa)")
_RELATED = re.compile(rf"(?i:\b{_RELATION}\s*\(\s*)(?P<v>[{UPPER}][{LETTERS}'’-]+)(?=\s*\))|"
                      rf"\b(?P<w>[{UPPER}][{LETTERS}'’-]+)(?= \((?i:{_RELATION})\))")
# A Vietnamese full name with its middle marker: "Nguyen Thi Thu Ha", "Bui Van Hung", "Trinh Ngoc Anh"
_VIET = re.compile(rf"\b[{UPPER}][{LETTERS}]+ (?:Thi|Thị|Van|Văn|Ngoc|Ngọc|Minh|Duc|Đức|Quang|Hoang|Hoàng|Thanh|Kim)"
                   rf"(?: [{UPPER}][{LETTERS}]+){{1,2}}\b")
# A list of three or more capitalised words, most of them listed first names: a roster ("Annalise, Marcus, Grace")
_ROSTER = re.compile(rf"\b[{UPPER}][{LETTERS}'’-]+(?: \(\d{{1,2}}\))?(?:(?:, | and |, and )[{UPPER}][{LETTERS}'’-]+"
                     rf"(?: \(\d{{1,2}}\))?){{2,}}")
# A speaker after a clock time in a chat log: "03:31 Kowalczyk-Hart, E: baby in unit", "7:32 PM Rohini V.: ok"
_TIMED_SPEAKER = re.compile(rf"(?m)^\[?\d{{1,2}}:\d{{2}}(?: ?[AaPp][Mm])?\]?[ \t]+(?P<v>{_NAME_TOKEN}(?:,? (?:{_NAME_TOKEN}|"
                            rf"[A-Z]\.?)){{0,2}})(?=[ \t]*(?:\([^)\n]{{0,40}}\))?:[ \t])")
# Initials alone on the note's last line: a signature ("DN", "RQB", "SMcA")
_LAST_LINE_INITIALS = re.compile(r"\n[ \t]*(?P<v>[A-Z][A-Za-z]?[A-Z](?:[a-z]?[A-Z])?)[ \t]*\s*$")


def context_names(text: str) -> list[PHIFinding]:
    """Names that a table heading, a relation in brackets, a roster, a chat log's speaker position, a
    Vietnamese middle name or a closing signature reveal (see :func:`table_cells`)."""
    firsts = _gazetteers()[0]
    out = [f for f in table_cells(text)]
    for m in _RELATED.finditer(text):
        g = "v" if m.group("v") else "w"
        if m.group(g) not in _COMMON and m.group(g) not in _ROLES and not m.group(g).isupper():
            out.append(PHIFinding("name", m.group(g), m.start(g), m.end(g)))
    out += [PHIFinding("name", m.group(0), m.start(), m.end()) for m in _VIET.finditer(text)]
    for m in _ROSTER.finditer(text):
        words = re.findall(rf"[{UPPER}][{LETTERS}'’-]+", m.group(0))
        if sum(w in firsts for w in words) * 3 >= len(words) * 2 and not any(w in _COMMON or w in _NOT_PLACE for w in words):
            out += [PHIFinding("name", w.group(0), m.start() + w.start(), m.start() + w.end())
                    for w in re.finditer(rf"[{UPPER}][{LETTERS}'’-]+", m.group(0))]
    for m in _TIMED_SPEAKER.finditer(text):
        words = [_bare(w) for w in m.group("v").replace(",", " ").split()]
        if not any(w in _COMMON or w in _ROLES or w in _CRED_SET for w in words):
            out.append(PHIFinding("name", m.group("v"), m.start("v"), m.end("v")))
    # a trainee with the year of training: "From: Adaeze (PGY2)"
    out += [PHIFinding("name", m.group(0), m.start(), m.end())
            for m in re.finditer(rf"\b{_NAME_TOKEN}(?= \((?:PGY-?|R|MS)\d\))", text) if _bare(m.group(0)) not in _COMMON]
    m = _LAST_LINE_INITIALS.search(text)
    if m and m.group("v") not in _ABBREVIATIONS and m.group("v") not in _CRED_SET and m.group("v") not in _ROLES:
        out.append(PHIFinding("name", m.group("v"), m.start("v"), m.end("v")))
    return out


_GREETED = re.compile(r"\bDear ((?:[A-Z][a-z]+(?:, | and )){1,5}[A-Z][a-z]+)(?=[,:]\s*\n)")


def _greeted(text: str) -> list[PHIFinding]:
    """Each person a letter greets: "Dear Hope, Hunter, Frank and Philippa," (one finding per name)."""
    return [PHIFinding("name", w.group(0), m.start(1) + w.start(), m.start(1) + w.end())
            for m in _GREETED.finditer(text) for w in re.finditer(r"[A-Z][a-z]+", m.group(1))]
