"""Every chapter executed end to end on the offline model with small parameters (papermill).

The book build runs the chapters at full size; here each runs with the parameters below, chosen so
that every code path (hidden exercise solutions included) executes in a few seconds per section.
After the last cell, a check cell asserts that the chapter's key outputs exist and are well formed:
the variables the prose and the summary rely on, with values in range.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.notebooks

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

SMALL = {
    "00_setup_and_basics": {"N_SAMPLES": 2},
    "01_formulate_task": {"N_PATIENTS": 1, "N_ITEMS": 2},
    "02_choose_llm": {"N_MCQ": 4, "N_TRIAL": 4},
    "03_prompt_engineering": {"N_EVAL": 3, "N_SAMPLES": 2, "N_INJECTION": 1, "N_CALC": 1, "SC_REASONING": True},
    "04_fine_tuning": {"N_VAL": 4, "N_TEST": 7, "MAX_STEPS": 1, "BATCH_SIZE": 4},
    "05_deployment": {"N_FAIRNESS": 4, "N_COUNTERFACTUAL": 2, "CANARY_SIZE": 2, "N_DEID_LLM": 1},
}

CHECKS = {
    "00_setup_and_basics": """
        assert reply.text.strip() and reply.usage.completion_tokens > 0
        assert len(samples) == 3 * N_SAMPLES and set(samples.temperature) == {0.0, 0.7, 1.2}
        assert len(position) == 4 and position[list(letters)].to_numpy().min() >= 0
        assert result.answer in ("included", "not included", "not enough information")
        assert ledger.to_frame().shape[0] > 0
    """,
    "01_formulate_task": """
        assert len(subset) == 7 * N_PATIENTS and len(matching.predictions) == len(subset)
        assert overview.value.between(0, 1).all() and len(overview) == 10
        assert set(patients.model) <= {"eligible", "ineligible", "needs review"}
    """,
    "02_choose_llm": """
        assert len(mcq_runs) == len(configs) and len(trial_runs) == len(configs)
        assert all(len(r.predictions) == N_MCQ for r in mcq_runs)
        assert all(0 <= r.metric("accuracy") <= 1 for r in mcq_runs + trial_runs)
        assert len(side_by_side) == len(configs) + 1
        assert paired.clusters.iloc[1] >= 1 and set(agreement.index) == {"decision", "faithful", "evidence", "harm"}
        assert 0 <= same <= total == 28 and len(by_config) == 12
    """,
    "03_prompt_engineering": """
        assert len(eval_set) == N_EVAL and set(table.technique) == set(results)
        assert table.accuracy.between(0, 1).all() and table.n.eq(N_EVAL).all()
        assert recall.recall.between(0, 1).all() and len(calc_runs) == N_CALC
        assert len(injection) == 5 and injection["pairs"].eq(N_INJECTION).all()
        assert len(versus_direct) == len(contrasts) and (versus_direct.p_holm >= versus_direct.mcnemar_p - 1e-12).all()
        assert mdd > 0 and "direct" not in contrasts   # above 1 at tiny n: nothing is detectable
        assert retriever.name in pool_recall and RAG_NAME in results and not set(pool.id) & set(eval_set.id)
    """,
    "04_fine_tuning": """
        assert leaks.empty
        assert set(table.technique.str.split(":").str[0]) >= {"fine-tuned (full)", "fine-tuned (LoRA)"}
        assert table.accuracy.between(0, 1).all() and table.n.eq(len(test)).all() and len(test) == N_TEST
        assert len(full.history.dropna(subset=["train_loss"])) == MAX_STEPS
        assert lora.trainable_params < full.trainable_params
        assert set(paired.index) == set(contrasts) and paired.clusters.eq(test.patient_id.nunique()).all()
        assert best_ft in ("fine-tuned (full)", "fine-tuned (LoRA)") and 0 <= prior_agreement <= 1
        assert {p for r in test_results.values() for p in r.predictions.pred} <= {
            "included", "not included", "not enough information", "excluded", "not excluded"}
    """,
    "05_deployment": """
        assert score.table.recall.between(0, 1).all() and 0 < score.token_recall <= 1 and audit.event.isin(["intent", "outcome", "call"]).all()
        assert audit.event.eq("outcome").sum() + audit.event.eq("call").sum() == 3
        assert deploy.verify_audit_log(audit_path).ok and not deploy.verify_audit_log(tampered, checkpoint=checkpoint).ok
        assert len(fair.predictions) == N_FAIRNESS and subgroups.value.between(0, 1).all()
        assert len(weekly) == WEEKS and set(facts) >= {"backend", "audit_ok", "fairness_gap"}
        assert len(detectors) == 4 and detectors["token recall"].between(0, 1).all() and len(llm_notes) == N_DEID_LLM
        assert flips.variant.nunique() >= 2 and (changes_to_alert(1) is None or changes_to_alert(3) <= changes_to_alert(1))
        assert len(control) <= len(cf_rows) and set(control.columns) >= {"flipped", "follows", "right_answer_now"}
    """,
}


def test_every_chapter_has_small_parameters_and_checks():
    chapters = sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb"))
    assert chapters == sorted(SMALL) == sorted(CHECKS)
    for chapter, params in SMALL.items():
        nb = json.loads((NOTEBOOKS / f"{chapter}.ipynb").read_text())
        cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
        src = "".join(cell["source"])
        for name in params:
            assert f"\n{name} =" in "\n" + src, f"{chapter}: {name} is not a parameter of the chapter"


# Seconds each small run took in CI (2 cores, one at a time): the longest start first, so that parallel
# workers (scripts/run_tests.sh) finish together rather than one waiting on chapter 3 at the end.
SMALL_RUN_SECONDS = {"03_prompt_engineering": 143, "04_fine_tuning": 86, "05_deployment": 79,
                     "01_formulate_task": 50, "02_choose_llm": 50, "00_setup_and_basics": 32}


@pytest.mark.parametrize("chapter", sorted(SMALL, key=lambda ch: -SMALL_RUN_SECONDS[ch]))
def test_chapter_runs_with_small_parameters(chapter, tmp_path):
    import nbformat
    import papermill as pm

    nb = nbformat.read(NOTEBOOKS / f"{chapter}.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(textwrap.dedent(CHECKS[chapter]).strip() + "\nprint('checks passed')"))
    source = tmp_path / f"{chapter}.ipynb"
    nbformat.write(nb, source)
    out = pm.execute_notebook(str(source), str(tmp_path / f"{chapter}.out.ipynb"), parameters=SMALL[chapter],
                              kernel_name="python3", cwd=str(tmp_path), progress_bar=False, execution_timeout=600,
                              skip_cells_with_tag="never-skipped-in-tests")  # solutions are skipped in the book only
    last = out.cells[-1]
    assert any("checks passed" in o.get("text", "") for o in last.outputs)
    solutions = [i for i, c in enumerate(out.cells) if "skip-execution" in c.metadata.get("tags", [])]
    assert solutions and all(out.cells[i].execution_count for i in solutions), "every solution must run in the tests"
    # a rendered page must not show warnings or tracebacks (with the builder's file paths) to readers
    stderr = [(i, o.get("text", "")[:200]) for i, c in enumerate(out.cells[:-1]) if c.cell_type == "code"
              for o in c.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stderr"]
    assert stderr == [], stderr
    # every value the prose quotes ({glue:text}`key`, {glue:md}`key:.0%`) was glued by this run: a missing
    # key is a warning that fails the book's strict build, half an hour later
    glued = {md["scrapbook"]["name"] for c in out.cells if c.cell_type == "code" for o in c.get("outputs", [])
             if "name" in (md := o.get("metadata", {})).get("scrapbook", {})}
    quoted = {m.split(":")[0] for c in out.cells if c.cell_type == "markdown"
              for m in re.findall(r"\{glue(?::\w+)?\}`([^`]+)`", c.source)}
    assert quoted and quoted <= glued, f"quoted but never glued: {sorted(quoted - glued)}"
    slow = sorted(((c.metadata.get("papermill", {}).get("duration") or 0, i) for i, c in enumerate(out.cells)),
                  reverse=True)[:3]
    print(f"{chapter}: slowest cells " + ", ".join(f"#{i} {d:.1f}s" for d, i in slow))
