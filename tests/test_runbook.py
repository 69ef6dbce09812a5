"""The papermill book runner, on small fixture notebooks talking to the scripted server."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from medllm_utils import runbook

FIX = Path(__file__).parent / "fixtures" / "notebooks"


@pytest.mark.timeout(300)
def test_runbook_writes_executed_notebooks_and_report(fake, tmp_path, monkeypatch):
    fake.replies.extend(["hi from the fake", json.dumps({"answer": "A"}), json.dumps({"answer": "B"}),
                         json.dumps({"answer": "C"})])
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "run"
    with pytest.raises(SystemExit):  # the broken chapter makes the command fail ...
        # a relative --out, as people type it (the notebooks run in another folder)
        runbook.main(["--out", "run", "--notebooks", str(FIX), "--param", "N_ITEMS=3", "--seed", "1"])
    report = pd.read_csv(out / "report.csv").set_index("chapter")
    assert report.loc["98_broken", "status"].startswith("failed: ")  # ... but is reported, not hidden
    tiny = report.loc["99_tiny"]
    assert tiny.status == "ok" and tiny.calls == 4 and tiny.model_calls == 4
    assert tiny.prompt_tokens == 40 and json.loads(tiny.parameters) == {"N_ITEMS": 3, "SEED": 1}
    metrics = pd.read_csv(out / "metrics.csv")
    assert set(metrics.metric) >= {"accuracy", "parse_failure"} and (metrics.n == 3).all()
    assert (out / "99_tiny.ipynb").is_file() and "Book run report" in (out / "report.md").read_text()
    assert not (FIX / "run").exists()  # nothing written next to the notebooks
    executed = json.loads((out / "99_tiny.ipynb").read_text())
    assert any("injected-parameters" in c["metadata"].get("tags", []) for c in executed["cells"])


def test_param_parsing():
    assert runbook._parse_param("N=3") == ("N", 3)
    assert runbook._parse_param("BACKEND=openai") == ("BACKEND", "openai")
    assert runbook._parse_param("X=[1, 2]") == ("X", [1, 2])
    with pytest.raises(Exception, match="NAME=VALUE"):
        runbook._parse_param("novalue")


def test_export_is_off_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDLLM_EXPORT_DIR", raising=False)
    runbook.append_export("ledger", {"a": 1})
    monkeypatch.setenv("MEDLLM_EXPORT_DIR", str(tmp_path / "x"))
    runbook.append_export("ledger", {"a": 1})
    assert (tmp_path / "x" / "ledger.jsonl").read_text().strip() == '{"a": 1}'
