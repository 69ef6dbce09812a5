"""Serving a fine-tuned ``transformers`` model (chapter 4): greedy generation, answers constrained
to a label schema's choices (with a shared-prefix cache), and an OpenAI-compatible endpoint on
127.0.0.1 so the book's client calls the trained model exactly as it calls any backend.

* :func:`generate` — a greedy answer and its token counts;
* :func:`choice_generate` — the most likely of a fixed set of complete answers (the label contract);
* :func:`serve` — the model behind ``/v1/chat/completions`` (see :class:`ServedModel`).

>>> schema_choices({"type": "json_schema", "json_schema": {"schema": {"type": "object",
...     "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}}, "required": ["answer"]}}})
['{"answer": "yes"}', '{"answer": "no"}']
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from typing import Any

def generate(model, tok, messages: list[dict[str, str]], max_new_tokens: int = 32) -> tuple[str, int, int]:
    """Greedy answer of a ``transformers`` chat model; returns (text, prompt tokens, completion tokens)."""
    import torch

    ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
    if hasattr(ids, "input_ids"):
        ids = ids["input_ids"]
    with torch.no_grad():
        out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=tok.pad_token_id)
    new = out[0, ids.shape[1]:]
    return tok.decode(new, skip_special_tokens=True).strip(), int(ids.shape[1]), int(len(new))


def schema_choices(response_format: dict[str, Any] | None) -> list[str] | None:
    """The complete answers a ``json_schema`` response format allows when it is one string field
    with an ``enum`` (chapter 4's label contract), written as ``json.dumps`` writes them — the form
    the fine-tuning targets have; None for any other format.

    >>> rf = {"type": "json_schema", "json_schema": {"schema": {"type": "object",
    ...       "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}}, "required": ["answer"]}}}
    >>> schema_choices(rf)
    ['{"answer": "yes"}', '{"answer": "no"}']
    """
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return None
    schema = (response_format.get("json_schema") or {}).get("schema") or {}
    props = schema.get("properties") or {}
    if len(props) != 1:
        return None
    (key, field), = props.items()
    values = field.get("enum") if isinstance(field, dict) else None
    if not values or not all(isinstance(v, str) for v in values) or schema.get("required", [key]) != [key]:
        return None
    return [json.dumps({key: v}) for v in values]


class PrefixCache:
    """The key/value state of the last prompt a served model read, so that the next prompt which
    starts the same way (chapter 4: one patient's note, then each of its seven criteria) reads only
    its new tokens. Used by :func:`choice_generate`; one per served model, under its lock.

    A request cuts the state back to the tokens it shares with the previous one, so its answer does
    not depend on what came before (only the order of floating-point sums can differ slightly: a
    test checks the answers against decoding without the cache).
    """

    min_shared = 16   # fewer shared tokens than this: read the prompt from scratch

    def __init__(self) -> None:
        self.ids: list[int] = []   # the tokens whose keys and values `state` holds, in order
        self.state: Any = None
        self.hits = 0

    def take(self, ids: list[int]) -> tuple[int, Any]:
        """(shared tokens, state cut back to them) for a prompt ``ids``; (0, None) when too few."""
        n = 0
        for a, b in zip(self.ids, ids):
            if a != b:
                break
            n += 1
        n = min(n, len(ids) - 1)   # the model must read at least one new token
        state, self.ids, self.state = self.state, [], None   # taken: a failed request leaves nothing stale
        if n < self.min_shared or state is None:
            return 0, None
        extra = state.get_seq_length() - n
        if extra > 0:
            state.crop(-extra)   # transformers 5: a negative count removes that many tokens from the end
        self.hits += 1
        return n, state


def _cache_keyword(model) -> str:
    """The name under which this model's ``forward`` takes a key/value cache: ``cache`` from
    transformers 5 on (``past_key_values`` is deprecated there), ``past_key_values`` before."""
    import inspect

    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    return "cache" if "cache" in inspect.signature(core.forward).parameters else "past_key_values"


def choice_generate(model, tok, messages: list[dict[str, str]], choices: Sequence[str],
                    prefix_cache: PrefixCache | None = None) -> tuple[str, int, int]:
    """Greedy decoding restricted to ``choices``: at each step the most likely next token among those
    that continue some allowed answer — what a grammar-constrained server (the offline backend,
    hosted structured outputs) does with an ``enum``. Returns (text, prompt tokens, completion tokens).

    The model runs only where the answers part ways: tokens every remaining answer shares (the
    ``{"answer": "`` of a JSON label) are appended without asking the model and read with the next
    model call. With a :class:`PrefixCache`, a prompt that starts like the previous one reads only
    its new tokens.

    >>> choice_generate(model, tok, messages, ['{"answer": "yes"}', '{"answer": "no"}'])   # doctest: +SKIP
    ('{"answer": "no"}', 171, 5)
    """
    import torch

    ids = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
    if hasattr(ids, "input_ids"):
        ids = ids["input_ids"]
    prompt = [int(t) for t in ids[0]]
    options = [tok(c, add_special_tokens=False)["input_ids"] for c in choices]
    chosen: list[int] = []
    pending = list(prompt)   # tokens appended but not yet read by the model
    read: list[int] = []     # tokens whose keys and values `cache` holds
    cache = None
    cache_keyword = _cache_keyword(model)
    with torch.inference_mode():   # float32: at batch size 1, bfloat16 autocast was not faster here
        while True:
            alive = [o for o in options if o[:len(chosen)] == chosen]
            if any(len(o) == len(chosen) for o in alive):
                break
            allowed = sorted({o[len(chosen)] for o in alive})
            if len(allowed) > 1:   # a real choice: the model reads everything appended so far
                if cache is None and prefix_cache is not None:
                    shared, cache = prefix_cache.take(pending)
                    read, pending = pending[:shared], pending[shared:]
                state = {} if cache is None else {cache_keyword: cache}
                out = model(input_ids=torch.tensor([pending]), use_cache=True, logits_to_keep=1, **state)
                # transformers 5 names the KV cache `cache` (`past_key_values` before)
                cache = out.cache if "cache" in out else out.past_key_values
                read, pending = read + pending, []
                logits = out.logits[0, -1]
                nxt = allowed[int(torch.argmax(logits[allowed]))]
            else:
                nxt = allowed[0]
            chosen.append(nxt)
            pending.append(nxt)
    if prefix_cache is not None and cache is not None:
        prefix_cache.ids, prefix_cache.state = read, cache
    return tok.decode(chosen), len(prompt), len(chosen)


class ServedModel:
    """A ``transformers`` model behind an OpenAI-compatible ``/v1/chat/completions`` on 127.0.0.1,
    so the book's client (and any OpenAI tool) can call it like every other backend.

    Decoding is greedy. A ``json_schema`` response format that is one ``enum`` field (chapter 4's
    label contract) is enforced with :func:`choice_generate`, as the offline server's grammar
    enforces it for the prompted model, so both arms of a comparison answer under the same
    constraint; other formats are not enforced (the client still validates the output).
    """

    def __init__(self, model, tok, name: str):
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        from .localserver import ServerThread

        self.name = name
        self.prefix_cache = PrefixCache()
        lock = threading.Lock()

        async def chat(request: Request) -> JSONResponse:
            from starlette.concurrency import run_in_threadpool

            body = await request.json()
            if body.get("model") != name:
                return JSONResponse({"error": {"message": f"model {body.get('model')!r} is not served here; use {name!r}",
                                               "type": "invalid_request_error", "code": "model_not_found"}}, status_code=404)

            choices = schema_choices(body.get("response_format"))

            def run():
                with lock:  # one generation at a time on the CPU
                    if choices:
                        return choice_generate(model, tok, body["messages"], choices, self.prefix_cache)
                    return generate(model, tok, body["messages"], int(body.get("max_tokens") or 64))

            text, n_in, n_out = await run_in_threadpool(run)
            return JSONResponse({"id": f"chatcmpl-local-{time.time_ns()}", "object": "chat.completion",
                                 "created": int(time.time()), "model": name,
                                 "choices": [{"index": 0, "finish_reason": "stop",
                                              "message": {"role": "assistant", "content": text}}],
                                 "usage": {"prompt_tokens": n_in, "completion_tokens": n_out, "total_tokens": n_in + n_out}})

        async def models(_: Request) -> JSONResponse:
            return JSONResponse({"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "local"}]})

        app = Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"]), Route("/v1/models", models)])
        self._server = ServerThread(app)
        self.base_url = self._server.start() + "/v1"

    def stop(self) -> None:
        self._server.stop()


def serve(model, tok, name: str = "smollm2-135m-finetuned") -> ServedModel:
    """Serve a fine-tuned model on 127.0.0.1 and return it; point the client at it with
    ``use_backend("compatible", served.name, base_url=served.base_url)``."""
    return ServedModel(model, tok, name)
