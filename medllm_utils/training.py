"""A real fine-tune of the embedded model on this CPU (chapter 4).

* :func:`load_base_model` (from :mod:`medllm_utils.base_model`) — SmolLM2-135M-Instruct as a
  trainable ``transformers`` model.
* :func:`train` — full or LoRA fine-tuning with the loss on the answer tokens only. Trained weights
  are kept under the recipe's fingerprint (``MEDLLM_FINETUNE_CACHE``), so an unchanged recipe —
  same data, settings and base model — never trains twice.
* serving the result (:func:`generate`, :func:`serve` behind an OpenAI-compatible endpoint on 127.0.0.1)
  lives in :mod:`medllm_utils.served`.

>>> TrainResult(model=None, history=None, method="lora", trainable_params=1, total_params=2, wall_s=0.0,
...             fingerprint="0123456789abcdef").model_name
'smollm2-135m-lora-ft-0123456789'
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import packing
from .base_model import _require_torch, load_base_model  # noqa: F401  (load_base_model: public here too)

# Bump when the training loop changes what a recipe produces: older cached weights are then ignored.
RECIPE_VERSION = 3
KEEP_CACHED_RECIPES = 6


def _encode(tok, messages: list[dict[str, str]], max_len: int) -> tuple[list[int], list[int]]:
    """Token ids of a chat example and labels that train only on the assistant's answer."""
    prompt_ids = tok.apply_chat_template(messages[:-1], add_generation_prompt=True, tokenize=True)
    if hasattr(prompt_ids, "input_ids"):
        prompt_ids = prompt_ids["input_ids"]
    answer_ids = tok(messages[-1]["content"] + tok.eos_token, add_special_tokens=False)["input_ids"]
    ids = (list(prompt_ids) + answer_ids)[-max_len:]
    n_answer = min(len(answer_ids), len(ids))
    labels = [-100] * (len(ids) - n_answer) + ids[len(ids) - n_answer:]
    return ids, labels


def answer_loss(model, ids, labels, mask):
    """Mean cross-entropy over the labelled (answer) tokens — the value ``model(..., labels=labels).loss``
    gives, computed without the vocabulary-sized logits of every prompt position.

    A causal LM's output layer maps each position to 49,152 scores; the loss needs them only where
    a label is set (the few answer tokens), so we run the transformer body, pick those positions
    and apply the output layer there. On 2 cores this makes a training step markedly faster; a test
    checks that the two losses agree.
    """
    import torch.nn.functional as F

    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    hidden = core.model(input_ids=ids, attention_mask=mask).last_hidden_state
    target = labels[:, 1:]
    keep = target != -100
    logits = core.lm_head(hidden[:, :-1][keep])
    return F.cross_entropy(logits.float(), target[keep])


def resolve_precision(precision: str = "auto") -> str:
    """``"bf16"`` or ``"fp32"``: what ``precision="auto"`` means on this CPU (chapter 4).

    >>> resolve_precision("fp32")
    'fp32'
    """
    if precision not in ("auto", "bf16", "fp32"):
        raise ValueError(f"precision must be 'auto', 'bf16' or 'fp32', not {precision!r}")
    if precision != "auto":
        return precision
    import torch

    try:
        return "bf16" if torch.ops.mkldnn._is_mkldnn_bf16_supported() else "fp32"
    except (AttributeError, RuntimeError):  # a build without oneDNN
        return "fp32"


@dataclass
class TrainResult:
    model: Any
    history: pd.DataFrame  # step, epoch, train_loss, (val_loss)
    method: str
    trainable_params: int
    total_params: int
    wall_s: float          # training time of the run that produced the weights
    fingerprint: str = ""  # hash of the training data, settings and base model: name served models with it
    from_cache: bool = False
    precision: str = "fp32"  # "bf16" (autocast) or "fp32": see train()

    @property
    def model_name(self) -> str:
        """A name for the served model that changes whenever the recipe changes, so recorded
        responses of an older fine-tune are never replayed for a new one."""
        return f"smollm2-135m-{self.method}-ft-{self.fingerprint[:10]}"


def weights_cache_dir() -> Path | None:
    """Where trained weights are kept (``MEDLLM_FINETUNE_CACHE``; ``off`` turns the cache off).
    Default ``~/.cache/medllm-primer/finetune``; the newest six recipes are kept."""
    value = os.environ.get("MEDLLM_FINETUNE_CACHE", "")
    if value.lower() in ("off", "0", "false", "no"):
        return None
    return Path(value).expanduser() if value else Path.home() / ".cache" / "medllm-primer" / "finetune"


def _recipe_fingerprint(recipe: dict[str, Any]) -> str:
    from .offline import model_path

    gguf = model_path()
    full = {**recipe, "base": [gguf.name, gguf.stat().st_size], "version": RECIPE_VERSION}
    return hashlib.sha256(json.dumps(full, sort_keys=True, default=str).encode()).hexdigest()


def _trainable_state(model) -> dict[str, Any]:
    return {n: p.detach().contiguous() for n, p in model.named_parameters() if p.requires_grad}


def _save(folder: Path, model, history: pd.DataFrame, meta: dict[str, Any]) -> None:
    from safetensors.torch import save_file

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.with_name(folder.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    save_file(_trainable_state(model), str(tmp / "weights.safetensors"))
    history.to_csv(tmp / "history.csv", index=False)
    (tmp / "meta.json").write_text(json.dumps(meta))
    shutil.rmtree(folder, ignore_errors=True)
    try:
        os.replace(tmp, folder)  # appears only when complete
    except OSError:   # another process (a parallel test worker) saved the same recipe a moment ago
        shutil.rmtree(tmp, ignore_errors=True)
        if not (folder / "meta.json").is_file():
            raise
    kept = sorted((d for d in folder.parent.iterdir() if d.is_dir() and ".tmp" not in d.name),
                  key=lambda d: d.stat().st_mtime, reverse=True)
    for old in kept[KEEP_CACHED_RECIPES:]:
        shutil.rmtree(old, ignore_errors=True)


def _load(folder: Path, model) -> tuple[pd.DataFrame, dict[str, Any]] | None:
    from safetensors.torch import load_file

    try:
        meta = json.loads((folder / "meta.json").read_text())
        state = load_file(str(folder / "weights.safetensors"))
        history = pd.read_csv(folder / "history.csv")
    except Exception:  # missing, partial or damaged entry: train again (and replace it)
        return None
    params = dict(model.named_parameters())
    if set(state) != {n for n, p in params.items() if p.requires_grad}:
        return None
    import torch

    with torch.no_grad():
        for name, value in state.items():
            params[name].copy_(value)
    os.utime(folder)
    return history, meta


def packed_token_counts(tok, records: Sequence[dict[str, Any]], max_len: int = 320) -> dict[str, int]:
    """Tokens the model reads per epoch with and without shared-prefix packing (chapter 4): each
    example alone, against each group's shared prefix once plus every member's own tokens.

    >>> packed_token_counts(tok, ft.training_records(train))      # doctest: +SKIP
    {'unpacked': 21589, 'packed': 7711, 'examples': 126, 'groups': 18}
    """
    ids = [_encode(tok, r["messages"], max_len)[0] for r in records]
    groups = packing.shared_prefix_groups(ids)
    packed = 0
    for g in groups:
        prefix = min((packing.common_prefix_length(ids[g[0]], ids[j]) for j in g[1:]), default=0)
        packed += prefix + sum(len(ids[j]) - prefix for j in g)
    return {"unpacked": sum(map(len, ids)), "packed": packed, "examples": len(ids), "groups": len(groups)}


def train(model, tok, train_records: Sequence[dict[str, Any]], val_records: Sequence[dict[str, Any]] = (), *,
          method: str = "full", epochs: int = 1, lr: float | None = None, batch_size: int = 8, max_len: int = 320,
          lora_r: int = 8, seed: int = 0, eval_every: int | None = None, max_steps: int | None = None,
          precision: str = "auto", pack: bool = True, progress: bool = True, cache: bool = True) -> TrainResult:
    """Fine-tune ``model`` on chat records, computing the loss on the assistant's answer only.

    ``method="full"`` updates every weight; ``"lora"`` freezes them and trains low-rank adapters
    (``peft``) on the attention and MLP projections. Returns the trained model and the loss history
    (training loss per step; validation loss before training, every ``eval_every`` steps and at the
    end). ``max_steps`` stops early (a quick check). With ``cache`` (default), weights trained
    earlier with the same recipe are loaded instead of training again (``from_cache`` is then True
    and ``wall_s`` is the original training time).

    ``precision="auto"`` computes the forward and backward passes in bfloat16 (``torch.autocast``;
    weights, optimiser state and loss stay float32) when the CPU has bfloat16 instructions — about
    1.8x faster per step on our 2-core machine — and in float32 otherwise; ``"bf16"`` or ``"fp32"``
    force one. The precision used is part of the recipe (and ``TrainResult.precision``).

    ``pack`` (default) trains examples that share a long prompt prefix — a patient's note asked about
    seven criteria — as one packed sequence that reads the prefix once (:mod:`medllm_utils.packing`;
    the loss is the same as unpacked, about three times faster on chapter 4's data). A step then
    takes whole groups of such examples, up to ``batch_size`` examples; ``pack=False`` draws
    ``batch_size`` examples at random instead.

    >>> res = train(*load_base_model(), records, method="lora", epochs=1)   # doctest: +SKIP
    >>> res.history.tail(1)                                                 # doctest: +SKIP
    """
    _require_torch()
    import torch
    from tqdm.auto import tqdm

    if method not in ("full", "lora"):
        raise ValueError("method must be 'full' or 'lora'")
    lr = lr or (5e-5 if method == "full" else 2e-3)
    precision = resolve_precision(precision)
    recipe = {"method": method, "precision": precision, "epochs": epochs, "max_steps": max_steps, "lr": lr, "batch_size": batch_size,
              "max_len": max_len, "lora_r": lora_r if method == "lora" else None, "seed": seed,
              "eval_every": eval_every, "pack": pack, "train": list(train_records),
              "validation": list(val_records)}
    fingerprint = _recipe_fingerprint(recipe)
    torch.manual_seed(seed)
    if method == "lora":
        from peft import LoraConfig, get_peft_model

        with warnings.catch_warnings():  # peft calls an attribute transformers has deprecated
            warnings.simplefilter("ignore", FutureWarning)
            model = get_peft_model(model, LoraConfig(r=lora_r, lora_alpha=2 * lora_r, lora_dropout=0.0,
                                                     task_type="CAUSAL_LM",
                                                     target_modules=["q_proj", "k_proj", "v_proj", "o_proj",
                                                                     "gate_proj", "up_proj", "down_proj"]))
    params = [p for p in model.parameters() if p.requires_grad]
    total = sum(p.numel() for p in model.parameters())
    n_trainable = sum(p.numel() for p in params)
    folder = weights_cache_dir() / fingerprint[:32] if cache and weights_cache_dir() else None
    if folder is not None and (loaded := _load(folder, model)) is not None:
        model.eval()
        history, meta = loaded
        return TrainResult(model, history, method, n_trainable, total, float(meta["wall_s"]), fingerprint, True,
                           precision)

    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)

    def autocast():
        return torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16")

    train_enc = [_encode(tok, r["messages"], max_len) for r in train_records]
    val_enc = [_encode(tok, r["messages"], max_len) for r in val_records]

    def collate(batch):
        width = max(len(ids) for ids, _ in batch)
        ids = torch.full((len(batch), width), tok.pad_token_id)
        labels = torch.full((len(batch), width), -100)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for i, (x, y) in enumerate(batch):
            ids[i, :len(x)], labels[i, :len(y)], mask[i, :len(x)] = torch.tensor(x), torch.tensor(y), 1
        return ids, labels, mask

    def step_loss(batch: list[list[int]], enc: list, backward: bool) -> tuple[float, int]:
        """Summed answer-token loss of a batch (lists of example indices; with packing each list is
        one shared-prefix group) and its token count; with ``backward``, gradients of the mean."""
        parts = [packing.pack_group([enc[j] for j in g]) for g in batch] if pack else [collate([enc[j] for j in batch[0]])]
        counts = [int(p["targets"].numel()) if pack else int((p[1][:, 1:] != -100).sum()) for p in parts]
        total = 0.0
        for part, n in zip(parts, counts):
            with autocast():
                loss = packing.packed_answer_loss(model, part) if pack else answer_loss(model, *part)
            if backward:   # one group at a time: the step's mean loss, without holding every graph
                (loss * n / sum(counts)).backward()
            total += float(loss.detach()) * n
        return total, sum(counts)

    def groups(enc: list) -> list[list[int]]:   # the units a step takes whole
        return packing.shared_prefix_groups([x for x, _ in enc]) if pack else [[i] for i in range(len(enc))]

    def batches(units: list[list[int]], order) -> list[list[list[int]]]:
        if pack:
            return packing.packed_steps(units, order, batch_size)
        return [[[units[u][0] for u in order[b:b + batch_size]]] for b in range(0, len(units), batch_size)]

    val_units = groups(val_enc)
    val_batches = batches(val_units, range(len(val_units)))

    def val_loss() -> float:
        model.eval()
        with torch.no_grad():
            sums = [step_loss(b, val_enc, backward=False) for b in val_batches]
        model.train()
        return sum(t for t, _ in sums) / max(sum(n for _, n in sums), 1)

    rng = np.random.default_rng(seed)
    train_units = groups(train_enc)
    plan = [batches(train_units, rng.permutation(len(train_units))) for _ in range(epochs)]   # every epoch's steps
    history: list[dict[str, Any]] = []
    total_steps = sum(map(len, plan)) if max_steps is None else min(max_steps, sum(map(len, plan)))
    eval_every = eval_every or total_steps
    t0 = time.perf_counter()
    if val_enc:
        history.append({"step": 0, "epoch": 0.0, "train_loss": float("nan"), "val_loss": val_loss()})
    model.train()
    show = progress and os.environ.get("MEDLLM_PROGRESS", "1") != "0"
    with tqdm(total=total_steps, desc=f"fine-tune ({method})", disable=not show) as bar:
        step = 0
        for epoch, steps in enumerate(plan):
            for b, batch in enumerate(steps):
                if step == total_steps:
                    break
                loss_sum, n_tokens = step_loss(batch, train_enc, backward=True)
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                opt.zero_grad()
                step += 1
                row = {"step": step, "epoch": epoch + (b + 1) / len(steps), "train_loss": loss_sum / max(n_tokens, 1)}
                if val_enc and (step % eval_every == 0 or step == total_steps):
                    row["val_loss"] = val_loss()
                history.append(row)
                bar.update(1)
    model.eval()
    wall = time.perf_counter() - t0
    frame = pd.DataFrame(history)
    if folder is not None:
        try:
            _save(folder, model, frame, {"wall_s": wall, "method": method, "created": time.time()})
        except OSError as err:  # a full disk must not lose the trained model: warn and go on
            warnings.warn(f"could not keep the trained weights in {folder}: {err}", stacklevel=2)
    return TrainResult(model, frame, method, n_trainable, total, wall, fingerprint, False, precision)
