"""Point the book at a repository: the launch buttons (``repository.url`` in ``_config.yml``) and the
first cell of every chapter (what Colab installs) both take the URL from ``_config.yml``.

    python scripts/set_repository.py https://github.com/you/your-fork   # set it, then sync the notebooks
    python scripts/set_repository.py                                    # sync the notebooks to _config.yml
    python scripts/set_repository.py --check                            # exit 1 if they disagree

A test (tests/test_notebooks_meta.py) fails when the two disagree.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "_config.yml"
URL_LINE = re.compile(r"^(  url: )(\S+)\s*$", re.M)
REPO_LINE = re.compile(r'^REPO = "[^"]*"', re.M)


def config_url() -> str:
    block = CONFIG.read_text().split("\nrepository:\n", 1)[1]
    return URL_LINE.search(block).group(2)


def set_config_url(url: str) -> None:
    head, block = CONFIG.read_text().split("\nrepository:\n", 1)
    CONFIG.write_text(head + "\nrepository:\n" + URL_LINE.sub(lambda m: m.group(1) + url, block, count=1))


def notebook_urls() -> dict[str, str]:
    out = {}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cell = next(c for c in json.loads(nb.read_text())["cells"] if c["cell_type"] == "code")
        found = REPO_LINE.search("".join(cell["source"]))
        out[nb.name] = found.group(0)[8:-1] if found else ""
    return out


def sync(url: str) -> list[str]:
    changed = []
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        data = json.loads(nb.read_text())
        cell = next(c for c in data["cells"] if c["cell_type"] == "code")
        src = "".join(cell["source"])
        new = REPO_LINE.sub(f'REPO = "{url}"', src)
        if new != src:
            cell["source"] = new.splitlines(keepends=True)
            nb.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
            changed.append(nb.name)
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url", nargs="?", help="https URL of the repository (e.g. your fork)")
    ap.add_argument("--check", action="store_true", help="only report whether notebooks and _config.yml agree")
    args = ap.parse_args(argv)
    if args.url:
        if not re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+", args.url.rstrip("/")):
            ap.error("give the repository's https URL, e.g. https://github.com/you/medllm-primer")
        set_config_url(args.url.rstrip("/"))
    url = config_url()
    wrong = {k: v for k, v in notebook_urls().items() if v != url}
    if args.check:
        for name, found in wrong.items():
            print(f"{name}: first cell installs from {found or '(no REPO line)'}, _config.yml says {url}")
        return 1 if wrong else 0
    changed = sync(url)
    print(f"repository: {url}; notebooks updated: {', '.join(changed) or 'none (already in sync)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
