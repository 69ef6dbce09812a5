from __future__ import annotations

import pytest

from medllm_utils.cost import Ledger, estimate_cost, lookup_price, price_table


def test_price_table_is_dated_and_sourced():
    t = price_table()
    assert {"provider", "model", "input_usd_per_1m", "output_usd_per_1m", "as_of", "source"} <= set(t.columns)
    assert t["as_of"].notna().all() and t["source"].str.len().gt(0).all()
    assert (t["output_usd_per_1m"] >= t["input_usd_per_1m"]).all()


def test_lookup_longest_prefix():
    assert lookup_price("gpt-4o-mini") == (0.15, 0.60)
    assert lookup_price("gpt-4o-mini-2024-07-18") == (0.15, 0.60)
    assert lookup_price("gpt-4o-2024-08-06") == (2.50, 10.00)
    assert lookup_price("gpt-4omega") is None
    assert lookup_price("llama3") is None


def test_estimate_cost():
    assert estimate_cost(prompt_tokens=2_000_000, completion_tokens=1_000_000, model="gpt-4o") == pytest.approx(15.0)
    assert estimate_cost(prompt_tokens=10**6, completion_tokens=10**6, model="anything", backend="offline") == 0.0
    assert estimate_cost(prompt_tokens=1, completion_tokens=1, model="unknown-model") is None


def test_ledger_summary_counts_cache_hits_and_costs():
    led = Ledger()
    led.record(backend="openai", model="gpt-4o-mini", prompt_tokens=1000, completion_tokens=500, latency_s=1.0, cached=False)
    led.record(backend="openai", model="gpt-4o-mini", prompt_tokens=1000, completion_tokens=500, latency_s=0.0, cached=True)
    led.record(backend="offline", model="smollm2-135m-instruct", prompt_tokens=50, completion_tokens=20, latency_s=0.3, cached=False)
    s = led.summary().set_index("backend")
    assert s.loc["openai", "calls"] == 2
    assert s.loc["openai", "model_calls"] == 1 and s.loc["openai", "cache_hits"] == 1
    assert s.loc["openai", "prompt_tokens"] == 2000
    assert s.loc["openai", "cost_usd"] == pytest.approx((1000 * 0.15 + 500 * 0.60) / 1e6)  # the hit is free
    assert s.loc["offline", "cost_usd"] == 0.0
    assert len(led.to_frame()) == 3
    led.reset()
    assert led.summary().empty


def test_unknown_price_is_reported_as_unknown_not_zero():
    led = Ledger()
    led.record(backend="compatible", model="llama3", prompt_tokens=10, completion_tokens=10, latency_s=0.1, cached=False)
    assert led.summary()["cost_usd"].isna().all()


@pytest.mark.model
def test_the_transformers_tokenizer_counts_like_llama_cpp():
    """Without llama-cpp-python (Colab with a key) tokens are counted by transformers from the same file."""
    pytest.importorskip("transformers")
    from medllm_utils import cost
    from medllm_utils.offline import model_path

    hf, llama = cost._HFVocab(model_path()), cost._vocab()
    for text in ("72F w/ HTN, T2DM (HbA1c 8.2%), eGFR 52 mL/min/1.73m2.", "Metformin 500 mg BID", "Ça va? — naïve café"):
        ids = hf.tokenize(text.encode())
        assert ids == llama.tokenize(text.encode(), add_bos=False, special=False)
        assert hf.detokenize(ids).decode() == text
