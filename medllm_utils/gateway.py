"""Workshop gateway: one OpenAI-compatible endpoint for a room full of participants.

The instructor starts it with their own key (or the offline model); each participant gets a
personal token and points the notebooks at the gateway with two environment variables. The
gateway forwards chat requests to the instructor's backend through :mod:`medllm_utils.client`,
so it inherits the record/replay cache (identical requests from many participants are answered
once) and the cost ledger. It also

* rejects unknown tokens (401) and participants over budget (429: requests, tokens or dollars);
  admission **reserves** the most a request can cost — an upper bound on its prompt tokens plus
  ``max_tokens × n`` — before forwarding it and settles the real usage afterwards, so concurrent
  requests cannot overshoot a budget (``max_tokens`` is lowered to what the budget has left);
* caps ``max_tokens`` and ``n``, and refuses to start with a dollar budget for a model it has no
  price for unless one is given (``--price-in/--price-out``);
* passes streamed responses through (counted against the budget like any other call),
* refuses text that looks like it carries patient identifiers (PHI guard, on by default for
  hosted upstreams),
* logs one JSON line per request (who, tokens, cost, cached, status — never the prompt), and
* prints a usage report when stopped (or at ``GET /admin/usage`` with the admin token).

Start it (the instructor)::

    python -m medllm_utils.gateway --participants 30 --budget-usd 0.50 --port 8787
    # with a hosted model: OPENAI_API_KEY=... python -m medllm_utils.gateway --backend openai --model gpt-4o-mini

Participants::

    export OPENAI_BASE_URL=http://<instructor-address>:8787/v1
    export OPENAI_API_KEY=<their token>
"""

from __future__ import annotations

import argparse
import csv
import hmac
import json
import os
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from starlette.applications import Starlette
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .cache import ResponseCache
from .client import Backend, _create, _openai_client, as_messages, get_backend
from .cost import lookup_price
from .errors import ConfigurationError, MedLLMError
from .privacy import phi_kinds

_ALLOWED = {"messages", "model", "temperature", "top_p", "max_tokens", "max_completion_tokens", "seed", "stop",
            "n", "logprobs", "top_logprobs", "response_format", "presence_penalty", "frequency_penalty",
            "tools", "tool_choice"}


@dataclass
class Budget:
    """Per participant. ``usd=None``: no dollar budget (e.g. an unpriced upstream)."""
    requests: int = 500
    tokens: int = 200_000
    usd: float | None = 1.00


@dataclass
class Limits:
    """Per request: the largest ``max_tokens`` and ``n`` the gateway forwards."""
    max_tokens: int = 1024
    n: int = 5


def prompt_token_bound(body: dict[str, Any]) -> int:
    """An upper bound on a request's prompt tokens: every UTF-8 byte of the messages (and of any
    tools or schema) as one token — byte-level tokenizers never produce more — plus 8 per message
    and 16 for the chat template. Generous on purpose: admission must never underestimate.

    >>> prompt_token_bound({"messages": [{"role": "user", "content": "hello"}]})
    29
    """
    size = sum(len(str(m.get("content") or "").encode("utf-8")) + 8 for m in body.get("messages", [])
               if isinstance(m, dict))
    for extra in ("tools", "response_format"):
        if body.get(extra):
            size += len(json.dumps(body[extra]).encode("utf-8"))
    return size + 16


@dataclass
class Usage:
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    usd: float = 0.0
    cache_hits: int = 0
    rejected: int = 0
    reserved_tokens: int = 0   # held by requests in flight
    reserved_usd: float = 0.0

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Gateway:
    """State of a running gateway: participants, budgets, usage, upstream backend."""

    upstream: Backend
    tokens: dict[str, str]  # token -> participant name
    budget: Budget = field(default_factory=Budget)
    cache: ResponseCache | None = None
    phi_guard: bool = True
    log_path: Path | None = None
    admin_token: str = field(default_factory=lambda: "admin-" + secrets.token_urlsafe(12))
    price: tuple[float, float] | None = None  # USD per 1M (input, output); None: the price table's
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        self.usage: dict[str, Usage] = {name: Usage() for name in self.tokens.values()}
        self._lock = threading.Lock()
        if self.price is None:
            self.price = (0.0, 0.0) if self.upstream.name == "offline" else lookup_price(self.upstream.model)
        if self.price is None and self.budget.usd is not None:
            raise ConfigurationError(
                f"No price is known for {self.upstream.model!r}, so a dollar budget cannot be enforced: give one "
                "(--price-in/--price-out USD per million tokens, or Gateway(price=(input, output))) or drop the "
                "dollar budget (--budget-usd 0 → none).")

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        p_in, p_out = self.price or (0.0, 0.0)
        return (prompt_tokens * p_in + completion_tokens * p_out) / 1_000_000

    # -- helpers -------------------------------------------------------------------------------
    def participant(self, request: Request) -> str | None:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        return self.tokens.get(token)

    def admit(self, u: Usage, prompt_bound: int, want_completion: int) -> tuple[str | None, int]:
        """Under the lock: reserve a request slot and its worst-case tokens and dollars. Returns a
        refusal reason, or None and the ``max_tokens`` per choice the request may use (lowered so
        that even the worst case fits what the budget has left)."""
        b = self.budget
        if u.requests >= b.requests:
            return f"request budget used up ({u.requests} of {b.requests} requests)", 0
        left = b.tokens - u.tokens - u.reserved_tokens
        completion = min(want_completion, left - prompt_bound)
        if self.price and b.usd is not None and self.price[1] > 0:
            usd_left = b.usd - u.usd - u.reserved_usd - self.cost(prompt_bound, 0)
            completion = min(completion, int(usd_left * 1_000_000 / self.price[1]))
        elif self.price and b.usd is not None and u.usd + u.reserved_usd + self.cost(prompt_bound, 0) > b.usd:
            completion = 0
        if completion < 1:
            if left - prompt_bound < 1:
                return (f"token budget used up ({u.tokens:,} of {b.tokens:,} tokens used, "
                        f"{max(u.reserved_tokens, 0):,} reserved by requests in flight)"), 0
            return f"dollar budget used up (${u.usd:.4f} of ${b.usd:.2f})", 0
        return None, completion

    def _reserve(self, u: Usage, tokens: int, usd: float) -> None:
        u.requests += 1
        u.reserved_tokens += tokens
        u.reserved_usd += usd

    def _settle(self, u: Usage, tokens: int, usd: float, *, prompt_tokens: int = 0, completion_tokens: int = 0,
                cost: float = 0.0, cached: bool = False, failed: bool = False) -> None:
        with self._lock:
            u.reserved_tokens -= tokens
            u.reserved_usd -= usd
            if failed:
                u.requests -= 1
                return
            u.prompt_tokens += prompt_tokens
            u.completion_tokens += completion_tokens
            u.usd += cost
            u.cache_hits += int(cached)

    def log(self, **row: Any) -> None:
        if self.log_path is None:
            return
        line = json.dumps({"time": round(time.time(), 3), **row})
        with self._lock, open(self.log_path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    def report(self) -> pd.DataFrame:
        """One row per participant: requests, tokens, dollars, cache hits, rejections."""
        rows = [{"participant": name, "requests": u.requests, "prompt_tokens": u.prompt_tokens,
                 "completion_tokens": u.completion_tokens, "usd": round(u.usd, 6), "cache_hits": u.cache_hits,
                 "rejected": u.rejected} for name, u in sorted(self.usage.items())]
        return pd.DataFrame(rows)

    # -- the endpoint ---------------------------------------------------------------------------
    async def chat(self, request: Request) -> Response:
        who = self.participant(request)
        if who is None:
            return _error(401, "Unknown workshop token: set OPENAI_API_KEY to the token your instructor gave you.",
                          "invalid_api_key")
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "Request body is not valid JSON.")
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "'messages' must be a list of chat messages.")
        unknown = set(body) - _ALLOWED - {"stream", "stream_options", "user"}
        if unknown:
            return _error(400, f"Unsupported parameters for the workshop gateway: {sorted(unknown)}.")
        n = int(body.get("n") or 1)
        asked = body.get("max_completion_tokens") or body.get("max_tokens")
        if not 1 <= n <= self.limits.n:
            return _error(400, f"n={n} is over this workshop's limit of {self.limits.n} choices per request.")
        if asked is not None and not 1 <= int(asked) <= self.limits.max_tokens:
            return _error(400, f"max_tokens={asked} is over this workshop's limit of {self.limits.max_tokens}.")
        if self.phi_guard:
            text = " ".join(str(m.get("content", "")) for m in body["messages"] if isinstance(m, dict))
            kinds = phi_kinds(text)
            if kinds:
                with self._lock:
                    self.usage[who].rejected += 1
                self.log(participant=who, status=400, reason="phi", kinds=kinds)
                return _error(400, f"This request looks like it contains patient identifiers ({', '.join(kinds)}). "
                                   "Remove them: only synthetic, de-identified text may leave this room.", "phi_detected")
        prompt_bound = prompt_token_bound(body)
        u = self.usage[who]
        with self._lock:
            reason, per_choice = self.admit(u, prompt_bound, int(asked or self.limits.max_tokens) * n)
            per_choice = per_choice // n if not reason else 0
            if not reason and per_choice < 1:
                reason = "token budget used up (not enough left for one token per choice)"
            if reason:
                u.rejected += 1
            else:
                held_tokens = prompt_bound + per_choice * n
                held_usd = self.cost(prompt_bound, per_choice * n)
                self._reserve(u, held_tokens, held_usd)   # before forwarding: concurrent calls see it
        if reason:
            self.log(participant=who, status=429, reason=reason)
            # x-should-retry: the openai client would otherwise retry a 429 with back-off
            return _error(429, f"Workshop budget for {who}: {reason}. Ask your instructor for more.", "budget_exceeded",
                          headers={"x-should-retry": "false"})
        params = {k: v for k, v in body.items() if k in _ALLOWED and k not in ("messages", "model", "max_completion_tokens")}
        params["max_tokens"] = per_choice
        request_body = {"model": self.upstream.model, "messages": as_messages(body["messages"]), **params}
        if body.get("stream"):
            return await self._stream(who, u, request_body, held_tokens, held_usd, prompt_bound)
        try:
            reply = await run_in_threadpool(_create, self.upstream, request_body, cache=self.cache, label=f"gateway:{who}")
        except Exception as exc:  # every failure releases what was reserved
            self._settle(u, held_tokens, held_usd, failed=True)
            self.log(participant=who, status=502, reason=type(exc).__name__)
            if isinstance(exc, MedLLMError):
                return _error(502, f"Upstream model error: {exc}", "upstream_error", type_="api_error")
            return _error(500, "The gateway failed on this request (logged for the instructor); nothing was charged.",
                          "gateway_error", type_="api_error")
        usage = reply.response.usage
        pt, ct = (usage.prompt_tokens, usage.completion_tokens) if usage else (prompt_bound, per_choice * n)
        cost = 0.0 if reply.cached else self.cost(pt, ct)
        self._settle(u, held_tokens, held_usd, prompt_tokens=pt, completion_tokens=ct, cost=cost, cached=reply.cached)
        self.log(participant=who, status=200, model=self.upstream.model, prompt_tokens=pt, completion_tokens=ct,
                 usd=round(cost, 8), cached=reply.cached)
        return JSONResponse(reply.response.model_dump(mode="json", exclude_none=True))

    async def _stream(self, who: str, u: Usage, request_body: dict[str, Any], held_tokens: int, held_usd: float,
                      prompt_bound: int) -> Response:
        """Pass a streamed response through chunk by chunk, then charge the usage it reports (or,
        when the upstream sends none, the reserved worst case).

        The charge is settled *before* the closing ``[DONE]`` event, so a client that has read the
        whole stream always sees its usage already counted."""
        request_body = {**request_body, "stream": True, "stream_options": {"include_usage": True}}
        try:
            stream = await run_in_threadpool(_openai_client(self.upstream).chat.completions.create, **request_body)
        except Exception as exc:
            self._settle(u, held_tokens, held_usd, failed=True)
            self.log(participant=who, status=502, reason=type(exc).__name__)
            return _error(502, "Upstream model error while opening the stream.", "upstream_error", type_="api_error")

        def settle(usage: Any) -> None:
            pt, ct = ((usage.prompt_tokens, usage.completion_tokens) if usage   # else: the worst case reserved
                      else (prompt_bound, held_tokens - prompt_bound))
            cost = self.cost(pt, ct)
            self._settle(u, held_tokens, held_usd, prompt_tokens=pt, completion_tokens=ct, cost=cost)
            self.log(participant=who, status=200, model=self.upstream.model, prompt_tokens=pt,
                     completion_tokens=ct, usd=round(cost, 8), cached=False, stream=True)

        async def events():
            usage, settled = None, False
            try:
                async for chunk in iterate_in_threadpool(iter(stream)):
                    if chunk.usage is not None:
                        usage = chunk.usage
                    yield f"data: {chunk.model_dump_json(exclude_none=True)}\n\n"
                settle(usage)
                settled = True
                yield "data: [DONE]\n\n"
            finally:
                if not settled:          # the client went away or the upstream broke mid-stream
                    settle(usage)

        return StreamingResponse(events(), media_type="text/event-stream")

    async def models(self, request: Request) -> Response:
        if self.participant(request) is None:
            return _error(401, "Unknown workshop token.", "invalid_api_key")
        return JSONResponse({"object": "list", "data": [{"id": self.upstream.model, "object": "model", "created": 0,
                                                         "owned_by": "workshop-gateway"}]})

    async def admin_usage(self, request: Request) -> Response:
        given = request.headers.get("authorization", "").encode()
        if not hmac.compare_digest(given, f"Bearer {self.admin_token}".encode()):   # constant time
            return _error(401, "Admin token required.", "invalid_api_key")
        return JSONResponse({"budget": asdict(self.budget), "participants": self.report().to_dict("records")})

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/models", self.models),
            Route("/admin/usage", self.admin_usage),
            Route("/health", lambda _: JSONResponse({"status": "ok"})),
        ])


def _error(status: int, message: str, code: str | None = None, type_: str = "invalid_request_error",
           headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": type_, "param": None, "code": code}}, status_code=status,
                        headers=headers)


def make_tokens(n: int, prefix: str = "participant") -> dict[str, str]:
    """``n`` fresh random tokens mapped to participant names ``participant-01`` …"""
    if n < 1:
        raise ValueError("a workshop needs at least one participant")
    return {"ws-" + secrets.token_urlsafe(16): f"{prefix}-{i:02d}" for i in range(1, n + 1)}


def write_tokens(tokens: dict[str, str], path: Path) -> None:
    """Save the participant tokens as CSV (participant, token) for the instructor to hand out."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")   # a token copied with cut must not keep a \r
        w.writerow(["participant", "token"])
        for token, name in sorted(tokens.items(), key=lambda kv: kv[1]):
            w.writerow([name, token])
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    p = argparse.ArgumentParser(prog="python -m medllm_utils.gateway", description=__doc__.split("\n\n")[0])
    p.add_argument("--participants", type=int, default=30)
    p.add_argument("--backend", default=None, help="upstream backend (default: from the environment, else offline)")
    p.add_argument("--model", default=None)
    p.add_argument("--host", default="127.0.0.1", help="use 0.0.0.0 to accept participants on your network")
    p.add_argument("--port", type=int, default=8787)
    p.add_argument("--budget-requests", type=int, default=500)
    p.add_argument("--budget-tokens", type=int, default=200_000)
    p.add_argument("--budget-usd", type=float, default=1.00, help="0 for no dollar budget")
    p.add_argument("--price-in", type=float, default=None, help="upstream price, USD per 1M input tokens")
    p.add_argument("--price-out", type=float, default=None, help="upstream price, USD per 1M output tokens")
    p.add_argument("--max-tokens", type=int, default=1024, help="largest max_tokens a request may ask for")
    p.add_argument("--max-n", type=int, default=5, help="largest n (choices per request)")
    p.add_argument("--phi-guard", choices=["auto", "on", "off"], default="auto",
                   help="auto: on for hosted upstreams, off for the offline model")
    p.add_argument("--dir", default="workshop", help="folder for tokens.csv and usage.jsonl")
    args = p.parse_args(argv)

    try:
        upstream = get_backend(args.backend, args.model)
    except MedLLMError as exc:
        raise SystemExit(f"error: {exc}") from None
    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    tokens = make_tokens(args.participants)
    write_tokens(tokens, out / "tokens.csv")
    guard = args.phi_guard == "on" or (args.phi_guard == "auto" and upstream.name != "offline")
    if (args.price_in is None) != (args.price_out is None):
        raise SystemExit("error: give both --price-in and --price-out")
    price = (args.price_in, args.price_out) if args.price_in is not None else None
    try:
        gw = Gateway(upstream, tokens, Budget(args.budget_requests, args.budget_tokens, args.budget_usd or None),
                     cache=ResponseCache(out / "cache", mode="readwrite"), phi_guard=guard, log_path=out / "usage.jsonl",
                     price=price, limits=Limits(args.max_tokens, args.max_n))
    except MedLLMError as exc:
        raise SystemExit(f"error: {exc}") from None
    print(f"Workshop gateway for {args.participants} participants → {upstream.describe()}")
    print(f"Tokens: {out / 'tokens.csv'}   Usage log: {out / 'usage.jsonl'}   PHI guard: {'on' if guard else 'off'}")
    print(f"Participants set:  OPENAI_BASE_URL=http://<this machine>:{args.port}/v1  OPENAI_API_KEY=<their token>")
    print(f"Admin usage:       curl -H 'Authorization: Bearer {gw.admin_token}' http://127.0.0.1:{args.port}/admin/usage")
    try:
        uvicorn.run(gw.app(), host=args.host, port=args.port, log_level="warning")
    finally:
        print("\nUsage report")
        print(gw.report().to_string(index=False))


if __name__ == "__main__":
    main()
