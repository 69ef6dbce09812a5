"""Write the US place gazetteer the de-identification rules use (medllm_utils/resources/data/places_us.txt).

Source: the postal city names (and the other names a ZIP code accepts) of every US ZIP code in the
``zipcodes`` package (MIT licence), written in title case, one per line; "Saint"/"Mount"/"Fort" also
get their abbreviated spellings ("St. Croix", "Mt. Olive", "Ft. Worth"). Run once when updating the
package (it is not needed at run time):

    pip install zipcodes==3.0.0 && python scripts/make_place_list.py
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "places_us.txt"
_SMALL = {"of", "on", "the", "in", "and", "at", "by", "du", "de", "la", "le", "del", "des"}


def _title(name: str) -> str:
    words = re.split(r"(\s+)", name.strip().lower())
    out = []
    for i, w in enumerate(words):
        if w in _SMALL and i:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), "".join(out))


def spellings(name: str) -> set[str]:
    """A place's title-case name and its usual abbreviations.

    >>> sorted(spellings("MARINE ON SAINT CROIX"))
    ['Marine on Saint Croix', 'Marine on St Croix', 'Marine on St. Croix']
    """
    base = _title(name)
    out = {base}
    for long, short in (("Saint", "St"), ("Mount", "Mt"), ("Fort", "Ft"), ("Sainte", "Ste")):
        if re.search(rf"\b{long}\b", base):
            out |= {re.sub(rf"\b{long}\b", short + ".", base), re.sub(rf"\b{long}\b", short, base)}
    return out


def main() -> None:
    import zipcodes

    names: set[str] = set()
    for z in zipcodes.list_all():
        for city in [z["city"], *(z.get("acceptable_cities") or [])]:
            if city and re.fullmatch(r"[A-Za-z .'-]+", city):
                names |= spellings(city)
    header = f"# US postal place names from zipcodes {zipcodes.__version__} (MIT licence), title case\n"
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} place names -> {OUT}")


if __name__ == "__main__":
    main()
