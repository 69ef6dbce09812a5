"""Test tiers, applied to every test the README's command collects (tests/ and the package's doctests).

* ``unit`` — no model and no network: scripted test servers on 127.0.0.1 only. Every test without
  another tier marker is a unit test, and a unit test that reaches the embedded language model, the
  fine-tuning base model or the embedding model fails at once with a message saying what to mark.
* ``model`` — the embedded model and the real training path, on tiny inputs.
* ``notebooks`` — every chapter executed with small parameters (tests/test_chapters.py).

Run one tier with ``-m unit`` (about a minute), ``-m model`` or ``-m notebooks``.
Every tier may talk to 127.0.0.1 only: a connection anywhere else fails the test.

Parallel runs (pytest-xdist, ``-n 2``; the README's command uses one worker per core): each worker
starts its own offline server in its own runtime folder, so a test that stops or restarts "the
shared server" only touches its own worker's, and the cores are shared out — a worker's server,
kernels, torch and BLAS get ``cores // workers`` threads (``offline.side_by_side_environment``). On 2 cores, chapters 1 and 2 ran in 136 s
side by side on one-thread servers against 182 s one after the other on a two-thread server
(benchmarks/run.py compares the two set-ups); llama.cpp's threads wait for each other, so two
two-thread servers on two cores are many times slower — what a worker's own in-process model
would be without its thread share.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import pytest

TIERS = ("unit", "model", "notebooks")
# Package doctests that load a model (their docstrings show a real call).
MODEL_DOCTESTS = {
    "medllm_utils.retrieval.Embedder",
    "medllm_utils.retrieval.DenseRetriever",
    "medllm_utils.prompts.KNNExemplars",
}


class TierError(RuntimeError):
    """A test used a resource its tier does not allow."""


def pytest_configure(config):
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:   # set before any model, kernel or server starts in this worker
        from medllm_utils import offline

        os.environ.update(offline.side_by_side_environment(
            worker, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")), os.cpu_count() or 1, dict(os.environ),
            offline.runtime_dir()))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.name in MODEL_DOCTESTS:
            item.add_marker(pytest.mark.model)
        if not any(item.get_closest_marker(t) for t in ("model", "notebooks")):
            item.add_marker(pytest.mark.unit)
    # The slow tiers first (a stable sort keeps each tier's own order): with several workers the
    # longest tests start first and the quick unit tests fill the gaps at the end.
    rank = {"notebooks": 0, "model": 1}
    items.sort(key=lambda item: min((rank[t] for t in rank if item.get_closest_marker(t)), default=2))


def _loopback(host) -> bool:
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _only_loopback(monkeypatch):
    """Network tests talk to 127.0.0.1 only; anything else is a test bug (and would hang offline)."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            raise TierError(f"a test tried to connect to {address[0]}:{address[1]}; tests may only use 127.0.0.1 "
                            "(start a scripted server, see tests/fake_openai.py)")

    def connect(sock, address):
        check(sock, address)
        return real_connect(sock, address)

    def connect_ex(sock, address):
        check(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@pytest.fixture(autouse=True)
def _unit_tests_use_no_model(request, monkeypatch):
    if request.node.get_closest_marker("model") or request.node.get_closest_marker("notebooks"):
        return
    from medllm_utils import finetune, offline, retrieval

    def refuse(what):
        def _refuse(*args, **kwargs):
            raise TierError(f"this unit test reached {what}: mark it @pytest.mark.model "
                            "or use the scripted server (tests/fake_openai.py)")
        return _refuse

    monkeypatch.setattr(offline, "ensure_server", refuse("the embedded offline model"))
    monkeypatch.setattr(finetune, "load_base_model", refuse("the fine-tuning base model"))
    monkeypatch.setattr(retrieval, "_load_engine", refuse("the MiniLM embedding model"))
