"""The workshop gateway over real HTTP on 127.0.0.1, with the scripted server as its upstream."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import medllm_utils as m
from medllm_utils import backends as backends_mod
from medllm_utils import client as client_mod
from medllm_utils.gateway import Budget, Gateway, Limits, make_tokens, prompt_token_bound, write_tokens

from .fake_openai import ServerThread


@pytest.fixture
def gateway(fake, tmp_path):
    """A gateway for 3 participants whose upstream is the scripted server."""
    upstream = client_mod.get_backend()  # 'compatible' → the fake server
    tokens = make_tokens(3)
    gw = Gateway(upstream, tokens, Budget(requests=3, tokens=10_000, usd=1.0),
                 cache=m.ResponseCache(tmp_path / "gw-cache"), phi_guard=True, log_path=tmp_path / "usage.jsonl",
                 price=(0.15, 0.60))
    with ServerThread(gw.app()) as url:
        gw.url = url
        gw.token_of = {name: tok for tok, name in tokens.items()}
        yield gw


def as_participant(monkeypatch, gw, name):
    """Point this process's client at the gateway, as a participant does with two variables."""
    monkeypatch.setenv("OPENAI_BASE_URL", gw.url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", gw.token_of[name])
    monkeypatch.setenv("MEDLLM_MAX_RETRIES", "0")
    monkeypatch.delenv("MEDLLM_MODEL", raising=False)
    backends_mod._client_for.cache_clear()
    backends_mod._first_model.cache_clear()


def test_participant_call_is_forwarded_and_counted(gateway, fake, monkeypatch):
    as_participant(monkeypatch, gateway, "participant-01")
    r = m.chat("hello gateway", cache=m.ResponseCache(mode="off"))
    assert str(r) == "echo: hello gateway" and r.model == "fake-model"  # model discovered via /v1/models
    u = gateway.usage["participant-01"]
    assert (u.requests, u.prompt_tokens, u.completion_tokens) == (1, 10, 5)
    assert fake.headers[-1]["authorization"] != f"Bearer {gateway.token_of['participant-01']}"  # token not forwarded


def test_unknown_token_is_rejected_clearly(gateway, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", gateway.url + "/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "ws-not-a-real-token")
    monkeypatch.setenv("MEDLLM_MODEL", "fake-model")
    with pytest.raises(m.ConfigurationError, match="OPENAI_API_KEY"):
        m.chat("hi", cache=m.ResponseCache(mode="off"))
    r = httpx.post(gateway.url + "/v1/chat/completions", json={"messages": []})
    assert r.status_code == 401 and "token your instructor gave you" in r.json()["error"]["message"]


def test_request_budget_is_enforced_without_retries(gateway, fake, monkeypatch):
    as_participant(monkeypatch, gateway, "participant-02")
    off = m.ResponseCache(mode="off")
    for i in range(3):
        m.chat(f"q{i}", cache=off)
    sent = len(fake.requests)
    with pytest.raises(m.MedLLMError, match="request budget used up.*Ask your instructor"):
        m.chat("one too many", cache=off)
    assert len(fake.requests) == sent  # nothing reached the upstream
    assert gateway.usage["participant-02"].rejected == 1
    assert gateway.usage["participant-01"].requests == 0  # others unaffected


def test_token_budget_reserves_the_worst_case_and_lowers_max_tokens(gateway, fake, monkeypatch):
    bound = prompt_token_bound({"messages": [{"role": "user", "content": "a"}]})
    gateway.budget = Budget(requests=100, tokens=bound + 3, usd=1.0)
    as_participant(monkeypatch, gateway, "participant-03")
    off = m.ResponseCache(mode="off")
    m.chat("a", cache=off)
    assert fake.requests[-1]["max_tokens"] == 3            # only 3 tokens were left for the answer
    u = gateway.usage["participant-03"]
    assert u.tokens == 13 and u.reserved_tokens == 0       # the real usage (10 + 3) was charged
    with pytest.raises(m.MedLLMError, match="token budget"):
        m.chat("b", cache=off)                             # the next prompt alone could exceed what is left


def test_concurrent_participants_near_their_budget_never_overshoot(gateway, fake):
    """30 concurrent requests through the official client for one participant with a 100-token budget."""
    import openai

    gateway.budget = Budget(requests=1000, tokens=100, usd=1.0)
    fake.latency_s = 0.05
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=gateway.token_of["participant-01"], max_retries=0)

    def call(i):
        try:
            client.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"q{i}"}])
            return 200
        except openai.RateLimitError:
            return 429

    with ThreadPoolExecutor(30) as pool:
        codes = list(pool.map(call, range(30)))
    u = gateway.usage["participant-01"]
    assert u.tokens <= 100 and u.reserved_tokens == 0 and u.reserved_usd == pytest.approx(0)
    assert codes.count(200) >= 1 and codes.count(429) >= 20
    assert u.tokens == sum(10 + min(5, r["max_tokens"]) for r in fake.requests)   # charged = what upstream used


def test_max_tokens_and_n_are_capped(gateway):
    gateway.limits = Limits(max_tokens=64, n=2)
    h = {"Authorization": f"Bearer {gateway.token_of['participant-01']}"}
    msgs = [{"role": "user", "content": "x"}]
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=h, json={"messages": msgs, "max_tokens": 65})
    assert r.status_code == 400 and "limit of 64" in r.json()["error"]["message"]
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=h, json={"messages": msgs, "n": 3})
    assert r.status_code == 400 and "limit of 2 choices" in r.json()["error"]["message"]
    assert gateway.usage["participant-01"].requests == 0


def test_a_dollar_budget_needs_a_price(fake):
    upstream = client_mod.get_backend()                    # 'fake-model' has no price in the table
    with pytest.raises(m.ConfigurationError, match="No price is known for 'fake-model'"):
        Gateway(upstream, make_tokens(1), Budget(usd=1.0))
    assert Gateway(upstream, make_tokens(1), Budget(usd=None)).price is None       # no dollar budget: fine
    gw = Gateway(upstream, make_tokens(1), Budget(usd=0.001), price=(1000.0, 1000.0))
    u = gw.usage["participant-01"]
    reason, _ = gw.admit(u, prompt_bound=2, want_completion=10)      # 2 tokens at $1000/1M = $0.002 > $0.001
    assert reason and "dollar budget" in reason


def test_an_unexpected_error_releases_the_reservation(gateway, monkeypatch):
    import medllm_utils.gateway as G

    def boom(*a, **k):
        raise KeyError("not a MedLLMError")

    monkeypatch.setattr(G, "_create", boom)
    h = {"Authorization": f"Bearer {gateway.token_of['participant-02']}"}
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=h, json={"messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 500 and "nothing was charged" in r.json()["error"]["message"]
    u = gateway.usage["participant-02"]
    assert (u.requests, u.reserved_tokens, u.tokens) == (0, 0, 0)


def test_streamed_responses_pass_through_and_are_charged(gateway, fake, monkeypatch):
    as_participant(monkeypatch, gateway, "participant-02")
    pieces = list(m.stream_chat("one two three"))
    assert "".join(pieces).split() == ["echo:", "one", "two", "three"]
    u = gateway.usage["participant-02"]
    assert (u.requests, u.prompt_tokens, u.completion_tokens, u.reserved_tokens) == (1, 10, 3, 0)
    assert fake.requests[-1]["stream"] is True and fake.requests[-1]["max_tokens"] >= 1


def test_concurrent_calls_cannot_overshoot_a_budget(gateway):
    tok = gateway.token_of["participant-01"]
    body = {"model": "x", "messages": [{"role": "user", "content": "race"}], "seed": 0}

    def call(i):
        return httpx.post(gateway.url + "/v1/chat/completions", headers={"Authorization": f"Bearer {tok}"},
                          json={**body, "seed": i}, timeout=10).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(call, range(8)))
    assert codes.count(200) == 3 and codes.count(429) == 5


def test_identical_requests_are_served_once(gateway, fake):
    body = {"model": "x", "messages": [{"role": "user", "content": "shared question"}], "temperature": 0}
    for name in ("participant-01", "participant-02"):
        r = httpx.post(gateway.url + "/v1/chat/completions",
                       headers={"Authorization": f"Bearer {gateway.token_of[name]}"}, json=body)
        assert r.status_code == 200
    assert len(fake.requests) == 1
    assert gateway.usage["participant-02"].cache_hits == 1


def test_phi_guard_blocks_identifiers(gateway, fake, monkeypatch):
    as_participant(monkeypatch, gateway, "participant-01")
    # the participant's own client refuses first (its PHI guard) ...
    with pytest.raises(m.MedLLMError, match="possible identifiers"):
        m.chat("Call Mrs. Jones at 555-201-3344 about her labs", cache=m.ResponseCache(mode="off"))
    # ... and a client that overrides it is still stopped by the gateway's guard
    with pytest.raises(m.MedLLMError, match="patient identifiers.*phone"):
        m.chat("Call Mrs. Jones at 555-201-3344 about her labs", cache=m.ResponseCache(mode="off"), allow_phi=True)
    assert fake.requests == [] and gateway.usage["participant-01"].requests == 0


def test_unknown_parameters_are_refused(gateway):
    h = {"Authorization": f"Bearer {gateway.token_of['participant-01']}"}
    msgs = [{"role": "user", "content": "x"}]
    r = httpx.post(gateway.url + "/v1/chat/completions", headers=h, json={"messages": msgs, "functions": []})
    assert r.status_code == 400 and "functions" in r.json()["error"]["message"]


def test_usage_log_and_admin_report_hold_no_prompts(gateway):
    h = {"Authorization": f"Bearer {gateway.token_of['participant-01']}"}
    httpx.post(gateway.url + "/v1/chat/completions", headers=h,
               json={"messages": [{"role": "user", "content": "secret synthetic prompt"}]})
    log = gateway.log_path.read_text()
    assert "secret synthetic prompt" not in log
    assert json.loads(log.splitlines()[-1])["participant"] == "participant-01"
    assert httpx.get(gateway.url + "/admin/usage").status_code == 401
    rep = httpx.get(gateway.url + "/admin/usage", headers={"Authorization": f"Bearer {gateway.admin_token}"}).json()
    assert {p["participant"] for p in rep["participants"]} == {"participant-01", "participant-02", "participant-03"}
    assert gateway.report().set_index("participant").loc["participant-01", "requests"] == 1


def test_tokens_file(tmp_path):
    tokens = make_tokens(30)
    assert len(tokens) == 30 and len(set(tokens)) == 30
    write_tokens(tokens, tmp_path / "tokens.csv")
    raw = (tmp_path / "tokens.csv").read_bytes()
    assert b"\r" not in raw                                  # `cut -d, -f2` gives a usable token
    lines = raw.decode().splitlines()
    assert lines[0] == "participant,token" and lines[1].startswith("participant-01,ws-")
    assert (tmp_path / "tokens.csv").stat().st_mode & 0o077 == 0
    with pytest.raises(ValueError):
        make_tokens(0)
