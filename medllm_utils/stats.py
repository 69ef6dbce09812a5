"""Statistics for small evaluation sets, in one place (chapters 1-5).

* :func:`bootstrap_ci`, :func:`paired_bootstrap` — percentile bootstrap of a metric and of a paired
  difference (items resampled with replacement);
* :func:`cluster_bootstrap_ci` — the same, resampling whole clusters (patients) when several items
  share one (the pairs of one patient's note are not independent);
* :func:`wilson_interval` — a proportion's interval that stays sensible at small n and at 0 or 1,
  where a percentile bootstrap collapses to [0, 0];
* :func:`mcnemar` — exact test on paired right/wrong outcomes; :func:`holm` — Holm's correction
  for several pre-specified comparisons; :func:`detectable_difference` — the smallest difference a
  paired comparison of n items could detect;
* :func:`cohen_kappa` — agreement of two raters beyond chance, with a bootstrap interval over the
  rated items (scikit-learn computes kappa itself; chapter 2's clinical evaluation).

Hand-written where the code teaches something; each is tested against scipy (tests/test_stats.py).

>>> lo, hi = wilson_interval(0, 6)
>>> round(lo, 3), round(hi, 3)
(0.0, 0.39)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np


def bootstrap_ci(metric: Callable[..., Any], *arrays: Sequence[Any], n_boot: int = 1000, alpha: float = 0.05,
                 seed: int = 0, batched: bool = False) -> tuple[float, float, float]:
    """Point estimate and percentile bootstrap (1 - alpha) interval of ``metric(*arrays)``.

    Items are resampled with replacement, keeping the arrays aligned. With ``batched=True``,
    ``metric`` takes 2-D arrays (one resample per row) and returns one value per row, so that all
    resamples are scored in one numpy call; the resamples, and so the interval, are the same.

    >>> est, lo, hi = bootstrap_ci(np.mean, [1, 0, 1, 1, 0, 1, 1, 1])
    >>> est, lo <= est <= hi
    (0.75, True)
    >>> bootstrap_ci(lambda x: x.mean(axis=1), np.array([1, 0, 1, 1, 0, 1, 1, 1]), batched=True) == (est, lo, hi)
    True
    """
    arrs = [np.asarray(a) if batched else np.asarray(a, dtype=object) for a in arrays]
    n = len(arrs[0])
    if n == 0 or any(len(a) != n for a in arrs):
        raise ValueError("bootstrap_ci needs non-empty arrays of equal length")
    rng = np.random.default_rng(seed)
    if batched:
        point = float(metric(*[a[None, :] for a in arrs])[0])
        idx = rng.integers(0, n, (n_boot, n))   # the same draws as n_boot calls of size n
        stats = np.asarray(metric(*[a[idx] for a in arrs]), dtype=float)
        lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
        return point, float(lo), float(hi)
    point = float(metric(*arrs))
    stats = np.empty(n_boot)
    for b in range(n_boot):
        idx = rng.integers(0, n, n)
        stats[b] = metric(*[a[idx] for a in arrs])
    lo, hi = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return point, float(lo), float(hi)


def paired_bootstrap(scores_a: Sequence[float], scores_b: Sequence[float], n_boot: int = 2000, seed: int = 0,
                     alpha: float = 0.05) -> dict[str, float]:
    """Mean difference (b - a) of paired per-item scores, its bootstrap CI and a two-sided p-value.

    >>> r = paired_bootstrap([0, 0, 1, 0, 1, 0, 0, 1], [1, 1, 1, 1, 1, 0, 1, 1])
    >>> round(r["diff"], 3), r["ci_low"] > 0
    (0.5, True)
    """
    a = np.asarray(scores_a, dtype=float)
    b = np.asarray(scores_b, dtype=float)
    if a.shape != b.shape or a.size == 0:
        raise ValueError("paired_bootstrap needs two non-empty score arrays of the same length")
    d = b - a
    rng = np.random.default_rng(seed)
    boots = np.array([d[rng.integers(0, d.size, d.size)].mean() for _ in range(n_boot)])
    lo, hi = np.quantile(boots, [alpha / 2, 1 - alpha / 2])
    # p-value: how often a resampled difference centred at 0 is as extreme as the observed one
    centred = boots - d.mean()
    p = float((np.abs(centred) >= abs(d.mean())).mean())
    return {"diff": float(d.mean()), "ci_low": float(lo), "ci_high": float(hi), "p_value": p}


def mcnemar(correct_a: Sequence[bool], correct_b: Sequence[bool]) -> dict[str, float]:
    """Exact McNemar test on paired right/wrong outcomes.

    ``b_only``: items only B got right; ``a_only``: only A got right.

    >>> mcnemar([1, 1, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 0])["p_value"]
    0.0625
    """
    from scipy.stats import binomtest

    a = np.asarray(correct_a, dtype=bool)
    b = np.asarray(correct_b, dtype=bool)
    if a.shape != b.shape:
        raise ValueError("mcnemar needs paired outcomes of the same length")
    a_only = int((a & ~b).sum())
    b_only = int((~a & b).sum())
    n = a_only + b_only
    p = 1.0 if n == 0 else float(binomtest(b_only, n, 0.5).pvalue)
    return {"a_only": a_only, "b_only": b_only, "p_value": p}


def wilson_interval(successes: float, n: float, alpha: float = 0.05) -> tuple[float, float]:
    """Wilson score interval of a proportion ``successes / n`` (both may be effective, non-integer
    counts, as :func:`clustered_proportion_ci` uses).

    Unlike the percentile bootstrap it does not collapse at 0 or n: 0 of 6 gives [0, 0.39].

    >>> [round(x, 3) for x in wilson_interval(8, 10)]
    [0.49, 0.943]
    """
    from scipy.stats import norm

    if n <= 0 or not 0 <= successes <= n:
        raise ValueError(f"wilson_interval needs 0 <= successes <= n and n > 0, got {successes} of {n}")
    z = float(norm.ppf(1 - alpha / 2))
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    lo = 0.0 if successes == 0 else max(0.0, centre - half)
    hi = 1.0 if successes == n else min(1.0, centre + half)
    return lo, hi


def proportion_ci(scores: Sequence[float], n_boot: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of per-item ``scores`` with a 95% interval: the Wilson interval when every score is 0 or 1
    (a proportion: it does not collapse to zero width at 0 of n or n of n, as a bootstrap does), a
    percentile bootstrap otherwise (e.g. per-item F1). Used for every accuracy in the book (chapter 1).

    >>> [round(x, 3) for x in proportion_ci([0.0] * 24)]
    [0.0, 0.0, 0.138]
    """
    values = [float(x) for x in scores]
    if values and all(v in (0.0, 1.0) for v in values):
        lo, hi = wilson_interval(int(sum(values)), len(values))
        return float(np.mean(values)), lo, hi
    return bootstrap_ci(np.mean, values, n_boot=n_boot, seed=seed)


def cluster_bootstrap_ci(values: Sequence[float], clusters: Sequence[Any], n_boot: int = 2000, alpha: float = 0.05,
                         seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``values`` and a percentile interval from resampling whole ``clusters``.

    Use it when items come in groups that share information — the seven criteria of one patient's
    note — so that "42 pairs" from 6 patients is not treated as 42 independent observations.

    >>> est, lo, hi = cluster_bootstrap_ci([1, 1, 1, 0, 0, 0], ["p1", "p1", "p1", "p2", "p2", "p2"])
    >>> est, lo, hi
    (0.5, 0.0, 1.0)
    """
    v = np.asarray(values, dtype=float)
    c = np.asarray(clusters)
    if v.size == 0 or v.shape != c.shape:
        raise ValueError("cluster_bootstrap_ci needs non-empty values and one cluster label per value")
    ids, inverse = np.unique(c, return_inverse=True)
    sums = np.bincount(inverse, weights=v)
    counts = np.bincount(inverse)
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, ids.size, size=(n_boot, ids.size))
    boots = sums[pick].sum(axis=1) / counts[pick].sum(axis=1)
    lo, hi = np.quantile(boots, [alpha / 2, 1 - alpha / 2])
    return float(v.mean()), float(lo), float(hi)


def clustered_proportion_ci(values: Sequence[float], clusters: Sequence[Any], n_boot: int = 2000,
                            alpha: float = 0.05, seed: int = 0) -> tuple[float, float, float]:
    """A proportion of 0/1 ``values`` that come in ``clusters`` (several criteria per patient), with a
    95% interval that stays honest when there are few clusters (chapter 5's subgroups).

    The percentile cluster bootstrap is too narrow with a handful of clusters — it collapses to
    [0, 0] when most patients score 0 — so the interval is widened to cover Wilson's interval at
    *n = number of clusters*: the effective sample size when a patient's rows are perfectly
    correlated, the worst case. The truth about the correlation lies in between; this errs wide.

    >>> est, lo, hi = clustered_proportion_ci([1, 0, 0, 0, 0, 0, 0, 0, 0], list("aaabbbccc"))
    >>> round(est, 3), round(lo, 3), round(hi, 3)     # the bootstrap alone gives 0.0 to 0.333
    (0.111, 0.0, 0.651)
    """
    v = np.asarray(values, dtype=float)
    if not set(np.unique(v)) <= {0.0, 1.0}:
        raise ValueError("clustered_proportion_ci needs 0/1 values; use cluster_bootstrap_ci for other scores")
    est, lo, hi = cluster_bootstrap_ci(v, clusters, n_boot=n_boot, alpha=alpha, seed=seed)
    k = len(set(np.asarray(clusters).tolist()))
    w_lo, w_hi = wilson_interval(est * k, k, alpha=alpha)
    return est, min(lo, w_lo), max(hi, w_hi)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-adjusted p-values for several pre-specified comparisons (same order as given).

    >>> holm([0.01, 0.04, 0.03])
    [0.03, 0.06, 0.06]
    """
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p)
    adjusted = np.empty_like(p)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (p.size - rank) * p[i]))
        adjusted[i] = running
    return [round(float(x), 12) for x in adjusted]


def detectable_difference(n: int, p: float = 0.5, alpha: float = 0.05, power: float = 0.8,
                          discordant: float | None = None) -> float:
    """Smallest accuracy difference a paired comparison of ``n`` items detects with ``power``.

    Uses the normal approximation to McNemar's test: with a share ``discordant`` of items on which
    the two methods disagree (default ``2 p (1 - p)``, two independent methods of accuracy ``p``),
    the difference must exceed ``(z_alpha/2 + z_power) * sqrt(discordant / n)``.

    >>> round(detectable_difference(24), 2)
    0.4
    """
    from scipy.stats import norm

    if n <= 0:
        raise ValueError("n must be positive")
    d = 2 * p * (1 - p) if discordant is None else discordant
    return float((norm.ppf(1 - alpha / 2) + norm.ppf(power)) * math.sqrt(d / n))


def _kappa(a: np.ndarray, b: np.ndarray, k: int, weights: str | None) -> float:
    """Cohen's kappa of two integer-coded ratings in ``range(k)`` from their confusion matrix: the
    textbook formula 1 - (weighted observed disagreement) / (weighted chance disagreement), in
    numpy so that a bootstrap can call it thousands of times (tested against scikit-learn)."""
    observed = np.bincount(a * k + b, minlength=k * k).reshape(k, k) / a.size
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0))
    i, j = np.indices((k, k))
    w = (i != j).astype(float) if weights is None else np.abs(i - j) if weights == "linear" else (i - j) ** 2.0
    chance = float((w * expected).sum())
    return float("nan") if chance == 0 else 1.0 - float((w * observed).sum()) / chance


def cohen_kappa(rater_a: Sequence[Any], rater_b: Sequence[Any], *, weights: str | None = None, n_boot: int = 2000,
                alpha: float = 0.05, seed: int = 0) -> dict[str, float]:
    """Cohen's kappa of two raters' scores of the same items, their raw agreement, and a percentile
    bootstrap interval of kappa over items (chapter 2).

    ``weights="quadratic"`` (or ``"linear"``) gives weighted kappa for ordered scales such as 0-1-2,
    where a 0 against a 2 is a bigger disagreement than a 0 against a 1 (scores are then ordered as
    numbers). The estimate is scikit-learn's ``cohen_kappa_score``; the resamples use the same
    formula in numpy. Resamples in which kappa is undefined (both raters used a single category) are
    left out of the interval. ``kappa`` is NaN when it is undefined on the full sample — both raters
    gave every item the same score — and raw agreement is then the only summary.

    >>> r = cohen_kappa([1, 1, 0, 0, 1, 0], [1, 1, 0, 1, 1, 0])
    >>> round(r["kappa"], 3), round(r["agreement"], 3)
    (0.667, 0.833)
    """
    from sklearn.metrics import cohen_kappa_score

    a, b = np.asarray(rater_a), np.asarray(rater_b)
    if a.size == 0 or a.shape != b.shape:
        raise ValueError("cohen_kappa needs two equally long, non-empty lists of scores (one per item, same order)")
    if weights not in (None, "linear", "quadratic"):
        raise ValueError("weights must be None, 'linear' or 'quadratic'")
    categories, codes = np.unique(np.concatenate([a, b]), return_inverse=True)
    ca, cb, k = codes[:a.size], codes[a.size:], categories.size
    if k < 2:
        est = float("nan")
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            est = float(cohen_kappa_score(a, b, weights=weights))
    rng = np.random.default_rng(seed)
    boots = np.array([_kappa(ca[i], cb[i], k, weights) for i in rng.integers(0, a.size, size=(n_boot, a.size))])
    boots = boots[np.isfinite(boots)]
    lo, hi = (np.quantile(boots, [alpha / 2, 1 - alpha / 2]) if boots.size and math.isfinite(est)
              else (float("nan"), float("nan")))
    return {"kappa": est, "ci_low": float(lo), "ci_high": float(hi), "agreement": float(np.mean(a == b)),
            "n": int(a.size)}
