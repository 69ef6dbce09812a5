"""Run an ASGI app (Starlette) with uvicorn on a free port of 127.0.0.1 in a background thread.

Chapter 4 serves its fine-tuned models this way; the test suite runs its stand-in servers with it.

>>> from starlette.applications import Starlette
>>> with ServerThread(Starlette()) as url:
...     url.startswith("http://127.0.0.1:")
True
"""

from __future__ import annotations

import threading
import time

import uvicorn

from .errors import MedLLMError


class ServerThread:
    """``start()`` returns the root URL once the server listens; ``stop()`` shuts it down.
    Also a context manager (``with ServerThread(app) as url: ...``)."""

    def __init__(self, app, timeout_s: float = 15.0) -> None:
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.timeout_s = timeout_s

    def start(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + self.timeout_s
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise MedLLMError("the local server on 127.0.0.1 did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
