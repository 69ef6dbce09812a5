"""Rules that find identifiers in clinical text: patterns, context cues and name lists (chapter 5).

Each rule returns typed spans (the HIPAA Safe Harbor categories that occur in notes):

* **formats** — e-mail, URL, IPv4/IPv6, phone and fax (also international: ``+44 20 7946 0831``), SSN,
  dates in every common written form (``11-Feb-2024``, ``Mar-14-2025``, ``5/31`` away from scores
  such as "pain 3/10", "in November", "starting the 21st"), ages over 89 (also ``Age ..... 94``),
  street addresses, PO boxes, rural routes and UK flats, ZIP codes next to a state or a ZIP label,
  UK postcodes, city names in ``City, ST`` position, HL7 v2 name, address and phone fields;
* **labelled numbers** — any identifier-like value after a label that names it (MRN, account,
  member/policy ID, licence, NPI, DEA, VIN, plate, serial, UDI, accession, Rx, study ID, user name,
  …), and long alphanumeric codes anywhere that are not a lab value, dose, code or time;
* **names** — a cue (title, credential, ``Patient:``/``Dear``/``Hi``/``signed by`` labels, a relative:
  "daughter Keisha", "Claimant Jerome Ashby-Kowal"), ``LAST, First`` after a name label or beside an
  MRN or DOB, an e-mail header (``'Eun-ji Shin' <…@…>``), or a run of capitalised words (accented
  letters included) containing a known first or last name (lists from the ``faker`` package, all
  locales) and not an everyday English word (SCOWL's list: Philter's "known safe words"); a name
  found once is looked for again in the same note. Eponyms ("Parkinson disease", "Foley catheter") and facility names are left alone;
* **places** — a town after words that say someone lives, moved or comes from there ("her son lives
  in Baltimore", "moved here from Tucson", "the Eastfield neighbourhood"), and any US postal place
  name (``resources/data/places_us.txt``, from the ``zipcodes`` package) after "in", "from", "near"…;
* **tables** — cells under a heading that names a person, a date, an age or a plate (:func:`table_cells`).

The format patterns live in :mod:`medllm_utils.deid_patterns`; this module adds the rules that need
context (names, places) and merges everything in :func:`find_phi`. Developed on six development
sets (``data.load_phi_dev_notes`` to ``load_phi_dev6_notes``, the last five written by separate
authors who never saw the rules); results are reported on held-out notes only.

Rules find patterns, not every way a person can be identified; chapter 5 measures what they miss
on notes written apart from them.

>>> [(f.kind, f.text) for f in find_phi("Seen by Dr. Alvarez on 03/14/2024; call 555-201-3344.")]
[('name', 'Alvarez'), ('date', '03/14/2024'), ('phone', '555-201-3344')]
"""

from __future__ import annotations

import re

from .deid_context import (
    _greeted,
    _places,
    cities_after_addresses,
    context_names,
    gazetteer_places,
)
from .deid_patterns import (
    EXTRA_PATTERNS,
    LETTERS,
    PATTERNS,
    STATE_SET,
    UPPER,
    PHIFinding,
    labelled_ids,
)
from .deid_words import (
    _ABBREVIATIONS,
    _AFTER_TITLE,
    _COMMA_NAME,
    _COMMON,
    _COUNTRIES,
    _COUNTY,
    _CRED,
    _CRED_AFTER,
    _CRED_SET,
    _CUES_BEFORE,
    _DESCRIBED,
    _DOTTED_NOT_NAMES,
    _EPONYM_AFTER,
    _FACILITY,
    _GENUS_SPECIES,
    _ID_CONTEXT,
    _LOWER_COMMON,
    _LOWER_CUE,
    _LOWER_RELATIVE,
    _LOWER_TITLE,
    _NAME_RUN,
    _NAME_TOKEN,
    _PARTICLE,
    _PERSON_CUE,
    _ROLES,
    _TITLE_WORDS,
    _WEAK_CUES,
    _bare,
    _english,
    _gazetteers,
)


def _names(text: str) -> list[PHIFinding]:
    firsts, lasts, any_name = _gazetteers()
    out: list[PHIFinding] = []
    # LAST, First (M.) — a known first name after the comma, and LAST in capitals or Capitalised
    for m in re.finditer(rf"\b({_NAME_TOKEN}|[A-Z][A-Z'’-]+), ({_NAME_TOKEN}|[A-Z][A-Z'’-]+)(?: [A-Z]\.?)?\b", text):
        last, first = m.group(1), m.group(2)
        if (first.title() in firsts and (last.title() in lasts or last.isupper())) and last.title() not in _COMMON:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    for m in _NAME_RUN.finditer(text):
        tokens = m.group(0).split()
        start, end = m.start(), m.end()
        # trim common words and facility words at the edges
        while tokens and (_bare(tokens[0]) in _COMMON or _FACILITY.fullmatch(_bare(tokens[0]))):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and (_bare(tokens[-1]) in _COMMON or _FACILITY.fullmatch(_bare(tokens[-1]))):
            end -= len(tokens[-1]) + 1
            tokens = tokens[:-1]
        lead_cue = False
        # a title inside the run ("PCP Dr Haddad", "Attending Dr. Cole"): the name starts after it
        inner = next((i for i, t in enumerate(tokens[1:-1], start=1) if _bare(t).rstrip(".") in _TITLE_WORDS), None)
        if inner is not None:
            start += len(" ".join(tokens[:inner + 1])) + 1
            tokens, lead_cue = tokens[inner + 1:], True
        # a cue word at the head of the run ("Claimant Jerome Ashby-Kowal"): not in capitals (a heading), and
        # what follows is two words or a known name
        while (len(tokens) > 1 and (not tokens[0].isupper() or (tokens[0] in _ROLES and not tokens[1].isupper()))
               and tokens[0] not in _TITLE_WORDS
               and (_CUES_BEFORE.search(" " + tokens[0].lower()) or tokens[0] in _ROLES)
               and (len(tokens) > 2 or _bare(tokens[1]) in any_name or tokens[0] in _ROLES
                    or _PERSON_CUE.search(tokens[0]))):
            start += len(tokens[0]) + 1
            tokens, lead_cue = tokens[1:], True
        if not tokens:
            continue
        end = start + len(" ".join(tokens))
        chunk = text[start:end].rstrip(".")
        end = start + len(chunk)
        next_word = re.match(r"[ \t]*([A-Za-z]+)", text[end:end + 30])
        if (any(_FACILITY.fullmatch(_bare(t)) for t in m.group(0).split()) or _EPONYM_AFTER.match(text[end:end + 40])
                or (len(tokens) > 1 and _EPONYM_AFTER.match(" " + _bare(tokens[-1])))   # "Berg Balance", "Murphy Sign"
                or (next_word and _FACILITY.fullmatch(next_word.group(1)))):
            continue
        before, after = text[max(0, start - 40):start], text[end:end + 20]
        names = [_bare(t) for t in tokens if len(_bare(t)) > 1]
        caps = all(t.isupper() for t in names)
        cue_match = _CUES_BEFORE.search(before) or (_CUES_BEFORE.search(" patient") if lead_cue else None)
        cue_word = cue_match.group(0).strip(" \t:,-\"“'").lower() if cue_match else ""
        name_cue = bool(cue_match) and cue_word not in _WEAK_CUES or bool(_CRED_AFTER.match(after))
        # "Mahsa Jafari-Tehrani, DOB 04/01/1965", "Yuki Tanabe-Morales, 11 y/o": a person described like a patient
        described = bool(_DESCRIBED.match(text[end:end + 40]))
        strong_cue = bool(cue_match) or bool(_CRED_AFTER.match(after)) or described
        if " ".join(names) in STATE_SET or (len(names) == 1 and names[0] in _COUNTRIES):
            continue
        if caps or len(names) == 1:   # headers, acronyms and single words: only after a cue naming a person
            if caps and cue_match and "\n" in before[cue_match.start():]:   # "Cardiologist\nGMC 7419953": a new line
                continue
            if (name_cue and len(names) <= 3 and not any(n in _COMMON or n.title() in _COMMON for n in names)
                    and not (caps and re.fullmatch(rf"(?:{_CRED})(?: (?:{_CRED}))*", " ".join(names)))
                    and not (caps and len(names) == 1 and (len(names[0]) < 3 or names[0] in _ABBREVIATIONS))
                    # one everyday word ("Triage RN", "Subject: Statement") needs a title or a relative before it
                    and not (len(names) == 1 and not caps and names[0].lower() in _english()
                             and not (cue_match and _PERSON_CUE.search(cue_word)))):
                out.append(PHIFinding("name", chunk, start, end))
            continue
        first_known = bool(names) and (names[0] in firsts or (len(names) > 1 and names[0] in lasts and names[1] in firsts))
        rest_ok = all(n not in _COMMON and not n.isupper() for n in names[1:])
        if strong_cue or (len(names) >= 2 and first_known and rest_ok):
            out.append(PHIFinding("name", chunk, start, end))
    # lowercase names (quick notes): a known name right after a cue word, or before a credential
    english = _english()
    for m in re.finditer(r"\b([a-z][a-z'’-]+)(?= ([a-z][a-z'’-]+))?", text):
        words = [w for w in m.groups() if w]
        if not words or words[0] in _LOWER_COMMON or words[0].startswith("in-"):
            continue
        known = words[0].title() in any_name
        is_english = words[0] in english
        unknown = len(words[0]) >= 3 and not is_english and words[0] not in _AFTER_TITLE
        if not known and not unknown:   # neither a listed name nor an unknown word: no cue makes it one
            continue
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 12]
        # after a title any word that is not a common follower is a surname ("dr haq", "mrs tanaka")
        title = _LOWER_TITLE.search(before)
        relative = _LOWER_RELATIVE.search(before)
        if not known and not ((title or relative) and unknown):
            continue
        if is_english and not (title or relative):   # "patient lies flat": a word, not Lies
            continue
        cue = title or _LOWER_CUE.search(before)
        cred = re.match(r"\s*,?\s*(?:rn|md|np|pa|do|lpn|cna|msw|lcsw|pharmd)\b", after)
        if cue or cred:
            keep = words if len(words) == 2 and words[1].title() in any_name and words[1] not in _LOWER_COMMON else words[:1]
            span = " ".join(keep)
            out.append(PHIFinding("name", span, m.start(), m.start() + len(span)))
    for m in re.finditer(r"(?<=\()[\"“]([A-Z][a-z]+)[\"”](?=\))", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a known first name in quotes: a nickname, a newborn's name, a caller
    for m in re.finditer(r"[\"“]([A-Z][a-z]+)[\"”]", text):
        if m.group(1) in firsts and m.group(1) not in _COMMON:
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # an initial and a surname before a credential: "a. whitcombe rn", "J. Okoro, MD"
    for m in re.finditer(rf"\b[A-Za-z]\. ?(?:{_PARTICLE} )?[{LETTERS}][{LETTERS}'’-]+(?=,? (?i:{_CRED})\b|, badge|"
                         rf"\s*\((?i:{_CRED})\b)", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # ... or after a title or a cue ("Dr. S. Raghavan", "triage rn K. Olawale"), or with a known surname
    for m in re.finditer(rf"\b[A-Z]\. ?(?:{_PARTICLE} )?{_NAME_TOKEN}", text):
        surname = _bare(m.group(0).split()[-1])
        # an initial and an unlisted surname standing alone ("A. Chukwuemeka   Rm 512", "oncologist Y. Bernstein-Oduya;")
        alone = (re.fullmatch(rf"[{UPPER}][a-zß-ÿ'’]+(?:-[{UPPER}][a-zß-ÿ'’]+)?", surname) is not None
                 and len(surname) >= 4 and surname.lower() not in _english() and surname not in _COMMON
                 and surname.lower() not in _GENUS_SPECIES
                 and not re.search(r"(?:\d|&\w*)\s*$", text[max(0, m.start() - 4):m.start()])
                 and re.match(r"[ \t]*(?:$|\n|[,;)]|[ \t]{2}| \()", text[m.end():m.end() + 3]) is not None)
        if _CUES_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or surname in lasts or alone:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # names written in another script (Hangul, Ethiopic, Arabic, Cyrillic, Greek, Devanagari, CJK…): in an
    # English note these are people's names, e.g. "Kim Soon-ja (김순자)"
    for m in re.finditer(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u1200-\u137f\u3040-\u30ff"
                         r"\u3400-\u9fff\uac00-\ud7af]+(?:[ \u00b7][\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff"
                         r"\u1200-\u137f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)*", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # a name spelled out letter by letter: "D E S M O N D", "H O L L I S"
    for m in re.finditer(r"\b[A-Z](?: [A-Z]){3,}\b", text):
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # a known first name speaking at the start of a line: "Priya: ok", "Kavitha Akka: thanks"
    lines = [m for m in re.finditer(rf"(?m)^({_NAME_TOKEN})(?: {_NAME_TOKEN})?(?=: )", text)
             if m.group(1) not in _COMMON and m.group(1).lower() not in _LOWER_COMMON and not m.group(1).isupper()]
    known = [m for m in lines if m.group(1) in firsts]
    for m in (lines if len(known) >= 3 else []):   # a conversation: every speaker, known name or not
        out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # two or three capitalised words followed by a record number or an age and sex: a list of patients
    for m in re.finditer(rf"\b({_NAME_TOKEN}(?: {_NAME_TOKEN}){{1,2}})(?=\s{{2,}}[A-Z]{{0,3}}\d{{5,}}\b|,?\s+\d{{1,3}} ?[MF]\b|\s*\|\s*[A-Z]{{0,3}}\d{{5,}}\b)", text):
        if not any(_bare(w) in _COMMON for w in m.group(1).split()) and not _FACILITY.search(m.group(1)):
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a person with an age (and sex) in brackets: "Park (65M)", "his wife of 64 years, Hope (88)", "Mason (6) and Aaliyah (3)"
    for m in re.finditer(rf"\b({_NAME_TOKEN})(?= \(\d{{1,3}} ?(?:[MF]|y|yo|yrs?)?\))", text):
        w = _bare(m.group(1))
        if w not in _COMMON and (w in firsts or re.search(r"\d ?[MF]\)", text[m.end():m.end() + 8])):
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # lowercase "last, first" after a patient cue in quick notes: "pt (delgado, ramon)", "Pt: mccandless, ruth e"
    for m in re.finditer(r"(?i:\b(?:pt|patient|name)\b[:\s(]*)(?P<v>[a-z][a-z'-]{2,}, [a-z][a-z'-]{2,}(?: [a-z]\b)?)", text):
        last, first = m.group("v").split(", ")[:2]
        if last.title() in any_name or first.split()[0].title() in firsts:
            out.append(PHIFinding("name", m.group("v"), m.start("v"), m.end("v")))
    # a known first name inside a sentence (not its first word, where every word is capitalised), when
    # it is not also an English word used in notes ("Will", "Grace", "Hope")
    english = _english()
    for m in re.finditer(rf"(?<=[a-z,;] )({_NAME_TOKEN})\b(?![ -][A-Z]| and [A-Z])", text):
        w = _bare(m.group(1))
        if re.search(r"\b[A-Z][\w'’-]*\s$", text[max(0, m.start() - 25):m.start()]):   # "New York": one proper noun
            continue
        if (w in firsts and w not in _COMMON and w.lower() not in _LOWER_COMMON and w.lower() not in english
                and not _EPONYM_AFTER.match(text[m.end():m.end() + 40])):
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # a greeting: "Hi Siobhan,", "Dear Eun-ji,"
    for m in re.finditer(rf"\b(?:Hi|Hello|Hey|Dear|Morning|Good morning|Good afternoon|Thanks|Thank you),? "
                         rf"({_NAME_TOKEN}(?: {_NAME_TOKEN})?)(?=\s*[,!\n])", text):
        if _bare(m.group(1)) not in _COMMON:
            out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # an e-mail header: 'Eun-ji Shin' <eshin@…>, Patricia Donnelly <pd@…>
    for m in re.finditer(rf"['\"]?({_NAME_TOKEN}(?: (?:[A-Z]\. )?{_NAME_TOKEN}){{1,2}})['\"]? <[^>\s]+@", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    # LAST, First on a line that is about a patient: after a name label, or with an MRN/DOB beside it
    for m in _COMMA_NAME.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 60].split("\n", 1)[0]
        span_text, span_end = m.group(0), m.end()
        while span_text.split()[-1] in _CRED_SET and len(span_text.split()) > 2:   # "PATEL, KIRAN MD"
            span_text = span_text[:span_text.rfind(" ")]
            span_end = m.start() + len(span_text)
        words = [_bare(w) for w in re.split(r"[ ,]+", span_text) if len(_bare(w)) > 1]
        if any(w in _COMMON or w.title() in _COMMON or w in _CRED_SET or w in _ABBREVIATIONS or w in _ROLES
               for w in words):
            continue
        if (_CUES_BEFORE.search(before) or _ID_CONTEXT.search(after)
                or re.match(r"[ \t]*\n\s*(?:DOB|MRN|D\.O\.B|Age\b|Sex\b)", text[m.end():m.end() + 40])
                or (text[max(0, m.start() - 1):m.start()] in ("", "\n") and re.match(r"\s*(?:\||\s{2})", after))):
            out.append(PHIFinding("name", span_text, m.start(), span_end))
    # an initials key: "AJ = Adriana Jaramillo, RN" (the initials are then looked for in the whole note)
    for m in re.finditer(rf"\b([A-Z]{{2,3}}) = ({_NAME_TOKEN}(?: (?:[A-Z]\. )?{_NAME_TOKEN}){{1,2}})", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
        out.append(PHIFinding("name", m.group(2), m.start(2), m.end(2)))
    # initials with full stops: "D.W.", "M.R.G." (a subject in a log), not "A.M." or "U.S."
    for m in re.finditer(r"(?<![\w.])[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w.])", text):
        if m.group(0) not in _DOTTED_NOT_NAMES:
            out.append(PHIFinding("name", m.group(0), m.start(), m.end()))
    # form fields: "Last Begay   First Tyler   MI R"
    for m in re.finditer(r"\b(?:Last(?: Name)?|First(?: Name)?|Middle(?: Name)?|MI|Surname|Given [Nn]ame|Family [Nn]ame)"
                         rf"\b:?[ \t]+({_NAME_TOKEN}|[A-Z]\b)(?=[ \t]{{2,}}|[ \t]*\n|[ \t]*\|)", text):
        out.append(PHIFinding("name", m.group(1), m.start(1), m.end(1)))
    return out


def _propagate(text: str, names: list[PHIFinding]) -> list[PHIFinding]:
    """Every other mention of a word already found as part of a name in this note ("Colette
    Moreau-Fisk" … "Colette reports"): a person named once with a cue is usually named again without one."""
    words = {w for f in names for w in re.findall(rf"[{UPPER}][{LETTERS}'’-]{{2,}}", f.text)
             if w not in _COMMON and w not in _TITLE_WORDS and not w.isupper()}
    if not words:
        return []
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w'’-])")
    out = [PHIFinding("name", m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]
    # another name for the same person in brackets right after it: "Tony (Tuấn)", "Mr Lipinski (Stanisław / "Stan")"
    for f in [*names, *out]:
        m = re.match(rf" \((?P<v>[{UPPER}][{LETTERS}'’-]+)(?=\)| /)", text[f.end:f.end + 40])
        if (m and m.group("v") not in _COMMON and m.group("v") not in _COUNTRIES and m.group("v").lower() not in _english()
                and (m.group("v") in _gazetteers()[0] or not m.group("v").isascii())):
            out.append(PHIFinding("name", m.group("v"), f.end + m.start("v"), f.end + m.end("v")))
    return out


def find_phi(text: str) -> list[PHIFinding]:
    """Identifier-like spans in ``text``, in order of position (overlaps resolved to the longer span)."""
    found: list[PHIFinding] = []
    for kind, pat in [*PATTERNS.items(), *EXTRA_PATTERNS]:
        for m in pat.finditer(text):
            group = next((g for g in pat.groupindex if m.group(g)), 0)   # a pattern may mark its value as (?P<v>…)
            if m.group(group).strip():
                found.append(PHIFinding(kind, m.group(group), m.start(group), m.end(group)))
    found += cities_after_addresses(text, [f for f in found if f.kind == "address"])
    # a ZIP code right after a town ("Kirkland 98034", "Minneapolis 55417"), with no state between them
    for c in [f for f in found if f.kind == "city"]:
        z = re.match(r",?[ \t]+(\d{5}(?:-\d{4})?)\b(?![-\d]|\s*(?:mg|mL|units|IU|%))", text[c.end:c.end + 16])
        if z:
            found.append(PHIFinding("zip", z.group(1), c.end + z.start(1), c.end + z.end(1)))
    names = _names(text) + _greeted(text)
    names += context_names(text)
    found += labelled_ids(text) + names + _places(text) + gazetteer_places(text) + _propagate(text, names)
    # an identifier is never a single everyday word ("Account holder:", "Account: proxy")
    found = [f for f in found if not (f.kind == "id" and f.text.islower() and f.text in _english())]
    # a state, a country or a facility is not a town
    found = [f for f in found if not (f.kind == "city" and (f.text in STATE_SET or f.text in _COUNTRIES
                                                            or _FACILITY.search(_COUNTY.sub("", f.text))
                                                            or (_COUNTY.search(f.text) and f.text.split()[0] in _COMMON)))]
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[PHIFinding] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            if f.end > kept[-1].end:   # overlapping: merge into one span of the first kind
                k = kept[-1]
                kept[-1] = PHIFinding(k.kind, text[k.start:f.end], k.start, f.end)
            continue
        kept.append(f)
    return kept
