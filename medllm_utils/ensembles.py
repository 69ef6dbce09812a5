"""Several answers instead of one, and other ways to read an answer (chapter 3): sampling at
temperature > 0, majority votes with agreement as a confidence signal (self-consistency), option
orders for MedPrompt's choice shuffle that cancel a position bias instead of relabelling it, and
scoring the options by log-probability instead of generating the letter.

>>> majority_vote(["B", "A", "B"]).answer
'B'
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from .client import Messages, chat, json_schema_format, parse_json_reply
from .errors import OutputValidationError

T = TypeVar("T", bound=BaseModel)
LETTERS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class Vote:
    answer: Any
    agreement: float  # share of valid samples that gave the winning answer
    counts: dict[Any, int]
    n_valid: int


def majority_vote(answers: Sequence[Any]) -> Vote:
    """The most common answer (ignoring ``None`` = unparsable); ties go to the answer seen first.

    >>> majority_vote(["B", "A", "B", None, "C"])
    Vote(answer='B', agreement=0.5, counts={'B': 2, 'A': 1, 'C': 1}, n_valid=4)
    >>> majority_vote([None, None]).answer is None
    True
    """
    valid = [a for a in answers if a is not None]
    if not valid:
        return Vote(None, 0.0, {}, 0)
    counts = Counter(valid)
    best = max(counts.values())
    winner = next(a for a in valid if counts[a] == best)
    return Vote(winner, best / len(valid), dict(counts), len(valid))


def sample_answers(prompt: Messages, schema: type[T], n: int, *, temperature: float = 0.7, seed: int = 0,
                   backend: str | None = None, model: str | None = None, label: str = "sample",
                   **params: Any) -> list[T | None]:
    """``n`` structured answers sampled at ``temperature``, in as few calls as the backend allows.

    Asks for ``n`` choices in one request; if the backend returns fewer (some servers ignore
    ``n``), the rest come from further calls with seeds ``seed+1, seed+2, …``. Answers that fail
    the schema are ``None``.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    fmt = json_schema_format(schema)
    texts = chat(prompt, backend=backend, model=model, label=label, temperature=temperature, seed=seed, n=n,
                 response_format=fmt, **params).texts[:n]
    extra = 1
    while len(texts) < n:
        texts += chat(prompt, backend=backend, model=model, label=label, temperature=temperature, seed=seed + extra,
                      response_format=fmt, **params).texts[: n - len(texts)]
        extra += 1
    out: list[T | None] = []
    for text in texts:
        try:
            out.append(parse_json_reply(text, schema))
        except OutputValidationError:
            out.append(None)
    return out


def shuffle_options(row: Any, seed: int) -> tuple[dict[str, str], dict[str, str]]:
    """The options of an MCQ row in a seeded random order, and the map from each new letter back
    to the original letter. For choice-shuffle ensembling prefer :func:`balanced_orders`: a few
    random orders per question do not cancel a position bias.

    >>> opts, back = shuffle_options({"A": "Iron", "B": "B12", "C": "Folate", "D": "Zinc"}, seed=1)
    >>> sorted(opts.values()) == ["B12", "Folate", "Iron", "Zinc"], all(opts[k] == {"A": "Iron", "B": "B12", "C": "Folate", "D": "Zinc"}[v] for k, v in back.items())
    (True, True)
    """
    order = list(LETTERS)
    random.Random(seed).shuffle(order)
    return {new: row[old] for new, old in zip(LETTERS, order)}, dict(zip(LETTERS, order))


def balanced_orders(key: str, seed: int = 0) -> list[list[str]]:
    """Four orders of the options of one question in which every option takes every position once
    (the rotations of a random order drawn for this question): choice shuffle with these cancels a
    position bias instead of relabelling it. Different questions (``key``) get different orders.

    Pass each order to :func:`reorder_options`. Chapter 3, section 5.3.

    >>> orders = balanced_orders("Q001")
    >>> len(orders), all(sorted(o) == list("ABCD") for o in orders)
    (4, True)
    >>> all(sorted(o[i] for o in orders) == list("ABCD") for i in range(4))   # each letter once per position
    True
    """
    base = list(LETTERS)
    random.Random(f"{key}|{seed}").shuffle(base)
    return [base[i:] + base[:i] for i in range(len(base))]


def reorder_options(row: Any, order: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The options of an MCQ row shown in ``order`` (``order[0]`` becomes option A, …), and the map
    from each shown letter back to the original letter.

    >>> opts, back = reorder_options({"A": "Iron", "B": "B12", "C": "Folate", "D": "Zinc"}, ["C", "A", "D", "B"])
    >>> opts["A"], back["A"]
    ('Folate', 'C')
    """
    if sorted(order) != list(LETTERS):
        raise ValueError(f"order must be a permutation of {', '.join(LETTERS)}, got {list(order)}")
    return {new: row[old] for new, old in zip(LETTERS, order)}, dict(zip(LETTERS, order))


def option_logprobs(prompt: Messages, *, letters: Sequence[str] = LETTERS, backend: str | None = None,
                    model: str | None = None, label: str = "logprobs", **params: Any) -> dict[str, float]:
    """The log-probability the model gives each option letter as the first token of its answer — a
    second way to elicit a multiple-choice answer, by scoring instead of generating (chapter 3).

    One call with ``max_tokens=1`` and the top 20 alternatives; a letter (with or without a leading
    space) outside the top 20 gets ``-inf``. Read the answer with :func:`logprob_answer`.
    """
    reply = chat(prompt, backend=backend, model=model, label=label, max_tokens=1, logprobs=True, top_logprobs=20,
                 temperature=0, **params)
    top = reply.token_logprobs()[0]["top"]
    out = {letter: float("-inf") for letter in letters}
    for token, lp in top.items():
        key = token.strip()
        if key in out:
            out[key] = max(out[key], float(lp))
    return out


def logprob_answer(scores: dict[str, float]) -> str | None:
    """The letter with the highest log-probability, or ``None`` when no letter was among the top tokens.

    >>> logprob_answer({"A": -2.1, "B": -0.4, "C": float("-inf"), "D": -3.0})
    'B'
    >>> logprob_answer({"A": float("-inf"), "B": float("-inf")}) is None
    True
    """
    best = max(scores, key=scores.get)
    return None if scores[best] == float("-inf") else best
