"""Fine-tuning: data preparation and validation (broken inputs → clear messages), the patient-level
split, cost estimate, the hosted flow against a local stand-in of the fine-tuning endpoints, and a
few real training steps of the embedded model on CPU."""

from __future__ import annotations

import json
import time
from typing import Literal

import pytest
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

import medllm_utils as m
from medllm_utils import finetune as F
from medllm_utils.data import load_trial_matching, patient_split
from medllm_utils.errors import ConfigurationError, MedLLMError

from .fake_openai import ServerThread


def _rec(q="Is the patient 18 or older? Note: 71-year-old.", a="included", system=None):
    return F.chat_records([{"q": q, "a": a}], lambda r: r["q"], lambda r: r["a"], system=system)[0]


# --- validation ------------------------------------------------------------------------------------------
def test_valid_file_has_no_problems(tmp_path):
    recs = [_rec(f"q{i}", "included" if i % 2 else "not included", system="You screen patients.") for i in range(30)]
    path = F.write_jsonl(recs, tmp_path / "train.jsonl")
    report = F.validate_chat_jsonl(path)
    assert report.ok and report.n_valid == 30 and str(report) == "30 examples, no problems."
    assert report.labels == {"included": 15, "not included": 15}
    assert report.summary()["tokens_total"] == sum(report.tokens) > 0
    assert not list(tmp_path.glob("*.tmp"))                          # written atomically


def test_every_kind_of_problem_is_reported_with_its_line(tmp_path):
    lines = [
        json.dumps(_rec()),
        "{not json",
        json.dumps({"prompt": "old completion format", "completion": "x"}),
        json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "model", "content": "a"}]}),
        json.dumps({"messages": [{"role": "user", "content": "   "}, {"role": "assistant", "content": "a"}]}),
        json.dumps({"messages": [{"role": "system", "content": "s"}, {"role": "assistant", "content": "a"}]}),
        json.dumps(_rec()),                                            # duplicate of line 1
        json.dumps(_rec("word " * 300)),                               # too long for max_tokens=100
        "",
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = F.validate_chat_jsonl(path, max_tokens=100)
    got = list(zip(report.problems.line, report.problems.kind))
    assert got == [(2, "bad_json"), (3, "no_messages"), (4, "bad_role"), (4, "no_target"), (5, "empty_content"),
                   (6, "no_user"), (7, "duplicate"), (8, "too_long"), (9, "empty_line")]
    assert "same as line 1" in report.problems.set_index("line").loc[7, "detail"]
    assert report.n_valid == 1 and not report.ok
    with pytest.raises(MedLLMError, match="does not exist"):
        F.validate_chat_jsonl(tmp_path / "missing.jsonl")


def test_rare_labels_are_flagged():
    recs = [_rec(f"q{i}", "included") for i in range(39)] + [_rec("q-rare", "not enough information")]
    report = F.validate_chat_jsonl(recs)
    assert list(report.problems.kind) == ["rare_label"] and "1/40" in report.problems.detail.iloc[0]


def test_patient_split_has_no_leakage_and_the_check_finds_it():
    df = load_trial_matching()
    df["split"] = patient_split(df, seed=3)
    assert F.check_split_leakage(df).empty
    assert set(df.split) == {"train", "validation", "test"}
    leaked = df.copy()
    leaked.loc[leaked.index[0], "split"] = "test" if leaked.split.iloc[0] != "test" else "train"
    assert F.check_split_leakage(leaked).patient_id.tolist() == [leaked.patient_id.iloc[0]]


def test_training_cost_estimate():
    recs = [_rec() for _ in range(10)]
    est = F.estimate_training_cost(recs, epochs=4)
    per = m.count_tokens(recs[0]["messages"])
    assert est["training_tokens"] == 40 * per and est["usd"] == pytest.approx(40 * per * 3.00 / 1e6)
    with pytest.raises(ConfigurationError, match="No training price"):
        F.estimate_training_cost(recs, model="gpt-9")


def test_decision_guide_triggers():
    no = F.decision_guide({"zero-shot": 0.5, "few-shot": 0.7}, target=0.8, n_labelled=40,
                          tokens_per_call={"zero-shot": 100, "few-shot": 120}, calls_per_month=100)
    assert no.met.tolist() == [False, False, False]
    assert "vs zero-shot: +0.20" in no.evidence.iloc[0]
    # the simplest strategy is the best one: the others' change is negative, not a gain of 0
    worse = F.decision_guide({"zero-shot": 0.14, "3-shot": 0.07}, target=0.8, n_labelled=126,
                             tokens_per_call={"zero-shot": 100, "3-shot": 400})
    assert worse.met.iloc[0] and "best prompt (zero-shot) 0.14" in worse.evidence.iloc[0]
    assert "vs zero-shot: -0.07" in worse.evidence.iloc[0]
    grouped = F.decision_guide({"zero-shot": 0.14}, target=0.8, n_labelled=126, n_patients=18,
                               tokens_per_call={"zero-shot": 100})
    assert "126 labelled training examples from 18 patients" in grouped.evidence.iloc[1]


# --- hosted flow against a stand-in -------------------------------------------------------------------------
class FakeFineTuning:
    def __init__(self) -> None:
        self.uploads: list[bytes] = []
        self.jobs: dict[str, dict] = {}
        self.polls = 0
        self.fail = False
        self.app = Starlette(routes=[
            Route("/v1/files", self.files, methods=["POST"]),
            Route("/v1/fine_tuning/jobs", self.create, methods=["POST"]),
            Route("/v1/fine_tuning/jobs/{job_id}", self.retrieve),
            Route("/v1/fine_tuning/jobs/{job_id}/events", self.events),
        ])

    async def files(self, request: Request) -> JSONResponse:
        body = await request.body()
        self.uploads.append(body)
        return JSONResponse({"id": f"file-{len(self.uploads)}", "object": "file", "bytes": len(body), "created_at": 0,
                             "filename": "train.jsonl", "purpose": "fine-tune", "status": "processed"})

    async def create(self, request: Request) -> JSONResponse:
        body = await request.json()
        job = {"id": f"ftjob-{len(self.jobs) + 1}", "object": "fine_tuning.job", "created_at": int(time.time()),
               "model": body["model"], "training_file": body["training_file"],
               "validation_file": body.get("validation_file"), "hyperparameters": body.get("hyperparameters", {}),
               "status": "validating_files", "fine_tuned_model": None, "organization_id": "org-test",
               "result_files": [], "seed": body.get("seed", 0), "trained_tokens": None, "error": None,
               "finished_at": None, "suffix": body.get("suffix")}
        self.jobs[job["id"]] = job
        return JSONResponse(job)

    async def retrieve(self, request: Request) -> JSONResponse:
        job = self.jobs[request.path_params["job_id"]]
        self.polls += 1
        order = ["validating_files", "running", "failed" if self.fail else "succeeded"]
        job["status"] = order[min(order.index(job["status"]) + 1, 2)] if job["status"] in order else job["status"]
        if job["status"] == "succeeded":
            job["fine_tuned_model"] = f"ft:{job['model']}:org-test:{job['suffix']}:abc123"
        if job["status"] == "failed":
            job["error"] = {"code": "invalid_training_file", "message": "Line 3: missing assistant message", "param": None}
        return JSONResponse(job)

    async def events(self, request: Request) -> JSONResponse:
        return JSONResponse({"object": "list", "has_more": False, "data": [
            {"id": "ev-2", "object": "fine_tuning.job.event", "created_at": 2, "level": "info", "message": "Step 10/30: training loss=0.41"},
            {"id": "ev-1", "object": "fine_tuning.job.event", "created_at": 1, "level": "info", "message": "Validating training file"}]})


@pytest.fixture
def ft_server(monkeypatch):
    fake = FakeFineTuning()
    with ServerThread(fake.app) as url:
        monkeypatch.setenv("OPENAI_BASE_URL", url + "/v1")
        monkeypatch.setenv("MEDLLM_MODEL", "gpt-4o-mini-2024-07-18")
        yield fake


def test_hosted_flow_uploads_creates_polls_and_returns_the_model(ft_server, tmp_path):
    train = F.write_jsonl([_rec(f"q{i}") for i in range(12)], tmp_path / "train.jsonl")
    val = F.write_jsonl([_rec(f"v{i}") for i in range(4)], tmp_path / "val.jsonl")
    ft = F.HostedFineTune()
    job_id = ft.start(train, val, model="gpt-4o-mini-2024-07-18", epochs=3, seed=7)
    seen = []
    name = ft.wait(job_id, poll_s=0.01, on_status=lambda j: seen.append(j.status))
    assert name == "ft:gpt-4o-mini-2024-07-18:org-test:medllm:abc123"
    assert seen == ["running", "succeeded"]
    job = ft_server.jobs[job_id]
    assert job["training_file"] == "file-1" and job["validation_file"] == "file-2"
    assert job["hyperparameters"] == {"n_epochs": 3} and job["seed"] == 7
    assert b'"content": "q0"' in ft_server.uploads[0]
    assert ft.events(job_id).message.tolist() == ["Validating training file", "Step 10/30: training loss=0.41"]


def test_hosted_flow_reports_failures_and_refuses_bad_files(ft_server, tmp_path):
    ft_server.fail = True
    ft = F.HostedFineTune()
    good = F.write_jsonl([_rec(f"q{i}") for i in range(3)], tmp_path / "ok.jsonl")
    job_id = ft.start(good, model="gpt-4o-mini-2024-07-18")
    with pytest.raises(MedLLMError, match="failed: Line 3: missing assistant message"):
        ft.wait(job_id, poll_s=0.01)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"messages": [{"role": "user", "content": "q"}]}\n')
    n = len(ft_server.uploads)
    with pytest.raises(MedLLMError, match="(?s)Not uploading.*no_target"):
        ft.start(bad, model="gpt-4o-mini-2024-07-18")
    assert len(ft_server.uploads) == n                      # nothing was uploaded
    with pytest.raises(ConfigurationError, match="offline model is fine-tuned locally"):
        F.HostedFineTune(backend="offline")


# --- a real model on CPU ------------------------------------------------------------------------------------
@pytest.mark.model
def test_a_few_real_training_steps_lower_the_loss_and_the_model_is_served(tmp_path, monkeypatch):
    pytest.importorskip("torch")
    monkeypatch.setenv("MEDLLM_FINETUNE_CACHE", "off")
    model, tok = F.load_base_model()
    recs = [_rec(f"Patient {i}: is HbA1c above 7%? HbA1c {6 + (i % 4)}.", "yes" if i % 4 > 1 else "no") for i in range(16)]
    res = F.train(model, tok, recs, recs[:4], method="lora", epochs=2, batch_size=8, lr=3e-3, eval_every=2, progress=False)
    h = res.history
    steps = h[h.step > 0]
    assert len(steps) == 4 and steps.train_loss.iloc[-1] < steps.train_loss.iloc[0]
    assert h.step.tolist()[0] == 0 and h.val_loss.notna().sum() == 3          # before training, then every 2 steps
    assert h.val_loss.dropna().iloc[-1] < h.val_loss.dropna().iloc[0]
    assert res.trainable_params < 0.05 * res.total_params           # LoRA trains a small fraction
    served = F.serve(res.model, tok, name="tiny-ft")
    try:
        m.use_backend("compatible", "tiny-ft", base_url=served.base_url)
        reply = m.chat(recs[0]["messages"][:-1], max_tokens=4)
        assert reply.backend == "compatible" and reply.usage.completion_tokens >= 1
        # an enum contract is enforced, as the offline server's grammar enforces it for prompted models
        for rec in recs[:4]:
            assert m.complete_json(rec["messages"][:-1], YesNo, temperature=0).answer in ("yes", "no")
        with pytest.raises(m.ModelNotFoundError):
            m.chat("hi", model="other-model")
    finally:
        m.use_backend(None)
        served.stop()


class YesNo(BaseModel):
    answer: Literal["yes", "no"]


@pytest.mark.model
def test_choice_generate_takes_the_likelier_first_token_and_completes_the_answer():
    torch = pytest.importorskip("torch")
    from medllm_utils import served as S

    model, tok = F.load_base_model()
    messages = [{"role": "user", "content": "Is the sky blue? Answer yes or no."}]
    choices = ['{"answer": "yes"}', '{"answer": "no"}', '{"answer": "not sure"}']
    text, n_in, n_out = S.choice_generate(model, tok, messages, choices)
    assert text in choices and n_out == len(tok(text, add_special_tokens=False)["input_ids"])
    # the reference: score each allowed token by brute force, step by step, without the KV cache
    ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
    ids = ids["input_ids"] if hasattr(ids, "input_ids") else ids
    options = [tok(c, add_special_tokens=False)["input_ids"] for c in choices]
    chosen: list[int] = []
    while not any(o == chosen for o in options):
        alive = [o for o in options if o[:len(chosen)] == chosen]
        allowed = sorted({o[len(chosen)] for o in alive})
        with torch.no_grad():
            logits = model(input_ids=torch.cat([ids, torch.tensor([chosen], dtype=ids.dtype)], 1)).logits[0, -1]
        chosen.append(allowed[int(torch.argmax(logits[allowed]))])
    assert text == tok.decode(chosen) and n_in == ids.shape[1]


@pytest.mark.model
def test_a_shared_prompt_prefix_is_read_once_and_changes_no_answer():
    pytest.importorskip("torch")
    from medllm_utils import served as S

    model, tok = F.load_base_model()
    note = ("Patient note: 58-year-old woman with type 2 diabetes for 9 years, HbA1c 8.1%, eGFR 64, "
            "on metformin and sitagliptin; no insulin; BMI 31.")
    criteria = ["HbA1c between 7% and 10%", "eGFR below 30", "currently on insulin", "BMI over 27"]
    choices = ['{"answer": "included"}', '{"answer": "not included"}', '{"answer": "not enough information"}']
    cache = S.PrefixCache()
    for i, criterion in enumerate(criteria):
        messages = [{"role": "system", "content": "You screen patients for a clinical trial."},
                    {"role": "user", "content": f"{note}\nCriterion: {criterion}\nAnswer with the label."}]
        with_cache = S.choice_generate(model, tok, messages, choices, cache)
        assert with_cache == S.choice_generate(model, tok, messages, choices)   # no cache: the same answer
        assert cache.hits == i            # the first prompt is read whole, the others reuse the note
        assert cache.state.get_seq_length() == len(cache.ids) >= with_cache[1]
    # a different prompt shares nothing: read from scratch, the cache is not used
    other = [{"role": "user", "content": "Is the sky blue? Answer yes or no."}]
    assert S.choice_generate(model, tok, other, choices, cache) == S.choice_generate(model, tok, other, choices)
    assert cache.hits == len(criteria) - 1


def test_bf16_is_used_only_where_asked_or_supported():
    from medllm_utils import training as T

    assert T.resolve_precision("fp32") == "fp32" and T.resolve_precision("bf16") == "bf16"
    assert T.resolve_precision("auto") in ("bf16", "fp32")
    with pytest.raises(ValueError, match="precision"):
        T.resolve_precision("fp8")


@pytest.mark.model
def test_answer_only_loss_equals_the_full_logits_loss():
    torch = pytest.importorskip("torch")
    from medllm_utils import training as T

    model, tok = F.load_base_model()
    enc = [T._encode(tok, _rec(f"Patient {i}: HbA1c {6 + i}%. Above 7%?", "yes")["messages"], 320) for i in range(3)]
    width = max(len(x) for x, _ in enc)
    ids = torch.full((3, width), tok.pad_token_id)
    labels = torch.full((3, width), -100)
    mask = torch.zeros((3, width), dtype=torch.long)
    for i, (x, y) in enumerate(enc):
        ids[i, :len(x)], labels[i, :len(y)], mask[i, :len(x)] = torch.tensor(x), torch.tensor(y), 1
    with torch.no_grad():
        ours = float(T.answer_loss(model, ids, labels, mask))
        reference = float(model(input_ids=ids, attention_mask=mask, labels=labels).loss)
    assert ours == pytest.approx(reference, rel=1e-4)


@pytest.mark.model
def test_trained_weights_are_cached_under_the_recipe(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    monkeypatch.setenv("MEDLLM_FINETUNE_CACHE", str(tmp_path / "ft"))
    recs = [_rec(f"Patient {i}: HbA1c {6 + (i % 4)}%. Above 7%?", "yes" if i % 4 > 1 else "no") for i in range(8)]
    first = F.train(*F.load_base_model(), recs, recs[:2], method="lora", batch_size=4, progress=False)
    again = F.train(*F.load_base_model(), recs, recs[:2], method="lora", batch_size=4, progress=False)
    assert not first.from_cache and again.from_cache and again.fingerprint == first.fingerprint
    assert again.wall_s == pytest.approx(first.wall_s) and again.history.equals(first.history)
    for (n1, p1), (n2, p2) in zip(first.model.named_parameters(), again.model.named_parameters()):
        assert n1 == n2 and torch.equal(p1, p2)
    other = F.train(*F.load_base_model(), recs, recs[:2], method="lora", batch_size=4, lr=1e-3, progress=False)
    assert not other.from_cache and other.fingerprint != first.fingerprint      # another recipe trains
    assert len(list((tmp_path / "ft").iterdir())) == 2
    # a damaged cache entry is ignored (and replaced), never loaded
    folder = next(d for d in (tmp_path / "ft").iterdir() if d.name == first.fingerprint[:32])
    (folder / "weights.safetensors").write_bytes(b"not weights")
    assert not F.train(*F.load_base_model(), recs, recs[:2], method="lora", batch_size=4, progress=False).from_cache


def test_token_savings_are_counted_against_the_best_prompt_not_the_longest():
    # 3-shot is longer but worse: the prompt one would deploy is zero-shot, and fine-tuning saves nothing on it
    g = F.decision_guide({"zero-shot": 0.40, "3-shot": 0.30}, target=0.8, n_labelled=126,
                         tokens_per_call={"zero-shot": 150, "3-shot": 900}, calls_per_month=10_000)
    row = g.set_index("trigger").loc["prompt tokens must be saved"]
    assert not row.met and "drops 0 prompt tokens" in row.evidence
    g = F.decision_guide({"zero-shot": 0.30, "3-shot": 0.40}, target=0.8, n_labelled=126,
                         tokens_per_call={"zero-shot": 150, "3-shot": 900}, calls_per_month=10_000)
    assert "drops 750 prompt tokens" in g.set_index("trigger").loc["prompt tokens must be saved"].evidence


@pytest.mark.model
def test_packed_training_starts_from_the_same_validation_loss_and_steps_by_patient():
    pytest.importorskip("torch")
    notes = [f"Patient {i}: {60 + i}-year-old with type 2 diabetes on metformin, eGFR {40 + 5 * i}, HbA1c {7 + i % 3}.{i}%."
             for i in range(4)]
    recs = [_rec(f"{note} Criterion: {crit}?", "yes" if (i + j) % 2 else "no")
            for i, note in enumerate(notes) for j, crit in enumerate(("HbA1c above 7%", "eGFR below 45", "age over 65"))]
    runs = {pack: F.train(*F.load_base_model(), recs[:9], recs[9:], method="lora", batch_size=4, max_steps=2,
                          pack=pack, cache=False, progress=False) for pack in (True, False)}
    before = {pack: r.history.val_loss.iloc[0] for pack, r in runs.items()}
    assert before[True] == pytest.approx(before[False], rel=1e-4)       # packing changes cost, not the loss
    assert runs[True].fingerprint != runs[False].fingerprint             # but it is part of the recipe
    assert int(runs[True].history.step.max()) == 2
