"""Is the built book up to date? A fingerprint of everything the build reads, kept beside the site.

`scripts/build_book.sh` asks this script before it builds: when no source of the book changed since
the last *successful* strict build, the site in ``_build/html`` is exactly what a rebuild would
produce, and the build stops there (well under a second instead of about 25 s of cleaning and
rendering). Any change — a notebook, a page, the configuration, the package the notebooks import,
its data, the pinned requirements or the build scripts — makes it build as before: clean, execute
what changed, render strictly. ``MEDLLM_REBUILD=1`` always rebuilds.

The fingerprint covers file names and contents under :data:`INPUTS`, not times, so checking out the
same commit again, or touching a file without changing it, does not force a rebuild. It does not cover
environment variables such as ``MEDLLM_BACKEND``; neither does the execution cache, which keys a
notebook on its code: to re-execute the book on another backend, run ``jupyter-book clean --all .``
first (``book/setup.md``).

    python scripts/book_stamp.py check          # prints the fingerprint; exit 0 when the site matches it
    python scripts/book_stamp.py write DIGEST   # after a successful build: the site was built from DIGEST
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What the build reads: the book's configuration and pages, the chapters, the static files, the
# package (and its data) the chapters import, the pins of the environment they run in, the scripts.
INPUTS = ("_config.yml", "_toc.yml", "book", "notebooks", "_static", "medllm_utils", "scripts",
          "pyproject.toml", "requirements.txt", "requirements-models.txt")
# Written by running things, never read as a source: byte-code, editor checkpoints, the training
# files chapter 4 writes next to itself.
SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints", "finetune_data", ".jupyter_cache", ".pytest_cache"}
SKIP_SUFFIXES = (".pyc",)
SITE_INDEX = Path("_build") / "html" / "index.html"
STAMP = SITE_INDEX.with_name(".medllm-built-from")


def source_files(root: Path | None = None) -> list[Path]:
    """Every file the fingerprint covers, in a fixed order.

    >>> any(p.name == "_toc.yml" for p in source_files())
    True
    """
    root = root or ROOT
    files: list[Path] = []
    for name in INPUTS:
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and not p.name.endswith(SKIP_SUFFIXES)
                         and not SKIP_DIRS.intersection(p.relative_to(root).parts))
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def digest(root: Path | None = None) -> str:
    """SHA-256 over the relative path and contents of every source file.

    >>> len(digest())
    64
    """
    root = root or ROOT
    h = hashlib.sha256()
    for path in source_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def up_to_date(current: str, root: Path | None = None) -> bool:
    """True when the site exists and its stamp says it was built from ``current``."""
    root = root or ROOT
    stamp = root / STAMP
    return (root / SITE_INDEX).is_file() and stamp.is_file() \
        and stamp.read_text().strip() == current


def main(argv: list[str], root: Path | None = None) -> int:
    root = root or ROOT
    if argv == ["check"]:
        current = digest(root)
        print(current)
        return 0 if up_to_date(current, root) else 1
    if len(argv) == 2 and argv[0] == "write":
        if not (root / SITE_INDEX).is_file():
            print(f"no built site in {(root / SITE_INDEX).parent}: build the book first", file=sys.stderr)
            return 2
        (root / STAMP).write_text(argv[1] + "\n")
        return 0
    print("usage: book_stamp.py check | book_stamp.py write DIGEST", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
