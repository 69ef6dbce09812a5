"""The embedded offline model, served by medllm_utils.offline_server, through the official client."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Literal

import numpy as np
import openai
import pytest
from pydantic import BaseModel, Field

import medllm_utils as m
from medllm_utils import offline
from medllm_utils.errors import OfflineModelError
from medllm_utils.offline import default_threads
from medllm_utils.offline_server import translate_response_format

pytestmark = pytest.mark.model
OFF = m.ResponseCache(mode="off")


class Criterion(BaseModel):
    rationale: str = Field(max_length=300)  # the grammar honours it, so the tiny model cannot ramble on
    answer: Literal["included", "not included", "not enough information"]


@pytest.fixture(scope="module")
def url():
    return offline.ensure_server()


@pytest.fixture(scope="module")
def raw(url):
    return openai.OpenAI(base_url=url, api_key="not-needed", max_retries=0)


def test_translate_response_format():
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    assert translate_response_format({"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}) == \
        {"type": "json_object", "schema": schema}
    assert translate_response_format({"type": "json_object"}) == {"type": "json_object"}
    assert translate_response_format(None) is None
    with pytest.raises(ValueError, match="unsupported"):
        translate_response_format({"type": "xml"})
    with pytest.raises(ValueError, match="schema"):
        translate_response_format({"type": "json_schema", "json_schema": {"name": "x"}})


def test_chat_usage_and_model_listing(raw):
    r = raw.chat.completions.create(model="smollm2-135m-instruct", temperature=0, max_tokens=20,
                                    messages=[{"role": "user", "content": "Name one symptom of anemia."}])
    assert r.choices[0].message.content.strip()
    assert r.usage.prompt_tokens > 5 and 0 < r.usage.completion_tokens <= 20
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens
    assert [x.id for x in raw.models.list()] == ["smollm2-135m-instruct"]


def test_temperature_zero_is_repeatable_across_other_requests():
    q = "In one sentence, what does HbA1c measure?"
    first = m.chat(q, temperature=0, max_tokens=30, cache=OFF).text
    m.chat("Write a haiku about kidneys.", temperature=1, max_tokens=30, cache=OFF)
    assert m.chat(q, temperature=0, max_tokens=30, cache=OFF).text == first


def test_seed_makes_sampling_repeatable():
    kw = dict(temperature=1.0, max_tokens=25, cache=OFF)
    a = m.chat("Name a vitamin.", seed=11, **kw).text
    assert m.chat("Name a vitamin.", seed=11, **kw).text == a
    others = {m.chat("Name a vitamin.", seed=s, **kw).text for s in range(12, 16)}
    assert len(others | {a}) > 1  # different seeds explore different answers


def test_n_choices_differ_and_count_tokens(raw):
    r = raw.chat.completions.create(model="smollm2-135m-instruct", n=3, temperature=1.0, seed=3, max_tokens=12,
                                    messages=[{"role": "user", "content": "Say a random medical word."}])
    assert [c.index for c in r.choices] == [0, 1, 2]
    assert len({c.message.content for c in r.choices}) > 1
    assert 3 <= r.usage.completion_tokens <= 36  # summed over the three choices


def test_logprobs_and_top_logprobs():
    r = m.chat("Which organ makes insulin? A) liver B) pancreas C) kidney D) heart. Answer with one letter.",
               temperature=0, max_tokens=2, logprobs=True, top_logprobs=4, cache=OFF)
    first = r.token_logprobs()[0]
    assert first["logprob"] <= 0 and len(first["top"]) == 4
    assert max(first["top"].values()) == pytest.approx(first["logprob"], abs=1e-4)  # greedy picks the top


@pytest.mark.parametrize("prompt, max_tokens", [("Count to five.", 15), ("Reply with just the word yes.", 60)])
def test_streaming_with_usage(raw, prompt, max_tokens):
    stream = raw.chat.completions.create(model="smollm2-135m-instruct", temperature=0, max_tokens=max_tokens,
                                         stream=True, stream_options={"include_usage": True},
                                         messages=[{"role": "user", "content": prompt}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens > 0 and usage.prompt_tokens > 5
    whole = m.chat(prompt, temperature=0, max_tokens=max_tokens, cache=OFF)
    assert text == whole.text  # streaming and non-streaming agree at temperature 0
    assert (usage.prompt_tokens, usage.completion_tokens) == (whole.usage.prompt_tokens, whole.usage.completion_tokens)


def test_standard_structured_output_with_parse(raw):
    """client.chat.completions.parse(response_format=Model) works against the offline server."""
    r = raw.chat.completions.parse(
        model="smollm2-135m-instruct", temperature=0, max_tokens=250, response_format=Criterion,
        messages=[{"role": "user", "content": "Patient: 70-year-old woman. Criterion: age 18 or older. "
                                               "Is the patient included?"}])
    parsed = r.choices[0].message.parsed
    assert isinstance(parsed, Criterion)
    assert parsed.answer in ("included", "not included", "not enough information")


def test_schema_output_is_strict_json_every_time(raw):
    """Grammar-constrained output parses with a strict JSON parser (no raw control characters)."""
    import json

    from medllm_utils.client import json_schema_format

    for note in ("70-year-old woman with diabetes", "pregnant 28-year-old", "child aged 9 with asthma"):
        r = raw.chat.completions.create(
            model="smollm2-135m-instruct", temperature=0, max_tokens=250, response_format=json_schema_format(Criterion),
            messages=[{"role": "user", "content": f"Patient: {note}. Criterion: age 18 or older. Included?"}])
        data = json.loads(r.choices[0].message.content)  # strict=True by default
        assert set(data) == {"rationale", "answer"} and len(data["rationale"]) <= 300


def test_complete_json_through_our_client():
    v = m.complete_json("Patient: 45-year-old man, no pregnancy possible. Criterion: pregnant women are excluded. "
                        "Decide.", Criterion, temperature=0, max_tokens=250, cache=OFF)
    assert isinstance(v, Criterion)


def test_unknown_model_is_a_clear_error():
    with pytest.raises(m.ModelNotFoundError, match="gpt-9"):
        m.chat("hi", backend="offline", model="gpt-9", cache=OFF)


def test_bad_request_body(url):
    import httpx

    r = httpx.post(url + "/chat/completions", json={"model": "smollm2-135m-instruct", "messages": []})
    assert r.status_code == 400 and "messages" in r.json()["error"]["message"]


def test_server_is_reused_by_other_processes(url):
    code = "from medllm_utils.offline import ensure_server; print(ensure_server())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == url


def test_restarts_when_the_shared_server_is_gone(monkeypatch):
    """A process that reused a server started elsewhere recovers when that server goes away."""
    m.chat("warm up", temperature=0, max_tokens=3, cache=OFF)
    offline._stop_owned()  # simulate the owner exiting
    r = m.chat("Still there?", temperature=0, max_tokens=5, cache=OFF)
    assert r.text


def test_tokenizer_counts_match_server_usage():
    text = "Metformin 500 mg twice daily; HbA1c 8.2% on 2024-03-01."
    assert m.count_tokens(text) == len(m.tokenize(text)) > 10
    assert "".join(m.tokenize(text)) == text


@pytest.mark.parametrize("flash_attn", [True, False], ids=["fused attention", "plain attention"])
def test_shared_prefix_is_kept_between_requests_without_changing_any_number(flash_attn):
    """Consecutive requests with the same system prompt / few-shot turns reuse its evaluated blocks;
    the answer and its log-probabilities are identical to those of a request evaluated from scratch,
    with llama.cpp's fused attention (the default) and without it."""
    from medllm_utils.offline_server import ModelRunner
    from medllm_utils.prompt_blocks import PROMPT_BLOCK

    runner = ModelRunner(str(offline.serving_model_path()), n_ctx=2048, flash_attn=flash_attn)
    assert runner.fingerprint.endswith(f"{'-fa' if flash_attn else ''}-blocks{PROMPT_BLOCK}")
    system = {"role": "system", "content": "You answer medical multiple-choice questions with one letter. " * 8}

    def ask(question):
        body = {"messages": [system, {"role": "user", "content": question}], "temperature": 0, "max_tokens": 8,
                "logprobs": True, "top_logprobs": 5}
        choice = runner.complete(body)["choices"][0]
        return choice["message"]["content"], repr(choice["logprobs"])

    q1, q2 = "Scurvy: A) vitamin A B) vitamin C?", "Rickets: A) vitamin D B) vitamin K?"
    evaluated: list[int] = []
    engine = runner._engine({"logprobs": True})
    real_eval = engine.eval
    engine.eval = lambda tokens: (evaluated.append(len(tokens)), real_eval(tokens))[1]
    cold = ask(q1)                                   # the system prompt's blocks, then the rest
    assert evaluated.count(PROMPT_BLOCK) >= 1
    first = len(evaluated)
    ask(q2)                                          # the same system prompt: its blocks are kept
    assert PROMPT_BLOCK not in evaluated[first:], evaluated
    warm = ask(q1)
    assert warm == cold
    runner.complete({"messages": [{"role": "system", "content": "Other rules."}, {"role": "user", "content": "Hi"}],
                     "temperature": 0, "max_tokens": 4, "logprobs": True})
    assert ask(q1) == cold                           # after another prompt: evaluated again, same numbers


def test_attention_setting_is_validated_and_a_server_with_another_is_not_reused(monkeypatch):
    monkeypatch.delenv("MEDLLM_OFFLINE_FLASH_ATTN", raising=False)
    assert offline.flash_attention() is True
    monkeypatch.setenv("MEDLLM_OFFLINE_FLASH_ATTN", "0")
    assert offline.flash_attention() is False
    health = {"model_path": "/models/m.gguf", "flash_attn": True}

    class Reply:
        status_code = 200

        def json(self):
            return health

    monkeypatch.setattr(offline.httpx, "get", lambda *a, **k: Reply())
    assert not offline._healthy("http://127.0.0.1:1", expect_model="/models/m.gguf")   # fused, we want plain
    assert offline._healthy("http://127.0.0.1:1")                                      # alive, settings unchecked
    monkeypatch.setenv("MEDLLM_OFFLINE_FLASH_ATTN", "1")
    assert offline._healthy("http://127.0.0.1:1", expect_model="/models/m.gguf")
    monkeypatch.setenv("MEDLLM_OFFLINE_FLASH_ATTN", "sometimes")
    with pytest.raises(OfflineModelError, match="MEDLLM_OFFLINE_FLASH_ATTN"):
        offline.flash_attention()


def test_serving_format_is_validated(monkeypatch):
    monkeypatch.setenv("MEDLLM_OFFLINE_FORMAT", "q2_k")
    with pytest.raises(OfflineModelError, match="MEDLLM_OFFLINE_FORMAT"):
        offline.serving_model_path()


@pytest.mark.model
def test_serving_copy_is_q8_0_made_once_and_close_to_the_shipped_weights(tmp_path, monkeypatch):
    import gguf

    monkeypatch.setenv("MEDLLM_MODEL_DIR", str(tmp_path))
    monkeypatch.delenv("MEDLLM_OFFLINE_FORMAT", raising=False)
    monkeypatch.delenv("MEDLLM_OFFLINE_MODEL", raising=False)
    shipped = offline.model_path()
    stale = tmp_path / f"{shipped.name.replace('.Q4_1', '.Q8_0').removesuffix('.gguf')}-{shipped.stat().st_size}-1.gguf"
    stale.write_bytes(b"a copy made from an earlier install")
    other = tmp_path / "another-model.Q8_0-1-1.gguf"
    other.write_bytes(b"not ours")
    first = offline.serving_model_path()
    assert first.parent == tmp_path and "Q8_0" in first.name
    assert not stale.exists() and other.exists()      # earlier installs' copies go, other files stay
    mtime = first.stat().st_mtime_ns
    assert offline.serving_model_path() == first and first.stat().st_mtime_ns == mtime   # converted once
    assert not list(tmp_path.glob(".*.tmp"))
    src, dst = gguf.GGUFReader(offline.model_path()), gguf.GGUFReader(first)
    a = {t.name: t for t in src.tensors}
    b = {t.name: t for t in dst.tensors}
    assert a.keys() == b.keys()
    name = "blk.0.attn_q.weight"
    assert b[name].tensor_type == gguf.GGMLQuantizationType.Q8_0
    wa = gguf.quants.dequantize(a[name].data, a[name].tensor_type)
    wb = gguf.quants.dequantize(b[name].data, b[name].tensor_type)
    blocks_a, blocks_b = wa.reshape(-1, 32), wb.reshape(-1, 32)
    bound = np.abs(blocks_a).max(axis=1, keepdims=True) / 200   # half an 8-bit step is 1/254; fp16 scales add a little
    assert (np.abs(blocks_a - blocks_b) <= bound).all()
    monkeypatch.setenv("MEDLLM_OFFLINE_FORMAT", "shipped")
    assert offline.serving_model_path() == offline.model_path()


@pytest.mark.model
def test_fast_greedy_grammar_gives_the_stock_samplers_tokens():
    from llama_cpp import Llama

    from medllm_utils.constrained import GreedyGrammarSampler, install
    from medllm_utils.offline_server import schema_grammar

    path = str(offline.serving_model_path())
    threads = default_threads()   # one per worker when the tests run in parallel
    stock = Llama(model_path=path, n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)
    fast = Llama(model_path=path, n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)
    install(fast)
    schemas = [
        {"type": "object", "properties": {"rationale": {"type": "string", "maxLength": 300},
                                          "answer": {"type": "string", "enum": ["A", "B", "C", "D"]}},
         "required": ["rationale", "answer"]},
        {"type": "object", "properties": {"answer": {"type": "string", "enum": ["included", "not included",
                                                                                "not enough information"]}},
         "required": ["answer"]},
        {"type": "object", "properties": {"hba1c_percent": {"type": ["number", "null"]}}, "required": ["hba1c_percent"]},
    ]
    prompts = ["Fatigue, weight gain, high TSH, low free T4. A) Graves B) Hashimoto C) adenoma D) storm. JSON please.",
               "Note: 61-year-old woman, HbA1c 8.2%, eGFR 54. Criterion: HbA1c between 7.0% and 10.5%. Is she included?"]
    used = {"first": 0, "top": 0, "all": 0}
    for schema in schemas:
        grammar = schema_grammar(json.dumps(schema, sort_keys=True))
        for text in prompts:
            msgs = [{"role": "user", "content": text}]
            outs = []
            for llm in (stock, fast):
                llm.reset()
                outs.append(llm.create_chat_completion(messages=msgs, max_tokens=96, temperature=0, seed=0,
                                                       grammar=grammar)["choices"][0]["message"]["content"])
                if llm is fast:
                    assert isinstance(fast._sampler, GreedyGrammarSampler)
                    for k, v in fast._sampler.steps.items():
                        used[k] += v
            assert outs[0] == outs[1], schema
    assert used["first"] > 0 and used["top"] > 0          # both shortcuts were exercised
    # sampled requests keep the stock sampler
    fast.reset()
    fast.create_chat_completion(messages=[{"role": "user", "content": "hi"}], max_tokens=4, temperature=0.7, seed=0,
                                grammar=schema_grammar(json.dumps(schemas[1], sort_keys=True)))
    assert not isinstance(fast._sampler, GreedyGrammarSampler)


def test_thread_setting_is_read_and_bad_values_are_refused(monkeypatch):
    monkeypatch.setenv("MEDLLM_OFFLINE_THREADS", "3")
    assert default_threads() == 3
    for bad in ("0", "two", "-1"):
        monkeypatch.setenv("MEDLLM_OFFLINE_THREADS", bad)
        with pytest.raises(ValueError, match="MEDLLM_OFFLINE_THREADS"):
            default_threads()
    monkeypatch.delenv("MEDLLM_OFFLINE_THREADS")
    assert 1 <= default_threads() <= 4


def test_recorded_answers_are_replayed_only_for_the_same_engine_settings(tmp_path, monkeypatch):
    """The offline model's answers depend on its settings (attention kernel, threads, weights): a record
    made with one set-up is not replayed for another, which asks the model instead."""
    from medllm_utils.cache import ResponseCache
    from medllm_utils.errors import CacheMissError

    def ask(mode):
        return m.chat("Name one vitamin.", temperature=0, max_tokens=5, cache=ResponseCache(tmp_path, mode))

    first = ask("readwrite")
    assert not first.cached
    assert ask("replay").cached and ask("replay").text == first.text
    before = offline.engine_settings()
    monkeypatch.setenv("MEDLLM_OFFLINE_FLASH_ATTN", "0" if offline.flash_attention() else "1")
    assert offline.engine_settings() != before
    with pytest.raises(CacheMissError):
        ask("replay")
    monkeypatch.setenv("MEDLLM_OFFLINE_THREADS", "3")
    assert "3 threads" in offline.engine_settings()
