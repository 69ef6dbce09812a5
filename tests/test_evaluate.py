from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from pydantic import ValidationError

from medllm_utils import evaluate as E
from medllm_utils.data import load_images, load_mcq, load_trial_matching


# -- metrics on hand-checked cases -----------------------------------------------------------------
def test_accuracy_and_macro_f1_hand_checked():
    gold = ["yes", "yes", "no", "no"]
    pred = ["yes", "no", "no", None]
    assert E.accuracy(gold, pred) == 0.5
    # yes: P=1, R=.5, F1=2/3 ; no: P=.5, R=.5, F1=.5 → macro 0.58333
    assert E.macro_f1(gold, pred) == pytest.approx((2 / 3 + 0.5) / 2)
    with pytest.raises(ValueError):
        E.accuracy([], [])


def test_macro_f1_agrees_with_scikit_learn_and_its_bootstrap_is_the_loop_over_it():
    """Our numpy macro-F1 (written out so that a bootstrap scores 1,000 resamples in one call) gives
    scikit-learn's value, missing and unknown predictions and absent labels included, and the batched
    bootstrap gives the interval of the plain loop that calls scikit-learn each time."""
    from sklearn.metrics import f1_score

    from medllm_utils.stats import bootstrap_ci
    from medllm_utils.tasks import label_codes, macro_f1_codes

    labels = ["included", "not included", "not enough information"]
    rng = np.random.default_rng(7)
    for n in (1, 3, 12, 60):
        gold = list(rng.choice(labels[:2] if n == 3 else labels, n))       # n=3: a label no one has
        pred = [None if r < 0.1 else ("maybe" if r < 0.15 else labels[int(r * 100) % 3]) for r in rng.random(n)]
        clean = ["<none>" if p is None else p for p in pred]
        want = f1_score(gold, clean, labels=labels, average="macro", zero_division=0)
        assert E.macro_f1(gold, pred, labels) == pytest.approx(want, abs=1e-12)
        loop = bootstrap_ci(lambda g, p: f1_score(list(g), ["<none>" if x is None else x for x in p], labels=labels,
                                                  average="macro", zero_division=0), gold, pred, n_boot=200, seed=3)
        codes = label_codes(gold, pred, labels)
        fast = bootstrap_ci(lambda g, p: macro_f1_codes(g, p, 3), *codes, n_boot=200, seed=3, batched=True)
        assert fast == pytest.approx(loop, abs=1e-12)


def test_confusion_matrix_counts_unparsable():
    m = E.confusion(["a", "a", "b"], ["a", None, "a"])
    assert m.loc["a", "a"] == 1 and m.loc["a", "<none>"] == 1 and m.loc["b", "a"] == 1
    assert m.values.sum() == 3


def test_rouge_l_hand_checked():
    # LCS("the cat sat on the mat", "the cat on the mat") = 5 → P=1, R=5/6, F=10/11
    assert E.rouge_l("the cat sat on the mat", "the cat on the mat") == pytest.approx(10 / 11)
    assert E.rouge_l("a b", "") == 0.0


def test_chrf_orders_translations():
    ref = "Tome este medicamento dos veces al día."
    assert E.chrf(ref, ref) == 1.0
    assert E.chrf(ref, "Tome este medicamento una vez.") > E.chrf(ref, "Beba agua.") >= 0.0


def test_field_f1_hand_checked():
    gold = {"medications": [{"name": "metformin", "dose": "500 mg"}, {"name": "aspirin", "dose": "81 mg"}],
            "problems": ["hypertension"]}
    pred = {"medications": [{"name": "Metformin", "dose": "500 mg"}, {"name": "aspirin", "dose": "325 mg"}],
            "problems": ["hypertension", "asthma"]}
    r = E.field_f1(gold, pred)  # tp=2 (metformin, hypertension); |pred|=4, |gold|=3
    assert (r["precision"], r["recall"]) == (0.5, pytest.approx(2 / 3))
    assert r["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)) and r["exact_match"] == 0.0
    assert E.field_f1(gold, gold)["exact_match"] == 1.0
    assert E.field_f1(gold, None)["f1"] == 0.0
    assert E.field_f1({"medications": [], "problems": []}, {"medications": [], "problems": []})["f1"] == 1.0


def test_bootstrap_ci_contains_estimate_and_narrows_with_n():
    rng = np.random.default_rng(1)
    small = rng.integers(0, 2, 20)
    large = rng.integers(0, 2, 2000)
    e1, l1, h1 = E.bootstrap_ci(np.mean, small, seed=0)
    e2, l2, h2 = E.bootstrap_ci(np.mean, large, seed=0)
    assert l1 <= e1 <= h1 and l2 <= e2 <= h2
    assert (h2 - l2) < (h1 - l1) / 4
    assert E.bootstrap_ci(np.mean, [1, 1, 1]) == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        E.bootstrap_ci(np.mean, [1, 0], [1])


def test_paired_bootstrap_and_mcnemar():
    a = [1] * 10 + [0] * 30
    b = [1] * 30 + [0] * 10
    r = E.paired_bootstrap(a, b, seed=0)
    assert r["diff"] == pytest.approx(0.5) and r["ci_low"] > 0.2 and r["p_value"] < 0.01
    same = E.paired_bootstrap(a, a)
    assert same["diff"] == 0 and same["p_value"] == 1.0
    mc = E.mcnemar(np.array(a, bool), np.array(b, bool))
    assert (mc["a_only"], mc["b_only"]) == (0, 20) and mc["p_value"] < 1e-5
    assert E.mcnemar([1, 0], [1, 0])["p_value"] == 1.0


# -- schemas ------------------------------------------------------------------------------------------
def test_schema_per_criterion_type():
    t = E.get_task("trial_matching")
    df = load_trial_matching()
    inc, exc = df[df.criterion_type == "inclusion"].iloc[0], df[df.criterion_type == "exclusion"].iloc[0]
    assert t.schema(inc) is E.InclusionVerdict and t.schema(exc) is E.ExclusionVerdict
    with pytest.raises(ValidationError):
        E.InclusionVerdict.model_validate({"rationale": "x", "answer": "excluded"})
    assert "Trial exclusion criterion" in t.messages(exc)[-1]["content"]


def test_unknown_task():
    with pytest.raises(ValueError, match="trial_matching"):
        E.get_task("haiku")


def test_sample_rows_is_reproducible_and_stratified():
    df = load_trial_matching()
    a = E.sample_rows(df, 14, seed=1, stratify="criterion_id")
    b = E.sample_rows(df, 14, seed=1, stratify="criterion_id")
    assert a.pair_id.tolist() == b.pair_id.tolist()
    assert a.criterion_id.value_counts().tolist() == [2] * 7


def test_run_baseline_uses_the_same_metrics():
    res = E.run_baseline("trial_matching", lambda r: "not enough information", n=70)
    gold = res.predictions.gold
    assert res.metric("accuracy") == pytest.approx((gold == "not enough information").mean())
    assert set(res.metrics.metric) == {"accuracy", "macro_f1", "parse_failure"}


# -- the harness over real HTTP against the scripted server ----------------------------------------------
def test_run_task_counts_parse_failures_and_scores(fake):
    def reply(p):
        return json.dumps({"rationale": "r", "answer": p})
    df = load_trial_matching().query("criterion_type == 'inclusion'").head(4).reset_index(drop=True)
    fake.replies.extend([reply(df.label[0]), reply("not included" if df.label[1] != "not included" else "included"),
                         "not json at all", reply(df.label[3])])
    res = E.run_task("trial_matching", data=df, max_workers=1, progress=False)
    m = res.metrics.set_index("metric")
    assert m.loc["accuracy", "value"] == 0.5
    assert m.loc["parse_failure", "value"] == 0.25
    assert res.predictions.parse_ok.tolist() == [True, True, False, True]
    assert res.predictions.raw[2] == "not json at all"
    assert (m["n"] == 4).all() and (m.loc["accuracy", "ci_low"] <= 0.5 <= m.loc["accuracy", "ci_high"])
    assert fake.requests[0]["temperature"] == 0 and fake.requests[0]["response_format"]["type"] == "json_schema"


def test_run_task_raises_when_nothing_works(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("MEDLLM_MODEL", "x")
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    from medllm_utils import BackendUnreachableError
    with pytest.raises(BackendUnreachableError):
        E.run_task("mcq", n=2, progress=False)


def test_compare_runs_paired(fake):
    df = load_trial_matching().head(6)
    fake.replies.extend([json.dumps({"rationale": "r", "answer": l}) for l in df.label])
    good = E.run_task("trial_matching", data=df, max_workers=1, progress=False, name="good", seed=0)
    bad = E.run_baseline("trial_matching", lambda r: "not enough information", data=df, name="nei")
    cmp = E.compare(bad, good)
    assert cmp.loc[0, "n"] == 6 and cmp.loc[0, "mean_b"] == 1.0
    assert cmp.loc[0, "diff"] == pytest.approx(1.0 - (df.label == "not enough information").mean())
    assert "mcnemar_p" in cmp.columns


def test_compare_configs_table(fake):
    fake.replies.extend([json.dumps({"answer": "A"})] * 4)
    table, results = E.compare_configs("mcq", [{"name": "cfg1"}, {"name": "cfg2", "temperature": 0.5, "seed": 1}],
                                       n=2, progress=False, max_workers=1)
    assert set(table.run) == {"cfg1", "cfg2"} and len(results) == 2
    assert fake.requests[-1]["temperature"] == 0.5 and fake.requests[-1]["seed"] == 1
    assert results[0].predictions.id.tolist() == results[1].predictions.id.tolist()  # same items for every config


def test_cli_prints_metrics(fake, capsys):
    fake.replies.extend([json.dumps({"answer": "B"})] * 3)
    E.main(["--task", "mcq", "--n", "3", "--max-workers", "1"])
    out = capsys.readouterr().out
    assert "task mcq" in out and "accuracy" in out and "ci_low" in out


def test_cli_error_is_one_line(monkeypatch):
    monkeypatch.setenv("MEDLLM_BACKEND", "openai")
    with pytest.raises(SystemExit, match="OPENAI_API_KEY"):
        E.main(["--task", "mcq", "--n", "2"])


def test_plot_results(fake):
    import matplotlib
    matplotlib.use("Agg")
    base = E.run_baseline("mcq", lambda r: "A", n=8)
    ax = E.plot_results([base])
    assert len(ax.patches) == 1 and ax.get_xlim() == (0, 1)


def test_image_messages_embed_png_or_text():
    row = pd.Series({"image": str(load_images().image[0]), "values": [1, 2], "question": "q?"})
    img = E.get_task("image_qa").messages(row)[0]["content"]
    assert img[1]["image_url"]["url"].startswith("data:image/png;base64,iVBOR")
    assert "1, 2" in E.get_task("image_qa", as_text=True).messages(row)[0]["content"]


def test_compare_configs_with_task_options(fake):
    fake.replies.extend([json.dumps({"rationale": "r", "answer": "A"})] * 2)
    _, results = E.compare_configs("mcq", [{"name": "reasoned", "task_options": {"reasoning": True}}], n=2,
                                   progress=False, max_workers=1)
    schema = fake.requests[-1]["response_format"]["json_schema"]
    assert schema["name"] == "MCQReasonedAnswer" and results[0].predictions.parse_ok.all()


def test_run_method_scores_any_predictor_and_takes_usage_from_the_ledger(fake):
    from medllm_utils import chat
    from medllm_utils.errors import OutputValidationError
    from medllm_utils.evaluate import run_method, technique_table

    fake.replies.extend(["A", "B", "A", "D"])

    def predict(row):
        text = chat(f"{row['question']} letter?").text
        if text == "D":
            raise OutputValidationError("not allowed", raw=text, errors=[])
        if text == "B":
            raise RuntimeError("backend hiccup")
        return {"pred": text, "agreement": 0.5}

    data = load_mcq().head(4)
    res = run_method("mcq", predict, data, name="custom", max_workers=1)
    p = res.predictions
    assert p.pred.tolist()[0] == "A" and p.parse_ok.tolist() == [True, False, True, False]
    assert p.error.notna().tolist() == [False, True, False, False] and "backend hiccup" in p.error.iloc[1]
    assert p.raw.iloc[3] == "D" and p.agreement.iloc[0] == 0.5
    assert res.usage["calls"] == 4 and res.usage["prompt_tokens"] == 40 and res.usage["completion_tokens"] == 20
    m = res.metrics.set_index("metric")
    assert m.loc["parse_failure", "value"] == 0.25 and m.loc["errors", "value"] == 0.25
    row = technique_table([res]).iloc[0]
    assert row.calls_per_item == 1.0 and row.tokens_per_item == 15.0 and row.parse_failure == 0.25
    assert row["usd_per_1k_items_at_gpt-4o-mini"] == pytest.approx(1000 * (10 * 0.15 + 5 * 0.60) / 1e6)
