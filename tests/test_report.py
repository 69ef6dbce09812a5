"""Tests for medllm_utils.report: prose worded from the run's numbers."""

from __future__ import annotations

import pandas as pd
import pytest

from medllm_utils.evaluate import EvalResult, compare
from medllm_utils.report import describe_difference, glue


def _run(name: str, scores: list[float]) -> EvalResult:
    preds = pd.DataFrame({"id": [f"q{i}" for i in range(len(scores))], "score": scores})
    return EvalResult(task="mcq", name=name, backend="test", model="test", predictions=preds,
                      metrics=pd.DataFrame(), wall_s=0.0)


def test_wording_follows_the_interval_not_the_sign():
    assert describe_difference({"diff": -0.2, "ci_low": -0.35, "ci_high": -0.05}).startswith("lowered accuracy by 0.200")
    # a positive point estimate whose CI includes 0 is not an improvement
    text = describe_difference({"diff": 0.1, "ci_low": -0.02, "ci_high": 0.22}, what="recall", digits=2)
    assert text == "made no detectable difference to recall (+0.10, 95% CI -0.02 to 0.22)"
    with pytest.raises(ValueError, match="no difference or CI"):
        describe_difference({"diff": float("nan"), "ci_low": 0.0, "ci_high": 0.0})


def test_describes_a_real_paired_comparison():
    a = _run("a", [0.0] * 30 + [1.0] * 10)
    b = _run("b", [1.0] * 40)
    text = describe_difference(compare(a, b))
    assert text.startswith("improved accuracy by 0.750 (95% CI ")
    assert describe_difference(compare(a, a)) == "scored the same on every item (no difference in accuracy)"
    mixed = _run("mixed", [1.0] + [0.0] * 29 + [1.0] * 9 + [0.0])      # one item better, one worse: same mean
    assert describe_difference(compare(a, mixed)).startswith("made no detectable difference to accuracy (+0.000")


def test_glue_outside_a_kernel_returns_the_value():
    assert glue("x", 3) == 3


def test_compare_with_clusters_resamples_patients_and_needs_every_item():
    a = _run("a", [0.0] * 6 + [1.0] * 6)
    b = _run("b", [1.0] * 6 + [1.0] * 6)
    patients = {f"q{i}": f"p{i // 6}" for i in range(12)}     # two patients of six items each
    row = compare(a, b, clusters=patients).iloc[0]
    assert row["clusters"] == 2 and pd.isna(row["p_value"])
    assert (row["ci_low"], row["ci_high"]) == (0.0, 1.0)      # with 2 patients the CI is as wide as it gets
    assert compare(a, b).iloc[0]["ci_low"] > 0.2               # the item-level CI pretends 12 independent items
    with pytest.raises(ValueError, match="no group for items"):
        compare(a, b, clusters={"q0": "p0"})


def test_accepts_a_table_row_as_well_as_a_table():
    table = pd.DataFrame([{"diff": 0.3, "ci_low": 0.1, "ci_high": 0.5}], index=["vs prompted"])
    assert describe_difference(table) == describe_difference(table.loc["vs prompted"]) == describe_difference(
        table.iloc[0].to_dict())
