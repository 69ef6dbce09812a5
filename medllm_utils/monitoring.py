"""Monitoring after go-live: control limits and alerts on a weekly canary metric, a review queue
for low-confidence answers, and the go-live checklist built from measured facts (chapter 5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

def control_limits(baseline: Sequence[float], min_sd: float = 0.0) -> dict[str, float]:
    """Centre line and 2σ/3σ limits of a metric from its baseline weeks (a Shewhart chart).

    ``min_sd`` floors the standard deviation: with deterministic decoding a baseline can have no
    spread at all, and limits of zero width would alert on any change (e.g. half a canary case).

    >>> control_limits([0.80, 0.82, 0.78, 0.80])["centre"]
    0.8
    >>> control_limits([1.0, 1.0, 1.0], min_sd=0.05)["lower_3sd"]
    0.85
    """
    arr = np.asarray(baseline, dtype=float)
    if arr.size < 2:
        raise ValueError("control limits need at least two baseline values")
    mu, sd = float(arr.mean()), max(float(arr.std(ddof=1)), min_sd)
    return {k: round(v, 10) for k, v in {"centre": mu, "sd": sd, "lower_2sd": mu - 2 * sd, "lower_3sd": mu - 3 * sd,
                                         "upper_2sd": mu + 2 * sd, "upper_3sd": mu + 3 * sd}.items()}


def alerts(values: Sequence[float], limits: dict[str, float]) -> list[dict[str, Any]]:
    """Weeks that break the alert rule: one value beyond 3σ, or two of three consecutive values
    beyond 2σ on the same side (two of the Western Electric rules).

    >>> lim = {"centre": 0.8, "lower_2sd": 0.76, "lower_3sd": 0.74, "upper_2sd": 0.84, "upper_3sd": 0.86}
    >>> [a["week"] for a in alerts([0.80, 0.79, 0.75, 0.81, 0.75, 0.70], lim)]
    [4, 5]
    """
    out = []
    v = list(values)
    for i, x in enumerate(v):
        if x < limits["lower_3sd"] or x > limits["upper_3sd"]:
            out.append({"week": i, "value": x, "rule": "beyond 3σ"})
            continue
        window = v[max(0, i - 2): i + 1]
        low = sum(w < limits["lower_2sd"] for w in window)
        high = sum(w > limits["upper_2sd"] for w in window)
        if len(window) == 3 and (low >= 2 and x < limits["lower_2sd"] or high >= 2 and x > limits["upper_2sd"]):
            out.append({"week": i, "value": x, "rule": "2 of 3 beyond 2σ"})
    return out


def review_queue(predictions: pd.DataFrame, min_agreement: float = 0.6, agreement_col: str = "agreement") -> pd.DataFrame:
    """Cases a person should check: unparsable outputs, errors, and answers whose agreement
    (share of samples that voted for them) is below ``min_agreement``; with the reason.

    >>> p = pd.DataFrame({"id": [1, 2, 3], "pred": ["A", None, "B"], "agreement": [0.9, 0.0, 0.4]})
    >>> review_queue(p)[["id", "reason"]].to_dict("records")
    [{'id': 2, 'reason': 'no valid answer'}, {'id': 3, 'reason': 'agreement 0.40 < 0.60'}]
    """
    reasons = []
    for _, r in predictions.iterrows():
        pred = r.get("pred")
        if pred is None or (isinstance(pred, float) and np.isnan(pred)):
            reasons.append("no valid answer")
        elif isinstance(r.get("error"), str):
            reasons.append(f"error: {r['error']}")
        elif agreement_col in r and r[agreement_col] < min_agreement:
            reasons.append(f"agreement {r[agreement_col]:.2f} < {min_agreement:.2f}")
        else:
            reasons.append(None)
    out = predictions.assign(reason=reasons)
    return out[out.reason.notna()].reset_index(drop=True)


# ------------------------------------------------------------------------------------------------
# Deployment checklist
# ------------------------------------------------------------------------------------------------
def deployment_checklist(facts: dict[str, Any]) -> pd.DataFrame:
    """A go-live checklist whose status comes from measured facts, not from ticking boxes.

    ``facts`` keys (all optional; a missing fact leaves its item "to do"): ``gain_ci_low`` (the lower
    95% bound of the model's accuracy minus the most-common-label rule's, paired on the same
    labelled pairs) and ``gain`` (the difference itself), ``backend``,
    ``compliant_backends``, ``phi_guard`` (bool), ``deid_min_recall`` and ``deid_weakest`` (type),
    ``audit_ok`` (bool), ``fairness_gap``, ``counterfactual_flip_rate``, ``alerts_configured`` (bool),
    ``review_queue_share``, ``monthly_cost_usd``, ``budget_usd``, ``rollback_model`` (str),
    ``intended_use`` (str). ``alerts_configured`` should be evidence (the alert rule caught a
    simulated change), not a flag set by hand. The BAA item is "not applicable" on the offline
    backend (nothing leaves the machine), never "ok". Thresholds are the book's teaching defaults; set
    your own. A model that does not beat the most-common-label rule is not ready whatever the
    other items say: its fairness and stability numbers then describe a model that ignores its input.

    >>> deployment_checklist({"phi_guard": True, "audit_ok": True})["status"].value_counts().to_dict()
    {'to do': 11, 'ok': 2}
    >>> deployment_checklist({"gain": 0.0, "gain_ci_low": -0.1}).iloc[0][["item", "status"]].tolist()
    ['Accuracy beats the most-common-label rule (paired 95% CI above 0)', 'attention']
    """
    f = facts

    def status(cond: bool | None) -> str:
        return "to do" if cond is None else ("ok" if cond else "attention")

    def get(key: str) -> Any:
        v = f.get(key)
        return None if v is None or (isinstance(v, float) and np.isnan(v)) else v

    below_prior = get("gain_ci_low") is not None and get("gain_ci_low") <= 0   # then a low flip rate means nothing
    items = [
        ("Performance", "Accuracy beats the most-common-label rule (paired 95% CI above 0)",
         status(None if get("gain_ci_low") is None else get("gain_ci_low") > 0),
         f"difference {get('gain')} (lower 95% bound {get('gain_ci_low')})" if get("gain_ci_low") is not None else ""),
        ("Privacy", "PHI guard on for every non-compliant backend", status(get("phi_guard")),
         "the client refuses text in which the rules find an identifier (MEDLLM_PHI_GUARD); what they miss passes"),
        ("Privacy", "De-identification recall ≥ 0.95 for every identifier type",
         status(None if get("deid_min_recall") is None else get("deid_min_recall") >= 0.95),
         f"lowest recall {get('deid_min_recall')} ({get('deid_weakest')})" if get("deid_min_recall") is not None else ""),
        ("Privacy", "A business associate agreement (BAA) covers the hosted backend",
         "not applicable" if get("backend") == "offline" else   # nothing leaves the machine: no BAA to check
         status(None if get("backend") is None else get("backend") in (get("compliant_backends") or {"offline"})),
         f"backend {get('backend')}; compliant: {sorted(get('compliant_backends') or ['offline'])}"),
        ("Privacy", "Data residency: where prompts are processed and stored is documented", "to do",
         "region of the deployment and the provider's retention policy"),
        ("Accountability", "Audit log verifies end to end", status(get("audit_ok")), "hash chain checked by verify_audit_log"),
        ("Fairness", "Largest subgroup accuracy gap ≤ 0.10",
         status(None if get("fairness_gap") is None else get("fairness_gap") <= 0.10), f"gap {get('fairness_gap')}"),
        ("Fairness", "Counterfactual flip rate ≤ 5% (demographic words swapped)",
         status(None if get("counterfactual_flip_rate") is None
                else get("counterfactual_flip_rate") <= 0.05 and not below_prior),
         f"flip rate {get('counterfactual_flip_rate')}"
         + ("; uninformative: the model does not beat the label prior" if below_prior else "")),
        ("Monitoring", "Canary set, control limits and an alert rule that caught a simulated change",
         status(get("alerts_configured")), "weekly canary run with 2σ/3σ rules"),
        ("Monitoring", "Human review of low-confidence and unparsable outputs",
         status(None if get("review_queue_share") is None else True), f"{get('review_queue_share')} of cases routed"),
        ("Cost", "Projected monthly cost within budget",
         status(None if get("monthly_cost_usd") is None or get("budget_usd") is None
                else get("monthly_cost_usd") <= get("budget_usd")),
         f"${get('monthly_cost_usd')} vs budget ${get('budget_usd')}"),
        ("Regulation", "Intended use stated; clinical decision support status assessed",
         status(None if not get("intended_use") else True), get("intended_use") or ""),
        ("Operations", "Rollback: a pinned previous model version and a switch to it",
         status(None if not get("rollback_model") else True), get("rollback_model") or ""),
    ]
    return pd.DataFrame(items, columns=["area", "item", "status", "evidence"])
