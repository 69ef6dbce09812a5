"""The parallel test run (scripts/run_tests.sh, pytest-xdist): each worker's own server and thread share."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from medllm_utils import offline

ROOT = Path(__file__).resolve().parents[1]


def _conftest():
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_workers_get_their_own_runtime_folder_and_a_share_of_the_cores():
    env = offline.side_by_side_environment
    a, b = (env(w, 2, 2, {}, Path("/run/x")) for w in ("gw0", "gw1"))
    assert a["MEDLLM_RUNTIME_DIR"] != b["MEDLLM_RUNTIME_DIR"]
    assert Path(a["MEDLLM_RUNTIME_DIR"]).parent == Path("/run/x")
    assert {a[k] for k in offline.THREAD_VARIABLES} == {"1"}
    assert set(offline.THREAD_VARIABLES) == {"MEDLLM_OFFLINE_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                             "MKL_NUM_THREADS"}
    assert env("gw0", 4, 16, {}, Path("/r"))["MEDLLM_OFFLINE_THREADS"] == "4"
    assert env("gw0", 4, 2, {}, Path("/r"))["MEDLLM_OFFLINE_THREADS"] == "1"        # never zero threads
    assert env("gw0", 2, 2, {"MEDLLM_OFFLINE_THREADS": "2"}, Path("/r"))["MEDLLM_OFFLINE_THREADS"] == "2"   # yours wins
    assert set(env("0", 1, 2, {}, Path("/r"))) == {"MEDLLM_RUNTIME_DIR"}   # alone: all the cores


def test_an_xdist_worker_sets_its_share_before_anything_starts(monkeypatch, tmp_path):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    monkeypatch.setenv("MEDLLM_RUNTIME_DIR", str(tmp_path))
    for var in offline.THREAD_VARIABLES:
        monkeypatch.delenv(var, raising=False)
    _conftest().pytest_configure(None)
    assert os.environ["MEDLLM_RUNTIME_DIR"] == str(tmp_path / "gw1")
    assert os.environ["MEDLLM_OFFLINE_THREADS"] == str(max(1, (os.cpu_count() or 1) // 2))


class _Item:
    """Just enough of a pytest item for the root conftest's ordering hook."""

    def __init__(self, name: str, *markers: str):
        self.name, self.markers = name, set(markers)

    def get_closest_marker(self, name: str):
        return name if name in self.markers else None

    def add_marker(self, marker) -> None:
        self.markers.add(marker.name)


def test_the_slow_tiers_are_collected_first_and_chapter_3_leads():
    items = [_Item("u1"), _Item("m1", "model"), _Item("u2"), _Item("ch0", "notebooks"), _Item("m2", "model"),
             _Item("ch3", "notebooks"), _Item("medllm_utils.prompts.KNNExemplars")]
    _conftest().pytest_collection_modifyitems(None, items)
    assert [i.name for i in items] == ["ch0", "ch3", "m1", "m2", "medllm_utils.prompts.KNNExemplars", "u1", "u2"]
    assert "unit" in items[-1].markers and "unit" not in items[2].markers

    from tests import test_chapters
    mark = next(m for m in test_chapters.test_chapter_runs_with_small_parameters.pytestmark if m.name == "parametrize")
    order = list(mark.args[1])
    assert order[0] == "03_prompt_engineering" and sorted(order) == sorted(test_chapters.SMALL)


@pytest.fixture
def eb(monkeypatch):
    """scripts/execute_book.py, imported by name (its worker processes look its functions up by name)."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    return importlib.import_module("execute_book")


def test_the_book_is_executed_on_one_worker_per_core(eb):
    assert [p.stem for p in eb.book_notebooks()] == ["00_setup_and_basics", "01_formulate_task", "02_choose_llm",
                                                      "03_prompt_engineering", "04_fine_tuning", "05_deployment"]
    assert set(eb.EXPECTED_SECONDS) == {p.stem for p in eb.book_notebooks()}, "every chapter has an expected time"
    assert (eb.jobs(2, {}), eb.jobs(1, {}), eb.jobs(32, {}), eb.jobs(2, {"MEDLLM_BUILD_JOBS": "3"})) == (2, 1, 4, 3)
    for bad in ("0", "two"):
        with pytest.raises(SystemExit, match="MEDLLM_BUILD_JOBS"):
            eb.jobs(2, {"MEDLLM_BUILD_JOBS": bad})


def _notebook(path: Path, *sources: str) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_chapters_executed_side_by_side_are_found_by_myst_nbs_cache_lookup(eb, tmp_path):
    import nbformat
    from jupyter_cache import get_cache

    good = _notebook(tmp_path / "good.ipynb", "import os\nprint(os.environ['MEDLLM_RUNTIME_DIR'] != '')", "6 * 7")
    bad = _notebook(tmp_path / "bad.ipynb", "raise ValueError('planted')")
    cache_dir, lines, profile = tmp_path / "cache", [], tmp_path / "execution-profile.csv"
    assert eb.pending_notebooks([good, bad], cache_dir) == [good, bad]
    failed = eb.execute_into_cache([good, bad], cache_dir, 2, timeout=120, log=lines.append, profile=profile)
    assert failed == ["bad"] and any("planted" in line for line in lines)
    # every cell of the executed chapter is timed: the log names the slowest, the profile lists them all
    assert any(line.startswith("[book] executed good") and "slowest cells: [" in line for line in lines)
    rows = profile.read_text().splitlines()
    assert rows[0] == "chapter,cell,seconds,first_line" and len(rows) == 3
    assert {r.split(",")[1] for r in rows[1:]} == {"0", "1"} and all(r.startswith("good,") for r in rows[1:])
    record = get_cache(str(cache_dir)).match_cache_notebook(nbformat.read(good, as_version=4))
    _, merged = get_cache(str(cache_dir)).merge_match_into_notebook(nbformat.read(good, as_version=4))
    assert record.data["execution_seconds"] > 0
    assert merged.cells[0].outputs[0]["text"].strip() == "True"
    assert merged.cells[1].outputs[0]["data"]["text/plain"] == "42"
    assert eb.pending_notebooks([good, bad], cache_dir) == [bad]      # a cached chapter is not run again


def test_cell_times_come_from_nbclients_timing_and_the_profile_keeps_other_chapters(eb, tmp_path):
    import nbformat

    def cell(source, start, end):
        c = nbformat.v4.new_code_cell(source)
        if start:
            c.metadata["execution"] = {"iopub.execute_input": f"2026-12-08T01:00:{start}Z",
                                       "shell.execute_reply": f"2026-12-08T01:00:{end}Z"}
        return c

    nb = nbformat.v4.new_notebook(cells=[cell("# set-up\nx = 1", "00.000", "00.500"),
                                         nbformat.v4.new_markdown_cell("text"),
                                         cell("slow()", "01.000", "13.250"),
                                         cell("skipped()", None, None)])      # skip-execution: never timed
    rows = eb.cell_seconds(nb)
    assert rows == [{"cell": 2, "seconds": 12.2, "first_line": "slow()"},
                    {"cell": 0, "seconds": 0.5, "first_line": "x = 1"}]
    profile = tmp_path / "p.csv"
    eb.write_profile(profile, {"ch_a": rows, "ch_b": rows[:1]})
    eb.write_profile(profile, {"ch_b": [{"cell": 5, "seconds": 1.0, "first_line": "b()"}]})   # ch_b ran again
    assert profile.read_text().splitlines() == ["chapter,cell,seconds,first_line", "ch_a,2,12.2,slow()",
                                                "ch_a,0,0.5,x = 1", "ch_b,5,1.0,b()"]
