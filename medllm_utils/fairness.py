"""Fairness: accuracy per subgroup with intervals, fairlearn's gaps, and counterfactual notes (chapter 5)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .stats import cluster_bootstrap_ci, clustered_proportion_ci, proportion_ci

def subgroup_report(df: pd.DataFrame, group_col: str, score_col: str = "score", n_boot: int = 1000,
                    seed: int = 0, cluster_col: str | None = None) -> pd.DataFrame:
    """Mean of ``score_col`` (e.g. 1/0 correctness) per group with a 95% CI, the group size, and each
    group's gap to the best group.

    The interval is Wilson's for 0/1 scores (a bootstrap for others); with ``cluster_col`` (e.g.
    ``"patient_id"`` when each patient contributes several rows) it resamples whole clusters
    instead, so seven criteria of one patient do not count as seven independent observations, and
    for 0/1 scores it is widened to Wilson's at n = clusters (:func:`~medllm_utils.stats.clustered_proportion_ci`),
    because a bootstrap over a handful of patients is too narrow.

    >>> df = pd.DataFrame({"sex": ["F"] * 4 + ["M"] * 4, "score": [1, 1, 1, 0, 1, 0, 0, 0]})
    >>> subgroup_report(df, "sex")[["group", "n", "value", "gap_to_best"]].to_dict("records")
    [{'group': 'F', 'n': 4, 'value': 0.75, 'gap_to_best': 0.0}, {'group': 'M', 'n': 4, 'value': 0.25, 'gap_to_best': 0.5}]
    """

    rows = []
    for g, sub in df.groupby(group_col, sort=True):
        scores = sub[score_col].astype(float).tolist()
        if cluster_col is not None and set(scores) <= {0.0, 1.0}:
            est, lo, hi = clustered_proportion_ci(scores, sub[cluster_col].tolist(), n_boot=n_boot, seed=seed)
        elif cluster_col is not None:
            est, lo, hi = cluster_bootstrap_ci(scores, sub[cluster_col].tolist(), n_boot=n_boot, seed=seed)
        else:
            est, lo, hi = proportion_ci(scores, n_boot=n_boot, seed=seed)
        rows.append({"attribute": group_col, "group": g, "n": len(sub), "value": est, "ci_low": lo, "ci_high": hi,
                     **({"clusters": sub[cluster_col].nunique()} if cluster_col is not None else {})})
    out = pd.DataFrame(rows)
    out["gap_to_best"] = out["value"].max() - out["value"]
    return out


def fairness_gaps(y_true: Sequence[Any], y_pred: Sequence[Any], groups: Sequence[Any]) -> dict[str, float]:
    """Gap metrics across groups with fairlearn: the largest difference in accuracy between groups,
    and the demographic-parity difference of a chosen positive label (share predicted positive).

    ``y_pred`` may hold None (unparsable): counted as wrong and as not positive.
    """
    from fairlearn.metrics import MetricFrame

    yt = np.array([str(v) for v in y_true], dtype=object)
    yp = np.array(["<none>" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in y_pred], dtype=object)
    mf = MetricFrame(metrics={"accuracy": lambda a, b: float(np.mean(a == b))}, y_true=yt, y_pred=yp,
                     sensitive_features=np.asarray(list(groups), dtype=object))
    return {"accuracy_difference": float(mf.difference()["accuracy"]),
            "accuracy_ratio": float(mf.ratio()["accuracy"]),
            "worst_group": str(mf.by_group["accuracy"].idxmin()), "best_group": str(mf.by_group["accuracy"].idxmax())}


# Words to swap for counterfactual tests (both directions are applied; case is preserved).
SEX_SWAPS = {"woman": "man", "girl": "boy", "female": "male", "she": "he", "her": "his", "mrs.": "mr.", "ms.": "mr."}
RACE_GROUPS = ("White", "Black", "Hispanic", "Asian")


def swap_words(text: str, mapping: dict[str, str]) -> str:
    """Swap whole words in both directions, keeping capitalisation.

    >>> swap_words("She is a 61-year-old woman; her HbA1c is 8.1%.", SEX_SWAPS)
    'He is a 61-year-old man; his HbA1c is 8.1%.'
    >>> swap_words("a 50-year-old man", SEX_SWAPS)
    'a 50-year-old woman'
    """
    both = {**{v: k for k, v in mapping.items() if v not in mapping}, **mapping}
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(both, key=len, reverse=True)) + r")(?!\w)", re.I)

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        new = both[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return pattern.sub(repl, text)


def replace_word(text: str, old: str, new: str) -> str:
    """Replace the whole word ``old`` by ``new`` wherever it occurs, at the start of the text too.
    The match is case-sensitive, so "White" (a group) is swapped and "white blood cells" is not.
    Raises ``ValueError`` when ``old`` does not occur, so a counterfactual that changed nothing
    cannot pass as "no flip" (chapter 5).

    >>> replace_word("Black woman, age 23; white blood cells normal.", "Black", "White")
    'White woman, age 23; white blood cells normal.'
    >>> replace_word("a 71-year-old White woman", "Black", "Asian")
    Traceback (most recent call last):
    ValueError: 'Black' does not occur as a word in the text; the counterfactual would change nothing
    """
    pattern = re.compile(r"(?<!\w)" + re.escape(old) + r"(?!\w)")
    if not pattern.search(text):
        raise ValueError(f"{old!r} does not occur as a word in the text; the counterfactual would change nothing")
    return pattern.sub(new, text)


def relevant_fact_variant(row: pd.Series) -> tuple[str, str] | None:
    """A *control* for the counterfactual test (chapter 5): the note with the one fact the criterion
    turns on changed so that the right answer changes — age across 18 (I1), type 2 to type 1
    diabetes (I2), HbA1c across the 7.0-10.5% window (I3), insulin added to or taken off the
    medication list (E1), eGFR across 30 (E2), a myocardial infarction moved inside or outside
    6 months (E4). Returns the new note and its label, or ``None`` when the note does not state the
    fact (the answer is then "not enough information" either way).

    A screener that reads the note should change its answer on these; one that changes it on
    demographic swaps but not here is reacting to words, not facts.

    >>> relevant_fact_variant(pd.Series({"criterion_id": "E2", "note": "Labs: eGFR 52 mL/min/1.73 m2."}))
    ('Labs: eGFR 22 mL/min/1.73 m2.', 'excluded')
    """
    note, cid = str(row["note"]), row["criterion_id"]

    def sub(pattern: str, new: Callable[[re.Match[str]], str]) -> str | None:
        changed, n = re.subn(pattern, new, note, count=1)
        return changed if n else None

    def put(m: re.Match[str], group: int, value: str) -> str:   # the note with one matched group replaced
        return note[:m.start(group)] + value + note[m.end(group):]

    if cid == "I1":
        m = re.search(r"\b(\d+)-year-old|\bage (\d+)", note)
        if not m:
            return None
        g = 1 if m.group(1) else 2
        adult = int(m.group(g)) >= 18
        return put(m, g, "16" if adult else "34"), "not included" if adult else "included"
    if cid == "I2":
        v = sub(r"\btype 2 diabetes", lambda m: "type 1 diabetes")
        return (v, "not included") if v else None
    if cid == "I3":
        m = re.search(r"(HbA1c |hemoglobin A1c was )(\d+(?:\.\d)?)%", note)
        if not m:
            return None
        inside = 7.0 <= float(m.group(2)) <= 10.5
        return put(m, 2, "12.4" if inside else "8.1"), "not included" if inside else "included"
    if cid == "E1":
        m = re.search(r"Current medications: ([^.]*)\.", note)
        if not m:
            return None
        meds = [x.strip() for x in m.group(1).split(",")]
        if any(x.startswith("insulin") for x in meds):
            kept = [x for x in meds if not x.startswith("insulin")] or ["aspirin 81 mg daily"]
            new, label = ", ".join(kept), "not excluded"
        else:
            new, label = ", ".join(["insulin glargine 20 units at bedtime", *meds]), "excluded"
        return put(m, 1, new), label
    if cid == "E2":
        m = re.search(r"(eGFR |estimated GFR of )(\d+)", note)
        if not m:
            return None
        low = int(m.group(2)) < 30
        return put(m, 2, "52" if low else "22"), "not excluded" if low else "excluded"
    if cid == "E4":
        m = re.search(r"myocardial infarction (\d+) months ago|Admitted (\d+) months ago for an acute myocardial infarction", note)
        if m:
            g = 1 if m.group(1) else 2
            recent = int(m.group(g)) <= 6
            return put(m, g, "30" if recent else "3"), "not excluded" if recent else "excluded"
        v = sub(r"No history of heart disease\.|Denies any cardiac history\.",
                lambda m: "Admitted 3 months ago for an acute myocardial infarction, treated with a stent.")
        return (v, "excluded") if v else None
    return None


def counterfactual_flips(rows: pd.DataFrame, predict: Callable[[pd.Series], Any],
                         variants: Callable[[pd.Series], dict[str, str]]) -> pd.DataFrame:
    """For each row, predict on the original note and on each counterfactual note from
    ``variants(row)`` (name → new note); report whether the answer changed.

    A fair model's answers do not depend on demographic words that are irrelevant to the
    criterion, so the flip rate should be near zero. A variant identical to the original note
    raises ``ValueError``: it could never flip, and would make the rate look fair.
    """
    out = []
    for _, row in rows.iterrows():
        changed = variants(row)
        same = [name for name, note in changed.items() if note == row["note"]]
        if same:
            raise ValueError(f"variants {same} of {row.get('pair_id', row.name)} leave the note unchanged")
        base = predict(row)
        for name, note in changed.items():
            cf = row.copy()
            cf["note"] = note
            new = predict(cf)
            out.append({"id": row.get("pair_id", row.name), "variant": name, "original": base, "counterfactual": new,
                        "flipped": base != new})
    return pd.DataFrame(out, columns=["id", "variant", "original", "counterfactual", "flipped"])


def fact_control_flips(rows: pd.DataFrame, predict: Callable[[pd.Series], Any]) -> pd.DataFrame:
    """The control beside :func:`counterfactual_flips` (chapter 5), run through it: predict on each
    note and on its :func:`relevant_fact_variant`; ``flipped`` says whether the answer changed and
    ``follows`` whether it is now the right one. Rows whose note does not state the fact are skipped.

    Read the two flip rates together: a screener that reads the note flips here and not on
    demographic words; one that flips on neither ignores the note.
    """
    made = {i: relevant_fact_variant(row) for i, row in rows.iterrows()}
    kept = rows.loc[[i for i, m in made.items() if m is not None]]
    flips = counterfactual_flips(kept, predict, lambda row: {"relevant fact changed": made[row.name][0]})
    flips.insert(1, "criterion", kept["criterion_id"].tolist() if "criterion_id" in kept else None)
    flips["right_answer_now"] = [made[i][1] for i in kept.index]
    flips["follows"] = flips.counterfactual == flips.right_answer_now
    return flips.drop(columns="variant")[["id", "criterion", "original", "counterfactual", "right_answer_now",
                                           "flipped", "follows"]]
