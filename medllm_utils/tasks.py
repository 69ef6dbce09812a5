"""The book's tasks, one per formulation of the primer's Figure 2 (chapter 1): their metrics, their
output contracts (one pydantic schema per formulation) and how each builds its prompt, reads its
gold answer and scores a run. :mod:`medllm_utils.evaluate` runs them; it re-exports every name.

``trial_matching`` and ``mcq`` (knowledge and reasoning), ``summarization``, ``translation``,
``extraction`` (structurization), ``image_qa`` (multi-modality).

>>> get_task("mcq").primary_metric
'accuracy'
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from . import data as D
from .stats import bootstrap_ci, proportion_ci


# ------------------------------------------------------------------------------------------------
# Metrics
# ------------------------------------------------------------------------------------------------


def _missing(p: Any) -> bool:
    """No prediction: None, or the NaN pandas stores for it."""
    return p is None or (isinstance(p, float) and np.isnan(p))


def accuracy(y_true: Sequence[Any], y_pred: Sequence[Any]) -> float:
    """Share of exact matches (a missing prediction counts as wrong).

    >>> accuracy(["a", "b", "b"], ["a", "b", None])
    0.6666666666666666
    """
    y_true, y_pred = list(y_true), list(y_pred)
    if not y_true:
        raise ValueError("accuracy of an empty set is undefined")
    return sum((not _missing(p)) and t == p for t, p in zip(y_true, y_pred)) / len(y_true)


def label_codes(y_true: Sequence[Any], y_pred: Sequence[Any], labels: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Gold and predicted labels as integer codes: a label's index in ``labels``; -1 for a gold label
    outside them, -2 for a missing or unknown prediction (never counted as right)."""
    index = {label: i for i, label in enumerate(labels)}
    gold = np.array([index.get(t, -1) for t in y_true], dtype=np.int64)
    pred = np.array([-2 if _missing(p) else index.get(p, -2) for p in y_pred], dtype=np.int64)
    return gold, pred


def macro_f1_codes(gold: np.ndarray, pred: np.ndarray, n_labels: int) -> np.ndarray:
    """Macro F1 of each row of coded labels (2-D arrays, one set of items per row).

    Written out with numpy, F1 = 2·TP / (2·TP + FP + FN) per label and 0 when a label is neither
    given nor predicted, so that a bootstrap scores its 1,000 resamples in one call (milliseconds,
    where calling scikit-learn 1,000 times took seconds); a test checks it against
    ``sklearn.metrics.f1_score(average="macro", zero_division=0)``.
    """
    f1 = np.zeros(gold.shape[0])
    for label in range(n_labels):
        g, p = gold == label, pred == label
        tp = (g & p).sum(axis=1)
        denom = g.sum(axis=1) + p.sum(axis=1)             # 2·TP + FP + FN
        f1 += np.divide(2 * tp, denom, out=np.zeros(len(denom)), where=denom > 0)
    return f1 / n_labels


def macro_f1(y_true: Sequence[Any], y_pred: Sequence[Any], labels: Sequence[Any] | None = None) -> float:
    """Macro-averaged F1 over ``labels`` (default: the gold labels); missing predictions are wrong
    (chapter 1).

    >>> round(macro_f1(["a", "a", "b", "b"], ["a", "b", "b", "b"]), 4)
    0.7333
    """
    labels = sorted(set(y_true)) if labels is None else list(labels)
    gold, pred = label_codes(y_true, y_pred, labels)
    return float(macro_f1_codes(gold[None, :], pred[None, :], len(labels))[0])


def confusion(y_true: Sequence[Any], y_pred: Sequence[Any], labels: Sequence[Any] | None = None) -> pd.DataFrame:
    """Confusion matrix as a DataFrame (rows: gold, columns: predicted; unparsable → ``<none>``)."""
    from sklearn.metrics import confusion_matrix

    labels = sorted(set(y_true)) if labels is None else list(labels)
    y_pred = ["<none>" if _missing(p) else p for p in y_pred]
    cols = labels + (["<none>"] if "<none>" in y_pred else [])
    m = confusion_matrix(list(y_true), y_pred, labels=cols)
    return pd.DataFrame(m, index=pd.Index(cols, name="gold"), columns=pd.Index(cols, name="predicted")).loc[labels]


def rouge_l(reference: str, candidate: str) -> float:
    """ROUGE-L F-measure (``rouge-score`` package, with stemming).

    >>> round(rouge_l("the patient was discharged home", "the patient went home"), 4)
    0.6667
    """
    from rouge_score import rouge_scorer

    return float(rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True).score(reference, candidate or "")["rougeL"].fmeasure)


def chrf(reference: str, candidate: str) -> float:
    """Sentence chrF (``sacrebleu``), scaled to 0–1.

    >>> chrf("Tome este medicamento.", "Tome este medicamento.")
    1.0
    """
    from sacrebleu.metrics import CHRF

    return float(CHRF().sentence_score(candidate or "", [reference]).score) / 100.0


def _norm(s: str) -> str:
    return " ".join(str(s).lower().replace(",", " ").split())


def extraction_items(obj: dict[str, Any]) -> set[tuple[str, str]]:
    """Flatten ``{"medications": [{name, dose}], "problems": [...]}`` into comparable (field, value) pairs."""
    items = {("medication", f"{_norm(m.get('name', ''))} | {_norm(m.get('dose', ''))}") for m in obj.get("medications", [])}
    items |= {("problem", _norm(p)) for p in obj.get("problems", [])}
    return items


def field_f1(gold: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, float]:
    """Precision, recall and F1 of predicted (field, value) pairs against the gold ones, plus exact match.

    >>> g = {"medications": [{"name": "Metformin", "dose": "500 mg BID"}], "problems": ["hypertension"]}
    >>> field_f1(g, {"medications": [{"name": "metformin", "dose": "500 mg bid"}], "problems": []})
    {'precision': 1.0, 'recall': 0.5, 'f1': 0.6666666666666666, 'exact_match': 0.0}
    """
    g = extraction_items(gold)
    p = extraction_items(pred) if pred is not None else set()
    tp = len(g & p)
    precision = tp / len(p) if p else (1.0 if not g else 0.0)
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "exact_match": float(g == p)}


# ------------------------------------------------------------------------------------------------
# Output contracts (one pydantic schema per formulation)
# ------------------------------------------------------------------------------------------------
class InclusionVerdict(BaseModel):
    rationale: str = Field(max_length=300, description="Reasoning over the patient note")
    answer: Literal["included", "not included", "not enough information"]


class ExclusionVerdict(BaseModel):
    rationale: str = Field(max_length=300, description="Reasoning over the patient note")
    answer: Literal["excluded", "not excluded", "not enough information"]


class MCQAnswer(BaseModel):
    answer: Literal["A", "B", "C", "D"]


class MCQReasonedAnswer(BaseModel):
    rationale: str = Field(max_length=400)
    answer: Literal["A", "B", "C", "D"]


class Summary(BaseModel):
    summary: str = Field(max_length=400)


class Translation(BaseModel):
    translation: str = Field(max_length=400)


class Medication(BaseModel):
    name: str = Field(max_length=40)
    dose: str = Field(max_length=40)


class Extraction(BaseModel):
    medications: list[Medication] = Field(max_length=10)
    problems: list[str] = Field(max_length=8)


class ImageAnswer(BaseModel):
    rationale: str = Field(max_length=200)
    answer: Literal["yes", "no"]


# ------------------------------------------------------------------------------------------------
# Tasks
# ------------------------------------------------------------------------------------------------
@dataclass
class Task:
    """How to turn a dataset row into a prompt, what output to expect, and how to score it."""

    name: str
    formulation: str
    primary_metric: str
    id_col: str = "id"
    stratify: str | None = None
    max_tokens: int = 300

    def load(self) -> pd.DataFrame:
        raise NotImplementedError

    def messages(self, row: pd.Series) -> list[dict[str, Any]]:
        raise NotImplementedError

    def schema(self, row: pd.Series) -> type[BaseModel]:
        raise NotImplementedError

    def gold(self, row: pd.Series) -> Any:
        raise NotImplementedError

    def prediction(self, parsed: BaseModel) -> Any:
        return parsed.answer

    def item_score(self, gold: Any, pred: Any) -> float:
        return float(not _missing(pred) and gold == pred)

    def metrics(self, golds: list[Any], preds: list[Any], n_boot: int, seed: int) -> list[dict[str, Any]]:
        scores = [self.item_score(g, p) for g, p in zip(golds, preds)]
        est, lo, hi = proportion_ci(scores, n_boot=n_boot, seed=seed)
        return [{"metric": self.primary_metric, "value": est, "ci_low": lo, "ci_high": hi}]


@dataclass
class TrialMatchingTask(Task):
    name: str = "trial_matching"
    formulation: str = "knowledge & reasoning"
    primary_metric: str = "accuracy"
    id_col: str = "pair_id"
    stratify: str | None = "criterion_id"

    def load(self) -> pd.DataFrame:
        return D.load_trial_matching()

    def schema(self, row):
        return InclusionVerdict if row["criterion_type"] == "inclusion" else ExclusionVerdict

    def messages(self, row):
        labels = D.INCLUSION_LABELS if row["criterion_type"] == "inclusion" else D.EXCLUSION_LABELS
        question = ("Does the patient meet this inclusion criterion?" if row["criterion_type"] == "inclusion"
                    else "Does this exclusion criterion apply to the patient?")
        return [
            {"role": "system", "content": "You are a clinical research coordinator screening patients for a clinical trial."},
            {"role": "user", "content": f"Patient note: {row['note']}\n\nTrial {row['criterion_type']} criterion: "
                                        f"{row['criterion']}\n\n{question} Explain briefly in the rationale, then answer "
                                        f"with one of: {', '.join(labels)}."},
        ]

    def gold(self, row):
        return row["label"]

    def metrics(self, golds, preds, n_boot, seed):
        labels = sorted(set(golds))
        out = super().metrics(golds, preds, n_boot, seed)
        gold, pred = label_codes(golds, preds, labels)
        est, lo, hi = bootstrap_ci(lambda g, p: macro_f1_codes(g, p, len(labels)), gold, pred, n_boot=n_boot,
                                   seed=seed, batched=True)
        out.append({"metric": "macro_f1", "value": est, "ci_low": lo, "ci_high": hi})
        return out


@dataclass
class MCQTask(Task):
    name: str = "mcq"
    formulation: str = "knowledge & reasoning"
    primary_metric: str = "accuracy"
    stratify: str | None = "answer"
    reasoning: bool = False
    max_tokens: int = 200

    def load(self):
        return D.load_mcq()

    def schema(self, row):
        return MCQReasonedAnswer if self.reasoning else MCQAnswer

    def messages(self, row):
        opts = "\n".join(f"{k}) {row[k]}" for k in "ABCD")
        how = "Reason briefly, then give the letter." if self.reasoning else "Give the letter of the correct option."
        return [{"role": "user", "content": f"{row['question']}\n{opts}\n{how}"}]

    def gold(self, row):
        return row["answer"]


@dataclass
class SummarizationTask(Task):
    name: str = "summarization"
    formulation: str = "summarization"
    primary_metric: str = "rougeL"
    max_tokens: int = 160

    def load(self):
        return D.load_summarization()

    def schema(self, row):
        return Summary

    def messages(self, row):
        return [{"role": "user", "content": "Summarize this hospital course in one or two sentences for a discharge "
                                            f"summary: reason for admission, treatment, outcome, plan.\n\n{row['note']}"}]

    def gold(self, row):
        return row["reference_summary"]

    def prediction(self, parsed):
        return parsed.summary

    def item_score(self, gold, pred):
        return 0.0 if _missing(pred) else rouge_l(gold, pred)


@dataclass
class TranslationTask(Task):
    name: str = "translation"
    formulation: str = "translation"
    primary_metric: str = "chrF"
    direction: str = "spanish"  # "spanish": plain English → Spanish; "simplify": clinical → plain English
    max_tokens: int = 140

    def load(self):
        return D.load_translation()

    def schema(self, row):
        return Translation

    def messages(self, row):
        if self.direction == "simplify":
            ask, text = "Rewrite this clinical sentence in plain language a patient can understand", row["source"]
        else:
            ask, text = "Translate this patient-education sentence into Spanish", row["plain_english"]
        return [{"role": "user", "content": f"{ask}:\n\n{text}"}]

    def gold(self, row):
        return row["plain_english"] if self.direction == "simplify" else row["spanish"]

    def prediction(self, parsed):
        return parsed.translation

    def item_score(self, gold, pred):
        return 0.0 if _missing(pred) else chrf(gold, pred)


@dataclass
class ExtractionTask(Task):
    name: str = "extraction"
    formulation: str = "structurization"
    primary_metric: str = "field_f1"
    max_tokens: int = 400

    def load(self):
        return D.load_extraction()

    def schema(self, row):
        return Extraction

    def messages(self, row):
        return [{"role": "user", "content": "Extract every current medication (name and dose, as written) and every "
                                            f"problem in the past medical history from this note.\n\n{row['note']}"}]

    def gold(self, row):
        return row["gold"]

    def prediction(self, parsed):
        return parsed.model_dump()

    def item_score(self, gold, pred):
        return field_f1(gold, None if _missing(pred) else pred)["f1"]

    def metrics(self, golds, preds, n_boot, seed):
        out = super().metrics(golds, preds, n_boot, seed)
        em = [field_f1(g, None if _missing(p) else p)["exact_match"] for g, p in zip(golds, preds)]
        est, lo, hi = proportion_ci(em, n_boot=n_boot, seed=seed)   # 0/1 per record: a Wilson interval
        out.append({"metric": "exact_match", "value": est, "ci_low": lo, "ci_high": hi})
        return out


@dataclass
class ImageQATask(Task):
    name: str = "image_qa"
    formulation: str = "multi-modality"
    primary_metric: str = "accuracy"
    as_text: bool = False  # True: give a text-only model the chart's numbers instead of the picture
    max_tokens: int = 160

    def load(self):
        return D.load_images()

    def schema(self, row):
        return ImageAnswer

    def messages(self, row):
        if self.as_text:
            values = ", ".join(str(v) for v in row["values"])
            return [{"role": "user", "content": f"Daily fasting glucose values (mg/dL) for 14 days: {values}.\n{row['question']}"}]
        with open(row["image"], "rb") as fh:
            url = "data:image/png;base64," + base64.b64encode(fh.read()).decode("ascii")
        return [{"role": "user", "content": [{"type": "text", "text": row["question"]},
                                             {"type": "image_url", "image_url": {"url": url}}]}]

    def gold(self, row):
        return row["answer"]


TASKS: dict[str, Callable[..., Task]] = {
    "trial_matching": TrialMatchingTask, "mcq": MCQTask, "summarization": SummarizationTask,
    "translation": TranslationTask, "extraction": ExtractionTask, "image_qa": ImageQATask,
}


def get_task(task: str | Task, **options: Any) -> Task:
    """A task by name (``TASKS``), with options such as ``reasoning=True`` or ``as_text=True``."""
    if isinstance(task, Task):
        return task
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return TASKS[task](**options)
