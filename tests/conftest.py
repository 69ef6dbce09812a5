from __future__ import annotations

import pytest

import medllm_utils.cache as cache_mod
import medllm_utils.backends as backends_mod
from medllm_utils.cost import get_ledger

from .fake_openai import FakeOpenAI, ServerThread

_ENV = ("MEDLLM_BACKEND", "MEDLLM_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT",
        "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_DEPLOYMENT", "OPENAI_API_VERSION", "MEDLLM_TIMEOUT",
        "MEDLLM_MAX_RETRIES", "MEDLLM_CACHE")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """Every test starts with no backend configured, an empty private cache and an empty ledger."""
    for var in _ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("MEDLLM_CACHE_DIR", str(tmp_path / "cache"))
    cache_mod.set_cache(None)
    backends_mod._default_backend = (None, None)
    backends_mod._default_base_url = None
    backends_mod._client_for.cache_clear()
    backends_mod._first_model.cache_clear()
    get_ledger().reset()
    yield
    cache_mod.set_cache(None)
    backends_mod._client_for.cache_clear()


@pytest.fixture(scope="session")
def fake_server():
    fake = FakeOpenAI()
    with ServerThread(fake.app) as url:
        fake.url = url
        yield fake


@pytest.fixture
def fake(fake_server, monkeypatch):
    """The scripted server, reset, configured as the 'compatible' backend."""
    fake_server.reset()
    monkeypatch.setenv("OPENAI_BASE_URL", fake_server.url + "/v1")
    monkeypatch.setenv("MEDLLM_MODEL", "fake-model")
    return fake_server
