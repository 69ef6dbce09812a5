"""A scripted OpenAI-compatible server for testing the client's plumbing over real HTTP.

It is a test double, not a model: it answers ``echo: <last user message>`` (or whatever a test
queues), and can be told to fail the next requests with a status code or to stall past the
client's timeout. It also counts requests and the most requests it saw in flight at once.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from medllm_utils.localserver import ServerThread  # noqa: F401  (re-exported for the tests)


class FakeOpenAI:
    def __init__(self) -> None:
        self.failures: deque[int | str] = deque()  # status codes, or "stall"
        self.replies: deque[str | dict[str, Any]] = deque()  # a dict is a whole assistant message (tool_calls)
        self.ignore_n = False  # behave like servers that return one choice whatever ``n`` says
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.latency_s = 0.0
        self.stall_s = 5.0
        self.in_flight = 0
        self.max_in_flight = 0
        self.models = ["fake-model"]
        self._lock = threading.Lock()
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.chat, methods=["POST"]),
            Route("/v1/models", self.list_models),
        ])

    def reset(self) -> None:
        self.failures.clear()
        self.replies.clear()
        self.requests.clear()
        self.headers.clear()
        self.latency_s = 0.0
        self.max_in_flight = 0
        self.ignore_n = False

    async def list_models(self, _: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "test"}
                                                        for m in self.models]})

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        with self._lock:
            self.requests.append(body)
            self.headers.append(dict(request.headers))
            failure = self.failures.popleft() if self.failures else None
            reply = self.replies.popleft() if self.replies else None
            counted = failure != "stall"  # a stalled request may outlive its test: leave it out
            self.in_flight += counted
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.latency_s:
                await asyncio.sleep(self.latency_s)
            if failure == "stall":
                await asyncio.sleep(self.stall_s)
            elif isinstance(failure, int):
                return JSONResponse({"error": {"message": f"injected {failure}", "type": "test", "code": None}},
                                    status_code=failure, headers={"retry-after-ms": "10"})
            if body.get("model") not in self.models:
                return JSONResponse({"error": {"message": f"The model `{body.get('model')}` does not exist",
                                               "type": "invalid_request_error", "code": "model_not_found"}},
                                    status_code=404)
            if isinstance(reply, dict):   # a whole message; its "logprobs" key goes to the choice
                reply = dict(reply)
                logprobs = reply.pop("logprobs", None)
                message = {"role": "assistant", "content": None, **reply}
                return JSONResponse({
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": body["model"],
                    "choices": [{"index": 0, "finish_reason": "tool_calls" if reply.get("tool_calls") else "stop",
                                 "message": message, "logprobs": logprobs}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                })
            text = reply if reply is not None else "echo: " + str(body["messages"][-1]["content"])
            if body.get("stream"):
                return StreamingResponse(self._stream(body, text), media_type="text/event-stream")
            n = 1 if self.ignore_n else int(body.get("n") or 1)
            per_choice = min(5, int(body.get("max_tokens") or 5))   # honours max_tokens, as real servers do
            return JSONResponse({
                "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": i, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
                            for i in range(n)],
                "usage": {"prompt_tokens": 10, "completion_tokens": per_choice * n, "total_tokens": 10 + per_choice * n},
            })
        finally:
            with self._lock:
                self.in_flight -= counted

    def _stream(self, body: dict[str, Any], text: str):
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
        for word in text.split(" "):
            chunk = {**base, "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}
            yield f"data: {json.dumps(chunk)}\n\n"
        if (body.get("stream_options") or {}).get("include_usage"):
            yield f"data: {json.dumps({**base, 'choices': [], 'usage': {'prompt_tokens': 10, 'completion_tokens': 3, 'total_tokens': 13}})}\n\n"
        yield "data: [DONE]\n\n"
