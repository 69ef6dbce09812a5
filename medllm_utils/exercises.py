"""Exercises that check themselves (chapters 0 to 5).

An exercise cell ends with ``check(name, your_answer, **context)``: it says whether the answer is
right and, if not, what to look at — so a reader is told, not left guessing. The expected value is
computed from the same data and measurements the reader has (``context``), never typed in, so the
check holds on every backend and every run. The solution cells call the same checks with
``assert``, so the test suite fails if a solution stops being right.

>>> check("ch4-token-trigger", 2_000, saved_tokens=500)
✓ Right: 2,000 calls per month.
True
>>> check("ch4-token-trigger", None, saved_tokens=500)
… No answer yet: replace None with your answer and run the cell again.
False
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Result = tuple[bool, str]


def _close(got: Any, want: float, rel_tol: float) -> bool:
    try:
        return math.isclose(float(got), want, rel_tol=rel_tol)
    except (TypeError, ValueError):
        return False


def _formulations(answer: Mapping[str, str]) -> Result:
    keys = {  # scenario -> words, one of which a right answer names
        "Draft a discharge summary from a 5-day hospital stay": ("summar",),
        "Turn a radiology report into language a patient understands": ("translat", "simplif"),
        "Assign ICD-10 codes to a clinic note": ("structur", "classif"),
        "Answer a question about a chest X-ray": ("modal", "image", "vision"),
        "Find trials for a patient and explain eligibility": ("retriev",),
        "List adverse drug events mentioned in a note": ("structur", "extract"),
    }
    wrong = [s for s, words in keys.items() if not any(w in str(answer.get(s) or "").lower() for w in words)]
    if not wrong:
        return True, "✓ Right: every scenario maps to its formulation."
    return False, ("✗ Not yet: look again at " + "; ".join(f"'{s}'" for s in wrong)
                   + ". Which of the five formulations (or which chain) has that input and output?")


def _majority_accuracy(answer: Mapping[str, float], pairs: Any) -> Result:
    most_common = pairs.groupby("criterion_type").label.agg(lambda s: s.value_counts().index[0])
    want = (pairs.criterion_type.map(most_common) == pairs.label).groupby(pairs.criterion_type).mean()
    wrong = [t for t in want.index if not _close(answer.get(t), float(want[t]), 0.01)]
    if not wrong:
        return True, "✓ Right: " + ", ".join(f"{t} {want[t]:.3f}" for t in want.index) + "."
    return False, (f"✗ Not yet for {', '.join(wrong)}: predict each criterion type's most common label for "
                   "every pair of that type, and score against the gold labels of all pairs.")


def _rare_labels(answer: Iterable[str], records: list[dict[str, Any]], threshold: float = 0.05) -> Result:
    counts = Counter(r["messages"][-1]["content"] for r in records)
    n = sum(counts.values())
    want = {json.loads(k)["answer"] for k, v in counts.items() if v / n < threshold}
    got = {str(a) for a in (answer or [])}
    if got == want:
        return True, f"✓ Right: {', '.join(sorted(want)) or 'no label'} below {threshold:.0%}."
    return False, (f"✗ Not yet: count each label's share of the {n} training records; the flagged labels are "
                   f"those under {threshold:.0%} (you named {sorted(got) or 'none'}).")


def _token_trigger(answer: float, saved_tokens: float, monthly_tokens: float = 1_000_000) -> Result:
    want = monthly_tokens / saved_tokens
    if _close(answer, want, 0.01):
        return True, f"✓ Right: {want:,.0f} calls per month."
    return False, (f"✗ Not yet: the trigger fires when the prompt tokens saved per call × calls per month reach "
                   f"{monthly_tokens:,.0f}; the saving per call is {saved_tokens:,.0f} tokens.")


def _budget_volume(answer: float, budget_usd: float, per_call_usd: float) -> Result:
    want = budget_usd / per_call_usd
    if _close(answer, want, 0.01):
        return True, f"✓ Right: about {want:,.0f} calls per month."
    return False, (f"✗ Not yet: divide the monthly budget (${budget_usd:,.2f}) by the cost of one call "
                   f"(${per_call_usd:.6f}) from the measured tokens.")


def _tokens_per_word(answer: float, text: str) -> Result:
    from .cost import count_tokens

    words, tokens = len(text.split()), count_tokens(text)
    want = tokens / max(words, 1)
    if _close(answer, want, 0.02):
        return True, f"✓ Right: {want:.2f} tokens per word ({tokens} tokens, {words} words)."
    return False, ("✗ Not yet: count the note's tokens with count_tokens(note) and its words with len(note.split()), "
                   "then divide.")


def _vision_models(answer: Iterable[str], llms: Any) -> Result:
    want = set(llms[llms.modality.fillna("").str.contains("I") & (llms.medqa_pct >= 90)].model)
    got = {str(a) for a in (answer or [])}
    if got == want:
        return True, f"✓ Right: {', '.join(sorted(want)) or 'none'}."
    return False, (f"✗ Not yet: keep the rows whose modality includes I (images) and whose MedQA score is at "
                   f"least 90 (you named {len(got)}, the table has {len(want)}).")


def _monthly_cost(answer: Mapping[str, float], prices: Any, patients: int = 2_000, trials: int = 40,
                  criteria: int = 12) -> Result:
    judgements = patients * trials * criteria
    per_1000 = prices.set_index("model")["USD per 1,000 pairs"]
    want = {"judgements": judgements, **{m: float(per_1000[m]) * judgements / 1000 for m in ("gpt-4o-mini", "gpt-4.1")}}
    wrong = [k for k, v in want.items() if not _close((answer or {}).get(k), v, 0.01)]
    if not wrong:
        return True, (f"✓ Right: {judgements:,} judgements; about ${want['gpt-4o-mini']:,.0f} a month on gpt-4o-mini "
                      f"and ${want['gpt-4.1']:,.0f} on gpt-4.1.")
    return False, (f"✗ Not yet for {', '.join(wrong)}: judgements = patients × trials × criteria; cost = the table's "
                   "USD per 1,000 pairs × judgements / 1,000.")


def _undetected_injection(answer: str) -> Result:
    from .prompts import detect_injection

    text = str(answer or "")
    if len(text.split()) < 5:
        return False, "✗ Not yet: write a whole sentence that tries to change the model's answer."
    hits = detect_injection(text)
    if hits:
        return False, f"✗ The screen catches this one ({', '.join(hits)}): reword it so that no pattern matches."
    return True, "✓ The screen misses it: now check whether the hardened prompt still resists it."


def _kappa_by_hand(answer: Mapping[str, float], rater_a: Iterable[int], rater_b: Iterable[int]) -> Result:
    from .stats import cohen_kappa

    a, b = list(rater_a), list(rater_b)
    n = len(a)
    p_o = sum(x == y for x, y in zip(a, b)) / n
    p_e = sum((a.count(c) / n) * (b.count(c) / n) for c in set(a) | set(b))
    want = {"p_o": p_o, "p_e": p_e, "kappa": cohen_kappa(a, b, n_boot=1)["kappa"]}
    wrong = [k for k, v in want.items() if not _close((answer or {}).get(k), v, 0.01)]
    if not wrong:
        return True, f"✓ Right: p_o = {p_o:.3f}, p_e = {p_e:.3f}, kappa = {want['kappa']:.3f}."
    return False, (f"✗ Not yet for {', '.join(wrong)}: p_o is the share of items with the same score; p_e sums, over "
                   "the scores, rater A's share of that score × rater B's share; kappa = (p_o - p_e) / (1 - p_e).")


CHECKS: dict[str, Callable[..., Result]] = {
    "ch0-tokens-per-word": _tokens_per_word,
    "ch2-vision-models": _vision_models,
    "ch2-monthly-cost": _monthly_cost,
    "ch2-kappa-by-hand": _kappa_by_hand,
    "ch3-undetected-injection": _undetected_injection,
    "ch1-formulations": _formulations,
    "ch1-majority-accuracy": _majority_accuracy,
    "ch4-rare-labels": _rare_labels,
    "ch4-token-trigger": _token_trigger,
    "ch5-budget-volume": _budget_volume,
}


def check(name: str, answer: Any, **context: Any) -> bool:
    """Check the reader's ``answer`` to exercise ``name`` against what ``context`` implies; print
    a verdict (and, when wrong, a hint) and return whether it is right."""
    if name not in CHECKS:
        raise KeyError(f"no exercise {name!r}; known: {', '.join(CHECKS)}")
    if answer is None:
        print("… No answer yet: replace None with your answer and run the cell again.")
        return False
    ok, message = CHECKS[name](answer, **context)
    print(message)
    return ok
