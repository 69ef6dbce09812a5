"""Evaluate a model on a task: run it over a dataset, validate its outputs, score them, and
report metrics with bootstrap confidence intervals — plus paired comparisons of two runs.

One call gives a tidy result, one call a plot:

>>> from medllm_utils.evaluate import run_task, plot_results
>>> res = run_task("trial_matching", n=21)                       # doctest: +SKIP
>>> res.metrics                                                   # doctest: +SKIP
         metric  value  ci_low  ci_high   n
0      accuracy  0.381   0.190    0.571  21
1      macro_f1  0.215   ...
2  parse_failure  0.000  ...
>>> plot_results([res])                                           # doctest: +SKIP

Or from a shell::

    python -m medllm_utils.evaluate --task trial_matching --backend offline --n 35

Tasks (one per formulation of the primer's Figure 2): ``trial_matching`` and ``mcq``
(knowledge and reasoning), ``summarization``, ``translation``, ``extraction`` (structurization),
``image_qa`` (multi-modality); their metrics, schemas and prompts are in :mod:`medllm_utils.tasks`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .cache import ResponseCache
from .client import batch, complete_json, get_backend
from .cost import estimate_cost, get_ledger
from .errors import MedLLMError, OutputValidationError
from .runbook import append_export
from .tasks import (  # noqa: F401 (re-exported: the chapters import these from here)
    accuracy, chrf, confusion, ExclusionVerdict, Extraction, extraction_items, ExtractionTask, field_f1,
    get_task, ImageAnswer, ImageQATask, InclusionVerdict, macro_f1, MCQAnswer, MCQReasonedAnswer, MCQTask,
    Medication, rouge_l, SummarizationTask, Summary, Task, TASKS, Translation, TranslationTask,
    TrialMatchingTask,
)
from .stats import (  # noqa: F401 (chapters import them from here too)
    bootstrap_ci,
    cluster_bootstrap_ci,
    mcnemar,
    paired_bootstrap,
    proportion_ci,
)

# ------------------------------------------------------------------------------------------------
# Running
# ------------------------------------------------------------------------------------------------
@dataclass
class EvalResult:
    """Predictions (one row per item) and metrics (one row per metric, with CI) of one run."""

    task: str
    name: str
    backend: str
    model: str
    predictions: pd.DataFrame
    metrics: pd.DataFrame
    wall_s: float
    params: dict[str, Any] = field(default_factory=dict)
    usage: dict[str, Any] = field(default_factory=dict)  # calls, tokens, cost and model latency (from the ledger)

    @property
    def scores(self) -> pd.Series:
        return self.predictions.set_index("id")["score"]

    def metric(self, name: str | None = None) -> float:
        name = name or self.metrics["metric"].iloc[0]
        return float(self.metrics.set_index("metric").loc[name, "value"])

    def summary(self) -> pd.DataFrame:
        """One row per metric, labelled with the run's name, backend and model."""
        return self.metrics.assign(run=self.name, task=self.task, backend=self.backend, model=self.model)[
            ["run", "task", "backend", "model", "metric", "value", "ci_low", "ci_high", "n"]]

    def confusion(self) -> pd.DataFrame:
        return confusion(self.predictions["gold"].tolist(), self.predictions["pred"].tolist())


def sample_rows(df: pd.DataFrame, n: int | None, seed: int = 0, stratify: str | None = None) -> pd.DataFrame:
    """``n`` rows drawn reproducibly, spread evenly over ``stratify`` groups when given."""
    if n is None or n >= len(df):
        return df.reset_index(drop=True)
    if stratify:
        order = df.sample(frac=1.0, random_state=seed)
        order["_rank"] = order.groupby(stratify).cumcount()
        return order.sort_values(["_rank", stratify]).head(n).drop(columns="_rank").sort_index().reset_index(drop=True)
    return df.sample(n=n, random_state=seed).sort_index().reset_index(drop=True)


def run_task(task: str | Task, data: pd.DataFrame | None = None, *, n: int | None = None, seed: int = 0,
             model_seed: int | None = None, name: str | None = None, backend: str | None = None, model: str | None = None,
             max_workers: int | None = None, n_boot: int = 1000, cache: ResponseCache | None = None,
             progress: bool = True, messages: Callable[[pd.Series], list[dict[str, Any]]] | None = None,
             **params: Any) -> EvalResult:
    """Run ``task`` over ``data`` (default: its bundled dataset, ``n`` rows) and score it.

    ``seed`` fixes the item sample and the bootstrap; ``model_seed`` (default: ``seed``) is the
    model's sampling seed, so runs with different model seeds still score the same items.
    ``params`` go to the model (default ``temperature=0`` and the task's ``max_tokens``);
    ``messages`` replaces the task's prompt builder (chapter 3 uses it to try prompts).
    Items whose output fails the schema count as wrong and are reported as ``parse_failure``.
    """
    t = get_task(task)
    b = get_backend(backend, model)
    params = {"temperature": 0, "max_tokens": t.max_tokens, "seed": seed if model_seed is None else model_seed, **params}
    build = messages or t.messages

    def one(row: pd.Series) -> dict[str, Any]:
        parsed = complete_json(build(row), t.schema(row), backend=b.name, model=b.model, cache=cache,
                               label=f"eval:{t.name}", **params)
        return {"pred": t.prediction(parsed), "raw": parsed.model_dump_json()}

    return run_method(t, one, data, n=n, seed=seed, name=name or f"{b.name}:{b.model}", backend=b.name, model=b.model,
                      max_workers=max_workers, n_boot=n_boot, progress=progress,
                      params={k: v for k, v in params.items() if k != "response_format"})


def run_method(task: str | Task, predict: Callable[[pd.Series], Any], data: pd.DataFrame | None = None, *,
               n: int | None = None, seed: int = 0, name: str = "method", backend: str | None = None,
               model: str | None = None, max_workers: int | None = None, n_boot: int = 1000, progress: bool = True,
               params: dict[str, Any] | None = None) -> EvalResult:
    """Score any prediction function that calls a model — a prompt, a vote over samples, a RAG
    pipeline — exactly like :func:`run_task`: same items, same metrics and CIs, plus its calls,
    tokens, cost and latency taken from the cost ledger.

    ``predict(row)`` returns the prediction, or a dict with ``"pred"`` and any extra columns for
    the predictions table (e.g. ``"agreement"``). Raising :class:`OutputValidationError` counts as
    a parse failure; any other exception is recorded in the ``error`` column. ``max_workers``
    defaults to 1 on the offline model (it answers one request at a time, so parallel requests would
    only queue and inflate the measured latency) and 4 elsewhere.

    >>> res = run_method("mcq", lambda row: "B", n=8, name="always B", progress=False)
    >>> res.metric("accuracy"), res.usage["calls"]
    (0.25, 0)
    """
    t = get_task(task)
    b = get_backend(backend, model)
    df = sample_rows(t.load() if data is None else data, n, seed, t.stratify)
    ledger = get_ledger()
    max_workers = max_workers or (1 if b.name == "offline" else 4)

    def one(row: pd.Series) -> dict[str, Any]:
        t0 = time.perf_counter()
        try:
            out = predict(row)
            out = dict(out) if isinstance(out, dict) else {"pred": out}
            out.setdefault("raw", None)
            return {**out, "parse_ok": True, "latency_s": time.perf_counter() - t0}
        except OutputValidationError as exc:
            return {"pred": None, "parse_ok": False, "raw": exc.raw, "latency_s": time.perf_counter() - t0}

    rows = [r for _, r in df.iterrows()]
    start = len(ledger)
    t0 = time.perf_counter()
    outs = batch(rows, one, max_workers=max_workers, desc=f"{t.name} · {name}", progress=progress)
    wall = time.perf_counter() - t0
    calls = ledger.to_frame().iloc[start:]  # runs are sequential: the calls made since start are this run's
    errors = [o for o in outs if isinstance(o, Exception)]
    if errors and len(errors) == len(outs):
        raise errors[0]  # nothing worked: show the real reason (missing key, server down, ...)
    golds = [t.gold(r) for r in rows]
    preds = [o if not isinstance(o, Exception) else
             {"pred": None, "parse_ok": False, "raw": None, "latency_s": float("nan"), "error": f"{type(o).__name__}: {o}"}
             for o in outs]
    pred_df = pd.DataFrame({"id": df[t.id_col].tolist(), "gold": golds})
    for col in ("pred", "parse_ok", "error", "raw", "latency_s"):
        pred_df[col] = [p.get(col) for p in preds]
    for col in dict.fromkeys(k for p in preds for k in p):
        if col not in pred_df:
            pred_df[col] = [p.get(col) for p in preds]
    metrics = _score(t, golds, [p["pred"] for p in preds], pred_df, n_boot, seed)
    usage = {"calls": len(calls), "model_calls": int((~calls["cached"]).sum()),
             "prompt_tokens": int(calls["prompt_tokens"].sum()), "completion_tokens": int(calls["completion_tokens"].sum()),
             "cost_usd": None if calls["cost_usd"].isna().any() else float(calls["cost_usd"].sum()),
             "model_latency_s": float(calls["model_latency_s"].astype(float).sum()) if len(calls) else 0.0}
    result = EvalResult(t.name, name, b.name, b.model, pred_df, metrics, wall, dict(params or {}), usage)
    for row in result.summary().to_dict("records"):
        append_export("metrics", {**row, "wall_s": round(wall, 2)})  # for book runs (runbook)
    return result


def technique_table(results: Sequence[EvalResult], reference_model: str = "gpt-4o-mini") -> pd.DataFrame:
    """One row per run: the primary metric with its CI, parse failures, and per-item calls, tokens
    and model latency, plus what the run's tokens would cost at ``reference_model``'s list price.

    >>> res = run_method("mcq", lambda row: "A", n=4, name="always A", progress=False)
    >>> technique_table([res])[["technique", "accuracy", "calls_per_item"]].to_dict("records")
    [{'technique': 'always A', 'accuracy': 0.25, 'calls_per_item': 0.0}]
    """
    rows = []
    for r in results:
        m = r.metrics.set_index("metric")
        primary = m.index[0]
        n_items = max(len(r.predictions), 1)
        u = r.usage or {}
        tokens = u.get("prompt_tokens", 0) + u.get("completion_tokens", 0)
        ref = estimate_cost(prompt_tokens=u.get("prompt_tokens", 0), completion_tokens=u.get("completion_tokens", 0),
                            model=reference_model)
        rows.append({"technique": r.name, primary: m.loc[primary, "value"], "ci_low": m.loc[primary, "ci_low"],
                     "ci_high": m.loc[primary, "ci_high"], "parse_failure": m.loc["parse_failure", "value"],
                     "calls_per_item": u.get("calls", 0) / n_items, "tokens_per_item": tokens / n_items,
                     "latency_s_per_item": u.get("model_latency_s", 0.0) / n_items,
                     f"usd_per_1k_items_at_{reference_model}": None if ref is None else 1000 * ref / n_items,
                     "n": len(r.predictions)})
    return pd.DataFrame(rows)


def _score(t: Task, golds: list[Any], preds: list[Any], pred_df: pd.DataFrame, n_boot: int, seed: int) -> pd.DataFrame:
    """Per-item scores into ``pred_df`` and the metrics table (``preds`` as produced, not as pandas stored them)."""
    pred_df["score"] = [t.item_score(g, p) for g, p in zip(golds, preds)]
    rows = t.metrics(golds, preds, n_boot, seed)
    pf = (~pred_df["parse_ok"] & pred_df["error"].isna()).astype(float)
    est, lo, hi = proportion_ci(pf.tolist(), n_boot=n_boot, seed=seed)
    rows.append({"metric": "parse_failure", "value": est, "ci_low": lo, "ci_high": hi})
    if pred_df["error"].notna().any():
        rows.append({"metric": "errors", "value": float(pred_df["error"].notna().mean()), "ci_low": np.nan, "ci_high": np.nan})
    return pd.DataFrame(rows).assign(n=len(pred_df))


def run_baseline(task: str | Task, predict: Callable[[pd.Series], Any], data: pd.DataFrame | None = None, *,
                 n: int | None = None, seed: int = 0, name: str = "baseline", n_boot: int = 1000) -> EvalResult:
    """Score a rule (no model) the same way as :func:`run_task`, so baselines sit in the same table.

    >>> majority = run_baseline("mcq", lambda row: "A", name="always A")
    >>> round(majority.metric("accuracy"), 3)
    0.258
    """
    t = get_task(task)
    df = sample_rows(t.load() if data is None else data, n, seed, t.stratify)
    rows = [r for _, r in df.iterrows()]
    golds = [t.gold(r) for r in rows]
    preds = [predict(r) for r in rows]
    pred_df = pd.DataFrame({"id": df[t.id_col].tolist(), "gold": golds, "pred": preds,
                            "parse_ok": True, "error": None, "raw": None, "latency_s": 0.0})
    metrics = _score(t, golds, preds, pred_df, n_boot, seed)
    return EvalResult(t.name, name, "rule", name, pred_df, metrics, 0.0)


def compare(a: EvalResult, b: EvalResult, n_boot: int = 2000, seed: int = 0,
            clusters: Mapping[Any, Any] | pd.Series | None = None) -> pd.DataFrame:
    """Paired comparison of two runs on the same items: score difference (b − a) with a paired
    bootstrap CI and p-value, and an exact McNemar test when scores are right/wrong.

    ``clusters`` maps item id → group (e.g. pair id → patient) when items share information: the
    CI then resamples whole groups (:func:`~medllm_utils.stats.cluster_bootstrap_ci`, chapter 4),
    the row says how many groups there were, and the item-level p-value is left out (NaN).

    >>> compare(run_a, run_b, clusters=test.set_index("pair_id").patient_id)   # doctest: +SKIP
    """
    joined = pd.concat([a.scores.rename("a"), b.scores.rename("b")], axis=1, join="inner")
    if joined.empty:
        raise ValueError("the two runs share no items; run them on the same data")
    extra: dict[str, Any] = {}
    if clusters is None:
        res = paired_bootstrap(joined["a"], joined["b"], n_boot=n_boot, seed=seed)
    else:
        groups = pd.Series(clusters).reindex(joined.index)
        if groups.isna().any():
            missing = groups[groups.isna()].index[:3].tolist()
            raise ValueError(f"clusters gives no group for items {missing}: map every item id to its group")
        diff, lo, hi = cluster_bootstrap_ci((joined["b"] - joined["a"]).to_numpy(), groups.to_numpy(),
                                            n_boot=n_boot, seed=seed)
        res = {"diff": diff, "ci_low": lo, "ci_high": hi, "p_value": float("nan")}
        extra["clusters"] = int(groups.nunique())
    row = {"a": a.name, "b": b.name, "n": len(joined), **extra, "mean_a": joined["a"].mean(),
           "mean_b": joined["b"].mean(), **res}
    if set(np.unique(joined.values)) <= {0.0, 1.0}:
        mc = mcnemar(joined["a"] == 1, joined["b"] == 1)
        row.update({"mcnemar_a_only": mc["a_only"], "mcnemar_b_only": mc["b_only"], "mcnemar_p": mc["p_value"]})
    return pd.DataFrame([row])


def compare_configs(task: str | Task, configs: Sequence[dict[str, Any]], *, n: int | None = None, seed: int = 0,
                    progress: bool = True, **common: Any) -> tuple[pd.DataFrame, list[EvalResult]]:
    """Run the same evaluation for each configuration and return one table with CIs.

    Each config is a dict with ``name`` and any of ``backend``, ``model``, ``task_options`` and
    model parameters, e.g. ``{"name": "gpt-4o-mini", "backend": "openai", "model": "gpt-4o-mini"}``;
    a ``seed`` in a config is the model's sampling seed. Every config is scored on the same items.
    """
    results = []
    for cfg in configs:
        cfg = dict(cfg)
        name = cfg.pop("name")
        opts = cfg.pop("task_options", {})
        t = get_task(task.name if isinstance(task, Task) else task, **opts) if opts else get_task(task)
        model_seed = cfg.pop("seed", None)
        results.append(run_task(t, n=n, seed=seed, model_seed=model_seed, name=name, progress=progress,
                                **{**common, **cfg}))
    table = pd.concat([r.summary() for r in results], ignore_index=True)
    return table, results


def plot_results(results: Sequence[EvalResult], metric: str | None = None, ax=None, title: str | None = None):
    """Horizontal bars of one metric per run, with 95% CI error bars."""
    import matplotlib.pyplot as plt

    metric = metric or results[0].metrics["metric"].iloc[0]
    rows = [r.metrics.set_index("metric").loc[metric] for r in results]
    names = [r.name for r in results]
    vals = np.array([row["value"] for row in rows])
    err = np.array([[row["value"] - row["ci_low"] for row in rows], [row["ci_high"] - row["value"] for row in rows]])
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 0.5 + 0.45 * len(results)))
    ax.barh(names, vals, xerr=err, capsize=4, color="#1f6f8b")
    ax.set_xlabel(f"{metric} (95% CI: Wilson for proportions, bootstrap otherwise)")
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_title(title or f"{results[0].task}: {metric}")
    return ax


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m medllm_utils.evaluate",
                                description="Evaluate a backend on one of the book's tasks and print metrics with 95% CIs.")
    p.add_argument("--task", required=True, choices=sorted(TASKS))
    p.add_argument("--backend", default=None, help="offline | openai | azure | compatible (default: from the environment)")
    p.add_argument("--model", default=None)
    p.add_argument("--n", type=int, default=None, help="number of items (default: the whole dataset)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-workers", type=int, default=4)
    p.add_argument("--as-text", action="store_true", help="image_qa: give the chart's numbers as text")
    args = p.parse_args(argv)
    opts = {"as_text": True} if args.as_text and args.task == "image_qa" else {}
    try:
        res = run_task(get_task(args.task, **opts), n=args.n, seed=args.seed, backend=args.backend, model=args.model,
                       max_workers=args.max_workers)
    except MedLLMError as exc:
        raise SystemExit(f"error: {exc}") from None
    print(f"task {res.task} · backend {res.backend} · model {res.model} · {len(res.predictions)} items · {res.wall_s:.1f} s")
    print(res.metrics.to_string(index=False, float_format=lambda v: f"{v:.3f}"))


if __name__ == "__main__":
    main()
