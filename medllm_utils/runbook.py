"""Run the whole book with chosen parameters and write one summary report.

Every chapter notebook has a cell tagged ``parameters`` (backend, model, sample sizes, seed).
This command executes the notebooks with papermill, writes the executed copies, and collects from
each one the metrics of every evaluation it ran, its token and cost ledger, and its wall time::

    python -m medllm_utils.runbook --out runs/offline                        # the defaults
    python -m medllm_utils.runbook --backend openai --model gpt-4o-mini --out runs/gpt4o-mini \\
        --param N_ITEMS=20 --param N_TRIAL=42 --chapters 01 02

Outputs in ``--out``: the executed notebooks, ``report.md`` and ``report.csv`` (one row per chapter),
``metrics.csv`` (one row per metric of every evaluation) and per-chapter export folders.

While a notebook runs, ``MEDLLM_EXPORT_DIR`` tells :mod:`medllm_utils` to append every ledger row and
every evaluation's metrics to JSON-lines files there; that is how the report is assembled.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import time
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def export_dir() -> Path | None:
    """Folder to append exports to, when a runbook run asked for it."""
    d = os.environ.get("MEDLLM_EXPORT_DIR")
    return Path(d) if d else None


def append_export(name: str, row: dict[str, Any]) -> None:
    """Append one JSON line to ``<MEDLLM_EXPORT_DIR>/<name>.jsonl`` (no-op when not exporting)."""
    d = export_dir()
    if d is None:
        return
    d.mkdir(parents=True, exist_ok=True)
    with open(d / f"{name}.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, default=str) + "\n")


def _read_jsonl(path: Path) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame()
    return pd.DataFrame([json.loads(line) for line in path.read_text().splitlines() if line.strip()])


def _parse_param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--param takes NAME=VALUE, got {text!r}")
    name, value = text.split("=", 1)
    try:
        return name.strip(), ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return name.strip(), value


def run_book(out: Path, notebooks: list[Path], params: dict[str, Any], kernel: str = "python3",
             timeout: int = 1800) -> pd.DataFrame:
    """Execute ``notebooks`` with ``params`` into ``out`` and return the per-chapter report."""
    import papermill as pm

    out = out.resolve()  # notebooks run in their own folder: every path handed to them must be absolute
    out.mkdir(parents=True, exist_ok=True)
    rows, metric_frames = [], []
    for nb in notebooks:
        chapter = nb.stem
        exports = out / "exports" / chapter
        for f in exports.glob("*.jsonl"):
            f.unlink()
        declared = {p for p in pm.inspect_notebook(str(nb))}
        given = {k: v for k, v in params.items() if k in declared}
        old = os.environ.get("MEDLLM_EXPORT_DIR")
        os.environ["MEDLLM_EXPORT_DIR"] = str(exports)
        t0 = time.perf_counter()
        status = "ok"
        try:
            pm.execute_notebook(str(nb), str(out / nb.name), parameters=given, kernel_name=kernel,
                                cwd=str(nb.parent), progress_bar=False, execution_timeout=timeout)
        except Exception as exc:  # the report says which chapter failed and why; the others still run
            status = f"failed: {type(exc).__name__}: {str(exc).strip().splitlines()[-1][:200] if str(exc).strip() else ''}"
        finally:
            if old is None:
                os.environ.pop("MEDLLM_EXPORT_DIR", None)
            else:
                os.environ["MEDLLM_EXPORT_DIR"] = old
        wall = time.perf_counter() - t0
        ledger = _read_jsonl(exports / "ledger.jsonl")
        metrics = _read_jsonl(exports / "metrics.jsonl")
        if not metrics.empty:
            metric_frames.append(metrics.assign(chapter=chapter))
        rows.append({
            "chapter": chapter, "status": status, "wall_s": round(wall, 1), "parameters": json.dumps(given),
            "calls": len(ledger), "model_calls": int((~ledger["cached"]).sum()) if not ledger.empty else 0,
            "cache_hits": int(ledger["cached"].sum()) if not ledger.empty else 0,
            "prompt_tokens": int(ledger["prompt_tokens"].sum()) if not ledger.empty else 0,
            "completion_tokens": int(ledger["completion_tokens"].sum()) if not ledger.empty else 0,
            "cost_usd": (None if ledger.empty or ledger["cost_usd"].isna().any() else round(float(ledger["cost_usd"].sum()), 6)),
            "evaluations": int(metrics[["task", "run"]].drop_duplicates().shape[0]) if not metrics.empty else 0,
        })
    report = pd.DataFrame(rows)
    all_metrics = pd.concat(metric_frames, ignore_index=True) if metric_frames else pd.DataFrame()
    report.to_csv(out / "report.csv", index=False)
    all_metrics.to_csv(out / "metrics.csv", index=False)
    _write_markdown(out / "report.md", report, all_metrics, params)
    return report


def _write_markdown(path: Path, report: pd.DataFrame, metrics: pd.DataFrame, params: dict[str, Any]) -> None:
    lines = ["# Book run report", "", f"Parameters: `{json.dumps(params)}`", "", "## Chapters", "",
             report.drop(columns=["parameters"]).to_markdown(index=False), ""]
    if not metrics.empty:
        cols = [c for c in ("chapter", "task", "run", "metric", "value", "ci_low", "ci_high", "n") if c in metrics]
        lines += ["## Metrics (95% bootstrap CIs)", "", metrics[cols].round(3).to_markdown(index=False), ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m medllm_utils.runbook", description="Run every chapter with papermill.")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--backend", default=None)
    p.add_argument("--model", default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--param", action="append", type=_parse_param, default=[], metavar="NAME=VALUE",
                   help="any parameter of the notebooks, e.g. N_ITEMS=10 (repeatable)")
    p.add_argument("--chapters", nargs="*", default=None, help="notebook name prefixes, e.g. 00 02")
    p.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="folder of chapter notebooks")
    p.add_argument("--timeout", type=int, default=1800, help="seconds per cell")
    args = p.parse_args(argv)

    params: dict[str, Any] = dict(args.param)
    for key, value in (("BACKEND", args.backend), ("MODEL", args.model), ("SEED", args.seed)):
        if value is not None:
            params[key] = value
    notebooks = sorted(args.notebooks.glob("*.ipynb"))
    if args.chapters:
        notebooks = [nb for nb in notebooks if any(nb.name.startswith(c) for c in args.chapters)]
    if not notebooks:
        raise SystemExit(f"error: no notebooks matched in {args.notebooks}")
    report = run_book(args.out, notebooks, params, timeout=args.timeout)
    print(report.drop(columns=["parameters"]).to_string(index=False))
    print(f"\nreport: {args.out / 'report.md'}")
    if (report.status != "ok").any():
        raise SystemExit(1)


if __name__ == "__main__":
    main()
