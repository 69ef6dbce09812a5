"""Small-n statistics, checked against scipy and against cases worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import binomtest, norm

from medllm_utils import stats as S


@pytest.mark.parametrize("k,n", [(0, 6), (6, 6), (3, 7), (18, 24), (1, 40)])
def test_wilson_interval_matches_scipy(k, n):
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert S.wilson_interval(k, n) == pytest.approx((ci.low, ci.high), abs=1e-9)


def test_wilson_interval_does_not_collapse_where_the_percentile_bootstrap_does():
    _, lo, hi = S.bootstrap_ci(np.mean, [0] * 6)
    assert (lo, hi) == (0.0, 0.0)                        # the artefact: "[0.0, 0.0]" at n = 6
    lo, hi = S.wilson_interval(0, 6)
    assert lo == 0.0 and hi > 0.35
    with pytest.raises(ValueError, match="successes"):
        S.wilson_interval(7, 6)


def test_cluster_bootstrap_is_wider_than_the_item_bootstrap_for_correlated_items():
    rng = np.random.default_rng(0)
    patient_skill = rng.random(6)                        # 6 patients, 7 correlated pairs each
    values = np.concatenate([(rng.random(7) < s).astype(float) for s in patient_skill])
    clusters = np.repeat([f"P{i}" for i in range(6)], 7)
    est, lo, hi = S.cluster_bootstrap_ci(values, clusters, n_boot=4000)
    _, ilo, ihi = S.bootstrap_ci(np.mean, values.tolist(), n_boot=4000)
    assert est == pytest.approx(values.mean()) and lo <= est <= hi
    assert hi - lo > ihi - ilo
    with pytest.raises(ValueError, match="cluster label"):
        S.cluster_bootstrap_ci([1, 0], ["a"])


def test_holm_by_hand_and_monotone():
    assert S.holm([0.01, 0.04, 0.03]) == [0.03, 0.06, 0.06]
    assert S.holm([0.5, 0.6]) == [1.0, 1.0]
    p = np.random.default_rng(1).random(8)
    adj = np.array(S.holm(p))
    order = np.argsort(p)
    assert (adj >= p).all() and (np.diff(adj[order]) >= 0).all()


def test_detectable_difference_shrinks_with_n():
    d24, d96 = S.detectable_difference(24), S.detectable_difference(96)
    assert d24 == pytest.approx((norm.ppf(0.975) + norm.ppf(0.8)) * np.sqrt(0.5 / 24))
    assert d96 == pytest.approx(d24 / 2)


def test_mcnemar_is_the_exact_binomial_on_discordant_pairs():
    a = [1, 1, 0, 0, 0, 0, 0, 0, 1]
    b = [1, 1, 1, 1, 1, 1, 1, 0, 0]
    r = S.mcnemar(a, b)
    assert (r["a_only"], r["b_only"]) == (1, 5)
    assert r["p_value"] == pytest.approx(binomtest(5, 6, 0.5).pvalue)


def test_proportions_get_wilson_intervals_that_do_not_collapse_and_other_scores_a_bootstrap():
    from medllm_utils.stats import bootstrap_ci, proportion_ci, wilson_interval

    est, lo, hi = proportion_ci([0.0] * 24)
    assert est == 0.0 and lo == 0.0 and hi > 0.1            # 0 of 24 is not "exactly 0"
    assert proportion_ci([1, 0, 1, 1])[1:] == wilson_interval(3, 4)
    f1 = [0.5, 1.0, 0.25, 0.75]
    assert proportion_ci(f1, seed=3) == bootstrap_ci(np.mean, f1, seed=3)


def test_subgroup_intervals_resample_patients_when_asked():
    import pandas as pd

    from medllm_utils.fairness import subgroup_report

    # two patients per group, seven criteria each: every criterion of a patient right or wrong together
    df = pd.DataFrame({"sex": ["F"] * 14 + ["M"] * 14, "patient_id": [f"p{i // 7}" for i in range(28)],
                       "score": [1] * 7 + [0] * 7 + [1] * 14})
    pairs = subgroup_report(df, "sex").set_index("group")
    patients = subgroup_report(df, "sex", cluster_col="patient_id").set_index("group")
    assert patients.loc["F", "clusters"] == 2 and patients.loc["F", "value"] == 0.5
    # 14 independent pairs would give a narrow interval; two patients give almost no information
    assert (patients.loc["F", "ci_high"] - patients.loc["F", "ci_low"]) > (pairs.loc["F", "ci_high"] - pairs.loc["F", "ci_low"])


def test_clustered_proportion_ci_does_not_collapse_with_few_patients():
    # six patients, one criterion right in all: the cluster bootstrap alone collapses to [0, ~0.07]
    values = [1] + [0] * 41
    clusters = [f"p{i // 7}" for i in range(42)]
    _, blo, bhi = S.cluster_bootstrap_ci(values, clusters)
    est, lo, hi = S.clustered_proportion_ci(values, clusters)
    assert est == pytest.approx(1 / 42) and lo == 0.0 <= blo
    # at least as wide as Wilson with one observation per patient, and wider than the bootstrap
    w_lo, w_hi = S.wilson_interval(6 / 42, 6)
    assert hi >= w_hi > bhi and hi == pytest.approx(max(bhi, w_hi))
    # with many clusters the Wilson bound at n = clusters is no longer the wider one everywhere
    many = S.clustered_proportion_ci([1, 0] * 200, [f"p{i}" for i in range(400)])
    assert many[2] - many[1] < 0.15
    with pytest.raises(ValueError, match="0/1"):
        S.clustered_proportion_ci([0.5, 1.0], ["a", "b"])


def test_cohen_kappa_by_hand_weighted_and_undefined():
    # by hand: agreement 5/6; each rater says 1 on 3 and 4 of 6 items -> chance (3*4 + 3*2)/36 = 0.5
    r = S.cohen_kappa([1, 1, 0, 0, 1, 0], [1, 1, 0, 1, 1, 0])
    assert r["kappa"] == pytest.approx((5 / 6 - 0.5) / 0.5)
    assert r["agreement"] == pytest.approx(5 / 6) and r["n"] == 6
    assert r["ci_low"] <= r["kappa"] <= r["ci_high"]
    # weighted kappa penalises a 0-vs-2 disagreement more than a 0-vs-1 one
    near = S.cohen_kappa([0, 1, 2, 2, 1, 0], [1, 1, 2, 2, 1, 0], weights="quadratic")["kappa"]
    far = S.cohen_kappa([0, 1, 2, 2, 1, 0], [2, 1, 2, 2, 1, 0], weights="quadratic")["kappa"]
    assert near > far
    # both raters give every item the same score: kappa is undefined, agreement is 1
    same = S.cohen_kappa([2, 2, 2], [2, 2, 2])
    assert math.isnan(same["kappa"]) and same["agreement"] == 1.0
    with pytest.raises(ValueError, match="same order"):
        S.cohen_kappa([1, 0], [1])


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_hand_written_kappa_matches_scikit_learn(weights):
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(3)
    for _ in range(20):
        a, b = rng.integers(0, 3, 30), rng.integers(0, 3, 30)
        b[:12] = a[:12]   # some agreement
        assert S._kappa(a, b, 3, weights) == pytest.approx(cohen_kappa_score(a, b, weights=weights))
