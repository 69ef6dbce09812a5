"""Test tiers, applied to every test the README's command collects (tests/ and the package's doctests).

* ``unit`` — no model and no network: scripted test servers on 127.0.0.1 only. Every test without
  another tier marker is a unit test, and a unit test that reaches the embedded language model, the
  fine-tuning base model or the embedding model fails at once with a message saying what to mark.
* ``model`` — the embedded model and the real training path, on tiny inputs.
* ``notebooks`` — every chapter executed with small parameters (tests/test_chapters.py).

Run one tier with ``-m unit`` (about a minute), ``-m model`` or ``-m notebooks``.
Every tier may talk to 127.0.0.1 only: a connection anywhere else fails the test.
"""

from __future__ import annotations

import ipaddress
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


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.name in MODEL_DOCTESTS:
            item.add_marker(pytest.mark.model)
        if not any(item.get_closest_marker(t) for t in ("model", "notebooks")):
            item.add_marker(pytest.mark.unit)


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
