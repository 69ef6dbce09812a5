"""Numbers from a run into the prose around them (all chapters).

:func:`glue` stores a value under a name so that the rendered book's text can quote it with
myst-nb's ``{glue:text}`name:.2f``` role — a sentence about a measured effect is then worded from
the run that rendered it, never typed by hand. Outside a book build (Colab, JupyterLab without
myst-nb) it does nothing and returns the value, so the notebooks run anywhere.

>>> glue("example", 0.5)
0.5
"""

from __future__ import annotations

import math
from typing import Any


def glue(name: str, value: Any, *, markdown: bool = False) -> Any:
    """Make ``value`` quotable in the book's text as ``{glue:text}`name``` (numbers, with an optional
    format such as ``:.1%``) or, with ``markdown=True``, as ``{glue:md}`name``` (a phrase)."""
    try:
        from IPython import get_ipython
        from myst_nb import glue as _glue
    except ImportError:
        return value
    if get_ipython() is None:  # not in a kernel: nothing to attach the value to
        return value
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()   # numpy scalars: plain numbers, so the book can format them ({glue:text}`x:.1%`)
    if markdown:
        from IPython.display import Markdown

        _glue(name, Markdown(str(value)), display=False)
    else:
        _glue(name, value, display=False)
    return value


MIN_CLUSTERS = 5   # fewer groups than this: a cluster bootstrap interval only spans the groups seen


def describe_difference(comparison: Any, *, what: str = "accuracy", digits: int = 3, groups: str = "patients") -> str:
    """One sentence fragment for a paired comparison (a row of :func:`medllm_utils.evaluate.compare`),
    worded from its confidence interval, never from the hope (chapters 3–5):

    * the CI excludes 0 above: ``"improved accuracy by 0.119 (95% CI 0.024 to 0.214)"``;
    * the CI excludes 0 below: ``"lowered accuracy by …"``;
    * otherwise: ``"made no detectable difference to accuracy (+0.024, 95% CI -0.071 to 0.119)"``,
      or, when not a single item (or cluster) differs, ``"scored the same on every item …"``, or, when
      the interval ends exactly at 0, ``"… detectable at the 95% level, but only just …"``.

    When the row also has an exact McNemar p-value (``mcnemar_p``, as :func:`compare` gives), a
    difference counts only when the test agrees (p < 0.05): with few items, or few patients to
    resample, a percentile bootstrap interval can exclude 0 on a handful of one-sided discordant
    items where the exact test does not — the sentence then says so instead of "improved".

    >>> describe_difference({"diff": 0.25, "ci_low": 0.05, "ci_high": 0.45})
    'improved accuracy by 0.250 (95% CI 0.050 to 0.450)'
    >>> describe_difference({"diff": 0.286, "ci_low": 0.077, "ci_high": 0.5, "mcnemar_p": 0.125,
    ...                      "mcnemar_a_only": 0, "mcnemar_b_only": 4})   # doctest: +NORMALIZE_WHITESPACE
    'changed accuracy by +0.286, inconclusively (the bootstrap 95% CI 0.077 to 0.500 excludes 0, but the
     exact McNemar test on its 4 discordant items gives p = 0.125; too few items differ to call it)'

    When the row resampled ``clusters`` (``compare(..., clusters=...)``) and there were fewer than
    five, the interval only spans the few groups seen, so no interval is given:

    >>> describe_difference({"diff": -0.619, "ci_low": -1.0, "ci_high": -0.429, "clusters": 3})
    ... # doctest: +NORMALIZE_WHITESPACE
    'lowered accuracy by 0.619 on these items, which come from only 3 patients — too few to resample
     for a confidence interval: a direction, not a result'
    >>> describe_difference({"diff": -0.357, "ci_low": -0.692, "ci_high": 0.0})
    'made no difference to accuracy detectable at the 95% level, but only just (-0.357, 95% CI -0.692 to 0.000: the interval ends at 0)'
    >>> describe_difference({"diff": 0.0, "ci_low": 0.0, "ci_high": 0.0})
    'scored the same on every item (no difference in accuracy)'
    """
    import pandas as pd

    row = comparison.iloc[0] if isinstance(comparison, pd.DataFrame) else comparison   # a table of one row, or the row
    diff, lo, hi = (float(row[k]) for k in ("diff", "ci_low", "ci_high"))
    if any(math.isnan(v) for v in (diff, lo, hi)):
        raise ValueError("the comparison has no difference or CI (were the runs scored on shared items?)")
    ci = f"95% CI {lo:.{digits}f} to {hi:.{digits}f}"
    if diff == lo == hi == 0:
        return f"scored the same on every item (no difference in {what})"
    k = row.get("clusters") if hasattr(row, "get") else None
    if k is not None and not (isinstance(k, float) and math.isnan(k)) and int(k) < MIN_CLUSTERS and diff != 0:
        return (f"{'raised' if diff > 0 else 'lowered'} {what} by {abs(diff):.{digits}f} on these items, which come from "
                f"only {int(k)} {groups} — too few to resample for a confidence interval: a direction, not a result")
    p = row.get("mcnemar_p") if hasattr(row, "get") else None
    if p is not None and not (isinstance(p, float) and math.isnan(p)) and float(p) >= 0.05 and (lo > 0 or hi < 0):
        pairs = (row.get("mcnemar_a_only"), row.get("mcnemar_b_only"))
        on = "" if any(v is None or v != v for v in pairs) else f" on its {int(pairs[0]) + int(pairs[1])} discordant items"
        return (f"changed {what} by {diff:+.{digits}f}, inconclusively (the bootstrap {ci} excludes 0, but the "
                f"exact McNemar test{on} gives p = {float(p):.3f}; too few items differ to call it)")
    if lo > 0:
        return f"improved {what} by {diff:.{digits}f} ({ci})"
    if hi < 0:
        return f"lowered {what} by {-diff:.{digits}f} ({ci})"
    if diff != 0 and (abs(lo) < 1e-12 or abs(hi) < 1e-12):   # a resampled difference of exactly 0 at the edge
        return f"made no difference to {what} detectable at the 95% level, but only just ({diff:+.{digits}f}, {ci}: the interval ends at 0)"
    return f"made no detectable difference to {what} ({diff:+.{digits}f}, {ci})"
