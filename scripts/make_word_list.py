"""Write ``medllm_utils/resources/data/english_words.txt``: the lowercase words of an English
dictionary, used by the de-identification rules as a list of known safe words (Philter's idea):
a capitalised word that is also an everyday English word ("Hope", "Beta", "Oral") is not taken
for a name without a stronger cue, and a lowercase word after "wife" or "son" that is not an
English word ("husband musa") is.

Source: SCOWL's American English list as Debian's ``wamerican`` package installs it
(``apt-get install wamerican``), whose licence allows redistribution with its notice, kept at the
top of the output. Run: ``python scripts/make_word_list.py [/usr/share/dict/american-english]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "english_words.txt"
NOTICE = """# Lowercase words of SCOWL's American English word list (Debian package wamerican 2020.12.07),
# written by scripts/make_word_list.py. SCOWL notice:
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these
# word lists, the associated scripts, the output created from the scripts, and its documentation
# for any purpose is hereby granted without fee, provided that the above copyright notice appears
# in all copies and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array for
# any purpose. It is provided "as is" without express or implied warranty.
"""


def words(source: Path) -> list[str]:
    """Entries written in lowercase ASCII letters only (no proper nouns, no possessives)."""
    found = {w for w in source.read_text(encoding="utf-8").split() if re.fullmatch(r"[a-z]{2,}", w)}
    return sorted(found)


def main(argv: list[str]) -> None:
    source = Path(argv[1] if len(argv) > 1 else "/usr/share/dict/american-english")
    if not source.exists():
        raise SystemExit(f"{source} not found: install Debian's wamerican package (apt-get install wamerican)")
    out = words(source)
    OUT.write_text(NOTICE + "\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} words to {OUT}")


if __name__ == "__main__":
    main(sys.argv)
