"""Tokens and dollars: count before a call, record after it.

* :func:`count_tokens` / :func:`tokenize` use the embedded model's own tokenizer (loaded in-process,
  vocabulary only). Hosted models use other tokenizers, so for them the count is an *estimate*,
  typically within 10–20 % for English clinical text.
* :func:`price_table` is a dated table of list prices (USD per million tokens) with its source;
  prices change, so check the provider's page before budgeting. Pass your own table to
  :class:`Ledger` to override it.
* :class:`Ledger` records one row per call (including calls answered from the cache, which cost
  nothing and are marked ``cached``); :meth:`Ledger.summary` turns it into a DataFrame.

>>> from medllm_utils.cost import estimate_cost
>>> round(estimate_cost(prompt_tokens=1_000_000, completion_tokens=0, model="gpt-4o-mini"), 2)
0.15
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from .errors import ConfigurationError


@lru_cache(maxsize=1)
def price_table() -> pd.DataFrame:
    """List prices per million tokens, one row per model, with the date and source of each price.

    >>> price_table().loc[lambda d: d.model == "gpt-4o-mini", "input_usd_per_1m"].item()
    0.15
    """
    with resources.files("medllm_utils").joinpath("resources/prices.csv").open() as fh:
        return pd.read_csv(fh)


def lookup_price(model: str, prices: pd.DataFrame | None = None) -> tuple[float, float] | None:
    """(input, output) USD per million tokens for ``model``, or None if unknown.

    Dated snapshots match their family by longest prefix: ``gpt-4o-2024-08-06`` → ``gpt-4o``.
    """
    table = price_table() if prices is None else prices
    name = (model or "").lower()
    best = None
    for row in table.itertuples():
        m = str(row.model).lower()
        if (name == m or name.startswith(m + "-")) and (best is None or len(m) > len(str(best.model))):
            best = row
    if best is None:
        return None
    return float(best.input_usd_per_1m), float(best.output_usd_per_1m)


def estimate_cost(*, prompt_tokens: int, completion_tokens: int, model: str, backend: str = "openai",
                  prices: pd.DataFrame | None = None) -> float | None:
    """Dollar cost of a call; 0 for the offline model, None when the model has no known price."""
    if backend == "offline":
        return 0.0
    p = lookup_price(model, prices)
    if p is None:
        return None
    return (prompt_tokens * p[0] + completion_tokens * p[1]) / 1_000_000


class _HFVocab:
    """The embedded model's tokenizer read by ``transformers`` from the same GGUF file, with the two
    methods of llama.cpp's vocabulary we use: for set-ups without llama-cpp-python (Colab with an
    API key skips compiling it). A test checks that both count the same tokens."""

    def __init__(self, path):
        import contextlib
        import io

        from transformers import AutoTokenizer

        with contextlib.redirect_stderr(io.StringIO()):
            self.tok = AutoTokenizer.from_pretrained(str(path.parent), gguf_file=path.name)

    def tokenize(self, data: bytes, add_bos: bool = False, special: bool = False) -> list[int]:
        return self.tok(data.decode("utf-8"), add_special_tokens=False)["input_ids"]

    def detokenize(self, ids: list[int]) -> bytes:
        return self.tok.convert_tokens_to_string(self.tok.convert_ids_to_tokens(ids)).encode("utf-8")


@lru_cache(maxsize=1)
def _vocab():
    from .offline import model_path

    try:
        from llama_cpp import Llama
        from llama_cpp._utils import suppress_stdout_stderr
    except ImportError:
        try:
            return _HFVocab(model_path())
        except ImportError:
            raise ConfigurationError("Counting tokens needs the embedded model's tokenizer: "
                                     "pip install 'medllm-primer[offline]' (or '[finetune]')") from None
    with suppress_stdout_stderr(disable=False):  # llama.cpp logs context warnings straight to fd 2
        return Llama(model_path=str(model_path()), vocab_only=True, verbose=False)


_vocab_lock = threading.Lock()


def tokenize(text: str) -> list[str]:
    """Split ``text`` into the embedded model's tokens (as strings).

    >>> tokenize("Metformin 500 mg")           # doctest: +SKIP
    ['Met', 'form', 'in', ' ', '5', '0', '0', ' mg']
    """
    with _vocab_lock:
        v = _vocab()
        ids = v.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        return [v.detokenize([i]).decode("utf-8", errors="replace") for i in ids]


def count_tokens(text_or_messages: str | list[dict[str, Any]]) -> int:
    """Number of tokens in a text or in the contents of a chat message list.

    Message lists add 4 tokens per message for the chat template's role markers.

    >>> count_tokens("Patient denies chest pain.")    # doctest: +SKIP
    6
    """
    if isinstance(text_or_messages, str):
        with _vocab_lock:
            return len(_vocab().tokenize(text_or_messages.encode("utf-8"), add_bos=False, special=False))
    return sum(count_tokens(str(m.get("content") or "")) + 4 for m in text_or_messages)


@dataclass
class LedgerRow:
    time: float
    backend: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    latency_s: float
    cached: bool
    label: str = ""
    model_latency_s: float | None = None  # the model's own time, also for replays (as recorded); None if unknown


@dataclass
class Ledger:
    """A thread-safe record of every call: tokens, dollars, latency, cache hits.

    >>> led = Ledger()
    >>> _ = led.record(backend="openai", model="gpt-4o-mini", prompt_tokens=1000, completion_tokens=100,
    ...            latency_s=0.5, cached=False)
    >>> s = led.summary().iloc[0]
    >>> int(s.calls), int(s.model_calls), float(s.cost_usd)
    (1, 1, 0.00021)
    """

    prices: pd.DataFrame | None = None
    rows: list[LedgerRow] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def record(self, *, backend: str, model: str, prompt_tokens: int, completion_tokens: int,
               latency_s: float, cached: bool, label: str = "", model_latency_s: float | None = None) -> LedgerRow:
        cost = 0.0 if cached else estimate_cost(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens,
                                                model=model, backend=backend, prices=self.prices)
        row = LedgerRow(time.time(), backend, model, int(prompt_tokens), int(completion_tokens), cost,
                        float(latency_s), bool(cached), label,
                        float(latency_s) if model_latency_s is None and not cached else model_latency_s)
        with self._lock:
            self.rows.append(row)
        if self is _ledger:
            from .runbook import append_export

            append_export("ledger", asdict(row))  # only when a book run (runbook) asked for it
        return row

    def to_frame(self) -> pd.DataFrame:
        """One row per call."""
        with self._lock:
            df = pd.DataFrame([asdict(r) for r in self.rows], columns=list(LedgerRow.__dataclass_fields__))
        df["time"] = pd.to_datetime(df["time"], unit="s")
        return df

    def summary(self, by: tuple[str, ...] = ("backend", "model")) -> pd.DataFrame:
        """Totals per backend and model: calls, real model calls, cache hits, tokens, dollars, latency."""
        df = self.to_frame()
        if df.empty:
            return pd.DataFrame(columns=[*by, "calls", "model_calls", "cache_hits", "prompt_tokens",
                                         "completion_tokens", "cost_usd", "mean_latency_s"])
        df["model_call"] = ~df["cached"]
        out = df.groupby(list(by), as_index=False).agg(
            calls=("cached", "size"),
            model_calls=("model_call", "sum"),
            cache_hits=("cached", "sum"),
            prompt_tokens=("prompt_tokens", "sum"),
            completion_tokens=("completion_tokens", "sum"),
            cost_usd=("cost_usd", lambda s: None if s.isna().any() else round(float(s.sum()), 6)),
            mean_latency_s=("latency_s", "mean"),
        )
        out["model_calls"] = out["model_calls"].astype(int)
        out["cache_hits"] = out["cache_hits"].astype(int)
        return out

    def reset(self) -> None:
        with self._lock:
            self.rows.clear()

    def __len__(self) -> int:
        return len(self.rows)


_ledger = Ledger()


def get_ledger() -> Ledger:
    """The process-wide ledger that :func:`medllm_utils.chat` writes to."""
    return _ledger
