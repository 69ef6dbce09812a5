"""Workshop gateway: one OpenAI-compatible endpoint for a room full of participants.

The instructor starts it with their own key (or the offline model); each participant gets a
personal token and points the notebooks at the gateway with two environment variables. The
gateway forwards chat requests to the instructor's backend through :mod:`medllm_utils.client`,
so it inherits the record/replay cache (identical requests from many participants are answered
once) and the cost ledger. It also

* rejects unknown tokens (401) and participants over budget (429: requests, tokens or dollars),
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
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .cache import ResponseCache
from .client import Backend, _create, as_messages, get_backend
from .privacy import phi_kinds
from .errors import MedLLMError

_ALLOWED = {"messages", "model", "temperature", "top_p", "max_tokens", "max_completion_tokens", "seed", "stop",
            "n", "logprobs", "top_logprobs", "response_format", "presence_penalty", "frequency_penalty",
            "tools", "tool_choice"}


@dataclass
class Budget:
    requests: int = 500
    tokens: int = 200_000
    usd: float = 1.00


@dataclass
class Usage:
    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    usd: float = 0.0
    cache_hits: int = 0
    rejected: int = 0

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

    def __post_init__(self) -> None:
        self.usage: dict[str, Usage] = {name: Usage() for name in self.tokens.values()}
        self._lock = threading.Lock()

    # -- helpers -------------------------------------------------------------------------------
    def participant(self, request: Request) -> str | None:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        return self.tokens.get(token)

    def over_budget(self, u: Usage) -> str | None:
        b = self.budget
        if u.requests >= b.requests:
            return f"request budget used up ({u.requests} of {b.requests} requests)"
        if u.tokens >= b.tokens:
            return f"token budget used up ({u.tokens:,} of {b.tokens:,} tokens)"
        if u.usd >= b.usd:
            return f"dollar budget used up (${u.usd:.4f} of ${b.usd:.2f})"
        return None

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
        if body.get("stream"):
            return _error(400, "The workshop gateway does not stream; call without stream=True.")
        unknown = set(body) - _ALLOWED - {"stream", "stream_options", "user"}
        if unknown:
            return _error(400, f"Unsupported parameters for the workshop gateway: {sorted(unknown)}.")
        with self._lock:
            u = self.usage[who]
            reason = self.over_budget(u)
            if reason:
                u.rejected += 1
            else:
                u.requests += 1  # reserve the slot now so concurrent calls cannot overshoot
        if reason:
            self.log(participant=who, status=429, reason=reason)
            # x-should-retry: the openai client would otherwise retry a 429 with back-off
            return _error(429, f"Workshop budget for {who}: {reason}. Ask your instructor for more.", "budget_exceeded",
                          headers={"x-should-retry": "false"})
        if self.phi_guard:
            text = " ".join(str(m.get("content", "")) for m in body["messages"] if isinstance(m, dict))
            kinds = phi_kinds(text)
            if kinds:
                with self._lock:
                    u.requests -= 1
                    u.rejected += 1
                self.log(participant=who, status=400, reason="phi", kinds=kinds)
                return _error(400, f"This request looks like it contains patient identifiers ({', '.join(kinds)}). "
                                   "Remove them: only synthetic, de-identified text may leave this room.", "phi_detected")
        params = {k: v for k, v in body.items() if k in _ALLOWED and k not in ("messages", "model")}
        request_body = {"model": self.upstream.model, "messages": as_messages(body["messages"]), **params}
        try:
            reply = await run_in_threadpool(_create, self.upstream, request_body, cache=self.cache, label=f"gateway:{who}")
        except MedLLMError as exc:
            with self._lock:
                u.requests -= 1
            self.log(participant=who, status=502, reason=type(exc).__name__)
            return _error(502, f"Upstream model error: {exc}", "upstream_error", type_="api_error")
        usage = reply.response.usage
        pt, ct = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
        cost = reply.cost_usd or 0.0  # priced once, by the ledger (0 for replays; unknown prices count as 0)
        with self._lock:
            u.prompt_tokens += pt
            u.completion_tokens += ct
            u.usd += cost
            u.cache_hits += int(reply.cached)
        self.log(participant=who, status=200, model=self.upstream.model, prompt_tokens=pt, completion_tokens=ct,
                 usd=round(cost, 8), cached=reply.cached)
        return JSONResponse(reply.response.model_dump(mode="json", exclude_none=True))

    async def models(self, request: Request) -> Response:
        if self.participant(request) is None:
            return _error(401, "Unknown workshop token.", "invalid_api_key")
        return JSONResponse({"object": "list", "data": [{"id": self.upstream.model, "object": "model", "created": 0,
                                                         "owned_by": "workshop-gateway"}]})

    async def admin_usage(self, request: Request) -> Response:
        if request.headers.get("authorization", "") != f"Bearer {self.admin_token}":
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
        w = csv.writer(fh)
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
    p.add_argument("--budget-usd", type=float, default=1.00)
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
    gw = Gateway(upstream, tokens, Budget(args.budget_requests, args.budget_tokens, args.budget_usd),
                 cache=ResponseCache(out / "cache", mode="readwrite"), phi_guard=guard, log_path=out / "usage.jsonl")
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
