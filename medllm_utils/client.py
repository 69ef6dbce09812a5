"""One client for every backend: the embedded offline model, OpenAI, Azure OpenAI, or any
OpenAI-compatible server (Ollama, vLLM, llama.cpp).

All calls go through the official ``openai`` package, so what a notebook does offline is exactly
what it does against a hosted model. The backend is chosen by argument or environment:

==================  ===================================================================
``MEDLLM_BACKEND``  ``offline`` | ``openai`` | ``azure`` | ``compatible`` (optional; see below)
``MEDLLM_MODEL``    model name (for Azure: the *deployment* name)
``OPENAI_API_KEY``  key for ``openai`` (and for ``compatible`` servers that want one)
``OPENAI_BASE_URL`` URL of an OpenAI-compatible server, e.g. ``http://localhost:11434/v1``
``AZURE_OPENAI_ENDPOINT``, ``AZURE_OPENAI_API_KEY``, ``OPENAI_API_VERSION``  for ``azure``
``MEDLLM_TIMEOUT``, ``MEDLLM_MAX_RETRIES``  per-request timeout (s) and retries on 429/5xx/timeouts
==================  ===================================================================

Without ``MEDLLM_BACKEND`` the first configured backend wins: ``OPENAI_BASE_URL`` → compatible,
Azure endpoint and key → azure, ``OPENAI_API_KEY`` → openai, otherwise **offline** — the default
when no key is set, so everything runs with no key, no cost and no internet.

>>> from medllm_utils import chat, complete_json, backend_info
>>> print(backend_info())                                            # doctest: +SKIP
backend offline · model smollm2-135m-instruct · embedded model on this CPU · cache readwrite
>>> reply = chat("Name one symptom of anemia.", temperature=0)      # doctest: +SKIP
>>> reply.text, reply.usage.total_tokens                              # doctest: +SKIP
"""

from __future__ import annotations

import os
import secrets
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, TypeVar

import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from . import offline
from .audit import audit_from_env
# backend selection lives in .backends; its public names stay importable from here
from .backends import (  # noqa: F401
    BACKENDS,
    Backend,
    BackendInfo,
    _openai_client,
    backend_info,
    get_backend,
    use_backend,
)
from .cache import ResponseCache, get_cache
from .cost import count_tokens, get_ledger
from .errors import (
    BackendUnreachableError,
    ConfigurationError,
    MedLLMError,
    ModelNotFoundError,
    OutputValidationError,
    RequestRefusedError,
)
from .privacy import check_phi, may_store


Messages = str | Sequence[dict[str, Any]]
T = TypeVar("T", bound=BaseModel)


# --------------------------------------------------------------------------------------------
# Calls
# --------------------------------------------------------------------------------------------
@dataclass
class Reply:
    """A model's answer: ``str(reply)`` is the text; the full API response is kept alongside."""

    text: str
    response: ChatCompletion
    backend: str
    model: str
    cached: bool
    latency_s: float
    cost_usd: float | None = None  # as recorded in the ledger: 0 for replays and the offline model, None if unpriced

    def __str__(self) -> str:
        return self.text

    @property
    def usage(self):
        return self.response.usage

    @property
    def texts(self) -> list[str]:
        """All choices' texts (more than one when ``n > 1``)."""
        return [c.message.content or "" for c in self.response.choices]

    def token_logprobs(self) -> list[dict[str, Any]]:
        """Per generated token: the token, its logprob and the top alternatives (needs ``logprobs=True``)."""
        lp = self.response.choices[0].logprobs
        if lp is None or not lp.content:
            raise MedLLMError("This reply carries no logprobs: call chat(..., logprobs=True, top_logprobs=5).")
        return [{"token": t.token, "logprob": t.logprob,
                 "top": {a.token: a.logprob for a in (t.top_logprobs or [])}} for t in lp.content]


def as_messages(prompt: Messages, system: str | None = None) -> list[dict[str, Any]]:
    """Turn a string (or a message list) into a chat message list, with an optional system message.

    >>> as_messages("Hi", system="Be brief.")
    [{'role': 'system', 'content': 'Be brief.'}, {'role': 'user', 'content': 'Hi'}]
    """
    if isinstance(prompt, str):
        msgs = [{"role": "user", "content": prompt}]
    else:
        msgs = [dict(m) for m in prompt]
        for i, m in enumerate(msgs):
            if "role" not in m or "content" not in m:
                raise ValueError(f"message {i} must have 'role' and 'content' keys, got {sorted(m)}")
    if system is not None:
        msgs = [{"role": "system", "content": system}, *msgs]
    return msgs


def _call(backend: Backend, request: dict[str, Any]) -> ChatCompletion:
    """One real API call, with the ``openai`` errors turned into messages that say what to do."""
    for attempt in (1, 2):
        client = _openai_client(backend, refresh=attempt > 1)
        try:
            return client.chat.completions.create(**request)
        except openai.APIConnectionError as exc:
            if backend.name == "offline" and attempt == 1:
                continue  # the shared server may have gone with its owner: check again, restart if needed
            kind = "timed out" if isinstance(exc, openai.APITimeoutError) else "failed"
            raise BackendUnreachableError(
                f"Connection to the {backend.name} backend at {client.base_url} {kind}. "
                "Is the server running and the URL right?"
            ) from None
        except openai.AuthenticationError:
            var = "AZURE_OPENAI_API_KEY" if backend.name == "azure" else "OPENAI_API_KEY"
            raise ConfigurationError(f"The {backend.name} backend rejected the API key; check {var}.") from None
        except openai.NotFoundError as exc:
            raise ModelNotFoundError(
                f"The {backend.name} backend does not serve model {backend.model!r}: {_api_message(exc)} "
                "Set MEDLLM_MODEL (for Azure: the deployment name)."
            ) from None
        except openai.BadRequestError as exc:
            raise RequestRefusedError(f"The {backend.name} backend refused the request: {_api_message(exc)}") from None
        except openai.RateLimitError as exc:
            if exc.code in ("insufficient_quota", "budget_exceeded"):
                raise MedLLMError(f"The {backend.name} backend refused: {_api_message(exc)}") from None
            raise MedLLMError(
                f"The {backend.name} backend is still rate-limiting after {client.max_retries} retries "
                f"({_api_message(exc)}). Lower batch(max_workers=...), wait, or raise MEDLLM_MAX_RETRIES."
            ) from None
        except openai.APIStatusError as exc:
            raise MedLLMError(
                f"The {backend.name} backend failed with HTTP {exc.status_code} after {client.max_retries} retries: "
                f"{_api_message(exc)}"
            ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _api_message(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error", body) if isinstance(body, dict) else {}
    return str(err.get("message") if isinstance(err, dict) and err.get("message") else exc.message)


def _create(backend: Backend, request: dict[str, Any], *, cache: ResponseCache | None, label: str,
            allow_phi: bool = False) -> Reply:
    """Cached, ledgered call: the single path every chat request takes. A prompt with possible
    identifiers is answered but not written to the cache (``allow_phi`` or ``MEDLLM_CACHE_PHI=allow``
    to store it)."""
    cache = get_cache() if cache is None else cache
    ledger = get_ledger()
    # the offline model's answers also depend on its settings (weights, attention, threads): part of the key
    engine = {"engine": offline.engine_settings()} if backend.name == "offline" else {}
    key = cache.key({"backend": backend.name, **engine, **request}) if cache.mode != "off" else None
    record = cache.get(key) if key else None
    if record is not None:
        response = ChatCompletion.model_validate(record["response"])
        usage = response.usage
        row = ledger.record(backend=backend.name, model=backend.model, prompt_tokens=usage.prompt_tokens if usage else 0,
                            completion_tokens=usage.completion_tokens if usage else 0, latency_s=0.0, cached=True,
                            label=label, model_latency_s=record.get("latency_s"))
        _audit(backend, request, row)
        return Reply(response.choices[0].message.content or "", response, backend.name, backend.model, True, 0.0,
                     row.cost_usd)

    log, call_id = _audit_intent(backend, request, label)   # written before any money is spent
    t0 = time.perf_counter()
    try:
        response = _call(backend, request)
    except Exception as exc:
        _audit_outcome(log, call_id, backend, request, label, error=type(exc).__name__)
        raise
    latency = time.perf_counter() - t0
    if not response.choices:
        raise MedLLMError(f"The {backend.name} backend returned no choices for model {backend.model!r}.")
    usage = response.usage
    prompt_tokens = usage.prompt_tokens if usage else count_tokens(request["messages"])
    completion_tokens = usage.completion_tokens if usage else sum(count_tokens(t or "") for t in
                                                                  (c.message.content for c in response.choices))
    row = ledger.record(backend=backend.name, model=backend.model, prompt_tokens=prompt_tokens,
                        completion_tokens=completion_tokens, latency_s=latency, cached=False, label=label)
    if key and may_store(request["messages"], allow_phi):
        cache.put(key, {
            "key": key,
            "backend": backend.name,
            "recorded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "latency_s": round(latency, 4),
            "request": request,
            "response": response.model_dump(mode="json", exclude_none=True),
        })
    _audit_outcome(log, call_id, backend, request, label, row=row)
    return Reply(response.choices[0].message.content or "", response, backend.name, backend.model, False, latency,
                 row.cost_usd)


def _audit(backend: Backend, request: dict[str, Any], row: Any) -> None:
    """One ``call`` line in the audit log at ``MEDLLM_AUDIT_LOG`` (if set) for an answer replayed
    from the cache: metadata and the prompt's hash."""
    log = audit_from_env()
    if log is not None:
        log.append(backend=backend.name, model=backend.model, prompt=request["messages"], prompt_tokens=row.prompt_tokens,
                   completion_tokens=row.completion_tokens, cost_usd=row.cost_usd, label=row.label, cached=row.cached)


def _audit_intent(backend: Backend, request: dict[str, Any], label: str) -> tuple[Any, str | None]:
    """The ``intent`` line before a model call. If it cannot be written the call is not made."""
    log = audit_from_env()
    if log is None:
        return None, None
    call_id = secrets.token_hex(8)
    log.append(backend=backend.name, model=backend.model, prompt=request["messages"], label=label, event="intent",
               call_id=call_id)
    return log, call_id


def _audit_outcome(log: Any, call_id: str | None, backend: Backend, request: dict[str, Any], label: str, *,
                   row: Any = None, error: str | None = None) -> None:
    """The ``outcome`` line after a model call (tokens and cost, or the error's type — never its text,
    which may quote the prompt). The answer is already paid for: a failed write warns, it never
    loses the reply."""
    if log is None:
        return
    try:
        log.append(backend=backend.name, model=backend.model, prompt=request["messages"], label=label, event="outcome",
                   call_id=call_id, status="error" if error else "ok", error=error,
                   prompt_tokens=row.prompt_tokens if row else None, completion_tokens=row.completion_tokens if row else None,
                   cost_usd=row.cost_usd if row else None)
    except OSError as exc:
        warnings.warn(f"the audit log could not record the outcome of call {call_id}: {exc}", stacklevel=3)


def chat(prompt: Messages, *, system: str | None = None, backend: str | None = None, model: str | None = None,
         cache: ResponseCache | None = None, label: str = "", **params: Any) -> Reply:
    """Send a prompt (a string or a list of messages) and return the model's :class:`Reply`.

    ``params`` are chat-completions parameters passed through unchanged: ``temperature``, ``seed``,
    ``max_tokens``, ``logprobs``, ``top_logprobs``, ``n``, ``stop``, ``response_format``, ``tools``...
    ``label`` tags the call in the cost ledger. Text that looks like it carries patient identifiers
    is refused for backends not marked compliant (see :func:`medllm_utils.privacy.check_phi`);
    ``allow_phi=True`` overrides for text you know is synthetic.

    >>> reply = chat("What does HbA1c measure?", temperature=0, max_tokens=60)   # doctest: +SKIP
    >>> print(reply)                                                               # doctest: +SKIP
    """
    b = get_backend(backend, model)
    allow_phi = params.pop("allow_phi", False)
    request = {"model": b.model, "messages": as_messages(prompt, system), **params}
    check_phi(request["messages"], b.name, allow_phi)
    return _create(b, request, cache=cache, label=label, allow_phi=allow_phi)


def json_schema_format(schema: type[BaseModel]) -> dict[str, Any]:
    """The standard ``response_format`` for a pydantic model (strict JSON schema, as OpenAI expects)."""
    from openai.lib._pydantic import to_strict_json_schema  # the SDK's own converter, as .parse() uses

    return {"type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": to_strict_json_schema(schema), "strict": True}}


def complete_json(prompt: Messages, schema: type[T], *, system: str | None = None, backend: str | None = None,
                  model: str | None = None, cache: ResponseCache | None = None, label: str = "",
                  **params: Any) -> T:
    """Ask for JSON matching the pydantic model ``schema`` and return a validated instance.

    Uses the standard structured-output ``response_format`` (``json_schema``); the offline server
    turns it into grammar-constrained decoding. Output that still fails validation raises
    :class:`OutputValidationError` with the raw text and the validation errors.

    >>> from pydantic import BaseModel
    >>> class Verdict(BaseModel):
    ...     rationale: str
    ...     answer: str
    >>> complete_json("Is a 70-year-old eligible for a trial requiring age >= 18?", Verdict)  # doctest: +SKIP
    Verdict(rationale='...', answer='...')
    """
    reply = chat(prompt, system=system, backend=backend, model=model, cache=cache, label=label,
                 response_format=json_schema_format(schema), **params)
    return parse_json_reply(reply.text, schema)


def parse_json_reply(text: str, schema: type[T]) -> T:
    """Validate ``text`` against ``schema``; raise :class:`OutputValidationError` saying what is wrong."""
    try:
        return schema.model_validate_json(text)
    except ValidationError as exc:
        errors = [f"{'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}" for e in exc.errors()]
        snippet = text if len(text) <= 200 else text[:200] + "…"
        raise OutputValidationError(
            f"The model's output does not match {schema.__name__}: {'; '.join(errors[:3])}. Output was: {snippet!r}",
            raw=text, errors=errors) from None


def stream_chat(prompt: Messages, *, system: str | None = None, backend: str | None = None,
                model: str | None = None, label: str = "", **params: Any) -> Iterator[str]:
    """Yield the answer piece by piece as the model writes it (streamed calls are not cached).

    >>> for piece in stream_chat("List three causes of fatigue."):   # doctest: +SKIP
    ...     print(piece, end="")
    """
    b = get_backend(backend, model)
    allow_phi = params.pop("allow_phi", False)
    request = {"model": b.model, "messages": as_messages(prompt, system), "stream": True,
               "stream_options": {"include_usage": True}, **params}
    check_phi(request["messages"], b.name, allow_phi)
    log, call_id = _audit_intent(b, request, label)
    t0 = time.perf_counter()
    pieces: list[str] = []
    usage = None
    error: str | None = "stream closed before the end"   # until the last chunk arrives
    try:
        stream = _openai_client(b).chat.completions.create(**request)
        for chunk in stream:
            if chunk.usage is not None:
                usage = chunk.usage
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
                yield chunk.choices[0].delta.content
        error = None
    except openai.APIConnectionError:
        error = "APIConnectionError"
        raise BackendUnreachableError(f"Connection to the {b.name} backend failed while streaming.") from None
    except Exception as exc:
        error = type(exc).__name__
        raise
    finally:
        row = get_ledger().record(
            backend=b.name, model=b.model,
            prompt_tokens=usage.prompt_tokens if usage else count_tokens(request["messages"]),
            completion_tokens=usage.completion_tokens if usage else count_tokens("".join(pieces)),
            latency_s=time.perf_counter() - t0, cached=False, label=label)
        _audit_outcome(log, call_id, b, request, label, row=row, error=error)


def batch(items: Sequence[Any], fn: Callable[..., Any] = chat, *, max_workers: int = 8, desc: str | None = None,
          return_exceptions: bool = True, progress: bool = True, **kwargs: Any) -> list[Any]:
    """Run ``fn(item, **kwargs)`` for every item with bounded concurrency; results keep input order.

    A failing item does not stop the others: its slot holds the exception (or, with
    ``return_exceptions=False``, the first error is raised after all items ran).

    >>> prompts = [f"Spell out the abbreviation {a}." for a in ("BP", "HR", "CBC")]
    >>> replies = batch(prompts, temperature=0, max_tokens=20)                      # doctest: +SKIP
    >>> [str(r) for r in replies]                                                    # doctest: +SKIP
    """
    from tqdm.auto import tqdm

    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    results: list[Any] = [None] * len(items)

    def run(i: int) -> None:
        try:
            results[i] = fn(items[i], **kwargs)
        except Exception as exc:  # captured per item, by design
            results[i] = exc

    show = progress and os.environ.get("MEDLLM_PROGRESS", "1") != "0"  # MEDLLM_PROGRESS=0: no bars (book builds)
    with ThreadPoolExecutor(max_workers=max_workers) as pool, \
            tqdm(total=len(items), desc=desc or getattr(fn, "__name__", "batch"), disable=not show) as bar:
        for fut in [pool.submit(run, i) for i in range(len(items))]:
            fut.add_done_callback(lambda _: bar.update(1))
        pool.shutdown(wait=True)
    if not return_exceptions:
        for r in results:
            if isinstance(r, Exception):
                raise r
    return results
