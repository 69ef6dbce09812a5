"""Which backend a call goes to (chapter 0): the embedded offline model, OpenAI, Azure OpenAI or any
OpenAI-compatible server, chosen by argument, by :func:`use_backend` or by the environment (see
:mod:`medllm_utils.client` for the variables), and one cached ``openai`` client per backend.

>>> get_backend("offline").name
'offline'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import openai

from . import offline
from .cache import get_cache
from .errors import BackendUnreachableError, ConfigurationError

BACKENDS = ("offline", "openai", "azure", "compatible")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_AZURE_API_VERSION = "2024-10-21"


@dataclass(frozen=True)
class Backend:
    """A resolved backend: which kind, which model, where. Build it with :func:`get_backend`."""

    name: str
    model: str
    base_url: str | None = None  # None for offline (started on demand) and for api.openai.com
    api_version: str | None = None
    # Read from the environment when the backend is resolved, so a long-lived holder (the workshop
    # gateway) keeps its own credentials. Never shown in repr, never part of a cache key.
    api_key: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        where = {
            "offline": "embedded model on this CPU",
            "openai": "OpenAI API",
            "azure": f"Azure OpenAI at {self.base_url}",
            "compatible": f"OpenAI-compatible server at {self.base_url}",
        }[self.name]
        return f"backend {self.name} · model {self.model} · {where}"


_default_backend: tuple[str | None, str | None] = (None, None)
_default_base_url: str | None = None


def use_backend(name: str | None = None, model: str | None = None, base_url: str | None = None) -> Backend:
    """Set the backend (and model) used when a call names none; returns the resolved backend.

    ``use_backend(None)`` goes back to the environment's choice. Notebooks call this from their
    ``parameters`` cell so papermill can switch backends. ``base_url`` points the ``compatible``
    backend at a server without touching ``OPENAI_BASE_URL`` (chapter 4 serves its fine-tuned model
    this way).

    >>> use_backend("offline").name          # doctest: +SKIP
    'offline'
    """
    global _default_backend, _default_base_url
    if base_url and name != "compatible":
        raise ConfigurationError("base_url applies to the 'compatible' backend only.")
    previous = (_default_backend, _default_base_url)
    _default_backend, _default_base_url = (name, model), base_url
    try:
        return get_backend()  # validate the new default; keep the old one if it is unusable
    except Exception:
        _default_backend, _default_base_url = previous
        raise


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def get_backend(name: str | None = None, model: str | None = None) -> Backend:
    """Resolve a backend from arguments, then :func:`use_backend`, then the environment.

    Raises :class:`ConfigurationError` naming the variable to set when something is missing.
    """
    name = name or _default_backend[0] or _env("MEDLLM_BACKEND")
    model = model or (_default_backend[1] if not name or name == _default_backend[0] else None) or _env("MEDLLM_MODEL")
    if name is None:
        if _env("OPENAI_BASE_URL"):
            name = "compatible"
        elif _env("AZURE_OPENAI_ENDPOINT") and _env("AZURE_OPENAI_API_KEY"):
            name = "azure"
        elif _env("OPENAI_API_KEY"):
            name = "openai"
        else:
            name = "offline"
    name = name.strip().lower()
    if name not in BACKENDS:
        raise ConfigurationError(f"Unknown backend {name!r}; choose one of {', '.join(BACKENDS)} (MEDLLM_BACKEND).")

    if name == "offline":
        return Backend("offline", model or offline.MODEL_ID)
    if name == "openai":
        if not _env("OPENAI_API_KEY"):
            raise ConfigurationError(
                "The 'openai' backend needs an API key: set OPENAI_API_KEY "
                "(or use MEDLLM_BACKEND=offline to run the embedded model for free)."
            )
        return Backend("openai", model or DEFAULT_OPENAI_MODEL, api_key=_env("OPENAI_API_KEY"))
    if name == "azure":
        missing = [v for v in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY") if not _env(v)]
        if missing:
            raise ConfigurationError(f"The 'azure' backend needs {' and '.join(missing)} to be set.")
        deployment = model or _env("AZURE_OPENAI_DEPLOYMENT")
        if not deployment:
            raise ConfigurationError("The 'azure' backend needs a deployment name: set MEDLLM_MODEL (or pass model=).")
        return Backend("azure", deployment, _env("AZURE_OPENAI_ENDPOINT"),
                       _env("OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION, api_key=_env("AZURE_OPENAI_API_KEY"))
    # compatible
    base_url = _default_base_url or _env("OPENAI_BASE_URL")
    if not base_url:
        raise ConfigurationError(
            "The 'compatible' backend needs OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama."
        )
    key = _env("OPENAI_API_KEY")
    return Backend("compatible", model or _first_model(base_url, key), base_url, api_key=key)


@lru_cache(maxsize=8)
def _first_model(base_url: str, api_key: str | None) -> str:
    """Ask a compatible server which models it serves and take the first one (asked once per server)."""
    try:
        models = _openai_client(Backend("compatible", "", base_url, api_key=api_key)).models.list()
        first = next(iter(models), None)
    except openai.APIConnectionError:
        raise BackendUnreachableError(f"Could not reach the OpenAI-compatible server at {base_url}; "
                                      "is it running? (OPENAI_BASE_URL)") from None
    except openai.APIError as exc:
        raise ConfigurationError(f"Could not list the models of {base_url} ({exc.__class__.__name__}); "
                                 "set MEDLLM_MODEL.") from None
    if first is None:
        raise ConfigurationError(f"The server at {base_url} lists no models; set MEDLLM_MODEL.")
    return first.id


def _timeout(backend: Backend) -> float:
    default = 600.0 if backend.name == "offline" else 60.0  # offline requests queue behind each other
    return float(_env("MEDLLM_TIMEOUT") or default)


@lru_cache(maxsize=16)
def _client_for(name: str, base_url: str | None, api_version: str | None, timeout: float, retries: int,
                api_key: str | None):
    if name == "azure":
        return openai.AzureOpenAI(azure_endpoint=base_url, api_key=api_key, api_version=api_version,
                                  timeout=timeout, max_retries=retries)
    return openai.OpenAI(api_key=api_key or "not-needed", base_url=base_url, timeout=timeout, max_retries=retries)


def _openai_client(backend: Backend, refresh: bool = False) -> openai.OpenAI:
    """The ``openai`` client for ``backend`` (retries and timeouts are the client's own)."""
    base_url = offline.ensure_server(refresh) if backend.name == "offline" else backend.base_url
    retries = int(_env("MEDLLM_MAX_RETRIES") or 3)
    return _client_for(backend.name, base_url, backend.api_version, _timeout(backend), retries, backend.api_key)


@dataclass(frozen=True)
class BackendInfo:
    backend: str
    model: str
    where: str
    cache_mode: str
    cache_dir: str

    def __str__(self) -> str:
        return f"backend {self.backend} · model {self.model} · {self.where} · cache {self.cache_mode} ({self.cache_dir})"


def backend_info(name: str | None = None, model: str | None = None) -> BackendInfo:
    """Which backend and model calls will use, and where responses are cached.

    >>> print(backend_info())                # doctest: +SKIP
    backend offline · model smollm2-135m-instruct · embedded model on this CPU · cache readwrite (...)
    """
    b = get_backend(name, model)
    c = get_cache()
    return BackendInfo(b.name, b.model, b.describe().split(" · ", 2)[2], c.mode, str(c.directory))
