"""The warm rebuild (scripts/book_stamp.py, scripts/build_book.sh): an unchanged book is not rebuilt,
any changed source is, and only a successful build counts."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _stamp_module():
    spec = importlib.util.spec_from_file_location("book_stamp", ROOT / "scripts" / "book_stamp.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bs = _stamp_module()


def _book(tmp_path: Path) -> Path:
    """A copy of what the build reads (the real book's sources, not a made-up one)."""
    root = tmp_path / "book"
    for name in bs.INPUTS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns(*bs.SKIP_DIRS, "*.pyc"))
        elif src.is_file():
            root.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, root / name)
    return root


def test_the_fingerprint_follows_contents_not_times_nor_run_outputs(tmp_path):
    root = _book(tmp_path)
    before = bs.digest(root)
    assert bs.digest(root) == before and len(before) == 64
    nb = root / "notebooks" / "03_prompt_engineering.ipynb"
    os.utime(nb, (1, 1))                                         # touched, not changed
    (root / "notebooks" / "finetune_data").mkdir()
    (root / "notebooks" / "finetune_data" / "train.jsonl").write_text("{}\n")   # what chapter 4 writes
    (root / "medllm_utils" / "__pycache__").mkdir(exist_ok=True)
    (root / "medllm_utils" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    assert bs.digest(root) == before
    for changed in ("notebooks/03_prompt_engineering.ipynb", "book/intro.md", "_toc.yml",
                    "medllm_utils/stats.py", "requirements.txt"):
        path = root / changed
        original = path.read_bytes()
        path.write_bytes(original + b" ")
        assert bs.digest(root) != before, changed
        path.write_bytes(original)
    assert bs.digest(root) == before
    (root / "book" / "new-page.md").write_text("# New\n")            # a file added
    assert bs.digest(root) != before


def test_check_and_write(tmp_path, capsys):
    root = _book(tmp_path)
    assert bs.main(["check"], root) == 1                               # no site yet
    current = capsys.readouterr().out.strip()
    assert bs.main(["write", current], root) == 2                      # nothing to stamp
    assert "build the book first" in capsys.readouterr().err
    (root / "_build" / "html").mkdir(parents=True)
    (root / "_build" / "html" / "index.html").write_text("<html></html>")
    assert bs.main(["write", current], root) == 0
    assert bs.main(["check"], root) == 0
    (root / "_build" / "html" / "index.html").unlink()                 # the site went away
    assert bs.main(["check"], root) == 1
    assert bs.main(["frobnicate"], root) == 2
    assert "usage" in capsys.readouterr().err


FAKE_JUPYTER_BOOK = """#!/usr/bin/env bash
echo "$*" >> "$JB_CALLS"
if [ "$1" = "clean" ]; then rm -rf _build/html; fi
if [ "$1" = "build" ]; then
  [ -z "${JB_FAIL:-}" ] || { echo "WARNING: planted" >&2; exit 1; }
  mkdir -p _build/html && echo "<html></html>" > _build/html/index.html
fi
"""


def test_build_book_skips_an_unchanged_book_and_rebuilds_a_changed_one(tmp_path):
    """scripts/build_book.sh itself, on a copy of the book, with stand-ins for jupyter-book and the
    chapter execution (the real ones take minutes)."""
    root = _book(tmp_path)
    (root / "scripts" / "execute_book.py").write_text("import os\nopen(os.environ['JB_CALLS'], 'a').write('execute\\n')\n")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text(f"#!/usr/bin/env bash\nexec {sys.executable} \"$@\"\n")
    (venv / "bin" / "jupyter-book").write_text(FAKE_JUPYTER_BOOK)
    for exe in ("python", "jupyter-book"):
        (venv / "bin" / exe).chmod(0o755)
    # the set-up script's own stamp: the copied requirements and scripts are the real ones
    if not (Path(sys.prefix) / ".medllm-setup-stamp").is_file():
        pytest.skip("needs the environment scripts/setup_env.sh makes (its stamp tells the stand-in venv is set up)")
    shutil.copy2(Path(sys.prefix) / ".medllm-setup-stamp", venv / ".medllm-setup-stamp")
    calls = tmp_path / "calls.txt"
    env = {**os.environ, "MEDLLM_VENV": str(venv), "JB_CALLS": str(calls)}
    env.pop("MEDLLM_REBUILD", None)

    def build(**extra):
        calls.write_text("")
        proc = subprocess.run(["bash", str(root / "scripts" / "build_book.sh")], env={**env, **extra},
                              capture_output=True, text=True, timeout=120)
        return proc, calls.read_text().split("\n")

    proc, ran = build()
    assert proc.returncode == 0, proc.stderr
    assert "execute" in ran and any(c.startswith("build") for c in ran)
    proc, ran = build()                                      # nothing changed
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout and ran == [""]
    proc, ran = build(MEDLLM_REBUILD="1")
    assert any(c.startswith("build") for c in ran)
    (root / "book" / "intro.md").write_text((root / "book" / "intro.md").read_text() + "\nOne more line.\n")
    proc, ran = build(JB_FAIL="1")                           # a changed page, and the strict build fails
    assert proc.returncode != 0 and any(c.startswith("build") for c in ran)
    proc, ran = build(JB_FAIL="1")                           # still not up to date: built (and failed) again
    assert proc.returncode != 0 and any(c.startswith("build") for c in ran)
    proc, ran = build()
    assert proc.returncode == 0 and any(c.startswith("build") for c in ran)
    proc, ran = build()
    assert "up to date" in proc.stdout and ran == [""]
