"""Exceptions with messages that tell the reader what to do next.

Every error raised on purpose by :mod:`medllm_utils` derives from :class:`MedLLMError`, so a
notebook can catch them all with one ``except`` clause. The messages are short on purpose: they
name the setting to change or the command to run instead of showing a wall of traceback.
"""

from __future__ import annotations


class MedLLMError(RuntimeError):
    """Base class for all errors raised by ``medllm_utils``."""


class ConfigurationError(MedLLMError):
    """A backend was asked for but is not configured (missing key, endpoint, model name)."""


class BackendUnreachableError(MedLLMError):
    """The backend's server could not be reached at its URL."""


class RequestRefusedError(MedLLMError):
    """The backend rejected the request as invalid (HTTP 400), e.g. a parameter it does not support."""


class ModelNotFoundError(MedLLMError):
    """The backend does not serve the requested model (or Azure deployment)."""


class OutputValidationError(MedLLMError):
    """The model's output did not match the requested schema.

    ``raw`` holds the text the model produced, ``errors`` the validation messages.
    """

    def __init__(self, message: str, *, raw: str | None = None, errors: list[str] | None = None):
        super().__init__(message)
        self.raw = raw
        self.errors = errors or []


class CacheMissError(MedLLMError):
    """Replay-only cache mode was asked for a response that was never recorded."""


class OfflineModelError(MedLLMError):
    """The embedded offline model could not be found or started."""
