"""The parallel test run (scripts/run_tests.sh, pytest-xdist): each worker's own server and thread share."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _conftest():
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_workers_get_their_own_runtime_folder_and_a_share_of_the_cores():
    env = _conftest().worker_environment
    a, b = env("gw0", 2, 2, {"MEDLLM_RUNTIME_DIR": "/run/x"}), env("gw1", 2, 2, {"MEDLLM_RUNTIME_DIR": "/run/x"})
    assert a["MEDLLM_RUNTIME_DIR"] != b["MEDLLM_RUNTIME_DIR"]
    assert Path(a["MEDLLM_RUNTIME_DIR"]).parent == Path("/run/x")
    assert {a[k] for k in ("MEDLLM_OFFLINE_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")} == {"1"}
    assert env("gw0", 4, 16, {})["MEDLLM_OFFLINE_THREADS"] == "4"
    assert env("gw0", 4, 2, {})["MEDLLM_OFFLINE_THREADS"] == "1"        # never zero threads
    assert env("gw0", 2, 2, {"MEDLLM_OFFLINE_THREADS": "2"})["MEDLLM_OFFLINE_THREADS"] == "2"   # yours wins


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
