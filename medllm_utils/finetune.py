"""Fine-tuning: decide whether to, prepare and validate the data, run a hosted job, or train a
real model on this CPU — and serve it back through the same client as every other model.

* :func:`decision_guide` — the primer's three "when to fine-tune" triggers, computed from numbers.
* :func:`chat_records` / :func:`write_jsonl` — chat-format JSONL (the format hosted fine-tuning takes).
* :func:`validate_chat_jsonl` — every problem in a training file (JSON, schema, roles, empty or
  over-long examples, duplicates), label balance; :func:`check_split_leakage` for patient overlap.
* :func:`estimate_training_cost` — tokens × epochs × a dated training price.
* :class:`HostedFineTune` — upload, create job, poll, use the model (official ``openai`` client).
* :func:`load_base_model`, :func:`train`, :func:`serve` — a full or LoRA fine-tune of the embedded
  SmolLM2-135M-Instruct with ``transformers`` + ``torch`` on CPU, served on 127.0.0.1 as an
  OpenAI-compatible backend (implemented in :mod:`medllm_utils.training`, re-exported here).

>>> recs = chat_records([{"q": "Age 70, criterion age >= 18?", "a": "included"}], lambda r: r["q"], lambda r: r["a"])
>>> recs[0]["messages"][-1]
{'role': 'assistant', 'content': 'included'}
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel

from .errors import ConfigurationError, MedLLMError

ROLES = ("system", "user", "assistant")

# Dated training prices (USD per 1M training tokens) — check the provider's page before budgeting.
TRAINING_PRICES = pd.DataFrame([
    {"model": "gpt-4o-mini-2024-07-18", "training_usd_per_1m": 3.00, "as_of": "2025-08-15",
     "source": "OpenAI pricing page, fine-tuning section (as listed on that date)"},
    {"model": "gpt-4o-2024-08-06", "training_usd_per_1m": 25.00, "as_of": "2025-08-15",
     "source": "OpenAI pricing page, fine-tuning section (as listed on that date)"},
    {"model": "gpt-4.1-mini-2025-04-14", "training_usd_per_1m": 5.00, "as_of": "2025-08-15",
     "source": "OpenAI pricing page, fine-tuning section (as listed on that date)"},
])


# ------------------------------------------------------------------------------------------------
# When to fine-tune
# ------------------------------------------------------------------------------------------------
def decision_guide(prompt_scores: dict[str, float], target: float, n_labelled: int, tokens_per_call: dict[str, float],
                   *, plateau_gain: float = 0.05, min_examples: int = 100, calls_per_month: int = 0,
                   n_patients: int | None = None) -> pd.DataFrame:
    """The primer's three triggers for fine-tuning, each checked against measured numbers.

    ``prompt_scores`` maps prompting strategies (ordered from simplest to most elaborate) to a
    validation score; prompting has *plateaued* when the best strategy beats the simplest by less
    than ``plateau_gain`` and is still below ``target``. ``tokens_per_call`` maps the same names to
    prompt tokens per call; a fine-tuned model needs only the shortest prompt, and it saves the
    difference to the best-scoring prompt (a longer prompt that scores worse saves nothing real).
    ``n_patients`` says how many patients the examples come from (pairs of one note are not independent).

    >>> g = decision_guide({"zero-shot": 0.40, "few-shot": 0.42}, target=0.8, n_labelled=126,
    ...                    tokens_per_call={"zero-shot": 150, "few-shot": 900}, calls_per_month=10_000)
    >>> g[["trigger", "met"]].values.tolist()
    [['prompting is not working', True], ['labelled data is plentiful', True], ['prompt tokens must be saved', True]]
    """
    names = list(prompt_scores)
    best = max(prompt_scores.values())
    # what the more elaborate strategies add over the simplest (negative when they do worse)
    gain = max(prompt_scores[n] for n in names[1:]) - prompt_scores[names[0]] if len(names) > 1 else 0.0
    plateau = gain < plateau_gain and best < target
    # a fine-tuned model replaces the prompt you would otherwise use (the best-scoring one) by the shortest
    best_name = max(prompt_scores, key=prompt_scores.__getitem__)
    saved = tokens_per_call[best_name] - min(tokens_per_call.values())
    rows = [
        {"trigger": "prompting is not working", "met": bool(plateau),
         "evidence": f"best prompt ({best_name}) {best:.2f} vs target {target:.2f}; the best of the others vs "
                     f"{names[0]}: {gain:+.2f} (plateau if < {plateau_gain:+.2f})"},
        {"trigger": "labelled data is plentiful", "met": n_labelled >= min_examples,
         "evidence": f"{n_labelled} labelled training examples"
                     + (f" from {n_patients} patients (examples that share a note are not independent)" if n_patients else "")
                     + f" (rule of thumb: at least {min_examples})"},
        {"trigger": "prompt tokens must be saved", "met": bool(saved > 0 and calls_per_month * saved >= 1_000_000),
         "evidence": f"a fine-tuned model drops {saved:.0f} prompt tokens per call (against {best_name}, the best "
                     f"prompt) × {calls_per_month:,} calls/month "
                     f"= {calls_per_month * saved / 1e6:.1f}M tokens/month"},
    ]
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# The task as fine-tuned: trial matching, label only
# ------------------------------------------------------------------------------------------------
class InclusionLabel(BaseModel):
    answer: Literal["included", "not included", "not enough information"]


class ExclusionLabel(BaseModel):
    answer: Literal["excluded", "not excluded", "not enough information"]


SCREENING_SYSTEM = "You screen patients for a clinical trial. Answer with the label only."


def label_schema(row: Any) -> type[BaseModel]:
    """The answer contract of a trial-matching row: its criterion type's three labels."""
    return InclusionLabel if row["criterion_type"] == "inclusion" else ExclusionLabel


def label_messages(row: Any) -> list[dict[str, str]]:
    """The short, label-only prompt used for both prompting and fine-tuning in chapter 4.

    >>> from medllm_utils.data import load_trial_matching
    >>> label_messages(load_trial_matching().iloc[0])[1]["content"].splitlines()[-1]
    'Answer: included, not included or not enough information.'
    """
    from .prompts import trial_variables

    v = trial_variables(row)
    labels = v["labels"].rsplit(", ", 1)
    return [{"role": "system", "content": SCREENING_SYSTEM},
            {"role": "user", "content": f"Patient note: {v['note']}\nCriterion ({v['criterion_type']}): {v['criterion']}\n"
                                        f"Answer: {' or '.join(labels)}."}]


def training_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Chat records whose target is the JSON answer ``{"answer": label}`` — the same contract the
    client validates, so a fine-tuned model and a prompted one are called and scored identically."""
    return [{"messages": [*label_messages(r), {"role": "assistant", "content": json.dumps({"answer": r["label"]})}]}
            for _, r in df.iterrows()]


def classical_baseline(train_df: pd.DataFrame):
    """TF-IDF (words and word pairs of criterion id + note) and logistic regression, trained on
    ``train_df``; returns ``predict(row) -> label``. What a fine-tune must beat."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    def text(r: Any) -> str:
        return f"criterion_{r['criterion_id']} {r['note']}"

    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True),
                          LogisticRegression(max_iter=2000, C=10.0))
    model.fit([text(r) for _, r in train_df.iterrows()], train_df["label"])
    return lambda row: str(model.predict([text(row)])[0])


# ------------------------------------------------------------------------------------------------
# Data preparation and validation
# ------------------------------------------------------------------------------------------------
def chat_records(rows: Iterable[Any], user: Callable[[Any], str], assistant: Callable[[Any], str],
                 system: str | None = None) -> list[dict[str, Any]]:
    """One ``{"messages": [...]}`` training record per row (system, user, assistant)."""
    out = []
    for r in rows:
        msgs = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": user(r)}, {"role": "assistant", "content": assistant(r)}]
        out.append({"messages": msgs})
    return out


def write_jsonl(records: Sequence[dict[str, Any]], path: str | Path) -> Path:
    """Write records as JSONL atomically (a temporary file renamed into place: never half-written)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


@dataclass
class ValidationReport:
    """Problems found in a chat-format training file, one row each, plus summary statistics."""

    problems: pd.DataFrame
    n_examples: int
    n_valid: int
    tokens: list[int] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return self.problems.empty

    def summary(self) -> pd.Series:
        toks = np.array(self.tokens) if self.tokens else np.zeros(1)
        return pd.Series({"examples": self.n_examples, "valid": self.n_valid, "problems": len(self.problems),
                          "tokens_total": int(toks.sum()), "tokens_median": float(np.median(toks)),
                          "tokens_max": int(toks.max()), "labels": dict(self.labels)})

    def __str__(self) -> str:
        if self.ok:
            return f"{self.n_examples} examples, no problems."
        lines = [f"{len(self.problems)} problem(s) in {self.n_examples} examples:"]
        lines += [f"  line {r.line}: [{r.kind}] {r.detail}" for r in self.problems.itertuples()]
        return "\n".join(lines)


def validate_chat_jsonl(source: str | Path | Sequence[dict[str, Any]], *, max_tokens: int = 4096,
                        min_label_share: float = 0.05,
                        count_tokens: Callable[[list[dict[str, Any]]], int] | None = None) -> ValidationReport:
    """Check a chat-format fine-tuning file (a path, or the records) and report **every** problem.

    Checks: each line is a JSON object with a non-empty ``messages`` list; roles are system/user/
    assistant; contents are non-empty strings; there is a user turn and the last turn is the
    assistant's (the target); the example fits ``max_tokens``; no exact duplicates; and no label
    (final assistant text) is rarer than ``min_label_share``.

    >>> bad = [{"messages": [{"role": "user", "content": "q"}]}, {"messages": [{"role": "bot", "content": "x"}]}]
    >>> print(validate_chat_jsonl(bad))
    4 problem(s) in 2 examples:
      line 1: [no_target] the last message must be the assistant's answer (got 'user')
      line 2: [bad_role] message 1 has role 'bot'; use system, user or assistant
      line 2: [no_target] the last message must be the assistant's answer (got 'bot')
      line 2: [no_user] no user message
    """
    from .cost import count_tokens as default_count

    count = count_tokens or default_count
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise MedLLMError(f"{path} does not exist; write the training file first (finetune.write_jsonl).")
        raw_lines = path.read_text(encoding="utf-8").splitlines()
    else:
        raw_lines = [json.dumps(r) if not isinstance(r, str) else r for r in source]
    problems: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    tokens: list[int] = []
    labels: Counter = Counter()
    valid = 0

    def add(line: int, kind: str, detail: str) -> None:
        problems.append({"line": line, "kind": kind, "detail": detail})

    for i, text in enumerate(raw_lines, start=1):
        if not text.strip():
            add(i, "empty_line", "blank line")
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            add(i, "bad_json", f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        msgs = rec.get("messages") if isinstance(rec, dict) else None
        if not isinstance(msgs, list) or not msgs:
            add(i, "no_messages", "each line must be an object with a non-empty 'messages' list")
            continue
        before = len(problems)
        for j, m in enumerate(msgs, start=1):
            if not isinstance(m, dict):
                add(i, "bad_message", f"message {j} is not an object")
                continue
            if m.get("role") not in ROLES:
                add(i, "bad_role", f"message {j} has role {m.get('role')!r}; use system, user or assistant")
            content = m.get("content")
            if not isinstance(content, str) or not content.strip():
                add(i, "empty_content", f"message {j} ({m.get('role')}) has empty or non-text content")
        roles = [m.get("role") for m in msgs if isinstance(m, dict)]
        if roles and roles[-1] != "assistant":
            add(i, "no_target", f"the last message must be the assistant's answer (got {roles[-1]!r})")
        if "user" not in roles:
            add(i, "no_user", "no user message")
        if len(problems) > before:
            continue
        n_tok = count(msgs)
        tokens.append(n_tok)
        if n_tok > max_tokens:
            add(i, "too_long", f"{n_tok} tokens > max_tokens={max_tokens}; shorten the note or raise the limit")
            continue
        key = json.dumps(msgs, sort_keys=True)
        if key in seen:
            add(i, "duplicate", f"same as line {seen[key]}")
            continue
        seen[key] = i
        labels[msgs[-1]["content"]] += 1
        valid += 1
    total = sum(labels.values())
    for label, n in sorted(labels.items()):
        if total >= 20 and n / total < min_label_share:
            add(0, "rare_label", f"label {label!r} is only {n}/{total} examples ({n / total:.1%}); "
                                 "the model will rarely predict it — add examples or merge labels")
    return ValidationReport(pd.DataFrame(problems, columns=["line", "kind", "detail"]), len(raw_lines), valid,
                            tokens, labels)


def check_split_leakage(df: pd.DataFrame, split_col: str = "split", key: str = "patient_id") -> pd.DataFrame:
    """Rows of ``key`` values that occur in more than one split (empty = no leakage).

    >>> df = pd.DataFrame({"patient_id": ["p1", "p1", "p2"], "split": ["train", "test", "test"]})
    >>> check_split_leakage(df).to_dict("records")
    [{'patient_id': 'p1', 'splits': 'test, train'}]
    """
    spread = df.groupby(key)[split_col].agg(lambda s: ", ".join(sorted(set(s))))
    leaked = spread[spread.str.contains(",")]
    return leaked.rename("splits").reset_index()


def estimate_training_cost(records: Sequence[dict[str, Any]], epochs: int = 3, model: str = "gpt-4o-mini-2024-07-18",
                           prices: pd.DataFrame | None = None) -> dict[str, Any]:
    """Billed training tokens (tokens per epoch × epochs) and their cost at the dated list price.

    >>> est = estimate_training_cost([{"messages": [{"role": "user", "content": "hello"}, {"role": "assistant", "content": "hi"}]}] * 100)
    >>> est["epochs"], est["training_tokens"] > 0
    (3, True)
    """
    from .cost import count_tokens

    table = TRAINING_PRICES if prices is None else prices
    row = table[table.model == model]
    if row.empty:
        raise ConfigurationError(f"No training price for {model!r}; known: {', '.join(table.model)}.")
    per_epoch = sum(count_tokens(r["messages"]) for r in records)
    price = float(row.training_usd_per_1m.iloc[0])
    return {"model": model, "examples": len(records), "tokens_per_epoch": per_epoch, "epochs": epochs,
            "training_tokens": per_epoch * epochs, "usd": per_epoch * epochs * price / 1e6,
            "price_usd_per_1m": price, "price_as_of": row.as_of.iloc[0]}


# ------------------------------------------------------------------------------------------------
# Hosted fine-tuning (OpenAI / Azure OpenAI / compatible servers with the same endpoints)
# ------------------------------------------------------------------------------------------------
class HostedFineTune:
    """The hosted flow with the official client: upload the files, create the job, poll until it
    ends, and return the fine-tuned model's name (usable as ``model=`` in every call).

    >>> ft = HostedFineTune(backend="openai")                                  # doctest: +SKIP
    >>> job = ft.start("train.jsonl", "validation.jsonl", model="gpt-4o-mini-2024-07-18")   # doctest: +SKIP
    >>> name = ft.wait(job)                                                      # doctest: +SKIP
    """

    def __init__(self, backend: str | None = None):
        from .client import _openai_client, get_backend

        self.backend = get_backend(backend)
        if self.backend.name == "offline":
            raise ConfigurationError("Hosted fine-tuning needs a hosted backend (openai or azure); the offline model is "
                                     "fine-tuned locally with finetune.train().")
        self.client = _openai_client(self.backend)

    def upload(self, path: str | Path) -> str:
        report = validate_chat_jsonl(path)
        if not report.ok:
            raise MedLLMError(f"Not uploading {path}: fix these first.\n{report}")
        with open(path, "rb") as fh:
            return self.client.files.create(file=fh, purpose="fine-tune").id

    def start(self, train_path: str | Path, validation_path: str | Path | None = None, *, model: str,
              suffix: str = "medllm", epochs: int | None = None, seed: int | None = None) -> str:
        """Upload the files and create the job; returns the job id."""
        train_id = self.upload(train_path)
        val_id = self.upload(validation_path) if validation_path else None
        kwargs: dict[str, Any] = {"training_file": train_id, "model": model, "suffix": suffix}
        if val_id:
            kwargs["validation_file"] = val_id
        if epochs:
            kwargs["hyperparameters"] = {"n_epochs": epochs}
        if seed is not None:
            kwargs["seed"] = seed
        return self.client.fine_tuning.jobs.create(**kwargs).id

    def wait(self, job_id: str, *, poll_s: float = 30.0, timeout_s: float = 6 * 3600,
             on_status: Callable[[Any], None] | None = None) -> str:
        """Poll until the job ends; return the fine-tuned model name or raise with the job's error."""
        deadline = time.monotonic() + timeout_s
        while True:
            job = self.client.fine_tuning.jobs.retrieve(job_id)
            if on_status:
                on_status(job)
            if job.status == "succeeded":
                return job.fine_tuned_model
            if job.status in ("failed", "cancelled"):
                err = getattr(job, "error", None)
                raise MedLLMError(f"Fine-tuning job {job_id} {job.status}: {getattr(err, 'message', None) or err}")
            if time.monotonic() > deadline:
                raise MedLLMError(f"Fine-tuning job {job_id} still {job.status} after {timeout_s:.0f} s; "
                                  "check it later with wait() — it keeps running on the server.")
            time.sleep(poll_s)

    def events(self, job_id: str) -> pd.DataFrame:
        """The job's event messages (training loss lines, status changes), oldest first."""
        evs = self.client.fine_tuning.jobs.list_events(job_id).data
        return pd.DataFrame([{"created_at": e.created_at, "level": e.level, "message": e.message} for e in evs][::-1])


# The CPU fine-tune of the embedded model and its server live in ``training`` (chapter 4, section 5).
from .served import ServedModel, generate, serve  # noqa: E402,F401
from .training import TrainResult, load_base_model, packed_token_counts, train  # noqa: E402,F401
