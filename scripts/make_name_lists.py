"""Write the name gazetteers the de-identification rules use (medllm_utils/resources/data/names_*.txt).

Source: the person-name lists of every locale in the ``faker`` package (MIT licence), ASCII names
only. Run once when updating faker (it is not needed at run time):

    pip install faker==40.54.0 && python scripts/make_name_lists.py
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data"


def _names(value) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple)):
        return []
    return [x for x in value if isinstance(x, str) and x.isascii() and x[:1].isupper() and x.replace("-", "").replace("'", "").isalpha()]


def main() -> None:
    import faker
    import faker.providers.person as person

    firsts: set[str] = set()
    lasts: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        if not mod.ispkg:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            firsts.update(_names(provider.__dict__.get(attr)))
        lasts.update(_names(provider.__dict__.get("last_names")))
    header = f"# from faker {faker.VERSION} person providers, all locales, ASCII only (MIT licence)\n"
    (OUT / "names_first.txt").write_text(header + "\n".join(sorted(firsts)) + "\n")
    (OUT / "names_last.txt").write_text(header + "\n".join(sorted(lasts)) + "\n")
    print(f"{len(firsts)} first names, {len(lasts)} last names")


if __name__ == "__main__":
    main()
