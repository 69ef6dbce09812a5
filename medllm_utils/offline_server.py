"""A small OpenAI-compatible server around the embedded offline model.

``medllm_utils`` starts it on 127.0.0.1 the first time the offline backend is used (see
:mod:`medllm_utils.offline`); you rarely run it yourself. It wraps ``llama_cpp.Llama`` directly
instead of llama-cpp-python's stock server because we need three things the stock server does not
do on our machines:

* **repeatable answers** — every prompt is read the same way whatever was asked before, so
  temperature 0 (or a fixed ``seed``) gives the same answer; the blocks a prompt shares with
  earlier ones are resumed, not read again, without changing a number (:mod:`.prompt_blocks`);
* **standard structured outputs** — ``response_format={"type": "json_schema", ...}`` (what
  ``client.chat.completions.parse(response_format=Model)`` sends) is translated into llama.cpp's
  grammar-constrained ``{"type": "json_object", "schema": ...}``;
* ``n > 1`` choices and a usage chunk at the end of a stream (``stream_options.include_usage``).

Endpoints: ``POST /v1/chat/completions``, ``GET /v1/models``, ``GET /health`` and a non-standard
``POST /tokenize`` used to show and count tokens.

Run by hand (for example to point another tool at it)::

    python -m medllm_utils.offline_server --port 8081
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .offline import default_threads
from .prompt_blocks import PROMPT_BLOCK, PromptBlocks

DEFAULT_MAX_TOKENS = 512

# Request fields passed to llama.cpp unchanged (OpenAI name -> llama-cpp-python name).
_PASSTHROUGH = {
    "temperature": "temperature",
    "top_p": "top_p",
    "stop": "stop",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "logit_bias": "logit_bias",
    "tools": "tools",
    "tool_choice": "tool_choice",
}


def _json_default(obj: Any) -> Any:
    """llama.cpp hands back numpy scalars (e.g. float32 logprobs); JSON needs plain numbers."""
    if hasattr(obj, "item"):
        return obj.item()
    raise TypeError(f"{type(obj).__name__} is not JSON serializable")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, default=_json_default)


class _JSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return _dumps(content).encode("utf-8")


def _error(status: int, message: str, *, type_: str = "invalid_request_error", code: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": type_, "param": None, "code": code}}, status_code=status)


def translate_response_format(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """Map an OpenAI ``response_format`` onto what llama-cpp-python understands.

    >>> translate_response_format({"type": "json_schema", "json_schema": {"name": "a", "schema": {"type": "object"}}})
    {'type': 'json_object', 'schema': {'type': 'object'}}
    >>> translate_response_format({"type": "text"}) is None
    True
    """
    if not response_format:
        return None
    kind = response_format.get("type")
    if kind == "text":
        return None
    if kind == "json_object":
        return {k: v for k, v in response_format.items() if k in ("type", "schema")}
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}
        schema = spec.get("schema")
        if not isinstance(schema, dict):
            raise ValueError("response_format.json_schema.schema must be a JSON schema object")
        return {"type": "json_object", "schema": schema}
    raise ValueError(f"unsupported response_format type {kind!r}; use 'text', 'json_object' or 'json_schema'")


# llama-cpp-python's schema converter lets raw control characters (e.g. newlines) into strings,
# which is not valid JSON; the rule below is the JSON standard's (and llama.cpp's own JSON grammar's).
_STRICT_CHAR_RULE = r'''char ::= [^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F])'''


@lru_cache(maxsize=64)
def schema_grammar(schema_json: str):
    """A llama.cpp grammar that only admits valid JSON matching the schema."""
    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    gbnf = json_schema_to_gbnf(schema_json)
    lines = [_STRICT_CHAR_RULE if line.startswith("char ::=") else line for line in gbnf.splitlines()]
    return LlamaGrammar.from_string("\n".join(lines), verbose=False)


class ModelRunner:
    """Owns one ``llama_cpp.Llama`` and serialises requests to it (it is not thread-safe)."""

    def __init__(self, model_path: str, *, n_ctx: int = 8192, n_threads: int | None = None, model_id: str | None = None,
                 flash_attn: bool = True, reuse_prompts: bool = True):
        self.model_path = model_path
        self.model_id = model_id or "smollm2-135m-instruct"
        self.aliases = {
            self.model_id.lower(),
            os.path.basename(model_path).lower(),
            os.path.splitext(os.path.basename(model_path))[0].lower(),
            "smollm2-135m-instruct-q4_1",
            "smollm2-135m-instruct-q8_0",
        }
        self.n_threads = n_threads or default_threads()
        self.n_ctx = n_ctx
        # llama.cpp's fused attention reads prompts 15-30% faster on 2 AVX2 cores (more for longer
        # prompts; benchmarks/run.py) and is as repeatable; its rounding differs, so some answers do
        self.flash_attn = flash_attn
        # Resume prompts from the blocks they share with earlier ones (prompt_blocks); False evaluates
        # every prompt whole, from scratch, as llama.cpp does by itself (benchmarks/run.py compares)
        self.reuse_prompts = reuse_prompts
        # Logits for every prompt token cost about a fifth of the prompt time and a large buffer, and
        # only logprob requests need them: those go to a second instance, created when first needed.
        self.llm = self._load(logits_all=False)
        self._llm_logprobs: Any = None
        self._blocks: dict[int, PromptBlocks] = {}     # per engine: the prompt blocks it holds and has saved
        self._templates: dict[int, Any] = {}     # per engine: its chat template, compiled
        self.lock = threading.Lock()
        # What changes answers: llama.cpp's version, the weights, the attention kernel and the prompt blocks
        self.fingerprint = (f"llama.cpp-{_llama_version()}-{os.path.basename(model_path)}{'-fa' if flash_attn else ''}"
                            f"-{f'blocks{PROMPT_BLOCK}' if reuse_prompts else 'whole'}")

    def _load(self, logits_all: bool):
        from llama_cpp import Llama

        llm = Llama(model_path=self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads,
                    n_threads_batch=self.n_threads, logits_all=logits_all, flash_attn=self.flash_attn, verbose=False)
        if not logits_all and os.environ.get("MEDLLM_OFFLINE_FAST_GRAMMAR", "1") != "0":
            from .constrained import install

            install(llm)   # greedy JSON answers: identical tokens, fewer grammar checks
        return llm

    def _engine(self, kw: dict[str, Any]):
        if not kw.get("logprobs"):
            return self.llm
        if self._llm_logprobs is None:
            self._llm_logprobs = self._load(logits_all=True)
        return self._llm_logprobs

    # -- helpers -----------------------------------------------------------------------------
    def knows(self, name: str | None) -> bool:
        return name is None or name.lower() in self.aliases

    def _kwargs(self, body: dict[str, Any]) -> dict[str, Any]:
        kw: dict[str, Any] = {out: body[inp] for inp, out in _PASSTHROUGH.items() if body.get(inp) is not None}
        kw.setdefault("temperature", 1.0)  # the OpenAI default
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens") or DEFAULT_MAX_TOKENS
        kw["max_tokens"] = int(max_tokens)
        if body.get("logprobs"):
            kw["logprobs"] = True
            kw["top_logprobs"] = int(body.get("top_logprobs") or 0)
        rf = translate_response_format(body.get("response_format"))
        if rf is not None and "schema" in rf:
            kw["grammar"] = schema_grammar(json.dumps(rf["schema"], sort_keys=True))
        elif rf is not None:
            kw["response_format"] = rf  # llama.cpp's generic JSON grammar
        return kw

    def _seed(self, body: dict[str, Any], index: int) -> int:
        seed = body.get("seed")
        if seed is None:
            return secrets.randbits(31)
        return (int(seed) + index) & 0x7FFFFFFF

    def _formatter(self, llm):
        """The model's chat template, ending with the generation prompt as llama-cpp-python renders
        it (compiled once per engine); None for a model without a template."""
        if id(llm) not in self._templates:
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter

            template = llm.metadata.get("tokenizer.chat_template")
            names = {t: llm._model.token_get_text(t) for t in (llm.token_eos(), llm.token_bos())}
            self._templates[id(llm)] = None if not template else Jinja2ChatFormatter(
                template=template, eos_token=names[llm.token_eos()], bos_token=names[llm.token_bos()],
                add_generation_prompt=True)
        return self._templates[id(llm)]

    def _prompt_ids(self, llm, messages: list[dict[str, Any]], kw: dict[str, Any]) -> list[int] | None:
        """The prompt's tokens exactly as ``create_chat_completion`` evaluates them; None where we do
        not render it ourselves (tools, non-text content, a model without a chat template)."""
        if kw.get("tools") or not all(isinstance(m.get("content"), str) for m in messages):
            return None
        formatter = self._formatter(llm)
        if formatter is None:
            return None
        try:
            r = formatter(messages=messages)
        except Exception:  # a message the template cannot render: the normal path reports it
            return None
        return llm.tokenize(r.prompt.encode("utf-8"), add_bos=not r.added_special, special=True)

    def _blocks_for(self, llm) -> PromptBlocks:
        """The prompt blocks of one engine (states are saved only for the engine without per-token logits)."""
        if id(llm) not in self._blocks:
            self._blocks[id(llm)] = PromptBlocks(llm, save_states=llm is self.llm)
        return self._blocks[id(llm)]

    def _run(self, messages: list[dict[str, Any]], kw: dict[str, Any], seed: int, stream: bool, *, fresh: bool = True):
        """One completion, independent of earlier requests (see :mod:`medllm_utils.prompt_blocks`).

        The 2nd..nth choices of one request reuse the prompt evaluated for the 1st (the same every
        time, so the request stays repeatable)."""
        llm = self._engine(kw)
        if fresh:
            ids = self._prompt_ids(llm, messages, kw) if self.reuse_prompts else None
            if ids is None:
                llm.reset()
                self._blocks_for(llm).forget()
            else:
                self._blocks_for(llm).prepare(ids)
        return llm.create_chat_completion(messages=messages, seed=seed, stream=stream, **kw)

    # -- endpoints' work ---------------------------------------------------------------------
    def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        messages = body["messages"]
        kw = self._kwargs(body)
        n = int(body.get("n") or 1)
        choices: list[dict[str, Any]] = []
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        with self.lock:
            for i in range(n):
                out = self._run(messages, kw, self._seed(body, i), stream=False, fresh=i == 0)
                self._blocks_for(self._engine(kw)).check()
                choice = out["choices"][0]
                choice["index"] = i
                choices.append(choice)
                u = out.get("usage") or {}
                usage["prompt_tokens"] = u.get("prompt_tokens", 0)  # the same prompt each time
                usage["completion_tokens"] += u.get("completion_tokens", 0)
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return {
            "id": "chatcmpl-" + secrets.token_hex(12),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.model_id,
            "system_fingerprint": self.fingerprint,
            "choices": choices,
            "usage": usage,
        }

    def stream(self, body: dict[str, Any]) -> Iterator[str]:
        messages = body["messages"]
        kw = self._kwargs(body)
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        cid = "chatcmpl-" + secrets.token_hex(12)
        created = int(time.time())
        with self.lock:
            completion_tokens = 0
            finish = None
            for chunk in self._run(messages, kw, self._seed(body, 0), stream=True):
                delta = chunk["choices"][0].get("delta") or {}
                if delta.get("content"):
                    completion_tokens += 1
                finish = chunk["choices"][0].get("finish_reason") or finish
                chunk.update(id=cid, created=created, model=self.model_id, system_fingerprint=self.fingerprint)
                yield f"data: {_dumps(chunk)}\n\n"
            self._blocks_for(self._engine(kw)).check()
            # After a reset the context holds the prompt and the generated tokens, except the last
            # one sampled when generation stopped at max_tokens (it is never evaluated).
            prompt_tokens = max(self._engine(kw).n_tokens - completion_tokens + (finish == "length"), 0)
        if include_usage:
            usage = {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            }
            final = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": self.model_id,
                     "system_fingerprint": self.fingerprint, "choices": [], "usage": usage}
            yield f"data: {_dumps(final)}\n\n"
        yield "data: [DONE]\n\n"

    def tokenize(self, text: str) -> dict[str, Any]:
        with self.lock:
            ids = self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)
            pieces = [self.llm.detokenize([i]).decode("utf-8", errors="replace") for i in ids]
        return {"tokens": ids, "pieces": pieces, "count": len(ids)}


def _llama_version() -> str:
    try:
        import llama_cpp

        return llama_cpp.__version__
    except Exception:  # pragma: no cover - only for the fingerprint string
        return "unknown"


def create_app(runner: ModelRunner) -> Starlette:
    """Build the Starlette app serving ``runner``."""

    async def health(_: Request) -> Response:
        return JSONResponse({"status": "ok", "model": runner.model_id, "model_path": runner.model_path,
                             "flash_attn": runner.flash_attn, "pid": os.getpid()})

    async def models(_: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": runner.model_id, "object": "model", "created": 0, "owned_by": "local"}]})

    async def chat_completions(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "Request body is not valid JSON.")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list) or not body["messages"]:
            return _error(400, "'messages' must be a non-empty list of {role, content} objects.", code="invalid_messages")
        if not runner.knows(body.get("model")):
            return _error(404, f"The model `{body.get('model')}` does not exist on the offline server; "
                               f"it serves `{runner.model_id}`.", code="model_not_found")
        try:
            if body.get("stream"):
                runner._kwargs(body)  # validate before the stream starts
                return StreamingResponse(runner.stream(body), media_type="text/event-stream")
            return _JSON(await run_in_threadpool(runner.complete, body))
        except (ValueError, TypeError, KeyError) as exc:
            return _error(400, str(exc))

    async def tokenize(request: Request) -> Response:
        body = await request.json()
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return _error(400, "send {'text': '...'}")
        from starlette.concurrency import run_in_threadpool

        return JSONResponse(await run_in_threadpool(runner.tokenize, body["text"]))

    return Starlette(routes=[
        Route("/health", health),
        Route("/v1/models", models),
        Route("/v1/chat/completions", chat_completions, methods=["POST"]),
        Route("/tokenize", tokenize, methods=["POST"]),
    ])


def _watch_parent(parent_pid: int) -> None:
    """Stop the server when the process that started it is gone (no orphaned servers)."""

    def loop() -> None:
        while True:
            time.sleep(2)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os.kill(os.getpid(), signal.SIGTERM)
                return
            except PermissionError:  # pragma: no cover - alive, owned by another user
                pass

    threading.Thread(target=loop, daemon=True, name="parent-watch").start()


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    from .offline import serving_model_path as default_model_path

    p = argparse.ArgumentParser(description="Serve the embedded offline model with an OpenAI-compatible API.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--model", default=None, help="path to a GGUF file (default: the embedded SmolLM2)")
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--ctx", type=int, default=8192)
    p.add_argument("--flash-attn", choices=("on", "off"), default="on",
                   help="llama.cpp's fused attention (default on: faster prompts, slightly different rounding)")
    p.add_argument("--parent-pid", type=int, default=None, help="exit when this process exits")
    args = p.parse_args(argv)

    runner = ModelRunner(args.model or str(default_model_path()), n_ctx=args.ctx, n_threads=args.threads,
                         flash_attn=args.flash_attn == "on")
    if args.parent_pid:
        _watch_parent(args.parent_pid)
    uvicorn.run(create_app(runner), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
