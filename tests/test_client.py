"""The client's plumbing, over real HTTP against a scripted OpenAI-compatible server."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

import medllm_utils as m
from medllm_utils.client import as_messages, get_backend


class Verdict(BaseModel):
    rationale: str
    answer: str


# -- backend selection -------------------------------------------------------------------------
def test_offline_is_the_default_without_keys():
    b = get_backend()
    assert (b.name, b.model) == ("offline", "smollm2-135m-instruct")


@pytest.mark.parametrize("env, expected", [
    ({"OPENAI_API_KEY": "k"}, "openai"),
    ({"AZURE_OPENAI_ENDPOINT": "https://x.example", "AZURE_OPENAI_API_KEY": "k", "MEDLLM_MODEL": "dep"}, "azure"),
    ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "MEDLLM_MODEL": "llama3"}, "compatible"),
    ({"OPENAI_API_KEY": "k", "MEDLLM_BACKEND": "offline"}, "offline"),
])
def test_backend_from_environment(monkeypatch, env, expected):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert get_backend().name == expected


def test_missing_key_names_the_variable(monkeypatch):
    monkeypatch.setenv("MEDLLM_BACKEND", "openai")
    with pytest.raises(m.ConfigurationError, match="OPENAI_API_KEY"):
        m.chat("hi")


def test_azure_needs_endpoint_key_and_deployment(monkeypatch):
    with pytest.raises(m.ConfigurationError, match="AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY"):
        get_backend("azure")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://x.example")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "k")
    with pytest.raises(m.ConfigurationError, match="deployment"):
        get_backend("azure")
    b = get_backend("azure", "my-gpt4o")
    assert b.model == "my-gpt4o" and b.api_version


def test_backend_repr_never_shows_the_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-" + "x" * 30)
    b = get_backend()
    assert b.api_key.startswith("sk-test-") and "sk-test" not in repr(b) and "sk-test" not in str(m.backend_info())


def test_unknown_backend_and_compatible_without_url():
    with pytest.raises(m.ConfigurationError, match="offline, openai, azure, compatible"):
        get_backend("bard")
    with pytest.raises(m.ConfigurationError, match="OPENAI_BASE_URL"):
        get_backend("compatible")


def test_compatible_picks_first_served_model_once(fake, monkeypatch):
    monkeypatch.delenv("MEDLLM_MODEL")
    assert get_backend().model == "fake-model"
    m.chat("a")
    m.chat("b")
    assert len(fake.requests) == 2  # the model list was fetched once, not before every call
    from medllm_utils.backends import _first_model
    assert _first_model.cache_info().hits >= 2


def test_use_backend_sets_the_default(fake):
    assert m.use_backend("offline").name == "offline"
    assert get_backend().name == "offline"
    m.use_backend(None)
    assert get_backend().name == "compatible"


def test_backend_info_is_one_line(fake):
    info = str(m.backend_info())
    assert "compatible" in info and "fake-model" in info and "\n" not in info


def test_as_messages_validates():
    assert as_messages("q", system="s")[0] == {"role": "system", "content": "s"}
    with pytest.raises(ValueError, match="role"):
        as_messages([{"content": "no role"}])


# -- calls -------------------------------------------------------------------------------------
def test_chat_returns_reply_and_records_ledger(fake):
    r = m.chat("hello", temperature=0, label="t")
    assert str(r) == "echo: hello" and not r.cached
    assert r.usage.total_tokens == 15
    assert fake.requests[-1]["temperature"] == 0
    row = m.get_ledger().to_frame().iloc[-1]
    assert (row.backend, row.model, row.prompt_tokens, row.label) == ("compatible", "fake-model", 10, "t")


def test_second_identical_call_is_replayed_without_a_request(fake):
    m.chat("same", temperature=0)
    m.chat("same", temperature=0)
    m.chat("same", temperature=0.5)
    assert len(fake.requests) == 2
    s = m.get_ledger().summary().iloc[0]
    assert (s.calls, s.model_calls, s.cache_hits) == (3, 2, 1)


def test_cache_records_hold_no_secrets(fake, monkeypatch, tmp_path):
    secret = "sk-test-" + "s3cr3t" * 6
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    m.chat("keep my key out of the cache")
    assert fake.headers[-1]["authorization"] == f"Bearer {secret}"  # it was sent ...
    files = list((tmp_path / "cache").rglob("*.json"))
    assert files
    for f in files:  # ... but never stored
        text = f.read_text()
        assert secret not in text and "authorization" not in text.lower()
        assert json.loads(text)["response"]["choices"][0]["message"]["content"].startswith("echo")


def test_retries_on_429_and_500(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "3")
    fake.failures.extend([429, 500, 503])
    assert str(m.chat("persist")) == "echo: persist"
    assert len(fake.requests) == 4


def test_rate_limit_exhausted_says_what_to_do(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    fake.failures.append(429)
    with pytest.raises(m.MedLLMError, match="max_workers"):
        m.chat("busy")


def test_retries_exhausted_gives_clear_error(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "1")
    fake.failures.extend([500, 500])
    with pytest.raises(m.MedLLMError, match="HTTP 500 after 1 retries"):
        m.chat("doomed")
    assert len(fake.requests) == 2


def test_timeout_is_retried_then_succeeds(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_TIMEOUT", "0.5")
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "2")
    fake.failures.append("stall")
    assert str(m.chat("slow start")) == "echo: slow start"


def test_timeout_without_retries_names_the_url(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_TIMEOUT", "0.3")
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    fake.failures.append("stall")
    with pytest.raises(m.BackendUnreachableError, match=r"timed out.*|127\.0\.0\.1"):
        m.chat("too slow")


def test_unreachable_server_names_the_url(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # discard port: nothing listens
    monkeypatch.setenv("MEDLLM_MODEL", "x")
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    with pytest.raises(m.BackendUnreachableError, match=r"127\.0\.0\.1:9"):
        m.chat("anyone?")


def test_unknown_model(fake):
    with pytest.raises(m.ModelNotFoundError, match="no-such-model.*MEDLLM_MODEL"):
        m.chat("hi", model="no-such-model")


def test_rejected_key(fake):
    fake.failures.append(401)
    with pytest.raises(m.ConfigurationError, match="OPENAI_API_KEY"):
        m.chat("hi")


def test_complete_json_validates_and_sends_standard_schema(fake):
    fake.replies.append('{"rationale": "age 70 >= 18", "answer": "included"}')
    v = m.complete_json("eligible?", Verdict)
    assert v == Verdict(rationale="age 70 >= 18", answer="included")
    rf = fake.requests[-1]["response_format"]
    assert rf["type"] == "json_schema" and rf["json_schema"]["name"] == "Verdict"
    assert set(rf["json_schema"]["schema"]["required"]) == {"rationale", "answer"}


def test_complete_json_schema_failure_keeps_raw_output(fake):
    fake.replies.append('{"rationale": "missing the answer"}')
    with pytest.raises(m.OutputValidationError, match="answer") as info:
        m.complete_json("eligible?", Verdict, cache=m.ResponseCache(mode="off"))
    assert info.value.raw == '{"rationale": "missing the answer"}'
    assert any("answer" in e for e in info.value.errors)


def test_stream_chat_yields_pieces_and_counts_usage(fake):
    pieces = list(m.stream_chat("one two three"))
    assert "".join(pieces).strip() == "echo: one two three" and len(pieces) == 4
    row = m.get_ledger().to_frame().iloc[-1]
    assert (row.prompt_tokens, row.completion_tokens) == (10, 3)


def test_batch_keeps_order_bounds_concurrency_and_captures_errors(fake):
    fake.latency_s = 0.05
    prompts = [f"q{i}" for i in range(12)]
    out = m.batch(prompts, max_workers=4, progress=False)
    assert [str(r) for r in out] == [f"echo: q{i}" for i in range(12)]
    assert 1 < fake.max_in_flight <= 4

    out = m.batch(["ok", "bad", "ok2"], fn=lambda p: m.chat(p, model="nope" if p == "bad" else None),
                  progress=False)
    assert str(out[0]) == "echo: ok" and str(out[2]) == "echo: ok2"
    assert isinstance(out[1], m.ModelNotFoundError)
    with pytest.raises(m.ModelNotFoundError):
        m.batch(["bad"], fn=lambda p: m.chat(p, model="nope"), return_exceptions=False, progress=False)


def test_reply_without_logprobs_says_how_to_get_them(fake):
    with pytest.raises(m.MedLLMError, match="logprobs=True"):
        m.chat("x").token_logprobs()


def test_n_choices(fake):
    assert m.chat("x", n=3).texts == ["echo: x"] * 3


def test_reply_carries_the_ledger_cost(fake, monkeypatch):
    monkeypatch.setenv("MEDLLM_MODEL", "gpt-4o-mini")
    fake.models = ["fake-model", "gpt-4o-mini"]
    try:
        first = m.chat("priced")
        again = m.chat("priced")
    finally:
        fake.models = ["fake-model"]
    assert first.cost_usd == pytest.approx((10 * 0.15 + 5 * 0.60) / 1e6)
    assert again.cached and again.cost_usd == 0.0
    assert m.get_ledger().to_frame().cost_usd.tolist() == [first.cost_usd, 0.0]


def test_use_backend_base_url_and_switching_back(fake):
    import medllm_utils as m
    from medllm_utils.errors import ConfigurationError

    m.use_backend("compatible", "fake-model", base_url=fake.url + "/v1")
    assert m.get_backend().base_url == fake.url + "/v1"
    assert m.chat("hi").backend == "compatible"
    back = m.use_backend(None)                 # back to the environment's choice
    assert back.name == "compatible" and back.base_url == fake.url + "/v1"   # (from OPENAI_BASE_URL here)
    with pytest.raises(ConfigurationError, match="compatible' backend only"):
        m.use_backend("offline", base_url="http://127.0.0.1:1/v1")
    m.use_backend("compatible", "fake-model", base_url=fake.url + "/v1")
    with pytest.raises(ConfigurationError):
        m.use_backend("azure")                 # unusable: the previous default stays
    assert m.get_backend().base_url == fake.url + "/v1"


def test_use_backend_none_after_a_served_model_returns_to_offline():
    import medllm_utils as m

    m.use_backend("compatible", "my-finetune", base_url="http://127.0.0.1:9/v1")
    assert m.get_backend().name == "compatible"
    assert m.use_backend(None).name == "offline"          # nothing configured in the environment
    assert m.get_backend().name == "offline"
