"""Write the model outputs that chapter 2's clinical evaluation rates.

Run ``python scripts/clinical_eval_outputs.py`` from the repository root (offline backend) to
(re)write ``medllm_utils/resources/data/clinical_eval_outputs.jsonl``: the offline model's
trial-matching judgements (answer and rationale) on the same pairs and with the same two
configurations that chapter 2 evaluates (``N_TRIAL = 14`` pairs, ``SEED = 0``; temperature 0, and
temperature 1 with seed 1), exactly as the chapter's harness asks for them. The outputs are
stored, not re-generated in the book, because raters scored *these* texts
(``clinical_ratings.csv``); the chapter reports how many of them its own run reproduces.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "medllm_utils" / "resources" / "data" / "clinical_eval_outputs.jsonl"
N_TRIAL, SEED = 14, 0
CONFIGS = [{"name": "SmolLM2 · temperature 0"},
           {"name": "SmolLM2 · temperature 1, seed 1", "temperature": 1.0, "seed": 1}]


def build() -> list[dict]:
    from medllm_utils import backend_info, data
    from medllm_utils.evaluate import compare_configs

    os.environ.setdefault("MEDLLM_BACKEND", "offline")
    _, runs = compare_configs("trial_matching", CONFIGS, n=N_TRIAL, seed=SEED, progress=False)
    pairs = data.load_trial_matching().set_index("pair_id")
    model = backend_info().model
    records = []
    for run in runs:
        for p in run.predictions.itertuples():
            out = json.loads(p.raw) if p.raw else {}
            row = pairs.loc[p.id]
            records.append({"item_id": f"C{len(records) + 1:02d}", "config": run.name, "model": model,
                            "pair_id": p.id, "patient_id": row.patient_id, "criterion_type": row.criterion_type,
                            "criterion": row.criterion, "note": row.note, "gold": p.gold,
                            "answer": out.get("answer"), "rationale": out.get("rationale"), "raw": p.raw})
    return records


if __name__ == "__main__":
    recs = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    print(f"wrote {len(recs)} outputs to {OUT}")
