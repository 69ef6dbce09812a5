"""medllm_utils — the helper package behind the *LLMs for Medicine* primer.

Every notebook of the book imports it. The main entry points:

>>> from medllm_utils import chat, complete_json, batch, backend_info
>>> print(chat("Say hi in three words"))          # doctest: +SKIP
>>> backend_info()                                 # doctest: +SKIP

With no API key set, calls go to an embedded small model (SmolLM2-135M-Instruct) that runs on
your own CPU; set ``MEDLLM_BACKEND`` (``offline``, ``openai``, ``azure``, ``compatible``) and the
usual OpenAI variables to use another backend. See ``book/setup.md`` for details.
"""

from __future__ import annotations

from .cache import ResponseCache, get_cache
from .client import (
    Backend,
    Reply,
    backend_info,
    batch,
    chat,
    complete_json,
    get_backend,
    stream_chat,
    use_backend,
)
from .cost import Ledger, count_tokens, estimate_cost, get_ledger, price_table, tokenize
from .errors import (
    BackendUnreachableError,
    CacheMissError,
    ConfigurationError,
    MedLLMError,
    ModelNotFoundError,
    OfflineModelError,
    OutputValidationError,
    RequestRefusedError,
)

__version__ = "0.1.0"

__all__ = [
    "Backend",
    "BackendUnreachableError",
    "CacheMissError",
    "ConfigurationError",
    "Ledger",
    "MedLLMError",
    "ModelNotFoundError",
    "OfflineModelError",
    "OutputValidationError",
    "Reply",
    "RequestRefusedError",
    "ResponseCache",
    "backend_info",
    "batch",
    "chat",
    "complete_json",
    "count_tokens",
    "estimate_cost",
    "get_backend",
    "get_cache",
    "get_ledger",
    "price_table",
    "stream_chat",
    "tokenize",
    "use_backend",
]
