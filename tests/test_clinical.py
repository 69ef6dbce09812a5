"""Tests for medllm_utils.clinical: the rubric, the rated outputs and ratings, and agreement."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pandas as pd
import pytest
from sklearn.metrics import cohen_kappa_score

from medllm_utils import clinical as C
from medllm_utils.data import load_trial_matching



def test_rated_outputs_are_the_models_judgements_on_real_pairs():
    out = C.load_rated_outputs()
    pairs = load_trial_matching().set_index("pair_id")
    assert out.item_id.is_unique and len(out) == 28
    for o in out.itertuples():   # note, criterion and gold come from the dataset, not typed in
        p = pairs.loc[o.pair_id]
        assert (o.note, o.criterion, o.gold) == (p.note, p.criterion, p.label)
        assert json.loads(o.raw) == {"rationale": o.rationale, "answer": o.answer}
    # both configurations judged the same pairs
    assert out.groupby("config").pair_id.apply(frozenset).nunique() == 1


def test_every_item_is_rated_by_both_raters_within_the_rubric():
    ratings = C.load_ratings()
    assert set(ratings.item_id) == set(C.load_rated_outputs().item_id)
    assert (ratings.groupby("item_id").rater.apply(lambda r: tuple(sorted(r))) == ("A", "B")).all()


def test_agreement_table_kappa_is_scikit_learns():
    ratings = C.load_ratings()
    table = C.agreement_table(ratings)
    wide = ratings.pivot(index="item_id", columns="rater")
    for c in C.RUBRIC:
        want = cohen_kappa_score(wide[c.name]["A"], wide[c.name]["B"], weights=c.weights)
        assert table.loc[c.name, "kappa"] == pytest.approx(want)


def test_disagreement_lowers_kappa_and_bad_ratings_are_refused():
    ratings = C.load_ratings()
    flipped = ratings.copy()
    b = flipped.rater == "B"
    flipped.loc[b, "decision"] = 1 - flipped.loc[b, "decision"]
    assert C.agreement_table(flipped).loc["decision", "kappa"] < 0
    with pytest.raises(ValueError, match="harm must be one of"):
        C.check_ratings(ratings.assign(harm=ratings.harm.where(ratings.index != 3, 5)))
    with pytest.raises(ValueError, match="lack the column"):
        C.check_ratings(ratings.drop(columns="evidence"))
    with pytest.raises(ValueError, match="twice"):
        C.check_ratings(pd.concat([ratings, ratings.head(1)]))


def test_right_for_the_wrong_reason_is_counted_and_reproduction_is_matched_by_config_and_pair():
    out, ratings = C.load_rated_outputs(), C.load_ratings()
    table = C.rubric_by_config(out, ratings)
    merged = out.set_index("item_id").join(ratings.groupby("item_id")[["decision", "faithful"]].min())
    for config, sub in merged.groupby("config"):
        want = int(((sub.decision == 1) & (sub.faithful == 0)).sum())
        assert table.loc[(config, "right decision, unfaithful rationale"), "count"] == f"{want} of {len(sub)}"
    preds = lambda rows: pd.DataFrame({"id": rows.pair_id.tolist(), "raw": rows.raw.tolist()})
    runs = [SimpleNamespace(name=cfg, predictions=preds(rows)) for cfg, rows in out.groupby("config", sort=False)]
    assert C.reproduced(out, runs) == (28, 28)
    runs[0].predictions.loc[0, "raw"] = '{"rationale": "changed", "answer": "included"}'
    assert C.reproduced(out, runs) == (27, 28)
